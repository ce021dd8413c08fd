"""What a schedule runs: schedule files (``load_schedule``) and ``--all`` (``schedule_all``).

Example:
    >>> [e.notebook for e in schedule_all()][-1]
    'overview'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimtrack.project import find_root, resolve
from claimtrack.reports.results import ParameterError, one_line


@dataclass
class ScheduleEntry:
    """One (notebook, parameters) pair of a schedule."""

    notebook: str
    parameters: dict[str, Any] = field(default_factory=dict)
    # Skip the report when nothing it reads changed since its latest success (--changed).
    changed: bool = False


def load_schedule(path: str | Path) -> list[ScheduleEntry]:
    """Read a schedule YAML: a list (or ``reports:`` list) of ``{notebook, parameters}``.

    ``changed: true`` beside ``reports:`` (or in an entry) makes the run incremental:
    a report whose inputs did not change since its latest success is skipped.

    Anything else (malformed YAML, a number, binary bytes, parameters that are not a
    mapping) is a ``ParameterError`` naming the file, the entry or line and what is accepted.

    Example:
        >>> import tempfile
        >>> p = Path(tempfile.mkdtemp()) / "s.yaml"
        >>> _ = p.write_text("reports:\\n  - notebook: overview\\n")
        >>> load_schedule(p)
        [ScheduleEntry(notebook='overview', parameters={}, changed=False)]
        >>> _ = p.write_text("- notebook: overview\\n  parameters: [a, b]\\n")
        >>> try:
        ...     load_schedule(p)
        ... except ParameterError as refused:
        ...     print(refused)  # doctest: +ELLIPSIS
        /...s.yaml: entry 1: parameters must be a mapping of names to values ...
    """
    import yaml

    path = Path(path)
    accepted = (
        "a list of {notebook: NAME, parameters: {NAME: VALUE}, changed: BOOL}, "
        "or reports: that list (with changed: BOOL beside it)"
    )
    if path.is_dir():
        raise ParameterError(f"{path} is a folder; a schedule is a YAML file: {accepted}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except UnicodeDecodeError as exc:
        raise ParameterError(f"{path}: not UTF-8 text (byte {exc.start}); {accepted}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "malformed YAML"
        raise ParameterError(f"{path}{where}: malformed YAML ({problem}); {accepted}") from None
    items = data.get("reports", []) if isinstance(data, dict) else data
    changed = data.get("changed", False) if isinstance(data, dict) else False
    if not isinstance(items, list):
        raise ParameterError(f"{path}: got {type(items).__name__} {items!r:.60}; {accepted}")
    if not isinstance(changed, bool):
        raise ParameterError(f"{path}: changed must be true or false, got {changed!r:.40}")
    return [_entry(path, number, item, changed) for number, item in enumerate(items, 1)]


def _entry(path: Path, number: int, item: Any, changed: bool) -> ScheduleEntry:
    """One entry of a schedule file, checked: a ``ParameterError`` names the entry."""
    if not isinstance(item, dict) or "notebook" not in item:
        raise ParameterError(f"{path}: entry {number} needs a 'notebook' key, got {item!r:.80}")
    extra = set(item) - {"notebook", "parameters", "changed"}
    if extra:
        raise ParameterError(f"{path}: entry {number} has unknown keys {sorted(map(str, extra))}")
    parameters = item.get("parameters") or {}
    if not isinstance(parameters, dict) or not all(isinstance(k, str) for k in parameters):
        raise ParameterError(
            f"{path}: entry {number}: parameters must be a mapping of names to values "
            f"(parameters: {{dpi: 150}}), got {parameters!r:.80}"
        )
    own = item.get("changed", changed)
    if not isinstance(own, bool):
        raise ParameterError(f"{path}: entry {number}: changed must be true or false")
    return ScheduleEntry(str(item["notebook"]), dict(parameters), own)


def schedule_all(
    statements: str | Path = "data/statements",
    root: str | Path | None = None,
    problems: list[str] | None = None,
    **common: Any,
) -> list[ScheduleEntry]:
    """One brief per incident found in ``statements``, then the overview of them all.

    Each file is read on its own: a file that cannot be read is added to ``problems``
    (a one-line reason) and the incidents of the other files are still briefed; the
    overview, which needs every file, is then left out (and said so). A missing
    folder is a ``ParameterError``. ``common`` parameters (e.g. ``formats``) go to
    every brief.

    Example:
        >>> [e.notebook for e in schedule_all()][-1]
        'overview'
    """
    from claimtrack.read import InputError, read, statement_files

    root = find_root(root)
    folder = resolve(root, statements)
    if not folder.exists():
        raise ParameterError(f"--statements {statements}: no such file or folder")
    problems = [] if problems is None else problems
    incidents: set[str] = set()
    try:
        files = statement_files(folder)
    except (InputError, OSError) as exc:
        raise ParameterError(f"--statements {statements}: {exc}") from None
    for file in files:
        try:
            raw = read(file)
        except (InputError, OSError, ValueError) as exc:
            problems.append(f"{one_line(exc)} (its incidents are not briefed)")
            continue
        incidents.update(raw["incident_id"].dropna().astype(str).unique())
    statements = str(statements)
    briefs = [
        ScheduleEntry("incident_brief", {"incident_id": i, "statements": statements, **common})
        for i in sorted(incidents)
    ]
    if problems:
        problems.append("overview: not run, it needs every statements file to be readable")
        return briefs
    return [*briefs, ScheduleEntry("overview", {"statements": statements})]

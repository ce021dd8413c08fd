"""A notebook's parameters, and the parameters a run is given, checked before any kernel starts.

The accepted parameters are read once per run from the notebook's ``parameters`` cell
(:func:`notebook_parameters`) and passed on. papermill itself only warns about unknown
names (papermill#818), so names, types, runner-only names, names that become folders,
input paths and sources are all checked here.

Example:
    >>> check_parameters(notebook_path("incident_brief"), {"dpi": "150"}, from_cli=True)
    {'dpi': 150}
"""

from __future__ import annotations

import ast
import json
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from claimtrack import project
from claimtrack.names import name_problem
from claimtrack.project import find_root, resolve
from claimtrack.reports.results import ParameterError

# Parameters the runner sets itself; a user passing them would write outside the run folder.
# Parameters the runner sets itself; a user passing them would write outside the run folder.
RUNNER_PARAMETERS = ("root", "output_dir", "previous_run")


# ... except this value, which a user may pass: previous_run "" turns "what changed" off.
USER_RUNNER_VALUES = {"previous_run": ("",)}


# Parameters whose values end up in folder names.
PATH_PARAMETERS = ("incident_id", "source_a", "source_b")


# Parameters naming an input file or folder: checked to exist before the kernel starts.
INPUT_PARAMETERS = ("statements",)


# Parameters naming a source of the statements: an id or a display name, read as the id.
SOURCE_PARAMETERS = ("source_a", "source_b")


def notebooks_dir(root: str | Path | None = None) -> Path:
    """The project's ``notebooks/`` folder.

    Example:
        >>> notebooks_dir().name
        'notebooks'
    """
    return find_root(root) / "notebooks"


def notebook_path(notebook: str | Path, root: str | Path | None = None) -> Path:
    """Resolve ``incident_brief``, ``incident_brief.ipynb`` or a path to an existing notebook.

    Example:
        >>> notebook_path("overview").name
        'overview.ipynb'
    """
    given = Path(notebook)
    candidates = [given, notebooks_dir(root) / given, notebooks_dir(root) / f"{given}.ipynb"]
    for candidate in candidates:
        if candidate.suffix == ".ipynb" and candidate.is_file():
            return candidate.resolve()
    known = ", ".join(p.stem for p in sorted(notebooks_dir(root).glob("*.ipynb")))
    raise ParameterError(f"no notebook {str(notebook)!r}; the project's notebooks: {known}")


def notebook_parameters(notebook: str | Path) -> dict[str, dict[str, Any]]:
    """The notebook's parameters: name → type name, default (a Python value) and help text.

    Read from the ``parameters``-tagged cell as papermill reads it (``name: type = default
    # help``; ``papermill --help-notebook`` shows the same), with the standard library's
    JSON and ``ast``: loading nbformat costs over a second here (jsonschema builds a
    grammar at import), which a refused parameter must not wait for.

    Example:
        >>> notebook_parameters(notebook_path("overview"))["statements"]["type"]
        'str'
    """
    cells = json.loads(Path(notebook).read_text(encoding="utf-8")).get("cells", [])
    tagged = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    if not tagged:
        return {}
    source = tagged[0]["source"]
    source = "".join(source) if isinstance(source, list) else source
    lines = source.splitlines()
    out = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, annotation = node.targets[0], None
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, annotation = node.target, node.annotation
        else:
            continue
        if not isinstance(target, ast.Name):
            continue
        text = ast.get_source_segment(source, node.value)
        try:
            default = ast.literal_eval(node.value)
        except ValueError:  # an expression, not a literal: kept as written
            default = text
        tail = lines[node.end_lineno - 1][node.end_col_offset :]
        out[target.id] = {
            "type": ast.get_source_segment(source, annotation) if annotation else "None",
            "default": default,
            "help": tail.partition("#")[2].strip(),
        }
    return out


def describe_parameters(accepted: Mapping[str, Mapping[str, Any]]) -> str:
    """The accepted parameters as lines ``name: type = default  # help`` (runner ones left out).

    Example:
        >>> describe_parameters({"n": {"type": "int", "default": 3, "help": "how many"}})
        '  n: int = 3  # how many'
    """
    return "\n".join(
        f"  {name}: {info['type']} = {info['default']!r}  # {info['help']}"
        for name, info in accepted.items()
        if name not in RUNNER_PARAMETERS
    )


def _type_ok(value: Any, type_name: str) -> bool:
    if type_name == "str":
        return isinstance(value, str)
    if type_name == "bool":
        return isinstance(value, bool)
    if type_name == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if type_name == "float":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if type_name.startswith("list"):
        inner = type_name[5:-1] if type_name.startswith("list[") else ""
        return isinstance(value, list) and all(_type_ok(v, inner) for v in value if inner)
    if type_name.startswith("dict"):
        return isinstance(value, dict)
    return True  # papermill could not infer a type: anything JSON-like goes


def coerce_cli_value(raw: str, type_name: str) -> Any:
    """A command-line string as the parameter's type: text stays text, the rest is read as YAML.

    Lists may also be written comma-separated (``png,svg``).

    Example:
        >>> coerce_cli_value("2025", "str"), coerce_cli_value("300", "int")
        ('2025', 300)
        >>> coerce_cli_value("png,svg", "list[str]")
        ['png', 'svg']
    """
    import yaml

    if type_name == "str":
        return raw
    try:
        value = yaml.safe_load(raw)
    except yaml.YAMLError:
        return raw  # left as text; the type check names the problem
    if type_name.startswith("list") and isinstance(value, str | int | float):
        value = [yaml.safe_load(part.strip()) for part in str(raw).split(",") if part.strip()]
        if type_name == "list[str]":
            value = [str(v) for v in value]
    return value


def check_name(name: str, value: Any) -> None:
    """Refuse a value that would end up in a path unless it is a plain name.

    The rule is ``names.SAFE_RULE``; an incident id may not be one of the runner's own
    names (``names.RESERVED_NAMES``) either.

    Example:
        >>> check_name("incident_id", "mali-2025")
        >>> try:
        ...     check_name("incident_id", "../etc")
        ... except ParameterError as refused:
        ...     print(refused)  # doctest: +ELLIPSIS
        incident_id '../etc' is not allowed: use letters, digits, '_', '-' or '.' (no '..', ...
    """
    values = value if isinstance(value, list) else [value]
    for item in values:
        problem = name_problem(name, item, reserved=name == "incident_id")
        if problem:
            raise ParameterError(f"{problem}; it becomes part of a folder name")


def check_parameters(
    notebook: str | Path,
    parameters: Mapping[str, Any] | None = None,
    *,
    from_cli: bool = False,
    root: str | Path | None = None,
    accepted: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """Check parameters against the notebook before any kernel starts; return them typed.

    Refuses unknown names (listing the accepted ones), wrong types, runner-only
    names (``root``, ``output_dir``, ``previous_run``), unsafe names in paths and
    input paths that do not exist. With ``from_cli`` the values are strings and
    are read as the parameter's type first. ``accepted``: the notebook's parameters
    when already read (:func:`notebook_parameters`).

    Example:
        >>> check_parameters(notebook_path("incident_brief"), {"dpi": "150"}, from_cli=True)
        {'dpi': 150}
        >>> try:
        ...     check_parameters(notebook_path("incident_brief"), {"colour": "red"})
        ... except ParameterError as refused:
        ...     print(str(refused).splitlines()[0])
        incident_brief has no parameter 'colour'; it accepts:
    """
    path = notebook_path(notebook, root)
    accepted = notebook_parameters(path) if accepted is None else accepted
    parameters = dict(parameters or {})
    unknown = [n for n in parameters if n not in accepted]
    if unknown:
        raise ParameterError(
            f"{path.stem} has no parameter {', '.join(map(repr, unknown))}; it accepts:\n"
            + describe_parameters(accepted)
        )
    runner = [
        n
        for n in parameters
        if n in RUNNER_PARAMETERS and parameters[n] not in USER_RUNNER_VALUES.get(n, ())
    ]
    if runner:
        raise ParameterError(
            f"{', '.join(runner)} is set by claimtrack itself (use --reports-dir to choose "
            "where reports go; previous_run accepts only '' to compare with nothing)"
        )
    checked = {}
    for name, value in parameters.items():
        type_name = accepted[name]["type"]
        if from_cli and isinstance(value, str):
            value = coerce_cli_value(value, type_name)
        if type_name == "float" and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not _type_ok(value, type_name):
            raise ParameterError(
                f"{name} must be {type_name} (default {accepted[name]['default']!r}), "
                f"got {type(value).__name__} {value!r}"
            )
        if name in PATH_PARAMETERS and name not in SOURCE_PARAMETERS:
            check_name(name, value)  # sources are checked against the statements below
        if name in INPUT_PARAMETERS and not resolve(find_root(root), value).exists():
            raise ParameterError(f"{name}={value!r}: no such file or folder")
        checked[name] = value
    return checked | check_sources(accepted, checked, root)


def check_sources(
    accepted: Mapping[str, Mapping[str, Any]],
    checked: Mapping[str, Any],
    root: str | Path | None = None,
) -> dict[str, str]:
    """The notebook's source parameters (given or default) as source ids of the statements.

    A display name ("Malian Armed Forces (FAMa)") is read as its id; a source the
    statements do not hold is refused, listing the ids and names they do, so a
    comparison never runs "ok" on nothing. Notebooks without sources: ``{}``.

    Example:
        >>> accepted = notebook_parameters(notebook_path("source_comparison"))
        >>> check_sources(accepted, {"source_a": "Malian Armed Forces (FAMa)"})
        {'source_a': 'fama', 'source_b': 'jnim'}
        >>> check_sources(accepted, {"source_a": "army"})  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        claimtrack.reports.results.ParameterError: source_a: 'army' is not a source of these ...
    """
    names = [n for n in SOURCE_PARAMETERS if n in accepted]
    if not names:
        return {}
    import claimtrack as ct
    from claimtrack.briefing import resolve_source

    given = {n: checked.get(n, accepted[n]["default"]) for n in names}
    statements = checked.get("statements", accepted.get("statements", {}).get("default"))
    try:
        with warnings.catch_warnings():  # unknown actors etc.: the report itself says so
            warnings.simplefilter("ignore")
            tidy, _ = ct.load(resolve(find_root(root), statements))
    except Exception as exc:  # unreadable statements: said in one line, not a traceback
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ParameterError(f"statements={statements!r} cannot be read: {first}") from None
    resolved = {}
    for name, value in given.items():
        try:
            resolved[name] = resolve_source(tidy, str(value))
        except ValueError as refused:
            raise ParameterError(f"{name}: {refused} (statements: {statements})") from None
        check_name(name, resolved[name])
    return resolved


def report_key(
    notebook: str | Path,
    parameters: Mapping[str, Any],
    accepted: Mapping[str, Mapping[str, Any]] | None = None,
) -> str:
    """The report's folder name (:func:`claimtrack.project.report_key`), checked to be safe.

    Defaults come from the notebook (``accepted`` when already read), so a brief run
    without parameters is keyed by its default incident.

    Example:
        >>> report_key(notebook_path("incident_brief"), {"incident_id": "x-1"})
        'x-1'
        >>> report_key(notebook_path("overview"), {})
        'overview'
    """
    path = Path(notebook)
    accepted = notebook_parameters(path) if accepted is None else accepted
    full = {n: info["default"] for n, info in accepted.items()} | dict(parameters)
    key = project.report_key(path.stem, full)
    check_name("report", key)
    return key

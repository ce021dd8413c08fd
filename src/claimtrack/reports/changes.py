"""What a report reads, fingerprinted; whether it changed since its last successful run.

An incremental schedule (``claimtrack schedule --changed``) skips a report whose
fingerprint equals the one recorded in the manifest ``reports/latest/<key>`` points at.
The fingerprint covers everything a report reads or is made from: its statement files
(a brief: its own incident's file when there is one, as the notebook reads it), the
reference tables (packaged, the project's ``data/reference/`` overrides and
``$CLAIMTRACK_REFERENCE``), the packaged vague-word and subject-family tables, the
notebook file, the parameters (``--show-code`` too) and claimtrack itself (its version
and the bytes of its code, so an editable install that changed is not taken as the same)
with the versions of the packages that shape a report. Pandas-free.

Example:
    >>> from claimtrack.reports.parameters import notebook_path
    >>> parts = input_fingerprint(notebook_path("overview"), {"statements": "data/statements"})
    >>> sorted(parts)
    ['code', 'notebook', 'parameters', 'reference', 'statements']
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from claimtrack.manifest import fingerprint, package_versions, read_manifest, statement_files
from claimtrack.project import PACKAGE_DATA, find_root, latest_link, reference_file, resolve
from claimtrack.reports.results import ReportResult

# The reference tables a report may read (claimtrack.project.reference_file's names).
REFERENCE_TABLES = ("actors", "places", "subjects")
# What a report's fingerprint is made of, in the order a change is named.
PARTS = ("statements", "reference", "notebook", "parameters", "code")


def _digest_files(files: Iterable[Path], base: Path | None = None) -> str:
    """SHA-256 over each file's path (relative to ``base``, else its name) and bytes."""
    digest = hashlib.sha256()
    for file in sorted(set(files)):
        name = file.relative_to(base).as_posix() if base else file.name
        digest.update(name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def reference_fingerprint(root: str | Path | None = None) -> str:
    """The reference and vocabulary tables a report may read, every candidate included.

    The packaged data (vague words, subject families, reference tables), the project's
    ``data/reference/*.csv`` overrides and the tables in ``$CLAIMTRACK_REFERENCE``: all of
    them, whichever wins, so that no override can change a brief unseen.

    Example:
        >>> len(reference_fingerprint())
        64
    """
    root = find_root(root)
    files = {p for p in PACKAGE_DATA.rglob("*") if p.is_file()}
    files |= {p for p in (root / "data" / "reference").glob("*.csv") if p.is_file()}
    given = os.environ.get("CLAIMTRACK_REFERENCE")
    if given:
        files |= {p for p in Path(given).glob("*.csv") if p.is_file()}
    files |= {reference_file(name) for name in REFERENCE_TABLES if reference_file(name).is_file()}
    # Paths as written (they differ between the candidates), bytes as read.
    digest = hashlib.sha256()
    for file in sorted(files):
        digest.update(str(file).encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


@cache
def code_fingerprint() -> str:
    """claimtrack's version, its code and templates, and the versions of the packages that
    shape a report: one digest (read once per process).

    Example:
        >>> len(code_fingerprint())
        64
    """
    package = Path(__file__).resolve().parents[1]
    files = [
        p
        for p in package.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".tmp")
    ]
    versions = json.dumps(package_versions(), sort_keys=True)
    return hashlib.sha256(versions.encode() + _digest_files(files, package).encode()).hexdigest()


def input_fingerprint(
    notebook: Path,
    parameters: Mapping[str, Any],
    *,
    root: str | Path | None = None,
    show_code: bool = False,
    accepted: Mapping[str, Mapping[str, Any]] | None = None,
    reference: str | None = None,
) -> dict[str, str] | None:
    """The fingerprint of one report: a digest per part (:data:`PARTS`).

    ``parameters``: the checked ones, with the notebook's defaults filled in (so that
    ``claimtrack report`` and a schedule giving a default explicitly agree). ``None`` when
    the notebook takes no ``statements`` parameter: what it reads cannot be told, so it
    always runs. ``accepted`` (the notebook's parameters) and ``reference``
    (:func:`reference_fingerprint`), when a schedule has them already.

    Example:
        >>> from claimtrack.reports.parameters import notebook_path
        >>> brief = notebook_path("incident_brief")
        >>> a = input_fingerprint(brief, {"incident_id": "mali-2025-07-01-coordinated-attacks"})
        >>> b = input_fingerprint(brief, {"incident_id": "mali-2025-07-01-coordinated-attacks",
        ...                               "dpi": 150})
        >>> [part for part in PARTS if a[part] != b[part]]
        ['parameters']
    """
    from claimtrack.reports.parameters import notebook_parameters

    root = find_root(root)
    accepted = notebook_parameters(notebook) if accepted is None else accepted
    if "statements" not in accepted:
        return None
    full = {name: info["default"] for name, info in accepted.items()} | dict(parameters)
    files = statement_files(resolve(root, full["statements"]), full.get("incident_id"))
    given = json.dumps({"parameters": full, "show_code": show_code}, sort_keys=True, default=str)
    return {
        "statements": fingerprint(files),
        "reference": reference or reference_fingerprint(root),
        "notebook": _digest_files([Path(notebook)]),
        "parameters": hashlib.sha256(given.encode()).hexdigest(),
        "code": code_fingerprint(),
    }


def changed_parts(old: Mapping[str, Any] | None, new: Mapping[str, str]) -> list[str]:
    """The parts of ``new`` that differ from ``old`` (all of them when there is no ``old``).

    Example:
        >>> changed_parts({"statements": "a", "code": "c"}, {"statements": "b", "code": "c"})
        ['statements']
        >>> changed_parts(None, {"statements": "b"})
        ['statements']
    """
    old = old if isinstance(old, Mapping) else {}
    return [part for part in new if old.get(part) != new[part]]


def unchanged_since(
    reports_dir: str | Path, key: str, new: Mapping[str, str] | None
) -> tuple[str | None, Path | None]:
    """The run id and folder of the report's latest successful run when nothing it reads
    changed since; ``(None, None)`` when it must run (changed, never run, no fingerprint).

    Example:
        >>> import tempfile
        >>> unchanged_since(tempfile.mkdtemp(), "overview", {"statements": "x"})
        (None, None)
    """
    link = latest_link(reports_dir, key)
    if new is None or not link.is_dir():
        return None, None
    folder = link.resolve()
    manifest = read_manifest(folder)
    run = manifest.get("run") or {}
    if run.get("status") != "succeeded" or changed_parts(manifest.get("fingerprint"), new):
        return None, None
    return str(run.get("run_id") or folder.parent.name), folder


def skipped_result(
    notebook: Path, key: str, parameters: dict[str, Any], reports_dir: Path, new: dict | None
) -> ReportResult | None:
    """The result of a report an incremental run skips (pointing at its latest success),
    or ``None`` when it must run.

    Example:
        >>> import tempfile
        >>> skipped_result(Path("overview.ipynb"), "overview", {}, Path(tempfile.mkdtemp()), {})
    """
    since, folder = unchanged_since(reports_dir, key, new)
    if since is None or folder is None:
        return None
    result = ReportResult(notebook.stem, key, dict(parameters), folder, ok=True)
    result.fingerprint, result.skipped_since = new, since
    return result

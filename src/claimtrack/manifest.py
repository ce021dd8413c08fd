"""A run folder's ``manifest.json``, written by one function, and the run that fills it.

A notebook run records its parameters, the inputs it read (names and a fingerprint),
the package versions, the files in its folder and its summary figures; the report
runner adds how the run ended (``run``: status, timing, error). Both go through
:func:`write_manifest`, which merges into what the folder's manifest already holds, so
neither can drop the other's keys. Pandas-free: the runner imports it.

Example:
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = write_manifest(folder, run={"status": "running"})
    >>> _ = write_manifest(folder, notebook="overview", parameters={"dpi": 200})
    >>> list(read_manifest(folder))
    ['notebook', 'parameters', 'files', 'run']
"""

from __future__ import annotations

import hashlib
import json
import platform
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from claimtrack.project import os_error_text, write_json_atomic

MANIFEST = "manifest.json"
# The packages whose versions change what a report says or looks like.
PACKAGES = ("claimtrack", "pandas", "numpy", "matplotlib", "seaborn", "papermill", "nbconvert")
# The order of a manifest's keys, whoever wrote them last (others follow, as written).
KEYS = (
    "notebook",
    "parameters",
    "inputs",
    "data_fingerprint",
    "fingerprint",
    "packages",
    "created",
    "files",
    "summary",
    "run",
)


def statement_files(path: str | Path, incident_id: str | None = None) -> list[Path]:
    """The statement files ``claimtrack.read`` would read from a file or folder, sorted.

    With ``incident_id``, a folder holding a file named after the incident (the
    one-file-per-incident layout of ``data/statements``) gives just that file: a brief
    reads, and fingerprints, only its own incident.

    Example:
        >>> [p.suffix for p in statement_files("data/statements")][:1]
        ['.yaml']
        >>> len(statement_files("data/statements", "mali-2025-07-01-coordinated-attacks"))
        1
    """
    from claimtrack.read import SUFFIXES  # the readers' list (read imports pandas)

    path = Path(path)
    if path.is_file():
        return [path]
    files = sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
    own = [p for p in files if p.stem == incident_id]
    return own if len(own) == 1 else files


def fingerprint(files: Iterable[str | Path]) -> str:
    """SHA-256 over the names and bytes of the input files: same data, same fingerprint.

    Names are included (not full paths) so that the same data checked out in
    another folder fingerprints the same.

    Example:
        >>> len(fingerprint(statement_files("data/statements")))
        64
    """
    digest = hashlib.sha256()
    for file in sorted(Path(f) for f in files):
        digest.update(file.name.encode() + b"\0")
        digest.update(file.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def package_versions(packages: Iterable[str] = PACKAGES) -> dict[str, str]:
    """Installed versions of the packages a report depends on, plus Python's.

    Example:
        >>> "pandas" in package_versions()
        True
    """
    versions = {"python": platform.python_version()}
    for name in packages:
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def read_manifest(folder: str | Path) -> dict[str, Any]:
    """The manifest of a run folder, or ``{}`` when there is none (or it cannot be read).

    Example:
        >>> read_manifest("no/such/run")
        {}
    """
    try:
        manifest = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def folder_files(folder: str | Path) -> list[str]:
    """The files of a run folder as the manifest lists them: relative, sorted, hidden and
    temporary files and the manifest itself left out.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.csv").write_text("x"); _ = (folder / ".a.csv.1.tmp").write_text("")
        >>> folder_files(folder)
        ['a.csv']
    """
    folder = Path(folder)
    files = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    return sorted(f for f in files if not Path(f).name.startswith(".") and f != MANIFEST)


def write_manifest(
    folder: str | Path, *, defaults: Mapping[str, Any] | None = None, **sections: Any
) -> Path:
    """Write ``manifest.json``: the folder's manifest with ``sections`` merged in (over
    ``defaults``, which fill only what it lacks), the files listed afresh, the keys in one
    order (:data:`KEYS`). The one writer of manifests.

    A write that says how the run ended (a ``run`` section) must land even on a full
    disk: if the atomic write fails and a manifest exists, a short one (notebook,
    parameters, run) is written over it in place, whose blocks are already there.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> write_manifest(folder, notebook="x").name
        'manifest.json'
        >>> read_manifest(folder)
        {'notebook': 'x', 'files': []}
    """
    folder = Path(folder)
    merged = dict(defaults or {}) | read_manifest(folder) | sections
    merged["files"] = folder_files(folder)
    manifest = {k: merged[k] for k in KEYS if k in merged} | merged
    path = folder / MANIFEST
    try:
        return write_json_atomic(path, manifest)
    except OSError as exc:
        if "run" not in sections or not path.is_file():
            raise
        _overwrite_short(path, manifest, exc)
        return path


def _overwrite_short(path: Path, manifest: Mapping[str, Any], exc: OSError) -> None:
    """The run's status written over the existing manifest in place: no new blocks needed."""
    run = manifest["run"] | {"manifest_error": os_error_text(exc)[:300]}
    if run.get("error"):
        run["error"] = {k: str(v)[:300] for k, v in run["error"].items()}
    short = {"notebook": manifest.get("notebook"), "parameters": manifest.get("parameters")}
    with open(path, "r+b") as handle:  # overwrite, then cut
        handle.write(json.dumps(short | {"run": run}, default=str).encode() + b"\n")
        handle.truncate()


@dataclass
class Run:
    """One notebook run: its folder, parameters, figure formats and dpi, and the figures
    written so far (for the manifest's summary).

    Example:
        >>> import tempfile
        >>> run = Run.start("overview", Path(tempfile.mkdtemp()) / "o", {"statements": "s"})
        >>> run.manifest_parameters()
        {'statements': 's', 'formats': ['png', 'svg', 'pdf'], 'dpi': 200}
    """

    notebook: str
    folder: Path
    parameters: dict[str, Any]
    formats: list[str] = field(default_factory=lambda: ["png", "svg", "pdf"])
    dpi: int = 200
    figures: dict[str, dict[str, Path]] = field(default_factory=dict)

    @classmethod
    def start(
        cls,
        notebook: str,
        folder: str | Path,
        parameters: Mapping[str, Any],
        *,
        formats: Iterable[str] = ("png", "svg", "pdf"),
        dpi: int = 200,
    ) -> Run:
        """A run writing into ``folder`` (made if need be).

        Example:
            >>> import tempfile
            >>> Run.start("x", Path(tempfile.mkdtemp()) / "x", {}, dpi=300).dpi
            300
        """
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        return cls(notebook, folder, dict(parameters), list(formats), dpi)

    def manifest_parameters(self) -> dict[str, Any]:
        """The parameters the manifest records: the notebook's own, then formats and dpi.

        Example:
            >>> Run("x", Path("."), {"a": 1}, ["png"], 150).manifest_parameters()
            {'a': 1, 'formats': ['png'], 'dpi': 150}
        """
        return self.parameters | {"formats": list(self.formats), "dpi": self.dpi}

    def write_manifest(
        self, inputs: Iterable[str | Path], summary: Mapping[str, Any] | None = None
    ) -> Path:
        """Record the run in ``manifest.json``: parameters, inputs and their fingerprint,
        package versions, the files written, ``summary``.

        Example:
            >>> import tempfile
            >>> run = Run.start("x", Path(tempfile.mkdtemp()), {})
            >>> m = run.write_manifest(statement_files("data/statements"))
            >>> sorted(json.loads(m.read_text()))[:3]
            ['created', 'data_fingerprint', 'files']
        """
        inputs = [Path(p) for p in inputs]
        return write_manifest(
            self.folder,
            notebook=self.notebook,
            parameters=self.manifest_parameters(),
            inputs=[p.name for p in inputs],
            data_fingerprint=fingerprint(inputs),
            packages=package_versions(),
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            summary=dict(summary or {}),
        )

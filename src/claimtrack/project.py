"""Pandas-free ground floor of the runner and the notebooks: where things are, how files are
written. The project root, paths relative to it, the reference tables (packaged, with the
project folder's ``data/reference/`` as an override), the cache folder, report keys and
run ids, and the one atomic writer.

Every file a report writes goes through :func:`write_atomic`: a temporary file in the
same folder, then a rename over the target. A reader sees the old file or the new one,
never half a file, and the temporary file is removed whatever goes wrong (a full
disk, a file-size limit, an interrupt), so no ``.name.*.tmp`` is ever left behind.

Example:
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> write_text_atomic(folder / "a.txt", "hi").read_text()
    'hi'
    >>> sorted(p.name for p in folder.iterdir())
    ['a.txt']
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import tempfile
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# The package's own data (vague words, subject families, reference tables): shipped in
# the wheel, so a non-editable install has them.
PACKAGE_DATA = Path(__file__).resolve().parent / "data"
# The checkout holding this package in an editable install (src/claimtrack/ → ../..):
# the last place a project folder is looked for. Checked like any other candidate, so
# in a non-editable install (site-packages/claimtrack/) it is simply not a project.
_CHECKOUT = Path(__file__).resolve().parents[2]


def find_root(start: str | Path | None = None) -> Path:
    """The project folder: nearest at or above ``start`` holding ``notebooks/`` and ``data/``.

    Notebooks run with their own folder (JupyterLab) or any folder (papermill) as
    working directory; both find the same root this way.

    Example:
        >>> (find_root("notebooks") / "data" / "statements").is_dir()
        True
    """
    # Plain strings and os.path: the actor table's lookup asks this a dozen times per
    # article, and pathlib cost seven times the file system checks.
    here = os.path.realpath(os.getcwd()) if not start else str(Path(start).resolve())
    for candidate in (*_up_from(here), str(_CHECKOUT)):
        if os.path.isdir(os.path.join(candidate, "notebooks")) and os.path.isdir(
            os.path.join(candidate, "data")
        ):
            return Path(candidate)
    raise FileNotFoundError(
        f"no claimtrack project folder (with notebooks/ and data/) at or above {here}; "
        "pass root=... as a parameter"
    )


def _up_from(folder: str) -> list[str]:
    """An absolute folder and every folder above it, up to the file system's root."""
    folders = [folder]
    while (parent := os.path.dirname(folders[-1])) != folders[-1]:
        folders.append(parent)
    return folders


def resolve(root: str | Path, path: str | Path) -> Path:
    """``path`` as given if absolute, else relative to the project root.

    Example:
        >>> resolve("/repo", "data/statements")
        PosixPath('/repo/data/statements')
    """
    path = Path(path)
    return path if path.is_absolute() else Path(root) / path


def reference_file(name: str, folder: str | Path | None = None) -> Path:
    """The reference table ``name`` (``actors``, ``places``, ``subjects``) to read.

    From ``folder`` or ``$CLAIMTRACK_REFERENCE`` when given (the whole set comes from
    there); else the project folder's ``data/reference/<name>.csv`` when it has one (an
    override of the packaged table; the project is :func:`find_root`'s); else the table
    shipped with the package.

    Example:
        >>> reference_file("actors").relative_to(PACKAGE_DATA).as_posix()
        'reference/actors.csv'
    """
    given = folder or os.environ.get("CLAIMTRACK_REFERENCE")
    if given:
        return Path(given) / f"{name}.csv"
    with contextlib.suppress(FileNotFoundError):  # outside any project: the packaged tables
        override = os.path.join(find_root(), "data", "reference", f"{name}.csv")
        if os.path.isfile(override):
            return Path(override)
    return PACKAGE_DATA / "reference" / f"{name}.csv"


def cache_dir() -> Path:
    """The user's cache folder for claimtrack (``~/.cache/claimtrack`` on Linux), not created.

    Example:
        >>> cache_dir().name
        'claimtrack'
    """
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("claimtrack", appauthor=False))


# A report's folder name, from the notebook's full parameters (defaults included).
REPORT_KEYS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "incident_brief": lambda p: str(p["incident_id"]),
    "source_comparison": lambda p: f"{p['source_a']}-vs-{p['source_b']}",
}


def report_key(notebook: str, parameters: Mapping[str, Any]) -> str:
    """The report's folder name: the incident for a brief, ``a-vs-b`` for a comparison,
    else the notebook's name. ``parameters`` are the full set, defaults included.

    Example:
        >>> report_key("source_comparison", {"source_a": "fama", "source_b": "jnim"})
        'fama-vs-jnim'
        >>> report_key("overview", {})
        'overview'
    """
    return REPORT_KEYS.get(notebook, lambda p: notebook)(parameters)


def new_run_id() -> str:
    """A fresh run id: UTC time to the second plus random hex, sortable and unique.

    Example:
        >>> len(new_run_id())
        23
    """
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def latest_link(reports_dir: str | Path, key: str) -> Path:
    """Where ``reports/latest/<key>`` points at the last run of a report that succeeded.

    Example:
        >>> latest_link("reports", "overview").as_posix()
        'reports/latest/overview'
    """
    return Path(reports_dir) / "latest" / key


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, write: Callable[[str], object]) -> Path:
    """Call ``write(tmp)`` on a temporary file beside ``path``, then rename it over ``path``.

    The temporary file is removed if ``write`` or the rename fails, for any reason
    (including ``KeyboardInterrupt``); the error is raised again. The folder must exist.

    Example:
        >>> import tempfile
        >>> target = Path(tempfile.mkdtemp()) / "t.txt"
        >>> write_atomic(target, lambda tmp: Path(tmp).write_text("ok")).read_text()
        'ok'
        >>> def broken(tmp):
        ...     raise OSError("disk full")
        >>> try:
        ...     write_atomic(target, broken)
        ... except OSError:
        ...     sorted(p.name for p in target.parent.iterdir())
        ['t.txt']
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        # mkstemp makes the file 0600; a report is for sharing, so give it the usual mode.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and exc.filename in (None, tmp):
            exc.filename = str(path)  # name the file the user knows, not our temporary one
        raise
    return path


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write UTF-8 text atomically (see :func:`write_atomic`).

    Example:
        >>> import tempfile
        >>> write_text_atomic(Path(tempfile.mkdtemp()) / "x.txt", "hi").read_text()
        'hi'
    """
    return write_atomic(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


def write_json_atomic(path: str | Path, data: Any) -> Path:
    """Write JSON atomically (see :func:`write_atomic`), indented, non-ASCII kept.

    Example:
        >>> import tempfile
        >>> write_json_atomic(Path(tempfile.mkdtemp()) / "x.json", {"a": 1}).name
        'x.json'
    """
    text = json.dumps(data, indent=2, ensure_ascii=False, default=str)
    return write_text_atomic(path, text + "\n")


def os_error_text(exc: OSError) -> str:
    """An OSError as one line naming the path: ``/r/index.html: Is a directory``.

    Example:
        >>> os_error_text(IsADirectoryError(21, "Is a directory", "/r/index.html"))
        '/r/index.html: Is a directory'
    """
    if exc.filename is not None:
        return f"{exc.filename}: {exc.strerror or exc}"
    return str(exc) or type(exc).__name__

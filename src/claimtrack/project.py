"""Pandas-free helpers shared by reports, briefs and exports: atomic writes.

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
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


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

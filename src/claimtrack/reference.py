"""Where the reference tables live (actors, places overlay, subjects) and how to read them.

The project's tables are in ``data/reference/``; pass another folder, or set
``CLAIMTRACK_REFERENCE``, to use your own.

Example:
    >>> reference_dir().name
    'reference'
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

REPO_ROOT = Path(__file__).resolve().parents[2]


def reference_dir(path: str | Path | None = None) -> Path:
    """The reference folder: the argument, ``$CLAIMTRACK_REFERENCE``, or the project's own.

    Example:
        >>> (reference_dir() / "actors.csv").exists()
        True
    """
    for candidate in (path, os.environ.get("CLAIMTRACK_REFERENCE")):
        if candidate:
            return Path(candidate)
    for base in (Path.cwd(), REPO_ROOT):
        if (base / "data" / "reference").is_dir():
            return base / "data" / "reference"
    raise FileNotFoundError(
        "no reference folder: pass reference=..., set CLAIMTRACK_REFERENCE, "
        "or run from the project folder (data/reference/)"
    )


def read_table(name: str, path: str | Path | None = None) -> pd.DataFrame:
    """Read one reference CSV (``actors``, ``places``, ``subjects``) as text columns.

    Example:
        >>> "aliases" in read_table("actors").columns
        True
    """
    file = reference_dir(path) / f"{name}.csv"
    if not file.exists():
        raise FileNotFoundError(f"reference table {file} is missing")
    return pd.read_csv(file, dtype=str, keep_default_na=False)

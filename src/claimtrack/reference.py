"""Reading the reference tables (actors, places overlay, subjects).

Where each table comes from is :func:`claimtrack.project.reference_file`: a folder you
pass or ``CLAIMTRACK_REFERENCE``, else the project folder's ``data/reference/`` when it
holds the table, else the table shipped with the package.

Example:
    >>> "aliases" in read_table("actors").columns
    True
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from claimtrack.project import reference_file


def read_table(name: str, path: str | Path | None = None) -> pd.DataFrame:
    """Read one reference CSV (``actors``, ``places``, ``subjects``) as text columns.

    Example:
        >>> "aliases" in read_table("actors").columns
        True
    """
    file = reference_file(name, path)
    if not file.exists():
        raise FileNotFoundError(f"reference table {file} is missing")
    return pd.read_csv(file, dtype=str, keep_default_na=False)

"""Reading the reference tables (actors, places overlay, subjects).

Where each table comes from is :func:`claimtrack.project.reference_file`: a folder you
pass or ``CLAIMTRACK_REFERENCE``, else the project folder's ``data/reference/`` when it
holds the table, else the table shipped with the package.

Example:
    >>> "aliases" in read_table("actors").columns
    True
"""

from __future__ import annotations

import functools
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


def side_name(side: object, path: str | Path | None = None) -> str:
    """The name a reader sees for a side id: the actor of that id's name, else the id as words.

    ``mali_state`` reads "Mali (state)", ``jnim`` "JNIM (GSIM)" (the actor of that id);
    ``independent`` and ``unknown`` stay as they are.

    Example:
        >>> side_name("jnim"), side_name("mali_state"), side_name("independent")
        ('JNIM (GSIM)', 'Mali (state)', 'independent')
    """
    side = "unknown" if side is None or side != side else str(side)
    named = _actor_names(str(reference_file("actors", path)))
    if side in named:
        return named[side]
    if side.endswith("_state") and len(side) > len("_state"):
        return f"{side[: -len('_state')].replace('_', ' ').title()} (state)"
    return side.replace("_", " ")


@functools.lru_cache(maxsize=8)
def _actor_names(file: str) -> dict[str, str]:
    # A brief names sides in every legend and table: read the actors table once per file.
    actors = read_table("actors", Path(file).parent) if Path(file).exists() else None
    if actors is None:
        return {}
    return dict(zip(actors["actor_id"], actors["name"], strict=True))

"""claimtrack: sourced claims and counterclaims in one tidy table, compared source by source.

Example:
    >>> import claimtrack as ct
    >>> tidy, rejects = ct.load("data/statements")
    >>> sorted(tidy["source"].unique())[:2]
    ['fama', 'jnim']
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pandas as pd

from claimtrack.extraction import extract
from claimtrack.normalize import normalize
from claimtrack.normalize.actors import resolve_actors
from claimtrack.normalize.places import match_places
from claimtrack.normalize.quantities import parse_quantities, parse_quantity, vague_table
from claimtrack.read import InputError, read
from claimtrack.schema import TIDY_COLUMNS, validate_tidy

try:
    __version__ = version("claimtrack")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0+unknown"


def load(
    path: str | Path, reference: str | Path | None = None, vague: str | Path = "default"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read statement files and normalize them: ``(tidy, rejects)`` in one call.

    Example:
        >>> tidy, rejects = load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> int(tidy.loc[tidy["claim_type"] == "killed", "value_best"].iloc[0])
        80
    """
    return normalize(read(path), reference=reference, vague=vague)


__all__ = [
    "TIDY_COLUMNS",
    "InputError",
    "__version__",
    "extract",
    "load",
    "match_places",
    "normalize",
    "parse_quantities",
    "parse_quantity",
    "read",
    "resolve_actors",
    "vague_table",
    "validate_tidy",
]

"""Raw statements → tidy claims: quantities, places, actors, subjects and dates.

This package's ``__init__`` imports nothing heavy, so that ``import claimtrack``
(and with it ``claimtrack --help``) stays fast; the work is in ``claims.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd


def normalize(
    raw: pd.DataFrame,
    reference: str | Path | None = None,
    vague: str | Path = "default",
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Normalize a raw frame into the tidy claims frame and the rejects frame.

    See ``claimtrack.normalize.claims.normalize`` for the rules.

    Example:
        >>> from claimtrack.read import read
        >>> mali = "data/statements/mali-2025-07-01-coordinated-attacks.yaml"
        >>> tidy, rejects = normalize(read(mali))
        >>> len(rejects)
        0
    """
    from claimtrack.normalize.claims import normalize as _normalize

    return _normalize(raw, reference=reference, vague=vague)


__all__ = ["normalize"]

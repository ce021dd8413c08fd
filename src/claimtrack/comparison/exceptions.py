"""What the comparison refuses, said in a sentence a person can act on.

Example:
    >>> import pandas as pd
    >>> require(pd.DataFrame(), ["source"], "tidy")
    Traceback (most recent call last):
    ...
    claimtrack.comparison.exceptions.NothingToCompare: No claims to compare: the tidy frame \
is empty. Load statements first, e.g. tidy, rejects = claimtrack.load('data/statements'), \
and check rejects.
"""

from __future__ import annotations

import pandas as pd


class NothingToCompare(ValueError):
    """The input has no claims to compare; the message says what was expected."""


def require(frame: pd.DataFrame | None, columns: list[str], what: str) -> None:
    """Raise ``NothingToCompare`` for an empty frame, ``ValueError`` for missing columns.

    Example:
        >>> require(pd.DataFrame({"source": ["fama"]}), ["source"], "tidy") is None
        True
    """
    if frame is None or len(frame) == 0:
        raise NothingToCompare(
            f"No claims to compare: the {what} frame is empty. Load statements first, "
            "e.g. tidy, rejects = claimtrack.load('data/statements'), and check rejects."
        )
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(
            f"The {what} frame lacks the column(s) {', '.join(missing)}; "
            f"pass the output of claimtrack.load (tidy) or claimtrack.measures (measures)."
        )

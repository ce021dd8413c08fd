"""Subjects as written ("militants", "the enemy") → one canonical subject ("fighters").

"military barracks" and "military positions" stay distinct: only listed aliases merge.

Example:
    >>> canonical_subjects(pd.Series(["militants", "the enemy", "barracks"])).tolist()
    ['fighters', 'fighters', 'military barracks']
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from claimtrack.normalize.unique import factorize, spread
from claimtrack.reference import read_table
from claimtrack.text import fold

_LEADING = re.compile(r"^(?:the|a|an|les|le|la|l'|des)\s+")


def canonical_subjects(subjects: pd.Series, reference: str | Path | None = None) -> pd.Series:
    """Map each subject to its canonical name; unknown subjects are kept, folded.

    Example:
        >>> canonical_subjects(pd.Series(["Towns", None])).tolist()
        ['towns', nan]
    """
    table = read_table("subjects", reference)
    index: dict[str, str] = {}
    for row in table.itertuples():
        for alias in [row.subject, *row.aliases.split("|")]:
            index.setdefault(_LEADING.sub("", fold(alias)), row.subject)
    codes, uniques = factorize(subjects)
    mapped = [index.get(_LEADING.sub("", fold(s)), _LEADING.sub("", fold(s))) for s in uniques]
    return spread(mapped, codes, subjects.index)

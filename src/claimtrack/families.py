"""Subject families: subjects a reader takes for the same kind of thing when statuses are decided.

"military posts", "barracks" and "positions" are all *targets*; "soldiers" and
"troops" are *soldiers*; "fighters", "militants" and "rebels" are *fighters*.
The table is data, ``claimtrack/data/subject_families.csv`` (``family``,
``kind``, ``words``: ``|``-separated, folded like every matcher). A subject
belongs to a family when the words it is made of name that family and no other
("Malian soldiers" → soldiers, "positions militaires" → targets; the longest
listed phrase wins). Subjects of no family, or of several, are their own family.

A family of kind ``place`` (towns, villages…) says *where*, not *what*: "attacks
in seven towns" speaks to the attacks on the military posts in them. Such
subjects, and claims with no subject, are *wide*: they speak to every family of
their claim type (``claimtrack.comparison.discrepancies`` states how statuses use this). The
tables keep each subject as written; only statuses use the families.

Example:
    >>> import pandas as pd
    >>> keys = family_keys(pd.Series(["military posts", "barracks", "Malian soldiers", "towns"]))
    >>> keys["family"].tolist(), keys["wide"].tolist()
    (['targets', 'targets', 'soldiers', 'places'], [False, False, False, True])
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

import pandas as pd

from claimtrack.text import fold

FAMILIES_FILE = "subject_families.csv"
_WORDS = re.compile(r"[\w']+")


@cache
def _table() -> tuple[dict[tuple[str, ...], str], dict[str, str], int]:
    """Phrase (folded words) → family, family → kind, and the longest phrase's length."""
    path = files("claimtrack") / "data" / FAMILIES_FILE
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    phrases: dict[tuple[str, ...], str] = {}
    for row in table.itertuples():
        for phrase in [row.family, *row.words.split("|")]:
            phrases.setdefault(tuple(_WORDS.findall(fold(phrase))), row.family)
    kinds = dict(zip(table["family"], table["kind"], strict=True))
    return phrases, kinds, max(map(len, phrases))


def family_of(subject: str | None) -> str | None:
    """The family of one subject as written, or None (no family, or several).

    Example:
        >>> family_of("positions militaires"), family_of("weapons"), family_of("rebels")
        ('targets', None, 'fighters')
    """
    if not isinstance(subject, str):
        return None
    phrases, _, longest = _table()
    words = _WORDS.findall(fold(subject))
    found, i = set(), 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            family = phrases.get(tuple(words[i : i + size]))
            if family:
                found.add(family)
                i += size
                break
        else:
            i += 1
    return found.pop() if len(found) == 1 else None


def family_keys(subjects: pd.Series) -> pd.DataFrame:
    """Per subject: ``family`` (None when it has none), ``key`` and ``wide``.

    ``key`` is the family name, or ``=`` and the subject itself for subjects of no
    family and for wide subjects (whose figures count their own thing); ``wide``
    is true for place words and for a missing subject. Worked out per distinct subject.

    Example:
        >>> family_keys(pd.Series(["troops", "weapons", None]))["key"].tolist()
        ['soldiers', '=weapons', '=']
    """
    _, kinds, _ = _table()
    codes, uniques = pd.factorize(subjects.astype(object), use_na_sentinel=False)
    families = [family_of(s) for s in uniques]
    wide = [
        not isinstance(s, str) or kinds.get(f) == "place"
        for s, f in zip(uniques, families, strict=True)
    ]
    keys = [
        f if f and not w else "=" + (s if isinstance(s, str) else "")
        for s, f, w in zip(uniques, families, wide, strict=True)
    ]
    out = pd.DataFrame({"family": families, "key": keys, "wide": wide}, dtype=object)
    out = out.take(codes).reset_index(drop=True)
    return out.astype({"wide": bool})

"""A French reporting verb under a restrictive negation: "X ne parle que de 12 morts",
"X n'a fait état que de 12 morts", "X n'a fait état d'aucun mort". The speaker asserts
the figure (only that many, or none); the clitic "ne"/"n'" is part of the verb, never of
the source before it. A plain negation ("X n'a pas confirmé …") reports nothing and is
left alone.

Example:
    >>> s = "Le maire n'a fait etat que de 12 morts."
    >>> s[: negated_start(s, s.index("a fait"), s.index(" que"))]
    'Le maire '
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# the clitic right before the verb (or its auxiliary): "ne ", "n'" (the shadow's apostrophe)
_CLITIC = re.compile(r"(?<![\w'])n(?:e\s+|'\s*)$", _I)
# what makes the negation restrictive, right after the verb and an adverb of its own:
# "que de 12 morts", "qu'un seul mort", "plus que de", "d'aucun mort", "aucune victime"
_RESTRICTIVE = re.compile(
    r"\s+(?:(?:plus|encore|desormais|toutefois|alors|quant a (?:lui|elle|eux|elles)"
    r"|pour (?:sa|leur) part|de (?:son|leur) cote|[a-z]{3,}ment),?\s+)?"
    r"(?:que\b|qu'|(?:de\s+|d'\s*)?aucune?\b)",
    _I,
)


def negated_start(shade: str, start: int, end: int) -> int:
    """Where the verb at ``start:end`` begins with the clitic of a restrictive negation
    ("ne", "n'"), or ``start`` when it has none.

    Example:
        >>> s = "Le maire ne confirme pas le bilan."
        >>> negated_start(s, s.index("confirme"), s.index(" pas"))  # no restriction
        12
    """
    clitic = _CLITIC.search(shade, max(0, start - 4), start)
    if clitic is None or not _RESTRICTIVE.match(shade, end):
        return start
    return clitic.start()

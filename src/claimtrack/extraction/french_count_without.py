"""French counts after a verb that "sans" negates: none.

"a repoussé l'assaut sans perdre un seul soldat", "sans avoir perdu un homme": the "un" a
negated verb takes counts none, as "without losing a single soldier" does in English (a
count of one would be a false figure). "sans perdre aucun soldat" is none already; the
verb's own claim type stays ("perdre": killed).

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "L'armée a repoussé l'assaut sans perdre un seul soldat."
    >>> one = Found("killed", 40, 42, "un", "seul soldat")
    >>> [(f.claim_type, f.value) for f in none_without(shadow(text), [one])]
    [('killed', 'aucun')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.found import Found
from claimtrack.text import fold

_I = re.IGNORECASE
# "sans perdre", "sans avoir perdu", "sans jamais perdre", right before the count
_WITHOUT = re.compile(
    r"(?<![\w'-])sans\s+(?:(?:avoir|etre|jamais|meme)\s+){0,2}(?:[a-z]+ment\s+)?[a-z]+\s+$", _I
)
_ONE = re.compile(r"(?:un|une)(?:\s+seule?)?", _I)


def none_without(shade: str, counts: list[Found]) -> list[Found]:
    """Counts of one right after a verb "sans" negates, read as none (module docstring)."""
    return [
        replace(f, value="aucun")
        if _ONE.fullmatch(fold(f.value or "")) and _WITHOUT.search(shade, 0, f.start)
        else f
        for f in counts
    ]

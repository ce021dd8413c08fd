"""A toll given as a list of names after an inverted participle: "Killed were Sgt. Ali Musa
and Cpl. Omar Sani", "slain were …", "Those wounded in the ambush were …".

The names are the count: one a name, each name a run of capitalized words (ranks and
titles included, "Private First Class (Pfc) Ali Musa"), joined by commas, semicolons or
"and". Every conjunct must be a name (two capitalized words or more): a list that goes on
with a description ("and the driver", "a 32-year-old farmer") is left alone, as its count
is not the names'. What may follow the list is the sentence's end or a tail clause in
lower case (", the army said").

Example:
    >>> s = "Killed were Sgt. Ali Musa and Cpl. Omar Sani."
    >>> [(f.claim_type, f.value) for f in name_lists(s, s, [])]
    [('killed', '2')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.extraction.found import Found, covered
from claimtrack.extraction.lexicon import happenings, numbers
from claimtrack.extraction.predicates import type_of_participle

__all__ = ["name_lists"]

_PEOPLE = ("killed", "wounded", "captured", "missing")
# One word of a name: capitalized (an abbreviated rank keeps its dot), or a bracketed
# abbreviation "(Pfc)"; lower-case particles of names ("bin", "de la") between them.
_WORD = r"(?:[A-Z][\w'’-]*\.?|\([A-Z][\w.]*\))"
_PARTICLE = r"(?:de|da|del|dela|della|di|du|bin|ibn|al|el|van|von|der|den|dos|das|la|le)"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD})+"
_SEPARATOR = r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)"
# Where the inverted participle opens its clause: the sentence, "said", "that", a colon.
_CLAUSE_START = re.compile(r"(?:^|[;:\"“]|\b(?:that|said|says|added|and))\s*$", re.IGNORECASE)
# After the list: the sentence ends, or a tail clause in lower case ("…, the army said").
_LIST_END = re.compile(r"\s*[.!?\"”]*\s*$|\s*,\s+[a-z]")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """The inverted participle or toll noun, its verb "were", then the names."""
    harm = "|".join(p for p, t in happenings.CLAIM_PARTICIPLES.items() if t in _PEOPLE)
    tolls = "|".join(numbers.TOLL_SUBJECTS)
    return re.compile(
        rf"(?<![\w'-])(?i:(?:(?:the|those)\s+)?(?P<p>{harm}|{tolls}))"
        # "Killed in the ambush were …": where or when, before the verb
        r"(?:\s+(?i:in|during|on|at|by|from)\s+[^,;:.\"]{1,50}?)?"
        rf"\s+(?i:were)\s+(?P<list>{_NAME}(?:{_SEPARATOR}{_NAME})+)"
    )


def _type_of(word: str) -> str | None:
    """The claim type of the participle or toll noun ("slain", "dead", "wounded")."""
    low = word.lower()
    return numbers.TOLL_NOUNS.get(low) or type_of_participle(low)


def name_lists(shade: str, text: str, found: list[Found]) -> list[Found]:
    """The tolls given as lists of names, outside the spans ``found`` (one claim a list,
    its value the number of names).

    Example:
        >>> s = "Wounded were Pfc. Ali Musa, Omar Sani and the driver, police said."
        >>> name_lists(s, s, [])
        []
    """
    out: list[Found] = []
    # names are read in the text, by their capitals
    for m in _pattern().finditer(text):
        vs, ve = m.span("list")
        if covered(found + out, vs, ve) or not _CLAUSE_START.search(shade, 0, m.start()):
            continue
        if not _LIST_END.match(text, ve) or (kind := _type_of(m.group("p"))) not in _PEOPLE:
            continue
        n = len(re.findall(_SEPARATOR, m.group("list"))) + 1
        out.append(Found(kind, vs, ve, str(n), None, confidence=0.6, rule="name list"))
    return out

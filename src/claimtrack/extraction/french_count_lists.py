"""A count at the head of a list, the list's participle after the last of its items:
"Une centaine de motos, de l'armement et des munitions ont été récupérés", "douze fusils,
du carburant et des vivres ont été saisis", "douze soldats, un policier et deux civils ont
été tués". The participle says what befell each item; the count is the first item's.
Partitive items ("de l'armement") and counted ones ("un policier") are what the clause
rules do not step over.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Douze motos, de l'armement et des munitions ont été saisis."
    >>> [(f.claim_type, f.value, f.subject) for f in listed_counts(shadow(text), text, [])]
    [('seized', 'Douze', 'motos')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.found import Found
from claimtrack.extraction.french_count_nouns import uncounted
from claimtrack.extraction.lexicon import happenings, numbers
from claimtrack.extraction.predicates import type_of_participle

_I = re.IGNORECASE
# one item of a list: a partitive or indefinite article, or a count, and up to three words
_ITEM = (
    rf"(?:des|du|de\s+la|de\s+l'|de|d'|les|l'|un|une|\d+|{numbers.NUMBER_WORDS})\s*[\w'-]+"
    r"(?:\s+(?!(?:et|ont|sont)\s)[\w'-]+){0,2}?"
)
# after the count: "de" and its noun (or the noun), then one to four more items, the last
# after "et", then a passive (or "ont été") and the participle
_LISTED = re.compile(
    rf"\s+(?:de\s+|d')?(?P<noun>[\w-]+)(?:\s*,\s*{_ITEM}){{0,3}}\s*,?\s+et\s+{_ITEM}\s*\"?\s+"
    r"(?:ont|avaient|auraient|sont|etaient|seraient)\s+(?:ete\s+)?"
    r"(?:(?:egalement|aussi|deja|[a-z]+ment)\s+)?(?P<p>[a-z]+)(?![\w-])",
    _I,
)
# What may befall things listed together, and people listed together
_OF_THINGS = frozenset({"seized", "destroyed", "damaged"})
_OF_PEOPLE = frozenset({"killed", "wounded", "captured", "missing"})
_PEOPLE = re.compile(happenings.PEOPLE_NOUNS, _I)


def listed_counts(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """Counts of things or people at the head of a list whose participle comes after its last item
    (module docstring), where no count was read at the figure."""
    out = []
    for start, end in uncounted(shade, counts):
        m = _LISTED.match(shade, end)
        if not m:
            continue
        kind = type_of_participle(m.group("p"))
        things = happenings.THING_RE.fullmatch(m.group("noun")) and kind in _OF_THINGS
        if things or (_PEOPLE.fullmatch(m.group("noun")) and kind in _OF_PEOPLE):
            noun = text[m.start("noun") : m.end("noun")]
            out.append(Found(kind, start, end, text[start:end], noun, confidence=0.6, rule="list"))
    return out

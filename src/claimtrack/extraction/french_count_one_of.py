"""One of a whole, right after a verb of harm: "ont incendié l'une
des bases", "a tué l'un d'entre eux", "avoir capturé l'un de leurs chefs". The claim is
one; a whole counted keeps its own count ("a tué l'un des 12 otages": one killed, 12
captured). "l'un des 12 assaillants a été tué", the verb after, is
``french_count_nouns.one_of_whole``'s.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Les rebelles ont incendié l'une des bases."
    >>> [(f.claim_type, f.value) for f in one_of_uncounted(shadow(text), text, [])]
    [('destroyed', "l'une")]
"""

from __future__ import annotations

import re

from claimtrack.extraction.found import Found, covered
from claimtrack.extraction.predicates import type_of_participle, type_of_verb

_I = re.IGNORECASE
# Harm a verb does to one of a whole (an attack on one of several places is left to the
# rules of attacks, which read the target)
_HARM = frozenset({"killed", "wounded", "captured", "destroyed", "damaged", "seized", "missing"})
# the verb, an adverb maybe, then "l'un(e) des|de leurs|d'entre eux"
_ONE_OF = re.compile(
    r"(?<![\w'-])(?P<v>[a-z]+)\s+(?:(?:[a-z]+ment|aussi|egalement|encore)\s+)?"
    r"(?P<one>l'\s*une?)\s+(?:des|d'entre|de\s+(?:leurs|ses|nos))(?![\w'-])",
    _I,
)
# a negation before the verb: the figure is denied elsewhere, not asserted here
_NEGATED = re.compile(r"(?<![\w'-])(?:n'|ne\s)[^,;.]{0,30}(?:pas|jamais)\s+$", _I)


def one_of_uncounted(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """Counts of one of an uncounted whole after a verb of harm, where no count was read
    at it (module docstring)."""
    out = []
    for m in _ONE_OF.finditer(shade):
        verb = m.group("v").lower()
        kind = type_of_participle(verb) or type_of_verb(verb)
        start, end = m.span("one")
        if kind not in _HARM or covered([*counts, *out], start, end):
            continue
        if _NEGATED.search(shade, max(0, m.start() - 40), m.start()):
            continue
        out.append(Found(kind, start, end, text[start:end], None, confidence=0.6, rule="verb"))
    return out

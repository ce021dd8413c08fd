"""French persons counted one at a time by the relative clause that says what befell them:
"le domicile d'un chef de milice, qui a été tué" (1 killed), "Outre le soldat qui a été
tué, sept autres ont été blessés" (1 killed, and the 7 wounded the rules read).

The person is named by an article and a noun of one person ("un chef", "le soldat", "une
infirmière"), a few words may follow it ("un responsable militaire du mouvement"), then
"qui a été" and a participle of a claim about people. What the rules already counted
there is left to them.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Une frappe a visé la maison d'un chef rebelle, qui a été tué."
    >>> [(f.claim_type, f.value) for f in one_relative(shadow(text), text, [])]
    [('killed', 'un chef')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.found import Found, covered
from claimtrack.extraction.lexicon import numbers
from claimtrack.extraction.predicates import type_of_participle

_I = re.IGNORECASE
_PERSON = re.compile(rf"(?:{numbers.ONE_PERSON_NOUNS}|{numbers.KIN_NOUNS})", _I)
_OF_PEOPLE = frozenset({"killed", "wounded", "captured", "missing"})
# the article and noun of one person, a few words of its own (no clause, no figure), then
# the relative: "d'un responsable militaire du mouvement X, qui a été tué"
_ONE_WHO = re.compile(
    r"(?<![\w-])(?P<value>(?:un|une|le|la|l')\s*(?P<subj>[a-z][\w-]*))"
    r"(?:\s+(?!(?:qui|que|qu|et|ou|a|ont|est|sont)(?![\w'-]))[\w'-]+){0,6}?"
    r"\s*,?\s+qui\s+(?:a|avait|aurait)\s+ete\s+"
    r"(?:(?:[a-z]+ment|aussi|egalement|lui-meme|elle-meme)\s+)?(?P<p>[a-z]+)(?![\w-])",
    _I,
)
_ARTICLE = re.compile(r"(?<![\w-])(?:(?:un|une|le|la)(?![\w-])|l')", _I)


def one_relative(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """One person a relative clause says was killed, wounded, captured or missing (module
    docstring), where nothing was counted on that person."""
    out: list[Found] = []
    # every article in turn: "la maison d'un chef …, qui": the nearest person, not the house
    starts = (a.start() for a in _ARTICLE.finditer(shade))
    for m in filter(None, (_ONE_WHO.match(shade, at) for at in starts)):
        kind = type_of_participle(m.group("p"))
        if kind not in _OF_PEOPLE or not _PERSON.fullmatch(m.group("subj").lower()):
            continue
        vs, ve = m.span("value")
        if not covered([*counts, *out], vs, m.end()):
            subject = text[m.start("subj") : m.end("subj")]
            out.append(Found(kind, vs, ve, text[vs:ve], subject, confidence=0.6, rule="one who"))
    return out

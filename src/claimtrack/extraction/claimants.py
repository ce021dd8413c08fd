"""A claim of responsibility in a bare participle: "une embuscade revendiquée par le JNIM",
"an attack claimed by the Islamic State group", "the bombing, claimed by X, killed 12".

The group that claims an attack is the source of that claim only (kind ``claimant``),
whoever tells the rest of the sentence: in "Douze soldats ont été tués dans une embuscade
revendiquée par le JNIM, selon des sources sécuritaires" the sources give the toll and the
JNIM its own claim of the ambush; with no other source the toll is the outlet's. A full
passive ("a été revendiquée par X", "the attack was claimed by X") is the ``passive``
frame's. In English only after a noun of an attack: "an encounter, as claimed by the
military" is no authorship.

Example:
    >>> found = []
    >>> s = "une embuscade revendiquee par le JNIM a fait 12 morts"
    >>> claimant_frames(s, s, found)
    >>> [(a.phrase, a.kind) for a in found]
    [('le JNIM', 'claimant')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution_record import Attribution, inside_span
from claimtrack.extraction.found import Found
from claimtrack.extraction.predicates import PARTICIPLE_WORD
from claimtrack.extraction.right_phrases import right_phrase
from claimtrack.extraction.source_names import valid_source

__all__ = ["bare_claims", "claimant_frames"]

_I = re.IGNORECASE
# The participle after the thing claimed, never after an auxiliary: "X a revendiqué par
# ailleurs la saisie" is X's own claim (a head), "a été revendiquée par" a full passive.
_BARE_FR = re.compile(
    r"(?<![\w'-])(?<!\ba\s)(?<!\bont\s)(?<!\bete\s)(?<!\bavait\s)(?<!\bavaient\s)"
    r"(?P<v>revendiquee?s?\s+(?:(?:dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|hier)"
    r"(?:\s+soir|\s+matin)?\s+)?par\s+)(?!ailleurs\b)",
    _I,
)
# What a group claims, right before "claimed by" (a comma between: an apposition)
_BARE_EN = re.compile(
    r"(?<![\w'-])(?P<what>(?:attacks?|assaults?|ambush(?:es)?|bombings?|raids?|strikes?"
    r"|killings?|kidnappings?|abductions?|blasts?|explosions?|massacres?|attempts?))"
    r"\s*,?\s+(?P<v>claimed\s+by)\s+",
    _I,
)
# The English verb of the sentence after the claimant ("an attack claimed by X killed 12")
_VERB_AFTER = re.compile(
    rf"\s(?:was|were|is|are|has|had|have|left|{PARTICIPLE_WORD.pattern})(?![\w'-])", _I
)


def bare_claims(shade: str, text: str) -> list[Found]:
    """The claim of responsibility of the first bare English "X claimed by Y", on its
    participle.

    Example:
        >>> s = "12 soldiers died in an ambush claimed by JNIM"
        >>> [(f.claim_type, f.subject) for f in bare_claims(s, s)]
        [('responsibility', 'ambush')]
        >>> s = "The army denied the claim, as claimed by the rebels"
        >>> bare_claims(s, s)
        []
    """
    if m := _BARE_EN.search(shade):
        what = text[m.start("what") : m.end("what")]
        return [Found("responsibility", m.start("v"), m.end("v"), subject=what, rule="claimed")]
    return []


def claimant_frames(shade: str, text: str, found: list[Attribution]) -> None:
    """Add the claimant of each bare "revendiqué(e) par X" and "an attack claimed by X"
    (kind ``claimant``).

    Example:
        >>> found = []
        >>> s = "The bombing, claimed by the Pakistani Taliban, killed 12"
        >>> claimant_frames(s, s, found)
        >>> [(a.phrase, a.kind) for a in found]
        [('the Pakistani Taliban', 'claimant')]
        >>> found = []
        >>> s = "La CPJP a revendique par ailleurs la saisie"
        >>> claimant_frames(s, s, found)
        >>> found
        []
    """
    for pattern in (_BARE_FR, _BARE_EN):
        for m in pattern.finditer(shade):
            if inside_span(m.start("v"), found):
                continue
            span = right_phrase(shade, m.end())
            if span and pattern is _BARE_EN and (verb := _VERB_AFTER.search(shade, *span)):
                span = (span[0], verb.start())
            if span and valid_source(shade[span[0] : span[1]]):
                phrase = text[span[0] : span[1]]
                found.append(Attribution("claimant", *span, m.start("v"), m.end("v"), phrase))

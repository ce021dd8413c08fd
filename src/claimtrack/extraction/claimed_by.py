"""A claim of responsibility in a bare English participle: "an attack claimed by the
Islamic State group", "the bombing, claimed by the Pakistani Taliban, killed 12".

The English twin of ``french_claimants`` ("une embuscade revendiquée par le JNIM"): the
group that claims an attack is the source of that claim only (kind ``claimant``), whoever
tells the rest of the sentence; the toll around it stays with the sentence's source ("12
soldiers were killed in an ambush claimed by JNIM, the army said": the army's 12). Only
after a noun of an attack: "an encounter, as claimed by the military" is no authorship.
A full passive ("the attack was claimed by X") is the ``passive`` frame's.

Example:
    >>> s = "12 soldiers died in an ambush claimed by JNIM"
    >>> [(f.claim_type, f.subject) for f in bare_claims(s, s)]
    [('responsibility', 'ambush')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution_record import Attribution, inside_span
from claimtrack.extraction.found import Found
from claimtrack.extraction.predicates import PARTICIPLE_WORD
from claimtrack.extraction.right_phrases import right_phrase
from claimtrack.extraction.source_names import valid_source

__all__ = ["bare_claims", "claimed_by_frames"]

# What a group claims, right before "claimed by" (a comma between: an apposition)
_BARE_CLAIMED = re.compile(
    r"(?<![\w'-])(?P<what>(?:attacks?|assaults?|ambush(?:es)?|bombings?|raids?|strikes?"
    r"|killings?|kidnappings?|abductions?|blasts?|explosions?|massacres?|attempts?))"
    r"\s*,?\s+(?P<v>claimed\s+by)\s+",
    re.IGNORECASE,
)
# The verb of the sentence after the claimant ("an attack claimed by X killed 12"): its end
_VERB_AFTER = re.compile(
    rf"\s(?:was|were|is|are|has|had|have|left|{PARTICIPLE_WORD.pattern})(?![\w'-])",
    re.IGNORECASE,
)


def bare_claims(shade: str, text: str) -> list[Found]:
    """The claim of responsibility of the first bare "X claimed by Y", on its participle.

    Example:
        >>> s = "The army denied the claim, as claimed by the rebels"
        >>> bare_claims(s, s)
        []
    """
    if m := _BARE_CLAIMED.search(shade):
        what = text[m.start("what") : m.end("what")]
        return [Found("responsibility", m.start("v"), m.end("v"), subject=what, rule="claimed")]
    return []


def claimed_by_frames(shade: str, text: str, found: list[Attribution]) -> None:
    """Add the claimant of each bare "an attack claimed by X" (kind ``claimant``).

    Example:
        >>> found = []
        >>> s = "The bombing, claimed by the Pakistani Taliban, killed 12"
        >>> claimed_by_frames(s, s, found)
        >>> [(a.phrase, a.kind) for a in found]
        [('the Pakistani Taliban', 'claimant')]
    """
    for m in _BARE_CLAIMED.finditer(shade):
        if inside_span(m.start("v"), found):
            continue
        span = right_phrase(shade, m.end())
        if span and (verb := _VERB_AFTER.search(shade, *span)):
            span = (span[0], verb.start())
        if span and valid_source(shade[span[0] : span[1]]):
            phrase = text[span[0] : span[1]]
            found.append(Attribution("claimant", *span, m.start("v"), m.end("v"), phrase))

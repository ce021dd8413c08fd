"""A claim of responsibility in a bare participle: "une embuscade revendiquée par le JNIM".

The group that claims an attack is the source of that claim, whoever tells the rest of
the sentence: in "Douze soldats ont été tués dans une embuscade revendiquée par le JNIM,
selon des sources sécuritaires" the sources give the toll and the JNIM its own claim of
the ambush. The frame (kind ``claimant``) speaks for its participle only; unlike a full
passive ("a été revendiquée par X", kind ``passive``) it takes no count of the sentence,
not even when no other source is named (the toll is then the outlet's).

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
from claimtrack.extraction.right_phrases import right_phrase
from claimtrack.extraction.source_names import valid_source

__all__ = ["claimant_frames"]

# The participle after the thing claimed, never after an auxiliary: "X a revendiqué par
# ailleurs la saisie" is X's own claim (a head), "a été revendiquée par" a full passive.
_BARE_CLAIM = re.compile(
    r"(?<![\w'-])(?<!\ba\s)(?<!\bont\s)(?<!\bete\s)(?<!\bavait\s)(?<!\bavaient\s)"
    r"revendiquee?s?\s+(?:(?:dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|hier)"
    r"(?:\s+soir|\s+matin)?\s+)?par\s+(?!ailleurs\b)",
    re.IGNORECASE,
)


def claimant_frames(shade: str, text: str, found: list[Attribution]) -> None:
    """Add the claimant of each bare "revendiqué(e) par X" (kind ``claimant``).

    Example:
        >>> found = []
        >>> s = "La CPJP a revendique par ailleurs la saisie d'un vehicule"
        >>> claimant_frames(s, s, found)
        >>> found
        []
    """
    for m in _BARE_CLAIM.finditer(shade):
        if inside_span(m.start(), found):
            continue
        span = right_phrase(shade, m.end())
        if span and valid_source(shade[span[0] : span[1]]):
            phrase = text[span[0] : span[1]]
            found.append(Attribution("claimant", *span, m.start(), m.end(), phrase))

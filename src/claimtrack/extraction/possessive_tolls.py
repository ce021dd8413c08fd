"""A toll named as its source's: "The ministry's death toll stood at 45", "the army's tally
showed 15 soldiers killed". The possessor speaks for what its toll says, as a head.

Only before a verb that gives the toll's figure ("stood at", "rose to", "showed"): "the
army's toll of 45", the object of a denial, is ``claim_nouns``' job.

Example:
    >>> found = []
    >>> s = "The health ministry's death toll rose to 45."
    >>> possessive_toll_frames(s, s, found)
    >>> [(a.phrase, a.kind) for a in found]
    [('The health ministry', 'head')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution_record import Attribution, inside_span
from claimtrack.extraction.source_names import valid_source
from claimtrack.extraction.source_phrases import left_phrase

_I = re.IGNORECASE
_TOLL = re.compile(
    r"(?P<s>['’]s?)\s+(?:(?:own|official|latest|provisional|updated|new|final|initial|death"
    r"|casualty|casualties|civilian|overall)\s+){0,3}(?P<noun>toll|tally|count|figures?)\s+"
    # the verb that gives its figure
    r"(?=(?:has\s+|had\s+)?(?:stood|stands|rose|rises|risen|reached|reaches|climbed|climbs"
    r"|jumped|jumps|showed|shows|shown|was|is|were|are)\b)",
    _I,
)


def possessive_toll_frames(shade: str, text: str, found: list[Attribution]) -> None:
    """Add a head for each possessor of a toll before the verb that gives its figure.

    Example:
        >>> found = []
        >>> s = "The rebels disputed the army's toll of 45."
        >>> possessive_toll_frames(s, s, found)
        >>> found
        []
    """
    for m in _TOLL.finditer(shade):
        for a in found:
            if a.start < m.start() and a.end == m.end("s"):
                # "The army's tally showed …" read before: the possessor, not its "'s"
                a.end, a.phrase = m.start(), text[a.start : m.start()]
        if inside_span(m.start("noun"), found):
            continue
        lo = max([0, *(a.verb_end for a in found if a.verb_end <= m.start())])
        span = left_phrase(shade, lo, m.start())
        if not span or not valid_source(text[span[0] : span[1]]):
            continue
        found.append(
            Attribution("head", *span, m.start("noun"), m.end("noun"), text[span[0] : span[1]])
        )

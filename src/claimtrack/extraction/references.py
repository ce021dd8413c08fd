"""Figures named by reference: "confirmed the death toll", "a confirmé ce bilan".

A sentence that confirms a toll without stating it claims the toll the article stated
before; the figure itself is filled in by the candidates frame, from the latest toll
another source gave (``candidates``), as it is for a denied toll ("dismissed the toll").

Example:
    >>> s = "A medical source confirmed the death toll."
    >>> [(f.claim_type, f.value, f.rule) for f in by_reference(s, [])]
    [('killed', None, 'by reference')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.found import Found

_I = re.IGNORECASE
_CONFIRMED_TOLL = re.compile(
    r"\b(?:confirm(?:ed|s)?|corroborated|stood by|a confirme|ont confirme|confirme(?:nt)?"
    r"|a corrobore)\s+(?:the|this|that|its|their|ce|cet|le|ces|les|son|leur)\s+"
    r"(?:(?:death|official|provisional|provisoire|initial)\s+)?"
    r"(?:toll|figures?|count|bilan|chiffres?|decompte)\b(?!\s+(?:of|de|d')\s+\d)",
    _I,
)


def by_reference(shade: str, found: list[Found]) -> list[Found]:
    """A confirmation of "the toll" as a claim of its own, where the sentence states none.

    ``found`` are the sentence's own claims: one with a toll figure makes the reference
    no claim of its own ("confirmed the toll of 12": the count is the claim).
    """
    if not (m := _CONFIRMED_TOLL.search(shade)):
        return []
    if any(f.claim_type in ("killed", "casualties") and f.value for f in found):
        return []
    return [Found("killed", *m.span(), rule="by reference", confidence=0.5)]

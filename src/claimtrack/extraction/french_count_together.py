"""French figures that count the dead and the wounded together, said after the figure: "une
vingtaine de personnes si on compte les militaires morts, blessés et disparus", "30
victimes, morts et blessés confondus", "40 victimes en comptant les morts et les blessés".

Such a figure is of casualties (a death or a wound, not split), whether the rules read it
as the dead ("30 victimes") or not at all ("une vingtaine de personnes").

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Il y a 30 personnes, morts et blessés confondus."
    >>> [(f.claim_type, f.value) for f in counted_together(shadow(text), text, [])]
    [('casualties', '30')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.found import Found
from claimtrack.extraction.french_count_nouns import uncounted
from claimtrack.extraction.number_forms import clean_value

_I = re.IGNORECASE
# the dead, then the wounded, in a list ("morts, blessés et disparus", "tués ou blessés")
_DEAD_AND_WOUNDED = (
    r"(?:morts|tues|decedes)\s*(?:,|et|ou)\s*(?:(?:les|de|des)\s+)?(?:personnes\s+)?blesses"
)
# After the figure and up to two words of its noun ("de personnes", "victimes"): the
# clause or aside that says what it counts.
_TOGETHER = re.compile(
    r"(?:\s+(?:de\s+|d')?[\w-]+){0,2}?\s*,?\s*"
    r"(?:(?:(?:si|quand|lorsqu')\s*(?:l')?\s*on\s+(?:compte|inclut|additionne|ajoute)"
    r"|en\s+(?:comptant|incluant|additionnant)|y\s+compris)\s+"
    rf"(?:les\s+)?(?:[\w-]+\s+){{0,2}}?{_DEAD_AND_WOUNDED}"
    rf"|{_DEAD_AND_WOUNDED}\s+confondus)(?![\w-])",
    _I,
)
# what a figure counted together may have been read as
_HARMED = frozenset({"killed", "wounded", "casualties"})


def counted_together(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """The sentence's counts, a figure of the dead and the wounded together (``_TOGETHER``)
    made casualties, or added as casualties where no count was read at it."""
    if not any(w in shade for w in ("compt", "inclu", "additionn", "ajoute", "confondus")):
        return counts
    out = []
    for f in counts:
        if f.claim_type in _HARMED and _TOGETHER.match(shade, f.end):
            f = replace(f, claim_type="casualties")
        out.append(f)
    for start, end in uncounted(shade, counts):
        if _TOGETHER.match(shade, end) and (value := clean_value(text[start:end])):
            out.append(Found("casualties", start, end, value, None, confidence=0.6, rule="list"))
    return out

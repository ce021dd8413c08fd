"""A French count set off with its own source: "…, onze selon le maire, …", "(six selon
une ONG)". The elliptical aside gives one source's figure for what the clause around it
counts, so the figure is that source's, not the clause's speaker's ("Les autorités ont
évoqué plusieurs victimes, onze selon le maire": the authorities say several, the mayor
eleven). The "selon" frame becomes an "owner" frame that speaks for the figure only, as
"not 40 as the rebels claimed" does in English.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Les autorités parlent de victimes, onze selon le maire, tuées lundi."
    >>> a = Attribution("according", 46, 54, 40, 45, "le maire", content=(14, 55))
    >>> [(b.kind, text[slice(*b.content)]) for b in counted_asides(text, shadow(text), [a])]
    [('owner', 'onze')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.lexicon import numbers

_I = re.IGNORECASE
# "onze", "11", "1.200", "une dizaine", "au moins six": a count, then up to two words of
# its noun ("11 morts", "six civils tués"); the aside opens after a comma or a bracket.
_COUNT = (
    rf"(?:(?:au\s+moins|plus\s+de|pres\s+de|environ)\s+)?"
    rf"(?:\d+(?:[.\s]\d{{3}})*|{numbers.NUMBER_WORDS}|une?\s+\w+aines?)"
)
_ASIDE = re.compile(
    rf"(?:^|[,(;:–—-])\s*(?P<fig>{_COUNT}(?:\s+[\w'-]+){{0,2}}?)\s*,?\s+(?:selon|d'apres)\s+$",
    _I,
)


def counted_asides(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """The "selon X" frames that close a count set off on its own, as owners of it."""
    out = []
    for a in found:
        m = _ASIDE.search(shade[: a.start]) if a.kind == "according" else None
        if m and a.start - m.end() == 0:
            a = replace(a, kind="owner", content=m.span("fig"))
        out.append(a)
    return out

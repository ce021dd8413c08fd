"""A figure named as another source's inside a denial: "The army said 12 soldiers died, not
40 as the rebels claimed" gives the rebels the 40 (they assert it) and the army its denial.

The other source is an "owner" frame that speaks for the figure only; the speaker around
it still speaks for the rest of the clause, and for the figure as denied.

Example:
    >>> from claimtrack.extraction.attribution import find_attributions
    >>> from claimtrack.extraction.sentences import split_sentences
    >>> s = split_sentences("The army said 12 soldiers died, not 40 as the rebels claimed.")[0]
    >>> [(a.phrase, a.kind, s.text[slice(*a.content)]) for a in find_attributions(s)][1:]
    [('the rebels', 'owner', '40')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.lexicon import numbers
from claimtrack.extraction.right_phrases import right_phrase
from claimtrack.extraction.source_names import valid_source

_I = re.IGNORECASE
_COUNT = rf"(?:\d[\d,]*|{numbers.NUMBER_WORDS})"
# "not 40 as", "rather than 40 dead as", "instead of the 40 soldiers as": the figure denied
_DENIED_FIGURE = (
    rf"(?:\bnot|\brather than|\binstead of)\s+(?:the\s+)?(?P<fig>{_COUNT})(?:\s+[\w-]+){{0,2}}?"
    r"\s+as\s+"
)
# "… as the rebels (had) claimed": the other source written before its verb
_AS_SOURCE = re.compile(rf"{_DENIED_FIGURE}$", _I)
# "… as claimed by the rebels", "as reported by local media": after its verb
_AS_CLAIMED_BY = re.compile(
    rf"{_DENIED_FIGURE}(?:(?:was|were|had been)\s+)?(?:claimed|said|reported|alleged|stated"
    r"|announced|given)\s+by\s+",
    _I,
)


# "… as the rebels claim": the present tense, which the reporting frames do not read
_AS_THEY_CLAIM = re.compile(
    rf"{_DENIED_FIGURE}(?P<src>[^,.;:\"]{{2,60}}?)\s+(?:(?:had|have|has|do|does)\s+)?"
    r"(?:claim|claims|say|says|allege|alleges|report|reports)\b",
    _I,
)


def claimed_figures(found: list[Attribution], shade: str, text: str) -> None:
    """Turn the source of a figure named as its own inside a denial into an owner frame
    speaking for that figure (or add one, for "as claimed by X")."""
    for a in found:
        if a.kind in ("head", "tail") and (m := _AS_SOURCE.search(shade, 0, a.start)):
            a.kind, a.content = "owner", m.span("fig")
    for m in _AS_THEY_CLAIM.finditer(shade):
        span = m.span("src")
        if valid_source(shade[span[0] : span[1]]) and not any(
            a.start < span[1] and span[0] < a.end for a in found
        ):
            a = Attribution("owner", *span, span[1] + 1, m.end(), text[span[0] : span[1]])
            a.content = m.span("fig")
            found.append(a)
    for m in _AS_CLAIMED_BY.finditer(shade):
        span = right_phrase(shade, m.end())
        if not span or not valid_source(shade[span[0] : span[1]]):
            continue
        found[:] = [a for a in found if not (a.start < span[1] and span[0] < a.end)]
        a = Attribution("owner", *span, m.end() - 3, m.end(), text[span[0] : span[1]])
        a.content = m.span("fig")
        found.append(a)

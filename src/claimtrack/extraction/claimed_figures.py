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
# "not the 40 the rebels claimed", "far fewer than the 100 reported by residents": the
# figure named by its determiner, with no "as"
_THE_FIGURE = (
    r"(?:\bnot|\brather than|\binstead of|(?<![\w-])(?:(?:far|much|well|many)\s+)?"
    rf"(?:fewer|more|less|higher|lower)\s+than)\s+the\s+(?P<fig>{_COUNT})(?:\s+[\w-]+){{0,2}}?\s+"
)
# "… as the rebels (had) claimed": the other source written before its verb
_AS_SOURCES = tuple(re.compile(rf"{figure}$", _I) for figure in (_DENIED_FIGURE, _THE_FIGURE))
# "… as claimed by the rebels", "as reported by local media": after its verb
_AS_CLAIMED_BY = tuple(
    re.compile(
        rf"{figure}(?:(?:was|were|had been)\s+)?(?:claimed|said|reported|alleged|stated"
        r"|announced|given)\s+by\s+",
        _I,
    )
    for figure in (_DENIED_FIGURE, _THE_FIGURE)
)


# "… as the rebels claim": the present tense, which the reporting frames do not read
_AS_THEY_CLAIM = re.compile(
    rf"{_DENIED_FIGURE}(?P<src>[^,.;:\"]{{2,60}}?)\s+(?:(?:had|have|has|do|does)\s+)?"
    r"(?:claim|claims|say|says|allege|alleges|report|reports)\b",
    _I,
)


# "not the 40 the rebels claimed", "rather than the 20 the jihadists gave": an object
# relative whose subject is the other source (it may have been read as a source phrase
# of its own, "rather than the 20 the jihadists", which it replaces)
_THE_THEY_CLAIMED = re.compile(
    rf"{_THE_FIGURE}(?P<src>(?:the|its|their|local|some)\s+[^,.;:\"]{{1,50}}?)\s+"
    r"(?:(?:had|have|has)\s+)?(?:claimed|reported|gave|cited|announced|alleged)\b",
    _I,
)


def _owner(
    found: list[Attribution], m: re.Match, span: tuple[int, int], text: str, verb: int
) -> None:
    """An owner frame for the figure of ``m`` spoken by the phrase at ``span``, in place of
    any source found over that phrase."""
    found[:] = [a for a in found if not (a.start < span[1] and span[0] < a.end)]
    a = Attribution("owner", *span, verb, m.end(), text[span[0] : span[1]])
    a.content = m.span("fig")
    found.append(a)


def claimed_figures(found: list[Attribution], shade: str, text: str) -> None:
    """Turn the source of a figure named as its own inside a denial into an owner frame
    speaking for that figure (or add one, for "as claimed by X")."""
    for a in found:
        if a.kind not in ("head", "tail"):
            continue
        matches = (p.search(shade, 0, a.start) for p in _AS_SOURCES)
        if m := next((m for m in matches if m), None):
            a.kind, a.content = "owner", m.span("fig")
    for m in _AS_THEY_CLAIM.finditer(shade):
        span = m.span("src")
        if valid_source(shade[span[0] : span[1]]) and not any(
            a.start < span[1] and span[0] < a.end for a in found
        ):
            a = Attribution("owner", *span, span[1] + 1, m.end(), text[span[0] : span[1]])
            a.content = m.span("fig")
            found.append(a)
    for m in (m for p in _AS_CLAIMED_BY for m in p.finditer(shade)):
        span = right_phrase(shade, m.end())
        if span and valid_source(shade[span[0] : span[1]]):
            _owner(found, m, span, text, m.end() - 3)
    for m in _THE_THEY_CLAIMED.finditer(shade):
        if valid_source(shade[slice(*m.span("src"))]):
            _owner(found, m, m.span("src"), text, m.end("src") + 1)

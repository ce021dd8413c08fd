"""French asides that part a count's noun from its verb, on the subject's side: blanked in
the shadow the count rules read, as ``french_count_links.closed`` blanks the asides after
the auxiliary.

- an aside between dashes ("14 membres du front - fondé par d'anciens rebelles - ont été
  tués"), unless it is itself a part of the count ("- dont 3 chefs -");
- a "dont" list with no figure in it and no comma before it ("50 personnes dont des femmes,
  des enfants et des vieillards ont été tuées"): the comma-closed form is read already.

Only an aside that a count stands shortly before, in the same clause, and that an
auxiliary follows, is blanked: elsewhere a dash or a "dont" says something else.

Example:
    >>> shade = "14 membres du front - fonde par des rebelles - ont ete tues"
    >>> [shade[s:e] for s, e in subject_asides(shade)]
    ['- fonde par des rebelles -']
"""

from __future__ import annotations

import re

from claimtrack.extraction.lexicon import numbers
from claimtrack.extraction.number_forms import not_a_count, quantity_re

_I = re.IGNORECASE

# The auxiliary (or a verb of a toll) that takes up the count after the aside.
_AUX = (
    r"(?:ont|a|avaient|avait|auraient|aurait|sont|est|etaient|etait|seraient|serait"
    r"|figurent|figuraient|ont\s+ete|avaient\s+ete|auraient\s+ete)(?![\w'-])"
)
# "- fondé par … (FARC) qui rejettent un accord de 2016 -": anything but a stop or a quote
_DASHED = re.compile(
    rf"\s(?P<aside>[-–—]\s[^-–—.;!?«»\"]{{3,200}}?\s[-–—])\s+(?={_AUX})",
    _I,
)
# "dont des femmes, des enfants et des vieillards": kinds named with an article, no figure
_KIND = r"(?:des|les|de|d')\s*[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?"
_DONT_LIST = re.compile(
    rf"(?<=[\w'])\s(?P<aside>dont\s+{_KIND}(?:\s*,\s*{_KIND})*(?:\s+(?:et|ou)\s+{_KIND})?)"
    rf"\s+(?={_AUX})",
    _I,
)
# an aside that is itself a part of the count, or a second clause, is not blanked
_A_PART = re.compile(r"[-–—]\s+(?:dont|parmi|soit|notamment|y compris)(?![\w'-])", _I)
_FIGURE = re.compile(rf"\d|(?<![\w'-])(?:un|une|{numbers.NUMBER_WORDS})(?![\w'-])", _I)
# how far before the aside the count may stand, in the same clause (no stop, no comma)
_REACH = 60


def _count_before(shade: str, start: int) -> bool:
    """Whether a count stands shortly before ``start``, in the same clause."""
    window = re.split(r"[,;:.!?«»\"]", shade[max(0, start - _REACH) : start])[-1]
    return any(
        m.group("value").strip() and not not_a_count(m, shade)
        for m in quantity_re().finditer(shade, start - len(window), start)
    )


def subject_asides(shade: str) -> list[tuple[int, int]]:
    """Spans of the asides between a count's noun and its auxiliary (see the docstring).

    Example:
        >>> shade = "50 personnes dont des femmes et des enfants ont ete tuees"
        >>> [shade[s:e] for s, e in subject_asides(shade)]
        ['dont des femmes et des enfants']
        >>> subject_asides("50 personnes dont 3 femmes ont ete tuees")
        []
    """
    spans = []
    for m in _DASHED.finditer(shade):
        if not _A_PART.match(m.group("aside")) and _count_before(shade, m.start("aside")):
            spans.append(m.span("aside"))
    for m in _DONT_LIST.finditer(shade):
        if not _FIGURE.search(m.group("aside")) and _count_before(shade, m.start("aside")):
            spans.append(m.span("aside"))
    return spans

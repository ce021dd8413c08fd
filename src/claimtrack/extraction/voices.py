"""Which voices speak for a claim in a sentence, and which one the next sentence's pronoun
stands for: the attribution picked for the claim and any denial told after it; of nested
voices, the outer is remembered.

Example:
    >>> from claimtrack.extraction.attribution import find_attributions
    >>> from claimtrack.extraction.sentences import split_sentences
    >>> s = split_sentences("The rebels said they killed 30, a claim the army denied.")[0]
    >>> found = Found("killed", s.text.index("30"), s.text.index("30") + 2)
    >>> [a.phrase for a in voices_of(find_attributions(s), found, False)]
    ['The rebels', 'the army']
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution import Attribution, pick
from claimtrack.extraction.found import Found
from claimtrack.extraction.source_names import ANAPHORS
from claimtrack.extraction.sources import Source, SourceMemory
from claimtrack.text import fold


def voices_of(attributions: list[Attribution], found: Found, inherited: bool) -> list[Attribution]:
    """Who speaks for a claim: the attribution picked for it, and a denial told after it
    in the same sentence ("X said it killed 30, a claim the army denied": the army denies).

    Example:
        >>> from claimtrack.extraction.attribution import find_attributions
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> s = split_sentences("The army said 30 rebels were killed.")[0]
        >>> found = Found("killed", s.text.index("30"), s.text.index("30") + 2)
        >>> [a.phrase for a in voices_of(find_attributions(s), found, False)]
        ['The army']
    """
    if inherited:
        return attributions[:1]
    picked = pick(attributions, found.start)
    if picked is None:
        return []
    against = [
        a
        for a in attributions
        if a is not picked
        and a.denial
        and not picked.denial
        and (a.kind in ("tail", "inverted") or picked.kind == "owner")
        and a.content[0] <= found.start < a.content[1]
    ]
    if picked.kind == "owner" and found.stance == "denies":
        # "12 died, not 40 as the rebels claimed": the speaker around the figure denies it
        against += [a for a in attributions if a.kind in _AROUND and _covers(a, found.start)][:1]
    return [picked, *against]


_AROUND = frozenset({"head", "tail", "inverted", "according"})


def _covers(a: Attribution, i: int) -> bool:
    return a.content[0] <= i < a.content[1]


def remember_voices(
    memory: SourceMemory,
    attributions: list[Attribution],
    resolved: dict[int, list[Source]],
    shade: str,
) -> None:
    """The last source named becomes the one a pronoun in the next sentence stands for; of
    nested voices the outer ("The governor said a survivor told him … . He added …").

    Example:
        >>> from claimtrack.extraction.attribution import find_attributions
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> s = split_sentences("The governor said a survivor told him 12 died.")[0]
        >>> memory = SourceMemory()
        >>> remember_voices(memory, find_attributions(s), {}, s.shade)
        >>> memory.last.raw
        'The governor'
    """
    outer = [a for a in attributions if not any(_inside(shade, a, b) for b in attributions)]
    for attribution in outer or attributions:
        if id(attribution) in resolved:
            memory.last = resolved[id(attribution)][-1]
        elif not ANAPHORS.match(fold(attribution.phrase)):
            memory.last = memory.resolve(attribution.phrase)


def _inside(shade: str, inner: Attribution, outer: Attribution) -> bool:
    """Whether a voice is all that another reports: "The governor said [that] a survivor
    told him …" (not "X a fait état de neuf morts, alors que Y …", a voice of its own)."""
    if inner is outer or not outer.content[0] <= inner.start <= outer.content[1]:
        return False
    return (
        re.fullmatch(r"\W*(?:(?:that|que|qu')\W*)?", shade[outer.content[0] : inner.start])
        is not None
    )

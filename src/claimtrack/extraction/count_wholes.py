"""A part and its whole kept apart: "12 of the 30 hostages they seized were freed".

The whole of a partitive ("of the 30 hostages") is no count of the part's predicate, but
what its own modifier says befell it is one: a participle after its noun ("the 30 people
abducted on Monday"), a relative clause ("who were abducted") or an object relative ("they
seized", "the rebels had taken"). The part then has only the predicate after that
modifier: "were freed" (no claim), "later died" (killed).

Example:
    >>> from claimtrack.extraction.counts import find_counts
    >>> s = "Eight of the 12 soldiers who were abducted were killed."
    >>> [(f.claim_type, f.value) for f in find_counts(s, s)]
    [('killed', 'Eight'), ('captured', '12')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import count_words, happenings, numbers
from claimtrack.extraction.number_forms import NUMBER_PHRASE
from claimtrack.extraction.predicates import (
    objects,
    participle_re,
    type_of_participle,
    type_of_verb,
)

_I = re.IGNORECASE
_AUX = r"(?:were|was|had been|have been|has been|are|is)"


# Words that are no part of a noun phrase nor the subject of an object relative
_NOT_NOUN = (
    r"(?!(?:were|was|are|is|had|have|has|been|be|later|also|all|then|still|who|that|which"
    r"|and|or|in|on|at|by|from|of|to)\b)"
)
_WHOLE = (
    rf"\s+(?:out\s+)?of\s+(?:the|their|its|those)\s+(?P<value>\d[\d,.]*|{NUMBER_PHRASE})\s+"
    rf"(?P<noun>(?:{_NOT_NOUN}[\w-]+\s+){{0,2}}?{_NOT_NOUN}[\w-]+?)"
)
# What befell the whole, in the order tried: a participle after its noun ("the 30 people
# abducted on Monday"), a relative clause ("who were abducted"), an object relative ("the
# 30 hostages they seized", "the rebels had taken")
_MODIFIERS = (
    r"\s+(?P<p>[a-z]+)",
    r"\s*,?\s+(?:who|that|which)\s+(?:had\s+|have\s+)?(?:been\s+|were\s+|was\s+|went\s+)"
    r"(?:(?:all|later|reportedly)\s+)?(?P<p>[a-z]+)",
    rf"\s+(?:whom\s+|that\s+)?(?:they|we|(?:the\s+)?{_NOT_NOUN}[a-z]+)\s+(?:had\s+|have\s+)?"
    r"(?P<v>[a-z]+)",
)


@lru_cache(maxsize=1)
def _whole_res() -> tuple[re.Pattern, ...]:
    """ " of the 30 hostages they seized", " of the 12 soldiers who were abducted"."""
    return tuple(re.compile(rf"{_WHOLE}{mod}(?![\w-])", _I) for mod in _MODIFIERS)


# Another time's taking: "the 30 hostages they seized last week" (no claim of this report)
OTHER_TIME = re.compile(
    r"[^,;.]{0,30}?\b(?:last\s+(?:week|month|year)|in\s+(?:19|20)\d\d|(?:weeks|months|years)"
    r"\s+(?:ago|earlier|before))\b",
    _I,
)
# The part's own predicate past the whole's modifier: "… had been freed", "… later died"
MAIN_AFTER = re.compile(
    rf"[^,;.]{{0,50}}?\s(?={_AUX}\s|(?:later|subsequently|eventually|since)\s)", _I
)


# "… were officers", "… were women": who the part were, a share of the whole's claim
_WHO_THEY_WERE = re.compile(
    r"[^,;.]{0,30}?\s(?:were|are)\s+(?:(?:all|mostly|senior|young|his|her|their|its)\s+)?"
    rf"(?:(?:{numbers.ONE_PERSON_NOUNS})s?|{happenings.FIGHTER_NOUNS}|women|children|civilians"
    rf"|people|police|{count_words.WHO_BY_KIN})\b",
    _I,
)


def _modified(shade: str, end: int) -> tuple[re.Match, str] | None:
    """The whole after a part ending at ``end`` and what its modifier says befell it."""
    for pattern in _whole_res():
        if m := pattern.match(shade, end):
            said = m.groupdict()
            kind = type_of_participle(said["p"].lower()) if said.get("p") else None
            kind = kind or (type_of_verb(said["v"].lower()) if said.get("v") else None)
            if kind:
                return m, objects(kind, m.group("noun"))
    return None


def part_of_whole(shade: str, text: str, end: int) -> tuple[list[Found], str | None] | None:
    """For a part count ending at ``end``: the whole's own claim and the part's claim type
    (None: no claim), or None when the whole has no modifier of its own.

    Example:
        >>> s = "12 of the 30 people abducted on Monday had been freed"
        >>> found, part = part_of_whole(s, s, 2)
        >>> [(f.claim_type, f.value, f.subject) for f in found], part
        ([('captured', '30', 'people')], None)
    """
    if (modified := _modified(shade, end)) is None:
        return None
    m, kind = modified
    if OTHER_TIME.match(shade, m.end()):
        return [], None  # "the 30 hostages they seized last week": neither counts here
    vs, ve = m.span("value")
    noun = text[m.start("noun") : m.end("noun")]
    whole = Found(kind, vs, ve, text[vs:ve], noun, confidence=0.6, rule="whole")
    whole.extra = {"subject_end": m.end("noun")}
    if _WHO_THEY_WERE.match(shade, m.end()):
        return [whole], kind  # "two of the 12 soldiers killed were officers": some of them
    main = MAIN_AFTER.match(shade, m.end())
    right = participle_re().match(shade, main.end()) if main else None
    part = type_of_participle(right.group("p").lower()) if right else None
    return [whole], objects(part, noun) if part else None


# "one of the 20 wounded later died": the whole named by what befell it, before its noun
_HARMED_WHOLE = re.compile(
    rf"\s+(?:out\s+)?of\s+(?:the|their|its|those)\s+(?P<value>\d[\d,.]*|{NUMBER_PHRASE})\s+"
    r"(?P<noun>(?P<p>wounded|injured|abducted|kidnapped|captured|missing)(?:\s+[a-z]+)?)\b",
    _I,
)


def harmed_whole(shade: str, text: str, end: int) -> list[Found]:
    """The whole after a part ending at ``end`` when a harm names it ("of the 20 wounded
    soldiers"): a claim of its own beside the part's ("one of them later died").

    Example:
        >>> s = "Two of the 20 wounded soldiers later died."
        >>> [(f.claim_type, f.value) for f in harmed_whole(s, s, 3)]
        [('wounded', '20')]
    """
    m = _HARMED_WHOLE.match(shade, end)
    if m is None or not (kind := type_of_participle(m.group("p").lower())):
        return []
    vs, ve = m.span("value")
    noun = text[m.start("noun") : m.end("noun")]
    return [Found(kind, vs, ve, text[vs:ve], noun, confidence=0.6, rule="whole")]


# A share of a whole in words, no count of its own: "half of the 30 people abducted"
_SHARE = re.compile(
    r"(?<![\w-])(?P<share>half|most|many|several|all|a third|a quarter|two-thirds|a few|few"
    r"|the rest|the majority)\s+(?:out\s+of|of)\s+(?:the|their|its|those)\s+$",
    _I,
)


def share_whole(shade: str, text: str, start: int) -> list[Found]:
    """The claim of a whole counted at ``start`` after a share in words ("half of the 30
    people abducted were freed": 30 captured; the share itself no count).

    Example:
        >>> s = "Half of the 30 people abducted were freed"
        >>> [(f.claim_type, f.value) for f in share_whole(s, s, s.index("30"))]
        [('captured', '30')]
    """
    share = _SHARE.search(shade, max(0, start - 40), start)
    parted = part_of_whole(shade, text, share.end("share")) if share else None
    return parted[0] if parted else []

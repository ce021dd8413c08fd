"""An English object relative between a count and its own verb: "The 30 prisoners the rebels
had captured were killed" (30 killed, and 30 captured: what the relative says befell them).

The relative's subject is a pronoun or a noun phrase with an article ("they", "the rebels",
"the gunmen"), or fighters named bare ("gunmen"); its verb a claim verb ("captured",
"abducted", "took", "had taken hostage"). The clause's own predicate after it ("were
killed", "were later shot dead", "were freed") gives the count's claim; a relative set in
another time ("the 40 hostages they seized last week") is no claim of this report.

Example:
    >>> from claimtrack.extraction.counts import find_counts
    >>> s = "The 30 prisoners the rebels had captured were killed."
    >>> sorted((f.claim_type, f.value) for f in find_counts(s, s))
    [('captured', '30'), ('killed', '30')]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimtrack.extraction.count_wholes import MAIN_AFTER, OTHER_TIME
from claimtrack.extraction.lexicon import count_words, happenings
from claimtrack.extraction.predicates import (
    objects,
    participle_re,
    type_of_participle,
    type_of_verb,
)

if TYPE_CHECKING:
    from claimtrack.extraction.count_record import Count, Reading
    from claimtrack.extraction.found import Found

_I = re.IGNORECASE
# Words that open no noun phrase of a relative's subject: auxiliaries, prepositions, verbs
# of saying ("12 people the army said were killed" is a parenthetical source, not a relative)
_NOT_NOUN = (
    r"(?!(?:were|was|are|is|had|have|has|been|be|later|also|all|then|still|who|that|which"
    r"|and|or|in|on|at|by|from|of|to|said|say|says|told|claimed|reported)\b)"
)
# "it claimed to have", "they said they had", "he says he has": a relative that says who
# claims what it tells
_CLAIMED_TO = (
    r"(?:claimed|claims|said|says|reported|reports)\s+(?:to\s+have"
    r"|(?:that\s+)?(?:it|they|he|she|we)\s+(?:had|has|have))"
)
_OBJECT_RELATIVE = re.compile(
    # "five trucks with ammunition that it claimed to have seized": a modifier before it
    r"(?:\s+(?:with|of|from|loaded with|carrying)(?:\s+(?!(?:that|which|whom)\b)[\w-]+){1,4}?"
    r"(?=\s+(?:that|which)\s))?"
    rf"\s+(?:that\s+|which\s+|whom\s+)?(?:they|we|(?<=that\s)(?:it|he|she)"
    # "five vehicles it claimed to have captured": a claim verb after it opens the relative
    rf"|(?:it|he|she)(?=\s+{_CLAIMED_TO})"
    rf"|(?:the|its|their|his|her)\s+(?:{_NOT_NOUN}[\w-]+\s+)"
    rf"{{0,2}}?{_NOT_NOUN}[\w-]+|(?:{happenings.FIGHTER_NOUNS}))\s+"
    r"(?:(?:had|have|has)\s+)?(?:(?:just|also|reportedly|allegedly)\s+)?"
    # "that it claimed to have captured": the relative says who claims it
    rf"(?:{_CLAIMED_TO}\s+)?"
    r"(?P<v>[a-z]+)(?P<more>\s+(?:hostage|captive|prisoner))?(?![\w-])",
    _I,
)


# A relative's verb that is no claim word is a past tense: "the army sent", "had named"
_PAST = re.compile(rf"[a-z]+ed|{count_words.PAST_IRREGULAR}", _I)


def _relative_kind(m: re.Match) -> str | None:
    """The claim type of the relative's verb ("had taken hostage": captured)."""
    verb = m.group("v").lower()
    if m.group("more"):
        return type_of_participle(f"{verb}{m.group('more').lower()}") or type_of_verb(verb)
    return type_of_verb(verb)


# What a relative may say that is nothing that befell the counted: "the 12 soldiers the
# army deployed" are not a presence claimed, "the 200 men they led" no attackers counted
_NOT_BEFELL = ("present", "attackers")


def _main_kind(shade: str, c: Count, end: int) -> str | None:
    """The claim type of the count's own predicate: the verb before it ("The army killed 12
    rebels the police had arrested"), else the participle after the relative ending at
    ``end`` ("were later shot dead", "died later")."""
    if c.verb and (verb := type_of_verb(c.verb.group("v"))):
        return objects(verb, c.subject)
    main = MAIN_AFTER.match(shade, end)
    right = participle_re().match(shade, main.end() if main else end)
    if right is None or right.group("coord"):
        return None
    return objects(type_of_participle(right.group("p").lower()), c.subject)


def object_relative(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """The count's claim past an object relative, and the relative's own as a second one.

    Example:
        >>> from claimtrack.extraction.counts import find_counts
        >>> s = "Police said the 20 students the kidnappers took were released."
        >>> [(f.claim_type, f.value) for f in find_counts(s, s)]
        [('captured', '20')]
    """
    if not c.words or (m := _OBJECT_RELATIVE.match(shade, c.subject_end)) is None:
        return
    kind = _relative_kind(m)
    if kind is None and (c.verb or not _PAST.fullmatch(m.group("v"))):
        return  # "struck 120 targets over the past day": no relative, the verb's object
    kind = None if kind in _NOT_BEFELL else kind
    kind = objects(kind, c.subject) if kind and c.subject else kind
    other_time = OTHER_TIME.match(shade, m.end())
    said = _main_kind(shade, c, m.end())
    if said is None and (other_time or kind is None):
        return  # "the 40 hostages they seized last week were freed": other rules
    r.rule = "verb" if c.verb else "participle"
    r.claim_type = said or kind
    if kind and said and not other_time and said != kind:
        r.extra = kind  # "… the rebels had captured were killed": captured too

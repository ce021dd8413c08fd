"""Whether a reporting word found in a sentence is the verb of a frame: not a noun ("the
group's claims"), another sense ("the troops posted in Kapa"), nor a report of what was
said before it ("… confirmed it,").

Example:
    >>> import re
    >>> s = "The group's claims were false."
    >>> no_verb(re.search("claims", s), s, [])
    True
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution_record import DENIAL, Attribution
from claimtrack.extraction.lexicon import count_words, source_words, speech

_I = re.IGNORECASE
# "the claims", "these reports", "the group's claims", "l'annonce": the verb form read as a noun.
# what opens the clause a verb "states" reports: "that", or a subject pronoun ("the army
# states it lost four men"); a noun "states" is followed by neither ("Gulf states backing")
_STATES_CLAUSE = re.compile(r"\s+(?:that|it|they|he|she|we)\b", _I)
_NOUN_FORMS = re.compile(r"claims|reports|states|claim|report|estimates|annonce|rapporte", _I)
_STATIONED = re.compile(r"\s+(?:in|at|near|along|around)\s+(?:the\s+)?(?-i:[A-Z])", _I)
_OF_AFTER = re.compile(r"\s+of\s", _I)
# "A statement posted on the army's website said", "a video released by the group shows":
# the participle tells how a document came out; the document's own verb comes after
_PUBLISHED = re.compile(
    r"posted|published|released|issued|shared|uploaded|broadcast|aired|circulated", _I
)
_DOCUMENT_BEFORE = re.compile(rf"\b(?:{source_words.DOCUMENT_NOUNS})s?\s+$", _I)
# "Earlier reports from residents said …", "claims by the rebels showed …": a plural noun,
# its prepositional phrase, then the clause's own verb
_PHRASE_THEN_VERB = re.compile(
    r"\s+(?:from|by|on|in|of|at|out\s+of)\s+[^,;:\"“”.]{1,60}?\s"
    r"(?:said|say|says|stated|claimed|showed|show|shows|suggested|suggest|indicated|indicate"
    r"|put|added|estimated)\b",
    _I,
)
# (and its modifiers: "contrary to numerous media reports", "amid unconfirmed local claims")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:on|about|of|amid|despite|following|over|after|to|with|from|against|into|by)\s+"
    r"(?:(?-i:[a-z])[\w'-]*\s+){0,2}$",
    _I,
)
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|these|those|its|their|his|her|our|such|any|all|les|ces|ses|leurs|une|cette"
    r"|son|sa)|'s?)\s+$|\bd'$"
    # "L'annonce", "après l'annonce"; not "le ministère l'annonce", where l' is a pronoun
    r"|(?:^|\b(?:de|a|par|pour|apres|avant|dans|sur|selon|et|mais|que|avec)\s+)[l]'$",
    _I,
)

# A participle after a determiner qualifies the noun after it ("the disputed region", "an
# alleged massacre", "their reported losses"); not "that", which opens a relative clause
# ("the group that claimed"), nor "all" ("the officials all said").
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'])(?:the|an?|these|those|its|their|his|her|our)\s+"
    # a superlative between: "the biggest reported ambush", "the most recent confirmed toll"
    r"(?:(?:(?-i:[a-z][\w-]*est)|first|only|last|worst|most(?:\s+[a-z]+)?)\s+)?$",
    _I,
)
# "dismissed as false government reports that …": what the object is called comes first
# (what it is called may be quoted, in words of its own: 'as "categorically baseless"')
_OBJECT_GAP = re.compile(
    r"\s+(?:as\s+(?:[\"“'](?:[\w'-]+\s+){0,5}[\w'-]+[\"”'],?\s+|(?:\w+ly\s+)?(?:false|untrue"
    r"|baseless|groundless|unfounded|fabricated|exaggerated|inaccurate|propaganda|lies|fake)"
    r",?\s+))?(?:[\w'-]+\s+){0,2}",
    _I,
)

_OBJECT_THEN_EVENT = re.compile(speech.OBJECT_THEN_EVENT, _I)

# A verb whose object is what was said before it, the clause ending there: "X l'a confirmé"
_SAID_IT_BEFORE = re.compile(r"(?<![\w'])l'(?:(?:a|ont|avait|avaient)(?:\s+[\w-]+){0,2}?\s+)?$", _I)
_CLAUSE_END = re.compile(r"\s*(?:[,;.\"»”]|$)")
_SAID_IT_AFTER = re.compile(r"\s+(?:it|this|so)(?=\s*(?:[,;.\"”]|$))", _I)  # "confirmed it,"
# Another sense of the word: "the fighting claimed the lives of 10" (took them: its
# subject is the event, no source), "the alliance accused of deploying troops" (a passive:
# the one accused, not the accuser, who names an object before "of").
_TOOK_LIVES = re.compile(count_words.LIVES_CLAIMED, _I)
_ACCUSED_OF = re.compile(r"\s+of\b", _I)
_OTHER_SENSES = {"claimed": _TOOK_LIVES, "claiming": _TOOK_LIVES, "claims": _TOOK_LIVES}
_OTHER_SENSES["accused"] = _ACCUSED_OF


def no_verb(m: re.Match, shade: str, found: list[Attribution]) -> bool:
    """Whether a reporting word is no frame: a noun, another sense, or a report of what
    was said before it."""
    if _NOUN_FORMS.fullmatch(m.group()) and (
        _NOUN_BEFORE.search(shade, 0, m.start())
        or _object_of(m.start(), shade, found)
        or _OF_AFTER.match(shade, m.end())  # "rejected ministry reports of heavy losses"
        or (m.group().lower().endswith("s") and _PHRASE_THEN_VERB.match(shade, m.end()))
        # "commented on reports that …": after a preposition, the plural is a noun
        or (m.group().lower().endswith("s") and _PREPOSITION_BEFORE.search(shade, 0, m.start()))
    ):
        return True  # "the group's claims", "dismissed rebel claims": a noun, not a verb
    if m.group().lower().endswith("ed") and _DETERMINER_BEFORE.search(shade, 0, m.start()):
        return True  # "troops in the disputed region", "the alleged attack": an adjective
    if (sense := _OTHER_SENSES.get(m.group().lower())) and sense.match(shade, m.end()):
        return True  # "the clashes claimed the lives of 10", "the army accused of abuses"
    if m.group().lower() == "posted" and _STATIONED.match(shade, m.end()):
        return True  # "the troops posted in Kapa": stationed there, not a post online
    if _PUBLISHED.fullmatch(m.group()) and _DOCUMENT_BEFORE.search(shade, 0, m.start()):
        return True  # "a statement posted on its page said": how the document came out
    if _OBJECT_THEN_EVENT.match(shade, m.start()):
        return True  # "wrote a letter after 12 died": its object is written, not the count
    if m.group().lower() == "states" and not _STATES_CLAUSE.match(shade, m.end()):
        return True  # "a coalition of Gulf states backing …": countries, not a verb
    # '"…. La mission l'a confirmé", a dit X', "… confirmed it,": what X said, confirmed
    # (a denial of it, "the army denied it", "l'a démenti", is a claim of its own)
    before = _SAID_IT_BEFORE.search(shade, 0, m.start()) and _CLAUSE_END.match(shade, m.end())
    said_it = before or _SAID_IT_AFTER.match(shade, m.end())
    return bool(said_it) and not DENIAL.match(m.group())


def _object_of(i: int, shade: str, found: list[Attribution]) -> bool:
    """Whether the word at ``i`` is the object of a verb found just before it ("the army
    dismissed rebel claims that …": "claims" is what was dismissed)."""
    return any(_OBJECT_GAP.fullmatch(shade, a.verb_end, i) for a in found if a.verb_end <= i)

"""Counts as a verb's object: the objects a verb lists, and the word after an object that
makes the claim ("set six villages on fire", "took 40 soldiers prisoner").

The rules here are among those ``count_rules`` tries in order; each takes the sentence's
shadow, the count, the claims found before it and the reading it fills.

Example:
    >>> s = "they took 40 soldiers prisoner"
    >>> taken_captive(s, s.index(" prisoner"), ["soldiers"])
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimtrack.extraction.lexicon import count_words, happenings, numbers
from claimtrack.extraction.lexicon.tables import longest_first
from claimtrack.extraction.predicates import type_of_verb

if TYPE_CHECKING:
    from claimtrack.extraction.count_record import Count, Reading
    from claimtrack.extraction.found import Found

_I = re.IGNORECASE
_VERBS = "|".join(longest_first(happenings.CLAIM_VERBS))
_OBJECT_LIST = re.compile(
    rf"(?<![\w-])(?P<v>{_VERBS})\s"
    r"(?:[^.;:,]{1,60}?\s(?:as well as|ainsi que|along with|plus)"
    # "seized a large cache of weapons, including 40 rifles": a part of what was taken
    r"|[^.;:]{1,60}?,\s*(?P<part>including|among them|dont|notamment)"
    # "downed a drone and two helicopters", "burnt the base and two vehicles": things named
    # one by one first ("destroyed a tank, a depot and two trucks"), then the count
    r"|(?:(?:a|an|one|the|its|their|his|her|our|un|une|le|la)\s+"
    r"(?:(?!(?:and|et|or|ou|who|which|that)\s)[\w'-]+(?:\s+|(?=,))){1,3}?"
    # "killed the chief and his three guards": the count with its owner's possessive
    r"(?:,\s*(?:and\s+|et\s+)?|(?:and|et)\s+))+)\s*(?:de\s+|d'|(?:his|her|its|their|our)\s+)?$",
    _I,
)
# "seized 300 kg of explosives and 12 rifles": an amount of a stuff is no count, but the
# objects listed after it are the verb's.
_AFTER_AMOUNT = re.compile(
    rf"(?<![\w-])(?P<v>{_VERBS})\s+"
    rf"[^.;:,]{{0,20}}?\d[\d.,]*\s*(?:{'|'.join(numbers.MASS_UNITS)})\s+(?:of|de|d')"
    r"[^.;:,]{1,40}?(?:,\s*|\s(?:and|et)\s+)(?:de\s+|d')?$",
    _I,
)


def object_list(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """ "killed three soldiers in a lorry as well as five police": one more object of the
    verb, when nothing in between reads as another clause; "seized 300 kg of explosives
    and 12 rifles": an object listed after an amount."""
    before = shade[max(0, c.start - 120) : c.start]
    m = _OBJECT_LIST.search(before) or _AFTER_AMOUNT.search(before)
    if m and (v := type_of_verb(m.group("v"))):
        r.claim_type, r.rule, r.subset = v, "list", bool(m.groupdict().get("part"))


# "took 40 soldiers prisoner", "ont pris 12 civils en otage": taking people is a capture.
_AS_CAPTIVES = re.compile(
    r"\s+(?:prisoners?|hostages?|captives?|(?:en|comme) otages?|prisonniers?)(?![\w-])", _I
)


def _closed_by(closing: re.Pattern, shade: str, subject_end: int, words: list[str]) -> bool:
    """Whether ``closing`` ends a count's subject ``words`` or follows it at ``subject_end``."""
    if closing.match(shade, subject_end):
        return True
    last = " " + " ".join(words[-2:])
    return any(m.end() == len(last) for m in closing.finditer(last))


def taken_captive(shade: str, subject_end: int, words: list[str]) -> bool:
    """Whether a captive word ends a count's subject ``words`` or follows it at
    ``subject_end`` ("12 soldiers prisoner")."""
    return _closed_by(_AS_CAPTIVES, shade, subject_end, words)


# "set six villages on fire", "setting 40 huts ablaze": the claim closes the verb phrase.
_SET = re.compile(r"(?<![\w-])(?:set|sets|setting)\s+$", _I)
_ON_FIRE = re.compile(r"\s+(?:on fire|ablaze|alight|afire)(?![\w-])", _I)


def set_on_fire(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """ "Troops set 40 houses ablaze": the things set on fire are destroyed.

    Example:
        >>> from claimtrack.extraction.count_record import Count, Reading
        >>> from claimtrack.extraction.number_forms import quantity_re
        >>> s = "they set six villages on fire"
        >>> m = quantity_re().search(s)
        >>> c = Count(m, m.start(), m.end(), s[: m.start()], None, 21, ["villages"], "villages")
        >>> r = Reading("villages")
        >>> set_on_fire(s, c, [], r)
        >>> r.claim_type
        'destroyed'
    """
    if _SET.search(c.before) and _closed_by(_ON_FIRE, shade, c.subject_end, c.words):
        r.claim_type, r.rule = "destroyed", "verb"


# "sites holding 900 troops", "a base which housed 300 soldiers": people a place holds are
# present there, not captured (what it "can hold" is its size, no claim).
_HELD_AT = re.compile(
    rf"\b(?:{happenings.THING_NOUNS}|sites?|buildings?|compounds?|facilit(?:y|ies)|schools?"
    r"|depots?|forts?|warehouses?|hangars?|bunkers?)"
    r",?\s+(?:(?:which|that)\s+)?"
    r"(?:holding|held|holds|hold|housing|housed|houses|hosting|hosted|sheltering|sheltered)\s+$",
    _I,
)
_FORCES = re.compile(rf"(?:{happenings.FORCE_NOUNS}|{happenings.FIGHTER_NOUNS}|men)", _I)


# "there were 33 people in the compound": people said to be somewhere are present there.
# ("there are still 7,000 rebels inside the region": an adverb between)
_THERE_WERE = re.compile(
    r"(?<![\w-])there\s+(?:were|are|was|had been|have been)\s+"
    r"(?:(?:still|now|currently|reportedly|also)\s+)?$",
    _I,
)
_ATTACKING = re.compile(r"attackers|assailants|assaillants|raiders", _I)
_IN_PLACE = re.compile(r"\s+(?:in|at|inside|aboard|on board|within)\s", _I)
_PEOPLE_THERE = re.compile(
    r"people|civilians|persons|residents|villagers|students|workers|passengers|pupils", _I
)

# the people or forces right after the count, then where they are (the subject read may
# have taken the place's word in: "7,000 rebels inside | the region")
_THERE_PEOPLE = re.compile(
    rf"(?:\s+[\w'-]+){{0,3}}?\s+(?:{_FORCES.pattern}|{_PEOPLE_THERE.pattern})(?![\w'-])"
    rf"(?={_IN_PLACE.pattern})",
    _I,
)


def held_at(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """ "The strikes hit sites holding 900 troops": forces a place holds are present there;
    "there were 33 people in the compound": people somewhere are present there; "there were
    200 attackers": the attack's force."""
    if not c.words:
        return
    held = _HELD_AT.search(c.before) and _FORCES.fullmatch(c.words[-1])
    there = _THERE_WERE.search(c.before) and _THERE_PEOPLE.match(shade, c.end)
    if held or there:
        r.claim_type, r.rule = "present", "verb"
    elif _THERE_WERE.search(c.before) and _ATTACKING.fullmatch(c.words[-1]):
        r.claim_type, r.rule = "attackers", "verb"  # "there were about 200 attackers"


# "heard at least 30 explosions", "there were 12 blasts in all": blasts counted are shelling,
# unless they did the harm a claim verb right after them names ("two blasts killed 10").
_BLASTS = frozenset({"explosions", "blasts", "detonations", "explosion", "blast", "detonation"})
_HARM_NEXT = re.compile(r"\s+(?:also\s+|then\s+)?(?P<v>[a-z]+)\b", _I)


def blasts_counted(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """ "Residents heard 20 explosions": a count of blasts is a count of shelling.

    Example:
        >>> from claimtrack.extraction.count_record import Count, Reading
        >>> from claimtrack.extraction.number_forms import quantity_re
        >>> s = "they heard 20 explosions overnight"
        >>> m = quantity_re().search(s)
        >>> c = Count(m, m.start(), m.end(), s[: m.start()], None, 24, ["explosions"], "explosions")
        >>> r = Reading("explosions")
        >>> blasts_counted(s, c, [], r)
        >>> r.claim_type
        'shelling'
    """
    # "30 explosions coming from the forest": the noun may be followed by its own verb
    if not _BLASTS.intersection(c.words[:2]) or c.match.group("vague"):
        return  # "several explosions were heard": blasts heard, no count of them
    harm = _HARM_NEXT.match(shade, c.subject_end)
    if harm and type_of_verb(harm.group("v")):
        return  # "two blasts killed ten people": the blasts are the agent, the toll the claim
    r.claim_type, r.rule = "shelling", "toll noun"


# "shelled the airport with 40 rockets", "pounded the town using 12 mortars": the munitions
# an attack or a shelling was carried out with, in its own clause
_FIRED_WITH = re.compile(
    rf"(?<![\w-])(?:{happenings.ATTACK_WORDS}|shelled|shelling|pounded|bombarded|targeted"
    r"|struck|hit)\b[^.;:,]{0,60}?\s(?:with|using)\s+$",
    _I,
)
_FIRED = re.compile(r"(?:shells|rockets|mortars|missiles|projectiles|obus|roquettes)$", _I)


def fired_with(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """ "They shelled the airport with 40 rockets": the munitions counted are shelling.

    Example:
        >>> from claimtrack.extraction.count_record import Count, Reading
        >>> from claimtrack.extraction.number_forms import quantity_re
        >>> s = "they shelled the airport with 40 rockets"
        >>> m = quantity_re().search(s)
        >>> c = Count(m, m.start(), m.end(), s[: m.start()], None, len(s), ["rockets"], "rockets")
        >>> r = Reading("rockets")
        >>> fired_with(s, c, [], r)
        >>> r.claim_type
        'shelling'
    """
    if c.words and _FIRED.search(c.words[-1]) and _FIRED_WITH.search(c.before):
        r.claim_type, r.rule = "shelling", "verb"


# "attacked the town with 200 fighters", "the assault with infantry, trucks and two tanks":
# the attack word, "with", and any list the count ends, in one clause
_ATTACKED_WITH = re.compile(
    rf"(?<![\w-])(?:{happenings.ATTACK_WORDS}|launched|mounted)\b[^.;:,]{{0,60}}?\s"
    r"(?:with|using|backed by)\s+(?:[^.;:]{0,60}?(?:,|\sand)\s+)?$",
    _I,
)
_ATTACK_FORCE = re.compile(rf"(?:{count_words.ATTACK_FORCE})$", _I)


def attacked_with(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """ "The rebels attacked the town with 200 fighters and two tanks": the force an
    attack was made with is the attacking force (munitions fired are ``fired_with``)."""
    if c.words and _ATTACK_FORCE.fullmatch(c.words[-1]) and _ATTACKED_WITH.search(c.before):
        r.claim_type, r.rule = "attackers", "attackers"


_UNDER_FIRE = re.compile(rf"(?<![\w-])(?:{count_words.UNDER_FIRE_FROM})$", _I)
_MUNITIONS = re.compile(rf"\b(?:{happenings.MUNITION_NOUNS}|drones?|positions?|sides?)\b", _I)


def under_fire_from(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """ "soldiers came under fire from 30 gunmen": those who fired are the attacking force,
    whatever the noun ("30 heavily armed elements"); not munitions ("from 30 rockets")."""
    if not _UNDER_FIRE.search(c.before) or c.match.group("zero"):
        return
    said = shade[c.end : c.subject_end]
    if said.strip() and not _MUNITIONS.search(said):
        r.claim_type, r.rule = "attackers", "attackers"

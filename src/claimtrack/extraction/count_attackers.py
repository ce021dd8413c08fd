"""Fighters counted as the force that attacked: "an attack by 200 gunmen", "l'attaque de 200
jihadistes", "20 gunmen stormed the camp", "Colonel X led 300 fighters in the assault", and
members of an armed group after a noun of attack ("l'attaque de dizaines de membres de Boko
Haram", "an attack by 50 members of the group"; not "membres d'une famille").
"""

from __future__ import annotations

import re

from claimtrack.extraction.count_participles import EN_OBJECT
from claimtrack.extraction.count_record import Count, Reading
from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import happenings
from claimtrack.extraction.predicates import type_of_verb

_I = re.IGNORECASE
_ATTACKER_BEFORE = re.compile(rf"(?:{happenings.ATTACKER_BEFORE})(?:(?:des|de|d')\s*)?$", _I)
_FIGHTERS = re.compile(rf"\b(?:{happenings.FIGHTER_NOUNS})\b", _I)
# Members of an armed group after a noun of attack are its force: "l'attaque de dizaines
# de membres de Boko Haram", "an attack by 50 members of the group" (not "membres d'une
# famille": members of no armed body)
_MEMBERS_OF = re.compile(
    r"\s+(?:(?:de|of)\s+|d'\s*)?(?P<m>(?:membres|members)\s+(?:(?:de|of)\s+(?:l'\s*|la\s+|the\s+)?"
    r"|du\s+|d')(?:(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3}"
    rf"|(?:{happenings.ARMED_NOUNS}|sectes?|sects?)\b))",
    _I,
)
_ATTACKER_AFTER = re.compile(
    # 'a military officer said "around 100 terrorists" attacked': a quotation closes first
    rf"[\"”]?{happenings.ATTACKER_ASIDE}"
    # "40 hommes armés ont attaqué": armed men; "armés à moto": two words of gear
    # "the three bombers simultaneously detonated": an adverb in -ly
    rf"\s+(?:(?:{happenings.ATTACKER_GEAR}|then|also|later|a moto|[a-z]+ly"
    rf"|(?:lourdement\s+)?armes|non identifies|\([^()]{{1,60}}\))\s+){{0,2}}"
    rf"(?:{happenings.ATTACKER_VERBS_AFTER})\b",
    _I,
)
# "Colonel X led 300 fighters in the assault": the fighters led into an attack are its force.
_LED = re.compile(r"(?<![\w-])(?:led|leading|commanded|(?:a|avait) (?:conduit|dirige))\s+$", _I)
_OPERATION = re.compile(rf"\b(?:{happenings.ATTACK_WORDS}|operations?|assauts?)\b", _I)

_ATTACKERS = re.compile(r"(?:attackers|assailants|assaillants|gunmen|raiders)$", re.IGNORECASE)

# Fighters or troops as the subject of a bare verb of taking people with an object: "about
# 170 soldiers, along with armed allies, arrested everyone", "30 gunmen kidnapped the
# chief" (the force that did it; the people taken are the object's own claim).
_ARMED_PEOPLE = re.compile(
    rf"\b(?:{happenings.FIGHTER_NOUNS}|soldiers|troops|policemen|commandos|paratroopers)\b", _I
)
_ARMED = re.compile(r"\barmed\b", _I)
_HARM_DONE = re.compile(rf"{happenings.ATTACKER_ASIDE}\s+(?P<v>[a-z]+ed)(?=\s)", _I)


def _took_people(shade: str, at: int) -> bool:
    """Whether a bare verb of taking people with an English object follows the force ending
    at ``at`` (a count after it is its own claim: "40 gunmen killed 16 people" keeps the 40
    no claim, as annotators write)."""
    m = _HARM_DONE.match(shade, at)
    return bool(m and EN_OBJECT.match(shade, m.end()) and type_of_verb(m.group("v")) == "captured")


def attackers(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """Type a count as the attacking force: its strength ("a 200-strong force", "men
    numbering 50 stormed") or fighters named with an attack (module docstring).

    Example:
        >>> from claimtrack.extraction.number_forms import quantity_re
        >>> s = "an attack by 200 gunmen"
        >>> m = quantity_re().search(s)
        >>> c = Count(m, m.start(), m.end(), s[: m.start()], None, len(s), ["gunmen"], "gunmen")
        >>> r = Reading(subject="gunmen")
        >>> attackers(s, c, [], r)
        >>> r.claim_type, r.subject
        ('attackers', 'gunmen')
    """
    numbering = re.search(happenings.NUMBERED_FORCE, c.before, _I)  # "men numbering 50 stormed"
    # the attackers, who were N: no attack word needed ("les assaillants étaient 200")
    # (or "les assaillants, au nombre d'une centaine": the noun says they attacked)
    copula = numbering and _ATTACKERS.match(numbering.group("who"))
    if (c.match.group("strong") or numbering) and (
        happenings.ATTACK_WORD_RE.search(shade) or copula
    ):
        r.claim_type, r.rule = "attackers", "strength"
        r.subject = numbering.group("who") if numbering else r.subject
    elif force := _force(shade, c):
        # "an attack by 200 gunmen", "20 gunmen stormed the camp"
        r.claim_type, r.rule, r.subject = (
            "attackers",
            "attackers",
            shade[slice(*force)].strip() or None,
        )


def _force(shade: str, c: Count) -> tuple[int, int] | None:
    """Where the fighters a count counts as an attacking force are named, if it does."""
    fighters = _FIGHTERS.search(shade, c.end, c.subject_end)
    if fighters and (
        _ATTACKER_BEFORE.search(c.before)
        or _ATTACKER_AFTER.match(shade, fighters.end())
        or (_LED.search(c.before) and _OPERATION.search(shade))
    ):
        return c.end, fighters.end()
    armed = _ARMED_PEOPLE.search(shade, c.end, c.subject_end)
    if armed and armed.end() == c.subject_end and _took_people(shade, armed.end()):
        return c.end, armed.end()
    # "six armed soldiers opened fire": troops called armed are fighters (not "300 troops
    # arrived", who are present)
    called_armed = armed and _ARMED.search(shade, c.end, armed.start())
    if called_armed and _ATTACKER_AFTER.match(shade, armed.end()):
        return c.end, armed.end()
    if _ATTACKER_BEFORE.search(c.before) and (members := _MEMBERS_OF.match(shade, c.end)):
        return members.start("m"), members.end()
    return None

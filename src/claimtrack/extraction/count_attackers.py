"""Fighters counted as the force that attacked: "an attack by 200 gunmen", "l'attaque de 200
jihadistes", "20 gunmen stormed the camp", "Colonel X led 300 fighters in the assault", and
members of an armed group after a noun of attack ("l'attaque de dizaines de membres de Boko
Haram", "an attack by 50 members of the group"; not "membres d'une famille").
"""

from __future__ import annotations

import re

from claimtrack.extraction.count_record import Count, Reading
from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import happenings

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
    rf"\s+(?:(?:{happenings.ATTACKER_GEAR}|then|also|later|a moto"
    rf"|(?:lourdement\s+)?armes|non identifies|\([^()]{{1,60}}\))\s+){{0,2}}"
    rf"(?:{happenings.ATTACKER_VERBS_AFTER})\b",
    _I,
)
# "Colonel X led 300 fighters in the assault": the fighters led into an attack are its force.
_LED = re.compile(r"(?<![\w-])(?:led|leading|commanded|(?:a|avait) (?:conduit|dirige))\s+$", _I)
_OPERATION = re.compile(rf"\b(?:{happenings.ATTACK_WORDS}|operations?|assauts?)\b", _I)

_ATTACKERS = re.compile(r"(?:attackers|assailants|assaillants|gunmen|raiders)$", re.IGNORECASE)


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
    if _ATTACKER_BEFORE.search(c.before) and (members := _MEMBERS_OF.match(shade, c.end)):
        return members.start("m"), members.end()
    return None

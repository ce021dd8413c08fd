"""Claim words at a count: the participle after its subject, the verb right before it.

"five soldiers were killed" (a participle), "killed up to 40" (a verb); a captured
thing or place is a seizure, captured people a capture.

Example:
    >>> type_of_participle("tues"), type_of_verb("took prisoner"), objects("captured", "posts")
    ('killed', 'captured', 'seized')
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.extraction.lexicon import happenings, numbers
from claimtrack.extraction.lexicon.tables import longest_first
from claimtrack.extraction.number_forms import NUMBER_PHRASE
from claimtrack.text import fold

_I = re.IGNORECASE
_AUX = (
    # "were said to be wounded", "were reported to have been abducted", "are believed to
    # have died": a hedged passive
    r"(?:said|reported|believed|feared|thought|presumed|confirmed|understood|known)"
    r" to (?:be|have been|have)"
    r"|were|was|are|is|have|has|had|been|being|be|ont|a|sont|ete|etaient|avaient|avait|also"
    r"|egalement|reportedly|all|slightly|seriously|critically|deja|tous|toutes|aussi|later"
    r"|allegedly|then|subsequently|grievement|legerement|having|reported|believed|feared"
    r"|presumed|confirmed"
    # "12 soldiers may have been killed": a modal, hedging what is said
    r"|could|would|might|may|must|should"
    # "100 students are still missing", "12 soldats sont toujours portés disparus"
    r"|still|remain|remains|remained|toujours|encore"
    # "deux gendarmes ont même perdu la vie", "ont malheureusement été tués"
    r"|meme|[a-z]{3,}ment"
    # "cinq soldats y ont trouvé la mort": the clitic before the auxiliary
    r"|y(?=\s+(?:ont|a|sont|etaient|avaient|avait|auraient|aurait|ete)\b)"
)
# Subject pronouns: a phrase after the count that ends in one opens a clause of its own
_PRONOUNS = r"they|we|he|she|it|i|you"
# A conjunct that opens with one of these is a verb phrase, not a second subject: in
# "killed five police, and had then stolen two trucks" the five were not stolen.
VP_START = re.compile(
    r"(?:had|has|have|was|were|then|also|later|subsequently|ont|avait|avaient|sont|ensuite"
    # "put the toll at 15, and says the raiders burnt …": a verb of speech opens one too
    r"|says|said|say|adds|added|claims|claimed|reports|reported|told|tells)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def participle_re() -> re.Pattern:
    """A claim participle after a subject, across auxiliaries and asides ("were all killed").

    Example:
        >>> participle_re().match(" were reportedly killed").group("p")
        'killed'
    """
    alts = "|".join(longest_first(happenings.CLAIM_PARTICIPLES))
    return re.compile(
        rf"[\s\"',–—]*(?:,\s*(?:including|dont|among them|notamment)\b[^,.;]{{0,60}},\s*"
        # "6 women including children have lost their lives": a subset without commas
        # (not "14 villages dont les habitants ont fui": whose people fled, a relative)
        rf"|(?:including|dont(?!\s+(?:les|le|la|l'|leurs?|ses|son|sa)\s)|among them|notamment)"
        rf"\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?=(?:{_AUX})\b))?"
        # "23 people – 14 Syrians and nine Iranians – were injured", "(12 of them civilians)"
        rf"(?:\s*[–—]\s*[^–—.;]{{1,80}}?[–—]\s*|\s*\([^()]{{1,80}}\)\s*"
        # "80 fighters, most of them foreigners, died": an aside between commas
        rf"|,\s*[^,.;:\"]{{1,50}}?,\s*"
        # "one of our servicemen ... was killed": words left out of a quotation
        rf"|\s*(?:\.\.\.|…)\s*)?"
        rf"(?P<coord>(?:and|or|et|ou)\s+(?!(?:{NUMBER_PHRASE}|one|un|une)\b|\d)[\w'-]+(?:\s+[\w'-]+){{0,3}}\s+)?"
        # "80 fighters in green uniforms died", "20 from the militia were killed"
        # '113 rebelles "vêtus d'uniformes rwandais" étaient tombés': quoted, in French
        # "40 soldiers sent to the area were killed": a reduced relative of another verb
        rf"(?:\"?(?:in|from|of|with|under|wearing|carrying|dressed in|vetus|habilles|de|du|des|en"
        rf"|sous|(?!(?:{alts})\b)(?:[a-z]+ed|sent|brought|taken|flown)\s+(?:to|into|in|from|at))\s+"
        # (not past a subject pronoun: "killed 12 in the town they had raided" is the
        # relative clause's verb, not the count's)
        rf"(?!(?:{NUMBER_PHRASE}|\d))[\w'-]+(?:\s+(?!(?:{_AUX}|and|or|et|ou|{_PRONOUNS})\b)[\w'-]+){{0,3}}?"
        # "12 troops with the African Union Mission in Somalia (AMISOM) died": its acronym
        rf"(?:\s+\((?-i:[A-Z][\w.-]{{1,12}})\))?\"?\s+){{0,2}}"
        # "were totally destroyed", "were either killed or …": an adverb among the auxiliaries;
        # not one that changes the claim ("partially destroyed" is damaged, "fatally wounded"
        # killed, in the lexicon)
        rf"(?:(?:{_AUX}|(?!(?:partially|partly|fatally|mortally)\b)[a-z]+ly|either|soit)\s+|\"\s*){{0,5}}"
        rf"(?P<p>{alts})\b",
        _I,
    )


_DAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce week-end)"


@lru_cache(maxsize=1)
def verb_before_re() -> re.Pattern:
    """A claim verb that ends the text before a count: "killed up to" (searched, anchored at $).

    Example:
        >>> verb_before_re().search("the army said it killed ").group("v")
        'killed'
    """
    alts = "|".join(longest_first(happenings.CLAIM_VERBS))
    return re.compile(
        rf"(?<![\w-])(?P<v>{alts})(?:\s*:?\s+|(?<=d'))"
        # "a neutralisé dimanche 12 terroristes": French puts the day after the verb
        rf"(?:{_DAY}\s+(?:(?:matin|soir|apres-midi|midi)\s+)?)?"
        # "killed their three hostages", "lost contact with its 35-strong patrol"
        r"(?:(?:its|their|his|her|our|ses|leurs?|nos)\s+)?"
        rf"['\"]?(?:(?:{numbers.STRESS_WORDS})\s*)?$",
        _I,
    )


PARTICIPLE_WORD = re.compile(rf"(?:{'|'.join(happenings.CLAIM_PARTICIPLES)})", _I)
_PHRASES = "|".join(p for p in happenings.CLAIM_PARTICIPLES if r"\s+" in p)
PARTICIPLE_AT = re.compile(rf"(?:{_PHRASES})(?![\w-])", _I)
_PARTICIPLES = [(re.compile(p, _I), kind) for p, kind in happenings.CLAIM_PARTICIPLES.items()]
_VERBS = [(re.compile(p, _I), kind) for p, kind in happenings.CLAIM_VERBS.items()]
_ALTS = "|".join(longest_first(happenings.CLAIM_PARTICIPLES))
AND_PARTICIPLE = re.compile(rf"\s+(?:or|and|et|ou|soit)\s+(?P<p>{_ALTS})\b", _I)
# "were killed, injured and captured": more participles of one count, listed to an "and"
MORE_PARTICIPLES = re.compile(
    rf"(?:\s*,\s*(?:{_ALTS})\b){{0,3}}\s*,?\s+(?:or|and|et|ou|soit)\s+(?P<p>{_ALTS})\b", _I
)


def more_participles(shade: str, at: int) -> list[str]:
    """The claim types of the participles listed right after ``at`` to an "and" or "or":
    "[killed], injured and captured" (none when no such list follows).

    Example:
        >>> s = "200 were killed, injured, and captured"
        >>> more_participles(s, s.index(",")), more_participles(s, 4)
        (['wounded', 'captured'], [])
    """
    m = MORE_PARTICIPLES.match(shade, at)
    if not m:
        return []
    words = re.finditer(rf"(?<![\w-])(?:{_ALTS})(?![\w-])", m.group(), _I)
    return [kind for w in words if (kind := type_of_participle(w.group()))]


@lru_cache(maxsize=4096)
def type_of_participle(word: str) -> str | None:
    """The claim type of a participle (in the shadow: accents dropped), or None.

    Example:
        >>> type_of_participle("blessees"), type_of_participle("calm")
        ('wounded', None)
    """
    return next((kind for pattern, kind in _PARTICIPLES if pattern.fullmatch(word)), None)


@lru_cache(maxsize=4096)
def type_of_verb(word: str) -> str | None:
    """The claim type of a verb before a count, or None.

    Example:
        >>> type_of_verb("arrested"), type_of_verb("saw")
        ('captured', None)
    """
    return next((kind for pattern, kind in _VERBS if pattern.fullmatch(word)), None)


def objects(claim_type: str, subject: str | None) -> str:
    """Captured things and places are seizures ("captured three barracks"); people are captured;
    things lost are destroyed.

    Example:
        >>> objects("captured", "three barracks"), objects("captured", "two suspects")
        ('seized', 'captured')
        >>> objects("captured", "the rebel camp"), objects("captured", "rebel fighters")
        ('seized', 'captured')
        >>> objects("killed", "helicopters"), objects("killed", "hommes armés")
        ('destroyed', 'killed')
        >>> objects("seized", "women"), objects("destroyed", "a farmer")
        ('captured', 'killed')
        >>> objects("seized", "police trucks"), objects("captured", "rebel camp")
        ('seized', 'seized')
        >>> objects("killed", "battalions"), objects("killed", "rebel divisions")
        ('defeated', 'defeated')
        >>> objects("attacked", "rockets fired"), objects("attacked", "air strikes")
        ('shelling', 'shelling')
    """
    if not subject:
        return claim_type
    if claim_type in _PEOPLE_TAKEN and _people(fold(subject)):
        return _PEOPLE_TAKEN[claim_type]  # "seized six women", "shot down a farmer"
    if subject.split()[-1].lower().startswith("armé"):
        return claim_type  # "islamistes armés": armed men, not "armes" once accents fold
    said = fold(subject).split()
    # "a rebel camp": a singular noun before a thing is its modifier ("hommes armés" are men)
    # and before a unit ("a rebel division", "two army battalions": units, not people)
    modifier = (
        len(said) > 1
        and not said[0].endswith("s")
        and (happenings.THING_RE.fullmatch(said[1]) or _UNITS.fullmatch(said[-1]))
    )
    if _PEOPLE.fullmatch(said[0]) and not modifier:
        return claim_type  # "hommes armés", "men carrying rifles": people first
    if _PEOPLE.fullmatch(said[-1]) and not happenings.THING_RE.fullmatch(said[-1]):
        return claim_type  # "the village chief", "the base commander": a person of a place
    if claim_type == "captured" and happenings.THING_RE.search(subject):
        return "seized"
    if claim_type == "killed" and happenings.THING_RE.fullmatch(fold(subject.split()[-1])):
        return "destroyed"  # "lost two helicopters", "ont perdu un aéronef": things are not killed
    if claim_type == "killed" and _UNITS.fullmatch(said[-1]):
        return "defeated"  # "lost three battalions": units lost are beaten, not people killed
    if claim_type == "attacked" and _MUNITIONS.fullmatch(_head(said)):
        # "40 shells hit the town", "rockets fired by the rebels", "carried out 7 air strikes":
        # munitions that hit are shelling (munitions intercepted stay destroyed: annotators
        # differ, and the corpus writes them destroyed)
        return "shelling"
    return claim_type


def _head(said: list[str]) -> str:
    """The head noun of a subject's words: the last, before a participle that follows it
    ("missiles fired": missiles)."""
    while len(said) > 1 and said[-1].endswith("ed"):
        said = said[:-1]
    return said[-1]


# Munitions by the last word of their noun phrase, and strikes from the air counted ("carried
# out 7 air strikes"); missiles launched stay an attack ("launched 60 drones and 3 missiles").
_MUNITIONS = re.compile(
    r"shells|rockets|mortars|rounds|obus|roquettes|(?:air|drone)?strikes?|sorties"
)


# Military units: a count of them lost or wiped out is a defeat.
_UNITS = re.compile(
    r"divisions?|battalions?|brigades?|regiments?|companies|platoons|squadrons?|bataillons?"
    r"|compagnies|regiments?|escadrons?",
    re.IGNORECASE,
)


# A subject that opens with people is people, whatever things it names after them.
_PEOPLE = re.compile(
    # "cinq éléments armés": in a communiqué, elements are men
    rf"(?:{numbers.ONE_PERSON_NOUNS})s?|people|personnes|individus|men|women|children|gens"
    r"|elements?",
    re.IGNORECASE,
)

# People seized are captured, people shot down or destroyed are killed ("took nine soldiers",
# "shot down a farmer"); a thing they own or ride keeps the verb's type ("police trucks").
_PEOPLE_TAKEN = {"seized": "captured", "destroyed": "killed"}
_PERSON = re.compile(
    rf"(?:{numbers.ONE_PERSON_NOUNS})s?|{happenings.FIGHTER_NOUNS}|people|personnes|individus"
    r"|men|women|children|gens|[a-z]+men|troops|police|personnel|captives|prisoners|prisonniers",
    re.IGNORECASE,
)


def people(subject: str) -> bool:
    """Whether a subject as written names people and no thing: "30 fighters", "six women".

    Example:
        >>> people("fighters"), people("meetings"), people("police trucks")
        (True, False, False)
    """
    return _people(fold(subject))


def _people(subject: str) -> bool:
    """Whether a (folded) subject names people and no thing: "six women", "a farmer"."""
    said = [w for w in subject.split() if w not in ("a", "an", "the", "un", "une")]
    if not said or happenings.THING_RE.search(subject):
        return False
    return bool(_PERSON.fullmatch(said[0]) or _PERSON.fullmatch(said[-1]))

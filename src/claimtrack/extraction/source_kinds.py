"""What kind of source a resolved source is: a group of speakers, a person, a body of the
actor table. Pronouns are resolved by these ("they" stands for a group, "he" for a
person, "it" for a body).

Example:
    >>> several(Source("Residents", None)), is_someone(Source("the spokesman", None))
    (True, True)
"""

from __future__ import annotations

import re

from claimtrack.extraction.french_discourse import agrees
from claimtrack.extraction.lexicon import source_words
from claimtrack.extraction.source_names import MEDIA, ORG, ROLE, is_person
from claimtrack.extraction.source_speakers import Source
from claimtrack.text import fold

# A group of sources: "certaines sources", "the residents" (not "African Parks", a name)
_MANY = (
    r"^(?i:les|des|ces|certaines|certains|plusieurs|deux|trois|d'autres|de|some|several|two"
    r"|three|other)\s"
)
_GROUP_OF = re.compile(rf"{_MANY}|^(?i:the\s+)?(?:[a-z][\w'-]*\s+)*[a-z][\w'-]*[sx]$")


def plural(source: Source) -> bool:
    """Whether a source is a group of speakers, by its determiner or its plural last noun
    (lower case: "Human Rights" ends a name)."""
    return bool(_GROUP_OF.search(source.raw.split(",")[0].strip()))


def a_group(source: Source) -> bool:
    """Whether a source is a group a singular pronoun skips ("Certaines sources …"), not a
    body named in the plural whose one spokesman spoke ("Le porte-parole des forces
    gouvernementales, X, a précisé … . Il a souligné …": X)."""
    speaker = source.speaker
    alone = speaker and speaker != source.raw and not re.match(_MANY, speaker)
    return plural(source) and not (alone and is_someone(Source(speaker, None)))


def several(source: Source) -> bool:
    """Whether a source is a group, a sentence's first word too ("Residents"), no wire
    agency ("Reuters")."""
    raw = source.raw[:1].lower() + source.raw[1:]
    return (plural(source) or plural(Source(raw, None))) and not MEDIA.search(source.raw)


def agrees_with(pronoun: str, source: Source) -> bool:
    """Whether a French pronoun agrees with a source by any of its names: its speaker ("le
    porte-parole"), the document it was named by ("le communiqué de l'armée"), itself."""
    names = (n for n in (source.speaker, source.mention, source.raw) if n)
    return any(agrees(pronoun, n) for n in names)


def only_someone(source: Source) -> bool:
    """Whether a source is a person who speaks for no body named with them ("Governor X",
    not "the army" its spokesman speaks for)."""
    return is_someone(source) and not ORG.search(source.raw)


# One source, not several ("a military source", "one security source close to the army")
_ONE_SOURCE = re.compile(
    r"^(?:an?|one|another|the|this|that)\s+(?:[\w'-]+\s+){0,3}?source(?![\w-])", re.IGNORECASE
)
_PERSON_NOUN = re.compile(rf"\b(?:{source_words.PERSON_NOUNS})\b", re.IGNORECASE)


def is_someone(source: Source) -> bool:
    """Whether a source is a person: named, a role ("the spokesman"), "the woman"."""
    raw = fold(source.raw)
    first = source.raw.split(",")[0]
    named = is_person(first) and not known_body(first)  # "Ali Traore, a farmer"; not "Boko Haram"
    # (a speaker that is a body of the table, "Al Shabaab", is none)
    spoken = source.speaker and not known_body(source.speaker)
    one_source = _ONE_SOURCE.search(raw)  # "one military source told AFP …": he
    return bool(spoken or ROLE.search(raw) or _PERSON_NOUN.search(raw) or one_source) or named


def known_body(name: str, kinds: tuple[str, ...] | None = None) -> bool:
    """Whether a name in capitals is a body of the actor table ("Boko Haram"), no person
    (of one of ``kinds`` of actor, if given)."""
    from claimtrack.normalize.actors import alias_index

    table, aliases = alias_index()
    key = fold(name).lower()
    # "The Taliban": the table's name without its article
    actor = aliases.get(key) or aliases.get(key.removeprefix("the "))
    return bool(actor) and table["source_type"].get(actor) in (kinds or _BODY_TYPES)


_BODY_TYPES = frozenset({"armed_group", "state_military", "government", "international_org", "ngo"})

"""A source phrase split into the institution to normalize and the person who speaks:
"army spokesperson Souleymane Dembele" is the army spokesperson's, said by Dembele;
"Ali Gueddei, porte-parole de l'Alliance" is the Alliance's.

Example:
    >>> split_speaker("Ali Gueddei, porte-parole de l'Alliance").raw
    "l'Alliance"
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.extraction.lexicon import source_words
from claimtrack.extraction.source_functions import less_function
from claimtrack.extraction.source_names import (
    MINISTER,
    ORG,
    OWNER_ROLE,
    ROLE,
    ROLE_OF,
    TITLE,
    WHO_CLAUSE,
    institution_of,
    is_person,
    role_for_then_name,
    titled_person,
)
from claimtrack.text import fold


@dataclass
class Source:
    """A resolved source: the name to normalize, the speaker and how it was found."""

    raw: str
    speaker: str | None
    mention: str | None = None
    confidence: float = 1.0


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# "chief of staff": a role, the staff no body of its own ("the army chief of staff": the army)
_STAFF = re.compile(
    r"^(?:the\s+)?(?:general\s+|defen[cs]e\s+|army\s+)?staff\b\s*(?:(?:of|for)\s+)?", re.I
)
_OF_WORDS = frozenset({"de", "du", "des", "la", "le", "l'", "d'", "of", "the", "for"})


def _name_then_role(phrase: str) -> Source | None:
    """'Ali Gueddei, porte-parole de l'Alliance' → source "l'Alliance", the whole as speaker."""
    name, _, role = phrase.partition(",")
    words = name.split()
    titled = words
    while titled and (
        titled[0].lower() in source_words.DETERMINERS
        or TITLE.fullmatch(fold(titled[0]))
        # "1st Lieutenant X", "2nd Lt. X": the grade's ordinal is part of the title
        or (_ORDINAL.fullmatch(titled[0]) and len(titled) > 1 and TITLE.fullmatch(fold(titled[1])))
    ):
        titled = titled[1:]  # "Le général Asif Ghafoor", "le colonel Traoré": titles, then a name
    person = is_person(" ".join(titled)) or (
        len(titled) == 1 and len(words) > 1 and titled[0][:1].isupper()
    )
    if role and person and (owner := OWNER_ROLE.match(role.strip())):
        # ", the group's spokesman": the group; ", Chad's army spokesman": the whole office
        return Source(role.strip() if _a_country(owner) else owner.group("owner"), phrase)
    if not role or not person or not (m := ROLE_OF.match(role.strip())):
        return None
    if MINISTER.match(role.strip()):
        return Source(role.strip(), phrase)  # "le ministre de la Communication": his ministry
    # "army spokesman for northern Kivu" is the army's; "gouverneur de la province" the province's
    after = _STAFF.sub("", role.strip()[m.end() :].strip())  # "chief of staff of the army"
    after = less_function(after)  # "director of public relations of the army": the army
    institution = kept if (kept := institution_of(after)) or m.group("qualifier") else after
    # "porte-parole du gouvernement et ministre de la Communication": the first office
    institution = re.split(
        rf"\s+(?:and|et)\s+(?=(?:[\w'’-]+\s+)?(?:{source_words.ROLE_WORDS}))", institution
    )[0]
    if institution:
        article = {"du": "le ", "des": "les "}.get(m.group().split()[-1].lower(), "")
        return Source(article + institution, phrase)
    if (m.group("article") or "").strip().lower() in ("a", "an", "un", "une"):
        return Source(role.strip(), phrase)  # ", a local official": no institution named
    if m.group("qualifier") and not _ONLY_ADJECTIVES.fullmatch(m.group("qualifier").strip()):
        # ", the army spokesman": the army (not ", the local chief": "the local")
        # ("Ali Sow, senior police official": the police, not "senior police")
        body = _GRADE.sub("", m.group("qualifier"))
        return Source(f"{m.group('article') or ''}{body}".strip(), phrase)
    if m.group("qualifier"):
        return Source(role.strip(), phrase)
    return Source(phrase, phrase)


# Words that qualify a role without naming a body: "the local chief", "a senior official"
_ONLY_ADJECTIVES = re.compile(
    r"(?:(?:local|senior|top|deputy|acting|traditional|village|community|district|regional"
    r"|provincial|chief|head|former|new|main|overall)\s*)+",
    re.IGNORECASE,
)
# A grade before the body a role serves is the person's, not the body's name
_GRADE = re.compile(
    r"^(?:(?:senior|top|deputy|acting|former|high-ranking|junior|chief)\s+)+", re.IGNORECASE
)
_COUNTRY_ITSELF = re.compile(r"^(?:the\s+)?(?:country|nation)$", re.IGNORECASE)


def _a_country(owner: re.Match) -> bool:
    """Whether the owner of a role is a country ("Nigeria's", "the country's"): the role
    with its qualifier is then the source ("Nigeria's army spokesman"), not the country."""
    from claimtrack.countries import ACRONYMS, country_words

    name = owner.group("owner").strip()
    bare = re.sub(r"^the\s+", "", fold(name), flags=re.IGNORECASE)
    if _PLACE_NAME.fullmatch(name) and _STATE_BODY.search(owner.group(), owner.end("owner")):
        return True  # "Jizan's civil defence spokesman": a place's office, not "Jizan"
    if _TERRITORY.search(bare) or (
        _PLACE_NAME.fullmatch(name) and _PLACE_OFFICE.search(owner.group(), owner.end("owner"))
    ):
        return True  # "the region's governor", "Kadi's mayor": a place speaks through its office
    return bool(_COUNTRY_ITSELF.match(name) or ACRONYMS.get(name) or country_words().get(bare))


# A place named before a civil state office's role, with no article ("Kano's police
# spokesman", "Borno State's police commissioner"): the office speaks; "Hamas's spokesman"
# names no office, and a "military" spokesman may be a group's ("Al-Shabab's military
# operations spokesman"): the owner speaks
_PLACE_NAME = re.compile(r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}")
# A place's own office ("Kadi's mayor") or an owner that names a territory ("the region's",
# "the Kadi valley's top police official"): a place is no speaker, its office is
_PLACE_OFFICE = re.compile(r"\b(?:mayor|governor|prefect|administrator)\b", re.IGNORECASE)
_TERRITORY = re.compile(
    r"\b(?:region|province|valley|city|town|district|county|village)$", re.IGNORECASE
)
_STATE_BODY = re.compile(
    r"\b(?:police|civil\s+defen[cs]e|fire|emergency|rescue|disaster|health|interior)\b",
    re.IGNORECASE,
)


_MEMBERS = re.compile(
    r"\s*,?\s+(?:including|among them|among whom|(?:one|two|three) of (?:them|whom))\s+",
    re.IGNORECASE,
)
_RANK = re.compile(rf"(?:{source_words.RANK_WORDS})", re.IGNORECASE)


def _drop_titles(rest: str) -> str:
    """ "Army spokesman Colonel" → "Army spokesman", "ministry spokesman Major General" →
    "ministry spokesman": the ranks before a name are his titles, not the institution's
    (only after a role word: "Army Commander" stays)."""
    words = rest.split()
    kept = len(words)
    while kept > 2 and words[kept - 1][:1].isupper() and _RANK.fullmatch(words[kept - 1]):
        kept -= 1
    if kept < len(words) and ROLE.fullmatch(fold(words[kept - 1].rstrip(","))):
        return " ".join(words[:kept])  # "spokesman, Colonel": the comma goes later
    return rest


def _group_with_members(phrase: str) -> Source | None:
    """ "Officials, including Col. Ali Sow": the group speaks, the members it names with it
    (the whole is the speaker when a member is named by name or role)."""
    members = _MEMBERS.search(phrase)
    if not members or members.start() == 0:
        return None
    first = phrase[members.end() :].split(",")[0].strip()
    named = titled_person(first) or split_speaker(first).speaker
    return Source(phrase[: members.start()].strip(" ,"), phrase if named else None)


_MEMBER_OF = re.compile(rf"^{source_words.MEMBER_OF}(?P<body>\S.*)$", re.IGNORECASE)


def _member_of(phrase: str) -> Source | None:
    """ "Ali Sow, a member of a local vigilante group": the group, the whole the speaker."""
    name, _, role = phrase.partition(",")
    if role and is_person(name.strip()) and (m := _MEMBER_OF.match(role.strip())):
        return Source(m.group("body").strip(" ,"), phrase)
    return None


# ", of the Sudan Liberation Movement": the body a person named before belongs to
_OF_BODY = re.compile(r"^(?:of|from|with)\s+(?P<body>(?:the\s+)?(?-i:[A-Z])\S.*)$", re.IGNORECASE)


def _name_of_body(phrase: str) -> Source | None:
    """ "Ali Sow, of the Liberation Front": the body (named, in capitals), the whole the
    speaker; not "Ali Sow, of Kidal" (a place: no body's noun).

    Example:
        >>> _name_of_body("Ali Sow, of the Liberation Front").raw
        'the Liberation Front'
    """
    name, _, rest = phrase.partition(",")
    m = _OF_BODY.match(rest.strip())
    # ("the Liberation Movement-North": a hyphen after the body's noun)
    if m and is_person(name.strip()) and ORG.search(m.group("body").replace("-", " ")):
        return Source(m.group("body").strip(" ,"), phrase)
    return None


# "A member of a local vigilante group", "Members of the group", "a senior member of X"
_MEMBERS_OF = re.compile(
    r"^(?:(?:an?|one|two|three|some|several|other)\s+)?(?:(?:senior|leading|prominent|top"
    r"|local|former|armed)\s+)?members?\s+of\s+(?P<body>\S.*)$",
    re.IGNORECASE,
)
_BODY = re.compile(rf"\b(?:{source_words.ORGANISED_BODIES})$", re.IGNORECASE)


def _members_of(phrase: str) -> Source | None:
    """ "A member of a local vigilante group": the body (named, or an organised body's
    noun), the whole the speaker; not "a member of the public"."""
    m = _MEMBERS_OF.match(phrase.strip())
    if m is None or m.group("body").startswith(("his ", "her ", "their ")):
        return None
    body = m.group("body").strip(" ,")
    named = any(w[:1].isupper() for w in body.split()[1:]) or body[:1].isupper()
    if named or _BODY.search(fold(body)):
        return Source(body, phrase)
    return None


def _name_who_heads(phrase: str) -> Source | None:
    """ "Ali Sow, who heads the local emergency agency": the agency, the whole the speaker."""
    from claimtrack.extraction.source_phrases import WHO_HEADS

    m = WHO_HEADS.search(phrase + ",")
    if m and is_person(phrase[: m.start()].strip()):
        return Source(m.group("body").strip(), phrase)
    return None


def _noun_then_name(phrase: str) -> Source | None:
    """ "One resident, Ali Sow": what he is speaks (as "a resident"), the whole the speaker."""
    from claimtrack.extraction.source_phrases import NOUN_BEFORE_NAME

    head, _, name = phrase.partition(",")
    if name and NOUN_BEFORE_NAME.fullmatch(head.strip()) and titled_person(name.strip()):
        return Source(head.strip(), phrase)
    # "Ali Sow, a resident of the town": the same, the other way round
    what = NOUN_BEFORE_NAME.match(name.strip())
    rest = name.strip()[what.end() :] if what else ""
    if what and titled_person(head.strip()) and (not rest or _OF_PLACE.fullmatch(rest)):
        return Source(name.strip(), phrase)
    return None


_OF_PLACE = re.compile(r"\s+(?:of|from|in|at)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}")


def _owner_then_name(phrase: str) -> Source | None:
    """ "the army's spokesman, Col. Ali Sow": the army (the office, for a country's), the
    whole the speaker."""
    head, _, name = phrase.partition(",")
    owner = OWNER_ROLE.match(head.strip())
    # "The ICRC's head of delegation, X", "the army's chief of staff, X": what he heads
    rest = head.strip()[owner.end() :] if owner else ""
    if name and owner and _OF_WHAT.fullmatch(rest) and titled_person(name.strip()):
        return Source(owner.group() if _a_country(owner) else owner.group("owner"), phrase)
    return None


_OF_WHAT = re.compile(r"(?:\s+(?:of|for)(?:\s+[a-z][\w'-]*){1,3})?")


def _owner_role(phrase: str) -> re.Match | None:
    """ "the group's spokesman (Ali Sow)": an owner's role, the whole phrase or before a
    name; not "the country's official news agency" (an adjective before a noun)."""
    owner = OWNER_ROLE.match(phrase)
    rest = phrase[owner.end() :].strip() if owner else ""
    return owner if owner and (not rest or rest[:1].isupper()) else None


def split_speaker(phrase: str) -> Source:
    """A source phrase split into the institution to normalize and the person who speaks.

    Example:
        >>> s = split_speaker("army spokesperson Souleymane Dembele")
        >>> s.raw, s.speaker
        ('army spokesperson', 'army spokesperson Souleymane Dembele')
    """
    if named := (
        _group_with_members(phrase)
        or _name_then_role(phrase)
        or _owner_then_name(phrase)
        or _member_of(phrase)
        or _name_of_body(phrase)
        or _members_of(phrase)
        or _noun_then_name(phrase)
        or _name_who_heads(phrase)
    ):
        return named
    if body := role_for_then_name(phrase):  # "A spokesman for X, Colonel Lee": X
        return Source(body, phrase)
    if "," not in phrase and (owner := _owner_role(phrase)):
        # "the ministry's spokesman": the ministry; "Nigeria's army spokesman": the office
        return Source(owner.group() if _a_country(owner) else owner.group("owner"), phrase)
    head = WHO_CLAUSE.sub("", phrase)  # "spokesman Ali Farid who made this known": not
    if head != phrase and (split := split_speaker(head)).speaker:  # "Residents who fled"
        return split
    words = phrase.replace(",", " , ").split()
    tail: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        # "le ministre de la Défense Luis Carlos Villegas": Défense is the ministry's; "The
        # Taliban", "The UN": an article opening a sentence starts no name
        if (
            word == ","
            or (i == 0 and word == "The")
            or (i and tail and words[i - 1].lower() in _OF_WORDS)
        ):
            break
        if re.match(
            r"^(?:[A-Z][\w'’-]*|[A-Z][a-z]{0,3}\.|al-\w+|el-\w+|bin|ben|ould|ag)$", word
        ) and not (ROLE.fullmatch(word) or (tail and ORG.fullmatch(word))):
            # "Police Capt. Ali Sow": the body before the titled name is no part of it
            tail.insert(0, word)
        else:
            break
    name = " ".join(tail)
    rest = phrase[: len(phrase) - len(phrase.split(name)[-1]) - len(name)] if name else phrase
    rest = _drop_titles(rest.rstrip(" ,"))
    if (
        len(tail) >= 2
        and not ORG.search(name)
        and (ROLE.search(phrase) or not rest or (len(tail) > 2 and titled_person(name)))
    ):
        # "A spokesman for the X front" → "the X front"; "le médecin colonel" is a title.
        rest = re.sub(r",\s*(?:[a-z\u00e0-\u00ff'’]+\s*)*$", "", rest)
        institution = re.sub(
            r"^(?:an?|the|le|la|l'|un|une)?\s*(?:spokes(?:man|woman|person)|porte-parole)"
            r"\s+(for|of|de|du|des)\s+",
            lambda m: {"du": "le ", "des": "les "}.get(m.group(1).lower(), ""),
            rest,
            flags=re.IGNORECASE,
        )
        if not institution.strip() or all(
            ROLE.fullmatch(w)
            or _RANK.fullmatch(w)
            # "UN spokesman X": the UN, not the French article
            or (w.lower() in source_words.DETERMINERS and not w.isupper())
            for w in institution.split()
        ):  # "le colonel Ali Traoré", "Major General X": a title, not an institution
            # "The spokesman, Col. Ali Sow": a role in apposition to a name is the source
            apposed = phrase[: phrase.rfind(name)].rstrip().endswith(",")
            return Source(institution.strip() if apposed else phrase, phrase)
        return Source(institution.strip(), phrase)
    return Source(phrase, None)

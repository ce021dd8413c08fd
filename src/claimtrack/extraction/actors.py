"""Source phrases → actor ids: the alias table, then a known name inside the phrase.

Both lookups are built once per process and reference folder, and names already
resolved are kept in a memo: across a corpus the same sources come back again and again.

Example:
    >>> import pandas as pd
    >>> guess_actors(pd.Series(["JNIM"])).tolist()
    ['jnim']
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd


def _words(name: str) -> str:
    """A name's folded words, space-padded, for whole-word containment tests; an elided
    article is no part of the word ("l'Etat islamique" holds "etat islamique")."""
    from claimtrack.normalize.actors import _key

    # "al Shabaab's spokesman" names al Shabaab: a possessive ending is no part of a name
    return " " + " ".join(re.sub(r"[^\w']+|'s\b|(?<![\w'])[a-z]'", " ", _key(name)).split()) + " "


@lru_cache(maxsize=8)
def _inner_aliases(reference: str | None) -> tuple[tuple[str, str, str], ...]:
    """Aliases worth finding inside a phrase: two or more words, or acronyms.

    Read once per process and reference folder (an edited actor table needs a new process).
    """
    from claimtrack.normalize.actors import _key, alias_index

    table, _ = alias_index(reference)
    inner = []
    for actor, row in table.iterrows():
        for alias in [row["name"], *row["aliases"].split("|")]:
            alias = alias.strip()
            # "the military" is one word once its article goes: too common to look for;
            # an acronym that spells a word ("WHO") is looked for in capitals only
            acronym = alias.isupper() and len(alias) >= 3 and not _spells_a_word(alias)
            if " " in _key(alias) or acronym:
                inner.append((_words(alias), actor, row["country"]))
    return tuple(inner)


def _spells_a_word(acronym: str) -> bool:
    """Whether an acronym is also a common word ("WHO": "residents who fled")."""
    return acronym.lower() in _WORDS_SPELLED


# Words an actor's acronym may spell: such acronyms are found in capitals only.
_WORDS_SPELLED = frozenset({"who", "can", "one", "aim", "act", "all", "are", "its", "was"})


@lru_cache(maxsize=64)
def _inner_in_order(reference: str | None, country: str | None) -> tuple:
    """The inner aliases, the country's own first, then the longest: sorted once per
    country (``guess_actors`` is asked for one phrase at a time, again and again)."""
    return tuple(
        sorted(_inner_aliases(reference), key=lambda a: (a[2] != (country or ""), -len(a[0])))
    )


@lru_cache(maxsize=64)
def _inner_by_word(reference: str | None, country: str | None) -> dict[str, tuple]:
    """The inner aliases by their first word, each with its rank in ``_inner_in_order``:
    a phrase is then tried against the aliases that may be in it only."""
    index: dict[str, list] = {}
    for rank, (alias, actor, home) in enumerate(_inner_in_order(reference, country)):
        index.setdefault(alias.split()[0], []).append((rank, alias, actor, home))
    return {word: tuple(found) for word, found in index.items()}


def _inner_actor(name: str, reference: str | None, country: str | None) -> str | None:
    """The actor of the first inner alias (in ``_inner_in_order``) a phrase holds."""
    key = _words(name)
    by_word = _inner_by_word(reference, country)
    found = sorted(c for word in set(key.split()) for c in by_word.get(word, ()))
    if not found:
        return None
    # "l'état-major général des armées burkinabè": Mali's alias inside Burkina's name
    named = _countries_named(name)
    return next(
        (a for _, alias, a, c in found if alias in key and (not named or not c or c in named)),
        None,
    )


@lru_cache(maxsize=8)
def _short_acronyms(reference: str | None) -> tuple[tuple[re.Pattern, str, str], ...]:
    """Two-letter acronyms ("UN", "IS") and those that spell a word ("WHO"), found inside
    a phrase as written, in capitals and not hyphenated: "a UN official" names the UN,
    "un officiel" and "the UN-backed government" do not."""
    from claimtrack.normalize.actors import alias_index

    table, _ = alias_index(reference)
    return tuple(
        (re.compile(rf"(?<![\w.-]){re.escape(alias)}(?![\w-])"), actor, row["country"])
        for actor, row in table.iterrows()
        for alias in (a.strip() for a in row["aliases"].split("|"))
        if alias.isupper() and alias.isalpha() and (len(alias) == 2 or _spells_a_word(alias))
    )


_EXACT: dict[tuple[str, str | None, str | None], str | None] = {}


def _exact_actors(
    names: tuple[str, ...], country: str | None, reference: str | None
) -> dict[str, str | None]:
    """The actor each name is an alias of, within ``country``; a per-process memo of names."""
    from claimtrack.normalize.actors import known_actors

    new = [n for n in names if (n, country, reference) not in _EXACT]
    if new:
        found = known_actors(new, country, reference)
        if len(_EXACT) > 100_000:
            _EXACT.clear()  # a bound on memory over a long corpus run
        for name, actor in zip(new, found, strict=True):
            _EXACT[(name, country, reference)] = actor
    return {n: _EXACT[(n, country, reference)] for n in names}


def guess_actors(
    names: pd.Series, country: str | None = None, reference: str | None = None
) -> pd.Series:
    """The actor each source phrase names, or None: the alias table, then a known name inside.

    "the rebel Convention of Patriots for Justice and Peace (CPJP)" names ``cpjp``;
    "Interior ministry spokesman" names the interior ministry. Inside a phrase,
    only aliases of two or more words, or acronyms, count ("army" alone is too
    common to mean Mali's army in an Afghan story), and actors of the text's own
    country come first.

    Example:
        >>> guess_actors(pd.Series(["the rebel leaders of JNIM", "a neighbour"])).tolist()
        ['jnim', None]
    """
    unique = names.fillna("").astype(str).unique()
    # "a resident who fled because he feared reprisals": the noun its relative hangs on
    heads = {name: _head(name) or _before_relative(name) for name in unique}
    # "le commandant des ADF": an acronym inside a phrase that only the text's country makes
    # one actor's (a context alias: the ADF of Congo, not of Cameroon)
    acronyms = {name: _ACRONYM.findall(name) for name in unique}
    # Generic words ("the army") resolve within the text's country only.
    inside = [a for found in acronyms.values() for a in found]
    asked = tuple(dict.fromkeys([*unique, *filter(None, heads.values()), *inside]))
    exact = _exact_actors(asked, country, reference)
    out = []
    for name in names.fillna(""):
        known = exact.get(name) or _inner_actor(name, reference, country)
        if not known and not name.isupper():
            known = next((a for p, a, _ in _short_acronyms(reference) if p.search(name)), None)
        known = known or (exact.get(heads[name]) if heads[name] else None)
        out.append(known or next(filter(None, map(exact.get, acronyms.get(name, ()))), None))
    return pd.Series(out, index=names.index, dtype="object")


_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{2,}(?![\w-])")
_RELATIVE = re.compile(r"\s+(?:who|that|which)\s.*$", re.IGNORECASE)


def _before_relative(name: str) -> str | None:
    """A source phrase less its relative clause, if it has one."""
    return _RELATIVE.sub("", name) if _RELATIVE.search(name) else None


# The last word, a name, not the object of a preposition ("a hospital in Moscow").
_HEAD = re.compile(r"(?:^|\s)(?P<before>[\w'-]+)\s+(?P<head>[A-Z][\w'-]{3,})\W*$")
_NAME_ROLE = re.compile(
    r"^(?:[Tt]he\s+)?(?P<head>[A-Z][\w'-]{2,}?)(?:['’]s)?\s+(?:(?:military|media|senior|top)\s+)?"
    r"(?:spokes(?:man|woman|person)|commander|leader|official|chief|fighter|military|force)s?$"
)
_GROUP_ROLE = re.compile(
    r"^(?:(?:an?|the|one|another)\s+)?(?P<group>rebel|insurgent|militant|guerrilla|separatist)"
    r"(?:s['’]?)?\s+(?:(?:military|senior|top|local)\s+)?"
    r"(?:spokes(?:man|woman|person)|commanders?|leaders?|officials?|chief|sources?)$",
    re.IGNORECASE,
)
_PREPOSITION = frozenset(
    {
        *("in", "of", "at", "on", "from", "near", "for", "to", "by"),
        *("de", "du", "des", "a", "au", "en", "dans", "pres", "sur", "par"),
    }
)


def _head(name: str) -> str | None:
    """The proper name a phrase ends in, its head: "Somalia's al-Qaida-linked Shebab" is
    the Shebab. Only a capitalised word (a name), never "army" (whose army?).

    Example:
        >>> _head("Somalia's al-Qaida-linked Shebab"), _head("Kenya's army"), _head("in Moscow")
        ('Shebab', None, None)
    """
    m = _HEAD.search(name)
    if m and m.group("before").lower() not in _PREPOSITION:
        return m.group("head")
    # "Taliban spokesman", "the Hamas military commander": the name before the role
    # ("Russian forces" is Russia's: the institution names it, not an actor's alias)
    # "a rebel spokesman", "Rebel sources", "the rebels' commander": the rebels, whom the
    # text's country names (a context alias), speak through them
    if group := _GROUP_ROLE.match(name.strip()):
        return f"{group.group('group').lower()}s"
    role = _NAME_ROLE.match(name.strip())
    return role.group("head") if role and not _a_country(role.group("head")) else None


def _a_country(word: str) -> bool:
    from claimtrack.countries import country_words
    from claimtrack.text import fold

    return fold(word).lower() in country_words()


def _countries_named(name: str) -> set[str]:
    """The countries a phrase's words name ("burkinabè" is BF)."""
    from claimtrack.extraction.institutions import _country

    return {c for w in re.findall(r"[\w'-]+", name) if (c := _country(w))}

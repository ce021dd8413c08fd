"""Where: the country a text is about, and the gazetteer places its sentences name.

Candidates are capitalised word runs ("Kayes", "Nioro du Sahel", "Syria’s Idlib");
each is matched within the text's country through ``claimtrack.normalize.places``
(the GeoNames gazetteer plus the project's overlay). Exact and alternate-name
matches count anywhere; a fuzzy match ("Gogoui" for Gogui) counts only where
the words around it say a place follows ("in", "near", "towns of", a list of
places). Names of countries, peoples, months and known actors are never places.

Example:
    >>> detect_country("Mali’s armed forces said attacks hit Kayes, in western Mali.")
    'ML'
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.countries import ACRONYMS, country_words, country_words_re
from claimtrack.extraction.sentences import shadow
from claimtrack.normalize.places import match_name
from claimtrack.text import fold

_CAPS = re.compile(
    r"(?<![\w'-])[A-Z][\w'-]+(?:\s+(?:du|de|des|la|el|al|ag)\s+[A-Z][\w'-]+|\s+[A-Z][\w'-]+){0,3}"
)
_PLACE_CONTEXT = re.compile(
    r"(?:\b(?:in|at|near|of|and|from|to|into|a|de|du|vers|pres de|towns?|villages?|cities|city"
    r"|localites?|communes?|region)|,)\s*$",
    re.IGNORECASE,
)
_NEVER = {
    "the",
    "in",
    "a",
    "an",
    "on",
    "at",
    "all",
    "other",
    "another",
    "specifically",
    "since",
    "while",
    "according",
    "these",
    "this",
    "those",
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "facebook",
    "twitter",
}


# The lowest fuzzy score a place name is taken at, and only after words that announce a place.
FUZZY_KEPT = 85.0
_ACRONYM_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(ACRONYMS)})(?![\w-])")


_BORDER_BEFORE = re.compile(
    r"\b(?:frontieres?|frontaliere?s?|borders?|bordering)(?:\s+(?:avec|du|des|de|d'|with|of))?"
    r"(?:\s+(?:la|le|les|l'|the))?\s*$",
    re.IGNORECASE,
)
_BORDER_AFTER = re.compile(r"\s*(?:border|frontier)\b", re.IGNORECASE)
_WORD = re.compile(r"\S*")


def detect_country(text: str, sample: int = 50000, reference: str | None = None) -> str | None:
    """The ISO code of the country the text names most (names and adjectives), or None.

    A text that names no country is placed by its capitals and by the actors of the
    ``reference`` folder's table (the project's when None) that have a country.

    Example:
        >>> detect_country("Les autorités burkinabè à Ouagadougou, au Burkina Faso")
        'BF'
        >>> detect_country("A car bomb hit the CAR capital; the car was parked.")
        'CF'
        >>> detect_country("The New People's Army ambushed troops in the hills.")
        'PH'
    """
    folded = fold(text[:sample])
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    words = country_words()
    found = [(words[m.group()], m.start()) for m in country_words_re().finditer(folded)]
    found += [(ACRONYMS[m.group()], m.start()) for m in _ACRONYM_RE.finditer(text[:sample])]
    for iso, at in found:
        # "près de la frontière malienne", "the Mali border": a neighbour, counted little
        # (an acronym's offset is the raw text's, maybe past the folded text's end)
        word_end = _WORD.match(folded, min(at, len(folded))).end()
        border = _BORDER_BEFORE.search(folded, max(0, at - 30), at) or _BORDER_AFTER.match(
            folded, word_end
        )
        counts[iso] = counts.get(iso, 0) + (0.25 if border else 1)
        first[iso] = min(first.get(iso, at), at)
    if not counts:
        return _country_of_names(folded, reference)
    return max(counts, key=lambda iso: (counts[iso], -first[iso]))


def _country_of_names(folded: str, reference: str | None = None) -> str | None:
    """For a text that names no country: the one whose capital or table actors (by their
    own names, not "the army") it names most ("the New People's Army in Bukidnon": PH)."""
    from claimtrack.extraction.institutions import capitals

    pattern, homes = _home_names(reference)
    counts: dict[str, int] = {}
    for m in pattern.finditer(folded):
        iso = capitals().get(m.group()) or homes.get(m.group())
        if iso:
            counts[iso] = counts.get(iso, 0) + 1
    return max(counts, key=counts.get) if counts else None


@lru_cache(maxsize=8)
def _home_names(reference: str | None = None) -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every capital and every actor's own alias that has a country, and
    each alias's country (folded)."""
    from claimtrack.extraction.institutions import capitals
    from claimtrack.normalize.actors import alias_index

    table = alias_index(reference)[0]
    homes = {
        fold(alias).strip(): iso
        for aliases, iso in zip(table["aliases"], table["country"], strict=True)
        if isinstance(iso, str) and iso and isinstance(aliases, str)
        for alias in aliases.split("|")
        if len(alias.strip()) >= 3
    }
    names = sorted({*homes, *capitals()}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names if n)
    return re.compile(rf"(?<![\w'-])(?:{alternatives})(?![\w'-])"), homes


@lru_cache(maxsize=8)
def _actor_words(reference: str | None) -> frozenset[str]:
    from claimtrack.normalize.actors import alias_index

    _, index = alias_index(reference)
    return frozenset(index)


def place_candidates(text: str) -> list[tuple[int, int, str]]:
    """Capitalised runs that could name places, with offsets; possessives split off.

    Example:
        >>> [c[2] for c in place_candidates("attacks in Syria’s Idlib and Nioro du Sahel")]
        ['Syria', 'Idlib', 'Nioro du Sahel']
    """
    shade = shadow(text)
    out = []
    for m in _CAPS.finditer(shade):
        start = m.start()
        for part in re.split(r"(?<=\w)'s\s+", m.group()):
            if part:
                out.append((start, start + len(part), text[start : start + len(part)]))
            start += len(part) + len(re.match(r"(?:'s\s+)?", shade[start + len(part) :]).group())
    return out


def _options(text: str, countries: dict, actors: frozenset) -> list[list[tuple[int, int, str]]]:
    """Each candidate place of a text: the run as written, then its head word if it has one."""
    out = []
    for start, _end, raw in place_candidates(text):
        key = fold(raw)
        if key in countries or key in _NEVER or key in actors or (raw.isupper() and len(raw) <= 5):
            continue
        lead = re.match(r"(?:The|La|Le|Les|L')\s+", raw)
        if lead:
            start, raw = start + lead.end(), raw[lead.end() :]
        # "Nioro du Sahel" is tried whole, then by its head word; a run of capitalised
        # words with no connector ("Khial Baz Khan") is a person more often than a place.
        options = [(start, start + len(raw), raw)]
        connector = re.search(r"\s(?:du|de|des|la|el|al)\s", raw)
        if connector:
            options.append((start, start + connector.start(), raw[: connector.start()]))
        out.append(options)
    return out


def find_places_in(
    texts: list[str], country: str | None, reference: str | None = None
) -> list[list[tuple[int, int, str]]]:
    """The places each text names, as written, with offsets: gazetteer-checked, in order.

    All the texts' distinct names are matched in one call (a long article repeats
    its places: matching per sentence would pay the gazetteer's overhead each time).

    Example:
        >>> [[p[2] for p in ps] for ps in find_places_in(["Kayes and Niono.", "Paris"], "ML")]
        [['Kayes', 'Niono'], []]
    """
    if not country:
        return [[] for _ in texts]
    countries, actors = country_words(), _actor_words(reference)
    candidates = [_options(text, countries, actors) for text in texts]
    contexts = [
        [bool(_PLACE_CONTEXT.search(shade[max(0, o[0][0] - 24) : o[0][0]])) for o in per_text]
        for shade, per_text in zip(map(shadow, texts), candidates, strict=True)
    ]
    # A fuzzy match counts only where the words before say a place follows: only names
    # found in such a context are worth the fuzzy search through the whole gazetteer.
    fuzzy = {
        o[2]
        for per_text, flags in zip(candidates, contexts, strict=True)
        for options, flag in zip(per_text, flags, strict=True)
        for o in options
        if flag
    }
    names = {o[2] for per_text in candidates for options in per_text for o in options}
    ref = str(reference) if reference else None
    matched = {n: match_name(n, country, ref, FUZZY_KEPT if n in fuzzy else None) for n in names}
    refused = {n for n in names if fold(n) in countries or fold(n) in _NEVER or fold(n) in actors}

    def ok(name: str, context: bool) -> bool:
        if name in refused:
            return False
        _, method, _ = matched[name]
        return method in ("exact", "alternate") or (method == "fuzzy" and context)

    found_all = []
    for per_text, flags in zip(candidates, contexts, strict=True):
        found: list[tuple[int, int, str]] = []
        for options, context in zip(per_text, flags, strict=True):
            whole = options[0]
            if ok(whole[2], context) or (len(options) > 1 and ok(options[1][2], context)):
                found.append(whole)  # "Nioro du Sahel": the name as written, its head matched
        found_all.append(found)
    return found_all


def find_places(
    text: str, country: str | None, reference: str | None = None
) -> list[tuple[int, int, str]]:
    """The places one text names (see ``find_places_in``).

    Example:
        >>> [p[2] for p in find_places("the towns of Nioro, Sandare, and Gogui", "ML")]
        ['Nioro', 'Sandare', 'Gogui']
    """
    return find_places_in([text], country, reference)[0]

"""French counts that the words written after them change: a breakdown, a bound, a death.

- the figures after "à savoir", "c'est-à-dire" or "soit" right after a count break that
  count down: they take its claim type, whatever the words after them say ("onze
  personnes tuées, à savoir cinq soldats et six civils, et plusieurs blessés": 5 and 6
  killed, the wounded their own; ``breakdowns``);
- "au moins" or "au minimum" set after a count between commas or at its end bound it
  ("Quatre soldats, au moins, ont été tués": at least 4; ``bound_after``);
- the wounded whose own verb is a death are dead ("un blessé grave est décédé", "un
  soldat blessé a succombé": 1 killed; ``wounded_who_died``);
- what "a sauté sur une mine" is destroyed if a thing ("deux blindés ont sauté sur des
  engins explosifs"), a casualty if a person ("trois soldats ont sauté sur une mine"), and
  nothing if a unit ("l'une des équipes": ``blown_up``);
- a count that took its claim from the conjunct before it has its own participle's when
  one follows its noun ("onze soldats ont été tués et huit véhicules volés": 8 seized, not
  destroyed; ``own_participle``);
- the vanishing of people its participle says were killed is their death ("la
  disparition de 11 soldats tués dans une embuscade": 11 killed, not missing;
  ``vanished_dead``).

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Onze personnes ont été tuées, à savoir cinq soldats et six civils."
    >>> toll = Found("killed", 0, 4, "Onze")
    >>> [(f.claim_type, f.value) for f in breakdowns(shadow(text), text, [toll])]
    [('killed', 'Onze'), ('killed', 'cinq'), ('killed', 'six')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import targets_fr
from claimtrack.extraction.number_forms import clean_value, not_a_count, quantity_re
from claimtrack.extraction.predicates import objects, type_of_participle
from claimtrack.text import fold

_I = re.IGNORECASE
# Between the count and its breakdown: its noun and participle or modifier (no figure, no
# clause of its own), then the marker: "onze personnes tuées par les assaillants, à savoir"
_MARKER = re.compile(
    r"[^,;:.()\d]{0,80}?,?\s*(?:a savoir|c'est-a-dire|soit)\s*:?\s+",
    _I,
)
# Where a breakdown ends: a clause or a list item of its own (", et plusieurs blessés")
# A figure of the breakdown opens it or an item of its list ("… et six civils"), never a
# complement ("soit une hausse de 5")
_ITEM = re.compile(r"(?:(?:a savoir|c'est-a-dire|soit)\s*:?|,|\bet|\bainsi que)\s+$", _I)
_END = re.compile(r"[;.()\[\]«»\"]|,\s*(?:et|mais|alors|tandis|ainsi)\b|,\s*(?:a|ont)\s", _I)


def breakdowns(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """The counts of a breakdown after "à savoir" / "soit" take the claim type of the count
    they break down (module docstring); figures the rules left unread there are added."""
    out = list(counts)
    for whole in sorted(counts, key=lambda f: f.start):
        if whole.subset or whole.stance != "asserts":
            continue
        m = _MARKER.match(shade, whole.end)
        if not m:
            continue
        stop = _END.search(shade, m.end())
        end = stop.start() if stop else len(shade)
        for q in quantity_re().finditer(shade, m.end(), end):
            start, q_end = q.span("value")
            if q.group("one") or not_a_count(q, shade) or not _ITEM.search(shade, 0, start):
                continue
            there = [f for f in out if f.start < q_end and start < f.end]
            value = clean_value(text[start:q_end])
            if not there and value:
                part = Found(whole.claim_type, start, q_end, value, None, confidence=0.6)
                out.append(replace(part, rule="list", subset=True))
            for f in there:
                if f.claim_type != whole.claim_type:
                    kind = whole.claim_type
                    out[out.index(f)] = replace(f, claim_type=kind, rule="list", subset=True)
    return out


# "Quatre soldats, au moins, ont été tués", "12 morts au moins": the bound after its count
_BOUND_AFTER = re.compile(
    r"(?:\s+[\w'-]+){1,3}?\s*(?:,\s*(?:au moins|au minimum)\s*,|\s+(?:au moins|au minimum)"
    r"(?=\s*[,.;]|$|\s+(?:ont|sont|avaient|etaient|auraient|seraient)\s))",
    _I,
)
_BOUNDED = re.compile(r"(?:au moins|au minimum|plus de|moins de|pres de|environ|quelque)\s", _I)


def bound_after(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """Counts with "au moins" written after them read as bounded (module docstring)."""
    out = []
    for f in counts:
        written = text[f.start : f.end]
        if (
            f.value == written
            and not _BOUNDED.match(shade, f.start)
            and _BOUND_AFTER.match(shade, f.end)
        ):
            f = replace(f, value=f"au moins {written}")
        out.append(f)
    return out


# "un blessé grave est décédé", "un soldat blessé a succombé dimanche": the clause's own verb,
# after the count's words (no "et", no comma), is a death
_DIED = re.compile(
    r"(?:\s+(?!(?:et|dont|ou|qui|que)\b)[\w'-]+){0,4}?\s+(?:est|sont|a|ont|etait|etaient"
    r"|avait|avaient|serait|seraient|aurait|auraient)\s+(?:(?:ensuite|finalement|depuis|lui"
    r"|eux|aussi|egalement)\s+)?(?:decedee?s?|morte?s?|succombee?s?|perie?s?)(?![\w-])",
    _I,
)


# "l'un des 40 blessés est mort": the whole a part is taken from keeps its claim
_WHOLE_BEFORE = re.compile(
    r"(?<![\w'-])(?:des|d'entre(?:\s+les)?|parmi(?:\s+les)?|sur les)\s*$", _I
)


def wounded_who_died(shade: str, counts: list[Found]) -> list[Found]:
    """A count read as wounded whose clause's own verb is a death is of the dead (not the
    whole a part is taken from)."""
    return [
        replace(f, claim_type="killed")
        if f.claim_type == "wounded"
        and f.stance == "asserts"
        and _DIED.match(shade, f.end)
        and not _WHOLE_BEFORE.search(shade, 0, f.start)
        else f
        for f in counts
    ]


# the clause's verb after the count's words: "ont sauté sur des engins explosifs"
_BLOWN = re.compile(
    r"(?:\s+(?!(?:et|dont|ou)\b)[\w'-]+){0,6}?\s+(?:ont|a|avaient|avait|auraient|aurait)\s+"
    r"saute\s+sur\s",
    _I,
)


def blown_up(shade: str, counts: list[Found]) -> list[Found]:
    """Counts that "ont sauté sur une mine": things destroyed, people casualties (module
    docstring); a count of neither is dropped."""
    out = []
    for f in counts:
        if f.claim_type in ("destroyed", "killed") and _BLOWN.match(shade, f.end):
            noun = fold(f.subject or "").split()
            if f.claim_type == "killed":
                f = replace(f, claim_type="casualties")
            elif noun and re.fullmatch(targets_fr.UNIT_NOUNS, noun[0]):
                continue  # "l'une des équipes": its people, whose fate is not said
        out.append(f)
    return out


# the words after a count, up to its participle: no "et", no mark ("huit véhicules
# militaires volés mercredi"), no auxiliary (a participle after one is the clause's own,
# shared by the conjuncts: "12 et 30 soldats ont été tués et blessés"), no whole a part is
# taken from ("trois des 30 élèves enlevées ont été tuées")
_WORDS_AFTER = re.compile(
    r"(?:\s+(?!(?:et|ou|dont|ainsi|ont|sont|a|est|avaient|etaient|avait|etait|auraient"
    r"|seraient|aurait|serait|des|de|d'entre|parmi|sur)\b|\S*\d)([\w'-]+)){1,4}",
    _I,
)


def _participle_type(word: str) -> str | None:
    """A participle's claim type, also of one the lexicon names after "été" ("volés")."""
    return type_of_participle(word) or type_of_participle(f"ete {word}")


def own_participle(shade: str, counts: list[Found]) -> list[Found]:
    """Counts read with their conjunct's claim take their own participle's (module
    docstring)."""
    out = []
    for f in counts:
        m = _WORDS_AFTER.match(shade, f.end) if f.rule in ("list", "conjunct") else None
        # the first word is the count's noun ("15 déplacés" are people, not a participle)
        for word in m.group(0).split()[1:] if m and f.stance == "asserts" else ():
            kind = _participle_type(word.lower())
            if kind:
                kind = objects(kind, f.subject)
                f = replace(f, claim_type=kind) if kind != f.claim_type else f
                break
        out.append(f)
    return out


# the noun of a count read by "la disparition de", an adjective maybe, then a participle
_NOUN_THEN = re.compile(r"\s+[\w'-]+(?:\s+[a-z]+)?\s+(?P<p>[a-z]+)(?![\w'-])", _I)
_NOUN_NEXT = re.compile(r"\s+[\w'-]+\s+(?P<p>[a-z]+)(?![\w'-])", _I)


def vanished_dead(shade: str, counts: list[Found]) -> list[Found]:
    """A count of the missing whose noun carries a participle of death are dead ("la
    disparition de 11 soldats tués": "disparition" is said of the dead, as "décès" is)."""
    out = []
    for f in counts:
        if f.claim_type == "missing" and f.rule == "verb":
            words = [
                m.group("p").lower()
                for p in (_NOUN_NEXT, _NOUN_THEN)
                if (m := p.match(shade, f.end))
            ]
            if any(_participle_type(w) == "killed" for w in words):
                f = replace(f, claim_type="killed")
        out.append(f)
    return out

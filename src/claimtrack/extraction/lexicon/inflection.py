"""A lemma's inflected forms, from spaCy's lemma tables (``spacy-lookups-data``), folded.

The tables map a form to its lemma ("killed" → "kill", "tuées" → "tuer"); read the
other way they give every form of a lemma. A form class picks the forms a slot wants:

- English (the suffix rules of spaCy's rule lemmatizer say which form is which):
  ``base`` the lemma, ``s`` third person, ``ing`` the gerund, ``past`` the past and
  past participle ("killed", "slain", "shot"), ``all`` every form (nouns: "deaths");
- French: ``part`` the past participle with its gender and number ("tué", "tuée",
  "tués", "tuées": a form whose feminine ``-e`` and ``-es`` are forms of the lemma),
  ``ant`` the present participle ("tuant"), ``inf`` the lemma, ``all`` every form.

Forms are folded (accents dropped, lower case) as the text's shadow is. The tables
are read once per process.

Example:
    >>> forms("kill", "en", "past"), forms("tuer", "fr", "part")
    (('killed',), ('tuees', 'tuee', 'tues', 'tue'))
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from functools import cache
from importlib.resources import files

from claimtrack.text import fold

CLASSES = {"en": ("base", "s", "ing", "past", "all"), "fr": ("part", "ant", "inf", "all")}


@cache
def _table(name: str) -> dict:
    """One gzipped JSON table of spacy-lookups-data, e.g. ``fr_lemma_lookup``."""
    data = files("spacy_lookups_data") / "data" / f"{name}.json.gz"
    return json.loads(gzip.decompress(data.read_bytes()))


@cache
def _inverse(lang: str, lemmas: frozenset[str]) -> dict[str, frozenset[str]]:
    """The folded forms of each lemma: the lookup table and the verb and adjective exceptions,
    inverted, and the forms of those forms the tables take for lemmas ("portées" → "porté")."""
    pairs: list[tuple[str, object]] = list(_table(f"{lang}_lemma_lookup").items())
    exceptions = _table(f"{lang}_lemma_exc")
    for pos in ("verb", "adj"):
        pairs += exceptions.get(pos, {}).items()
    found: dict[str, set[str]] = defaultdict(set)
    for wanted in (lemmas, None):
        if wanted is None:  # second pass: the forms found, as lemmas of further forms
            wanted = {form: lemma for lemma, forms in found.items() for form in forms}
        for form, lemma in pairs:
            for one in [lemma] if isinstance(lemma, str) else lemma:
                if one in wanted:
                    found[one if wanted is lemmas else wanted[one]].add(form)
    return {lemma: frozenset(map(fold, found[lemma] | {lemma})) for lemma in lemmas}


def _english(lemma: str, form: str) -> str:
    """The class of an English form of ``lemma``, by spaCy's verb suffix rules."""
    rules = _table("en_lemma_rules")["verb"]
    base = fold(lemma)
    if form == base:
        return "base"
    for suffix, replacement in rules:
        if form.endswith(suffix) and form[: -len(suffix)] + replacement == base:
            return {"ed": "past", "ing": "ing"}.get(suffix, "s")
    if base not in _table("en_lemma_exc")["verb"].get(form, ()):
        return "other"  # "dice" is no form of the verb "die"
    return "ing" if form.endswith("ing") else "past"  # irregular: "slain", "took", "shot"


def _french(forms: frozenset[str], form: str, lemma: str) -> set[str]:
    """The classes of a French form: a participle has its feminine and plural forms beside it."""
    kinds = {"inf"} if form == fold(lemma) else set()
    if form.endswith(("ant", "ante", "ants", "antes")):
        return kinds | {"ant"}
    for suffix in ("es", "e", "s", ""):
        masculine = form.removesuffix(suffix) if suffix else form
        # "pris", "prise", "prises": a masculine in -s has no other plural
        ends = ("", "e", "es") if masculine.endswith("s") else ("", "e", "s", "es")
        if all(masculine + end in forms for end in ends):
            kinds.add("part")
    return kinds


def _present_participle(lemma: str) -> set[str]:
    """The present participle of a verb in -er, which the tables often lack ("blessant",
    "neutralisant"): the stem and -ant, kept soft before it ("mangeant", "lançant")."""
    base = fold(lemma)
    if not base.endswith("er") or " " in base or len(base) < 4:
        return set()
    stem = base[:-2]
    return {stem + ("ant" if not stem.endswith("g") else "eant")}


@cache
def forms(lemma: str, lang: str, kind: str, lemmas: frozenset[str] = frozenset()) -> tuple:
    """The folded forms of ``lemma`` in class ``kind``, longest first.

    ``lemmas``: every lemma the caller will ask for, so that the tables are read once.

    Example:
        >>> forms("slay", "en", "past")
        ('slayed', 'slain', 'slew')
        >>> forms("mort", "fr", "part")
        ('mortes', 'morte', 'morts', 'mort')
    """
    if kind not in CLASSES[lang]:
        raise ValueError(f"form class {kind!r} for {lang}: expected one of {CLASSES[lang]}")
    every = _inverse(lang, frozenset(lemmas | {lemma}))[lemma]
    if lang == "fr":
        # The masculine "tué" (folded "tue") may be missing where "tuée" and "tuées" are.
        every = every | {f[:-1] for f in every if f.endswith("ee") and f"{f}s" in every}
        every = every | _present_participle(lemma)
        chosen = {f for f in every if kind == "all" or kind in _french(every, f, lemma)}
    else:
        chosen = {f for f in every if kind == "all" or _english(lemma, f) == kind}
    return tuple(sorted(chosen, key=lambda f: (-len(f), f[::-1], f)))

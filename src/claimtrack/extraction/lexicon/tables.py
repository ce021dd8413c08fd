"""The claim lexicon as data: ``claims.csv`` rows (lemma or phrase → claim type) as patterns.

A row gives a language, a slot (``participle`` after a counted subject, ``verb`` before
a count, ``event`` a claim without a count), a phrase, the form classes of its lemmas
(see ``inflection``), a claim type and a stance. In the phrase a word in braces is a
lemma, written in all the forms of the row's classes (``{kill}`` with ``past`` is
"killed"; ``{otage:all}`` picks its own class); a word in brackets is a choice of words
as written (``[a|ont|avoir]``); a last word ``![dans|aux]`` names words that may not follow
(the phrase is no claim there: "tombés" but not "tombés dans une embuscade"); other
words stand as written. The forms
come from spaCy's lemma tables, once per process, and are kept in the user's cache.

Example:
    >>> row = next(r for r in rows() if r.phrase == "{shoot} dead" and r.slot == "participle")
    >>> phrases(row), claim_words("participle")[pattern(row)]
    (('shot dead',), 'killed')
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import importlib.metadata
import itertools
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from claimtrack.extraction.lexicon import inflection
from claimtrack.project import cache_dir, write_json_atomic
from claimtrack.text import fold
from claimtrack.vocabulary import CLAIM_TYPES, STANCES

SLOTS = ("participle", "verb", "event")
_FILE = files("claimtrack.extraction.lexicon") / "claims.csv"
_LEMMA = re.compile(r"\{(?P<lemma>[^{}:]+)(?::(?P<kind>\w+))?\}")


@dataclass(frozen=True)
class Entry:
    """One row of the claim lexicon."""

    lang: str
    slot: str
    phrase: str
    forms: tuple[str, ...]
    claim_type: str
    stance: str


def _checked(line: int, row: dict[str, str]) -> Entry:
    """A row as an entry, or a one-line error naming the line, the field and what is accepted."""
    allowed = {
        "lang": tuple(inflection.CLASSES),
        "slot": SLOTS,
        "claim_type": CLAIM_TYPES,
        "stance": STANCES,
    }
    for field, values in allowed.items():
        if row.get(field) not in values:
            raise ValueError(
                f"claims.csv line {line}: {field} {row.get(field)!r}, expected one of {values}"
            )
    kinds = tuple((row.get("forms") or "").split())
    bad = [k for k in kinds if k not in inflection.CLASSES[row["lang"]]]
    if bad or (_LEMMA.search(row["phrase"]) and not kinds and ":" not in row["phrase"]):
        raise ValueError(
            f"claims.csv line {line}: forms {row.get('forms')!r}, expected form classes "
            f"of {inflection.CLASSES[row['lang']]} for the lemmas in braces"
        )
    return Entry(row["lang"], row["slot"], row["phrase"], kinds, row["claim_type"], row["stance"])


@lru_cache(maxsize=1)
def rows() -> tuple[Entry, ...]:
    """Every row of ``claims.csv``, checked.

    Example:
        >>> {r.slot for r in rows()} == set(SLOTS)
        True
    """
    with _FILE.open(encoding="utf-8", newline="") as handle:
        return tuple(_checked(n, row) for n, row in enumerate(csv.DictReader(handle), start=2))


def _requests() -> set[tuple[str, str, str]]:
    """Every (language, lemma, form class) the rows ask for."""
    out = set()
    for row in rows():
        for m in _LEMMA.finditer(row.phrase):
            for kind in [m["kind"]] if m["kind"] else row.forms:
                out.add((row.lang, m["lemma"], kind))
    return out


@lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[str, ...]]:
    """The forms of every lemma the rows name: from the user's cache, else made and cached.

    The cache key is the table, this code and the lemma data's version.
    """
    code = (files("claimtrack.extraction.lexicon") / "inflection.py").read_bytes()
    version = importlib.metadata.version("spacy-lookups-data")
    key = hashlib.sha256(_FILE.read_bytes() + code + version.encode()).hexdigest()[:16]
    path = cache_dir() / f"lexicon-forms-{key}.json"
    try:
        return {k: tuple(v) for k, v in json.loads(path.read_text()).items()}
    except (OSError, ValueError):
        pass  # not made yet, or unreadable: make it
    requests = _requests()
    lemmas = {
        lang: frozenset(lemma for la, lemma, _ in requests if la == lang) for lang in ("en", "fr")
    }
    made = {
        f"{lang}:{lemma}:{kind}": inflection.forms(lemma, lang, kind, lemmas[lang])
        for lang, lemma, kind in sorted(requests)
    }
    with contextlib.suppress(OSError):  # a read-only cache: the forms are made again next time
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in set(path.parent.glob("lexicon-forms-*.json")) - {path}:
            stale.unlink(missing_ok=True)  # made from an older table or code: never read again
        write_json_atomic(path, made)
    return made


def _said(phrase: str) -> list[str]:
    """The words of a phrase that are matched, without its last ``![…]`` (what may not follow)."""
    words = phrase.split()
    return words[:-1] if words and words[-1].startswith("![") else words


def _not_followed(phrase: str) -> str:
    """The lookahead of a phrase's last ``![…]`` word, or "".

    Example:
        >>> bool(re.match("tombes" + _not_followed("{tomber} ![dans|aux]"), "tombes dans"))
        False
        >>> _not_followed("{tomber}")
        ''
    """
    last = phrase.split()[-1] if phrase.split() else ""
    if not last.startswith("!["):
        return ""
    alts = "|".join(re.escape(fold(w)) for w in last[2:].strip("]").split("|"))
    return rf"(?!\s+(?:{alts})(?![\w-]))"


def _words(row: Entry) -> list[tuple[str, ...]]:
    """Each word of a row's phrase as its alternatives: a lemma's forms, else the word."""
    out = []
    for word in _said(row.phrase):
        m = _LEMMA.fullmatch(word)
        if not m:
            # "[a|ont|avoir]": words that may stand there, as written (auxiliaries, prepositions)
            out.append(tuple(fold(w) for w in word.strip("[]").split("|")))
            continue
        kinds = [m["kind"]] if m["kind"] else row.forms
        forms = [f for kind in kinds for f in _forms()[f"{row.lang}:{m['lemma']}:{kind}"]]
        if not forms:
            raise ValueError(f"claims.csv: {word} has no {'/'.join(kinds)} forms ({row.lang})")
        out.append(tuple(sorted(set(forms), key=lambda f: (-len(f), f))))
    return out


def phrases(row: Entry) -> tuple[str, ...]:
    """Every phrase a row matches, folded.

    Example:
        >>> [phrases(r) for r in rows() if r.phrase == "{blesser}" and r.slot == "participle"]
        [('blessees', 'blessee', 'blesses', 'blesse')]
    """
    return tuple(" ".join(words) for words in itertools.product(*_words(row)))


def pattern(row: Entry) -> str:
    """The regular expression of a row: each word's forms, longest first, spaces as ``\\s+``.

    Example:
        >>> [pattern(r) for r in rows() if r.phrase == "{kill}" and r.slot == "participle"]
        ['(?:killed)']
    """
    out, previous = "", ()
    for word, forms in zip(_said(row.phrase), _words(row), strict=True):
        if out:  # "[de|d'] {interpeller:inf}": "d'interpeller" is written without a space
            out += r"\s*" if any(f.endswith("'") for f in previous) else r"\s+"
        out += (
            "(?:" + "|".join(re.escape(f) for f in forms) + ")"
            if len(forms) > 1 or word.startswith(("{", "["))
            else re.escape(forms[0])
        )
        previous = forms
    return out + _not_followed(row.phrase)


def event_words(claim_type: str) -> str:
    """The event rows of one claim type as one alternation, longest phrases first.

    Example:
        >>> bool(re.fullmatch(event_words("shelling"), "shelled"))
        True
    """
    rows_ = [row for row in rows() if row.slot == "event" and row.claim_type == claim_type]
    return "|".join(sorted((pattern(r) for r in rows_), key=len, reverse=True))


@cache
def claim_words(slot: str) -> dict[str, str]:
    """The rows of a slot as ``{pattern: claim type}``, both languages.

    Example:
        >>> claim_words("verb")[r"la\\s+mort\\s+de"]
        'killed'
    """
    return {pattern(row): row.claim_type for row in rows() if row.slot == slot}


@cache
def claim_lemmas(lang: str) -> dict[str, str]:
    """The verbs a row names alone (its lemma, folded) and their claim type: an infinitive
    after "a permis de" is read by its lemma ("de saisir 10 armes").

    Example:
        >>> claim_lemmas("fr")["arreter"], claim_lemmas("fr")["saisir"]
        ('captured', 'seized')
    """
    return {
        fold(m["lemma"]): row.claim_type
        for row in rows()
        if row.lang == lang
        and row.slot in ("participle", "verb")
        and row.stance == "asserts"
        and (m := _LEMMA.fullmatch(row.phrase))
    }


@cache
def claim_nouns(lang: str) -> re.Pattern:
    """The claim named as a noun with its article ("la mort de", "l'enlèvement de"), the
    rows of the verb slot that open on an article, as one pattern on the shadow: what such
    a noun phrase holds is reported, it never reports.

    Example:
        >>> bool(claim_nouns("fr").match("la mort d'au moins un civil"))
        True
    """
    noun = re.compile(r"^(?:la|le|les|l')\s*\w", re.IGNORECASE)
    chosen = [
        pattern(r) for r in rows() if r.lang == lang and r.slot == "verb" and noun.match(r.phrase)
    ]
    return re.compile("|".join(longest_first(chosen)), re.IGNORECASE)


_GUARD = re.compile(r"\(\?!\\s\+\(\?:.*\)\(\?!\[\\w-\]\)\)$")


def longest_first(patterns) -> list[str]:
    """Patterns in the order an alternation must try them: the longest phrase first, by
    what it matches, not by its guard of words that may not follow ("pris à partie" before
    "pris ![en|pour|…]", whose list of words makes its pattern longer).

    Example:
        >>> guarded = r"pris(?!\\s+(?:en|pour|dans|sous|aux)(?![\\w-]))"
        >>> longest_first([guarded, "pris a partie"])[0]
        'pris a partie'
    """
    return sorted(patterns, key=lambda p: len(_GUARD.sub("", p)), reverse=True)

"""French clauses on a dependency parse: the counts and sources the regex rules miss.

spaCy's French pipeline (``fr_core_news_sm``: tagger, morphologizer, parser,
lemmatizer) reads a sentence once; this module ties each count to its predicate
through the tree ("sept soldats ont été tués et cinq autres blessés": killed 7,
wounded 5, whatever stands between the count and its participle), and
``french_sources`` finds who speaks. Both only add to what the rules found: a count
the rules already read, or a sentence they already gave a source, is left to them.

Only sentences that hold a quantity are parsed (the rest cost nothing), and the
pipeline is loaded once per process, without its named-entity recogniser.

Example:
    >>> from claimtrack.extraction.sentences import split_sentences
    >>> s = split_sentences("Selon l'armée, au moins sept civils auraient ainsi péri.")[0]
    >>> [(c.claim_type, c.value) for c in parse_counts(parse(s.text), s.shade, [])]
    [('killed', 'au moins sept')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import numbers, words
from claimtrack.extraction.lexicon.happenings import CLAIM_PARTICIPLES, CLAIM_VERBS, THING_RE
from claimtrack.extraction.lexicon.tables import longest_first
from claimtrack.extraction.number_forms import clean_value, not_a_count, quantity_re
from claimtrack.extraction.predicates import objects
from claimtrack.text import fold

if TYPE_CHECKING:  # spaCy is imported when the first French sentence is parsed, not before
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL = "fr_core_news_sm"
# Lemmas whose forms the lexicon's participle and verb lists do not spell: infinitives,
# finite forms and nouns of a death. The lexicon's forms are read first (one place).
CLAIM_LEMMAS = {
    **dict.fromkeys(
        (
            *("tuer", "mourir", "décéder", "périr", "succomber", "mort", "décès"),
            *("assassiner", "massacrer", "exécuter", "égorger", "fusiller"),
            *("corps", "cadavre", "dépouille", "assassinat"),  # "les corps de neuf civils"
        ),
        "killed",
    ),
    **dict.fromkeys(("blesser", "blessé"), "wounded"),
    **dict.fromkeys(
        ("enlever", "capturer", "kidnapper", "séquestrer", "interpeller", "appréhender"),
        "captured",
    ),
    **dict.fromkeys(("détruire", "incendier", "calciner", "raser"), "destroyed"),
    "enlèvement": "captured",
    "destruction": "destroyed",
    "disparition": "missing",
    "endommager": "damaged",
    "disparaître": "missing",
    "piller": "seized",
}
# Verbs that name a claim with a complement only: "pris en otage", "tombés au combat".
WITH_COMPLEMENT = {
    "prendre": (("otage",), "captured"),
    "tomber": (("combat", "champ"), "killed"),
}
# Verbs whose subject undergoes what they say ("trois soldats ont péri"), by the start of
# their forms (the small model lemmatizes "péri" as "péri"); the subject of
# another active verb is its agent ("le groupe a tué …"), never the count of a claim.
_UNDERGONE = ("mour", "meur", "mort", "deced", "peri", "succomb", "dispar", "fui", "fuy")
# Claim types a count is tied to through the tree; attacks and presence stay with the rules,
# which know which counted things (places, forces) they may hold.
_COUNTED_TYPES = frozenset(
    {"killed", "wounded", "captured", "destroyed", "damaged", "missing", "seized", "displaced"}
)
_NEGATION = frozenset({"pas", "jamais", "aucun", "aucune", "nul"})


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The French pipeline, loaded once per process, without named entities.

    Example:
        >>> "parser" in pipeline().pipe_names, "ner" in pipeline().pipe_names
        (True, False)
    """
    import spacy

    return spacy.load(MODEL, exclude=["ner"])


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def parse(text: str) -> Doc:
    """A sentence parsed: tokens, lemmas, parts of speech and dependencies. Curly
    apostrophes are read as straight ones ("l’AFP" is "l'" and "AFP"); offsets are kept.

    Example:
        >>> [t.lemma_ for t in parse("Les soldats ont été tués.")]
        ['le', 'soldat', 'avoir', 'être', 'tuer', '.']
    """
    doc = pipeline()(text.translate(_APOSTROPHES))
    doc.user_data["written"] = text
    return doc


def written(doc: Doc, start: int, end: int) -> str:
    """The characters ``start:end`` of a parsed sentence as written (curly apostrophes too).

    Example:
        >>> written(parse("l’AFP"), 0, 5)
        'l’AFP'
    """
    return doc.user_data.get("written", doc.text)[start:end]


_CLAIM_WORDS = {**CLAIM_VERBS, **CLAIM_PARTICIPLES}
# The lexicon's one-word participles and verbs, as whole-form patterns
_FORMS = [(re.compile(k), v) for k, v in _CLAIM_WORDS.items() if " " not in k]
# The lexicon's phrases that open with a word ("pris à partie", "pris en otage"), longest
# first: where one is written, its claim type is the word's, not the word's own row's
_PHRASES = [(re.compile(k), _CLAIM_WORDS[k]) for k in longest_first(_CLAIM_WORDS) if r"\s" in k]


def stem(lemma: str) -> str:
    """A lemma's stem, for a quick look before a parse: "tuer" → "tu", "détruire" → "detrui"."""
    return re.sub(r"(?<=\w\w)(?:er|ir|re|oir)$", "", fold(lemma))


# Any form of a claim word, in the shadow: a sentence without one is not worth a parse.
CLAIM_WORD = words(
    "|".join(
        [
            *CLAIM_VERBS,
            *CLAIM_PARTICIPLES,
            *(rf"{stem(k)}\w*" for k in [*CLAIM_LEMMAS, *WITH_COMPLEMENT]),
            # a toll noun is a claim word too: "les autorités parlent de 12 victimes"
            *(re.escape(k) for k in numbers.TOLL_NOUNS),
        ]
    )
)


@lru_cache(maxsize=4096)
def _claim_of(form: str, lemma: str) -> str | None:
    for pattern, kind in _FORMS:
        if pattern.fullmatch(form):
            return kind
    return CLAIM_LEMMAS.get(lemma)


def claim_type(token: Token) -> str | None:
    """The claim type a word names, by its form in the lexicon or its lemma; None if none.

    Example:
        >>> doc = parse("Ils ont tué trois otages et incendié deux maisons.")
        >>> [claim_type(t) for t in doc if t.pos_ == "VERB"]
        ['killed', 'destroyed']
    """
    if token.lemma_ in WITH_COMPLEMENT:
        complements, kind = WITH_COMPLEMENT[token.lemma_]
        if any(c.lemma_ in complements for c in token.children):
            return kind
    form = fold(token.text.lower())
    rest = fold(token.doc.text[token.idx : token.idx + 60].lower())
    phrase = next((k for p, k in _PHRASES if (m := p.match(rest)) and m.end() > len(form)), None)
    kind = phrase or _claim_of(form, token.lemma_.lower())
    return kind if kind in _COUNTED_TYPES and (phrase or _may_follow(token)) else None


def _may_follow(token: Token) -> bool:
    """Whether the words after a claim word leave it a claim: a lexicon row may name words
    that must not follow ("tombés", but not "tombés dans une embuscade")."""
    form = fold(token.text.lower())
    guarded = [p for p, _ in _FORMS if "(?!" in p.pattern and p.fullmatch(form)]
    if not guarded:
        return True
    rest = fold(token.doc.text[token.idx :].lower())
    return any((m := p.match(rest)) and m.end() == len(form) for p in guarded)


_OF = frozenset({"de", "d'", "d’", "des", "du"})


def _negated(token: Token) -> bool:
    """ "n'ont pas été tués", "aucun soldat": a predicate or count denied in its clause."""
    return any(c.lower_ in _NEGATION for c in token.children)


def _denied(verb: Token) -> bool:
    """ "les 12 soldats n'ont pas été tués": the verb itself negated ("ne … pas", "ne …
    jamais"), so the figure is denied; "aucun" is a count of none, not a denial."""
    return any(
        c.lower_ in ("pas", "jamais") and c.nbor(1).lower_ not in ("moins", "plus")
        for c in verb.children
        if c.i + 1 < len(verb.doc)
    ) and any(c.lower_ in ("ne", "n'", "n’") for c in verb.children)


def _first_conjunct(token: Token) -> Token:
    """ "cinq soldats et 12 civils": the clause's role is held by the first conjunct."""
    while token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        token = token.head
    return token


def predicate(noun: Token) -> Token | None:
    """The claim word a counted noun is tied to, through the tree; None if none.

    In order: a participle or adjective on the noun ("27 soldats tués"), the noun itself
    ("cinq blessés"), the verb it is subject or object of (after coordination: "Deux
    soldats et un civil ont été tués"), the death it is the complement of ("la mort de
    trois otages").

    Example:
        >>> doc = parse("Trois gendarmes et deux civils ont été tués mardi.")
        >>> predicate(doc[4]).text
        'tués'
    """
    for child in noun.children:
        if child.dep_ in ("acl", "amod", "acl:relcl") and claim_type(child) and _passive(child):
            return child
    if noun.pos_ == "NOUN" and claim_type(noun) and noun.dep_ != "obj":
        return noun
    head = _first_conjunct(noun)
    verb = head.head
    if claim_type(verb) and (
        head.dep_ == "obj" or (head.dep_.startswith("nsubj") and _undergoes(verb))
    ):
        return verb
    if head.dep_ == "nmod" and head.head.pos_ == "NOUN" and claim_type(head.head):
        return head.head  # "la mort de trois otages", "l'enlèvement de 20 élèves"
    return None


def _own_participle(noun: Token) -> bool:
    """Whether a counted noun carries its claim's participle ("40 soldats de l'unité tués")."""
    return any(
        c.dep_ in ("acl", "amod", "acl:relcl") and claim_type(c) and _passive(c)
        for c in noun.children
    )


def _undergoes(verb: Token) -> bool:
    """Whether a verb's subject is what it happens to: a passive, a copula ("sont morts"),
    a verb of dying or vanishing."""
    return fold(verb.lower_).startswith(_UNDERGONE) or any(
        c.dep_ in ("cop", "aux:pass", "nsubj:pass") for c in verb.children
    )


def _passive(participle: Token) -> bool:
    """A participle said of the noun it hangs on ("27 soldats tués"), not an active verb
    with its own object or its auxiliary "avoir" ("un communiqué … avoir tué 10 soldats")."""
    return not any(
        c.dep_ in ("obj", "nsubj") or (c.dep_ == "aux:tense" and c.lemma_ == "avoir")
        for c in participle.children
    ) or any(c.dep_ == "aux:pass" for c in participle.children)


def _apposed(m: re.Match, verb: Token, noun: Token) -> bool:
    """ "récupéré neuf positions autour de X, un territoire proche de Goma": an article
    after a comma names what was said before it; it is no second object of the verb."""
    doc = noun.doc
    return bool(m.group("one")) and any(t.is_punct for t in doc[verb.i + 1 : noun.i])


def _anchor(doc: Doc, start: int, end: int) -> Token | None:
    """The token of a quantity phrase that hangs on the rest of the sentence."""
    inside = [t for t in doc if start <= t.idx < end]
    outer = [t for t in inside if not start <= t.head.idx < end or t.head.i == t.i]
    return outer[-1] if outer else None


def parse_counts(doc: Doc, shade: str, taken: list[tuple[int, int]]) -> list[Found]:
    """Counts tied to a claim word through the parse, outside the spans ``taken``.

    ``taken``: spans the count may not lie in (sources, counts the rules read).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Sept soldats ont été tués et cinq autres blessés."
        >>> [(c.claim_type, c.value) for c in parse_counts(parse(text), shadow(text), [])]
        [('killed', 'Sept'), ('wounded', 'cinq')]
    """
    found: list[Found] = []
    for m in quantity_re().finditer(shade):
        start, end = m.span("value")
        if not_a_count(m, shade) or any(a <= start < b for a, b in taken):
            continue
        anchor = _anchor(doc, start, end)
        if anchor is None or _negated(anchor):
            continue
        # "neuf civils": the small model may read a number word as an adjective
        noun = anchor.head if anchor.dep_ in ("nummod", "det", "amod") else anchor
        cases = {c.lower_ for c in noun.children if c.dep_ == "case"}
        if cases and (cases - _OF or (noun.dep_ != "nmod" and not _own_participle(noun))):
            # "dans un communiqué", "blessés dans les deux camps": a count after a preposition
            # is no claim's subject; only "de" ties it to a death ("la mort de trois otages")
            # or to its own participle ("font état de 40 soldats de l'unité tués")
            continue
        verb = predicate(noun)
        value = clean_value(written(doc, start, end))
        denied = verb is not None and _denied(verb)
        if verb is None or value is None or _apposed(m, verb, noun):
            continue
        if _negated(verb) and not denied:
            continue
        subject = None if noun in (verb, anchor) else noun.text
        kind = objects(claim_type(verb), subject)  # "abattu un hélicoptère": destroyed
        if kind == "displaced" and subject and THING_RE.fullmatch(fold(subject).lower()):
            continue  # "ont fui un camp": the place fled, no count of people displaced
        stance = "denies" if denied else "asserts"
        found.append(Found(kind, start, end, value, subject, stance, 0.6, rule="parse"))
    return found

"""Who a French subject pronoun stands for: the subject of the sentence before, when it
could speak and agrees with the pronoun.

"Le porte-parole du mouvement a qualifié ce bilan de mensonge. « Nous n'avons perdu que
deux hommes », a-t-il déclaré.": *il* is the spokesman, the subject of the sentence
before, though that sentence reports nothing (the rules found no source in it, so the
last source the walk remembers is someone else). Subject continuity is how French wire
copy chains its sentences; the pronoun's gender and number must agree with the subject
("L'armée a démenti. …, a-t-il ajouté": *il* is not the army), and the subject must be
something that can speak (a name, a role, a body: not "le bilan", not "l'attaque").
Otherwise the pronoun keeps the last source, as before.

The sentence before is parsed only when the sentence read has a pronoun for a source.

Example:
    >>> from claimtrack.extraction.sentences import split_sentences
    >>> s = split_sentences("Le préfet de la région s'est rendu sur place lundi.")[0]
    >>> antecedent(s, "il")
    'Le préfet de la région'
    >>> antecedent(s, "elle") is None
    True
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimtrack.extraction.french_parse import parse, written
from claimtrack.extraction.french_sources import cut
from claimtrack.extraction.lexicon import words
from claimtrack.extraction.lexicon.source_words import PERSON_NOUNS
from claimtrack.extraction.lexicon.tables import claim_lemmas
from claimtrack.extraction.source_names import (
    ROLE,
    SOURCE_NOUN,
    is_person,
    titled_person,
    valid_source,
)
from claimtrack.text import fold

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimtrack.extraction.attribution import Attribution
    from claimtrack.extraction.sentences import Sentence
    from claimtrack.extraction.sources import SourceMemory

# The subject pronouns (and "lui" of "selon lui"), with the gender and number they take.
PRONOUNS = {
    "il": ("Masc", "Sing"),
    "lui": ("Masc", "Sing"),
    "elle": ("Fem", "Sing"),
    "ils": (None, "Plur"),  # a mixed plural is masculine: any gender agrees
    "elles": ("Fem", "Plur"),
}
_PERSON = words(PERSON_NOUNS)


def _speaks(subject: Token, phrase: str) -> bool:
    """Whether a subject names someone who may speak: a name, a role, a body, by its head
    noun or the role set beside it ("Ali Koné, porte-parole du mouvement")."""
    heads = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    named = any(_named(t) for t in heads)
    nouns = [fold(t.text) for t in heads]
    can = named or any(p.search(n) for p in (SOURCE_NOUN, ROLE, _PERSON) for n in nouns)
    return can and valid_source(phrase)


def _named(token: Token) -> bool:
    """A name: a proper noun, a capitalised word inside the sentence, an acronym ("JNIM")."""
    capital = token.text[:1].isupper() and (token.i > 0 or token.text.isupper())
    return token.pos_ == "PROPN" or capital or any(c.dep_ == "flat:name" for c in token.children)


def _gender(noun: Token) -> list[str]:
    """A noun's gender, its determiner's first: "la ministre" is feminine, whatever the
    tagger says of "ministre"."""
    for child in noun.children:
        if child.dep_ == "det" and child.morph.get("Gender"):
            return child.morph.get("Gender")
    return noun.morph.get("Gender")


def agrees(pronoun: str, phrase: str) -> bool:
    """Whether a French subject pronoun may stand for a source named by ``phrase``: its
    head noun's gender agrees ("L'armée a annoncé … . Il a précisé …": *il* is not the
    army). A name, or a noun whose gender the parse does not give, agrees.

    Example:
        >>> agrees("il", "L'armée"), agrees("elle", "L'armée"), agrees("il", "Ali Sow")
        (False, True, True)
    """
    gender = PRONOUNS[pronoun.lower()][0]
    if gender is None:
        return True
    doc = parse(phrase)
    head = next((t for t in doc if t.dep_ == "ROOT"), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or _named(head):
        return True
    if fold(head.text).lower() in _EITHER_SEX:
        return True  # "une source militaire … », a-t-il précisé": a man the noun calls "une"
    return _gender(head) in ([], [gender])


# Feminine nouns for one person of either sex: "il" may stand for them as "elle" does.
_EITHER_SEX = frozenset({"source", "autorite", "personnalite", "sentinelle", "recrue"})


def antecedent(sentence: Sentence, pronoun: str) -> str | None:
    """The subject of ``sentence``'s main clause, as written, if a ``pronoun`` in the next
    sentence may stand for it; None otherwise.

    Example:
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> s = split_sentences("Le bilan reste incertain.")[0]
        >>> antecedent(s, "il") is None
        True
    """
    gender, number = PRONOUNS[pronoun.lower()]
    doc = parse(sentence.text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None) if root else None
    if subject is not None and subject.dep_ == "nsubj:pass" and _dead(root):
        return None  # "Le maire a été tué. Il …": not the mayor
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if _FIGURE.fullmatch(fold(subject.text)):
        return figure_owner(sentence.text[cut(subject).start_char : cut(subject).end_char], pronoun)
    # a name is one person, whatever number the tagger gives "Ali"; "X et Y" are two
    named = _named(subject)
    plural = any(c.dep_ == "conj" for c in subject.children) or (
        not named and subject.morph.get("Number") == ["Plur"]
    )
    if plural != (number == "Plur"):
        return None
    if gender and _gender(subject) not in ([], [gender]):
        return None
    span = cut(subject)
    start, end = _with_role(sentence.shade, subject, span.start_char, span.end_char)
    if not _speaks(subject, sentence.shade[start:end]):
        return None
    return written(doc, start, end)


# A figure or a document, and who gave it: "Le bilan donné par l'ONG est plus lourd. Selon
# elle, …" (the pronoun stands for the NGO, not for the toll). Folded.
_FIGURE = re.compile(r"bilans?|chiffres?|communiques?|rapports?|versions?|decomptes?")
_GIVEN_BY = re.compile(
    r"^(?:[\w'’]+\s*){1,3}?(?:(?:avancee?s?|donnee?s?|fournie?s?|publiee?s?|communiquee?s?"
    r"|diffusee?s?|etablie?s?|presentee?s?|rendue?s?\s+publics?)\s+"
    r"(?:(?:[\w'’]+\s+){0,3}?)par\s+|de\s+(?=la\s|l['’])|(?P<of>du|des)\s+)"
)


def figure_owner(phrase: str, pronoun: str) -> str | None:
    """Who gave the figure or document ``phrase`` names, as written, if ``pronoun`` may
    stand for them: "le bilan donné par l'ONG" gives "l'ONG" to "elle".

    Example:
        >>> figure_owner("le bilan donné par l'ONG", "elle")
        "l'ONG"
        >>> figure_owner("le bilan de l'attaque", "elle") is None
        True
    """
    m = _GIVEN_BY.match(fold(phrase))
    if not m:
        return None
    owner = phrase[m.end() :].strip()
    if m["of"]:  # "le rapport du gouvernement": "le gouvernement"
        owner = ("le " if m["of"] == "du" else "les ") + owner
    # (read as a clause's opening subject, capitalised as one: "L'armée a dit")
    said = opening_subject(owner[:1].upper() + owner[1:] + " a dit", pronoun)
    return owner if said else None


# The subject that opens a clause, before its finite verb, past an opening adverbial ("Plus
# tard, le préfet, Ali Sow, est …"): what the parse misreads ("L'armée malienne n'a …").
_OPENING_SUBJECT = re.compile(
    r"(?P<subj>[^,;:«»\"()]{2,100}?(?:,[^,;:«»\"()]{2,80},)?)\s+(?:ne\s+|n['’])?"
    r"(?:s['’]|se\s+)?(?:a|ont|avait|avaient|est|sont|était|étaient|aurait|auraient)\s",
    re.IGNORECASE,
)
# An opening adverbial before the subject: "Plus tard, ", "Lundi, ", "Par ailleurs, ".
_OPENER = re.compile(r"^[^,«»\"]{1,25},\s*")
_MANY = re.compile(r"^(?:les|des|ces|leurs|plusieurs|deux|trois|certains|certaines)\s|\set\s", re.I)


def _opening(clause: str) -> re.Match | None:
    """The clause's opening subject and its auxiliary, past an opening adverbial."""
    opener = _OPENER.match(clause)
    return _OPENING_SUBJECT.match(clause) or (
        opener and _OPENING_SUBJECT.match(clause, opener.end())
    )


def done_to(clause: str) -> bool:
    """Whether a clause opens with a subject something was done to ("Le maire a été tué
    lundi"): no pronoun after it stands for that subject, whatever the parse makes of it.

    Example:
        >>> done_to("Le maire a été blessé lundi"), done_to("Le maire a parlé lundi")
        (True, False)
    """
    m = _opening(clause)
    return bool(m and re.match(r"\s*été\s", clause[m.end() :]))


def opening_subject(clause: str, pronoun: str) -> str | None:
    """The clause's opening subject, as written, if a ``pronoun`` may stand for it: a name,
    a role or a body of the same number and gender, not one harmed ("Le maire a été tué").

    Example:
        >>> opening_subject("L'armée malienne n'a pas confirmé les attaques", "elle")
        "L'armée malienne"
        >>> opening_subject("L'armée malienne n'a pas confirmé les attaques", "ils") is None
        True
    """
    m = _opening(clause)
    if not m or done_to(clause):
        return None
    subject = m.group("subj").strip(" ,")
    if bool(_MANY.search(subject)) != (PRONOUNS[pronoun.lower()][1] == "Plur"):
        return None
    from claimtrack.extraction.source_kinds import known_body  # (it imports us)

    folded = fold(subject)
    can = known_body(subject) or is_person(subject) or titled_person(subject)
    can = can or any(p.search(folded) for p in (SOURCE_NOUN, ROLE, _PERSON))
    if not can or not valid_source(subject) or not agrees(pronoun, subject):
        return None
    return subject


# "Le chef du village a été blessé. Il a déclaré …": who something was done to may speak
# next, unless he was killed.
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def _dead(verb: Token) -> bool:
    """Whether a verb kills its passive subject ("a été tué", "a été abattu")."""
    return claim_lemmas("fr").get(fold(verb.lemma_)) == "killed"


def _with_role(shade: str, subject: Token, start: int, end: int) -> tuple[int, int]:
    """A name's role kept with it, either side: "Le porte-parole du mouvement, Ali Koné," and
    "Ali Koné, porte-parole du mouvement," (the institution speaks through the person)."""
    before = shade[:start].rstrip()
    if before.endswith(",") and ROLE.search(fold(before)) and valid_source(before[:-1].strip()):
        start = len(before[:-1]) - len(before[:-1].lstrip())  # the role opens the sentence
    for child in subject.children:
        named = child.pos_ == "PROPN" or ROLE.search(fold(child.text))
        if child.dep_ == "appos" and child.i > subject.i and named:
            end = max(end, cut(child).end_char)
    return start, end


def refer_back(memory: SourceMemory, previous: Sentence, attributions: list[Attribution]) -> None:
    """Make the subject of the sentence before the last source remembered, when a subject
    pronoun of this sentence's sources stands for it (the sentence before named no source).

    Example:
        >>> from claimtrack.extraction.attribution import find_attributions
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> from claimtrack.extraction.sources import SourceMemory
        >>> before, s = split_sentences(
        ...     "Le maire s'est rendu sur place. Il a affirmé que 12 civils ont été tués."
        ... )
        >>> memory = SourceMemory()
        >>> refer_back(memory, before, find_attributions(s))
        >>> memory.last.raw
        'Le maire'
    """
    pronoun = next((a.phrase for a in attributions if a.phrase.lower() in PRONOUNS), None)
    if pronoun and (named := antecedent(previous, pronoun)):
        # "M. Villegas": the person named in full before, with the office he spoke for
        surname = named.split()[-1]
        memory.last = memory.resolve(surname if surname in memory.people else named)


# A stressed pronoun after "selon", and the subject pronoun it agrees with.
_STRESSED = {"lui": "lui", "elle": "elle", "eux": "ils", "elles": "elles"}
_SUBJECT_PRONOUNS = {p: p for p in ("il", "elle", "ils", "elles")}
# The word that links a clause to the one before it, left off the clause before.
_CLAUSE_LINK = re.compile(
    r"(?:\s+|^)(?:et|mais|puis|où|ou|or|cependant|toutefois|néanmoins|pourtant|dont|quand|car"
    r"|donc|(?:lors|alors|tandis|avant|après|parce|si bien)\s*qu['’])$",
    re.IGNORECASE,
)
# A quotation still open where the pronoun stands: its words are another's.
_OPEN_QUOTE = re.compile(r"«[^»]*$|^[^\"]*\"(?:[^\"]*\"[^\"]*\")*[^\"]*$")


def own_antecedents(sentence: Sentence, attributions: list[Attribution]) -> None:
    """ "Le maire a décrit l'attaque : selon lui, 12 civils ont été tués": a stressed
    pronoun after "selon" stands for the subject of the clause before it, in the same
    sentence, when that subject can speak and agrees with it (else it is resolved across
    sentences, as before); so does a subject pronoun that opens a later clause ("L'armée
    n'a pas confirmé l'attaque, mais elle affirme avoir tué …", "Le préfet s'est rendu à
    Kadi, où il a annoncé …")."""
    for a in attributions:
        pronoun = a.phrase.lower()
        if a.antecedent or not (
            (a.kind == "according" and pronoun in _STRESSED)
            or (a.kind == "head" and pronoun in _SUBJECT_PRONOUNS)
        ):
            continue
        before = sentence.text[: min(a.start, a.verb_start)].rstrip(" ,;:(—-")
        # "… a décrit l'attaque et, selon lui, …", "…, cependant, elle a …", "…, où il a …"
        before = _CLAUSE_LINK.sub("", before).rstrip(" ,;:(—-")
        if len(before.split()) < 3 or _OPEN_QUOTE.search(before):
            continue  # a quotation's subject is not the reporter's ("« X a menti », a-t-il")
        if a.kind == "head" and done_to(before):
            continue  # "Le maire a été tué, et il …": not the mayor
        clause = replace(sentence, end=sentence.start + len(before), text=before)
        clause = replace(clause, shade=sentence.shade[: len(before)])
        said = (_STRESSED if a.kind == "according" else _SUBJECT_PRONOUNS)[pronoun]
        # the clause's opening subject first: the parse cuts names it misreads ("Ali Sow")
        a.antecedent = opening_subject(before, said) or antecedent(clause, said)


# What a sentence (not a headline) ends with: its stop, a closing quotation, a bracket.
_ENDS_SENTENCE = re.compile(r"[.!?…»\"”)]\s*$")


def after_headline(previous: Sentence | None, sentence: Sentence) -> bool:
    """Whether a sentence opens the body after a headline: a line before it, in another
    paragraph, that ends with no stop. A headline's source sums the article up; the
    hearsay conditional of the lede after it ("Des centaines de rebelles auraient
    trouvé la mort") is the outlet's report, not that source's.

    Example:
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> head, lede = split_sentences("L'armée affirme avoir tué 40 rebelles\\n\\nDes "
        ...     "centaines de rebelles auraient été tués.")
        >>> after_headline(head, lede)
        True
    """
    return (
        previous is not None
        and previous.paragraph != sentence.paragraph
        and not _ENDS_SENTENCE.search(previous.text)
    )

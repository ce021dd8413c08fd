"""Who speaks in a French sentence, read from its dependency parse.

The subject of a reporting verb ("Des habitants qui ont fui ont affirmé que …"), an
inverted subject after a quotation ("…, a indiqué à l'AFP le porte-parole"), and
"selon X" / "d'après X", each with the full noun phrase of the source as written (its
relative clause and its complements kept), less what is no part of it: the listener
("à l'AFP"), a participle set off by commas ("joint par téléphone"). The frames are
the rules' own (``Attribution``), so the rest of the walk reads them unchanged.

Example:
    >>> sorted(DENYING_LEMMAS)
    ['contester', 'démentir', 'nier', 'rejeter', 'réfuter']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimtrack.extraction.attribution import Attribution
from claimtrack.extraction.french_parse import written
from claimtrack.extraction.lexicon.french_speech import DENYING_LEMMAS, REPORTING_LEMMAS
from claimtrack.extraction.lexicon.inflection import forms
from claimtrack.extraction.lexicon.tables import claim_nouns
from claimtrack.extraction.source_names import ROLE, SOURCE_NOUN, valid_source
from claimtrack.text import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_CLAIM_NOUN = claim_nouns("fr")

# Any form of a reporting verb ("appris", "reconnu", "dit-il"), or "selon" / "d'après", in the
# shadow, from the lemma tables: without one no frame is parsed.
SPEAKING = re.compile(
    r"(?<![\w-])(?:selon|apres|(?:fai|fon)\w* etat|"
    + "|".join(
        sorted({f for k in REPORTING_LEMMAS for f in forms(k, "fr", "all", REPORTING_LEMMAS)})
    )
    + r")(?!\w)",
    re.IGNORECASE,
)
# "selon nos informations", "selon toute vraisemblance": the outlet's voice, a manner
_OWN = frozenset({"nos", "notre", "toute", "tout"})
_TOLD_BY = frozenset({"de", "auprès", "d'"})
_QUOTES = frozenset({'"', "«", "»", "“", "”"})
_THAT = frozenset({"que", "qu'", "qu’"})
_INVERTED_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})  # not "on": no one named
# Prepositions that introduce a source's noun phrase, no part of it: "selon X", "auprès de
# X", "par X" (the agent of a passive: "contesté par le gouvernement qui affirme …").
_BEFORE_SOURCE = frozenset({"selon", "d'", "après", "de", "auprès", "par"})
# What hangs on a source but is no part of it: the listener, a channel, a time.
_NOT_SOURCE_CASES = frozenset({"à", "au", "aux", "dans", "sur", "lors", "par"})


def _cases(token: Token) -> set[str]:
    """The prepositions a noun phrase is introduced by: "à", "de", "auprès" …"""
    return {c.lower_ for c in token.children if c.dep_ in ("case", "fixed")}


def _said(child: Token) -> bool:
    """A clause "que …" the parser hung on the source ("auprès d'un élu que 12 soldats …"):
    what was said, no part of who said it."""
    marks = (g.lower_ for g in child.children if g.dep_ == "mark")
    return child.dep_ in ("acl", "ccomp", "advcl") and any(m in ("que", "qu'") for m in marks)


def cut(head: Token, verb: Token | None = None) -> Span:
    """The source's noun phrase as written: its subtree, up to what is no part of it, and
    never the clause of its own reporting ``verb`` ("par le gouvernement qui avait déclaré
    que …": the relative clause that reports is the frame, the source stops before it).

    Example:
        >>> from claimtrack.extraction.french_parse import parse
        >>> doc = parse("Le maire, joint par téléphone, a parlé.")
        >>> cut(doc[1]).text
        'Le maire'
    """
    doc = head.doc
    end = head.right_edge.i + 1
    for child in head.rights:
        case = _cases(child)
        set_off = child.dep_ in ("acl", "appos") and doc[child.left_edge.i - 1].text == ","
        own = verb is not None and child.left_edge.i <= verb.i <= child.right_edge.i
        if (
            case & _NOT_SOURCE_CASES
            or set_off
            or own
            or _said(child)
            or (child.dep_ == "punct" and child.text != "-")
        ):
            end = min(end, child.left_edge.i)
    start = head.left_edge.i
    while start < end and (
        doc[start].is_punct
        # (not a determiner: "D'autres sources" keep their "D'")
        or (doc[start].lower_ in _BEFORE_SOURCE and doc[start].dep_ != "det")
        or (doc[start].lower_ == "du" and doc[start].dep_ == "case")  # "du JNIM": de + le
    ):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def _frame(
    kind: str, source: Span, verb: Token, shade: str, *, sure: bool = False
) -> Attribution | None:
    """A frame of the rules' kind, if the phrase reads as a source there.

    ``sure``: the clause's shape makes the noun phrase the speaker ("…, ont indiqué les
    secours.", "Des villageois ont affirmé que …"), though the rules' word lists do not
    know it as a source; it must still be a noun phrase."""
    start, end = source.start_char, source.end_char
    named = any(t.pos_ == "PROPN" for t in source)  # "l'agence de l'ONU"
    nominal = sure and source.root.pos_ in ("NOUN", "PROPN")
    if start >= end or not (named or nominal or valid_source(shade[start:end])):
        return None
    v0 = min([verb.idx, *(c.idx for c in verb.children if c.dep_.startswith("aux"))])
    v1 = verb.idx + len(verb.text)
    a = Attribution(kind, start, end, v0, v1, written(source.doc, start, end))
    a.denial = verb.lemma_ in DENYING_LEMMAS
    if kind == "head" or (kind == "according" and not shade[:v0].strip()):
        a.content = (max(v1, end), len(shade))
    else:
        a.content = (0, min(start, v0))
    return a


# The listener as a clitic before the verb: "…», nous a confié un officier", "…, lui a dit X".
_CLITICS = frozenset({"nous", "me", "m'", "lui", "leur", "vous"})


def _after_quote_or_comma(verb: Token) -> bool:
    """ "…», a indiqué X", "…, précise X", "…», nous a confié X": the verb closes what was
    said before it."""
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    while first > 1 and verb.doc[first - 1].lower_ in _CLITICS:
        first -= 1
    return first > 0 and verb.doc[first - 1].text in {",", *_QUOTES}


def _inverted_subject(verb: Token) -> Token | None:
    """The first noun after a closing verb that no preposition introduces: the small model
    often reads an inverted subject as an object, or hangs it on the listener before it."""
    for token in verb.doc[verb.i + 1 :]:
        if token.is_punct and token.text != "'":
            return None
        if token.lower_ in _THAT:
            return None  # "…, ont confié à Reuters qu'au moins huit soldats …": what is said
        cases = {c.lower_ for c in token.children if c.dep_ == "case"}
        if token.pos_ in ("NOUN", "PROPN") and not cases and token.head.i >= verb.i:
            # "…,a affirmé la mort d'au moins un civil": a claim named as a noun is what
            # was said, never who said it
            return None if _names_claim(token) else token
    return None


def _names_claim(noun: Token) -> bool:
    """Whether a noun phrase opens on a claim named as a noun ("la mort de", "le décès d'")."""
    return bool(_CLAIM_NOUN.match(fold(noun.doc.text[noun.left_edge.idx :])))


def _fronted_frame(verb: Token, shade: str) -> Attribution | None:
    """ "Des sources, qui ont requis l'anonymat, ont confié à X que …": the subject before
    the comma, which the parser hung elsewhere, reports what follows (None: no such)."""
    fronted = _fronted_subject(verb)
    return None if fronted is None else _frame("head", cut(fronted, verb), verb, shade, sure=True)


def _fronted_subject(verb: Token) -> Token | None:
    """The noun phrase that opens the sentence and ends at the comma before a verb that
    reports a clause "que …" after it: the verb's subject, set off by a stray comma.

    Example:
        >>> from claimtrack.extraction.french_parse import parse
        >>> doc = parse("Des sources locales, jointes hier, ont affirmé que 12 civils sont morts.")
        >>> verb = next(t for t in doc if t.lemma_ == "affirmer")
        >>> _fronted_subject(verb).text
        'sources'
    """
    # (a clause "que" within the few words after it: past a listener, "à Reuters qu'…")
    if not any(t.lower_ in _THAT for t in verb.doc[verb.i + 1 : verb.i + 6]):
        return None
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    comma = first - 1
    for token in verb.doc[:comma]:
        if token.pos_ in ("NOUN", "PROPN") and token.left_edge.i == 0:
            # (its phrase, less the appositions the parser may leave out, reaches the comma)
            return token if token.right_edge.i >= comma - 1 and _can_speak(token) else None
    return None


def _closes_sentence(verb: Token, source: Span) -> bool:
    """Whether nothing but the verb's own complements (a time, a channel) follows the source:
    "…, affirme le mouvement dans un communiqué." """
    for token in source.doc[source.end :]:
        while not token.is_punct and token.head.i not in (verb.i, token.i):
            token = token.head
        if not token.is_punct and not token.dep_.startswith(("obl", "advmod", "nmod")):
            return False
    return True


def _pronoun_after_auxiliary(verb: Token) -> Attribution | None:
    """ "…, a-t-elle reconnu", "ont-ils concédé": the pronoun between the auxiliary and the
    verb that closes a clause (the parser hangs it anywhere), without its hyphen; it is
    resolved across sentences, as the rules' "a-t-il précisé" is."""
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    for token in verb.doc[first + 1 : verb.i]:
        if token.lower_.lstrip("-") in _INVERTED_PRONOUNS and token.text.startswith("-"):
            start, end = token.idx + 1, token.idx + len(token.text)
            v0, v1 = verb.doc[first].idx, verb.idx + len(verb.text)
            a = Attribution("tail", start, end, v0, v1, token.text[1:], content=(0, v0))
            a.denial = verb.lemma_ in DENYING_LEMMAS
            return a
    return None


def _learned(verb: Token, shade: str) -> Attribution | None:
    """ "a-t-on appris de source sécuritaire", "a appris l'AFP auprès de X": who told it;
    not "Les rebelles, ayant appris le passage d'un convoi, ont attaqué": what the subject
    of a participle learned is no report."""
    if any(c.lower_ == "ayant" for c in verb.children):
        return None
    told = [
        t
        for t in verb.doc[verb.i + 1 : verb.right_edge.i + 1]
        if t.pos_ in ("NOUN", "PROPN") and _cases(t) & _TOLD_BY
    ]
    kind = "inverted" if _after_quote_or_comma(verb) else "head"
    return _frame(kind, cut(told[0]), verb, shade) if told else None


def _reporting(verb: Token, shade: str) -> Attribution | None:
    """The frame of one reporting verb: head (X a affirmé que …), tail or inverted."""
    if any(c.lower_ in ("pas", "jamais") for c in verb.children):
        return None  # "n'a pas confirmé": nothing is reported
    if _after_quote_or_comma(verb) and (pronoun := _pronoun_after_auxiliary(verb)):
        return pronoun
    if verb.lemma_ == "apprendre":
        return _learned(verb, shade)
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "obj") and c.pos_ != "SCONJ"]
    subject = next((c for c in nouns if c.dep_ == "nsubj"), None)
    if verb.dep_ == "acl:relcl" and subject is not None and subject.lower_ in ("qui", "lequel"):
        subject = _antecedent(subject, verb)  # "l'armée, qui a affirmé que …": the source
    if verb.lower_.endswith("ant"):  # a participle has no subject of its own, nor inverted
        return _participle(verb, shade) if subject is None else None
    closing = _after_quote_or_comma(verb)
    reported = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i > verb.i]
    if closing and (subject is None or (subject.i < verb.i and not reported)):
        # "…, dont 12 enfants, a annoncé l'Unicef": a verb after a comma that reports nothing
        # after it closes what came before; its subject follows it, whatever the parser hung
        subject = _inverted_subject(verb) or subject
        if subject is None:
            return _fronted_frame(verb, shade)
    if subject is None:
        return None
    if subject.i > verb.i:
        source = cut(subject)
        last = _closes_sentence(verb, source)  # "…, a raconté un voisin."
        return _frame("inverted", source, verb, shade, sure=last) if closing else None
    return _before_its_verb(subject, verb, shade)


def _can_speak(noun: Token) -> bool:
    """A noun that may speak: a name, an acronym, a source noun or a role ("l'armée")."""
    folded = fold(noun.text)
    return noun.pos_ == "PROPN" or bool(SOURCE_NOUN.fullmatch(folded) or ROLE.fullmatch(folded))


def _antecedent(relative: Token, verb: Token) -> Token:
    """The noun a reporting relative clause hangs on: the parser's, unless it cannot speak
    and a noun that can ends right before the comma ("l'œuvre du JNIM, qui disait avoir tué
    40 soldats": the JNIM, not the work)."""
    head = verb.head
    before = relative.i - 2 if relative.i > 1 and relative.nbor(-1).text == "," else -1
    if _can_speak(head) or before < 0:
        return head
    nearest = relative.doc[before]
    while nearest.dep_ in ("flat:name", "amod", "fixed") and nearest.head.i < nearest.i:
        nearest = nearest.head  # "Boko Haram", "le groupe armé": the noun they belong to
    return nearest if nearest.pos_ in ("NOUN", "PROPN") and _can_speak(nearest) else head


def _counted(noun: Token) -> bool:
    """A noun phrase that holds a number: "la mort de sept personnes", not "l'état
    d'urgence" ("Le président a déclaré l'état d'urgence" reports nothing)."""
    # the tagger often reads "civils", "morts" as adjectives: a counted head is still a noun
    nominal = noun.pos_ in ("NOUN", "ADJ")
    return nominal and any(t.like_num or t.pos_ == "NUM" for t in noun.subtree)


def _participle(verb: Token, shade: str) -> Attribution | None:
    """ "Le gouvernement a dénoncé une attaque, précisant que 45 soldats ont été tués": a
    reporting participle after a comma speaks with the subject of the verb it hangs on."""
    if verb.dep_ not in ("advcl", "acl") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    main = verb.head  # the parser may hang it on the object ("une attaque, précisant …")
    while main.pos_ != "VERB" and main.head.i != main.i:
        main = main.head
    if main.i > verb.i or any(c.dep_ in ("cop", "aux:pass") for c in main.children):
        return None  # "Les combats étaient terminés, soulignant …": the combats say nothing
    subject = next((c for c in main.children if c.dep_ == "nsubj" and c.i < main.i), None)
    return _frame("head", cut(subject), verb, shade, sure=True) if subject is not None else None


def _before_its_verb(subject: Token, verb: Token, shade: str) -> Attribution | None:
    """The frame of a subject before its reporting verb: a head if what it reports follows
    (a clause, a colon, a counted noun: "les autorités ont confirmé la mort de sept
    personnes"), a tail if it closes what precedes ("…, le ministère a précisé")."""
    source = cut(subject, verb)
    # what is said: a clause, or an infinitive ("qui disait avoir tué 40 soldats")
    said = any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children)
    if said or any(c.dep_ == "parataxis" and c.i > verb.i for c in verb.children):
        return _frame("head", source, verb, shade, sure=said)
    if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":":
        return _frame("head", source, verb, shade)
    # a counted object, or the complement of "parler de" ("qui parle de 12 soldats tués")
    # or a claim named as a noun ("a affirmé la mort d'au moins un civil")
    objects = [c for c in verb.children if c.dep_ in ("obj", "obl:arg") and c.i > verb.i]
    if any(_counted(c) or _names_claim(c) for c in objects):
        return _frame("head", source, verb, shade, sure=True)
    before = shade[: subject.left_edge.idx].rstrip()
    closes = bool(before) and before[-1] in ',"'  # "…, le ministère a précisé"
    return _frame("tail", source, verb, shade) if closes else None


# A toll or a count is no speaker unless its author is named ("un bilan de l'armée", "un
# bilan officiel": the authorities').
_TOLLS = frozenset({"bilan", "décompte", "estimation", "chiffre", "recensement"})
_AUTHORED = frozenset(
    {"de", "du", "des", "d'", "par", "officiel", "officielle", "officiels", "officielles"}
    # "le bilan gouvernemental", "un bilan militaire": the government's, the army's
    | {"gouvernemental", "gouvernementale", "gouvernementaux", "militaire", "militaires"}
)


def _bare_toll(source: Span) -> bool:
    """Whether the phrase "selon" names is a toll without its author ("un bilan provisoire")."""
    return source.root.lemma_ in _TOLLS and not any(t.lower_ in _AUTHORED for t in source)


def _fixed_pronoun(token: Token) -> Token | None:
    """The pronoun a "selon" the parse read as a conjunction holds ("ont selon lui été tués":
    "selon" a mark of the verb, "lui" fixed to it), or None."""
    if token.dep_ not in ("mark", "advmod") or token.lower_ != "selon":
        return None
    return next((c for c in token.children if c.dep_ == "fixed" and c.pos_ == "PRON"), None)


def parse_sources(doc: Doc, shade: str) -> list[Attribution]:
    """The sources of a parsed French sentence, as the rules' frames, in order.

    Example:
        >>> from claimtrack.extraction.french_parse import parse
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Des habitants qui ont fui ont affirmé que dix civils ont été tués."
        >>> [(a.phrase, a.kind) for a in parse_sources(parse(text), shadow(text))]
        [('Des habitants qui ont fui', 'head')]
    """
    found: list[Attribution] = []
    for token in doc:
        frame = None
        if token.lemma_ in REPORTING_LEMMAS and token.pos_ == "VERB":
            frame = _reporting(token, shade)
        elif (token.dep_ == "case" or _fixed_pronoun(token) is not None) and (
            token.lower_ == "selon" or (token.lower_ == "d'" and token.nbor().lower_ == "après")
        ):
            # whoever "selon" names speaks ("selon un infirmier"), but not the outlet itself
            # ("selon nos informations") or a manner ("selon toute vraisemblance")
            own = any(c.dep_ == "det" and c.lower_ in _OWN for c in token.head.children)
            source = cut(token.head)
            if (fixed := _fixed_pronoun(token)) is not None:
                source = doc[fixed.i : fixed.i + 1]  # "ont selon lui été tués": "lui", not tués
            if _bare_toll(source):
                continue  # "Selon un bilan provisoire, …": no one speaks; the rules decide
            frame = _frame("according", source, token, shade, sure=not own)
        if frame and not any(f.start <= frame.start < f.end for f in found):
            found.append(frame)
    return sorted(found, key=lambda a: a.start)

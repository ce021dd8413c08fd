"""What the French parse adds to a sentence the rules have read: sources where they found
none, counts they did not tie to a claim word. The one call the walk makes for French.

Only a sentence that holds a count is parsed: the parse is the costly step, and a
sentence without a figure gains nothing from it.

Example:
    >>> from claimtrack.extraction.sentences import split_sentences
    >>> s = split_sentences("Au total, douze villageois ont péri, a raconté un témoin.")[0]
    >>> sources, claims = read_french(s, [])  # the rules read the count already
    >>> [a.phrase for a in sources], [(c.claim_type, c.value) for c in claims]
    (['un témoin'], [])
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimtrack.extraction.attribution import Attribution
from claimtrack.extraction.counts import find_counts
from claimtrack.extraction.found import Found
from claimtrack.extraction.french_aside_counts import counted_asides
from claimtrack.extraction.french_body_names import listed_names
from claimtrack.extraction.french_called_false import called_false
from claimtrack.extraction.french_claim_owners import (
    claim_objects,
    claim_owners,
    confirmed_by,
    earlier_tolls,
    toll_agents,
)
from claimtrack.extraction.french_count_links import closed
from claimtrack.extraction.french_count_voices import (
    confirmed_voices,
    gapped,
    referred_tolls,
    toll_frames,
)
from claimtrack.extraction.french_discourse import own_antecedents
from claimtrack.extraction.french_documents_said import documents_said
from claimtrack.extraction.french_frames import (
    REACHED,
    clause_frames,
    denials_of_what_was_said,
    document_agents,
    relative_frames,
)
from claimtrack.extraction.french_head_auxiliaries import before_auxiliary
from claimtrack.extraction.french_listeners import (
    heard_by_clitic,
    heard_in_head,
    reached_aside,
    told_by,
)
from claimtrack.extraction.french_news_hooks import hooked_speakers
from claimtrack.extraction.french_parse import CLAIM_WORD, parse, parse_counts
from claimtrack.extraction.french_said_to import said_to
from claimtrack.extraction.french_scare_quotes import scare_quoted
from claimtrack.extraction.french_source_ends import clause_cut
from claimtrack.extraction.french_source_phrases import (
    closing_pronouns,
    cue_frames,
    heard_from,
    mourned,
    relayed,
    sides,
    unreached,
    widened,
)
from claimtrack.extraction.french_sources import SPEAKING, parse_sources
from claimtrack.extraction.number_forms import not_a_count, quantity_re
from claimtrack.extraction.sentences import Sentence
from claimtrack.text import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

_RELATIVE = frozenset({"qui", "que", "qu'", "dont", "lequel", "laquelle", "lesquels", "où"})


# A compound tense in a rule's source phrase ("Les forces ont perdu …"): the parse may know better.
_COMPOUND = re.compile(
    r"(?<![\w'])(?:a|ont|avait|avaient|est|sont|était|étaient)\s+\w", re.IGNORECASE
)


# "un seul soldat": "un" stressed as a count
_ONLY = re.compile(r"\s+seule?\b", re.IGNORECASE)


def _figures(shade: str, *, singular: bool) -> list[tuple[int, int]]:
    """The figures a sentence holds that may be counts: numbers and vague quantities, not a
    date or a measure; "un", "une" only if ``singular`` (they are in most sentences),
    stressed as a count ("un seul soldat est mort"), or coordinated with a figure after
    them ("un gendarme et huit civils ont été tués")."""
    return [
        m.span("value")
        for m in quantity_re().finditer(shade)
        if (m.group("num") or m.group("word") or m.group("range") or m.group("vague"))
        or (
            m.group("one")
            and (singular or _ONLY.match(shade, m.end()) or _and_figure(shade, m.end()))
        )
        if not not_a_count(m, shade)
    ]


# "un gendarme et huit civils", "une femme et ses deux enfants": a count after "et", within
# the noun phrase's few words.
_AND_FIGURE = re.compile(r"(?:\s+[\w'-]+){1,4}?\s+et\s+(?:(?:ses|leurs|les)\s+)?")


# What a singular shares with the count after it: harm done to people or things.
_SHARED = frozenset({"killed", "wounded", "captured", "missing", "destroyed", "damaged"})


def _and_figure(shade: str, end: int) -> re.Match | None:
    """The link from a singular "un"/"une" to the figure after "et" that it is coordinated
    with ("un gendarme et huit civils"); None if a figure stands between them ("un bilan de
    19 morts et 60 blessés": the "un" is the toll's)."""
    m = _AND_FIGURE.match(shade, end)
    if not m or any(c.isdigit() for c in shade[end : m.end()]):
        return None
    inside = quantity_re().search(shade[: m.end()], end)
    if inside and (inside.group("num") or inside.group("word") or inside.group("vague")):
        return None
    after = quantity_re().match(shade, m.end())
    return m if after and (after.group("num") or after.group("word")) else None


def _open(figures: list[tuple[int, int]], read: list[tuple[int, int]]) -> bool:
    """Whether a figure lies outside every span read (sources, the rules' counts)."""
    return any(
        not any(a <= start < b or start <= a < end for a, b in read) for start, end in figures
    )


def _clause(doc: Doc, attribution: Attribution) -> bool:
    """Whether the parse reads a rule's source phrase as a clause ("Les forces ont perdu neuf
    hommes, reconnaît un officier" is no source): a verb in a compound tense in it, that no
    relative clause holds."""
    span = doc.char_span(attribution.start, attribution.end, alignment_mode="expand")
    for token in span or ():
        if token.pos_ not in ("VERB", "ADJ") or not any(
            c.dep_.startswith("aux") for c in token.children
        ):
            continue  # a verb in a compound tense: a bare "fait" may be a participle
        if any(c.lower_ in _RELATIVE for c in token.children):
            continue  # "qui a contacté …", whatever label the parser gave it
        while token.dep_ not in ("acl", "acl:relcl") and span.start <= token.head.i < span.end:
            if token.head.i == token.i:
                return True
            token = token.head
        if token.dep_ not in ("acl", "acl:relcl"):
            return True
    return False


# What may stand between an inverted verb and its source, no part of the source: "a déclaré
# sous couvert d'anonymat un officier", the rest of a listener ("à Jeune Afrique un officier").
_BEFORE_SOURCE = re.compile(
    r"^(?:sous (?:le )?couvert (?:de l'|d')\s*anonymat,?\s+"
    r"|(?:[A-Z][\w'-]*\s+)+(?=(?:un|une|le|la|les|l'|des)\b))"
)


# "qu'un élu", "lorsqu'une source": the conjunction is no part of the source after it.
_ELIDED_QUE = re.compile(r"(?:lors|puis|quoi)?qu'\s*(?=\w)", re.IGNORECASE)


# What a head source phrase may end with that is the verb's: "Une source a toutefois (fait
# état de …)", "Les secours ont également (évoqué …)": the auxiliary and its adverbs.
_AUXILIARY_AFTER = re.compile(
    r"\s+(?:a|ont|avait|avaient|aurait|auraient)(?:,?\s+(?:[a-z]+ment|toutefois|cependant"
    r"|pourtant|aussi|encore|deja|ensuite|enfin|quant a (?:lui|elle|eux|elles)"
    # "Des sources officielles avaient auparavant (indiqué …)": an adverb of time
    r"|auparavant|alors|aussitot|depuis|plus tot|par ailleurs),?)+$",
    re.IGNORECASE,
)


# "Quant aux talibans, ils …", "Quant à l'armée": the topic marker names the speaker, it is
# no part of the name.
_TOPIC = re.compile(r"quant\s+(?:a|au|aux)\s+(?=\w)", re.IGNORECASE)
_ADVERB_FIRST = re.compile(r"(?:toujours|encore|egalement|aussi|notamment)\s+", re.IGNORECASE)


def _no_adverb(attribution: Attribution, shade: str) -> Attribution:
    """ "selon toujours l'AIB", "selon encore le maire": the adverb is no part of who."""
    m = _ADVERB_FIRST.match(shade, attribution.start, attribution.end)
    if not m or m.end() >= attribution.end:
        return attribution
    phrase = attribution.phrase[m.end() - attribution.start :]
    return replace(attribution, start=m.end(), phrase=phrase)


def _trim(attribution: Attribution, shade: str) -> Attribution:
    """A source without what stands beside it and is no part of it: an inverted or tail
    source, what comes before it; a head source, the auxiliary and adverbs after it; any
    source, the conjunction elided before it ("tandis qu'un élu évoque …") or the topic
    marker ("Quant aux rebelles, ils …")."""
    m = _ELIDED_QUE.match(shade, attribution.start, attribution.end)
    if m := m or _TOPIC.match(shade, attribution.start, attribution.end):
        attribution = replace(
            attribution, start=m.end(), phrase=attribution.phrase[m.end() - attribution.start :]
        )
    attribution = before_auxiliary(_no_adverb(attribution, shade))  # "X a d'abord (dit)"
    m = _AUXILIARY_AFTER.search(shade, attribution.start, attribution.end)
    if attribution.kind == "head" and m and m.start() > attribution.start:
        phrase = attribution.phrase[: m.start() - attribution.start]
        return replace(attribution, end=m.start(), phrase=phrase)
    if attribution.kind not in ("inverted", "tail"):
        return attribution
    m = _BEFORE_SOURCE.match(shade[attribution.start : attribution.end])
    if not m or m.end() >= attribution.end - attribution.start:
        return attribution
    start = attribution.start + m.end()
    phrase = attribution.phrase[m.end() :]
    return replace(attribution, start=start, phrase=phrase)


def _holds_figure(attribution: Attribution, shade: str) -> bool:
    """Whether a rule's source phrase holds a figure and a claim word: it may be a claim
    ("Les autorités ont confirmé (la mort de neuf personnes et des témoins) ont …")."""
    phrase = shade[attribution.start : attribution.end]
    return bool(CLAIM_WORD.search(phrase)) and bool(_figures(phrase, singular=False))


def _a_claim(doc: Doc, shade: str, attribution: Attribution) -> bool:
    """Whether the parse ties a figure in a rule's source phrase to a claim word in it: the
    phrase is a claim ("la mort de neuf personnes et des témoins"), not who speaks."""
    if not _holds_figure(attribution, shade):
        return False
    inside = range(attribution.start, attribution.end)
    return any(c.start in inside for c in parse_counts(doc, shade, []))


def _reach(attributions: list[Attribution], dropped: list[int], shade: str) -> list[Attribution]:
    """Heads whose stretch stopped where a dropped phrase began speak on to the next source."""
    for a in attributions:
        if a.kind == "head" and a.content[1] in dropped:
            nxt = [b.start for b in attributions if b.start >= a.verb_end and b is not a]
            a.content = (a.content[0], min(nxt, default=len(shade)))
    return attributions


def read_french(
    sentence: Sentence, attributions: list[Attribution]
) -> tuple[list[Attribution], list[Found]]:
    """The sentence's sources (the rules', else the parse's) and the counts only the parse
    ties to a claim word (none the rules read at the same figure).

    Example:
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> s = split_sentences("Il n'a rien dit.")[0]
        >>> read_french(s, [])
        ([], [])
    """
    attributions = scare_quoted(sentence, attributions)  # "… des « terroristes » et affirme"
    sources, claims = _read_french(sentence, attributions)
    # the rules' phrases trimmed in a sentence with no figure too: the source is remembered
    sources = [_trim(a, sentence.shade) if a.kind == "head" else a for a in sources]
    own_antecedents(sentence, sources)  # "…, mais elle affirme …" (a frame found late)
    sources = heard_in_head(sources)  # "Le maire nous a dit que …": the mayor, whichever read it
    text, shade = sentence.text, sentence.shade
    sources = told_by(text, shade, sources)  # "Selon ce qu'a appris RFI auprès de X": X
    sources = sides(text, shade, sources)  # "Du côté de l'armée, on affirme …": the army
    sources = confirmed_by(text, shade, sources)  # "…, un bilan confirmé par X": X says it too
    # "« L'armée déplore 22 morts », a ajouté X": X's figure, whichever frame found the army
    # and a claim noun a voice the parse or the clause frames found calls false ("Pour X, …")
    sources = unreached(text, shade, claim_owners(text, shade, mourned(shade, sources)))
    sources = counted_asides(text, shade, sources)  # "…, onze selon le maire, …": the mayor's
    return toll_agents(text, shade, sources), claims  # "le bilan de 16 morts donné par X"


def _french_voices(sentence: Sentence, attributions: list[Attribution]) -> list[Attribution]:
    """The sources the clause rules found, as French cues widen, relay and complete them."""
    shade, text = sentence.shade, sentence.text
    attributions = _first_person(attributions)  # "« J'ai compté 48 morts », a dit un témoin"
    attributions = said_to(text, shade, attributions)  # "…, a déclaré X à Y précisant que"
    attributions = hooked_speakers(text, shade, attributions)  # "Cette annonce intervient après"
    # "X, porte-parole du groupe, a démenti le bilan de l'armée": X denies, not the toll
    attributions = claim_objects(text, shade, attributions)
    attributions = documents_said(text, shade, attributions)  # "… un communiqué affirmant …"
    own_antecedents(sentence, attributions)  # "Le maire a décrit l'attaque : selon lui, …"
    attributions = heard_by_clitic(text, shade, attributions)  # "…, lui a dit un officier"
    # "le lieutenant X, de la gendarmerie", "Selon RFI, qui cite des sources locales, …"
    attributions = relayed(text, shade, widened(text, shade, attributions))
    attributions = listed_names(text, shade, attributions)  # "le Mouvement pour la paix, la …"
    attributions = heard_from(text, shade, attributions)  # "…, a-t-on précisé de même source"
    attributions = reached_aside(text, shade, attributions)  # "X, citées par la radio Y, …"
    attributions = cue_frames(text, shade, attributions)  # "Comme l'a indiqué X, …"
    attributions = closing_pronouns(text, shade, attributions)  # "…, précisent-elles"
    # "les affirmations des rebelles selon …"
    attributions = claim_owners(text, shade, attributions)
    attributions = called_false(shade, attributions)  # "« X affirme …, c'est faux », a dit Y"
    attributions = earlier_tolls(text, shade, attributions)  # "Un précédent bilan …"
    if extra := toll_frames(text, shade, attributions):  # "La police porte le bilan à …"
        attributions = sorted([*attributions, *extra], key=lambda a: a.start)
    return attributions


# "J'ai", "Nous avons", "je": who speaks in a quotation, not a source of its own.
_FIRST_PERSON = re.compile(r"^\W*(?:j'|je\b|nous\b|moi\b)", re.IGNORECASE)


def _first_person(attributions: list[Attribution]) -> list[Attribution]:
    """ "« J'ai compté 48 morts », a déclaré un témoin": the quotation's first person is
    the witness who closes it; the frame after it reads what the first person says."""
    out = []
    for a in attributions:
        if a.kind != "head" or not _FIRST_PERSON.match(a.phrase):
            out.append(a)
            continue
        closing = [b for b in attributions if b.kind in ("tail", "inverted") and b.start > a.end]
        for b in closing[:1]:
            b.content = (min(b.content[0], a.start), b.content[1])
    return out


def _read_french(
    sentence: Sentence, attributions: list[Attribution]
) -> tuple[list[Attribution], list[Found]]:
    """``read_french`` before a loss mourned in another's voice is given to that voice."""
    shade, text = sentence.shade, sentence.text
    # "…, a affirmé une source alors que …", "le ministre précisant :": no clause is who
    attributions = clause_cut(text, shade, _french_voices(sentence, attributions))
    extra, referred = referred_tolls(text, shade, attributions)  # "… confirmée par X"
    attributions = sorted([*attributions, *extra], key=lambda a: a.start)
    confirmed_voices(text, shade, attributions)  # "…, confirmant une information de Y"
    if referred:
        return attributions, referred
    figures = _figures(shade, singular=not attributions)  # a sentence with no source yet
    if not figures or not CLAIM_WORD.search(shade):
        return attributions, []
    # "Interrogé par RFI, le porte-parole a estimé …": the participle is no source
    attributions = [_trim(a, shade) for a in attributions if not REACHED.match(fold(a.phrase))]
    if extra := clause_frames(text, shade, attributions):  # "…, mais le groupe parle de …"
        attributions = sorted([*attributions, *extra], key=lambda a: a.start)
    attributions = relative_frames(text, shade, attributions)  # "des sources qui évoquent …"
    attributions = document_agents(text, shade, attributions)  # "selon le bilan fourni par X"
    attributions = denials_of_what_was_said(
        text, shade, attributions
    )  # "…, un bilan démenti par X"
    if not attributions and not SPEAKING.search(shade):
        return attributions, []  # no source the parse could find: the claims would go unsaid
    suspect = not attributions or any(
        _COMPOUND.search(a.phrase) or _holds_figure(a, shade) for a in attributions
    )
    bounded = closed(shade)  # asides closed off, so that counts reach past them
    read = [(a.start, a.end) for a in attributions]
    read += [(c.start, c.end) for c in find_counts(bounded, text, read)]
    if not suspect and not _open(figures, read):
        return attributions, []  # the rules read every figure, from a source that reads well
    doc = parse(text)
    kept = [a for a in attributions if not _clause(doc, a) and not _a_claim(doc, shade, a)]
    if len(kept) < len(attributions) or not kept:
        spans = [range(a.start, a.end) for a in kept]
        found = [f for f in parse_sources(doc, shade) if not any(f.start in r for r in spans)]
        found = clause_cut(text, shade, [_no_adverb(f, shade) for f in found])
        dropped = [a.start for a in attributions if a not in kept]
        # the frames a dropped phrase hid ("… et des témoins ont évoqué …"), not it again
        gone = [(a.start, a.end) for a in attributions if a not in kept]  # not the same again,
        # but a shorter speaker it held ("L'armée" of "L'armée parle de 10 morts alors qu'X")
        found += [
            f for f in clause_frames(text, shade, [*kept, *found]) if (f.start, f.end) not in gone
        ]
        attributions = _reach(sorted([*kept, *found], key=lambda a: a.start), dropped, shade)
        read = [(a.start, a.end) for a in attributions]
        read += [(c.start, c.end) for c in find_counts(bounded, text, read)]
    parsed = parse_counts(doc, shade, read)
    counts = find_counts(bounded, text, [(a.start, a.end) for a in attributions])
    parsed += _first_conjuncts(shade, text, [*counts, *parsed], read)
    attributions, more = gapped(text, shade, attributions, [*counts, *parsed])  # "…, X de 35"
    return attributions, parsed + more


def _first_conjuncts(
    shade: str, text: str, counts: list[Found], read: list[tuple[int, int]]
) -> list[Found]:
    """ "Un gendarme et huit civils ont été tués": the singular before "et" is counted with
    the figure after it, whatever the parser hung it on (it often takes it for the verb's
    subject elsewhere)."""
    out = []
    for m in quantity_re().finditer(shade):
        start, end = m.span("value")
        if not m.group("one") or not_a_count(m, shade) or any(a <= start < b for a, b in read):
            continue
        link = _and_figure(shade, m.end())
        after = next((c for c in counts if link and c.start == link.end()), None)
        if after is not None and after.claim_type in _SHARED and after.stance == "asserts":
            value = text[start:end]
            out.append(Found(after.claim_type, start, end, value, confidence=0.6, rule="parse"))
    return out

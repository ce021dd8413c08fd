"""Article text → a raw statements frame of candidate claims, for a person to review.

The steps, each in its own module: sentences (``sentences``), who speaks
(``attribution``), counts (``counts``), count-free claims (``events``), places
(``places``), sources across sentences (``sources``), the frame (``candidates``).
This module walks the sentences in order: a sentence that carries on
("Specifically, …", "Other locations …") takes the previous sentence's source;
claims in the outlet's own voice are left out.

Example:
    >>> raw = extract("The army said 80 fighters were killed in Kayes.", "ex-1", country="ML")
    >>> raw.loc[0, ["source_raw", "claim_type", "value", "locations"]].tolist()
    ['The army', 'killed', '80', 'Kayes']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from claimtrack.extraction.attribution import Attribution, find_attributions
from claimtrack.extraction.attribution_record import quoted_before
from claimtrack.extraction.candidates import (
    candidate_row,
    candidates_frame,
    channel,
    empty_frame,
)
from claimtrack.extraction.counts import find_counts
from claimtrack.extraction.events import event_claims
from claimtrack.extraction.found import Found
from claimtrack.extraction.french_clauses import read_french
from claimtrack.extraction.french_count_links import closed
from claimtrack.extraction.french_counts import revise as revise_counts
from claimtrack.extraction.french_discourse import after_headline, refer_back
from claimtrack.extraction.hazards import not_of_war
from claimtrack.extraction.lead_ins import announcer
from claimtrack.extraction.lexicon import speech
from claimtrack.extraction.markup import article_text
from claimtrack.extraction.number_forms import foreign_numbers
from claimtrack.extraction.places import detect_country, find_places_in
from claimtrack.extraction.references import by_reference
from claimtrack.extraction.said_between import named_after
from claimtrack.extraction.sentences import Sentence, detect_language, split_sentences
from claimtrack.extraction.source_names import ROLE, titled_person
from claimtrack.extraction.sources import Source, SourceMemory, resolve_sources
from claimtrack.extraction.voices import remember_voices, voices_of
from claimtrack.text import fold
from claimtrack.vocabulary import SET_CLAIM_TYPES

# Texts longer than this are refused: an article is a few thousand characters; a
# few megabytes is a whole archive, which should be split into articles first.
MAX_CHARS = 5_000_000
_THE_STATEMENT = re.compile(
    r"^\W*(?:the|this|that|le|ce|cette|la) (?:statement|communique|announcement|bulletin"
    r"|video|declaration|message)\b",
    re.IGNORECASE,
)
# a conditional, not in a background toll ("Depuis 2015, les violences auraient fait …")
_HEARSAY = re.compile(
    r"^(?!\W*(?:a ce jour|depuis|au total|en tout|jusqu'ici|jusqu'a present|au cours des)\b)"
    r".*\b(?:aurai(?:en)?t|serai(?:en)?t)\b",
    re.IGNORECASE,
)
_CONTINUES = re.compile(rf"^\W*(?:{speech.CONTINUATION_START})\b", re.IGNORECASE)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
)
# A sentence set in another time or at the country's scale is the outlet's background,
# whoever spoke before it ("The group, which has fought since 2012, killed 300 people last year.")
_BACKGROUND = re.compile(
    r"\b(?:since|in|depuis|en) (?:19|20)\d\d\b|\b(?:last|previous) (?:year|month)\b"
    r"|\bl'an dernier\b|\bl'annee (?:derniere|passee)\b"
    rf"|\b(?:since|depuis) (?:{_MONTHS}|the (?:start|beginning)|le debut"
    r"|(?:its|their|sa|leur) (?:creation|founding|emergence|apparition))\b"
    # or at another scale: the country's figures, in millions
    r"|\b(?:in|across) the country\b|\bnationwide\b|\b(?:dans|a travers) (?:tout )?le pays\b"
    r"|\bmillions?\b",
    re.IGNORECASE,
)
_ALL_PLACES = re.compile(
    r"\ball (?:the|these|those) (?:locations|towns|places|areas|sites|localities)\b"
    r"|\btoutes (?:les|ces) (?:localites|villes|zones)\b",
    re.IGNORECASE,
)
_PERSONS = frozenset({"he", "she", "il", "elle"})
Places = list[tuple[int, int, str]]  # (start, end, name as written) in a sentence


class ExtractError(ValueError):
    """Text extraction cannot run: the message says why and what would work."""


@dataclass
class _Article:
    """What the walk through an article carries from one sentence to the next."""

    base: dict  # the columns every row shares: incident, country, language
    where: str  # the origin's name for the text
    memory: SourceMemory = field(default_factory=SourceMemory)
    rows: list[dict] = field(default_factory=list)
    previous: tuple[Sentence, list[Attribution], Places] | None = None
    paragraph_places: list[str] = field(default_factory=list)
    voices: tuple[Source | None, Source | None] = (None, None)  # of the last two sentences

    def move_on(self, sentence: Sentence, attributions: list[Attribution], places: Places) -> None:
        """The sentence read becomes the previous one; its places join the paragraph's."""
        self.previous = (sentence, attributions, places)
        self.voices = (self.voices[1], self.memory.last if attributions else None)
        self.paragraph_places += [p[2] for p in places]


def extract(
    text: str,
    incident_id: str | None = None,
    lang: str | None = None,
    *,
    country: str | None = None,
    origin: str | None = None,
    reference: str | None = None,
    max_chars: int = MAX_CHARS,
) -> pd.DataFrame:
    """Candidate claims in an article, one row per claim, in the raw statements frame's shape.

    ``lang`` is ``"en"`` or ``"fr"`` (detected when not given); ``country`` the ISO
    code places are matched in (detected from the country names the text uses);
    ``origin`` names the text in the ``origin`` column (``"<text>"`` by default).
    Rows carry ``char_start``/``char_end`` of their quote, a ``confidence`` and the
    ``rule`` that found them. The frame goes to ``claimtrack.normalize`` unchanged. A web
    page or pasted HTML is read as its article's text (``markup``): quotes and offsets
    are then of that text.

    Raises ``ExtractError`` for text that is not a string or is longer than ``max_chars``.

    Example:
        >>> raw = extract("Les autorités ont annoncé 27 soldats tués et 33 blessés.", "ex-2")
        >>> raw[["claim_type", "value", "subject"]].values.tolist()
        [['killed', '27', 'soldats'], ['wounded', '33', 'soldats']]
    """
    if not isinstance(text, str):
        raise ExtractError(f"expected text (str), got {type(text).__name__}")
    if len(text) > max_chars:
        raise ExtractError(
            f"text of {len(text):,} characters is over the limit of {max_chars:,}; "
            "split it into articles (or pass a larger max_chars)"
        )
    text = article_text(text)
    if not text.strip():
        return empty_frame()
    if lang not in (None, "en", "fr"):
        raise ExtractError(f"lang {lang!r} is not supported; use 'en', 'fr' or None to detect")
    lang = lang or detect_language(text)
    country = country or detect_country(text, reference=reference)
    base = {"incident_id": incident_id or "unassigned", "country": country, "lang": lang}
    article = _Article(base, origin or "<text>")
    sentences = split_sentences(text)
    all_places = find_places_in([s.text for s in sentences], country, reference)
    for sentence, sentence_places in zip(sentences, all_places, strict=True):
        _read_sentence(article, sentence, sentence_places)
    for row in article.rows:  # "…, a annoncé le préfet. …, a ajouté ce responsable, X": X
        if not row["speaker"] and row["source_raw"] in article.memory.named_later:
            row["speaker"] = article.memory.named_later[row["source_raw"]]
    return candidates_frame(article.rows, country, reference, text)


def _read_sentence(
    article: _Article, sentence: Sentence, sentence_places: Places, given: list | None = None
) -> None:
    """Add the rows of one sentence: its claims, each with the source that speaks for it
    (``given``: the source the sentence after it names)."""
    if not given:
        _said_after(article, sentence)  # "… . L'annonce a été faite par X": X said it
    previous = article.previous
    if previous and previous[0].paragraph != sentence.paragraph:
        article.paragraph_places = []
    named = article.memory.remember_people(sentence.text)
    attributions, parsed = given or find_attributions(sentence), []
    if article.base["lang"] == "fr":  # the parse: sources and counts the rules miss
        attributions, parsed = read_french(sentence, attributions)
        if previous and not previous[1]:  # "Le maire s'est rendu … . Il a affirmé …"
            refer_back(article.memory, previous[0], attributions)
    if named and previous and _THE_STATEMENT.match(sentence.shade):
        _name_the_speaker(article.rows, previous[0], sentence, named)
    skip = [(a.start, a.end) for a in attributions]
    places = _own_places(sentence, attributions, sentence_places, skip)
    inherited = False
    if not attributions:
        # "Specifically, the areas included …", a quotation on after '"…," he said.': he goes on
        lead = previous and announcer(*previous[:2], sentence)  # "X said:", its paragraph
        goes_on = _CONTINUES.match(sentence.shade) or _quote_goes_on(previous, sentence)
        # "Ils auraient également pillé cinq véhicules": the conditional reports hearsay,
        # the account of the source before
        goes_on = goes_on or (
            article.base["lang"] == "fr"
            and _HEARSAY.search(sentence.shade)
            and not after_headline(previous and previous[0], sentence)
        )
        goes_on = lead or (
            goes_on
            and not (_BACKGROUND.search(sentence.shade) and not _quote_goes_on(previous, sentence))
        )
        if not (previous and previous[1] and goes_on):
            article.memory.note_actor(sentence.shade, sentence.text)  # "X, police chief, blamed"
            article.move_on(sentence, attributions, places)
            return
        attributions = [lead or previous[1][-1]]
        inherited = True
    french = article.base["lang"] == "fr"
    shade = closed(sentence.shade) if french else sentence.shade  # "ont, selon X, été tués"
    counts = find_counts(shade, sentence.text, skip + foreign_numbers(shade, french)) + parsed
    if french:  # what the bilingual rules read wrong in French
        counts = revise_counts(shade, sentence.text, counts)
    place_names = _place_names(article, sentence, places)
    events = _events(sentence, attributions, inherited, counts, place_names, skip)
    events += by_reference(sentence.shade, [*counts, *events])
    own = [p[2] for p in places]
    found = not_of_war(sentence.shade, [*counts, *events])  # "floods destroyed 300 homes"
    resolved = _add_rows(article, sentence, found, attributions, inherited, place_names, own)
    if not inherited:
        remember_voices(article.memory, attributions, resolved, sentence.shade)
    article.move_on(sentence, attributions, places)


def _said_after(article: _Article, sentence: Sentence) -> None:
    """Read the sentence before, with no source, again with the one this one names for it."""
    previous = article.previous
    if not previous or previous[1]:
        return
    # ("Au moins 100 civils ont été tués. L'annonce a été faite par X"); background: nobody's
    voice = None if _BACKGROUND.search(previous[0].shade) else article.voices[0]
    if phrase := named_after(previous[0], sentence, article.memory, voice):
        end = len(previous[0].text)
        given = [Attribution("tail", end, end, end, end, phrase, content=(0, end))]
        _read_sentence(article, previous[0], previous[2], given)


def _quote_goes_on(previous: tuple | None, sentence: Sentence) -> bool:
    """A sentence that opens a quotation right after one a tail source closed, or a
    quotation standing alone after a sentence that names its speaker."""
    shade = sentence.shade.strip()
    if not previous or not previous[1] or not shade.startswith('"'):
        return False
    if shade.rstrip(".!?").endswith('"') and shade.count('"') == 2 and _a_person(previous[1][-1]):
        return True  # 'Galindo said …. "If the helicopter had not come, the toll would differ."'
    return any(quoted_before(previous[0].shade, a) for a in previous[1])


def _a_person(attribution: Attribution) -> bool:
    """Whether a source is someone who speaks in quotations: a name, a role, "he"."""
    phrase = attribution.phrase
    return titled_person(phrase) or bool(ROLE.search(phrase)) or fold(phrase).lower() in _PERSONS


def _name_the_speaker(rows: list[dict], previous: Sentence, sentence: Sentence, named: str) -> None:
    """ "The statement, delivered … by army spokesperson X": who spoke, and how,
    for the claims of the sentence before."""
    for row in rows:
        if row["char_start"] == previous.start and not row["speaker"]:
            row["speaker"] = named
            row["channel"] = channel(sentence.shade) or row["channel"]


def _own_places(
    sentence: Sentence, attributions: list[Attribution], places: Places, skip: list
) -> Places:
    """The places a sentence's claims are about, not where its sources spoke.

    Places in a source phrase, or in what follows a closing "he said" ("in a
    statement read over state radio in Bangui"), are where it was said.
    """
    said_at = [
        (a.verb_start, len(sentence.shade))
        for a in attributions
        if a.kind in ("tail", "inverted") and a.content[1] <= a.verb_start
    ]
    return [p for p in places if not any(a <= p[0] < b for a, b in [*skip, *said_at])]


def _place_names(article: _Article, sentence: Sentence, places: Places) -> list[str]:
    """The places a set refers to: its own, "all these towns", or the sentence before's."""
    previous = article.previous
    place_names = [p[2] for p in places]
    if not place_names and _ALL_PLACES.search(sentence.shade):
        place_names = list(dict.fromkeys(article.paragraph_places))
    elif not place_names and previous and previous[0].paragraph == sentence.paragraph:
        place_names = [p[2] for p in previous[2]]
    return place_names


def _events(
    sentence: Sentence,
    attributions: list[Attribution],
    inherited: bool,
    counts: list[Found],
    place_names: list[str],
    skip: list,
) -> list[Found]:
    """The count-free claims of a sentence, told which source denies and what is counted."""
    denying = None if inherited else next((a for a in attributions if a.denial), None)
    return event_claims(
        sentence.shade,
        sentence.text,
        has_places=bool(place_names),
        denial=(denying.verb_start, denying.verb_end) if denying else None,
        only_denial=all(a.denial for a in attributions),
        counted=tuple(c.claim_type for c in counts),
        sources=skip,
    )


def _add_rows(
    article: _Article,
    sentence: Sentence,
    claims: list[Found],
    attributions: list[Attribution],
    inherited: bool,
    place_names: list[str],
    own_places: list[str],
) -> dict[int, list[Source]]:
    """A row per claim and source; returns the sources each attribution resolved to."""
    memory = article.memory
    resolved: dict[int, list[Source]] = {}
    for found in claims:
        # Sets of places take the places the sentence refers back to; counts only their own.
        locations = place_names if found.claim_type in SET_CLAIM_TYPES else own_places
        if found.rule == "attack" and found.subject == "towns" and not locations:
            continue  # an attack on unnamed towns says nothing a set can hold
        for attribution in voices_of(attributions, found, inherited):
            if id(attribution) not in resolved:
                carried = memory.carry_on() if inherited else None
                resolved[id(attribution)] = (
                    [carried] if carried else resolve_sources(attribution, attributions, memory)
                )
                # "…, confirmant une information donnée par Y": Y first, so X stays the last
                also = [memory.resolve(p) for p in attribution.also if not inherited]
                resolved[id(attribution)][:0] = also
            for source in resolved[id(attribution)]:
                row = candidate_row(found, source, attribution, sentence, locations)
                origin = {"origin": f"{article.where}:char {sentence.start}"}
                article.rows.append(article.base | row | origin)
    return resolved

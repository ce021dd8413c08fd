"""Article text → a raw statements frame of candidate claims, for a person to review.

The steps, each in its own module: sentences (``sentences``), who speaks
(``attribution``), counts (``claims``), count-free claims (``events``), places
(``places``). This module ties them together across sentences: pronouns ("He
said", "Ils présentent") take the previous source; a surname ("Mashal told
AFP") takes the source its full name was first given with; a sentence that
carries on ("Specifically, …", "Other locations …") takes the previous
sentence's source; claims in the outlet's own voice are left out.

Example:
    >>> raw = extract("The army said 80 fighters were killed in Kayes.", "ex-1", country="ML")
    >>> raw.loc[0, ["source_raw", "claim_type", "value", "locations"]].tolist()
    ['The army', 'killed', '80', 'Kayes']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from claimtrack.extraction.actors import guess_actors
from claimtrack.extraction.attribution import (
    _ANAPHORS,
    _ORG,
    _ROLE,
    Attribution,
    conjuncts,
    find_attributions,
    is_person,
    pick,
)
from claimtrack.extraction.counts import find_counts
from claimtrack.extraction.events import event_claims
from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import speech
from claimtrack.extraction.places import detect_country, find_places_in
from claimtrack.extraction.sentences import Sentence, detect_language, split_sentences
from claimtrack.schema import RAW_COLUMNS
from claimtrack.text import fold
from claimtrack.vocabulary import SET_CLAIM_TYPES

# Texts longer than this are refused: an article is a few thousand characters; a
# few megabytes is a whole archive, which should be split into articles first.
MAX_CHARS = 5_000_000
EXTRA_COLUMNS = (
    "problems",
    "value_low",
    "value_best",
    "value_high",
    "char_start",
    "char_end",
    "confidence",
    "lang",
    "actor_id",
    "source_mention",
    "rule",
)
COLUMNS = (*RAW_COLUMNS, *EXTRA_COLUMNS)
_THE_STATEMENT = re.compile(
    r"^\W*(?:the|this|that|le|ce|cette|la) (?:statement|communique|announcement|bulletin"
    r"|video|declaration|message)\b",
    re.IGNORECASE,
)
_CONTINUES = re.compile(rf"^\W*(?:{speech.CONTINUATION_START})\b", re.IGNORECASE)
_ALL_PLACES = re.compile(
    r"\ball (?:the|these|those) (?:locations|towns|places|areas|sites|localities)\b"
    r"|\btoutes (?:les|ces) (?:localites|villes|zones)\b",
    re.IGNORECASE,
)
_CHANNELS = (
    (r"video bulletin|bulletin video", "video bulletin"),
    (r"facebook", "Facebook post"),
    (r"\bon x\b|twitter|tweet", "social media post"),
    (r"televised|television|tele", "television"),
    (r"state radio|radio", "radio"),
    (r"news conference|press conference|conference de presse", "news conference"),
    (r"told (?:afp|reuters|ap|the)|interview|by phone|telephone", "interview"),
    (r"statement|communique", "statement"),
    (r"videos?|audio", "video"),
)


class ExtractError(ValueError):
    """Text extraction cannot run: the message says why and what would work."""


@dataclass
class Source:
    """A resolved source: the name to normalize, the speaker and how it was found."""

    raw: str
    speaker: str | None
    mention: str | None = None
    confidence: float = 1.0


def _split_speaker(phrase: str) -> Source:
    """'army spokesperson Souleymane Dembele' → source 'army spokesperson', the rest as speaker."""
    words = phrase.replace(",", " , ").split()
    tail: list[str] = []
    for word in reversed(words):
        if word == ",":
            break
        if re.match(
            r"^(?:[A-Z][\w'’-]*|al-\w+|el-\w+|bin|ben|ould|ag)$", word
        ) and not _ROLE.fullmatch(word):
            tail.insert(0, word)
        else:
            break
    name = " ".join(tail)
    rest = phrase[: len(phrase) - len(phrase.split(name)[-1]) - len(name)] if name else phrase
    rest = rest.rstrip(" ,")
    if len(tail) >= 2 and not _ORG.search(name) and (_ROLE.search(phrase) or not rest):
        # "A spokesman for the X front" → "the X front"; "le médecin colonel" is a title.
        rest = re.sub(r",\s*(?:[a-z\u00e0-\u00ff'’]+\s*)*$", "", rest)
        institution = re.sub(
            r"^(?:an?|the|le|la|l'|un|une)?\s*(?:spokes(?:man|woman|person)|porte-parole)"
            r"\s+(?:for|of|de|du|des)\s+",
            "",
            rest,
            flags=re.IGNORECASE,
        )
        if not institution.strip() or all(_ROLE.fullmatch(w) for w in institution.split()):
            return Source(phrase, phrase)
        return Source(institution.strip(), phrase)
    return Source(phrase, None)


# "army spokesperson Souleymane Dembele": up to two words, a role, then a capitalised name.
_ROLE_NAME = re.compile(
    rf"(?<![\w'’-])(?i:(?:(?!(?:by|par|with|from|and|et|through|of|de)\s)[\w'’-]+\s+){{0,2}}"
    rf"(?:{speech.ROLE_WORDS}))\s*,?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}}"
)


class _Memory:
    """Sources met so far: the last one (for pronouns) and people by name (for surnames)."""

    def __init__(self) -> None:
        self.last: Source | None = None
        self.people: dict[str, Source] = {}

    def remember_people(self, text: str) -> str | None:
        """Register role + name phrases ("army spokesperson Souleymane Dembele"); return the first.

        A surname met later ("Dembele emphasized") then resolves to that source.
        """
        if not _ROLE.search(text):
            return None
        first = None
        for m in _ROLE_NAME.finditer(text):
            phrase = m.group().strip()
            phrase = re.sub(r"^(?:by|and|with|par|et)\s+", "", phrase, flags=re.IGNORECASE)
            source = _split_speaker(phrase)
            if source.speaker:
                self._register(source)
                first = first or source.speaker
        return first

    def _register(self, source: Source) -> None:
        if not source.speaker:
            return
        words = [w for w in re.findall(r"[A-Z][\w'’-]+", source.speaker) if not _ROLE.fullmatch(w)]
        if words:
            self.people.setdefault(words[-1], source)
            self.people.setdefault(" ".join(words[-2:]), source)

    def carry_on(self) -> Source | None:
        """The last source, for a sentence that continues its account unnamed (less sure)."""
        if self.last is None:
            return None
        return Source(self.last.raw, self.last.speaker, confidence=0.6)

    def resolve(self, phrase: str) -> Source:
        key = phrase.strip()
        if _ANAPHORS.match(fold(key)) and self.last:
            return Source(self.last.raw, self.last.speaker, mention=key, confidence=0.85)
        if key in self.people:
            known = self.people[key]
            return Source(known.raw, known.speaker, mention=key if key != known.raw else None)
        source = _split_speaker(key)
        if source.speaker is None and is_person(key):
            source = Source(key, key)
        self._register(source)
        return source


def _resolve(attribution: Attribution, others: list[Attribution], memory: _Memory) -> list:
    """The sources an attribution names: each conjunct, a pronoun resolved.

    A pronoun inside another source's speech ("The ministry says it has confirmed …")
    is that source, not the one of the sentence before.
    """
    phrase = attribution.phrase
    outer = next(
        (
            b
            for b in others
            if b is not attribution and b.content[0] <= attribution.start <= b.content[1]
        ),
        None,
    )
    if outer and _ANAPHORS.match(fold(phrase)) and not _ANAPHORS.match(fold(outer.phrase)):
        named = memory.resolve(outer.phrase)
        return [Source(named.raw, named.speaker, mention=phrase, confidence=0.85)]
    return [memory.resolve(p) for p in conjuncts(phrase)]


def _channel(shade: str) -> str | None:
    low = shade.lower()
    return next((name for pattern, name in _CHANNELS if re.search(pattern, low)), None)


def _row(
    found: Found, source: Source, attribution: Attribution, sentence: Sentence, locations: list
) -> dict:
    """One candidate row: a claim found in a sentence, with the source that speaks for it."""
    stance = found.stance
    if attribution.denial and found.rule != "denial":
        stance = "denies"
    return {
        "source_raw": source.raw,
        "speaker": source.speaker,
        "channel": _channel(sentence.shade),
        "claim_type": found.claim_type,
        "subject": found.subject,
        "value": found.value,
        "locations": ";".join(dict.fromkeys(locations)) or None,
        "stance": stance,
        "quote": sentence.text,
        "char_start": sentence.start,
        "char_end": sentence.end,
        "confidence": round(min(0.95, found.confidence * source.confidence), 2),
        "source_mention": source.mention,
        "rule": f"{attribution.kind}+{found.rule}",
    }


def _value_frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    return frame.astype({"char_start": "Int64", "char_end": "Int64", "claim_index": "Int64"})


def empty_frame() -> pd.DataFrame:
    """An empty candidates frame with every column ``extract`` returns.

    Example:
        >>> list(empty_frame().columns)[:3]
        ['incident_id', 'incident_title', 'incident_date']
    """
    return _value_frame([])


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
    ``rule`` that found them. The frame goes to ``claimtrack.normalize`` unchanged.

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
    if not text.strip():
        return empty_frame()
    if lang not in (None, "en", "fr"):
        raise ExtractError(f"lang {lang!r} is not supported; use 'en', 'fr' or None to detect")
    lang = lang or detect_language(text)
    country = country or detect_country(text)
    incident = incident_id or "unassigned"
    where = origin or "<text>"

    memory = _Memory()
    base = {"incident_id": incident, "country": country, "lang": lang}
    rows: list[dict] = []
    previous: tuple[Sentence, list[Attribution], list[tuple[int, int, str]]] | None = None
    paragraph_places: list[str] = []
    sentences = split_sentences(text)
    all_places = find_places_in([s.text for s in sentences], country, reference)
    for sentence, sentence_places in zip(sentences, all_places, strict=True):
        if previous and previous[0].paragraph != sentence.paragraph:
            paragraph_places = []
        named = memory.remember_people(sentence.text)
        attributions = find_attributions(sentence)
        if named and previous and _THE_STATEMENT.match(sentence.shade):
            # "The statement, delivered … by army spokesperson X": who spoke, and how,
            # for the claims of the sentence before.
            for row in rows:
                if row["char_start"] == previous[0].start and not row["speaker"]:
                    row["speaker"] = named
                    row["channel"] = _channel(sentence.shade) or row["channel"]
        skip = [(a.start, a.end) for a in attributions]
        # Places in a source phrase, or in what follows a closing "he said" ("in a
        # statement read over state radio in Bangui"), are where it was said.
        said_at = [
            (a.verb_start, len(sentence.shade))
            for a in attributions
            if a.kind in ("tail", "inverted") and a.content[1] <= a.verb_start
        ]
        places = [
            p for p in sentence_places if not any(a <= p[0] < b for a, b in [*skip, *said_at])
        ]
        inherited = False
        if not attributions:
            # "Specifically, the targeted areas included …": the previous speaker goes on.
            if not (previous and previous[1] and _CONTINUES.match(sentence.shade)):
                previous = (sentence, attributions, places)
                paragraph_places += [p[2] for p in places]
                continue
            attributions = [previous[1][-1]]
            inherited = True
        counts = find_counts(sentence.shade, sentence.text, skip)
        denying = None if inherited else next((a for a in attributions if a.denial), None)
        place_names = [p[2] for p in places]
        if not place_names and _ALL_PLACES.search(sentence.shade):
            place_names = list(dict.fromkeys(paragraph_places))
        elif not place_names and previous and previous[0].paragraph == sentence.paragraph:
            place_names = [p[2] for p in previous[2]]
        own_places = [p[2] for p in places]
        events = event_claims(
            sentence.shade,
            sentence.text,
            has_places=bool(place_names),
            denial=(denying.verb_start, denying.verb_end) if denying else None,
            only_denial=all(a.denial for a in attributions),
            counted=tuple(c.claim_type for c in counts),
            sources=skip,
        )
        resolved: dict[int, list[Source]] = {}
        for found in [*counts, *events]:
            attribution = pick(attributions, found.start) if not inherited else attributions[0]
            if attribution is None:
                continue
            if id(attribution) not in resolved:
                carried = memory.carry_on() if inherited else None
                resolved[id(attribution)] = (
                    [carried] if carried else _resolve(attribution, attributions, memory)
                )
            # Sets of places take the places the sentence refers back to; counts only their own.
            locations = place_names if found.claim_type in SET_CLAIM_TYPES else own_places
            if found.rule == "attack" and found.subject == "towns" and not locations:
                continue  # an attack on unnamed towns says nothing a set can hold
            for source in resolved[id(attribution)]:
                row = _row(found, source, attribution, sentence, locations)
                rows.append(base | row | {"origin": f"{where}:char {sentence.start}"})
        for attribution in attributions:
            if not inherited and id(attribution) in resolved:
                memory.last = resolved[id(attribution)][-1]
            elif not inherited and not _ANAPHORS.match(fold(attribution.phrase)):
                memory.last = memory.resolve(attribution.phrase)
        previous = (sentence, attributions, places)
        paragraph_places += [p[2] for p in places]
    if not rows:
        return empty_frame()
    frame = _value_frame(rows)
    frame = frame.drop_duplicates(
        subset=["source_raw", "claim_type", "subject", "value", "quote", "stance"]
    ).reset_index(drop=True)
    frame["claim_index"] = frame.groupby(["source_raw", "quote"], sort=False).cumcount()
    frame["actor_id"] = guess_actors(frame["source_raw"], country, reference)
    return _denied_tolls(frame)


_THIS_TOLL = re.compile(r"\b(?:ce|cet|this|that|these|ces)\s+(?:death\s+)?(?:bilans?|tolls?)\b")
_BOUNDS = ["value_low", "value_best", "value_high"]


def _denied_tolls(frame: pd.DataFrame) -> pd.DataFrame:
    """ "Dismissed the toll", "ce bilan est faux": give a denied toll the figure it denies.

    In order: the figure the same source already denied (it repeats itself); for
    "this toll", "ce bilan", the largest figure of the latest sentence where
    another source gave one; else the largest figure another source gave before.
    It goes in value_low/best/high: the words of the figure are not in the quote.
    """
    from claimtrack.normalize.quantities import parse_quantities

    parsed = parse_quantities(frame["value"])
    who = frame["actor_id"].fillna(frame["source_raw"])
    killed = (frame["claim_type"] == "killed") & (frame["stance"] == "asserts")
    denials = frame.index[frame["rule"].str.endswith("+denial") & (frame["claim_type"] == "killed")]
    for i in denials:
        before = frame["char_start"] <= frame.loc[i, "char_start"]
        done = frame.loc[before & frame.index.isin(denials) & (who == who[i]), "value_best"]
        if done.notna().any():
            j, figures = None, frame.loc[done.dropna().index[:1], _BOUNDS]
        else:
            others = parsed.loc[killed & before & (who != who[i]), _BOUNDS]
            size = others.max(axis=1).dropna()
            if size.empty:
                continue
            if _THIS_TOLL.search(fold(frame.loc[i, "quote"])):
                starts = frame.loc[size.index, "char_start"]
                size = size[starts == starts.max()]
            j = size.idxmax()
            figures = parsed.loc[[j], _BOUNDS]
        frame.loc[i, _BOUNDS] = figures.to_numpy()[0]
        if j is not None:
            frame.loc[i, "subject"] = (
                f"the toll ({frame.loc[j, 'value']}, {frame.loc[j, 'source_raw']})"
            )
    return frame

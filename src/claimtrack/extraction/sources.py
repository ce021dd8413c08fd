"""Sources across sentences: a phrase split into institution and speaker; pronouns
("He said", "Ils présentent") take the previous source; a surname ("Mashal told AFP")
takes the source its full name was first given with.

Example:
    >>> memory = SourceMemory()
    >>> memory.remember_people("army spokesperson Souleymane Dembele spoke.")
    'army spokesperson Souleymane Dembele'
    >>> memory.resolve("Dembele").raw
    'army spokesperson'
"""

from __future__ import annotations

import re

from claimtrack.extraction.acting_subjects import THIS, done_to, is_sentence, last_voice
from claimtrack.extraction.attribution import Attribution
from claimtrack.extraction.attribution_record import within_speech
from claimtrack.extraction.clause_subjects import clause_subject
from claimtrack.extraction.french_discourse import PRONOUNS
from claimtrack.extraction.french_members import last_toll, member_of_group, this_group, this_source
from claimtrack.extraction.headlines import listed_sources
from claimtrack.extraction.lexicon import source_words, speech
from claimtrack.extraction.source_documents import (
    DOCUMENT,
    DOCUMENT_OF,
    EPITHET,
    NAMED_DOCUMENT,
    POSSESSIVE_DOCUMENT,
    POSSESSIVE_ROLE,
    STATEMENT,
    THE_GROUP,
    THE_STATEMENT,
    Papers,
    another_document,
)
from claimtrack.extraction.source_kinds import (
    a_group,
    agrees_with,
    is_someone,
    known_body,
    only_someone,
    several,
)
from claimtrack.extraction.source_names import (
    ANAPHORS,
    MEDIA,
    ORG,
    ROLE,
    SOURCE_NOUN,
    THIS_PERSON,
    conjuncts,
    described_noun,
    is_person,
    this_one_named,
    titled_person,
    untitled,
    without_titles,
)
from claimtrack.extraction.source_speakers import Source, split_speaker
from claimtrack.text import fold

# "the agency", "le colonel", "the ministry": a bare definite description of a source.
_DEFINITE = re.compile(
    # "the police spokesman": up to two words that the earlier name must hold too
    rf"^(?:the|le|la|l')\s*(?P<qual>(?:[\w'-]+\s+){{0,2}}?)"
    rf"(?P<noun>{source_words.ROLE_WORDS}|agency|agence|ministry|ministere"
    r"|group|groupe|mission|statement|report|rapport|officier"
    # "the broadcaster" after "State television", "the daily" after "the Daily Trust"
    rf"|{source_words.BROADCASTER_NOUNS}|newspaper|daily)$",
    re.IGNORECASE,
)
# "la même source", "cette source", "De même source", "the same sources": the latest
# source so called, not merely the last one ("…, a indiqué le ministère" between them).
_SAME = re.compile(
    # "one of the sources", "two of these sources": members of the sources named before
    r"^(?:(?:one|two|three|four) of\s+)?"
    r"(?:(?:the|this|these|la|les|ces|cette|de|des)\s+(?:(?:same|memes?)\s+)?|memes?\s+)"
    r"(?P<noun>source)s?$",
    re.IGNORECASE,
)
# Pronouns that stand for a person (or a body), never for a document that speaks.
_PERSONAL = frozenset({"he", "she", "him", "her", "lui"})
_HE_SHE = frozenset({"he", "she", "him", "her"})
_ONE = frozenset({"il", "elle", "it"})  # a singular pronoun stands for no group
_ILS = frozenset({"ils", "elles", "eux"})
_THEY = frozenset({"they", "them"}) | _ILS

# "army spokesperson Ali Sow": two words at most (no verb: "…," said Colonel X), a role, a name
_ROLE_NAME = re.compile(
    rf"(?<![\w'’-])(?i:(?:(?!(?:by|par|with|from|and|et|through|of|de|to|according|selon|citing"
    # (nor an inverted verb: '"…," warns Colonel X')
    # nor the verb of a relay: "AFP quotes rebel spokesman X as saying")
    rf"|quoting|quotes|quoted|cites|cited|{speech.REPORTING_VERBS}|{speech.INVERTED_VERBS})\s)"
    rf"[\w'’-]+\s+){{0,2}}"
    rf"(?:{source_words.ROLE_WORDS}))\s*,?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}}"
)

_FOR = re.compile(r"^(?:pour|for)\s+(?=\S)", re.IGNORECASE)
_CONNECTOR = re.compile(r"\W*(?:but|and|yet|however|meanwhile)\b,?\s*", re.IGNORECASE)
# "X, chief of security, blamed": the appositive after the name, then the verb.
_APPOSITIVE = re.compile(r"^\s*,[^,]{0,120},")
_UNNAMED_ATTACKERS = re.compile(source_words.UNNAMED_ATTACKERS, re.IGNORECASE)
# "the spokesman"; "spokesman Ali Sow" (no body, no article) after the body's own words
_THE_SPOKESMAN = re.compile(
    r"^(?:the\s+)?spokes(?:man|woman|person)(?:\s+(?-i:[A-Z])[\w'’-]+(?:\s+[\w'’-]+){0,3})?$", re.I
)


class SourceMemory:
    """Sources met so far: the last one (for pronouns) and people by name (for surnames)."""

    def __init__(self) -> None:
        self.last: Source | None = None
        self.people: dict[str, Source] = {}
        self.seen: list[Source] = []  # every source named, in order
        self.stated: Source | None = None  # the latest named in a sentence about a statement
        self._statement = False  # whether the sentence being read speaks of a statement
        self.named_later: dict[str, str] = {}  # "ce responsable, X": the speaker of raw
        self.acted: set[int] = set()  # (ids of) sources noted doing something, not speaking
        self.papers = Papers()  # "according to a report by X": "the report" is X's

    def remember_people(self, text: str) -> str | None:
        """Register role + name phrases ("army spokesperson Souleymane Dembele"); return the first.

        A surname met later ("Dembele emphasized") then resolves to that source. It
        also notes whether the sentence speaks of a statement ("X said in a statement"),
        which "the statement" later stands for.
        """
        self._statement = bool(STATEMENT.search(text))
        self.papers.read(text)
        if not ROLE.search(text):
            return None
        first = None
        for m in _ROLE_NAME.finditer(text):
            phrase = m.group().strip()
            # "but rebel spokesman X": the connector is no part of the role
            phrase = re.sub(
                r"^(?:by|and|with|par|et|but|while|whereas|yet|mais)\s+", "", phrase, flags=re.I
            )
            source = split_speaker(phrase)
            if source.speaker:
                self._register(source)
                first = first or source.speaker
        return first

    def _register(self, source: Source) -> None:
        if not source.speaker:
            return
        # "Col. Willy Ngoma, the M23 spokesman": the name is before the comma
        name = source.speaker.split(",")[0]
        name = name if titled_person(name) else source.speaker
        words = [w for w in re.findall(r"[A-Z][\w'’-]+", name) if not ROLE.fullmatch(w)]
        for key in {words[-1], " ".join(words[-2:])} if words else ():
            # a fuller mention of the same person ("Colonel X, the army spokesman") wins
            known = self.people.get(key)
            if known is None or len(source.speaker) > len(known.speaker or ""):
                self.people[key] = source

    def note_actor(self, shade: str, text: str | None = None) -> None:
        """A person or body who opens a sentence with no source, doing something ("Brigadier
        X, chief of security, blamed the rebels.", "The army issued a statement."), is whom a
        "he" or "it" after it stands for; one something is done to ("X was killed") is not.
        Kept as written in ``text`` (the shadow's "L'armee" agrees with no French pronoun),
        and among the sources met, for a pronoun that skips a later one it does not agree
        with ("Le maire a condamné … . L'armée a publié … . …, a-t-il précisé")."""
        if not is_sentence(shade):
            return  # a headline or the page's furniture ("Related Posts"): no one's turn
        opening = _CONNECTOR.match(shade)
        span = clause_subject(shade, opening.end() if opening else 0)
        if span is None or not shade[span[1] :].strip(" .:\n"):
            return  # nothing but a subject ("Related Posts.", a caption's name) does nothing
        name = shade[span[0] : span[1]].split(",")[0].strip()
        name = _FOR.sub("", name)  # "Pour le ministre, il n'y a aucun doute": his view
        # (read on the text: a French participle is told by its accent, "est déployée")
        rest = _APPOSITIVE.sub("", (text or shade)[span[0] + len(name) :], count=1)
        if done_to(rest) or _UNNAMED_ATTACKERS.fullmatch(fold(name)):
            return  # "Gunmen stormed the village. They said …": not the gunmen
        at = shade.index(name, span[0])
        written = (text or shade)[at : at + len(name)]
        body = known_body(name)
        if (is_person(name) or titled_person(name)) and not body:  # "Le colonel Ali Sow a …"
            self.last = Source(written, written)
            self._register(self.last)
            self.seen.append(self.last)
        elif body or ORG.search(name) or SOURCE_NOUN.search(name) or ROLE.search(fold(name)):
            self.last = Source(written, None)  # "The army issued a statement. It said …"
            self.seen.append(self.last)
        self.acted.add(id(self.last))

    def carry_on(self) -> Source | None:
        """The last source, for a sentence that continues its account unnamed (less sure)."""
        if self.last is None:
            return None
        return Source(self.last.raw, self.last.speaker, confidence=0.6)

    def resolve(self, phrase: str) -> Source:
        """The source a phrase names: a pronoun or "the statement" the last one, a surname
        its person, "the agency" / "le colonel" the latest source named with that noun."""
        key = phrase.strip()
        if (this := this_one_named(key)) and (last := self._antecedent(this[0])):
            self.named_later.setdefault(last.raw, last.speaker or this[1])
            return Source(last.raw, last.speaker or this[1], mention=key, confidence=0.85)
        if french := self._french_reference(key):  # "cette source X", "Deux d'entre elles"
            return french
        if _SAME.match(fold(key)) and (earlier := self._described(key) or self._same_as_last(key)):
            return Source(earlier.raw, earlier.speaker, mention=key, confidence=0.8)
        if ANAPHORS.match(fold(key)) and (last := self._antecedent(key)):
            return Source(last.raw, last.speaker, mention=key, confidence=0.85)
        if (known := self._person(key)) is not None:
            return Source(known.raw, known.speaker, mention=key if key != known.raw else None)
        if earlier := self._described(key) or self._epithet(key):
            return Source(earlier.raw, earlier.speaker, mention=key, confidence=0.8)
        if (POSSESSIVE_ROLE.match(key) or _THE_SPOKESMAN.match(key)) and (body := self._body()):
            # "Its spokeswoman"; "The army said … . The spokesman added": no spokesman before
            return Source(body.raw, key, mention=key, confidence=0.8)
        if body := DOCUMENT_OF.match(fold(key)):
            # "Le communiqué du ministère", "the statement from the army": the body speaks
            article = {"du": "le ", "des": "les "}.get(body.group("of").lower(), "")
            source = Source(article + key[body.start("body") :], None, mention=key)
            self.seen.append(source)
            return self._noted(source)
        if body := NAMED_DOCUMENT.match(key) or POSSESSIVE_DOCUMENT.match(key):
            # "the latest UN figures", "the army's statement"
            source = Source(body.group("body"), None, mention=key)
            self.seen.append(source)
            return self._noted(source)
        return self._named_anew(key)

    def _french_reference(self, key: str) -> Source | None:
        """ "cette source proche de X", "ce groupe": the source so called, the group named
        before; "Deux d'entre elles", "une autre source": a member, a source of its own."""
        this = this_source(key)
        voice = this and (self._described(this) or self._same_as_last(this))
        if earlier := voice or this_group(key, self.seen):
            return Source(earlier.raw, earlier.speaker, mention=key, confidence=0.8)
        return self._named_anew(key) if member_of_group(key) else None

    def _named_anew(self, key: str) -> Source:
        """A source named anew: split into institution and speaker, remembered."""
        source = split_speaker(key)
        if source.speaker is None and is_person(key) and not known_body(key):
            source = Source(key, key)
        if (group := self._group_before(source.raw)) is not None:
            # "Boko Haram claimed the attack. The group's spokesman, X, said …": Boko Haram
            source = Source(group.raw, source.speaker, mention=key, confidence=0.8)
        self._register(source)
        self.seen.append(source)
        return self._noted(source)

    def _group_before(self, raw: str) -> Source | None:
        """The armed group of the actor table named last, for "the group" or "the
        movement" (a group's own word for itself): None for any other phrase."""
        if not THE_GROUP.match(fold(raw)):
            return None
        earlier = (s for s in [self.last, *reversed(self.seen[-4:])] if s is not None)
        return next((s for s in earlier if known_body(s.raw, ("armed_group",))), None)

    def _person(self, key: str) -> Source | None:
        """The person named before whom a surname or a titled name stands for: "Sow",
        "le colonel Sow", "Col. Willy Ngoma" after "M23 spokesman Willy Ngoma"."""
        known = self.people.get(key) or self.people.get(untitled(key))
        bare = without_titles(key)
        # English titles only ("Col.", "General"): a French phrase's name may have been
        # registered with its verb ("déclaré le colonel X")
        if known is None and key[:1].isupper() and bare != key and len(bare.split()) > 1:
            known = self.people.get(bare)
            # only one who speaks for a body ("the M23 spokesman"); named anew, he is the
            # latest source "the officer" stands for
            known = known if known and known.raw != known.speaker else None
            if known:
                self.seen.append(known)
        return known

    def _noted(self, source: Source) -> Source:
        """A source named anew, kept as the one "the statement" stands for when its
        sentence speaks of a statement ("The army said in a statement …")."""
        if self._statement:
            self.stated = source
        self.papers.note(source)
        return source

    def _antecedent(self, key: str) -> Source | None:
        """The source an anaphor stands for: the last one; for "lui" the last that is not
        a document ("Selon lui" after "Le communiqué …"); for "he", "she" the last person
        (a name, a role, "the woman"): none, and the pronoun stays as written."""
        low = key.lower()
        if (toll := last_toll(low, self.seen)) or THE_STATEMENT.match(fold(low)):
            return toll or self._statement_of()  # "ce bilan": the last toll's owner first
        if low == "it" and self.last is not None and self.stated is self.last:
            # "The rebels said in a statement … . It said …": the statement, theirs
            return self.last
        if low in _ONE and self.last is not None and a_group(self.last):
            # "Selon elle" after "Certaines sources …": the latest one source, or none
            earlier = (s for s in reversed(self.seen) if not DOCUMENT.match(s.raw))
            ones = (s for s in earlier if not a_group(s))  # that agrees ("Le bilan": no)
            return next((s for s in ones if low == "it" or agrees_with(low, s)), None)
        if low == "it" and self.last is not None and only_someone(self.last):
            # "Governor X said … . It said …": not the governor; a body named just before
            return next((s for s in reversed(self.seen[-3:]) if not only_someone(s)), None)
        if low in PRONOUNS and self.last is not None and not agrees_with(low, self.last):
            # "L'armée a annoncé … . Il a précisé …": not the army, one that agrees just before
            before = (s for s in reversed(self.seen[-3:]) if not DOCUMENT.match(s.raw))
            # a group for "ils", "elles" ("Des habitantes … . Le préfet … . …, ont-elles dit")
            many = low in _ILS
            return next((s for s in before if several(s) == many and agrees_with(low, s)), None)
        # "Residents said … . The army said … . They said …": either, so neither; a French
        # plural never stands for one body ("L'armée … . Ils …"): the one group, if one
        either = low in _THEY and self.last is not None and not several(self.last)
        groups = {s.raw: s for s in self.seen[-3:] if several(s)} if either else {}
        if groups:
            return next(iter(groups.values())) if low in _ILS and len(groups) == 1 else None
        if self.last is None or (low not in _PERSONAL and not THIS_PERSON.match(fold(low))):
            return self.last
        if low in _HE_SHE or THIS_PERSON.match(fold(low)):
            people = [self.last, *reversed(self.seen)]
            return next((s for s in people if is_someone(s) and not MEDIA.search(s.raw)), None)
        if not DOCUMENT.match(self.last.raw):
            return self.last
        return next((s for s in reversed(self.seen) if not DOCUMENT.match(s.raw)), None)

    def _body(self) -> Source | None:
        """The latest body named (no person, no document): whom "its spokesman" speaks for."""
        earlier = (s for s in [self.last, *reversed(self.seen)] if s and not is_someone(s))
        named = (s for s in earlier if ORG.search(s.raw) or SOURCE_NOUN.search(s.raw))
        return next((s for s in named if not DOCUMENT.match(s.raw)), None)

    def _epithet(self, key: str) -> Source | None:
        """The body a wire epithet stands for ("the Britain-based group", "the rights
        group", "the war monitor"): the latest body named, not a person or a document."""
        if not EPITHET.match(fold(key)):
            return None
        bodies = (s for s in [self.last, *reversed(self.seen)] if s and not s.speaker)
        return next((s for s in bodies if ORG.search(s.raw) and not DOCUMENT.match(s.raw)), None)

    def _statement_of(self) -> Source | None:
        """Who "the statement" is: the latest source named with a statement, else the last
        source that is no other document ("a previous report from local sources")."""
        if self.stated is not None:
            return self.stated
        earlier = [self.last, *reversed(self.seen)]
        return next((s for s in earlier if s and not another_document(s.raw, s.mention)), None)

    def _same_as_last(self, key: str) -> Source | None:
        """ "La même source" with no source so called before: the last one; "cette source"
        the last that spoke, not a body only seen doing something ("L'armée est déployée")."""
        if re.search(r"\b(?:same|memes?)\b", fold(key).lower()):
            return self.last
        return last_voice([*self.seen, self.last], self.acted) if THIS.match(key) else None

    def _described(self, key: str) -> Source | None:
        """The latest source whose name holds the noun of a bare definite description."""
        if not (m := _DEFINITE.match(fold(key)) or _SAME.match(fold(key))):
            return None
        noun = described_noun(m.group("noun"))
        qualifiers = (m.groupdict().get("qual") or "").lower().split()
        for earlier in reversed(self.seen):
            names = fold(f"{earlier.raw} {earlier.speaker or ''} {self.papers.of(earlier)}")
            words = set(names.lower().replace(",", " ").split())
            if (
                noun.search(names)
                and all(q in words for q in qualifiers)
                and fold(earlier.raw).lower() != fold(key).lower()
            ):
                return earlier
        return None


def resolve_sources(
    attribution: Attribution, others: list[Attribution], memory: SourceMemory
) -> list[Source]:
    """The sources an attribution names: each conjunct, a pronoun resolved.

    A pronoun inside another source's speech ("The ministry says it has confirmed …")
    is that source, not the one of the sentence before.

    Example:
        >>> from claimtrack.extraction.attribution import find_attributions
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> s = split_sentences("Both the army and the rebels said 12 soldiers died.")[0]
        >>> a = find_attributions(s)
        >>> [x.raw for x in resolve_sources(a[0], a, SourceMemory())]
        ['the army', 'the rebels']
    """
    phrase = attribution.phrase
    outer = next(
        (b for b in others if b is not attribution and within_speech(attribution, b.content)),
        None,
    )
    if attribution.antecedent:  # "The ministry has sent 20 doctors, it said"
        named = memory.resolve(attribution.antecedent)
        return [Source(named.raw, named.speaker, mention=phrase, confidence=0.85)]
    if outer and ANAPHORS.match(fold(phrase)) and not ANAPHORS.match(fold(outer.phrase)):
        named = memory.resolve(outer.phrase)
        return [Source(named.raw, named.speaker, mention=phrase, confidence=0.85)]
    if attribution.start == attribution.verb_start and "," in phrase:
        # a headline's sources, listed after its colon: "…: state media, NGO"
        return [memory.resolve(p) for p in listed_sources(phrase)]
    return [memory.resolve(p) for p in conjuncts(phrase)]

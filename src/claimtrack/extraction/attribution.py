"""Who says it: the sources named in a sentence, and the stretch of it each one speaks for.

Patterns, in the order they are tried:

- ``according to X`` / ``selon X`` / ``citing X``, anywhere in the sentence;
- ``"…," said X`` / ``…, a déclaré X`` (the verb before the source);
- ``X said …`` / ``X a annoncé …`` (head: the source speaks for what follows) and
  ``…, X said`` / ``…," X told AFP`` (tail: for what precedes);
- a headline ending in ``: State media``;
- ``… were claimed by X`` (a claim of responsibility, with its source).

A source is a noun phrase: connectors ("But"), leading prepositional phrases ("In
a statement in Hebrew") and trailing adverbs ("however", "avaient le jour même")
are trimmed off; a phrase with a finite verb in it is not a source. Pronouns and
surnames are resolved later, across sentences (``claimtrack.extraction.core``).

Example:
    >>> from claimtrack.extraction.sentences import split_sentences
    >>> s = split_sentences("Russia, which backs Damascus, said 50 fighters were killed.")[0]
    >>> [(a.phrase, a.kind) for a in find_attributions(s)]
    [('Russia', 'head')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.extraction.lexicon import numbers, speech, words
from claimtrack.extraction.sentences import Sentence

_I = re.IGNORECASE
_REPORTING = words(speech.REPORTING_VERBS, lower=True)
_DENIAL = re.compile(rf"^(?:{speech.DENIAL_VERBS})$", _I)
_ACCORDING = re.compile(rf"(?<![\w'-])(?:{speech.ACCORDING_TO})\s+", _I)
_INVERTED = re.compile(
    r"(?:^|[,\"]\s*)(said|added|a declare|a reconnu|a admis|a annonce|a affirme|a precise"
    r"|a ajoute|ajoute|a indique|affirme|explique|a explique|souligne)\s+"
)
_CONTINUING = re.compile(rf"^(?:{speech.CONTINUING_VERBS})$", _I)
_PASSIVE_CLAIM = re.compile(
    r"(?:were|was|has been|have been|a ete|ont ete) (?:claimed|revendiquee?s?) (?:by|par)\s+", _I
)
# Phrases that stand for a source named before: pronouns, "the statement", "another source".
_ANAPHORS = re.compile(
    r"^(?:he|she|it|they|him|them|il|elle|ils|elles|lui|eux"
    r"|the statement|the communique|le communique"
    r"|(?:une|un) autre(?: source)?|another(?: source)?|the other|l'autre|la troisieme|the third"
    r"|(?:deux|trois|one|two|three|une|un|l'une|l'un) (?:d'entre (?:elles|eux)|of them"
    r"|de ces \w+|of these \w+)"
    r"|(?:cet|cette|ce|this|that|these|ces)(?: \w+)? \w+)$",
    re.IGNORECASE,
)
_HEADLINE = re.compile(r"^(?P<content>[^:]{12,}):\s*(?P<source>[A-Z][\w' -]{2,40}?)\s*$")
_SOURCE_NOUN = words(speech.SOURCE_NOUNS)
_ROLE = words(speech.ROLE_WORDS)
_FINITE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|had|has|did|does|do|will|would|could|can|est|sont|etait"
    r"|etaient|not|pas|ne|who|which|that|qui|que|there|this|these)\b",
    _I,
)
_BOUNDARY = re.compile(
    r"[,;:\"]|\s(?:[-–—]|--)\s"
    r"|\b(?:while|whereas|but|tandis que|alors que|mais|when|after|before)\b",
    _I,
)
_TOKEN = re.compile(r"[^\s,;:\"]+")
_NP_STOP = re.compile(
    r"[,.;:!?\"()]|\s(?:in|on|at|to|a|dans|sur|lors|during|from|by|when|who|which|that|qui"
    r"|que|after|before|via|par|precisant|adding|stressing|saying)\s"
    # "Selon l'ONU jusqu'à 160 000 personnes": a count starts the claim, not the source
    r"|\s(?=\d|(?:jusqu'a|au moins|at least|more than|plus de|pres de|environ|up to)\s)",
    _I,
)
_ORG = words(speech.ORG_WORDS)
_RELATIVE_WORDS = ("who", "which", "qui")
_RELATIVE = re.compile(r"\s(?:who|which|qui)\s", _I)

_PERSON_TOKEN = re.compile(r"^(?:[A-Z][\w'-]*|al-\w+|el-\w+|ag|ould|bin|ben|de|du|van|von|der)$")
# Who was told, between an inverted verb and its source: "a déclaré à l'AFP", "told Reuters".
_LISTENER = re.compile(
    r"(?:a|au|aux|to)\s+(?:l'\s*|la\s+|le\s+|les\s+|the\s+)?[A-Z][\w'-]*\s+"
    r"|(?:a|au)\s+(?:l'\s*|la\s+)?(?:agence|journal|presse|television|radio)\s+(?:[A-Z][\w'-]*\s+)*"
)
_ROLE_AFTER = re.compile(rf"\s*(?:(?:le|la|l'|the|a|an)\s*)?(?:{speech.ROLE_WORDS})\b", _I)
# "a affirmé jeudi une source", "The United States on Saturday said": days are not sources.
_DAY = rf"(?:{numbers.DAY_WORDS})(?:\s+(?:soir|matin|apres-midi|night|morning|evening))?"
_WHEN = re.compile(rf"(?:(?:on|ce|le)\s+)?{_DAY},?\s+", _I)
_LAST_WORD = re.compile(r"\s+([\w'-]+)$")
_WHEN_AFTER = re.compile(rf"(?<=\w)\s+(?:(?:on|ce)\s+)?{_DAY}$", _I)
_INVERTED_PRONOUN = re.compile(r"-t-(?P<p>il|elle|ils|elles|on)\s+$")
# "the claims", "these reports", "the group's claims": the verb form read as a noun.
_NOUN_FORMS = re.compile(r"claims|reports|states|claim|report", _I)
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|these|those|its|their|his|her|our|such|any|all|les|ces|ses|leurs)|'s?)\s+$", _I
)
# "X claimed the attack", "X a revendiqué l'attaque": a claim of responsibility with its object.
_CLAIMING = re.compile(r"claimed|claims|claiming|a revendique|ont revendique|revendiquen?t?", _I)
_CLAIMED_OBJECT = re.compile(
    r"\s+(?:responsibility|la responsabilite|the|an|a|its|their|this|these|those|l'|la|le|les"
    r"|cette|ces|cet)\b[^,.;:]*?(?=\s+(?:that|which|who|qui|que|in|on|at|dans|when|after)\b"
    r"|[,.;:]|$)",
    _I,
)
# Short content after a tail attribution: "…, officials said on Saturday."
_TAIL_REST = re.compile(r"^[^,.;:\d]{0,60}(?:[,.;:]|$)")


@dataclass
class Attribution:
    """A source in a sentence. Offsets are relative to the sentence."""

    kind: str  # head, tail, according, inverted, headline, passive, claim
    start: int  # the source phrase
    end: int
    verb_start: int
    verb_end: int
    phrase: str  # as written
    denial: bool = False
    content: tuple[int, int] = (0, 0)


def _tokens(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    return [(m.start() + offset, m.end() + offset, m.group()) for m in _TOKEN.finditer(text)]


def is_person(phrase: str) -> bool:
    """Whether a phrase reads as a person's name: two or more capitalised words, no org word.

    Example:
        >>> is_person("Naji al-Mustafa"), is_person("the army"), is_person("Human Rights Watch")
        (True, False, False)
    """
    words = phrase.replace(",", " ").split()
    if _ORG.search(phrase):
        return False
    caps = [w for w in words if w[:1].isupper()]
    return len(words) >= 2 and len(caps) >= 1 and all(_PERSON_TOKEN.match(w) for w in words)


def conjuncts(phrase: str) -> list[str]:
    """The sources of a coordinated phrase ("the army and the rebels"), or the phrase itself.

    Each conjunct must read as a source on its own (a source noun, a role, an
    organisation or a person's name): "the Ministry of Defence and Security" is one.

    Example:
        >>> conjuncts("the army and the rebels"), conjuncts("Defence and Security")
        (['the army', 'the rebels'], ['Defence and Security'])
    """
    parts = re.split(r"\s+(?:and|et)\s+", phrase)
    if len(parts) == 2 and all(
        valid_source(p)
        and (_SOURCE_NOUN.search(p) or _ROLE.search(p) or _ORG.search(p) or is_person(p))
        for p in parts
    ):
        return parts
    return [phrase]


def valid_source(phrase: str) -> bool:
    """Whether a trimmed phrase can be a source: short, verb-free, and named or nounlike.

    Example:
        >>> valid_source("The Taleban"), valid_source("the attack"), valid_source("He")
        (True, False, True)
        >>> valid_source("Residents who had fled"), valid_source("the town that was hit")
        (True, False)
    """
    if rel := _RELATIVE.search(phrase):
        # "Residents who fled the town": the head is the source, the clause stays with it.
        return len(phrase[rel.end() :].split()) <= 10 and valid_source(phrase[: rel.start()])
    words = phrase.split()
    if not words or len(words) > 16 or _FINITE.search(phrase):
        return False
    if phrase.lower() in speech.PRONOUNS or _ANAPHORS.match(phrase):
        return True
    if words[0].lower() in ("it", "they", "il", "ils", "elle", "elles", "we", "i", "you"):
        return False
    first = re.sub(r"^[ldLD]'", "", words[0])  # "l'ONU", "L'armée"
    named = any(w[:1].isupper() for w in words[1:]) or any(
        w[:1].isupper() and w.lower() not in speech.DETERMINERS for w in (words[0], first)
    )
    return named or bool(_SOURCE_NOUN.search(phrase) or _ROLE.search(phrase))


def _trim(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop connectors, a leading prepositional phrase and trailing fillers."""
    while tokens and tokens[0][2].lower() in speech.LEADING_CONNECTORS:
        tokens = tokens[1:]
    # At the head of a clause "a" is the English article more often than a folded
    # French "à", and "des", "de", "du" start a noun phrase ("Des sources ont dit").
    if tokens and tokens[0][2].lower() in speech.PREPOSITIONS - {"a", "des", "de", "du"}:
        # "In a statement in Hebrew the Israeli military": the phrase starts at the
        # first determiner (or capital) that does not follow a preposition.
        for i in range(1, len(tokens)):
            word, before = tokens[i][2], tokens[i - 1][2].lower()
            if before in speech.PREPOSITIONS or before in speech.DETERMINERS:
                continue
            if word.lower() in speech.DETERMINERS or word[:1].isupper():
                tokens = tokens[i:]
                break
        else:
            return []
    # "an accusation the army (rejected)": a noun, then the source of a bare relative clause;
    # not after a relative pronoun ("Residents who fled the town") nor a conjunction.
    relative = any(t[2].lower() in _RELATIVE_WORDS for t in tokens)
    for i in range(2, len(tokens) if not relative else 0):
        before = tokens[i - 1][2].lower()
        if (
            tokens[i][2].lower() in ("the", "le", "la", "les")
            and before not in speech.PREPOSITIONS
            and before not in speech.DETERMINERS
            and before not in ("and", "et", "or", "ou")
        ):
            tokens = tokens[i:]
            break
    while len(tokens) > 1 and tokens[-1][2].lower() in speech.TRAILING_FILLERS:
        tokens = tokens[:-1]
    return tokens


def _left_phrase(shade: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The source phrase that ends just before ``hi`` (a verb), not reaching before ``lo``."""
    left = shade[lo:hi].rstrip()
    # "The Civil Defence, first responders …, had earlier said": auxiliaries and adverbs
    # between the source and its verb go first.
    while (last := _LAST_WORD.search(left)) and last.group(1).lower() in speech.TRAILING_FILLERS:
        left = left[: last.start()]
    # "The United States on Saturday said": the day is not part of the source.
    left = _WHEN_AFTER.sub("", left)
    # "Russia, which is helping …, said": skip the relative clause.
    rel = re.search(r",\s*(?:which|who|qui|whose|dont)\b[^,]*,?\s*$", left, _I)
    if rel:
        left = left[: rel.start()]
    if left.endswith(","):
        # "A spokesman for X, Naji al-Mustafa, disputed": role, then a name in commas.
        body = left[:-1]
        cut = body.rfind(",")
        name = body[cut + 1 :].strip()
        # ", le colonel Abass Dembélé,": the titles before a name are part of it.
        if cut > 0 and is_person(re.sub(r"^(?:[a-z][\w'-]*\s+)+(?=[A-Z])", "", name)):
            before = body[:cut]
            seg = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
            tokens = _trim(_tokens(before[seg:], lo + seg))
            if tokens and _ROLE.search(before[seg:]):
                return tokens[0][0], lo + len(body)
        elif cut > 0 and name[:1].islower():
            # "le Groupe … (GSIM), lié à al-Qaïda, a revendiqué": skip the description.
            body = body[:cut]
        left = body
    seg = max((m.end() for m in _BOUNDARY.finditer(left)), default=0)
    tokens = _trim(_tokens(left[seg:], lo + seg))
    if not tokens:
        return None
    return tokens[0][0], tokens[-1][1]


def _right_phrase(shade: str, start: int) -> tuple[int, int] | None:
    """The source phrase that starts at ``start``, with a ", Name," appositive."""
    if when := _WHEN.match(shade, start):
        start = when.end()  # "a affirmé jeudi une source": the day is not the source
    stop = _NP_STOP.search(shade, start)
    end = stop.start() if stop else len(shade)
    if stop and shade[stop.start()] == ",":
        # ", Mahmoud Bassal," or ", le médecin colonel Amado Kafando,": a name in apposition.
        nxt = _NP_STOP.search(shade, stop.end())
        tail_end = nxt.start() if nxt else len(shade)
        words = shade[stop.end() : tail_end].split()
        while words and words[0][:1].islower():
            words = words[1:]
        if words and is_person(" ".join(words)):
            end = tail_end
        elif is_person(shade[start : stop.start()]) and _ROLE_AFTER.match(
            shade, stop.end(), tail_end
        ):
            end = tail_end  # "Ali Gueddei, porte-parole de l'Alliance": the role stays
    phrase = shade[start:end].rstrip(" .,")
    return (start, start + len(phrase)) if phrase else None


def find_attributions(sentence: Sentence) -> list[Attribution]:
    """Every source named in a sentence, with the part of the sentence it speaks for.

    Example:
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> s = split_sentences("Four soldiers died, officials said on Monday.")[0]
        >>> a = find_attributions(s)[0]
        >>> a.phrase, a.kind, s.text[slice(*a.content)]
        ('officials', 'tail', 'Four soldiers died, ')
    """
    shade, text = sentence.shade, sentence.text
    found: list[Attribution] = []

    def taken(i: int) -> bool:
        return any(a.start <= i < a.end or a.verb_start <= i < a.verb_end for a in found)

    for m in _PASSIVE_CLAIM.finditer(shade):
        span = _right_phrase(shade, m.end())
        if span and valid_source(shade[span[0] : span[1]]):
            found.append(Attribution("passive", *span, m.start(), m.end(), text[span[0] : span[1]]))
    for m in _ACCORDING.finditer(shade):
        span = _right_phrase(shade, m.end())
        if span and valid_source(shade[span[0] : span[1]]) and not taken(m.start()):
            found.append(
                Attribution("according", *span, m.start(), m.end(), text[span[0] : span[1]])
            )
    for m in _INVERTED.finditer(shade):
        if taken(m.start(1)):
            continue
        listener = _LISTENER.match(shade, m.end())  # "a déclaré à l'AFP un officier"
        span = _right_phrase(shade, listener.end() if listener else m.end())
        if span and valid_source(shade[span[0] : span[1]]):
            found.append(
                Attribution("inverted", *span, m.start(1), m.end(1), text[span[0] : span[1]])
            )
    _reporting_frames(shade, text, found)
    if not found and (h := _HEADLINE.match(shade)) and valid_source(h.group("source")):
        s, e = h.span("source")
        found.append(Attribution("headline", s, e, s, s, text[s:e]))
    found.sort(key=lambda a: a.start)
    _set_contents(found, shade)
    return found


def _reporting_frames(shade: str, text: str, found: list[Attribution]) -> None:
    """Add the ``X said …`` (head), ``…, X said`` (tail) and ``X claimed the attack`` frames."""
    for m in _REPORTING.finditer(shade):
        if any(
            a.start <= m.start() < a.end or a.verb_start <= m.start() < a.verb_end for a in found
        ):
            continue
        if found and _CONTINUING.match(m.group()) and shade[: m.start()].rstrip().endswith(","):
            # "…, claiming that …": the same speaker goes on; after a denial, it asserts
            # ("disputed that version, saying the man was tortured to death").
            last = max(found, key=lambda a: a.verb_end)
            if last.denial and last.verb_end <= m.start():
                found.append(
                    Attribution("head", last.start, last.end, m.start(), m.end(), last.phrase)
                )
            continue
        if _NOUN_BEFORE.search(shade, 0, m.start()) and _NOUN_FORMS.fullmatch(m.group()):
            continue  # "the group's claims", "these reports": a noun, not a verb
        hi = m.start()
        if pro := _INVERTED_PRONOUN.search(shade, 0, hi):
            # "…, a-t-il précisé": the pronoun is the source, resolved to the one before.
            s0, s1 = pro.span("p")
            a = Attribution("tail", s0, s1, m.start(), m.end(), text[s0:s1])
            a.denial = bool(_DENIAL.match(m.group()))
            found.append(a)
            continue
        if rel := re.search(r",?\s*\b(?:who|which|qui)\s+$", shade[:hi], _I):
            # "…, the army, which said …": the source is what the clause hangs on.
            if not rel.group().startswith(","):
                continue  # "…, who spoke on condition of anonymity, denied …"
            hi = rel.start()
        lo = max(
            [0, *(a.verb_end for a in found if a.verb_end <= m.start())]
            + [a.end for a in found if a.end <= m.start()]
        )
        if hi < m.start() and (by := list(re.finditer(r"\b(?:by|par)\s+", shade[lo:hi], _I))):
            lo += by[-1].end()  # "rejected by the army, which said": the agent
        span = _left_phrase(shade, lo, hi)
        if not span or not valid_source(shade[span[0] : span[1]]):
            continue
        before = shade[: span[0]].rstrip()
        kind = "head"
        if (obj := _CLAIMED_OBJECT.match(shade, m.end())) and _CLAIMING.fullmatch(m.group()):
            kind = "claim"  # "X claimed the attack (that left 30 dead)": X speaks for the claim
        elif before and before[-1] in ',"' and _TAIL_REST.match(shade[m.end() :]):
            kind = "tail"
        a = Attribution(kind, *span, m.start(), m.end(), text[span[0] : span[1]])
        a.denial = bool(_DENIAL.match(m.group()))
        if kind == "claim":
            a.content = (m.start(), obj.end())
        found.append(a)


def _set_contents(found: list[Attribution], shade: str) -> None:
    """The stretch each source speaks for: heads what follows, tails what precedes.

    A claim frame ("X claimed the attack") speaks for its object only; a fact told
    around it ("that left 30 dead, a monitor said") is in the outer voice.
    """
    n = len(shade)
    frames = [a for a in found if a.kind != "claim"]
    for i, a in enumerate(frames):
        nxt = min((b.start for b in frames[i + 1 :] if b.start > a.verb_end), default=n)
        prev = max((b.verb_end for b in found if b.verb_end <= a.start), default=0)
        if a.kind == "head":
            a.content = (a.verb_end, nxt)
        elif a.kind == "according" and not shade[: a.verb_start].strip():
            a.content = (a.end, nxt)  # "According to JNIM, the assault …"
        elif a.kind == "passive":
            a.content = (0, n)
        else:
            a.content = (prev, min(a.start, a.verb_start))


def pick(attributions: list[Attribution], position: int) -> Attribution | None:
    """The attribution that speaks for the text at ``position`` of the sentence.

    Heads speak for what follows them, tails and quotations for what precedes; a
    position no attribution covers goes to the nearest one.

    Example:
        >>> pick([], 3) is None
        True
    """
    covering = [a for a in attributions if a.content[0] <= position < a.content[1]]
    if covering:
        rank = {
            "claim": -1,
            "head": 0,
            "inverted": 1,
            "according": 2,
            "tail": 3,
            "headline": 4,
            "passive": 5,
        }
        return min(covering, key=lambda a: (rank[a.kind], position - a.content[0]))
    if not attributions:
        return None
    return min(attributions, key=lambda a: min(abs(position - a.start), abs(position - a.end)))

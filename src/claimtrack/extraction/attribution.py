"""Who says it: the sources named in a sentence, and the stretch of it each one speaks for.

Patterns, in the order they are tried:

- ``according to X`` / ``selon X`` / ``citing X``, anywhere in the sentence;
- ``"…," said X`` / ``…, a déclaré X`` (the verb before the source);
- ``X said …`` / ``X a annoncé …`` (head: the source speaks for what follows) and
  ``…, X said`` / ``…," X told AFP`` (tail: for what precedes);
- ``… were claimed by X`` (a claim of responsibility, with its source).

What a source phrase is (a noun phrase, trimmed) is in ``source_phrases``. Pronouns
and surnames are resolved later, across sentences (``claimtrack.extraction.sources``).

Example:
    >>> from claimtrack.extraction.sentences import split_sentences
    >>> s = split_sentences("Russia, which backs Damascus, said 50 fighters were killed.")[0]
    >>> [(a.phrase, a.kind) for a in find_attributions(s)]
    [('Russia', 'head')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.extraction.lexicon import happenings, speech, words
from claimtrack.extraction.number_forms import quantity_re
from claimtrack.extraction.sentences import Sentence
from claimtrack.extraction.source_phrases import (
    ORG,
    ROLE,
    SOURCE_NOUN,
    WHEN,
    clause_subject,
    left_phrase,
    right_phrase,
    valid_source,
)

_I = re.IGNORECASE
_REPORTING = words(speech.REPORTING_VERBS, lower=True)
_DENIAL = re.compile(rf"^(?:{speech.DENIAL_VERBS})$", _I)
_ACCORDING = re.compile(rf"(?<![\w'-])(?:{speech.ACCORDING_TO})\s+", _I)
_INVERTED = re.compile(rf"(?:^|[,\"]\s*)({speech.INVERTED_VERBS})\s+")
_CITING = re.compile(r"cit(?:ing|ant)\b", _I)
_CONTINUING = re.compile(rf"^(?:{speech.CONTINUING_VERBS})$", _I)
_PASSIVE_CLAIM = re.compile(
    r"(?:were|was|has been|have been|a ete|ont ete) (?:claimed|revendiquee?s?) (?:by|par)\s+", _I
)
# Who was told, or where, between an inverted verb and its source: "a déclaré à l'AFP",
# "told Reuters", "a déclaré dans un communiqué", "said in a statement".
_LISTENER = re.compile(
    r"(?:(?:a|au)\s+(?:l'\s*|la\s+)?(?i:agence|journal|presse|television|radio)\s+(?:[A-Z][\w'-]*\s+)*"
    r"|(?:a|au|aux|to)\s+(?:l'\s*|la\s+|le\s+|les\s+|the\s+)?[A-Z][\w'-]*\s+"
    r"|(?:dans|in|sur|on|via|lors d')\s*(?:un|une|a|an|the|le|la|son|sa|its|his|her|their|leur)\s+"
    r"(?:communique|statement|declaration|message|video|tweet|post|interview|entretien"
    r"|conference de presse|press conference|briefing)\s+"
    # "a déclaré mardi sur Twitter que", "said on Telegram": a channel, not the source
    r"|(?:sur|on|via)\s+(?:les\s+|the\s+)?(?:reseaux sociaux|social media|[A-Z][\w-]*)\s+"
    # "a déclaré de son côté X", "said for its part X": an aside, not the source
    rf"|(?:{speech.ASIDES}),?\s+)+"
)
_HEADLINE = re.compile(r"^\W*(?P<before>[^:]{2,60}?)\s*(?::|\s[-–—]\s)\s*(?P<after>[^:–—]{2,160})$")
_INSTITUTION = re.compile(rf"{SOURCE_NOUN.pattern}|{ROLE.pattern}|{ORG.pattern}", _I)
_SAID_WHAT = re.compile(r"\d|(?:that|que|qu')\b", _I)
# "a-t-il précisé", "ont-ils encore dit": an auxiliary, its pronoun, the participle
_INVERTED_PRONOUN = re.compile(
    r"\b(?:a|ont|avait|avaient)(?:-t)?-(?P<p>il|elle|ils|elles|on)"
    r"(?:\s+(?:encore|aussi|egalement|ensuite|enfin|alors|plus tard|d'abord))?\s+$",
    _I,
)
# "poursuit-il", "précise-t-elle", "dit-il": a present verb, then its pronoun
_VERB_PRONOUN = re.compile(r"(?<![\w-])(?P<v>[a-z]+)(?:-t)?-(?P<p>il|elle|ils|elles)(?![\w-])", _I)
# "the claims", "these reports", "the group's claims", "l'annonce": the verb form read as a noun.
_NOUN_FORMS = re.compile(r"claims|reports|states|claim|report|annonce|rapporte", _I)
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|these|those|its|their|his|her|our|such|any|all|les|ces|ses|leurs|une|cette"
    r"|son|sa)|'s?)\s+$|\bd'$"
    # "L'annonce", "après l'annonce"; not "le ministère l'annonce", where l' is a pronoun
    r"|(?:^|\b(?:de|a|par|pour|apres|avant|dans|sur|selon|et|mais|que|avec)\s+)[l]'$",
    _I,
)
# "X claimed the attack", "X a revendiqué l'attaque": a claim of responsibility with its object.
_CLAIMING = re.compile(r"claimed|claims|claiming|a revendique|ont revendique|revendiquen?t?", _I)
# "…, a claim the army denied": the source speaks about what was said before it.
_AFTER_BARE_RELATIVE = re.compile(
    rf",\s*(?:(?:an?|the|this|that|une?|cette|ce|les?|la)\s+(?:{speech.CLAIM_NOUNS})"
    r"(?:\s+(?:that|which|que))?|which|ce que|que)\s*$|qu'\s*$",
    _I,
)
_CLOSES_RELATIVE = re.compile(r",\s*(?:qui|who|which|dont|whose)\b[^,\"]*,\s*$", _I)
_IN_RELATIVE = re.compile(r",\s*(?:who|which|qui)\s+$", _I)
_OBJECT_GAP = re.compile(r"\s+(?:[\w'-]+\s+){0,2}")
_CLAIMED_EVENT = re.compile(happenings.CLAIMED_EVENT, _I)
_CLAIMED_OBJECT = re.compile(
    r"\s+(?:responsibility|la responsabilite|the|an|a|its|their|this|these|those|l'|la|le|les"
    r"|cette|ces|cet)\b[^,.;:]*?(?=\s+(?:that|which|who|qui|que|in|on|at|dans|when|after)\b"
    r"|[,.;:]|$)",
    _I,
)
# A reporting verb in a second verb phrase of its clause: "…, but said", "et a affirmé",
# "est intervenu pour annoncer", "went on television to announce".
_AND_THEN = re.compile(
    r"[^,;:\"]\s*,?\s+(?:(?:but|and|yet|mais|et|puis)\s+(?:(?:also|later|then|has|have|had"
    r"|ensuite|aussi|a|ont|en)\s+)?|(?:pour|afin de|to|de|a|(?:tout\s+)?en)\s+)$",
    _I,
)
_DOCUMENT_BY = re.compile(
    r"(?:(?:the\s+|les\s+|des\s+|un\s+|une\s+|a\s+|le\s+)?(?:\w+\s+)?(?:figures|data|statistics"
    r"|statement|tally|count|tolls?|reports?|chiffres|donnees|bilan|communique|rapport|decompte)"
    r"\s+(?:\w+\s+)?(?:by|from|de|du|des|d'|par)\s*)",
    _I,
)
_QUOTED_AS = re.compile(
    r"\b(?:was|were|is|are|has been|have been)\s+(?:quoted|cited)\b[^,.;]{0,40}?\bas\s+$", _I
)
_REFUSED = re.compile(
    r"\b(?:declined|refused|refuses|declines|not|unable|never|refuse|pas)"
    r"\s+(?:to|de|d')?\s*$",
    _I,
)
# Short content after a tail attribution: "…, officials said on Saturday."
_TAIL_REST = re.compile(r"^[^,.;:\d]{0,60}(?:[,.;:]|$)")
# "In Manila, X denied …", "Mais, dans la soirée, X a …": a sentence that opens with an
# adverbial before its source is a head, not a tail.
_LEADING_ADVERBIAL = re.compile(
    r"^\W*(?:(?:but|and|yet|mais|et|or)\s*,?\s+)?(?:(?:in|on|at|from|during|after|before|since"
    r"|dans|a|au|en|lors|apres|avant|depuis|sur|pendant)\s[^,]{0,40}|meanwhile|later|earlier"
    r"|separately|however|pourtant|cependant|par ailleurs|plus tot|plus tard|ensuite|enfin"
    rf"|{speech.ASIDES})\s*,$",
    _I,
)
# 'X said, "…"' / 'X a déclaré : « … »': the verb opens a quotation, a head.
_QUOTE_OPENS = re.compile(r"\s*[,:]?\s*\"")


@dataclass
class Attribution:
    """A source in a sentence. Offsets are relative to the sentence."""

    kind: str  # head, tail, according, citing, inverted, passive, claim
    start: int  # the source phrase
    end: int
    verb_start: int
    verb_end: int
    phrase: str  # as written
    denial: bool = False
    content: tuple[int, int] = (0, 0)


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
    for m in _PASSIVE_CLAIM.finditer(shade):
        span = right_phrase(shade, m.end())
        if span and valid_source(shade[span[0] : span[1]]):
            found.append(Attribution("passive", *span, m.start(), m.end(), text[span[0] : span[1]]))
    for m in _ACCORDING.finditer(shade):
        # "according to figures released by the ministry": the ministry
        span = right_phrase(
            shade, doc.end() if (doc := _DOCUMENT_BY.match(shade, m.end())) else m.end()
        )
        if span and valid_source(shade[span[0] : span[1]]) and not _inside_span(m.start(), found):
            found.append(
                Attribution("according", *span, m.start(), m.end(), text[span[0] : span[1]])
            )
    _inverted_frames(shade, text, found)
    _reporting_frames(shade, text, found)
    for m in _VERB_PRONOUN.finditer(shade):
        if _REPORTING.fullmatch(m.group("v").lower()) and not _inside_span(m.start(), found):
            s0, s1 = m.span("p")  # the pronoun is the source, resolved to the one before
            a = Attribution("tail", s0, s1, m.start(), m.end("v"), text[s0:s1])
            a.denial = bool(_DENIAL.match(m.group("v")))
            found.append(a)
    if not found and (headline := _headline(sentence)):
        found.append(headline)
    found.sort(key=lambda a: a.start)
    _set_contents(found, shade)
    _cited(found, shade)
    return found


def _cited(found: list[Attribution], shade: str) -> None:
    """ "Citing a military source, the agency said …": the cited source speaks for what
    the citing one says (it is where the figures come from); the agency only relays."""
    frames = [a for a in found if a.kind in ("head", "tail", "inverted")]
    for a in found:
        if a.kind == "according" and _CITING.match(shade, a.verb_start) and frames:
            frame = min(frames, key=lambda f: abs(f.verb_start - a.verb_start))
            a.kind, a.content = "citing", frame.content


def _inside_span(i: int, found: list[Attribution]) -> bool:
    """Whether position ``i`` lies inside a source or verb already found."""
    return any(a.start <= i < a.end or a.verb_start <= i < a.verb_end for a in found)


def _inverted_frames(shade: str, text: str, found: list[Attribution]) -> None:
    """Add the ``"…," said X`` / ``…, a déclaré à l'AFP X`` frames (the verb before the source)."""
    for m in _INVERTED.finditer(shade):
        if _inside_span(m.start(1), found) or _CLOSES_RELATIVE.search(shade, 0, m.start(1)):
            continue  # "X, qui a requis l'anonymat, a confirmé …": X is the subject, before
        after = when.end() if (when := WHEN.match(shade, m.end())) else m.end()
        listener = _LISTENER.match(shade, after)  # "a déclaré à l'AFP un officier"
        span = right_phrase(shade, listener.end() if listener else m.end())
        if span and _SAID_WHAT.match(shade, span[0]):
            continue  # "…, said 12 soldiers died": what was said, not who said it
        if span and valid_source(shade[span[0] : span[1]]):
            a = Attribution("inverted", *span, m.start(1), m.end(1), text[span[0] : span[1]])
            a.denial = bool(_DENIAL.match(m.group(1)))
            found.append(a)


def _headline(sentence: Sentence) -> Attribution | None:
    """A headline's source, on either side of its colon or after a dash.

    "Dozens killed in attack: State media" (the source after), "Army: 20 militants
    killed" (before). Only the article's first line, with no closing stop, and a side
    that reads as an institution (a source noun, a role or an organisation), not a place
    ("Mali: …").
    """
    shade = sentence.shade.rstrip()
    if sentence.paragraph or shade.endswith((".", "?", "!")) or not (m := _HEADLINE.match(shade)):
        return None
    for side, kind in (("after", "tail"), ("before", "head")):
        start, end = m.span(side)
        phrase = shade[start:end]
        if (
            len(phrase.split()) <= 5
            and _INSTITUTION.search(phrase)
            and not quantity_re().search(phrase)
            and valid_source(phrase)
        ):
            a = Attribution(kind, start, end, start, end, sentence.text[start:end])
            a.content = (0, m.start("after")) if kind == "tail" else (m.end("before"), len(shade))
            return a
    return None


def _going_on(m: re.Match, shade: str, found: list[Attribution]) -> list[Attribution] | None:
    """ "…, claiming that …": the same speaker goes on; after a denial, it asserts
    ("disputed that version, saying the man was tortured to death"). None: another frame."""
    if not (found and _CONTINUING.match(m.group()) and shade[: m.start()].rstrip().endswith(",")):
        return None
    last = max(found, key=lambda a: a.verb_end)
    # after a claim of responsibility the claimer goes on: "X a revendiqué l'attaque, affirmant …"
    if (last.denial or last.kind == "claim") and last.verb_end <= m.start():
        return [Attribution("head", last.start, last.end, m.start(), m.end(), last.phrase)]
    return []


def _source_span(m: re.Match, shade: str, found: list[Attribution]) -> tuple[int, int] | None:
    """Where the source of a reporting verb is written, before it; None when no source is."""
    hi = m.start()
    if rel := re.search(r",?\s*\b(?:who|which|qui)\s+$", shade[:hi], _I):
        # "…, the army, which said …": the source is what the clause hangs on.
        if not rel.group().startswith(","):
            return None  # "…, who spoke on condition of anonymity, denied …"
        hi = rel.start()
    # a frame inside a relative clause ("The Front, which claimed the attack, said") is
    # skipped with its clause: the source of the verb is before it
    before = [a for a in found if not _IN_RELATIVE.search(shade, 0, a.verb_start)]
    lo = max(
        [0, *(a.verb_end for a in before if a.verb_end <= m.start())]
        + [a.end for a in before if a.end <= m.start()]
    )
    if hi < m.start() and (by := list(re.finditer(r"\b(?:by|par)\s+", shade[lo:hi], _I))):
        lo += by[-1].end()  # "rejected by the army, which said": the agent
    if hi == m.start() and _QUOTED_AS.search(shade, lo, hi):
        return clause_subject(shade, lo)  # "The governor was quoted as saying …"
    if hi == m.start() and (then := _AND_THEN.search(shade, lo, hi)):
        if _REFUSED.search(shade, lo, then.end()):
            return None  # "declined to confirm": nothing is said
        if earlier := [a for a in found if a.verb_end <= m.start()]:
            # "X claimed the attack, and said it killed 30": the subject of the verb before
            last = max(earlier, key=lambda a: a.verb_end)
            return last.start, last.end
        return clause_subject(shade, lo)  # "X did not provide photos, but said that …"
    span = left_phrase(shade, lo, hi)
    if not span or not valid_source(shade[span[0] : span[1]]):
        return None
    return span


def _frame(m: re.Match, shade: str, text: str, span: tuple[int, int]) -> Attribution:
    """The head, tail or claim frame of a verb whose source is at ``span``."""
    before = shade[: span[0]].rstrip()
    kind = "head"
    claiming = _CLAIMING.fullmatch(m.group())
    # "X claimed the attack", "X claims suicide attack": X speaks for the claim only
    obj = claiming and (
        _CLAIMED_OBJECT.match(shade, m.end()) or _CLAIMED_EVENT.match(shade, m.start())
    )
    if obj:
        kind = "claim"
    elif (before and _AFTER_BARE_RELATIVE.search(before)) or (
        before
        and before[-1] in ',"'
        and _TAIL_REST.match(shade[m.end() :])
        and not _QUOTE_OPENS.match(shade, m.end())
        and not _LEADING_ADVERBIAL.match(before)
    ):
        kind = "tail"  # '…, X said.'; not 'Name, role said, "…"', which opens what is said
    a = Attribution(kind, *span, m.start(), m.end(), text[span[0] : span[1]])
    a.denial = bool(_DENIAL.match(m.group()))
    if kind == "claim":
        a.content = (m.start(), obj.end())
    return a


def _reporting_frames(shade: str, text: str, found: list[Attribution]) -> None:
    """Add the ``X said …`` (head), ``…, X said`` (tail) and ``X claimed the attack`` frames."""
    for m in _REPORTING.finditer(shade):
        if _inside_span(m.start(), found):
            continue
        if (going_on := _going_on(m, shade, found)) is not None:
            found.extend(going_on)
            continue
        if _NOUN_FORMS.fullmatch(m.group()) and (
            _NOUN_BEFORE.search(shade, 0, m.start()) or _object_of(m.start(), shade, found)
        ):
            continue  # "the group's claims", "dismissed rebel claims": a noun, not a verb
        if pro := _INVERTED_PRONOUN.search(shade, 0, m.start()):
            # "…, a-t-il précisé": the pronoun is the source, resolved to the one before.
            s0, s1 = pro.span("p")
            a = Attribution("tail", s0, s1, m.start(), m.end(), text[s0:s1])
            a.denial = bool(_DENIAL.match(m.group()))
            found.append(a)
        elif span := _source_span(m, shade, found):
            found.append(_frame(m, shade, text, span))


def _object_of(i: int, shade: str, found: list[Attribution]) -> bool:
    """Whether the word at ``i`` is the object of a verb found just before it ("the army
    dismissed rebel claims that …": "claims" is what was dismissed)."""
    return any(_OBJECT_GAP.fullmatch(shade, a.verb_end, i) for a in found if a.verb_end <= i)


def _set_contents(found: list[Attribution], shade: str) -> None:
    """The stretch each source speaks for: heads what follows, tails what precedes.

    A claim frame ("X claimed the attack") speaks for its object only; a fact told
    around it ("that left 30 dead, a monitor said") is in the outer voice.
    """
    n = len(shade)
    frames = [a for a in found if a.kind != "claim"]
    for i, a in enumerate(frames):
        nxt = min((b.start for b in frames[i + 1 :] if b.start > a.verb_end), default=n)
        prev = max((b.verb_end for b in found if b is not a and b.verb_end <= a.start), default=0)
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
            "claim": -2,
            "citing": -1,
            "head": 0,
            "inverted": 1,
            "according": 2,
            "tail": 3,
            "passive": 5,
        }
        return min(covering, key=lambda a: (rank[a.kind], position - a.content[0]))
    # What follows a claim frame's object ("claimed the attack that left 30 dead") is
    # told in another voice: the outlet's, unless a source covers it.
    if not attributions or any(
        a.kind == "claim" and a.content[1] <= position for a in attributions
    ):
        return None
    return min(attributions, key=lambda a: min(abs(position - a.start), abs(position - a.end)))

"""Sources written before their reporting verb: "X said …" (head), "…, X said" (tail),
"X claimed the attack" (a claim of responsibility, speaking for its object only).

Example:
    >>> found = []
    >>> s = "The army said 12 fighters were killed."
    >>> reporting_frames(s, s, found)
    >>> [(a.phrase, a.kind) for a in found]
    [('The army', 'head')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution_record import DENIAL, REPORTING, Attribution, inside_span
from claimtrack.extraction.clause_subjects import clause_subject
from claimtrack.extraction.frames_verbs import no_verb
from claimtrack.extraction.french_negation import negated_start
from claimtrack.extraction.lexicon import happenings, numbers, source_words, speech
from claimtrack.extraction.own_subjects import own_subject
from claimtrack.extraction.source_channels import channel_opening
from claimtrack.extraction.source_names import valid_source
from claimtrack.extraction.source_phrases import left_phrase

_I = re.IGNORECASE
_DEPLORED = re.compile(speech.DEPLORED, _I)
_CONTINUING = re.compile(rf"^(?:{speech.CONTINUING_VERBS})$", _I)
# "a-t-il précisé", "ont-ils encore dit": an auxiliary, its pronoun, the participle
_INVERTED_PRONOUN = re.compile(
    r"\b(?:a|ont|avait|avaient)(?:-t)?-(?P<p>il|elle|ils|elles|on)"
    r"(?:\s+(?:encore|aussi|egalement|ensuite|enfin|alors|plus tard|d'abord))?\s+$",
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
# "the base, which the army said was repelled": the source speaks for the relative only
_BARE_WHICH = re.compile(r",\s*(?:which|que)\s*$", _I)
# "…, which officials said killed 14": a finite verb right after "said" (its subject is
# "which"), so the source speaks for the relative clause that follows
_CLAUSE_NEXT = re.compile(
    r"\s+(?:had been|has been|was|were|is|are|had|has|have|left|hit|took|shot|[a-z]{2,}ed)\b", _I
)
_IN_RELATIVE = re.compile(r",\s*(?:who|which|qui)\s+$", _I)
_CLAIMED_EVENT = re.compile(happenings.CLAIMED_EVENT, _I)
# "claimed the raid killed 14 farmers", "claimed the strike was aimed at …": the object
# is the subject of a clause the source reports, not an attack it claims.
_CLAIMED_CLAUSE = re.compile(
    r"\s+(?:the|an?|its|their|this|these|those)\s+(?:(?!(?:that|which|who)\s)[\w'’-]+\s+){0,3}?"
    r"(?:(?:was|were|had|has|have)\s|(?:left|hit|[a-z]+ed)\s+(?:\d|(?:the|an?|at|more|over"
    rf"|about|some|several|dozens|hundreds|up|nearly|only|no|{numbers.NUMBER_WORDS})\b))",
    _I,
)
# A relative that names its speaker: "an attack that the governor said left 23 dead".
_THAT_SOURCE = re.compile(r"\b(?:that|which)\s+(?=\S)", _I)
# Verbs that report only after what they report: "…, UN experts found." ("Police found
# 12 bodies" is no report).
_TAIL_ONLY = re.compile(r"found|find|finds|continued|went on", _I)
_CLAIMED_OBJECT = re.compile(
    # "a revendiqué dans un communiqué l'attaque": where it was claimed, then what
    r"(?:\s+(?:dans|via|par)\s+(?:un|une|le|la|son|sa|leur)\s+[\w-]+)?"
    r"\s+(?:responsibility|la responsabilite|the|an|a|its|their|this|these|those|l'|la|le|les"
    r"|cette|ces|cet)\b[^,.;:]*?(?=\s+(?:that|which|who|qui|que|in|on|dans|when|after"
    # "l'attaque ayant fait 9 morts", "faisant", "au cours / lors de laquelle": its toll is
    # told in the outer voice, as "that left 30 dead" ("deaths of at least 16": one object)
    r"|at(?!\s+(?:least|most)\b)|ayant|faisant|lors|au cours|durant|pendant)\b"
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
# "in alleging that", "by confirming that", "before announcing": a gerund after a preposition
_BY_DOING = re.compile(r"\s(?:in|by|before|after|when|while)\s+$", _I)
_AND = re.compile(r"\s(?:and|et)\s+", _I)
_STOP = re.compile(r"[,;:\".]\s")
_COMMA_BEFORE = re.compile(r",\s*$")
_QUOTED_AS = re.compile(
    r"\b(?:was|were|is|are|has been|have been)\s+(?:quoted|cited)\b[^,.;]{0,40}?\bas\s+$", _I
)
# A progressive auxiliary before a reporting participle: "X was claiming", "X has been saying"
_PROGRESSIVE = re.compile(
    r"\s+(?:was|were|is|are|am|has\s+been|have\s+been|had\s+been)"
    r"(?:\s+(?:also|still|now|repeatedly|already|falsely|wrongly))?\s+$",
    _I,
)
_PARTICIPLE = re.compile(r"ing$", _I)
_REFUSED = re.compile(  # (and the impersonal "Il était impossible de confirmer": no one's)
    r"\b(?:declined|refused|refuses|declines|not|unable|never|refuse|pas|(?:im)?possible"
    r"|difficile|difficult)\s+(?:to|de|d')?\s*$",
    _I,
)
# Short content after a tail attribution: "…, officials said on Saturday."
# "…," X said of the raid, which happened 90 km north of …": what the tail was said of.
_TAIL_REST = re.compile(
    r"^(?:\s+(?:of|about)\s+(?:the|this|that|these|its|their)\s[^;:\"]{0,160}?(?:[.;:]|$)"
    r"|[^,.;:\d]{0,60}(?:[,.;:]|$))",
    _I,
)
# A longer adjunct after a tail verb, numbers allowed: "…, the army said on 12 March",
# "…, medics said in what was the third raid in 24 hours". Not one that holds what is
# said ("said in a statement that …", "said on Friday 12 were killed").
_TAIL_ADJUNCT = re.compile(
    r"^\s+(?:in|on|at|during|after|before|since|late|early|amid)\s"
    r"(?![^.;:]*\b(?:that|whether)\b)[^,.;:\"“]{0,120}(?:[,.;:]|$)",
    _I,
)
_CLAIM_VERB = re.compile(
    r"(?<![\w'-])(?:" + "|".join(happenings.CLAIM_PARTICIPLES) + r")(?![\w'-])", _I
)
# A count with its verb after a "tail" verb is what is said: "Citing X, the agency said
# nine soldiers were wounded" is a head.
_COUNTED_CLAUSE = re.compile(
    rf"(?<![\w-])(?:\d[\d,]*|{numbers.NUMBER_WORDS})\s+(?:[\w'-]+\s+){{0,3}}?"
    r"(?:were|was|had|have|are|is|died)\b",
    _I,
)
# "In Manila, X denied …", "Mais, dans la soirée, X a …": a sentence that opens with an
# adverbial before its source is a head, not a tail.
_LEADING_ADVERBIAL = re.compile(
    r"^\W*(?:(?:but|and|yet|mais|et|or)\s*,?\s+)?(?:(?:in|on|at|from|during|after|before|since"
    # French "à" (folded "a") before a place, not the English article: "A soldier died, …"
    r"|dans|a(?=\s+(?-i:[A-Z]))|au|en|lors|apres|avant|depuis|sur|pendant)\s[^,]{0,40}"
    r"|meanwhile|later|earlier"
    r"|separately|however|pourtant|cependant|par ailleurs|plus tot|plus tard|ensuite|enfin"
    rf"|{speech.ASIDES})\s*,$",
    _I,
)
# "At least 15 people were injured, police said": a clause before the source, not an adverbial
_A_CLAUSE = re.compile(r"\b(?:were|was|is|are|has|have|had|been)\b|\d", _I)
# "Asked about the army's figure of 12 dead, X said …", "Amid reports that 12 died, X
# said …": a question or others' reports, not what X says
_TOPIC_OPENING = re.compile(
    r"^\W*(?:(?:asked|questioned|pressed|interroge|interrogee|interroges|interrogees)\s+"
    r"(?:about|on|over|whether|if|why|how|sur)"
    r"|(?:amid|despite|following|contrary to|in response to)\s+(?:the\s+)?(?:[\w-]+'s?\s+)?"
    rf"(?:{speech.CLAIM_NOUNS}|rumou?rs?)"
    r"|(?:(?:face|suite|en reponse|contrairement)\s+(?:aux|a\s+(?:la|l'|ces|cette))"
    r"|(?:malgre|apres)\s+(?:les|des|ces|la|l'|cette))\s*"
    rf"(?:{speech.CLAIM_NOUNS}|rumeurs?))\b[^,]{{0,100}},$",
    _I,
)
# A quotation closed by a comma just before the source: '"…," the spokesman said, "…"'.
_QUOTE_CLOSED = re.compile(r"[,.!?]\s*[\"”]\s*$|[\"”]\s*,\s*$")
# 'X said, "…"' / 'X a déclaré : « … »': the verb opens a quotation, a head.
_QUOTE_OPENS = re.compile(r"\s*[,:]?\s*\"")


def _going_on(m: re.Match, shade: str, found: list[Attribution]) -> list[Attribution] | None:
    """ "…, claiming that …": the same speaker goes on; after a denial, it asserts
    ("disputed that version, saying the man was tortured to death"). None: another frame."""
    if not (found and _CONTINUING.match(m.group()) and shade[: m.start()].rstrip().endswith(",")):
        return None
    last = max(found, key=lambda a: a.verb_end)
    # after a claim of responsibility the claimer goes on: "X a revendiqué l'attaque, affirmant …"
    # a denial goes on from any verb: "The army put its losses at 12, denying rebel claims …"
    denies = last.denial or last.kind == "claim" or DENIAL.match(m.group())
    if denies and last.verb_end <= m.start():
        a = Attribution("head", last.start, last.end, m.start(), m.end(), last.phrase)
        a.denial = bool(DENIAL.match(m.group()))  # "rejected the report, denying that …"
        return [a]
    return []


def _source_span(m: re.Match, shade: str, found: list[Attribution]) -> tuple[int, int] | None:
    """Where the source of a reporting verb is written, before it; None when no source is."""
    hi = v0 = negated_start(shade, m.start(), m.end())  # "X ne parle que de 12 morts"
    # (not "The WHO said": an acronym in capitals is a name)
    if rel := re.search(r",?\s*\b(?!(?-i:[A-Z]{3}\b))(?:who|which|qui)\s+$", shade[:hi], _I):
        # "…, the army, which said …": the source is what the clause hangs on.
        if not rel.group().startswith(","):
            # "quoted a security source who said …": the noun phrase the relative restricts
            return _restricted(shade, rel.start()) if _SAYING.fullmatch(m.group()) else None
        hi = rel.start()
        if agent := next((a for a in found if a.end == hi and a.kind == "inverted"), None):
            return agent.start, agent.end  # "démenti par X, qui ne parlent que de …": X
    # a frame inside a relative clause ("The Front, which claimed the attack, said") is
    # skipped with its clause: the source of the verb is before it
    before = [a for a in found if not _IN_RELATIVE.search(shade, 0, a.verb_start)]
    lo = max(
        [0, *(a.verb_end for a in before if a.verb_end <= v0)]
        + [a.end for a in before if a.end <= v0]
    )
    if hi < v0 and (by := list(re.finditer(r"\b(?:by|from|par)\s+", shade[lo:hi], _I))):
        # "rejected by the army, which said": the agent; "came from the army, which said"
        lo += by[-1].end()
    if _PARTICIPLE.search(m.group()) and (prog := _PROGRESSIVE.search(shade, lo, v0)):
        # "The government was claiming that …": the subject before the auxiliary
        return _phrase_before(shade, lo, prog.start())
    if hi == v0 and (quoted := _QUOTED_AS.search(shade, lo, hi)):
        # "The governor was quoted as saying …", "X, a spokesman for Y, was quoted by …"
        return _phrase_before(shade, lo, quoted.start()) or clause_subject(shade, lo)
    if hi == v0 and (then := _AND_THEN.search(shade, lo, hi) or _gerund(m, shade, lo)):
        if _REFUSED.search(shade, lo, then.end()):
            return None  # "declined to confirm": nothing is said
        if earlier := [a for a in found if a.verb_end <= v0]:
            # "X claimed the attack, and said it killed 30": the subject of the verb before
            last = max(earlier, key=lambda a: a.verb_end)
            return _past_apposition(shade, found, last, v0) or (last.start, last.end)
        return clause_subject(shade, lo)  # "X did not provide photos, but said that …"
    span = hi == v0 and _relative_speaker(shade, lo, hi, m.end())
    span = span or _phrase_before(shade, lo, hi)
    return _relative_subject(shade, span) if span and _GAP_NEXT.match(shade, m.end()) else span


def _relative_speaker(shade: str, lo: int, hi: int, verb_end: int) -> tuple[int, int] | None:
    """ "a funeral in Sanaa which rebels said killed 100": a relative whose pronoun is the
    subject of what is said (a verb after "said") names its speaker after the pronoun."""
    if not _CLAUSE_NEXT.match(shade, verb_end) or not (
        that := list(_THAT_SOURCE.finditer(shade, lo, hi))
    ):
        return None
    span = left_phrase(shade, that[-1].end(), hi)
    return span if span and valid_source(shade[span[0] : span[1]]) else None


# "a commander the army said was captured": the verb's own subject is left out after it
_GAP_NEXT = re.compile(r"\s+(?:had been|has been|have been|was|were)\s", _I)
_LAST_DETERMINER = re.compile(r"(?<=\s)(?:the|an?)\s(?!.*\s(?:the|an?)\s)", _I)


def _relative_subject(shade: str, span: tuple[int, int]) -> tuple[int, int]:
    """ "Ali Musa, a commander the army said was captured, …": a bare relative, its
    source the last noun phrase before its verb ("the army"), not the noun it hangs on."""
    last = _LAST_DETERMINER.search(shade, span[0], span[1])
    if last and valid_source(shade[last.start() : span[1]]):
        return last.start(), span[1]
    return span


def _past_apposition(
    shade: str, found: list[Attribution], last: Attribution, hi: int
) -> tuple[int, int] | None:
    """ "X, one of the commanders the government said had been surrounded, telephoned
    Reuters to say …": a frame in a bare relative inside an apposition speaks for that
    relative only; the verb after the apposition has the subject before it (or None)."""
    if not _CLAUSE_NEXT.match(shade, last.verb_end) or "," not in shade[last.verb_end : hi]:
        return None
    comma = shade.rfind(",", 0, last.start)
    if comma < 0:
        return None
    lo = max([0, *(a.verb_end for a in found if a.verb_end <= comma)])
    return _phrase_before(shade, lo, comma)


def _phrase_before(shade: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The source phrase before a verb at ``hi``: the phrase itself, or after a clause
    ("X said it shot down 30 drones and Russia said …") or a relative pronoun ("an attack
    that X said left …") when the whole stretch is none."""
    span = left_phrase(shade, lo, hi)
    if (
        (not span or not valid_source(shade[span[0] : span[1]]))
        and (ands := list(_AND.finditer(shade, lo, hi)))
        and _clause_before(shade, lo, ands[-1].start())
    ):
        span = left_phrase(shade, ands[-1].end(), hi)
    if (not span or not valid_source(shade[span[0] : span[1]])) and (
        that := list(_THAT_SOURCE.finditer(shade, lo, hi))
    ):
        span = left_phrase(shade, that[-1].end(), hi)
    if not span or not valid_source(shade[span[0] : span[1]]):
        return None
    return span


# The verbs of a restrictive relative that names its speaker: "a source who said …".
_SAYING = re.compile(r"said|says|told|tells|claimed|added|stated|confirmed", _I)
# The noun phrase such a relative hangs on ("an unnamed source"): where it may start, and
# the whole of it, a source noun at its end.
_DET = r"(?:an?|the|one|two|three|several|some)"
_DETERMINER = re.compile(rf"(?<![\w'-]){_DET}\s", _I)
_LAST_NP = re.compile(
    rf"{_DET}\s+(?:[\w'’-]+\s+){{0,4}}?(?:{source_words.SOURCE_NOUNS}|{source_words.ROLE_WORDS})$",
    _I,
)


def _restricted(shade: str, hi: int) -> tuple[int, int] | None:
    """The source a restrictive relative hangs on: "The agency quoted a local commander
    who said …" gives "a local commander"; "Two men who said …" (no source noun) gives
    None."""
    lo = max(0, hi - 80)
    for det in reversed(list(_DETERMINER.finditer(shade, lo, hi))):
        if _LAST_NP.fullmatch(shade, det.start(), hi):
            return (det.start(), hi) if valid_source(shade[det.start() : hi]) else None
    return None


def _clause_before(shade: str, lo: int, hi: int) -> bool:
    """Whether the stretch before ``hi`` (from its last stop or comma) reads as a clause."""
    start = max([lo, *(m.end() for m in _STOP.finditer(shade, lo, hi))])
    return bool(_A_CLAUSE.search(shade, start, hi))


def _gerund(m: re.Match, shade: str, lo: int) -> re.Match | None:
    """A reporting gerund whose subject is its clause's: "X sent a team … in alleging
    that …", "X published a video, saying …" (no source named before it)."""
    if not m.group().endswith("ing"):
        return None
    if _CONTINUING.match(m.group()) and (comma := _COMMA_BEFORE.search(shade, lo, m.start())):
        return comma
    return _BY_DOING.search(shade, lo, m.start())


def _frame(m: re.Match, shade: str, text: str, span: tuple[int, int]) -> Attribution:
    """The head, tail or claim frame of a verb whose source is at ``span``."""
    before = shade[: channel_opening(shade, span[0])].rstrip()  # "…, a post on X's page"
    kind = "head"
    claiming = _CLAIMING.fullmatch(m.group())
    # "X claimed the attack", "X claims suicide attack": X speaks for the claim only
    obj = (
        claiming
        and not _CLAIMED_CLAUSE.match(shade, m.end())
        and (_CLAIMED_OBJECT.match(shade, m.end()) or _CLAIMED_EVENT.match(shade, m.start()))
    )
    if obj:
        kind = "claim"
    elif (
        before
        and _AFTER_BARE_RELATIVE.search(before)
        and not (_BARE_WHICH.search(before) and _CLAUSE_NEXT.match(shade, m.end()))
    ) or (
        before
        and before[-1] in ',"'
        and _tail_rest(shade[m.end() :])
        and not _QUOTE_OPENS.match(shade, m.end())
        and not (_LEADING_ADVERBIAL.match(before) and not _A_CLAUSE.search(before))
        and not _TOPIC_OPENING.match(before)
    ):
        kind = "tail"  # '…, X said.'; not 'Name, role said, "…"', which opens what is said
    a = Attribution(kind, *span, m.start(), m.end(), text[span[0] : span[1]])
    # "Amnesty dénonce l'exécution de 20 civils": the killing deplored is asserted
    a.denial = bool(DENIAL.match(m.group())) and not _DEPLORED.match(shade, m.start())
    if kind == "claim":
        a.content = (m.start(), obj.end())
    if kind == "tail":
        a.antecedent = own_subject(shade, text, span)
    return a


def _tail_rest(rest: str) -> bool:
    """Whether what follows a tail verb is no content of its own (time, place, manner)."""
    if _TAIL_REST.match(rest):
        return not _COUNTED_CLAUSE.search(rest.split(",")[0])
    adjunct = _TAIL_ADJUNCT.match(rest)
    # "said on Sunday an Israeli strike killed 26 people": a claim's verb, what is said
    return bool(adjunct) and not (
        _COUNTED_CLAUSE.search(adjunct.group()) or _CLAIM_VERB.search(adjunct.group())
    )


def reporting_frames(shade: str, text: str, found: list[Attribution]) -> None:
    """Add the ``X said …`` (head), ``…, X said`` (tail) and ``X claimed the attack`` frames.

    Example:
        >>> found = []
        >>> s = "Nine died, the police said."
        >>> reporting_frames(s, s, found)
        >>> [(a.phrase, a.kind) for a in found]
        [('the police', 'tail')]
    """
    for m in REPORTING.finditer(shade):
        if inside_span(m.start(), found):
            continue
        if (going_on := _going_on(m, shade, found)) is not None:
            found.extend(going_on)
            continue
        if no_verb(m, shade, found):
            continue
        if pro := _INVERTED_PRONOUN.search(shade, 0, m.start()):
            # "…, a-t-il précisé": the pronoun is the source, resolved to the one before.
            s0, s1 = pro.span("p")
            a = Attribution("tail", s0, s1, m.start(), m.end(), text[s0:s1])
            a.denial = bool(DENIAL.match(m.group()))
            found.append(a)
        elif span := _source_span(m, shade, found):
            _add_frame(m, shade, text, span, found)


def _add_frame(
    m: re.Match, shade: str, text: str, span: tuple[int, int], found: list[Attribution]
) -> None:
    """The frame of a verb whose source is at ``span``; a speaker between the two parts of
    a quotation ('"Seven were killed," the spokesman said, "and 12 wounded."') speaks for
    both: a head for the part after, a tail for the part before."""
    frame = _frame(m, shade, text, span)
    if frame.kind == "tail" or not _TAIL_ONLY.fullmatch(m.group()):
        found.append(frame)
    if frame.kind == "head" and _QUOTE_CLOSED.search(shade, 0, span[0]):
        found.append(Attribution("tail", *span, m.start(), m.end(), frame.phrase))

"""Claim verbs of a count that the verb-right-before rule does not see, or misreads.

- "over" as the particle of "take over": "took over 3 towns" seized 3 (not more than 3),
  "are taking over 12 villages"; people taken stay a bound ("took over 100 prisoners");
- a verb set off from its count by an aside: "killed, according to the army, 12 fighters",
  "killed, in two days of fighting, 40 militants";
- a verb that attacks what it counts only when it is a place: "gunmen hit 3 villages";
- people who crossed into another country: "3,000 people had crossed into Niger"
  (displaced), not fighters ("200 rebels fled into Chad").

Example:
    >>> from claimtrack.extraction.counts import find_counts
    >>> s = "The rebels took over 3 towns."
    >>> [(f.claim_type, f.value) for f in find_counts(s, s)]
    [('seized', '3')]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimtrack.extraction.count_objects import taken_captive
from claimtrack.extraction.lexicon import count_words, happenings
from claimtrack.extraction.predicates import type_of_verb, verb_before_re
from claimtrack.text import fold

if TYPE_CHECKING:
    from claimtrack.extraction.count_record import Count, Reading
    from claimtrack.extraction.found import Found

_I = re.IGNORECASE
_TAKE = re.compile(count_words.TAKE_BEFORE, _I)
_OVER_VERB = re.compile(rf"(?<![\w-])(?:{count_words.OVER_VERBS})\s+$", _I)
_OVER = re.compile(r"over\s+", _I)
_PLACE_VERB = re.compile(rf"(?<![\w-])(?:{count_words.PLACE_VERBS})\s+$", _I)
_PLACES_HIT = re.compile(rf"\b(?:{count_words.PLACES_HIT})\b", _I)
# What the places were hit with, in the same clause: "with mortar fire", "with rockets"
_WITH_MUNITIONS = re.compile(
    rf"[^.;:]{{0,40}}?\b(?:with|using)\s+(?:[\w-]+\s+){{0,2}}?(?:{happenings.MUNITION_NOUNS}"
    r"|artillery|mortar fire|rocket fire|shellfire|shelling)\b",
    _I,
)
# An aside between a verb and its count: "killed, according to the army, 12": one comma
# pair or dash pair, no clause end inside
_ASIDE_BEFORE = re.compile(r"(?:,[^,;:.()\"]{2,60},|[–—][^–—;:.()\"]{2,60}[–—])\s*$", _I)
_CROSSED = re.compile(
    r"\s+(?:(?:have|has|had|were|are)\s+)?(?:(?:already|reportedly|since|now)\s+)?"
    rf"{count_words.CROSSED}",
    _I,
)
_SPACE = re.compile(r"\s+")
_HAZARD = re.compile(
    rf"(?<![\w-])(?:{count_words.HAZARDS})\s+(?:(?:have|has|had|also)\s+)*"
    rf"(?:{count_words.PLACE_VERBS})\s+$",
    _I,
)
_BOUND = re.compile(r"(?:over|more|above|under|fewer|less|nearly|almost)\b", _I)
_INTENSIFIER = re.compile(rf"(?<![\w-])(?:{count_words.INTENSIFIERS})\s+$", _I)
_FIGHTERS = re.compile(rf"\b(?:{count_words.FLEEING_FIGHTERS})$", _I)
# A count added to another, between the verb and its figure: the verb is still the count's
_ADDED = re.compile(r"(?<![\w-])(?:(?:an?\s+)?(?:additional|further|extra)|another)\s+$", _I)
_CROSSING_FIGHTERS = re.compile(rf"\b(?:{count_words.CROSSING_FIGHTERS})$", _I)


def _place(subject: str | None, things: bool = True) -> bool:
    """Whether a count's subject names places or posts ("villages", "police stations"), or
    with ``things`` any thing that can be taken ("bases", "trucks")."""
    said = fold(subject or "")
    return bool(
        happenings.PLACE_NOUN_RE.search(said)
        or _PLACES_HIT.search(said)
        or (things and happenings.THING_RE.search(said))
    )


def verb_before(before: str, quantity: str) -> re.Match | None:
    """The claim verb right before a count, also past an intensifier of its bound ("killed
    well over 30", "wounded slightly more than 20"), which the quantity does not hold.

    Example:
        >>> verb_before("soldiers killed well ", "over 30").group("v")
        'killed'
    """
    if verb := verb_before_re().search(before):
        return verb
    if more := _ADDED.search(before):  # "killed an additional 29", "wounded a further 62"
        return verb_before_re().search(before, 0, more.start())
    if _BOUND.match(quantity) and (stress := _INTENSIFIER.search(before)):
        return verb_before_re().search(before, 0, stress.start())
    return None


def taken_over(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """ "took over 3 towns": seized, the value past "over" (see the module example)."""
    if not (_OVER.match(c.match.group()) and _TAKE.search(c.before)):
        return
    if not _place(c.subject) or taken_captive(shade, c.subject_end, c.words):
        return  # "took over 100 soldiers prisoner": more than 100 captured
    r.claim_type, r.rule = "seized", "verb"
    r.value_start = c.start + _OVER.match(c.match.group()).end()


def over_particle(c: Count) -> int | None:
    """Where the value starts when "over" is the particle of the verb before it ("handed
    over 20 hostages": 20), else None.

    Example:
        >>> from claimtrack.extraction.counts import find_counts
        >>> s = "The rebels handed over 20 hostages."
        >>> [(f.claim_type, f.value) for f in find_counts(s, s)]
        [('captured', '20')]
    """
    over = _OVER.match(c.match.group())
    return c.start + over.end() if over and _OVER_VERB.search(c.before) else None


def verb_past_aside(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """A claim verb before an aside before its count: "killed, residents said, 15 people".

    Example:
        >>> from claimtrack.extraction.counts import find_counts
        >>> s = "The army said it killed, in two days of fighting, 40 militants."
        >>> [(f.claim_type, f.value) for f in find_counts(s, s)]
        [('killed', '40')]
    """
    if c.verb or c.match.group("one") or not (aside := _ASIDE_BEFORE.search(c.before)):
        return  # "tués, selon le JNIM, un bilan démenti": an article, no count
    verb = verb_before_re().search(c.before[: aside.start()] + " ")
    if verb and (kind := type_of_verb(verb.group("v"))):
        r.claim_type, r.rule = kind, "verb"


def places_hit(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """ "gunmen hit 3 villages", "have hit 12 communities": places attacked."""
    if _HAZARD.search(c.before):
        return  # "the floods hit 12 communities": no attack
    if _PLACE_VERB.search(c.before) and _place(c.subject, things=False):
        r.claim_type, r.rule = "attacked", "verb"
        if _WITH_MUNITIONS.match(shade, c.end):
            r.claim_type = "shelling"  # "hit two villages with mortar fire": shelled


def crossed_over(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """ "3,000 people had crossed into Niger", "fled across the border to Chad": displaced,
    unless those counted are fighters."""
    if not c.words:
        return
    # the subject words may have taken the verb in: "3,000 people crossed | the border"
    for gap in _SPACE.finditer(shade, c.end + 1, c.subject_end + 1):
        said = shade[c.end : gap.start()].strip()
        if _CROSSED.match(shade, gap.start()) and not (
            _CROSSING_FIGHTERS.search(said) or happenings.THING_RE.search(fold(said))
        ):  # "three trucks crossed into Chad": no one displaced
            r.claim_type, r.rule, r.subject = "displaced", "participle", said
            return


def fleeing_fighters(subject: str | None) -> bool:
    """Whether those counted as fleeing are an armed group in retreat, not people displaced.

    Example:
        >>> fleeing_fighters("rebels"), fleeing_fighters("villagers")
        (True, False)
    """
    return bool(_FIGHTERS.search(fold(subject or "").strip()))

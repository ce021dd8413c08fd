"""A count that is part of the count before it, or goes on its list.

- a subset: "33 blessés dont 21 graves", "including 11 children", "10 of them police";
- a breakdown: "killed 30 people: 12 soldiers and 18 civilians";
- a list that goes on: "neuf véhicules … ainsi que de très nombreuses armes", "six, et non
  26" (the figure set aside is denied);

unless the count has a predicate of its own that is no claim ("11 soldiers managed to
escape", "dont huit ont été libérées").

Example:
    >>> from claimtrack.extraction.counts import find_counts
    >>> s = "Gunmen killed 16 people, 10 of them police."
    >>> [(f.claim_type, f.rule) for f in find_counts(s, s, [])]
    [('killed', 'verb'), ('killed', 'subset')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.count_record import Count, Reading
from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import happenings, speech
from claimtrack.extraction.lexicon.numbers import TOLL_NOUNS
from claimtrack.extraction.predicates import type_of_participle
from claimtrack.text import fold

_I = re.IGNORECASE
_SEVERITY = {"graves", "grievement", "seriously", "critically", "serious", "legers", "slightly"}
_OF_THEM = re.compile(r"\s+(?:of them|d'entre (?:eux|elles)|parmi eux)\b", _I)
NOT_BEFORE = re.compile(
    r"(?:\bet non|\band not|\brather than|\binstead of|\bnon pas|,\s*not|,\s*(?:et )?pas)"
    # "not the 40 the rebels claimed": the figure set aside named by its determiner
    r"\s+(?:the\s+|de\s+|d')?$",
    _I,
)
# "far fewer than the 100 reported by residents", "rather than the 40 claimed by the
# rebels": a figure compared with the count before it, another source's
_COMPARED = re.compile(
    r"(?<![\w-])(?:rather|(?:(?:far|much|well|many)\s+)?(?:fewer|more|less|higher|lower))"
    r"\s+than\s+the\s+$",
    _I,
)
_OTHERS_FIGURE = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:(?:claimed|reported|given|cited|announced|alleged)\s+by"
    r"|(?:the|its|their|local|some)\s+[^,.;:]{1,40}?\s+(?:had\s+|have\s+)?"
    r"(?:claimed|reported|gave|cited|announced|alleged))\b",
    _I,
)


def others_figure(shade: str, start: int, end: int) -> bool:
    """Whether the count from ``start`` to ``end`` is another source's figure compared with
    the one before it ("far fewer than the 100 reported by residents").

    Example:
        >>> s = "30 were hurt, far fewer than the 100 reported by residents"
        >>> others_figure(s, s.index("100"), s.index("100") + 3)
        True
        >>> s = "40 died, far more than the 12 killed last year"
        >>> others_figure(s, s.index("12"), s.index("12") + 2)
        False
    """
    return bool(
        _COMPARED.search(shade, max(0, start - 30), start) and _OTHERS_FIGURE.match(shade, end)
    )


_SUBSET = re.compile(
    r"(?:including|dont|among them|among whom|of whom|parmi eux|parmi elles|parmi lesquel(?:le)?s"
    r"|notamment)\s+"
    # "including the village chief and his 2 sons"
    r"(?:[^.;:]*?\b(?:and|et)\s+(?:(?:his|her|their|its|ses|leurs?)\s+)?)?$",
    _I,
)
_PARTS = r"including|among (?:them|whom)|of whom|dont|notamment|parmi (?:lesquel(?:le)?s|eux|elles)"
SUBSET_AT = re.compile(rf"[,(]\s*(?:{_PARTS})\s+$", _I)
# "sept morts dont un policier": the part's word right after its whole, no comma between
_SUBSET_NEXT = re.compile(rf"\s+(?:{_PARTS})\s+", _I)
_BREAKDOWN = re.compile(r"\s*(?:[:(–—]|\s-)\s*")  # "20 people — 12 soldiers and …"
# "30 jihadistes, un chiffre contesté": a figure in apposition restates the count before it.
# "killed 27 soldiers, a claim denied by …": what restates a count is no count of its own
_RESTATES = re.compile(
    rf"(?:{happenings.TOLL_WORDS}|figure|number|chiffre|total|{speech.CLAIM_NOUNS})"
)
_LIST_GOES_ON = re.compile(
    # "12 were killed in Kadi, a town near the border, and 3 in Bama": past a place's aside
    # (a decimal point is no sentence end: "two trucks mounted with 12.7 mm guns, 24 …")
    r"^(?:[^.;:]|(?<=\d)\.(?=\d)){0,40}?(?:,\s*(?:a|an|the|un|une|le|la)\s+[^,.;:]{1,50},\s*)?"
    # "killed 50 rebels but only 6 soldiers": "but" joins two counts of one predicate
    r"(?:\band|\bet|\bbut|ainsi que|as well as|along with|together with|alongside|in addition to|,"
    # "dozens were killed, perhaps as many as 100": a higher estimate of the same
    r"|,\s*(?:perhaps|possibly|maybe|or even|if not|or possibly|or perhaps))"
    r"\s+(?:de\s+|d')?$",
    _I,
)
# "left seven gunmen but no troops dead", "12 rebels but only one soldier were killed":
# "but" joins two counts of one predicate as "and" does
COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|and\s+|et\s+|but\s+(?:only\s+|just\s+)?)")
_REPORTING_NEXT = re.compile(rf"\s+(?:{speech.REPORTING_VERBS})(?![\w-])")


# A count with a predicate of its own that is no claim word: "11 soldiers managed to
# escape", "four of them could flee" (a claim participle would have read it before).
OWN_PREDICATE = re.compile(
    r"(?:\s+(?:of them|of whom|d'entre (?:eux|elles)))?(?:\s+(?!(?:and|or|et|ou)\b)[\w'-]+){0,3}?"
    r"\s+(?:managed|manage|could|would|can|may|might|escaped|fled|survived|returned|remained"
    r"|remain|remains|surrendered|went|freed|released|rescued|found alive"
    r"|ont pu|a pu|pu|ont reussi|a reussi|ont fui|a fui"
    r"|liberee?s?|relachee?s?|secourue?s?|sauvee?s?|survecu"
    # "Sur les 20 disparus, 8 ont été retrouvés vivants": no longer missing
    r"|retrouvee?s?\s+(?:vivante?s?|sains?\s+et\s+saufs?|saines?\s+et\s+sauves?))\b",
    _I,
)


def own_predicate(shade: str, c: Count) -> bool:
    """Whether the count is the subject of a clause of its own, whose verb is no claim.

    Example:
        >>> from claimtrack.extraction.number_forms import quantity_re
        >>> s = "7 were killed, 11 soldiers managed to escape"
        >>> m = quantity_re().search(s, 15)
        >>> own_predicate(s, Count(m, m.start(), m.end(), s[:15], None, 34, [], None))
        True
    """
    return bool(OWN_PREDICATE.match(shade, c.end))


def of_them(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """A share of the count before: "16 people, 10 of them police" (see the module example)."""
    if found and (of := _OF_THEM.match(shade, c.end)) and not own_predicate(shade, c):
        r.claim_type, r.rule = found[-1].claim_type, "subset"  # "16 people, 10 of them police"
        r.subject = found[-1].subject
        # "captured two fighters, one of them a Rwandan": one of a verb's object counts one
        # (not one in an aside before the participle: "3 people, one of them a boy, died")
        r.tight = found[-1].rule == "verb" and not _REPORTING_NEXT.match(shade, of.end())


def _said_by_claim_word(shade: str, end: int) -> bool:
    """Whether the word ending at ``end`` says what befell a count ("sept morts", "14 blessés")."""
    last = re.search(r"([\w'-]+)\s*$", shade[max(0, end - 40) : end])
    word = fold(last.group(1)).lower() if last else ""
    return bool(word) and bool(type_of_participle(word) or word in TOLL_NOUNS)


def _whole_end(f: Found) -> int:
    """Where a count's words end: its subject's end, else the count's own."""
    return f.extra.get("subject_end", f.end) if f.extra else f.end


def including(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """A subset or breakdown of the count before it.

    Example:
        >>> from claimtrack.extraction.counts import find_counts
        >>> s = "The army killed 30 people, including 11 children."
        >>> [(f.claim_type, f.rule) for f in find_counts(s, s, [])]
        [('killed', 'verb'), ('killed', 'subset')]
    """
    # "killed 30 people: 12 soldiers and 18 civilians", "30 people (12 soldiers …)"
    breakdown = found and _BREAKDOWN.fullmatch(
        shade, found[-1].extra.get("subject_end", 0), c.start
    )
    # "20 personnes enlevées, dont huit ont été libérées": no longer held
    subset = found and _SUBSET.search(shade[max(0, c.start - 80) : c.start])
    if breakdown or (subset and not own_predicate(shade, c)):
        parent = next(f for f in reversed(found) if not f.subset)
        r.claim_type, r.rule, r.subset = parent.claim_type, "subset", True
        # "killed 15 militants, including one woman": one named right after its whole counts
        # "cinq morts dont un soldat": "dont" right after the whole's own claim word, no
        # comma needed (not "23 soldats dont un officier ont été blessés": still its subject)
        next_to = _SUBSET_NEXT.fullmatch(shade, _whole_end(parent), c.start)
        r.tight = bool(c.words) and bool(
            SUBSET_AT.search(c.before)
            or (next_to and _said_by_claim_word(shade, _whole_end(parent)))
        )
        if not c.words or (c.words and c.words[-1] in _SEVERITY):
            base = parent.subject or ""
            r.subject = f"{base} ({r.subject})" if c.words else base


_PLACED = re.compile(r"\s+(?:in|at|near)\s+(?:the\s+)?[\w-]", re.IGNORECASE)
_PLACED_BEFORE = re.compile(r"\s+(?:in|at|near)\s+[^,;:.]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)")
_RELATIVE_OPEN = re.compile(r",\s*(?:where|which|who|whom|when)\s[^,;:.]*$", _I)


def list_goes_on(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """A count that goes on the list of the one before it, or a figure set aside.

    Example:
        >>> from claimtrack.extraction.counts import find_counts
        >>> s = "Rebels seized nine vehicles as well as 12 rifles."
        >>> [(f.claim_type, f.rule) for f in find_counts(s, s, [])]
        [('seized', 'verb'), ('seized', 'list')]
    """
    said = [*c.match.group().lower().split()[-1:], *c.words[:1]]  # "a number", "un chiffre"
    if not found or any(_RESTATES.fullmatch(w) for w in said):
        return
    # (up to the match: "… were killed and only 10 soldiers", past the stressing word)
    gap = shade[found[-1].extra.get("subject_end", found[-1].end) : c.match.start()]
    if c.match.group().lower().startswith("que "):
        gap += "que "  # "…, ainsi que trois civils": the "que" was read with the count
    if _LIST_GOES_ON.match(gap) and not own_predicate(shade, c):
        # "4 were killed in Kadi, where gunmen burned 12 vehicles, and 2 others in Bama":
        # past a relative clause the list goes on with the count before the clause
        rel = gap.lstrip().startswith(",") and _RELATIVE_OPEN.search(shade, 0, found[-1].start)
        parent = [f for f in found if not rel or f.end <= rel.start()][-1:]
        if not parent:
            return
        r.claim_type, r.rule = parent[0].claim_type, "list"
        # "42 criminals and one police officer": "one" right after "and" is a count
        tight = bool(COORDINATION.fullmatch(gap)) and 0 < len(c.words) < 4
        # "six died in Kano, two in Kaduna and one in Zaria": a bare one placed like the one
        # before it
        placed = not c.words and _PLACED.match(shade, c.end) and _PLACED_BEFORE.fullmatch(gap)
        tight = tight or bool(placed)
        r.tight = tight and not _REPORTING_NEXT.match(shade, c.subject_end)  # "one resident said"
    elif NOT_BEFORE.search(gap) or others_figure(shade, c.start, c.end):
        r.claim_type, r.rule = found[-1].claim_type, "list"  # "six, et non 26"
        r.stance = "denies"

"""Counts coordinated before a count's participle share it; people counted one among them.

"Five soldiers and 12 militants were killed": the participle follows the last conjunct,
and each count before it, joined by "and" or a comma, is killed too ("About 30 fighters
from the group Kanto and 20 soldiers", "Nine policemen, including a commander, and 14
attackers", "thirty houses, a mosque and two schools"). A person counted one by an
article ("three soldiers, a guard and a civilian were killed") passes the participle on
to the counts before it.

Example:
    >>> from claimtrack.extraction.counts import find_counts
    >>> s = "Five soldiers and 12 militants were killed."
    >>> [(f.claim_type, f.value, f.rule) for f in find_counts(s, s)]
    [('killed', 'Five', 'conjunct'), ('killed', '12', 'participle')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.count_definites import find_definite_ones
from claimtrack.extraction.count_name_lists import name_lists
from claimtrack.extraction.count_participles import POST_MODIFIER
from claimtrack.extraction.count_parts import COORDINATION
from claimtrack.extraction.count_unharmed import unharmed
from claimtrack.extraction.found import Found
from claimtrack.extraction.named_things import find_named_things
from claimtrack.extraction.number_forms import NUMBER_PHRASE, clean_value
from claimtrack.extraction.singulars import appositions, find_singulars

_I = re.IGNORECASE
_PART_OF = r"(?:including|among them|among whom|of whom|dont|notamment|parmi eux|parmi elles)"
# "About 30 fighters from the group Kanto and 20 soldiers were killed": the first conjunct
# may be described before the "and" (no count, verb or clause in the description).
_MODIFIED_CONJUNCT = re.compile(
    rf"(?:\s+(?:{POST_MODIFIER})\s+(?:(?!(?:and|et|were|was|who|which|that|where)\b)"
    rf"[^,;:.\d])*?"
    # "about 27 police and Levies personnel and three civilians": a second noun, no count
    rf"|\s+(?:and|et)\s+(?:(?!(?:{NUMBER_PHRASE}|one|an?|une?|were|was|had|have|ont|sont)\b)"
    rf"[a-z][\w'-]*\s*){{1,3}}?"
    # "Nine policemen, including a commander, and 14 attackers": an aside naming part of it
    rf"|\s*,\s*{_PART_OF}\s+[^,;:.()]{{1,60}}?(?=\s*,)"
    # "thirty houses, a mosque and two schools": one thing named between two counts
    rf"|\s*,\s*(?:a|an)\s+(?:(?!(?:and|were|was)\b)[a-z][\w'-]*\s*){{1,3}}?(?=\s*(?:,|and\b)))?"
    rf"{COORDINATION.pattern}",
    _I,
)
# "Twelve rebels, among them two commanders, and …": the count after it is a part of it.
_PART_LEAD = re.compile(rf"\s*,\s*{_PART_OF}\s+", _I)


def with_singulars(shade: str, text: str, found: list[Found], pending: list) -> list[Found]:
    """The counts with the people counted one by an article, and the one-thing claims.

    "three soldiers, a guard and a civilian were killed": the counts coordinated before a
    person counted one share the person's participle.
    """
    ones = find_singulars(shade, text, found)
    for one in ones:
        if one.rule == "one participle":
            taken = {f.start for f in found}  # a count one person before already shares
            before = [p for p in pending if p[1] <= one.start and p[0] not in taken]
            found += conjuncts(text, before, one.start, one.claim_type)
    found = sorted(found + ones, key=lambda f: f.start)
    # An apposition names a count already found: "one person — a militant — was killed".
    named = [Found("", a, b) for a, b in appositions(shade, found)]
    things = find_named_things(shade, text, found + named)
    # "the chief, wounded in the raid, …", "Among the militants killed was X"
    ones = find_definite_ones(shade, text, found + named + things)
    ones += name_lists(shade, text, found + things + ones)  # "Killed were Sgt. X and Pfc. Y"
    return found + things + ones + unharmed(shade, text, found + things + ones)


def conjuncts(
    text: str, pending: list[tuple[int, int, int, str | None]], start: int, claim_type: str
) -> list[Found]:
    """Counts coordinated before a count with a participle share its predicate.

    "Five soldiers and 12 militants were killed": the participle follows the last
    conjunct; each count before it, joined by "and" or a comma, is killed too.
    """
    out: list[Found] = []
    for vs, ve, s_end, subject in reversed(pending):
        value = clean_value(text[vs:ve])
        part = out and _PART_LEAD.fullmatch(text, s_end, start)
        if not (_MODIFIED_CONJUNCT.fullmatch(text, s_end, start) or part) or value is None:
            break
        if part:
            out[0].subset = True  # "…, among them two commanders": a part of this count
        extra = {"subject_end": s_end}  # "Seven soldiers, including the commander, and …"
        out.insert(
            0,
            Found(claim_type, vs, ve, value, subject, confidence=0.7, rule="conjunct", extra=extra),
        )
        start = vs
    pending.clear()
    return out

"""One person named by a definite article, a possessive or a name, outside a passive ("the
chief, wounded in the raid, …", "the driver, who was injured, …", "its commander died",
"Among the militants killed was X"), and a thing named one in a verb's list ("destroyed
two tanks, a truck and three pickups"). The count is one.

``named_things`` reads a definite person before a passive ("the chief was wounded"); these
are the other places English names one person a claim befell: a participle in apposition,
an intransitive verb of death, a toll the person is named among.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> s = "The chief, wounded in the raid, was taken to hospital."
    >>> [(f.claim_type, f.value, f.subject) for f in find_definite_ones(shadow(s), s, [])]
    [('wounded', 'The chief', 'chief')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.extraction.count_parts import COORDINATION
from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import happenings, numbers
from claimtrack.extraction.predicates import type_of_participle

_I = re.IGNORECASE
_PEOPLE = ("killed", "wounded", "captured", "missing")
# Where a definite subject starts its clause ("said the chief", "that its commander").
_CLAUSE_START = re.compile(r"(?:^|[,;:\"]|\b(?:that|said|says|and|but|while))\s*$", _I)
# "the chief", "its commander", "the governor's driver": one person, by a definite
_ONE = (
    r"(?P<value>(?:the|its|his|her|their)\s+(?:[\w-]+'s\s+)?"
    r"(?P<subj>(?:(?!(?:and|or|of|who)\s)[\w'-]+\s+){{0,2}}?(?:{persons})))(?![\w'-])"
)
_ADVERB = r"(?:(?:also|later|reportedly|subsequently|seriously|critically|badly|fatally)\s+)?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    """The places, the toll named before first (its value is read in the text, for a name):
    a toll named before, an apposition, a verb of death, a toll after, an auxiliary left
    out, a count after."""
    harm = "|".join(p for p, t in happenings.CLAIM_PARTICIPLES.items() if t in _PEOPLE)
    one = _ONE.format(persons=numbers.ONE_PERSON_NOUNS)
    tolls = "|".join(numbers.TOLL_SUBJECTS)
    among = re.compile(  # "Among the militants killed was X", "among those arrested was X"
        r"(?<![\w'-])[Aa]mong\s+(?:the|those)\s+(?:[\w'-]+\s+){0,3}?"
        rf"(?P<p>{harm}|{tolls})\b(?:\s+(?:in|during|on|at|by|from)\s+[^,;:.]{{1,50}}?)?"
        r"\s+(?:was|is)\s+(?P<value>(?:the|their|its|his|her)\s+(?P<subj>[\w' -]{1,40}?)"
        r"|(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}))(?=\s*(?:[,;:.(]|\s+(?:and|who)\b|$))"
    )
    others = (
        # "the chief, (who was) wounded in the raid, was taken …"
        rf"{one}\s*,\s*(?:who\s+(?:was|had been|has been)\s+)?{_ADVERB}(?P<p>{harm})\b",
        # "its commander died in the attack", "the imam succumbed"
        rf"{one}\s+{_ADVERB}(?P<p>died|succumbed|perished|disappeared|went missing)\b",
        # "the village chief was among those abducted"
        rf"{one}\s+(?:was|is)\s+(?:also\s+)?among\s+(?:the|those)\s+(?:[\w'-]+\s+){{0,2}}?"
        rf"(?P<p>{harm}|{tolls})\b",
        # "… were killed and their commander captured": the auxiliary left out, no object
        rf"(?<=and\s){one}\s+{_ADVERB}(?P<p>{harm})"
        r"(?=\s*(?:[,.;:]|$|\s(?:in|on|at|during|by|after|near|while)\b))",
        # "the commander and two soldiers were killed": one before a count, sharing its claim
        rf"{one}(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?=\d|[a-z])(?P<p>)",
    )
    return (among, *(re.compile(p, _I) for p in others))


# Not this event's: a death by illness, another year's ("died of cancer", "died in 2010",
# "last year"), one freed since ("the commander, captured in March, was freed").
_ANOTHER_STORY = re.compile(
    r"[^;.]{0,40}?(?:\bof\s+(?:an?\s+)?(?:illness|natural causes|disease|cancer|covid|old age"
    r"|heart attack|stroke)|\bin\s+(?:19|20)\d\d\b|\blast\s+(?:year|month)|\byears\s+ago"
    r"|,\s*(?:was|were|had been|has been)\s+(?:later\s+)?(?:freed|released|rescued|set free))",
    _I,
)


# The counts whose predicate a person coordinated before them shares.
_SHARED = ("participle", "conjunct", "one participle")


def _kind(m: re.Match, found: list[Found]) -> str | None:
    """The claim type a match gives its one: its participle or toll's, or that of the count
    right after it ("the commander and two soldiers were killed")."""
    if word := m.group("p"):
        return _type_of(word)
    after = [f for f in found if f.start == m.end() and f.rule in _SHARED]
    return after[0].claim_type if after else None


def _type_of(word: str) -> str | None:
    """The claim type of a participle or a toll noun ("killed", "dead", "hostages")."""
    low = word.lower()
    if low == "went missing" or low == "disappeared":
        return "missing"
    return numbers.TOLL_NOUNS.get(low) or type_of_participle(low)


def find_definite_ones(shade: str, text: str, found: list[Found]) -> list[Found]:
    """The people counted one by a definite or a name, outside the spans ``found``.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> s = "Among the militants killed was Ali Musa, the army said."
        >>> [(f.claim_type, f.value, f.subject) for f in find_definite_ones(shadow(s), s, [])]
        [('killed', '1', 'Ali Musa')]
    """
    out: list[Found] = []
    taken = [(f.start, f.end) for f in found]
    among = _patterns()[0]
    for pattern in _patterns():
        # a name is read in the text, by its capitals
        for m in pattern.finditer(text if pattern is among else shade):
            vs, ve = m.span("value")
            if any(a < ve and vs < b for a, b in taken):
                continue
            if pattern is not among and not _CLAUSE_START.search(shade, 0, vs):
                continue  # "the man who shot the guard, wounded …": not the guard
            kind = _kind(m, found)
            if kind is None or _ANOTHER_STORY.match(shade, m.end()):
                continue
            name = m.groupdict().get("name")
            subject = name or text[m.start("subj") : m.end("subj")].strip()
            value = "1" if name else text[vs:ve]
            out.append(Found(kind, vs, ve, value, subject, confidence=0.6, rule="definite one"))
            taken.append((vs, ve))
    return out + _things_listed(shade, text, found + out)


# "destroyed two tanks, a truck and three pickups": a thing named one in a verb's list
_THING_LISTED = re.compile(
    r"(?<![\w'-])(?P<value>(?:a|an)\s+(?P<subj>(?:(?!(?:and|or)\s)[\w'-]+\s+){0,2}?"
    rf"(?:{happenings.THING_NOUNS})))(?=\s*(?:[,.;:]|and\s|$))",
    _I,
)
_LISTED_BY = ("verb", "list", "conjunct", "participle")


def _things_listed(shade: str, text: str, found: list[Found]) -> list[Found]:
    """A thing named one right after a count a verb's list holds, before the next one:
    "destroyed two tanks, a truck and three pickups" (the truck is destroyed too), and
    after a thing named one the list holds: "two tanks, a truck and a pickup"; or one of
    the things counted: "destroyed 12 trucks, including a tank"."""
    out: list[Found] = []
    for m in _THING_LISTED.finditer(shade):
        vs, ve = m.span("value")
        if any(f.start < ve and vs < f.end for f in found):
            continue
        stop = [
            f
            for f in (*found, *out)
            if COORDINATION.fullmatch(shade, f.extra.get("subject_end", f.end), vs)
        ]
        # "destroyed 12 trucks, including a tank": one of the things counted
        part = [
            f
            for f in found
            if _THING_INCLUDED.fullmatch(shade, f.extra.get("subject_end", f.end), vs)
        ]
        head = (stop or part)[:1]
        if head and head[0].rule in _LISTED_BY and not head[0].subset:
            kind = head[0].claim_type
            subject = text[m.start("subj") : m.end("subj")]
            one = Found(kind, vs, ve, text[vs:ve], subject, confidence=0.6, rule="list")
            one.subset = bool(part and not stop)
            out.append(one)
    return out


_THING_INCLUDED = re.compile(r"\s*,?\s*including\s+", re.IGNORECASE)

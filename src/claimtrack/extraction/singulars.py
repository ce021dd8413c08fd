"""Counts of one written with an article: "a soldier and a civilian were killed",
"killed a policeman", "one was killed and another captured", "the toll included a woman".

A person named with a singular article ("a", "an", "un", "une", "another", "un autre")
is a count of one when a claim word governs it, read as a number's subject is read: a
participle after it (across a coordination: each conjunct is one claim), a claim verb
right before it (the verb wins over a participle reached across "and"), or a toll that
lists it or that it is among. With none of these it is no claim ("a resident said").

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> s = "A soldier and a civilian were killed."
    >>> [(f.claim_type, f.value) for f in find_singulars(shadow(s), s, [])]
    [('killed', 'A soldier'), ('killed', 'a civilian')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.extraction.count_blame import blamed_for
from claimtrack.extraction.count_participles import active_verb, participle_after, plural_alone
from claimtrack.extraction.count_parts import COORDINATION, SUBSET_AT
from claimtrack.extraction.count_tolls import TOLL_INCLUDED, among_toll
from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import happenings, numbers, speech
from claimtrack.extraction.predicates import (
    PARTICIPLE_WORD,
    objects,
    participle_re,
    type_of_participle,
    type_of_verb,
    verb_before_re,
)

_I = re.IGNORECASE
_APPOSITION = re.compile(r"[\w' ]{0,30}?(?:[–—(]|\s-)\s*")
_POSSESSIVE = re.compile(r"(?:his|her|their)\s", _I)
_OR = re.compile(r"(?<![\w'-])(?:or|ou)\s+$", _I)
# "had not lost a single soldier", "did not kill a civilian": a negated verb counts none
_NEGATED = re.compile(numbers.NEGATED_BEFORE, _I)
_SPEAKS = re.compile(rf"\s+(?:(?:also|later|then)\s+)?(?:{speech.REPORTING_VERBS})(?![\w-])", _I)


@lru_cache(maxsize=1)
def _one_person_re() -> re.Pattern:
    """An article and up to three words before a person noun: "a", "an", "another soldier"."""
    return re.compile(
        # "12 soldats, a affirmé le gouverneur, …": a French auxiliary, not "a"
        # "a general and his deputy", "killed along with his bodyguard": a possessive
        # names one more of a pair
        r"(?<![\w'-])(?P<value>(?:(?<=and\s)(?:his|her|their)|(?<=with\s)(?:his|her|their)"
        r"|another|an|a(?!\s+(?:"
        rf"{speech.FR_SAID_PARTICIPLES})\s+(?:l'|(?:le|la|les|un|une|des|du|son|sa)\s))"
        r"|un autre|une autre|un|une)\s+"
        rf"(?P<subj>(?:(?!(?:and|et|or|ou|of|de|who|qui|un|une|le|la|les|des|du|a|an|the|que"
        r"|son|sa|ses|leur|leurs|his|her|its|their|that|said)\s)"
        rf"[\w'-]+\s+){{0,3}}?"
        rf"(?:{numbers.ONE_PERSON_NOUNS})"
        # "a rebel commander", "a police officer": a person noun before the person's own
        rf"(?:\s+(?:{numbers.ONE_PERSON_NOUNS})(?![\w'-]))*))(?![\w'-])"
        # "a rebel camp", "a police truck": a person noun before a thing is no person;
        # "a Somali National Army camp": nor one in a name before it
        rf"(?!(?:\s+(?-i:[A-Z])[\w'-]*){{0,2}}\s+(?:{happenings.THING_NOUNS})(?![\w'-]))"
        # "another captured": "another" alone, right before its participle ("captured
        # another 86": a count of its own, no one more)
        r"|(?<![\w'-])(?P<another>another|un autre|une autre)(?=\s+(?:was\s+|a ete\s+)?\w)"
        rf"(?!\s+(?:\d|(?:{numbers.NUMBER_WORDS}|dozens?|hundreds?|several|few)(?![\w'-])))",
        _I,
    )


def _claim_type(shade: str, start: int, end: int) -> tuple[str | None, str]:
    """The claim type of a person named at ``start:end`` (``end``: where its coordination
    ends, "un soldat et un civil | ont été tués"), and the rule that gave it."""
    verb = verb_before_re().search(shade, max(0, start - 60), start)
    if verb and blamed_for(shade, verb.start()):
        verb = None  # "punished for killing a guard": what someone is blamed for, no count
    right = participle_re().match(shade, end)
    if right and active_verb(shade, right):
        right = None  # "a gunman killed five worshippers": the one did the killing
    if right and plural_alone(shade, start, end, right):
        right = None  # "12 soldats qui escortaient un convoi ont été tués": not the convoy
    across = right and (right.group("coord") or "," in shade[right.start() : right.start("p")])
    if right and not (verb and across):
        # "A soldier and a civilian were killed": a conjunct that is itself a clause
        # ("a man was arrested and a woman was killed") keeps its own predicate.
        coord = right.group("coord") or ""
        if not re.search(r"\b(?:was|is|a|est)\s*$", coord, _I):
            return type_of_participle(right.group("p")), "participle"
    if verb:
        return type_of_verb(verb.group("v")), "verb"
    if along := _ALONG_WITH.search(shade, max(0, start - 80), start):
        # "the general was killed in an ambush along with his deputy": the same predicate
        return type_of_participle(along.group("p")), "along"
    if kind := among_toll(shade, start, end):
        # "the casualties include a child who was killed": the relative clause says which
        rel = participle_after(shade, end, end, True) if kind == "casualties" else None
        return (type_of_participle(rel.group("p")) if rel else kind), "toll"
    if TOLL_INCLUDED.search(shade, max(0, start - 120), start):
        return "killed", "toll"
    return None, ""


# A claim participle, then "along with" (up to four words between), right before a person
_ALONG_WITH = re.compile(
    rf"(?<![\w'-])(?P<p>{PARTICIPLE_WORD.pattern})\s+(?:[\w'-]+\s+){{0,4}}?"
    r"(?:along|together)\s+with\s+$",
    _I,
)


def _chain_end(shade: str, people: list[re.Match]) -> int:
    """Where a coordination of people named one by one ends: "a soldier, a guard and a
    civilian | were killed" (the first of ``people`` starts it)."""
    end = people[0].end()
    for nxt in people[1:]:
        if not COORDINATION.fullmatch(shade, end, nxt.start()):
            break
        end = nxt.end()
    return end


def find_singulars(shade: str, text: str, found: list[Found]) -> list[Found]:
    """The people counted one by an article, outside the spans of the counts ``found``.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> s = "Un soldat et une femme ont été tués, et un autre blessé."
        >>> [(f.claim_type, f.value) for f in find_singulars(shadow(s), s, [])]
        [('killed', 'Un soldat'), ('killed', 'une femme'), ('wounded', 'un autre')]
    """
    out: list[Found] = []
    taken = [(f.start, f.end) for f in found]
    people = list(_one_person_re().finditer(shade))
    for i, m in enumerate(people):
        group = "value" if m.group("value") else "another"
        vs, ve = m.span(group)
        if any(a < ve and vs < b for a, b in taken) or _OR.search(shade, max(0, vs - 5), vs):
            continue  # counted already; "three soldiers or a civilian": an alternative
        if (vs, ve) in appositions(shade, found):
            continue  # "only one person — a militant — was killed": the same one, named
        if parent := _whole(shade, vs, found):
            claim_type, rule = parent.claim_type, "subset"  # "…, including a colonel"
        else:
            claim_type, rule = _claim_type(shade, vs, _chain_end(shade, people[i:]))
        # "killed seven police officers, a guard and a priest": a comma opens the list
        # when the ones named after it go on to "and"
        chained = _chain_end(shade, people[i:]) > m.end()
        listed = m.group("value") and (
            _listed_after(shade, vs, ve, found + out, chained) or _listed_before(shade, ve, found)
        )
        if claim_type is None and listed:
            claim_type, rule = listed.claim_type, "list"  # "killed 27 soldiers and a policeman"
        if claim_type is None or (_POSSESSIVE.match(m.group()) and rule not in ("list", "along")):
            continue  # "… and their commander captured the town": one named by a possessive
            # counts only in a list after a claim verb or "along with" one counted
        subject = text[m.start("subj") : m.end("subj")] if m.group("subj") else None
        claim_type = objects(claim_type, subject)
        value = text[vs:ve]
        if rule == "verb" and re.match(r"an?\s", value, _I) and _NEGATED.search(shade, 0, vs):
            value = "none"
        one = Found(claim_type, vs, ve, value, subject, confidence=0.6, rule=f"one {rule}")
        one.subset = rule == "subset"
        out.append(one)
        taken.append((vs, ve))
    return out + possessive_subsets(shade, text, found)


_AND_AT_END = re.compile(r"\s*(?:,\s*)?(?:and|et|as well as|along with|together with)\s+$", _I)
_COMMA_AT_END = re.compile(r"\s*,\s*$")
_NOT_LISTED = frozenset({"attacked", "attackers", "shelling", "present", "controls"})


def _listed_after(
    shade: str, start: int, end: int, found: list[Found], chained: bool = False
) -> Found | None:
    """The count a person named one is listed after, as one more of its kind: "killed 27
    soldiers and a policeman", or after a comma when the list goes on to "and" (``chained``:
    "killed 27 soldiers, a guard and a priest"); not one who speaks ("and a resident said")."""
    if _SPEAKS.match(shade, end):
        return None
    for f in found:
        stop = f.extra.get("subject_end", f.end) if f.extra else f.end
        joined = _AND_AT_END.fullmatch(shade, stop, start) or (
            chained and _COMMA_AT_END.fullmatch(shade, stop, start)
        )
        if stop <= start and joined and not f.subset:
            return f if f.claim_type not in _NOT_LISTED else None
    return None


@lru_cache(maxsize=1)
def _own_one_re() -> re.Pattern:
    """ "… 13 others including their commanding officer": one person of the count's own side,
    named by a possessive right after "including"."""
    return re.compile(
        # "… 11 soldiers, including the base commander": one named by "the" too
        # "…, dont le pasteur", "…, parmi lesquelles le chef du village"
        r"(?:,\s*)?(?:including|among them|dont|parmi (?:eux|elles|lesquels|lesquelles))\s+"
        r"(?P<value>(?:(?:their|its|his|her|the|le|la|leur|son|sa)\s+|l')"
        rf"(?P<subj>(?:[\w'-]+\s+){{0,2}}?(?:{numbers.ONE_PERSON_NOUNS})))(?![\w'-])",
        _I,
    )


def possessive_subsets(shade: str, text: str, found: list[Found]) -> list[Found]:
    """The people named one by a possessive among a count of people right before them.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> s = "They captured 13 soldiers including their commander."
        >>> whole = Found("captured", 14, 16, "13", "soldiers", extra={"subject_end": 25})
        >>> [(f.claim_type, f.value) for f in possessive_subsets(shadow(s), s, [whole])]
        [('captured', 'their commander')]
    """
    out = []
    for m in _own_one_re().finditer(shade):
        for f in found:
            stop = f.extra.get("subject_end", f.end) if f.extra else f.end
            if f.subset or f.claim_type not in _OF_PEOPLE:
                continue
            if not (
                0 <= m.start() - stop <= 2 or _ITS_PARTICIPLE.fullmatch(shade, stop, m.start())
            ):
                continue
            vs, ve = m.span("value")
            one = Found(f.claim_type, vs, ve, text[vs:ve], text[m.start("subj") : ve])
            one.subset, one.rule, one.confidence = True, "one subset", 0.6
            out.append(one)
            break
    return out


# "Trente soldats ont été tués, dont leur commandant": the count's own participle between
_ITS_PARTICIPLE = re.compile(
    r"\s+(?:(?:ont|sont|avaient|etaient|auraient|seraient|ete|were|have|had|been)\s+)+"
    r"[\w'-]+\s*,?\s*",
    _I,
)
_OF_PEOPLE = frozenset({"killed", "wounded", "captured", "missing", "casualties"})


def _listed_before(shade: str, end: int, found: list[Found]) -> Found | None:
    """The count a person named one is coordinated with, before the count's participle:
    "a soldier and two civilians were wounded" (the soldier was wounded too)."""
    for f in found:
        if f.rule in ("participle", "conjunct") and COORDINATION.fullmatch(shade, end, f.start):
            return f if f.claim_type not in _NOT_LISTED else None
    return None


def _whole(shade: str, start: int, found: list[Found]) -> Found | None:
    """The count a person named one right after ", including" belongs to: "killed 11
    soldiers, including a senior officer" (the officer is one of the 11)."""
    at = SUBSET_AT.search(shade, max(0, start - 20), start)
    wholes = [f for f in found if not f.subset and at and f.end <= at.start() < f.end + 60]
    if not at and (bare := _SUBSET_BARE.search(shade, max(0, start - 20), start)):
        # "Seven people including a policeman were killed": no comma, right after the
        # count's own words
        wholes = [
            f for f in found if not f.subset and _NOUN_WORDS.fullmatch(shade, f.end, bare.start())
        ]
    return wholes[-1] if wholes else None


_SUBSET_BARE = re.compile(r"\s(?:including|among them)\s+$", _I)
_NOUN_WORDS = re.compile(r"(?:\s+[\w'-]+){1,3}")


def appositions(shade: str, found: list[Found]) -> list[tuple[int, int]]:
    """The people named one by an article between dashes or in brackets right after a count
    ``found``: the count named again, not one more ("one person — a militant — was killed").

    Example:
        >>> s = "one person - a militant - was killed"
        >>> appositions(s, [Found("killed", 0, 3, "one")])
        [(13, 23)]
    """
    out = []
    for m in _one_person_re().finditer(shade):
        if m.group("value") and any(
            _APPOSITION.fullmatch(shade, f.end, m.start()) for f in found if f.end <= m.start()
        ):
            out.append(m.span("value"))
    return out

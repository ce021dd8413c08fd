"""Counts: the claims that carry a number, with their subjects and claim types.

A count is a quantity phrase ("80", "three", "at least 15", "une trentaine",
"dozens", "none") with the words after it as its subject ("fighters", "military
barracks"). Its claim type comes from, in order:

1. a participle after the subject: "five soldiers were killed", "27 soldats tués";
2. the subject itself when it is a toll noun: "six dead", "93 martyrs", "28 morts";
3. a verb right before the count: "killed up to 40", "avoir tué une trentaine";
4. a toll phrase: "put the death toll of militants at dozens";
5. a subset of the count before it: "33 blessés dont 21 graves", "including 11 children";
6. a list that goes on: "neuf véhicules … ainsi que de très nombreuses armes".

A count with none of these is not a claim ("150 kilometres", "the two camps").
Sentence-level claims with no count (attacks on named places, control, blame,
denials) come from ``event_claims``.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> s = "They killed 80 fighters."
    >>> [(c.claim_type, c.value, c.subject) for c in find_counts(shadow(s), s)]
    [('killed', '80', 'fighters')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import happenings, numbers, speech, words
from claimtrack.extraction.named_things import find_named_things
from claimtrack.extraction.number_forms import clean_value, not_a_count, quantity_re
from claimtrack.extraction.predicates import (
    AND_PARTICIPLE,
    PARTICIPLE_AT,
    PARTICIPLE_WORD,
    VP_START,
    objects,
    participle_re,
    type_of_participle,
    type_of_verb,
    verb_before_re,
)

_I = re.IGNORECASE
_STOP = """
    were was are is have has had been be ont a sont ete etaient avaient avait and et or ou ni nor
    but in at on during by from when while with dont including who which that qui que to as
    for dans au aux lors par pour sur of de du des d the le la les l this these their its
    his her y en ainsi also since after before following near across into than per between
    entre parmi among located situated where situes situees pres vers autour aupres
    last overnight yesterday today earlier ago hier avoir etre having
    """
# Words that end a counted subject: "five soldiers | were killed", "27 soldats | tués".
_SUBJECT_STOP = frozenset(_STOP.split())
_SEVERITY = {"graves", "grievement", "seriously", "critically", "serious", "legers", "slightly"}
_ATTACKER_BEFORE = re.compile(rf"(?:{happenings.ATTACKER_BEFORE})(?:(?:des|de|d')\s*)?$", _I)
_FIGHTERS = re.compile(rf"\b(?:{happenings.FIGHTER_NOUNS})\b", _I)
_ATTACKER_AFTER = re.compile(
    rf"\s+(?:(?:on \w+|then|also|later|armed with [\w ]{{1,30}}?|on motorbikes|a moto)\s+)?"
    rf"(?:{happenings.ATTACKER_VERBS_AFTER})\b",
    _I,
)
_REPORTING_AT = words(speech.REPORTING_VERBS, lower=True)
_REPORTING_NEXT = re.compile(rf"\s+(?:{speech.REPORTING_VERBS})(?![\w-])")
_OF_THEM = re.compile(r"\s+(?:of them|d'entre (?:eux|elles)|parmi eux)\b", _I)
_NOT_BEFORE = re.compile(r"(?:\bet non|\band not|\brather than|\bnon pas)\s+(?:de\s+|d')?$", _I)
_OF = re.compile(
    r"\s*\"?\s*(?:(?:(?:of|de)\b|d')\s*\"?\s*(?:(?:their|its|his|her|our|the|leurs?|ses|nos)\s+)?)?",
    _I,
)
_WORDTOK = re.compile(r"[\w'-]+|\"|[^\w\s]")
_SUBSET = re.compile(
    r"(?:including|dont|among them|among whom|parmi eux|parmi lesquels|notamment)\s+"
    r"(?:[^.;:]*?\b(?:and|et)\s+)?$",
    _I,
)
_LIST_GOES_ON = re.compile(
    r"^[^.;:]{0,40}?(?:\band|\bet|ainsi que|as well as|,)\s+(?:de\s+|d')?$", _I
)
# "put the death toll of militants at", "the death toll rose to", "le bilan s'élève à".
_TOLL_AT = re.compile(
    r"(?:(?:death )?toll|number of (?:dead|deaths|victims|casualties)|bilan"
    r"|nombre (?:total )?(?:des|de) (?:morts|victimes|tues))"
    r"(?:\s+(?:provisoire|total|officiel|final|initial|definitif))?"
    r"(?: of (?P<of>[\w' -]{1,40}?))?\s+(?:(?:has |had )?(?:rose|risen|climbed|increased|stood"
    r"|stands|reached|rises|s'eleve|s'est alourdi|est passe|passe|atteint|est|etait|is|was)\s+)?"
    r"(?:at|to|of|a|de|d')\s*\"?\s*$",
    _I,
)

_TOLL_INCLUDED = re.compile(
    r"(?:(?:death )?toll|bilan)\b[^.;:]{0,60}?\b(?:included|includes|including|comprend"
    r"|comprenait|compte|comptait|parmi lesquels)\b[^.;:]{0,40}$",
    _I,
)
_AND_ONE = re.compile(
    r"(?:and|et)\s+(?P<value>(?:a|an|un|une)\s+[\w'-]+(?:\s+[\w'-]+)??)"
    r"(?:\s+(?:were|was|have|has|had|been|all|also|ont|sont|ete))*\s*$"
)
_OBJECT_LIST = re.compile(
    rf"(?<![\w-])(?P<v>{'|'.join(sorted(happenings.CLAIM_VERBS, key=len, reverse=True))})\s"
    r"[^.;:,]{1,60}?\s(?:as well as|ainsi que|along with|plus)\s+(?:de\s+|d')?$",
    _I,
)
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|and\s+|et\s+)")


def _subject(shade: str, text: str, pos: int) -> tuple[int, int, list[str]]:
    """The subject words after a count: up to four, stopping at function words and verbs."""
    m = _OF.match(shade, pos)
    i = m.end() if m else pos
    words: list[str] = []
    start = end = i
    for tok in _WORDTOK.finditer(shade, i):
        word = tok.group()
        if word == '"':
            continue
        low = word.lower()
        if not re.match(r"[\w]", word) or low in _SUBJECT_STOP or len(words) >= 4:
            break
        if words and _REPORTING_AT.match(shade, tok.start()):
            break  # "one resident | said"
        if words and (PARTICIPLE_WORD.fullmatch(low) or PARTICIPLE_AT.match(shade, tok.start())):
            break  # "14 fishermen | lost their lives"
        if not words:
            start = tok.start()
        words.append(low)
        end = tok.end()
        if PARTICIPLE_WORD.fullmatch(low):
            break  # "33 blessés": the participle is the claim, not a subject
    return start, end, words


@dataclass
class _Count:
    """A quantity phrase in a sentence and the words around it (offsets in the sentence)."""

    match: re.Match
    start: int
    end: int
    before: str  # up to 60 characters before the count
    verb: re.Match | None  # a claim verb right before it: "killed up to 40"
    subject_end: int
    words: list[str]  # the subject's words, lower case
    subject: str | None  # the subject as written


@dataclass
class _Reading:
    """What makes a count a claim: its type, the rule that found it, what the rule changes."""

    subject: str | None
    claim_type: str | None = None
    rule: str = ""
    extra: str | None = None  # a second predicate: "killed or wounded"
    tight: bool = False  # a conjunct right after "and": "42 criminals and one officer"
    stance: str = "asserts"
    subset: bool = False
    one_more: tuple[int, int] | None = None  # "three soldiers and a civilian were killed"


def _count(m: re.Match, shade: str, text: str, skip) -> _Count | None:
    """The count a quantity match makes, or None for a number in a source phrase or no count."""
    vs, ve = m.span("value")
    if any(a <= vs < b for a, b in skip) or not_a_count(m, shade):
        return None
    before = shade[max(0, vs - 60) : vs]
    s_start, s_end, words = _subject(shade, text, ve)
    subject = text[s_start:s_end].strip("'’") if words else None
    return _Count(m, vs, ve, before, verb_before_re().search(before), s_end, words, subject)


# The rules, in order: the first that gives a claim type wins (module docstring).
def _attackers(shade: str, c: _Count, found: list[Found], r: _Reading) -> None:
    if c.match.group("strong") and happenings.ATTACK_WORD_RE.search(shade):
        r.claim_type, r.rule = "attackers", "strength"
    elif (fighters := _FIGHTERS.search(shade, c.end, c.subject_end)) and (
        _ATTACKER_BEFORE.search(c.before) or _ATTACKER_AFTER.match(shade, fighters.end())
    ):
        # "an attack by 200 gunmen", "20 gunmen stormed the camp"
        r.claim_type, r.rule, r.subject = "attackers", "attackers", shade[c.end : fighters.end()]
        r.subject = r.subject.strip() or None


def _participle(shade: str, c: _Count, found: list[Found], r: _Reading) -> None:
    if c.words and type_of_participle(c.words[-1]) and len(c.words) == 1:
        r.claim_type, r.rule, r.subject = type_of_participle(c.words[-1]), "participle", None
        return
    right = participle_re().match(shade, c.subject_end if c.words else c.end)
    # "killed 7 guards and seized 3 posts", "killed 7 guards, wounded 4": the verb right
    # before the count wins over a participle reached across a coordination or a comma.
    across = right and (right.group("coord") or "," in shade[right.start() : right.start("p")])
    coord = right.group("coord") if right else None
    if coord and (VP_START.match(coord.split(None, 1)[1]) or quantity_re().search(coord, 3)):
        # "killed five police, and had then stolen …", "… and left five people wounded": a
        # verb phrase or a count of its own, not a second subject of the participle
        return
    if right and not (c.verb and across):
        r.claim_type, r.rule = type_of_participle(right.group("p")), "participle"
        coord = right.span("coord")
        if right.group("coord") and (one := _AND_ONE.match(shade, *coord)):
            r.one_more = one.span("value")  # "… and a civilian were killed": one more
        if also := AND_PARTICIPLE.match(shade, right.end()):
            r.extra = type_of_participle(also.group("p"))  # "killed or wounded"


def _toll_noun(shade: str, c: _Count, found: list[Found], r: _Reading) -> None:
    toll_word = next((w for w in reversed(c.words) if w in numbers.TOLL_NOUNS), None)
    if toll_word:  # "six dead", "pas de victime française"
        r.claim_type, r.rule = numbers.TOLL_NOUNS[toll_word], "toll noun"
    elif c.match.group("vague"):
        last = c.match.group("vague").lower().split()[-1]
        if last in numbers.TOLL_NOUNS:  # "significant losses"
            r.claim_type, r.rule = numbers.TOLL_NOUNS[last], "toll noun"


def _verb(shade: str, c: _Count, found: list[Found], r: _Reading) -> None:
    if c.verb:
        r.claim_type, r.rule = type_of_verb(c.verb.group("v")), "verb"


def _toll_phrase(shade: str, c: _Count, found: list[Found], r: _Reading) -> None:
    if _TOLL_INCLUDED.search(shade, max(0, c.start - 120), c.start):
        r.claim_type, r.rule = "killed", "toll"  # "the death toll included a woman and …"
    elif toll := _TOLL_AT.search(c.before):
        r.claim_type, r.rule = "killed", "toll"
        if toll.group("of") and not c.words:
            r.subject = toll.group("of")


def _of_them(shade: str, c: _Count, found: list[Found], r: _Reading) -> None:
    if found and _OF_THEM.match(shade, c.end):
        r.claim_type, r.rule = found[-1].claim_type, "subset"  # "16 people, 10 of them police"
        r.subject = found[-1].subject


def _including(shade: str, c: _Count, found: list[Found], r: _Reading) -> None:
    if found and _SUBSET.search(shade[max(0, c.start - 80) : c.start]):
        parent = next(f for f in reversed(found) if not f.subset)
        r.claim_type, r.rule, r.subset = parent.claim_type, "subset", True
        if not c.words or (c.words and c.words[-1] in _SEVERITY):
            base = parent.subject or ""
            r.subject = f"{base} ({r.subject})" if c.words else base


def _list(shade: str, c: _Count, found: list[Found], r: _Reading) -> None:
    if not found:
        return
    gap = shade[found[-1].extra.get("subject_end", found[-1].end) : c.start]
    if _LIST_GOES_ON.match(gap):
        r.claim_type, r.rule = found[-1].claim_type, "list"
        # "42 criminals and one police officer": "one" right after "and" is a count
        tight = bool(_COORDINATION.fullmatch(gap)) and 0 < len(c.words) < 4
        r.tight = tight and not _REPORTING_NEXT.match(shade, c.subject_end)  # "one resident said"
    elif _NOT_BEFORE.search(gap):
        r.claim_type, r.rule = found[-1].claim_type, "list"  # "six, et non 26"
        r.stance = "denies"


def _object_list(shade: str, c: _Count, found: list[Found], r: _Reading) -> None:
    """ "killed three soldiers in a lorry as well as five police": one more object of the
    verb, when nothing in between reads as another clause."""
    before = shade[max(0, c.start - 120) : c.start]
    if (m := _OBJECT_LIST.search(before)) and (v := type_of_verb(m.group("v"))):
        r.claim_type, r.rule = v, "list"


_RULES = (
    _attackers,
    _participle,
    _toll_noun,
    _verb,
    _toll_phrase,
    _of_them,
    _including,
    _list,
    _object_list,
)


def _read(shade: str, c: _Count, found: list[Found]) -> _Reading:
    """The first rule that makes the count a claim (claim_type stays None if none does)."""
    reading = _Reading(subject=c.subject)
    for rule in _RULES:
        if reading.claim_type is None:
            rule(shade, c, found, reading)
    return reading


def _weak(c: _Count, r: _Reading) -> bool:
    """ "one resident", "no mention": they count only with a claim word right at them."""
    one, zero = c.match.group("one"), c.match.group("zero")
    if (one or zero) and r.rule not in ("participle", "verb", "toll noun") and not r.tight:
        return True
    if (
        one
        and r.rule != "verb"
        and not (r.rule == "participle" and 0 < len(c.words) < 3)
        and not r.tight
    ):
        return True  # "only one guerrilla was killed" counts; "one resident" does not
    return bool(zero and not c.words and r.rule != "verb")


def _carried_subject(c: _Count, r: _Reading, last: str | None) -> tuple[str | None, str | None]:
    """The count's subject, else the one counted before; and the subject to carry on."""
    subject = r.subject
    if subject is None and r.claim_type not in ("controls",):
        subject = last
    if c.words and r.rule != "subset":
        last = subject
    # "six dead": the toll noun is the claim; keep the subject that was counted.
    if (
        r.claim_type in ("killed", "wounded", "casualties")
        and subject
        and subject.lower() in numbers.TOLL_NOUNS
        and last
        and last != subject
    ):
        subject = last
    return subject, last


def _claims(c: _Count, r: _Reading, claim_type: str, value: str, subject: str | None) -> list:
    """The count as a claim, and as a second one when two predicates share it."""
    confidence = {"participle": 0.8, "toll noun": 0.75, "verb": 0.75}.get(r.rule, 0.6)
    out = [
        Found(
            claim_type,
            c.start,
            c.end,
            value=value,
            subject=subject,
            confidence=confidence,
            rule=r.rule,
            stance=r.stance,
            subset=r.subset,
            extra={"subject_end": c.subject_end if c.words else c.end},
        )
    ]
    if r.extra and r.extra != claim_type:
        out.append(Found(r.extra, c.start, c.end, value, subject, rule="participle", subset=True))
    return out


def find_counts(shade: str, text: str, skip: list[tuple[int, int]] = ()) -> list[Found]:
    """Every count in a sentence that some claim word makes a claim.

    ``skip`` holds spans (the source phrases) where numbers are not counts:
    "Deux d'entre elles ont fait état …".

    Example:
        >>> s = "27 soldats tués, 33 blessés dont 21 graves et sept disparus."
        >>> from claimtrack.extraction.sentences import shadow
        >>> [(c.claim_type, c.value) for c in find_counts(shadow(s), s)]
        [('killed', '27'), ('wounded', '33'), ('wounded', '21'), ('missing', 'sept')]
    """
    found: list[Found] = []
    pending: list[tuple[int, int, int, str | None]] = []
    last_subject: str | None = None
    for m in quantity_re().finditer(shade):
        c = _count(m, shade, text, skip)
        if c is None:
            continue
        r = _read(shade, c, found)
        if r.claim_type is None:
            if c.words and not (m.group("one") or m.group("zero")):
                pending.append((c.start, c.end, c.subject_end, r.subject))  # a conjunct, maybe
            continue
        if _weak(c, r):
            continue
        written = text[c.start : c.end]
        value = clean_value(written.split("-")[0] if m.group("strong") else written)
        if value is None:
            continue
        subject, last_subject = _carried_subject(c, r, last_subject)
        claim_type = objects(r.claim_type, subject)
        if (
            claim_type == "attacked"
            and r.rule != "verb"
            and not happenings.PLACE_NOUN_RE.search(subject or "")
        ):
            continue  # a count of attacked things that are not places: not a claim here
        if r.rule == "participle":
            found += _conjuncts(text, pending, c.start, claim_type)
        found += _claims(c, r, claim_type, value, subject)
        if r.one_more and (one := clean_value(text[slice(*r.one_more)])):
            noun = one.split(None, 1)[1]
            kind = objects(r.claim_type, noun)
            found.append(Found(kind, *r.one_more, one, noun, confidence=0.6, rule="conjunct"))
    return found + find_named_things(shade, text, found)


def _conjuncts(
    text: str, pending: list[tuple[int, int, int, str | None]], start: int, claim_type: str
) -> list[Found]:
    """Counts coordinated before a count with a participle share its predicate.

    "Five soldiers and 12 militants were killed": the participle follows the last
    conjunct; each count before it, joined by "and" or a comma, is killed too.
    """
    out: list[Found] = []
    for vs, ve, s_end, subject in reversed(pending):
        value = clean_value(text[vs:ve])
        if not _COORDINATION.fullmatch(text, s_end, start) or value is None:
            break
        out.insert(0, Found(claim_type, vs, ve, value, subject, confidence=0.7, rule="conjunct"))
        start = vs
    pending.clear()
    return out

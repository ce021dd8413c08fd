"""What is claimed: counts, their subjects and claim types; attacks, control, blame, denials.

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
from dataclasses import dataclass, field
from functools import lru_cache

from claimtrack.extraction.lexicon import happenings, numbers, speech, words
from claimtrack.normalize.quantities import QuantityError, parse_quantity, vague_table

_I = re.IGNORECASE
_NUM = r"\d{1,3}(?:[ ,.]\d{3})+(?![\d])|\d+"
_NUMW = (
    rf"(?:(?:a|an|one)\s+(?:hundred|thousand|dozen)|{numbers.NUMBER_WORDS})"
    rf"(?:[- ](?:et[- ])?(?:{numbers.NUMBER_WORDS}|one|un|une))*"
)
# "between 10 and 20", "10-20", "entre 10 et 20": parse_quantity reads them as ranges.
_RANGE = (
    rf"(?:between|entre|from|de)\s+(?:{_NUM})\s+(?:and|et|to|a)\s+(?:{_NUM})"
    rf"|(?:{_NUM})\s*[-–]\s*(?:{_NUM})|(?:{_NUM})\s+(?:to|a)\s+(?:{_NUM})(?!\s*(?:{numbers.MONTHS}))"
)
_STOP = """
    were was are is have has had been be ont a sont ete etaient avaient avait and et or ou
    but in at on during by from when while with dont including who which that qui que to as
    for dans au aux lors par pour sur of de du des d the le la les l this these their its
    his her y en ainsi also since after before following near across into than per between
    entre parmi among located situated where situes situees pres vers autour aupres
    last overnight yesterday today earlier ago hier avoir etre
    """
# Words that end a counted subject: "five soldiers | were killed", "27 soldats | tués".
_SUBJECT_STOP = frozenset(_STOP.split())
_SEVERITY = {"graves", "grievement", "seriously", "critically", "serious", "legers", "slightly"}
_AUX = (
    r"were|was|are|is|have|has|had|been|being|be|ont|a|sont|ete|etaient|avaient|avait|also"
    r"|egalement|reportedly|all|slightly|seriously|critically|deja|tous|toutes|aussi|later"
    r"|allegedly|then|subsequently|grievement|legerement"
)


@lru_cache(maxsize=1)
def _participle_re() -> re.Pattern:
    alts = "|".join(sorted(happenings.CLAIM_PARTICIPLES, key=len, reverse=True))
    return re.compile(
        rf"[\s\"',–—]*(?:,\s*(?:including|dont|among them|notamment)\b[^,.;]{{0,60}},\s*)?"
        # "23 people – 14 Syrians and nine Iranians – were injured", "(12 of them civilians)"
        rf"(?:\s*[–—]\s*[^–—.;]{{1,80}}?[–—]\s*|\s*\([^()]{{1,80}}\)\s*)?"
        rf"(?P<coord>(?:and|or|et|ou)\s+(?!(?:{_NUMW}|one|un|une)\b|\d)[\w'-]+(?:\s+[\w'-]+){{0,3}}\s+)?"
        # "80 fighters in green uniforms died", "20 from the militia were killed"
        rf"(?:(?:in|from|of|with|wearing|carrying|dressed in|de|du|des|en)\s+"
        rf"(?!(?:{_NUMW}|\d))[\w'-]+(?:\s+(?!(?:{_AUX})\b)[\w'-]+){{0,3}}?\s+)?"
        rf"(?:(?:{_AUX})\s+|\"\s*){{0,5}}(?P<p>{alts})\b",
        _I,
    )


@lru_cache(maxsize=1)
def _verb_before_re() -> re.Pattern:
    alts = "|".join(sorted(happenings.CLAIM_VERBS, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<v>{alts})(?:\s*:?\s+|(?<=d'))['\"]?(?:(?:{numbers.STRESS_WORDS})\s*)?$",
        _I,
    )


@lru_cache(maxsize=1)
def _quantity_re() -> re.Pattern:
    table = vague_table("default")
    # The vague-words table, as phrases; "de très nombreuses" reads as "très nombreuses".
    vague = sorted({p for p in table["phrase"] if " " in p or len(p) > 3}, key=len, reverse=True)
    vague_alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in vague)
    return re.compile(
        # "d'une quinzaine": an elided article may stand right before the count.
        rf"(?<![\w-])(?<![\w-][\w])(?:(?P<stress>{numbers.STRESS_WORDS})\s*)?"
        rf"(?P<value>(?:(?P<mod>{numbers.MODIFIERS})\s+)?(?:(?P<range>{_RANGE})|(?P<num>{_NUM})"
        rf"|(?P<word>{_NUMW})"
        rf"|(?P<vague>{vague_alt}|tens)|(?P<zero>{numbers.ZERO_WORDS})|(?P<one>one|un|une))"
        rf"(?:-(?:man-)?(?P<strong>strong))?)(?![\w])",
        _I,
    )


_ATTACKER_BEFORE = re.compile(rf"(?:{happenings.ATTACKER_BEFORE})(?:(?:des|de|d')\s*)?$", _I)
_FIGHTERS = re.compile(happenings.FIGHTER_NOUNS, _I)
_REPORTING_AT = words(speech.REPORTING_VERBS, lower=True)
_REPORTING_NEXT = re.compile(rf"\s+(?:{speech.REPORTING_VERBS})(?![\w-])")
_OF_THEM = re.compile(r"\s+(?:of them|d'entre (?:eux|elles)|parmi eux)\b", _I)
_NOT_BEFORE = re.compile(r"(?:\bet non|\band not|\brather than|\bnon pas)\s+(?:de\s+|d')?$", _I)
_UNITS = re.compile(rf"^\s*(?:%|(?:{'|'.join(sorted(numbers.UNITS))})\b)", _I)
_MONTH = re.compile(rf"\b(?:{numbers.MONTHS})\.?\s*$", _I)
_MONTH_AFTER = re.compile(rf"^\s*(?:{numbers.MONTHS})\b", _I)
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


_ARTICLE_PASSIVE = re.compile(
    r"(?<![\w'-])(?P<value>(?:a|an|un|une)\s+(?P<subj>[^,.;]{1,40}?\"?))\s+"
    r"(?:was|has been|had been|a ete)\s+(?:(?:also|aussi|egalement|reportedly)\s+)?"
    rf"(?P<p>{'|'.join(sorted(happenings.CLAIM_PARTICIPLES, key=len, reverse=True))})\b",
    _I,
)
# "the chief was wounded": a definite singular person is one, for what happens to people.
_PEOPLE = ("killed", "wounded", "captured", "missing")
_DEFINITE_PASSIVE = re.compile(
    r"(?<![\w'-])(?P<value>(?:the|le|la)\s+(?P<subj>(?:[\w'-]+\s+){0,2}?[\w'-]+))\s+"
    r"(?:was|has been|had been|a ete)\s+(?:(?:also|aussi|egalement|reportedly)\s+)?"
    rf"(?P<p>{'|'.join(p for p, t in happenings.CLAIM_PARTICIPLES.items() if t in _PEOPLE)})\b",
    _I,
)
# Where a definite subject starts its clause ("said the chief was", "que le chef a été").
_CLAUSE_START = re.compile(r"(?:^|[,;:\"]|\b(?:that|said|says|que|qu'|and|et))\s*$", _I)
_VERB_THING = re.compile(
    r"(?<![\w'-])(?P<v>captured|seized|took|overran|destroyed|stormed|capture|pris|saisi|detruit)"
    rf"\s+(?P<value>(?:(?:the|a|an|le|la)\s+|l'\s*)(?P<subj>(?:[\w'-]+\s+){{0,2}}?(?:{happenings.THING_NOUNS})))\b",
    _I,
)


@dataclass
class Found:
    """One candidate claim in a sentence (offsets relative to the sentence)."""

    claim_type: str
    start: int  # the span the claim rests on (the count, or the event words)
    end: int
    value: str | None = None
    subject: str | None = None
    stance: str = "asserts"
    confidence: float = 0.7
    rule: str = ""
    subset: bool = False
    extra: dict = field(default_factory=dict)


def clean_value(value: str) -> str | None:
    """The value as written if the quantity parser reads it; else a shorter reading or None.

    Example:
        >>> clean_value("de très nombreuses"), clean_value("eighty")
        ('très nombreuses', 'eighty')
    """
    candidates = [value.strip(' "'), re.sub(r"^(?:de|d')\s*", "", value.strip(' "'), flags=_I)]
    for candidate in candidates:
        try:
            parse_quantity(candidate)
            return candidate
        except QuantityError:
            continue
    return None


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
        if words and (_PARTICIPLE_WORD.fullmatch(low) or _PARTICIPLE_AT.match(shade, tok.start())):
            break  # "14 fishermen | lost their lives"
        if not words:
            start = tok.start()
        words.append(low)
        end = tok.end()
        if _PARTICIPLE_WORD.fullmatch(low):
            break  # "33 blessés": the participle is the claim, not a subject
    return start, end, words


_PARTICIPLE_WORD = re.compile(rf"(?:{'|'.join(happenings.CLAIM_PARTICIPLES)})", _I)
_PARTICIPLE_AT = re.compile(
    rf"(?:{'|'.join(p for p in happenings.CLAIM_PARTICIPLES if ' ' in p)})(?![\w-])", _I
)
_PARTICIPLES = [(re.compile(p, _I), kind) for p, kind in happenings.CLAIM_PARTICIPLES.items()]
_VERBS = [(re.compile(p, _I), kind) for p, kind in happenings.CLAIM_VERBS.items()]


def _type_of_participle(word: str) -> str | None:
    return next((kind for pattern, kind in _PARTICIPLES if pattern.fullmatch(word)), None)


def _type_of_verb(word: str) -> str | None:
    return next((kind for pattern, kind in _VERBS if pattern.fullmatch(word)), None)


def _objects(claim_type: str, subject: str | None) -> str:
    """Captured things and places are seizures ("captured three barracks"); people are captured."""
    if claim_type == "captured" and subject and happenings.THING_RE.search(subject):
        return "seized"
    return claim_type


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
    for m in _quantity_re().finditer(shade):
        vs, ve = m.span("value")
        if any(a <= vs < b for a, b in skip):
            continue
        after, before = shade[ve:], shade[max(0, vs - 60) : vs]
        if _UNITS.match(after) or _MONTH.search(before) or _MONTH_AFTER.match(after):
            continue
        if m.group("num") and re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
            continue  # a year
        if m.group("num") and re.match(r"^[h:]\d", after):
            continue  # a time: 16h15, 10:30
        verb = _verb_before_re().search(before)
        s_start, s_end, words = _subject(shade, text, ve)
        subject = text[s_start:s_end].strip("'’") if words else None
        claim_type: str | None = None
        rule, extra, tight, stance = "", None, False, "asserts"
        if m.group("strong") and happenings.ATTACK_WORD_RE.search(shade):
            claim_type, rule = "attackers", "strength"
        elif any(map(_FIGHTERS.fullmatch, words)) and _ATTACKER_BEFORE.search(before):
            claim_type, rule = "attackers", "attackers"  # "an attack by 200 gunmen"
        if claim_type is None and words and _type_of_participle(words[-1]) and len(words) == 1:
            claim_type, rule, subject = _type_of_participle(words[-1]), "participle", None
        if claim_type is None:
            right = _participle_re().match(shade, s_end if words else ve)
            # "killed 7 guards and seized 3 posts": the verb right before the count wins
            # over a participle reached across a coordination.
            if right and not (verb and right.group("coord")):
                claim_type, rule = _type_of_participle(right.group("p")), "participle"
                if also := _AND_PARTICIPLE.match(shade, right.end()):
                    extra = _type_of_participle(also.group("p"))  # "killed or wounded"
        toll_word = next((w for w in reversed(words) if w in numbers.TOLL_NOUNS), None)
        if claim_type is None and toll_word:  # "six dead", "pas de victime française"
            claim_type, rule = numbers.TOLL_NOUNS[toll_word], "toll noun"
        if claim_type is None and m.group("vague"):
            last = m.group("vague").lower().split()[-1]
            if last in numbers.TOLL_NOUNS:  # "significant losses"
                claim_type, rule = numbers.TOLL_NOUNS[last], "toll noun"
        if claim_type is None and verb:
            claim_type, rule = _type_of_verb(verb.group("v")), "verb"
        if claim_type is None and (toll := _TOLL_AT.search(before)):
            claim_type, rule = "killed", "toll"
            if toll.group("of") and not words:
                subject = toll.group("of")
        subset = False
        if claim_type is None and found and _OF_THEM.match(shade, ve):
            claim_type, rule = found[-1].claim_type, "subset"  # "16 people, 10 of them police"
            subject = found[-1].subject
        if claim_type is None and found and _SUBSET.search(shade[max(0, vs - 80) : vs]):
            parent = next(f for f in reversed(found) if not f.subset)
            claim_type, rule, subset = parent.claim_type, "subset", True
            if not words or (words and words[-1] in _SEVERITY):
                base = parent.subject or ""
                subject = f"{base} ({subject})" if words else base
        if claim_type is None and found:
            gap = shade[found[-1].extra.get("subject_end", found[-1].end) : vs]
            if _LIST_GOES_ON.match(gap):
                claim_type, rule = found[-1].claim_type, "list"
                # "42 criminals and one police officer": "one" right after "and" is a count
                tight = bool(_COORDINATION.fullmatch(gap)) and 0 < len(words) < 4
                tight = tight and not _REPORTING_NEXT.match(shade, s_end)  # "one resident said"
            elif _NOT_BEFORE.search(gap):
                claim_type, rule = found[-1].claim_type, "list"  # "six, et non 26"
                stance = "denies"
        if claim_type is None:
            if words and not (m.group("one") or m.group("zero")):
                pending.append((vs, ve, s_end, subject))  # may be a conjunct of a later count
            continue
        # "one resident", "no mention": counts only with a claim word right at them.
        if (
            (m.group("one") or m.group("zero"))
            and rule not in ("participle", "verb", "toll noun")
            and not tight
        ):
            continue
        if (
            m.group("one")
            and rule != "verb"
            and not (rule == "participle" and 0 < len(words) < 3)
            and not tight
        ):
            continue  # "only one guerrilla was killed" counts; "one resident" does not
        if m.group("zero") and not words and rule != "verb":
            continue
        value = clean_value(text[vs:ve].split("-")[0] if m.group("strong") else text[vs:ve])
        if value is None:
            continue
        if subject is None and claim_type not in ("controls",):
            subject = last_subject
        if words and rule != "subset":
            last_subject = subject
        # "six dead": the toll noun is the claim; keep the subject that was counted.
        if (
            claim_type in ("killed", "wounded", "casualties")
            and subject
            and subject.lower() in numbers.TOLL_NOUNS
            and last_subject
            and last_subject != subject
        ):
            subject = last_subject
        claim_type = _objects(claim_type, subject)
        if (
            claim_type == "attacked"
            and rule != "verb"
            and not happenings.PLACE_NOUN_RE.search(subject or "")
        ):
            continue  # a count of attacked things that are not places: not a claim here
        confidence = {"participle": 0.8, "toll noun": 0.75, "verb": 0.75}.get(rule, 0.6)
        if rule == "participle":
            found += _conjuncts(text, pending, vs, claim_type)
        found.append(
            Found(
                claim_type,
                vs,
                ve,
                value=value,
                subject=subject,
                confidence=confidence,
                rule=rule,
                stance=stance,
                subset=subset,
                extra={"subject_end": s_end if words else ve},
            )
        )
        if extra and extra != claim_type:
            found.append(Found(extra, vs, ve, value, subject, rule="participle", subset=True))
    return found + _named_things(shade, text, found)


_AND_PARTICIPLE = re.compile(
    r"\s+(?:or|and|et|ou)\s+"
    rf"(?P<p>{'|'.join(sorted(happenings.CLAIM_PARTICIPLES, key=len, reverse=True))})\b",
    _I,
)
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|and\s+|et\s+)")


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


def _named_things(shade: str, text: str, found: list[Found]) -> list[Found]:
    """One thing named with an article: "captured the post", "a foreign fighter was arrested",
    "the chief was wounded"."""
    out = []
    taken = [(f.start, f.end) for f in found]
    patterns = (
        (_ARTICLE_PASSIVE, "article participle"),
        (_DEFINITE_PASSIVE, "definite participle"),
        (_VERB_THING, "verb thing"),
    )
    for pattern, rule in patterns:
        for m in pattern.finditer(shade):
            vs, ve = m.span("value")
            if any(a < ve and vs < b for a, b in taken):
                continue
            if rule == "definite participle" and not _CLAUSE_START.search(shade, 0, vs):
                continue  # "the man who shot the soldier was arrested": not the soldier
            claim_type = (
                _type_of_participle(m.group("p")) if "p" in m.groupdict() else None
            ) or _type_of_verb(m.group("v"))
            subject = text[m.start("subj") : m.end("subj")].replace('"', "").strip()
            value = clean_value(text[vs:ve])
            if claim_type and value:
                claim_type = _objects(claim_type, subject)
                out.append(Found(claim_type, vs, ve, value, subject, confidence=0.6, rule=rule))
                taken.append((vs, ve))
    return out

"""Counts: the claims that carry a number, with their subjects and claim types.

A count is a quantity phrase ("80", "three", "at least 15", "une trentaine",
"dozens", "none") with the words after it as its subject ("fighters", "military
barracks"). Its claim type comes from the rules of ``count_rules``, tried in order.

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
from collections.abc import Iterator

from claimtrack.extraction.count_conjuncts import conjuncts, with_singulars
from claimtrack.extraction.count_participles import IN_THE_PLACES
from claimtrack.extraction.count_parts import others_figure
from claimtrack.extraction.count_record import Count, Reading
from claimtrack.extraction.count_rules import read_count
from claimtrack.extraction.count_subjects import WHOM_WERE, count_subject
from claimtrack.extraction.count_tolls import among_toll
from claimtrack.extraction.count_verb_gaps import fleeing_fighters, over_particle, verb_before
from claimtrack.extraction.count_wholes import harmed_whole, part_of_whole, share_whole
from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import count_words, happenings, numbers
from claimtrack.extraction.number_forms import (
    NUMBER_PHRASE,
    clean_value,
    freed_in,
    freed_or_dated,
    not_a_count,
    quantity_re,
)
from claimtrack.extraction.predicates import (
    objects,
    participle_re,
    type_of_participle,
)
from claimtrack.text import fold

_I = re.IGNORECASE
# "24 of the 28 drones were shot down", "some 220 of 265 homes": the whole a count is taken
# from is no claim of its own (28 drones were launched, not shot down).
# "none of the 12 soldiers", "most of the 40 houses": a share of a whole, not the whole
_WHOLE_OF = re.compile(
    rf"(?:\d[\d,.]*|(?<![\w-])(?:{NUMBER_PHRASE}|one|none|not one|not a single one|neither"
    r"|several|many|most|some|a few|few|half|a third|a quarter|two-thirds))"
    # "70 percent of the 2,000 residents": a share in hundredths
    r"(?:\s*(?:%|percent|per cent|pour cent))?\s+(?:out\s+of|of|sur|des|parmi)\s+"
    r"(?:(?:the|their|its|les|leurs|ses)\s+)?$",
    _I,
)
_PEOPLE = re.compile(happenings.PEOPLE_NOUNS, _I)
_ONE_WAITS = re.compile(rf"{happenings.PEOPLE_NOUNS}|{count_words.WEAPON_NOUNS}", _I)
# "if 300 are dead", "si on compte 300 morts": a count supposed, not stated ("même si" is
# a concession: what follows it is stated).
_SUPPOSED = re.compile(
    r"(?<![\w'-])(?<!meme )(?:if|unless|whether|si|s'ils?)\s+[^,;:.!?()\"]{0,50}$", _I
)
# "calm returned since thousands of troops were moved in": a clause of time opened by
# "since" tells what came before, no claim ("since 2019", a date, is no count anyway)
_SINCE = re.compile(
    r"(?<![\w'-])since\s+(?:(?:some|about|around|nearly|at least|more than|over|the)\s+)?$", _I
)
# "twelve (12) soldiers": a number in words, restated in digits between brackets.
_IN_FIGURES = re.compile(r"\s*\(\d[\d,.]*\)")
_STRESSED = re.compile(r"only|just", _I)
_RESTATED = re.compile(rf"(?:{NUMBER_PHRASE})\s*\($", _I)


def _count(m: re.Match, shade: str, text: str, skip) -> Count | None:
    """The count a quantity match makes, or None for a number in a source phrase or no count."""
    vs, ve = m.span("value")
    if any(a <= vs < b for a, b in skip):
        return None
    if not_a_count(m, shade) and not others_figure(shade, vs, ve):
        return None  # "far fewer than the 100 reported by residents" counts, as denied
    # "put the figure at just 37", "killed and only 10 soldiers": the rules read the words
    # before a count past "only" or "just" (not the French "que": "faux que 30" is denied)
    cut = m.start() if _STRESSED.fullmatch(m.group("stress") or "") else vs
    before = shade[max(0, cut - 60) : cut]
    if _WHOLE_OF.search(before) or _SUPPOSED.search(before) or _SINCE.search(before):
        return None
    if _RESTATED.search(before) and shade.startswith(")", ve):
        return None  # "twelve (12) villagers": the digits restate the words
    figures = _IN_FIGURES.match(shade, ve)  # the subject follows the digits
    s_start, s_end, words = count_subject(shade, text, figures.end() if figures else ve)
    if freed_or_dated(shade, s_end) or freed_in(words):
        return None  # "4 kidnapped workers were freed": who they were, not what befell them
    subject = text[s_start:s_end].strip("'’") if words else None
    if words in (["whom"], ["which"]):
        # "30 rebels were killed, 12 of whom were commanders": the relative names the
        # whole before it; what they were, if the clause says it, is the subject
        named = WHOM_WERE.match(text, s_end)
        subject, words = (named.group(1), [named.group(1).lower()]) if named else (None, [])
    verb = verb_before(before, m.group())  # "killed well over 30": past the intensifier
    return Count(m, vs, ve, before, verb, s_end, words, subject, cut)


# "none of the hostages", "none of the wounded": people a toll already names
_OF_NAMED = re.compile(r"\s+of\s+(?:the|their|its|these|those)\s+(?P<w>[\w-]+)", _I)


def _none_of_named(shade: str, c: Count) -> bool:
    """ "none of the hostages were harmed", "none of the wounded is in danger": who they
    are, not what befell them; none of them counts only with a participle after them."""
    of = _OF_NAMED.match(shade, c.end)
    word = of.group("w").lower() if of else ""
    if not (numbers.TOLL_NOUNS.get(word) or type_of_participle(word)):
        return False
    return participle_re().match(shade, of.end()) is None


def _conjunct_one(m: re.Match, c: Count) -> bool:
    """A count of one waits for a participle only for a person or a weapon ("one soldier and
    three policemen were killed", "one rifle and two pistols were recovered"), not a speaker."""
    said = c.words[-1] if (one := m.group("one")) and c.words else ""
    return not one or (one.lower() == "one" and bool(_ONE_WAITS.fullmatch(said)))


_ONE_LISTED = re.compile(
    rf"(?:\d|\b(?:{numbers.NUMBER_WORDS}))\b[^.;:]{{0,60}}?(?:,|\band)\s*$", _I
)


def _weak(c: Count, r: Reading, shade: str = "") -> bool:
    """ "one resident", "no mention": they count only with a claim word right at them."""
    one, zero = c.match.group("one"), c.match.group("zero")
    if zero and _none_of_named(shade, c):
        return True
    if (one or zero) and r.rule not in ("participle", "verb", "toll noun") and not r.tight:
        return True
    # "three were killed, two wounded and one is missing": one more count of a list
    listed = r.rule == "participle" and not c.words and _ONE_LISTED.search(c.before)
    # "confirmed only one fatality", "one dead": a toll of one said with its own noun
    toll_of_one = r.rule == "toll noun" and (
        c.words[-1:] in (["death"], ["fatality"], ["dead"])
        # "one senior commander was among those killed" (a French "un" is an article: singulars)
        or (
            (one or "").lower() == "one"
            and bool(_PEOPLE.fullmatch(c.words[-1] if c.words else ""))
            and among_toll(shade, c.start, c.subject_end) is not None
        )
    )
    if (
        one
        and r.rule != "verb"
        and not (r.rule == "participle" and 0 < len(c.words) < 3)
        and not (r.tight or listed or toll_of_one)
    ):
        return True  # "only one guerrilla was killed" counts; "one resident" does not
    if zero and r.rule == "verb" and zero.lower() not in ("none", "zero"):
        # "killed no civilians" is a count of none; "holding no territory" is not one
        return not (
            c.words and (c.words[-1] in numbers.TOLL_NOUNS or _PEOPLE.fullmatch(c.words[-1]))
        )
    return bool(zero and not c.words and r.rule not in ("verb", "participle"))


# The attacked places and the attackers are not who a toll after them counts: in "l'attaque
# de trois villages a fait 12 morts" the dead are not villages, nor rockets fired.
_NOT_CARRIED = frozenset({"attacked", "attackers", "shelling"})


def _carried_subject(c: Count, r: Reading, last: str | None) -> tuple[str | None, str | None]:
    """The count's subject, else the one counted before; and the subject to carry on."""
    subject = r.subject
    if subject is None and r.claim_type not in ("controls",):
        subject = last
    if c.words and r.rule != "subset" and r.claim_type not in _NOT_CARRIED:
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


def _people_destroyed(claim_type: str, subject: str | None) -> str:
    """ "We destroyed 17 soldiers": people destroyed are people killed ("trois camps
    terroristes" are things: any thing named keeps them destroyed)."""
    said = (subject or "").split()
    if claim_type != "destroyed" or any(happenings.THING_RE.search(w) for w in said):
        return claim_type
    return "killed" if said and _PEOPLE.fullmatch(said[-1]) else claim_type


def _claims(c: Count, r: Reading, claim_type: str, value: str, subject: str | None) -> list:
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
    extra = _people_destroyed(objects(r.extra, subject), subject) if r.extra else None
    if extra and extra != claim_type:
        rule = "verb" if r.rule == "verb" else "participle"  # "seized and destroyed 12 trucks"
        out.append(Found(extra, c.start, c.end, value, subject, rule=rule, subset=True))
    return out


_AGE = rf"(?:\d+|{numbers.NUMBER_WORDS})"
_AGES = re.compile(
    rf"(?:,\s*)?(?<![\w'-])aged\s+(?:between\s+)?{_AGE}(?:\s*(?:,|and|or|to|-)\s*{_AGE})*"
    r"(?:\s+years?(?:\s+old)?)?(?:\s*,)?",
    _I,
)
_SCARE_QUOTES = re.compile(r'"(\s?[\w\'-]+\s?)"')
# A quotation that closes on its counted subject before the predicate: 'said "433 people,
# including infants" had been killed': the mark closes the aside as a comma would
_QUOTED_SUBJECT = re.compile(r'(?<=\w)["”](?=\s+(?:had|has|have|were|was|are|is)\s)')
# An age in commas after a name: "a civilian, Ali Sow, 32, was killed" (not "in Kadi, 12
# died": the number there has its verb after it, no comma)
_NAME_AGE = re.compile(
    r"(?<![\w'-])[A-Z][\w'-]+(?P<age>\s*,\s*\d{1,3})(?=\s*(?:,|\)|\.(?:\s|$)|$))"
)


_PLACES_HIT = re.compile(rf"\b(?:{count_words.PLACES_HIT})\b", _I)
# Gunfire, unless what fired it is a heavy weapon: "fired 40 mortar rounds" is shelling.
_GUNFIRE = re.compile(
    r"(?<!mortar )(?<!artillery )(?<!tank )(?<!rocket )"
    r"\b(?:shots|bullets|rounds|balles|coups de feu|cartouches)\b",
    re.I,
)


def _not_its_object(claim_type: str, r: Reading, subject: str | None) -> bool:
    """Whether the count's subject cannot be what its claim type is about: attacked things
    that are not places, held things that are no places or posts ("held three meetings"),
    gunfire shelled ("fired 12 shots")."""
    if claim_type == "controls":  # "pris le contrôle de trois localités": places held
        said = fold(subject or "")
        return not (happenings.THING_RE.search(said) or happenings.PLACE_NOUN_RE.search(said))
    if claim_type == "shelling":  # "fired 12 shots": gunfire is no shelling
        return bool(_GUNFIRE.search(subject or ""))
    if claim_type == "displaced":  # "two rebels fled into the bush": fighters in retreat
        return fleeing_fighters(subject) or bool(happenings.THING_RE.search(fold(subject or "")))
    if claim_type != "attacked":
        return False
    return (
        r.rule != "verb"
        and not (r.rule == "list" and r.tight)  # "launched 48 drones and two missiles"
        # places, posts and stations attacked ("three police stations were attacked",
        # "four communities were attacked")
        and not happenings.PLACE_NOUN_RE.search(fold(subject or ""))  # "écoles": folded
        and not happenings.THING_RE.search(fold(subject or ""))
        and not _PLACES_HIT.search(subject or "")
    )


_IN_PLACES = re.compile(rf"\s*{IN_THE_PLACES}", _I)


# An aside after the counted that says who they are or where they come from: "five soldiers,
# who came from three nations, were killed" (the nations are not what died)
_WHO_ASIDE = re.compile(r"\s*,\s*(?:who|which|that|from|of|in)\s[^,;:.()\"]*$", _I)


def _places_of(shade: str, subject_end: int, c: Count) -> bool:
    """Whether the count ``c`` only describes a count whose subject ends at ``subject_end``:
    the places it is in ("12 people in the two villages", "30 residents of the three
    districts"), or an aside between commas ("five soldiers, who came from three nations,
    were killed") where no claim verb is right before it."""
    places = _IN_PLACES.match(shade, subject_end)
    if places is not None and places.start() <= c.start < places.end():
        return True
    aside = c.verb is None and _WHO_ASIDE.fullmatch(shade, subject_end, c.start)
    return bool(aside) and shade.startswith(",", c.subject_end)


def _counts(shade: str, text: str, skip) -> Iterator[tuple[re.Match, Count | None]]:
    """Each quantity of a sentence with its count (None: no count), past the places the
    count before it is in ("12 people in the two villages were killed": 12 only)."""
    in_places = None  # where the last count's subject ended: "12 people | in the two villages"
    for m in quantity_re().finditer(shade):
        c = _count(m, shade, text, skip)
        if c is not None and in_places is not None and _places_of(shade, in_places, c):
            continue
        in_places = c.subject_end if c is not None and c.words else None
        yield m, c


def _part_of_whole(
    shade: str, text: str, c: Count, found: list[Found]
) -> tuple[list[Found], Reading]:
    """The claims of a partitive's whole, if its modifier makes one, and the part's reading:
    past the whole's modifier when it has one ("were freed": none), else the rules'."""
    parted = part_of_whole(shade, text, c.end)
    if parted is None:
        r = read_count(shade, c, found)
        # "one of the 20 wounded later died": the wounded are a claim beside the dead
        return (harmed_whole(shade, text, c.end) if r.claim_type else []), r
    wholes, kind = parted
    return wholes, Reading(subject=c.subject, claim_type=kind, rule="participle" if kind else "")


def _as_written(subject: str | None, start: int, shade: str, text: str) -> str | None:
    """A subject some rule cut from the folded sentence, as the text writes it.

    Example:
        >>> _as_written("elements", 0, "70 elements", "70 éléments")
        'éléments'
    """
    at = shade.find(subject, start) if subject else -1
    return text[at : at + len(subject)] if at >= 0 else subject


def _value(text: str, c: Count, r: Reading) -> str | None:
    """The count's value as the quantity parser reads it, or None."""
    if c.match.group("any"):
        return "none"  # "did not lose any soldiers": the negated verb counts none
    written = text[r.value_start or over_particle(c) or c.start : c.end]
    return clean_value(written.split("-")[0] if c.match.group("strong") else written)


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
    apart: list[Found] = []  # the wholes of partitives, by their own modifier
    # A word in scare quotes is still the word ('avoir « neutralisé » 30 terroristes'):
    # its quote marks become spaces, so the offsets stay those of the text.
    shade = _SCARE_QUOTES.sub(lambda q: f" {q.group(1)} ", shade)
    shade = _QUOTED_SUBJECT.sub(",", shade)
    # "three children, aged 5, 7 and 9, were killed": the ages are no part of the clause
    shade = _AGES.sub(lambda a: " " * len(a.group()), shade)
    shade = _NAME_AGE.sub(
        lambda a: a.group()[: a.start("age") - a.start()] + " " * len(a["age"]), shade
    )
    for m, c in _counts(shade, text, skip):
        if c is None:
            # "12 of the 30 hostages they seized were freed": the part is who they were
            parted = part_of_whole(shade, text, m.end("value"))
            wholes = parted[0] if parted else share_whole(shade, text, m.start())
            apart += wholes if not any(a <= m.start() < b for a, b in skip) else []
            continue
        # "12 of the 30 hostages they seized were freed": the whole's own claim apart
        wholes, r = _part_of_whole(shade, text, c, found)
        apart += wholes
        if r.claim_type is None:
            if c.words and not wholes and not m.group("zero") and _conjunct_one(m, c):
                pending.append((c.start, c.end, c.subject_end, r.subject))  # a conjunct, maybe
            continue
        if _weak(c, r, shade):
            continue
        value = _value(text, c, r)
        if value is None:
            continue
        r.subject = _as_written(r.subject, c.start, shade, text)
        subject, last_subject = _carried_subject(c, r, last_subject)
        claim_type = _people_destroyed(objects(r.claim_type, subject), subject)
        if _not_its_object(claim_type, r, subject):
            continue
        if r.rule == "participle":
            # (from the match: "50 rebels and only 6 soldiers were killed")
            found += conjuncts(text, pending, c.match.start(), claim_type)
        found += _claims(c, r, claim_type, value, subject)
        if r.one_more and (one := clean_value(text[slice(*r.one_more)])):
            noun = one.split(None, 1)[1]
            kind = objects(r.claim_type, noun)
            found.append(Found(kind, *r.one_more, one, noun, confidence=0.6, rule="conjunct"))
    # "Selon un habitant, 12 soldats …": the one who speaks is no one counted
    found = sorted(found + apart, key=lambda f: f.start) if apart else found
    out = with_singulars(shade, text, found, pending)
    return [f for f in out if not (f.rule[:4] == "one " and any(a <= f.start < b for a, b in skip))]

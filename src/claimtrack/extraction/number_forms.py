"""Number forms: the quantity phrases a count is written with, and numbers that are no count.

A count is a quantity phrase ("80", "three", "at least 15", "une trentaine",
"dozens", "none", "a hundred", "10-20", "200-strong"); a figure before a unit
("150 kilometres"), beside a month ("3 March"), a year or a time is not one.

Example:
    >>> m = quantity_re().search("more than 600 people")
    >>> m.group("value"), not_a_count(m, "more than 600 people")
    ('more than 600', False)
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.extraction.lexicon import happenings, numbers
from claimtrack.normalize.quantities import QuantityError, parse_quantity, vague_table

_I = re.IGNORECASE
# Digits glued to other digits by a comma or point that is no thousands grouping ("3,5,6",
# "12,5") are no count of anything: kept out rather than read as their last part.
_NUM = r"(?<!\d[,.])(?:\d{1,3}(?:[ ,.]\d{3})+(?!\d)|\d+)(?![,.]\d)"
NUMBER_PHRASE = (
    # "un million", "plus d'un million": the article counts the scale word
    rf"(?:(?:a|an|one)\s+(?:hundred|thousand|dozen)|(?:un|une)\s+milli(?:on|ard)s?(?![\w-])"
    rf"|{numbers.NUMBER_WORDS})"
    rf"(?:[- ](?:et[- ])?(?:{numbers.NUMBER_WORDS}|one|un|une)"
    # "a hundred and twenty": "and" only after hundred or thousand
    rf"|(?:(?<=hundred)|(?<=thousand))\s+and\s+(?:{numbers.NUMBER_WORDS}|one))*"
)
# "between 10 and 20", "10-20", "entre 10 et 20": parse_quantity reads them as ranges.
_RANGE = (
    rf"(?:between|entre|from|de)\s+(?:{_NUM})\s+(?:and|et|to|a)\s+(?:{_NUM})"
    # one end in words, the other in digits: "entre quatre et 15" (not "from five to 17",
    # "de cinq à 17": a revised toll's old and new figures)
    rf"|(?:between|entre)\s+(?:{NUMBER_PHRASE})\s+(?:and|et)\s+(?:{_NUM})"
    rf"|(?:between|entre)\s+(?:{_NUM})\s+(?:and|et)\s+(?:{NUMBER_PHRASE})(?![\w-])"
    # French "de quatre à 15" too: after a verb of change ("est passé de cinq à 17") the
    # revised toll keeps its new figure only (``french_counts``)
    rf"|(?<![\w'-])de\s+(?:{NUMBER_PHRASE})\s+a\s+(?:{_NUM})(?![\w,.])"
    rf"|(?<![\w'-])de\s+(?:{_NUM})\s+a\s+(?:{NUMBER_PHRASE})(?![\w-])"
    # "anywhere from two to 25", "ranging from 5 to twenty": a span of estimates
    rf"|(?:(?<=anywhere\s)|(?<=ranging\s)|(?<=varying\s))from\s+(?:{_NUM}|{NUMBER_PHRASE})"
    rf"\s+to\s+(?:{_NUM}|{NUMBER_PHRASE})(?![\w-])"
    # "two to 25 officers", "5 to twenty" (not a toll revised "from three to 17")
    rf"|(?<!from\s)(?:(?:{NUMBER_PHRASE})\s+to\s+(?:{_NUM})(?!\s*(?:{numbers.MONTHS}))"
    rf"|(?:{_NUM})\s+to\s+(?:{NUMBER_PHRASE})(?![\w-]))"
    rf"|(?:{_NUM})\s*[-–]\s*(?:{_NUM})|(?:{_NUM})\s+(?:to|a)\s+(?:{_NUM})(?!\s*(?:{numbers.MONTHS}))"
    # "seven to eight houses", "between five and ten": ranges in words read the same way
    rf"|(?:between|entre)\s+(?:{NUMBER_PHRASE})\s+(?:and|et)\s+(?:{NUMBER_PHRASE})(?![\w-])"
    rf"|(?:{NUMBER_PHRASE})\s+(?:to|a)\s+(?:{NUMBER_PHRASE})(?![\w-])"
    # "12 or 13 soldiers", "two or three villagers": a range too
    rf"|(?<![\d,.])\d{{1,3}}\s+(?:or|ou)\s+\d{{1,3}}(?![\d,.]|\s*(?:{numbers.MONTHS}))"
    rf"|(?:{NUMBER_PHRASE}|one|un|une)\s+(?:or|ou)\s+(?:{NUMBER_PHRASE})(?![\w-])"
)

# "3 dozen", "a few dozen", "a couple of dozen": dozens counted by digits or a vague word;
# "several hundred", "quelques centaines": hundreds, thousands or tens counted by a vague word.
_DOZEN = r"\s+(?:of\s+)?(?:dozens?|douzaines?)"
_TIMES = (
    r"\s+(?:of\s+|de\s+|d')?"
    r"(?:dozens?|douzaines?|hundreds?|centaines?|thousands?|milliers?|dizaines?)"
)
# "1.5 million", "2 millions": a scale after digits.
_SCALED = r"\d+(?:[.,]\d{1,2})?\s+(?:millions?|milliards?|billions?)"


@lru_cache(maxsize=1)
def quantity_re() -> re.Pattern:
    """A quantity phrase: digits, number words, ranges, vague words, "none", "one", "-strong".

    Example:
        >>> quantity_re().search("une trentaine de soldats").group("value")
        'une trentaine'
    """
    table = vague_table("default")
    # The vague-words table, as phrases; "de très nombreuses" reads as "très nombreuses".
    vague = sorted({p for p in table["phrase"] if " " in p or len(p) > 3}, key=len, reverse=True)
    # "d'une « vingtaine » de morts": a quotation mark may open inside the phrase
    vague_alt = "|".join(re.escape(p).replace(r"\ ", r"\s+(?:\"\s*)?") for p in vague)
    return re.compile(
        # "d'une quinzaine": an elided article may stand right before the count.
        # "six 4×4": digits glued by a times sign name a vehicle, not a count
        rf"(?<![\w×-])(?<![\w-][\w])(?:(?P<stress>{numbers.STRESS_WORDS})\s*)?"
        rf"(?P<value>(?:(?P<mod>{numbers.MODIFIERS})(?:\s+|(?<='))(?:\"\s*)?)?(?:(?P<range>{_RANGE})"
        rf"|(?P<num>{_SCALED}|(?:{_NUM})(?:{_DOZEN})?)|(?P<word>{NUMBER_PHRASE})"
        rf"|(?P<vague>{vague_alt}|tens)(?:{_TIMES}(?![\w-]))?|(?P<zero>{numbers.ZERO_WORDS}|(?P<any>any))"
        rf"|(?P<one>one|un|une))(?:\s+(?:{numbers.AFTER_COUNT})|-(?:{numbers.AFTER_HYPHEN})(?![\w-]))?"
        rf"(?:-(?:man-)?(?P<strong>strong))?)(?![\w×])",
        _I,
    )


_AGED = re.compile(
    r"(?<![\w'-])(?:aged|ages? of|agee?s? de|agee?s? d'|agee?s?|age de)\s*"
    # "aged 5, 7 and 9", "aged between 20 and 30": every number of the list is an age
    r"(?:(?:between\s+|entre\s+)?\d+(?:\s*(?:,|and|or|to|et|ou|a|-)\s*\d+)*"
    r"\s*(?:,|and|or|to|et|ou|a|-)\s*)?$",
    _I,
)
_UNITS = re.compile(rf"^\s*(?:%|(?:{'|'.join(sorted(numbers.UNITS))})\b)", _I)
_NEGATED = re.compile(numbers.NEGATED_BEFORE, _I)
_MONTH = re.compile(rf"\b(?:{numbers.MONTHS})\.?\s*$", _I)
_MONTH_AFTER = re.compile(rf"^\s*(?:{numbers.MONTHS})\b", _I)
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:er)?\s+(?:{numbers.MONTHS})\.?\s*$", _I)

# "14 people from one family", "five members of two households": the households are
# where the counted come from, not a second count.
_FROM_ONE_HOUSEHOLD = re.compile(r"^\s+(?:famil(?:y|ies)|households?|clans?)\b", _I)
_COUNTED_FROM = re.compile(
    rf"(?:\d|\b(?:{NUMBER_PHRASE}))\s+(?:[\w-]+,?\s+){{1,3}}(?:from|of)\s+$", _I
)


# Numbers that name rather than count: "Route 12", "Brigade 72", "RN 16", "Resolution 2334",
# and amounts of money ("$12 million", "12 millions de dollars").
_LABEL_BEFORE = re.compile(
    r"(?:[$€£]|(?-i:\b(?:Route|Highway|Road|RN|RR|Sector|Zone|Block|Camp|Checkpoint|Brigade"
    r"|Battalion|Division|Regiment|Resolution|Article|Flight|Building|Gate|Unit|Platoon"
    r"|Company|Squadron|Km|PK|Kilometre|Kilometer|Hill|Secteur|Bataillon|Compagnie"
    r"|Poste|Base|Point|No\.|Number|Numero|Axe))"
    # in any case: "la Nationale N°4", "la route n° 4", "au numéro 12", "route nationale 4"
    r"|(?<![\w'-])(?:n\s*[°º]|numeros?|routes?(?:\s+nationales?)?|nationales?|rn|pk|km"
    r"|kilometres?|highway))\s*$",
    re.IGNORECASE,
)
# Numbers that name a unit before its capitalised kind: "troops of 25 Task Force Brigade",
# "the 3 Battalion", "7 Division" (a count of units is lower case: "two battalions").
_LABEL_AFTER = re.compile(
    r"(?-i:\s+(?:(?:Task Force|Mechani[sz]ed|Armou?red|Infantry|Motori[sz]ed|Special Forces"
    r"|Artillery|Commando)\s+)?(?:Brigade|Battalion|Division|Regiment|Squadron|Task Force"
    r"|Sector|Corps|Platoon)\b)"
)
_MONEY_AFTER = re.compile(
    r"(?:\s+(?:million|billion|millions|milliards?|thousand))?\s+(?:de\s+)?"
    r"(?:dollars?|euros?|francs?|pounds|shillings|nairas?|cfa|usd|eur)\b",
    re.IGNORECASE,
)
# "many of them", "most of them": a vague share of the count before, no count of its own
_SHARE_OF_THEM = re.compile(
    r"(?:many|most|some|several|a few|few)\s+(?:of them|of whom|d'entre eux|d'entre elles)\b",
    re.IGNORECASE,
)


# Another time's or another event's figure: "In 2019, 40 people were killed", "Last year,
# 300 …", "far fewer than the 40 killed in 2019", "compared with 12 a year earlier".
_OTHER_TIME = re.compile(
    r"(?:^|[,;:]\s*|(?<![\w'-]))(?:in (?:19|20)\d\d|last year|a year (?:ago|earlier)"
    r"|(?:[\w-]+ )?years (?:ago|earlier))\s*,[^,;:.\"]{0,50}$"
    r"|(?<![\w'-])(?:than the|compared (?:with|to)(?: the)?)\s+$"
    # "since 2012, when they killed 200", "Twelve years after the massacre of 300"
    r"|(?<![\w'-])(?:in|since|of) (?:19|20)\d\d,? when\b[^,.;:]{0,40}$"
    r"|(?<![\w'-])(?:years|decades) (?:after|before)\b[^,.;:]{0,40}$",
    _I,
)
# "two fewer than initially reported": a difference; "1 in 3 of the displaced": a ratio;
# "the militants, in 30 trucks, …": the vehicles the counted came in
_DIFFERENCE_AFTER = re.compile(r"\s+(?:fewer|more|less|higher|lower)\s+than\b", _I)
# "one in three were children" (not "two in Kaduna and one in Zaria.": a place, no ratio)
_RATIO_AFTER = re.compile(
    rf"\s+in\s+(?:\d+|(?:{NUMBER_PHRASE})(?![\w-]))(?=\s+(?:of|were|are|was|is)\b|\s*[,.])", _I
)
_RATIO_BEFORE = re.compile(r"(?<![\w'-])(?:1|one)\s+in\s+$", _I)
_RIDING = re.compile(r"(?<![\w'-])(?:in|on|aboard|riding)\s+$", _I)
_VEHICLES = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:trucks|vehicles|cars|motorcycles|motorbikes|pick-?ups|boats|canoes"
    r"|buses|jeeps)\b",
    _I,
)


def _other_figure(m: re.Match, before: str, after: str) -> bool:
    """Whether the quantity is a difference, a ratio or the vehicles the counted rode in."""
    one = re.fullmatch(r"1|one", m.group("value"), _I)
    if _DIFFERENCE_AFTER.match(after) or _RATIO_BEFORE.search(before):
        return True
    if one and _RATIO_AFTER.match(after):
        return True
    return bool(_RIDING.search(before) and _VEHICLES.match(after))


_YEAR_OR_STAMP = re.compile(r"(?:19|20)\d\d(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))?")


def not_a_count(m: re.Match, shade: str) -> bool:
    """Whether a quantity found in ``shade`` is a measure, a date, a year or a time.

    Example:
        >>> text = "150 kilometres from Kabul on 3 March 2024 at 16h15, aged 20"
        >>> [not_a_count(m, text) for m in quantity_re().finditer(text)]
        [True, True, True, True]
        >>> text = "In 2019, 40 died, far more than the 12 killed"
        >>> [not_a_count(m, text) for m in quantity_re().finditer(text)]
        [True, True, True]
        >>> text = "3 died, two fewer than reported; 1 in 3 were children; came in 30 trucks"
        >>> [not_a_count(m, text) for m in quantity_re().finditer(text)]
        [False, True, True, True, True]
        >>> text = "20120725 AFP: 9 people from one family"
        >>> [not_a_count(m, text) for m in quantity_re().finditer(text)]
        [True, False, True]
    """
    start, end = m.span("value")
    after, before = shade[end:], shade[max(0, start - 60) : start]
    if m.group("any") and not _NEGATED.search(before):
        return True  # "if any were killed": "any" counts none only after a negation
    # a day or a year after its month ("March 3", "février 2024"); a figure in words after a
    # whole date, its day first, is the count ("a fait mardi 3 février huit victimes")
    month_before = _MONTH.search(before) and not (m.group("word") and _DAY_MONTH.search(before))
    if _UNITS.match(after) or month_before or _MONTH_AFTER.match(after):
        return True
    if _FROM_ONE_HOUSEHOLD.match(after) and _COUNTED_FROM.search(before):
        return True
    if _AGED.search(before) or _OTHER_TIME.search(before) or _other_figure(m, before, after):
        return True  # an age: "aged between 20 and 30", "âgés de 15 à 17 ans"
    if m.group("num") and (
        _LABEL_BEFORE.search(before) or _MONEY_AFTER.match(after) or _LABEL_AFTER.match(after)
    ):
        return True  # a name or an amount: "Route 12", "Resolution 2334", "$12 million"
    if _SHARE_OF_THEM.match(shade, start) and before.rstrip().endswith(","):
        return True  # "12 soldiers, many of them young, …": a share of the count before
    if m.group("num") and _YEAR_OR_STAMP.fullmatch(m.group("num")):
        return True  # a year, or a date stamped in digits: "20120725 AFP"
    return bool(m.group("num") and re.match(r"^[h:]\d", after))  # a time: 16h15, 10:30


# A French number word that is an English word, in English text: "seize" the verb, "per cent".
_FRENCH_ONLY = re.compile(rf"(?<![\w'-])(?:{numbers.FRENCH_NUMBERS_AS_ENGLISH})(?![\w'-])", _I)


def foreign_numbers(shade: str, french: bool) -> list[tuple[int, int]]:
    """Spans of the number words of the other language, which count nothing in this one.

    Example:
        >>> foreign_numbers("able to overrun the post and seize weapons", False)
        [(29, 34)]
        >>> foreign_numbers("seize soldats ont été tués", True)
        []
    """
    return [] if french else [m.span() for m in _FRENCH_ONLY.finditer(shade)]


def clean_value(value: str) -> str | None:
    """The value as written if the quantity parser reads it; else a shorter reading or None.

    Example:
        >>> clean_value("de très nombreuses"), clean_value("eighty")
        ('très nombreuses', 'eighty')
    """
    value = re.sub(r'\s*["«»“”]\s*', " ", value).strip()  # 'au moins « 162': the quote is no part
    candidates = [value, re.sub(r"^(?:de|d')\s*", "", value, flags=_I)]
    for candidate in candidates:
        try:
            parse_quantity(candidate)
            return candidate
        except QuantityError:
            continue
    return None


# A count whose clause frees the counted: a participle before them only says who they were.
_FREED = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:were|was|have been|has been|had been|ont ete|a ete"
    r"|avaient ete|avait ete|sont|est)\s+(?:later\s+)?(?:ensuite\s+|finalement\s+)?"
    # (the wounded evacuated stay wounded: "12 wounded soldiers were evacuated")
    r"(?:freed|released|rescued|liberated|set free|found alive|liberes?|liberees?)\b"
    r"|\s+(?:freed|released|rescued|liberated)\b",  # "ended with 20 hostages freed"
    _I,
)
# A count dated to a year right after its subject is another time's figure: "killed 12
# people in 2019 and 40 in 2020" (not "since 2019": a total to this day; "were killed in
# 2019 or 2020" dates the event the clause tells, kept).
_DATED = re.compile(
    r"\s+in\s+"
    rf"(?:(?:{numbers.MONTHS})\.?\s+)?(?:19|20)\d\d(?!\d)",
    _I,
)


def freed_or_dated(shade: str, end: int) -> bool:
    """Whether what follows a count's subject (ending at ``end``) says the counted were
    freed, or dates them to a year: who they were, or another time's figure.

    Example:
        >>> s = "4 workers were freed; 12 people in 2019"
        >>> freed_or_dated(s, 9), freed_or_dated(s, s.index(" in 2019"))
        (True, True)
        >>> freed_or_dated("12 people were killed in May", 9)
        False
        >>> freed_or_dated("3 villages were liberated", 10)
        False
    """
    freed = _FREED.match(shade, end)
    if freed and "liberated" in freed.group().lower() and _PLACE_BEFORE.search(shade, 0, end):
        freed = None  # "3 villages were liberated": places retaken, not people freed
    return bool(freed or _DATED.match(shade, end))


_PLACE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{happenings.PLACE_NOUNS}|{happenings.THING_NOUNS})\s*$", _I
)


def freed_in(words: list[str]) -> bool:
    """Whether a count's subject words end on the counted being freed ("20 hostages freed").

    Example:
        >>> freed_in(["hostages", "freed"]), freed_in(["freed", "hostages"])
        (True, False)
    """
    return len(words) > 1 and words[-1] in ("freed", "released", "rescued", "liberated")

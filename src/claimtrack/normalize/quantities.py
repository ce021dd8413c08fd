"""Value text → value_low / value_best / value_high + qualifier.

Conventions (those of the annotated corpus, after UCDP GED's low/best/high; the
full table, with every form, is the Values section of ``data/README.md``):

| as written                          | low  | best | high | qualifier   |
|-------------------------------------|------|------|------|-------------|
| ``80``, ``eighty``, ``only two``, ``another 125`` | N | N | N  | exact       |
| ``at least 15``, ``over a hundred``, ``plus d'une trentaine`` | N | N |  | at_least |
| ``up to 40``, ``not more than 30``  |      |      | N    | at_most     |
| ``about 100``, ``une trentaine``, ``three dozen`` |  | N |  | approximate |
| ``10-20``, ``between 10 and 20``    | 10   |      | 20   | range       |
| ``none``, ``no``, ``aucun``         | 0    | 0    | 0    | exact       |
| ``the post``, ``a soldier``, ``its commander`` | 1 | 1 | 1 | exact       |
| ``several``, ``dozens``, ``hundreds`` | from the vague-words table    | vague |
| ``the rebels``, ``the death toll``  |      |      |      | vague       |
| empty                               |      |      |      | unspecified |

Counts are whole numbers: ``80.5``, ``1,5`` and ``½`` are refused with a reason,
never truncated; so is a count too long to hold exactly.

Vague words come from a table users can swap: ``vague_table("default")`` (ranges)
or ``vague_table("acled")`` (ACLED's conservative single figures), or a CSV path.

Example:
    >>> parse_quantity("at least fifteen")
    (15.0, 15.0, nan, 'at_least')
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
from text_to_num import alpha2digit

from claimtrack.normalize.unique import factorize, take
from claimtrack.text import fold

NAN = float("nan")
Reading = tuple[float, float, float, str]
NO_FIGURE: Reading = (NAN, NAN, NAN, "vague")
# float64 holds every whole number below 2**53 exactly; 15 digits stay well inside.
_MAX_DIGITS = 15
_NUM = r"\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?!\d)|\d+"
_DE = r"(?:de\s|d')"  # French elides "de" before a vowel: "plus d'une trentaine"
_AT_LEAST = (
    r"at least|more than|over|above|upwards of|in excess of|no fewer than|no less than"
    r"|exceeding|a minimum of|minimum of|depassant"
    rf"|not less than|not fewer than|au moins|plus {_DE}|pas moins {_DE}|au-dela {_DE}|au minimum"
)
_AT_MOST = (
    r"up to|at most|at the most|as many as|no more than|fewer than|less than|under"
    rf"|a maximum of|jusqu'a|tout au plus|au plus|au maximum|moins {_DE}|pas plus {_DE}"
)
_ABOUT = (
    r"about|around|approximately|roughly|nearly|almost|some|close to|closer to|circa"
    r"|an estimated|estimated|near|environ|quelque|a peu pres|approximativement|presque"
    rf"|pres {_DE}|autour {_DE}|quelques(?=\s+\d)"  # "quelques 120": about 120
)
_KINDS = ("at_least", "at_most", "approximate")  # the named groups of _PREFIX
# Words that leave the count as it stands: "only two", "another eight", "the 80 fighters".
_AS_IS = (
    # first, an article and one word before a figure: "a reported 50", "the confirmed 12"
    r"(?:a|an|the)\s+[a-z-]+(?=\s+\d)"
    r"|only|just|another|a further|an additional|a total of|a mere|the|these|those|other"
    r"|remaining|seulement|uniquement|encore|au total|un total de|les|ces|autres"
)
_AS_IS_RE = re.compile(rf"^(?:(?:{_AS_IS})\s+)+")
_PREFIX = re.compile(
    rf"^(?:(?:{_AS_IS})\s+)*(?:(?P<at_least>{_AT_LEAST})|(?P<at_most>{_AT_MOST})"
    rf"|(?P<approximate>{_ABOUT}))\s*(?<=['\s])(?=\S)"  # whole words: not "overall"
)
# "had not killed more than 30", "n'ont pas tué plus de 30": a ceiling, not a floor.
_NOT_MORE = re.compile(
    r"^(?:[\w']+\s+){0,4}?(?:not|never|\w*n't|pas|jamais)\s+(?:[\w']+\s+){0,3}?"
    rf"(?:more than|over|above|plus {_DE})\s*(?<=['\s])(?=\S)"
)
_ZERO = re.compile(
    r"^(?:none|no|zero|nil|nobody|no one|not one|not a single|not any|aucun|aucune"
    r"|personne|pas de|pas un|pas une|pas fait de|pas eu de|nul|nulle|0)(?![\w'])"
    r"|^pas (?:fait |eu )?d'"
    r"|^sans (?:faire|causer|provoquer) (?:de(?![\w'])|d'|aucune?(?![\w']))"  # "sans faire de"
)
_RANGE = re.compile(
    rf"^(?:between |entre |from |de )?({_NUM})\s*(?:-|–|—|to|and|et|a|or|ou)\s*({_NUM})(?=$|\s)"
)
_DOZENS = re.compile(rf"^({_NUM})\s+(?:dozens?|douzaines?)(?=$|\s)")
# "a few dozen", "several hundred", "quelques centaines": a table word counting dozens,
# hundreds, thousands or tens (its figures times 12, 100, 1000 or 10).
_TIMES = re.compile(
    r"^(?:of |de |d')?(?P<unit>dozen|douzaine|hundred|centaine|thousand|millier|dizaine)s?(?=$|\s)"
)
_TIMES_BY = {"dozen": 12, "douzaine": 12, "hundred": 100, "centaine": 100, "thousand": 1000}
_TIMES_BY |= {"millier": 1000, "dizaine": 10}
# "20 or so" is about twenty, "30 or more" at least thirty: the words after the count.
_AFTER = {"or so": "approximate", "or more": "at_least", "ou plus": "at_least"}
_AFTER |= {"odd": "approximate", "plus": "at_least"}  # "30-odd", "40-plus"
_AFTER_RE = re.compile(rf"(?:\s+|(?<=\d)-)({'|'.join(_AFTER)})$")
_PLAIN = re.compile(rf"^({_NUM})(?=$|\s)")
_NEGATIVE = re.compile(rf"^[-−]\s*({_NUM})\b")
_FRACTION = re.compile(r"[\u00bc-\u00be\u2150-\u215e]|\d\s*[/\u2044]\s*\d")
_DECIMAL = re.compile(r"\d+(?:[.,]\d+)+")
# "80.0" and "80,00" but not "1.000" (a thousand, written the French way).
_ZERO_FRACTION = re.compile(r"(?<![\d.,])(\d+)[.,](?:0{1,2}|0{4,})(?![\d.,])")
_THOUSANDS = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")
_MULTIPLIED = re.compile(
    r"(\d+(?:[.,]\d{1,2})?)\s*(million|millions|milliard|milliards|billion|billions"
    r"|thousand|mille)\b"
)
_SCALES = {"thousand": 10**3, "mille": 10**3, "million": 10**6, "milliard": 10**9}
_SCALES |= {"billion": 10**9, "millions": 10**6, "milliards": 10**9, "billions": 10**9}
# "a hundred" is "one hundred"; text2num reads only the second.
_A_ROUND = re.compile(r"\b(?:a|an) (hundred|thousand|million)\b")
_ARTICLE = re.compile(
    r"^(?:(?P<article>the|these|those|all the|les|des|ces|a|an|another|this|that|un|une|le|la"
    r"|ce|cet|cette|its|his|her|their|our|son|sa|leur|(?:[\w-]+ ){0,2}[\w-]+'s)"  # "x's chief"
    r"\s+|l'\s*)(?P<noun>\S.*)$"
)
# Determiners after which a plural noun is a group, not one: "the rebels", "their leaders".
_DEFINITE = frozenset({"the", "its", "his", "her", "their", "our"})
_PLURAL_ARTICLES = frozenset({"these", "those", "all the", "les", "des", "ces"})
# Nouns that name a group, or a figure or statement given elsewhere, not one thing:
# "a group", "the death toll" (a denial's "the toll provided by the government").
_NO_FIGURE_NOUNS = frozenset(
    {"group", "groupe", "number", "nombre", "quantity", "quantite", "lot", "crowd", "foule"}
    | {"family", "famille", "household"}
    | {"series", "serie", "toll", "tally", "count", "figure", "figures", "estimate"}
    | {"estimates", "bilan", "chiffre", "chiffres", "estimation", "account", "claim"}
    | {"claims", "report", "reports", "version", "statement", "allegation", "allegations"}
    | {"rapport", "affirmation", "affirmations", "information", "informations"}
)
# Where an English noun phrase's head ends: "the caretaker | of the mill".
_PREPOSITIONS = frozenset(
    {"of", "from", "in", "at", "on", "by", "with", "who", "that", "which", "near", "for", "among"}
)


class QuantityError(ValueError):
    """A value that is neither a number nor a known quantifier."""


def vague_table(name: str | Path = "default") -> pd.DataFrame:
    """The vague-words table: ``default`` (ranges), ``acled`` (single figures) or a CSV path.

    Columns: phrase, low, best, high, qualifier, note. Phrases are matched after
    folding (case, accents), so "Plusieurs" and "plusieurs" are the same word.

    Example:
        >>> vague_table("acled").set_index("phrase").loc["dozens", "best"]
        np.float64(12.0)
    """
    if str(name) in ("default", "acled"):
        file = "vague_quantities.csv" if str(name) == "default" else "vague_quantities_acled.csv"
        with resources.files("claimtrack.data").joinpath(file).open("rb") as fh:
            table = pd.read_csv(fh)
    else:
        table = pd.read_csv(name)
    missing = {"phrase", "low", "best", "high"} - set(table.columns)
    if missing:
        raise ValueError(f"vague-words table {name}: missing columns {sorted(missing)}")
    table["phrase"] = table["phrase"].map(fold)
    table["qualifier"] = table.get("qualifier", pd.Series("vague", index=table.index)).fillna(
        "vague"
    )
    return table


Index = dict[str, tuple[tuple[str, Reading], ...]]


@lru_cache(maxsize=8)
def _vague_lookup(name: str) -> Index:
    """The table's phrases by their first word, longest first ("several dozen", "several").

    Indexed because every distinct value is looked up: a scan of the whole table
    per value was most of the parse time.
    """
    table = vague_table(name).astype({"low": float, "best": float, "high": float})
    rows = sorted(
        (
            (r.phrase, (float(r.low), float(r.best), float(r.high), r.qualifier))
            for r in table.itertuples()
        ),
        key=lambda item: len(item[0]),
        reverse=True,
    )
    index: dict[str, list[tuple[str, Reading]]] = {}
    for phrase, reading in rows:
        index.setdefault(phrase.split(" ", 1)[0], []).append((phrase, reading))
    return {word: tuple(entries) for word, entries in index.items()}


def _vague_entry(text: str, vague: Index) -> Reading | None:
    """The table's reading of a phrase, alone or before words that are not a number."""
    for phrase, reading in vague.get(text.split(" ", 1)[0], ()):
        if text == phrase:
            return reading
        if text.startswith(phrase + " "):
            if times := _TIMES.match(text[len(phrase) :].strip()):
                k = _TIMES_BY[times.group("unit")]
                low, best, high, qualifier = reading
                return (low * k, best * k, high * k, qualifier)
            rest = _words_to_digits(text[len(phrase) :].strip())
            if not re.match(r"\d", rest):  # "some 30" is about thirty, not "some"
                return reading
    return None


def _shown(text: object) -> str:
    value = str(text).strip()
    return repr(value if len(value) <= 40 else value[:40] + "…")


def _words_to_digits(text: str) -> str:
    text = _A_ROUND.sub(r"one \1", text)
    # threshold=0: by default text2num leaves numbers below 3 as words ("two", "deux").
    converted = [alpha2digit(text, lang, threshold=0) for lang in ("en", "fr")]
    changed = [c for c in converted if c != text]
    # The reading that leaves the fewest words: English reads only "millions" of "deux millions".
    return min(changed, key=lambda c: len(re.findall(r"[^\W\d]", c)), default=text)


def _scaled(m: re.Match) -> str:
    # "1.5 million" is a whole count; "1.25 thousand" would not be, and is refused below.
    n = Decimal(m.group(1).replace(",", ".")) * _SCALES[m.group(2)]
    return str(int(n)) if n == n.to_integral_value() else m.group(0)


def _whole_numbers(digits: str, shown: str) -> str:
    """Digits with "80.0" written as 80; decimals and counts too long to hold exactly refused.

    A spreadsheet or JSON number arrives as "80.0": that is a whole count. "80.5",
    "1,5" and 20 digits are not, and are refused rather than changed.
    """
    digits = _ZERO_FRACTION.sub(r"\1", digits)
    for m in _DECIMAL.finditer(digits):
        token = m.group()
        if not _THOUSANDS.fullmatch(token):
            whole = re.sub(r"\D", "", token[: max(token.rfind(","), token.rfind("."))])
            raise QuantityError(
                f"value {shown} is not a whole count: counts of people and things are whole "
                f"numbers (write {whole} or {int(whole) + 1}, or the range {whole}-"
                f"{int(whole) + 1})"
            )
    for m in re.finditer(_NUM, digits):
        if len(re.sub(r"\D", "", m.group())) > _MAX_DIGITS:
            raise QuantityError(
                f"value {shown} is too large for a count: up to {_MAX_DIGITS} digits are accepted"
            )
    return digits


def _number(text: str) -> float:
    # "1,200", "1 200" and "1.200" are thousands (decimals were refused before).
    return float(re.sub(r"[ ,.\u00a0\u202f]", "", text))


def _count(text: str, vague: Index, shown: str) -> Reading | None:
    """A count as written after any qualifier: a number, a range, "three dozen", a table word."""
    text = _AS_IS_RE.sub("", text)
    if (entry := _vague_entry(text, vague)) is not None:
        return entry
    digits = _words_to_digits(_MULTIPLIED.sub(_scaled, text))
    digits = _whole_numbers(digits, shown)
    if _NEGATIVE.match(digits):
        raise QuantityError(f"value {shown} is negative; counts are 0 or more")
    if m := _RANGE.match(digits):
        low, high = _number(m.group(1)), _number(m.group(2))
        if low > high:
            raise QuantityError(
                f"value {shown} is a range whose low ({low:g}) is above its high ({high:g})"
            )
        return (low, NAN, high, "range")
    if m := _DOZENS.match(digits):
        return (NAN, 12 * _number(m.group(1)), NAN, "approximate")
    if m := _PLAIN.match(digits):
        n = _number(m.group(1))
        return (n, n, n, "exact")
    return None


def _article(text: str) -> Reading | None:
    """One thing named with a singular article ("the post", "a soldier", "l'un"), else None.

    A plural ("the rebels", "les soldats"), a group ("a group") or a figure given
    elsewhere ("the death toll") names no count: vague, with no figure. An article
    before a count ("the 80 fighters", "a hundred") is not one thing: None.
    """
    if text == "another":
        return (1.0, 1.0, 1.0, "exact")
    m = _ARTICLE.match(text)
    if not m or _PLAIN.match(_AS_IS_RE.sub("", text)):  # "a reported 50": the figure counts
        return None
    if count := _PLAIN.match(_words_to_digits(_AS_IS_RE.sub("", m.group("noun")))):
        return (1.0, 1.0, 1.0, "exact") if _number(count.group(1)) == 1 else None  # "l'un"
    words = re.findall(r"[\w'-]+", m.group("noun"))
    if set(words[:4]) & _NO_FIGURE_NOUNS or m.group("article") in _PLURAL_ARTICLES:
        return NO_FIGURE
    head = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    noun = words[head - 1] if head else ""
    plural = noun.endswith("s") and not noun.endswith(("ss", "us", "is", "'s")) and len(noun) > 3
    if (m.group("article") in _DEFINITE or (m.group("article") or "").endswith("'s")) and plural:
        return NO_FIGURE
    return (1.0, 1.0, 1.0, "exact")


def _qualified(kind: str | None, reading: Reading) -> Reading:
    """A count read with the qualifier written before it ("over" + "a hundred")."""
    low, best, _high, qualifier = reading
    if kind is None or qualifier in ("vague", "range"):
        return reading
    n = best if not np.isnan(best) else low
    if kind == "at_least":
        return (n, n, NAN, "at_least")
    if kind == "at_most":
        return (NAN, NAN, n, "at_most")
    return (NAN, n, NAN, "approximate")


def parse_quantity(text: object, table: str | Path = "default") -> Reading:
    """Parse one value as written into (low, best, high, qualifier).

    Raises ``QuantityError`` with a reason a person can act on.

    Example:
        >>> parse_quantity("une trentaine")
        (nan, 30.0, nan, 'approximate')
        >>> parse_quantity("between 10 and 20")
        (10.0, nan, 20.0, 'range')
        >>> parse_quantity("plus d'une trentaine")
        (30.0, 30.0, nan, 'at_least')
    """
    if text is None or (isinstance(text, float) and np.isnan(text)) or str(text).strip() == "":
        return (NAN, NAN, NAN, "unspecified")
    shown = _shown(text)
    if _FRACTION.search(str(text)):  # before folding: NFKD turns "½" into "1⁄2"
        raise QuantityError(
            f"value {shown} is a fraction: counts of people and things are whole numbers "
            f"(write a whole number, or a range N-M)"
        )
    folded = fold(text).strip(" .;:!\"'()")
    vague = _vague_lookup(str(table))
    # Vague words first: text2num reads "hundreds" as 100.
    if (entry := _vague_entry(folded, vague)) is not None:
        return entry
    folded = _NOT_MORE.sub("at most ", folded, count=1)
    if after := _AFTER_RE.search(folded):
        folded = folded[: after.start()]
    m = _PREFIX.match(folded)
    kind = next((k for k in _KINDS if m.group(k)), None) if m else None
    if after and kind is None:
        kind = _AFTER[after.group(1)]
    rest = folded[m.end() :] if m else folded
    # Before the count: text2num reads "une importante quantité" as "1 importante quantité".
    article = _article(folded) if kind is None else None
    if article is NO_FIGURE:
        return article
    if (reading := _count(rest, vague, shown)) is not None:
        return _qualified(kind, reading)
    if kind is None and _ZERO.match(_AS_IS_RE.sub("", folded)):
        return (0.0, 0.0, 0.0, "exact")
    if article is not None:
        return article
    raise QuantityError(
        f"value {shown} is not a number or a known quantifier; write digits (80), "
        f"number words (eighty, quatre-vingts), 'at least N', 'up to N', 'about N', 'N-M', "
        f"'none', 'the post' (one thing), or a vague word from the table "
        f"({', '.join(sorted(p for entries in vague.values() for p, _ in entries)[:8])}, …)"
    )


def parse_quantities(values: pd.Series, table: str | Path = "default") -> pd.DataFrame:
    """Parse a column of values as written; one parse per distinct value, mapped back.

    Returns value_low, value_best, value_high, qualifier and error (None where parsed).

    Example:
        >>> parse_quantities(pd.Series(["80", "several", "eighty-ish"]))["qualifier"].tolist()
        ['exact', 'vague', nan]
    """
    codes, uniques = factorize(values)
    parsed = []
    for value in uniques:
        try:
            parsed.append((*parse_quantity(value, table), None))
        except QuantityError as exc:
            parsed.append((NAN, NAN, NAN, None, str(exc)))
    parsed.append((NAN, NAN, NAN, "unspecified", None))  # the slot for missing values (code -1)
    lookup = pd.DataFrame(
        parsed, columns=["value_low", "value_best", "value_high", "qualifier", "error"]
    )
    out = take(lookup, np.where(codes < 0, len(parsed) - 1, codes), list(lookup), values.index)
    return out.astype({"value_low": float, "value_best": float, "value_high": float})

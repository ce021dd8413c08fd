"""Value text → value_low / value_best / value_high + qualifier.

Conventions (those of the annotated corpus, after UCDP GED's low/best/high):

| as written                          | low  | best | high | qualifier   |
|-------------------------------------|------|------|------|-------------|
| ``80``, ``eighty``, ``quatre-vingts`` | 80   | 80   | 80   | exact       |
| ``at least 15``, ``more than 600``  | 15   | 15   |      | at_least    |
| ``up to 40``, ``no more than 40``   |      |      | 40   | at_most     |
| ``about 100``, ``une trentaine``    |      | 100  |      | approximate |
| ``10-20``, ``between 10 and 20``    | 10   |      | 20   | range       |
| ``none``, ``no``, ``aucun``         | 0    | 0    | 0    | exact       |
| ``several``, ``dozens``, ``hundreds`` | from the vague-words table    | vague |
| empty                               |      |      |      | unspecified |

Vague words come from a table users can swap: ``vague_table("default")`` (ranges)
or ``vague_table("acled")`` (ACLED's conservative single figures), or a CSV path.

Example:
    >>> parse_quantity("at least fifteen")
    (15.0, 15.0, nan, 'at_least')
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
from text_to_num import alpha2digit

from claimtrack.normalize.unique import factorize, take
from claimtrack.text import fold

NAN = float("nan")
_NUM = r"\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+|\d+"
_AT_LEAST = (
    r"(?:at least|more than|over|upwards of|in excess of|no fewer than|no less than"
    r"|au moins|plus de|pas moins de|plus d'une?)"
)
_AT_MOST = (
    r"(?:up to|at most|as many as|no more than|fewer than|less than|under"
    r"|jusqu'a|au plus|moins de|pas plus de)"
)
_ABOUT = (
    r"(?:about|around|approximately|roughly|nearly|almost|some|close to|an estimated|estimated"
    r"|near|environ|pres de|quelque|a peu pres|autour de|approximativement|presque)"
)
_ZERO = re.compile(
    r"^(?:none|no|zero|nil|nobody|no one|not any|aucun|aucune|personne|pas de|pas d'|nul|nulle|0)\b"
)
_RANGE = re.compile(
    rf"^(?:between |entre |from |de )?({_NUM})\s*(?:-|–|—|to|and|et|a|à)\s*({_NUM})\b"
)
_PREFIXED = re.compile(rf"^({_AT_LEAST}|{_AT_MOST}|{_ABOUT})\s+({_NUM})\b")
_PLAIN = re.compile(rf"^({_NUM})\b")
_ARTICLE_ONE = re.compile(r"^(?:the|a|an|one|un|une|le|la|l')\s*[a-z]")
_NEGATIVE = re.compile(rf"^[-−]\s*({_NUM})\b")


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


@lru_cache(maxsize=8)
def _vague_lookup(name: str) -> dict[str, tuple[float, float, float, str]]:
    table = vague_table(name)
    return {
        row.phrase: (float(row.low), float(row.best), float(row.high), row.qualifier)
        for row in table.astype({"low": float, "best": float, "high": float}).itertuples()
    }


def _number(text: str) -> float:
    # "1,200", "1 200" and "1.200" are thousands; decimals do not count people.
    return float(re.sub(r"[ ,.\u00a0\u202f]", "", text))


def _words_to_digits(text: str) -> str:
    for lang in ("en", "fr"):
        # threshold=0: by default text2num leaves numbers below 3 as words ("two", "deux").
        converted = alpha2digit(text, lang, threshold=0)
        if converted != text:
            return converted
    return text


def parse_quantity(text: object, table: str | Path = "default") -> tuple[float, float, float, str]:
    """Parse one value as written into (low, best, high, qualifier).

    Raises ``QuantityError`` with a reason a person can act on.

    Example:
        >>> parse_quantity("une trentaine")
        (nan, 30.0, nan, 'approximate')
        >>> parse_quantity("between 10 and 20")
        (10.0, nan, 20.0, 'range')
    """
    if text is None or (isinstance(text, float) and np.isnan(text)) or str(text).strip() == "":
        return (NAN, NAN, NAN, "unspecified")
    folded = fold(text).strip(" .;:!\"'()")
    vague = _vague_lookup(str(table))
    # Vague words first: text2num reads "hundreds" as 100.
    for phrase in sorted(vague, key=len, reverse=True):
        if folded == phrase or folded.startswith(phrase + " "):
            rest = folded[len(phrase) :].strip()
            if not re.match(r"\d", _words_to_digits(rest)) if rest else True:
                return vague[phrase]
    if _ZERO.match(folded):
        return (0.0, 0.0, 0.0, "exact")
    digits = _words_to_digits(folded)
    if _NEGATIVE.match(digits):
        raise QuantityError(f"value {str(text)!r} is negative; counts are 0 or more")
    if m := _RANGE.match(digits):
        low, high = _number(m.group(1)), _number(m.group(2))
        if low > high:
            raise QuantityError(
                f"value {str(text)!r} is a range whose low ({low:g}) is above its high ({high:g})"
            )
        return (low, NAN, high, "range")
    if m := _PREFIXED.match(digits):
        word, n = m.group(1), _number(m.group(2))
        if re.fullmatch(_AT_LEAST, word):
            return (n, n, NAN, "at_least")
        if re.fullmatch(_AT_MOST, word):
            return (NAN, NAN, n, "at_most")
        return (NAN, n, NAN, "approximate")
    if m := _PLAIN.match(digits):
        n = _number(m.group(1))
        return (n, n, n, "exact")
    if _ARTICLE_ONE.match(folded) and not re.search(r"\d", digits):
        # "the post", "a foreign fighter": one thing named with an article.
        return (1.0, 1.0, 1.0, "exact")
    words = ", ".join(sorted(vague)[:8])
    raise QuantityError(
        f"value {str(text)!r} is not a number or a known quantifier; write digits (80), "
        f"number words (eighty, quatre-vingts), 'at least N', 'up to N', 'about N', 'N-M', "
        f"'none', or a vague word from the table ({words}, …)"
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

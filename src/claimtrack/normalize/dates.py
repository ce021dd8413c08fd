"""Dates as written → timestamps: ISO, "1 July 2025", "July 1, 2025", "1er juillet 2025".

Example:
    >>> parse_dates(pd.Series(["1er juillet 2025", "July 1, 2025"]))["date"].dt.day.tolist()
    [1, 1]
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd

from claimtrack.normalize.unique import factorize
from claimtrack.text import fold
from claimtrack.vocabulary import MONTH_NAMES

_MONTHS = {name: i for i, names in enumerate(MONTH_NAMES, start=1) for name in names}
_DAY_FIRST = re.compile(r"^(?:\w+,? )?(\d{1,2})(?:er|st|nd|rd|th)? ([a-z]+)\.?,? (\d{4})$")
_MONTH_FIRST = re.compile(r"^(?:\w+,? )?([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[t ].*)?$")
ACCEPTED = "an ISO date (2025-07-01), '1 July 2025', 'July 1, 2025' or '1er juillet 2025'"


def parse_date(text: object) -> pd.Timestamp | None:
    """Parse one date; ``None`` for empty input, ``ValueError`` naming the accepted forms.

    Dates pandas cannot hold (before 1677 or after 2262) are refused by name too.

    Example:
        >>> parse_date("2025-07-01")
        Timestamp('2025-07-01 00:00:00')
        >>> parse_date("1025-07-01")
        Traceback (most recent call last):
        ...
        ValueError: date '1025-07-01' is outside the years 1678 to 2261 claimtrack can hold
    """
    if text is None or (isinstance(text, float) and np.isnan(text)) or str(text).strip() == "":
        return None
    try:
        stamp = _stamp(text)
    except (ValueError, KeyError, OverflowError) as exc:
        raise ValueError(f"date {str(text)!r:.60} is not a date; write {ACCEPTED}") from exc
    try:
        stamp.as_unit("ns")  # the tidy frame holds nanosecond timestamps
    except (ValueError, OverflowError):
        raise ValueError(
            f"date {str(text)!r:.60} is outside the years 1678 to 2261 claimtrack can hold"
        ) from None
    return stamp


def _stamp(text: object) -> pd.Timestamp:
    if isinstance(text, (dt.date, dt.datetime, pd.Timestamp)):
        stamp = pd.Timestamp(text)
        return stamp.tz_localize(None) if stamp.tzinfo else stamp
    folded = fold(text)
    if _ISO.match(folded):
        stamp = pd.Timestamp(str(text).strip())
        return stamp.tz_convert(None) if stamp.tzinfo else stamp
    if m := _DAY_FIRST.match(folded):
        day, month, year = m.groups()
    elif m := _MONTH_FIRST.match(folded):
        month, day, year = m.groups()
    else:
        raise ValueError
    return pd.Timestamp(int(year), _MONTHS[month], int(day))


def parse_dates(values: pd.Series) -> pd.DataFrame:
    """Parse a column of dates per distinct value; returns ``date`` and ``error``.

    Example:
        >>> parse_dates(pd.Series(["soon"]))["error"].str.contains("ISO").tolist()
        [True]
    """
    if values.isna().all():
        return pd.DataFrame({"date": pd.NaT, "error": None}, index=values.index)
    codes, uniques = factorize(values)  # a category: its codes, not a million strings
    dates, errors = [], []
    for value in uniques:
        try:
            dates.append(parse_date(value))
            errors.append(None)
        except ValueError as exc:
            dates.append(None)
            errors.append(str(exc))
    dates.append(None)
    errors.append(None)
    date_arr = pd.to_datetime(pd.Series(dates, dtype="object")).to_numpy()
    err_arr = np.array(errors, dtype=object)
    return pd.DataFrame({"date": date_arr[codes], "error": err_arr[codes]}, index=values.index)

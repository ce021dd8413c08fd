"""Tidy claims → the measures table: one row per incident × measure × source.

A *measure* is ``(incident_id, claim_type, subject, place)``; ``place`` is the
gazetteer ``place_id``, or the name as matched when the place is not in the
gazetteer, so spelling variants (Sandere / Sandare) are one measure. Claims
without a place are measured at incident level (``place`` null).

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> measures(tidy)["measure_id"].iloc[0]
    'mali-2025-07-01-coordinated-attacks/attacked/military posts@incident'
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pandas.api.types import is_string_dtype

from claimtrack._arrow import (
    arrow,
    coalesce,
    encode,
    is_categorical_text,
    join_runs,
    plain,
    take,
    take_columns,
)
from claimtrack.comparison._join import SEP
from claimtrack.comparison._keys import codes, measure_codes, sort_order
from claimtrack.comparison.exceptions import require
from claimtrack.schema import Measures, plain_text

MEASURE_KEY = ["incident_id", "claim_type", "subject", "place"]
# "about 20" and "22" should not read as a conflict: an approximate figure is
# compared as an interval of ±10 % around it (for the overlap test only).
APPROXIMATE_TOLERANCE = 0.10
# Carried from each source's representative statement, in the table's order.
_CARRIED = ["place_id", "location", "source", "source_name", "side", "source_type", "stance"]
_TEXT = {c for c, col in Measures.to_schema().columns.items() if is_string_dtype(col.dtype.type)}


def measures(tidy: pd.DataFrame) -> pd.DataFrame:
    """One row per incident × measure × source, from the tidy claims frame.

    When one source states the same measure more than once, its rows are merged:
    ``value_low`` is the smallest low, ``value_best`` the largest best, and
    ``value_high`` the largest high (null if any statement is open-ended, "at
    least …"); ``qualifier``, ``value_text``, ``quote`` and ``stance`` come from
    the statement with the largest best (then the latest). ``claim_ids`` lists
    every claim merged, ``n_claims`` counts them.

    ``value_point`` is the figure compared: best, else low or high where only one
    of them exists. ``interval_low``/``interval_high`` are the range used for the
    overlap test: open ends become 0 and +inf; an approximate figure gets
    ±``APPROXIMATE_TOLERANCE``; claims without any number have none.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> m = measures(tidy)
        >>> m.loc[m["claim_type"].eq("killed"), ["source", "value_best"]].values.tolist()
        [['fama', 80.0]]
    """
    return Measures.validate(plain_text(measures_encoded(tidy)[0]), lazy=True)


def measures_encoded(tidy: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """``measures`` before its check, repeated text still as categories, and its measure codes.

    ``compare`` builds the other tables from it: taking and factorizing integer codes
    costs a fraction of doing it on strings. Text that is not a category is ``str``.
    The codes are ``_keys.measure_codes`` of the frame, found without hashing its ids.

    Example:
        >>> import claimtrack as ct
        >>> from claimtrack.comparison._keys import measure_codes
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> m, code = measures_encoded(tidy)
        >>> m["source"].dtype.name, plain_text(m).equals(measures(tidy))
        ('category', True)
        >>> bool((code == measure_codes(m)).all())
        True
    """
    require(tidy, ["incident_id", "claim_type", "subject", "source", "claim_id"], "tidy")
    place = coalesce(tidy["place_id"], tidy["location"]).reset_index(drop=True)
    measure_code, order, starts = _statements_by_source(tidy, place)
    rep = order[starts]
    n_claims = np.diff(np.r_[starts, len(order)])
    first = take_columns(tidy, [*MEASURE_KEY[:3], *_CARRIED], rep)
    out = first[MEASURE_KEY[:3]].assign(place=take(place, rep))
    ids, code = _measure_ids(out, measure_code[rep])
    out.insert(0, "measure_id", ids)
    for col in _CARRIED:
        out[col] = first[col]
    out = out.assign(**_figures(tidy, order, starts))
    representative = take_columns(tidy, ["qualifier", "value_text", "quote"], rep)
    out = out.assign(
        **{c: representative[c] for c in representative},
        # Claim ids are unique and already in group order: join the runs as they are.
        claim_ids=join_runs(take(tidy["claim_id"], order).array, n_claims, SEP),
        n_claims=n_claims.astype("int64"),
    )
    # Text stays a category where it is one; anything else becomes "str".
    text = {c: out[c].astype("str") for c in _TEXT if not is_categorical_text(out[c])}
    return out.assign(**text), code


def _statements_by_source(
    tidy: pd.DataFrame, place: pd.Series
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each row's measure code, the rows in (measure, source) runs, and where each run starts.

    Within a run the representative statement comes first: largest best, then latest
    published.
    """
    keys = pd.DataFrame({c: tidy[c] for c in MEASURE_KEY[:3]}).reset_index(drop=True)
    measure_code = codes(keys.assign(place=place), MEASURE_KEY)
    source_code, _ = encode(tidy["source"])
    best = tidy["value_best"].to_numpy(dtype=float)
    published = tidy["published_at"].to_numpy(dtype="datetime64[ns]").astype("int64")
    order = sort_order([measure_code, source_code, -np.nan_to_num(best, nan=-1.0), -published])
    mc, sc = measure_code[order], source_code[order]
    starts = np.flatnonzero(np.r_[True, (mc[1:] != mc[:-1]) | (sc[1:] != sc[:-1])])
    return measure_code, order, starts


def _intervals(tidy: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per claim: the interval compared (low, high) and whether its top is open.

    Open ends and approximations made explicit: a missing low under a known high is
    0, "at least" and a missing high over a known low are +inf, "about" is ±10 %.
    """
    low = tidy["value_low"].to_numpy(dtype=float)
    best = tidy["value_best"].to_numpy(dtype=float)
    high = tidy["value_high"].to_numpy(dtype=float)
    approx = tidy["qualifier"].eq("approximate").to_numpy(dtype=bool, na_value=False)
    at_least = tidy["qualifier"].eq("at_least").to_numpy(dtype=bool, na_value=False)
    lo = np.where(np.isnan(low), np.where(approx, best * (1 - APPROXIMATE_TOLERANCE), best), low)
    lo = np.where(np.isnan(lo) & ~np.isnan(high), 0.0, lo)
    hi = np.where(np.isnan(high), np.where(approx, best * (1 + APPROXIMATE_TOLERANCE), best), high)
    hi = np.where(at_least | (np.isnan(hi) & ~np.isnan(low)), np.inf, hi)
    open_high = np.isnan(high) & (~np.isnan(low) | ~np.isnan(best)) & ~approx
    return lo, hi, open_high


def _figures(tidy: pd.DataFrame, order: np.ndarray, starts: np.ndarray) -> dict[str, np.ndarray]:
    """The figure columns of each (measure, source) run: merged values, point and interval."""
    low = tidy["value_low"].to_numpy(dtype=float)[order]
    best = tidy["value_best"].to_numpy(dtype=float)[order]
    high = tidy["value_high"].to_numpy(dtype=float)[order]
    lo, hi, open_high = (a[order] for a in _intervals(tidy))
    with np.errstate(invalid="ignore"):
        agg_low = np.fmin.reduceat(low, starts)
        agg_best = np.fmax.reduceat(best, starts)
        agg_high = np.fmax.reduceat(high, starts)
        agg_open = np.maximum.reduceat(open_high, starts)
        agg_lo = np.fmin.reduceat(lo, starts)
        agg_hi = np.fmax.reduceat(hi, starts)
    agg_high = np.where(agg_open, np.nan, agg_high)
    point = np.where(
        ~np.isnan(agg_best),
        agg_best,
        np.where(np.isnan(agg_high), agg_low, np.where(np.isnan(agg_low), agg_high, np.nan)),
    )
    return {
        "value_low": agg_low,
        "value_best": agg_best,
        "value_high": agg_high,
        "value_point": point,
        "interval_low": agg_lo,
        "interval_high": agg_hi,
    }


def _measure_ids(keys: pd.DataFrame, measure_code: np.ndarray) -> tuple[pd.Series, np.ndarray]:
    """A readable, stable id per measure, built once per measure and spread to its rows;
    and each row's measure numbered in the order of the ids (``measure_codes``).

    ``keys`` holds the ``MEASURE_KEY`` columns of rows sorted by ``measure_code``.
    """
    firsts = np.r_[0, np.flatnonzero(np.diff(measure_code)) + 1]
    k = take_columns(keys, MEASURE_KEY, firsts)  # one row per measure
    text = pa.large_string()
    part = {c: arrow(plain(k[c])).cast(text) for c in MEASURE_KEY}
    # incident/claim_type/subject@place, joined by pyarrow (pandas' + is several times slower)
    joined = pc.binary_join_element_wise(
        part["incident_id"],
        pa.scalar("/", text),
        part["claim_type"],
        pa.scalar("/", text),
        pc.fill_null(part["subject"], pa.scalar("-", text)),
        pa.scalar("@", text),
        pc.fill_null(part["place"], pa.scalar("incident", text)),
        pa.scalar("", text),  # the separator between the arguments above: none
    )
    ids = pd.Series(pd.array(joined, dtype="str"))
    spread = np.cumsum(np.r_[0, np.diff(measure_code) != 0])
    rows = take(ids, spread)
    # The ids sorted once per measure (not factorized per row); equal neighbours mean
    # two measures spell one id (a subject "-", a place "incident"): then factorize.
    order = pc.sort_indices(arrow(ids))
    spelled = arrow(ids).take(order)
    if len(ids) > 1 and pc.any(pc.equal(spelled[1:], spelled[:-1])).as_py():
        return rows, measure_codes(pd.DataFrame({"measure_id": rows}))
    rank = np.empty(len(ids), dtype="int64")
    rank[order.to_numpy()] = np.arange(len(ids))
    return rows, rank[spread]

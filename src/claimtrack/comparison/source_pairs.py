"""Measures → the source pairs table: per measure, each pair of sources side by side.

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> len(source_pairs(ct.measures(tidy))) > 0
    True
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from claimtrack._arrow import take, take_columns
from claimtrack.comparison._keys import codes, measure_codes, rows_of, runs
from claimtrack.comparison.exceptions import require
from claimtrack.schema import SourcePairs, plain_text

_KEY = ["measure_id", "incident_id", "claim_type", "subject", "place", "location"]
_PER_SOURCE = ("source", "source_name", "side", "stance", "value_text")
_COLUMNS = list(SourcePairs.to_schema().columns)


def source_pairs(measures: pd.DataFrame) -> pd.DataFrame:
    """Per measure, each pair of sources with both values, their difference and ratio.

    Sources are ordered by side, then source id, so in an army-vs-group incident the
    same party is always ``a``. ``value_*`` is the compared figure (``value_point``);
    ``difference`` = a − b, ``ratio`` = a / b (NaN where b is 0 or missing);
    ``overlap``: do the two ranges share a point (NA unless both give a number).
    Measures that only one source speaks to have no pairs: an incident with one
    source gives an empty frame with these columns.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> p = source_pairs(ct.measures(tidy))
        >>> sorted(set(p["source_a"]))
        ['local_politician', 'residents']
    """
    require(measures, ["measure_id", "source", "value_point"], "measures")
    m = measures.reset_index(drop=True)
    return source_pairs_of(m, measure_codes(m))


def source_pairs_of(m: pd.DataFrame, code: np.ndarray) -> pd.DataFrame:
    """``source_pairs`` of a measures frame with a RangeIndex, given its ``measure_codes``.

    Example:
        >>> import claimtrack as ct
        >>> from claimtrack.comparison._keys import measure_codes
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> m = ct.measures(tidy)
        >>> source_pairs_of(m, measure_codes(m)).equals(source_pairs(m))
        True
    """
    ia, ib = _pair_rows(m, code)
    if not len(ia):
        # The model's empty frame (its columns and dtypes), as a plain pandas DataFrame
        # like every other table: pandera's .empty() returns its typing subclass.
        return pd.DataFrame(SourcePairs.empty())
    out = take_columns(m, _KEY, ia)
    for suffix, idx in (("a", ia), ("b", ib)):
        for c in _PER_SOURCE:
            out[f"{c}_{suffix}"] = take(m[c], idx)
    point = m["value_point"].to_numpy(dtype=float)
    lo, hi = m["interval_low"].to_numpy(dtype=float), m["interval_high"].to_numpy(dtype=float)
    a, b = point[ia], point[ib]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(b > 0, a / b, np.nan)
    both = ~np.isnan(lo[ia]) & ~np.isnan(lo[ib])
    overlap = pd.array((lo[ia] <= hi[ib]) & (lo[ib] <= hi[ia]), dtype="boolean")
    overlap[~both] = pd.NA
    out["value_a"], out["value_b"] = a, b
    out["difference"], out["ratio"], out["overlap"] = a - b, ratio, overlap
    return SourcePairs.validate(plain_text(out[_COLUMNS]), lazy=True)


def _pair_rows(m: pd.DataFrame, code: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows a and b of each pair of sources on one measure, a before b by (side, source)."""
    sizes = np.bincount(code)
    rows = np.flatnonzero(sizes[code] > 1)
    if not len(rows):
        return rows, rows
    # Pair row numbers on integer keys only, then take each column once: merging the
    # string columns themselves costs seconds per million rows. Each row meets every
    # row of its measure (in row order, as a self-merge on the code would give them).
    rank = codes(m, ["side", "source"])[rows]
    order, group, starts = runs(code[rows])
    run_of = np.empty(len(rows), dtype="int64")
    run_of[order] = group
    left, right = rows_of(order, starts, np.diff(np.r_[starts, len(order)]), run_of)
    keep = rank[left] < rank[right]
    return rows[left[keep]], rows[right[keep]]

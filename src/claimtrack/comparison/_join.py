"""Private: the distinct values of each group, sorted and "; "-joined, without a groupby.

A ``groupby(...).agg("; ".join)`` takes ~6 s per million rows; these ~0.2 s
(~0.05 s through bit masks when there are few distinct values).

Example:
    >>> import numpy as np, pandas as pd
    >>> join_groups(np.array([0, 0, 2, 0]), pd.Series(["b", "a", "c", "b"]), 3).tolist()
    ['a; b', nan, 'c']
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from claimtrack._arrow import encode, join_runs, large_strings, take
from claimtrack.comparison._keys import distinct

SEP = "; "
# join_bits: values per group as bits of an int64.
_BITS = 62


def join_groups(codes: np.ndarray, values: pd.Series, n: int, sep: str = SEP) -> pd.Series:
    """``sep``-join the distinct values per group code, sorted; one row per code 0..n-1.

    Vectorized: values become sorted integer codes, ``distinct`` (group, value)
    pairs order and deduplicate them, and pyarrow joins the resulting lists in C++.
    Groups without values get null.

    Example:
        >>> join_groups(np.array([1, 1]), pd.Series(["x", None]), 2, " and ").tolist()
        [nan, 'x']
    """
    vcode, uniq = encode(pd.Series(values), sort=True)
    return join_codes(codes, vcode, uniq, n, sep)


def join_codes(
    codes: np.ndarray, vcode: np.ndarray, uniq: object, n: int, sep: str = SEP
) -> pd.Series:
    """``join_groups`` of values already factorized (sorted uniques, -1 for null).

    Example:
        >>> join_codes(np.array([0, 0]), np.array([1, 0]), pd.Index(["a", "b"]), 1).tolist()
        ['a; b']
    """
    present = vcode >= 0
    codes, vcode = np.asarray(codes, dtype="int64")[present], vcode[present]
    if len(uniq) <= _BITS:
        return _join_bits(codes, vcode, uniq, n, sep)
    width = max(len(uniq), 1)
    pair = distinct(codes * width + vcode)
    group, value = pair // width, pair % width
    sizes = np.bincount(group, minlength=n)
    return join_runs(large_strings(uniq).take(pa.array(value)), sizes, sep)


def _join_bits(codes: np.ndarray, vcode: np.ndarray, uniq: object, n: int, sep: str) -> pd.Series:
    """``join_groups`` for at most ``_BITS`` distinct values: or-ing bits beats sorting.

    Each group's set of values is a bit mask; each distinct mask (sources of an
    incident, towns of a list) is spelled out once, its set bits read in value order
    one bit at a time, and spread to the groups.
    """
    masks = np.zeros(n, dtype="int64")
    np.bitwise_or.at(masks, codes, np.left_shift(1, vcode.astype("int64")))
    mask_code, masks_seen = pd.factorize(masks)
    has = np.empty((len(masks_seen), len(uniq)), dtype=bool)
    for bit in range(len(uniq)):
        has[:, bit] = (masks_seen >> bit) & 1
    which, value = np.nonzero(has)  # by mask, then value: the sorted order
    sizes = np.bincount(which, minlength=len(masks_seen))
    joined = join_runs(large_strings(uniq).take(pa.array(value, type=pa.int64())), sizes, sep)
    return take(joined, mask_code)

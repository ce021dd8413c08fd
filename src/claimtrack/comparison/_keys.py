"""Private integer keys for the comparison: row codes, sort orders, runs, membership.

Every table is worked out on integer codes (strings are factorized once, through
pyarrow) and numpy reductions; these helpers replace the pandas operations that
would be slow on a million rows (``groupby``, ``np.lexsort``, ``np.isin``,
``np.unique``), each with the same result.

Example:
    >>> import numpy as np, pandas as pd
    >>> codes(pd.DataFrame({"a": ["y", "x", "y"], "b": ["q", "p", "p"]}), ["a", "b"]).tolist()
    [8, 4, 7]
    >>> distinct(np.array([3, 1, 3])).tolist()
    [1, 3]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from claimtrack._arrow import encode


def codes(frame: pd.DataFrame, columns: list[str]) -> np.ndarray:
    """One int64 per row, ordered like a sort on ``columns`` (nulls first in each).

    Each column is factorized (sorted) and the codes combined in mixed radix; when the
    combined range nears int64's limit it is compressed back to dense codes first.

    Example:
        >>> codes(pd.DataFrame({"a": ["b", None, "a"]}), ["a"]).tolist()
        [2, 0, 1]
    """
    key = np.zeros(len(frame), dtype="int64")
    span = 1
    for col in columns:
        code, uniq = encode(frame[col], sort=True)
        radix = len(uniq) + 1
        if span * radix >= 2**62:
            key, uniq_keys = pd.factorize(key, sort=True)
            key, span = key.astype("int64"), len(uniq_keys)
        key = key * radix + (code + 1)
        span *= radix
    return key


def measure_codes(m: pd.DataFrame) -> np.ndarray:
    """Each row's measure as a code, in ``measure_id`` order (one hashing of the ids).

    Example:
        >>> measure_codes(pd.DataFrame({"measure_id": ["b", "a", "b"]})).tolist()
        [1, 0, 1]
    """
    return encode(m["measure_id"], sort=True)[0]


def first_rows(code: np.ndarray, n: int) -> np.ndarray:
    """The first row of each code 0..n-1 (0 for a code without rows).

    Example:
        >>> first_rows(np.array([1, 0, 1, 0]), 2).tolist()
        [1, 0]
    """
    first = np.zeros(n, dtype="int64")
    first[code[::-1]] = np.arange(len(code))[::-1]  # written last = the first row
    return first


def distinct(keys: np.ndarray) -> np.ndarray:
    """The sorted distinct values of an integer array (``np.unique``, without its hashing).

    Sorting then dropping repeats is several times faster than the hash table
    ``np.unique`` uses in numpy 2.4 (~0.16 s per million codes, measured).

    Example:
        >>> distinct(np.array([5, 2, 5, 2])).tolist()
        [2, 5]
    """
    keys = np.sort(keys, kind="stable")  # timsort: quick on the nearly sorted keys here
    return keys[np.r_[True, keys[1:] != keys[:-1]]] if len(keys) else keys


def sort_order(keys: list[np.ndarray]) -> np.ndarray:
    """Stable order of the rows sorted by ``keys``, the first major: ``np.lexsort(keys[::-1])``.

    The keys are packed into one int64 when they fit (integers by their range, other
    keys by rank): a stable argsort of (here nearly sorted) integers is ~30x faster
    than a lexsort on four keys.

    Example:
        >>> sort_order([np.array([1, 0, 1]), np.array([0.5, 2.0, -1.0])]).tolist()
        [1, 2, 0]
    """
    packed = np.zeros(len(keys[0]), dtype="int64")
    span = 1
    for key in keys:
        rank, size = _packable(key, 2**62 // span)
        if rank is None:
            return np.lexsort(keys[::-1])
        packed = packed * size + rank
        span *= size
    return np.argsort(packed, kind="stable")


def _packable(key: np.ndarray, room: int) -> tuple[np.ndarray | None, int]:
    """``key`` as integers 0..size-1 in its order, if size <= ``room`` (else None)."""
    if np.issubdtype(key.dtype, np.integer) and len(key):
        low, size = int(key.min()), int(key.max()) - int(key.min()) + 1
        if size <= room:
            return key.astype("int64") - low, size
    rank, uniq = pd.factorize(key, sort=True)
    size = max(len(uniq), 1)
    return (rank, size) if size <= room else (None, size)


def runs(key: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sort order, group number per sorted row, and first sorted position of each group.

    Example:
        >>> [a.tolist() for a in runs(np.array([7, 3, 7]))]
        [[1, 0, 2], [0, 1, 1], [0, 1]]
    """
    order = np.argsort(key, kind="stable")
    k = key[order]
    new = np.r_[True, k[1:] != k[:-1]] if len(k) else np.zeros(0, dtype=bool)
    return order, np.cumsum(new) - 1, np.flatnonzero(new)


def dense(key: np.ndarray) -> np.ndarray:
    """Integer keys renumbered 0..k-1 in their order (so that products of keys stay small).

    Example:
        >>> dense(np.array([40, 10, 40])).tolist()
        [1, 0, 1]
    """
    return pd.factorize(key, sort=True)[0].astype("int64")


def within(keys: np.ndarray, among: np.ndarray) -> np.ndarray:
    """``np.isin`` for integer keys by binary search (numpy's hashing: ~7x slower here).

    The keys come nearly sorted (by pair, then row): a stable sort (timsort) is quick then.

    Example:
        >>> within(np.array([1, 2, 3]), np.array([3, 1])).tolist()
        [True, False, True]
    """
    among = np.sort(among, kind="stable")
    pos = np.minimum(np.searchsorted(among, keys), max(len(among) - 1, 0))
    return among[pos] == keys if len(among) else np.zeros(len(keys), dtype=bool)


def expand(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For runs of ``counts`` items: the run of each item, and its position in the run.

    Example:
        >>> [a.tolist() for a in expand(np.array([2, 0, 1]))]
        [[0, 0, 2], [0, 1, 0]]
    """
    owner = np.repeat(np.arange(len(counts)), counts)
    return owner, np.arange(len(owner)) - np.repeat(np.cumsum(counts) - counts, counts)


def rows_of(
    order: np.ndarray, starts: np.ndarray, sizes: np.ndarray, which_runs: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The rows of the given runs (repeats allowed): (index into ``which_runs``, row) per row.

    Example:
        >>> order, _, starts = runs(np.array([7, 3, 7]))
        >>> [a.tolist() for a in rows_of(order, starts, np.array([1, 2]), np.array([1]))]
        [[0, 0], [0, 2]]
    """
    which, pos = expand(sizes[which_runs])
    return which, order[starts[which_runs][which] + pos]

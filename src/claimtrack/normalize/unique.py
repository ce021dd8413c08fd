"""Work once per distinct value: factorize one or several columns, map results back.

Example:
    >>> import pandas as pd
    >>> codes, uniques = factorize_columns(pd.Series(["a", "b", "a"]), pd.Series(["x", "x", "x"]))
    >>> codes.tolist(), uniques
    ([0, 1, 0], [('a', 'x'), ('b', 'x')])
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def _codes(columns: tuple[pd.Series, ...]) -> tuple[np.ndarray, list]:
    combined = np.zeros(len(columns[0]), dtype=np.int64)
    parts = []
    for column in columns:
        codes, uniques = pd.factorize(column)
        values = np.append(np.asarray(uniques, dtype=object), "")
        codes = np.where(codes < 0, len(values) - 1, codes)  # missing → ""
        if len(values) - 1 >= len(combined):  # all distinct: this column alone decides
            combined = codes
        else:
            combined = combined * len(values) + codes
        parts.append((codes, values))
    return pd.factorize(combined)[0], parts


def factorize_columns(*columns: pd.Series) -> tuple[np.ndarray, list[tuple]]:
    """Codes and distinct tuples over several columns; missing values become ``""``.

    Faster than factorizing a MultiIndex: each column is factorized alone and the
    integer codes are combined.

    Example:
        >>> factorize_columns(pd.Series([None, "a"]))[1]
        [('',), ('a',)]
    """
    codes, parts = _codes(columns)
    # Codes follow first appearance, so first occurrences are in code order.
    positions = pd.Series(codes).drop_duplicates().index.to_numpy()
    uniques = list(zip(*(v[c[positions]] for c, v in parts), strict=True))
    return codes, uniques


def group_codes(*columns: pd.Series) -> np.ndarray:
    """Integer group codes over several columns (missing values form their own group).

    Example:
        >>> group_codes(pd.Series(["a", "b", "a"])).tolist()
        [0, 1, 0]
    """
    return _codes(columns)[0]


def take(
    rows: list[tuple] | pd.DataFrame, codes: np.ndarray, columns: list[str], index
) -> pd.DataFrame:
    """Build the per-distinct result frame and spread it back over the original rows.

    Example:
        >>> take([(1,), (2,)], np.array([1, 0, 1]), ["n"], range(3))["n"].tolist()
        [2, 1, 2]
    """
    lookup = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows, columns=columns)
    # Text columns become strings while the lookup is small: taking from an Arrow
    # string array is cheap, converting a million Python objects is not.
    text = [c for c in lookup.columns if lookup[c].dtype == object]
    lookup = lookup.astype({c: "str" for c in text})
    out = lookup.take(codes).reset_index(drop=True)
    out.index = index
    return out


def spread(values: list, codes: np.ndarray, index) -> pd.Series:
    """Per-distinct text results spread back over the rows; code -1 (missing) gives NaN.

    Example:
        >>> spread(["a", "b"], np.array([1, -1, 0]), range(3)).tolist()
        ['b', nan, 'a']
    """
    table = pd.array([*values, None], dtype="str")
    return pd.Series(table.take(np.where(codes < 0, len(values), codes)), index=index)

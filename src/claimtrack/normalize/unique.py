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
import pyarrow as pa
import pyarrow.compute as pc

from claimtrack._arrow import arrow, dictionary, encode, is_arrow_text, is_categorical_text
from claimtrack._arrow import take as take_column


def factorize(values: pd.Series) -> tuple[np.ndarray, list]:
    """``pd.factorize`` with the distinct values as a list; twice as fast on pyarrow strings.

    Example:
        >>> codes, uniques = factorize(pd.Series(["b", None, "b", "a"]))
        >>> codes.tolist(), uniques
        ([0, -1, 0, 1], ['b', 'a'])
    """
    codes, uniques = encode(values)
    return codes, list(np.asarray(uniques, dtype=object))


def _codes(columns: tuple[pd.Series, ...]) -> tuple[np.ndarray, list]:
    combined = np.zeros(len(columns[0]), dtype=np.int64)
    parts = []
    distinct = False
    for column in columns:
        codes, uniques = encode(column)
        blank = len(uniques)  # the slot for missing values, which become ""
        codes = np.where(codes < 0, blank, codes)
        if blank >= len(combined):  # all distinct: this column alone decides
            combined = codes
            distinct = True
        else:
            combined = combined * (blank + 1) + codes
        parts.append((codes, uniques))
    if distinct:  # every row its own group, numbered in order: no need to factorize
        return np.arange(len(combined)), parts
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
    # Only the distinct tuples become Python objects, not every distinct value of a column.
    values = (np.append(np.asarray(u, dtype=object), "")[c[positions]] for c, u in parts)
    uniques = list(zip(*values, strict=True))
    return codes, uniques


def group_codes(*columns: pd.Series) -> np.ndarray:
    """Integer group codes over several columns (missing values form their own group).

    Example:
        >>> group_codes(pd.Series(["a", "b", "a"])).tolist()
        [0, 1, 0]
    """
    return _codes(columns)[0]


def take(
    rows: list[tuple] | pd.DataFrame,
    codes: np.ndarray,
    columns: list[str],
    index,
    categories: bool = False,
) -> pd.DataFrame:
    """Build the per-distinct result frame and spread it back over the original rows.

    With ``categories`` the text columns come back as categories (sorted): only
    integer codes are spread, no string is copied per row.

    Example:
        >>> take([(1,), (2,)], np.array([1, 0, 1]), ["n"], range(3))["n"].tolist()
        [2, 1, 2]
        >>> take([("a",), ("b",)], np.array([1, 0]), ["t"], range(2), True)["t"].dtype.name
        'category'
    """
    lookup = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows, columns=columns)
    # Text columns become strings while the lookup is small: taking from an Arrow
    # string array is cheap, converting a million Python objects is not.
    text = [c for c in lookup.columns if lookup[c].dtype == object]
    lookup = lookup.astype({c: "str" for c in text})
    if categories:
        text = [c for c in lookup.columns if is_arrow_text(lookup[c])]
        lookup = lookup.assign(**{c: dictionary(lookup[c]) for c in text})
    columns = {c: take_column(lookup[c], codes, index) for c in lookup.columns}
    return pd.DataFrame(columns, index=index)


def places(lists: pd.Series, sep: str = ";") -> tuple[pa.Array, np.ndarray]:
    """Every place of ``sep``-separated lists, flattened, and the number of places per row.

    Places are stripped and a blank one is missing; a missing list counts as one
    missing place, so every row keeps a row.

    Example:
        >>> pieces, counts = places(pd.Series(["Kayes; Nioro", None, " ;Kita", ""]))
        >>> pieces.to_pylist(), counts.tolist()
        (['Kayes', 'Nioro', None, None, 'Kita', None], [2, 1, 2, 1])
    """
    text = pc.utf8_trim_whitespace(arrow(lists.astype("str")))
    split = pc.split_pattern(text, sep)
    split = pc.fill_null(split, pa.scalar([None], type=split.type))
    counts = pc.list_value_length(split).to_numpy(zero_copy_only=False).astype(np.int64)
    pieces = pc.utf8_trim_whitespace(pc.list_flatten(split))
    pieces = pc.if_else(pc.equal(pieces, ""), pa.scalar(None, pieces.type), pieces)
    return pieces, counts


def fill(values: pd.Series, value: str) -> pd.Series:
    """``values.fillna(value)``; a category (a CSV's text) takes ``value`` as a category first.

    Example:
        >>> fill(pd.Series(["denies", None], dtype="category"), "asserts").tolist()
        ['denies', 'asserts']
    """
    if is_categorical_text(values) and value not in values.cat.categories:
        values = values.cat.add_categories([value])
    return values.fillna(value)


def spread(values: list, codes: np.ndarray, index) -> pd.Series:
    """Per-distinct text results spread back over the rows; code -1 (missing) gives NaN.

    Example:
        >>> spread(["a", "b"], np.array([1, -1, 0]), range(3)).tolist()
        ['b', nan, 'a']
    """
    table = pd.array([*values, None], dtype="str")
    return pd.Series(table.take(np.where(codes < 0, len(values), codes)), index=index)

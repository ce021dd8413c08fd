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


def is_arrow_text(values: pd.Series | pd.Index) -> bool:
    """Whether ``values`` are pandas 3 strings stored as a pyarrow array."""
    return isinstance(values.dtype, pd.StringDtype) and values.dtype.storage == "pyarrow"


def arrow(values: pd.Series) -> pa.Array:
    """The pyarrow array under a pyarrow-backed Series, as one chunk (zero-copy if it is one)."""
    array = pa.array(values.array)
    return array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array


def encode(column: pd.Series) -> tuple[np.ndarray, pa.Array | pd.Index]:
    """Codes in order of first appearance (-1 where missing) and the distinct values.

    Same result as ``pd.factorize``; for pyarrow strings ``dictionary_encode`` is
    about twice as fast (0.2 s less on a million distinct statement ids).

    Example:
        >>> codes, uniques = encode(pd.Series(["b", None, "a", "b"]))
        >>> codes.tolist(), uniques.to_pylist()
        ([0, -1, 1, 0], ['b', 'a'])
    """
    if not is_arrow_text(column):
        return pd.factorize(column)
    encoded = arrow(column).dictionary_encode()
    codes = pc.fill_null(encoded.indices, -1).to_numpy().astype(np.int64, copy=False)
    return codes, encoded.dictionary


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
    indices = pa.array(codes)
    return pd.DataFrame({c: _take(lookup[c], codes, indices) for c in lookup.columns}, index=index)


def _take(
    column: pd.Series, codes: np.ndarray, indices: pa.Array
) -> np.ndarray | pd.api.extensions.ExtensionArray:
    # pandas' take on pyarrow strings costs ~6x pyarrow's own; numbers take in numpy.
    if is_arrow_text(column):
        return pd.array(arrow(column).take(indices), dtype=column.dtype)
    return column.to_numpy()[codes]


def take_rows(frame: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """``frame.take(rows)`` with text taken by pyarrow (~6x pandas' take on Arrow strings).

    Example:
        >>> frame = pd.DataFrame({"t": pd.Series(["a", None], dtype="str"), "n": [1.5, 2.0]})
        >>> out = take_rows(frame, np.array([1, 0, 0]))
        >>> out.index.tolist(), out["t"].tolist(), out["n"].tolist()
        ([1, 0, 0], [nan, 'a', 'a'], [2.0, 1.5, 1.5])
    """
    indices = pa.array(rows)
    index = frame.index[rows]
    columns = {
        c: pd.Series(pd.array(arrow(frame[c]).take(indices), dtype=frame[c].dtype), index=index)
        if is_arrow_text(frame[c])
        else frame[c].take(rows).set_axis(index)  # keeps every other dtype as it is
        for c in frame.columns
    }
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


def spread(values: list, codes: np.ndarray, index) -> pd.Series:
    """Per-distinct text results spread back over the rows; code -1 (missing) gives NaN.

    Example:
        >>> spread(["a", "b"], np.array([1, -1, 0]), range(3)).tolist()
        ['b', nan, 'a']
    """
    table = pd.array([*values, None], dtype="str")
    return pd.Series(table.take(np.where(codes < 0, len(values), codes)), index=index)

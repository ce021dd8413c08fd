"""Private pyarrow helpers for pandas 3's Arrow strings, shared by normalize and comparison.

pandas' own operations on Arrow strings go through Python-level wrappers: encoding,
taking and joining through pyarrow's C++ kernels is several times faster (measured
in ``CONVENTIONS.md``: ``take`` ~6x, ``dictionary_encode`` ~2x). Every helper gives
the same result as the pandas operation it replaces, and falls back to pandas for
other dtypes.

Example:
    >>> import numpy as np, pandas as pd
    >>> codes, uniques = encode(pd.Series(["b", None, "a", "b"], dtype="str"), sort=True)
    >>> codes.tolist(), uniques.to_pylist()
    ([1, -1, 0, 1], ['a', 'b'])
    >>> take(pd.Series(["x", "y"], dtype="str"), np.array([1, 1, 0])).tolist()
    ['y', 'y', 'x']
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


def is_arrow_text(values: pd.Series | pd.Index) -> bool:
    """Whether ``values`` are pandas 3 strings stored as a pyarrow array.

    Example:
        >>> is_arrow_text(pd.Series(["a"], dtype="str")), is_arrow_text(pd.Series([1]))
        (True, False)
    """
    return isinstance(values.dtype, pd.StringDtype) and values.dtype.storage == "pyarrow"


def arrow(values: pd.Series) -> pa.Array:
    """The pyarrow array under a pyarrow-backed Series, as one chunk (zero-copy if it is one).

    Example:
        >>> arrow(pd.Series(["a", None], dtype="str")).to_pylist()
        ['a', None]
    """
    array = pa.array(values.array)
    return array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array


def encode(values: pd.Series, sort: bool = False) -> tuple[np.ndarray, pa.Array | pd.Index]:
    """``pd.factorize``: int64 codes (-1 where missing) and the distinct values.

    For pyarrow strings the distinct values are a pyarrow array and the encoding is
    pyarrow's ``dictionary_encode``, about twice as fast (0.2 s less on a million
    distinct statement ids); it numbers values in order of appearance, like pandas.
    A ``category`` of strings is encoded from its integer codes, its categories
    taken once each. With ``sort`` the codes follow the sorted values (UTF-8 byte
    order is code point order, as in Python). Other dtypes go through ``pd.factorize``.

    Example:
        >>> codes, uniques = encode(pd.Series(["b", None, "a", "b"], dtype=object))
        >>> codes.tolist(), list(uniques)
        ([0, -1, 1, 0], ['b', 'a'])
        >>> codes, uniques = encode(pd.Series(["b", None, "a"], dtype="category"), sort=True)
        >>> codes.tolist(), uniques.to_pylist()
        ([1, -1, 0], ['a', 'b'])
    """
    if is_categorical_text(values):
        codes, used = pd.factorize(values.cat.codes.to_numpy())  # order of appearance
        missing = used < 0
        if missing.any():  # the -1 code is missing, not a value
            gap = int(np.flatnonzero(missing)[0])
            codes = np.where(codes == gap, -1, codes - (codes > gap))
            used = used[~missing]
        categories = arrow(pd.Series(values.cat.categories.astype("str")))
        codes, uniques = codes.astype(np.int64), categories.take(pa.array(used))
    elif is_arrow_text(values):
        codes, uniques = _dictionary_encode(pa.array(values.array))
    else:
        return pd.factorize(values, sort=sort)
    if sort and len(uniques):
        order = pc.sort_indices(uniques).to_numpy()
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        codes = np.where(codes >= 0, rank[codes], -1)
        uniques = uniques.take(pa.array(order))
    return codes, uniques


def _dictionary_encode(array: pa.Array | pa.ChunkedArray) -> tuple[np.ndarray, pa.Array]:
    """Codes and dictionary, chunk by chunk: a CSV read in 500 chunks is never copied whole.

    pyarrow's hashing keeps one dictionary across the chunks (the last chunk's is
    complete); joining the chunks first cost 0.7 s per million quotes, encoding 0.13 s.

    Example:
        >>> codes, words = _dictionary_encode(pa.chunked_array([["a", None], ["c", "a"]]))
        >>> codes.tolist(), words.to_pylist()
        ([0, -1, 1, 0], ['a', 'c'])
    """
    encoded = pc.dictionary_encode(array)
    chunks = encoded.chunks if isinstance(encoded, pa.ChunkedArray) else [encoded]
    if not chunks:
        return np.array([], dtype=np.int64), pa.array([], type=array.type)
    codes = [pc.fill_null(c.indices, -1).to_numpy(zero_copy_only=False) for c in chunks]
    return np.concatenate(codes).astype(np.int64), chunks[-1].dictionary


def is_categorical_text(values: pd.Series | pd.Index) -> bool:
    """Whether ``values`` are a pandas ``category`` (of text: the tidy frame's kind).

    Example:
        >>> is_categorical_text(pd.Series(["a"], dtype="category"))
        True
    """
    return isinstance(values.dtype, pd.CategoricalDtype)


def dictionary(values: pd.Series) -> pd.Series:
    """Text stored once per distinct value: a ``category`` whose categories are sorted strings.

    Sorted categories sort, group and compare rows as the strings would. A category
    keeps its codes: only its categories are sorted and the unused ones dropped.

    Example:
        >>> dictionary(pd.Series(["b", None, "a", "b"], dtype="str")).cat.codes.tolist()
        [1, -1, 0, 1]
        >>> dictionary(pd.Series(["b", "a"], dtype="category").iloc[:1]).cat.categories.tolist()
        ['b']
    """
    if is_categorical_text(values):
        return _sorted_categories(values)
    codes, uniques = encode(values if is_arrow_text(values) else values.astype("str"), sort=True)
    categories = pd.Index(pd.array(uniques, dtype="str"))
    encoded = pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(categories))
    return pd.Series(encoded, index=values.index, name=values.name)


def plain(values: pd.Series) -> pd.Series:
    """``values.astype("str")``; a category is spelled out by pyarrow from its codes.

    pandas turns a category into strings through a numpy array of Python objects
    (~0.5 s per million rows); taking the categories by code in pyarrow is ~20x faster.

    Example:
        >>> plain(pd.Series(["b", None, "a"], dtype="category")).tolist()
        ['b', nan, 'a']
    """
    if not is_categorical_text(values):
        return values.astype("str")
    categories = arrow(pd.Series(values.cat.categories.astype("str")))
    codes = values.cat.codes.to_numpy()
    taken = categories.take(pa.array(codes, mask=codes < 0))  # int8/16/32 codes as they are
    return pd.Series(pd.array(taken, dtype="str"), index=values.index, name=values.name)


def _sorted_categories(values: pd.Series) -> pd.Series:
    """A category with only its used categories, sorted, as ``str`` (as it is if so already)."""
    codes = values.cat.codes.to_numpy()
    categories = arrow(pd.Series(values.cat.categories.astype("str")))
    used = np.bincount(codes[codes >= 0], minlength=len(categories)) > 0
    if (
        used.all()
        and values.cat.categories.dtype == "str"
        and (len(categories) < 2 or pc.all(pc.less(categories[:-1], categories[1:])).as_py())
    ):
        return values
    keep = np.flatnonzero(used)
    order = pc.sort_indices(categories.take(pa.array(keep))).to_numpy()
    remap = np.full(len(categories) + 1, -1, dtype=np.int64)  # the last: code -1, missing
    remap[keep[order]] = np.arange(len(keep))
    dtype = pd.CategoricalDtype(pd.Index(pd.array(categories.take(keep[order]), dtype="str")))
    encoded = pd.Categorical.from_codes(remap[codes], dtype=dtype)
    return pd.Series(encoded, index=values.index, name=values.name)


def coalesce(first: pd.Series, second: pd.Series) -> pd.Series:
    """``first.fillna(second)``; two categories are filled in category space, codes only.

    Example:
        >>> a = pd.Series(["x", None], dtype="category")
        >>> coalesce(a, pd.Series(["y", "z"], dtype="category")).tolist()
        ['x', 'z']
    """
    if not (is_categorical_text(first) and is_categorical_text(second)):
        return first.fillna(second)
    both = first.cat.categories.union(second.cat.categories)  # sorted, as ``dictionary``'s
    return first.cat.set_categories(both).fillna(second.cat.set_categories(both))


def large_strings(values: pa.Array | pd.Index | np.ndarray) -> pa.Array:
    """Distinct values (from ``encode``) as a pyarrow ``large_string`` array, for joining.

    Example:
        >>> large_strings(pd.Index(["a", "b"])).type
        DataType(large_string)
    """
    if isinstance(values, pa.Array):
        return values.cast(pa.large_string())
    return pa.array(np.asarray(values, dtype=object), type=pa.large_string())


def take(values: pd.Series, rows: np.ndarray, index: pd.Index | None = None) -> pd.Series:
    """``values.take(rows)`` set on ``index`` (a fresh RangeIndex by default).

    pyarrow strings are taken by pyarrow: pandas' ``take`` on them costs ~45 ms per
    700k rows, pyarrow's own ~7 ms, and a comparison takes a few dozen string columns.

    Example:
        >>> take(pd.Series([1, 2, 3], index=[7, 8, 9], name="n"), np.array([2, 0])).to_dict()
        {0: 3, 1: 1}
    """
    if is_arrow_text(values):
        taken = pd.array(arrow(values).take(pa.array(rows, type=pa.int64())), dtype=values.dtype)
    else:
        taken = values.array.take(rows)
    # The dtype is given: pandas 3 would read an array of Python strings as "str".
    return pd.Series(taken, index=index, name=values.name, dtype=values.dtype)


def take_columns(frame: pd.DataFrame, columns: list[str], rows: np.ndarray) -> pd.DataFrame:
    """``frame[columns].take(rows)`` with a fresh RangeIndex, text taken by pyarrow.

    Example:
        >>> frame = pd.DataFrame({"t": pd.Series(["a", "b"], dtype="str"), "n": [1, 2]})
        >>> take_columns(frame, ["t"], np.array([1, 1]))["t"].tolist()
        ['b', 'b']
    """
    return pd.DataFrame({c: take(frame[c], rows) for c in columns})


def take_rows(frame: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """``frame.take(rows)`` (the index taken too), text taken by pyarrow.

    Example:
        >>> frame = pd.DataFrame({"t": pd.Series(["a", None], dtype="str"), "n": [1.5, 2.0]})
        >>> out = take_rows(frame, np.array([1, 0, 0]))
        >>> out.index.tolist(), out["t"].tolist(), out["n"].tolist()
        ([1, 0, 0], [nan, 'a', 'a'], [2.0, 1.5, 1.5])
    """
    index = frame.index[rows]
    return pd.DataFrame({c: take(frame[c], rows, index) for c in frame.columns}, index=index)


def join_runs(items: pa.Array, sizes: np.ndarray, sep: str) -> pd.Series:
    """Join consecutive runs of ``items`` (run i has ``sizes[i]`` items) in C++; empty → null.

    Example:
        >>> join_runs(pa.array(["a", "b", "c"]), np.array([2, 0, 1]), "; ").tolist()
        ['a; b', nan, 'c']
    """
    large = pa.large_string()
    items = pa.array(items)
    items = items if items.type == large else items.cast(large)
    offsets = pa.array(np.r_[0, np.cumsum(sizes)], type=pa.int64())
    lists = pa.LargeListArray.from_arrays(offsets, items)
    joined = pc.binary_join(lists, pa.scalar(sep, large))
    empty = np.asarray(sizes) == 0
    if empty.any():  # skipped when every run has items (claim ids): one copy less
        joined = pc.if_else(pa.array(empty), pa.scalar(None, large), joined)
    # pandas' "str" dtype keeps pyarrow's large strings as they are: no cast, no copy.
    return pd.Series(pd.array(joined, dtype="str"))

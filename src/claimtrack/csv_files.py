"""CSV statement files → raw rows: parsed by pyarrow (or pandas' C parser when blank
lines must keep their row numbers), text made NFC, a ragged row named.

pyarrow reads the text columns dictionary-encoded: a quote repeated on a thousand rows
is held once, and the raw frame holds it as a ``category`` (ids and bounds stay text).

Example:
    >>> read_csv(Path("t.csv"), b"source,quote\\nNA,None\\n")[["source_raw", "quote"]].values
    array([['NA', 'None']], dtype=object)
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from claimtrack._arrow import arrow, encode, is_arrow_text, is_categorical_text
from claimtrack.flat import columns_for, origins, warn_unnamed
from claimtrack.loaders import InputError, utf8

BLANK_LINE = re.compile(rb"\n\r?\n")
# Columns with a value per row, read as text: a dictionary of them would save nothing.
PLAIN = {"statement_id", "claim_index", "value_low", "value_best", "value_high"}


def read_csv(path: Path, data: bytes) -> pd.DataFrame:
    """A CSV file's rows; ``data`` is the file's UTF-8 bytes.

    Origins are ``file:row N``, N the spreadsheet row (header = row 1, blank lines
    counted as the spreadsheet counts them).

    Example:
        >>> read_csv(Path("t.csv"), b"source,quote\\nNA,None\\n")[["source_raw", "quote"]].values
        array([['NA', 'None']], dtype=object)
    """
    first = data[: data.find(b"\n") + 1 or len(data)].decode("utf-8-sig", errors="replace")
    header = next(csv.reader(io.StringIO(first)), [])
    names = columns_for(header, str(path))
    # Only empty cells are missing: NA, None, null and NaN are names and words.
    options = {"dtype": str, "keep_default_na": False, "na_values": [""]}
    try:
        if _blank_lines(data):  # the C parser keeps blank lines as rows, so row numbers stay true
            frame = pd.read_csv(
                io.BytesIO(data), engine="c", skip_blank_lines=False, index_col=False, **options
            )
            frame = frame[frame.notna().any(axis=1)]
        else:
            frame = _read_arrow(data, names)
    except (ValueError, pa.ArrowInvalid) as exc:
        utf8(path, data)
        _ragged_row(path, data, len(header))
        raise InputError(f"{path}: not a readable CSV: {str(exc).splitlines()[0]}") from None
    if not data.isascii():  # free to ask of bytes; most files are ASCII
        frame = _nfc(frame)
    unnamed = [i for i, h in enumerate(header) if not h.strip() and i < frame.shape[1]]
    if unnamed and frame.iloc[:, unnamed].notna().to_numpy().any():
        warn_unnamed(str(path), unnamed)
    return _named(frame, names, origins(f"{path}:row ", 2, frame.index))


def _blank_lines(data: bytes) -> bool:
    """Whether a line is empty (``\\n\\n`` or ``\\n\\r\\n``); ``re`` is twice ``bytes.find``."""
    return BLANK_LINE.search(data) is not None


def _read_arrow(data: bytes, names: list[str | None]) -> pd.DataFrame:
    """The cells as text, empty ones missing; repeated text as categories (pyarrow's dictionaries).

    The columns that are one value per row (ids, explicit bounds) are decoded to text.

    Example:
        >>> frame = _read_arrow(b"source,statement_id\\nFAMa,s1\\n", ["source_raw", "statement_id"])
        >>> [t.name for t in frame.dtypes]
        ['category', 'str']
    """
    convert = pacsv.ConvertOptions(
        default_column_type=pa.dictionary(pa.int32(), pa.string()),
        null_values=[""],
        strings_can_be_null=True,
    )
    table = pacsv.read_csv(io.BytesIO(data), convert_options=convert).unify_dictionaries()
    columns = {}
    for i, column in enumerate(table.columns):
        if i < len(names) and names[i] in PLAIN:
            columns[i] = pd.Series(pc.cast(column, pa.large_string()), dtype="str")
        else:
            columns[i] = column.to_pandas()
    frame = pd.DataFrame(columns)
    frame.columns = table.column_names
    return frame


def _nfc(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns in Unicode NFC; only columns with non-ASCII text are looked at twice.

    A category is composed once per category, not once per row.
    """
    for number, column in enumerate(frame.columns):
        values = frame.iloc[:, number]
        if is_categorical_text(values):
            frame.isetitem(number, _nfc_categories(values))
            continue
        if not is_arrow_text(values):
            continue
        array = pa.array(values.array)
        if len(array) == 0 or pc.all(pc.string_is_ascii(array)).as_py() is not False:
            continue
        composed = pc.utf8_normalize(array, "NFC")
        if not pc.all(pc.equal(array, composed)).as_py():
            frame[column] = pd.Series(composed, dtype=values.dtype, index=values.index)
    return frame


def _nfc_categories(values: pd.Series) -> pd.Series:
    """A category's categories in NFC; two that compose alike become one.

    Example:
        >>> decomposed = "Se\\u0301gou"
        >>> _nfc_categories(pd.Series([decomposed, "Ségou"], dtype="category")).cat.codes.tolist()
        [0, 0]
    """
    categories = arrow(pd.Series(values.cat.categories.astype("str")))
    if len(categories) == 0 or pc.all(pc.string_is_ascii(categories)).as_py():
        return values
    composed = pc.utf8_normalize(categories, "NFC")
    if pc.all(pc.equal(categories, composed)).as_py():
        return values
    code, unique = encode(pd.Series(pd.array(composed, dtype="str")))
    row = values.cat.codes.to_numpy()
    codes = np.where(row < 0, -1, code[row])
    dtype = pd.CategoricalDtype(pd.Index(pd.array(unique, dtype="str")))
    return pd.Series(pd.Categorical.from_codes(codes, dtype=dtype), index=values.index)


def _ragged_row(path: Path, data: bytes, width: int) -> None:
    """Raise for the first row whose number of cells differs from the header's."""
    text = io.StringIO(data.decode("utf-8-sig", errors="replace"), newline="")
    try:
        for number, record in enumerate(csv.reader(text), start=1):
            if record and len(record) != width:
                raise InputError(
                    f"{path}:row {number}: {len(record)} cells where the header has {width}; "
                    "put values that contain commas in double quotes"
                )
    except csv.Error as exc:
        raise InputError(f"{path}: not a readable CSV: {exc}") from None


def _named(frame: pd.DataFrame, names: list[str | None], origin: pd.Series) -> pd.DataFrame:
    keep = [i for i, n in enumerate(names) if n is not None]
    frame = frame.iloc[:, keep]
    frame.columns = [names[i] for i in keep]
    frame = frame.assign(origin=origin)  # same index: no copy, no alignment
    if "claim_index" not in frame:
        frame["claim_index"] = 0
    return frame.reset_index(drop=True)

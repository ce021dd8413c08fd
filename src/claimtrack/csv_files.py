"""CSV statement files → raw rows: parsed by pyarrow (or pandas' C parser when blank
lines must keep their row numbers), text made NFC, a ragged row named.

Example:
    >>> read_csv(Path("t.csv"), b"source,quote\\nNA,None\\n")[["source_raw", "quote"]].values
    array([['NA', 'None']], dtype=object)
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from claimtrack._arrow import is_arrow_text
from claimtrack.flat import columns_for, origins, warn_unnamed
from claimtrack.loaders import InputError, utf8

BLANK_LINE = re.compile(rb"\n\r?\n")


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
            frame = pd.read_csv(io.BytesIO(data), engine="pyarrow", **options)
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


def _nfc(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns in Unicode NFC; only columns with non-ASCII text are looked at twice."""
    for column in frame.columns:
        values = frame[column]
        if not is_arrow_text(values):
            continue
        array = pa.array(values.array)
        if len(array) == 0 or pc.all(pc.string_is_ascii(array)).as_py() is not False:
            continue
        composed = pc.utf8_normalize(array, "NFC")
        if not pc.all(pc.equal(array, composed)).as_py():
            frame[column] = pd.Series(composed, dtype=values.dtype, index=values.index)
    return frame


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

"""Figures and tables for briefs: PNG/SVG/PDF with a sourced caption, CSV and HTML.

Output is byte-stable (the same figure gives the same bytes: no software
version, no creation date, a fixed SVG hash salt) and written atomically (to a
temporary file, then renamed), so a failed export never corrupts an earlier one.

Example:
    >>> import tempfile, claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> fig = ct.charts.place_matrix(tidy)
    >>> paths = export_figure(fig, tempfile.mkdtemp() + "/towns", caption=figure_caption(tidy))
    >>> sorted(paths)
    ['pdf', 'png', 'svg', 'txt']
"""

from __future__ import annotations

import datetime as dt
import html
import pickle
import re
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

from claimtrack.project import write_atomic
from claimtrack.vocabulary import NON_PARTY_SIDES

# Text stays text (editable, searchable) and output does not change between runs.
EXPORT_RC = {
    "svg.fonttype": "none",
    "pdf.fonttype": 42,
    "ps.fonttype": 42,
    "svg.hashsalt": "claimtrack",
}
CAPTION_SIZE = 5.5
# A spreadsheet reads a cell starting with one of these as a formula (OWASP CSV injection).
# Leading quotes are counted too, so that neutralizing is undone exactly on reading back.
FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")


def figure_caption(tidy: pd.DataFrame, compiled: dt.date | str | None = None) -> str:
    """ "Sources: <name> (<channels>); …. Reported by <outlets>. Compiled <date>." from the
    tidy frame.

    Parties first, then independent sources, each in order of first appearance;
    ``compiled`` defaults to today.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> figure_caption(tidy, compiled="2026-11-24")[:73]
        'Sources: Malian Armed Forces (FAMa) (video bulletin, official statement);'
    """
    if tidy is None or len(tidy) == 0:
        raise ValueError("No claims: a caption names the sources of a non-empty tidy frame.")
    compiled = compiled or dt.date.today()
    if isinstance(compiled, dt.date):
        compiled = compiled.isoformat()
    pairs = tidy[["source", "source_name", "side", "channel"]].drop_duplicates()
    pairs = pairs.assign(_independent=pairs["side"].isin(NON_PARTY_SIDES))
    first = {s: i for i, s in enumerate(pairs["source"].drop_duplicates())}
    pairs = pairs.assign(_first=pairs["source"].map(first)).sort_values(
        ["_independent", "_first"], kind="stable"
    )
    from claimtrack.charts import shorten

    parts = []
    for (_, name), group in pairs.groupby(["_first", "source_name"], sort=False):
        # A caption is read under a figure: names are cut as in the figure (tables keep them).
        name = shorten(name)
        channels = [shorten(c) for c in group["channel"].dropna().drop_duplicates() if c]
        parts.append(f"{name} ({', '.join(channels)})" if channels else name)
    return f"Sources: {'; '.join(parts)}. {_outlets(tidy)}Compiled {compiled}."


def _outlets(tidy: pd.DataFrame, limit: int = 6) -> str:
    """ "Reported by <outlet>; <outlet>. ": the documents' outlets (a count past ``limit``)."""
    outlets = list(dict.fromkeys(o for o in tidy["outlet"].dropna().astype(str) if o))
    if not outlets:
        return ""
    if len(outlets) > limit:
        return f"Reported by {len(outlets)} outlets, listed under Sources. "
    return f"Reported by {'; '.join(outlets)}. "


def _metadata(fmt: str, title: str | None, caption: str | None) -> dict:
    if fmt == "png":
        meta = {"Software": None, "Title": title, "Description": caption}
    elif fmt == "svg":
        meta = {"Date": None, "Title": title, "Description": caption}
    elif fmt == "pdf":
        meta = {
            "Creator": None,
            "Producer": None,
            "CreationDate": None,
            "Title": title,
            "Subject": caption,
        }
    else:
        meta = {}
    # Only the None values that switch a default off are kept; absent title/caption: no key.
    keep_none = {"Software", "Date", "Creator", "Producer", "CreationDate"}
    return {k: v for k, v in meta.items() if v is not None or k in keep_none}


def _caption_band(fig, caption: str) -> tuple[object, float]:
    """Draw the caption at the bottom, wrapped to the figure width; return it and its height."""
    width_in = fig.get_figwidth()
    # ~0.6 em per character at CAPTION_SIZE points (DejaVu Sans, mixed case and
    # punctuation; 0.52 let long lines run off the right edge): wrap to the figure's width.
    chars = max(20, int(width_in * 72 / (CAPTION_SIZE * 0.6)))
    from claimtrack.charts import plain_text

    # Drawn as plain text: no mathtext from a "$" in a source name, no missing glyphs.
    wrapped = plain_text(caption, limit=None, width=chars, lines=None)
    text = fig.text(
        0.01, 0.006, wrapped, ha="left", va="bottom", fontsize=CAPTION_SIZE, color="#404040"
    )
    lines = wrapped.count("\n") + 1
    band = (lines * CAPTION_SIZE * 1.25 + 6) / 72 / fig.get_figheight()
    return text, min(band, 0.4)


@contextmanager
def _undo(fig, original, engine):
    """Exporting the caller's own figure (no copy): remove the caption, restore the layout."""
    if fig is not original:
        yield
        return
    texts = list(fig.texts)
    rect = engine.get().get("rect") if engine is not None else None
    try:
        yield
    finally:
        for t in fig.texts[len(texts) :]:
            t.remove()
        if rect is not None:
            engine.set(rect=rect)


_SVG_CLIP = re.compile(r"(?<=url\(#)p[0-9a-f]{10}(?=\))|(?<=id=\")p[0-9a-f]{10}(?=\")")


def _number_svg_clips(path: Path) -> None:
    """Clip ids numbered in order of use: matplotlib hashes them from the clip box's floats,
    which a layout run again moves by float noise (1e-14), so the bytes would change."""
    text = path.read_text(encoding="utf-8")
    ids: dict[str, str] = {}
    path.write_text(
        _SVG_CLIP.sub(lambda m: ids.setdefault(m.group(0), f"clip{len(ids) + 1}"), text),
        encoding="utf-8",
    )


def export_figure(
    fig,
    stem: str | Path,
    formats: Iterable[str] = ("png", "svg", "pdf"),
    dpi: int = 300,
    caption: str | None = None,
    title: str | None = None,
    alt: str | None = None,
) -> dict[str, Path]:
    """Save ``fig`` as ``stem.<format>`` for each format, plus ``stem.txt`` (alt text).

    The alt text is ``alt`` (what the figure shows, e.g. from
    :func:`claimtrack.charts.alt.describe`) followed by the caption (the sources line).

    The caption (e.g. ``figure_caption(tidy)``) is drawn in a band at the bottom,
    reserved in the layout (constrained layout ignores ``fig.text``), and stored,
    with the title, in each format's metadata (PNG Title/Description, SVG
    Title/Description, PDF Title/Subject). The title is metadata only: the brief's
    figure heading carries it. ``fig`` itself is not changed (a copy is saved).
    Returns the paths by format.

    Example:
        >>> import tempfile, claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> fig = ct.charts.places_plot(tidy)
        >>> p = export_figure(fig, tempfile.mkdtemp() + "/map", formats=["png"], caption="x")
        >>> p["png"].suffix
        '.png'
    """
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from claimtrack.charts import STYLE

    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    formats = list(formats)
    unknown = set(formats) - set(fig.canvas.get_supported_filetypes())
    if unknown:
        raise ValueError(f"Unknown figure format(s) {sorted(unknown)}; use png, svg or pdf.")
    # Work on a copy: the caller's figure is never changed, and every export starts from
    # the same state. Laying out a figure again moves things by float noise, and SVG clip
    # ids hash those floats: exporting the figure itself twice would not be byte-identical.
    original = fig
    try:
        fig = pickle.loads(pickle.dumps(fig))
        FigureCanvasAgg(fig)
    except (pickle.PicklingError, TypeError, AttributeError):
        fig = original  # e.g. a lambda formatter: save the figure itself, then undo
    engine = fig.get_layout_engine()
    old_rect = engine.get().get("rect") if engine is not None else None
    paths: dict[str, Path] = {}
    with plt.style.context(STYLE), plt.rc_context(EXPORT_RC), _undo(fig, original, engine):
        if caption:
            _, band = _caption_band(fig, caption)
            if old_rect is not None:
                left, bottom, width, height = old_rect
                engine.set(rect=(left, max(bottom, band), width, height - max(0, band - bottom)))
        for fmt in formats:
            path = stem.with_suffix(f".{fmt}")
            extra = {} if engine is not None else {"bbox_inches": "tight"}

            def save(tmp: str, fmt: str = fmt, extra: dict = extra) -> None:
                fig.savefig(
                    tmp, format=fmt, dpi=dpi, metadata=_metadata(fmt, title, caption), **extra
                )
                if fmt == "svg":
                    _number_svg_clips(Path(tmp))

            write_atomic(path, save)
            paths[fmt] = path
    alt = " ".join(t for t in (alt, caption) if t) or title or ""
    txt = stem.with_suffix(".txt")
    write_atomic(txt, lambda tmp: Path(tmp).write_text(alt + "\n", encoding="utf-8"))
    paths["txt"] = txt
    return paths


def export_table(df: pd.DataFrame, stem: str | Path, caption: str | None = None) -> dict[str, Path]:
    """Save a table as ``stem.csv`` and ``stem.html`` (a small styled, escaped HTML table).

    Cell text is escaped: quotes come from third parties and are untrusted. The CSV
    goes through :func:`write_csv` (formulas neutralized).

    Example:
        >>> import tempfile, claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> d = ct.compare(tidy)["discrepancies"]
        >>> sorted(export_table(d, tempfile.mkdtemp() + "/discrepancies"))
        ['csv', 'html']
    """
    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    csv = write_csv(df, stem.with_suffix(".csv"))
    body = df.to_html(index=False, escape=True, na_rep="", border=0, classes="claimtrack")
    if caption:
        # pandas has no caption argument: put one right after the opening <table ...> tag.
        opening = body.index(">", body.index("<table")) + 1
        body = body[:opening] + f"<caption>{html.escape(caption)}</caption>" + body[opening:]
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(stem.name)}</title>
<style>
table.claimtrack {{ border-collapse: collapse; font: 12px/1.4 system-ui, sans-serif; }}
table.claimtrack th {{ text-align: left; border-bottom: 2px solid #444; padding: 3px 8px; }}
table.claimtrack td {{ border-bottom: 1px solid #ddd; padding: 3px 8px; vertical-align: top; }}
table.claimtrack tr:nth-child(even) td {{ background: #f6f6f6; }}
table.claimtrack caption {{ caption-side: bottom; text-align: left; color: #555; }}
</style></head>
<body>
{body}
</body></html>
"""
    out = stem.with_suffix(".html")
    write_atomic(out, lambda tmp: Path(tmp).write_text(page, encoding="utf-8"))
    return {"csv": csv, "html": out}


def _map_text(column: pd.Series, change) -> pd.Series:
    """``change`` applied to the text values of a column, once per distinct value."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        categories = column.cat.categories
        return column.cat.rename_categories(
            [change(v) if isinstance(v, str) else v for v in categories]
        )
    if not (pd.api.types.is_string_dtype(column) or pd.api.types.is_object_dtype(column)):
        return column  # numbers, dates, booleans: never a formula, a negative number stays one
    codes, uniques = pd.factorize(column)
    changed = np.array([change(v) if isinstance(v, str) else v for v in uniques], dtype=object)
    hit = np.fromiter((new != old for new, old in zip(changed, uniques, strict=True)), bool)
    if not hit.any():
        return column
    rows = codes >= 0
    rows[rows] = hit[codes[rows]]
    out = column.copy()
    out[rows] = changed[codes[rows]]
    return out


def _quote(text: str) -> str:
    return "'" + text if FORMULA_START.match(text) else text


def _unquote(text: str) -> str:
    return text[1:] if text.startswith("'") and FORMULA_START.match(text[1:]) else text


def neutralize_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` safe to open in a spreadsheet: text starting ``= + - @``, tab or CR
    (after any leading quotes) gets a ``'`` in front, headers included (OWASP's rule).

    Numbers are left alone (``-5`` stays a number); :func:`restore_formulas` undoes it.

    Example:
        >>> df = pd.DataFrame({"source": ["=HYPERLINK(1)", "army", "'=x"], "n": [-5, 1, 2]})
        >>> neutralize_formulas(df)["source"].tolist(), neutralize_formulas(df)["n"].tolist()
        (["'=HYPERLINK(1)", 'army', "''=x"], [-5, 1, 2])
    """
    out = df.rename(columns=lambda c: _quote(c) if isinstance(c, str) else c)
    return out.apply(lambda column: _map_text(column, _quote)) if len(out.columns) else out


def restore_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Undo :func:`neutralize_formulas` on a table read back from CSV.

    Example:
        >>> df = pd.DataFrame({"q": ["=1+1", "'=x", "'plain", "+3"]})
        >>> restore_formulas(neutralize_formulas(df)).equals(df)
        True
    """
    out = df.rename(columns=lambda c: _unquote(c) if isinstance(c, str) else c)
    return out.apply(lambda column: _map_text(column, _unquote)) if len(out.columns) else out


def write_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write ``df`` as a UTF-8 CSV (no index, ``\\n`` line ends) atomically, formulas neutralized.

    Every CSV claimtrack writes goes through here: analysts open them in Excel.

    Example:
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "t.csv"
        >>> write_csv(pd.DataFrame({"a": ["@SUM(A1)", "x"]}), path).read_text()
        "a\\n'@SUM(A1)\\nx\\n"
    """
    safe = neutralize_formulas(df)
    return write_atomic(path, lambda tmp: safe.to_csv(tmp, index=False, lineterminator="\n"))

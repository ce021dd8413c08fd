"""Showing things in a notebook: the display set-up, tables for reading, figures shown and
exported with their caption.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from claimtrack.briefing.text import counted, escape_text
from claimtrack.manifest import Run


def in_jupyterlab() -> bool:
    """Whether this kernel serves a person in JupyterLab (jupyter_server names the session).

    Kernels that papermill starts for a report have no session: their tables stay plain
    HTML in the notebook, and the report's HTML makes them explorable
    (:func:`claimtrack.reports.html.explorable_tables`).

    Example:
        >>> isinstance(in_jupyterlab(), bool)
        True
    """
    return bool(os.environ.get("JPY_SESSION_NAME"))


def notebook_display() -> None:
    """pandas display options for reports: whole quotes (no "…" cut), every row of a brief;
    in JupyterLab, itables (offline: nothing loaded from outside) for explorable tables.

    Example:
        >>> notebook_display(); pd.get_option("display.max_colwidth") is None
        True
    """
    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.max_rows", 500)
    pd.set_option("display.max_columns", 50)
    if in_jupyterlab():
        import itables

        itables.init_notebook_mode(all_interactive=False, connected=False)


def table(df: pd.DataFrame, empty: str = "Nothing to show.") -> Any:
    """A DataFrame for reading in a report: no index column, blanks for missing values, figures
    without trailing ``.0``; every cell HTML-escaped (quotes are untrusted text).

    Example:
        >>> "<td>80</td>" in table(pd.DataFrame({"n": [80.0]})).data
        True
    """
    from IPython.display import HTML, Markdown

    if df.empty:  # a header row over nothing reads like a bug
        return Markdown(f"*{escape_text(empty)}*" if empty else "")

    def number(value: float) -> str:
        return f"{value:,.4g}" if abs(value) < 1e4 else f"{value:,.0f}"

    shown = df.copy()
    if "side" in shown.columns:  # a reader sees names, never ids (the CSV keeps the ids)
        shown["side"] = shown["side"].map(_side_names)
    for column in shown.columns:
        if not pd.api.types.is_float_dtype(shown[column]):  # <NA>, None → blank
            shown[column] = shown[column].astype(object).where(shown[column].notna(), "")
    if in_jupyterlab():  # searchable, sortable; itables escapes the cells (allow_html off)
        import itables

        text = shown.apply(
            lambda c: (
                c.map(lambda v: "" if pd.isna(v) else number(v))
                if pd.api.types.is_float_dtype(c)
                else c
            )
        )
        return HTML(itables.to_html_datatable(text, showIndex=False, order=[], connected=False))
    return HTML(shown.to_html(index=False, na_rep="", escape=True, border=0, float_format=number))


def _side_names(sides: object) -> object:
    from claimtrack.reference import side_name

    if not isinstance(sides, str):
        return sides
    return ", ".join(side_name(s) for s in sides.split(", "))


def titled(markdown: str, title: str) -> Any:
    """Markdown output carrying the report's title in its metadata: the HTML ``<title>``.

    Example:
        >>> titled("## Coordinated attacks", "Coordinated attacks").metadata
        {'claimtrack': {'title': 'Coordinated attacks'}}
    """
    from IPython.display import Markdown

    return Markdown(markdown, metadata={"claimtrack": {"title": title}})


def save_table(df: pd.DataFrame, output_dir: str | Path, stem: str) -> Path:
    """Write a table as ``<output_dir>/tables/<stem>.csv`` (UTF-8, no index) and return its path.

    Written by :func:`claimtrack.export.write_csv`: atomically, formulas neutralized.

    Example:
        >>> import tempfile
        >>> save_table(pd.DataFrame({"a": [1]}), tempfile.mkdtemp(), "t").name
        't.csv'
    """
    from claimtrack.export import write_csv

    folder = Path(output_dir) / "tables"
    folder.mkdir(parents=True, exist_ok=True)
    return write_csv(df, folder / f"{stem}.csv")


def export_figure(
    fig: Any,
    output_dir: str | Path,
    stem: str,
    *,
    formats: Iterable[str] = ("png", "svg", "pdf"),
    dpi: int = 200,
    caption: str | None = None,
    alt: str | None = None,
) -> dict[str, Path]:
    """Export a figure to ``<output_dir>/figures/<stem>.<fmt>`` (+ alt text file), then close it.

    Closing matters: in JupyterLab the inline backend would otherwise draw the
    figure a second time at the end of the cell, and a long schedule would keep
    every figure in memory.

    Example:
        >>> import matplotlib.pyplot as plt, tempfile
        >>> fig, ax = plt.subplots()
        >>> sorted(export_figure(fig, tempfile.mkdtemp(), "f", formats=["png"]))
        ['png', 'txt']
    """
    import matplotlib.pyplot as plt

    from claimtrack.charts import GLYPH_WARNING
    from claimtrack.export import export_figure as export

    folder = Path(output_dir) / "figures"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with warnings.catch_warnings():  # drawn again when saved: keep glyph noise out
            warnings.filterwarnings("ignore", GLYPH_WARNING)
            return export(
                fig, folder / stem, formats=tuple(formats), dpi=dpi, caption=caption, alt=alt
            )
    finally:
        plt.close(fig)


def short_caption(tidy: pd.DataFrame, limit: int = 400) -> str:
    """The figure caption naming every source, or, when that runs over ``limit``
    characters (an overview of many incidents), how many sources and incidents.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> short_caption(tidy).startswith("Sources: Malian Armed Forces (FAMa)")
        True
        >>> short_caption(tidy, limit=50)[:49]
        'Sources: 4 sources in 1 incident, named in each b'
    """
    from claimtrack.export import figure_caption

    caption = figure_caption(tidy)
    if len(caption) <= limit:
        return caption
    compiled = caption.rsplit(" Compiled ", 1)[-1]
    return (
        f"Sources: {counted(tidy['source'].nunique(), 'source')} in "
        f"{counted(tidy['incident_id'].nunique(), 'incident')}, named in each brief and in "
        f"the tables. Compiled {compiled}"
    )


def show_figure(
    run: Run,
    chart: Any,
    *args: Any,
    stem: str,
    caption: str | None = None,
    **kwargs: Any,
) -> Any:
    """Draw ``chart(*args, **kwargs)``, export it into the run's folder, return what to show.

    Returns the exported PNG (so the report shows exactly the brief's figure) with its alt
    text (what the figure shows, :func:`claimtrack.charts.alt.describe`, then the caption)
    in the output's metadata, where the HTML export reads it; or a
    Markdown sentence when the chart says there is nothing to plot (one date for a
    timeline, no places): a report on little data still runs to the end. Exported in
    the run's formats and dpi; the files written are recorded in ``run.figures`` under
    ``stem``, for the manifest.

    Example:
        >>> import tempfile, claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> run = Run.start("x", tempfile.mkdtemp(), {}, formats=["png"])
        >>> shown = show_figure(run, ct.charts.claims_timeline, tidy, stem="timeline")
        >>> type(shown).__name__, run.figures
        ('Markdown', {})
    """
    from IPython.display import Image, Markdown

    from claimtrack.charts import NothingToPlot
    from claimtrack.charts.alt import describe

    try:
        fig = chart(*args, **kwargs)
    except NothingToPlot as reason:
        return Markdown(f"*No figure: {escape_text(reason)}*")
    alt = describe(chart, *args, **kwargs)
    files = export_figure(
        fig, run.folder, stem, formats=run.formats, dpi=run.dpi, caption=caption, alt=alt
    )
    run.figures[stem] = files
    if "png" in files:
        text = " ".join(t for t in (alt, caption) if t)
        return Image(filename=str(files["png"]), width=900, alt=text)
    return Markdown(f"*{escape_text(stem)}: exported as {', '.join(sorted(files))}*")

"""The explorer notebook's logic: what each picker offers and what a choice shows.

``notebooks/explore.ipynb`` only wires ipywidgets to these functions. Each view takes
the tidy frame (or the comparison result) and one choice (an incident, a pair of
sources, a status) and returns a :class:`View`: a Markdown header, tables and figures,
so that the views are tested without a widget and show the same in a headless run.

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> result = ct.compare(tidy)
    >>> view = incident_view(tidy, result, "mali-2025-07-01-coordinated-attacks")
    >>> list(view.tables), list(view.figures)
    (['discrepancies', 'measures'], ['range_plot', 'places_plot'])
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import pandas as pd
from matplotlib.figure import Figure

from claimtrack import charts
from claimtrack.briefing.selection import resolve_source, select_incident, source_choices
from claimtrack.briefing.text import counted, escape_text, incident_header
from claimtrack.comparison import views
from claimtrack.vocabulary import STATUSES


@dataclass
class View:
    """What one choice shows: a Markdown header, tables and figures by name, and notes
    (a figure that has nothing to draw says why instead)."""

    header: str
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    figures: dict[str, Figure] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _figure(view: View, name: str, chart: Callable[..., Figure], *args, **kwargs) -> None:
    """Draw ``chart`` into ``view``; a chart with nothing to draw leaves its reason instead."""
    try:
        view.figures[name] = chart(*args, **kwargs)
    except charts.NothingToPlot as exc:
        view.notes.append(f"{name.replace('_', ' ')}: {exc}")


def incident_options(tidy: pd.DataFrame) -> list[tuple[str, str]]:
    """(label, incident id) per incident, by date then id: what the incident picker lists.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> incident_options(tidy)[0][0]
        '2025-07-01 · mali-2025-07-01-coordinated-attacks'
    """
    firsts = tidy.drop_duplicates("incident_id").sort_values(["incident_date", "incident_id"])
    dates = firsts["incident_date"].dt.strftime("%Y-%m-%d").fillna("no date")
    return [(f"{d} · {i}", i) for d, i in zip(dates, firsts["incident_id"], strict=True)]


def pair_options(result: Mapping[str, pd.DataFrame]) -> list[tuple[str, tuple[str, str]]]:
    """(label, (source a, source b)) per pair of sources that speak to a common measure,
    most shared measures first: what the source-pair picker lists.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> pair_options(ct.compare(tidy))[0][1]
        ('local_politician', 'fama')
    """
    pairs = result["source_pairs"]
    if pairs.empty:
        return []
    counts = (
        pairs.groupby(["source_a", "source_b"], observed=True)
        .agg(
            n=("measure_id", "nunique"), a=("source_name_a", "first"), b=("source_name_b", "first")
        )
        .reset_index()
        .sort_values(["n", "source_a", "source_b"], ascending=[False, True, True])
    )
    return [
        (f"{r.a} · {r.b} ({counted(r.n, 'measure')})", (r.source_a, r.source_b))
        for r in counts.itertuples()
    ]


def default_incident(options: list[tuple[str, str]], wanted: str = "") -> str:
    """The incident the picker starts on: ``wanted`` if listed, else the first; refused if
    ``wanted`` is not among the options.

    Example:
        >>> default_incident([("2025-07-01 · a", "a"), ("2025-08-01 · b", "b")])
        'a'
    """
    ids = [value for _, value in options]
    if wanted and wanted not in ids:
        raise ValueError(f"incident_id {wanted!r} is not in the statements; they hold: {ids}")
    return wanted or ids[0]


def default_pair(
    tidy: pd.DataFrame, options: list[tuple[str, tuple[str, str]]], a: str = "", b: str = ""
) -> tuple[str, str] | None:
    """The pair the source picker starts on: ``a`` and ``b`` (ids or names, either order)
    if they share a measure, else the first option (``None`` when there is none).

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> options = pair_options(ct.compare(tidy))
        >>> default_pair(tidy, options, "fama", "Local politician")
        ('local_politician', 'fama')
    """
    values = [value for _, value in options]
    if not (a or b):
        return values[0] if values else None
    ids = (resolve_source(tidy, a), resolve_source(tidy, b))
    for pair in (ids, ids[::-1]):
        if pair in values:
            return pair
    raise ValueError(f"{ids[0]} and {ids[1]} speak to no common measure; pairs: {values}")


def status_options(result: Mapping[str, pd.DataFrame]) -> list[tuple[str, str]]:
    """(label, status) per status in the vocabulary's order, with its count of measures.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> status_options(ct.compare(tidy))[2]
        ('unanswered (18 measures)', 'unanswered')
    """
    counts = result["discrepancies"]["status"].astype(str).value_counts()
    return [(f"{s} ({counted(int(counts.get(s, 0)), 'measure')})", s) for s in STATUSES]


def incident_view(tidy: pd.DataFrame, result: Mapping[str, pd.DataFrame], incident_id: str) -> View:
    """One incident: its header, discrepancies and measures, range plot and map.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> v = incident_view(tidy, ct.compare(tidy), "mali-2025-07-01-coordinated-attacks")
        >>> v.tables["discrepancies"]["status"].iloc[0]
        'corroborated'
    """
    rows = select_incident(tidy, incident_id)
    mine = {k: v[v["incident_id"] == incident_id] for k, v in result.items()}
    view = View(incident_header(rows))
    view.tables["discrepancies"] = views.discrepancy_table(mine)
    view.tables["measures"] = views.measures_table(mine)
    _figure(view, "range_plot", charts.range_plot, mine["measures"])
    _figure(view, "places_plot", charts.places_plot, rows)
    return view


def pair_view(tidy: pd.DataFrame, result: Mapping[str, pd.DataFrame], a: str, b: str) -> View:
    """Two sources side by side: figures both give (with the ratio plot) and places.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> v = pair_view(tidy, ct.compare(tidy), "fama", "local_politician")
        >>> list(v.tables)
        ['side_by_side', 'places']
    """
    names = source_choices(tidy).set_index("source")["source_name"]
    view = View(f"**{escape_text(names.get(a, a))}** and **{escape_text(names.get(b, b))}**")
    pairs = views.side_by_side(result, a, b)
    view.tables["side_by_side"] = views.name_sources(pairs, a, b)
    view.tables["places"] = views.name_sources(views.places_side_by_side(tidy, a, b), a, b)
    _figure(view, "ratio_plot", charts.ratio_plot, pairs, a, b)
    return view


def status_view(result: Mapping[str, pd.DataFrame], status: str) -> View:
    """Every measure with ``status``, across incidents, with the overview figure.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> len(status_view(ct.compare(tidy), "unanswered").tables["measures"])
        18
    """
    if status not in STATUSES:
        raise ValueError(f"status {status!r}: expected one of {', '.join(STATUSES)}")
    d = result["discrepancies"]
    chosen = d[d["status"].astype(str) == status]
    parts = [
        views.discrepancy_table({"discrepancies": part}).assign(incident_id=incident)
        for incident, part in chosen.groupby("incident_id", observed=True, sort=True)
    ]
    columns = ["incident_id", *views.discrepancy_table({"discrepancies": d.head(0)}).columns]
    table = pd.concat(parts, ignore_index=True)[columns] if parts else pd.DataFrame(columns=columns)
    view = View(escape_text(f"{counted(len(table), 'measure')} {status}"))
    view.tables["measures"] = table
    _figure(view, "discrepancy_overview", charts.discrepancy_overview, result["discrepancies"])
    return view


def figure_png(fig: Figure, dpi: int = 150) -> bytes:
    """A figure as PNG bytes, drawn in memory (nothing written, no pyplot).

    Example:
        >>> from claimtrack.charts.base import new_figure
        >>> figure_png(new_figure(1.0))[:4]
        b'\\x89PNG'
    """
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return buffer.getvalue()


def show(view: View) -> None:
    """Display a view in the notebook (or in the widget output it runs under).

    Example:
        >>> show(View("**nothing**", notes=["no figure"]))
        <IPython.core.display.Markdown object>
        <IPython.core.display.Markdown object>
    """
    from IPython.display import Image, Markdown, display

    from claimtrack.briefing.display import table

    display(Markdown(view.header))
    for name, frame in view.tables.items():
        display(Markdown(f"**{name.replace('_', ' ')}**"))
        display(table(frame))
    for fig in view.figures.values():
        display(Image(data=figure_png(fig), format="png", width=520))
    if view.notes:
        display(Markdown("\n".join(f"- *{escape_text(n)}*" for n in view.notes)))

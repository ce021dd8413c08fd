"""Who names which place: the source × place matrix and the map of the places.

Both accept the tidy frame or, better, the place sets ``compare`` already made
(``result["place_sets"]``) with ``sides=tidy["side"]``, so nothing is computed twice.

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> sets = ct.compare(tidy)["place_sets"]
    >>> [ax.get_title("left") for ax in ct.charts.place_matrix(sets, sides=tidy["side"]).axes]
    ['attacked', 'shelling']
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd
from adjustText import adjust_text
from matplotlib import patheffects
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import Bbox, ScaledTranslation

from claimtrack import schema
from claimtrack.charts.base import NothingToPlot, new_figure, one_incident
from claimtrack.charts.basemap import draw_countries, name_countries
from claimtrack.charts.style import MUTED, PALETTE, SIDE_FIXED, side_styles, styled
from claimtrack.charts.text import plain_text, wrap
from claimtrack.comparison.places import place_sets
from claimtrack.reference import read_table
from claimtrack.vocabulary import CLAIM_TYPES

# adjustText stops after a second by default: a step count instead keeps figures byte-stable.
ADJUST_STEPS = 150


def _as_place_sets(tidy_or_place_sets: pd.DataFrame) -> pd.DataFrame:
    if len(tidy_or_place_sets) and "claim_id" in tidy_or_place_sets.columns:
        return place_sets(tidy_or_place_sets)
    return tidy_or_place_sets


def _incident_sides(
    given: pd.DataFrame, drawn: pd.DataFrame, sides: Iterable[str] | None
) -> list[str]:
    """Every side of the incidents drawn, so a party keeps its colour in every chart.

    A party that names no place still takes its slot: the range plot of the same
    incident colours the parties by the same sorted order. Place sets hold only the
    sides that name a place: ``sides`` (the tidy frame's) gives the others.
    """
    if sides is not None:
        return list(pd.Series(list(sides), dtype=object).dropna().unique())
    incidents = set(drawn["incident_id"]) if "incident_id" in drawn else set()
    frame = given[given["incident_id"].isin(incidents)] if "incident_id" in given else given
    return list(frame["side"].dropna().unique())


@styled
def place_matrix(
    tidy_or_place_sets: pd.DataFrame,
    incident_id: str | None = None,
    claim_types: Iterable[str] = CLAIM_TYPES,
    sides: Iterable[str] | None = None,
) -> Figure:
    """Who names which place: sources × places, one panel per claim type naming places.

    Spelling variants are one column (the gazetteer's name); where a source wrote
    the place differently, its spelling is printed under the marker. The first
    argument is the tidy frame or its place sets (``compare(tidy)["place_sets"]``).
    ``sides``: every side of the incident (``tidy["side"]``), when place sets are given,
    so a party that names no place keeps its colour; by default the frame's own sides.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> fig = place_matrix(tidy)
        >>> [ax.get_title("left") for ax in fig.axes]
        ['attacked', 'shelling']
    """
    sets = one_incident(_as_place_sets(tidy_or_place_sets), incident_id, "place sets")
    sets = sets[sets["claim_type"].isin(list(claim_types))]
    if sets.empty:
        raise NothingToPlot("No claims with places to draw.")
    order = (
        sets.groupby("place")
        .agg(n=("source", "nunique"), name=("location", "first"))
        .sort_values(["n", "name"], ascending=[False, True])
    )
    col = {p: i for i, p in enumerate(order.index)}
    types = [t for t in CLAIM_TYPES if t in set(sets["claim_type"])]
    styles = side_styles(_incident_sides(tidy_or_place_sets, sets, sides))
    n_rows = [sets.loc[sets["claim_type"] == t, "source"].nunique() for t in types]
    fig = new_figure(0.75 + 0.36 * sum(n_rows) + 0.25 * len(types))
    axes = fig.subplots(
        len(types), 1, sharex=True, squeeze=False, gridspec_kw={"height_ratios": n_rows}
    )
    for ax, claim_type in zip(axes[:, 0], types, strict=True):
        part = sets[sets["claim_type"] == claim_type].sort_values(["side", "source"])
        rows = list(dict.fromkeys(part["source"]))
        names = part.drop_duplicates("source").set_index("source")["source_name"]
        for _, r in part.iterrows():
            x, y = col[r["place"]], rows.index(r["source"])
            color, marker = styles[r["side"]]
            ax.plot(x, y, marker=marker, color=color, ms=6, ls="")
            variants = [s for s in r["spellings"].split("; ") if s != r["location"]]
            if variants:
                ax.annotate(
                    wrap("; ".join(variants), 9),
                    (x, y),
                    xytext=(0, -5),
                    textcoords="offset points",
                    ha="center",
                    va="top",
                    fontsize=5,
                    style="italic",
                    color=MUTED,
                )
        ax.set_yticks(range(len(rows)), [wrap(names[s], 16) for s in rows])
        # Room under the last row for a two-line spelling ("Nioro du / Sahel").
        ax.set_ylim(len(rows) - 0.05, -0.6)
        ax.set_title(claim_type)
        ax.grid(True, axis="both", color="#eeeeee")
    last = axes[-1, 0]
    last.set_xticks(range(len(col)), order["name"].tolist(), rotation=40, ha="right")
    last.set_xlim(-0.6, len(col) - 0.4)
    fig.text(0.99, 0.995, "italic: spelling as written", ha="right", va="top", fontsize=5.5,
             color=MUTED, style="italic")  # fmt: skip
    return fig


@styled
def places_plot(
    tidy: pd.DataFrame,
    incident_id: str | None = None,
    claim_types: Iterable[str] = CLAIM_TYPES,
    sides: Iterable[str] | None = None,
) -> Figure:
    """The places claims name on a map of their countries, sized by how many sources name them.

    Every claim type counts (casualties, seizures, attacks, control …). Country outlines
    and borders are Natural Earth's, shipped with the package: no tiles, nothing
    downloaded. Places named by an independent source are drawn in the independent
    colour; those named by one side only in that side's colour; those named by several
    sides (none independent) in grey diamonds. A dashed ring marks approximate
    coordinates: a place known only to its district or region (the gazetteer's
    precision), or, from the tidy frame, a place every source's spelling matched only
    fuzzily. Labels are placed by adjustText so that none covers a marker; places without
    coordinates are listed under the map. ``tidy`` may be the place sets already made
    (``compare(tidy)["place_sets"]``): their precision is then read from the places
    reference table. ``sides``: every side of the incident (``tidy["side"]``), when place
    sets are given, so a party that names no place keeps its colour.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> fig = places_plot(tidy)
        >>> any("Gogui" in t.get_text() for t in fig.axes[0].texts)
        True
    """
    sets = one_incident(_as_place_sets(tidy), incident_id, "tidy")
    sets = sets[sets["claim_type"].isin(list(claim_types))]
    if sets.empty:
        raise NothingToPlot("No claims with places to draw.")
    styles = side_styles(_incident_sides(tidy, sets, sides))
    places = _places(sets).join(_approximate(tidy, sets))
    placed = places.dropna(subset=["lat", "lon"])
    missing = places[places["lat"].isna() | places["lon"].isna()]
    if placed.empty:
        raise NothingToPlot("None of the places named has coordinates: nothing to place.")
    bounds = _view(placed)
    # As tall as the map's box at its latitude (within bounds), plus the legend under it.
    wide = (bounds[2] - bounds[0]) * np.cos(np.radians(float(placed["lat"].mean())))
    fig = new_figure(float(np.clip(2.8 * (bounds[3] - bounds[1]) / wide, 1.4, 2.8)) + 0.9)
    ax = fig.subplots()
    countries = draw_countries(ax, bounds, placed[["lon", "lat"]].to_numpy())
    for named, group in placed.groupby("named", sort=True):
        # Several sides: the neutral grey with a filled marker (the "x" takes no edge).
        c, marker = styles.get(named, SIDE_FIXED["unknown"]) if named else (PALETTE[7], "D")
        label = (
            "named by an independent source" if named == "independent"
            else f"named by {named.replace('_', ' ')} only" if named
            else "named by several sides"
        )  # fmt: skip
        ax.scatter(group["lon"], group["lat"], s=_size(group["n"]), c=c, marker=marker,
                   edgecolor="white", linewidth=0.5, zorder=3, label=label)  # fmt: skip
    rough = placed[placed["approximate"]]
    if len(rough):
        ax.scatter(rough["lon"], rough["lat"], s=_ring(_size(rough["n"])), marker="o",
                   facecolor="none", edgecolor=MUTED, linewidth=0.6, linestyle=(0, (2, 1.5)),
                   zorder=2.9, label="approximate coordinates")  # fmt: skip
    _frame(ax, bounds, float(placed["lat"].mean()))
    legend = _legend(ax, placed["n"])
    if len(missing):
        _not_placed_note(ax, legend, missing)
    _label_points(ax, placed, countries)
    return fig


def _places(sets: pd.DataFrame) -> pd.DataFrame:
    """Per place: name, coordinates, how many sources name it and who (``named``)."""
    places = sets.groupby("place").agg(
        location=("location", "first"),
        lat=("latitude", "first"),
        lon=("longitude", "first"),
        n=("source", "nunique"),
        independent=("side", lambda s: (s == "independent").any()),
        side=("side", lambda s: s.iloc[0] if s.nunique() == 1 else ""),
    )
    # One legend entry per kind of naming: independent, one side only, several sides.
    places["named"] = np.where(places["independent"], "independent", places["side"])
    return places


def _approximate(given: pd.DataFrame, sets: pd.DataFrame) -> pd.Series:
    """Per place: are its coordinates approximate (coarser than a town, or a fuzzy match)?

    The tidy frame says both (``geo_precision``, ``match_method``); place sets hold
    neither, so their precision comes from the places reference table (gazetteer places
    are towns) and a fuzzy match cannot be seen.
    """
    if "geo_precision" in given.columns:
        columns = ["incident_id", "place_id", "location", "geo_precision", "match_method"]
        rows = schema.plain_text(given.loc[given["location"].notna(), columns])  # fillna on text
        rows = rows[rows["incident_id"].isin(set(sets["incident_id"]))]
        place = rows["place_id"].fillna(rows["location"])
        coarse = rows["geo_precision"].notna() & ~rows["geo_precision"].eq("town")
        fuzzy = rows["match_method"].eq("fuzzy")
        flags = pd.DataFrame({"place": place, "coarse": coarse, "fuzzy": fuzzy})
        by_place = flags.groupby("place").agg(coarse=("coarse", "any"), fuzzy=("fuzzy", "all"))
        return (by_place["coarse"] | by_place["fuzzy"]).rename("approximate")
    overlay = read_table("places").set_index("place_id")["precision"]
    places = pd.Index(sets["place"].unique(), name="place")
    precision = overlay.reindex(places).fillna("town")
    return (precision != "town").rename("approximate")


def _size(n_sources: pd.Series) -> pd.Series:
    """Marker area (points²) by number of sources naming the place."""
    return 25 + 30 * (n_sources - 1)


def _ring(size: pd.Series) -> pd.Series:
    """The area of the dashed ring drawn round a marker: 3 points clear of it each side."""
    return (np.sqrt(size) + 6) ** 2


def _view(placed: pd.DataFrame) -> tuple[float, float, float, float]:
    """The map's lon/lat box: the places with a margin, at least 2° across each way.

    One place, or places a few kilometres apart, still show their country's borders
    around them, and the degree ticks stay a readable step apart.
    """
    lon0, lon1 = float(placed["lon"].min()), float(placed["lon"].max())
    lat0, lat1 = float(placed["lat"].min()), float(placed["lat"].max())
    pad = max(0.2 * max(lon1 - lon0, lat1 - lat0), 0.5)
    half_w = max((lon1 - lon0) / 2 + pad, 1.0)
    half_h = max((lat1 - lat0) / 2 + pad, 1.0)
    cx, cy = (lon0 + lon1) / 2, (lat0 + lat1) / 2
    return cx - half_w, cy - half_h, cx + half_w, cy + half_h


def _degrees(value: float, positive: str, negative: str) -> str:
    """A tick label in degrees with its hemisphere: 12°W, 14.5°N, 0°."""
    letter = positive if value > 0 else negative if value < 0 else ""
    return f"{abs(value):g}°{letter}"


def _frame(ax, bounds: tuple[float, float, float, float], mean_lat: float) -> None:
    """Limits, a true-to-scale aspect at the map's latitude, and degree ticks."""
    # The box as data limits, not fixed limits: the aspect then widens one of them freely.
    ax.update_datalim([bounds[:2], bounds[2:]])
    ax.margins(0)
    ax.autoscale_view()
    ax.set_aspect(1 / max(np.cos(np.radians(mean_lat)), 0.2), adjustable="datalim")
    for axis, (pos, neg) in ((ax.xaxis, "EW"), (ax.yaxis, "NS")):
        # Round steps and at most five ticks: a 2° map never crowds its labels.
        axis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))
        axis.set_major_formatter(FuncFormatter(lambda v, _, p=pos, n=neg: _degrees(v, p, n)))
    ax.grid(True, axis="both", color="#d0d0d0", linewidth=0.4)
    ax.tick_params(axis="y", length=2.5)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(True)


def _legend(ax, n_sources: pd.Series) -> Legend:
    """The legend under the map: kinds of naming, approximate ring, one marker per count."""
    for n in sorted(n_sources.unique()):
        ax.scatter([], [], s=_size(n), c="white", edgecolor=MUTED,
                   label=f"{n} source{'s' if n > 1 else ''}")  # fmt: skip
    below = ax.transAxes + ScaledTranslation(0, -14 / 72, ax.figure.dpi_scale_trans)
    return ax.legend(loc="upper center", bbox_to_anchor=(0.5, 0), bbox_transform=below,
                     ncols=2, fontsize=5.5, handletextpad=0.3, columnspacing=1.0)  # fmt: skip


def _not_placed_note(ax, legend: Legend, missing: pd.DataFrame) -> None:
    """The places without coordinates, listed under the legend, under the map."""
    listed = ", ".join(
        f"{plain_text(r.location)} ({r.n} source{'s' if r.n > 1 else ''})"
        for r in missing.itertuples()
    )
    fig = ax.figure
    fig.draw_without_rendering()
    # Under the legend whatever its height: its height in points, measured once drawn.
    drop = 14 + legend.get_window_extent().height * 72 / fig.dpi + 3
    below = ax.transAxes + ScaledTranslation(0, -drop / 72, fig.dpi_scale_trans)
    note = plain_text(f"Not placed, no coordinates: {listed}", limit=None, width=80, lines=8)
    ax.text(0.5, 0, note,
            transform=below, ha="center", va="top", fontsize=5.5, color=MUTED)  # fmt: skip


def _marker_boxes(ax) -> list[Bbox]:
    """Each marker's extent on the figure (display units), the rings' included."""
    boxes = []
    for coll in ax.collections:
        if not isinstance(coll, PathCollection) or not len(coll.get_offsets()):
            continue
        sizes = np.broadcast_to(coll.get_sizes(), len(coll.get_offsets()))
        for (x, y), s in zip(coll.get_offsets(), sizes, strict=True):
            cx, cy = ax.transData.transform((x, y))
            half = np.sqrt(s) / 2 * ax.figure.dpi / 72
            boxes.append(Bbox.from_extents(cx - half, cy - half, cx + half, cy + half))
    return boxes


def _label_points(ax, placed: pd.DataFrame, countries: dict) -> None:
    """Label each place, moved by adjustText off every marker and label; then name the
    countries where their names cover no marker and no label."""
    ax.figure.draw_without_rendering()  # the layout settled: display boxes hold
    halo = [patheffects.withStroke(linewidth=1.6, foreground="white")]
    ordered = placed.sort_values("lon")
    texts = [
        ax.text(r.lon, r.lat, plain_text(r.location), fontsize=6, zorder=4, path_effects=halo)
        for r in ordered.itertuples()
    ]
    markers = _marker_boxes(ax)
    # 2 points of air round each marker; adjustText takes objects in data coordinates.
    pad = 2 * ax.figure.dpi / 72
    avoid = [m.padded(pad).transformed(ax.transData.inverted()) for m in markers]
    adjust_text(texts, x=ordered["lon"].to_numpy(), y=ordered["lat"].to_numpy(), objects=avoid,
                ax=ax, ensure_inside_axes=True, iter_lim=ADJUST_STEPS,
                arrowprops={"arrowstyle": "-", "color": MUTED, "linewidth": 0.4})  # fmt: skip
    renderer = ax.figure.canvas.get_renderer()
    name_countries(ax, countries, markers + [t.get_window_extent(renderer) for t in texts])

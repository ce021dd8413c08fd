"""Who names which place: the source × place matrix and the longitude/latitude plot.

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
from matplotlib.figure import Figure

from claimtrack.charts.base import NothingToPlot, new_figure, one_incident
from claimtrack.charts.style import MUTED, PALETTE, SIDE_FIXED, side_styles, styled
from claimtrack.charts.text import wrap
from claimtrack.compare import place_sets
from claimtrack.vocabulary import CLAIM_TYPES


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
    """The places claims name on a longitude/latitude plot, sized by how many sources name them.

    Every claim type counts (casualties, seizures, attacks, control …). No map tiles,
    nothing downloaded. Places named by an independent source are drawn in the
    independent colour; those named by one side only in that side's colour; those
    named by several sides (none independent) in grey diamonds. Places
    without coordinates are listed in a note on the figure. ``tidy`` may be the place
    sets already made (``compare(tidy)["place_sets"]``).
    ``sides``: every side of the incident (``tidy["side"]``), when place sets are given,
    so a party that names no place keeps its colour; by default the frame's own sides.

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
    places = _places(sets)
    placed = places.dropna(subset=["lat", "lon"])
    missing = places[places["lat"].isna() | places["lon"].isna()]
    fig = new_figure(2.6)
    ax = fig.subplots()
    if placed.empty:
        raise NothingToPlot("None of the places named has coordinates: nothing to place.")
    for named, group in placed.groupby("named", sort=True):
        # Several sides: the neutral grey with a filled marker (the "x" takes no edge).
        c, marker = styles.get(named, SIDE_FIXED["unknown"]) if named else (PALETTE[7], "D")
        label = (
            "named by an independent source" if named == "independent"
            else f"named by {named.replace('_', ' ')} only" if named
            else "named by several sides"
        )  # fmt: skip
        ax.scatter(
            group["lon"], group["lat"], s=25 + 30 * (group["n"] - 1), c=c, marker=marker,
            edgecolor="white", linewidth=0.5, zorder=3, label=label,
        )  # fmt: skip
    _label_points(ax, fig, placed)
    mean_lat = float(placed["lat"].mean())
    ax.set_aspect(1 / max(np.cos(np.radians(mean_lat)), 0.2), adjustable="datalim")
    ax.margins(0.15)
    ax.set_xlabel("longitude (°)")
    ax.set_ylabel("latitude (°)")
    ax.grid(True, axis="both")
    _size_legend(ax, placed["n"])
    if len(missing):
        _not_placed_note(ax, missing)
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


def _size_legend(ax, n_sources: pd.Series) -> None:
    """The legend: the kinds of naming drawn, then one hollow marker per number of sources."""
    for n in sorted(n_sources.unique()):
        ax.scatter(
            [],
            [],
            s=25 + 30 * (n - 1),
            c="white",
            edgecolor=MUTED,
            label=f"{n} source{'s' if n > 1 else ''}",
        )
    ax.legend(loc="upper right", fontsize=5.5)


def _not_placed_note(ax, missing: pd.DataFrame) -> None:
    """The places without coordinates, listed in a note inside the axes."""
    listed = ", ".join(
        f"{r.location} ({r.n} source{'s' if r.n > 1 else ''})" for r in missing.itertuples()
    )
    # Inside the axes (lower left, over a white box): a figure-level note would collide
    # with the caption band export_figure adds at the bottom.
    ax.text(
        0.01,
        0.02,
        wrap(f"Not placed, no coordinates: {listed}", 45),
        transform=ax.transAxes,
        fontsize=6,
        color=MUTED,
        va="bottom",
        bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1.5},
    )


def _label_points(ax, fig: Figure, placed: pd.DataFrame) -> None:
    """Place each label at the first of four offsets that overlaps no label placed before."""
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    taken = []
    offsets = [
        (5, 3, "left", "bottom"),
        (-5, 3, "right", "bottom"),
        (5, -3, "left", "top"),
        (-5, -3, "right", "top"),
        (0, 8, "center", "bottom"),
        (0, -8, "center", "top"),
    ]
    for r in placed.sort_values("lon").itertuples():
        for dx, dy, ha, va in offsets:
            text = ax.annotate(r.location, (r.lon, r.lat), xytext=(dx, dy),
                               textcoords="offset points", ha=ha, va=va, fontsize=6)  # fmt: skip
            box = text.get_window_extent(renderer)
            if not any(box.overlaps(b) for b in taken):
                taken.append(box)
                break
            text.remove()
        else:
            taken.append(ax.annotate(r.location, (r.lon, r.lat), fontsize=6).get_window_extent())

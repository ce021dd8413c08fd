"""Discrepancy figures, in one style, sized for a single brief column (8.5 cm).

Every function takes the frames of ``claimtrack.compare`` (or the tidy frame),
returns a ``matplotlib.figure.Figure`` and never calls ``plt.show``. Figures are
made with ``Figure(...)``, not ``plt.figure``, so pyplot keeps no reference to
them (nothing to close, no double display in notebooks: a Figure as the last
expression of a cell still renders). The package style
(``claimtrack.mplstyle``) is applied with ``plt.style.context`` around each call,
so it never leaks into the caller's rcParams.

Sources are coloured by side with seaborn's colour-blind palette, and each side
has its own marker as a second cue. Nothing to draw is an error said in a
sentence (``NothingToPlot``, a ``ValueError``), never an empty figure.

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> fig = ct.charts.place_matrix(tidy)
    >>> type(fig).__name__
    'Figure'
"""

from __future__ import annotations

import functools
import re
import textwrap
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from unicodedata import category

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullFormatter
from matplotlib.transforms import ScaledTranslation

from claimtrack.comparison.places import place_sets
from claimtrack.vocabulary import CLAIM_TYPES, NON_PARTY_SIDES, STATUSES

STYLE = Path(__file__).with_name("claimtrack.mplstyle")
COLUMN_WIDTH_IN = 8.5 / 2.54
PALETTE = [
    "#0173b2",
    "#de8f05",
    "#029e73",
    "#d55e00",
    "#cc78bc",
    "#ca9161",
    "#fbafe4",
    "#949494",
    "#ece133",
    "#56b4e9",
]
PARTY_COLORS = [PALETTE[i] for i in (0, 1, 4, 5, 9, 3)]
PARTY_MARKERS = ["o", "s", "D", "v", "P", "X"]
SIDE_FIXED = {"independent": (PALETTE[2], "^"), "unknown": (PALETTE[7], "x")}
STATUS_STYLE = {
    "contested": (PALETTE[3], "X"),
    "denied": (PALETTE[4], "v"),
    "unanswered": (PALETTE[1], "s"),
    "corroborated": (PALETTE[2], "^"),
    "single_source": (PALETTE[7], "o"),
}
MUTED = "#595959"
GLYPH_WARNING = r"Glyph \d+ .*missing from (current )?font"


class NothingToPlot(ValueError):
    """The input has nothing this chart can draw; the message says why and what would."""


def styled(func: Callable[..., Figure]) -> Callable[..., Figure]:
    """Run a chart function inside the package style, and finish the figure there.

    Tick labels are created lazily, at the first draw: drawing once inside the
    context makes them take the style's sizes even when the caller saves later.
    """

    @functools.wraps(func)
    def wrapper(*args, **kwargs) -> Figure:
        with plt.style.context(STYLE), warnings.catch_warnings():
            # plain_text replaces what the font lacks; a string drawn another way must
            # still not print "Glyph … missing from font" into a report.
            warnings.filterwarnings("ignore", GLYPH_WARNING)
            fig = func(*args, **kwargs)
            fig.draw_without_rendering()
        return fig

    return wrapper


def side_styles(sides: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Colour and marker per side: fixed for independent/unknown, parties in sorted order.

    Example:
        >>> side_styles(["mali_state", "jnim", "independent"])["independent"]
        ('#029e73', '^')
        >>> len(set(side_styles([f"party_{i}" for i in range(36)]).values()))
        36
    """
    parties = sorted({s for s in sides if s not in SIDE_FIXED})
    n = len(PARTY_COLORS)
    # Past six parties (an overview of many conflicts) the colours come round again, each
    # time with the markers shifted by one: no two parties look alike up to 36.
    styles = {
        side: (PARTY_COLORS[i % n], PARTY_MARKERS[(i + i // n) % len(PARTY_MARKERS)])
        for i, side in enumerate(parties)
    }
    return {**styles, **{s: SIDE_FIXED[s] for s in set(sides) if s in SIDE_FIXED}}


def _one_incident(frame: pd.DataFrame, incident_id: str | None, what: str) -> pd.DataFrame:
    if frame is None or len(frame) == 0:
        raise NothingToPlot(f"Nothing to plot: the {what} frame is empty.")
    incidents = frame["incident_id"].unique()
    if incident_id is None:
        if len(incidents) > 1:
            listed = ", ".join(map(str, incidents[:3]))
            raise NothingToPlot(
                f"The {what} frame holds {len(incidents)} incidents ({listed}, …): "
                "pass incident_id=… to choose one."
            )
        return frame
    out = frame[frame["incident_id"] == incident_id]
    if out.empty:
        raise NothingToPlot(f"Incident {incident_id!r} is not in the {what} frame.")
    return out


# Figures are for reading at a glance: a name longer than this is cut (tables keep it whole).
TEXT_LIMIT = 60
LABEL_WIDTH = 32  # characters per line of a source label (two lines at most)
_SPACES = re.compile(r"\s+")


@functools.cache
def _font_charmap() -> frozenset[int]:
    """Code points the style's font can draw (read once from the font file)."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    with plt.style.context(STYLE):
        path = font_manager.findfont(plt.rcParams["font.family"][0])
    return frozenset(FT2Font(path).get_charmap())


def shorten(text: object, limit: int | None = TEXT_LIMIT) -> str:
    """White space collapsed, cut to ``limit`` characters with an ellipsis (None: no cut).

    Example:
        >>> shorten("Very  long name", 9)
        'Very lon…'
    """
    text = _SPACES.sub(" ", "" if text is None else str(text)).strip()
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def plain_text(
    text: object, limit: int | None = TEXT_LIMIT, width: int | None = None, lines: int | None = 3
) -> str:
    r"""User text (a source name, a subject, a place) made safe to draw: the one way in.

    White space collapsed; cut to ``limit`` characters with an ellipsis; characters
    the font cannot draw (emoji, scripts it lacks) replaced by U+FFFD, so no empty box
    and no "Glyph missing" warning; wrapped to ``width`` in at most ``lines`` lines (the
    last one ending in "…" when cut); and every ``$`` escaped, so
    matplotlib never reads it as mathtext (a malformed ``$\frac{1}$`` would fail).

    Example:
        >>> plain_text("$x^2$ fighters")
        '\\$x^2\\$ fighters'
        >>> plain_text("🔥 brigade"), len(plain_text("a" * 5500))
        ('� brigade', 60)
        >>> plain_text("Malian Armed Forces (FAMa)", width=12)
        'Malian Armed\nForces\n(FAMa)'
        >>> plain_text("Malian Armed Forces (FAMa)", width=12, lines=2)
        'Malian Armed\nForces …'
    """
    text = shorten(text, limit)
    drawable = _font_charmap()
    # A font lacks it: marks and format characters (emoji variation selectors, joiners)
    # are dropped, anything else shows as U+FFFD; the tables keep the text as written.
    text = "".join(
        ch if ord(ch) in drawable else "" if category(ch) in ("Mn", "Me", "Cf") else "\ufffd"
        for ch in text
    )
    # Wrap first, escape after: a line break must never fall between "\\" and "$".
    wrapped = (textwrap.wrap(text, width) if width else [text]) or [text]
    if lines is not None and len(wrapped) > lines:
        wrapped = [*wrapped[: lines - 1], shorten(wrapped[lines - 1] + " …", width)]
    return "\n".join(line.replace("$", r"\$") for line in wrapped)


def _wrap(text: object, width: int = 18, lines: int = 3) -> str:
    return plain_text(text, width=width, lines=lines)


def _figure(height_in: float, width_in: float = COLUMN_WIDTH_IN) -> Figure:
    fig = Figure(figsize=(width_in, height_in), layout="constrained")
    FigureCanvasAgg(fig)  # headless canvas: renders and saves without pyplot or a GUI
    return fig


def _side_legend(fig: Figure, styles: dict[str, tuple[str, str]], extra: list | None = None):
    """A legend under the bottom axes, 22 pt below it (clear of the tick labels).

    An axes legend, not ``fig.legend(loc="outside …")``: constrained layout keeps axes
    legends inside its rect, so the caption band export_figure reserves stays free.
    """
    handles = [
        Line2D([], [], color=c, marker=m, linestyle="", label=plain_text(side.replace("_", " ")))
        for side, (c, m) in sorted(styles.items())
    ]
    handles += extra or []
    ax = fig.axes[-1]
    below = ax.transAxes + ScaledTranslation(0, -22 / 72, fig.dpi_scale_trans)
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, 0),
        bbox_transform=below,
        ncols=min(3, len(handles)),
        handletextpad=0.3,
        columnspacing=1.0,
    )


def _measure_label(row: pd.Series) -> str:
    parts = [row["claim_type"], row["subject"], row["location"]]
    return plain_text(" · ".join(p for p in parts if isinstance(p, str) and p))


# ------------------------------------------------------------------------------ range


@styled
def range_plot(
    measures: pd.DataFrame, incident_id: str | None = None, max_measures: int = 8
) -> Figure:
    """Per measure, one row per source: its low–high range with the best figure marked.

    Only measures some source gives a figure for are drawn. Exact figures are
    filled markers; approximate, vague and open-ended ones ("several", "at least
    15") dashed, with a hollow marker, and an arrow where the range is open. A
    source on the measure without a figure, and a party that says nothing about
    it, get a grey note in their row. Each measure has its own x scale.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> fig = range_plot(ct.measures(tidy))
        >>> [ax.get_title("left") for ax in fig.axes][:1]
        ['killed · fighters']
    """
    m = _one_incident(measures, incident_id, "measures")
    numeric = m.groupby("measure_id")["interval_low"].transform(lambda s: s.notna().any())
    shown = m[numeric]
    if shown.empty:
        raise NothingToPlot(
            "No source gives a figure for any measure of this incident: nothing to draw "
            "as ranges (see place_matrix for places named, summarize for the claims)."
        )
    rank = {t: i for i, t in enumerate(CLAIM_TYPES)}
    ids = (
        shown.drop_duplicates("measure_id")
        .assign(_r=lambda d: d["claim_type"].map(rank))
        .sort_values(["_r", "measure_id"])["measure_id"]
        .tolist()
    )
    dropped = ids[max_measures:]
    ids = ids[:max_measures]
    parties = sorted(set(m["side"]) - set(NON_PARTY_SIDES))
    styles = side_styles(set(m.loc[m["measure_id"].isin(ids), "side"]) | set(parties))
    panels = []
    for mid in ids:
        rows = m[m["measure_id"] == mid].sort_values(["side", "source"])
        silent = [p for p in parties if p not in set(rows["side"])]
        panels.append((rows, silent))
    # Rows of a panel whose longest source name takes two lines are taller (no overlap).
    pitch = [1.6 if any(len(n) > LABEL_WIDTH for n in r["source_name"]) else 1 for r, _ in panels]
    heights = [(len(r) + len(s)) * k + 1.1 for (r, s), k in zip(panels, pitch, strict=True)]
    fig = _figure(0.45 + 0.24 * sum(heights))
    axes = fig.subplots(len(panels), 1, gridspec_kw={"height_ratios": heights}, squeeze=False)
    for ax, (rows, silent) in zip(axes[:, 0], panels, strict=True):
        _draw_ranges(ax, rows, silent, styles, m)
    extra = [
        Line2D([], [], color=MUTED, marker="o", label="exact"),
        Line2D([], [], color=MUTED, marker="o", mfc="white", ls="--", label="vague / open"),
    ]
    if dropped:
        # In the legend, not fig.text: the bottom of the figure is the caption's band.
        extra.append(Line2D([], [], ls="", label=f"+{len(dropped)} measure(s) not shown"))
    _side_legend(fig, styles, extra)
    return fig


def _draw_ranges(ax, rows: pd.DataFrame, silent: list[str], styles, m: pd.DataFrame) -> None:
    finite = pd.concat([rows["interval_low"], rows["interval_high"], rows["value_point"]])
    finite = finite[np.isfinite(finite)]
    right = max(float(finite.max()) * 1.3, 1.0) if len(finite) else 1.0
    labels = []
    for y, (_, r) in enumerate(rows.iterrows()):
        color, marker = styles[r["side"]]
        labels.append(_wrap(r["source_name"], LABEL_WIDTH, lines=2))
        lo, hi, best = r["interval_low"], r["interval_high"], r["value_point"]
        if pd.isna(lo):
            ax.text(0, y, "  no figure", va="center", fontsize=6, color=MUTED, style="italic")
            continue
        loose = r["qualifier"] in ("approximate", "vague", "at_least", "at_most", "range")
        end = min(hi, right)
        ax.plot([lo, end], [y, y], color=color, ls="--" if loose else "-", lw=1.6)
        if np.isinf(hi):
            ax.plot(end, y, marker=">", color=color, ms=4)
        if pd.notna(best):
            ax.plot(best, y, marker=marker, color=color, mfc="white" if loose else color, ms=5)
        text = r["value_text"] if isinstance(r["value_text"], str) else ""
        ax.annotate(
            plain_text(text, limit=30),
            (min(max(hi if np.isfinite(hi) else end, best if pd.notna(best) else 0), right), y),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize=6,
            color=color,
        )
    for k, side in enumerate(silent):
        y = len(rows) + k
        names = m.loc[m["side"] == side, "source_name"].drop_duplicates()
        labels.append(_wrap(" and ".join(names), LABEL_WIDTH, lines=2))
        ax.text(0, y, "  says nothing", va="center", fontsize=6, color=MUTED, style="italic")
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.set_xlim(0, right)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    ax.set_title(_measure_label(rows.iloc[0]))


# ------------------------------------------------------------------------------ places


def _as_place_sets(tidy_or_place_sets: pd.DataFrame) -> pd.DataFrame:
    if len(tidy_or_place_sets) and "claim_id" in tidy_or_place_sets.columns:
        return place_sets(tidy_or_place_sets)
    return tidy_or_place_sets


def _incident_sides(given: pd.DataFrame, drawn: pd.DataFrame) -> list[str]:
    """Every side of the incidents drawn, so a party keeps its colour in every chart.

    A party that names no place still takes its slot: the range plot of the same
    incident colours the parties by the same sorted order.
    """
    incidents = set(drawn["incident_id"]) if "incident_id" in drawn else set()
    frame = given[given["incident_id"].isin(incidents)] if "incident_id" in given else given
    return list(frame["side"].dropna().unique())


@styled
def place_matrix(
    tidy_or_place_sets: pd.DataFrame,
    incident_id: str | None = None,
    claim_types: Iterable[str] = CLAIM_TYPES,
) -> Figure:
    """Who names which place: sources × places, one panel per claim type naming places.

    Spelling variants are one column (the gazetteer's name); where a source wrote
    the place differently, its spelling is printed under the marker.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> fig = place_matrix(tidy)
        >>> [ax.get_title("left") for ax in fig.axes]
        ['attacked', 'shelling']
    """
    sets = _one_incident(_as_place_sets(tidy_or_place_sets), incident_id, "place sets")
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
    styles = side_styles(_incident_sides(tidy_or_place_sets, sets))
    n_rows = [sets.loc[sets["claim_type"] == t, "source"].nunique() for t in types]
    fig = _figure(0.75 + 0.36 * sum(n_rows) + 0.25 * len(types))
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
                    _wrap("; ".join(variants), 9),
                    (x, y),
                    xytext=(0, -5),
                    textcoords="offset points",
                    ha="center",
                    va="top",
                    fontsize=5,
                    style="italic",
                    color=MUTED,
                )
        ax.set_yticks(range(len(rows)), [_wrap(names[s], 16) for s in rows])
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
) -> Figure:
    """The places claims name on a longitude/latitude plot, sized by how many sources name them.

    Every claim type counts (casualties, seizures, attacks, control …). No map tiles,
    nothing downloaded. Places named by an independent source are drawn in the
    independent colour; those named by one side only in that side's colour; those
    named by several sides (none independent) in grey diamonds. Places
    without coordinates are listed in a note on the figure.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> fig = places_plot(tidy)
        >>> any("Gogui" in t.get_text() for t in fig.axes[0].texts)
        True
    """
    sets = _one_incident(_as_place_sets(tidy), incident_id, "tidy")
    sets = sets[sets["claim_type"].isin(list(claim_types))]
    if sets.empty:
        raise NothingToPlot("No claims with places to draw.")
    styles = side_styles(_incident_sides(tidy, sets))
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
    placed = places.dropna(subset=["lat", "lon"])
    missing = places[places["lat"].isna() | places["lon"].isna()]
    fig = _figure(2.6)
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
    for n in sorted(placed["n"].unique()):
        ax.scatter(
            [],
            [],
            s=25 + 30 * (n - 1),
            c="white",
            edgecolor=MUTED,
            label=f"{n} source{'s' if n > 1 else ''}",
        )
    ax.legend(loc="upper right", fontsize=5.5)
    if len(missing):
        listed = ", ".join(
            f"{r.location} ({r.n} source{'s' if r.n > 1 else ''})" for r in missing.itertuples()
        )
        # Inside the axes (lower left, over a white box): a figure-level note would collide
        # with the caption band export_figure adds at the bottom.
        ax.text(
            0.01,
            0.02,
            _wrap(f"Not placed, no coordinates: {listed}", 45),
            transform=ax.transAxes,
            fontsize=6,
            color=MUTED,
            va="bottom",
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1.5},
        )
    return fig


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


# ---------------------------------------------------------------------------- overview


def _times(x: float, _pos: int) -> str:
    # A module-level function, not a lambda: figures must pickle (export works on a copy).
    return f"{x:g}×"


def spreads(discrepancies: pd.DataFrame) -> pd.DataFrame:
    """The measures with two figures or more, with ``spread`` = highest / lowest figure.

    ``spread_ratio`` is NaN when the lowest figure is 0; here that spread is infinite
    (one source says none, another 60), and 1 when every figure is 0.

    Example:
        >>> d = pd.DataFrame({"n_figures": [4, 2, 2, 1], "min_best": [0, 10, 0, 5],
        ...                   "max_best": [60, 30, 0, 5], "status": ["contested"] * 4})
        >>> spreads(d)["spread"].tolist()
        [inf, 3.0, 1.0]
    """
    two = discrepancies[discrepancies["n_figures"].ge(2) & discrepancies["max_best"].notna()]
    low, high = two["min_best"].astype(float), two["max_best"].astype(float)
    spread = (high / low.where(low > 0)).where(low > 0, np.where(high > 0, np.inf, 1.0))
    return two.assign(spread=spread)


def _log_times(axis) -> None:
    """Ticks at 1, 2, 5 × powers of ten, labelled "2×": a ratio axis."""
    axis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0)))
    axis.set_major_formatter(FuncFormatter(_times))
    axis.set_minor_formatter(NullFormatter())


def _draw_spreads(right, ratios: pd.DataFrame, statuses: list[str]) -> None:
    """The spread of each measure as a jittered dot in its status row; a 0 at the edge."""
    finite = ratios.loc[np.isfinite(ratios["spread"]), "spread"]
    top = max(2.0, float(finite.max()) * 1.2) if len(finite) else 2.0
    # One figure is 0 (the army: "none"; the group: 60): no finite ratio, so those
    # measures sit on the right edge, drawn as arrows, with a note along the edge.
    edge = top * 1.4
    shown = ratios.assign(x=ratios["spread"].clip(upper=edge))
    rng = np.random.default_rng(0)
    for s in statuses:
        part = shown[shown["status"] == s]
        if part.empty:
            continue
        y = statuses.index(s) + rng.uniform(-0.22, 0.22, len(part))
        color, marker = STATUS_STYLE[s]
        inf = np.isinf(part["spread"]).to_numpy()
        right.scatter(part["x"][~inf], y[~inf], s=6, c=color, marker=marker, alpha=0.6,
                      linewidths=0)  # fmt: skip
        right.scatter(part["x"][inf], y[inf], s=14, c=color, marker=">", linewidths=0)
    if np.isinf(ratios["spread"]).any():
        right.axvline(edge, color=MUTED, lw=0.5, ls=":")
        right.text(edge, 1, "one figure is 0 ", transform=right.get_xaxis_transform(),
                   rotation=90, ha="right", va="top", fontsize=5, color=MUTED)  # fmt: skip
    right.set_xlim(0.9, edge * 1.15)


@styled
def discrepancy_overview(discrepancies: pd.DataFrame, max_points: int = 4000) -> Figure:
    """Measures by status (counts) and, where two figures exist, their spread on a log scale.

    Left: how many measures have each status. Right: the spread ratio (highest /
    lowest figure) of every measure with two or more figures, by status; above
    ``max_points`` a seeded sample is drawn (the counts stay complete).

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> fig = discrepancy_overview(ct.compare(tidy)["discrepancies"])
        >>> fig.axes[1].get_xscale()
        'log'
    """
    if discrepancies is None or len(discrepancies) == 0:
        raise NothingToPlot("Nothing to plot: the discrepancies frame is empty.")
    statuses = [s for s in STATUSES if s in set(discrepancies["status"])]
    counts = discrepancies["status"].value_counts().reindex(statuses)
    fig = _figure(0.5 + 0.28 * len(statuses) + 0.5)
    left, right = fig.subplots(1, 2, sharey=True, gridspec_kw={"width_ratios": [1, 1.6]})
    y = np.arange(len(statuses))
    left.barh(y, counts.to_numpy(), color=[STATUS_STYLE[s][0] for s in statuses], height=0.6)
    for yi, n in zip(y, counts.to_numpy(), strict=True):
        left.annotate(f"{n:,}", (n, yi), xytext=(2, 0), textcoords="offset points",
                      va="center", fontsize=6)  # fmt: skip
    left.set_yticks(y, [s.replace("_", " ") for s in statuses])
    left.set_ylim(len(statuses) - 0.5, -0.5)
    left.set_xlim(0, counts.max() * 1.35)
    left.set_xlabel("measures")
    left.set_title("Status")
    ratios = spreads(discrepancies)
    notes = []
    if len(ratios) > max_points:
        notes.append(f"{max_points:,} of {len(ratios):,} shown")
        ratios = ratios.sample(max_points, random_state=0)
    right.set_xscale("log")
    right.set_title("Spread (highest / lowest)")
    if ratios.empty:
        right.text(0.5, 0.5, "no measure has two\nfigures to compare", transform=right.transAxes,
                   ha="center", va="center", color=MUTED, fontsize=6.5, style="italic")  # fmt: skip
        right.set_xlim(1, 10)
    else:
        _draw_spreads(right, ratios, statuses)
    _log_times(right.xaxis)
    right.set_xlabel("\n".join(["spread ratio (log)", *notes]))
    right.tick_params(axis="y", left=False)
    return fig


# ---------------------------------------------------------------------------- two sources


def _no_ratio_reason(pairs: pd.DataFrame, a: str, b: str) -> str:
    """Why there is no ratio to draw, true to the side-by-side table above the figure."""
    both = pairs.dropna(subset=["value_a", "value_b"]) if len(pairs) else pairs

    def measures(n: int) -> str:
        return f"{n} measure{'' if n == 1 else 's'}"

    if pairs.empty:
        return f"{a} and {b} speak to no measure in common."
    if both.empty:
        n = measures(len(pairs))
        return f"{a} and {b} speak to {n} in common, but on none do both give a figure."
    return (
        f"Both {a} and {b} give a figure on {measures(len(both))}, but one of the two is 0 "
        f"{'there' if len(both) == 1 else 'each time'}: no ratio to draw (the table gives "
        "both figures)."
    )


@styled
def ratio_plot(pairs: pd.DataFrame, a: str, b: str) -> Figure:
    """Dot plot of a / b per measure both sources give a figure for (log scale, 1 = agreement).

    ``pairs`` is :func:`claimtrack.comparison.views.side_by_side`. Measures where one figure is 0
    have no ratio: the axis label counts them. With no ratio at all it raises
    ``NothingToPlot`` with a sentence true to the table (no measure in common; in common
    but not both with a figure; or a figure of 0).

    Example:
        >>> import claimtrack as ct
        >>> from claimtrack.comparison.views import side_by_side
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> ratio_plot(side_by_side(ct.compare(tidy), "fama", "jnim"), "fama", "jnim")
        Traceback (most recent call last):
        ...
        claimtrack.charts.NothingToPlot: fama and jnim speak to no measure in common.
    """
    data = pairs[pairs["ratio"].gt(0) & np.isfinite(pairs["ratio"].astype(float))]
    if data.empty:
        raise NothingToPlot(_no_ratio_reason(pairs, a, b))
    zero = len(pairs.dropna(subset=["value_a", "value_b"])) - len(data)
    labels = [
        plain_text(f"{i}: {m}", limit=70, width=40)
        for i, m in zip(data["incident_id"], data["measure"], strict=True)
    ]
    lines = sum(label.count("\n") + 1 for label in labels)
    fig = _figure(1.1 + 0.16 * lines + 0.1 * len(labels), width_in=2 * COLUMN_WIDTH_IN)
    ax = fig.subplots()
    y = np.arange(len(labels))
    ax.scatter(data["ratio"], y, marker="o", color=PALETTE[0], zorder=3, s=14)
    ax.axvline(1, color=MUTED, linewidth=0.8, linestyle="--")
    ax.set_xscale("log")
    ax.set_yticks(y, labels)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    _log_times(ax.xaxis)
    a, b = plain_text(a, limit=30), plain_text(b, limit=30)
    label = f"{a}'s figure ÷ {b}'s figure (log scale; 1× = the same figure)"
    if zero:  # in the axis label, not a legend: nothing else may sit under the axis
        label += f"\n+{zero} measure{'' if zero == 1 else 's'} where one figure is 0: no ratio"
    ax.set_xlabel(label)
    ax.set_title(f"{a} vs {b}: ratio of their figures, measure by measure")
    ax.grid(True, axis="x")
    return fig


# ---------------------------------------------------------------------------- timeline


def _dated(t: pd.DataFrame) -> pd.DataFrame:
    """The claims with a publication date; fewer than two dates is nothing to plot."""
    dated = t.dropna(subset=["published_at"])
    days = dated["published_at"].dt.normalize().unique()
    if len(days) < 2:
        when = f"one date, {pd.Timestamp(days[0]).date()}" if len(days) else "no date"
        raise NothingToPlot(
            f"All {len(t)} claims were published on {when}: a timeline needs two dates or more."
        )
    return dated


@styled
def claims_timeline(tidy: pd.DataFrame, incident_id: str | None = None) -> Figure:
    """Claims over time (``published_at``), sized by how many claims, coloured by side.

    One incident (or ``incident_id`` chosen): a row per source, coloured by side. Several
    incidents (the overview): a row per incident, because one source name ("residents")
    stands for different people in different incidents, and the parties, independent
    and unknown sources each on a slightly shifted line. Needs statements published on two or more dates; otherwise it raises
    ``NothingToPlot`` naming the date.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> claims_timeline(tidy)
        Traceback (most recent call last):
        ...
        claimtrack.charts.NothingToPlot: All 29 claims were published on one date, 2025-07-02: a timeline needs two dates or more.
    """  # noqa: E501
    if tidy is None or len(tidy) == 0:
        raise NothingToPlot("Nothing to plot: the tidy frame is empty.")
    t = tidy if incident_id is None else _one_incident(tidy, incident_id, "tidy")
    dated = _dated(t)
    by_incident = t["incident_id"].nunique() > 1
    if by_incident:  # across conflicts, who spoke matters more than which of 20 parties
        dated = dated.assign(side=dated["side"].where(dated["side"].isin(NON_PARTY_SIDES), "party"))
    row_key, row_label = ("incident_id",) * 2 if by_incident else ("source", "source_name")
    keys = list(dict.fromkeys([row_key, row_label, "side", "day"]))
    per = (
        dated.assign(day=dated["published_at"].dt.normalize())
        .groupby(keys)
        .size()
        .reset_index(name="n")
    )
    styles = side_styles(per["side"].unique())
    # Incidents in the order their claims began; sources grouped by side.
    order = ["day", row_key] if by_incident else ["side", "source"]
    rows = per.sort_values(order).drop_duplicates(row_key)
    row = {s: i for i, s in enumerate(rows[row_key])}
    # Several incidents: each side of a row on its own line, a little apart, so the army's
    # and the group's claims of one day are both visible.
    sides = sorted(styles)
    shift = {side: (k - (len(sides) - 1) / 2) * 0.18 for k, side in enumerate(sides)}
    fig = _figure(0.8 + 0.25 * len(row))
    ax = fig.subplots()
    for side, part in per.groupby("side"):
        c, marker = styles[side]
        y = part[row_key].map(row) + (shift[side] if by_incident else 0)
        ax.scatter(part["day"], y, s=8 + 8 * np.sqrt(part["n"]), c=c, marker=marker)
    # Incident ids are long and many: one short line each, so the dates keep their width.
    labels = [
        plain_text(n, 26) if by_incident else _wrap(n, LABEL_WIDTH, lines=2)
        for n in rows[row_label]
    ]
    ax.set_yticks(range(len(row)), labels)
    ax.set_ylim(len(row) - 0.5, -0.5)
    ax.grid(True, axis="both")
    # Concise dates: a few ticks, the year said once, legible from days to years apart.
    locator = AutoDateLocator(minticks=2, maxticks=4)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    undated = t[row_key].nunique() - len(row)
    what = f"{undated} {'incident' if by_incident else 'source'}{'' if undated == 1 else 's'}"
    # In the title: a long legend entry would widen the legend and squeeze the axes.
    ax.set_title("Claims by publication date" + (f"\n+{what} with no date" if undated else ""))
    _side_legend(fig, styles)
    return fig


__all__ = [
    "NothingToPlot",
    "STYLE",
    "claims_timeline",
    "discrepancy_overview",
    "place_matrix",
    "places_plot",
    "plain_text",
    "range_plot",
    "ratio_plot",
    "shorten",
    "side_styles",
    "spreads",
]

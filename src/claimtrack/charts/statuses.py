"""Statuses and ratios: measures by status with their spreads, and two sources' ratios.

Example:
    >>> import pandas as pd
    >>> d = pd.DataFrame({"n_figures": [2], "min_best": [10], "max_best": [30],
    ...                   "status": ["contested"]})
    >>> spreads(d)["spread"].tolist()
    [3.0]
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

from claimtrack.charts.base import NothingToPlot, new_figure
from claimtrack.charts.style import COLUMN_WIDTH_IN, MUTED, PALETTE, STATUS_STYLE, styled
from claimtrack.charts.text import plain_text
from claimtrack.vocabulary import STATUSES


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


def _jittered(ratios: pd.DataFrame, statuses: list[str]) -> np.ndarray:
    """Each measure's row (its status) plus a seeded jitter: the same dots at every run."""
    y = np.zeros(len(ratios))
    rng = np.random.default_rng(0)
    for k, s in enumerate(statuses):
        rows = (ratios["status"] == s).to_numpy()
        y[rows] = k + rng.uniform(-0.22, 0.22, rows.sum())
    return y


def _draw_spreads(right, ratios: pd.DataFrame, statuses: list[str]) -> None:
    """The spread of each measure as a jittered dot in its status row; a 0 at the edge."""
    finite = ratios.loc[np.isfinite(ratios["spread"]), "spread"]
    top = max(2.0, float(finite.max()) * 1.2) if len(finite) else 2.0
    # One figure is 0 (the army: "none"; the group: 60): no finite ratio, so those
    # measures sit on the right edge, drawn as arrows, with a note along the edge.
    edge = top * 1.4
    shown = ratios.assign(x=ratios["spread"].clip(upper=edge), y=_jittered(ratios, statuses))
    inf = np.isinf(shown["spread"])
    palette = {s: STATUS_STYLE[s][0] for s in statuses}
    markers = {s: STATUS_STYLE[s][1] for s in statuses}
    dots = {"x": "x", "y": "y", "hue": "status", "palette": palette, "legend": False, "ax": right}
    if (~inf).any():  # an empty frame makes seaborn warn that it has no hue
        sns.scatterplot(shown[~inf], **dots, style="status", markers=markers, s=6, alpha=0.6, lw=0)
    if inf.any():
        sns.scatterplot(shown[inf], **dots, marker=">", s=14, lw=0)
    if inf.any():
        right.axvline(edge, color=MUTED, lw=0.5, ls=":")
        right.text(edge, 1, "one figure is 0 ", transform=right.get_xaxis_transform(),
                   rotation=90, ha="right", va="top", fontsize=5, color=MUTED)  # fmt: skip
    right.set_xlim(0.9, edge * 1.15)


def _draw_counts(left, counts: pd.Series) -> None:
    """How many measures have each status: a bar per status, its count at its end."""
    labels = [s.replace("_", " ") for s in counts.index]
    palette = {label: STATUS_STYLE[s][0] for label, s in zip(labels, counts.index, strict=True)}
    sns.barplot(x=counts.to_numpy(), y=labels, hue=labels, palette=palette, saturation=1,
                width=0.6, errorbar=None, legend=False, ax=left)  # fmt: skip
    for yi, n in enumerate(counts.to_numpy()):
        left.annotate(f"{n:,}", (n, yi), xytext=(2, 0), textcoords="offset points",
                      va="center", fontsize=6)  # fmt: skip
    # Fixed, not autoscaled: the spreads drawn next on the shared y axis must not pad it.
    left.set_ylim(len(counts) - 0.5, -0.5)
    left.set_xlim(0, counts.max() * 1.35)
    left.set_xlabel("measures")
    left.set_title("Status")


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
    fig = new_figure(0.5 + 0.28 * len(statuses) + 0.5)
    left, right = fig.subplots(1, 2, sharey=True, gridspec_kw={"width_ratios": [1, 1.6]})
    _draw_counts(left, counts)
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

    ``pairs`` is :func:`claimtrack.briefing.side_by_side`. Measures where one figure is 0
    have no ratio: the axis label counts them. With no ratio at all it raises
    ``NothingToPlot`` with a sentence true to the table (no measure in common; in common
    but not both with a figure; or a figure of 0).

    Example:
        >>> import claimtrack as ct
        >>> from claimtrack.briefing import side_by_side
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
    fig = new_figure(1.1 + 0.16 * lines + 0.1 * len(labels), width_in=2 * COLUMN_WIDTH_IN)
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

"""The range plot: per measure, each source's low–high range with its best figure marked.

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> len(ct.charts.range_plot(ct.measures(tidy)).axes) > 1
    True
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from claimtrack.charts.base import NothingToPlot, new_figure, one_incident, side_legend
from claimtrack.charts.style import MUTED, side_styles, styled
from claimtrack.charts.text import LABEL_WIDTH, measure_label, plain_text, wrap
from claimtrack.vocabulary import CLAIM_TYPES, NON_PARTY_SIDES


def drawn_measures(measures: pd.DataFrame) -> list[str]:
    """The measures a range plot draws, in its order: those some source gives a figure for,
    by claim type, then id.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> len(drawn_measures(ct.measures(tidy)))
        4
    """
    numeric = measures.groupby("measure_id")["interval_low"].transform(lambda s: s.notna().any())
    rank = {t: i for i, t in enumerate(CLAIM_TYPES)}
    return (
        measures[numeric]
        .drop_duplicates("measure_id")
        .assign(_r=lambda d: d["claim_type"].map(rank))
        .sort_values(["_r", "measure_id"])["measure_id"]
        .tolist()
    )


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
    m = one_incident(measures, incident_id, "measures")
    ids = drawn_measures(m)
    if not ids:
        raise NothingToPlot(
            "No source gives a figure for any measure of this incident: nothing to draw "
            "as ranges (see place_matrix for places named, summarize for the claims)."
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
    fig = new_figure(0.45 + 0.24 * sum(heights))
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
    side_legend(fig, styles, extra)
    return fig


def _draw_ranges(ax, rows: pd.DataFrame, silent: list[str], styles, m: pd.DataFrame) -> None:
    finite = pd.concat([rows["interval_low"], rows["interval_high"], rows["value_point"]])
    finite = finite[np.isfinite(finite)]
    right = max(float(finite.max()) * 1.3, 1.0) if len(finite) else 1.0
    labels = []
    for y, (_, r) in enumerate(rows.iterrows()):
        color, marker = styles[r["side"]]
        labels.append(wrap(r["source_name"], LABEL_WIDTH, lines=2))
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
        labels.append(wrap(" and ".join(names), LABEL_WIDTH, lines=2))
        ax.text(0, y, "  says nothing", va="center", fontsize=6, color=MUTED, style="italic")
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.set_xlim(0, right)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    ax.set_title(measure_label(rows.iloc[0]))

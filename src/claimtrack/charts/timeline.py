"""Claims over time: when each source (or, across incidents, each incident) spoke.

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> later = tidy.assign(published_at=tidy["published_at"].where(
    ...     tidy["source"].ne("residents"), pd.Timestamp("2025-07-05")))
    >>> ct.charts.claims_timeline(later).axes[0].get_title("left")
    'Claims by publication date'
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure
from matplotlib.markers import MarkerStyle

from claimtrack.charts.base import NothingToPlot, new_figure, one_incident, side_legend
from claimtrack.charts.style import side_styles, styled
from claimtrack.charts.text import LABEL_WIDTH, plain_text, wrap
from claimtrack.vocabulary import NON_PARTY_SIDES


def _dated(t: pd.DataFrame) -> pd.DataFrame:
    """The claims with a publication date; fewer than two dates is nothing to plot."""
    dated = t.dropna(subset=["published_at"])
    days = dated["published_at"].dt.normalize().unique()
    if len(days) < 2:
        when = f"one date, {pd.Timestamp(days[0]).date()}" if len(days) else "no date"
        raise NothingToPlot(
            f"All {len(t)} claims were published on {when}: a timeline needs two dates or more."
        )
    # The few columns drawn, as plain text: a category would map and label by category.
    return dated.astype({c: "str" for c in ("incident_id", "source", "source_name", "side")})


def _draw_claims(ax, per: pd.DataFrame, styles: dict[str, tuple[str, str]]) -> None:
    """A dot per row and day at ``y``, sized by how many claims (``n``), styled by side."""
    palette = {side: colour for side, (colour, _) in styles.items()}
    markers = {side: marker for side, (_, marker) in styles.items()}
    sizes = {n: 8 + 8 * np.sqrt(n) for n in per["n"].unique()}
    # seaborn mixes no filled and line-art markers ("x", unknown) in one call: one call each.
    filled = per["side"].map(lambda side: MarkerStyle(markers[side]).is_filled())
    look = {"sizes": sizes, "edgecolor": "face", "linewidth": plt.rcParams["lines.linewidth"]}
    for _, part in per.groupby(filled):
        # Only this call's sides: seaborn checks every marker it is given.
        kinds = sorted(set(part["side"]))
        sns.scatterplot(
            part, x="day", y="y", hue="side", style="side", size="n", ax=ax, legend=False,
            hue_order=kinds, style_order=kinds, palette=palette,
            markers={k: markers[k] for k in kinds}, **look,
        )  # fmt: skip
    ax.set(xlabel="", ylabel="")  # seaborn names the axes after the columns


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
    t = tidy if incident_id is None else one_incident(tidy, incident_id, "tidy")
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
    fig = new_figure(0.8 + 0.25 * len(row))
    ax = fig.subplots()
    y = per[row_key].map(row) + (per["side"].map(shift) if by_incident else 0)
    _draw_claims(ax, per.assign(y=y), styles)
    # Incident ids are long and many: one short line each, so the dates keep their width.
    labels = [
        plain_text(n, 26) if by_incident else wrap(n, LABEL_WIDTH, lines=2) for n in rows[row_label]
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
    side_legend(fig, styles)
    return fig

"""What every figure family shares: the refusal, one incident chosen, a column-wide
headless figure, the side legend under the axes.

Example:
    >>> from claimtrack.charts.base import new_figure
    >>> round(float(new_figure(2.0).get_figwidth()), 2)
    3.35
"""

from __future__ import annotations

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.transforms import ScaledTranslation

from claimtrack.charts.style import COLUMN_WIDTH_IN
from claimtrack.charts.text import plain_text
from claimtrack.reference import side_name


class NothingToPlot(ValueError):
    """The input has nothing this chart can draw; the message says why and what would."""

    # Named by its public home, as tracebacks and doctests print it.
    __module__ = "claimtrack.charts"


def one_incident(frame: pd.DataFrame, incident_id: str | None, what: str) -> pd.DataFrame:
    """The rows of ``incident_id``, or the frame when it holds one incident; else refused.

    Example:
        >>> one_incident(pd.DataFrame({"incident_id": ["a", "b"]}), "b", "tidy").index.tolist()
        [1]
    """
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


def new_figure(height_in: float, width_in: float = COLUMN_WIDTH_IN) -> Figure:
    """A figure one brief column wide, with a headless canvas (no pyplot, no GUI).

    Made with ``Figure(...)``, not ``plt.figure``: pyplot keeps no reference to it.

    Example:
        >>> float(new_figure(2.0).get_figheight())
        2.0
    """
    fig = Figure(figsize=(width_in, height_in), layout="constrained")
    FigureCanvasAgg(fig)  # renders and saves without pyplot or a GUI
    return fig


def side_legend(fig: Figure, styles: dict[str, tuple[str, str]], extra: list | None = None) -> None:
    """A legend of sides (and ``extra`` handles) under the bottom axes, 22 pt below it.

    An axes legend, not ``fig.legend(loc="outside …")``: constrained layout keeps axes
    legends inside its rect, so the caption band export_figure reserves stays free.

    Example:
        >>> fig = new_figure(2.0)
        >>> side_legend(fig, {"jnim": ("#0173b2", "o")}, extra=None) if fig.subplots() else None
        >>> [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
        ['JNIM (GSIM)']
    """
    handles = [
        Line2D([], [], color=c, marker=m, linestyle="", label=plain_text(side_name(side)))
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

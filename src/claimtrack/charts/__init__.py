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

This namespace is the public one; the modules behind it hold one job each:
``style`` (the look), ``text`` (text from the data made safe to draw), ``base``
(what every figure shares), and one module per family of figures: ``ranges``,
``places``, ``statuses``, ``timeline``.

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> fig = ct.charts.place_matrix(tidy)
    >>> type(fig).__name__
    'Figure'
"""

from __future__ import annotations

from claimtrack.charts.base import NothingToPlot
from claimtrack.charts.places import place_matrix, places_plot
from claimtrack.charts.ranges import range_plot
from claimtrack.charts.statuses import discrepancy_overview, ratio_plot, spreads
from claimtrack.charts.style import GLYPH_WARNING, STYLE, side_styles, styled
from claimtrack.charts.text import plain_text, shorten
from claimtrack.charts.timeline import claims_timeline

__all__ = [
    "GLYPH_WARNING",
    "STYLE",
    "NothingToPlot",
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
    "styled",
]

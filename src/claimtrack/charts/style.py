"""The one look of every figure: the packaged style, seaborn's colour-blind palette, a
colour and a marker per side and per status, and ``styled``, which draws inside them.

The style file (``claimtrack.mplstyle``, beside this module) is applied with
``plt.style.context`` around each chart, with seaborn's palette as the colour cycle, so
neither leaks into the caller's rcParams. seaborn's theme is never set: its palettes
and plotting functions are used inside this style.

Example:
    >>> from claimtrack.charts.style import PALETTE, STATUS_STYLE
    >>> PALETTE[0], STATUS_STYLE["corroborated"]
    ('#0173b2', ('#029e73', '^'))
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from pathlib import Path

import matplotlib.pyplot as plt
import seaborn as sns
from matplotlib.figure import Figure

from claimtrack.vocabulary import NON_PARTY_SIDES, STATUSES

STYLE = Path(__file__).with_name("claimtrack.mplstyle")
COLUMN_WIDTH_IN = 8.5 / 2.54
# Colour-blind safe; markers are the second cue, for print and for readers it still fails.
PALETTE: list[str] = sns.color_palette("colorblind").as_hex()
PARTY_COLORS = [PALETTE[i] for i in (0, 1, 4, 5, 9, 3)]
PARTY_MARKERS = ["o", "s", "D", "v", "P", "X"]
# In the vocabulary's order (independent, unknown): fixed, whatever the parties.
SIDE_FIXED = dict(zip(NON_PARTY_SIDES, [(PALETTE[2], "^"), (PALETTE[7], "x")], strict=True))
# In the vocabulary's order (contested, denied, unanswered, corroborated, single_source).
STATUS_STYLE = dict(
    zip(
        STATUSES,
        [(PALETTE[3], "X"), (PALETTE[4], "v"), (PALETTE[1], "s"), (PALETTE[2], "^"),
         (PALETTE[7], "o")],
        strict=True,
    )
)  # fmt: skip
MUTED = "#595959"
GLYPH_WARNING = r"Glyph \d+ .*missing from (current )?font"


def style_context() -> AbstractContextManager:
    """The package style with seaborn's palette as colour cycle, as a context manager.

    Example:
        >>> import matplotlib.pyplot as plt
        >>> with style_context():
        ...     plt.rcParams["font.size"], plt.rcParams["axes.prop_cycle"].by_key()["color"][1]
        (7.0, '#de8f05')
    """
    return plt.style.context([STYLE, {"axes.prop_cycle": plt.cycler(color=PALETTE)}])


def styled(func: Callable[..., Figure]) -> Callable[..., Figure]:
    """Run a chart function inside the package style, and finish the figure there.

    Tick labels are created lazily, at the first draw: drawing once inside the
    context makes them take the style's sizes even when the caller saves later.

    Example:
        >>> from claimtrack.charts.base import new_figure
        >>> bool(styled(lambda: new_figure(1.0))().get_figwidth() == COLUMN_WIDTH_IN)
        True
    """

    @functools.wraps(func)
    def wrapper(*args, **kwargs) -> Figure:
        with style_context(), warnings.catch_warnings():
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

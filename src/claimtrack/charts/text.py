r"""Text from the data made safe to draw: shortened, plain (no mathtext), drawable, wrapped.

Example:
    >>> from claimtrack.charts.text import plain_text
    >>> plain_text("costs $5")
    'costs \\$5'
"""

from __future__ import annotations

import functools
import re
import textwrap
from unicodedata import category

import matplotlib.pyplot as plt
import pandas as pd

from claimtrack.charts.style import style_context

# Figures are for reading at a glance: a name longer than this is cut (tables keep it whole).
TEXT_LIMIT = 60
LABEL_WIDTH = 32  # characters per line of a source label (two lines at most)
_SPACES = re.compile(r"\s+")


@functools.cache
def _font_charmap() -> frozenset[int]:
    """Code points the style's font can draw (read once from the font file)."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    with style_context():
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


def wrap(text: object, width: int = 18, lines: int = 3) -> str:
    """``plain_text`` wrapped to ``width`` characters in at most ``lines`` lines.

    Example:
        >>> wrap("Malian Armed Forces (FAMa)", 16)
        'Malian Armed\\nForces (FAMa)'
    """
    return plain_text(text, width=width, lines=lines)


def measure_label(row: pd.Series) -> str:
    """A measure named for a panel title: claim type · subject · place, those it has.

    Example:
        >>> measure_label(pd.Series({"claim_type": "killed", "subject": "fighters",
        ...                          "location": None}))
        'killed · fighters'
    """
    parts = [row["claim_type"], row["subject"], row["location"]]
    return plain_text(" · ".join(p for p in parts if isinstance(p, str) and p))

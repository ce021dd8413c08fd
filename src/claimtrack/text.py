"""Text folding shared by every matcher: one definition of "the same words".

Example:
    >>> fold("  Léré’s   Town ")
    "lere's town"
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "«": '"', "»": '"'}
)
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case-fold, drop accents, straighten quotes and collapse white space.

    Example:
        >>> fold("Sandaré")
        'sandare'
    """
    text = unicodedata.normalize("NFKD", str(text).translate(_QUOTES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text).strip().casefold()


def slug(text: str) -> str:
    """A lower-case identifier made of letters, digits and underscores.

    Example:
        >>> slug("A local politician")
        'a_local_politician'
    """
    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_") or "unnamed"

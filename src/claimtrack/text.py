"""Text folding shared by every matcher: one definition of "the same words".

Example:
    >>> fold("  Léré’s   Town ")
    "lere's town"
"""

from __future__ import annotations

import hashlib
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
    text = str(text).translate(_QUOTES)
    if not text.isascii():  # ASCII has no accents to drop: most words, on every matcher's path
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text).strip().casefold()


def strip_controls(text: str) -> str:
    """Drop control and format characters (right-to-left overrides, zero-width joiners, NUL).

    They are invisible, so two ids that look the same could differ only by them.

    Example:
        >>> strip_controls("evil\u202etxt.exe")
        'eviltxt.exe'
    """
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf"))


def _latin_fold(text: str) -> str:
    """Fold case, and drop accents from Latin letters only (é → e, not й → и)."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", strip_controls(text).translate(_QUOTES)):
        if unicodedata.combining(ch) and out and out[-1].isascii():
            continue  # an accent on a Latin letter: Sandaré and Sandare are one name
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).casefold()


def slug(text: str) -> str:
    """A lower-case identifier of letters (in any script), digits and underscores.

    Latin accents are dropped; other scripts keep their letters, so Arabic or
    Cyrillic names give distinct ids. A name with no letter or digit at all gets
    a stable id made from its hash.

    Example:
        >>> slug("A local politician")
        'a_local_politician'
        >>> slug("Группа Вагнера"), slug("الجيش المالي")
        ('группа_вагнера', 'الجيش_المالي')
        >>> slug("🙂")
        'unnamed_0402582b'
    """
    folded = re.sub(r"[\W_]+", "_", _latin_fold(str(text))).strip("_")
    if folded:
        return folded
    return "unnamed_" + hashlib.sha1(str(text).encode()).hexdigest()[:8]

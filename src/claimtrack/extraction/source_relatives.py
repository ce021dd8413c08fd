"""A source written after a relative adverb: "a raid on a post in which the ministry said
14 died", "near Bama, where the army said nine died". The source is what follows the
adverb, not the noun the relative hangs on; unless a clause follows it ("Residents of the
town where the attack took place said": the residents speak).

Example:
    >>> left = "The clash follows a raid in which the Interior Ministry"
    >>> left[past_place_relative(left, 0) :]
    'the Interior Ministry'
    >>> left = "Residents of the town where the attack took place"
    >>> past_place_relative(left, 0)
    0
"""

from __future__ import annotations

import re

from claimtrack.extraction.source_names import valid_source

_PLACE_RELATIVE = re.compile(
    r"\b(?:where|whereby|(?:in|during|on|at|under|after|from|through|with|for)\s+which)\s+",
    re.IGNORECASE,
)
_VERB = re.compile(r"\w{3,}ed\b")  # "where rebels attacked": a clause, no source


def past_place_relative(left: str, seg: int) -> int:
    """Where the source of a verb at the end of ``left`` starts: after the last relative
    adverb from ``seg`` on when a source follows it, else ``seg``."""
    rel = max(_PLACE_RELATIVE.finditer(left, seg), key=lambda m: m.start(), default=None)
    rest = left[rel.end() :].strip() if rel else ""
    if rel and rest and valid_source(rest) and not _VERB.search(rest):
        return rel.end()
    return seg

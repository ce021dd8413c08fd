"""Where what a denial denies ends: at the denier's own verb going on.

"The army rejected the report, insisting there was no fighting" and "X refuted the claims
and said there were no clashes": the denial's object is "the report" / "the claims"; what
follows the going-on verb is the denier's own account (its figures asserted, an event it
says did not happen denied as that event), not more of what is denied.

Example:
    >>> s = "The army rejected the report, insisting there was no fighting."
    >>> s[9:denied_object_end(s, 17, len(s))]
    'rejected the report'
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# The denier's own verb after its denial: a participle after a comma, or "and said"
# (not a second denial: "rejected the report, denying that …" goes on denying)
_GOING_ON = re.compile(
    r",\s*(?:saying|insisting|adding|stressing|claiming|noting|arguing|maintaining|stating"
    r"|explaining|asserting|confirming|announcing)\b"
    r"|\s+and\s+(?:(?:also|then|instead)\s+)?(?:said|says|insisted|insists|added|adds|stressed"
    r"|maintained|claimed|claims|stated|explained|announced|confirmed)\b",
    _I,
)


def denied_object_end(shade: str, lo: int, hi: int) -> int:
    """Where the object of a denial verb ending at ``lo`` ends, before ``hi``: at the
    denier's going-on verb, if one follows, else ``hi``.

    Example:
        >>> s = "X refuted the claims and said there were no clashes."
        >>> s[:denied_object_end(s, 9, len(s))]
        'X refuted the claims'
    """
    m = _GOING_ON.search(shade, lo, hi)
    return m.start() if m else hi

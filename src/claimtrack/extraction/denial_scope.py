"""Where what a denial denies ends: at the denier's own verb going on.

"The army rejected the report, insisting there was no fighting" and "X refuted the claims
and said there were no clashes": the denial's object is "the report" / "the claims"; what
follows the going-on verb is the denier's own account (its figures asserted, an event it
says did not happen denied as that event), not more of what is denied.

A deed denied as a gerund, alone or as what a denied claim is about ("denied rebel claims
about capturing a territory", "denies breaking truce"), gives the denial its claim type,
as a denied clause does ("denied that a patrol was ambushed": attacked); a label given
to the claim after "as" ('denied the claims as "propaganda to cover up its losses"') is
no part of what is denied.

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
# The label a denial gives what it denies: 'dismissed the claims as "propaganda …"'
_AS_LABEL = re.compile(r"\s+as\s+[\"“'‘]", _I)


def denied_object_end(shade: str, lo: int, hi: int) -> int:
    """Where the object of a denial verb ending at ``lo`` ends, before ``hi``: at the
    denier's going-on verb, if one follows, and before a quoted label after "as".

    Example:
        >>> s = "X refuted the claims and said there were no clashes."
        >>> s[:denied_object_end(s, 9, len(s))]
        'X refuted the claims'
        >>> s = 'X denied the claims as "propaganda to hide its losses".'
        >>> s[:denied_object_end(s, 8, len(s))]
        'X denied the claims'
    """
    if m := _GOING_ON.search(shade, lo, hi):
        hi = m.start()
    m = _AS_LABEL.search(shade, lo, hi)
    return m.start() if m else hi


# A deed named by its gerund right after the denial, or after the claim noun it denies
_DEED = re.compile(
    r"\s*(?:(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:claims?|reports?|allegations?"
    r"|accusations?)\s+(?:of|about|that\s+it\s+was)\s+)?(?:having\s+)?(?P<deed>\w+ing)\b"
    r"(?:\s+(?P<next>[\w-]+))?(?:\s+(?P<third>[\w-]+))?",
    _I,
)
# Deeds whose denial has a type of the schema (not "killing": a toll or a blame)
_DEED_TYPES = (
    (re.compile(r"(?:captur|seiz|overrunn|tak|mak|gain)ing", _I), "seized"),
    (re.compile(r"(?:attack|bomb|shell|target|raid|ambush|storm)ing", _I), "attacked"),
    (re.compile(r"(?:break|violat)ing", _I), "responsibility"),
)
# What makes "taking"/"making" a seizure: "taking control", "making territorial gains"
_SEIZED_OBJECTS = re.compile(r"(?:control|over|territor\w*|gains?|ground|towns?|villages?)", _I)


def denied_deed(shade: str, lo: int, hi: int) -> str | None:
    """The claim type of a deed denied as a gerund right after a denial verb ending at
    ``lo`` (before ``hi``), or None.

    Example:
        >>> s = "The coalition denied rebel claims about capturing a territory."
        >>> denied_deed(s, s.index(" rebel"), len(s))
        'seized'
    """
    m = _DEED.match(shade, lo, hi)
    if not m:
        return None
    kind = next((k for p, k in _DEED_TYPES if p.fullmatch(m.group("deed"))), None)
    if kind == "seized" and m.group("deed").lower()[:3] in ("tak", "mak"):
        # "taking control", "making territorial gains" (not "taking part", "making a call")
        words = [w for w in (m.group("next"), m.group("third")) if w]
        return kind if any(_SEIZED_OBJECTS.fullmatch(w) for w in words) else None
    return kind

"""French tolls that changed: "le bilan est passé de 14 à 21 morts".

A range "de N à M" after a verb of change ("est passé", "a grimpé", "passant", "revu") is
no range: the toll now is M, and N is the earlier toll the same source gave, a claim of
its own (annotators keep both: "le bilan est passé de 16 à 23 morts" is 16 dead, then 23).
The range may have been read with its "de" ("de 14 à 21", the participle's count) or
without it ("14 à 21", the toll noun's count after "le nombre de morts est passé de").

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Le bilan est passé de 14 à 21 morts."
    >>> toll = Found("killed", 19, 29, "de 14 à 21")
    >>> [(f.value, f.start, f.rule) for f in revised(shadow(text), text, [toll])]
    [('21', 27, ''), ('14', 22, 'earlier')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.found import Found
from claimtrack.extraction.number_forms import clean_value

_I = re.IGNORECASE

# "est passé de 14 à 21", "passant de 8 à 17", "a grimpé de 30 à 52": a toll that changed
# (the shade is folded: "à" is "a")
_CHANGED = re.compile(
    r"(?<![\w'-])(?:passe|passee|passes|passant|porte|portee|portant|grimpe|grimpant|monte"
    r"|montant|augmente|augmentant|alourdi|evolue|evoluant|revu|revise)"
    r"(?:\s+a\s+la\s+hausse)?\s+(?P<de>(?:de|d')\s*)?$",
    _I,
)
_FROM_TO = re.compile(
    r"(?:(?:de|d')\s*)?(?P<from>\S+(?:\s\d{3})*)\s+a\s+(?P<to>.+)$",
    _I,
)


def _split(shade: str, text: str, found: Found) -> list[Found]:
    """A range after a verb of change: the figure it changed to, then the earlier one."""
    m = _FROM_TO.match(shade, found.start, found.end) if found.value else None
    if not m:
        return [found]
    said_de = shade[found.start : m.start("from")].strip()
    changed = _CHANGED.search(shade, max(0, found.start - 40), found.start)
    # the "de" is read with the count or right before it, never both nor neither
    if not changed or bool(said_de) == bool(changed.group("de")):
        return [found]
    now = clean_value(text[m.start("to") : found.end])
    if not now:
        return [found]
    out = [replace(found, start=m.start("to"), value=now)]
    earlier = clean_value(text[m.start("from") : m.end("from")])
    if earlier:
        start, end = m.span("from")
        out.append(replace(found, start=start, end=end, value=earlier, rule="earlier"))
    return out


def revised(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """The sentence's counts with each changed toll split in two (module docstring)."""
    return [g for f in counts for g in _split(shade, text, f)]

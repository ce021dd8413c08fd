"""A candidate claim found in a sentence, before it has a source: the record every finder returns.

Example:
    >>> Found("killed", 10, 12, value="80", subject="fighters").stance
    'asserts'
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Found:
    """One candidate claim in a sentence (offsets relative to the sentence)."""

    claim_type: str
    start: int  # the span the claim rests on (the count, or the event words)
    end: int
    value: str | None = None
    subject: str | None = None
    stance: str = "asserts"
    confidence: float = 0.7
    rule: str = ""
    subset: bool = False
    extra: dict = field(default_factory=dict)


def covered(found: list[Found], start: int, end: int) -> bool:
    """Whether a claim already found overlaps the span ``start``–``end``.

    Example:
        >>> covered([Found("killed", 0, 5)], 3, 8), covered([Found("killed", 0, 5)], 5, 8)
        (True, False)
    """
    return any(f.start < end and start < f.end for f in found)

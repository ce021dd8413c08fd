"""The records the count rules read and write: a count in its sentence, and what makes it
a claim.

Example:
    >>> Reading(subject="fighters").stance
    'asserts'
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Count:
    """A quantity phrase in a sentence and the words around it (offsets in the sentence)."""

    match: re.Match
    start: int
    end: int
    before: str  # up to 60 characters before the count
    verb: re.Match | None  # a claim verb right before it: "killed up to 40"
    subject_end: int
    words: list[str]  # the subject's words, lower case
    subject: str | None  # the subject as written
    before_end: int | None = None  # where ``before`` ends, if not at ``start`` ("just 37")

    def verb_start(self) -> int:
        """Where the claim verb starts in the sentence (``verb`` matched in ``before``)."""
        end = self.start if self.before_end is None else self.before_end
        return end - len(self.before) + (self.verb.start() if self.verb else 0)


@dataclass
class Reading:
    """What makes a count a claim: its type, the rule that found it, what the rule changes."""

    subject: str | None
    claim_type: str | None = None
    rule: str = ""
    extra: str | None = None  # a second predicate: "killed or wounded"
    tight: bool = False  # a conjunct right after "and": "42 criminals and one officer"
    stance: str = "asserts"
    subset: bool = False
    one_more: tuple[int, int] | None = None  # "three soldiers and a civilian were killed"
    value_start: int | None = None  # "took over 3 towns": the value starts past "over"

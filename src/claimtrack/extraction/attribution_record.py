"""The record of a source in a sentence: where it is written, its verb, what it speaks for.

Example:
    >>> a = Attribution("tail", 20, 29, 30, 34, "officials")
    >>> inside_span(25, [a]), inside_span(5, [a])
    (True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.extraction.lexicon import speech, words

# The verbs every frame reads: a reporting verb, and whether it denies.
REPORTING = words(speech.REPORTING_VERBS, lower=True)
DENIAL = re.compile(rf"^(?:{speech.DENIAL_VERBS})$", re.IGNORECASE)


@dataclass
class Attribution:
    """A source in a sentence. Offsets are relative to the sentence."""

    kind: str  # head, tail, according, citing, inverted, passive, claim
    start: int  # the source phrase
    end: int
    verb_start: int
    verb_end: int
    phrase: str  # as written
    denial: bool = False
    content: tuple[int, int] = (0, 0)
    # "The ministry has sent 20 doctors, it said": whom the pronoun stands for, written
    # as the subject of the clause it closes (None: resolved across sentences)
    antecedent: str | None = None
    # "…, a déclaré X, confirmant une information donnée par Y": Y says the same
    also: tuple[str, ...] = ()


def inside_span(i: int, found: list[Attribution]) -> bool:
    """Whether position ``i`` lies inside a source or verb already found.

    Example:
        >>> inside_span(0, [])
        False
    """
    return any(a.start <= i < a.end or a.verb_start <= i < a.verb_end for a in found)


def within_speech(attribution: Attribution, content: tuple[int, int]) -> bool:
    """Whether a source stands inside what another says ("The ministry says it has …"); a
    closing "he said" right after it closes that speech, it is not part of it ("Rebels
    counted the bodies, he said, and …": he is not the rebels).

    Example:
        >>> a = Attribution("tail", 41, 43, 44, 48, "he", content=(14, 41))
        >>> within_speech(a, (14, 41)), within_speech(a, (14, 60))
        (False, True)
    """
    closes = attribution.kind in ("tail", "inverted") and attribution.content[1] <= content[1]
    end = content[1] if not closes else content[1] - 1
    return content[0] <= attribution.start <= end


def quoted_before(shade: str, attribution: Attribution) -> bool:
    """Whether a source's sentence quoted it, so that a quotation opening the next sentence
    goes on in its voice: a tail or inverted source closing a quotation, or any source whose
    words hold one ('Selon X, la riposte a tué "80 terroristes". "…"').

    Example:
        >>> s = 'Selon X, la riposte a tué "80 terroristes".'
        >>> quoted_before(s, Attribution("according", 6, 7, 0, 5, "X", content=(7, len(s))))
        True
    """
    if attribution.kind in ("tail", "inverted") and '"' in shade:
        return True
    return '"' in shade[attribution.content[0] : attribution.content[1]]

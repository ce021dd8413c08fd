"""What the French parse adds to a sentence the rules have read: sources where they found
none, counts they did not tie to a claim word. The one call the walk makes for French.

Only a sentence that holds a count is parsed: the parse is the costly step, and a
sentence without a figure gains nothing from it.

Example:
    >>> from claimtrack.extraction.sentences import split_sentences
    >>> s = split_sentences("Au total, douze villageois ont péri, a raconté un témoin.")[0]
    >>> sources, claims = read_french(s, [])  # the rules read the count already
    >>> [a.phrase for a in sources], [(c.claim_type, c.value) for c in claims]
    (['un témoin'], [])
"""

from __future__ import annotations

from claimtrack.extraction.attribution import Attribution
from claimtrack.extraction.counts import find_counts
from claimtrack.extraction.found import Found
from claimtrack.extraction.french_parse import parse, parse_counts
from claimtrack.extraction.french_sources import parse_sources
from claimtrack.extraction.number_forms import quantity_re
from claimtrack.extraction.sentences import Sentence


def _has_count(shade: str) -> bool:
    """Whether a sentence holds a figure worth a parse: a number, not just "un", "une"."""
    return any(
        m.group("num") or m.group("word") or m.group("range") for m in quantity_re().finditer(shade)
    )


def read_french(
    sentence: Sentence, attributions: list[Attribution]
) -> tuple[list[Attribution], list[Found]]:
    """The sentence's sources (the rules', else the parse's) and the counts only the parse
    ties to a claim word (none the rules read at the same figure).

    Example:
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> s = split_sentences("Il n'a rien dit.")[0]
        >>> read_french(s, [])
        ([], [])
    """
    if not _has_count(sentence.shade):
        return attributions, []
    doc = parse(sentence.text)
    if not attributions:
        attributions = parse_sources(doc, sentence.shade)
    taken = [(a.start, a.end) for a in attributions]
    claims = parse_counts(doc, sentence.shade, taken)
    if claims:
        ruled = find_counts(sentence.shade, sentence.text, taken)
        read = [(c.start, c.end) for c in ruled]
        claims = [
            c for c in claims if not any(a <= c.start < b or c.start <= a < c.end for a, b in read)
        ]
    return attributions, claims

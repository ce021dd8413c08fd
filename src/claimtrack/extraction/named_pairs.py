"""Two things, each named one by its article, that share a plural passive: "the post and
an army tank were destroyed" (one post, one tank).

``named_things`` reads one thing before a singular verb ("a tank was destroyed"); with two
things joined by "and" the verb is plural and neither is read. Each conjunct is a claim of
its own, counted one by its article; a plural conjunct ("the post and two tanks") is a
count the count rules read, so the pair is left to them.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> s = "The rebels said the post and an army tank were destroyed."
    >>> [(f.claim_type, f.value) for f in named_pairs(shadow(s), s)]
    [('destroyed', 'the post'), ('destroyed', 'an army tank')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import happenings
from claimtrack.extraction.number_forms import clean_value
from claimtrack.extraction.predicates import objects, type_of_participle

_I = re.IGNORECASE
# Harm to things only: people joined by "and" are the count rules' ("a guard and a civilian").
_TYPES = ("seized", "destroyed", "damaged")
_PARTICIPLE = "|".join(
    sorted(
        (p for p, t in happenings.CLAIM_PARTICIPLES.items() if t in _TYPES),
        key=len,
        reverse=True,
    )
)
# One thing: an article or a possessive, up to two describing words, a singular thing noun
# (no conjunction, verb or count among the describing words).
_ONE = (
    r"(?:the|a|an|its|their|his|her|our)\s+"
    r"(?:(?!(?:and|or|were|was|of|in|on|at|by|with|that|which)\b)[\w'-]+\s+){0,2}?"
    rf"(?:{happenings.THING_NOUNS})"
)
_PAIR = re.compile(
    rf"(?<![\w'-])(?P<a>{_ONE})\s+and\s+(?P<b>{_ONE})\s+"
    r"(?:were|have been|had been)\s+(?:(?:also|reportedly|completely|totally|all|later)\s+)?"
    rf"(?P<p>{_PARTICIPLE})(?![\w'-])",
    _I,
)


def _singular(phrase: str) -> bool:
    """Whether a conjunct names one thing ("the post"), not several ("the posts")."""
    last = phrase.split()[-1].lower()
    return not last.endswith("s") or last.endswith(("ss", "barracks", "headquarters"))


def named_pairs(shade: str, text: str) -> list[Found]:
    """Each of two things joined by "and" before a plural passive of harm, counted one.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> s = "Two posts and a tank were seized."
        >>> named_pairs(shadow(s), s)
        []
    """
    out: list[Found] = []
    for m in _PAIR.finditer(shade):
        if not (_singular(m.group("a")) and _singular(m.group("b"))):
            continue
        kind = type_of_participle(m.group("p"))
        for part in ("a", "b"):
            start, end = m.span(part)
            value = clean_value(text[start:end])
            subject = text[start:end].split(maxsplit=1)[1]
            claim_type = objects(kind, subject) if kind else None
            if claim_type not in _TYPES or value is None:
                continue
            out.append(Found(claim_type, start, end, value, subject, "asserts", 0.6, "pair"))
    return out

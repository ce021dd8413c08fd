"""What a source is, in commas beside its name: a person's descriptions ("Ali Musa,
Chad's former envoy, and now a supporter of the rebels, said": the person with both, not
the first description alone), a body's ("A spokesman for the KPF, a coalition of rebel
groups,": the spokesman, not the coalition).

Example:
    >>> described_person("Ali Musa, Chad's former envoy", 0, lambda s: 0)
    0
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimtrack.extraction.clause_subjects import phrase_tokens, trim_tokens
from claimtrack.extraction.lexicon import source_words
from claimtrack.extraction.source_names import ROLE, titled_person

# What a person is, after his name: "a former minister", "the army spokesman", "a member
# of X", "Chad's former envoy" (a country's or a body's possessive, then what he is)
_WHAT_HE_IS = re.compile(
    rf"\s*(?:(?:the|a|an)\s+)?(?:[\w'-]+\s+){{0,3}}(?:{source_words.ROLE_WORDS})\b"
    rf"|{source_words.MEMBER_OF}"
    r"|\s*(?-i:[A-Z])[\w-]+['’]s\s+(?:[\w-]+\s+){0,3}?[\w-]+",
    re.IGNORECASE,
)


def described_person(body: str, lo: int, segment: Callable[[str], int]) -> int | None:
    """Where the person starts (an offset from ``lo``) in ``body``, "Name, what he is", or
    None: not a name before the last comma, or no description of a person after it.
    ``segment`` says where the last stretch of a text that may hold a source starts.

    Example:
        >>> described_person("Since Monday, the army", 0, lambda s: 0) is None
        True
        >>> described_person("He said Ali Musa, a former minister", 10, lambda s: 8)
        18
    """
    cut = body.rfind(",")
    if cut <= 0 or not _WHAT_HE_IS.match(body, cut + 1):
        return None
    named = body[segment(body[:cut]) : cut]
    tokens = trim_tokens(phrase_tokens(named, lo + cut - len(named)))
    return tokens[0][0] if tokens and titled_person(named) else None


_DESCRIPTION = re.compile(r",\s*(?:an?|the)\s+[^,]*$", re.IGNORECASE)


def past_description(before: str) -> str:
    """ "A spokesman for the KPF, a coalition of rebel groups": the role before a
    description of its institution (no role in the description itself).

    Example:
        >>> past_description("A spokesman for the KPF, a coalition of rebel groups")
        'A spokesman for the KPF'
    """
    desc = _DESCRIPTION.search(before)
    if desc and not ROLE.search(before[desc.start() :]) and ROLE.search(before[: desc.start()]):
        return before[: desc.start()]
    return before

"""Claims named as nouns with their owner after "by", anywhere in a sentence: "contrary to a
claim by the army that 15 rebels were killed" (the army asserts the 15, whoever speaks).

A denial's own object ("rejected claims by the rebels that …") is ``claim_nouns``' job;
this finds the owner where no denial verb takes the noun: after "contrary to", "unlike",
"despite", inside a quotation.

Example:
    >>> s = "Four were hurt, contrary to a claim by the army that 15 rebels were killed."
    >>> [(a.phrase, a.kind, s[slice(*a.content)]) for a in claims_by_owner(s, s, [])]
    [('the army', 'owner', ' that 15 rebels were killed.')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.lexicon import speech
from claimtrack.extraction.source_names import valid_source

_I = re.IGNORECASE
# "a claim by X", "the reports made by X", "an earlier statement issued by X"
_NOUN_BY = re.compile(
    r"\b(?:an?|the|its|their|his|her)\s+(?:(?:earlier|previous|initial|official|latest)\s+)?"
    rf"(?P<noun>{speech.CLAIM_NOUNS}|statements?)\s+"
    r"(?:(?:made|issued|put\s+out|released|published|given)\s+)?by\s+",
    _I,
)
_THAT = re.compile(r"\s+that\s", _I)
# When the claim was made is no part of its owner: "by X on August 19 that …"
_WHEN = re.compile(
    r"\s+(?:(?:on|late|early|earlier|last|this|in)\s+[^,;:\"]{1,30}|yesterday|today)$", _I
)
# A that-clause ends at a quotation mark, a semicolon or the sentence's end.
_CLAUSE_END = re.compile(r"[;\"”]|$")


def claims_by_owner(shade: str, text: str, found: list[Attribution]) -> list[Attribution]:
    """An "owner" frame for each claim noun whose owner is named after "by" and whose
    content is a that-clause, unless a frame already speaks for that noun.

    Example:
        >>> s = "The toll was disputed by the army."
        >>> claims_by_owner(s, s, [])
        []
    """
    owners = []
    taken = {a.verb_start for a in found}
    for m in _NOUN_BY.finditer(shade):
        that = _THAT.search(shade, m.end(), m.end() + 160)
        if (
            not that
            or m.start("noun") in taken
            or re.search(r"[,;:\"]", shade[m.end() : that.start()])
        ):
            continue
        end = m.end() + len(_WHEN.sub("", shade[m.end() : that.start()]))
        if not valid_source(text[m.end() : end]):
            continue
        a = Attribution("owner", m.end(), end, m.start("noun"), m.end("noun"), text[m.end() : end])
        a.content = (that.start(), _CLAUSE_END.search(shade, that.end()).start())
        owners.append(a)
    return owners

"""A sentence that opens with a participle of speech, its source the subject after it:
"Pointing out that three policemen were also killed, the chief asked …", "Adding that 4
civilians died, the mayor called for calm", "Denying that the base fell, the army said …".

Example:
    >>> found = []
    >>> s = "Adding that 4 civilians died, the mayor called for calm."
    >>> opening_participle_frames(s, s, found)
    >>> [(a.phrase, a.kind, s[a.verb_start : a.verb_end]) for a in found]
    [('the mayor', 'head', 'Adding')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution_record import Attribution, inside_span
from claimtrack.extraction.clause_subjects import clause_subject

_I = re.IGNORECASE
# The participle that opens the sentence (after a connector or an opening quotation mark)
_OPENING = re.compile(
    r"^\W*(?:(?:but|and|yet)\s*,?\s+)?(?P<v>adding|pointing\s+out|noting|saying|stressing"
    r"|insisting|claiming|confirming|explaining|recalling|acknowledging|admitting|denying"
    r"|arguing|alleging|asserting|maintaining|warning|reiterating|disclosing|revealing)"
    r"\s+that\s",
    _I,
)
_DENYING = re.compile(r"denying", _I)
# The subject's verb right after it: a finite verb, not a list going on ("and", "or")
_VERB_NEXT = re.compile(r"\s+(?!(?:and|or|who|which|of|in|on|at)\b)[a-z]{2,}\b")


def opening_participle_frames(shade: str, text: str, found: list[Attribution]) -> None:
    """Add a head frame for an opening participle of speech, its source the first subject
    after a comma that is followed by its own verb."""
    m = _OPENING.match(shade)
    if not m or inside_span(m.start("v"), found):
        return
    for comma in re.finditer(",", shade[m.end() :]):
        at = m.end() + comma.end()
        span = clause_subject(shade, at)
        if span and _VERB_NEXT.match(shade, span[1]):
            a = Attribution("head", *span, m.start("v"), m.end("v"), text[span[0] : span[1]])
            a.denial = bool(_DENYING.fullmatch(m.group("v")))
            found.append(a)
            return

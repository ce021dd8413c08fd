"""A headline's source, on either side of its colon: "Army: 20 militants killed",
"Dozens killed in attack: State media".

Example:
    >>> from claimtrack.extraction.sentences import split_sentences
    >>> a = headline(split_sentences("Army: 20 militants killed")[0])
    >>> a.phrase, a.kind
    ('Army', 'head')
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.number_forms import quantity_re
from claimtrack.extraction.sentences import Sentence
from claimtrack.extraction.source_names import ORG, ROLE, SOURCE_NOUN, valid_source

_I = re.IGNORECASE
_HEADLINE = re.compile(r"^\W*(?P<before>[^:]{2,60}?)\s*(?::|\s[-–—]\s)\s*(?P<after>[^:–—]{2,160})$")
# A headline in title case: "Rebels Say 100 Soldiers Killed" (lower-case "says" is a verb
# any sentence has; the capitalised one only a headline).
_TITLE_SAYS = re.compile(r"^\W*(?P<before>[^:]{2,60}?)\s+(?P<verb>Says?)\s+\S")
_INSTITUTION = re.compile(rf"{SOURCE_NOUN.pattern}|{ROLE.pattern}|{ORG.pattern}", _I)


def headline(sentence: Sentence) -> Attribution | None:
    """A headline's source, on either side of its colon or after a dash.

    "Dozens killed in attack: State media" (the source after), "Army: 20 militants
    killed" (before). Only the article's first line, with no closing stop, and a side
    that reads as an institution (a source noun, a role or an organisation), not a place
    ("Mali: …").
    """
    shade = sentence.shade.rstrip()
    if sentence.paragraph or shade.endswith((".", "?", "!")):
        return None
    says = _TITLE_SAYS.match(shade)
    if says and _is_source(says.group("before")) and shade.count(" Say") == 1:  # one voice
        a = Attribution("head", *says.span("before"), *says.span("verb"), says.group("before"))
        a.content = (says.end("verb"), len(shade))
        return a
    if not (m := _HEADLINE.match(shade)):
        return None
    for side, kind in (("after", "tail"), ("before", "head")):
        start, end = m.span(side)
        phrase = shade[start:end]
        if _is_source(phrase):
            a = Attribution(kind, start, end, start, end, sentence.text[start:end])
            a.content = (0, m.start("after")) if kind == "tail" else (m.end("before"), len(shade))
            return a
    return None


def _is_source(phrase: str) -> bool:
    """Whether a headline's side reads as an institution, not a place or a count."""
    return (
        len(phrase.split()) <= 5
        and bool(_INSTITUTION.search(phrase))
        and not quantity_re().search(phrase)
        and valid_source(phrase)
    )

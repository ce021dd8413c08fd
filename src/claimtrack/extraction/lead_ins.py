"""A sentence that announces, with a colon, what the next paragraph says in its voice.

"The observatory said in a statement:" then, as a paragraph of its own, the statement
("At least 20 fighters were killed …"): the paragraph after the colon is the source's,
though it names no one. The source's verb must reach the colon (a head that speaks for
the end of its sentence); a colon after a claim of the outlet's own ("Here is what we
know:") announces no one.

Example:
    >>> from claimtrack.extraction.attribution import find_attributions
    >>> from claimtrack.extraction.sentences import split_sentences
    >>> lead, body = split_sentences('The army said:\\n\\n"Twelve rebels were killed."')
    >>> announcer(lead, find_attributions(lead), body).phrase
    'The army'
"""

from __future__ import annotations

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.sentences import Sentence


def announcer(
    previous: Sentence, attributions: list[Attribution], sentence: Sentence
) -> Attribution | None:
    """The source whose words ``sentence`` opens: the paragraph that ``previous`` announced
    with a colon closing what its last source says ("X posted on its page news of a
    strike:"), or None.

    Example:
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> lead, body = split_sentences("Here is what we know:\\n\\nTwelve died.")
        >>> announcer(lead, [], body) is None
        True
    """
    shade = previous.shade.rstrip()
    if not attributions or not shade.endswith(":") or sentence.paragraph == previous.paragraph:
        return None
    last = max(attributions, key=lambda a: a.verb_end)
    speaks_to_colon = last.kind == "head" and last.content[1] >= len(shade) - 1
    return last if speaks_to_colon and not last.denial else None

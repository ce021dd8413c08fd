"""French words set in quotation marks only to keep a distance ("une coalition de
« terroristes »"): no quotation, so they do not cut the sentence's frame. The rules stop
a head frame at a quotation mark ("Elle avait en face des « terroristes » et reconnaît
avoir perdu deux soldats" finds no speaker); read again with such marks blanked, the
subject before them speaks.

Example:
    >>> from claimtrack.extraction.sentences import split_sentences
    >>> s = split_sentences("L'armée a visé les « bandits » et affirme avoir tué 12 rebelles.")[0]
    >>> [a.phrase for a in scare_quoted(s, [])]
    ["L'armée"]
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.sentences import Sentence

# '"terroristes"', '" bandits armés "': one to three words, no figure, no punctuation
# (a quotation that says something has a verb, a figure or a comma)
_SCARE = re.compile(r'"\s*[^\W\d_][^\W\d]*(?:[ \'-][^\W\d]+){0,2}\s*"')


def scare_quoted(sentence: Sentence, found: list[Attribution]) -> list[Attribution]:
    """The frames of a sentence with none, read again with its scare quotes blanked
    (the frames found, when the rules found some, as they are)."""
    if found or '"' not in sentence.shade:
        return found
    blanked = _SCARE.sub(lambda m: " " + m.group()[1:-1] + " ", sentence.shade)
    if blanked == sentence.shade:
        return found  # no scare quote: the rules read the quotations as such
    from claimtrack.extraction.attribution import find_attributions  # no import cycle

    return find_attributions(replace(sentence, shade=blanked))

"""French munitions counted as they are fired, with no target after a "sur": shelling.

The lexicon reads "tirés sur la ville" and "ont tiré 12 roquettes" (``{tirer} [sur|contre]``,
``{tirer}``); a round counted is shelling whatever it was fired at, so two kinds are read
here, where no count was read of the figure:

- munitions counted, then a passive or a participle of firing: "une trentaine d'obus ont
  été tirés mardi", "douze roquettes lancées depuis la frontière", "trois bombes ont été
  larguées";
- a verb of launching, then munitions counted: "a lancé 12 roquettes contre le camp", "ont
  largué deux bombes" (what is launched counted otherwise, "a lancé deux attaques", is left
  to the attack rules).

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Une trentaine d'obus ont été tirés mardi."
    >>> [(f.claim_type, f.value) for f in munitions_fired(shadow(text), text, [])]
    [('shelling', 'Une trentaine')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.found import Found
from claimtrack.extraction.french_count_nouns import uncounted
from claimtrack.extraction.lexicon import numbers
from claimtrack.extraction.lexicon.targets_fr import MUNITION_NOUNS
from claimtrack.extraction.number_forms import clean_value

_I = re.IGNORECASE
_FIRING = r"(?:tire|lance|largue|tiree|lancee|larguee)s?"
# the munitions right after the figure ("d'obus" after a vague count), then within three
# words a passive or a participle of firing: "obus de mortier ont été tirés"
_FIRED_AFTER = re.compile(
    rf"\s+(?:d'\s*|de\s+)?(?:{MUNITION_NOUNS})(?![\w-])(?:\s+[\w'-]+){{0,3}}?\s+"
    r"(?:(?:ont|avaient|auraient|a|avait|aurait)\s+ete\s+|(?:sont|etaient|seraient)\s+)?"
    rf"(?:[a-z]+ment\s+)?{_FIRING}(?![\w-])",
    _I,
)
# a verb of launching right before the figure ("ont lancé 12", "a largué mardi deux")
_LAUNCHED_BEFORE = re.compile(
    rf"(?<![\w-]){_FIRING}\s+(?:(?:[a-z]+ment|{numbers.DAY_WORDS})\s+)?$", _I
)
_MUNITIONS_AFTER = re.compile(rf"\s+(?:d'\s*|de\s+)?(?P<noun>{MUNITION_NOUNS})(?![\w-])", _I)


def munitions_fired(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """Figures of munitions fired or launched (module docstring) where no count was read:
    shelling."""
    out = []
    for start, end in uncounted(shade, counts):
        noun = _MUNITIONS_AFTER.match(shade, end)
        fired = _FIRED_AFTER.match(shade, end) or (
            noun and _LAUNCHED_BEFORE.search(shade, max(0, start - 40), start)
        )
        if fired and (value := clean_value(text[start:end])):
            subject = text[noun.start("noun") : noun.end("noun")] if noun else None
            out.append(Found("shelling", start, end, value, subject, confidence=0.6, rule="fired"))
    return out

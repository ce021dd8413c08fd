"""A side's own people who came to no harm: a count of none, casualties.

"The rebels said 12 soldiers were killed while their fighters escaped unharmed", "all TTP
fighters managed to escape", "our men returned safely": the side that says it lost no one
claims none of its own were killed or wounded. Only a force is counted so ("its fighters",
"the troops", "all the men"), never a thing or a place; "all" ("all three soldiers") may
stand before it. The claim rests on the subject and its predicate; its value is "none".

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> s = "The group said its fighters escaped unharmed."
    >>> [(f.claim_type, f.value, f.subject) for f in unharmed(shadow(s), s, [])]
    [('casualties', 'none', 'fighters')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.found import Found, covered
from claimtrack.extraction.lexicon import count_words

_UNHARMED = re.compile(
    rf"(?<![\w'-]){count_words.OWN_SIDE}\s+(?:own\s+)?(?:(?-i:[A-Z]{{2,}})\s+)?"
    rf"(?P<who>{count_words.UNHARMED_WHO})\s+(?:(?:all|had|have|also)\s+)?"
    rf"(?:{count_words.UNHARMED})",
    re.IGNORECASE,
)


def unharmed(shade: str, text: str, found: list[Found]) -> list[Found]:
    """The claims of none harmed among a side's own people, where no count is there already."""
    out = []
    for m in _UNHARMED.finditer(shade):
        if covered(found, m.start(), m.end()):
            continue
        who = text[m.start("who") : m.end("who")]
        out.append(
            Found("casualties", m.start(), m.end(), "none", who, confidence=0.6, rule="unharmed")
        )
    return out

"""Where a French source phrase ends: before a clause of its own that follows the speaker
with no comma, which the rules' noun phrase and the parse's subtree may both swallow.

- a participle of speech opens what the speaker goes on to say: "…», a affirmé le
  ministre précisant : « … »" is the minister's;
- a conjunction opens another clause: "…», a déclaré une source alors que des témoins …",
  "…, a dit le maire avant de quitter …", "…, a indiqué l'ONG sans donner …".

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "« 12 morts », a affirmé une source alors que des témoins parlent de 20 morts."
    >>> i = text.index("une")
    >>> a = Attribution("inverted", i, len(text) - 1, i - 10, i - 1, text[i:-1])
    >>> [b.phrase for b in clause_cut(text, shadow(text), [a])]
    ['une source']
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.lexicon import french_speech
from claimtrack.extraction.source_names import valid_source

# A clause after the speaker, at a word's start (the shadow is folded, accents removed).
_CLAUSE = re.compile(
    rf"\s+(?:(?:{french_speech.FR_SPEAKING_PARTICIPLES})(?![\w'-])|(?:{french_speech.FR_CLAUSE_OPENERS}))",
    re.IGNORECASE,
)


def clause_cut(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """The sources without the clause that follows them inside their phrase, where what is
    left still reads as a source (else the phrase is kept as it was).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "« 12 morts », a dit le ministre précisant : « c'est fini »."
        >>> i, j = text.index("le"), text.index(" :")
        >>> a = Attribution("inverted", i, j, i - 7, i - 1, text[i:j])
        >>> [b.phrase for b in clause_cut(text, shadow(text), [a])]
        ['le ministre']
    """
    out = []
    for a in found:
        # (the clause may start inside the phrase and go on past it: "une source alors")
        m = _CLAUSE.search(shade, a.start)
        if m and a.start < m.start() < a.end and valid_source(shade[a.start : m.start()]):
            a = replace(a, end=m.start(), phrase=text[a.start : m.start()])
        out.append(a)
    return out

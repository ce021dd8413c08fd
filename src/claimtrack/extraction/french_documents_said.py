"""A French document's participle speaks for the document's author, the clause's subject:
"X a revendiqué l'attaque dans un message affirmant que …" and "X a publié un communiqué
affirmant que …" are X's; "X a publié un communiqué revendiquant l'attaque" is X's claim
of responsibility. The object between (the attack, the document) is no source.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Le groupe a publié un communiqué revendiquant l'attaque."
    >>> [(a.phrase, a.kind) for a in documents_said(text, shadow(text), [])]
    [('Le groupe', 'claim')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.clause_subjects import clause_subject
from claimtrack.extraction.lexicon import french_speech, source_words
from claimtrack.extraction.source_names import valid_source

_I = re.IGNORECASE
# "dans un message sur WhatsApp affirmant", "a publié un communiqué revendiquant": the
# document (where or what its author published), then the participle, no comma between
_DOCUMENT_SAID = re.compile(
    rf"(?:(?:dans|via|par)\s+(?:un|une|le|la|son|sa|leur)|(?P<pub>(?:a|ont|avait|avaient)\s+"
    rf"(?:publie|diffuse|poste|rendu public|mis en ligne))\s+(?:un|une))\s+"
    rf"(?:{source_words.FRENCH_DOCUMENT_NOUNS})"
    r"(?:\s+(?:sur|via)\s+[\w'-]+(?:\s+[\w'-]+)?)?\s+"
    rf"(?P<v>(?:{french_speech.FR_SPEAKING_PARTICIPLES})|revendiquant)(?![\w'-])",
    _I,
)
_CLAIMED = re.compile(r"[^,.;:]*", _I)


def documents_said(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """The frames of a document's participle, in place of a source the rules read in the
    object before it ("l'opération dans un message sur WhatsApp").

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "X a dit que le groupe a publié un communiqué affirmant que 8 sont morts."
        >>> len(documents_said(text, shadow(text), []))
        1
    """
    for m in _DOCUMENT_SAID.finditer(shade):
        span = _author(shade, m, found)
        if span is None or not valid_source(shade[span[0] : span[1]]):
            continue
        v0, v1 = m.span("v")
        kind = "claim" if m.group("v").lower() == "revendiquant" else "head"
        a = Attribution(kind, *span, v0, v1, text[span[0] : span[1]])
        a.content = (v0, _CLAIMED.match(shade, v1).end()) if kind == "claim" else (v1, len(shade))
        # the object or the document read as a source is none
        found = [b for b in found if not span[1] <= b.start < v0 or b.end <= span[1]]
        found = sorted([*found, a], key=lambda b: b.start)
    return found


def _author(shade: str, m: re.Match, found: list[Attribution]) -> tuple[int, int] | None:
    """Who wrote the document: the subject of "a publié", else of the frame before it (the
    claim "X a revendiqué l'attaque dans un message …")."""
    if m.group("pub"):
        lo = max([0, *(b.verb_end for b in found if b.verb_end <= m.start())])
        span = clause_subject(shade, lo)
        return span if span and span[1] <= m.start("pub") else None
    before = [b for b in found if b.verb_end <= m.start() and b.kind in ("claim", "head")]
    last = max(before, key=lambda b: b.verb_end, default=None)
    return None if last is None else (last.start, last.end)

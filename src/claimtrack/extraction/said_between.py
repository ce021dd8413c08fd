"""Who said the sentence before, with no source of its own, as the next sentence tells.

A sentence that names it ("… . That is according to the army", ``said_after``); a
quotation it closes ('"They came at dawn.' then 'We lost two men," Col. X said.');
a sentence with no source between two sentences of one voice: that voice's account.
"The army said 35 fighters were killed in two operations. In the first, 22 were killed.
Both took place near Kuda, the statement said.": the middle sentence goes on with the
army's account, which the next sentence, closing on a word that stands for the army
("the statement", "it", "he", "the ministry"), shows was not interrupted. A next sentence
that names another voice, or a full name, leaves the middle sentence to the outlet.

Example:
    >>> from claimtrack.extraction.sentences import split_sentences
    >>> from claimtrack.extraction.sources import Source, SourceMemory
    >>> memory = SourceMemory()
    >>> memory.last = Source("The army", None)
    >>> s = split_sentences("Both took place near Kuda, the statement said.")[0]
    >>> closing_anaphor(s, memory, memory.last)
    'the statement'
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution import find_attributions
from claimtrack.extraction.said_after import quote_closer, said_after
from claimtrack.extraction.sentences import Sentence
from claimtrack.extraction.sources import Source, SourceMemory
from claimtrack.text import fold

# A pronoun, or a definite description of the voice before ("the statement", "the
# ministry", "the army spokesman"): a short phrase, no name of its own ("another
# official" is another voice).
_PRONOUN = frozenset({"he", "she", "it", "they"})
_DEFINITE = re.compile(r"^the(?: [a-z][\w'-]*){0,2} (?P<noun>[a-z][\w'-]*)$")
_DOCUMENT = frozenset({"statement", "communique", "text", "report"})
# Cheap test first: a closing "…, X said." (an anaphor or "the …" before a verb of speech).
_CLOSING = re.compile(
    r",\"?\s+(?:he|she|it|they|the(?:\s+[\w'-]+){1,3})\s+(?:\w+ly\s+)?"
    r"(?:said|says|added|adds|stated|noted|explained|told)\b",
    re.IGNORECASE,
)


def named_after(
    previous: Sentence, sentence: Sentence, memory: SourceMemory, voice: Source | None
) -> str | None:
    """The source phrase ``sentence`` gives the sentence before it (``previous``, which has
    no source), or None; ``voice``: the source of the sentence before that one, if any.

    Example:
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> a, b = split_sentences("Twelve soldiers died. That is according to the army.")
        >>> named_after(a, b, SourceMemory(), None)
        'the army'
    """
    if span := said_after(sentence.shade):
        return sentence.text[slice(*span)]
    return quote_closer(previous.shade, sentence) or closing_anaphor(sentence, memory, voice)


def closing_anaphor(sentence: Sentence, memory: SourceMemory, voice: Source | None) -> str | None:
    """The phrase of a closing "…, he said" in ``sentence`` that stands for ``voice``, the
    source of the sentence before the one with no source; None when there is none.

    Example:
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> memory = SourceMemory()
        >>> memory.last = Source("The army", None)
        >>> s = split_sentences("Both took place near Kuda, the police said.")[0]
        >>> closing_anaphor(s, memory, memory.last) is None
        True
    """
    if voice is None or memory.last is not voice or not _CLOSING.search(sentence.shade):
        return None
    found = find_attributions(sentence)
    first = min(found, key=lambda a: a.start) if found else None
    if first is None or first.kind != "tail" or first.content[0] > 0 or first.antecedent:
        return None
    phrase = fold(first.phrase).lower()
    if phrase in _PRONOUN:
        named = memory.resolve(first.phrase)  # "he" is the last person, "it" no person
        return first.phrase if fold(named.raw).lower() == fold(voice.raw).lower() else None
    definite = _DEFINITE.match(phrase)
    names = fold(f"{voice.raw} {voice.speaker or ''}").lower()
    if definite and (definite["noun"] in _DOCUMENT or definite["noun"] in names.split()):
        return first.phrase  # "the ministry" after "Azerbaijan's Defence Ministry said"
    return None

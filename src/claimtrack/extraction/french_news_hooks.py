"""French sentences that hook one statement on an earlier one: "Cette annonce intervient
après que des médias ont fait état de 40 morts", "Ces propos font suite à des déclarations
d'Al-Shebab affirmant avoir tué cinq soldats". The announcement that opens the sentence
only dates the news; the figures are the earlier speaker's, named after "après que" or
after "des déclarations de".

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Cette annonce intervient après que l'armée a dit avoir tué 12 rebelles."
    >>> [a.phrase for a in hooked_speakers(text, shadow(text), [])]
    ["l'armée"]
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.lexicon.speech import FR_SAID_PARTICIPLES
from claimtrack.extraction.source_names import valid_source

# "Cette annonce intervient", "L'annonce du Hezbollah intervient", "Ces propos font suite":
# a statement named at the head of the sentence, placed in time by what follows (folded)
_HOOK = re.compile(
    r"^\W*(?:cette|cet|ces|l'\s*|la|le|les|son|sa|ses|leur|leurs)\s*"
    r"(?:annonces?|communiques?|declarations?|revendications?|propos|affirmations?"
    r"|accusations?|informations?|allegations?|reactions?|dementis?)\b[^,;:\"]{0,60}?\s+"
    r"(?:intervien(?:t|nent)|survien(?:t|nent)|fai(?:t|saien)t\s+suite|fon?t\s+suite"
    r"|vien(?:t|nent)|arrivent?)\b",
    re.IGNORECASE,
)
# "… après que l'armée a dit …", "… au lendemain de l'annonce par X": the earlier speaker
_AFTER_WHOM = re.compile(
    r"\b(?:apres|alors)\s+qu(?:e\s+|'\s*)(?P<src>[^,;:\"]{2,80}?)\s+"
    rf"(?P<verb>(?:a|ont|avait|avaient)\s+(?:(?:{FR_SAID_PARTICIPLES})e?s?|fait\s+etat))\b",
    re.IGNORECASE,
)
# "… à des déclarations d'Al-Shebab affirmant …", "… aux propos du gouverneur selon lesquels"
_STATED_BY = re.compile(
    r"\b(?:a\s+(?:des|la|l'\s*|une)|aux?)\s*(?:declarations?|propos|annonces?|affirmations?"
    r"|informations?|allegations?|accusations?|revendications?)\s+"
    r"(?:de\s+la\s+|de\s+l'\s*|du\s+|des\s+|d'\s*|de\s+)(?P<src>[^,;:\"]{2,60}?)\s*,?\s+"
    r"(?P<verb>affirmant|assurant|indiquant|annoncant|faisant\s+etat|selon\s+lesquel\w*"
    r"|qui\s+(?:affirmai|annoncai|faisai|indiquai)\w*)",
    re.IGNORECASE,
)


def hooked_speakers(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """The sentence's frames, the news that opens it read as no speaker and the earlier
    speaker it is hooked on added (once: the rules may read "l'armée a dit" already).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Ces propos font suite à des déclarations des rebelles affirmant 8 morts."
        >>> [a.phrase for a in hooked_speakers(text, shadow(text), [])]
        ['rebelles']
    """
    hook = _HOOK.match(shade)
    if hook is None:
        return found
    kept = [a for a in found if a.start >= hook.end() and a.kind != "tail"]
    said = _STATED_BY.search(shade, hook.end()) or _AFTER_WHOM.search(shade, hook.end())
    if said is None or not valid_source(shade[slice(*said.span("src"))]):
        return kept
    start, end = said.span("src")
    if any(a.start == start for a in kept):
        return kept  # the rules read the earlier speaker already
    verb_start, verb_end = said.span("verb")
    added = Attribution(
        "head", start, end, verb_start, verb_end, text[start:end], content=(verb_end, len(text))
    )
    return sorted([*kept, added], key=lambda a: a.start)

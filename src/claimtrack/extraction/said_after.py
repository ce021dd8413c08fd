"""A sentence that names who said what the sentence before it stated with no source.

"Au moins 100 civils ont été tués. L'annonce a été faite par le Premier ministre", "… .
C'est ce qu'a annoncé le ministère", "Twelve soldiers were killed. That is according to the
army", "… . The figures were given by the police", "Those figures came from the army", "Ces
chiffres ont été communiqués par X", "So said the army", "Those are the army's figures": the
source of the sentence before.

Example:
    >>> s = "That is according to the army."
    >>> s[slice(*said_after(s))]
    'the army'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimtrack.extraction.french_toll_given import toll_given
from claimtrack.extraction.source_names import valid_source

if TYPE_CHECKING:
    from claimtrack.extraction.sentences import Sentence

# (accents folded)
_FRENCH = re.compile(
    r"^\W*(?:(?:(?:l'annonce|l'information|cette information|la nouvelle|ce bilan|le bilan"
    r"|ce chiffre)\s+(?:a|avait)|(?:ces|les)\s+(?:chiffres|informations|donnees|bilans)"
    r"\s+(?:ont|avaient))\s+ete\s+(?:faite?|donnee?|annoncee?|confirmee?|communiquee?"
    r"|rapportee?|fournie?|rendue?\s+publique?)s?\s+(?:[\w-]+\s+){0,2}?par"
    r"|c'est ce qu'\s*(?:a|ont|avait|avaient)\s+(?:annonce|indique|declare|affirme|rapporte"
    r"|precise|confirme|explique|assure|fait savoir)(?:\s+[\w-]+){0,2}?)\s+"
    r"(?P<src>[^,;:.\"«»()]{2,80}?"
    r"(?:,\s*(?:[A-Z][\w'’-]+|[A-Z]\.)(?:\s+[A-Z][\w'’-]+){1,3}(?=\s*[,.;]))?)"
    r"(?=\s*(?:[,;:.]|$)|\s+(?:qui|dans|lors|depuis|sur|a|au|en|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|hier)\b)",
    re.IGNORECASE,
)
# Its source's phrase, up to a comma, a full stop or a time: "…by the police on Monday."
_SOURCE = (
    r"(?P<src>[^,;:.\"()]{2,80}?)"
    r"(?=\s*(?:[,;:.]|$)|\s+(?:on|in|at|late|early|this|last|yesterday|today|who|which)\b)"
)
_ENGLISH = re.compile(
    r"^\W*(?:(?:that|this|it)(?:'s|\s+is|\s+was)\s+according\s+to"
    r"|(?:that|this|it|the\s+(?:death\s+)?toll|the\s+(?:casualty\s+)?figures?"
    r"|(?:these|those)\s+figures|the\s+numbers?|the\s+news|the\s+announcement"
    r"|the\s+information)"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:given|provided|released"
    r"|announced|confirmed|reported|issued|made|put\s+out)\s+by"
    # "Those figures came from the army" (not "It came from …": a place, a direction)
    r"|(?:the|these|those)\s+(?:figures|numbers|toll)\s+(?:came|come)\s+from"
    # "So said the army.", "That is what the governor said."
    r"|so\s+(?:said|says|claimed|claims|reported|reports|stated))"
    r"\s+" + _SOURCE,
    re.IGNORECASE,
)
# "The army said so.", "The governor said as much on Monday.": the source, then its verb
# "Those are the army's figures.", "The figures are the army's.": the owner of the figures
_FIGURES_OF = re.compile(
    r"^\W*(?:(?:those|these|that|this)\s+(?:are|is|were|was)\s+(?P<src>[^,;:.\"()]{2,80}?)['’]s?"
    r"\s+(?:(?:own|latest|official)\s+)?(?:figures?|numbers?|toll|count|tally|estimates?)"
    r"|the\s+(?:figures|numbers|toll|count|tally)\s+(?:are|is|were|was)\s+"
    r"(?P<own>[^,;:.\"()]{2,80}?)['’]s?)\W*$",
    re.IGNORECASE,
)
# "That is what the army said." (nobody who says so is no source: "Nobody said so.")
_SAID_SO = re.compile(
    r"^\W*(?:(?:that|this)(?:'s|\s+is|\s+was)\s+what\s+)?(?!(?:nobody|no\s+one|none)\b)"
    r"(?P<src>[^,;:.\"()]{2,80}?)\s+(?:(?:has|have|had)\s+)?(?:said|says|confirmed|confirms"
    r"|claimed|claims|reported|reports)(?:\s+(?:so|as\s+much))?"
    r"(?:\s+(?:on|late|early|in)\s+\w+)?\W*$",
    re.IGNORECASE,
)


def said_after(shade: str) -> tuple[int, int] | None:
    """Where a sentence names the source of the sentence before it ("L'annonce a été faite
    par X", "C'est ce qu'a indiqué X", "That is according to X"), or None.

    Example:
        >>> said_after("C'est ce qu'a annonce l'armee dimanche.")
        (22, 29)
        >>> said_after("L'armee a annonce 12 morts.") is None
        True
    """
    if (m := _FIGURES_OF.match(shade)) and m.group("own"):
        return m.span("own") if valid_source(m.group("own")) else None
    m = m or _FRENCH.match(shade) or toll_given(shade)  # "Tel est le bilan avancé par X"
    m = m or _ENGLISH.match(shade) or _SAID_SO.match(shade)
    if not m or not valid_source(m.group("src")):
        return None
    return m.span("src")


def quote_closer(previous: str, sentence: Sentence) -> str | None:
    """The source that closes, in ``sentence``, a quotation ``previous`` opened and left
    open (a quotation over two paragraphs: '"The attackers came at dawn. They killed 12.'
    then 'We lost two men," Col. Ali Sow said.'), or None.

    Example:
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> s = split_sentences('We lost two men," Col. Ali Sow said.')[0]
        >>> quote_closer('"They killed 12 villagers.', s)
        'Col. Ali Sow'
    """
    if previous.count('"') % 2 == 0 or '"' not in sentence.shade:
        return None  # cheap test first: the paragraph before left a quotation open
    from claimtrack.extraction.attribution import find_attributions  # (it imports us)

    last_mark = sentence.shade.rfind('"')
    tails = [
        a
        for a in find_attributions(sentence)
        if a.kind in ("tail", "inverted") and a.start > last_mark
    ]
    return tails[0].phrase if tails else None

"""A French sentence that names who gave the toll the sentence before it stated with no
source: "Au moins huit morts et 150 enlevés. Tel est le bilan avancé par les autorités
lundi", "… . C'est le bilan donné par la police", "… . Ce bilan a été avancé dimanche par
l'armée". The toll is read in the sentence before; its source, in this one.

Example:
    >>> s = "Tel est le bilan avance par les autorites lundi 27 mai apres une attaque."
    >>> s[slice(*toll_given(s).span("src"))]
    'les autorites'
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "avancé", "annoncé", "donné", "rendu public", … (accents folded): how a toll is given
_GIVEN = (
    r"(?:avance|annonce|donne|fourni|communique|publie|etabli|rapporte|dresse|confirme"
    r"|rendu\s+public)(?:e|s|es)?"
)
_TOLL = (
    r"(?:(?:le|la|les|l')\s*)?(?:(?:nouveau|nouvel|dernier|premier|lourd)\s+)?"
    r"(?:bilan|chiffre|decompte|estimation)s?(?:\s+(?:provisoire|officiel|definitif)(?:le)?s?)?"
)
# "Tel est le bilan", "C'est le bilan", "Voilà le bilan"; "Ce bilan a été avancé"
_THAT_IS = (
    rf"(?:(?:tel|telle|tels|telles)\s+(?:est|sont|etait|etaient)|c'est|ce\s+sont|voila)\s+{_TOLL}"
    rf"|(?:ce|le|ces|les)\s+(?:bilan|chiffre|decompte)s?\s+(?:a|ont|avait|avaient)\s+ete"
)
_TIME = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|apres|lors|dans|depuis|sur|qui"
    r"|a|au|en|le|selon|quelques|peu"
)
_TOLL_GIVEN = re.compile(
    rf"^\W*(?:{_THAT_IS})\s+{_GIVEN}\s+(?:[\w'-]+\s+){{0,4}}?par\s+"
    rf"(?P<src>[^,;:.\"«»()]{{2,80}}?)(?=\s*(?:[,;:.]|$)|\s+(?:{_TIME})\b)",
    _I,
)


def toll_given(shade: str) -> re.Match | None:
    """The match whose ``src`` group is who gave the toll of the sentence before, or None."""
    return _TOLL_GIVEN.match(shade)

"""French strikes counted: by their noun, by the target they hit, and again by "autres": shelling.

- air strikes counted ("trois raids aériens", "deux frappes contre un marché", "12 frappes
  de drones", "quatre bombardements"; bare "raids" where the sentence names aircraft: "l'aviation
  a mené deux autres raids") are shelling, as strikes that hit already were ("deux frappes
  avaient touché la caserne"); attacks on the ground ("trois attaques", "deux raids contre
  un village") stay attacks (``french_count_nouns.attacks_counted``);
- strikes or rounds counted that hit a target ("deux frappes de missiles avaient touché la
  caserne");
- rounds named once, then counted again by "autres" ("sept missiles ont touché la ville et
  deux autres ont touché le port"): the second figure is of the same munitions.

Strikes named as the setting of the sentence's count ("tués dans deux frappes", "lors de
trois raids aériens") or as ones already told of ("les deux frappes", "ces raids") are no
claim of their own.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Le camp a été touché par trois raids aériens."
    >>> [(f.claim_type, f.value) for f in strikes_counted(shadow(text), text, [])]
    [('shelling', 'trois')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.found import Found
from claimtrack.extraction.french_count_nouns import uncounted
from claimtrack.extraction.number_forms import clean_value

_I = re.IGNORECASE
# verbs of a strike or a round that reached its target
_HIT = r"touche|frappe|vise|atteint"
_BEFORE_NOUN = r"\s+(?:(?:nouvelles?|autres|premieres?|dernieres?)\s+)?"
# strikes from the air by their noun; "frappes" alone are from the air in the press
_AIR_STRIKES = re.compile(
    rf"{_BEFORE_NOUN}(?:frappes|bombardements|raids\s+aeriens|raids\s+de\s+(?:l'\s*)?aviation"
    r"|raids\s+(?:de\s+)?(?:drones?|missiles?|avions?|helicopteres?))(?![\w-])",
    _I,
)
# bare "raids", from the air only where the sentence names aircraft
_RAIDS = re.compile(rf"{_BEFORE_NOUN}raids(?![\w-])", _I)
_AIRCRAFT = re.compile(
    r"(?<![\w-])(?:aviation|aerien(?:ne)?s?|avions?|chasseurs?|helicopteres?|drones?|bombardiers?)"
    r"(?![\w-])",
    _I,
)
# named as a setting or as already told of: "tués dans deux frappes", "les trois raids"
_SETTING = re.compile(
    r"(?<![\w'-])(?:les|des|ces|leurs|ses|dans|lors de|lors d'|au cours de|au cours d'|pendant"
    r"|durant|en|apres)\s*$",
    _I,
)


def strikes_counted(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """Figures of air strikes (module docstring) where no count was read: shelling."""
    out = []
    for start, end in uncounted(shade, counts):
        m = _AIR_STRIKES.match(shade, end) or (_AIRCRAFT.search(shade) and _RAIDS.match(shade, end))
        if (
            m
            and not _SETTING.search(shade, max(0, start - 20), start)
            and (value := clean_value(text[start:end]))
        ):
            noun = text[end : m.end()].split()[-1]
            out.append(Found("shelling", start, end, value, noun, confidence=0.6, rule="toll noun"))
    return out


# "et deux autres ont touché", ", trois autres sont tombés": a figure with "autres" and no
# noun before the verb of the clause
_OTHERS = re.compile(
    r"\s+autres\s+(?:(?:ont|avaient|auraient|sont|etaient|seraient)\s+)?(?:[a-z]+ment\s+)?"
    rf"(?:{_HIT}|tombee?s|explose)(?![\w-])",
    _I,
)


def others_of_rounds(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """A figure of "autres" after a count of shelling in the sentence: the same munitions."""
    out = []
    for start, end in uncounted(shade, counts):
        before = [f for f in counts if f.claim_type == "shelling" and f.end <= start]
        if before and _OTHERS.match(shade, end) and (value := clean_value(text[start:end])):
            out.append(
                Found(
                    "shelling", start, end, value, before[-1].subject, confidence=0.6, rule="list"
                )
            )
    return out


# "deux frappes de missiles avaient touché la caserne": strikes or rounds that hit a target
_STRIKES_HIT = re.compile(
    r"\s+(?:frappes?|missiles?|roquettes?|obus|bombes?|projectiles?)(?:\s+[\w'-]+){0,3}?\s+"
    rf"(?:ont|avaient|auraient|a|avait)\s+(?:{_HIT})\b",
    _I,
)


def strikes_hit(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """Counts of strikes or rounds that hit a target ("deux frappes avaient touché la caserne"):
    shelling.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Deux frappes de missiles avaient touché la caserne."
        >>> [(f.claim_type, f.value) for f in strikes_hit(shadow(text), text, [])]
        [('shelling', 'Deux')]
    """
    out = []
    for start, end in uncounted(shade, counts):
        if _STRIKES_HIT.match(shade, end) and (value := clean_value(text[start:end])):
            out.append(Found("shelling", start, end, value, None, confidence=0.6, rule="verb"))
    return out

"""French figures that are no count of a claim, dropped after the count rules have read a
sentence:

- "deux" of both sides: "des blessés des deux côtés", "des pertes dans les deux camps":
  the sides of a fight, not two of anything (``both_sides``);
- a figure that ends a place's name: "dans la zone dite Kouri 65, un campement",
  "au lieu-dit Kilo 5": a name after a capitalized word with no noun counted after it
  (``in_a_name``);
- steps "pris" are taken, not seized: "trois mesures ont été prises" (``steps_taken``);
- losses of equipment are no toll of people: "de lourdes pertes matérielles"
  (``material_losses``; "matérielles et humaines" stays a toll);
- the subject of an active verb: "deux kamikazes ont blessé 14", "trois soldats ont tiré
  sur la foule" (``acting``).

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Le groupe évoque des blessés des deux côtés."
    >>> i = text.index("deux")
    >>> both_sides(shadow(text), [Found("wounded", i, i + 4, "deux", "côtés")])
    []
"""

from __future__ import annotations

import re

from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon.targets_fr import TAKEN_STEPS
from claimtrack.extraction.number_forms import not_a_count, quantity_re
from claimtrack.extraction.predicates import type_of_participle
from claimtrack.text import fold

_I = re.IGNORECASE

# the sides of a fight: "des deux côtés", "dans les deux camps", "aux deux parties"
_SIDES = re.compile(
    r"(?:des|les|aux)\s+$",
    _I,
)
_SIDE_NOUN = re.compile(r"\s+(?:cotes|camps|bords|parties|belligerants)(?![\w-])", _I)


def both_sides(shade: str, counts: list[Found]) -> list[Found]:
    """Drop "deux" where it names the two sides of a fight: "des deux côtés", "dans les deux
    camps" (a side is no thing counted; the wounded "des deux côtés" are a vague count)."""
    out = []
    for f in counts:
        two = (f.value or "").lower() == "deux"
        before = shade[max(0, f.start - 12) : f.start]
        if two and _SIDES.search(before) and _SIDE_NOUN.match(shade, f.end):
            continue
        out.append(f)
    return out


# a capitalized word right before the figure, not opening the sentence or a clause
# ("Kouri 65", "Kilo 5"), and after the figure no noun: a mark or a small word
_NAME_BEFORE = re.compile(r"(?<=[\w'’-]\s)[A-Z][\w'’-]+\s+$")
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:et|ou|dans|a|au|pres|qui)\s)", _I)
# "zone dite", "lieu-dit", "localité appelée": a name follows, whatever it holds
_CALLED = re.compile(
    r"(?:dite?s?|lieu-dit|appelee?s?|baptisee?s?|nommee?s?)\s+(?:[\w'’-]+\s+){1,2}$", _I
)


def in_a_name(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """Drop a figure in digits that ends a place's name ("la zone dite Kouri 65, un
    campement": no 65 attacked); a figure with its noun after it stays ("Kidal 12 soldats"
    is no name)."""
    out = []
    for f in counts:
        digits = (f.value or "").isdigit()
        before = text[max(0, f.start - 40) : f.start]
        named = _CALLED.search(shade[max(0, f.start - 40) : f.start]) or (
            _NAME_BEFORE.search(before) and f.subject is None
        )
        if digits and named and _NO_NOUN_AFTER.match(shade, f.end):
            continue
        out.append(f)
    return out


_STEPS = re.compile(rf"(?:{TAKEN_STEPS})", _I)


def steps_taken(counts: list[Found]) -> list[Found]:
    """Drop a seizure whose things are steps taken ("trois mesures ont été prises"): the
    verb "prendre" seizes places and arms, not decisions."""
    return [
        f
        for f in counts
        if not (f.claim_type == "seized" and f.subject and _STEPS.fullmatch(fold(f.subject)))
    ]


# "de lourdes pertes matérielles", "des pertes en matériel" (not "… et humaines")
_MATERIAL = re.compile(
    r"\s+(?:materielles?|en\s+materiels?)(?![\w-])(?!\s+et\s+(?:en\s+)?(?:humaines?|hommes|vies))",
    _I,
)


def material_losses(shade: str, counts: list[Found]) -> list[Found]:
    """Drop a toll of losses that are of equipment: "l'armée a subi de lourdes pertes
    matérielles" counts no one (the vehicles burned, if counted, are their own claim)."""
    return [
        f for f in counts if not (f.claim_type == "casualties" and _MATERIAL.match(shade, f.end))
    ]


def without_noise(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """The counts of a French sentence less its figures that count no claim (each rule
    above).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Trois mesures ont été prises."
        >>> without_noise(shadow(text), text, [Found("seized", 0, 5, "Trois", "mesures")])
        []
    """
    return in_a_name(shade, text, both_sides(shade, material_losses(shade, steps_taken(counts))))


# An active compound tense right after a counted subject, with a count for its object:
# "une frappe | avait tué 600", "deux kamikazes | ont blessé 14" (no "été": no passive).
_ACTIVE_AFTER = re.compile(
    r"[\s\"«»]*(?:n')?(?:a|ont|avait|avaient|aurait|auraient|aura|auront)\s+"
    r"(?:(?:[a-z]+ment|deja|encore|aussi|egalement)\s+)?(?P<p>[a-z]+)\s+(?:[\"«»]\s*)?(?=\S)",
    _I,
)
# Participles whose subject undergoes them even with "avoir": "ont péri", "a succombé".
_UNDERGONE = ("mort", "peri", "succomb", "dispar", "fui", "perdu", "trouve", "decede")


def acting(shade: str, found: Found) -> bool:
    """Whether a count is the subject of an active verb whose object is another count, or
    of an active verb of firing: who acted, not what the claim counts.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> s = shadow("Deux kamikazes ont blessé 14 civils.")
        >>> acting(s, Found("wounded", 0, 4, "Deux", "kamikazes", extra={"subject_end": 14}))
        True
    """
    at = found.extra.get("subject_end", found.end)
    m = _ACTIVE_AFTER.match(shade, at)
    if m and found.claim_type == "shelling" and fold(m.group("p")).lower() != "ete":
        return True  # "trois soldats ont tiré sur la foule": who fired, not what was fired
    if not m or fold(m.group("p")).startswith(_UNDERGONE) or not type_of_participle(m.group("p")):
        return False
    after = quantity_re().match(shade, m.end())
    return bool(after and after.start("value") == m.end() and not not_a_count(after, shade))

"""Harm done by nature, disease or accident, with no conflict named: no claim of the schema.

"Floods destroyed 300 homes", "12 people died of cholera", "5,000 fled the floods": a
researcher records none of these; a sentence that also names fighting, attackers or arms
("displaced by the fighting and hit by floods") keeps its claims.

Example:
    >>> from claimtrack.extraction.found import Found
    >>> f = [Found("destroyed", 0, 5)]
    >>> len(not_of_war("the storm destroyed 12 homes", f))
    0
    >>> len(not_of_war("gunmen razed 12 homes", f))
    1
"""

from __future__ import annotations

from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import happenings, words

_HAZARD = words(happenings.HAZARD_WORDS)
_WAR = words(happenings.WAR_WORDS)
# The claims a hazard can make: harm to people and things. Who controls, attacks or is
# blamed is a conflict's claim whatever the sentence names besides.
_HARM = frozenset(
    {"killed", "wounded", "casualties", "missing", "destroyed", "damaged", "displaced"}
)
# A cheap first look: the hazard words' stems, before any pattern runs.
_STEMS = ("flood", "storm", "rain", "hurricane", "cyclone", "typhoon", "tornad", "quake",
          "tremor", "landslide", "mudslide", "drought", "heatwave", "wildfire", "bushfire",
          "cholera", "measles", "malaria", "ebola", "epidemi", "outbreak", "famine",
          "lightning", "accident", "stampede", "inondation", "seisme", "tremblement",
          "glissement", "secheresse", "epidemie", "foudre", "bousculade", "pluie",
          "intemperie")  # fmt: skip


def not_of_war(shade: str, found: list[Found]) -> list[Found]:
    """The claims of a sentence (its accent-folded shadow), less the harm a hazard did
    where no conflict is named."""
    if not any(f.claim_type in _HARM for f in found):
        return found
    low = shade.lower()
    if not any(stem in low for stem in _STEMS) or not _HAZARD.search(shade):
        return found
    if _WAR.search(shade):
        return found
    return [f for f in found if f.claim_type not in _HARM]

"""French words of what an attack or a raid strikes one at a time: units and buildings
beside the things and places of ``happenings.THING_NOUNS``, the determiners that name one
of them, and the predicates that say it was struck.

Example:
    >>> import re
    >>> bool(re.fullmatch(UNIT_NOUNS, "patrouille"))
    True
"""

from __future__ import annotations

# Units and small bodies a raid targets ("une patrouille a été prise à partie", "le
# détachement a été attaqué"), and buildings not among the things of ``happenings``
UNIT_NOUNS = (
    r"patrouilles?|equipes?|compagnies?|detachements?|unites?|bataillons?|escortes?"
    r"|colonnes?|escouades?|brigades?|cellules?|structures?|mairies?|prefectures?"
    r"|sous-prefectures?|residences?|batiments?|immeubles?|marches?|usines?|sites?"
    r"|domiciles?|avant-postes?|ecoles?|hopital|hopitaux|mosquees?|eglises?"
)
# A determiner that names one thing: "le poste", "une position", "leur base"
ONE_DETERMINER = r"(?:le|la|un|une|leur|son|sa|notre)\s+|l'\s*"
# What says the one thing was attacked, after "a été": "attaqué", "visé", "ciblé", "pris
# à partie", "pris dans une embuscade", "pris pour cible", "la cible d'une attaque"
STRUCK_AFTER_AUX = (
    r"(?:attaquee?|visee?|ciblee?|prise?\s+(?:a\s+partie|pour\s+cible|d'assaut"
    # (the ambush may be quoted from a statement: "prise dans « une embuscade complexe »")
    r"|dans\s+(?:[«\"“]\s*)?une\s+embuscade|en\s+embuscade)|la\s+cible\s+d(?:e|')|assaillie?)"
)
# What strikes the one thing written after it: "ont attaqué le poste", "une attaque
# contre leur position", "l'assaut sur le camp"
STRUCK_BY_VERB = (
    r"(?:a|ont|avait|avaient|aurait|auraient)\s+(?:(?:[a-z]+ment|aussi|egalement"
    r"|d'abord|ensuite)\s+)?(?:attaque|vise|cible|pris\s+(?:pour\s+cible|d'assaut|a\s+partie))"
    # the time between: "ont pris pour cible dans la nuit un poste"
    r"(?:\s+(?:dans\s+la\s+(?:nuit|matinee|soiree|journee)|(?:lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|soir))?))?"
    # or one strike that hits it: "une frappe aérienne a atteint le domicile de" (strikes
    # counted are shelling: "deux frappes ont touché la caserne")
    r"|(?<![\w-])(?:une|la|un|le|l')\s*(?:frappe|raid|bombardement|roquette|missile|obus|drone)"
    r"(?:\s+(?:aeriens?|aeriennes?|[a-z]+iens?|[a-z]+iennes?))?\s+"
    r"(?:a|ont|avait|avaient|aurait|auraient)\s+(?:atteint|touche|frappe)"
)
# ... or by a noun of attack: "une attaque contre leur position", "une embuscade tendue à un
# convoi", "l'assaut mené contre le camp"
STRUCK_BY_NOUN = (
    r"(?:(?:attaques?|assauts?|raids?|offensives?|embuscades?)\s+(?:(?:menee?s?|lancee?s?)\s+)?"
    r"(?:contre|sur)|embuscades?\s+tendues?\s+(?:a|contre))"
)
# Munitions counted as they fall or hit: "onze obus sont tombés", "deux roquettes"
MUNITION_NOUNS = (
    r"obus|roquettes?|missiles?|bombes?|projectiles?|grenades?|mortiers?|engins?"
    r"|(?:obus|roquettes?|missiles?|bombes?)\s+[\w-]+"
)
# What is "pris" without being seized: steps taken, not places ("trois mesures ont été
# prises", "des dispositions ont été prises", "deux décisions prises lundi")
TAKEN_STEPS = (
    r"mesures?|decisions?|dispositions?|precautions?|sanctions?|initiatives?|engagements?"
    r"|resolutions?|photos?|photographies?|images?|notes?|contacts?|risques?|options?"
)

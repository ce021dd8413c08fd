"""Round 8, French claim vocabulary: invented sentences over the predicates of each claim
type (massacrer, décapiter, brûler vifs, prendre en otage, investir, tomber aux mains de,
prendre pour cible / d'assaut, raser, calciner, envoyer / dépêcher des troupes) in active,
passive, participle and noun forms; a count whose verb is negated is denied; a killing an
NGO documents or deplores is its claim; each with its source.
"""

from __future__ import annotations

import pytest
from test_extract_en_challenge import mismatches

A, D = "asserts", "denies"

CASES = [
    # killed: active verbs the lexicon lacked, any word order and tense
    (
        "massacrer-active",
        "Selon l'armée, des hommes armés ont massacré au moins 20 villageois.",
        [("l'armée", "killed", 20, A)],
    ),
    (
        "massacrer-tail",
        "Les jihadistes avaient massacré 12 civils, a indiqué la police.",
        [("la police", "killed", 12, A)],
    ),
    (
        "decapiter-active",
        "Selon des témoins, les assaillants ont décapité cinq bergers.",
        [("des témoins", "killed", 5, A)],
    ),
    (
        "bruler-vifs-active",
        "Les rebelles ont brûlé vifs huit villageois, selon l'ONU.",
        [("l'ONU", "killed", 8, A)],
    ),
    (
        "massacres-passive",
        "Selon l'armée, 12 soldats ont été massacrés dimanche.",
        [("l'armée", "killed", 12, A)],
    ),
    (
        "massacres-participle",
        "Au moins 7 villageois massacrés lors de l'attaque, selon l'ONU.",
        [("l'ONU", "killed", 7, A)],
    ),
    # captured
    (
        "otage-active",
        "Les jihadistes ont pris en otage 30 civils, selon l'armée.",
        [("l'armée", "captured", 30, A)],
    ),
    (
        "sequestrer-active",
        "Selon la police, les ravisseurs ont séquestré quatre enseignants.",
        [("la police", "captured", 4, A)],
    ),
    (
        "prise-en-otage-noun",
        "L'armée a confirmé la prise en otage de 30 civils.",
        [("L'armée", "captured", 30, A)],
    ),
    (
        "kidnapping-noun",
        "La police a annoncé le kidnapping de 12 élèves.",
        [("La police", "captured", 12, A)],
    ),
    # seized
    (
        "investir",
        "Selon l'armée, les jihadistes ont investi 3 camps.",
        [("l'armée", "seized", 3, A)],
    ),
    (
        "aux-mains",
        "Selon l'armée, 3 camps sont tombés aux mains des jihadistes.",
        [("l'armée", "seized", 3, A)],
    ),
    (
        "aux-mains-tail",
        "Trois localités sont tombées aux mains des rebelles, a indiqué l'armée.",
        [("l'armée", "seized", 3, A)],
    ),
    # destroyed
    ("rases", "Selon l'armée, 30 maisons ont été rasées.", [("l'armée", "destroyed", 30, A)]),
    (
        "calcines",
        "Au moins 12 véhicules calcinés après l'attaque, selon la police.",
        [("la police", "destroyed", 12, A)],
    ),
    (
        "raser-active",
        "Les assaillants ont rasé 40 maisons, selon l'ONU.",
        [("l'ONU", "destroyed", 40, A)],
    ),
    # attacked
    (
        "pris-pour-cible",
        "Selon l'armée, 3 postes militaires ont été pris pour cible.",
        [("l'armée", "attacked", 3, A)],
    ),
    (
        "pris-d-assaut",
        "Deux casernes ont été prises d'assaut dimanche, selon l'armée.",
        [("l'armée", "attacked", 2, A)],
    ),
    (
        "pris-pour-cible-active",
        "Selon l'armée, les jihadistes ont pris pour cible 3 postes.",
        [("l'armée", "attacked", 3, A)],
    ),
    (
        "assaut-active",
        "Les rebelles ont pris d'assaut quatre postes, a indiqué l'armée.",
        [("l'armée", "attacked", 4, A)],
    ),
    (
        "embuscade",
        "Selon l'armée, des hommes armés ont tendu une embuscade à 3 convois.",
        [("l'armée", "attacked", 3, A)],
    ),
    # present: troops sent somewhere
    (
        "envoyes",
        "1 500 soldats ont été envoyés à Gao, selon l'armée.",
        [("l'armée", "present", 1500, A)],
    ),
    (
        "depeches",
        "Selon l'armée, 300 gendarmes ont été dépêchés à Ménaka.",
        [("l'armée", "present", 300, A)],
    ),
    ("bases", "Selon l'armée, 1 500 soldats sont basés à Gao.", [("l'armée", "present", 1500, A)]),
    (
        "envoyer-active",
        "Selon l'armée, la France a envoyé 1 500 soldats à Gao.",
        [("l'armée", "present", 1500, A)],
    ),
    (
        "envoi-noun",
        "L'armée a annoncé l'envoi de 1 500 soldats à Gao.",
        [("L'armée", "present", 1500, A)],
    ),
    # a count whose verb is negated is denied
    (
        "denied-passive",
        "Selon l'armée, les 12 soldats n'ont pas été tués.",
        [("l'armée", "killed", 12, D)],
    ),
    (
        "denied-head",
        "L'armée affirme que 12 soldats n'ont pas été tués.",
        [("L'armée", "killed", 12, D)],
    ),
    (
        "denied-jamais",
        "Selon la police, 30 élèves n'ont jamais été enlevés.",
        [("la police", "captured", 30, D)],
    ),
    (
        "denied-tail",
        "Quinze civils n'ont pas été blessés, a précisé la police.",
        [("la police", "wounded", 15, D)],
    ),
    (
        "pas-moins-de",
        "Pas moins de 12 soldats ont été tués, selon l'armée.",
        [("l'armée", "killed", 12, A)],
    ),
    # a part of captives counted: the captives are counted too; none of a whole is none
    (
        "part-of-hostages",
        "Selon l'armée, 12 des 20 otages ont été tués.",
        [("l'armée", "killed", 12, A), ("l'armée", "captured", 20, A)],
    ),
    (
        "part-of-hostages-tail",
        "Cinq des 20 otages ont été exécutés, a indiqué la police.",
        [("la police", "killed", 5, A), ("la police", "captured", 20, A)],
    ),
    (
        "part-of-prisoners",
        "Selon la police, deux des quinze prisonniers sont morts.",
        [("la police", "killed", 2, A), ("la police", "captured", 15, A)],
    ),
    (
        "none-of-hostages",
        "Aucun des 12 otages n'a été libéré, selon la police.",
        [("la police", "captured", 12, A)],
    ),
    (
        "none-of-hostages-head",
        "Selon la police, aucun des 12 otages n'a été libéré.",
        [("la police", "captured", 12, A)],
    ),
    (
        "none-of-soldiers",
        "Selon l'armée, aucun des 40 soldats n'a été blessé.",
        [("l'armée", "wounded", 0, A)],
    ),
    (
        "none-of-tail",
        "Aucun des 40 soldats n'a été tué, a indiqué l'armée.",
        [("l'armée", "killed", 0, A)],
    ),
    # an active verb negated before its count denies it
    (
        "denied-active",
        "L'armée n'a pas tué 12 civils, selon le ministre.",
        [("le ministre", "killed", 12, D)],
    ),
    (
        "denied-infinitive",
        "L'armée a affirmé ne pas avoir tué 12 civils.",
        [("L'armée", "killed", 12, D)],
    ),
    (
        "denied-jamais-active",
        "Selon l'ONU, les rebelles n'ont jamais enlevé 30 élèves.",
        [("l'ONU", "captured", 30, D)],
    ),
    (
        "denied-destroyed",
        "Les soldats n'ont pas incendié 40 maisons, a assuré l'armée.",
        [("l'armée", "destroyed", 40, D)],
    ),
    (
        "not-only",
        "Les soldats n'ont pas seulement tué 12 civils, selon HRW.",
        [("HRW", "killed", 12, A)],
    ),
    (
        "asserted-active",
        "Selon l'armée, les jihadistes ont tué 12 soldats.",
        [("l'armée", "killed", 12, A)],
    ),
    # captives counted, what befell them denied
    (
        "captives-denied",
        "Les 20 otages n'ont pas été exécutés, selon la police.",
        [("la police", "captured", 20, A), ("la police", "killed", 20, D)],
    ),
    (
        "captives-denied-jamais",
        "Selon l'armée, les 12 prisonniers n'ont jamais été tués.",
        [("l'armée", "captured", 12, A), ("l'armée", "killed", 12, D)],
    ),
    (
        "captives-not-freed",
        "Les 20 otages n'ont pas été libérés, selon la police.",
        [("la police", "captured", 20, A)],
    ),
    # killings an NGO documents or deplores
    ("hrw-documente", "HRW a documenté 35 exécutions.", [("HRW", "killed", 35, A)]),
    (
        "amnesty-recense",
        "Amnesty International a recensé 35 exécutions sommaires.",
        [("Amnesty International", "killed", 35, A)],
    ),
    ("hrw-enlevements", "HRW a documenté 12 enlèvements.", [("HRW", "captured", 12, A)]),
    (
        "amnesty-denonce",
        "Amnesty dénonce l'exécution de 20 civils.",
        [("Amnesty", "killed", 20, A)],
    ),
    (
        "hrw-denonce-massacre",
        "HRW dénonce le massacre de 40 villageois.",
        [("HRW", "killed", 40, A)],
    ),
    (
        "condamne",
        "Le gouverneur a condamné l'assassinat de 12 villageois.",
        [("Le gouverneur", "killed", 12, A)],
    ),
    (
        "denonce-enlevement",
        "L'ONU a dénoncé l'enlèvement de 30 élèves.",
        [("L'ONU", "captured", 30, A)],
    ),
]
PARAMS = [pytest.param(*case, id=case[0]) for case in CASES]


@pytest.mark.parametrize(("name", "text", "gold"), PARAMS)
def test_each_french_predicate_gives_its_sourced_figure(name, text, gold):
    missed, extra = mismatches(text, gold)
    assert (missed, extra) == ([], []), name

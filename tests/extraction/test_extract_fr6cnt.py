"""Round 6, French counts in long, multi-clause sentences: invented sentences where a
count stands far from its verb (a relative clause, a complement), several counts share one
verb or one sentence, a subset names one person, and the numbers that are no count (ages,
units, years, money, percentages) or belong to another event; each with its source, and the
negative cases that must give no claim or no wrong source.
"""

from __future__ import annotations

import warnings

import pytest
from test_extract_en_challenge import mismatches

import claimtrack as ct

A, D = "asserts", "denies"

CASES = [
    # a relative clause (with a complement before it) between a count and its participle
    (
        "relative-longue",
        "Les 30 passagers du bus, qui se rendaient au marché hebdomadaire de la ville "
        "voisine, ont été enlevés, a déclaré un responsable de la compagnie.",
        [("un responsable de la compagnie", "captured", 30, A)],
    ),
    (
        "relative-longue-tues",
        "Douze soldats, qui se rendaient au marché hebdomadaire de la ville voisine, ont été "
        "tués, selon l'armée.",
        [("l'armée", "killed", 12, A)],
    ),
    # the object of a relative clause is not the counted: "un convoi" is no death
    (
        "relative-objet-un",
        "Neuf militaires qui escortaient un camion de ravitaillement ont été tués, a annoncé "
        "l'armée.",
        [("l'armée", "killed", 9, A)],
    ),
    (
        "relative-objet-convoi",
        "Neuf militaires qui escortaient un convoi de ravitaillement vers la base de Tessalit "
        "ont été tués, a annoncé l'armée.",
        [("l'armée", "killed", 9, A)],
    ),
    (
        "complement-d-un",
        "Les 14 passagers d'un bus ont été tués sur la RN 15, a indiqué la police.",
        [("la police", "killed", 14, A)],
    ),
    # buildings attacked are counted like places ("écoles", accented, folded)
    (
        "ecoles-attaquees",
        "Onze écoles ont été attaquées depuis janvier, selon l'Unicef.",
        [("l'Unicef", "attacked", 11, A)],
    ),
    (
        "mosquees-visees",
        "Selon la police, trois mosquées ont été visées dans la nuit.",
        [("la police", "attacked", 3, A)],
    ),
    # an event named at the head of a sentence says nothing
    (
        "attaque-rappelle",
        "L'attaque rappelle celle de 2019 qui avait fait 50 morts, a déclaré le gouverneur.",
        [("le gouverneur", "killed", 50, A)],
    ),
    (
        "explosion-sujet",
        "L'explosion a fait 12 morts, a indiqué la police.",
        [("la police", "killed", 12, A)],
    ),
    # a claim of responsibility in the passive inside what the outer voice tells
    (
        "revendiquee-par-tail",
        "L'attaque, qui a fait 12 morts, a été revendiquée par le groupe, a affirmé le gouverneur.",
        [("le gouverneur", "killed", 12, A)],
    ),
    (
        "revendiquee-par-seul",
        "L'attaque, qui a fait 12 morts, a été revendiquée par le groupe.",
        [("le groupe", "killed", 12, A)],
    ),
    # "dont N" with a verb of its own is no subset of the claim
    (
        "dont-liberes",
        "Selon la police, 20 personnes ont été enlevées, dont huit ont été libérées depuis.",
        [("la police", "captured", 20, A)],
    ),
    (
        "dont-enfants",
        "Selon la police, 20 personnes ont été enlevées, dont huit enfants.",
        [("la police", "captured", 20, A), ("la police", "captured", 8, A)],
    ),
    # one person named with an article or a possessive among the counted
    (
        "dont-le-pasteur",
        "Des jihadistes ont attaqué une église, tuant 14 fidèles, dont le pasteur, a indiqué "
        "une source sécuritaire.",
        [
            ("une source sécuritaire", "killed", 14, A),
            ("une source sécuritaire", "killed", 1, A),
            ("une source sécuritaire", "attacked", 1, A),
        ],
    ),
    (
        "parmi-lesquelles-le-chef",
        "Quatorze personnes ont été enlevées, parmi lesquelles le chef du village, selon des "
        "habitants.",
        [("des habitants", "captured", 14, A), ("des habitants", "captured", 1, A)],
    ),
    (
        "dont-leur-commandant",
        "Trente soldats ont été tués, dont leur commandant, selon la police.",
        [("la police", "killed", 30, A), ("la police", "killed", 1, A)],
    ),
    # "au nombre de" after the counted, set off by commas or after its cause
    (
        "au-nombre-de-virgules",
        "Selon la police, les personnes enlevées, au nombre de 25, sont toujours détenues.",
        [("la police", "captured", 25, A)],
    ),
    (
        "au-nombre-de-cause",
        "Selon le HCR, les personnes déplacées par les combats sont désormais au nombre de 45 000.",
        [("le HCR", "displaced", 45000, A)],
    ),
    (
        "au-nombre-de-assaillants-virgules",
        "Les assaillants, au nombre d'une centaine, sont arrivés à moto, a rapporté un témoin.",
        [("un témoin", "attackers", 100, A)],
    ),
    (
        "au-nombre-de-liberes",
        "Les otages, au nombre de 12, ont été libérés, selon la gendarmerie.",
        [],
    ),
    (
        "au-nombre-de-eleves",
        "Selon le ministre, les élèves, au nombre de 300, ont repris les cours.",
        [],
    ),
    # a sentence to death is no death
    ("condamnes-a-mort", "Le tribunal a condamné 12 personnes à mort, selon l'avocat.", []),
    ("condamnes-a-mort-avant", "Le tribunal a condamné à mort 12 personnes, selon l'avocat.", []),
    (
        "battus-a-mort",
        "Les jihadistes ont battu 3 hommes à mort, selon un témoin.",
        [("un témoin", "killed", 3, A)],
    ),
    # "le déploiement de": a force present
    (
        "deploiement-de",
        "Le ministre a confirmé le déploiement de 300 soldats dans la région.",
        [("Le ministre", "present", 300, A)],
    ),
    # "dont les habitants": a relative ("whose"), not a subset, and its verb not the count's
    (
        "dont-les-habitants",
        "Les 14 villages dont les habitants ont fui ont été pillés, selon un élu.",
        [("un élu", "seized", 14, A)],
    ),
    (
        "dont-deux-enfants",
        "Six femmes dont deux enfants ont été tuées, selon un élu.",
        [("un élu", "killed", 6, A), ("un élu", "killed", 2, A)],
    ),
    # found alive: no longer missing
    (
        "retrouves-vivants",
        "Sur les 20 disparus, 8 ont été retrouvés vivants, selon la protection civile.",
        [("la protection civile", "missing", 20, A)],
    ),
    ("deploiement-du-president", "Le ministre a annoncé le déploiement du président à Gao.", []),
    # a second clause after "mais" with its own source after it is that source's
    (
        "mais-selon-apres",
        "Le ministre a affirmé que 15 soldats avaient été tués, mais 30 soldats ont péri "
        "selon des sources sécuritaires.",
        [("Le ministre", "killed", 15, A), ("des sources sécuritaires", "killed", 30, A)],
    ),
    (
        "but-according-after",
        "The minister said 15 soldiers were killed, but 30 soldiers died according to "
        "security sources.",
        [("The minister", "killed", 15, A), ("security sources", "killed", 30, A)],
    ),
    (
        "mais-sans-source",
        "L'armée a affirmé que cinq soldats avaient été tués, mais aucun civil n'a été blessé.",
        [("L'armée", "killed", 5, A), ("L'armée", "wounded", 0, A)],
    ),
    (
        "mais-selon-ouvre",
        "L'armée parle de 10 morts, mais selon le maire de la commune, une trentaine de civils "
        "ont été tués.",
        [("L'armée", "killed", 10, A), ("le maire de la commune", "killed", 30, A)],
    ),
    (
        "but-according-opens",
        "The army said 10 died, but according to the mayor, 30 civilians were killed.",
        [("The army", "killed", 10, A), ("the mayor", "killed", 30, A)],
    ),
    (
        "mais-selon-apres-tail",
        "Douze soldats ont été tués, a indiqué l'armée, mais selon le maire, trente civils "
        "ont péri.",
        [("l'armée", "killed", 12, A), ("le maire", "killed", 30, A)],
    ),
    # the future: a force to be deployed is not there yet (as "seront-deployes" in lead5)
    ("sera-deploye", "Un bataillon de 650 soldats sera déployé, selon le ministère.", []),
    # one person with an age aside; the age is no count
    (
        "victime-agee",
        "La victime, âgée de 45 ans, a été tuée devant son domicile, selon la police.",
        [("la police", "killed", 1, A)],
    ),
    (
        "enfant-de-12-ans",
        "Un enfant de 12 ans a été tué par une balle perdue, a indiqué la police.",
        [("la police", "killed", 1, A)],
    ),
    (
        "enfants-ages-de",
        "Trois enfants âgés de 8 à 12 ans ont été blessés, selon l'hôpital.",
        [("l'hôpital", "wounded", 3, A)],
    ),
    # "a permis de" + the infinitive of a seizure, a destruction, a capture
    (
        "permis-de-saisir",
        "Selon l'armée, l'opération a permis de saisir 30 motos.",
        [("l'armée", "seized", 30, A)],
    ),
    (
        "permis-de-recuperer",
        "Selon l'armée, l'opération a permis de récupérer 12 armes.",
        [("l'armée", "seized", 12, A)],
    ),
    ("saisi-de-dossiers", "Le juge a été saisi de 12 dossiers, selon l'avocat.", []),
    # "dérober": things taken; money is no count
    (
        "derobe",
        "Les assaillants ont dérobé 5 000 euros et trois véhicules, selon la police.",
        [("la police", "seized", 3, A)],
    ),
]
PARAMS = [pytest.param(*case, id=case[0]) for case in CASES]

# A state body named in French resolves to its institution, in the country its words name,
# and never to another country's actor whose alias it holds.
INSTITUTIONS = [
    (
        "L'état-major général des armées burkinabè a annoncé que 50 terroristes avaient été "
        "neutralisés.",
        None,
        "BF:military",
    ),
    ("D'après l'armée nigériane, 12 ravisseurs ont été tués.", "ng_army", "NG:military"),
    ("Selon les Forces armées maliennes, 7 soldats ont été tués.", "fama", "ML:military"),
    (
        "Le ministère français des Armées a annoncé que 12 jihadistes avaient été tués.",
        None,
        "FR:defence",
    ),
]


@pytest.mark.parametrize(("name", "text", "gold"), PARAMS)
def test_each_long_french_sentence_gives_its_sourced_counts(name, text, gold):
    missed, extra = mismatches(text, gold)
    assert (missed, extra) == ([], []), name


@pytest.mark.parametrize(("text", "actor", "institution"), INSTITUTIONS)
def test_a_french_state_body_resolves_in_its_own_country(text, actor, institution):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = ct.extract(text, "t-1").astype(object)
    assert len(rows) == 1
    got = rows.iloc[0]
    assert (got["actor_id"] if isinstance(got["actor_id"], str) else None) == actor
    assert (got["institution"] if isinstance(got["institution"], str) else None) == institution

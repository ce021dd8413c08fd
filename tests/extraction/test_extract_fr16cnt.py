"""Round 16, French counts and claim words, from the errors real reports showed: an aside
between a count's noun and its verb (between dashes, a "dont" list with no figure), an
infinitive's verb parted from its count by a place or time, a strike that hits one
building, an attack named by its attackers' kind, one person a relative says was\nkilled; with
near misses that must keep their claim or give none. Invented sentences only, each with
its source.
"""

from __future__ import annotations

import pytest
from extract_helpers import claim_figures

A = "asserts"


CASES = [
    # an aside between dashes parts the count from its verb
    (
        "dashed-aside",
        "Quinze membres du groupe - créé par d'anciens miliciens (FDL) en 2012 - ont été tués"
        " dans les combats, ont déclaré deux officiers.",
        [("deux officiers", "killed", 15, A)],
    ),
    # near miss: a part of the count between dashes keeps its own claim
    (
        "dashed-part",
        "Selon la police, douze rebelles - dont trois chefs - ont été tués.",
        [("la police", "killed", 12, A), ("la police", "killed", 3, A)],
    ),
    # a "dont" list with no figure, no comma before it
    (
        "dont-list-no-figure",
        "Selon des habitants, près de 40 personnes dont des femmes, des enfants et des"
        " vieillards ont été tuées dimanche.",
        [("des habitants", "killed", 40, A)],
    ),
    # an infinitive's claim verb, a place or time after it, then the count
    (
        "infinitive-adverbial-count",
        "Le groupe a affirmé vendredi avoir tué dans le nord du pays cinq soldats et capturé"
        " trois autres.",
        [("Le groupe", "killed", 5, A), ("Le groupe", "captured", 3, A)],
    ),
    (
        "infinitive-night-count",
        "Les rebelles disent avoir abattu dans la nuit deux hélicoptères de l'armée.",
        [("Les rebelles", "destroyed", 2, A)],
    ),
    # near miss: an infinitive that names no claim gives none
    (
        "infinitive-adverbial-no-claim",
        "Le groupe dit avoir recruté dans le nord du pays cinq cents jeunes.",
        [],
    ),
    # a strike that hits one building is one place attacked
    (
        "strike-hits-home",
        "Selon des voisins, une frappe aérienne a atteint le domicile d'un chef de milice.",
        [("des voisins", "attacked", None, A)],
    ),
    (
        "drone-hits-school",
        "Selon le maire, un drone a touché une école du quartier.",
        [("le maire", "attacked", 1, A)],
    ),
    # near miss: fighting that reaches a town is no strike
    ("fighting-reaches-town", "Selon le maire, les combats ont atteint la ville.", []),
    # the time between the verb of attack and its one target
    (
        "targeted-overnight",
        "Selon le préfet, des hommes armés ont pris pour cible dans la nuit un avant-poste de"
        " la gendarmerie.",
        [("le préfet", "attacked", 1, A)],
    ),
    # an attack named by its attackers' kind, against one target
    (
        "attack-by-kind-against",
        "Selon l'armée, 14 soldats ont été tués lors d'une attaque islamiste contre une caserne.",
        [("l'armée", "killed", 14, A), ("l'armée", "attacked", 1, A)],
    ),
    # one person a relative clause says was killed
    (
        "one-who-was-killed",
        "Selon des voisins, une frappe a visé la maison d'un chef de milice, qui a été tué.",
        [("des voisins", "killed", 1, A), ("des voisins", "attacked", None, A)],
    ),
    (
        "besides-the-one-killed",
        "Outre le gendarme qui a été tué, quatre autres ont été blessés, a indiqué le préfet.",
        [("le préfet", "killed", 1, A), ("le préfet", "wounded", 4, A)],
    ),
    # near miss: a thing the relative says was destroyed is no person killed
    (
        "one-thing-destroyed",
        "Selon le maire, un dépôt, qui a été détruit, appartenait à un commerçant.",
        [("le maire", "destroyed", 1, A)],
    ),
    # near miss: a dash with no count before it blanks nothing
    (
        "dash-no-count",
        "Le village - situé près de la frontière - a été attaqué, selon l'armée.",
        [("l'armée", "attacked", None, A)],
    ),
]
PARAMS = [pytest.param(*case, id=case[0]) for case in CASES]


@pytest.mark.parametrize(("name", "text", "gold"), PARAMS)
def test_each_sentence_gives_exactly_its_sourced_claims(name, text, gold):
    want = [(s, t, float(v) if isinstance(v, int) else v, st) for s, t, v, st in gold]
    assert claim_figures(text) == sorted(want, key=repr), name

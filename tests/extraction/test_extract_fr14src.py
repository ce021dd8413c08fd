"""Round 14, French attribution read off real reporting (paraphrased, invented names, places
and figures): the source, claim type, figure and stance of each claim."""

from __future__ import annotations

import pytest

import claimtrack as ct
from tests.extraction.extract_helpers import claims

A = "asserts"
D = "denies"


def _got(text: str) -> set[tuple]:
    return {(src, kind, value, stance) for src, kind, value, _, stance in claims(text)}


# A subject pronoun that opens a later clause of the sentence stands for the subject that
# opens the sentence, when that one can speak and agrees with it ("L'armée n'a pas confirmé
# l'attaque, mais elle affirme …", "Le préfet s'est rendu à X, où il a annoncé …").
OWN_SUBJECT = [
    (
        "La police n'a pas commenté l'attaque, mais elle a affirmé avoir arrêté 8 suspects.",
        {("La police", "captured", "8", A)},
    ),
    (
        "Le gouverneur Ali Bako s'est rendu à Tanout, où il a annoncé que 14 villageois "
        "avaient été tués.",
        {("Le gouverneur Ali Bako", "killed", "14", A)},
    ),
    (
        "Lundi, la préfète de Dosso a visité l'hôpital, où elle a déclaré que 9 blessés y "
        "étaient soignés.",
        {("la préfète de Dosso", "wounded", "9", A)},
    ),
    (
        "Les habitants ont fui le village lundi, mais ils affirment que 30 maisons ont été "
        "incendiées.",
        {("Les habitants", "destroyed", "30", A)},
    ),
    (
        "Le groupe Etat islamique a annoncé 12 morts. L'armée malienne n'a pas confirmé les "
        "attaques, cependant, elle a rapporté avoir tué 14 jihadistes.",
        {("Le groupe Etat islamique", "killed", "12", A), ("L'armée malienne", "killed", "14", A)},
    ),
    (
        "La radio publique a confirmé l'attaque. Le Premier ministre Ali Sow s'est exprimé sur "
        "la radio nationale où il a affirmé que 15 soldats avaient été tués.",
        {("Le Premier ministre", "killed", "15", A)},
    ),
    (
        "Le maire a démenti ces chiffres, mais il a reconnu que 3 gendarmes avaient été blessés.",
        {("Le maire", "wounded", "3", A), ("Le maire", "killed", None, D)},
    ),
]
# near misses: a subject something was done to, one that cannot speak, a quotation's subject
NOT_OWN_SUBJECT = [
    (
        "Le maire a été tué lundi, et il a déclaré que 7 civils étaient morts.",
        {("il", "killed", "7", A)},
    ),
    (
        "Le bilan reste provisoire, mais il a précisé que 5 gendarmes avaient été tués.",
        {("il", "killed", "5", A)},
    ),
    (
        "L'armée a démenti. Le village a été attaqué, et il affirme que 12 personnes ont été "
        "tuées.",
        {("il", "killed", "12", A), ("L'armée", "denied", None, D)},
    ),
    (
        "« Le maire a menti, 20 personnes sont mortes », a-t-il dit.",
        {("il", "killed", "20", A)},
    ),
]

# An earlier toll with no owner of its own is the last source's: "Un précédent bilan
# faisait état de …", "Le premier bilan était de …", "Un bilan initial s'élevait à …".
EARLIER_TOLL = [
    (
        "L'armée a annoncé la mort de 16 soldats. Un précédent bilan faisait état de quatre "
        "soldats tués.",
        {("L'armée", "killed", "16", A), ("L'armée", "killed", "quatre", A)},
    ),
    (
        "Selon la gendarmerie, 12 civils ont été tués. Un premier bilan faisait état de 7 morts.",
        {("la gendarmerie", "killed", "12", A), ("la gendarmerie", "killed", "7", A)},
    ),
    (
        "La police a fait état de 30 blessés. Le précédent bilan était de 20 blessés.",
        {("La police", "wounded", "30", A), ("La police", "wounded", "20", A)},
    ),
    (
        "Selon des habitants, 25 villageois ont péri. Un bilan initial provisoire s'élevait à "
        "11 morts.",
        {("des habitants", "killed", "25", A), ("des habitants", "killed", "11", A)},
    ),
    (
        "Le gouverneur a parlé de 40 morts. Un ancien bilan évoquait 22 morts.",
        {("Le gouverneur", "killed", "40", A), ("Le gouverneur", "killed", "22", A)},
    ),
]
# near misses: an earlier toll with its own source, the latest toll (no one's)
NOT_EARLIER_TOLL = [
    (
        "L'armée a annoncé 16 morts. Un précédent bilan de source hospitalière faisait état "
        "de 9 morts.",
        {
            ("L'armée", "killed", "16", A),
            ("Un précédent bilan de source hospitalière", "killed", "9", A),
        },
    ),
    (
        "L'armée a annoncé 16 morts. Le dernier bilan fait état de 20 morts.",
        {("L'armée", "killed", "16", A)},
    ),
]
# A claim noun and its owner after the verb is what is denied, not who denies it:
# "X, porte-parole du groupe, a démenti le bilan de l'armée" (X denies).
CLAIM_OBJECT = [
    (
        "Le porte-parole du groupe, Amadou Kindo, a aussitôt démenti le bilan de la mission.",
        {("le groupe", "killed", None, D)},
    ),
    (
        "Le ministre, Issa Bako, a contesté mardi la version des rebelles.",
        {("Le ministre", "denied", None, D)},
    ),
    (
        "De son côté, le chef du mouvement, Ali Sow, a rejeté les chiffres de l'armée.",
        {("le chef du mouvement", "killed", None, D)},
    ),
    (
        "Le maire de Kadi, Ousmane Sy, a démenti les informations de la presse.",
        {("Le maire de Kadi", "denied", None, D)},
    ),
    (
        "Le groupe a démenti le bilan de l'armée.",
        {("Le groupe", "killed", None, D)},
    ),
]

# A toll with its figure and the agent who gave it, as a verb's object: the agent asserts
# the figure ("Il a rejeté le bilan de 16 morts donné par le ministre") that another denies.
TOLL_AGENT = [
    (
        "Le témoin a rejeté le bilan officiel de 16 victimes donné mercredi par le ministre.",
        {("le ministre", "killed", "16", A), ("Le témoin", "killed", "16", D)},
    ),
    (
        "Le maire a contesté le bilan de 12 morts avancé par l'armée.",
        {("l'armée", "killed", "12", A), ("Le maire", "killed", "12", D)},
    ),
    (
        "Les rebelles ont démenti le chiffre de 30 combattants tués, annoncé par l'armée.",
        {("l'armée", "killed", "30", A), ("Les rebelles", "killed", "30", D)},
    ),
    (
        "Le bilan de 16 morts donné par le ministre a été contesté par des habitants.",
        {("le ministre", "killed", "16", A), ("des habitants", "killed", "16", D)},
    ),
    (
        "Le chiffre de 40 morts avancé par les rebelles est faux, a déclaré le ministre.",
        {
            ("les rebelles", "killed", "40", A),
            ("le ministre", "killed", "40", D),
            ("le ministre", "denied", None, D),
        },
    ),
]
# near misses: a document's agent after "selon" is read once, as before; a toll confirmed
# is its confirmer's
NOT_TOLL_AGENT = [
    (
        "Le maire a confirmé le bilan de 12 morts avancé par l'armée.",
        {("Le maire", "killed", "12", A)},
    ),
    (
        "Selon le bilan fourni par la police, 12 personnes ont été tuées.",
        {("la police", "killed", "12", A)},
    ),
]


def _denied_figure(text: str) -> list[tuple]:
    raw = ct.extract(text)
    denied = raw[raw["stance"] == "denies"]
    return list(zip(denied["source_raw"], denied["value_best"], strict=True))


def test_claim_object_denies_the_figure_given() -> None:
    text = (
        "Selon la mission, 300 rebelles ont été tués. Le porte-parole du groupe, Amadou "
        "Kindo, a démenti le bilan de la mission."
    )
    assert _denied_figure(text) == [("le groupe", 300.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    EARLIER_TOLL + NOT_EARLIER_TOLL + CLAIM_OBJECT + TOLL_AGENT + NOT_TOLL_AGENT,
)
def test_french_tolls_round14(text: str, expected: set[tuple]) -> None:
    assert _got(text) == expected


@pytest.mark.parametrize(("text", "expected"), OWN_SUBJECT + NOT_OWN_SUBJECT)
def test_french_attribution_round14(text: str, expected: set[tuple]) -> None:
    assert _got(text) == expected

"""Claims without a count (``extraction.events``): each rule on invented English and French
sentences, and the sentences that only name an event without claiming it."""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _types(sentence: str) -> set[tuple[str, str]]:
    return {(r[1], r[4]) for r in claims(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Witnesses said heavy fighting broke out in the town on Monday.",
        "Residents said fighting erupted near the market.",
        "Selon des habitants, de violents combats ont éclaté dans la ville.",
        "Le maire a déclaré que les deux groupes se sont affrontés près du marché.",
        # an event the count depends on, in a relative clause: the event is the head
        "Officials said a shootout that killed 12 gunmen lasted hours.",
        "Selon la police, une fusillade qui a fait 3 morts a eu lieu à Gao.",
    ],
)
def test_an_event_told_is_fighting(sentence):
    assert ("fighting", "asserts") in _types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a definite event is one already told: a setting, not a new claim
        "The army said the clashes ended on Monday.",
        "Des habitants ont dit que la fusillade a duré une heure.",
        # a place named by the event
        "Police said the shootout scene was sealed off.",
        # an event as the time of something else
        "Officials said soldiers returned to the camp after heavy fighting.",
        "Le préfet a indiqué que les soldats sont rentrés après de violents combats.",
        # beside a count, the event is the count's setting
        "Police said two men were killed in a gunfight.",
        # a question
        "Witnesses said it was unclear whether the men exchanged fire with police.",
    ],
)
def test_an_event_only_named_is_no_claim(sentence):
    assert "fighting" not in {t for t, _ in _types(sentence)}


@pytest.mark.parametrize(
    ("sentence", "claim_type"),
    [
        ("The mayor said the rebels entered the town without any fighting.", "fighting"),
        ("Le préfet a indiqué qu'il n'y a eu aucun accrochage avec l'armée.", "fighting"),
        ("Le gouverneur a déclaré que la colonne est passée sans combat.", "fighting"),
        ("The police said there were no clashes in the capital.", "fighting"),
        ("The governor said no further attacks were reported.", "attacked"),
    ],
)
def test_an_event_said_not_to_have_happened_is_denied(sentence, claim_type):
    types = _types(sentence)
    assert (claim_type, "denies") in types
    assert (claim_type, "asserts") not in types


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The army said enemy commanders were operating in the area.", "enemy commanders"),
        ("Officials said fighter jets had breached the country's airspace.", "fighter jets"),
        ("The governor said India violated its airspace on Monday.", "India"),
        ("Le gouvernement a déclaré que l'Inde avait violé son espace aérien.", "Inde"),
        ("A commander said the army had sent reinforcements to the base.", "reinforcements"),
        ("Le ministre a indiqué avoir envoyé des renforts à Gao.", "renforts"),
        ("Selon le maire, des soldats étrangers sont entrés dans la ville.", "soldats"),
    ],
)
def test_forces_somewhere_are_present(sentence, who):
    assert [r[3] for r in claims(sentence) if r[1] == "present"] == [who]


@pytest.mark.parametrize(
    "sentence",
    [
        "Government forces said the town was calm.",
        # the forces and the verb in two clauses of two speakers
        "The army said troops retreated, but the militants said they entered Gao.",
        # forces counted as attackers are not also present
        "Witnesses said as many as 400 militants might have entered the town.",
    ],
)
def test_no_presence_across_clauses_or_for_a_count(sentence):
    assert "present" not in {r[1] for r in claims(sentence)}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The army said it opened fire after being shot at by two snipers.", "two"),
        ("Selon l'armée, la patrouille a été prise pour cible par 30 assaillants.", "30"),
        ("Witnesses said as many as 400 militants might have entered the town.", "as many as 400"),
        ("Les habitants ont dit qu'une centaine de jihadistes ont fait irruption au marché.", None),
    ],
)
def test_fighters_counted_as_the_attacking_force(sentence, value):
    values = [r[2] for r in claims(sentence) if r[1] == "attackers"]
    assert values
    assert value is None or values == [value]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # the agent of what was done: armed people
        ("The army said the civilians were killed by the rebels.", "rebels"),
        ("Selon le gouvernement, 12 villageois ont été tués par des hommes armés.", "hommes armés"),
        ("Witnesses said the men were tortured by security forces.", "security forces"),
        # an admission: what was carried out
        ("L'état-major a indiqué avoir mené cette frappe sur la ville.", "frappe"),
        ("The group said it carried out the attack on the convoy.", "attack"),
    ],
)
def test_who_did_it_is_responsibility(sentence, subject):
    assert [r[3] for r in claims(sentence) if r[1] == "responsibility"] == [subject]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the man was killed by a roadside bomb.",
        "The army said it carried out 20 operations in the region.",
        "Le ministère a indiqué que 3 soldats ont été tués par une mine.",
    ],
)
def test_no_responsibility_without_armed_people_or_an_event_admitted(sentence):
    assert "responsibility" not in {r[1] for r in claims(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        'The commander said: "It\'s a hoax."',
        "Families said that they doubted the official account of the raid.",
        "Le gouvernement a déclaré qu'il s'agit d'une fausse information.",
        "Les rebelles ont affirmé que c'est de la propagande.",
        "Les habitants ont dit qu'ils mettent en doute la version de l'armée.",
    ],
)
def test_an_account_called_false_or_doubted_is_denied(sentence):
    assert [(r[1], r[4]) for r in claims(sentence)] == [("denied", "denies")]


def test_an_account_called_true_is_no_denial():
    assert claims("The army said the report was accurate.") == []


@pytest.mark.parametrize(
    ("sentence", "claim_type"),
    [
        ("The army said it defeated the rebels near the border.", "defeated"),
        ("Le gouvernement a affirmé que les rebelles ont été vaincus à Gao.", "defeated"),
        ("The rebels said they joined forces with the militia.", "alliance"),
        ("Les rebelles ont affirmé qu'ils se sont alliés à la milice.", "alliance"),
        ("The army said the rebels suffered heavy losses.", "casualties"),
        ("Selon l'armée, les rebelles ont subi de lourdes pertes.", "casualties"),
    ],
)
def test_an_outcome_or_an_alliance_without_a_count(sentence, claim_type):
    assert (claim_type, "asserts") in _types(sentence)


@pytest.mark.parametrize(
    ("sentence", "claim_type"),
    [
        # a participle used as an adjective after an article names, it does not claim
        ("Officials said the defeated rebels left the town.", "defeated"),
        ("Officials said a commander allied with the police was killed.", "alliance"),
    ],
)
def test_an_adjective_is_no_event(sentence, claim_type):
    assert claim_type not in {t for t, _ in _types(sentence)}

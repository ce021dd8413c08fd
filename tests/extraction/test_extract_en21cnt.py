"""Round 21, English counts and claim types: general sentence kinds read wrong or not at all.

Sentence kinds (invented sentences only):
- a count of fighters or troops as the subject of a bare verb of taking people with an
  object ("about 90 soldiers, along with militiamen, arrested everyone in the hamlet",
  "30 gunmen kidnapped the chief"): the force that did it (attackers), never the people
  taken (with a count for object, "kidnapped 12 students", the force stays uncounted);
- a bare English claim verb with an object ("20 gunmen killed the village chief") is
  active: the 20 were not killed (a time after the participle, "killed the day before",
  keeps the passive reading; a French "blessé a succombé" keeps its auxiliary);
- munitions or drones counted as the subject of a verb of striking, with its target after
  it ("around 30 drones struck the market", "rockets fired by the rebels hit the town",
  "had struck"): shelling, not an attack on the drones;
- weapons counted as recovered or found ("one rifle and two pistols were recovered", "an
  assault rifle was also found"): seized, "one" weapon in a list too; bodies recovered stay
  the dead, people found stay no seizure, one village before three towns stays uncounted.
"""

from __future__ import annotations

import pytest

import claimtrack as ct


def _claims(text: str) -> list[tuple[str, str]]:
    df = ct.extract(text)
    return sorted(zip(df["claim_type"], df["value"].astype(str), strict=True))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The army said about 90 soldiers, along with militiamen, arrested everyone in the "
            "hamlet.",
            "about 90",
        ),
        ("Police said 30 gunmen kidnapped the students of the school.", "30"),
        ("The governor said some 40 rebels abducted the village chief.", "some 40"),
    ],
)
def test_force_that_took_people_is_the_attackers(text: str, value: str) -> None:
    claims = _claims(text)
    assert ("attackers", value) in claims
    assert ("captured", value) not in claims


def test_force_with_a_count_object_keeps_the_object_count_alone() -> None:
    # annotators leave the force uncounted when the people taken are counted
    claims = _claims("Police said 30 gunmen kidnapped 12 students from the school.")
    assert ("captured", "12") in claims
    assert ("attackers", "30") not in claims


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The army said 20 gunmen killed the village chief.", "20"),
        ("Police said three militants wounded a guard at the gate.", "three"),
    ],
)
def test_bare_verb_with_an_object_is_active(text: str, value: str) -> None:
    claims = _claims(text)
    assert ("killed", value) not in claims
    assert ("wounded", value) not in claims


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Police said 12 soldiers killed the day before were buried on Sunday.", "killed", "12"),
        ("Five soldiers wounded a week ago died, the army said.", "wounded", "Five"),
        ("Two soldiers killed in the attack were buried, police said.", "killed", "Two"),
        ("Police said 12 villagers were killed and 30 were abducted.", "captured", "30"),
    ],
)
def test_passive_readings_stay(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _claims(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The governor said around 30 drones struck the market overnight.", "around 30"),
        ("The army said 30 rockets fired by the rebels hit the town.", "30"),
        ("Officials said about 12 drones had struck a fuel depot near the port.", "about 12"),
        ("Police said two missiles slammed into a hospital in the city.", "two"),
    ],
)
def test_munitions_that_struck_are_shelling(text: str, value: str) -> None:
    claims = _claims(text)
    assert ("shelling", value) in claims
    assert ("attacked", value) not in claims


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said three drones were hit by air defences.",
        "The army said 12 soldiers struck a deal with the elders.",
    ],
)
def test_struck_that_is_no_munition_strike_is_no_shelling(text: str) -> None:
    assert not any(kind == "shelling" for kind, _ in _claims(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One rifle and two pistols were recovered from the house, the officer said.",
            [("seized", "One"), ("seized", "two")],
        ),
        ("A machine gun was also found in the truck, police said.", [("seized", "A machine gun")]),
        ("Police said 12 grenades were found near the checkpoint.", [("seized", "12")]),
        ("Three rifles had been retrieved by troops, the army said.", [("seized", "Three")]),
    ],
)
def test_weapons_recovered_or_found_are_seized(text: str, expected: list[tuple[str, str]]) -> None:
    claims = _claims(text)
    for claim in expected:
        assert claim in claims


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Eight bodies were recovered from the river, the army said.", "killed"),
        ("The army said 12 soldiers were found dead near the camp.", "killed"),
    ],
)
def test_bodies_and_people_found_are_no_seizure(text: str, kind: str) -> None:
    claims = _claims(text)
    assert any(k == kind for k, _ in claims)
    assert not any(k == "seized" for k, _ in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Twelve soldiers recovered from their wounds, the army said.",
        "A soldier was found with a gun, police said.",
        "The economy has recovered, the minister said.",
        "One village and three towns were searched, he said.",
    ],
)
def test_recovery_that_takes_nothing_is_no_seizure(text: str) -> None:
    assert not any(kind == "seized" for kind, _ in _claims(text))


def test_french_auxiliary_after_a_participle_is_no_object() -> None:
    assert any(
        kind == "killed"
        for kind, _ in _claims("Selon le médecin, un soldat blessé a succombé dimanche.")
    )

"""Round 20, English counts and claim types: general sentence kinds read wrong or not at all.

Sentence kinds (invented sentences only):
- strikes and munitions that hit, counted by their noun after an attack verb or as its
  subject ("carried out 12 air strikes", "two rockets struck the airport"): shelling, not
  an attack; munitions intercepted or shot down stay destroyed (the corpus convention);
- a thing noun that modifies the next one ("destroyed a rocket launcher", "seized an army
  base camp"): the thing is the last noun, not the first;
- a rank that is also an adjective, alone as a noun ("A police major and several of his men
  were killed"): one person; "a major attack" stays no one;
- people named by a participle phrase before the toll they are among ("two policemen wounded
  in the blast were among the dead"): the toll's type (killed), not the participle's;
- a thing after a preposition before a passive ("the houses in the village were burned"):
  the object of the preposition is not the thing harmed.
"""

from __future__ import annotations

import pytest

import claimtrack as ct


def _claims(text: str) -> list[tuple[str, str]]:
    df = ct.extract(text)
    return sorted(zip(df["claim_type"], df["value"].astype(str), strict=True))


def _rows(text: str) -> list[tuple[str, str, str]]:
    df = ct.extract(text)
    return sorted(
        zip(df["claim_type"], df["value"].astype(str), df["subject"].astype(str), strict=True)
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ministry said its jets carried out 12 air strikes on rebel bases.", "12"),
        ("Officials said the air force conducted five airstrikes near the border.", "five"),
        ("The army said two rockets struck the airport on Monday.", "two"),
        ("Residents said the militia launched 40 rockets at the camp, police said.", "40"),
    ],
)
def test_strikes_and_munitions_counted_are_shelling(text: str, value: str) -> None:
    claims = _claims(text)
    assert ("shelling", value) in claims
    assert ("attacked", value) not in claims


@pytest.mark.parametrize(
    "text",
    [
        "The militants launched three attacks on army posts, the governor said.",
        "Police said the gang carried out four raids on the market.",
    ],
)
def test_attacks_counted_stay_attacks(text: str) -> None:
    claims = _claims(text)
    assert any(kind == "attacked" for kind, _ in claims)
    assert not any(kind == "shelling" for kind, _ in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Air defences intercepted three ballistic missiles fired at the city, the army said.",
        "The ministry said its forces shot down two rockets fired by the rebels.",
    ],
)
def test_munitions_intercepted_stay_destroyed(text: str) -> None:
    assert any(kind == "destroyed" for kind, _ in _claims(text))


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The army said it had destroyed a rocket launcher and two trucks.", "rocket launcher"),
        ("Rebels seized an army base camp near the river, police said.", "army base camp"),
        ("The army said its troops burned a weapons depot in the forest.", "weapons depot"),
    ],
)
def test_a_thing_noun_before_another_modifies_it(text: str, subject: str) -> None:
    rows = _rows(text)
    assert any(s == subject for _, _, s in rows), rows
    assert not any(kind == "shelling" for kind, _, _ in rows)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "A police major and several of his men were killed in the raid, said Col. Ali Musa.",
            ("killed", "A police major"),
        ),
        ("The army said a major was wounded when the convoy hit a mine.", ("wounded", "a major")),
    ],
)
def test_a_major_alone_is_one_person(text: str, claim: tuple[str, str]) -> None:
    assert claim in _claims(text)


def test_a_major_before_a_noun_is_no_person() -> None:
    claims = _claims("Officials said a major attack on the town killed 12 soldiers.")
    assert claims == [("killed", "12")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police said two policemen wounded in the blast were among the dead.", "two"),
        ("Officials said three guards injured during the raid were among those killed.", "three"),
    ],
)
def test_a_participle_phrase_before_the_toll_they_are_among(text: str, value: str) -> None:
    claims = _claims(text)
    assert ("killed", value) in claims
    assert ("wounded", value) not in claims


def test_wounded_people_not_among_a_toll_stay_wounded() -> None:
    assert ("wounded", "two") in _claims("Police said two policemen were wounded in the blast.")


@pytest.mark.parametrize(
    "text",
    [
        "Officials said half of the 30 houses in the village were burned.",
        "Witnesses said the shops at the market were looted.",
    ],
)
def test_the_object_of_a_preposition_is_no_thing_harmed(text: str) -> None:
    rows = _rows(text)
    assert not any(s in ("village", "market") for _, _, s in rows), rows


def test_a_thing_before_its_passive_is_still_harmed() -> None:
    rows = _rows("Officials said the police station was burned by the mob.")
    assert ("destroyed", "the police station", "police station") in rows

"""Round 20, English counts and claim types: general sentence kinds read wrong or not at all.

Sentence kinds (invented sentences only):
- strikes and munitions that hit, counted by their noun after an attack verb or as its
  subject ("carried out 12 air strikes", "two rockets struck the airport"): shelling, not
  an attack; munitions intercepted or shot down stay destroyed (the corpus convention);
- a thing noun that modifies the next one ("destroyed a rocket launcher", "seized an army
  base camp"): the thing is the last noun, not the first.
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

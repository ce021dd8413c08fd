"""Round 21, English precision: counts read where there is none, and claims mistyped.

Sentence kinds (invented sentences only):
- a French number word in English text is another word ("the fighters were able to take
  the post and seize weapons": "seize" the verb, not sixteen; "per cent"): no count; in
  French it stays a number ("seize soldats ont été tués");
- a vague count that gives no size harmed in two ways with "and" counts each ("Some
  soldiers have been killed and wounded": some killed, some wounded, as "no one was killed
  or wounded" gives none of each); a figure or a vague count of a size stays one total of
  casualties ("12 were killed and wounded", "dozens were killed and wounded"), and so does
  "several were killed or wounded";
- the second count of "the bodies of A and B" is bodies too ("the bodies of three men and
  five women were seized": five killed, not captured); a count after a verb that closes
  the bodies' clause ("the bodies of 12 soldiers were found and two civilians were
  arrested") keeps its own participle;
- units counted as decimated are defeated, as units wiped out or lost are ("two rebel
  divisions had been decimated", "decimated three rebel battalions"), a people noun before
  the unit being its modifier ("rebel divisions" are units, "rebel commanders" people);
  people decimated are killed; "decimated the economy" stays no count.
"""

from __future__ import annotations

import pytest

import claimtrack as ct


def _claims(text: str) -> list[tuple[str, str]]:
    df = ct.extract(text)
    return sorted(zip(df["claim_type"], df["value"].astype(str), strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "A rebel spokesman said the fighters were able to take the post and seize weapons.",
        "The army said the militants had tried to overrun the camp and seize its armoury.",
    ],
)
def test_french_number_word_in_english_is_no_count(text: str) -> None:
    assert all(value.lower() != "seize" for _, value in _claims(text))


def test_english_count_after_seize_is_kept() -> None:
    claims = _claims("Police said the gunmen managed to seize 12 rifles and two trucks.")
    assert all(value.lower() != "seize" for _, value in claims)


def test_french_number_word_in_french_is_a_count() -> None:
    claims = _claims("Selon l'armée, seize soldats ont été tués lors de l'attaque.")
    assert ("killed", "seize") in claims


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            '"Some soldiers, including officers, have been killed and wounded," the army said.',
            "Some",
        ),
        ("The army said many civilians were killed and injured in the shelling.", "many"),
        ("Police said several guards were killed and wounded at the gate.", "several"),
    ],
)
def test_sizeless_count_killed_and_wounded_counts_each(text: str, value: str) -> None:
    claims = _claims(text)
    assert ("killed", value) in claims
    assert ("wounded", value) in claims
    assert ("casualties", value) not in claims


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police said 12 soldiers were killed and wounded in the attack.", "12"),
        ("The army said dozens of rebels were killed and wounded.", "dozens"),
        ("The army said several soldiers were killed or wounded.", "several"),
    ],
)
def test_sized_count_killed_and_wounded_stays_casualties(text: str, value: str) -> None:
    claims = _claims(text)
    assert ("casualties", value) in claims
    assert ("killed", value) not in claims


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('"The bodies of three men and five women in uniform were seized," the army said.', "five"),
        ("Police said the bodies of four farmers and two children were taken away.", "two"),
    ],
)
def test_second_count_of_bodies_is_dead(text: str, value: str) -> None:
    claims = _claims(text)
    assert ("killed", value) in claims
    assert ("captured", value) not in claims


def test_count_after_the_bodies_clause_keeps_its_participle() -> None:
    claims = _claims(
        "Police said the bodies of 12 soldiers were found and two civilians were arrested."
    )
    assert ("killed", "12") in claims
    assert ("captured", "two") in claims


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The general said two rebel divisions had been decimated.", "two"),
        ("The army said it decimated three rebel battalions in the north.", "three"),
        ("The army said the militants lost two army brigades.", "two"),
    ],
)
def test_units_decimated_are_defeated(text: str, value: str) -> None:
    claims = _claims(text)
    assert ("defeated", value) in claims
    assert ("killed", value) not in claims


def test_people_before_a_role_stay_people() -> None:
    assert ("killed", "two") in _claims("The army said two rebel commanders were killed.")


def test_decimated_without_a_count_counts_nothing() -> None:
    df = ct.extract("The war has decimated the region's economy, officials said.")
    assert df["value"].isna().all()

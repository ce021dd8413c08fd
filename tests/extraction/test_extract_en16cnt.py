"""Round 16, English counts and claim words read on real reporting (invented sentences
only): a word that stresses a count ("just 37", "only 10"), a count added to another ("an
additional 29"), lives a happening claimed."""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _numeric(text: str) -> list[tuple]:
    """(source_raw, claim_type, value, stance) of each claim with a value, sorted."""
    return sorted((c[0], c[1], c[2], c[4]) for c in claims(text) if c[2] is not None)


# "puts the figure at just 37", "killed and only 10 soldiers": the stressing word is no gap
STRESSED = [
    ("The ministry says 40 died, but the army puts the figure at just 12.",
     [("The ministry", "killed", "40", "asserts"), ("the army", "killed", "12", "asserts")]),
    ("The army said that over 50 rebels had been killed and only 6 soldiers.",
     [("The army", "killed", "6", "asserts"), ("The army", "killed", "over 50", "asserts")]),
    ("The army said 50 rebels and only 6 soldiers were killed.",
     [("The army", "killed", "50", "asserts"), ("The army", "killed", "6", "asserts")]),
    ("The army said it killed 50 rebels but only 6 soldiers.",
     [("The army", "killed", "50", "asserts"), ("The army", "killed", "6", "asserts")]),
    # near miss: a count with a predicate of its own after "but"
    ("The army said it killed 50 rebels, but 6 soldiers escaped.",
     [("The army", "killed", "50", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STRESSED)
def test_a_stressed_count_keeps_its_predicate(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "killed an additional 29 soldiers", "wounded a further 62": the verb is the count's
ADDED = [
    ("Heavy fighting killed an additional 14 soldiers, the ministry said.",
     [("the ministry", "killed", "14", "asserts")]),
    ("The army said the clashes killed 5 soldiers and wounded a further 30.",
     [("The army", "killed", "5", "asserts"), ("The army", "wounded", "30", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ADDED)
def test_a_count_added_to_another_keeps_its_verb(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "the clashes have claimed the lives of 12": a killing, not a claim made by the clashes
LIVES = [
    ("State media reported that a new round of clashes in Kawa claimed the lives of 12 soldiers.",
     [("State media", "killed", "12", "asserts")]),
    ("The ministry said that the fighting in Kawa has claimed the lives of 8 villagers.",
     [("The ministry", "killed", "8", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LIVES)
def test_lives_claimed_are_no_claim_made(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "four children were among 14 civilians killed": a counted toll with no article
AMONG_COUNTED = [
    ("Three children were among 11 villagers killed in the raid, the army said.",
     [("the army", "killed", "11", "asserts"), ("the army", "killed", "Three", "asserts")]),
    ("Two soldiers were among 30 people wounded in the blast, police said.",
     [("police", "wounded", "30", "asserts"), ("police", "wounded", "Two", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AMONG_COUNTED)
def test_a_part_among_a_counted_toll(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "the number of victims exceeded 260", "the number of deaths since … has climbed to 822"
TOLLS = [
    ("The doctors said the number of victims exceeded 120.",
     [("The doctors", "killed", "120", "asserts")]),
    ('"The number of civilian deaths since the start of the fighting has climbed to 300 with '
     '900 injuries," the group said.',
     [("the group", "killed", "300", "asserts"), ("the group", "wounded", "900", "asserts")]),
    ("The ministry said the death toll has surpassed 50.",
     [("The ministry", "killed", "50", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TOLLS)
def test_a_toll_passed_or_dated(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "puts the death toll at 15, and says the raiders burnt …": a verb of speech opens a clause
def test_a_toll_before_a_conjunct_of_speech_keeps_its_type() -> None:
    text = "The rebels put the death toll at 20, and say the raiders burnt down the offices."
    assert ("The rebels", "killed", "20", "asserts") in _numeric(text)


# Things taken or burnt one at a time: "overran the check-post", "burnt down a water tanker",
# "a Somali National Army camp", "the base, the radio room and an armoured vehicle"
THINGS = [
    ("The spokesman said the rebels overran the check-post.",
     [("The spokesman", "seized", "the check-post", "asserts")]),
    ("They also burnt down a water tanker, the mayor said.",
     [("the mayor", "destroyed", "a water tanker", "asserts")]),
    ("The spokesman said the rebels overran a Somali National Army camp near the town.",
     [("The spokesman", "seized", "a Somali National Army camp", "asserts")]),
    ("The mayor said the rebels burnt down the army base, the radio room and an armoured truck.",
     [("The mayor", "destroyed", "an armoured truck", "asserts"),
      ("The mayor", "destroyed", "the army base", "asserts"),
      ("The mayor", "destroyed", "the radio room", "asserts")]),
    ("The rebels said they had captured nearly 20 lorries and tanks.",
     [("The rebels", "seized", "nearly 20", "asserts")]),
    # near miss: a person still counts one beside a thing named later
    ("The army said a soldier was killed near the camp.",
     [("The army", "killed", "a soldier", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), THINGS)
def test_things_named_one_at_a_time(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "killed Boko Haram's leader", "wounded Shekeib's spokesman": one person named by his owner
OWNED = [
    ("The army said it had killed Al Qaeda's leader in the raid.",
     [("The army", "killed", "Al Qaeda's leader", "asserts")]),
    ("The ambush also seriously wounded Karimi's spokesman, the council chief said.",
     [("the council chief", "wounded", "Karimi's spokesman", "asserts")]),
    # near miss: fighters named by their owner are more than one, how many is not said
    ("The army said it killed Al Qaeda's fighters.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OWNED)
def test_one_person_named_by_his_owner(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# Things a verb of harm names one at a time: ships, a district center
SHIPS_AND_CENTERS = [
    ("The air force said its jets had destroyed a landing warship in the port.",
     [("The air force", "destroyed", "a landing warship", "asserts")]),
    ("The Taliban said that they had captured the center of the district.",
     [("The Taliban", "seized", "the center", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHIPS_AND_CENTERS)
def test_ships_and_centers_are_things(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "A claim that they killed 200 soldiers ... is pure fabrication": the count called false
CALLED_FALSE = [
    ('"A claim that the rebels attacked and killed 200 soldiers ... is pure fabrication," '
     "the minister said.",
     [("the minister", "killed", "200", "denies")]),
    ("The minister said the report that 12 soldiers died was a falsehood.",
     [("The minister", "killed", "12", "denies")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CALLED_FALSE)
def test_a_count_called_a_falsehood_is_denied(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "killing a schoolgirl", "a protester was shot dead": people counted one by an article
PEOPLE_ONE = [
    ("Activists said a car bomb exploded at a school, killing a schoolgirl and wounding 25 others.",
     [("Activists", "killed", "a schoolgirl", "asserts"),
      ("Activists", "wounded", "25", "asserts")]),
    ("Police said a protester was shot dead.", [("Police", "killed", "a protester", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PEOPLE_ONE)
def test_more_people_counted_one(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)

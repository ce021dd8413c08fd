"""Round 19, English counts: general causes of numeric claims read wrong or not at all."""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.normalize.quantities import parse_quantity


def _claims(text: str) -> list[tuple[str, str]]:
    df = ct.extract(text)
    return sorted(zip(df["claim_type"], df["value"].astype(str), strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "The insurgents said eight policemen died, while their fighters escaped unharmed.",
        "The rebels said all their men returned safely after the ambush on the convoy.",
        "Our troops came out of the battle without a scratch, the commander said.",
        "The group said it killed six guards and that all its fighters managed to get away.",
    ],
)
def test_a_side_unharmed_is_a_count_of_none(text: str) -> None:
    assert ("casualties", "none") in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army said the hostages were freed and the town is safe.",
        "Police said the troops were sent to the area to restore order.",
    ],
)
def test_no_side_unharmed_without_its_words(text: str) -> None:
    assert ("casualties", "none") not in _claims(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Rebels said they paraded 14 soldiers they said they had captured.", ("captured", "14")),
        ("The militia said it has 30 rifles it claims to have seized.", ("seized", "30")),
        ("Police said they found three trucks they say the gang had stolen.", None),
    ],
)
def test_an_object_relative_through_a_claim_verb(text: str, claim: tuple | None) -> None:
    claims = _claims(text)
    if claim:
        assert claim in claims
    else:
        assert not [c for c in claims if c[0] in ("captured", "seized")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The governor said anywhere from three to 40 villagers were killed.", "from three to 40"),
        ("Officials said two to 25 police officers were wounded.", "two to 25"),
        ("Residents said 10 to twelve fishermen were abducted.", "10 to twelve"),
    ],
)
def test_a_range_half_in_words_without_between(text: str, value: str) -> None:
    df = ct.extract(text)
    assert list(df["value"]) == [value]
    assert parse_quantity(value)[3] == "range"


def test_a_toll_revised_from_words_to_digits_stays_the_new_figure() -> None:
    df = ct.extract("The ministry raised the death toll from four to 19.")
    assert list(df["value"]) == ["19"]


@pytest.mark.parametrize(
    "text",
    [
        "According to the health ministry, the 27 victims of the bombing were buried on Friday.",
        "Rescuers said they had recovered 14 victims from the rubble, police said.",
    ],
)
def test_english_victims_counted_are_the_dead(text: str) -> None:
    assert [c[0] for c in _claims(text)] == ["killed"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The militants confirmed the night raid of two of their camps.", ("attacked", "two")),
        ("Witnesses said the storming of three villages began at dawn.", ("attacked", "three")),
        ("The mayor said the shelling of four districts went on all night.", ("shelling", "four")),
        ("The army said the raid of 150 gunmen was beaten back.", ("attackers", "150")),
    ],
)
def test_an_attack_named_by_its_noun_of_what_it_hit(text: str, claim: tuple) -> None:
    assert claim in _claims(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Police said the militants hit two checkpoints using heavy artillery.",
            ("shelling", "two"),
        ),
        (
            "The army said rebels hit three outposts, near the river, with rockets.",
            ("shelling", "three"),
        ),
        ("The army said gunmen hit four villages and burned homes.", ("attacked", "four")),
    ],
)
def test_places_hit_with_munitions_are_shelled(text: str, claim: tuple) -> None:
    assert claim in _claims(text)

"""Round 18, lead: a range with one end in words and the other in digits is one range."""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.normalize.quantities import parse_quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Selon la gendarmerie, entre trois et 12 civils ont été tués.", "entre trois et 12"),
        ("Selon la police, entre deux et 9 policiers ont été blessés.", "entre deux et 9"),
        ("The governor said between five and 20 villagers were killed.", "between five and 20"),
        ("Officials said between 6 and ten soldiers were wounded.", "between 6 and ten"),
    ],
)
def test_a_range_written_half_in_words(text: str, value: str) -> None:
    claims = ct.extract(text)
    assert list(claims["value"]) == [value]
    assert parse_quantity(value)[3] == "range"


def test_a_revised_toll_is_no_range() -> None:
    claims = ct.extract("The army revised the death toll from three to 17.")
    assert list(claims["value"]) == ["17"]


@pytest.mark.xfail(strict=True, reason="a span of hours after a count is read as a second count")
def test_a_time_span_after_the_count_is_no_range() -> None:
    claims = ct.extract("The police said 12 people were killed from 2 to 4 in the morning.")
    assert list(claims["value"]) == ["12"]

"""Round 20, lead: English "occupied" is a seizure. Invented sentences.

- Places or things "occupied" (active past or passive) are seized, as French "occupé" is.
- People "occupied with" something are busy: no claim.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims, figure


def _rows(text: str) -> set[tuple]:
    """(source, claim_type, figure) of each claim with a figure."""
    return {(s, t, figure(v)) for s, t, v, _, _ in claims(text) if v is not None}


@pytest.mark.parametrize(
    ("text", "source", "n"),
    [
        ("The rebels said they occupied three towns in the north.", "The rebels", 3),
        ("Two villages were occupied by the militants, the governor said.", "the governor", 2),
    ],
)
def test_places_occupied_are_seized(text: str, source: str, n: int) -> None:
    assert (source, "seized", n) in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army said 300 soldiers were occupied with clearing the roads.",
        "The army said 40 medics were occupied with the wounded.",
    ],
)
def test_people_occupied_with_a_task_seize_nothing(text: str) -> None:
    assert not {r for r in _rows(text) if r[1] == "seized"}

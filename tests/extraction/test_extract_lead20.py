"""Round 20, lead: places occupied or fallen to a side are seized. Invented sentences.

- Places or things "occupied" (active past or passive) are seized, as French "occupé" is.
- People "occupied with" something are busy: no claim.
- A place named with a definite article that "fell to" a side ("est tombée aux mains de")
  is seized, one, as "the rebels seized the town" is; "did not fall", "n'est pas tombée"
  and a toll that "fell to 12" are not.
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


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The army said the town fell to the rebels.", "The army"),
        ("The rebels said the base of Tessit fell into the hands of their fighters.", "The rebels"),
        ("Selon l'armée, la ville de Kidal est tombée aux mains des rebelles.", "l'armée"),
        ("Selon l'armée, le camp est tombé entre les mains des jihadistes.", "l'armée"),
    ],
)
def test_a_place_that_fell_to_a_side_is_seized_one(text: str, source: str) -> None:
    assert (source, "seized", 1) in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army said the town did not fall to the rebels.",
        "Selon l'armée, la ville n'est pas tombée aux mains des rebelles.",
        "The army said the death toll fell to 12.",
    ],
)
def test_nothing_fell_to_a_side_seizes_nothing(text: str) -> None:
    assert not {r for r in _rows(text) if r[1] == "seized"}

"""Round 14, the lead's: a figure given with no count of its own reaches back a sentence
or two to the latest count (invented sentences)."""

from __future__ import annotations

import pytest
from extract_helpers import claim_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said 8 people were killed in the raid. The attackers fled into the "
            "forest. A local leader put the number at 12.",
            [
                ("A local leader", "killed", 12.0, "asserts"),
                ("Police", "killed", 8.0, "asserts"),
            ],
        ),
        (
            "The army said 30 soldiers were wounded. The fighting lasted two days near the "
            "border. Medics put the figure at 45.",
            [
                ("Medics", "wounded", 45.0, "asserts"),
                ("The army", "wounded", 30.0, "asserts"),
            ],
        ),
        # near misses: two kinds counted before, or none: the figure counts nothing known
        (
            "Police said 8 people were killed and 5 wounded. A local leader put the number at 12.",
            [("Police", "killed", 8.0, "asserts"), ("Police", "wounded", 5.0, "asserts")],
        ),
        ("The market burned on Monday. A local leader put the number at 12.", []),
    ],
)
def test_a_figure_counts_what_the_latest_count_before_counted(text: str, expected: list) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second verb of the denier's, after "cependant", "however", with its pronoun
        (
            "Les rebelles ont nié toute implication, cependant ils affirment avoir tué 6 soldats.",
            [("Les rebelles", "killed", 6.0, "asserts")],
        ),
        (
            "Les rebelles ont nié toute implication, pourtant ils disent avoir tué 6 soldats.",
            [("Les rebelles", "killed", 6.0, "asserts")],
        ),
        (
            "The rebels denied any role, however they claim to have killed 6 soldiers.",
            [
                ("The rebels", "killed", 6.0, "asserts"),
                ("The rebels", "responsibility", None, "denies"),
            ],
        ),
        # near misses: the figure inside the denial itself stays denied
        (
            "Les rebelles ont nié avoir tué 6 soldats, mais ils affirment contrôler la ville.",
            [
                ("Les rebelles", "controls", None, "asserts"),
                ("Les rebelles", "killed", 6.0, "denies"),
            ],
        ),
        (
            "Les rebelles ont démenti avoir tué 6 soldats.",
            [("Les rebelles", "killed", 6.0, "denies")],
        ),
    ],
)
def test_a_second_verb_of_the_denier_asserts_what_it_says(text: str, expected: list) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)

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

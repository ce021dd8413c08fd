"""A figure after an article and a word is that figure; floors and ceilings written in words."""

from __future__ import annotations

import math

import pytest

from claimtrack.normalize.quantities import parse_quantity


@pytest.mark.parametrize(
    ("value", "reading"),
    [
        ("a reported 50", (50.0, 50.0, 50.0, "exact")),
        ("the confirmed 12", (12.0, 12.0, 12.0, "exact")),
        ("a record 40", (40.0, 40.0, 40.0, "exact")),
        ("a minimum of 20", (20.0, 20.0, None, "at_least")),
        ("exceeding 300", (300.0, 300.0, None, "at_least")),
        ("dépassant 300", (300.0, 300.0, None, "at_least")),
        ("tout au plus 20", (None, None, 20.0, "at_most")),
    ],
)
def test_a_figure_read_as_written(value: str, reading: tuple) -> None:
    got = parse_quantity(value)
    assert got[3] == reading[3]
    for g, want in zip(got[:3], reading[:3], strict=True):
        assert math.isnan(g) if want is None else g == want


@pytest.mark.parametrize(("value", "best"), [("the post", 1.0), ("l'un", 1.0), ("the 80", 80.0)])
def test_articles_still_read_as_before(value: str, best: float) -> None:
    assert parse_quantity(value)[1] == best

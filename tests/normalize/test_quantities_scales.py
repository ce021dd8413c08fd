"""Quantities counted in hundreds, thousands or tens by a vague word, and scales in French."""

from __future__ import annotations

import math

import pytest

from claimtrack.normalize.quantities import parse_quantity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("several hundred", (300, None, 900, "vague")),
        ("a few hundred", (200, None, 500, "vague")),
        ("a few thousand", (2000, None, 5000, "vague")),
        ("quelques centaines", (200, None, 500, "vague")),
        ("quelques dizaines", (20, None, 50, "vague")),
        ("a few dozen", (24, None, 60, "vague")),
        ("deux millions", (2e6, 2e6, 2e6, "exact")),
        ("plus de deux millions", (2e6, 2e6, None, "at_least")),
        ("some 30", (None, 30, None, "approximate")),
    ],
)
def test_vague_words_counting_units_and_french_scales(text, expected):
    got = tuple(None if isinstance(x, float) and math.isnan(x) else x for x in parse_quantity(text))
    assert got == expected

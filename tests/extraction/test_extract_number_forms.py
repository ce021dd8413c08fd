"""Number forms in invented sentences: dozens, counts qualified after them, possessives.

Modules: ``extraction.number_forms``, ``named_things``; the values read back through
``normalize.quantities`` (the same reading of value text on both sides).
"""

from __future__ import annotations

import math

import pytest
from extract_helpers import claims

from claimtrack.normalize.quantities import parse_quantity

N = float("nan")


def same(got: tuple, expected: tuple) -> bool:
    """Equal figures, NaN equal to NaN."""
    pairs = zip(got, expected, strict=True)
    return all((math.isnan(a) and math.isnan(b)) or a == b for a, b in pairs)


@pytest.mark.parametrize(
    ("sentence", "expected", "reading"),
    [
        ("Police said 3 dozen houses were destroyed.", ("destroyed", "3 dozen"), (N, 36, N)),
        ("Police said a few dozen men were arrested.", ("captured", "a few dozen"), (24, N, 60)),
        (
            "Police said a couple of dozen men were arrested.",
            ("captured", "a couple of dozen"),
            (N, 24, N),
        ),
        ("Police said 20 or so people were killed.", ("killed", "20 or so"), (N, 20, N)),
        ("Police said thirty or more people died.", ("killed", "thirty or more"), (30, 30, N)),
        ("The army said its commander was killed.", ("killed", "its commander"), (1, 1, 1)),
        ("Le ministre a affirmé que son chef a été tué.", ("killed", "son chef"), (1, 1, 1)),
    ],
)
def test_number_forms_are_one_value_read_the_same_way(sentence, expected, reading):
    assert [r[1:3] for r in claims(sentence)] == [expected]
    got = parse_quantity(expected[1])[:3]
    assert same(got, reading)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a few dozen", (24, N, 60, "vague")),
        ("a couple of dozen", (N, 24, N, "approximate")),
        ("some dozen", (N, 12, N, "approximate")),
        ("two dozens", (N, 24, N, "approximate")),
        ("a hundred or so", (N, 100, N, "approximate")),
        ("30 or more", (30, 30, N, "at_least")),
        ("30 ou plus", (30, 30, N, "at_least")),
        ("its commander", (1, 1, 1, "exact")),
        ("leur chef", (1, 1, 1, "exact")),
        ("their leaders", (N, N, N, "vague")),
        ("his entire family", (N, N, N, "vague")),  # a group: no figure
    ],
)
def test_normalizer_reads_dozens_trailing_qualifiers_and_possessives(text, expected):
    got = parse_quantity(text)
    assert got[3] == expected[3]
    assert same(got[:3], expected[:3])


def test_a_french_auxiliary_is_no_article():
    # "a affirmé que …": the verb "a" does not start "a … was killed".
    assert all(
        not r[2].startswith("a ") for r in claims("Le maire a dit que 3 soldats ont été tués.")
    )

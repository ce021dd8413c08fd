"""Value text → low/best/high/qualifier, in English and French, and the vague-word tables."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from claimtrack.normalize.quantities import QuantityError, parse_quantities, parse_quantity


def same(a, b):
    return all(
        (math.isnan(x) and math.isnan(y)) or x == y for x, y in zip(a[:3], b[:3], strict=False)
    ) and (a[3] == b[3])


N = float("nan")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("80", (80, 80, 80, "exact")),
        ("eighty", (80, 80, 80, "exact")),
        ("Seventy-one", (71, 71, 71, "exact")),
        ("quatre-vingts", (80, 80, 80, "exact")),
        ("neuf", (9, 9, 9, "exact")),
        ("1,200", (1200, 1200, 1200, "exact")),
        ("1 200", (1200, 1200, 1200, "exact")),
        ("at least 15", (15, 15, N, "at_least")),
        ("more than 600", (600, 600, N, "at_least")),
        ("au moins 75", (75, 75, N, "at_least")),
        ("up to 40", (N, N, 40, "at_most")),
        ("about 100", (N, 100, N, "approximate")),
        ("nearly 50", (N, 50, N, "approximate")),
        ("some 30", (N, 30, N, "approximate")),
        ("une trentaine", (N, 30, N, "approximate")),
        ("une quinzaine", (N, 15, N, "approximate")),
        ("a dozen", (N, 12, N, "approximate")),
        ("10-20", (10, N, 20, "range")),
        ("between ten and twenty", (10, N, 20, "range")),
        ("entre 10 et 20", (10, N, 20, "range")),
        ("none", (0, 0, 0, "exact")),
        ("no", (0, 0, 0, "exact")),
        ("aucun", (0, 0, 0, "exact")),
        ("several", (3, N, 9, "vague")),
        ("plusieurs", (3, N, 9, "vague")),
        ("dozens", (24, N, 99, "vague")),
        ("hundreds", (200, N, 999, "vague")),
        ("très nombreuses", (10, N, N, "vague")),
        ("the post", (1, 1, 1, "exact")),
        (None, (N, N, N, "unspecified")),
    ],
)
def test_parse_quantity(text, expected):
    assert same(parse_quantity(text), expected), parse_quantity(text)


def test_acled_table_reads_vague_words_as_single_figures():
    assert same(parse_quantity("dozens", "acled"), (12, 12, 12, "vague"))
    assert same(parse_quantity("hundreds", "acled"), (100, 100, 100, "vague"))
    assert same(parse_quantity("several", "acled"), (3, 3, 3, "vague"))


def test_users_can_override_the_vague_table(tmp_path):
    table = tmp_path / "mine.csv"
    table.write_text("phrase,low,best,high\nscores,20,40,60\n")
    assert same(parse_quantity("scores", table), (20, 40, 60, "vague"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("eighty-ish", "not a number or a known quantifier"),
        ("-5", "negative"),
        ("50-20", "low (50) is above its high (20)"),
    ],
)
def test_bad_values_say_why(text, message):
    with pytest.raises(QuantityError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_quantity(text)


def test_parse_quantities_maps_uniques_back_in_order():
    values = pd.Series(["80", "several", "eighty-ish", None, "80"], index=[5, 6, 7, 8, 9])
    out = parse_quantities(values)
    assert list(out.index) == [5, 6, 7, 8, 9]
    assert out["qualifier"].tolist()[:2] == ["exact", "vague"]
    assert out.loc[7, "error"].startswith("value 'eighty-ish'")
    assert out.loc[8, "qualifier"] == "unspecified"
    assert out.loc[9, "value_best"] == 80

"""Value text → low/best/high/qualifier, in English and French, and the vague-word tables."""

from __future__ import annotations

import math
import re

import pandas as pd
import pytest

import claimtrack as ct
from claimtrack.normalize.quantities import QuantityError, parse_quantities, parse_quantity


def same(a, b):
    return all(
        (math.isnan(x) and math.isnan(y)) or x == y for x, y in zip(a[:3], b[:3], strict=False)
    ) and (a[3] == b[3])


N = float("nan")
HEADER = "incident_id,country,source,claim_type,subject,value,locations,quote\n"


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count stands as written after "another", "only", "the"
        ("another eight", (8, 8, 8, "exact")),
        ("another 125", (125, 125, 125, "exact")),
        ("only two", (2, 2, 2, "exact")),
        ("the 80 fighters", (80, 80, 80, "exact")),
        ("the other two", (2, 2, 2, "exact")),
        ("les autres 12", (12, 12, 12, "exact")),
        # a spreadsheet or JSON number arrives as "80.0": a whole count, faithfully 80
        ("80.0", (80, 80, 80, "exact")),
        ("1.000", (1000, 1000, 1000, "exact")),
        # a qualifier before a count written in words or as an approximate number
        ("over a hundred", (100, 100, N, "at_least")),
        ("a hundred", (100, 100, 100, "exact")),
        ("more than a dozen", (12, 12, N, "at_least")),
        ("closer to 10", (N, 10, N, "approximate")),
        ("had not killed more than 30", (N, N, 30, "at_most")),
        ("not more than 30", (N, N, 30, "at_most")),
        ("didn't kill more than 30", (N, N, 30, "at_most")),
        ("n'ont pas tué plus de 30", (N, N, 30, "at_most")),
        ("no more than 40", (N, N, 40, "at_most")),
        ("no fewer than 10", (10, 10, N, "at_least")),
        # French approximate numbers with or without "une"; their plurals are vague
        ("dizaine", (N, 10, N, "approximate")),
        ("centaine", (N, 100, N, "approximate")),
        ("douzaine", (N, 12, N, "approximate")),
        ("vingtaine", (N, 20, N, "approximate")),
        ("une vingtaine", (N, 20, N, "approximate")),
        ("des dizaines", (24, N, 99, "vague")),
        ("des centaines", (200, N, 999, "vague")),
        ("centaines", (200, N, 999, "vague")),
        # dozens and couples
        ("three dozen", (N, 36, N, "approximate")),
        ("trois douzaines", (N, 36, N, "approximate")),
        ("a couple", (N, 2, N, "approximate")),
        ("a couple of fighters", (N, 2, N, "approximate")),
        ("multiple", (2, N, N, "vague")),
        ("dozens", (24, N, 99, "vague")),
        ("a few", (2, N, 5, "vague")),
        ("only a few", (2, N, 5, "vague")),
        # French qualifiers before approximate numbers, ranges, "près de", "environ"
        ("plus d'une trentaine", (30, 30, N, "at_least")),
        ("Au moins une douzaine", (12, 12, N, "at_least")),
        ("près d'une centaine", (N, 100, N, "approximate")),
        ("jusqu'à une centaine", (N, N, 100, "at_most")),
        ("entre 180 et 200", (180, N, 200, "range")),
        ("près de 75 000", (N, 75000, N, "approximate")),
        ("environ 300", (N, 300, N, "approximate")),
        ("une quinzaine", (N, 15, N, "approximate")),
        ("some seven to eight", (7, N, 8, "range")),
        ("two or three", (2, N, 3, "range")),
        ("1.5 million", (1_500_000, 1_500_000, 1_500_000, "exact")),
        # zero written as a negation
        ("not one single execution", (0, 0, 0, "exact")),
        ("pas d'armes", (0, 0, 0, "exact")),
    ],
)
def test_values_as_reporting_writes_them(text, expected):
    assert same(parse_quantity(text), expected), parse_quantity(text)


@pytest.mark.parametrize(
    "text",
    [
        "the post",
        "a soldier",
        'A foreign "enemy element"',
        "a 15-year-old girl",
        "un soldat",
        "l'un",
        "le second",
        "another",
        "the caretaker of the mill",
    ],
)
def test_one_thing_named_with_a_singular_article_is_one(text):
    assert same(parse_quantity(text), (1, 1, 1, "exact")), parse_quantity(text)


@pytest.mark.parametrize(
    "text",
    [
        "the rebels",
        "les soldats",
        "all the soldiers",
        "a group",
        "une importante quantité",
        "the death toll",
        "the toll provided by the government",
        "this figure",
        "that report",
    ],
)
def test_groups_and_figures_given_elsewhere_have_no_figure(text):
    # A plural or a group names no count; "the toll" refers to a figure stated elsewhere.
    assert same(parse_quantity(text), (N, N, N, "vague")), parse_quantity(text)


@pytest.mark.parametrize(
    "text",
    [
        "apples",
        "seized armoured cars",
        "thesis",
        "unarmed",
        "lateral",
        "leaders",
        "overall",
        "someone",
    ],
)
def test_words_that_merely_start_like_an_article_are_not_one(text):
    with pytest.raises(QuantityError, match="not a number or a known quantifier"):
        parse_quantity(text)


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
        ("½", "'½' is a fraction: counts of people and things are whole numbers"),
        ("2 1/2", "'2 1/2' is a fraction"),
        ("80.5", "'80.5' is not a whole count: counts of people and things are whole numbers"),
        ("1,5", "'1,5' is not a whole count"),
        ("about 12.5", "'about 12.5' is not a whole count"),
        ("1" * 400, "is too large for a count: up to 15 digits are accepted"),
        ("80%", "not a number or a known quantifier"),
    ],
)
def test_bad_values_say_why(text, message):
    with pytest.raises(QuantityError, match=re.escape(message)):
        parse_quantity(text)


def test_a_long_value_is_shortened_in_its_reason():
    with pytest.raises(QuantityError) as exc:
        parse_quantity("9" * 400)
    assert len(str(exc.value)) < 200


def test_a_refused_value_reaches_the_rejects_table_with_its_origin(tmp_path):
    path = tmp_path / "claims.csv"
    rows = ["t1,ML,the army,killed,fighters,80.5,,killed 80.5", "t1,ML,JNIM,seized,barracks,1,,one"]
    path.write_text(HEADER + "\n".join(rows) + "\n")
    tidy, rejects = ct.normalize(ct.read(path))
    assert len(tidy) == 1
    assert len(rejects) == 1
    reject = rejects.iloc[0]
    assert (reject["origin"], reject["field"], reject["value"]) == (
        f"{path}:row 2",
        "value",
        "80.5",
    )
    assert reject["reason"].startswith(f"{path}:row 2: value '80.5' is not a whole count")


def test_parse_quantities_maps_uniques_back_in_order():
    values = pd.Series(["80", "several", "eighty-ish", None, "80"], index=[5, 6, 7, 8, 9])
    out = parse_quantities(values)
    assert list(out.index) == [5, 6, 7, 8, 9]
    assert out["qualifier"].tolist()[:2] == ["exact", "vague"]
    assert out.loc[7, "error"].startswith("value 'eighty-ish'")
    assert out.loc[8, "qualifier"] == "unspecified"
    assert out.loc[9, "value_best"] == 80

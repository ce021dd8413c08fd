"""Counts linked to their predicate: people counted one by an article, coordination,
a participle that belongs to a nearer count.

Modules: ``extraction.singulars``, ``count_rules``, ``counts``.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims

import claimtrack as ct
from claimtrack.extraction.counts import find_counts
from claimtrack.extraction.sentences import shadow


def _found(sentence: str) -> list[tuple[str, str]]:
    return [(f.claim_type, f.value) for f in find_counts(shadow(sentence), sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A guard and a farmer were killed.",
            [("killed", "A guard"), ("killed", "a farmer")],
        ),
        (
            "A nurse, a driver and a pilot were wounded.",
            [("wounded", "A nurse"), ("wounded", "a driver"), ("wounded", "a pilot")],
        ),
        (
            "Un gendarme et une infirmière ont été blessés.",
            [("wounded", "Un gendarme"), ("wounded", "une")],
        ),
    ],
)
def test_people_coordinated_one_by_one_are_one_claim_each(sentence, expected):
    assert sorted(_found(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A teacher was arrested and a student was shot dead.", ["captured", "killed"]),
        ("Un chauffeur a été enlevé et un autre blessé.", ["captured", "wounded"]),
    ],
)
def test_a_conjunct_with_its_own_predicate_keeps_it(sentence, expected):
    assert sorted(t for t, _ in _found(sentence)) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One villager was killed and another wounded.", ("wounded", "another")),
        ("Un villageois a été tué et un autre blessé.", ("wounded", "un")),
    ],
)
def test_another_after_a_count_of_one_is_one_more(sentence, expected):
    assert expected in _found(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The gunmen shot dead a policeman.", ("killed", "a policeman")),
        ("The militia killed a local farmer.", ("killed", "a local farmer")),
        ("Les assaillants ont tué un gendarme.", ("killed", "un")),
        ("The death toll included a child.", ("killed", "a child")),
    ],
)
def test_a_person_after_a_claim_verb_or_in_a_toll_is_one(sentence, expected):
    assert _found(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "A farmer said the road was closed.",
        "Un habitant a raconté la scène.",
        "The two men were jailed for killing a farmer.",
        "Ils ont été condamnés pour avoir tué un gendarme.",
    ],
)
def test_a_person_without_a_claim_word_or_blamed_is_no_count(sentence):
    assert _found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The mayor put the toll of raiders at dozens, with only three guards injured.",
            [("killed", "dozens"), ("wounded", "three")],
        ),
        (
            "Le maire a chiffré le bilan à 40 morts, avec seulement trois gardes blessés.",
            [("killed", "40"), ("wounded", "trois")],
        ),
    ],
)
def test_a_participle_past_another_count_is_that_counts(sentence, expected):
    assert _found(sentence) == expected


def test_an_aside_with_counts_does_not_take_the_participle():
    found = _found("30 people – 20 farmers and ten traders – were wounded.")
    assert ("wounded", "30") in found


def test_people_one_by_one_keep_their_source():
    rows = claims("Police said a guard and a farmer were killed.")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("Police", "killed", "a guard"),
        ("Police", "killed", "a farmer"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("There were no deaths or injuries.", ["killed", "wounded"]),
        ("There was no damage nor casualties.", ["damaged", "casualties"]),
        ("Il n'y a pas eu de morts ni de blessés.", ["killed", "wounded"]),
        ("La frappe n'a pas fait de victimes ni de dégâts.", ["casualties", "damaged"]),
    ],
)
def test_none_of_two_tolls_is_two_claims_of_none(sentence, expected):
    found = find_counts(shadow(sentence), sentence)
    assert sorted(f.claim_type for f in found) == sorted(expected)
    assert {ct.parse_quantity(f.value)[1] for f in found} == {0}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nobody was hurt.", ("wounded", "Nobody")),
        ("Personne n'a été blessé.", ("wounded", "Personne")),
        ("Aucun gardien n'a été tué.", ("killed", "Aucun")),
        ("The gunmen killed no farmers.", ("killed", "no")),
        ("Les assaillants n'ont tué aucun villageois.", ("killed", "aucun")),
    ],
)
def test_counts_of_none_with_their_predicate(sentence, expected):
    assert _found(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The group is active despite holding no land.",
        "The militia controls no significant ground.",
        "Le groupe ne détient aucun territoire.",
    ],
)
def test_no_before_a_thing_that_is_no_toll_is_no_count(sentence):
    assert _found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The nine guards, missing since Friday after the raid near the river were found dead.",
            [("killed", "nine")],
        ),
        (
            "Les neuf gardes, disparus vendredi après le raid près du fleuve (nord) ont été"
            " retrouvés morts.",
            [("killed", "neuf")],
        ),
        ("The bodies of 11 missing fishermen were found.", [("killed", "11")]),
        (
            "Les corps sans vie des onze pêcheurs portés disparus ont été retrouvés.",
            [("killed", "onze")],
        ),
    ],
)
def test_the_clause_predicate_after_an_aside_and_the_bodies_of_a_count(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["One of the bodies was missing a hand.", "Two of the trucks were missing their wheels."],
)
def test_missing_with_an_object_is_no_count(sentence):
    assert _found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mayor said it was not true that 30 farmers were killed.", "denies"),
        ("Le maire a déclaré qu'il est faux que 30 paysans aient été tués.", "denies"),
        ("Le maire a déclaré que 30 paysans auraient été tués.", "asserts"),
        (
            "The mayor said it was not true that the bridge fell and that 30 farmers died.",
            "asserts",
        ),
    ],
)
def test_a_count_said_not_true_is_denied(sentence, expected):
    (row,) = claims(sentence)
    assert (row[1], row[4]) == ("killed", expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two nurses were among the dead.", [("killed", "Two")]),
        ("The dead included 14 farmers.", [("killed", "14")]),
        ("Among those injured were 3 pupils.", [("wounded", "3")]),
        ("Parmi les morts figurent deux infirmières.", [("killed", "deux")]),
        ("Trois gardes sont parmi les blessés.", [("wounded", "Trois")]),
        ("A teacher was among the dead.", [("killed", "A teacher")]),
        ("Un gendarme figure parmi les blessés.", [("wounded", "Un gendarme")]),
    ],
)
def test_a_count_among_a_toll_is_of_that_toll(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    "sentence", ["Two journalists were among the guests.", "Deux élus sont parmi les invités."]
)
def test_among_what_is_no_toll_is_no_count(sentence):
    assert _found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("45 villagers have now died.", [("killed", "45")]),
        ("At least 30 pupils have so far been hurt.", [("wounded", "At least 30")]),
        ("12 gardes ont déjà été tués.", [("killed", "12")]),
    ],
)
def test_a_time_adverb_before_the_participle(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("80 raiders who tried to storm the depot were killed.", [("killed", "80")]),
        ("Six men responsible for the raid had been executed.", [("killed", "Six")]),
        ("The 12 guards on patrol were wounded.", [("wounded", "12")]),
        ("Douze gardes qui surveillaient le dépôt ont été tués.", [("killed", "Douze")]),
        ("Two men who said 5 farmers were killed were arrested.", [("killed", "5")]),
    ],
)
def test_the_participle_after_a_relative_clause_or_a_modifier(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The blast killed 30 people: 12 guards and 18 traders.",
            [("killed", "30", False), ("killed", "12", True), ("killed", "18", False)],
        ),
        (
            "L'explosion a tué 30 personnes (12 gardes et 18 commerçants).",
            [("killed", "30", False), ("killed", "12", True), ("killed", "18", False)],
        ),
        (
            "Trente personnes ont été tuées, parmi lesquelles 12 enfants.",
            [("killed", "Trente", False), ("killed", "12", True)],
        ),
    ],
)
def test_a_breakdown_after_a_colon_or_in_brackets_is_part_of_the_count(sentence, expected):
    found = find_counts(shadow(sentence), sentence)
    assert [(f.claim_type, f.value, f.subset) for f in found] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said 30, not 50, were killed.",
        "The toll is six dead, not 26.",
        "Le bilan est de six morts, pas 26.",
    ],
)
def test_the_figure_set_aside_after_not_is_denied(sentence):
    found = find_counts(shadow(sentence), sentence)
    assert [f.stance for f in found] == ["asserts", "denies"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Only one person — a guard — was killed.", [("killed", "one")]),
        ("Une seule personne (un garde) a été tuée.", [("killed", "Une")]),
        (
            "Three nurses, a guard and a driver were killed.",
            [("killed", "Three"), ("killed", "a guard"), ("killed", "a driver")],
        ),
    ],
)
def test_a_person_named_again_is_no_more_and_a_count_before_people_shares_their_predicate(
    sentence, expected
):
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    "text",
    [
        "L'armée a affirmé avoir tué 30 jihadistes, un chiffre contesté par les habitants.",
        "The army said it killed 30 militants, a number disputed by residents.",
        "The army said it killed 30 militants, a figure the rebels deny.",
    ],
)
def test_a_figure_in_apposition_restates_the_count(text: str) -> None:
    raw = ct.extract(text, "t-1")
    asserted = raw[raw["stance"] == "asserts"]  # who disputes the figure denies it
    assert asserted[["claim_type", "value"]].values.tolist() == [["killed", "30"]]

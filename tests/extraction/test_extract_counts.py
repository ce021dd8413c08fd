"""Counts, their subjects and claim types.

Modules: ``extraction.counts``, ``number_forms``, ``predicates``, ``named_things``.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims

import claimtrack as ct


@pytest.mark.parametrize(
    ("sentence", "claim_type", "value", "subject"),
    [
        ("The army said it killed 80 fighters.", "killed", "80", "fighters"),
        ("JNIM said it captured three military barracks.", "seized", "three", "military barracks"),
        (
            "JNIM said it took control of several military positions.",
            "controls",
            "several",
            "military positions",
        ),
        ("Officials said dozens of militants were killed.", "killed", "dozens", "militants"),
        ("Officials said at least 15 civilians were wounded.", "wounded", "at least 15", None),
        ("Officials said more than 600 people were displaced.", "displaced", "more than 600", None),
        ("The police said they arrested two suspects.", "captured", "two", "suspects"),
        ("The army said the rebels destroyed four tanks.", "destroyed", "four", "tanks"),
        ("Officials said 12 soldiers are missing.", "missing", "12", "soldiers"),
        ("The ministry said there were six dead.", "killed", "six", None),
    ],
)
def test_counts_subjects_and_types(sentence, claim_type, value, subject):
    (row,) = [r for r in claims(sentence) if r[2] is not None]
    assert (row[1], row[2]) == (claim_type, value)
    if subject:
        assert row[3] == subject


def test_a_list_of_counts_with_a_subset():
    rows = claims("The army said 27 soldiers were killed, 33 wounded including 21 seriously.")
    assert [(r[1], r[2]) for r in rows] == [("killed", "27"), ("wounded", "33"), ("wounded", "21")]
    assert rows[1][3] == "soldiers"


def test_units_years_and_dates_are_not_counts():
    text = "Officials said the post 150 kilometres from Kabul was attacked on 3 March 2024."
    assert [r[2] for r in claims(text)] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le général a déclaré que cela n'a pas fait de victimes ni de dégâts.",
        "Le maire a indiqué qu'il n'y a pas eu de blessés.",
    ],
)
def test_french_negated_tolls_are_zero(sentence):
    row = claims(sentence)[0]
    assert ct.parse_quantity(row[2])[1] == 0
    assert row[3] != "victimes ni"


def test_a_quotation_mark_inside_a_count_is_no_part_of_it():
    rows = claims("L'armée avait annoncé avoir tué au moins « 162 rebelles ».")
    assert [(r[1], r[2], r[3]) for r in rows] == [("killed", "au moins 162", "rebelles")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "L'armée fait état de plus d'une trentaine d'assaillants neutralisés.",
            ("killed", "plus d'une trentaine"),
        ),
        ("Selon le communiqué, les FAMa ont perdu un aéronef.", ("destroyed", "un")),
        ("The army said it lost two helicopters.", ("destroyed", "two")),
    ],
)
def test_elided_modifiers_and_things_lost(sentence, expected):
    assert expected in {(r[1], r[2]) for r in claims(sentence)}


def test_the_predicate_after_an_appositive_participle():
    rows = claims(
        "Les onze soldats, disparus mardi, ont été retrouvés morts, a annoncé une source."
    )
    assert [(r[1], r[2]) for r in rows] == [("killed", "onze")]
    assert ("wounded", "12") in {
        (r[1], r[2]) for r in claims("The army said 12 soldiers were wounded.")
    }


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("The army said reports of 30 dead soldiers were false.", "denies"),
        ("L'armée a affirmé que les informations sur 30 soldats tués sont fausses.", "denies"),
        ("The army said 30 soldiers were killed and the rumours were false.", "asserts"),
    ],
)
def test_a_count_its_clause_calls_false_is_denied(sentence, stance):
    (row,) = claims(sentence)
    assert (row[1], row[2], row[4]) == ("killed", "30", stance)


def test_zero_counts_assert_none():
    rows = claims("The spokesman said there were no civilian fatalities.")
    assert (rows[0][1], rows[0][2], rows[0][4]) == ("killed", "no", "asserts")
    assert ct.parse_quantity(rows[0][2])[1] == 0


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The army said five soldiers and 12 militants were killed.",
            [("killed", "five", "soldiers"), ("killed", "12", "militants")],
        ),
        (
            "L'armée a annoncé que trois soldats et 20 assaillants ont été tués.",
            [("killed", "trois", "soldats"), ("killed", "20", "assaillants")],
        ),
        (
            "The rebels said they killed 7 guards and seized a checkpoint.",
            [("killed", "7", "guards"), ("seized", "a checkpoint", "checkpoint")],
        ),
        (
            "The rebels said they killed 7 guards and seized 3 checkpoints.",
            [("killed", "7", "guards"), ("seized", "3", "checkpoints")],
        ),
        (
            "The army said 80 fighters wearing green uniforms died.",
            [("killed", "80", "fighters wearing green uniforms")],
        ),
        ("The army said 80 fighters in green uniforms died.", [("killed", "80", "fighters")]),
        ("Officials said 20 from the militia were killed.", [("killed", "20", None)]),
        (
            # a second object of the verb, not the subject of the next verb phrase
            "The rebels said they killed two guards at the gate as well as five police"
            " officers, and had then stolen two trucks.",
            [
                ("killed", "two", "guards"),
                ("killed", "five", "police officers"),
                ("seized", "two", "trucks"),
            ],
        ),
        (
            "Officials said seven to eight houses having been totally destroyed.",
            [("destroyed", "seven to eight", "houses")],
        ),
        (
            # fatally wounded: they died of their wounds (round 8: was "wounded")
            "Police said between five and ten people were fatally wounded.",
            [("killed", "between five and ten", "people")],
        ),
        (
            "The toll included a woman and her two children and left five people wounded,"
            " the ministry said.",
            [
                ("killed", "a woman", "woman"),
                ("killed", "two", "children"),
                ("wounded", "five", "people"),
            ],
        ),
        (
            "Selon la police, entre cinq et dix personnes ont été tuées.",
            [("killed", "entre cinq et dix", "personnes")],
        ),
    ],
)
def test_counts_are_tied_to_their_predicate(sentence, expected):
    rows = claims(sentence)
    got = [(r[1], r[2], r[3]) for r in rows]
    if expected[-1][2] is None:
        got = [(a, b, None) for a, b, _ in got]
    assert got == expected


def test_an_article_is_a_whole_word():
    # "armoured" starts with "a": it is not "a rmoured vehicles".
    rows = claims("The army said the rebels seized armoured vehicles.")
    assert all(r[2] != "a" and r[3] != "rmoured vehicles" for r in rows)
    assert all(not (r[3] or "").startswith("rmoured") for r in rows)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police said two herders were shot dead near the well.", ("killed", "two")),
        ("Police said gunmen shot dead two herders near the well.", ("killed", "two")),
        ("The mayor said 14 fishermen lost their lives at sea.", ("killed", "14")),
        ("The mayor said 14 fishermen drowned when the boat sank.", ("killed", "14")),
        ("Selon le maire, 14 pêcheurs ont perdu la vie.", ("killed", "14")),
        ("Selon le maire, 14 pêcheurs se sont noyés.", ("killed", "14")),
        ("The air force said its jets struck two fuel depots.", ("attacked", "two")),
        ("The ministry said the insurgents launched four attacks overnight.", ("attacked", "four")),
        ("The army said it carried out 20 operations last month.", ("attacked", "20")),
        ("Officials said the storm of shells caused damage to six houses.", ("damaged", "six")),
    ],
)
def test_claim_vocabulary_in_invented_sentences(sentence, expected):
    assert expected in {(r[1], r[2]) for r in claims(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Residents said 20 gunmen came to the village at night.", ("attackers", "20")),
        ("Residents said 20 armed gunmen stormed the camp.", ("attackers", "20")),
        ("Selon un élu, 200 assaillants ont pris d'assaut le camp.", ("attackers", "200")),
        ("The army said it killed all 12 attackers.", ("killed", "12")),
        ("The army said two helicopters crashed in the desert.", ("crashed", "two")),
        ("Selon l'armée, deux hélicoptères se sont écrasés.", ("crashed", "deux")),
    ],
)
def test_attackers_crashes_and_all_n(sentence, expected):
    assert expected in {(r[1], r[2]) for r in claims(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials said three dozen soldiers were killed.", [("killed", "three dozen")]),
        ("Officials said over a hundred soldiers were killed.", [("killed", "over a hundred")]),
        ("Officials said a couple of guards were wounded.", [("wounded", "a couple of")]),
        ("Police said the chief was wounded.", [("wounded", "the chief")]),
        ("Selon la police, le chef a été blessé.", [("wounded", "le chef")]),
        # the definite subject must start its clause: the soldier was not arrested
        ("The army said the man who shot the soldier was arrested.", []),
    ],
)
def test_number_forms_and_definite_singulars(sentence, expected):
    assert [(r[1], r[2]) for r in claims(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officials said the raid killed 42 gunmen and one police officer.",
            [("killed", "42", "asserts"), ("killed", "one", "asserts")],
        ),
        (
            "Le préfet a annoncé la mort de onze soldats et un policier.",
            [("killed", "onze", "asserts"), ("killed", "un", "asserts")],
        ),
        # "one resident said": a new clause, not a conjunct
        (
            "The army said it killed 12 fighters and one resident said the town was calm.",
            [("killed", "12", "asserts")],
        ),
        (
            "The agency said gunmen killed at least 16 people, 10 of them police.",
            [("killed", "at least 16", "asserts"), ("killed", "10", "asserts")],
        ),
        (
            "« Le nombre total des morts est de six et non de 26 », a déclaré le porte-parole.",
            [("killed", "six", "asserts"), ("killed", "26", "denies")],
        ),
        (
            "Une source a évoqué un bilan d'« une trentaine » de morts.",
            [("killed", "une trentaine", "asserts")],
        ),
        (
            "The governor wrote that six gunmen had been annihilated.",
            [("killed", "six", "asserts")],
        ),
    ],
)
def test_conjuncts_subsets_and_corrections(sentence, expected):
    assert [(r[1], r[2], r[4]) for r in claims(sentence)] == expected

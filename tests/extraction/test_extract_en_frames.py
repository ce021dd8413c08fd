"""English reporting frames whose source is their clause's subject (issue 13, clauses):
a reporting gerund after a comma or a preposition. The sentences are invented."""

from __future__ import annotations

import pytest
from extract_helpers import claims


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The group published a video on Monday, saying its fighters killed 30 soldiers.",
         "The group"),
        ("Human Rights Watch published a report, alleging that soldiers killed 30 villagers.",
         "Human Rights Watch"),
        ("The monitor sent a team to the area before announcing that 30 people were killed.",
         "The monitor"),
        ("The army ended its silence by confirming that 30 soldiers died.", "The army"),
        ("The UN sent investigators who spoke to villagers in alleging that the raid killed 30 "
         "civilians.", "The UN"),
    ],
)  # fmt: skip
def test_a_reporting_gerund_speaks_for_its_clause_subject(text, source):
    assert [(r[0], r[2], r[4]) for r in claims(text)] == [(source, "30", "asserts")]


def test_a_gerund_that_denies_after_a_denial_denies():
    rows = claims("The army rejected the report, denying that 30 civilians were killed.")
    assert [(r[0], r[2], r[4]) for r in rows] == [("The army", "30", "denies")]


def test_a_noun_after_a_preposition_is_no_gerund():
    # "after claims that …": a noun, not a verb whose subject is the army
    rows = claims("The army attacked the town after claims that 30 fighters were hiding there.")
    assert all(r[0] != "The army" for r in rows if r[2] == "30")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 12 people on Sunday, two days after the army said it had killed 30 "
        "militants.",
        "Twelve people were killed when gunmen stormed the village, and the army said 30 "
        "militants were killed.",
        "The attack, which killed 12 people, came as the army said it had killed 30 militants.",
    ],
)
def test_a_head_does_not_speak_for_a_clause_before_it(text):
    assert [(r[0], r[2]) for r in claims(text) if r[2] and r[2][0].isdigit()] == [
        ("the army", "30")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "At least 15 people were injured, police said.",
        "At dawn 15 people were injured, police said.",
    ],
)
def test_a_clause_that_opens_with_at_is_no_leading_adverbial(text):
    assert [(r[0], r[1]) for r in claims(text)] == [("police", "wounded")]


def test_a_leading_adverbial_still_opens_a_head():
    assert [r[0] for r in claims("In Kano, police said 15 people were injured.")] == ["police"]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Ukraine's military said it had destroyed 30 drones and Russia said it had destroyed 12 "
         "tanks.", [("Ukraine's military", "30"), ("Russia", "12")]),
        ("The army killed 30 militants and the rebels said 12 soldiers died.",
         [("the rebels", "12")]),
        ("The police and the army said 12 soldiers died.", [("The police", "12"),
                                                           ("the army", "12")]),
    ],
)  # fmt: skip
def test_a_clause_then_and_then_a_new_source(text, sources):
    assert [(r[0], r[2]) for r in claims(text)] == sources


def test_a_relative_clause_that_describes_the_source_is_not_its_account():
    rows = claims("Ahmed, who lost two brothers in the attack, told Reuters that 40 people died.")
    assert [(r[0], r[2]) for r in rows] == [("Ahmed", "40")]


@pytest.mark.parametrize(
    "verb",
    [
        "disclosed",
        "maintained",
        "reiterated",
        "insists",
        "briefed reporters that",
        "informed reporters that",
        "pointed out that",
        "estimates",
    ],
)
def test_each_reporting_verb_heads_what_follows(verb):
    assert [r[0] for r in claims(f"The army {verb} 14 soldiers were killed.")] == ["The army"]

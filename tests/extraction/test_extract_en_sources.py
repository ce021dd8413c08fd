"""English source phrases and their resolution (issue 13): bodies the lexicon names,
"the officer" after a rank, a toll raised. The sentences are invented."""

from __future__ import annotations

import pytest
from extract_helpers import claims


@pytest.mark.parametrize(
    "source",
    [
        "The junta",
        "The faction",
        "The regime",
        "The state broadcaster",
        "The watchdog",
        "Activists",
        "Investigators",
        "The UN envoy",
        "Rescuers",
        "The navy",
        "The cabinet",
    ],
)
def test_a_body_or_person_the_lexicon_names_is_a_source(source):
    assert [r[0] for r in claims(f"{source} said 14 soldiers were killed.")] == [source]


def test_a_common_noun_that_names_no_speaker_is_no_source():
    assert all(r[0] != "The convoy" for r in claims("The convoy said 14 soldiers were killed."))


@pytest.mark.parametrize("rank", ["Lieutenant Colonel", "Captain", "General", "Major"])
def test_the_officer_is_the_latest_one_named_with_a_rank(rank):
    text = (
        f"{rank} Amadou Sow said 13 soldiers died. "
        '"We killed at least 20 of them," the officer said.'
    )
    rows = claims(text)
    assert [(r[2], r[0]) for r in rows] == [
        ("13", f"{rank} Amadou Sow"),
        ("at least 20", f"{rank} Amadou Sow"),
    ]


def test_the_officer_with_no_rank_named_before_stays_as_written():
    rows = claims('The mayor said 13 people died. "We found 20 bodies," the officer said.')
    assert all(r[0] != "The mayor" for r in rows if r[2] == "20")


@pytest.mark.parametrize("verb", ["raised", "lowered", "updated"])
def test_a_toll_raised_is_a_figure_given(verb):
    assert claims(f"The Observatory later {verb} the toll to 45.") == [
        ("The Observatory", "killed", "45", None, "asserts")
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The group published a video on Monday and said its fighters killed 30 soldiers.",
         "The group"),
        ("The armed group said its fighters killed 30 soldiers.", "The armed group"),
    ],
)  # fmt: skip
def test_a_past_verb_with_its_object_is_no_part_of_a_source(text, source):
    assert [r[0] for r in claims(text)] == [source]


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        ("Army spokesman Colonel Ali Traore said 12 soldiers died.", "Army spokesman"),
        ("Army spokesman Lieutenant Colonel Ali Traore said 12 soldiers died.", "Army spokesman"),
        ("Defence Minister General Sani Bello said 12 soldiers died.", "Defence Minister"),
        ("Army Commander Ali Traore said 12 soldiers died.", "Army Commander"),
    ],
)
def test_a_rank_before_a_name_is_the_speakers_title_not_the_institution(text, institution):
    assert [r[0] for r in claims(text)] == [institution]

"""Round 16, English attribution read on real reporting (invented sentences only): names
that open with the Arabic article in lower case, a role of several words after a group's
possessive, "claimed the lives of" and "accused of" (no speaker), and a state's own
government as its governor's."""

from __future__ import annotations

import pytest
from extract_helpers import claims

from claimtrack.extraction.institutions import institution
from claimtrack.extraction.source_names import valid_source


def _found(text: str) -> set[tuple]:
    """(source_raw, claim_type, value, stance) of each claim of a text."""
    return {(c[0], c[1], c[2], c[4]) for c in claims(text)}


def _actors(text: str) -> set[tuple]:
    """(source_raw, actor_id, institution, value) of each claim of a text."""
    import warnings

    import claimtrack as ct

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw = ct.extract(text, "t-1")
    raw = raw.astype(object).where(raw.notna(), None)
    return {(r.source_raw, r.actor_id, r.institution, r.value) for r in raw.itertuples()}


# "al-Shabaab put the toll at 15": a name in lower case after its article is a name
ARTICLE_NAMES = [
    (
        "The colonel said six soldiers died, while al-Shabaab put the number at 20.",
        {("The colonel", "killed", "six", "asserts"), ("al-Shabaab", "killed", "20", "asserts")},
    ),
    (
        "The police said two officers were wounded, while al-Qaeda claimed 14 were killed.",
        {
            ("The police", "wounded", "two", "asserts"),
            ("al-Qaeda", "killed", "14", "asserts"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_NAMES)
def test_a_name_after_a_lower_case_arabic_article_is_a_source(text, expected):
    assert _found(text) == expected


def test_a_lower_case_arabic_article_names_and_a_lower_case_word_does_not():
    assert valid_source("al-Shabaab")
    assert valid_source("el-Sisi")
    assert not valid_source("all-out war")


# "X, al-Shabab's military operations spokesman": the group speaks, not "military operations"
def test_a_role_of_several_words_after_a_possessive_is_the_owners():
    text = "Ali Musa Farah, Al-Shabab’s military operations spokesman, said 30 soldiers died."
    assert _actors(text) == {("Al-Shabab", "al_shabaab", None, "30")}


def test_a_group_named_in_lower_case_owns_no_state_institution():
    assert institution("al-Shabab's military operations", "KE") is None
    assert institution("Kenya's military operations", "KE") == "KE:military"


# "the clashes claimed the lives of 10": the event took them; the speaker is who reported it
LIVES = [
    (
        "State radio reported that the fighting near Kadi has claimed the lives of 12 soldiers.",
        {("State radio", "killed", "12", "asserts")},
    ),
    (
        "The governor said the blast claimed the lives of 4 policemen.",
        {("The governor", "killed", "4", "asserts")},
    ),
    # near miss: a claim of an attack is still a frame
    ("The rebels claimed that 9 soldiers were killed.", {("The rebels", "killed", "9", "asserts")}),
]


@pytest.mark.parametrize(("text", "expected"), LIVES)
def test_claimed_the_lives_is_no_reporting_verb(text, expected):
    assert _found(text) == expected


# "as the coalition accused of abuses": the one accused is no speaker
def test_the_one_accused_is_no_source():
    text = "Talks stall as coalition accused of shelling. Officials said 3 soldiers died."
    assert _found(text) == {("Officials", "killed", "3", "asserts")}
    text = "Talks stall as coalition accused of shelling; 3 soldiers died in the blast."
    assert _found(text) == set()


# "the Borno State government" speaks with its governor and deputy governor
def test_a_state_government_is_its_governors():
    assert institution("Kaduna State government", "NG") == "NG:governor"
    assert institution("the provincial government", "AF") == "AF:governor"
    assert institution("the Kaduna State deputy governor", "NG") == "NG:governor"
    assert institution("the government", "NG") == "NG:government"


# Present verbs of an account before a count: "local media report that around 100 died",
# "Rebels claim killing 15 soldiers", "Witnesses speak of 12 dead"; and a listener after
# "telling": "…, telling AFP that 14 were killed" is the clause subject's
PRESENT_ACCOUNTS = [
    (
        "However, local radio stations report that around 40 villagers may have died.",
        {("local radio stations", "killed", "around 40", "asserts")},
    ),
    (
        "Kadi rebels claim killing 25 soldiers in a raid on an army post",
        {("Kadi rebels", "killed", "25", "asserts")},
    ),
    (
        "Local journalists speak of 30 people killed in the raid.",
        {("Local journalists", "killed", "30", "asserts")},
    ),
    (
        "A district official gave a higher toll, telling the BBC that 19 policemen were killed.",
        {("A district official", "killed", "19", "asserts")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRESENT_ACCOUNTS)
def test_present_accounts_and_telling_frame_their_subject(text, expected):
    assert _found(text) == expected


def test_telling_someone_to_act_frames_nothing_new():
    text = "The army said it was telling residents to leave after 5 soldiers died."
    assert {c[0] for c in _found(text)} <= {"The army"}


# "He said 3 soldiers died. Two soldiers and 12 insurgents wounded.": a toll without a verb
# goes on with the speaker before it; one with its own verb is the outlet's
def test_a_toll_without_a_verb_goes_on_with_the_speaker_before():
    text = "The mayor said three soldiers were killed. Two soldiers and 9 rebels wounded."
    assert _found(text) == {
        ("The mayor", "killed", "three", "asserts"),
        ("The mayor", "wounded", "Two", "asserts"),
        ("The mayor", "wounded", "9", "asserts"),
    }
    text = "The mayor said three soldiers were killed. Two soldiers were wounded in 2019."
    assert _found(text) == {("The mayor", "killed", "three", "asserts")}


# "Ukraine claimed the capture of three villages": a country speaking is its government,
# as its capital is; "pro-government forces" are a side's allies, not the state
def test_a_country_speaking_is_its_government():
    assert institution("Ukraine", "UA") == "UA:government"
    assert institution("Ethiopia", "ET") == "ET:government"
    assert institution("Ukrainian", "UA") is None
    assert institution("Pro-government force", "SO") is None
    assert institution("pro-Russian forces", "UA") is None


# "X (published by an NGO, the Y Trust) speak of 12 killed": the bracketed aside and a
# title in quotation marks are no boundary of the source phrase
ASIDES = [
    (
        "The Kadi Monitor (published by a local NGO, the Kadi Trust) reported that 12 people"
        " were killed.",
        {("The Kadi Monitor", "killed", "12", "asserts")},
    ),
    (
        'Correspondents for the "Kadi Bulletin" (published by a local NGO, the Kadi Trust)'
        " reported that 14 people were killed.",
        {('Correspondents for the "Kadi Bulletin', "killed", "14", "asserts")},
    ),
    # near miss: an acronym in brackets stays with its name
    (
        "The Kadi Liberation Front (KLF) said 9 soldiers were killed.",
        {("The Kadi Liberation Front (KLF)", "killed", "9", "asserts")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_a_bracketed_aside_or_a_quoted_title_is_no_boundary_of_a_source(text, expected):
    assert _found(text) == expected

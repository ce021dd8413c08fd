"""Round 13, English attribution read on real reporting (invented sentences only): a
denial whose object is a report with its own verb of speech, participles read as
adjectives, asides between a source and its verb, headline topics, and rebels who
speak through a spokesman."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from extract_helpers import claims

import claimtrack as ct
from claimtrack.extraction.actors import guess_actors


def _found(text: str) -> set[tuple]:
    """(source_raw, claim_type, value, stance) of each claim of a text."""
    return {(c[0], c[1], c[2], c[4]) for c in claims(text)}


# "refuted media reports claiming that …": the reports assert, the speaker denies
DENIED_REPORTS = [
    (
        "The governor refuted media reports claiming that over 200 villagers were killed.",
        {
            ("media reports", "killed", "over 200", "asserts"),
            ("The governor", "killed", "over 200", "denies"),
        },
    ),
    (
        "Mr Kadi Bello, however, dismissed rebel claims saying that 45 soldiers died in the raid.",
        {("rebel claims", "killed", "45", "asserts"), ("Mr Kadi Bello", "killed", "45", "denies")},
    ),
    (
        "The ministry denied some online reports stating that 12 officers were wounded.",
        {("The ministry", "wounded", "12", "denies")},
    ),
    (
        "The police rejected reports alleging that 30 people were abducted in Gusau.",
        {("The police", "captured", "30", "denies")},
    ),
    (
        "The army dismissed claims by activists suggesting that 60 civilians were killed.",
        {("The army", "killed", "60", "denies")},
    ),
]
# near misses: a denial whose participle is the speaker's own, and a report not denied
NOT_DENIED_REPORTS = [
    (
        "The army dismissed the toll, saying that 12 people died.",
        {("The army", "killed", "12", "asserts")},
    ),
    (
        "Residents said reports claiming that 40 houses were burned were true.",
        {("Residents", "destroyed", "40", "asserts")},
    ),
    ("The army denied that 12 villagers were killed.", {("The army", "killed", "12", "denies")}),
]


@pytest.mark.parametrize(("text", "expected"), DENIED_REPORTS + NOT_DENIED_REPORTS)
def test_a_denied_report_with_its_own_verb_is_asserted_and_denied(text, expected):
    found = _found(text)
    assert expected <= found
    if (text, expected) in NOT_DENIED_REPORTS:
        assert not {c for c in found if c[3] == "denies"} - expected


# "the disputed area", "an alleged massacre": a participle after a determiner is an
# adjective, not a denial or a report whose source is the words before it
ADJECTIVES = [
    (
        "Eight soldiers died in clashes between Kenyan and Somali troops in the disputed area, "
        "the army said.",
        ("the army", "killed", "Eight", "asserts"),
    ),
    (
        "Troops in the disputed region killed nine rebels, the ministry said.",
        ("the ministry", "killed", "nine", "asserts"),
    ),
    (
        "Six civilians were killed in an alleged massacre by troops near Lubra, residents said.",
        ("residents", "killed", "Six", "asserts"),
    ),
    (
        "Twelve fighters of the group in the reported ambush were killed, police said.",
        ("police", "killed", "Twelve", "asserts"),
    ),
    (
        "Militia fighters in their disputed enclave killed 14 villagers, the governor said.",
        ("the governor", "killed", "14", "asserts"),
    ),
]
# near misses: the same verbs as verbs
VERBS = [
    (
        "The rebels disputed the toll and said 40 fighters died.",
        ("The rebels", "killed", "40", "asserts"),
    ),
    ("The army denied that 12 villagers were killed.", ("The army", "killed", "12", "denies")),
    (
        "Local officials reported that 18 people were killed.",
        ("Local officials", "killed", "18", "asserts"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADJECTIVES + VERBS)
def test_a_participle_after_a_determiner_is_no_verb_of_speech(text, expected):
    found = _found(text)
    assert expected in found
    assert len({c[0] for c in found}) == 1


# where or how it was said, as an aside in commas, is no part of the source
ASIDES = [
    (
        "Police spokesperson in Rivers, Mr Ade Kolo, in a statement, said 14 people were killed.",
        ("Police spokesperson in Rivers", "killed", "14", "asserts"),
    ),
    (
        "The army spokesman, Col. Ibra Sani, in a statement on Sunday, said 22 militants were "
        "killed.",
        ("The army spokesman", "killed", "22", "asserts"),
    ),
    (
        "The rebel spokesman, Tomas Aro, on Twitter, said 9 soldiers were captured.",
        ("The rebel spokesman", "captured", "9", "asserts"),
    ),
    (
        "The defence ministry, in its weekly briefing, said 31 fighters were killed.",
        ("The defence ministry", "killed", "31", "asserts"),
    ),
    ("The army, however, said 12 soldiers were killed.", ("The army", "killed", "12", "asserts")),
    (
        "A spokesman for the rebels, reached by phone, said 16 soldiers were killed.",
        ("A spokesman for the rebels", "killed", "16", "asserts"),
    ),
    (
        "The Taliban, through their spokesman Ali Mujahid, said 20 soldiers were killed.",
        ("The Taliban", "killed", "20", "asserts"),
    ),
    (
        "The army, through its spokesman, said 12 rebels were killed.",
        ("The army", "killed", "12", "asserts"),
    ),
    (
        "The mayor, reached by telephone on Sunday, said 8 people were killed.",
        ("The mayor", "killed", "8", "asserts"),
    ),
    (
        "Two residents, contacted by Reuters, said 30 houses were burned.",
        ("Two residents", "destroyed", "30", "asserts"),
    ),
    (
        "The rebels, separately, said they killed 30 soldiers.",
        ("The rebels", "killed", "30", "asserts"),
    ),
]
# near misses: a name in commas after a role stays the speaker; a place stays in the phrase;
# a place gone through is no channel
NAMED = [
    (
        "The militants, through the forest, fled after 12 villagers were killed, police said.",
        ("police", "killed", "12", "asserts"),
    ),
    ("One resident, Ibrahim, said 12 people were killed.", ("Ibrahim", "killed", "12", "asserts")),
    (
        "Officials in the northern region said 19 people were wounded.",
        ("Officials in the northern region", "wounded", "19", "asserts"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES + NAMED)
def test_an_aside_between_a_source_and_its_verb_is_cut(text, expected):
    assert _found(text) == {expected}


# a headline's side that names its event is a topic, not a source
TOPICS = [
    ("Lake Chad insurgency: Gunmen kill nine fishermen", set()),
    (
        "Northern Mali conflict - 15 soldiers killed, army says",
        {("army", "killed", "15", "asserts")},
    ),
    (
        "Kivu fighting: 40 civilians killed, says governor",
        {("governor", "killed", "40", "asserts")},
    ),
    ("Border war: 12 soldiers killed in ambush", set()),
    ("Coastal violence: 30 villagers killed in raid", set()),
    # near misses: an institution before or after the colon
    ("Army: 25 insurgents killed in border raid", {("Army", "killed", "25", "asserts")}),
    (
        "Nine soldiers killed in ambush: military spokesman",
        {("military spokesman", "killed", "Nine", "asserts")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOPICS)
def test_a_headline_topic_is_no_source(text, expected):
    assert {c for c in _found(text) if c[1] == "killed"} == expected


# "a rebel spokesman", "rebel sources": the rebels the country's table names
GROUP_ROLES = [
    ("A rebel spokesman", "LK", "ltte"),
    ("rebel sources", "PH", "npa"),
    ("the rebels' spokesman", "PH", "npa"),
    ("a rebel commander", "LK", "ltte"),
    ("Rebel officials", "PH", "npa"),
    # near misses: no country whose rebels the table knows, a fighter, the army's spokesman
    ("A rebel spokesman", None, None),
    ("a rebel fighter", "LK", None),
    ("the army spokesman", "LK", None),
]


@pytest.mark.parametrize(("name", "country", "actor"), GROUP_ROLES)
def test_a_rebel_role_speaks_for_the_rebels(name, country, actor):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert guess_actors(pd.Series([name]), country).tolist() == [actor]


# "said an officer in the Kadi police department": the state body he serves in stays with
# the source (and names its institution); a place or a hospital does not
IN_A_BODY = [
    (
        "The convoy was attacked near Kadi, said an officer in the Kadi police department. "
        "Seven officers were killed, he said.",
        ("an officer in the Kadi police department", "killed", "Seven", "asserts"),
    ),
    (
        "Twelve soldiers were killed, said a captain in the army.",
        ("a captain in the army", "killed", "Twelve", "asserts"),
    ),
    (
        "Nine people died, said an official at the health ministry.",
        ("an official at the health ministry", "killed", "Nine", "asserts"),
    ),
    (
        "Twelve people were killed, according to an official in the Interior Ministry, who asked "
        "not to be named.",
        ("an official in the Interior Ministry", "killed", "Twelve", "asserts"),
    ),
    (
        "Five rebels were killed, according to a source in the security forces.",
        ("a source in the security forces", "killed", "Five", "asserts"),
    ),
    # near misses
    (
        "Twelve people were killed, said a doctor in the town.",
        ("a doctor", "killed", "Twelve", "asserts"),
    ),
    (
        "Nine people died, according to a nurse at the Kadi hospital.",
        ("a nurse", "killed", "Nine", "asserts"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), IN_A_BODY)
def test_the_state_body_a_source_serves_in_is_part_of_it(text, expected):
    assert expected in _found(text)


# "Government troops" opening a sentence are the state's armed forces, as in lower case;
# a group's name before the institution word still names the group
STATE_WORDS = [
    ("Government troops said 12 rebels were killed.", "PH", "PH:military"),
    ("Federal troops said 12 militants were killed.", "NG", "NG:military"),
    ("Government soldiers said 9 rebels were captured.", "LK", "LK:military"),
    ("Regular army troops said 7 rebels were killed.", "PH", "PH:military"),
    ("Government spokesman Ali Sow said 12 soldiers were killed.", "TD", "TD:government"),
    # near misses
    ("The Arakan Army said 12 soldiers were killed.", "MM", None),
    ("Government troops said 12 rebels were killed.", None, None),
]


@pytest.mark.parametrize(("text", "country", "expected"), STATE_WORDS)
def test_a_capitalised_state_word_names_no_group(text, country, expected):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = ct.extract(text, country=country).astype(object)
    assert [i if isinstance(i, str) else None for i in found["institution"]] == [expected]

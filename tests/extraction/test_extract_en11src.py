"""Round 11, English attribution read from real conflict reports (Asia and the Middle
East), each kind of sentence written again with invented names, places and numbers:
quotations in single marks, nobody as a source, a claim's owner after its noun, a clause
read as a source after "said", units and graded titles in source phrases, and the armed
groups of Myanmar and Sri Lanka in the actor table."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from extract_helpers import claims

import claimtrack as ct
from claimtrack.extraction.actors import guess_actors


def _rows(text: str) -> list[tuple]:
    """(source_raw, claim_type, value, stance) of each claim."""
    return [(src, kind, value, stance) for src, kind, value, _, stance in claims(text)]


# PTI and other wires quote in single marks: the quotation ends at its closing mark and
# the source after it is a tail, as after double marks.
SINGLE_QUOTED = [
    ("'Nine soldiers were killed in the ambush,' the rebels said.",
     [("the rebels", "killed", "Nine", "asserts")]),
    ("'We lost two fighters and wounded 14 soldiers,' the group said in a statement.",
     [("the group", "killed", "two", "asserts"), ("the group", "wounded", "14", "asserts")]),
    ("'The army killed 30 of our men,' a rebel commander told reporters, adding that 4 "
     "others were missing.",
     [("a rebel commander", "killed", "30", "asserts"),
      ("a rebel commander", "missing", "4", "asserts")]),
    ("'Thirty militants were killed,' said the army spokesman, Col. Ali Sow.",
     [("the army spokesman", "killed", "Thirty", "asserts")]),
    # (the post overrun is the front's claim too: seized, since en11lex's "overrun")
    ("'The post was overrun at dawn,' the Ketra Front said, claiming that 26 soldiers were "
     "killed.", [("the Ketra Front", "killed", "26", "asserts"),
                 ("the Ketra Front", "seized", "The post", "asserts")]),
    # near misses: possessives and a word in single marks are no quotation
    ("The soldiers' commander said 12 civilians were wounded.",
     [("The soldiers", "wounded", "12", "asserts")]),
    ("He described the villagers' houses as 'destroyed' and said 14 people were killed.",
     [("He", "killed", "14", "asserts")]),
    ("Residents of Kadi told of 'terrible' shelling, saying 8 people were killed.",
     [("Residents of Kadi", "killed", "8", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SINGLE_QUOTED)
def test_single_quoted_quotations(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


# Nobody is no source: "No group has claimed the attack" claims nothing.
NOBODY = [
    ("No militant group has claimed responsibility for the bombing.", []),
    ("No one has claimed responsibility for the attack on the convoy.", []),
    ("Nobody claimed the ambush that killed 12 soldiers.", []),
    ("Neither side has confirmed that 12 soldiers were killed.", []),
    ("No official said how many people had died, but residents said 12 were killed.",
     [("residents", "killed", "12", "asserts")]),
    # near misses: a name or a place that starts with the same letters
    ("Nour Hassan, a local official, said 12 people were killed.",
     [("a local official", "killed", "12", "asserts")]),
    ("Northern officials said 12 people were killed.",
     [("Northern officials", "killed", "12", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NOBODY)
def test_nobody_is_no_source(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


# The owner of a denied claim written after its noun: "claims of X that …", "reports by
# X that …" — X asserts what the head denies.
OWNER_AFTER = [
    ("The police refuted claims of local residents that the five men killed on Monday "
     "were civilians.",
     [("local residents", "killed", "five", "asserts"),
      ("The police", "killed", "five", "denies")]),
    ("The army rejected claims by the rebels that 40 soldiers were captured.",
     [("the rebels", "captured", "40", "asserts"), ("The army", "captured", "40", "denies")]),
    ("The ministry dismissed reports from residents that 25 villagers were killed in the raid.",
     [("residents", "killed", "25", "asserts"), ("The ministry", "killed", "25", "denies")]),
    ("The army dismissed the claims of the rebel spokesman that 12 posts had been overrun.",
     [("the rebel spokesman", "seized", "12", "asserts"), ("The army", "seized", "12", "denies")]),
    ("The governor denied reports by local media that 30 people were abducted.",
     [("local media", "captured", "30", "asserts"), ("The governor", "captured", "30", "denies")]),
    # near misses: no source before "that", or a claim noun owned before it
    ("The army denied reports of heavy losses that circulated online.",
     [("The army", "casualties", "heavy losses", "denies"),
      ("The army", "killed", None, "denies")]),
    ("The army rejected the rebels' claim that 60 soldiers were captured.",
     [("the rebels", "captured", "60", "asserts"), ("The army", "captured", "60", "denies")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OWNER_AFTER)
def test_owner_after_the_claim_noun(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


# After "said", a phrase with an event's own verb is what was said, not who said it.
def test_event_clause_after_said_is_no_source() -> None:
    text = (
        "Capt. Ali Sow, spokesman of the 5th Brigade, said the clash between the rebels "
        "and troops of the 12th Battalion occurred near Kadi."
    )
    assert all(src != "the clash between the rebels" for src, *_ in _rows(text))
    assert not any("occurred" in (src or "") for src, *_ in _rows(text))


# A numbered unit is no person's name, and a grade's ordinal is part of its title.
UNITS = [
    ("The spokesman of the Army's 4th Infantry Division said 12 rebels were killed.",
     "The spokesman of the Army's 4th Infantry Division"),
    ("1st Lieutenant Ana Cruz, public affairs chief of the Army's 4th Infantry Division, said "
     "12 rebels were killed.", "the Army's 4th Infantry Division"),
    ("Ali Musa, spokesman of the 4th Infantry Division, said 12 rebels were killed.",
     "the 4th Infantry Division"),
    ("Lt. Col. Ana Cruz, commanding officer of 61st Infantry Battalion, said 12 rebels were "
     "killed.", "61st Infantry Battalion"),
    ("Ali Musa, spokesman of the 3rd Marine Regiment, said 12 rebels were killed.",
     "the 3rd Marine Regiment"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source"), UNITS)
def test_units_in_source_phrases(text: str, source: str) -> None:
    assert [src for src, *_ in _rows(text)] == [source]


# The armed groups of Myanmar and Sri Lanka, and a group whose name holds another's.
ACTORS = [
    ("the Tamil Tiger rebels", "ltte"),
    ("LTTE military spokesman", "ltte"),
    ("the Liberation Tigers of Tamil Eelam", "ltte"),
    ("the media centre for national security", "lk_military"),
    ("the MNDAA's information officer", "mndaa"),
    ("Ta'ang National Liberation Army (TNLA)", "tnla"),
    ("the TNLA", "tnla"),
    ("Kachin Independence Army spokesman", "kia"),
    ("a National Liberation Army commander", "eln"),
]


@pytest.mark.parametrize(("phrase", "actor"), ACTORS)
def test_actor_table_asia(phrase: str, actor: str) -> None:
    assert guess_actors(pd.Series([phrase])).tolist() == [actor]


def test_single_quoted_quotation_in_context() -> None:
    text = (
        "The Ketra Front said in a statement that its fighters attacked two posts. "
        "'At least 12 soldiers were killed and 20 were wounded there,' it said."
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = ct.extract(text)
    counted = found[found["claim_type"].isin(["killed", "wounded"])]
    assert set(counted["value"]) == {"At least 12", "20"}


# The subject of a verb that is no reporting verb, before "saying …": modifiers of its
# source noun are part of it ("A local hospital chief gave a higher toll, saying …").
GAVE_SAYING = [
    ("A local hospital chief gave a higher casualty toll for the army, saying 13 soldiers "
     "were killed.", [("A local hospital chief", "killed", "13", "asserts")]),
    ("However, a district health official, Ali Sow, gave a different figure, saying 9 "
     "civilians were killed and 4 wounded.",
     [("a district health official", "killed", "9", "asserts"),
      ("a district health official", "wounded", "4", "asserts")]),
    ("The senior provincial police official put the toll at 20, saying 13 soldiers were killed.",
     [("The senior provincial police official", "killed", "20", "asserts"),
      ("The senior provincial police official", "killed", "13", "asserts")]),
    # near misses: a verb and its object before the gerund are no modifiers
    ("The army killed 12 rebels, according to a statement.",
     [("The army", "killed", "12", "asserts")]),
    ("The rebels attacked the army post, saying 3 soldiers were killed.",
     [("The rebels", "killed", "3", "asserts")]),
    ("Heavy fighting gave way to calm, leaving 13 soldiers dead.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GAVE_SAYING)
def test_modified_subject_before_saying(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


# Who relays a voice is no source: "According to X, as cited by Y", "X, cited by Y, said".
RELAYED = [
    ("According to Col. Ali Sow, as cited by the Kadi Times news outlet, the airstrike "
     "killed 12 fighters.", [("Col. Ali Sow", "killed", "12", "asserts")]),
    ("The airstrike killed 12 fighters, according to the army spokesman, as cited by Kadi "
     "Radio.", [("the army spokesman", "killed", "12", "asserts")]),
    ("The ministry, cited by Kadi Radio, said 12 fighters were killed.",
     [("The ministry", "killed", "12", "asserts")]),
    ("A police officer, quoted by local media, said 12 fighters were killed.",
     [("A police officer", "killed", "12", "asserts")]),
    # near misses: a citing source with no voice before it speaks itself
    ("Twelve fighters were killed, as cited by the ministry.",
     [("the ministry", "killed", "Twelve", "asserts")]),
    ("Officials cited by the agency said 12 fighters were killed.",
     [("Officials", "killed", "12", "asserts")]),
    # a verb before an indirect question ends the subject: no source "X asked why the rebels";
    # the opening participle of speech is Salif Kone's account (round 14)
    ("Pointing out that three policemen were also killed, Salif Kone asked why the rebels "
     "denied it.", [("Salif Kone", "killed", "three", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELAYED)
def test_relaying_outlet_is_no_source(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


# The armed forces' press offices are the military, whoever's possessive is before them.
PRESS_OFFICES = [
    ("Iraqi Security Media Cell", "IQ", "IQ:military"),
    ("The government's security media cell", "IQ", "IQ:military"),
    ("the Joint Operations Command", "IQ", "IQ:military"),
    ("the Media Centre for National Security", "LK", "LK:military"),
    # near misses: a government's media office is the government's
    ("the government media office", "PS", "PS:government"),
]


@pytest.mark.parametrize(("phrase", "country", "key"), PRESS_OFFICES)
def test_press_offices_of_the_armed_forces(phrase: str, country: str, key: str) -> None:
    from claimtrack.extraction.institutions import institution

    assert institution(phrase, country) == key


# A headline's sources listed after (or before) its colon: each one a source.
HEADLINE_LISTS = [
    ("Rebels kill 14 in Kadi village: state media, NGO",
     [("state media", "killed", "14", "asserts"), ("NGO", "killed", "14", "asserts")]),
    ("Twelve soldiers killed in Kadi: army, police",
     [("army", "killed", "Twelve", "asserts"), ("police", "killed", "Twelve", "asserts")]),
    ("Army, police: 12 soldiers killed in Kadi",
     [("Army", "killed", "12", "asserts"), ("police", "killed", "12", "asserts")]),
    # near misses: a name and his role is one source; a place is none
    ("Twelve soldiers killed in Kadi: Ali Sow, army spokesman",
     [("army", "killed", "Twelve", "asserts")]),
    ("Twelve soldiers killed in Kadi: police sources",
     [("police sources", "killed", "Twelve", "asserts")]),
    ("Kadi, Lome: 12 soldiers killed", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HEADLINE_LISTS)
def test_headline_lists_its_sources(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


# "It" after a group that spoke in a statement is the statement, the group's.
IT_THE_STATEMENT = [
    ("The rebels said in a statement that they attacked a base. It said 12 soldiers were "
     "killed.", [("The rebels", "attacked", None, "asserts"),
                 ("The rebels", "killed", "12", "asserts")]),
    ("The Ketra militants said in a statement that they repelled the offensive. It added that "
     "20 soldiers were wounded.", [("The Ketra militants", "defeated", None, "asserts"),
                                  ("The Ketra militants", "wounded", "20", "asserts")]),
    # near miss: no statement named, so "it" stands for no group
    ("The rebels said that they attacked a base. It said 12 soldiers were killed.",
     [("The rebels", "attacked", None, "asserts"), ("It", "killed", "12", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), IT_THE_STATEMENT)
def test_it_after_a_groups_statement(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected

"""The source phrase of a figure in English wire copy (issue 13, en3): plural source
nouns, numbers and clauses inside a source, roles, ranks and places around a name.

Sentences invented in the style of fresh news pages; each group holds a look-alike
that must keep its reading.
"""

from __future__ import annotations

import pytest
from test_extract_en2_attribution import sources

from claimtrack import extract

A, D = "asserts", "denies"


# A second source in the sentence, named with a plural noun ("aid groups", "rights
# groups", "local leaders"): its figure is its own, not the first source's.
SECOND_SOURCE_PLURAL = [
    (
        "The army said 200 militants were killed, while aid groups put the figure at 3,000.",
        [("The army", "killed", "200", A), ("aid groups", "killed", "3,000", A)],
    ),
    (
        "Police said 14 people died in the blast, but rights groups said 45 civilians died.",
        [("Police", "killed", "14", A), ("rights groups", "killed", "45", A)],
    ),
    (
        "The governor said 9 villagers were killed, while community leaders put the toll at 26.",
        [("The governor", "killed", "9", A), ("community leaders", "killed", "26", A)],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), SECOND_SOURCE_PLURAL, ids=range(len(SECOND_SOURCE_PLURAL))
)
def test_a_plural_second_source_keeps_its_own_figure(text, rows):
    assert sources(text) == rows


# A number written with a thousands comma inside the source phrase does not cut it.
NUMBER_IN_SOURCE = [
    (
        "The 11,500-strong Kuru Liberation Front said it had killed 40 soldiers.",
        ("The 11,500-strong Kuru Liberation Front", "killed", "40", A),
    ),
    (
        "The 2,000-member Tana militia said 12 of its fighters died.",
        ("The 2,000-member Tana militia", "killed", "12", A),
    ),
]


@pytest.mark.parametrize(("text", "row"), NUMBER_IN_SOURCE, ids=range(len(NUMBER_IN_SOURCE)))
def test_a_thousands_comma_stays_inside_the_source(text, row):
    assert sources(text) == [row]


# "X denied A, but he did confirm B": the emphatic auxiliary is no part of the source,
# and what he confirms he asserts.
DID_CONFIRM = [
    (
        "The governor denied the troops looted the town, but he did confirm that two soldiers "
        "had been killed in the ambush.",
        ("The governor", "killed", "two", A),
    ),
    (
        "The rebel commander rejected the army's account but he did admit 6 fighters died.",
        ("The rebel commander", "killed", "6", A),
    ),
]


@pytest.mark.parametrize(("text", "row"), DID_CONFIRM, ids=range(len(DID_CONFIRM)))
def test_an_emphatic_did_leaves_the_source_and_its_stance(text, row):
    assert row in sources(text)


# "…, a figure rebel spokesman X denied": a source written in lower case after the
# claim noun denies the figure before it.
CLAIM_NOUN_THEN_SOURCE = [
    (
        "The army said 12 rebels were killed near Tamba, a figure rebel spokesman Musa Kane "
        "denied.",
        [("The army", "killed", "12", A), ("rebel spokesman", "killed", "12", D)],
    ),
    (
        "The ministry said 30 soldiers died, a claim local officials disputed.",
        [("The ministry", "killed", "30", A), ("local officials", "killed", "30", D)],
    ),
]


@pytest.mark.parametrize(
    ("text", "rows"), CLAIM_NOUN_THEN_SOURCE, ids=range(len(CLAIM_NOUN_THEN_SOURCE))
)
def test_a_lowercase_source_after_a_claim_noun_denies(text, rows):
    assert sources(text) == rows


# A report that speaks: "the report said" is the report named before, else itself.
REPORTS = [
    (
        "A leaked army report said 40 soldiers had died. In the worst clash, 18 soldiers were "
        "killed near Gao, the report said.",
        [("A leaked army report", "killed", "40", A), ("A leaked army report", "killed", "18", A)],
    ),
    (
        "In the worst clash, 18 soldiers were killed near Gao, the report said.",
        [("the report", "killed", "18", A)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), REPORTS, ids=range(len(REPORTS)))
def test_a_report_speaks_for_its_figures(text, rows):
    assert sources(text) == rows


def speakers(text: str) -> list[tuple]:
    """(source_raw, speaker, claim_type, value) of each candidate."""
    frame = extract(text)
    columns = ["source_raw", "speaker", "claim_type", "value"]
    return [tuple(row) for row in frame[columns].itertuples(index=False)]


# "Role Name who …": a clause after a person's name describes him; the role is the source
# and the name its speaker. A clause after a plain noun stays with it.
WHO_AFTER_A_NAME = [
    (
        "Tana province police spokesman Omar Wali who made this known in Kabul said 19 soldiers "
        "were killed.",
        [
            (
                "Tana province police spokesman",
                "Tana province police spokesman Omar Wali",
                "killed",
                "19",
            )
        ],
    ),
    (
        "District governor Paul Okello who visited the camp on Monday said 8 refugees died.",
        [("District governor", "District governor Paul Okello", "killed", "8")],
    ),
    (
        "Residents who fled the town said 12 people were killed.",
        [("Residents who fled the town", None, "killed", "12")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), WHO_AFTER_A_NAME, ids=range(len(WHO_AFTER_A_NAME)))
def test_a_clause_after_a_name_is_no_part_of_the_source(text, rows):
    assert speakers(text) == rows


# A toll brought up to date is a figure given: "…, a military official updated the casualties".
UPDATED = [
    (
        "Fighting in Lanao left at least 6 people killed and 9 others wounded, a military "
        "official updated the casualties on Friday.",
        [
            ("a military official", "killed", "at least 6", A),
            ("a military official", "wounded", "9", A),
        ],
    ),
    (
        "The army revised its casualty figures, saying 14 soldiers were killed.",
        [("The army", "killed", "14", A)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), UPDATED, ids=range(len(UPDATED)))
def test_updated_casualties_name_their_source(text, rows):
    assert sources(text) == rows


# A surname or "the colonel" later in the article names the person met before, with the
# role written before his name; a connector before the role ("but") is no part of it.
LATER_MENTIONS = [
    (
        "The army said 12 rebels were killed, but rebel spokesman Musa Kane said only 2 died. "
        "Kane added that 15 soldiers were killed.",
        ("rebel spokesman", "killed", "15", A),
    ),
    (
        "Col. Ali Sow said 12 rebels were killed. Rebel leader Musa Kane said 2 died. The "
        "colonel added that 4 soldiers were wounded.",
        ("Col. Ali Sow", "wounded", "4", A),
    ),
    (
        "Lt. Omar Bah said 9 bandits were killed. Residents said 3 herders died. The officer "
        "added that 2 soldiers were wounded.",
        ("Lt. Omar Bah", "wounded", "2", A),
    ),
]


@pytest.mark.parametrize(("text", "row"), LATER_MENTIONS, ids=range(len(LATER_MENTIONS)))
def test_a_later_mention_names_the_person_met_before(text, row):
    assert row in sources(text)


# "Name, army spokesman for northern Kivu": where the role serves is no institution; the
# word before the role is ("army", "police"). An "a" that opens a word is no article.
ROLE_FOR_A_PLACE = [
    (
        '"Two soldiers were killed," said Captain John Mbeki, army spokesman for northern Kivu.',
        ("army", "killed", "Two", A),
    ),
    (
        "Captain John Mbeki, army spokesman in eastern Ituri, said two soldiers were killed.",
        ("army", "killed", "two", A),
    ),
    (
        "Inspector Musa Dogo, police spokesman for Kano State, said 4 officers were killed.",
        ("police", "killed", "4", A),
    ),
    (
        "Major Ali Kanu, spokesman for the army in the north, said 3 soldiers were killed.",
        ("the army", "killed", "3", A),
    ),
    # an institution after "for" stays the source
    (
        "Ali Musa, spokesman for the Kuru Front, said 9 fighters were killed.",
        ("the Kuru Front", "killed", "9", A),
    ),
]


@pytest.mark.parametrize(("text", "row"), ROLE_FOR_A_PLACE, ids=range(len(ROLE_FOR_A_PLACE)))
def test_where_a_spokesman_serves_is_no_source(text, row):
    assert sources(text) == [row]


# "A spokesman for X, Colonel Lee": the institution after "for" is the source, a title and
# a surname after the comma its speaker.
ROLE_FOR_THEN_NAME = [
    (
        "A spokesman for the Ministry of Defence, Colonel Lee, told the BBC that 6 soldiers died.",
        ("the Ministry of Defence", "killed", "6", A),
    ),
    (
        "A spokesman for the army in Gao, Lt. Col. Ba, said 3 soldiers were killed.",
        ("the army", "killed", "3", A),
    ),
    # no name after the comma: the phrase stays
    (
        "A spokesman for the rebels, who asked not to be named, said 4 fighters died.",
        ("A spokesman for the rebels", "killed", "4", A),
    ),
]


@pytest.mark.parametrize(("text", "row"), ROLE_FOR_THEN_NAME, ids=range(len(ROLE_FOR_THEN_NAME)))
def test_a_role_for_an_institution_then_a_name(text, row):
    assert sources(text) == [row]

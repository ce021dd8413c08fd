"""Round 14, English attribution read on real reporting (invented sentences only): a
restriction between a source and its verb, voices inside a quotation its speaker closes,
how a source was reached before it, present verbs of an account, and reports that
indicate."""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _found(text: str) -> set[tuple]:
    """(source_raw, claim_type, value, stance) of each claim of a text."""
    return {(c[0], c[1], c[2], c[4]) for c in claims(text)}


# "has only confirmed", "merely said": a restriction on what is said, not part of who says it
RESTRICTED = [
    (
        "Meanwhile, Kadi Musa, spokesman for the district police, has only confirmed the "
        "deaths of 10 soldiers.",
        {("the district police", "killed", "10", "asserts")},
    ),
    (
        "The army only confirmed that 4 soldiers were killed in the ambush.",
        {("The army", "killed", "4", "asserts")},
    ),
    (
        "The governor has just announced that 23 villagers were abducted.",
        {("The governor", "captured", "23", "asserts")},
    ),
    (
        "The ministry merely said 6 policemen were wounded.",
        {("The ministry", "wounded", "6", "asserts")},
    ),
    (
        "Rebel commanders still insist that 40 soldiers were killed.",
        {("Rebel commanders", "killed", "40", "asserts")},
    ),
    # near misses: a focus before the source, a restriction of the count
    ("Only the army said that 12 soldiers died.", {("the army", "killed", "12", "asserts")}),
    (
        "Even the rebels admit that 40 fighters were killed.",
        {("the rebels", "killed", "40", "asserts")},
    ),
    ("The army said only 12 soldiers died.", {("The army", "killed", "12", "asserts")}),
]


@pytest.mark.parametrize(("text", "expected"), RESTRICTED)
def test_a_restriction_beside_the_verb_is_no_part_of_the_source(text, expected):
    assert _found(text) == expected


# A head inside a quotation whose subject is the closing speaker's own side is his account;
# the closing speaker speaks for the whole quotation, also before another voice inside it.
QUOTED = [
    (
        '"The army killed 14 rebels near Kadi on Sunday. Our troops confirmed about 30 '
        'wounded," a military spokesman said.',
        {
            ("a military spokesman", "killed", "14", "asserts"),
            ("a military spokesman", "wounded", "about 30", "asserts"),
        },
    ),
    (
        '"Our records show that 15 people died in the raid," the police spokesman said.',
        {("the police spokesman", "killed", "15", "asserts")},
    ),
    (
        '"Ground forces confirmed that 9 gunmen were killed," said the army spokesman.',
        {("the army spokesman", "killed", "9", "asserts")},
    ),
    (
        '"Our soldiers reported that 12 attackers were captured. Two escaped," the colonel said.',
        {("the colonel", "captured", "12", "asserts")},
    ),
    (
        "“My men said 20 bodies were found in the river,” the mayor told reporters.",
        {("the mayor", "killed", "20", "asserts")},
    ),
    # near misses: another side's voice inside the quotation keeps its own sentence
    (
        '"The rebels claimed they killed 50 soldiers. In fact only three died," the colonel said.',
        {("The rebels", "killed", "50", "asserts"), ("the colonel", "killed", "three", "asserts")},
    ),
    (
        '"Seven rebels died on Monday. Yesterday the ministry claimed it killed 110," the '
        "spokesman said.",
        {
            ("the spokesman", "killed", "Seven", "asserts"),
            ("the ministry", "killed", "110", "asserts"),
        },
    ),
]


# near miss: a tail inside the quotation keeps what it closes
QUOTED.append(
    (
        '"Twelve people were killed in Kadi, residents said, and 30 were wounded," the '
        "governor said.",
        {
            ("residents", "killed", "Twelve", "asserts"),
            ("the governor", "wounded", "30", "asserts"),
        },
    )
)


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_a_closing_speaker_speaks_for_his_own_side_inside_his_quotation(text, expected):
    assert _found(text) == expected


# "When contacted on phone, X said": how a source was reached, before a comma, is no part of it
REACHED = [
    (
        "When contacted on phone, the police spokesman in the state, Ali Bako, said only 15 "
        "people were killed.",
        {("the police spokesman in the state", "killed", "15", "asserts")},
    ),
    (
        "When reached by telephone, a local official said 8 farmers were killed.",
        {("a local official", "killed", "8", "asserts")},
    ),
    (
        "However, when contacted, the army spokesman said 5 soldiers were wounded.",
        {("the army spokesman", "wounded", "5", "asserts")},
    ),
    (
        "When interviewed by reporters on Monday, the governor said 30 houses were burned.",
        {("the governor", "destroyed", "30", "asserts")},
    ),
    (
        "Contacted by Reuters, a hospital official said 31 wounded people were admitted.",
        {("a hospital official", "wounded", "31", "asserts")},
    ),
    # near miss: reached with no comma after it stays after the source
    (
        "Two residents contacted by phone said 9 villagers were abducted.",
        {("Two residents", "captured", "9", "asserts")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), REACHED)
def test_how_a_source_was_reached_before_it_is_no_part_of_it(text, expected):
    assert _found(text) >= expected
    assert {c[0] for c in _found(text)} == {c[0] for c in expected}


# Present verbs of an account: "allege", "contend", "asserts", "affirmed"
ALLEGED = [
    (
        "Local officials in Kadi district, south of the capital, allege that 15 civilians "
        "were killed by soldiers.",
        ("Local officials in Kadi district", "killed", "15", "asserts"),
    ),
    (
        "Rights groups allege 22 protesters were shot dead.",
        ("Rights groups", "killed", "22", "asserts"),
    ),
    (
        "The rebels contend that 35 soldiers died in the fighting.",
        ("The rebels", "killed", "35", "asserts"),
    ),
    (
        "The army asserts that 11 insurgents were captured.",
        ("The army", "captured", "11", "asserts"),
    ),
    ("Police affirmed that 4 officers were wounded.", ("Police", "wounded", "4", "asserts")),
    (
        "The village chief alleges that 60 cattle were seized by the gunmen.",
        ("The village chief", "seized", "60", "asserts"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALLEGED)
def test_present_verbs_of_an_account_report(text, expected):
    assert expected in _found(text)


# "Latest reports indicate that …": reports are a source before "indicate that"
INDICATED = [
    (
        "Latest reports indicate that six police officers were killed and 17 others injured.",
        {
            ("Latest reports", "killed", "six", "asserts"),
            ("Latest reports", "wounded", "17", "asserts"),
        },
    ),
    (
        "Initial reports indicate that 12 people were abducted.",
        {("Initial reports", "captured", "12", "asserts")},
    ),
    (
        "Official figures indicate that 300 people have fled the town.",
        {("Official figures", "displaced", "300", "asserts")},
    ),
    (
        "Preliminary figures show 45 houses were burned.",
        {("Preliminary figures", "destroyed", "45", "asserts")},
    ),
    (
        "New York Times figures show that 12 people were killed.",
        {("New York Times", "killed", "12", "asserts")},
    ),
    # near miss: "indicate" without "that" reports nothing
    ("The signs indicate 12 people were killed.", set()),
]


@pytest.mark.parametrize(("text", "expected"), INDICATED)
def test_reports_that_indicate_are_a_source(text, expected):
    assert _found(text) == expected


# "claims made by X that …": the owner named after how its claim came out asserts it
MADE_BY = [
    (
        "The rebels have rejected claims made by the army that some 70 of their fighters have "
        "been killed.",
        {
            ("the army", "killed", "some 70", "asserts"),
            ("The rebels", "killed", "some 70", "denies"),
        },
    ),
    (
        "The army dismissed claims put forward by the rebels that 40 soldiers were captured.",
        {("the rebels", "captured", "40", "asserts"), ("The army", "captured", "40", "denies")},
    ),
    (
        "The ministry denied figures released by activists that 300 people were arrested.",
        {
            ("activists", "captured", "300", "asserts"),
            ("The ministry", "captured", "300", "denies"),
        },
    ),
    (
        "Police rejected reports issued by a local monitor that 12 villagers were abducted.",
        {
            ("a local monitor", "captured", "12", "asserts"),
            ("Police", "captured", "12", "denies"),
        },
    ),
    (
        "The governor disputed the claim made by residents that 25 houses were burned.",
        {
            ("residents", "destroyed", "25", "asserts"),
            ("The governor", "destroyed", "25", "denies"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), MADE_BY)
def test_the_owner_of_a_claim_made_by_it_asserts_it(text, expected):
    assert expected <= _found(text)


# A dateline before a head source: the place, date and wire are no part of it
DATELINES = [
    (
        "KADI (Reuters) -A rights group said soldiers killed at least 22 people in a raid.",
        ("A rights group", "killed", "at least 22", "asserts"),
    ),
    (
        "Bama, Mar 18 (EFE).- The rebels said they killed 16 soldiers.",
        ("The rebels", "killed", "16", "asserts"),
    ),
    (
        "KADI, June 4 (AFP) - Local officials said 9 people were abducted.",
        ("Local officials", "captured", "9", "asserts"),
    ),
    (
        "LAGOS (Reuters) — The police said 14 suspects were arrested.",
        ("The police", "captured", "14", "asserts"),
    ),
    (
        "Bama (dpa) - A local chief said 30 homes were burned.",
        ("A local chief", "destroyed", "30", "asserts"),
    ),
    # near miss: a body's acronym in brackets, no dash after it, is part of its name
    (
        "The Allied Democratic Forces (ADF) said they killed 16 soldiers.",
        ("The Allied Democratic Forces (ADF)", "killed", "16", "asserts"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_a_dateline_is_no_part_of_the_source(text, expected):
    assert expected in _found(text)


# "Adding that 4 civilians died, the mayor …": an opening participle of speech is its
# subject's account; the subject's own clause is not
OPENING = [
    (
        "Pointing out that three policemen were also killed in the battle on Tuesday and "
        'Wednesday in the south, Ali Kadir asked "who shot at them?".',
        {("Ali Kadir", "killed", "three", "asserts")},
    ),
    (
        "Adding that 4 civilians died, the mayor called for calm.",
        {("the mayor", "killed", "4", "asserts")},
    ),
    (
        "Denying that 30 soldiers were captured, the army said only two were missing.",
        {("the army", "captured", "30", "denies"), ("the army", "missing", "two", "asserts")},
    ),
    (
        "Noting that 12 rebels were killed, the governor praised the troops.",
        {("the governor", "killed", "12", "asserts")},
    ),
    (
        "Insisting that no civilians were wounded, the military spokesman, Col. Ali Sow, said "
        "the strike hit a depot.",
        {("the military spokesman", "wounded", "no", "asserts")},
    ),
    # near misses: the subject's own clause after it, and a participle of no speech
    (
        "Saying that it was afraid, the family left the village after 12 people were killed.",
        set(),
    ),
    (
        "Adding to the toll, 12 more people died, police said.",
        {("police", "killed", "12", "asserts")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENING)
def test_an_opening_participle_of_speech_is_its_subjects_account(text, expected):
    assert _found(text) == expected


def _sources(text: str) -> list[tuple]:
    """(source_raw, claim_type, value) of each claim of a text, in order."""
    return [(c[0], c[1], c[2]) for c in claims(text)]


# A name after "The" opening a sentence is a body's, no person's: "it" stands for it, "he"
# does not; a group's members named by what they are stand for the group named before
BODIES = [
    (
        "The Taliban said they killed 12 soldiers. It said 20 others were captured.",
        [("The Taliban", "killed", "12"), ("The Taliban", "captured", "20")],
    ),
    (
        "The RSF said it killed 12 soldiers. It added that 20 others were captured.",
        [("The RSF", "killed", "12"), ("The RSF", "captured", "20")],
    ),
    (
        "Al Shabaab said it killed 12 soldiers. It added that 20 others were captured.",
        [("Al Shabaab", "killed", "12"), ("Al Shabaab", "captured", "20")],
    ),
    (
        "The UN said 12 civilians were killed. It added that 20 were wounded.",
        [("The UN", "killed", "12"), ("The UN", "wounded", "20")],
    ),
    (
        "Army spokesman Ali Sow said 12 soldiers died. The Taliban said they killed 40. He "
        "added that 20 rebels were captured.",
        [
            ("Army spokesman", "killed", "12"),
            ("The Taliban", "killed", "40"),
            ("Army spokesman", "captured", "20"),
        ],
    ),
    (
        "The Taliban said they killed 12 soldiers. The militants also said they captured 20.",
        [("The Taliban", "killed", "12"), ("The Taliban", "captured", "20")],
    ),
    (
        "Al-Shabaab said it killed 12 soldiers. The insurgents added that 20 were captured.",
        [("Al-Shabaab", "killed", "12"), ("Al-Shabaab", "captured", "20")],
    ),
    # near misses: "he" after a body alone stays as written; rebels of no known group stay
    (
        "The Pentagon said 12 militants were killed. He said 20 others were captured.",
        [("The Pentagon", "killed", "12"), ("He", "captured", "20")],
    ),
    (
        "The army said 12 soldiers died. The rebels said they killed 30.",
        [("The army", "killed", "12"), ("The rebels", "killed", "30")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_a_body_named_after_the_is_no_person(text, expected):
    assert _sources(text) == expected


# "The spokesman" with no spokesman named before speaks for the latest body
SPOKESMEN = [
    (
        "The army said 12 soldiers were killed. The spokesman added that 20 rebels were captured.",
        [("The army", "killed", "12"), ("The army", "captured", "20")],
    ),
    (
        "Residents said 12 people died. The police said 5 died. The spokesman added that 20 "
        "were arrested.",
        [
            ("Residents", "killed", "12"),
            ("The police", "killed", "5"),
            ("The police", "captured", "20"),
        ],
    ),
    (
        "The Kadi State Police Command said 12 suspects were arrested. The spokeswoman said 3 "
        "officers were wounded.",
        [
            ("The Kadi State Police Command", "captured", "12"),
            ("The Kadi State Police Command", "wounded", "3"),
        ],
    ),
    # near misses: a spokesman named before is that one; a person is no body
    (
        "Army spokesman Col. Ali Sow said 12 soldiers were killed. The spokesman added that 20 "
        "rebels were captured.",
        [("Army spokesman", "killed", "12"), ("Army spokesman", "captured", "20")],
    ),
    (
        "The governor said 12 people died. The spokesman said 20 were wounded.",
        [("The governor", "killed", "12"), ("The spokesman", "wounded", "20")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPOKESMEN)
def test_the_spokesman_speaks_for_the_latest_body(text, expected):
    assert _sources(text) == expected


# Staffs and people: "Ukraine's General Staff" is a body, "chief of staff" a role of the army,
# "a watchman", "a security guard", "a hunter" are people who speak; "contrary to media
# reports" is no source
PEOPLE_AND_STAFFS = [
    (
        "Ukraine's General Staff said 12 Russian tanks were destroyed.",
        [("Ukraine's General Staff", "destroyed", "12")],
    ),
    (
        "Maj. Gen. Ali Sow, the army chief of staff, said 12 soldiers died.",
        [("the army", "killed", "12")],
    ),
    (
        "Ali Sow, chief of staff of the army, said 9 rebels were captured.",
        [("the army", "captured", "9")],
    ),
    (
        "Gunmen killed 12 people in Kadi overnight, a watchman told AFP.",
        [("a watchman", "killed", "12")],
    ),
    (
        "A security guard at the mine said 7 workers were abducted.",
        [("A security guard at the mine", "captured", "7")],
    ),
    ("A local hunter said 4 herders were shot dead.", [("A local hunter", "killed", "4")]),
    ("Twelve guards were killed in the attack, police said.", [("police", "killed", "Twelve")]),
    (
        "The rebel spokesman said that, contrary to numerous media reports, 40 soldiers died.",
        [("The rebel spokesman", "killed", "40")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_AND_STAFFS)
def test_staffs_and_people_who_speak(text, expected):
    assert _sources(text) == expected

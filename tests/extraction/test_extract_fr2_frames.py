"""French reporting frames whose subject does not open the sentence or meets its verb at
once: a place or a time set before it ("Au Tchad, un élu parle de …"), appositions set
off by commas between it and its verb ("Le FDLR, par la voix de son porte-parole, X,
parle de …"), a group named with a digit ("le M23"). Every sentence here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import claims

from claimtrack.extraction.french_frames import clause_frames
from claimtrack.extraction.sentences import shadow


def _frames(text: str) -> list[str]:
    return [a.phrase for a in clause_frames(text, shadow(text), [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where or when, before the subject
        ("Au Tchad, un élu parle de 30 morts.", ["un élu"]),
        ("Jeudi soir, des habitants évoquent 12 civils tués.", ["des habitants"]),
        ("Dans un communiqué, la coalition évoque plusieurs soldats tués.", ["la coalition"]),
        ("En Ituri, de son côté, un chef coutumier parle de 14 morts.", ["un chef coutumier"]),
        # appositions between the subject and its verb
        (
            "Le FDLR, par la voix de son porte-parole, Jean Mbaraga, parle de huit soldats tués.",
            ["Le FDLR"],
        ),
        ("Des habitants, joints par téléphone, évoquent 12 civils tués.", ["Des habitants"]),
        ("L'armée, qui a repoussé l'assaut, évoque 12 rebelles tués.", ["L'armée"]),
        # "mais" opening the sentence is no part of the source
        ("Mais de son côté, le groupe parle de trois morts.", ["le groupe"]),
        # a group whose name holds a digit speaks; a count does not
        ("Le M23 parle de six soldats tués.", ["Le M23"]),
    ],
)
def test_the_subject_of_a_reporting_verb_behind_a_fronted_phrase_or_appositions(text, expected):
    assert _frames(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Au moins 30 soldats, selon le bilan, évoquent des tirs.",  # "au moins": a count
        "Vingt soldats, deux policiers et un civil ont été tués.",  # no reporting verb
        "Plus de 40 habitants évoquent des tirs nourris.",  # a count is no speaker
        "Au final, onze villageois ont péri, a raconté un berger.",  # a clause, no apposition
    ],
)
def test_no_frame_where_a_count_opens_the_clause(text):
    assert _frames(text) == []


def test_the_count_is_the_fronted_subjects():
    text = (
        "Selon l'armée nigérienne, deux assaillants ont été tués. Mais de son côté, le "
        "groupe, par la voix de son chef, Amadou Sow, parle d'au moins neuf soldats tués."
    )
    got = [(s, t, v) for s, t, v, _, _ in claims(text)]
    assert ("l'armée nigérienne", "killed", "deux") in got
    assert ("le groupe", "killed", "au moins neuf") in got


@pytest.mark.parametrize(
    ("text", "denied", "own"),
    [
        (
            "Au Tchad, l'armée a annoncé 25 morts, un bilan contesté par les rebelles qui "
            "affirment avoir tué 14 soldats.",
            ("les rebelles", "killed", "25", "denies"),
            ("les rebelles", "killed", "14", "asserts"),
        ),
        (
            "Au Niger, le préfet a annoncé 30 morts, un bilan démenti par des villageois qui "
            "parlent de 70 morts.",
            ("des villageois", "killed", "30", "denies"),
            ("des villageois", "killed", "70", "asserts"),
        ),
    ],
)
def test_a_reporting_relative_after_a_denying_source_speaks_on_its_own_account(text, denied, own):
    got = {(s, t, v, st) for s, t, v, _, st in claims(text)}
    assert {denied, own} <= got

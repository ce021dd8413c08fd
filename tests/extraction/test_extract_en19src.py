"""Round 19, English attribution on invented sentences: a document named with a body's
modifier ("an Army statement", "a rebel video") is that body's, not the clause subject's.

Modules: ``source_documents``, ``own_subjects``, ``lexicon/source_words``.
"""

from __future__ import annotations

import pytest
from extract_helpers import claim_figures

A = "asserts"

OWNED_DOCUMENT = [
    ("Security forces were searching a village near Kadi when three soldiers were killed in "
     "an ambush, a Police statement said.",
     [("a Police statement", "killed", 3.0, A)]),
    ("The police stormed a house in Bama and arrested 12 suspects, a military statement said.",
     [("a military statement", "attacked", None, A),
      ("a military statement", "captured", 12.0, A)]),
    ("Government troops shelled the camp and killed six fighters, a Taliban video said.",
     [("a Taliban video", "killed", 6.0, A), ("a Taliban video", "shelling", None, A)]),
    # near misses: a modifier that names no body leaves the statement the subject's
    ("The army killed 12 rebels near Kadi, a separate statement said.",
     [("The army", "killed", 12.0, A)]),
    ("The police arrested 40 suspects in Bama, an official statement said.",
     [("The police", "captured", 40.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OWNED_DOCUMENT)
def test_a_body_named_before_a_document_owns_it(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


# "the report" after "according to a report issued by X": X's report, X speaks
THE_REPORT = [
    ("Twelve rebels were killed in Kadi, according to a report released Monday by the "
     'Defence Ministry. "Four soldiers were wounded," the report said.',
     [("the Defence Ministry", "killed", 12.0, A), ("the Defence Ministry", "wounded", 4.0, A)]),
    ("The rebels said in a new report that 20 soldiers died near Bama. The army said the "
     "town was calm. Three tanks were destroyed, the report added.",
     [("The rebels", "destroyed", 3.0, A), ("The rebels", "killed", 20.0, A)]),
    # near miss: reports denied are no document of the one who denies them
    ("The army denied reports that 12 soldiers were killed in Kadi. Four soldiers were "
     "wounded, the report said.",
     [("The army", "killed", 12.0, "denies"), ("the report", "wounded", 4.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), THE_REPORT)
def test_the_report_is_the_body_named_with_a_report(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


# "Initial reports from the region said …": the plural noun is no verb of a source "Initial"
REPORTS_AS_NOUNS = [
    ("Earlier reports from residents said nine soldiers were killed in the attack.",
     [("residents", "killed", 9.0, A)]),
    ("Local reports on Monday said 12 soldiers were killed near Bama.",
     [("Local reports", "killed", 12.0, A)]),
    # near miss: a verb with its object clause after the place stays a verb
    ("The army reports from Bama that 12 soldiers were killed.",
     [("The army", "killed", 12.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REPORTS_AS_NOUNS)
def test_reports_before_a_phrase_and_a_verb_are_a_noun(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


# "a raid in which the ministry said …": the source follows the relative adverb
AFTER_A_RELATIVE_ADVERB = [
    ("The clash follows a raid on a police post in which the Interior Ministry said 14 "
     "officers were killed.",
     [("the Interior Ministry", "killed", 14.0, A)]),
    ("The convoy was hit near Bama, where the army said nine soldiers died.",
     [("the army", "killed", 9.0, A)]),
    ("It was the worst attack since March, during which the rebels claimed they had killed "
     "40 soldiers.",
     [("the rebels", "killed", 40.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AFTER_A_RELATIVE_ADVERB)
def test_a_source_after_a_relative_adverb(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


# "JNIM took the camp, the group said": "the group" is the armed group the clause names
THE_GROUP_OF_THE_CLAUSE = [
    ("A jihadist group claimed an attack on Monday. Jama'at Nusrat al-Islam wal Muslimeen "
     "(JNIM) seized 5 trucks near Gao, the group said.",
     [("A jihadist group", "responsibility", None, A), ("JNIM", "seized", 5.0, A)]),
    ("Boko Haram fighters killed 30 villagers in Borno, the group said in a video.",
     [("Boko Haram", "killed", 30.0, A)]),
    # near miss: no group named in the clause
    ("Gunmen killed 12 villagers near Gao, the group said.",
     [("the group", "killed", 12.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), THE_GROUP_OF_THE_CLAUSE)
def test_the_group_is_the_armed_group_of_its_clause(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


# "• India claimed …": a list's marker opens no source
LIST_MARKERS = [
    ("Clashes on the border\n\n• India claimed it killed three Pakistani soldiers at the border",
     [("India", "killed", 3.0, A)]),
    ("Clashes in the north\n\n- Residents said 30 houses were burned in Kadi",
     [("Residents", "destroyed", 30.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LIST_MARKERS)
def test_a_list_marker_is_no_part_of_a_source(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


# "reported on the website of the ministry": where it was published names who speaks
CHANNEL_OF = [
    ("Forty soldiers were killed near Bama, reported on the website of the Defence Ministry.",
     [("the Defence Ministry", "killed", 40.0, A)]),
    ("Twelve rebels died in the raid, said a statement on the website of the Interior Ministry.",
     [("the Interior Ministry", "killed", 12.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CHANNEL_OF)
def test_the_owner_of_a_channel_speaks(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)

"""Round 20, English attribution on invented sentences. The sentence kinds:

- an opening time with no comma before the source ("Hours later the police said", "Last
  week the army said", "Three hours ago the observatory posted") and a linking adverb
  after it ("The rebels meanwhile said", "The police too said"): when, not who;
- a sentence whose source's verb reaches a colon ("The army said in a statement:") gives
  the paragraph after it, which names no one, to that source;
- a document named with its owner's channel ("according to a post on the army's Facebook
  page", "a statement posted on the official website of the ministry said"): the owner
  speaks, and "posted" after a document is how it came out, no verb of its own;
- a place's state office before a name ("Kano's police spokesman Ali Sow said"): the
  office speaks, not the place ("Kano"); a group's role ("Hamas's spokesman") stays the
  group's;
- reports from a place ("Reports from the region said"): the reports, not the place.

Modules: ``source_phrases``, ``lexicon/numbers``, ``lexicon/source_words``, ``lead_ins``,
``source_channels``, ``frames_verbs``, ``frames_reporting``, ``right_phrases``,
``source_speakers``, ``source_documents``.
"""

from __future__ import annotations

import pytest
from extract_helpers import claim_figures

A = "asserts"

TIME_BEFORE_SOURCE = [
    ("Gunmen stormed Bama. Hours later the police said 30 people were wounded.",
     [("the police", "wounded", 30.0, A)]),
    ("Gunmen stormed Bama. Two days later the governor said 12 villagers were killed.",
     [("the governor", "killed", 12.0, A)]),
    ("Gunmen stormed Bama. Last week the army said 40 rebels were killed near Kadi.",
     [("the army", "killed", 40.0, A)]),
    ("Gunmen stormed Bama. Later that day Reuters reported 9 people were missing.",
     [("Reuters", "missing", 9.0, A)]),
    ("Gunmen stormed Bama. This morning the mayor said 15 houses were burned.",
     [("the mayor", "destroyed", 15.0, A)]),
    ("Gunmen stormed Bama. The rebels meanwhile said 20 soldiers were killed.",
     [("The rebels", "killed", 20.0, A)]),
    ("Gunmen stormed Bama. The police too said 30 people were wounded.",
     [("The police", "wounded", 30.0, A)]),
    # near misses: a time word as an adjective of the source stays in it
    ("Gunmen stormed Bama. Later reports said 30 people were wounded.",
     [("Later reports", "wounded", 30.0, A)]),
    ("Gunmen stormed Bama. Earlier reports said 12 soldiers were killed.",
     [("Earlier reports", "killed", 12.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TIME_BEFORE_SOURCE)
def test_a_time_before_the_source_is_no_part_of_it(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


COLON_LEAD_IN = [
    ('Gunmen stormed Bama. The monitor said in a statement:\n\n"At least 20 fighters were '
     'killed by air strikes on the town. Six civilians were killed in Kadi."',
     [("The monitor", "killed", 20.0, A), ("The monitor", "killed", 6.0, A)]),
    ("The army posted on its page news of a raid near Kadi:\n\n12 rebels were killed in "
     "the raid.",
     [("The army", "killed", 12.0, A)]),
    # near misses: no source before the colon, a denial before it, or a paragraph after
    # the one that opens
    ("Here is what we know:\n\n12 rebels were killed in the raid.", []),
    ("The army rejected the rebels' account:\n\n12 soldiers were killed in the raid.",
     [("The army", "denied", None, "denies")]),
    ('The governor said:\n\n"Twelve villagers were killed."\n\nFour soldiers were wounded.',
     [("The governor", "killed", 12.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COLON_LEAD_IN)
def test_a_colon_after_the_verb_gives_the_next_paragraph(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


CHANNEL_OWNER = [
    ("Gunmen killed 12 villagers near Bama, according to a post on the police's Facebook "
     "page.",
     [("the police", "killed", 12.0, A)]),
    ("Gunmen killed 12 villagers near Bama, according to a statement posted on the "
     "official website of the governor.",
     [("the governor", "killed", 12.0, A)]),
    ("Gunmen killed 12 villagers near Bama, a statement posted on the army's website said.",
     [("the army", "killed", 12.0, A)]),
    ("A message published on the rebels' Telegram channel said 20 soldiers were killed.",
     [("the rebels", "killed", 20.0, A)]),
    # near misses: no owner named ("its page", "a local website"), or the owner speaks
    ("Gunmen killed 12 villagers near Bama, according to a statement on a local website.",
     [("a statement", "killed", 12.0, A)]),
    ("The army said in a statement posted on its website that 12 soldiers were killed.",
     [("The army", "killed", 12.0, A)]),
    ("The statement confirmed 12 soldiers were killed near Bama.",
     [("The statement", "killed", 12.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CHANNEL_OWNER)
def test_the_owner_of_a_channel_speaks_for_its_document(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


PLACE_OFFICE = [
    ("Gunmen stormed Bama. Kano's police spokesman Ali Sow said 30 people were wounded.",
     [("Kano's police spokesman", "wounded", 30.0, A)]),
    ("Gunmen stormed Bama. Borno State's civil defence spokesman said 12 people died.",
     [("Borno State's civil defence spokesman", "killed", 12.0, A)]),
    # near misses: a group's or a body's own role is its owner's
    ("Gunmen stormed Bama. Hamas's spokesman said 30 soldiers were wounded.",
     [("Hamas", "wounded", 30.0, A)]),
    ("Gunmen stormed Bama. The ministry's spokesman said 30 soldiers were wounded.",
     [("The ministry", "wounded", 30.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLACE_OFFICE)
def test_a_place_before_an_office_is_no_source(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


REPORTS_FROM_A_PLACE = [
    ("Reports from the region said 30 people were wounded near Bama.",
     [("Reports from the region", "wounded", 30.0, A)]),
    ("Reports from the Kadi area said nine soldiers were killed.",
     [("Reports from the Kadi area", "killed", 9.0, A)]),
    # near misses: reports from a body or from people are theirs
    ("Earlier reports from residents said nine soldiers were killed.",
     [("residents", "killed", 9.0, A)]),
    ("A statement from the district council said nine soldiers were killed.",
     [("the district council", "killed", 9.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REPORTS_FROM_A_PLACE)
def test_reports_from_a_place_are_no_place(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)

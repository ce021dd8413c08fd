"""Reporting frames of fresh English wire pages (issue 13, en4a): a tail source followed by
a longer adjunct that holds numbers ("…, the army said on 12 March", "…, medics said in
what was the third raid in 24 hours").

Sentences invented in the style of the pages, with look-alikes where the words after the
verb are what is said.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims

A, D = "asserts", "denies"


def sources(text: str) -> list[tuple]:
    """(source_raw, claim_type, value, stance) of each numeric candidate."""
    return [(c[0], c[1], c[2], c[4]) for c in claims(text) if c[2] is not None]


# A tail source, then when, where or how it spoke, numbers included.
TAIL_ADJUNCT = [
    (
        "Five soldiers were killed in the ambush, the army said on 12 March.",
        [("the army", "killed", "Five", A)],
    ),
    (
        "Three guards were wounded at the depot, the police said in a statement issued at 10 pm.",
        [("the police", "wounded", "Three", A)],
    ),
    (
        "Seven civilians died when the shell hit the market, residents said in what was the "
        "worst attack on the town since 2019.",
        [("residents", "killed", "Seven", A)],
    ),
    (
        "Two herders were killed near the well, local officials said late on Sunday, the "
        "third such raid in 48 hours.",
        [("local officials", "killed", "Two", A)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), TAIL_ADJUNCT, ids=range(len(TAIL_ADJUNCT)))
def test_a_tail_source_keeps_its_clause_across_a_numbered_adjunct(text, rows):
    assert sources(text) == rows


# What follows the verb is what is said: the source speaks for it, not for a tail.
SAID_AFTER = [
    (
        "The army said on Friday 12 rebels were killed in the raid.",
        [("The army", "killed", "12", A)],
    ),
    (
        "Six soldiers were killed, the ministry said in a statement that 20 rebels also died.",
        [("the ministry", "killed", "20", A)],
    ),
    # a dateline's comma before the source, then a clause with its claim verb: a head
    (
        "Gaza, (Wire - 6th Oct, 2024) The health ministry said on Sunday an Israeli strike on "
        "a school in central Gaza killed 31 people.",
        [("The health ministry", "killed", "31", A)],
    ),
    (
        "Kabul, (Wire) Officials said late on Monday a roadside bomb in the east killed four "
        "policemen.",
        [("Officials", "killed", "four", A)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), SAID_AFTER, ids=range(len(SAID_AFTER)))
def test_what_follows_the_verb_is_said(text, rows):
    assert sources(text) == rows


# "Citing X, Y said <count> were …": Y's verb opens what is said (a head, whatever the
# comma of the aside before it), and the cited X is where the figure comes from.
CITING_HEAD = [
    (
        "Citing a military source, the agency said nine soldiers were wounded.",
        [("a military source", "wounded", "nine", A)],
    ),
    (
        "Quoting a police source, the state broadcaster said three officers were killed.",
        [("a police source", "killed", "three", A)],
    ),
    (
        "Citing medics, the channel said two civilians had died.",
        [("medics", "killed", "two", A)],
    ),
    # the count before the comma: a tail as before
    ("Nine soldiers were wounded, the agency said.", [("the agency", "wounded", "Nine", A)]),
]


@pytest.mark.parametrize(("text", "rows"), CITING_HEAD, ids=range(len(CITING_HEAD)))
def test_a_cited_source_speaks_for_a_count_in_words(text, rows):
    assert sources(text) == rows


# A source in commas between a toll and its verb: the toll keeps its figure, the aside
# names its source.
TOLL_ASIDE = [
    (
        "The death toll, according to the Civil Defence, rose to 31.",
        [("the Civil Defence", "killed", "31", A)],
    ),
    ("The death toll, the ministry said, had risen to 45.", [("the ministry", "killed", "45", A)]),
    (
        "The toll from the shelling, according to medics, stood at 19.",
        [("medics", "killed", "19", A)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), TOLL_ASIDE, ids=range(len(TOLL_ASIDE)))
def test_a_toll_keeps_its_figure_across_a_source_aside(text, rows):
    assert sources(text) == rows


# A quotation interrupted by its speaker: the speaker speaks for both parts.
SPLIT_QUOTATION = [
    (
        '"Seven of our soldiers were killed," the spokesman said, "and 12 were wounded."',
        [("the spokesman", "killed", "Seven", A), ("the spokesman", "wounded", "12", A)],
    ),
    (
        '"Four guards died in the blast," the governor told reporters, "and nine were hurt."',
        [("the governor", "killed", "Four", A), ("the governor", "wounded", "nine", A)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), SPLIT_QUOTATION, ids=range(len(SPLIT_QUOTATION)))
def test_a_speaker_inside_a_quotation_speaks_for_both_parts(text, rows):
    assert sources(text) == rows


# Headline present forms: "X report/claim N …" reports a count; "N die" is a toll.
HEADLINE_PRESENT = [
    ("Villagers report 19 die in Sudan shelling", [("Villagers", "killed", "19", A)]),
    ("Rebels claim 40 soldiers killed in ambush", [("Rebels", "killed", "40", A)]),
    (
        "Medics report 12 dead in Gaza strike, army denies",
        [("Medics", "killed", "12", A), ("army", "killed", "12", D)],
    ),
    ("One soldier dies in blast, army says", [("army", "killed", "One", A)]),
    # "report" as a noun stays the document it is
    ("A UN report said 12 civilians died.", [("A UN report", "killed", "12", A)]),
]


@pytest.mark.parametrize(("text", "rows"), HEADLINE_PRESENT, ids=range(len(HEADLINE_PRESENT)))
def test_headline_present_forms_report_a_count(text, rows):
    assert sources(text) == rows


# "put the figure at N" with no count of its own in the sentence: the figure of what the
# sentence right before counted.
FIGURE_OF_BEFORE = [
    (
        "The army said 12 soldiers were killed in the attack. The rebels put the figure at 40.",
        [("The army", "killed", "12", A), ("The rebels", "killed", "40", A)],
    ),
    (
        "The ministry said 30 people were wounded. Medics put the figure at 45.",
        [("The ministry", "wounded", "30", A), ("Medics", "wounded", "45", A)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), FIGURE_OF_BEFORE, ids=range(len(FIGURE_OF_BEFORE)))
def test_a_figure_counts_what_the_sentence_before_counted(text, rows):
    assert sources(text) == rows

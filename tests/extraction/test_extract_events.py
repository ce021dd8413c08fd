"""Claims without a count: denials, presence, control (``extraction.events``)."""

from __future__ import annotations

import pytest
from extract_helpers import claims


@pytest.mark.parametrize(
    ("sentence", "claim_type"),
    [
        ("The rebels dismissed the toll provided by the government.", "killed"),
        ("The army denied any abuses against civilians.", "responsibility"),
        ("L'armée a démenti toute exaction.", "responsibility"),
        ("The group said no such attack had taken place.", "attacked"),
        ("The police said no fighting took place in the town.", "fighting"),
        ("Le maire a affirmé qu'aucun affrontement n'a eu lieu.", "fighting"),
        ("The military said the death toll was inflated.", "killed"),
        ("The army denied any deaths among its troops.", "killed"),
        ("The army spokesman denied the reported casualties.", "killed"),
    ],
)
def test_denials(sentence, claim_type):
    rows = claims(sentence)
    assert (rows[0][1], rows[0][4]) == (claim_type, "denies")


def test_presence_of_forces():
    rows = claims("The rebels said foreign troops had entered the town with tanks.")
    assert ("The rebels", "present", None, "foreign troops", "asserts") in rows


def test_control_needs_a_verb_phrase_not_the_noun():
    assert claims("Officials said police had set up a control post near the town.") == []
    rows = claims("The rebels said they control the town of Kidal.")
    assert [(r[0], r[1]) for r in rows] == [("The rebels", "controls")]

"""Definite descriptions of fresh English wire pages (issue 13, en4a): "the general", "the
colonel" stand for the officer named before with the rank abbreviated without a point or
hyphenated ("Maj Gen Rasool", "Brig-Gen Kyaw", "Lt-Col Bako").

Short dispatches invented in the style of the pages.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims

A = "asserts"


def sources(text: str) -> list[tuple]:
    """(source_raw, claim_type, value, stance) of each numeric candidate."""
    return [(c[0], c[1], c[2], c[4]) for c in claims(text) if c[2] is not None]


RANK_ABBREVIATED = [
    (
        "Brig-Gen Aung Min of the KNLA said 30 soldiers were killed. The general said his "
        "forces lost five fighters.",
        [
            ("Brig-Gen Aung Min of the KNLA", "killed", "30", A),
            ("Brig-Gen Aung Min of the KNLA", "killed", "five", A),
        ],
    ),
    (
        "Maj Gen Ali Hassan said one attacker was killed. Eight soldiers died in the ambush, "
        "said the general.",
        [("Maj Gen Ali Hassan", "killed", "one", A), ("Maj Gen Ali Hassan", "killed", "Eight", A)],
    ),
    (
        "Lt-Col Musa Bako said 14 insurgents were killed. The colonel said two soldiers were "
        "wounded.",
        [("Lt-Col Musa Bako", "killed", "14", A), ("Lt-Col Musa Bako", "wounded", "two", A)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), RANK_ABBREVIATED, ids=range(len(RANK_ABBREVIATED)))
def test_the_rank_stands_for_the_officer_named_with_it_abbreviated(text, rows):
    assert sources(text) == rows


def test_a_rank_word_inside_another_word_is_no_abbreviation():
    # "Genevieve" holds "Gen" but names no general: "the general" stays unresolved
    text = "Genevieve Sow said 12 people were hurt. The general said three soldiers died."
    assert ("Genevieve Sow", "killed", "three", A) not in sources(text)


# "the world body", "the rights body", "the regional bloc": a wire epithet of the body named
# before; a bare "the body" is a dead person's, never a source.
BODY_EPITHETS = [
    (
        "The UN refugee agency said 3,000 people had fled. The world body said at least 50 "
        "civilians had died.",
        [
            ("The UN refugee agency", "displaced", "3,000", A),
            ("The UN refugee agency", "killed", "at least 50", A),
        ],
    ),
    (
        "Amnesty International said 20 villagers were shot dead. The rights body said 40 "
        "homes were burned.",
        [
            ("Amnesty International", "killed", "20", A),
            ("Amnesty International", "destroyed", "40", A),
        ],
    ),
    ("The regional bloc said 40 soldiers were killed.", [("The regional bloc", "killed", "40", A)]),
]


@pytest.mark.parametrize(("text", "rows"), BODY_EPITHETS, ids=range(len(BODY_EPITHETS)))
def test_a_body_epithet_stands_for_the_body_named_before(text, rows):
    assert sources(text) == rows


def test_a_dead_body_is_no_source():
    text = "The body of a soldier was found near the base on Sunday, police said."
    assert all(c[0] != "The body" for c in claims(text))

"""Round 18, English attribution read on real reporting (invented sentences only): verbs of
a reply or a remark ("countered that", '"…," retorted X'), a document that "reads"."""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _numeric(text: str) -> list[tuple]:
    """(source_raw, claim_type, value, stance) of each claim with a value, sorted."""
    return sorted((c[0], c[1], c[2], c[4]) for c in claims(text) if c[2] is not None)


# "X countered that …", '"…," retorted X': a reply reports what follows or precedes it
REPLIES = [
    ("The army retorted that 12 insurgents were killed in the raid on Bama.",
     [("The army", "killed", "12", "asserts")]),
    ("A local chief observed that 20 people were abducted from the market.",
     [("A local chief", "captured", "20", "asserts")]),
    ("The rebels charged that soldiers shot dead 15 civilians in the village.",
     [("The rebels", "killed", "15", "asserts")]),
    ('"We lost only three men," countered a rebel commander.',
     [("a rebel commander", "killed", "three", "asserts")]),
    ('"The attackers killed nine farmers," the district head remarked.',
     [("the district head", "killed", "nine", "asserts")]),
    ('"Gunmen burned 30 houses," replied the police chief.',
     [("the police chief", "destroyed", "30", "asserts")]),
    # near misses: the verbs' other readings report nothing
    ("Troops responded to the attack and 12 insurgents were killed.", []),
    ("Both sides observed a truce after 12 soldiers were killed.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REPLIES)
def test_a_reply_or_remark_reports(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# '"…," the statement read', "A statement from X reads: …": a document's own words
DOCUMENTS_READ = [
    ('"Eleven soldiers died in the ambush," the army statement read.',
     [("the army statement", "killed", "Eleven", "asserts")]),
    ('The communique reads: "Troops neutralised 25 terrorists near Dikwa."',
     [("The communique", "killed", "25", "asserts")]),
    ('A statement from the police read in part: "Four officers were wounded."',
     [("the police", "wounded", "Four", "asserts")]),
    # near miss: a person who read something reports nothing
    ("The governor read the names of the 12 soldiers killed.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS_READ)
def test_a_document_that_reads_is_a_source(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)

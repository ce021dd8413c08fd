"""Responsibility read where it is given, not where a source reports what an attack did:
"held X responsible" blames X; "claimed the raid killed 14" is a toll the source gives,
no claim of the raid. Invented English sentences.

Modules: ``events``, ``lexicon/happenings``.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims


@pytest.mark.parametrize(
    ("sentence", "blamed"),
    [
        (
            "The army held Al-Nur fighters responsible for the ambush, a spokesman said.",
            "Al-Nur fighters",
        ),
        (
            "The governor said he holds the militia leaders accountable for the killings.",
            "militia leaders",
        ),
    ],
)
def test_counts3_held_responsible(sentence, blamed):
    rows = [r for r in claims(sentence) if r[1] == "responsibility"]
    assert [r[3] for r in rows] == [blamed]


@pytest.mark.parametrize(
    ("sentence", "toll"),
    [
        ("The militia claimed the raid killed 14 guards.", "14"),
        ("The group claimed the ambush left 12 soldiers dead.", "12"),
    ],
)
def test_counts3_claimed_toll_is_no_responsibility(sentence, toll):
    rows = claims(sentence)
    assert ("killed", toll) in {(r[1], r[2]) for r in rows}
    assert "responsibility" not in {r[1] for r in rows}


def test_counts3_claimed_attack_still_responsibility():
    assert "responsibility" in {
        r[1] for r in claims("The militia claimed the attack on the depot.")
    }

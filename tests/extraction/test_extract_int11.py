"""Round 11, found while merging: who is said to have done an attack. A French attack
noun names its attacker only with its verb ("l'attaque menée par X"), since the folded
noun "attaque par" is also the participle "attaqué par"; an army that carried out an
"operation" claims no attack's authorship. Invented sentences.

Modules: ``lexicon/happenings``.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims

A = "asserts"


def _responsible(text: str) -> list[tuple]:
    """(source, subject) of each responsibility claim."""
    return [(r[0], r[3]) for r in claims(text) if r[1] == "responsibility"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("L'attaque menée par des hommes armés a fait 5 morts, selon le maire.",
         [("le maire", "hommes armés")]),
        ("L'embuscade lancée par les rebelles a coûté la vie à 4 soldats, selon l'armée.",
         [("l'armée", "rebelles")]),
        ("Five were killed in an attack by militants, police said.",
         [("police", "militants")]),
        ("The army said it carried out the strike on Kadi.", [("The army", "strike")]),
        # near misses: a participle, and an operation
        ("Le village a été attaqué par des hommes armés, selon le maire.", []),
        ("Le poste a été attaqué par des jihadistes, a indiqué l'armée.", []),
        ("L'armée a indiqué avoir mené une opération militaire à Kadi.", []),
        ("The army said it carried out an operation in Kadi.", []),
        ("Troops conducted clearance operations near Kadi, the army said.", []),
    ],
)  # fmt: skip
def test_who_is_said_to_have_done_an_attack(sentence: str, expected: list[tuple]) -> None:
    assert _responsible(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Les talibans ont revendiqué l'attaque de Kadi.",
         [("Les talibans", "attaque de Kadi")]),
        ("Les shebab ont revendiqué l'attaque.", [("Les shebab", "attaque")]),
        ("Les houthis ont revendiqué l'attentat.", [("Les houthis", "attentat")]),
        ("Les Talibans ont revendiqué l'attaque.", [("Les Talibans", "attaque")]),
        # near miss: the group is the agent of the deed, the police the source
        ("Les talibans ont tué 12 soldats, selon la police.", []),
    ],
)  # fmt: skip
def test_a_group_written_in_lower_case_claims_an_attack(
    sentence: str, expected: list[tuple]
) -> None:
    assert _responsible(sentence) == expected

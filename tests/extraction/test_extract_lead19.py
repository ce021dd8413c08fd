"""Round 19, lead review of pages nobody wrote rules from. Invented sentences.

- A present-tense "states" reports a clause opened by a subject pronoun, as by "that"
  ("the army states it lost four men"); a noun "states" is followed by neither.
- A count that a toll frame opens ("Among the dead were three guards posted at …", "The
  dead included …") is of that toll, whatever participle follows the counted noun.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims, figure


def _rows(text: str) -> set[tuple]:
    """(source, claim_type, figure) of each claim with a figure."""
    return {(s, t, figure(v)) for s, t, v, _, _ in claims(text) if v is not None}


@pytest.mark.parametrize(
    "text",
    [
        "The militia says it killed 40 soldiers, but the army states it lost 4 soldiers.",
        "In its latest bulletin the army states they lost 4 soldiers in the ambush.",
    ],
)
def test_states_with_a_pronoun_clause_reports(text: str) -> None:
    assert ("the army", "killed", 4) in {(s.lower(), t, v) for s, t, v in _rows(text)}


def test_states_as_a_noun_is_no_verb() -> None:
    text = "A coalition of Gulf states backing the government said 12 rebels were killed."
    assert all(t != "killed" or s.startswith("A coalition") for s, t, _ in _rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "Among the dead were three guards posted at the gate, a village chief told AFP.",
        "The dead included three policemen stationed at the checkpoint, the governor said.",
    ],
)
def test_a_toll_frame_outranks_a_participle_after_the_count(text: str) -> None:
    rows = _rows(text)
    assert any(t == "killed" and v == 3 for _, t, v in rows)
    assert not any(t == "present" and v == 3 for _, t, v in rows)

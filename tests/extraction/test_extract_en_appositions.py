"""A speaker with a role in apposition before the verb ("Name, the army spokesman, said …"):
the clause after the verb is what was said, never an inverted source.

Before, "said troops killed 14" read "troops killed" as a source written after its verb,
and "said gunmen burned three homes" gave nothing (issue 13).
"""

from __future__ import annotations

import pytest
from test_extract_en_challenge import mismatches

A = "asserts"
CASES = [
    ("role-said-subject-verb-count", "Colonel Amadou Diallo, the army spokesman, said troops "
     "killed 14 fighters near Bora on Sunday.", [("army", "killed", 14, A)]),
    ("role-said-number-word", "Colonel Amadou Diallo, the army spokesman, said gunmen burned "
     "three homes.", [("army", "destroyed", 3, A)]),
    ("role-said-passive", "Colonel Amadou Diallo, the army spokesman, said 14 fighters were "
     "killed near Bora.", [("army", "killed", 14, A)]),
    # Look-alikes that stay inverted: the source after the verb ends the sentence.
    ("inverted-tail", "Fourteen fighters were killed, said the army on Sunday.",
     [("army", "killed", 14, A)]),
    ("inverted-quote-adding", '"We lost two men," said Colonel Ba, adding that 3 were wounded.',
     [("Colonel Ba", "killed", 2, A), ("Colonel Ba", "wounded", 3, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "gold"), CASES, ids=[c[0] for c in CASES])
def test_a_role_in_apposition_keeps_its_speaker(name, text, gold):
    assert mismatches(text, gold) == ([], []), name

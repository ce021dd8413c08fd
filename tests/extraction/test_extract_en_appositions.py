"""What follows "said" when the speaker comes before it ("Name, the army spokesman, said
troops killed 14", "said in a statement in Maiduguri that …"): what was said, or a place,
never an inverted source.

Before, "said troops killed 14" read "troops killed" as a source written after its verb,
and "said gunmen burned three homes" gave nothing (issue 13).
"""

from __future__ import annotations

import pytest
from extract_helpers import claims
from test_extract_en_challenge import mismatches

A = "asserts"
CASES = [
    ("role-said-subject-verb-count", "Colonel Amadou Diallo, the army spokesman, said troops "
     "killed 14 fighters near Bora on Sunday.", [("army", "killed", 14, A)]),
    ("role-said-number-word", "Colonel Amadou Diallo, the army spokesman, said gunmen burned "
     "three homes.", [("army", "destroyed", 3, A)]),
    ("role-said-passive", "Colonel Amadou Diallo, the army spokesman, said 14 fighters were "
     "killed near Bora.", [("army", "killed", 14, A)]),
    # A place after "said … in a statement" is no source: the one before the verb speaks.
    ("said-in-a-place-that", "A spokesman said in a statement in Maiduguri that four bombers "
     "and two villagers died.", [("spokesman", "killed", 4, A), ("spokesman", "killed", 2, A)]),
    ("inverted-place-after-source", "Two died, said a local official in Gao.",
     [("a local official", "killed", 2, A)]),
    # Look-alikes that stay inverted: the source after the verb ends the sentence.
    ("inverted-tail", "Fourteen fighters were killed, said the army on Sunday.",
     [("army", "killed", 14, A)]),
    ("inverted-quote-adding", '"We lost two men," said Colonel Ba, adding that 3 were wounded.',
     [("Colonel Ba", "killed", 2, A), ("Colonel Ba", "wounded", 3, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "gold"), CASES, ids=[c[0] for c in CASES])
def test_a_role_in_apposition_keeps_its_speaker(name, text, gold):
    assert mismatches(text, gold) == ([], []), name


# A rank before a name is the person's title, never the institution: "Major General X"
# is X, "ministry spokesman Major General X" is the ministry (before, the source came out
# as "Major General" or "…, Colonel").
RANKS = [
    ("Major General Ivan Petrov said 40 soldiers were killed.", "Major General Ivan Petrov"),
    ("Defence ministry spokesman Major General Ivan Petrov said 40 soldiers were killed.",
     "Defence ministry spokesman"),
    # the owner of a possessive role, as without the name ("The army's spokesman said")
    ("The army's spokesman, Colonel Abdoul Sow, said 12 soldiers were killed.", "The army"),
    ("Police spokesman Lieutenant Colonel Ali Musa said 9 people were killed.",
     "Police spokesman"),
    ("Army Commander Ali Musa said 9 soldiers were killed.", "Army Commander"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source"), RANKS)
def test_a_rank_before_a_name_is_a_title(text, source):
    assert {c[0] for c in claims(text)} == {source}

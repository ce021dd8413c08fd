"""What befell a count: the clause's participle over a describing one, and "killed or
injured" as one count of casualties (issue 13; invented sentences).

Before, "35 displaced civilians were killed" gave displaced 35, and "35 civilians were
killed or injured" gave killed 35 and wounded 35: each a figure the source never gave.
"""

from __future__ import annotations

import pytest
from test_extract_en_challenge import mismatches

A = "asserts"
CASES = [
    ("described-then-killed", "The governor said 35 displaced civilians were killed.",
     [("governor", "killed", 35, A)]),
    ("described-then-died", "Officials said two wounded soldiers later died.",
     [("Officials", "killed", 2, A)]),
    ("described-no-claim-after", "Officials said 12 wounded soldiers were evacuated.",
     [("Officials", "wounded", 12, A)]),
    ("displaced-noun", "Officials said the fighting left 2,000 displaced.",
     [("Officials", "displaced", 2000, A)]),
    ("killed-or-injured", "The governor said 35 civilians were killed or injured.",
     [("governor", "casualties", 35, A)]),
    ("tues-ou-blesses", "Le gouverneur a indiqué que 35 civils ont été tués ou blessés.",
     [("gouverneur", "casualties", 35, A)]),
    ("described-killed-or-injured", "The governor said 35 displaced civilians were killed "
     "or injured.", [("governor", "casualties", 35, A)]),
    ("either-killed-or-injured", "The governor said 35 civilians were either killed or "
     "injured.", [("governor", "casualties", 35, A)]),
    ("soit-tues-soit-blesses", "Selon le gouverneur, 35 civils ont été soit tués soit "
     "blessés.", [("gouverneur", "casualties", 35, A)]),
    # a casualty figure counts the dead and the wounded together; a death toll the dead
    ("casualty-figure", "An agency official put the casualty figure at six.",
     [("agency official", "casualties", 6, A)]),
    ("casualty-toll", "The casualty toll rose to 40, officials said.",
     [("officials", "casualties", 40, A)]),
    ("death-toll", "The agency put the death toll at 12.", [("agency", "killed", 12, A)]),
    # a wound named as a noun before its count, like "the death of"
    ("injury-to", "The governor said the strike resulted in the death of five people and "
     "injury to 30 others.", [("governor", "killed", 5, A), ("governor", "wounded", 30, A)]),
    ("injuries-to", "Officials said the blast caused injuries to 40 people.",
     [("Officials", "wounded", 40, A)]),
    # none of either is true of both
    ("none-killed-or-wounded", "The police chief said no one was killed or wounded.",
     [("police chief", "killed", 0, A), ("police chief", "wounded", 0, A)]),
    ("killed-and-injured-apart", "The governor said 35 civilians were killed and 12 injured.",
     [("governor", "killed", 35, A), ("governor", "wounded", 12, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "gold"), CASES, ids=[c[0] for c in CASES])
def test_what_befell_a_count(name, text, gold):
    assert mismatches(text, gold) == ([], []), name

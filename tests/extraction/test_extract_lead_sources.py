"""Sources seen on real pages and missed before (issue 13): armed people who speak for
their side ("The guerrillas claimed …"), and the body behind a document that comes out
"issued Thursday by" or "rendu public par" it.
"""

from __future__ import annotations

import pytest
from test_extract_en_challenge import mismatches

A = "asserts"
CASES = [
    ("guerrillas", "The guerrillas claimed to have killed five soldiers near Tolima.",
     [("guerrillas", "killed", 5, A)]),
    ("assaillants", "Les assaillants ont affirmé avoir tué 12 soldats.",
     [("assaillants", "killed", 12, A)]),
    ("islamists", "The Islamists said they had killed 20 soldiers.",
     [("Islamists", "killed", 20, A)]),
    ("hopital", "Selon un hôpital de la ville, 30 blessés ont été admis.",
     [("hôpital", "wounded", 30, A)]),
    # a document that came out on a day, or "rendu public", is its body's
    ("issued-day-by", "Thirty rebels were killed, according to a report issued Thursday by "
     "the Ministry of Defence.", [("Ministry of Defence", "killed", 30, A)]),
    ("released-on-day-by", "According to figures released on Monday by the UN mission, "
     "41 civilians were killed.", [("UN mission", "killed", 41, A)]),
    ("rendu-public-par", "Selon un bilan rendu public par l'armée, 146 personnes ont été tuées.",
     [("l'armée", "killed", 146, A)]),
    # "des" is a word of its own: "le bilan des autorités" is the authorities'
    ("bilan-des", "Selon le bilan provisoire des autorités, 33 personnes ont péri.",
     [("autorités", "killed", 33, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "gold"), CASES, ids=[c[0] for c in CASES])
def test_the_source_is_who_speaks_for_the_figure(name, text, gold):
    assert mismatches(text, gold) == ([], []), name


def test_a_known_name_with_a_possessive_is_that_actor():
    import pandas as pd

    from claimtrack.extraction.actors import guess_actors

    names = pd.Series(
        ["Al Shabaab’s military operations spokesman", "JNIM's spokesman", "the group's chief"]
    )
    assert guess_actors(names, "SO").tolist() == ["al_shabaab", "jnim", None]


def test_refuted_denies_what_follows():
    assert mismatches(
        "The ministry refuted reports that 30 soldiers died.",
        [("The ministry", "killed", 30, "denies")],
    ) == ([], [])

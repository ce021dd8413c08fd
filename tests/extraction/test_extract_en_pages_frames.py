"""English wire forms found on real news pages nobody here annotated (issue 13).

Each kind of sentence the page yardstick showed missing is tested on short sentences
invented for it (new names, numbers and places, the same structure), and on a sentence
that looks like it but must give nothing more.
"""

from __future__ import annotations

import pytest
from test_extract_en_challenge import mismatches

A, D = "asserts", "denies"
CASES = [
    # a restrictive relative names the speaker: "quoted a source who said …"
    ("who-said", "State radio quoted an unnamed army source who said 14 rebels were killed.",
     [("an unnamed army source", "killed", 14, A)]),
    ("who-said-quote", 'The agency quoted a local commander who said, "eight of our men, most '
     'of them young recruits, were killed by the raiders."',
     [("a local commander", "killed", 8, A)]),
    ("who-said-no-source-noun", "Two men who said 5 farmers were killed were arrested.",
     [("Two men", "killed", 5, A)]),
    # "put the figure at N": the figure of the count before it
    ("put-figure", "Ali Dune said 11 farmers were killed, while a police officer put the "
     "figure at 13.", [("Ali Dune", "killed", 11, A), ("a police officer", "killed", 13, A)]),
    ("put-figure-alone", "A village chief put the figure at 14.", []),
    ("put-casualties", "The monitor's director, Ali Dune, put rebel casualties at 31 dead and "
     "44 wounded.", [("Ali Dune", "killed", 31, A), ("Ali Dune", "wounded", 44, A)]),
    # a participle phrase before the subject is no source
    ("opening-participle", "Linked to the Kanto front, the Bora movement took responsibility "
     "for the raid, claiming to have killed eleven soldiers.",
     [("Bora movement", "killed", 11, A)]),
    ("speaking-to", "Speaking to reporters in Borla, the governor said 12 villagers were killed.",
     [("the governor", "killed", 12, A)]),
    # one of a count named right after ", including"
    ("including-one", "The army said it killed 40 rebels, including one commander.",
     [("The army", "killed", 40, A), ("The army", "killed", 1, A)]),
    ("including-a", "Bora said it killed 11 soldiers, including a senior officer.",
     [("Bora", "killed", 11, A), ("Bora", "killed", 1, A)]),
    ("including-a-no-count", "Bora said a resident, including a guard, saw the raid.", []),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "gold"), CASES, ids=[c[0] for c in CASES])
def test_each_page_form_gives_its_sourced_figures(name, text, gold):
    missed, extra = mismatches(text, gold)
    assert (missed, extra) == ([], []), name

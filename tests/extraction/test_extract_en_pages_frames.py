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
    # a person who opens a sentence with no source is whom the next "he" stands for
    ("he-after-actor", "A senior official said 9 people died. But Brigadier Tom Odu, "
     "chief of security in the region, blamed bandits. He said four men had been killed.",
     [("A senior official", "killed", 9, A), ("Brigadier Tom Odu", "killed", 4, A)]),
    ("he-after-victim", "A senior official said 9 people died. Colonel Ali Baba was killed in "
     "the raid. He said 30 soldiers were killed.",
     [("A senior official", "killed", 9, A), ("A senior official", "killed", 30, A)]),
    # "…, an assertion denied by X": X denies the figure said before
    ("denied-by", "Villagers said 30 farmers had been killed, an assertion denied by "
     "the army.", [("Villagers", "killed", 30, A), ("the army", "killed", 30, D)]),
    ("disputed-by", "The rebels said they killed 40 soldiers, a figure disputed by the army.",
     [("The rebels", "killed", 40, A), ("the army", "killed", 40, D)]),
    ("figures-by-no-denial", "The rebels said they killed 40 soldiers, figures compiled by "
     "the army.", [("The rebels", "killed", 40, A)]),
    # counts described after their noun, coordinated before one participle
    ("loyal-to", "About 40 fighters from the Kanto rebel group and 15 policemen loyal to the "
     "governor were killed near Borla, officials said.",
     [("officials", "killed", 40, A), ("officials", "killed", 15, A)]),
    ("members-of", "Six guards of the mayor and two drivers from the town were killed, "
     "residents said.", [("residents", "killed", 6, A), ("residents", "killed", 2, A)]),
    ("it-after-body", "The army issued a statement on Monday. It said 30 militants were "
     "killed.", [("The army", "killed", 30, A)]),
    ("it-after-event", "The police said 5 died. The attack happened at dawn. It said 4 were "
     "wounded.", [("The police", "killed", 5, A), ("The police", "wounded", 4, A)]),
    # "which the army said was repelled": the army speaks for the relative clause only
    ("which-said-clause", "Twelve soldiers died in the attack on the base, which the army said "
     "was repelled.", []),
    ("which-denied", "Rebels said 30 soldiers died, which the army denied.",
     [("Rebels", "killed", 30, A), ("the army", "killed", 30, D)]),
    # people destroyed are people killed; things destroyed stay destroyed
    ("destroyed-people", '"We destroyed 17 Kanto soldiers and two of their trucks," he told '
     "reporters.", [("he", "killed", 17, A), ("he", "destroyed", 2, A)]),
    # "…, said its fighters killed 20": what was said, not an inverted source
    ("said-its-fighters", "The Kanto front, in a statement carried by its news agency, said "
     "its fighters killed 20 soldiers.", [("Kanto front", "killed", 20, A)]),
    ("said-its-spokesman", '"We lost two men," said its spokesman Ali Bako.',
     [("Ali Bako", "killed", 2, A)]),
    ("advisor", "The president's advisor said 700 soldiers have been killed.",
     [("The president's advisor", "killed", 700, A)]),
    ("modifier-own-clause", "The army said it killed 5 soldiers from a town where rebels were "
     "captured.", [("The army", "killed", 5, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "gold"), CASES, ids=[c[0] for c in CASES])
def test_each_page_form_gives_its_sourced_figures(name, text, gold):
    missed, extra = mismatches(text, gold)
    assert (missed, extra) == ([], []), name

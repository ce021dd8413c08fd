"""Round 21, English attribution on invented sentences. The sentence kinds:

- a subject pronoun right before a verb of speech inside a longer phrase ("accused the
  rebels of shelling a market in a strike it said killed 9", "condemned what it said was
  an attack"): the pronoun is the whole source, resolved to whom it stands for, not the
  words before it;
- a sentence with no source between two sentences of one voice, the second closing on a
  word that stands for it ("The army said … . In the first raid, 22 were killed. …, the
  statement said.", "… . 4 died in the back of the truck. A rifle was found there, he
  said."): the middle sentence is that voice's account. Not when the closing voice is
  another one, a name, or "another official", nor for the outlet's background;
- "Name, description of someone, who …, said" (a relative clause after an apposition):
  the name and its description, as without the relative ("Ali Musa, father of Omar
  Musa, who was killed in the raid, said" gives "Ali Musa, father of Omar Musa");
- the two parties speaking together ("…, both sides confirmed", "The two sides said"):
  a source, though "both" opens no other source ("Both the army and the rebels said":
  two sources; "Officials on both sides said": the officials).

Modules: ``source_phrases``, ``said_between``, ``core``, ``source_names``,
``lexicon/source_words``.
"""

from __future__ import annotations

import pytest
from extract_helpers import claim_figures

A = "asserts"

PRONOUN_SUBJECT = [
    ("The army accused the rebels of shelling a market in Kadi in a strike it said killed "
     "9 civilians.",
     [("The army", "killed", 9.0, A), ("The army", "responsibility", None, A)]),
    ("The governor accused the militia of an ambush near Bama that he said left 14 "
     "soldiers dead.",
     [("The governor", "killed", 14.0, A), ("The governor", "responsibility", None, A)]),
    ("The rebels accused the air force of a raid on Kuda they said killed 20 villagers.",
     [("The rebels", "killed", 20.0, A), ("The rebels", "responsibility", None, A)]),
    # a pronoun already alone before its verb keeps working
    ("The police arrived in Bama. They said 12 people were wounded.",
     [("The police", "wounded", 12.0, A)]),
    # near miss: a word ending in a pronoun's letters is no pronoun
    ("Musa Ashe said 7 villagers were killed.",
     [("Musa Ashe", "killed", 7.0, A)]),
    ("Governor Ali Dewit said 7 villagers were killed.",
     [("Governor Ali Dewit", "killed", 7.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PRONOUN_SUBJECT)
def test_a_subject_pronoun_is_the_whole_source(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


BETWEEN_ONE_VOICE = [
    ("The army said 35 rebels were killed in two raids. In the first raid near Kadi, 22 "
     "rebels were killed. Both raids took place at night, the statement said.",
     [("The army", "killed", 35.0, A), ("The army", "killed", 22.0, A)]),
    ("The police chief said gunmen attacked the checkpoint at dawn. Four attackers were "
     "killed in the back of a truck. A rifle was also found there, he said.",
     # the rifle found is seized (en21cnt), in the same voice
     [("The police chief", "attacked", None, A), ("The police chief", "killed", 4.0, A),
      ("The police chief", "seized", 1.0, A)]),
    ("The defence ministry said the rebels shelled Kuda. Two soldiers were killed. It was "
     "the second attack this week, the ministry said.",
     [("The defence ministry", "killed", 2.0, A)]),
    # near misses: the closing voice is another one, or someone new
    ("The army said 35 rebels were killed near Kadi. Four soldiers were wounded. The "
     "toll is the highest this year, the police said.",
     [("The army", "killed", 35.0, A)]),
    ("The army said 35 rebels were killed near Kadi. Four soldiers were wounded. The "
     "roads were closed, another official said.",
     [("The army", "killed", 35.0, A)]),
    # the outlet's background between them is nobody's account
    ("The army said 35 rebels were killed near Kadi. Since 2012, the rebels have killed "
     "300 soldiers. The raid was planned for weeks, the statement said.",
     [("The army", "killed", 35.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BETWEEN_ONE_VOICE)
def test_a_sentence_between_two_of_one_voice_is_its_account(
    text: str, expected: list[tuple]
) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


RELATIVE_AFTER_APPOSITION = [
    ("Ali Musa, father of 19-year-old Omar Musa, who was killed in the raid, said 3 "
     "soldiers were killed.",
     [("Ali Musa, father of 19-year-old Omar Musa", "killed", 3.0, A)]),
    ("Ali Musa, a brother of one of the dead, who lives in Kadi, said 3 soldiers were killed.",
     [("Ali Musa, a brother of one of the dead", "killed", 3.0, A)]),
    # near misses: a relative after a body alone, or after a document's participle
    ("Russia, which backs the government, said 3 soldiers were killed.",
     [("Russia", "killed", 3.0, A)]),
    ("The statement, signed by Col. Ali Sow, said 3 soldiers were killed.",
     [("The statement", "killed", 3.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELATIVE_AFTER_APPOSITION)
def test_a_relative_after_an_apposition_keeps_the_name(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


BOTH_SIDES = [
    ("Fighting broke out near Kuda on Monday, both sides said.",
     [("both sides", "fighting", None, A)]),
    ("Both sides said 12 soldiers were killed near Kuda.",
     [("Both sides", "killed", 12.0, A)]),
    ("The two sides said 12 soldiers were killed near Kuda.",
     [("The two sides", "killed", 12.0, A)]),
    # near misses: "both" before two sources, and sides inside a longer source
    ("Both the army and the rebels said 12 soldiers were killed.",
     [("the army", "killed", 12.0, A), ("the rebels", "killed", 12.0, A)]),
    ("Officials on both sides said 12 soldiers were killed near Kuda.",
     [("Officials on both sides", "killed", 12.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BOTH_SIDES)
def test_both_sides_speak_together(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)

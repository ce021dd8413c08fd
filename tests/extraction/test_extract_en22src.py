"""Round 22, English sources and attribution on invented sentences. The sentence kinds:

- a dateline that lost its dash: a place in capitals before the source's article or a
  possessive ("KHARTOUM Darfur's main rebel group said", "KABUL The Taliban said") is no
  part of the source; an acronym that is a body ("NATO forces", "MONUSCO said", "AMISOM
  Commander X") still is;
- a participle after a determiner and a superlative is an adjective, not a verb of speech
  ("in the biggest reported ambush", "the deadliest reported attack", "the most recent
  reported clash"), as it is right after the determiner ("the alleged attack"); "The West
  reported" stays a verb;
- a page's label alone on its line ("Related Posts", "Read more") names nobody that a
  "they" or "it" after it could stand for;
- a closing pronoun after a counted subject ("Three women were injured, it said"): the
  counted subject is what the claim counts, never its speaker; the pronoun stands for the
  source before, as across sentences; an uncounted subject is still the pronoun's ("The
  rebels seized the town of Kapa, they said");
- a passive denial's agent ends before what the denial calls the claim ("dismissed by the
  government as false propaganda": the government);
- which of a source's accounts, between the source and its verb ("The army first reported
  …", "originally said"), is no part of the source;
- a place's office ("Kadi's mayor said", "Name, the region's governor, said", "the Kadi
  valley's top police official"): a place is no speaker, the office is; a body's role
  still gives the body ("The army's spokesman", "The Islamic State's spokesman").

Modules: ``source_phrases``, ``frames_verbs``, ``sources``, ``own_subjects``,
``frames_inverted``, ``source_speakers``, ``lexicon/source_words``.
"""

from __future__ import annotations

import pytest
from extract_helpers import claim_figures

A = "asserts"
D = "denies"

DATELINES = [
    ("KHARTOUM Darfur's main rebel group said it killed 30 soldiers.",
     [("Darfur's main rebel group", "killed", 30.0, A)]),
    ("KABUL The Taliban said they killed 12 policemen.",
     [("The Taliban", "killed", 12.0, A)]),
    ("ADDIS ABABA The army said it killed 30 rebels.",
     [("The army", "killed", 30.0, A)]),
    # near misses: an acronym that is the body, or a modifier of the source
    ("NATO forces said they killed 30 militants.",
     [("NATO forces", "killed", 30.0, A)]),
    ("MONUSCO said 14 civilians were killed in Beni.",
     [("MONUSCO", "killed", 14.0, A)]),
    ("AMISOM Commander Ali Sow said 30 militants were killed.",
     [("AMISOM Commander", "killed", 30.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_a_dateline_without_its_dash_is_no_part_of_the_source(
    text: str, expected: list[tuple]
) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


SUPERLATIVE_PARTICIPLES = [
    ("The rebels said they ambushed a convoy, killing 30 soldiers in the biggest reported "
     "ambush in weeks.",
     [("The rebels", "attacked", None, A), ("The rebels", "killed", 30.0, A)]),
    ("The army said 30 soldiers died in the deadliest reported attack.",
     [("The army", "killed", 30.0, A)]),
    ("The police said 8 people were killed in the most recent reported clash.",
     [("The police", "killed", 8.0, A)]),
    # near misses: right after the determiner, as before; a noun in -est is no superlative
    ("The army said 30 soldiers died in the alleged attack.",
     [("The army", "killed", 30.0, A)]),
    ("The West reported that 30 soldiers died.",
     [("The West", "killed", 30.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SUPERLATIVE_PARTICIPLES)
def test_a_participle_after_a_superlative_is_no_verb_of_speech(
    text: str, expected: list[tuple]
) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


PAGE_LABELS = [
    ("The army said it killed 20 militants near Kadi.\n\nRelated Posts\n\nThey also "
     "claimed to have arrested about thirty suspects.",
     [("The army", "captured", 30.0, A), ("The army", "killed", 20.0, A)]),
    ("The army said it killed 20 militants near Kadi.\n\nRead more\n\nIt also said 12 "
     "rifles were seized.",
     [("The army", "killed", 20.0, A), ("The army", "seized", 12.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PAGE_LABELS)
def test_a_page_label_is_no_antecedent(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


COUNTED_SUBJECTS = [
    ("A police report said two children were killed in the strike. Three women were "
     "injured, it said.",
     [("A police report", "killed", 2.0, A), ("A police report", "wounded", 3.0, A)]),
    ("The police said two children were killed. 12 soldiers were wounded, they said.",
     [("The police", "killed", 2.0, A), ("The police", "wounded", 12.0, A)]),
    # near miss: an uncounted subject is still whom the pronoun stands for
    ("The rebels seized the town of Kapa, they said.",
     [("The rebels", "seized", 1.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COUNTED_SUBJECTS)
def test_a_counted_subject_is_no_closing_pronouns_speaker(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


AGENT_BEFORE_AS = [
    ("These claims were dismissed by the government as false propaganda.",
     [("the government", "denied", None, D)]),
    ("The rebels said 40 soldiers were killed. The toll was rejected by the army as "
     "exaggerated.",
     [("The rebels", "killed", 40.0, A), ("the army", "killed", None, D)]),
    # near miss: the agent's own account after it is still read
    ("The toll was rejected by the army, which said 12 soldiers died.",
     [("the army", "killed", 12.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AGENT_BEFORE_AS)
def test_a_passive_denials_agent_ends_before_as(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


WHICH_ACCOUNT = [
    ("The Thai army first reported a death toll of nine civilians.",
     [("The Thai army", "killed", 9.0, A)]),
    ("The police originally said 4 people were wounded.",
     [("The police", "wounded", 4.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WHICH_ACCOUNT)
def test_which_account_is_no_part_of_the_source(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


PLACE_OFFICES = [
    ("Kadi's mayor said there had been no casualties.",
     [("Kadi's mayor", "casualties", 0.0, A)]),
    ("Ali Sow, the region's governor, said 3 people were killed.",
     [("the region's governor", "killed", 3.0, A)]),
    ("Ali Sow, the Kadi valley's top police official, said 3 people were killed.",
     [("the Kadi valley's top police official", "killed", 3.0, A)]),
    # near misses: a body's role gives the body
    ("The army's spokesman said 3 people were killed.",
     [("The army", "killed", 3.0, A)]),
    ("The Islamic State's spokesman said 3 people were killed.",
     [("The Islamic State", "killed", 3.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLACE_OFFICES)
def test_a_place_speaks_through_its_office(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)

"""Every claim-word entry of the extraction lexicon, each in a short invented sentence.

A lexicon key is a pattern; its example word is the pattern with optional endings dropped
(checked to match the pattern itself), set in an English and a French reporting frame.
"""

from __future__ import annotations

import re
import warnings

import pytest

import claimtrack as ct
from claimtrack.extraction.lexicon.happenings import CLAIM_PARTICIPLES, CLAIM_VERBS, EVENT_PHRASES
from claimtrack.extraction.lexicon.numbers import TOLL_NOUNS

# Frames: {w} is the claim word, the count and source are fixed. Things for the types whose
# object is a thing or a place, people for the rest.
PARTICIPLE_FRAMES = (
    "The army said 12 {obj} were {w} in Kayes.",
    "L'armée a déclaré que 12 {obj_fr} ont été {w} à Kayes.",
)
VERB_FRAMES = (
    "The army said it {w} 12 {obj} in Kayes.",
    "L'armée a déclaré avoir {w} 12 {obj_fr} à Kayes.",
)
THINGS = {"seized", "destroyed", "damaged", "attacked", "controls"}
# Entries that never fire in their frame: known gaps, kept visible until the lexicon is rebuilt
# (issue 13). strict: a fixed gap fails here until it is taken off the list.
GAPS = {
    "vise(?:e|s|es)?": "'ont été visés' is not an attack: attacks go through ATTACK_VERBS",
}


def _cases(table: dict[str, str]) -> list:
    return [
        pytest.param(p, t, marks=pytest.mark.xfail(reason=GAPS[p], strict=True))
        if p in GAPS
        else (p, t)
        for p, t in sorted(table.items())
    ]


def example(pattern: str) -> str:
    """A word the pattern matches: optional groups dropped, first of each alternative."""
    word = re.sub(r"\(\?:[^()]*\)\?", "", pattern)
    word = re.sub(r"\(\?:([^|()]*)[^()]*\)", r"\1", word)
    word = re.sub(r"\[(\w)\w*\]", r"\1", word).replace("?", "")
    assert re.fullmatch(pattern, word), (pattern, word)
    return word


def found(frames: tuple[str, ...], word: str, claim_type: str) -> set[str]:
    things = claim_type in THINGS
    obj, obj_fr = ("posts", "postes") if things else ("soldiers", "soldats")
    types: set[str] = set()
    for frame in frames:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            raw = ct.extract(frame.format(w=word, obj=obj, obj_fr=obj_fr), "lexicon-test")
        types |= set(raw["claim_type"])
    return types


@pytest.mark.parametrize(("pattern", "claim_type"), _cases(CLAIM_PARTICIPLES))
def test_each_participle_gives_its_claim_type(pattern, claim_type):
    assert claim_type in found(PARTICIPLE_FRAMES, example(pattern), claim_type)


@pytest.mark.parametrize(("pattern", "claim_type"), _cases(CLAIM_VERBS))
def test_each_claim_verb_gives_its_claim_type(pattern, claim_type):
    assert claim_type in found(VERB_FRAMES, example(pattern), claim_type)


@pytest.mark.parametrize(("noun", "claim_type"), sorted(TOLL_NOUNS.items()))
def test_each_toll_noun_makes_a_count_a_claim(noun, claim_type):
    sentence = f"The army said there were 12 {noun} in Kayes."
    assert claim_type in found((sentence,), noun, claim_type)


def test_the_example_word_of_a_pattern():
    assert example("peri(?:e|s|es)?") == "peri"
    assert example("neutrali[sz]ed") == "neutralised"
    assert example("captur(?:e|es|ee|ees)") == "capture"


# Each claim type the event table gives, in an invented sentence of each language.
EVENT_SENTENCES = {
    "defeated": (
        "The army said it repulsed the assault on the camp.",
        "Le groupe affirme avoir mis en déroute la colonne.",
    ),
    "fighting": (
        "Witnesses said clashes broke out near the market.",
        "Selon des habitants, des affrontements ont éclaté près du marché.",
    ),
    "crashed": (
        "The ministry said a transport plane crashed near the base.",
        "Selon l'armée, un hélicoptère s'est écrasé près de la base.",
    ),
}


def test_every_event_type_has_sentences():
    assert set(EVENT_SENTENCES) == set(EVENT_PHRASES.values())


@pytest.mark.parametrize(
    ("claim_type", "sentence"),
    [(t, s) for t, pair in sorted(EVENT_SENTENCES.items()) for s in pair],
)
def test_each_event_phrase_gives_its_claim_type(claim_type, sentence):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw = ct.extract(sentence, "lexicon-test")
    assert claim_type in set(raw["claim_type"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the attack was carried out by 200 gunmen.",
        "Selon l'armée, l'embuscade a été tendue par des centaines de combattants.",
        "The army said the convoy was hit by a group made up of 40 fighters.",
    ],
)
def test_a_count_of_fighters_by_whom_an_attack_came_is_attackers(sentence):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw = ct.extract(sentence, "lexicon-test")
    assert "attackers" in set(raw["claim_type"])


def test_fighting_is_not_claimed_beside_a_count():
    # "killed in a gunfight": the count is the claim, the fight its setting.
    raw = ct.extract("Police said two men were killed in a gunfight.", "lexicon-test")
    assert set(raw["claim_type"]) == {"killed"}

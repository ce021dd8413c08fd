"""Round 17, English attribution read on real reporting (invented sentences only): "X
described the claim as …" (no inverted frame), a person with two descriptions in commas,
and the "he" after them."""

from __future__ import annotations

import warnings

import pytest
from extract_helpers import claims

import claimtrack as ct
from claimtrack.extraction.attribution import find_attributions
from claimtrack.extraction.sentences import split_sentences


def _found(text: str) -> set[tuple]:
    """(source_raw, claim_type, value, stance) of each claim of a text."""
    return {(c[0], c[1], c[2], c[4]) for c in claims(text)}


def _phrases(sentence: str) -> list[tuple[str, str]]:
    """(phrase, kind) of each attribution of one sentence."""
    return [(a.phrase, a.kind) for a in find_attributions(split_sentences(sentence)[0])]


# "X, however, described the claim as lies": X is the subject, "the claim" no inverted source
DESCRIBED_AS = [
    (
        'Army spokesman Ali Musa, however, described the rebel claim as "lies".',
        "Army spokesman Ali Musa",
    ),
    ("The governor, meanwhile, described the militia reports as baseless.", "The governor"),
    ('Colonel Ba, for his part, dismissed the rebel account as "propaganda".', "Colonel Ba"),
]


@pytest.mark.parametrize(("sentence", "source"), DESCRIBED_AS)
def test_described_as_has_its_source_before_the_verb(sentence, source):
    found = _phrases(sentence)
    assert all(kind != "inverted" for _, kind in found)
    assert found
    assert found[0][0] == source


def test_the_he_after_a_description_sentence_is_its_speaker():
    text = (
        "The rebels said they seized the town. Army spokesman Ali Musa, however, described"
        ' the rebel claim as "lies". "We killed more than 40 rebels," he told state radio.'
    )
    assert ("Army spokesman", "killed", "more than 40", "asserts") in _found(text)


def test_an_inverted_source_still_reads_after_a_quote():
    assert _phrases('"Twelve soldiers died," said the army spokesman.') == [
        ("the army spokesman", "inverted")
    ]


# "Name, a description, and now another, said": the person with both descriptions
TWO_DESCRIPTIONS = [
    (
        "Ali Musa, Chad's former envoy to the UN, and now a supporter of the rebels, said"
        " 30 soldiers were killed.",
        "Ali Musa, Chad's former envoy to the UN, and now a supporter of the rebels",
    ),
    (
        "Ali Musa, a former minister, now a rebel adviser, said 30 soldiers were killed.",
        "Ali Musa, a former minister, now a rebel adviser",
    ),
]


@pytest.mark.parametrize(("sentence", "phrase"), TWO_DESCRIPTIONS)
def test_a_person_with_two_descriptions_is_one_source(sentence, phrase):
    assert _phrases(sentence) == [(phrase, "head")]


def test_a_body_with_a_description_and_a_relative_stays_the_body():
    sentence = "The Union of Forces, an alliance of rebels, which backs the coup, said 30 died."
    assert _phrases(sentence)[0][0] == "The Union of Forces"


def test_the_he_after_two_descriptions_is_that_person_not_the_one_before():
    text = (
        "General Ali Ba said 300 rebels were killed. Ali Musa, Chad's former envoy to the"
        ' UN, and now a supporter of the rebels, described the claims as "false". "They'
        ' lost eight battalions," he said.'
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = ct.extract(text, "t-1")
    said = rows[rows["value"] == "eight"]
    named = set(said["speaker"].fillna(said["source_raw"]))
    assert named == {"Ali Musa, Chad's former envoy to the UN, and now a supporter of the rebels"}


# '…, he said, and …': a "he said" in the middle closes the account before it; it is not
# the speech of a verb's subject before it ("Rebels counted the bodies, he said")
def test_a_he_said_in_the_middle_is_the_speaker_before_not_the_subject():
    text = (
        "The rebel spokesman spoke on Sunday. Rebels counted the bodies on the ground,"
        " he said, and seized three tanks in the raid."
    )
    assert {c[0] for c in claims(text) if c[2] == "three"} == {"The rebel spokesman"}


def test_a_pronoun_inside_what_a_source_says_is_still_that_source():
    found = _found("The ministry says it has confirmed that 12 soldiers were killed.")
    assert found == {("The ministry", "killed", "12", "asserts")}


# "Name, of the X Movement (XM)": the person speaks for the body, its acronym included
OF_BODY = [
    (
        "Twelve soldiers died in the raid, said Ali Musa, of the People's Liberation"
        " Movement-North (PLM-N).",
        "the People's Liberation Movement-North (PLM-N)",
    ),
    (
        "Twelve soldiers died in the raid, said Ali Musa, of the Liberation Front (LF).",
        "the Liberation Front (LF)",
    ),
]


@pytest.mark.parametrize(("text", "raw"), OF_BODY)
def test_a_person_of_a_named_body_speaks_for_it(text, raw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = ct.extract(text, "t-1")
    assert rows["source_raw"].tolist() == [raw]
    assert rows["speaker"].iloc[0].startswith("Ali Musa, of the ")


def test_a_person_of_a_place_is_no_body():
    from claimtrack.extraction.source_speakers import split_speaker

    assert split_speaker("Ali Musa, of Kidal").raw == "Ali Musa, of Kidal"
    assert split_speaker("Ali Musa, of the Liberation Front").raw == "the Liberation Front"


def test_a_person_keeps_no_bracket_after_his_name():
    from claimtrack.extraction.right_phrases import right_phrase

    s = "Twelve died, according to a spokesman, Mahmoud Bassal (MB), in Gaza."
    start, end = right_phrase(s, s.index("a spokesman"))
    assert s[start:end] == "a spokesman, Mahmoud Bassal"


# "one military source told AFP: … . '…,' he said": one source is someone a "he" stands for
@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_he_after_one_source_is_that_source(pronoun):
    text = (
        "There was no official comment but one military source told AFP that 31 soldiers"
        f' were killed. "Two militiamen were also killed," {pronoun} said.'
    )
    assert {c[0] for c in claims(text) if c[2] == "Two"} == {"one military source"}


def test_they_after_several_sources_is_not_one_source():
    from claimtrack.extraction.source_kinds import is_someone
    from claimtrack.extraction.source_speakers import Source

    assert is_someone(Source("a security source", None))
    assert not is_someone(Source("security sources", None))


# "spokesman Ali Sow told reporters" (no body named with him) after a body's own words:
# the body's spokesman
def test_a_bare_spokesman_speaks_for_the_body_before():
    text = (
        "Forces loyal to the government said they repelled an attack. \u201cOur forces held"
        " the line,\u201d spokesman Ali al Musa told reporters. He said six fighters were killed."
    )
    assert {c[0] for c in claims(text) if c[2] == "six"} == {"Forces loyal to the government"}


def test_a_bare_spokesman_after_a_person_is_no_body_s():
    text = (
        "Ali Sow, a farmer, said 12 died. \u201cOur forces held the line,\u201d spokesman"
        " Ali al Musa told reporters. He said six fighters were killed."
    )
    assert {c[0] for c in claims(text) if c[2] == "six"} == {"spokesman Ali al Musa"}


# 'X denied as "categorically baseless" media reports claiming …': what the reports are
# called, quoted, stands between the denial and its object; X denies, the reports assert
DENIED_AS_QUOTED = [
    'Citing a source, the TV denied as "categorically baseless" media reports claiming'
    " that shelling killed more than 80 people.",
    'The TV rejected as "pure fabrication" media reports claiming that shelling killed'
    " more than 80 people.",
]


@pytest.mark.parametrize("text", DENIED_AS_QUOTED)
def test_a_denial_with_a_quoted_name_for_its_object_denies_the_reports(text):
    found = _found(text)
    assert (
        "the TV" if text.startswith("Citing") else "The TV",
        "killed",
        "more than 80",
        "denies",
    ) in found
    assert ("media reports", "killed", "more than 80", "asserts") in found


def test_an_adverb_before_what_the_denied_claims_are_called_is_no_owner():
    found = _found("The army dismissed as totally false rebel claims that 40 soldiers were killed.")
    assert found == {("rebel", "killed", "40", "asserts"), ("The army", "killed", "40", "denies")}

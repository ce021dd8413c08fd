"""Round 18, English attribution read on real reporting (invented sentences only): verbs of
a reply or a remark ("countered that", '"…," retorted X'), a document that "reads"."""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _numeric(text: str) -> list[tuple]:
    """(source_raw, claim_type, value, stance) of each claim with a value, sorted."""
    return sorted((c[0], c[1], c[2], c[4]) for c in claims(text) if c[2] is not None)


# "X countered that …", '"…," retorted X': a reply reports what follows or precedes it
REPLIES = [
    ("The army retorted that 12 insurgents were killed in the raid on Bama.",
     [("The army", "killed", "12", "asserts")]),
    ("A local chief observed that 20 people were abducted from the market.",
     [("A local chief", "captured", "20", "asserts")]),
    ("The rebels charged that soldiers shot dead 15 civilians in the village.",
     [("The rebels", "killed", "15", "asserts")]),
    ('"We lost only three men," countered a rebel commander.',
     [("a rebel commander", "killed", "three", "asserts")]),
    ('"The attackers killed nine farmers," the district head remarked.',
     [("the district head", "killed", "nine", "asserts")]),
    ('"Gunmen burned 30 houses," replied the police chief.',
     [("the police chief", "destroyed", "30", "asserts")]),
    # near misses: the verbs' other readings report nothing
    ("Troops responded to the attack and 12 insurgents were killed.", []),
    ("Both sides observed a truce after 12 soldiers were killed.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REPLIES)
def test_a_reply_or_remark_reports(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# '"…," the statement read', "A statement from X reads: …": a document's own words
DOCUMENTS_READ = [
    ('"Eleven soldiers died in the ambush," the army statement read.',
     [("the army statement", "killed", "Eleven", "asserts")]),
    ('The communique reads: "Troops neutralised 25 terrorists near Dikwa."',
     [("The communique", "killed", "25", "asserts")]),
    ('A statement from the police read in part: "Four officers were wounded."',
     [("the police", "wounded", "Four", "asserts")]),
    # near miss: a person who read something reports nothing
    ("The governor read the names of the 12 soldiers killed.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS_READ)
def test_a_document_that_reads_is_a_source(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "The police chief, Ali Sow, said the troops …": a subject closed by an apposition's comma
# is the head's, even when a quoted fragment cuts what it says ("said the troops" is no
# inverted frame)
SUBJECT_IN_COMMAS = [
    ('The army spokesman, Lt. Col. Ali Sow, said the troops "bravely repelled" the raid and'
     " killed 14 bandits.", [("The army spokesman", "killed", "14", "asserts")]),
    ('The police chief, Musa Bello, said the officers "fought hard" and arrested 9 suspects.',
     [("The police chief", "captured", "9", "asserts")]),
    # near miss: what was said before the comma, then the inverted verb and its source
    ("Nine bandits were arrested, said the police chief.",
     [("the police chief", "captured", "Nine", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SUBJECT_IN_COMMAS)
def test_a_subject_in_commas_is_a_head(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "the director of public relations of the army": an office's function is no body
FUNCTIONS = [
    ("Ali Sow, the director of information of the rebel movement, said fighters killed 12"
     " soldiers.", "the rebel movement"),
    ("Ali Sow, head of press relations for the police, said officers arrested 12 suspects.",
     "the police"),
    ("The Director of Defence Media Operations, Maj. Gen. Ali Sow, said troops killed 12"
     " insurgents.", "The Director of Defence Media Operations"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source"), FUNCTIONS)
def test_an_office_function_is_no_body(text: str, source: str) -> None:
    assert [c[0] for c in claims(text) if c[2] is not None] == [source]


# "a strike on a funeral in Sanaa which rebels said killed 100": the relative's speaker
# stands after its pronoun, whatever the noun it hangs on (a place's name, a gerund)
RELATIVE_SPEAKERS = [
    ("The air force denied bombing a market in Kadi which residents said killed 40 people.",
     [("residents", "killed", "40", "asserts")]),
    ("Police repelled an attack on Bama that officials said left 15 dead.",
     [("officials", "killed", "15", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELATIVE_SPEAKERS)
def test_a_relative_names_its_speaker(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# '"We deny that 57 civilians were killed," X said': a first-person denial inside what a
# source says is that source's denial of what it takes
OWN_DENIALS = [
    ('"We deny that 40 villagers were killed," the rebel spokesman said.',
     [("the rebel spokesman", "killed", "40", "denies")]),
    ('The militia commander said: "I firmly reject reports that my men abducted 12 girls."',
     [("The militia commander", "captured", "12", "denies")]),
    # near miss: what the speaker asserts before the denial stays asserted
    ('"Our fighters killed 9 soldiers. We reject that any civilian died," a rebel leader said.',
     [("a rebel leader", "killed", "9", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OWN_DENIALS)
def test_a_first_person_denial_denies(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


def test_a_toll_denied_by_reference_is_of_the_people_it_names() -> None:
    text = (
        "The army said it killed 120 rebel fighters. The ministry said shelling by the rebels"
        ' killed 35 civilians. A rebel spokesman said: "We deny the lies about the deaths of'
        ' civilians."'
    )
    got = [c for c in claims(text) if c[0] == "A rebel spokesman" and c[1] == "killed"]
    assert [(c[3], c[4]) for c in got] == [("the toll (35, The ministry)", "denies")]

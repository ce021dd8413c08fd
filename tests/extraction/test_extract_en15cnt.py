"""Round 15, English counts and claim words read on real reporting (invented sentences
only): two things joined by "and" before a plural passive, "not fewer than", a unit named
by a number, forces a place holds, attackers counted in quotation marks."""

from __future__ import annotations

import pytest
from extract_helpers import claims

from claimtrack.normalize.quantities import parse_quantity


def _numeric(text: str) -> list[tuple]:
    """(source_raw, claim_type, value, stance) of each claim with a value, sorted."""
    return sorted((c[0], c[1], c[2], c[4]) for c in claims(text) if c[2] is not None)


# "the post and an army tank were destroyed": one post, one tank
THINGS_PAIRED = [
    ("The rebels said the outpost and a police truck were also destroyed.",
     [("The rebels", "destroyed", "a police truck", "asserts"),
      ("The rebels", "destroyed", "the outpost", "asserts")]),
    ("The group claimed that the checkpoint and an army vehicle were destroyed in the raid.",
     [("The group", "destroyed", "an army vehicle", "asserts"),
      ("The group", "destroyed", "the checkpoint", "asserts")]),
    ("Police said the bridge and the school were damaged.",
     [("Police", "damaged", "the bridge", "asserts"),
      ("Police", "damaged", "the school", "asserts")]),
    # near miss: a plural conjunct is a count the count rules read
    ("The rebels said the post and two tanks were destroyed.",
     [("The rebels", "destroyed", "two", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), THINGS_PAIRED)
def test_two_things_share_a_plural_passive(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "not fewer than 20" is at least 20, not "fewer than 20"
NOT_FEWER = [
    ("Officials said not fewer than 15 villagers were killed.",
     [("Officials", "killed", "not fewer than 15", "asserts")]),
    ("Not fewer than 20 soldiers died in the ambush, sources said.",
     [("sources", "killed", "Not fewer than 20", "asserts")]),
    ("Police said not less than 30 people were wounded.",
     [("Police", "wounded", "not less than 30", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NOT_FEWER)
def test_not_fewer_than_is_a_floor(text: str, expected: list[tuple]) -> None:
    got = _numeric(text)
    assert got == sorted(expected)
    low, _, high = parse_quantity(got[0][2])[:3]
    assert low == int(expected[0][2].split()[-1])
    assert high != high  # a floor, no ceiling (NaN)


# "troops of 25 Task Force Brigade": the number names the unit
UNIT_NUMBERS = [
    ("He said the raid was led by the troops of 25 Task Force Brigade, deployed at Damboa.", []),
    ("The army said troops of 12 Mechanised Brigade deployed at Gashua repelled the attack.", []),
    ("He said the troops of 7 Division were deployed at the border.", []),
    # near miss: a count of units in lower case stays a count
    ("The army said 300 soldiers were deployed at Gashua.",
     [("The army", "present", "300", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), UNIT_NUMBERS)
def test_a_unit_named_by_a_number_is_no_count(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "the base had 734 troops": forces a place holds are present there
PLACE_HAS = [
    ("The army said the camp had 500 soldiers at the time.",
     [("The army", "present", "500", "asserts")]),
    ('"The base had 734 troops," he said.',
     [("he", "present", "734", "asserts")]),
    # near misses: residents are no force; a side that "had" soldiers killed
    ("The mayor said the town has 20,000 residents.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLACE_HAS)
def test_forces_a_place_has_are_present(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# 'said "around 100 terrorists" attacked': the attacking force inside quotation marks
QUOTED_ATTACKERS = [
    ('According to a military officer, "around 100 terrorists" attacked the convoy.',
     [("a military officer", "attackers", "around 100", "asserts")]),
    ('Police said "300 gunmen" attacked the village.',
     [("Police", "attackers", "300", "asserts")]),
    ("The governor said 60 extremists stormed the town.",
     [("The governor", "attackers", "60", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), QUOTED_ATTACKERS)
def test_attackers_counted_in_quotation_marks(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "30 fighters had been held": people held are captives; meetings held are not
PEOPLE_HELD = [
    ("The rebel spokesman said only about 30 fighters had been held.",
     [("The rebel spokesman", "captured", "about 30", "asserts")]),
    ("The rebels said 12 soldiers are still being held.",
     [("The rebels", "captured", "12", "asserts")]),
    ("Police said 14 suspects were held for questioning.",
     [("Police", "captured", "14", "asserts")]),
    # near misses: things held, people held responsible
    ("Officials said two meetings were held in the town.", []),
    ("Officials said 12 soldiers were held responsible.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PEOPLE_HELD)
def test_people_held_are_captured(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "the attack was revenge for the killing of seven civilians": the speaker's account
AVENGED = [
    ("The rebels said the attack was revenge for the killing of seven civilians by troops.",
     [("The rebels", "killed", "seven", "asserts")]),
    ("The group said the raid was in retaliation for the killing of 12 of its fighters.",
     [("The group", "killed", "12", "asserts")]),
    # near miss: what someone is jailed for
    ("Police said the man was jailed for the killing of two guards.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AVENGED)
def test_a_killing_avenged_is_asserted(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "the garrison's commander, Lieutenant Ali Musa, was captured": one person, named in commas
NAMED_IN_COMMAS = [
    ("The rebels said the garrison's commander, Lieutenant Ali Musa, was captured in the raid.",
     [("The rebels", "captured", "the garrison's commander", "asserts")]),
    ("The statement said the base commander, Major Tom Okello, was wounded.",
     [("The statement", "wounded", "the base commander", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMED_IN_COMMAS)
def test_one_person_named_in_commas(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "…, contrary to a claim by the army that its forces had killed 15": the army's claim
CONTRARY_CLAIMS = [
    ("The rebels said they had killed 13 soldiers, contrary to a claim by the army that its "
     "forces had killed 15 rebels.",
     [("The rebels", "killed", "13", "asserts"), ("the army", "killed", "15", "asserts")]),
    ("Unlike the claims of the rebels that 40 soldiers died, the army said only 3 were killed.",
     [("the army", "killed", "3", "asserts"), ("the rebels", "killed", "40", "asserts")]),
    ("The army rejected claims made by the rebels on Monday that 60 soldiers were captured.",
     [("The army", "captured", "60", "denies"), ("the rebels", "captured", "60", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CONTRARY_CLAIMS)
def test_a_claim_set_against_the_speakers_is_its_owners(text: str, expected: list) -> None:
    assert _numeric(text) == sorted(expected)


# "there have been casualties but the figure is less than seven": the toll named before
FIGURE_OF_TOLL = [
    ('"There have been casualties but the figure is less than seven," he told reporters.',
     [("he", "casualties", "less than seven", "asserts")]),
    ('"There have been deaths but the number is less than ten," he said.',
     [("he", "killed", "less than ten", "asserts")]),
    # near miss: no toll named before the figure
    ("The army said the number was 40.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIGURE_OF_TOLL)
def test_a_bare_figure_numbers_the_toll_before_it(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "a garrison of 200 soldiers", "reinforcements of 200 soldiers": a force sized is present
FORCE_OF = [
    ("The army said reinforcements of 200 soldiers arrived in the town.",
     [("The army", "present", "200", "asserts")]),
    ("The garrison of 200 soldiers held out, the army said.",
     [("the army", "present", "200", "asserts")]),
    # near misses: a force lost or ambushed is no presence; one that attacks is attackers
    ("The army said it lost a battalion of 500 soldiers.", []),
    ("Police said a force of 50 gunmen attacked the village.",
     [("Police", "attackers", "50", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FORCE_OF)
def test_a_force_sized_by_its_count_is_present(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "12 troops with the African Union Mission in Somalia (AMISOM) died": past the acronym
ACRONYM_IN_SUBJECT = [
    ("Uganda said 12 troops with the African Union Mission in Somalia (AMISOM) died in the "
     "attack.",
     [("Uganda", "killed", "12", "asserts")]),
    ("The army said 8 soldiers with the Regional Security Force in Tanga (RSF) were wounded.",
     [("The army", "wounded", "8", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ACRONYM_IN_SUBJECT)
def test_a_subjects_acronym_in_brackets(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "30-odd" is about 30, "40-plus" at least 40; "a total of 15" after its verb is 15
NUMBER_FORMS = [
    ("Police said 30-odd villagers were killed.",
     [("Police", "killed", "30-odd", "asserts")], (None, 30, None)),
    ("The army said 40-plus militants were killed.",
     [("The army", "killed", "40-plus", "asserts")], (40, 40, None)),
    ("The army said it killed a total of 15 militants.",
     [("The army", "killed", "a total of 15", "asserts")], (15, 15, 15)),
    ("The group said it had seized a total of 12 vehicles.",
     [("The group", "seized", "a total of 12", "asserts")], (12, 12, 12)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "values"), NUMBER_FORMS)
def test_counts_glued_or_totalled(text: str, expected: list[tuple], values: tuple) -> None:
    got = _numeric(text)
    assert got == sorted(expected)
    read = tuple(None if v != v else int(v) for v in parse_quantity(got[0][2])[:3])
    assert read == values

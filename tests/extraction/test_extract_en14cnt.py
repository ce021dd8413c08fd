"""Round 14, English counts and claim words read on real reporting (invented sentences
only): a group's propaganda outlet that reports, killings a group claims responsibility
for, more claim words ("discovered dead", "cost the lives of", "one fatality"), and an age in
commas after a name."""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _numeric(text: str) -> list[tuple]:
    """(source_raw, claim_type, value, stance) of each claim with a value, sorted."""
    return sorted((c[0], c[1], c[2], c[4]) for c in claims(text) if c[2] is not None)


# "said via its propaganda radio that …": the group's own outlet, no account called false
PROPAGANDA_OUTLET = [
    ("The rebels said via their propaganda radio that 71 soldiers were killed.",
     [("The rebels", "killed", "71", "asserts")]),
    ("Al-Kadi, on the other hand, said on its propaganda outlet that 40 troops died.",
     [("Al-Kadi", "killed", "40", "asserts")]),
    ("The group said through its propaganda wing that it had killed 25 policemen.",
     [("The group", "killed", "25", "asserts")]),
    ("The militants claimed on their propaganda channel that 12 soldiers were captured.",
     [("The militants", "captured", "12", "asserts")]),
    ("The insurgents said in a propaganda video that 30 soldiers were killed.",
     [("The insurgents", "killed", "30", "asserts")]),
    # near misses: propaganda that names the account false
    ("The army dismissed as propaganda claims that 71 soldiers were killed.",
     [("The army", "killed", "71", "denies")]),
    ("The governor dismissed propaganda claiming that 50 villagers died.",
     [("The governor", "killed", "50", "denies")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PROPAGANDA_OUTLET)
def test_a_propaganda_outlet_reports(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "claimed responsibility for killing 16 soldiers": the claimant asserts the killing
CLAIMED_RESPONSIBILITY_FOR = [
    ("The rebels claimed responsibility for killing 16 soldiers.",
     [("The rebels", "killed", "16", "asserts")]),
    ("The group claimed responsibility for the deaths of 12 policemen.",
     [("The group", "killed", "12", "asserts")]),
    ("The militants have claimed responsibility for the killing of nine villagers in Kadi.",
     [("The militants", "killed", "nine", "asserts")]),
    ("The jihadists claimed responsibility for abducting 30 students.",
     [("The jihadists", "captured", "30", "asserts")]),
    ("The movement claimed responsibility for the deaths of 22 soldiers in Bama.",
     [("The movement", "killed", "22", "asserts")]),
    # near misses: blamed, jailed or denied, not claimed
    ("The court jailed him for killing 16 soldiers.", []),
    ("The rebels denied responsibility for killing 16 soldiers.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLAIMED_RESPONSIBILITY_FOR)
def test_a_killing_claimed_is_asserted(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# more claim words: found dead, deaths confirmed, lives lost, a toll of one
CLAIM_WORDS = [
    ("Police said 11 men were discovered dead in the village.",
     [("Police", "killed", "11", "asserts")]),
    ("The army said seven soldiers were confirmed dead after the raid.",
     [("The army", "killed", "seven", "asserts")]),
    ("The attack cost the lives of 12 soldiers, the army said.",
     [("the army", "killed", "12", "asserts")]),
    ("The offensive has cost the lives of more than 400 people, the mission said.",
     [("the mission", "killed", "more than 400", "asserts")]),
    ("The army confirmed only one fatality in the raid.",
     [("The army", "killed", "one", "asserts")]),
    ("Police said one death was reported in Kadi.", [("Police", "killed", "one", "asserts")]),
    ("The governor said there was one death and three injuries.",
     [("The governor", "killed", "one", "asserts"),
      ("The governor", "wounded", "three", "asserts")]),
    # near misses: one who speaks, money costs
    ("One resident said the town was calm.", []),
    ("The mayor said the strike cost the town 12 million dollars.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLAIM_WORDS)
def test_more_claim_words(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "a civilian, Ali Sow, 32, was killed": the age after a name is no count
AGE_AFTER_NAME = [
    ("Villagers said a farmer, who they named as Musa Garba, 32, was also killed.",
     [("Villagers", "killed", "a farmer", "asserts")]),
    ("Police said a trader, Ali Bello, 45, was shot dead in Kadi.",
     [("Police", "killed", "a trader", "asserts")]),
    ("Residents said a teacher, Yusuf Ado, 28, was abducted.",
     [("Residents", "captured", "a teacher", "asserts")]),
    ("The dead included Ali Sow, 32, and Musa Bello, 45, the police said.", []),
    ("Police said a nurse, Aisha Musa, 51, was wounded.",
     [("Police", "wounded", "a nurse", "asserts")]),
    # near misses: a count after a place and a comma keeps its verb
    ("In Kadi, 12 people were killed, the police said.",
     [("the police", "killed", "12", "asserts")]),
    ("Police said 12 were killed in Kadi, 3 in Bama.",
     [("Police", "killed", "12", "asserts"), ("Police", "killed", "3", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AGE_AFTER_NAME)
def test_an_age_after_a_name_is_no_count(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "A senior Mexican police officer and four gunmen were killed": three words before the noun
ONE_PERSON_WORDS = [
    ("A senior Kadiri police officer and four gunmen were killed, officials said.",
     [("officials", "killed", "A senior Kadiri police officer", "asserts"),
      ("officials", "killed", "four", "asserts")]),
    ("An off-duty army medical officer was killed in the blast, police said.",
     [("police", "killed", "An off-duty army medical officer", "asserts")]),
    ("Police said a young female aid worker was abducted.",
     [("Police", "captured", "a young female aid worker", "asserts")]),
    # near misses: a person who speaks, and a person noun before a thing
    ("A senior Kadiri police officer said the town was calm.", []),
    ("A senior army police truck was burned, officials said.",
     [("officials", "destroyed", "A senior army police truck", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ONE_PERSON_WORDS)
def test_one_person_with_three_words_before_the_noun(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "the dead included a captain, a lieutenant and 11 soldiers": each of the toll's list
TOLL_LIST = [
    ("The minister said the dead included a captain, a lieutenant and 11 soldiers.",
     [("The minister", "killed", "a captain", "asserts"),
      ("The minister", "killed", "a lieutenant", "asserts"),
      ("The minister", "killed", "11", "asserts")]),
    ("The police said the dead included 11 soldiers, two policemen and a driver.",
     [("The police", "killed", "11", "asserts"), ("The police", "killed", "two", "asserts"),
      ("The police", "killed", "a driver", "asserts")]),
    ("The wounded included two children and a woman, police said.",
     [("police", "wounded", "two", "asserts"), ("police", "wounded", "a woman", "asserts")]),
    ("Officials said the victims included a nurse, a teacher and three farmers.",
     [("Officials", "killed", "a nurse", "asserts"),
      ("Officials", "killed", "a teacher", "asserts"),
      ("Officials", "killed", "three", "asserts")]),
    # near misses: a list that no toll heads
    ("The delegation included 11 ministers and two generals, officials said.", []),
    ("The convoy included a doctor, a nurse and two drivers, the agency said.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TOLL_LIST)
def test_each_of_a_toll_list_is_counted(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "the chief of the village was killed": one person named with whose he is
DEFINITE_OF = [
    ("The police said the chief of the village was killed.",
     [("The police", "killed", "the chief", "asserts")]),
    ("Residents said the commander of the base had been killed.",
     [("Residents", "killed", "the commander", "asserts")]),
    ("The agency reported the police chief of Kadi district was killed in an ambush.",
     [("The agency", "killed", "the police chief", "asserts")]),
    ("The army said the leader of the gang was arrested.",
     [("The army", "captured", "the leader", "asserts")]),
    ("Officials said the driver of the governor was wounded.",
     [("Officials", "wounded", "the driver", "asserts")]),
    # near misses: no person named, or a thing
    ("The police said the rest of the group was captured.", []),
    ("Officials said the house of the chief was burned.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DEFINITE_OF)
def test_a_definite_person_with_whose_he_is(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "those killed were about 12": a toll as subject numbered by its copula
TOLL_COPULA = [
    ('"Those killed were about 12," the officer said.',
     [("the officer", "killed", "about 12", "asserts")]),
    ('"Those killed, who were about 12, included two traders," the officer said.',
     [("the officer", "killed", "about 12", "asserts")]),
    ("The police said the wounded were 14 soldiers and 3 civilians.",
     [("The police", "wounded", "14", "asserts"), ("The police", "wounded", "3", "asserts")]),
    ("Police said those arrested were 20 in all.", [("Police", "captured", "20", "asserts")]),
    ("The mayor said the dead, who were 30, were buried on Friday.",
     [("The mayor", "killed", "30", "asserts")]),
    # near misses: no count, or an age
    ("The police said the dead were civilians.", []),
    ("The mayor said the dead were 12 years old.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TOLL_COPULA)
def test_a_toll_numbered_by_its_copula(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# 'said "433 people, including infants" had been killed': the quotation closes the aside;
# "in addition to 10 who died": the list goes on
QUOTED_SUBJECT_AND_ADDITION = [
    ('The ministry said "433 people, including infants" had been killed.',
     [("The ministry", "killed", "433", "asserts")]),
    ('The ministry said “90 people, including 12 children” were wounded.',
     [("The ministry", "wounded", "90", "asserts"), ("The ministry", "wounded", "12", "asserts")]),
    ('The rebels said "40 soldiers" were captured.', [("The rebels", "captured", "40", "asserts")]),
    ("The statement said seven attackers were killed on Sunday in addition to 10 who died on"
     " Saturday.",
     [("The statement", "killed", "seven", "asserts"),
      ("The statement", "killed", "10", "asserts")]),
    ("Police said 12 people were abducted in addition to 30 who were taken last week.",
     [("Police", "captured", "12", "asserts"), ("Police", "captured", "30", "asserts")]),
    # near misses: a quotation that is the claim itself, a count with its own predicate
    ('"We killed 40 fighters" was the army\'s claim.', []),
    ("The army said 12 soldiers were killed, in addition to 300 troops deployed in the town.",
     [("The army", "killed", "12", "asserts"), ("The army", "present", "300", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), QUOTED_SUBJECT_AND_ADDITION)
def test_a_quoted_subject_and_a_count_in_addition(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "revised up from five to 17 the death toll": the toll named after the figure it reaches
TOLL_AFTER_FIGURE = [
    ("The police on Tuesday revised up from five to 17 the death toll in the raid.",
     [("The police", "killed", "17", "asserts")]),
    ("The ministry revised to 40 the death toll of the attack.",
     [("The ministry", "killed", "40", "asserts")]),
    ("Officials revised upwards to 63 the toll of the bombing.",
     [("Officials", "killed", "63", "asserts")]),
    ("The police revised to 25 the casualty toll in Kadi.",
     [("The police", "casualties", "25", "asserts")]),
    ("The army revised the death toll from five to 17.", [("The army", "killed", "17", "asserts")]),
    # near misses: no toll after the figure
    ("The army said it sent 300 troops to 12 villages near the toll road.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TOLL_AFTER_FIGURE)
def test_a_toll_named_after_its_figure(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)

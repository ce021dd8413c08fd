"""Round 17, English counts and claim words read on real reporting (invented sentences
only): a count with a list of participles ("killed, injured and captured"), a date stamped
in digits, "another 86", a general and his deputy counted one each."""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _numeric(text: str) -> list[tuple]:
    """(source_raw, claim_type, value, stance) of each claim with a value, sorted."""
    return sorted((c[0], c[1], c[2], c[4]) for c in claims(text) if c[2] is not None)


# "were killed, injured and captured", "25 dead or wounded": one figure for deaths and
# wounds together is a count of casualties
HARM_LISTED = [
    ("The radio said more than 90 policemen were killed, injured, and captured in Dara.",
     [("The radio", "casualties", "more than 90", "asserts")]),
    ("The shelling left 17 dead or wounded on the other side, he said.",
     [("he", "casualties", "17", "asserts")]),
    ("The army reported 40 dead and injured after the raid.",
     [("The army", "casualties", "40", "asserts")]),
    # near misses: each participle its own count; captured and killed are not casualties
    ("The army reported 40 dead and 12 injured after the raid.",
     [("The army", "killed", "40", "asserts"), ("The army", "wounded", "12", "asserts")]),
    ("Police said 6 bandits were arrested, tried and jailed.",
     [("Police", "captured", "6", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HARM_LISTED)
def test_a_list_of_harms_on_one_figure_is_casualties(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "20120725 AFP …": a date stamped in digits at a dispatch's head counts nothing
STAMPS = [
    ("20190314 AFP Wounded militiamen were taken to Goma, the army said.", []),
    ("20190314 AFP Rebels killed 12 soldiers, the army said.",
     [("the army", "killed", "12", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STAMPS)
def test_a_date_stamp_is_no_count(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "captured another 86": one count, no "another" counted one besides
ANOTHER = [
    ("The army said it killed 120 rebels and captured another 45.",
     [("The army", "captured", "45", "asserts"), ("The army", "killed", "120", "asserts")]),
    ("The army said it killed 120 rebels and captured another twelve.",
     [("The army", "captured", "twelve", "asserts"), ("The army", "killed", "120", "asserts")]),
    # near miss: "another" alone is one more
    ("One guard was killed and another wounded, the police said.",
     [("the police", "killed", "One", "asserts"), ("the police", "wounded", "another",
      "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ANOTHER)
def test_another_before_a_number_is_no_one_more(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "killed an army general", "killed along with his deputy": a general is a person, and a
# companion named by a possessive is one more of the same claim
GENERALS = [
    ("The militia said it had killed an army general near Kasa.",
     [("The militia", "killed", "an army general", "asserts")]),
    ("The militia said a general, Abel Tut, was killed in Kasa.",
     [("The militia", "killed", "a general", "asserts")]),
    ("The militia said the colonel was shot dead in an ambush along with his bodyguard.",
     [("The militia", "killed", "his bodyguard", "asserts"),
      ("The militia", "killed", "the colonel", "asserts")]),
    # (round 20: "a major" alone is one person, as "a colonel" is: the ambush is on one; no
    # one more for the deputy and no count of "them")
    ("The militia said it ambushed a major and his deputy and killed them.",
     [("The militia", "attacked", "a major", "asserts")]),
    ("The militia said it killed a captain and his deputy.",
     [("The militia", "killed", "a captain", "asserts"),
      ("The militia", "killed", "his deputy", "asserts")]),
    # near misses: "a general strike", "a general election" count no one
    ("The union said a general strike was called after a general election was cancelled.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GENERALS)
def test_a_general_and_a_companion_count_one(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "says it is untrue reports that …": the accounts called false, then what they say
UNTRUE_REPORTS = [
    ("The army says it is untrue reports that bandits killed about 20 of its men.",
     [("The army", "killed", "about 20", "denies")]),
    ("The police said there were false claims saying that 14 officers were abducted.",
     [("The police", "captured", "14", "denies")]),
    # near miss: reports that are not called false
    ("The army said there were reports that bandits killed about 20 of its men.",
     [("The army", "killed", "about 20", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), UNTRUE_REPORTS)
def test_a_figure_in_reports_called_untrue_is_denied(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# A list of seized things goes on past a decimal ("12.7 mm"); a verb phrase after a comma
# with its own object is no participle of the count before ("…, seized others")
LISTS = [
    ("The militia said it seized two pickups fitted with 14.5 mm guns, 16 mortars and 40 "
     "rifles.",
     [("The militia", "seized", "16", "asserts"), ("The militia", "seized", "40", "asserts"),
      ("The militia", "seized", "two", "asserts")]),
    ("The army destroyed rebel equipment, including four trucks, seized others and "
     "arrested 9 fighters, the spokesman said.",
     [("the spokesman", "captured", "9", "asserts"),
      ("the spokesman", "destroyed", "four", "asserts")]),
    # near miss: an aside with "the" after the comma is still the count's participle
    ("The army said 8 soldiers, wounded the day before, died in hospital.",
     [("The army", "killed", "8", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists_and_verb_phrases_after_a_count(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# Force sizes and killings read by their verbs: "Six attackers struck the base", "put the
# number of attackers at four", "took the lives of 12"; a count an object relative claims
FORCES = [
    ("Nine gunmen struck the checkpoint at dawn, according to police.",
     [("police", "attackers", "Nine", "asserts")]),
    ("Police said 30 bandits hit the village overnight.",
     [("Police", "attackers", "30", "asserts")]),
    ("The militia's statement put the number of attackers at seven.",
     [("The militia", "attackers", "seven", "asserts")]),
    ("The ministry said the explosion took the lives of 14 workers.",
     [("The ministry", "killed", "14", "asserts")]),
    ("The group said it showed images of six trucks with rockets that it claimed to have "
     "captured.", [("The group", "seized", "six", "asserts")]),
    # near misses: struck by a strike, hit by a blast, no force
    ("Police said nine militants struck by an air strike were killed.",
     [("Police", "killed", "nine", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FORCES)
def test_force_sizes_and_killings_by_their_verbs(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# Attackers counted past what they came with and a relative: "two militants with machine
# guns who targeted the base"; an article before a relative pronoun names no one
ATTACKERS_WITH = [
    ("Police said 12 bandits with rifles who had come from the hills raided the market.",
     [("Police", "attackers", "12", "asserts")]),
    ("Police said 20 gunmen targeted the convoy.", [("Police", "attackers", "20", "asserts")]),
    # near miss: targeted by others, they are no attackers
    ("Police said 20 civilians targeted by the gunmen were killed.",
     [("Police", "killed", "20", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ATTACKERS_WITH)
def test_attackers_with_their_arms_and_relative(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


def test_an_article_before_a_relative_pronoun_counts_no_one() -> None:
    text = "He said the troops were a who were on patrol on Monday was attacked by bandits."
    assert _numeric(text) == []


# "resulted in their forces taking over a town": the gerund of a seizure names one thing
GERUNDS = [
    ("The militia said the fighting ended with its men taking over a police station.",
     [("The militia", "seized", "a police station", "asserts")]),
    ("The militia said that after capturing the airport, its fighters withdrew.",
     [("The militia", "seized", "the airport", "asserts")]),
    ("The army denied taking over a village.",
     [("The army", "seized", "a village", "denies")]),
    # near misses: a seizure tried, or one they are able to make
    ("The militia said it had not succeeded in capturing the airport.", []),
    ("The militia said it was capable of seizing the airport.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GERUNDS)
def test_the_gerund_of_a_seizure(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)

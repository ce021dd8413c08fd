"""Round 13, English counts read from real pages: a count joined to the next by "but",
a force that fire "came from", a count whose clause ends inside a relative clause of its
own ("killed 12 in the town they raided"), the part of a harmed whole named by kin or
membership ("two of the eight rebels killed were sons of the commander"). Invented
sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _rows(text: str) -> list[tuple]:
    """(source_raw, claim_type, value, stance) of each claim, sorted."""
    return sorted((src, kind, value, stance) for src, kind, value, _, stance in claims(text))


def _numeric(text: str) -> list[tuple]:
    """The rows of the claims that carry a value."""
    found = claims(text)
    return sorted((src, kind, value, stance) for src, kind, value, _, stance in found if value)


# "left seven gunmen but no troops dead": "but" joins two counts of one predicate
BUT_JOINED = [
    ("The three-hour clash left nine raiders but no police officers dead, he said.",
     [("he", "killed", "nine", "asserts"), ("he", "killed", "no", "asserts")]),
    ("The army said 14 rebels but only one soldier were killed.",
     [("The army", "killed", "14", "asserts"), ("The army", "killed", "one", "asserts")]),
    ("Police said 20 houses but no church were burnt in Garu.",
     [("Police", "destroyed", "20", "asserts"), ("Police", "destroyed", "no", "asserts")]),
    ("Officials said the fighting left 11 militants but just two soldiers dead.",
     [("Officials", "killed", "11", "asserts"), ("Officials", "killed", "two", "asserts")]),
    ("A rebel spokesman said 40 soldiers but only three fighters were wounded.",
     [("A rebel spokesman", "wounded", "40", "asserts"),
      ("A rebel spokesman", "wounded", "three", "asserts")]),
    # near misses: each count has its own predicate
    ("The army said 12 rebels were killed but 3 soldiers survived.",
     [("The army", "killed", "12", "asserts")]),
    ("He said the army killed 12 rebels but lost three soldiers.",
     [("He", "killed", "12", "asserts"), ("He", "killed", "three", "asserts")]),
    ("Police said 12 people were killed but only two were wounded.",
     [("Police", "killed", "12", "asserts"), ("Police", "wounded", "two", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BUT_JOINED)
def test_but_joins_two_counts_of_one_predicate(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "came under fire from 30 gunmen": whoever fired is the attacking force
UNDER_FIRE = [
    ('A police spokesman said officers came under fire from 25 "heavily armed criminals".',
     [("A police spokesman", "attackers", "25", "asserts")]),
    ("An army spokesman said the convoy came under attack from about 50 fighters.",
     [("An army spokesman", "attackers", "about 50", "asserts")]),
    ("The police said the post came under heavy fire from some 200 gunmen on motorcycles.",
     [("The police", "attackers", "some 200", "asserts")]),
    ("The garrison came under sustained fire from at least 80 militants, the governor said.",
     [("the governor", "attackers", "at least 80", "asserts")]),
    ("Troops patrolling the road came under fire from 30 bandits, the colonel said.",
     [("the colonel", "attackers", "30", "asserts")]),
    # near misses: munitions, directions and places are no force
    ("The army said the base came under fire from 30 rockets.", []),
    ("The army said troops came under fire from three sides.", []),
    ("He said the troops came under fire from two positions.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), UNDER_FIRE)
def test_who_the_fire_came_from_is_the_attacking_force(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "killed 12 in the town they raided": the verb of a relative clause with its own subject
# is not the count's predicate; the verb before the count is
OWN_RELATIVE = [
    ("The source said the gunmen killed many in the villages they had fled from.",
     [("The source", "killed", "many", "asserts")]),
    ("Police said the raiders killed 12 in the town they raided.",
     [("Police", "killed", "12", "asserts")]),
    ("Residents said the bandits shot dead 30 in the market they had attacked.",
     [("Residents", "killed", "30", "asserts")]),
    ("He said the militants abducted 40 in the camp we guarded.",
     [("He", "captured", "40", "asserts")]),
    ("The mayor said the attackers wounded 15 in the school she runs.",
     [("The mayor", "wounded", "15", "asserts")]),
    # near misses: the count's own participle after a phrase
    ("Police said 12 people in the town were killed.", [("Police", "killed", "12", "asserts")]),
    ("Twenty soldiers from the base they built were killed, he said.",
     [("he", "killed", "Twenty", "asserts")]),
    ("80 fighters in green uniforms died, the army said.",
     [("the army", "killed", "80", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OWN_RELATIVE)
def test_a_relative_clause_verb_is_not_the_counts(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "two of the eight rebels killed were sons of the commander": who some of the dead were
KIN_PART = [
    ("He said two of the eight rebels killed were sons of the commander.",
     [("He", "killed", "two", "asserts"), ("He", "killed", "eight", "asserts")]),
    ("Police said three of the 20 people killed were his relatives.",
     [("Police", "killed", "three", "asserts"), ("Police", "killed", "20", "asserts")]),
    ("The governor said four of the 30 people abducted were students.",
     [("The governor", "captured", "four", "asserts"),
      ("The governor", "captured", "30", "asserts")]),
    ("The army said five of the 40 militants killed were leaders of the group.",
     [("The army", "killed", "five", "asserts"), ("The army", "killed", "40", "asserts")]),
    ("Residents said six of the 12 villagers wounded were members of one family.",
     [("Residents", "wounded", "six", "asserts"), ("Residents", "wounded", "12", "asserts")]),
    # near misses: the part's own predicate is no harm, or is not who they were
    ("Police said three of the 20 people abducted were freed.",
     [("Police", "captured", "20", "asserts")]),
    ("He said two of the eight rebels killed were wearing uniforms.",
     [("He", "killed", "eight", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), KIN_PART)
def test_the_part_named_by_kin_shares_the_wholes_harm(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "12 people in the two villages were killed": the places the counted are in are no count
IN_THE_PLACES = [
    ("He said 12 people in the two villages were killed.", [("He", "killed", "12", "asserts")]),
    ("The commissioner said four communities in the two districts were targeted.",
     [("The commissioner", "attacked", "four", "asserts")]),
    ("Police said 30 residents of the three districts were abducted.",
     [("Police", "captured", "30", "asserts")]),
    ("Police said 20 soldiers from the three bases were wounded.",
     [("Police", "wounded", "20", "asserts")]),
    ("The mayor said 15 farmers from the two hamlets were shot dead.",
     [("The mayor", "killed", "15", "asserts")]),
    # near misses: the places are the object of the claim verb, or no definite article
    ("Police said gunmen attacked two villages and killed 12 people.",
     [("Police", "attacked", "two", "asserts"), ("Police", "killed", "12", "asserts")]),
    ("He said 12 people were killed in the two villages.", [("He", "killed", "12", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), IN_THE_PLACES)
def test_the_places_of_the_counted_are_no_count(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "four communities were attacked": communities, posts and checkpoints are places attacked;
# "the killing or wounding of 12": casualties, not split; "not true (that …)": denied
COUNT_WORDS = [
    ("Police said four communities were attacked.", [("Police", "attacked", "four", "asserts")]),
    ("The army said three checkpoints were raided overnight.",
     [("The army", "attacked", "three", "asserts")]),
    ("The raid led to the killing or wounding of at least 12 rebels, the army said.",
     [("the army", "casualties", "at least 12", "asserts")]),
    ("The governor said the clash resulted in the killing and injuring of 30 people.",
     [("The governor", "casualties", "30", "asserts")]),
    ('"It is not true (that 200 people were killed)," the commissioner said.',
     [("the commissioner", "killed", "200", "denies")]),
    ('"It is false (that 30 soldiers died)," the army said.',
     [("the army", "killed", "30", "denies")]),
    # near misses: people attacked are no places counted; a true account is asserted
    ("Police said three soldiers were attacked.", []),
    ('"It is true that 200 people were killed," the commissioner said.',
     [("the commissioner", "killed", "200", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COUNT_WORDS)
def test_claim_words_of_places_casualties_and_false_accounts(
    text: str, expected: list[tuple]
) -> None:
    assert _numeric(text) == sorted(expected)


# "five soldiers, who came from three nations, were killed": a count in an aside that says
# who the counted are is no count of the participle after it
WHO_ASIDE = [
    ("Authorities said five soldiers, who came from three nations, were killed.",
     [("Authorities", "killed", "five", "asserts")]),
    ("Authorities said five soldiers, from three nations, were killed.",
     [("Authorities", "killed", "five", "asserts")]),
    ("Police said 12 people, from two families, were abducted.",
     [("Police", "captured", "12", "asserts")]),
    ("The army said 40 fighters, who had crossed from two provinces, were captured.",
     [("The army", "captured", "40", "asserts")]),
    ("Officials said nine guards, in two trucks, were wounded.",
     [("Officials", "wounded", "nine", "asserts")]),
    # near misses: a claim verb in the aside, a subset in the aside
    ("Authorities said five soldiers, who had killed three rebels, were wounded.",
     [("Authorities", "killed", "three", "asserts"),
      ("Authorities", "wounded", "five", "asserts")]),
    ("The army said 12 soldiers, including three officers, were killed.",
     [("The army", "killed", "12", "asserts"), ("The army", "killed", "three", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WHO_ASIDE)
def test_a_count_in_an_aside_on_the_counted_is_no_count(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)


# "denied that the base was destroyed": the thing named one is the figure denied
DENIED_THING = [
    ("The commander denied that the base was destroyed.",
     [("The commander", "destroyed", "the base", "denies")]),
    ("The governor denied that the military camp was overrun.",
     [("The governor", "seized", "the military camp", "denies")]),
    ("The police denied that the checkpoint was burnt.",
     [("The police", "destroyed", "the checkpoint", "denies")]),
    ("The ministry denied that the airport was seized.",
     [("The ministry", "seized", "the airport", "denies")]),
    ("The army denied that the town was captured.", [("The army", "seized", "the town", "denies")]),
    # near misses: nothing named one, or the thing is asserted
    ("The army denied that any civilians were killed.", []),
    ("The commander said the base was destroyed.",
     [("The commander", "destroyed", "the base", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DENIED_THING)
def test_a_thing_named_one_in_a_denial_is_denied(text: str, expected: list[tuple]) -> None:
    assert _numeric(text) == sorted(expected)

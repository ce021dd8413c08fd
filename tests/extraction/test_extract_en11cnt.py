"""Round 11, English counts read from real reporting: a count tied to its predicate where
the predicate is a deed an accuser names ("accused the rebels of killing 12 villagers",
"claims of killing 11 soldiers"), not a deed someone is punished for. Invented sentences.

Modules: ``count_rules``, ``lexicon/speech``.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims

A, D = "asserts", "denies"


def _rows(text: str) -> list[tuple]:
    """(source, claim type, value, stance) of each claim with a figure."""
    return [(r[0], r[1], r[2], r[4]) for r in claims(text) if r[2] is not None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the accuser asserts the deed's count
        ("The army accused the rebels of killing 12 villagers.",
         [("The army", "killed", "12", A)]),
        ("The governor accused the militia of abducting 40 students, a spokesman said.",
         [("The governor", "captured", "40", A)]),
        ("The rebels were accused of killing 12 villagers, the army said.",
         [("the army", "killed", "12", A)]),
        ("Kano police accused bandits of having kidnapped 25 farmers.",
         [("Kano police", "captured", "25", A)]),
        ("The council has accused the paramilitary group of killing as many as 272 people.",
         [("The council", "killed", "as many as 272", A)]),
        ("The army said the rebels were responsible for killing 30 civilians.",
         [("The army", "killed", "30", A)]),
        # a claim noun's deed: denied with the claim, asserted by its owner
        ("The army has denied the rebels' claims of killing 11 soldiers.",
         [("the rebels", "killed", "11", A), ("The army", "killed", "11", D)]),
        ("The ministry denied the militant claims of killing at least 15 policemen.",
         [("The ministry", "killed", "at least 15", D)]),
        ("The police rejected reports of killing 9 protesters, a spokesman said.",
         [("The police", "killed", "9", D)]),
    ],
)  # fmt: skip
def test_the_deed_an_accuser_names_is_counted(sentence, expected):
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: what someone is punished or tried for is no count
        "The two men were jailed for killing 12 farmers, the court said.",
        "A court sentenced him for killing three guards, the police said.",
        "The soldier was convicted of killing 4 civilians, the army said.",
        "He was arrested on charges of killing two policemen, the police said.",
    ],
)
def test_a_deed_punished_is_no_count(sentence):
    assert _rows(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a toll compared before its figure: "put the toll even higher, at 100"
        ("A spokesman put the death toll even higher, at around 100.",
         [("A spokesman", "killed", "around 100", A)]),
        ("A district official put the rebel death toll higher, at 55.",
         [("A district official", "killed", "55", A)]),
        ("The army said 12 died, while the governor put the figure higher, at 20.",
         [("The army", "killed", "12", A), ("the governor", "killed", "20", A)]),
        ("The mayor put the number of wounded much higher, at 40.",
         [("The mayor", "wounded", "40", A)]),
        ("Officials put the toll far lower, at 30.",
         [("Officials", "killed", "30", A)]),
        # near misses: a toll compared without a figure given
        ("The death toll was higher at the weekend, officials said.", []),
        ("Officials said the toll could be even higher.", []),
    ],
)  # fmt: skip
def test_a_toll_compared_keeps_its_figure(sentence, expected):
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count without its noun before the rest of its split predicate
        ("The attack sent thousands fleeing their homes, witnesses said.",
         [("witnesses", "displaced", "thousands", A)]),
        ("The fighting sent 3,000 fleeing across the border, the agency said.",
         [("the agency", "displaced", "3,000", A)]),
        ("The raid sent hundreds running into the bush, residents said.",
         [("residents", "displaced", "hundreds", A)]),
        ("Doctors treated 40 for gunshot wounds, a nurse said.",
         [("a nurse", "wounded", "40", A)]),
        # with its noun, as before
        ("Gunmen sent 200 families fleeing, the police said.",
         [("the police", "displaced", "200", A)]),
        # near misses: no rest of a split predicate after the count
        ("The army sent 300 to the town, a spokesman said.", []),
        ("The army sent thousands of soldiers into the region, a spokesman said.", []),
    ],
)  # fmt: skip
def test_a_count_alone_before_its_particle(sentence, expected):
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # each thing named one in a verb's list, after another one too
        ("Troops destroyed two trucks, a tank and a pickup truck, an army spokesman said.",
         [("an army spokesman", "destroyed", "two", A),
          ("an army spokesman", "destroyed", "a tank", A),
          ("an army spokesman", "destroyed", "a pickup truck", A)]),
        ("Troops destroyed two trucks, a tank, a drone and a boat, the army said.",
         [("the army", "destroyed", "two", A), ("the army", "destroyed", "a tank", A),
          ("the army", "destroyed", "a drone", A), ("the army", "destroyed", "a boat", A)]),
        ("Rebels seized 12 rifles, a truck and a motorbike, the police said.",
         [("the police", "seized", "12", A), ("the police", "seized", "a truck", A),
          ("the police", "seized", "a motorbike", A)]),
        # near misses: a thing after the list's clause ends, a thing with its own modifier
        ("Troops destroyed two trucks and a tank, and a soldier was killed, the army said.",
         [("the army", "destroyed", "two", A), ("the army", "killed", "a soldier", A),
          ("the army", "destroyed", "a tank", A)]),
        ("Troops destroyed two trucks, a tank and a house belonging to a chief, the army said.",
         [("the army", "destroyed", "two", A), ("the army", "destroyed", "a tank", A)]),
    ],
)  # fmt: skip
def test_each_thing_named_one_in_a_list(sentence, expected):
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a person named one after "including" without a comma is one of the count
        ("Seven people including a policeman were killed, local sources said.",
         [("local sources", "killed", "Seven", A), ("local sources", "killed", "a policeman", A)]),
        ("The attack killed 12 people including a policeman, officials said.",
         [("officials", "killed", "12", A), ("officials", "killed", "a policeman", A)]),
        ("Troops killed five militants including a senior commander, the army said.",
         [("the army", "killed", "five", A), ("the army", "killed", "a senior commander", A)]),
        ("Officials said 12 people including a child were wounded.",
         [("Officials", "wounded", "12", A), ("Officials", "wounded", "a child", A)]),
        # with commas, as before
        ("Seven people, including a policeman, were killed, local sources said.",
         [("local sources", "killed", "Seven", A), ("local sources", "killed", "a policeman", A)]),
        # near miss: "including" names no person
        ("Seven people were killed in attacks including a raid on a police post, officials said.",
         [("officials", "killed", "Seven", A)]),
    ],
)  # fmt: skip
def test_a_person_including_without_commas(sentence, expected):
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the denier's own account after a comma asserts its count
        ("The rebels denied the massacre, blaming stray bullets for just eight deaths.",
         [("The rebels", "killed", "eight", A)]),
        ("The militia denied the killings, blaming crossfire for the deaths of six civilians.",
         [("The militia", "killed", "six", A)]),
        ("The group denied killing 30 civilians, giving a toll of 8 fighters.",
         [("The group", "killed", "30", D), ("The group", "killed", "8", A)]),
        # near misses: the denied count before the participle stays denied
        ("The army denied that 40 soldiers were killed, blaming the rebels for the rumour.",
         [("The army", "killed", "40", D)]),
        ("The army denied that 40 soldiers were killed.", [("The army", "killed", "40", D)]),
    ],
)  # fmt: skip
def test_the_deniers_own_account_asserts(sentence, expected):
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a thing named one after "including" is one of the things counted
        ("The source said troops destroyed 12 trucks, including a tank.",
         [("The source", "destroyed", "12", A), ("The source", "destroyed", "a tank", A)]),
        ("Troops destroyed 12 vehicles including an armoured vehicle, the army said.",
         [("the army", "destroyed", "12", A), ("the army", "destroyed", "an armoured vehicle", A)]),
        ("Rebels seized 40 rifles, including a rocket launcher, the police said.",
         [("the police", "seized", "40", A), ("the police", "seized", "a rocket launcher", A)]),
        ("The army said it lost 3 helicopters, including a transport helicopter.",
         [("The army", "destroyed", "3", A),
          ("The army", "destroyed", "a transport helicopter", A)]),
        # near miss: "including" names no thing of the count
        ("Troops destroyed 12 trucks in attacks including a raid, the army said.",
         [("the army", "destroyed", "12", A)]),
    ],
)  # fmt: skip
def test_a_thing_including_is_one_of_the_count(sentence, expected):
    assert _rows(sentence) == expected

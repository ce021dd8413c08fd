"""Round 18, English counts and claim words, on invented sentences.

Two verbs that share one counted object each make a claim ("seized and destroyed 12
trucks"); a death and a wound stay one count of casualties. One person named among a
toll counts one, whatever nouns name them ("a senior rebel commander", "one village
elder was among the dead"). People gathered, assembled or attending somewhere are
present; a participle that describes the counted reaches no main verb past "where" or
"when" ("… unaccounted for after strikes on a hall where 200 had gathered"). The force an attack
was made with ("attacked the town with 200 fighters", "the assault with infantry and two
tanks") is the attacking force. "One of them" after a count is one of it.
Plural things listed after one named thing are harmed too ("took the base, weapons and
ammunition": the base one, the rest a claim without a count).

Modules: ``count_rules``, ``counts``, ``singulars``, ``count_participles``,
``count_objects``, ``count_parts``, ``harmed_things``, ``claims.csv``, ``lexicon/count_words``.
"""

from __future__ import annotations

import pytest
from extract_helpers import claim_figures

A = "asserts"

SHARED_OBJECT = [
    ('"We destroyed and captured dozens of armoured vehicles," the rebels said.',
     [("the rebels", "destroyed", 24.0, A), ("the rebels", "seized", 24.0, A)]),
    ("The police said the gunmen looted and torched 40 shops in Kadi.",
     [("The police", "destroyed", 40.0, A), ("The police", "seized", 40.0, A)]),
    ("The ministry said its forces killed and captured 15 insurgents near the border.",
     [("The ministry", "captured", 15.0, A), ("The ministry", "killed", 15.0, A)]),
    # near misses: a death and a wound are one count; an attack counts no victims
    ("The ministry said the rebels killed and wounded 30 villagers.",
     [("The ministry", "casualties", 30.0, A)]),
    ("The ministry said the rebels ambushed and killed 30 soldiers.",
     [("The ministry", "attacked", None, A), ("The ministry", "killed", 30.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHARED_OBJECT)
def test_two_verbs_share_their_counted_object(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


ONE_AMONG_A_TOLL = [
    ("The ministry said a senior militia commander was among those killed in Kadi.",
     [("The ministry", "killed", 1.0, A)]),
    ("A veteran police officer was among the wounded, the governor said.",
     [("the governor", "wounded", 1.0, A)]),
    ("Officials said one village elder was among the dead.",
     [("Officials", "killed", 1.0, A)]),
    # near misses: one who speaks, and one named outside any toll
    ("One village elder said three soldiers were among the dead.",
     [("One village elder", "killed", 3.0, A)]),
    ("A senior militia commander said the town was calm.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ONE_AMONG_A_TOLL)
def test_one_person_among_a_toll_counts_one(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


GATHERED = [
    ("The governor said some 300 worshippers had assembled in the square.",
     [("The governor", "present", 300.0, A)]),
    ("Witnesses said about 50 elders were attending a meeting in the mosque.",
     [("Witnesses", "present", 50.0, A)]),
    ("Police said hundreds had gathered at the market when the shells fell.",
     [("Police", "present", 200.0, A), ("Police", "shelling", None, A)]),
    # near misses: a count described before a subordinate clause keeps its own participle
    ("Medics said dozens of people remained unaccounted for after a raid on a hall where "
     "guests had gathered.",
     [("Medics", "missing", 24.0, A)]),
    ("Investigators said they had gathered evidence from the scene.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GATHERED)
def test_people_gathered_somewhere_are_present(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


ATTACKED_WITH = [
    ("Officials said the insurgents stormed the garrison with some 300 fighters.",
     [("Officials", "attacked", None, A), ("Officials", "attackers", 300.0, A)]),
    ("The ministry said the militia mounted the raid using artillery, pickups and three tanks.",
     [("The ministry", "attackers", 3.0, A)]),
    # near misses: munitions fired are shelling; people hurt in an attack are no force
    ("Officials said the insurgents hit the garrison with 40 rockets.",
     [("Officials", "shelling", 40.0, A)]),
    ("Officials said the raid on the garrison left 12 soldiers dead.",
     [("Officials", "killed", 12.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ATTACKED_WITH)
def test_the_force_an_attack_was_made_with(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


ONE_OF_THEM = [
    ("The governor said the gunmen abducted nine traders, one of them a minor.",
     [("The governor", "captured", 1.0, A), ("The governor", "captured", 9.0, A)]),
    ("Troops arrested four suspects - one of them a former officer - in Kadi, police said.",
     [("police", "captured", 1.0, A), ("police", "captured", 4.0, A)]),
    # near misses: one of them who speaks, or in an aside before the participle, is no count
    ("Medics said four villagers, one of them a teenager, were wounded.",
     [("Medics", "wounded", 4.0, A)]),
    ("The gunmen abducted nine traders, one of them told reporters.",
     [("one of them", "captured", 9.0, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ONE_OF_THEM)
def test_one_of_them_is_one_of_the_count(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)


LISTED_THINGS = [
    ("The governor said the raiders seized the depot, trucks and rifles.",
     [("The governor", "seized", None, A), ("The governor", "seized", 1.0, A)]),
    ("Witnesses said the militia torched the school, shops and granaries.",
     [("Witnesses", "destroyed", 1.0, A), ("Witnesses", "destroyed", None, A)]),
    # near misses: a list that is no thing, and words after the list
    ("Witnesses said the militia torched the school, then left.",
     [("Witnesses", "destroyed", 1.0, A)]),
    ("Officials said they took the decision, weapons in hand.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LISTED_THINGS)
def test_things_listed_after_one_named(text: str, expected: list[tuple]) -> None:
    assert claim_figures(text) == sorted(expected, key=repr)

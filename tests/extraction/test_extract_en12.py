"""Round 12, English sources and counts: an acronym in capitals inside a count's subject,
a count of one person coordinated before a participle, a second speaker's "put that
figure at", a side's losses "put at" a figure, the people of "of whom", a count in a
"since" clause, a grade before the body a role serves. Invented sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _rows(text: str) -> list[tuple]:
    """(source_raw, claim_type, value, stance) of each claim, sorted."""
    return sorted((src, kind, value, stance) for src, kind, value, _, stance in claims(text))


def _subjects(text: str) -> list[tuple]:
    """(value, subject) of each claim, sorted."""
    return sorted((value, subject) for _, _, value, subject, _ in claims(text))


# "three IS militants": a name in capitals is no verb "is"; a headline in capitals keeps
# its function words.
ACRONYMS = [
    ("Police said three IS militants were killed.", [("Police", "killed", "three", "asserts")]),
    ("The army said 12 IS fighters died in the air strikes.",
     [("The army", "killed", "12", "asserts")]),
    ("The army said it killed 14 IS militants on Sunday.",
     [("The army", "killed", "14", "asserts")]),
    ("Police said three IS fighters and two soldiers were killed.",
     [("Police", "killed", "three", "asserts"), ("Police", "killed", "two", "asserts")]),
    ("The governor said 30 ADF rebels were captured.",
     [("The governor", "captured", "30", "asserts")]),
    # near miss: a headline all in capitals
    ("THREE SOLDIERS WERE KILLED IN KADI, the army said.",
     [("the army", "killed", "THREE", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ACRONYMS)
def test_an_acronym_in_a_counted_subject(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == sorted(expected)


# "one soldier and three policemen were killed": one person counted before a coordination
ONE_CONJUNCT = [
    ('He said one soldier and three policemen were killed "in the clashes".',
     [("He", "killed", "one", "asserts"), ("He", "killed", "three", "asserts")]),
    ("One civilian and 12 militants died in the fighting, the army said.",
     [("the army", "killed", "One", "asserts"), ("the army", "killed", "12", "asserts")]),
    ("One man and two women were abducted, police said.",
     [("police", "captured", "One", "asserts"), ("police", "captured", "two", "asserts")]),
    ("He said one soldier, two policemen and three civilians were wounded.",
     [("He", "wounded", "one", "asserts"), ("He", "wounded", "two", "asserts"),
      ("He", "wounded", "three", "asserts")]),
    # near misses: one thing (not a person), one who speaks
    ("One village and three towns were attacked, he said.",
     [("he", "attacked", "three", "asserts")]),
    ("One resident and two officials said 12 people were killed.",
     [("One resident", "killed", "12", "asserts"), ("two officials", "killed", "12", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ONE_CONJUNCT)
def test_one_person_coordinated_before_a_participle(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == sorted(expected)


# "X put the toll at 433, while Y put that figure at 300"; "The militia put its losses at 6"
PUT_AT = [
    ("The army put the toll at 433, while the rebels put that figure at 300.",
     [("The army", "killed", "433", "asserts"), ("the rebels", "killed", "300", "asserts")]),
    ("Officials put the toll at 40, whereas residents put this figure at 65.",
     [("Officials", "killed", "40", "asserts"), ("residents", "killed", "65", "asserts")]),
    ("The militia put its losses at 6.", [("The militia", "killed", "6", "asserts")]),
    ("The rebels put their own dead at 12.", [("The rebels", "killed", "12", "asserts")]),
    ("The army put its losses at about 30.", [("The army", "killed", "about 30", "asserts")]),
    ("The army put its casualties at 14.", [("The army", "casualties", "14", "asserts")]),
    # near misses: put, but no side's losses
    ("The army put its troops at 400 in the region.", []),
    ("The militia put 12 bodies on display.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PUT_AT)
def test_a_figure_put_at(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == sorted(expected)


# "12 of whom were commanders": the relative's people, never "whom"
OF_WHOM = [
    ("30 rebels were killed, 12 of whom were commanders, the army said.",
     [("12", "commanders"), ("30", "rebels")]),
    ("Police said 20 people were wounded, five of whom were children.",
     [("20", "people"), ("five", "children")]),
    ("The army said 30 rebels were killed, 12 of whom were foreigners.",
     [("12", "foreigners"), ("30", "rebels")]),
    ("The army said 30 rebels were killed, 12 of whom died in the air strikes.",
     [("12", "rebels"), ("30", "rebels")]),
    ("Police said 20 people were wounded, five of whom were in critical condition.",
     [("20", "people"), ("five", "people")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OF_WHOM)
def test_the_people_of_whom(text: str, expected: list[tuple]) -> None:
    assert _subjects(text) == expected


# A count inside a clause of time opened by "since" is background, no claim
SINCE = [
    ("Calm returned since thousands of troops were moved in, the governor said.", []),
    ("The town has been calm since 400 soldiers were sent in, the mayor said, adding that 3 "
     "people were killed on Sunday.", [("the mayor", "killed", "3", "asserts")]),
    ("Attacks stopped since some 2,000 police were posted there, residents said.", []),
    # near misses: "since" before a date or an event, after the count
    ("The army said 12 rebels were killed since the operation began.",
     [("The army", "killed", "12", "asserts")]),
    ("The army said it has killed 300 militants since the offensive began.",
     [("The army", "killed", "300", "asserts")]),
    ("The army said 12 rebels have been killed since Monday, and 40 since January.",
     [("The army", "killed", "12", "asserts"), ("The army", "killed", "40", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SINCE)
def test_a_count_in_a_since_clause(text: str, expected: list[tuple]) -> None:
    assert [(s, k, v, st) for s, k, v, st in _rows(text) if v] == sorted(expected)


# "Ali Sow, senior police official": the police (the grade is the person's)
GRADED = [
    ("Ali Sow, senior police official told media that 12 people were killed.", "police"),
    ("Ali Sow, senior army officer said 12 people were killed.", "army"),
    ("Ali Sow, the senior army officer in the area, said 12 people were killed.", "the army"),
    ("Ali Sow, deputy police commissioner, said 12 people were killed.", "police"),
    # near misses: a place's body keeps its place; no body named keeps the whole
    ("Ali Sow, district police chief told reporters that 12 people were killed.",
     "district police"),
    ("Ali Sow, a senior police official, said 12 people were killed.",
     "a senior police official"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source"), GRADED)
def test_a_grade_before_the_body_a_role_serves(text: str, source: str) -> None:
    assert {src for src, *_ in claims(text)} == {source}


# A closing quotation mark ends a count's subject
CLOSING_MARK = [
    ("“We lost two soldiers” colonel Ali Sow said.", [("two", "soldiers")]),
    ('"They killed 12 villagers" a witness said.', [("12", "villagers")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLOSING_MARK)
def test_a_closing_mark_ends_a_subject(text: str, expected: list[tuple]) -> None:
    assert _subjects(text) == expected


# A quotation over two paragraphs: the source after its closing mark said both
TWO_PARAGRAPHS = [
    ("“The attackers came at dawn. They killed 12 villagers.\n"
     "We lost two soldiers,” colonel Ali Sow said.",
     [("colonel Ali Sow", "killed", "12", "asserts"),
      ("colonel Ali Sow", "killed", "two", "asserts")]),
    ("“The gunmen burned 30 houses.\n“Four of our men were wounded,” said Ali Sow, a "
     "police officer.",
     [("a police officer", "destroyed", "30", "asserts"),
      ("a police officer", "wounded", "Four", "asserts")]),
    ('"The gunmen killed 14 villagers.\n"Three soldiers were wounded," a resident told AFP.',
     [("a resident", "killed", "14", "asserts"), ("a resident", "wounded", "Three", "asserts")]),
    # near misses: no source after the closing mark; a quotation closed before
    ("“The attackers came at dawn. They killed 12 villagers.\n"
     "The army said two soldiers were killed.",
     [("The army", "killed", "two", "asserts")]),
    ("The rebels said “12 villagers were killed.\n“It was a massacre,” Ali Sow said.",
     [("The rebels", "killed", "12", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TWO_PARAGRAPHS)
def test_a_quotation_over_two_paragraphs(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == sorted(expected)


# "killed the chief and his three guards": a count with its owner's possessive in a verb's
# list; "…, killing the deputy provincial governor": one person by a definite after "-ing"
OBJECTS = [
    ("The rebels killed the chief and his three guards, police said.",
     [("police", "killed", "the chief", "asserts"), ("police", "killed", "three", "asserts")]),
    ("Gunmen killed a teacher and his two sons, police said.",
     [("police", "killed", "a teacher", "asserts"), ("police", "killed", "two", "asserts")]),
    ("Gunmen ambushed a convoy, killing the deputy provincial governor and his two "
     "bodyguards, an official said.",
     [("an official", "attacked", None, "asserts"),
      ("an official", "killed", "the deputy provincial governor", "asserts"),
      ("an official", "killed", "two", "asserts")]),
    ("A bomb exploded near the market, wounding the local imam, police said.",
     [("police", "wounded", "the local imam", "asserts")]),
    # near misses: no claim verb before the list
    ("The army visited the chief and his three guards, police said.", []),
    ("The governor met the chief and his three advisers on Monday, police said.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OBJECTS)
def test_objects_of_a_claim_verb(text: str, expected: list[tuple]) -> None:
    assert sorted(_rows(text), key=str) == sorted(expected, key=str)


# A foreign ministry speaks for its state's government, across languages and word orders
FOREIGN = [
    ("Sudan's Foreign Ministry", "SD:government"),
    ("the Sudanese Foreign Ministry", "SD:government"),
    ("le ministère soudanais des Affaires étrangères", "SD:government"),
    ("the foreign minister of Chad", "TD:government"),
    # near misses: foreign fighters, foreign forces are no ministry
    ("a foreign fighter", None),
    ("foreign forces", None),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "key"), FOREIGN)
def test_a_foreign_ministry(phrase: str, key: str | None) -> None:
    from claimtrack.extraction.institutions import institution

    assert institution(phrase) == key


# "killed or severely injured": a death or a wound, not split, with the wound's adverb
HURT = [
    ("Five militants were killed or severely injured in the attack, the army said.",
     [("the army", "casualties", "Five", "asserts")]),
    ("Twelve rebels were killed or seriously wounded, the army said.",
     [("the army", "casualties", "Twelve", "asserts")]),
    ("Twelve rebels were killed and badly hurt, the army said.",
     [("the army", "casualties", "Twelve", "asserts")]),
    # near misses: a count of none stays split; a second clause is no second participle
    ("No soldier was killed or seriously wounded, the army said.",
     [("the army", "killed", "No", "asserts"), ("the army", "wounded", "No", "asserts")]),
    ("Twelve rebels were killed, and severely wounded men were taken away, the army said.",
     [("the army", "killed", "Twelve", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HURT)
def test_killed_or_badly_hurt(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == sorted(expected)

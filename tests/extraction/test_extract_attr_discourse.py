"""Sources across sentences (issue 13, discourse): antecedents of pronouns, documents of bodies."""

from __future__ import annotations

import pytest
from extract_helpers import claims


@pytest.mark.parametrize(
    "text",
    [
        "Le communiqué du gouvernement fait état de 95 morts. Mais le gouverneur a revu ce "
        "bilan à la baisse. Selon lui, 35 soldats ont été blessés.",
        "The statement of the government put the toll at 95. But the governor revised the "
        "toll. According to him, 35 soldiers were wounded.",
    ],
)
def test_a_personal_pronoun_is_a_person_not_the_document_before(text):
    rows = claims(text)
    assert [r[0] for r in rows if r[1] == "wounded"] == [
        "le gouverneur" if "gouverneur" in text else "the governor"
    ]


def test_a_personal_pronoun_with_only_a_document_before_stays_as_written():
    rows = claims("Le communiqué fait état de 95 morts. Selon lui, 35 soldats ont été blessés.")
    assert [r[0] for r in rows if r[1] == "wounded"] == ["lui"]


def test_il_may_stand_for_a_document():
    rows = claims(
        "Le communiqué de l'armée fait état de 95 morts. Il précise que 35 soldats ont été blessés."
    )
    assert [r[0] for r in rows if r[1] == "wounded"] == ["l'armée"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Le communiqué du gouvernement fait état de 95 morts.", "le gouvernement"),
        (
            "Le communiqué publié lundi par le gouvernement du Mali fait état de 95 morts.",
            "le gouvernement du Mali",
        ),
        ("The statement from the army said 95 people were killed.", "the army"),
        ("A report by Human Rights Watch said 95 people were killed.", "Human Rights Watch"),
    ],
)
def test_the_document_of_a_named_body_is_the_body(text, body):
    assert [r[0] for r in claims(text)] == [body]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('The colonel said the army held the town. "We killed 12 fighters."', "The colonel"),
        ("Le colonel a parlé lundi. « Nous avons tué 12 combattants. »", "Le colonel"),
    ],
)
def test_a_quotation_standing_alone_keeps_the_speaker_before(text, source):
    assert [(r[0], r[2]) for r in claims(text)] == [(source, "12")]


def test_a_quotation_after_no_speaker_has_no_source():
    assert claims('Clashes broke out on Monday. "We killed 12 fighters."') == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Selon un bilan communiqué par le ministère, 30 soldats ont été tués.", "le ministère"),
        ("According to a toll released by the ministry, 30 soldiers were killed.", "the ministry"),
        ("Selon un communiqué de l'armée publié lundi, 30 soldats ont été tués.", "l'armée"),
        ("According to the latest United Nations figures, 30 people died.", "United Nations"),
        ("According to Health Ministry figures, 30 people were killed.", "Health Ministry"),
    ],
)
def test_according_to_a_document_is_according_to_its_body(text, body):
    assert [r[0] for r in claims(text)] == [body]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The spokesman said 30 people were killed. The army later said 12 died. "
            "He said 5 were wounded.",
            "The spokesman",
        ),
        ("The army said 30 people were killed. He said 5 were wounded.", "He"),
        (
            "Ali Traore, the village headman, said 30 people were killed. He said 5 were wounded.",
            "Ali Traore, the village headman",
        ),
        (
            "A woman who fled said 30 people were killed. She said 5 were wounded.",
            "A woman who fled",
        ),
    ],
)
def test_he_and_she_stand_for_the_last_person(text, source):
    assert [r[0] for r in claims(text) if r[1] == "wounded"] == [source]


def test_an_article_before_capitals_is_no_persons_name():
    rows = claims("The Civil Defence, first responders in the city, said 30 people were killed.")
    assert [r[0] for r in rows] == ["The Civil Defence"]

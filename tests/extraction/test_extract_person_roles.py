"""A person named again by surname speaks for the body his fuller mention names
(invented sentences)."""

from __future__ import annotations

import warnings

import pytest

import claimtrack as ct
from claimtrack.extraction.person_roles import role_of, surname


def _speakers(text: str) -> set[tuple]:
    """(source_raw, actor_id, institution) of each claim of a text."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = ct.extract(text)
    frame = frame.astype(object).where(frame.notna(), None)
    return set(zip(frame["source_raw"], frame["actor_id"], frame["institution"], strict=True))


@pytest.mark.parametrize(
    ("text", "source", "actor", "key"),
    [
        # "Name, role," then the surname with a title: the role's body
        (
            "Colonel Amadou Traoré Diallo, spokesman for the Malian army, spoke in Gao. "
            "Colonel Traoré said 14 militants were killed.",
            "Colonel Traoré",
            "fama",
            "ML:military",
        ),
        (
            "Karim Selou, spokesman for the Kenyan police, visited Mandera. "
            "He added that six militants were killed in the raid.",
            "Karim Selou",
            None,
            "KE:police",
        ),
        # "role, Name": the segment before the comma (an armed group's: no state's key)
        (
            "Joint par téléphone, le porte-parole militaire du M23, le lieutenant-colonel "
            "Jean Musafiri, a parlé de Goma. Selon le lieutenant-colonel Musafiri, 9 soldats "
            "ont été tués.",
            "le lieutenant-colonel Musafiri",
            "m23",
            None,
        ),
        (
            "Le général Idriss Mahamat Abakar, porte-parole de l'armée tchadienne, a parlé. "
            "Le général Mahamat a affirmé que 40 rebelles ont été tués.",
            "Le général Mahamat",
            "td_army",
            "TD:military",
        ),
    ],
)
def test_a_surname_speaks_for_the_body_of_its_fuller_mention(
    text: str, source: str, actor: str | None, key: str | None
) -> None:
    got = {(a, k) for s, a, k in _speakers(text) if s == source}
    assert got == {(actor, key)}


@pytest.mark.parametrize(
    ("text", "source", "key"),
    [
        # near misses: no role beside the name anywhere, or a role that is someone else's
        (
            "Amadou Traoré visited Gao in Mali on Monday. Traoré said 14 militants were killed.",
            "Amadou Traoré",
            None,
        ),
        (
            "The police chief told reporters that Amadou Traoré was in Gao. "
            "Traoré said 14 militants were killed.",
            "Traoré",
            None,
        ),
    ],
)
def test_no_role_beside_the_name_leaves_the_person_unresolved(
    text: str, source: str, key: str | None
) -> None:
    got = {(a, k) for s, a, k in _speakers(text) if s == source}
    assert got == {(None, key)}


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("le lieutenant-colonel Kazoba", "Kazoba"),
        ("Le général Mahamat", "Mahamat"),
        ("Lt. Col. Jean Musafiri", "Musafiri"),
        ("Karim Selou", "Selou"),
        ("M. Sow", "Sow"),
        ("the army", None),
        ("le colonel", None),
        ("The Taliban spokesman", None),
        ("the Interior Ministry", None),
        ("Human Rights Watch", None),
    ],
)
def test_a_surname_is_read_from_a_name_with_its_titles(phrase: str, name: str | None) -> None:
    assert surname(phrase) == name


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "On Monday, Kenyan police commissioner Ali Yusuf visited Mandera.",
            "Kenyan police commissioner",
        ),
        ("The raid was confirmed by army spokesman Ali Yusuf.", "army spokesman"),
        ("Ali Yusuf, a senior police officer, visited Mandera.", "a senior police officer"),
        (
            "Le porte-parole de la gendarmerie, le capitaine Ali Yusuf, a parlé.",
            "Le porte-parole de la gendarmerie",
        ),
        # near misses: a role in the clause, not beside the name
        ("The police chief told reporters that Ali Yusuf was in Mandera.", None),
        ("Speaking in Mandera on Monday, Ali Yusuf, who visited the wounded, left.", None),
    ],
)
def test_a_role_is_read_beside_the_name(text: str, role: str | None) -> None:
    assert role_of("M. Yusuf", text) == role


def test_the_first_role_beside_the_name_is_the_one() -> None:
    text = (
        "Les rebelles ont parlé. Ali Sow, porte-parole de la police, était à Kidal. "
        "Ali Sow, ancien chef de village, a parlé."
    )
    assert role_of("M. Sow", text) == "porte-parole de la police"

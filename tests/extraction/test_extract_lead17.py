"""A French list of people counted one by one, its participle after the last of them: each
item is a claim, the first count included. Sentences invented."""

from __future__ import annotations

import pytest

import claimtrack as ct


@pytest.mark.parametrize(
    ("text", "claim_type", "values"),
    [
        (
            "Selon l'armée, douze soldats, un policier et deux civils ont été tués.",
            "killed",
            ["douze", "un policier", "deux"],
        ),
        (
            "Selon l'armée, trois assaillants, un gendarme et deux civils ont été blessés.",
            "wounded",
            ["trois", "un gendarme", "deux"],
        ),
        (
            "Selon l'armée, douze motos, de l'armement et des munitions ont été saisis.",
            "seized",
            ["douze"],
        ),
    ],
)
def test_the_first_count_of_a_french_list_takes_the_last_participle(
    text: str, claim_type: str, values: list[str]
) -> None:
    frame = ct.extract(text, "x")
    assert sorted(frame["value"]) == sorted(values)
    assert set(frame["claim_type"]) == {claim_type}
    assert set(frame["source_raw"]) == {"l'armée"}


def test_a_list_of_people_is_not_read_as_things_seized() -> None:
    frame = ct.extract(
        "Selon l'armée, douze soldats, un policier et deux civils ont été saisis.", "x"
    )
    assert "douze" not in frame["value"].tolist()


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Selon l'armée, l'un des 12 assaillants a été tué.", [("killed", "l'un")]),
        (
            "Selon l'armée, l'une des 30 élèves enlevées a été tuée.",
            [("killed", "l'une"), ("captured", "30")],
        ),
    ],
)
def test_one_of_a_whole_is_counted_once(text: str, claims: list[tuple[str, str]]) -> None:
    frame = ct.extract(text, "x")
    assert list(zip(frame["claim_type"], frame["value"], strict=True)) == claims


def test_a_subject_keeps_its_accents() -> None:
    frame = ct.extract("Selon l'armée, l'attaque de 70 éléments du groupe a été repoussée.", "x")
    assert frame.loc[frame["claim_type"] == "attackers", "subject"].tolist() == ["éléments"]

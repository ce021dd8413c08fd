"""Two offices of one person joined by "and"/"et" are one role: the body after them speaks,
and no source starts with the conjunction or half a hyphenated office. Sentences invented."""

from __future__ import annotations

import pytest

import claimtrack as ct


def _sources(text: str) -> list[str]:
    return ct.extract(text, "x")["source_raw"].tolist()


@pytest.mark.parametrize(
    "role",
    ["deputy leader and spokesman for", "general-secretary and spokesman for", "spokesman for"],
)
def test_two_offices_before_a_body_give_the_body(role: str) -> None:
    frame = ct.extract(f"Ali Sow, {role} the MNDAA, said 12 soldiers were killed.", "x")
    assert frame["source_raw"].tolist() == ["the MNDAA"]
    assert frame["actor_id"].tolist() == ["mndaa"]


def test_a_hyphenated_general_secretary_is_one_office() -> None:
    sources = _sources("Ali Sow, general-secretary of the union, said 12 soldiers were killed.")
    assert sources == ["the union"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ali Sow, porte-parole et ministre de la Communication, a affirmé que 12 soldats"
            " ont été tués.",
            "porte-parole et ministre de la Communication",
        ),
        (
            "Ali Sow, spokesman and minister of information, said 12 soldiers were killed.",
            "spokesman and minister of information",
        ),
    ],
)
def test_an_office_and_a_ministry_keep_the_ministry(text: str, source: str) -> None:
    assert _sources(text) == [source]

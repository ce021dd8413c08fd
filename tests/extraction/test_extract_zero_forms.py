"""Counts of none and of one that a negation or a stressing word makes: "did not lose any
soldiers" (none, asserted), "if any were killed" (no count), "un seul soldat est mort"
(one). Sentences invented."""

from __future__ import annotations

import pytest

import claimtrack as ct


def _claims(text: str) -> list[tuple[str, str, str]]:
    frame = ct.extract(text, "x")
    return list(zip(frame["claim_type"], frame["value"], frame["stance"], strict=True))


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        ("The army said it did not suffer any casualties.", "casualties"),
        ("The army said it had not lost any soldiers in the attack.", "killed"),
        ("The rebels said they never killed any civilians.", "killed"),
        ("The police said the blast went off without causing any casualties.", "casualties"),
    ],
)
def test_any_after_a_negated_claim_verb_counts_none(text: str, claim_type: str) -> None:
    assert _claims(text) == [(claim_type, "none", "asserts")]


@pytest.mark.parametrize(
    "text",
    [
        "Officials did not say if any soldiers were killed.",
        "The rebels said any soldiers found would be killed.",
    ],
)
def test_any_without_a_negation_is_no_count(text: str) -> None:
    assert _claims(text) == []


def test_a_negated_figure_is_still_denied() -> None:
    assert _claims("The army said it did not kill 12 civilians.") == [("killed", "12", "denies")]


@pytest.mark.parametrize(
    ("text", "claim_type", "value"),
    [
        ("Le ministère a indiqué qu'un seul soldat est mort.", "killed", "un"),
        ("Selon l'armée, une seule personne a été blessée.", "wounded", "une"),
        ("L'armée a affirmé qu'un seul véhicule avait été détruit.", "destroyed", "un"),
    ],
)
def test_un_seul_counts_one(text: str, claim_type: str, value: str) -> None:
    assert _claims(text) == [(claim_type, value, "asserts")]

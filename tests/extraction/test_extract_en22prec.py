"""Round 22, English precision and stance: claims read where a denial ends and what an
accusation says.

Sentence kinds (invented sentences only):
- a head denial goes on with the denier's own verb ("X rejected a claim by the rebels that
  40 soldiers were killed, insisting/saying …"): what follows the participle (or "and
  said") is the denier's own assertion, not more of the denied claim, nor the claim
  owner's; the denial's object ends at that verb;
- the denial of a claim noun whose denier goes on to say an event did not happen
  ("refuted the claims and said there were no clashes", "rejected the report, insisting
  there was no fighting") denies that event (fighting, denied), not a general denial;
- a deed denied as a gerund, alone or as what a denied claim is about, types the denial
  ("denied rebel claims about capturing a village": seized; "denies breaking the truce":
  responsibility; "denied claims of making territorial gains": seized), not a general
  denial; "taking part", "making a call" are no seizure; a quoted label after "as"
  ('denied the claims as "propaganda to hide its losses"') is no part of what is denied;
- "accused X of <deed>" / "blamed X for <deed>" is responsibility only when the deed is
  harm ("of killing civilians", "of violating the ceasefire", "for causing the clashes");
  an attack on a place is that attack ("accused Israel of bombing army positions":
  attacked, as the corpus annotates; with its dead counted, "of shelling a market in a
  strike that killed 9", the accused is blamed for them: responsibility), backing an armed
  group an alliance ("of backing the militia", also past an aside in commas), any other
  deed no claim ("of trying to spread fake information", "of failing to expel
  terrorists", "of spreading rumours").
"""

from __future__ import annotations

import pytest

import claimtrack as ct


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    df = ct.extract(text)
    return sorted(
        zip(df["source_raw"], df["claim_type"], df["value"].astype(str), df["stance"], strict=True)
    )


def _types(text: str) -> list[tuple[str, str]]:
    df = ct.extract(text)
    return sorted(zip(df["claim_type"], df["stance"], strict=True))


@pytest.mark.parametrize(
    ("text", "owner", "own"),
    [
        (
            "The army rejected a claim by the rebels that 40 soldiers were killed, saying that"
            " only two were wounded.",
            "the rebels",
            ("The army", "wounded", "two", "asserts"),
        ),
        (
            "The ministry dismissed a rebel claim that a drone strike killed 300 of its"
            " soldiers, insisting there were no fatalities.",
            "a rebel",
            ("The ministry", "killed", "no", "asserts"),
        ),
    ],
)
def test_after_a_head_denial_the_going_on_participle_is_the_deniers_own(
    text: str, owner: str, own: tuple[str, str, str, str]
) -> None:
    rows = _rows(text)
    assert own in rows
    # the denied figure is the owner's and the denier's denial; the own figure is neither
    assert not any(r[0] == owner and r[2] == own[2] for r in rows)
    assert not any(r[2] == own[2] and r[3] == "denies" for r in rows)
    assert any(r[0] == owner and r[3] == "asserts" for r in rows)
    assert not any(r[1] == "denied" for r in rows)  # the figure carries the denial


def test_a_denial_that_runs_on_without_its_own_verb_is_unchanged() -> None:
    rows = _rows("The police denied reports that 12 villagers were abducted and 3 were killed.")
    assert ("The police", "captured", "12", "denies") in rows
    assert ("The police", "killed", "3", "denies") in rows


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman refuted the claims and said there were no clashes between the two sides.",
        "The army rejected the report, insisting there was no fighting in the town.",
    ],
)
def test_a_denier_saying_an_event_did_not_happen_denies_that_event(text: str) -> None:
    assert _types(text) == [("fighting", "denies")]


def test_a_denied_count_with_no_own_account_carries_the_denial_alone() -> None:
    # no "and said" after the object: the count carries the denial, no general row
    assert ("denied", "denies") not in _types("The army denied that 30 soldiers were killed.")


@pytest.mark.parametrize(
    "text",
    [
        "The general accused the rebels of trying to spread fake information.",
        "Islamabad accuses Kabul of failing to expel the militants from its territory.",
        "He accused a lawmaker of spreading rumours about the fighting in the district.",
    ],
)
def test_an_accusation_of_no_harm_is_no_responsibility(text: str) -> None:
    assert ("responsibility", "asserts") not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow accused Kyiv of killing seven civilians in the market.",
        "The ministry accused the rebels of violating the ceasefire.",
        "The officials accused the other side of starting the shooting.",
        "The army accused the rebels of the attack on the convoy.",
        "The army accused the rebels of shelling a market in a strike that killed 9 people.",
    ],
)
def test_an_accusation_of_harm_is_responsibility(text: str) -> None:
    assert ("responsibility", "asserts") in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebel group accused the army of attacking its positions last month.",
        "The government accused the militia of bombing army posts near the river.",
    ],
)
def test_an_accusation_of_attacking_a_place_is_the_attack(text: str) -> None:
    types = _types(text)
    assert ("attacked", "asserts") in types
    assert ("responsibility", "asserts") not in types


@pytest.mark.parametrize(
    "text",
    [
        "The army accused the official of backing the militia.",
        "The army accused the official, a member of the old ruling party, of arming the militia.",
    ],
)
def test_an_accusation_of_backing_a_group_is_an_alliance(text: str) -> None:
    assert _types(text) == [("alliance", "asserts")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coalition denied rebel claims about capturing a village near the border.", "seized"),
        ("The rebel group denies breaking the truce.", "responsibility"),
        ("The army denied claims of making territorial gains in the north.", "seized"),
        ("The army denied reports of attacking the camp.", "attacked"),
    ],
)
def test_a_deed_denied_as_a_gerund_types_the_denial(text: str, expected: str) -> None:
    assert _types(text) == [(expected, "denies")]


@pytest.mark.parametrize(
    "text",
    [
        "The minister denied taking part in the talks.",
        "The governor denied making a call to the rebels.",
    ],
)
def test_a_gerund_of_no_deed_stays_a_general_denial(text: str) -> None:
    assert _types(text) == [("denied", "denies")]


def test_a_quoted_label_after_as_is_no_part_of_what_is_denied() -> None:
    text = 'The army denied rebel claims of making gains as "propaganda to hide their losses".'
    assert _types(text) == [("seized", "denies")]

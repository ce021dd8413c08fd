"""Round 21, English tolls the rules did not read (recall): killed and wounded.

Sentence kinds (invented sentences only):
- a claim of responsibility for deaths counted with a bound ("claimed responsibility for
  the deaths of at least 16 soldiers", "for killing at least 12"): the claimant's toll
  ("at least" is no preposition ending what is claimed);
- a death told as a life claimed, cost or taken, in the singular ("opening fire and
  claiming the life of another soldier", "cost the life of one civilian"); a death
  called supposed or purported ("the supposed deaths of 16 soldiers are lies");
- a death toll whose event is described at length before its verb ("the death toll in a
  separate shootout on Wednesday near the border town had risen to 24");
- a toll given as a list of names after an inverted participle ("said slain were Sgt. X
  and Pfc. Y", "Wounded were Pfcs. A, B and C; Privates D, E and F"): the number of
  names, the next sentence of names going on in the same voice, ranks abbreviated with a
  dot ending no sentence ("Pfc.", "Pfcs."); a list that goes on with a description ("and
  the driver") or no names ("those killed were not insurgents") gives nothing;
- a bare participle claimant ("an attack claimed by X", "the bombing, claimed by X,
  killed 12"): X's claim of responsibility only, the toll the sentence's source's (not
  "an encounter as claimed by the military").
"""

from __future__ import annotations

import pytest

import claimtrack as ct


def _claims(text: str) -> list[tuple[str, str, str]]:
    df = ct.extract(text)
    return sorted(zip(df["source_raw"], df["claim_type"], df["value"].astype(str), strict=True))


def _tolls(text: str) -> list[tuple[str, str, str]]:
    return [c for c in _claims(text) if c[1] in ("killed", "wounded")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels claimed responsibility for the deaths of at least 16 members of the "
            "security forces in the province, but the army said they were lying.",
            ("The rebels", "killed", "at least 16"),
        ),
        (
            "The group claimed responsibility for killing at least 12 soldiers at a checkpoint.",
            ("The group", "killed", "at least 12"),
        ),
        (
            "The militia claimed responsibility for the deaths of at most 3 guards.",
            ("The militia", "killed", "at most 3"),
        ),
    ],
)
def test_claimed_deaths_with_a_bound(text: str, expected: tuple) -> None:
    assert expected in _claims(text)


def test_claimed_attack_at_a_place_keeps_its_toll_outside() -> None:
    # "at" a place still ends the object claimed: the toll after it is the outer voice's
    claims = _claims(
        "The group claimed the raid at the market, which killed 9 people, police said."
    )
    assert ("police", "killed", "9") in claims
    assert ("The group", "killed", "9") not in claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the ministry, the rebels opened fire, claiming the life of another "
            "soldier.",
            ("the ministry", "killed", "another soldier"),
        ),
        (
            "The army said the fire claimed the life of a soldier.",
            ("The army", "killed", "a soldier"),
        ),
        (
            "The shelling cost the life of one civilian, the mayor said.",
            ("the mayor", "killed", "one"),
        ),
        ("Police said the blast took the life of one guard.", ("Police", "killed", "one")),
    ],
)
def test_a_life_claimed(text: str, expected: tuple) -> None:
    assert expected in _claims(text)


def test_supposed_deaths_denied() -> None:
    df = ct.extract('The minister said that the supposed deaths of 16 soldiers "are lies".')
    row = df[df["claim_type"] == "killed"].iloc[0]
    assert (row["value"], row["stance"]) == ("16", "denies")


def test_a_life_saved_is_no_toll() -> None:
    assert _tolls("The medic said the quick transfer saved the life of one soldier.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The official said the death toll in a separate shootout on Wednesday near the border "
        "town of San Luis had risen to 24.",
        "The death toll from the attack on the crowded market in the northern town of Kidal "
        "late on Sunday rose to 24, officials said.",
    ],
)
def test_a_toll_with_a_long_event(text: str) -> None:
    assert [c[1:] for c in _tolls(text)] == [("killed", "24")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The captain said slain were Sgt. John Smith and Private First Class (Pfc) Peter "
            "Brown.",
            [("The captain", "killed", "2")],
        ),
        (
            "Killed in the ambush were Cpl. Ali Musa and Pvt. Omar Sani, the army said.",
            [("the army", "killed", "2")],
        ),
        ("The dead were Ali Musa and Omar Sani, police said.", [("police", "killed", "2")]),
        (
            "The captain said slain were Sgt. John Smith and Pfc. Peter Brown. Wounded were "
            "Pfcs. Michael Doe, Tom Cruz and Ken Lee; Privates Ryan De La Cruz, Joe Tan and "
            "John Paul Reyes.",
            [("The captain", "killed", "2"), ("The captain", "wounded", "6")],
        ),
    ],
)
def test_a_toll_of_names(text: str, expected: list) -> None:
    assert _tolls(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Killed were Ali Musa, Omar Sani and the driver, police said.",
        "Those killed were not insurgents, relatives said.",
        "Wounded were two soldiers from the Seventh Brigade and Third Battalion, police said.",
        "Police said the suspects were Ali Musa and Omar Sani.",
    ],
)
def test_no_toll_of_names(text: str) -> None:
    assert ("killed", "2") not in [c[1:] for c in _claims(text)]
    assert not [c for c in _claims(text) if c[2] in ("2", "3")]


def test_ranks_end_no_sentence() -> None:
    from claimtrack.extraction.sentences import split_sentences

    text = "Wounded were Pfcs. Michael Doe and Tom Cruz. Pfc. Ken Lee was unhurt."
    assert len(split_sentences(text)) == 2


# A bare participle claimant, the English twin of "revendiqué(e) par X": X's claim of
# responsibility only; the toll stays with the sentence's source.
@pytest.mark.parametrize(
    ("text", "claimant", "toll"),
    [
        (
            "Twelve soldiers were killed in an attack claimed by the Islamic State group, the "
            "army said.",
            "the Islamic State group",
            ("the army", "killed", "Twelve"),
        ),
        (
            "The army said 12 soldiers died in an ambush claimed by JNIM.",
            "JNIM",
            ("The army", "killed", "12"),
        ),
        (
            "An attack claimed by the Islamic State killed 12 soldiers on Sunday, officials said.",
            "the Islamic State",
            ("officials", "killed", "12"),
        ),
        (
            "The bombing, claimed by the Pakistani Taliban, killed 12 people, police said.",
            "the Pakistani Taliban",
            ("police", "killed", "12"),
        ),
    ],
)
def test_bare_claimed_by(text: str, claimant: str, toll: tuple) -> None:
    claims = _claims(text)
    assert (claimant, "responsibility") in [c[:2] for c in claims]
    assert toll in claims
    assert not [c for c in claims if c[0] == claimant and c[1] != "responsibility"]


def test_bare_claimed_by_alone_gives_no_toll_to_the_claimant() -> None:
    claims = _claims("Twelve soldiers were killed in an attack claimed by the Islamic State group.")
    assert [c[:2] for c in claims] == [("the Islamic State group", "responsibility")]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said it was an ambush and not an encounter as claimed by the military.",
        "The village was attacked, the governor claimed, by gunmen.",
    ],
)
def test_no_bare_claimant(text: str) -> None:
    assert "responsibility" not in [c[1] for c in _claims(text)]

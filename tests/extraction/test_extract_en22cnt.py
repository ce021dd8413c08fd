"""Round 22, English counts and claim types: general sentence kinds read wrong or not at all.

Sentence kinds (invented sentences only):
- a list after a claim verb's count that goes on with people named one by an article,
  a comma before the first ("killed seven policemen, a guard and a priest"): each one is
  one more of the count's kind; a speaker after the comma stays a speaker;
- a breakdown by place whose last count is a bare "one" ("six died in Kano, two in Kaduna
  and one in Zaria"): one more of the list ("one in three" stays a ratio, no count);
- fighters as the subject of an attack verb: "had come" (a participle after "had"), "came
  under fire" (attacked, no force), "detonated", "blew themselves up", an adverb in -ly
  before the verb ("simultaneously detonated"), and troops called armed ("six armed
  soldiers opened fire"; troops not called armed who arrive are no attackers);
- munitions or drones counted as fired or launched, with no target ("three drones were
  launched from the border", "40 rockets had been fired"): shelling; attacks launched are no
  munitions;
- forces present: "there are still about 7,000 rebels inside the region" (an adverb after
  "there are", "inside" read into the subject), "700 troops had been housed in a hostel";
  people housed in camps are no force;
- a toll put against another's: "put the death toll at a much lower 50";
- a reporting participle used as an adjective after a superlative ("killing 30 soldiers in
  the biggest reported ambush"): no source phrase, the count is the sentence's source's.
"""

from __future__ import annotations

import pytest

import claimtrack as ct


def _claims(text: str) -> list[tuple[str, str]]:
    df = ct.extract(text)
    return sorted(zip(df["claim_type"], df["value"].astype(str), strict=True))


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    df = ct.extract(text)
    cols = ["source_raw", "claim_type", "value", "stance"]
    return [tuple(str(v) for v in r) for r in df[cols].itertuples(index=False)]


def test_a_list_of_ones_after_a_comma_goes_on():
    claims = _claims("Officials said the blast killed nine policemen, a guard and a priest.")
    assert ("killed", "a guard") in claims
    assert ("killed", "a priest") in claims
    assert ("killed", "nine") in claims


def test_a_list_of_ones_after_a_longer_count():
    claims = _claims(
        "Officials said gunmen raided a mosque, killing at least five police officers, "
        "a national guard officer and a cleric."
    )
    assert ("killed", "a national guard officer") in claims
    assert ("killed", "a cleric") in claims


@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed 12 soldiers, a police officer said.",
        "The strike killed nine policemen, a spokesman and a resident said.",
    ],
)
def test_a_speaker_after_the_comma_is_no_one_counted(text):
    claims = _claims(text)
    assert not any(value.startswith("a ") for _, value in claims)


def test_a_bare_one_ends_a_breakdown_by_place():
    claims = _claims("The army said six civilians had died in Gao, two in Mopti and one in Kidal.")
    assert [c for c in claims if c[0] == "killed"] == [
        ("killed", "one"),
        ("killed", "six"),
        ("killed", "two"),
    ]


def test_one_in_a_number_stays_a_ratio():
    claims = _claims("Officials said 40 people were killed; one in four were children.")
    assert claims == [("killed", "40")]


def test_a_one_that_speaks_is_no_count():
    claims = _claims("Police said four people were killed in Gao and one in the town said he fled.")
    assert claims == [("killed", "four")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The chief said 15 gunmen had come on motorcycles.", "15"),
        ("Police said the two suicide bombers detonated their vests in the market.", "two"),
        ("Police said four suicide bombers blew themselves up at the gate.", "four"),
        (
            "A witness said the three bombers simultaneously detonated the devices they wore.",
            "three",
        ),
        ("The army said five armed Malian soldiers opened fire near one of its posts.", "five"),
    ],
)
def test_fighters_that_attack_are_the_attackers(text, value):
    assert ("attackers", value) in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The chief said 15 gunmen had come under fire near the town.",
        "The army said 300 troops arrived in the town.",
    ],
)
def test_no_attacking_force(text):
    assert not [c for c in _claims(text) if c[0] == "attackers"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The report said three or four drones were launched from across the border.",
            "three or four",
        ),
        ("The army said 40 rockets had been fired.", "40"),
    ],
)
def test_munitions_fired_are_shelling(text, value):
    assert ("shelling", value) in _claims(text)


def test_attacks_launched_are_no_munitions():
    assert not _claims("The army said two attacks were launched from the border.")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Officials said there are still about 7,000 rebels inside the region.", ["about 7,000"]),
        (
            "The ministry said more than 500 troops had been housed in one hostel and more "
            "than 300 in another.",
            ["more than 300", "more than 500"],
        ),
        ("Officials said there were 40 people in the compound.", ["40"]),
    ],
)
def test_forces_present(text, values):
    assert sorted(v for t, v in _claims(text) if t == "present") == values


def test_people_housed_in_camps_are_no_force():
    assert not _claims("The ministry said 700 people were housed in camps.")


def test_a_toll_put_lower_than_another():
    rows = _rows("A local official put the death toll at a much lower 40.")
    assert rows == [("A local official", "killed", "40", "asserts")]


def test_a_superlative_reported_is_no_source():
    rows = _rows(
        "Rebel fighters said they trapped an army unit on Monday, killing 25 soldiers in the "
        "deadliest reported ambush in months. Officials denied the claim."
    )
    assert ("Rebel fighters", "killed", "25", "asserts") in rows
    assert not any("deadliest" in r[0] for r in rows)


def test_a_capitalized_region_still_reports():
    rows = _rows("Sources in the West reported that 30 soldiers were killed.")
    assert rows == [("Sources in the West", "killed", "30", "asserts")]

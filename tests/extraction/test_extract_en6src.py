"""Round 6, English source phrases: who speaks and for whom. Invented sentences whose
source must resolve to a state institution (``COUNTRY:kind``), to a group, or to no
state body at all (a group's officer is never the state's army)."""

from __future__ import annotations

import warnings

import pytest

import claimtrack as ct
from claimtrack.extraction.institutions import institution


def _sources(text: str, country: str | None) -> list[tuple[str, str | None, str | None]]:
    """(source_raw, institution, actor_id) of each claim of a text."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = ct.extract(text, country=country).astype(object)
    return [
        (row["source_raw"], row["institution"] if isinstance(row["institution"], str) else None,
         row["actor_id"] if isinstance(row["actor_id"], str) else None)
        for _, row in found.iterrows()
    ]  # fmt: skip


# (sentence, country, the institution every claim's source must resolve to)
STATE = [
    # a title's abbreviation ends no source phrase ("Brig. Gen.")
    ("According to Brig. Gen. Ali Musa, the army spokesman, 30 people were wounded.", "NG",
     "NG:military"),
    # a region's name before its state's police, titles before the institution word
    ("Borno State police commissioner Abdu Umar said 12 soldiers were killed.", "NG",
     "NG:police"),
    ("Chief of Army Staff Lt. Gen. Ali Musa said 12 soldiers were killed.", "NG", "NG:military"),
    ("Deputy Police Commissioner Ali Musa said 12 people were killed.", "NG", "NG:police"),
    # an ordinal names a unit, it starts no count
    ("According to the commander of the 7th Division, Major General Ali Musa, 30 people "
     "were wounded.", "NG", "NG:military"),
    # a country's name in two words, possessive
    ("Burkina Faso's military said 12 soldiers were killed.", None, "BF:military"),
    ("The Central African Republic's army said 12 soldiers were killed.", None, "CF:military"),
    # the armed forces' command, branches, a single soldier
    ("The Defence Headquarters said 12 soldiers were killed.", "NG", "NG:military"),
    ("The Chief of Defence Staff said 12 soldiers were killed.", "NG", "NG:military"),
    ("The Nigerian Air Force said 12 militants were killed.", None, "NG:military"),
    ("The attack left 12 soldiers dead, a soldier said.", "NG", "NG:military"),
    # a country's army called the people's defence force
    ("The Ugandan People's Defence Force said 12 rebels were killed.", None, "UG:military"),
    ("The Tanzania People's Defence Force said 12 rebels were killed.", None, "TZ:military"),
    # a place's police, the armed forces' press office
    ("Ali Musa, the Borno police spokesman, said 12 people were killed.", "NG", "NG:police"),
    ("The Director of Defence Media Operations, Maj. Gen. Ali Musa, said 12 soldiers were "
     "killed.", "NG", "NG:military"),
    # a country's possessive before an office: the office, not the country
    ("Nigeria's army spokesman said 12 soldiers were killed.", None, "NG:military"),
    ("Ali Musa, Nigeria's army spokesman, said 12 soldiers were killed.", None, "NG:military"),
    ("Ali Musa, Chad's communications minister and government spokesman, said 12 soldiers "
     "were killed.", None, "TD:government"),
    ("The country's army spokesman said 12 soldiers were killed.", "NG", "NG:military"),
    ("Kenya's police chief said 12 people were killed.", None, "KE:police"),
    # a role qualified by more than one word after a name
    ("Brig. Nabil Abdallah, the Sudanese army spokesman, said 12 fighters were killed.", None,
     "SD:military"),
    # told a news agency: the agency only receives
    ("A police spokesman told Reuters that 12 people were killed.", "NG", "NG:police"),
    ("The attack left 12 soldiers dead, an army officer told AFP.", "NG", "NG:military"),
    ("A military source told AFP that 12 soldiers were killed.", "NG", "NG:military"),
    # coordinated sources: each its own institution (checked below too)
    ("The army said in a statement that 12 soldiers were killed.", "NG", "NG:military"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "key"), STATE, ids=[s[0][:40] for s in STATE])
def test_a_state_source_resolves_to_its_institution(text, country, key):
    found = _sources(text, country)
    assert found, text
    assert all(inst == key for _, inst, _ in found), found


# Sentences whose source must NOT resolve to any state's military.
GROUPS = [
    ("The rebels' military spokesman, Col. Ali Sow, said 12 soldiers were killed.", "CD"),
    ("The attack left 12 soldiers dead, the rebels' military spokesman said.", "CD"),
    ("Rebel commander Col. Ali Sow said 12 soldiers were killed.", "CD"),
    ("Col. Ali Sow of the M23 said 12 soldiers were killed.", "CD"),
    ("Col. Ali Sow, a spokesman for the Arakan Army, said 12 soldiers were killed.", "MM"),
    ("Arakan Army spokesman Khaing Thukha said 12 soldiers were killed.", "MM"),
    ("Brigadier General Ali Sow, an M23 commander, said 12 soldiers were killed.", "CD"),
    ("Col. Ali Sow, commander of the rebel forces, said 12 soldiers were killed.", "CD"),
    ("The People's Defence Force said 12 soldiers were killed.", "MM"),
    ("Myanmar's People's Defence Force said 12 soldiers were killed.", "MM"),
    ("The Shan State Army said 12 soldiers were killed.", "MM"),
    ("The Sudan People's Liberation Army said 12 soldiers were killed.", None),
    ("The Ambazonia Defence Forces said 12 soldiers were killed.", "CM"),
    # villagers in arms are not the army
    ("The local defence force said 12 attackers were killed.", "BF"),
    ("A self-defence militia leader said 12 attackers were killed.", "NG"),
    ("A member of a vigilante group said 12 militants were killed.", "NG"),
    ("The Civilian Joint Task Force said 12 militants were killed.", "NG"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country"), GROUPS, ids=[g[0][:40] for g in GROUPS])
def test_a_groups_officer_is_never_the_states_army(text, country):
    found = _sources(text, country)
    assert found, text
    assert not any(inst and inst.endswith(":military") for _, inst, _ in found), found


# (sentence, country, words the source must hold)
NAMED = [
    ("Musa Ali, 45, a farmer from Gwoza, said 12 soldiers were killed.", "NG", "Musa Ali"),
    ("The attack left 12 soldiers dead, Ali Musa, 52, a trader, said.", "NG", "Ali Musa"),
    ("A local councillor said 12 people were killed.", "NG", "councillor"),
    ("According to a member of a local vigilante group, 30 people were wounded.", "NG",
     "vigilante group"),
    ("Residents told AFP that 12 people were killed.", "NG", "Residents"),
    ("According to state television, 12 soldiers were killed.", "NG", "state television"),
    ("A trader who witnessed the attack said 12 people were killed.", "ML", "trader"),
    ("Elders said 12 villagers were killed.", "ML", "Elders"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "name"), NAMED, ids=[n[0][:40] for n in NAMED])
def test_the_source_keeps_who_spoke(text, country, name):
    found = _sources(text, country)
    assert found, text
    assert all(name in raw for raw, _, _ in found), found
    assert not any("Reuters" in raw or "AFP" in raw for raw, _, _ in found)


def test_coordinated_state_sources_each_resolve():
    found = _sources("The army and police said 12 rebels were killed.", "NG")
    assert {inst for _, inst, _ in found} == {"NG:military", "NG:police"}


@pytest.mark.parametrize(
    ("phrase", "country", "key"),
    [
        ("Burkina Faso's military", None, "BF:military"),
        ("the Democratic Republic of the Congo's army", None, "CD:military"),
        ("Kachin State police", "MM", "MM:police"),
        ("Inspector General of Police", "NG", "NG:police"),
        ("the Nigerian Navy", None, "NG:military"),
        ("Arakan Army police", "MM", None),
        ("The rebels' military spokesman", "CD", None),
        ("Shan State Army", "MM", None),
        ("the Karenni Nationalities Defence Force", "MM", None),
        ("a local defence force", "NG", None),
        ("self-defence groups", "BF", None),
    ],
)
def test_institution_of_a_phrase(phrase, country, key):
    assert institution(phrase, country) == key


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A UN official said 12 people were killed.", "un"),
        ("The attack left 12 people dead, a U.N. official told Reuters.", "un"),
        # a hyphenated "UN-backed" qualifies another body
        ("The UN-backed government said 12 people were killed.", None),
    ],
)
def test_a_two_letter_acronym_inside_a_source_names_its_actor(text, actor):
    found = _sources(text, "LY")
    assert found, text
    assert all(a == actor for _, _, a in found), found


@pytest.mark.parametrize(
    ("text", "country", "actor", "key"),
    [
        # a titled full name met again is the person named before, with his group
        ("Col. Willy Ngoma, the M23 spokesman, said 12 soldiers were killed. Col. Willy Ngoma "
         "also said 30 soldiers were captured.", "CD", "m23", None),
        ("M23 spokesman Willy Ngoma said 12 soldiers were killed. Col. Willy Ngoma also said "
         "30 soldiers were captured.", "CD", "m23", None),
        ("Army spokesman Col. Ali Sow said 12 rebels were killed. Colonel Ali Sow also said "
         "30 rebels were captured.", "CD", "fardc", "CD:military"),
    ],
)  # fmt: skip
def test_a_titled_name_met_again_keeps_its_source(text, country, actor, key):
    found = _sources(text, country)
    assert len(found) == 2, found
    assert all((a, inst) == (actor, key) for _, inst, a in found), found


def test_a_possessive_name_registers_the_person_not_the_group():
    found = _sources(
        "Col. Ali Sow, the M23 spokesman, said 12 soldiers were killed. Ngoma, an army "
        "officer, said 30 rebels were captured.",
        "CD",
    )
    assert [a for _, _, a in found] == ["m23", None], found


@pytest.mark.parametrize(
    ("text", "country", "actor"),
    [
        # a group's name before its officer's role names the group
        ("Taliban spokesman Ali Musa said 12 soldiers were killed.", "AF", "taliban"),
        ("The Hamas military commander said 12 soldiers were killed.", "PS", "hamas"),
        ("Yahya Saree, the Houthi military spokesman, said 12 soldiers were killed.", "YE",
         "houthis"),
        # a group named after the role: the group, never the country's army by the speaker
        ("The military spokesman of the M23, Willy Ngoma, said 12 soldiers were killed.", "CD",
         "m23"),
    ],
)  # fmt: skip
def test_a_groups_role_names_the_group_and_no_state_body(text, country, actor):
    found = _sources(text, country)
    assert found, text
    assert all(a == actor and inst is None for _, inst, a in found), found


@pytest.mark.parametrize(
    "phrase",
    ["The group's military commander", "The military wing of the group", "the Hamas armed wing"],
)
def test_a_groups_military_is_no_states(phrase):
    assert institution(phrase, "PS") is None


@pytest.mark.parametrize(
    ("phrase", "actor"), [("Russian forces", None), ("the Houthi military", "houthis")]
)
def test_a_country_before_a_role_is_no_actors_alias(phrase, actor):
    import pandas as pd

    from claimtrack.extraction.actors import guess_actors

    assert guess_actors(pd.Series([phrase]), "UA" if actor is None else "YE").tolist() == [actor]


def test_a_former_office_holder_speaks_for_no_institution():
    assert institution("the former defence minister", "NG") is None
    assert institution("Ali Musa, an ex-army officer", "NG") is None


def test_a_spokesman_to_the_governor_speaks_for_the_governor():
    found = _sources("Ali Musa, spokesman to the governor, said 12 people were killed.", "NG")
    assert [(raw, inst) for raw, inst, _ in found] == [("the governor", "NG:governor")]


@pytest.mark.parametrize(
    ("text", "key", "raw"),
    [
        # a news agency that saw a document only relays it: never the source
        ("12 soldiers were killed, according to a security report seen by AFP.", None,
         "a security report"),
        ("12 soldiers were killed, according to a report obtained by The Associated Press.",
         None, "a report"),
        ("12 soldiers were killed, according to an internal army memo seen by Reuters.",
         "NG:military", "an internal army memo"),
        # the body a statement comes from is its author
        ("12 people were killed, said a statement from the police.", "NG:police", "the police"),
        ("12 soldiers were killed, according to a report released by the army.", "NG:military",
         "the army"),
    ],
)  # fmt: skip
def test_a_document_speaks_for_its_author_not_for_who_saw_it(text, key, raw):
    assert [(r, inst) for r, inst, _ in _sources(text, "NG")] == [(raw, key)]


def test_what_a_document_is_about_is_no_part_of_its_author():
    found = _sources("The army's statement on the JNIM attack said 12 soldiers were killed.", "ML")
    assert [(raw, inst) for raw, inst, _ in found] == [("The army", "ML:military")]

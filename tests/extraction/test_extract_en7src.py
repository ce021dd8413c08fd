"""Round 7, English source phrases: a group's members named in an aside, multinational
forces, relative clauses that name or excuse their speaker, a bare rank before a name.
Invented sentences; each asserts the claims (source, type, value, stance) ``ct.extract``
gives, and where it matters the institution or the speaker."""

from __future__ import annotations

import warnings

import pytest

import claimtrack as ct


def _rows(text: str, country: str | None = "NG") -> list[dict]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = ct.extract(text, country=country).astype(object)
    found = found.where(found.notna(), None)
    return found.to_dict("records")


def _claims(text: str, country: str | None = "NG") -> list[tuple]:
    return sorted(
        (r["source_raw"], r["claim_type"], r["value"], r["stance"]) for r in _rows(text, country)
    )


# A group of sources with members named after "including", "among them", "one of them":
# the group is the source (the members speak with it), and no member is a count.
MEMBERS = [
    ("Officials, including Col. Ali Sow, said 12 soldiers were killed.",
     [("Officials", "killed", "12", "asserts")]),
    ("The attack left 12 soldiers dead, officials, including Col. Ali Sow, said.",
     [("officials", "killed", "12", "asserts")]),
    ("According to several officers, among them Gen. Musa Ali, 30 people were wounded.",
     [("several officers", "wounded", "30", "asserts")]),
    ("Local leaders, among them Chief Musa Ali, told reporters that 12 people were killed.",
     [("Local leaders", "killed", "12", "asserts")]),
    ("Officials, including Col. Ali Sow, the army spokesman, said on Monday that 30 people "
     "were wounded.", [("Officials", "wounded", "30", "asserts")]),
    ("Twelve soldiers were killed and 30 wounded, said security officials, including a "
     "police commander.",
     [("security officials", "killed", "Twelve", "asserts"),
      ("security officials", "wounded", "30", "asserts")]),
    ("According to two officers, one of them a colonel, 30 people were wounded.",
     [("two officers", "wounded", "30", "asserts")]),
    ("The attack left 12 people dead, several witnesses, including a local chief, told AFP.",
     [("several witnesses", "killed", "12", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MEMBERS, ids=[m[0][:40] for m in MEMBERS])
def test_a_groups_named_members_go_with_the_group(text, expected):
    assert _claims(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "key", "member"),
    [
        ("Military officials, including Col. Ali Sow, said 12 soldiers were killed.",
         "NG:military", "Ali Sow"),
        ("12 soldiers were killed, said officials, including Col. Ali Sow.", None, "Ali Sow"),
        ("Local leaders, among them Chief Musa Ali, said 12 people were killed.", None,
         "Musa Ali"),
    ],
)  # fmt: skip
def test_a_named_member_is_kept_as_the_speaker(text, key, member):
    rows = _rows(text)
    assert rows, text
    assert all(r["institution"] == key for r in rows), rows
    assert all(member in (r["speaker"] or "") for r in rows), rows


# Multinational forces speak (and are no state's own institution).
FORCES = [
    ("AU peacekeepers said 12 soldiers were killed.", "AU peacekeepers"),
    ("The attack left 12 soldiers dead, AU peacekeepers said.", "AU peacekeepers"),
    ("According to Kenyan peacekeepers, 12 soldiers were killed.", "Kenyan peacekeepers"),
    ("12 soldiers were killed, said peacekeepers.", "peacekeepers"),
    ("UN peacekeepers told reporters that 12 civilians were killed.", "UN peacekeepers"),
    ("ECOWAS troops said 12 rebels were killed.", "ECOWAS troops"),
    ("Multinational troops said 12 militants were killed.", "Multinational troops"),
    ("Blue helmets said 12 civilians were killed.", "Blue helmets"),
]


@pytest.mark.parametrize(("text", "raw"), FORCES, ids=[f[0][:40] for f in FORCES])
def test_a_multinational_force_speaks_for_no_state(text, raw):
    rows = _rows(text)
    assert [(r["source_raw"], r["value"], r["institution"]) for r in rows] == [(raw, "12", None)]


def test_un_troops_are_the_uns_not_the_countrys():
    rows = _rows("UN troops said 12 civilians were killed.")
    assert [(r["institution"], r["actor_id"]) for r in rows] == [(None, "un")]


# A relative clause after the source: one that gives his name, one that says why he is
# not named (skipped), one with a subordinate clause inside (kept whole).
RELATIVES = [
    ("One resident, who gave only his first name, Ali, said 12 people were killed.",
     "One resident"),
    ("The attack left 12 people dead, a farmer, who asked to be identified only by his "
     "first name, Ibrahim, said.", "a farmer"),
    ("A witness, who gave her name only as Amina, told reporters that 12 people were killed.",
     "A witness"),
    ("An official who spoke on condition of anonymity because he was not authorized to "
     "speak to the media said 12 soldiers were killed.", "An official"),
    ("A soldier who asked not to be named because he was not allowed to talk to reporters "
     "said on Monday that 12 soldiers were killed.", "A soldier"),
    ("The attack left 12 soldiers dead, an army officer who asked not to be named as he "
     "was not authorised to speak said.", "an army officer"),
    ("A security source, who spoke on condition of anonymity because he was not authorised "
     "to speak, said 12 soldiers were killed.", "A security source"),
    ("A witness who fled because he feared reprisals said 12 people were killed.",
     "A witness who fled because he feared reprisals"),
    ("Residents who left after the fighting began told reporters that 12 people were killed.",
     "Residents who left after the fighting began"),
    ("The attack left 12 people dead, a nurse who treated the wounded when they arrived said.",
     "a nurse who treated the wounded when they arrived"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "raw"), RELATIVES, ids=[r[0][:40] for r in RELATIVES])
def test_a_relative_clause_keeps_its_source(text, raw):
    assert [(r["source_raw"], r["claim_type"], r["value"]) for r in _rows(text)] == [
        (raw, "killed", "12")
    ]


# A bare rank before a name is the speaker, and the state's armed forces as far as a rank
# alone says so; a general's rank says nothing of whose he is, nor a group's officer.
RANKS = [
    ("Col. Ali Sow said 12 soldiers were killed.", "Col. Ali Sow", "NG:military"),
    ("Lt. Col. Ali Sow told reporters 12 soldiers were killed.", "Lt. Col. Ali Sow",
     "NG:military"),
    ("The attack left 12 soldiers dead, Capt. Ali Sow said.", "Capt. Ali Sow", "NG:military"),
    ("12 soldiers were killed, said Maj. Ali Sow.", "Maj. Ali Sow", "NG:military"),
    ("According to Colonel Ali Sow, 12 soldiers were killed.", "Colonel Ali Sow",
     "NG:military"),
    ("According to Lieutenant Colonel Ali Sow, 12 soldiers were killed.",
     "Lieutenant Colonel Ali Sow", "NG:military"),
    ("A colonel said 12 soldiers were killed.", "A colonel", "NG:military"),
    ("Sgt. Ali Sow said 12 soldiers were killed.", "Sgt. Ali Sow", "NG:military"),
    # the body before a titled name is the source, as "army spokesman" before a name
    ("Police Capt. Ali Sow said 12 soldiers were killed.", "Police", "NG:police"),
    ("Maj. Gen. Ali Sow said 12 soldiers were killed.", "Maj. Gen. Ali Sow", None),
    ("Brig. Gen. Ali Sow said 12 soldiers were killed.", "Brig. Gen. Ali Sow", None),
    ("Rebel Col. Ali Sow said 12 soldiers were killed.", "Rebel Col. Ali Sow", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "raw", "key"), RANKS, ids=[r[0][:40] for r in RANKS])
def test_a_rank_before_a_name(text, raw, key):
    rows = _rows(text)
    assert [(r["source_raw"], r["value"], r["institution"]) for r in rows] == [(raw, "12", key)]
    if "Sow" in text:
        assert all("Ali Sow" in (r["speaker"] or "") for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Twelve soldiers were killed and 30 wounded, said Musa Ali, 45, a farmer.",
        "According to Musa Ali, 45, a farmer, 30 people were wounded.",
    ],
)
def test_a_persons_age_and_description_after_the_source_are_no_counts(text):
    rows = _rows(text)
    assert {r["value"] for r in rows} <= {"Twelve", "30"}, rows
    assert all(r["source_raw"].startswith("Musa Ali") for r in rows), rows


# A figure named as another source's inside a denial: the other source asserts it, the
# speaker denies it; a denial going on from any verb ("…, denying …") and an owner named
# by a noun before the claim noun ("rebel claims that …").
SECOND_SOURCES = [
    ("The army said 12 soldiers died, not 40 as the rebels claimed.",
     [("The army", "killed", "12", "asserts"), ("the rebels", "killed", "40", "asserts"),
      ("The army", "killed", "40", "denies")]),
    ("The army said 12 soldiers were killed, not 40 as claimed by the rebels.",
     [("The army", "killed", "12", "asserts"), ("the rebels", "killed", "40", "asserts"),
      ("The army", "killed", "40", "denies")]),
    ("Police said 12 people died, not 40 as residents had said.",
     [("Police", "killed", "12", "asserts"), ("residents", "killed", "40", "asserts"),
      ("Police", "killed", "40", "denies")]),
    ("The ministry said 30 people were wounded, not 50 as the opposition claimed.",
     [("The ministry", "wounded", "30", "asserts"), ("the opposition", "wounded", "50", "asserts"),
      ("The ministry", "wounded", "50", "denies")]),
    ("Twelve soldiers died, not 40 as the rebels claimed, the army said.",
     [("the army", "killed", "Twelve", "asserts"), ("the rebels", "killed", "40", "asserts"),
      ("the army", "killed", "40", "denies")]),
    ("The army denied rebel claims that 40 soldiers were killed.",
     [("rebel", "killed", "40", "asserts"), ("The army", "killed", "40", "denies")]),
    ("The ministry dismissed local media reports that 40 people were killed.",
     [("local media", "killed", "40", "asserts"), ("The ministry", "killed", "40", "denies")]),
    ("The army put its losses at 12, denying rebel claims that 40 soldiers were killed.",
     [("rebel", "killed", "40", "asserts"), ("The army", "killed", "40", "denies"),
      ("The army", "killed", "12", "asserts")]),
    ("The army said 12 soldiers were killed, denying that 40 had died.",
     [("The army", "killed", "12", "asserts"), ("The army", "killed", "40", "denies")]),
    # tenses, a comma before "as", "rather than", a passive agent that is no body
    ("The army said 12 soldiers died, not 40, as the rebels had claimed.",
     [("The army", "killed", "12", "asserts"), ("the rebels", "killed", "40", "asserts"),
      ("The army", "killed", "40", "denies")]),
    ("Residents say 40 people died, not 12 as officials claim.",
     [("Residents", "killed", "40", "asserts"), ("officials", "killed", "12", "asserts"),
      ("Residents", "killed", "12", "denies")]),
    ("The army says only 12 soldiers were killed, not 40 as reported by local media.",
     [("The army", "killed", "12", "asserts"), ("local media", "killed", "40", "asserts"),
      ("The army", "killed", "40", "denies")]),
    ("Police said 12 people died, rather than 40 as residents said.",
     [("Police", "killed", "12", "asserts"), ("residents", "killed", "40", "asserts"),
      ("Police", "killed", "40", "denies")]),
    ("Twelve people were wounded, not 30 as hospital sources had said, the ministry said.",
     [("the ministry", "wounded", "Twelve", "asserts"),
      ("hospital sources", "wounded", "30", "asserts"),
      ("the ministry", "wounded", "30", "denies")]),
    # no owner named before the claim noun: the denial alone
    ("The army denied reports that 40 soldiers were killed.",
     [("The army", "killed", "40", "denies")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), SECOND_SOURCES, ids=[s[0][:40] for s in SECOND_SOURCES]
)
def test_a_second_source_inside_a_denial(text, expected):
    assert _claims(text) == sorted(expected)


# Unnamed attackers who open a sentence are no voice a pronoun after them stands for; a
# known group named in capitals is a body ("it"), not a person.
PRONOUNS = [
    ("Gunmen attacked the village of Kadi on Monday. They said 12 soldiers were killed.",
     [("They", "killed", "12", "asserts")]),
    ("Police said 12 people were killed. Unidentified gunmen stormed the village at night. "
     "They said 30 were wounded.",
     [("Police", "killed", "12", "asserts"), ("Police", "wounded", "30", "asserts")]),
    ("Residents said 12 people were killed. Assailants burned the market. They said 30 were "
     "wounded.",
     [("Residents", "killed", "12", "asserts"), ("Residents", "wounded", "30", "asserts")]),
    ("Suspected jihadists attacked a military post on Sunday. They said 12 soldiers were "
     "killed.", [("They", "killed", "12", "asserts")]),
    ("Boko Haram attacked the town. It said 12 soldiers were killed.",
     [("Boko Haram", "killed", "12", "asserts")]),
    # a person who opens a sentence is still whom "he" stands for
    ("Governor Ali Musa visited the town. He said 12 people were killed.",
     [("Governor Ali Musa", "killed", "12", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PRONOUNS, ids=[p[0][:40] for p in PRONOUNS])
def test_a_pronoun_after_unnamed_attackers(text, expected):
    assert _claims(text) == sorted(expected)


# Widening: what stands between a source and its verb or after its cue is no part of it
# (how it was reached, when), a description after one person is no count, a listener
# "a UN official" is the English article, a role in a place keeps the name after it.
WIDER = [
    ("Two residents of Kadi reached by telephone said 12 people were killed.",
     [("Two residents of Kadi", "killed", "12", "asserts")]),
    ("The attack left 12 people dead, officials contacted by AFP said.",
     [("officials", "killed", "12", "asserts")]),
    ("Police late Sunday said 12 people were killed.", [("Police", "killed", "12", "asserts")]),
    ("The army early on Monday said 12 soldiers were killed.",
     [("The army", "killed", "12", "asserts")]),
    ("According to one of the survivors, a 30-year-old trader, 30 people were wounded.",
     [("one of the survivors, a 30-year-old trader", "wounded", "30", "asserts")]),
    ("Twelve people were killed, said a resident, a farmer.",
     [("a resident, a farmer", "killed", "Twelve", "asserts")]),
    ("Twelve soldiers were killed and 30 wounded, said a UN official in Maiduguri.",
     [("a UN official", "killed", "Twelve", "asserts"),
      ("a UN official", "wounded", "30", "asserts")]),
    ("According to a spokesman for the police in Borno State, Ali Sow, 30 people were wounded.",
     [("the police in Borno State", "wounded", "30", "asserts")]),
    # a list of casualties after "according to" is no description of the source
    ("According to a resident, a soldier and two civilians were killed.",
     [("a resident", "killed", "a soldier", "asserts"),
      ("a resident", "killed", "two", "asserts")]),
    ("According to residents, a soldier was killed.",
     [("residents", "killed", "a soldier", "asserts")]),
    # a role qualified by adjectives only is the role ("the local chief", not "the local")
    ("The attack killed 12 people, Ali Sow, the local chief, told AFP by phone from Kadi.",
     [("the local chief", "killed", "12", "asserts")]),
    ("Ali Sow, the senior district officer, said 12 people were killed.",
     [("the senior district officer", "killed", "12", "asserts")]),
    ("Ali Sow, the army spokesman, said 12 soldiers were killed.",
     [("the army", "killed", "12", "asserts")]),
    # a member of a body, one speaking for it: the body
    ("Ali Sow, a member of a local vigilante group, said 12 people were killed.",
     [("a local vigilante group", "killed", "12", "asserts")]),
    ("Twelve soldiers were killed, said Ali Sow, speaking for the army.",
     [("the army", "killed", "Twelve", "asserts")]),
    ("According to Ali Sow, a member of the ruling party, 30 people were wounded.",
     [("the ruling party", "wounded", "30", "asserts")]),
    # a possessive role, then the name: the owner
    ("Twelve soldiers were killed, the army's spokesman, Col. Ali Sow, said in a statement.",
     [("the army", "killed", "Twelve", "asserts")]),
    ("The group's spokesman, Ali Sow, said 12 soldiers were killed.",
     [("The group", "killed", "12", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WIDER, ids=[w[0][:40] for w in WIDER])
def test_wider_source_structures(text, expected):
    assert _claims(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Residents who fled the attack said 12 people were killed.", "residents"),
        ("Twelve people were killed, a resident who fled because he feared reprisals told AFP.",
         "residents"),
        ("A witness who saw the attack said 12 people were killed.", "residents"),
    ],
)  # fmt: skip
def test_a_source_with_a_relative_clause_is_its_nouns_actor(text, actor):
    rows = _rows(text)
    assert rows, text
    assert all(r["actor_id"] == actor for r in rows), rows

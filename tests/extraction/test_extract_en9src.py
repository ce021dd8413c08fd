"""Round 9, English source phrases and reporting frames in sentences that carry counts:
international bodies, roles and names in apposition, members of a body, media and
documents, a relayed source ("According to X, citing Y"). Invented sentences; each asserts
the claims (source, type, value, stance) ``ct.extract`` gives and, where it matters, the
actor, the institution or the speaker."""

from __future__ import annotations

import warnings

import pytest

import claimtrack as ct


def _rows(text: str, country: str | None = "NG") -> list[dict]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = ct.extract(text, country=country).astype(object)
    return found.where(found.notna(), None).to_dict("records")


def _claims(text: str, country: str | None = "NG") -> list[tuple]:
    return sorted(
        (r["source_raw"], r["claim_type"], r["value"], r["stance"]) for r in _rows(text, country)
    )


# International bodies are actors of the table, in English and French (and an acronym that
# spells a word, "WHO", names its body in capitals only).
BODIES = [
    ("The African Union said 12 civilians were killed.", "The African Union", "african_union"),
    ("The AU Commission said 12 civilians were killed.", "The AU Commission", "african_union"),
    ("L'Union africaine a indiqué que 12 civils ont été tués.", "L'Union africaine",
     "african_union"),
    ("ECOWAS said 12 civilians were killed.", "ECOWAS", "ecowas"),
    ("Selon la CEDEAO, 12 civils ont été tués.", "la CEDEAO", "ecowas"),
    ("The UN humanitarian office said 12 civilians were killed.", "The UN humanitarian office",
     "un_ocha"),
    ("According to a report by OCHA, 12 civilians were killed.", "OCHA", "un_ocha"),
    ("The UN refugee agency said 12 civilians were killed.", "The UN refugee agency", "unhcr"),
    ("Selon le HCR, 12 civils ont été tués.", "le HCR", "unhcr"),
    ("The International Committee of the Red Cross said 12 civilians were killed.",
     "The International Committee of the Red Cross", "icrc"),
    ("Le CICR a indiqué que 12 civils ont été tués.", "Le CICR", "icrc"),
    ("Doctors Without Borders said 12 civilians were killed.", "Doctors Without Borders", "msf"),
    ("MSF said 12 civilians were killed.", "MSF", "msf"),
    ("The WHO said 12 civilians were killed.", "The WHO", "world_health_org"),
    ("Twelve civilians were killed, the WHO said.", "the WHO", "world_health_org"),
    ("L'OMS a indiqué que 12 civils ont été tués.", "L'OMS", "world_health_org"),
    ("Amnesty said 12 civilians were killed.", "Amnesty", "amnesty"),
    ("A report by Human Rights Watch said 12 civilians were killed.", "Human Rights Watch",
     "hrw"),
    ("HRW said 12 civilians were killed.", "HRW", "hrw"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "raw", "actor"), BODIES, ids=[b[0][:40] for b in BODIES])
def test_an_international_body_is_its_actor(text, raw, actor):
    rows = _rows(text, None)
    assert [(r["source_raw"], r["actor_id"]) for r in rows] == [(raw, actor)]
    assert rows[0]["value"] in ("12", "Twelve")


@pytest.mark.parametrize(
    ("text", "actor", "key"),
    [
        ("A military officer who was not authorised to speak said 12 soldiers were killed.",
         None, "NG:military"),
        ("Residents who fled the town said 12 people were killed.", "residents", None),
    ],
)  # fmt: skip
def test_who_in_lower_case_names_no_body(text, actor, key):
    rows = _rows(text)
    assert [(r["actor_id"], r["institution"]) for r in rows] == [(actor, key)]


# A role and a name in apposition: the role speaks (with the body it names, if any), the
# whole is the speaker; a bare role's rank after it names the armed forces.
APPOSED = [
    ("The spokesman, Col. Ali Sow, said 12 soldiers were killed.", "The spokesman",
     "NG:military"),
    ("Twelve soldiers were killed, the spokesman, Col. Ali Sow, said.", "the spokesman",
     "NG:military"),
    ("According to the spokesman, Capt. Ali Sow, 12 soldiers were killed.", "the spokesman",
     "NG:military"),
    ("The governor, Ali Sow, said 12 soldiers were killed.", "The governor", "NG:governor"),
    ("The spokesman, Ali Sow, told reporters that 12 soldiers were killed.", "The spokesman",
     None),
    ("The commander, Maj. Gen. Ali Sow, said 12 soldiers were killed.", "The commander", None),
    # a group's leader speaks for the group
    ("The group's leader, Ali Sow, said 12 soldiers were killed.", "The group", None),
    ("Ali Sow, the group's leader, said 12 soldiers were killed.", "the group", None),
    ("According to the movement's leader, Ali Sow, 12 soldiers were killed.", "the movement",
     None),
    ("Ali Sow, the leader of the militia, said 12 soldiers were killed.", "the militia", None),
    ("The leader of the vigilantes, Ali Sow, said 12 soldiers were killed.", "the vigilantes",
     None),
    ("Twelve soldiers were killed, said Ali Sow, the leader of a local vigilante group.",
     "a local vigilante group", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "raw", "key"), APPOSED, ids=[a[0][:40] for a in APPOSED])
def test_a_role_in_apposition_to_a_name_speaks(text, raw, key):
    rows = _rows(text)
    assert [(r["source_raw"], r["claim_type"], r["institution"]) for r in rows] == [
        (raw, "killed", key)
    ]
    assert "Ali Sow" in rows[0]["speaker"]


def test_a_role_in_apposition_is_whom_the_next_pronoun_and_surname_stand_for():
    text = (
        "The spokesman, Col. Ali Sow, said 12 soldiers were killed. He said 30 others were "
        "wounded. Sow added that 3 were missing."
    )
    rows = _rows(text)
    assert {(r["source_raw"], r["speaker"]) for r in rows} == {
        ("The spokesman", "The spokesman, Col. Ali Sow")
    }
    assert len(rows) >= 2


# A body's members speak for it; a member of no organised body keeps the whole phrase.
MEMBERS = [
    ("A member of a local vigilante group said 12 people were killed.",
     "a local vigilante group"),
    ("Members of the vigilante group said 12 people were killed.", "the vigilante group"),
    ("One member of the Civilian JTF told AFP that 12 people were killed.", "the Civilian JTF"),
    ("Twelve people were killed, a member of the local council said.", "the local council"),
    ("According to a member of the community council, 12 people were killed.",
     "the community council"),
    ("A member of the group, who spoke on condition of anonymity, said 12 soldiers were "
     "killed.", "the group"),
    ("A senior member of Boko Haram said 12 soldiers were killed.", "Boko Haram"),
    ("A member of parliament said 12 people were killed.", "A member of parliament"),
    ("A member of his family said 12 people were killed.", "A member of his family"),
    ("A family member said 12 people were killed.", "A family member"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "raw"), MEMBERS, ids=[m[0][:40] for m in MEMBERS])
def test_a_member_of_a_body_speaks_for_it(text, raw):
    assert [r["source_raw"] for r in _rows(text)] == [raw]


# Documents and media: "reports" before its own verb is a noun, an adjective after an
# owner's "'s" is no role ("the country's official news agency").
MEDIA = [
    ("Official reports said 12 soldiers were killed.", "Official reports"),
    ("Unconfirmed reports said 12 soldiers were killed.", "Unconfirmed reports"),
    ("Twelve soldiers were killed, official reports said.", "official reports"),
    ("Local media reports said 12 soldiers were killed.", "Local media reports"),
    ("Media reports say 12 soldiers were killed.", "Media reports"),
    ("The country's official news agency said 12 soldiers were killed.",
     "The country's official news agency"),
    ("Twelve soldiers were killed, the country's official news agency reported.",
     "the country's official news agency"),
    ("The agency reports that 12 soldiers were killed.", "The agency"),
    ("The group's spokesman said 12 soldiers were killed.", "The group"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "raw"), MEDIA, ids=[m[0][:40] for m in MEDIA])
def test_media_and_reports_as_sources(text, raw):
    rows = _rows(text)
    assert [(r["source_raw"], r["claim_type"]) for r in rows] == [(raw, "killed")]


# A relay that cites or quotes another source ("According to Reuters, which cited local
# sources", "According to AFP, citing …") gives the source it cites; a relative that says
# something else of the relay does not.
RELAYED = [
    ("According to Reuters, which cited local sources, 12 soldiers were killed.",
     "local sources"),
    ("According to Reuters, which had cited two police officers, 12 soldiers were killed.",
     "two police officers"),
    ("Twelve soldiers were killed, according to AFP, which cited a military source.",
     "a military source"),
    ("According to the BBC, which quoted residents, 12 soldiers were killed.", "residents"),
    ("According to AFP, citing a security source, 12 soldiers were killed.",
     "a security source"),
    ("According to the newspaper, citing witnesses, 12 soldiers were killed.", "witnesses"),
    ("Reuters, which cited a military source, said 12 soldiers were killed.",
     "a military source"),
    ("According to Reuters, which has a bureau in Abuja, 12 soldiers were killed.", "Reuters"),
    ("According to the army, which gave no details, 12 soldiers were killed.", "the army"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "raw"), RELAYED, ids=[r[0][:40] for r in RELAYED])
def test_a_relay_gives_the_source_it_cites(text, raw):
    assert [(r["source_raw"], r["claim_type"]) for r in _rows(text)] == [(raw, "killed")]


def test_the_cited_sources_named_again_are_the_same():
    text = (
        "According to Reuters, which cited local sources, 12 soldiers were killed. The sources "
        "said 30 were wounded."
    )
    assert {r["source_raw"] for r in _rows(text)} == {"local sources"}


# A relative that says he may not speak is no part of the source; nor is one that names
# how he spoke.
NOT_AUTHORISED = [
    ("A military officer who was not authorised to speak to journalists said 12 soldiers "
     "were killed.", "A military officer", "NG:military"),
    ("An army officer who was not allowed to talk to the press said 12 soldiers were killed.",
     "An army officer", "NG:military"),
    ("Twelve soldiers were killed, a police officer who was not authorized to speak publicly "
     "said.", "a police officer", "NG:police"),
    ("A soldier who is not permitted to speak to reporters told AFP that 12 soldiers were "
     "killed.", "A soldier", "NG:military"),
    ("Two officials who were not authorised to comment said 12 soldiers were killed.",
     "Two officials", None),
    ("A resident who fled the town said 12 soldiers were killed.", "A resident who fled the town",
     None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "raw", "key"), NOT_AUTHORISED, ids=[n[0][:40] for n in NOT_AUTHORISED]
)
def test_a_relative_that_says_he_may_not_speak_is_dropped(text, raw, key):
    rows = _rows(text)
    assert [(r["source_raw"], r["institution"]) for r in rows] == [(raw, key)]


# "the broadcaster", "the station", "the daily": the television, radio or newspaper named
# before; a group's propaganda outlet speaks for the group.
@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("State television said 12 soldiers were killed. The broadcaster added that 30 were "
         "wounded.", "State television"),
        ("Local radio said 12 soldiers were killed. The station added that 30 were wounded.",
         "Local radio"),
        ("The Daily Trust newspaper said 12 soldiers were killed. The daily added that 30 were "
         "wounded.", "The Daily Trust newspaper"),
        ("The state broadcaster said 12 soldiers were killed. The broadcaster added that 30 "
         "were wounded.", "The state broadcaster"),
    ],
)  # fmt: skip
def test_a_media_epithet_is_the_media_named_before(text, raw):
    assert {r["source_raw"] for r in _rows(text)} == {raw}


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("The group's propaganda outlet said 12 soldiers were killed.",
         "The group's propaganda outlet"),
        ("Twelve soldiers were killed, the group's propaganda arm said.",
         "the group's propaganda arm"),
    ],
)  # fmt: skip
def test_a_propaganda_outlet_speaks(text, raw):
    assert [r["source_raw"] for r in _rows(text)] == [raw]


def test_a_report_called_propaganda_is_still_denied():
    assert _claims("The army dismissed the report as propaganda.") == [
        ("The army", "denied", None, "denies")
    ]


# What a person is, then his name ("One resident, Ali Sow,"): what he is speaks, the whole
# is the speaker; an owner's office with what it heads ("the ICRC's head of delegation, X");
# an envoy speaks for the body that sent him; "UN" before a role is no French article.
NAMED_AFTER = [
    ("One resident, Ali Sow, said 12 people were killed.", "One resident", "residents"),
    ("A witness, Amina Bello, told AFP that 12 people were killed.", "A witness", "residents"),
    ("Twelve people were killed, one resident, Ali Sow, said.", "one resident", "residents"),
    ("According to a survivor, Ali Sow, 12 people were killed.", "a survivor", None),
    ("Another villager, Ali Sow, said 12 people were killed.", "Another villager", None),
    ("The ICRC's head of delegation, Ali Sow, said 12 people were killed.", "The ICRC", "icrc"),
    ("The AU's special envoy, Ali Sow, said 12 people were killed.", "The AU",
     "african_union"),
    ("Ali Sow, the AU's special envoy, said 12 people were killed.", "the AU", "african_union"),
    ("UN envoy Ali Sow said 12 people were killed.", "UN envoy", "un"),
    ("UN spokesman Ali Sow said 12 people were killed.", "UN spokesman", "un"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "raw", "actor"), NAMED_AFTER, ids=[n[0][:40] for n in NAMED_AFTER]
)
def test_what_a_named_person_is_speaks(text, raw, actor):
    rows = _rows(text)
    assert [(r["source_raw"], r["actor_id"]) for r in rows] == [(raw, actor)]
    assert "Ali Sow" in rows[0]["speaker"] or "Amina Bello" in rows[0]["speaker"]


def test_an_owners_office_with_what_it_heads_is_the_owner():
    rows = _rows("The army's chief of staff, Lt. Gen. Ali Sow, said 12 soldiers were killed.")
    assert [(r["source_raw"], r["institution"]) for r in rows] == [("The army", "NG:military")]


@pytest.mark.parametrize(
    "text",
    [
        "The army issued a statement on Sunday. The statement, signed by Col. Ali Sow, said 12 "
        "soldiers were killed.",
        "The army released a statement. The statement, issued late on Sunday, said 12 soldiers "
        "were killed.",
    ],
)
def test_how_a_statement_came_out_is_no_part_of_it(text):
    assert [r["source_raw"] for r in _rows(text)] == ["The army"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("UNICEF said 12 children were killed.", "unicef"),
        ("The UN children's agency said 12 children were killed.", "unicef"),
        ("The International Organization for Migration said 12 people were killed.", "iom"),
        ("Selon l'OIM, 12 personnes ont été tuées.", "iom"),
        ("The World Food Programme said 12 people were killed.", "wfp"),
    ],
)
def test_more_un_agencies(text, actor):
    assert [r["actor_id"] for r in _rows(text, None)] == [actor]


# "X, who heads Y,": he speaks for what he heads, leads or represents; a relative that says
# anything else of him is no part of the source.
WHO_HEADS = [
    ("Ali Sow, who heads the local emergency agency, said 12 people were killed.",
     "the local emergency agency"),
    ("Ali Sow, who leads the vigilante group, told AFP that 12 people were killed.",
     "the vigilante group"),
    ("Col. Ali Sow, who commands the army's 7th Division, said 12 people were killed.",
     "the army's 7th Division"),
    ("Ali Sow, who speaks for the militia, said 12 people were killed.", "the militia"),
    ("Ali Sow, who lost two brothers in the attack, said 12 people were killed.", "Ali Sow"),
    ("Russia, which backs the government, said 12 people were killed.", "Russia"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "raw"), WHO_HEADS, ids=[w[0][:40] for w in WHO_HEADS])
def test_who_heads_a_body_speaks_for_it(text, raw):
    assert [r["source_raw"] for r in _rows(text)] == [raw]


def test_amaq_is_the_islamic_states():
    rows = _rows("The group's media arm, Amaq, said 12 soldiers were killed.")
    assert [(r["source_raw"], r["actor_id"]) for r in rows] == [("Amaq", "islamic_state")]


# A listener, a channel, a place or a day after the verb is no source.
LISTENERS = [
    ("The governor told a press conference on Monday that 12 people were killed.",
     "The governor"),
    ("The minister told parliament that 12 people were killed.", "The minister"),
    ("The army told the governor that 12 people were killed.", "The army"),
    ("Ali Sow told Reuters by telephone from Maiduguri that 12 people were killed.", "Ali Sow"),
    ('"Twelve people were killed," a resident told the BBC\'s Hausa service.', "a resident"),
    ("The governor said in a post on X, formerly Twitter, that 12 people were killed.",
     "The governor"),
    ("Writing on X, the governor said 12 people were killed.", "the governor"),
    ("The governor told the UN Security Council that 12 people were killed.", "The governor"),
    ("Twelve people were killed, the governor told the UN Security Council.", "the governor"),
    ("MAIDUGURI, Nigeria (Reuters) - The governor said 12 people were killed.", "The governor"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "raw"), LISTENERS, ids=[li[0][:40] for li in LISTENERS])
def test_a_listener_or_channel_is_no_source(text, raw):
    assert [r["source_raw"] for r in _rows(text)] == [raw]


# "the group" (or its spokesman, its members) after an armed group of the table is named:
# that group; after no group, or a body of another kind, it stays as written.
THE_GROUP = [
    ("Boko Haram claimed the attack. The group's spokesman, Ali Sow, said 12 soldiers were "
     "killed.", "Boko Haram"),
    ("Boko Haram claimed the attack. The group said 12 soldiers were killed.", "Boko Haram"),
    ("JNIM claimed the attack in a statement. A member of the group said 12 soldiers were "
     "killed.", "JNIM"),
    ("Boko Haram attacked the town. The army said 3 soldiers died. The group said 12 soldiers "
     "were killed.", "Boko Haram"),
    ("The army said 3 soldiers died. The group said 12 soldiers were killed.", "The group"),
    ("Human Rights Watch published a report. The group said 12 soldiers were killed.",
     "The group"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "raw"), THE_GROUP, ids=[t[0][:40] for t in THE_GROUP])
def test_the_group_is_the_armed_group_named_before(text, raw):
    rows = [r for r in _rows(text) if r["value"] == "12"]
    assert [r["source_raw"] for r in rows] == [raw]


# "Ali Sow, a resident of the town,": what the named person is speaks, as the other way
# round; an age before the noun keeps the whole phrase.
NAME_THEN_NOUN = [
    ("Ali Sow, a resident of the town, said 12 people were killed.", "a resident of the town"),
    ("According to Ali Sow, a witness, 12 people were killed.", "a witness"),
    ("Ali Sow, a farmer, said 12 people were killed.", "a farmer"),
    ("Amina Bello, a nurse at the clinic, said 12 people were killed.", "a nurse at the clinic"),
    ("Ali Sow, a survivor from Kadi, told AFP that 12 people were killed.",
     "a survivor from Kadi"),
    ("Ali Sow, a 45-year-old farmer, said 12 people were killed.",
     "Ali Sow, a 45-year-old farmer"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "raw"), NAME_THEN_NOUN, ids=[n[0][:40] for n in NAME_THEN_NOUN])
def test_what_a_named_person_is_after_his_name(text, raw):
    rows = _rows(text)
    assert [r["source_raw"] for r in rows] == [raw]
    assert rows[0]["speaker"] is None or "," in rows[0]["speaker"]


# The same after the verb or after "according to".
AFTER_THE_VERB = [
    ("Twelve people were killed, said Ali Sow, a resident of Kadi.", "a resident of Kadi"),
    ("Twelve people were killed, according to Ali Sow, a resident of Kadi.",
     "a resident of Kadi"),
    ("Twelve people were killed, said Ali Sow, who heads the local emergency agency.",
     "the local emergency agency"),
    ("Twelve people were killed, according to Ali Sow, who leads the vigilante group.",
     "the vigilante group"),
    ("Twelve people were killed, said Ali Sow, the army spokesman.", "the army"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "raw"), AFTER_THE_VERB, ids=[a[0][:40] for a in AFTER_THE_VERB])
def test_what_he_is_or_heads_after_the_verb(text, raw):
    assert [r["source_raw"] for r in _rows(text)] == [raw]

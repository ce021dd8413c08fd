"""Round 7, French source phrases and attribution: who speaks, and for whom. Invented
sentences: an armed group's officer is the group (never the state's army), a gendarme the
police, a UN officer the mission; a relay that cites its source gives that source; a
closing pronoun stands for the latest source that agrees with it; the owner of a claim
noun a denial names asserts what is denied; a loss mourned inside another's voice is
that voice's."""

from __future__ import annotations

import warnings

import pytest

import claimtrack as ct

ANY = object()


def _rows(text: str, country: str | None) -> list[tuple]:
    """(source_raw, claim_type, value, stance, institution, actor_id) of each claim."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = ct.extract(text, country=country).astype(object)
    found = found.where(found.notna(), None)
    return [
        (r.source_raw, r.claim_type, r.value, r.stance, r.institution, r.actor_id)
        for r in found.itertuples()
    ]


def _same(expected: list[tuple], got: list[tuple]) -> bool:
    """Whether the claims are those expected, in any order (ANY matches anything)."""
    rest = list(got)
    for e in expected:
        hit = next(
            (g for g in rest if all(x is ANY or x == y for x, y in zip(e, g, strict=True))), None
        )
        if hit is None:
            return False
        rest.remove(hit)
    return not rest


def _killed(src, value, stance="asserts", inst=ANY, actor=ANY, kind="killed"):
    return (src, kind, value, stance, inst, actor)


# An armed group's officer, in every frame: the group, no state's institution.
GROUP_OFFICERS = [
    ("Le commandant des ADF a déclaré que 12 soldats ont été tués.", "CD",
     "Le commandant des ADF", "12", "adf_drc"),
    ("Selon un responsable des ADF, 15 soldats ont été tués lundi.", "CD",
     "un responsable des ADF", "15", "adf_drc"),
    ("Vingt soldats ont été tués, a affirmé un officier des ADF.", "CD",
     "un officier des ADF", "Vingt", "adf_drc"),
    ("Un capitaine des ADF, joint par téléphone, a indiqué que 30 soldats avaient péri.", "CD",
     "Un capitaine des ADF", "30", "adf_drc"),
    ("Un commandant ADF a affirmé que 12 soldats ont été tués.", "CD",
     "Un commandant ADF", "12", "adf_drc"),
    ("Le commandant des ADF a reconnu la mort de 7 combattants.", "CD",
     "Le commandant des ADF", "7", "adf_drc"),
    ("Un capitaine du JNIM, joint par téléphone, a indiqué que 30 soldats avaient péri.", "ML",
     "Un capitaine du JNIM", "30", "jnim"),
    ("Le commandant des FDLR a déclaré que 12 soldats ont été tués.", "CD",
     "Le commandant des FDLR", "12", "fdlr"),
    ("Selon le lieutenant Ali Sow, un officier du M23, 12 soldats ont été tués.", "CD",
     ANY, "12", "m23"),
    ("Le chef des rebelles a affirmé que 40 soldats avaient été tués.", "CD",
     "Le chef des rebelles", "40", None),
    ("Un lieutenant du groupe armé a déclaré que 9 soldats ont été tués.", "CD",
     "Un lieutenant du groupe armé", "9", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "country", "src", "value", "actor"),
    GROUP_OFFICERS,
    ids=[g[0][:40] for g in GROUP_OFFICERS],
)
def test_a_groups_officer_speaks_for_the_group(text, country, src, value, actor):
    assert _same([_killed(src, value, inst=None, actor=actor)], _rows(text, country))


# Gendarmes and policemen, whatever their rank: the police.
POLICE = [
    "Le lieutenant Jean Kasongo, de la gendarmerie, a indiqué que 12 civils ont été tués.",
    "Selon le lieutenant Jean Kasongo, de la gendarmerie, 12 civils ont été tués.",
    "12 civils ont été tués, a indiqué le lieutenant Jean Kasongo, de la gendarmerie.",
    "Le commandant de la brigade de gendarmerie de Beni a indiqué que 12 civils ont été tués.",
    "L'adjudant-chef Ali Sow, commandant de la brigade de gendarmerie, a indiqué que 12 civils "
    "ont été tués.",
    "Le colonel Ali Sow, de la gendarmerie, a indiqué que 12 civils ont été tués.",
    "Le commissaire Ali Sow, de la police nationale, a indiqué que 12 civils ont été tués.",
]


@pytest.mark.parametrize("text", POLICE, ids=[t[:40] for t in POLICE])
def test_a_gendarme_of_any_rank_speaks_for_the_police(text):
    assert _same([_killed(ANY, "12", inst="CD:police")], _rows(text, "CD"))


UN_MISSION = [
    "Le capitaine Jean Kasongo de la MONUSCO a déclaré que 12 civils ont été tués.",
    "Le capitaine Jean Kasongo, de la MONUSCO, a déclaré que 12 civils ont été tués.",
    "Selon le capitaine Jean Kasongo de la MONUSCO, 12 civils ont été tués.",
    "12 civils ont été tués, a affirmé le capitaine Jean Kasongo de la MONUSCO.",
    "Un colonel de la Monusco a déclaré que 12 civils ont été tués.",
]


@pytest.mark.parametrize("text", UN_MISSION, ids=[t[:40] for t in UN_MISSION])
def test_a_un_officer_speaks_for_the_mission_not_the_army(text):
    assert _same([_killed(ANY, "12", inst=None, actor="monusco")], _rows(text, "CD"))


# A relay that names its own source: that source speaks, as "Citing X, Y said" gives X.
RELAYED = [
    ("Selon RFI, qui cite des sources locales, 12 civils ont été tués.", "des sources locales"),
    ("D'après l'AFP, qui cite une source sécuritaire, 12 civils ont été tués.",
     "une source sécuritaire"),
    ("12 civils ont été tués, selon RFI, qui cite des sources locales.", "des sources locales"),
    ("12 civils ont été tués, selon RFI qui cite des sources locales.", "des sources locales"),
    ("Selon Radio Okapi, citant la société civile, 12 civils ont été tués.", "la société civile"),
    ("Selon l'agence, qui citait des témoins, 12 civils avaient été tués.", "des témoins"),
    ("L'AFP, qui cite un responsable local, indique que 12 civils ont été tués.",
     "un responsable local"),
    ("Selon des médias locaux, qui citent des sources hospitalières, 12 civils ont été tués.",
     "des sources hospitalières"),
    ("12 civils ont été tués, rapporte RFI, qui cite des habitants.", "des habitants"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src"), RELAYED, ids=[r[0][:40] for r in RELAYED])
def test_a_relay_gives_the_source_it_cites(text, src):
    assert _same([_killed(src, "12")], _rows(text, "ML"))


# A closing pronoun: the latest source named before that agrees with it, else as written.
PRONOUNS = [
    ("Le colonel Ali Sow a décrit l'attaque. Selon des habitants, les tirs ont duré deux "
     "heures. « Douze assaillants ont été tués », a-t-il ajouté.", "Le colonel Ali Sow"),
    ("Le maire a condamné l'attaque. L'armée a publié un communiqué. Douze civils ont été "
     "tués, a-t-il précisé.", "Le maire"),
    ("La gouverneure a visité le site. Le ministre a parlé à la presse. Douze civils ont été "
     "tués, a-t-elle précisé.", "La gouverneure"),
    ("Des témoins ont décrit l'attaque. L'armée a publié un communiqué. Douze civils ont été "
     "tués, ont-ils ajouté.", "Des témoins"),
    ("Le maire a condamné l'attaque. Selon des habitants, le marché a brûlé. Douze civils "
     "ont été tués, précise-t-il.", "Le maire"),
    ("L'armée a publié un communiqué. Douze civils ont été tués, a-t-il précisé.", "il"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src"), PRONOUNS, ids=[p[1] for p in PRONOUNS])
def test_a_closing_pronoun_stands_for_the_latest_source_that_agrees(text, src):
    assert _same([_killed(src, "Douze")], _rows(text, "ML"))


# The owner of a claim noun that a denial names asserts it; the denier denies it.
OWNED = [
    ("L'armée a démenti les affirmations des rebelles selon lesquelles 40 soldats ont été "
     "tués.", "les rebelles", "L'armée", "40", "killed"),
    ("L'armée conteste les informations de la société civile selon lesquelles 30 civils ont "
     "été tués.", "la société civile", "L'armée", "30", "killed"),
    ("L'armée dément la version des rebelles, selon laquelle 40 soldats ont été tués.",
     "les rebelles", "L'armée", "40", "killed"),
    ("Le ministre a qualifié de mensonges les affirmations des jihadistes selon lesquelles 50 "
     "soldats ont été tués.", "les jihadistes", "Le ministre", "50", "killed"),
    ("Les autorités ont rejeté les déclarations du M23 selon lesquelles 200 soldats avaient "
     "été capturés.", "le M23", "Les autorités", "200", "captured"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "owner", "denier", "value", "kind"), OWNED)
def test_the_owner_of_a_denied_claim_asserts_it(text, owner, denier, value, kind):
    got = [g for g in _rows(text, "CD") if g[1] == kind]
    expected = [_killed(owner, value, kind=kind), _killed(denier, value, "denies", kind=kind)]
    assert _same(expected, got), got


def test_a_confirmed_claim_noun_is_the_confirmers_and_its_owners():
    # round 9: the owner of what is confirmed says it too (neither denies it)
    text = (
        "L'armée a confirmé les informations de la société civile selon lesquelles 30 civils "
        "ont été tués."
    )
    expected = [_killed("la société civile", "30"), _killed("L'armée", "30")]
    assert _same(expected, _rows(text, "CD"))


# "déplorer" its dead: a body's own statement, unless it is named in another's voice.
MOURNED = [
    ("« Les forces gouvernementales déplorent 22 morts », a ajouté Jean Kasongo.",
     "Jean Kasongo"),
    ("« L'armée déplore 22 morts dans ses rangs », a indiqué le porte-parole.", "le porte-parole"),
    ("« Nos forces déplorent 22 morts », a déclaré le ministre.", "le ministre"),
    ("Selon le gouverneur, les FARDC déplorent 22 morts.", "le gouverneur"),
    ("Le gouverneur a indiqué que les FARDC déploraient 22 morts.", "Le gouverneur"),
    ("L'armée déplore 22 morts dans ses rangs.", "L'armée"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src"), MOURNED, ids=[m[1] for m in MOURNED])
def test_a_loss_mourned_in_anothers_voice_is_that_voices(text, src):
    assert _same([_killed(src, "22")], _rows(text, "CD"))


# A denial after a closing "selon X" denies X's figure, which stays X's (English too).
DENIED_AFTER = [
    ("40 soldats ont été tués, selon le JNIM, ce que dément l'armée.", "ML", "le JNIM", "l'armée"),
    ("40 soldats ont été tués, selon le JNIM, un bilan démenti par l'armée.", "ML", "le JNIM",
     "l'armée"),
    ("Selon le JNIM, 40 soldats ont été tués, mais l'armée dément.", "ML", "le JNIM", "l'armée"),
    ("40 soldiers were killed, according to the JNIM, a claim the army denied.", "ML", "the JNIM",
     "the army"),
    ("The JNIM said it killed 40 soldiers, but the army denied.", "ML", "The JNIM", "the army"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "owner", "denier"), DENIED_AFTER)
def test_a_denial_after_a_closing_source_denies_its_figure(text, country, owner, denier):
    got = _rows(text, country)
    expected = [
        (owner, "killed", "40", "asserts", ANY, ANY),
        (denier, "killed", "40", "denies", ANY, ANY),
    ]
    assert _same(expected, got), got


# How a source was reached, and who heard it, are no part of it.
REACHED = [
    ("Des sources sécuritaires citées par Reuters ont affirmé que 12 soldats ont été tués.",
     "Des sources sécuritaires", ANY),
    ("Un soldat joint par téléphone a affirmé que 12 soldats ont été tués.", "Un soldat",
     "ML:military"),
    ("« Nous avons perdu 12 soldats », nous a confié un officier.", "un officier", ANY),
    ("Douze soldats ont été tués, nous a confié un officier.", "un officier", ANY),
    ("Douze soldats ont été tués, m'a raconté un militaire.", "un militaire", "ML:military"),
    ("Un casque bleu a déclaré que 12 soldats ont été tués.", "Un casque bleu", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src", "inst"), REACHED, ids=[r[1] for r in REACHED])
def test_how_a_source_was_reached_is_no_part_of_it(text, src, inst):
    got = _rows(text, "ML")
    assert _same([(src, "killed", ANY, "asserts", inst, ANY)], got), got


# A claim noun a voice calls false: its owner asserts, the voice denies.
CALLED_FALSE = [
    ("Les affirmations du JNIM selon lesquelles 40 soldats ont été tués sont fausses, a "
     "déclaré l'armée.", "le JNIM", "l'armée", "killed"),
    ("Selon l'armée, les affirmations des rebelles selon lesquelles 40 soldats ont été tués "
     "sont fausses.", "les rebelles", "l'armée", "killed"),
    ("Pour le ministre, les déclarations du JNIM selon lesquelles 40 soldats ont été capturés "
     "sont mensongères.", "le JNIM", "le ministre", "captured"),
    ("D'après le gouverneur, la version des rebelles, selon laquelle 40 soldats ont été tués, "
     "est sans fondement.", "les rebelles", "le gouverneur", "killed"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "owner", "denier", "kind"), CALLED_FALSE)
def test_a_claim_noun_called_false_is_its_owners_and_denied(text, owner, denier, kind):
    expected = [_killed(owner, "40", kind=kind), _killed(denier, "40", "denies", kind=kind)]
    got = _rows(text, "ML")
    assert _same(expected, got), got


# A feminine or plural subject before, met again as a pronoun: its feminine source nouns.
FEMININE = [
    ("Des habitantes ont décrit l'attaque. Elles affirment que 12 civils ont été tués.",
     "Des habitantes"),
    ("Une rescapée a décrit l'attaque. Elle affirme que 12 civils ont été tués.", "Une rescapée"),
    ("La préfète a décrit l'attaque. Selon elle, 12 civils ont été tués.", "La préfète"),
    ("La gouverneure a décrit l'attaque. Elle a précisé que 12 civils ont été tués.",
     "La gouverneure"),
    ("Des élues locales ont décrit l'attaque. Elles affirment que 12 civils ont été tués.",
     "Des élues locales"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src"), FEMININE, ids=[f[1] for f in FEMININE])
def test_a_feminine_source_is_whom_her_pronoun_stands_for(text, src):
    assert _same([_killed(src, "12")], _rows(text, "BF"))


# Cues the rules did not list, opening or closing the clause they speak for.
CUES = [
    ("Aux dires des habitants, 12 civils ont été tués.", "des habitants"),
    ("Aux dires du maire, 12 civils ont été tués.", "le maire"),
    ("12 civils ont été tués, aux dires d'un élu.", "un élu"),
    ("De l'avis d'un élu local, 12 civils ont été tués.", "un élu local"),
    ("Comme l'a indiqué le maire, 12 civils ont été tués.", "le maire"),
    ("12 civils ont été tués, comme l'a indiqué le maire.", "le maire"),
    ("Ainsi que l'ont annoncé les autorités, 12 civils ont été tués.", "les autorités"),
    ("Le maire a tenu à préciser que 12 civils ont été tués.", "Le maire"),
    ("Les autorités ont tenu à rappeler que 12 civils avaient été tués.", "Les autorités"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src"), CUES, ids=[c[0][:30] for c in CUES])
def test_a_cue_the_rules_did_not_list_names_its_source(text, src):
    assert _same([_killed(src, "12")], _rows(text, "ML"))


# A relay that reached its source (interviewed, joined, relies on): that source speaks.
REACHED_BY_RELAY = [
    ("Selon RFI, qui a interrogé des habitants, 12 civils ont été tués.", "des habitants"),
    ("RFI, qui a pu joindre des habitants, rapporte que 12 civils ont été tués.",
     "des habitants"),
    ("Selon la radio, qui s'appuie sur des sources locales, 12 civils ont été tués.",
     "des sources locales"),
    ("Selon RFI, qui a joint le maire par téléphone, 12 civils ont été tués.", "le maire"),
    ("L'agence, qui cite des sources hospitalières, fait état de 12 morts.",
     "des sources hospitalières"),
    ("Les médias d'État, citant l'armée, ont annoncé que 12 civils ont été tués.", "l'armée"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src"), REACHED_BY_RELAY, ids=[r[1] for r in REACHED_BY_RELAY])
def test_a_relay_gives_the_source_it_reached(text, src):
    assert _same([_killed(src, "12")], _rows(text, "ML"))


def test_a_relays_own_clause_that_cites_no_one_keeps_the_relay():
    text = "Selon l'armée, qui reprend le contrôle de la ville, 12 civils ont été tués."
    got = [g for g in _rows(text, "ML") if g[1] == "killed"]
    assert _same([_killed("l'armée", "12")], got), got


# A group's officer met again ("il", "le porte-parole"): still the group.
GROUP_AGAIN = [
    ("Le porte-parole des ADF a revendiqué l'attaque. Selon le porte-parole, 12 soldats ont "
     "été tués.", "CD", "adf_drc"),
    ("Le chef des ADF a revendiqué l'attaque. Il affirme que 12 soldats ont été tués.", "CD",
     "adf_drc"),
    ("Un responsable du JNIM a revendiqué l'attaque. « Nous avons tué 12 soldats », a-t-il "
     "dit.", "ML", "jnim"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country", "actor"), GROUP_AGAIN)
def test_a_groups_officer_met_again_is_still_the_group(text, country, actor):
    got = [g for g in _rows(text, country) if g[1] == "killed"]
    assert _same([_killed(ANY, "12", inst=None, actor=actor)], got), got


# A closing pronoun in any tense of any reporting verb, plural ones for a group.
CLOSING = [
    ("Le maire a condamné l'attaque. L'armée a publié un communiqué. Douze civils ont été "
     "tués, a-t-il poursuivi.", "Le maire"),
    ("Le maire a condamné l'attaque. L'armée a publié un communiqué. Douze civils ont été "
     "tués, avait-il ajouté.", "Le maire"),
    ("Des habitantes ont fui. Le préfet a publié un communiqué. Douze civils ont été tués, "
     "ont-elles précisé.", "Des habitantes"),
    ("Des habitantes ont fui. Le préfet a publié un communiqué. Douze civils ont été tués, "
     "précisent-elles.", "Des habitantes"),
    ("Des habitantes ont fui. Le préfet a publié un communiqué. Douze civils ont été tués, "
     "selon elles.", "Des habitantes"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src"), CLOSING, ids=[c[0][-25:] for c in CLOSING])
def test_a_closing_pronoun_in_any_tense_stands_for_its_source(text, src):
    assert _same([_killed(src, "Douze")], _rows(text, "ML"))


@pytest.mark.parametrize(
    ("text", "country", "inst", "actor"),
    [
        ("Le capitaine Ali Sow, des Forces armées camerounaises, a affirmé que 12 séparatistes "
         "ont été tués.", "CM", "CM:military", ANY),
        ("Un commandant des ADF a affirmé que 12 soldats ont été tués.", "CM", None,
         "ambazonia_adf"),
        ("Le commandant des Forces démocratiques alliées a affirmé que 12 soldats ont été tués.",
         "CD", None, "adf_drc"),
        # the republican guard is the state's armed forces; a named army keeps its actor
        ("Un officier de la garde républicaine a affirmé que 12 rebelles ont été tués.", "TD",
         "TD:military", ANY),
        ("Un officier FARDC a affirmé que 12 rebelles ont été tués.", "CD", None, "fardc"),
    ],
)  # fmt: skip
def test_a_name_before_an_institution_is_no_groups(text, country, inst, actor):
    assert _same([_killed(ANY, "12", inst=inst, actor=actor)], _rows(text, country))


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # allegations with what they say: a denial of that, no denied blame
        ("Le gouvernement rejette les allégations du M23 selon lesquelles 200 soldats auraient "
         "été capturés.", ["captured", "captured"]),
        ("The government rejected the M23's allegations that 200 soldiers were captured.",
         ["captured", "captured"]),
        # allegations alone: the blame denied
        ("Le gouvernement rejette les allégations du M23.", ["responsibility"]),
    ],
)  # fmt: skip
def test_allegations_with_their_content_deny_that_content(text, kinds):
    assert sorted(g[1] for g in _rows(text, "CD")) == kinds

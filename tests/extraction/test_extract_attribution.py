"""Who speaks for a claim within a sentence (``extraction.attribution``, ``source_phrases``)."""

from __future__ import annotations

import pytest
from extract_helpers import claims

import claimtrack as ct


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The army said 12 fighters were killed.", "The army"),
        ("Twelve fighters were killed, the army said.", "the army"),
        ('"Twelve fighters were killed," said army spokesman Ali Traore.', "army spokesman"),
        ("According to the governor, 12 fighters were killed.", "the governor"),
        ("Twelve fighters were killed, according to the governor.", "the governor"),
        ("The rebels claimed to have killed 12 soldiers.", "The rebels"),
        ("A police officer told Reuters that 12 soldiers were killed.", "A police officer"),
        ("The ministry said in a statement that 12 soldiers were wounded.", "The ministry"),
        ("Russia, which backs the government, said 12 soldiers were killed.", "Russia"),
        ("But the rebel group however denied that 12 soldiers were killed.", "the rebel group"),
        ("In a statement on Monday the regional governor said 12 soldiers were killed.", None),
    ],
)
def test_english_attribution_patterns(sentence, source):
    (row,) = claims(sentence, country="ML")
    expected = source or "the regional governor"
    assert row[0] == expected
    assert row[2] in ("12", "Twelve")


def test_reported_speech_in_quotes_over_two_sentences():
    text = '"We lost four men. The enemy lost dozens," the commander said.'
    rows = claims(text)
    assert {r[0] for r in rows} == {"the commander"}
    assert {(r[1], r[2]) for r in rows} == {("killed", "four"), ("casualties", "dozens")} or {
        (r[1], r[2]) for r in rows
    } >= {("killed", "four")}


def test_two_sources_in_one_sentence():
    text = (
        "A strike killed around 100 people, the health office said, "
        "while the army said it targeted 20 militants."
    )
    rows = claims(text)
    by_source = {r[0]: r for r in rows if r[1] == "killed"}
    assert by_source["the health office"][2] == "around 100"
    assert ("the army", "attacked") in {(r[0], r[1]) for r in rows}


def test_unattributed_sentences_are_not_claims():
    assert claims("At least 40 people were killed in the attack on Monday.") == []


def test_capitalised_words_are_not_reporting_verbs():
    # "States" in "United States", "Reports" in a name: reporting verbs are lower case.
    rows = claims("The United States said 12 soldiers were killed.")
    assert [r[0] for r in rows] == ["The United States"]
    (row,) = claims("Officials in the United States Army said 12 soldiers were killed.")
    assert row[0].startswith("Officials")


def test_the_noun_claims_is_not_a_reporting_verb():
    rows = claims("The group's claims were rejected by the army, which said 12 soldiers died.")
    assert {r[0] for r in rows} == {"the army"}
    rows = claims("The governor rejected the claims that 12 soldiers were killed.")
    assert {(r[0], r[4]) for r in rows} == {("The governor", "denies")}


def test_a_source_keeps_its_relative_clause():
    rows = claims("Residents who fled the town said 12 soldiers were killed.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("Residents who fled the town", "killed", "12")]


def test_coordinated_sources_each_give_the_claim():
    rows = claims("Both the army and the rebels said 12 soldiers were killed.")
    assert sorted((r[0], r[2]) for r in rows) == [("the army", "12"), ("the rebels", "12")]
    rows = claims("Officials and residents said 40 houses were burned.")
    assert sorted(r[0] for r in rows) == ["Officials", "residents"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Douze soldats ont été tués, a déclaré à l'AFP un responsable militaire.",
        "Douze soldats ont été tués, a indiqué à Reuters un responsable militaire.",
        "Un responsable militaire a déclaré à l'AFP que douze soldats ont été tués.",
    ],
)
def test_the_listener_is_not_part_of_the_source(sentence):
    rows = claims(sentence)
    assert [(r[0].lower(), r[1]) for r in rows] == [("un responsable militaire", "killed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels claimed an attack that left 30 dead, a monitor said.",
        "A monitor said the rebels claimed an attack that left 30 dead.",
    ],
)
def test_a_fact_in_the_outer_voice_belongs_to_the_outer_source(sentence):
    rows = claims(sentence)
    assert ("killed", "30") in {(r[1], r[2]) for r in rows}
    assert {r[0].lower() for r in rows if r[1] == "killed"} == {"a monitor"}
    assert ("the rebels", "responsibility") in {(r[0].lower(), r[1]) for r in rows}


def test_the_role_after_a_name_stays_with_it():
    rows = claims(
        "« Nous avons perdu 5 hommes », a déclaré à l'AFP Ali Diallo, porte-parole du front."
    )
    # the institution is the source; the speaker keeps the name with its role
    assert rows[0][0] == "le front"
    assert rows[0][1:3] == ("killed", "5")
    raw = ct.extract(
        "« Nous avons perdu 5 hommes », a déclaré à l'AFP Ali Diallo, porte-parole du front."
    )
    assert raw.loc[0, "speaker"] == "Ali Diallo, porte-parole du front"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # where it was said, between an inverted verb and its source, is not the source
        (
            "« Six civils ont été tués », a déclaré dans un communiqué le porte-parole de la "
            "mission.",
            "le porte-parole de la mission",
        ),
        ('"Six civilians died," said in a statement the mission chief.', "the mission chief"),
        # a full stop inside a name before its domain ending does not end the sentence
        ("According to ACTUALITE.CD, more than 80 people were killed.", "ACTUALITE"),
    ],
)
def test_a_channel_or_a_domain_is_not_the_source(sentence, source):
    assert [r[0] for r in claims(sentence)] == [source]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a French compound tense with a pronoun or adverb inside still reports
        (
            "Des sources militaires ont elles parlé d'une quinzaine de morts.",
            ("Des sources militaires", "killed", "une quinzaine", "asserts"),
        ),
        (
            "Le maire a pour sa part affirmé que 3 soldats ont été tués.",
            ("Le maire", "killed", "3", "asserts"),
        ),
        ("L'armée avait déjà démenti tout bilan.", ("L'armée", "killed", None, "denies")),
    ],
)
def test_french_compound_tenses_with_a_word_inside(sentence, expected):
    assert [(r[0], r[1], r[2], r[4]) for r in claims(sentence)] == [expected]


def test_where_it_was_said_before_the_verb_is_not_the_source():
    text = "The government and police have in their statements said that 10 militants were killed."
    assert [r[0] for r in claims(text)] == ["The government", "police"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The U.N. did not provide photos, but said that 12 soldiers were killed.", "The U.N."),
        ("Rebel commanders met the press on Monday and said 12 soldiers died.", "Rebel commanders"),
        ("L'armée a publié un bilan et a affirmé que 12 soldats ont été tués.", "L'armée"),
        (
            "The president went on television to announce the deaths of 12 soldiers.",
            "The president",
        ),
        ("Le ministre est intervenu lundi pour annoncer la mort de 12 soldats.", "Le ministre"),
        ("Le ministère a tenu à affirmer que 12 soldats sont morts.", "Le ministère"),
    ],
)
def test_a_verb_phrase_after_and_or_but_speaks_for_the_clause_subject(sentence, source):
    (row,) = claims(sentence)
    assert (row[0], row[2]) == (source, "12")


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials declined to confirm that 12 soldiers died.",
        "Le ministère a refusé de confirmer que 12 soldats sont morts.",
    ],
)
def test_a_refusal_to_speak_is_no_source(sentence):
    assert claims(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "source", "expected"),
    [
        ('"Douze soldats ont été tués", précise la mission.', "la mission", ("killed", "Douze")),
        ('"Douze soldats ont été tués", poursuit le ministre.', "le ministre", ("killed", "Douze")),
        ("Le Pakistan a nié qu'il y ait eu des victimes.", "Le Pakistan", ("killed", None)),
    ],
)
def test_french_present_inversions_and_nier(sentence, source, expected):
    rows = claims(sentence)
    assert {(r[0], r[1], r[2]) for r in rows} >= {(source, *expected)}
    assert all(r[4] == ("denies" if "nié" in sentence else "asserts") for r in rows)


@pytest.mark.parametrize(
    ("sentence", "institution"),
    [
        ("Ali Gueddei, spokesman for the alliance, said 12 soldiers died.", "the alliance"),
        ('"12 soldiers died," said Ali Gueddei, spokesman for the alliance.', "the alliance"),
        (
            "Le général Ali Traoré, porte-parole de l'armée, a déclaré mardi sur Twitter"
            " que 12 soldats sont morts.",
            "l'armée",
        ),
    ],
)
def test_a_name_then_its_role_gives_the_institution_and_the_speaker(sentence, institution):
    raw = ct.extract(sentence)
    assert raw.loc[0, "source_raw"] == institution
    assert "," in raw.loc[0, "speaker"]
    assert raw.loc[0, "value"] == "12"


def test_the_noun_annonce_is_not_a_reporting_verb():
    assert claims("L'annonce de ces lourdes pertes a provoqué des critiques.") == []
    assert claims("Après l'annonce de 12 morts, la ville a pleuré.") == []
    (row,) = claims("Le ministère l'annonce : 12 soldats sont morts.")
    assert (row[0], row[2]) == ("Le ministère", "12")


@pytest.mark.parametrize(
    ("sentence", "source", "expected"),
    [
        ("L'armée dit avoir neutralisé une vingtaine de terroristes.", "L'armée", "une vingtaine"),
        ("Le ministère a recensé 12 morts.", "Le ministère", "12"),
        ("The UN recorded 12 deaths in the town.", "The UN", "12"),
        ("Un habitant dit avoir vu 12 corps.", "Un habitant", "12"),
        ("A doctor at the hospital said 12 people died.", "A doctor at the hospital", "12"),
    ],
)
def test_dire_counting_verbs_and_more_sources(sentence, source, expected):
    (row,) = claims(sentence)
    assert (row[0], row[1], row[2]) == (source, "killed", expected)


def test_a_quotation_that_goes_on_keeps_its_source():
    rows = claims('"We killed 20 soldiers," the commander said. "We also captured three vehicles."')
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("the commander", "killed", "20"),
        ("the commander", "seized", "three"),
    ]
    # a quotation with no source before it stays in the outlet's voice
    assert len(claims('The army said 20 soldiers died. "Three vehicles were captured."')) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("L'ONU estime à 500 000 le nombre de déplacés.", ("L'ONU", "displaced", "500 000")),
        (
            "Selon l'état-major, les militaires ont neutralisé 15 terroristes.",
            ("l'état-major", "killed", "15"),
        ),
        (
            "The rebels said they now controlled the town of Kidal.",
            ("The rebels", "controls", None),
        ),
    ],
)
def test_toll_after_the_count_the_staff_and_control(sentence, expected):
    assert expected in {(r[0], r[1], r[2]) for r in claims(sentence, country="ML")}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Dozens of soldiers killed in attack: State media\n\nBody.", "State media"),
        ("Army: 20 militants killed in raid\n\nBody.", "Army"),
        ("20 soldiers killed in attack - army\n\nBody.", "army"),
        ("Mali : 20 soldats tués\n\nTexte.", None),
        ("Body first.\n\nArmy: 20 militants killed in raid", None),
    ],
)
def test_one_headline_rule_for_both_orders(text, source):
    rows = claims(text)
    assert [r[0] for r in rows] == ([source] if source else [])


def test_a_pronoun_after_a_french_inversion_resolves_to_the_minister():
    text = (
        "« Les opérations continueront », a assuré le ministre de la Défense Luis Carlos"
        " Villegas à l'issue du conseil.\n\nM. Villegas a réitéré l'ordre. « Deux soldats"
        " sont séquestrés », a-t-il précisé."
    )
    raw = ct.extract(text)
    assert raw[["source_raw", "speaker", "claim_type", "value"]].values.tolist() == [
        [
            "le ministre de la Défense",
            "le ministre de la Défense Luis Carlos Villegas",
            "captured",
            "Deux",
        ]
    ]


def test_how_a_source_was_reached_is_no_part_of_it():
    rows = claims(
        "Selon une source sécuritaire citée par l'AIB, 40 terroristes ont été neutralisés."
    )
    assert (rows[0][0], rows[0][2]) == ("une source sécuritaire", "40")


@pytest.mark.parametrize(
    ("text", "source", "mention"),
    [
        (
            "The Amaq news agency said 30 soldiers were killed. The agency also said two"
            " tanks were destroyed.",
            "The Amaq news agency",
            "The agency",
        ),
        (
            "Lebanon's Ministry of Health said 10 people were killed. The ministry said five"
            " were wounded.",
            "Lebanon's Ministry of Health",
            "The ministry",
        ),
        (
            "The army said 12 soldiers died. The ministry said 5 soldiers died.",
            "The ministry",
            None,
        ),
    ],
)
def test_a_definite_description_is_the_latest_source_named_with_its_noun(text, source, mention):
    last = ct.extract(text).iloc[-1]
    assert last["source_raw"] == source
    assert (last["source_mention"] if isinstance(last["source_mention"], str) else None) == mention


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Colonel Ali Traore, the army spokesman, said 12 soldiers died. Traore said 20"
            " militants were also killed.",
            "the army",
        ),
        (
            "Le colonel Traoré, porte-parole de l'armée, a indiqué que 12 soldats sont morts."
            " Selon lui, 20 terroristes ont été tués.",
            "l'armée",
        ),
    ],
)
def test_a_titled_name_then_its_role(text, source):
    assert {r[0] for r in claims(text)} == {source}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The governor was quoted as saying that 12 soldiers died.", "The governor"),
        ("Twelve soldiers were reported killed, the army said.", "the army"),
        ("According to figures released by the ministry, 12 soldiers died.", "the ministry"),
        ("Le gouverneur a fait savoir que 12 soldats ont été tués.", "Le gouverneur"),
    ],
)
def test_quoted_as_saying_reported_killed_and_figures_released_by(sentence, source):
    (row,) = claims(sentence)
    assert (row[0], row[1]) == (source, "killed")

"""French attribution forms of Sahel and Lake Chad wire copy (fourth round): a toll as
the subject with its agent after "par", a dispatch of a named agency, a demonstrative
named in apposition ("ce responsable, X"), a sentence naming who said the one before,
and a voice confirmed in a participle ("confirmant une information donnée par Y").
Every sentence here is invented."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from extract_helpers import claims

import claimtrack as ct
from claimtrack.extraction.places import detect_country


def _said(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, v) for s, t, v, _, _ in claims(text, lang="fr")}


def _rows(text: str) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ct.extract(text, "t-1", lang="fr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le bilan provisoire communiqué par l'armée est de 12 morts et 4 blessés.",
            {("l'armée", "killed", "12"), ("l'armée", "wounded", "4")},
        ),
        (
            "Un premier bilan confirmé par le ministre faisait état de 40 morts.",
            {("le ministre", "killed", "40")},
        ),
        (
            "Le bilan officiel donné par la gendarmerie est de 21 morts.",
            {("la gendarmerie", "killed", "21")},
        ),
        (
            "Dimanche, un bilan fourni par des élus avait fait état de 9 blessés.",
            {("des élus", "wounded", "9")},
        ),
    ],
)
def test_a_toll_given_by_x_as_subject_is_x_s(text, expected):
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Une dépêche de l'ONU annonce que onze soldats ont été tués.", "l'ONU"),
        ("Une dépêche de l’AFP indique que huit policiers ont été tués.", "l’AFP"),
    ],
)
def test_a_dispatch_of_an_agency_speaks_for_it(text, source):
    assert {s for s, *_ in claims(text, lang="fr")} == {source}


def test_a_demonstrative_named_in_apposition_is_the_source_before_with_its_name():
    text = (
        "Huit policiers ont été tués mardi, a annoncé à l'AFP le préfet de la région. "
        "« Les assaillants ont aussi blessé cinq civils », a ajouté ce responsable, Ali Moussa."
    )
    rows = _rows(text)
    assert set(rows["source_raw"]) == {"le préfet de la région"}
    # the name given later is the speaker of the earlier claim too
    assert set(rows["speaker"]) == {"Ali Moussa"}
    pairs = set(zip(rows["claim_type"], rows["value"], strict=True))
    assert pairs == {("killed", "Huit"), ("wounded", "cinq")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six soldats ont été tués et neuf blessés près de Diffa. "
            "C'est ce qu'a annoncé l'état-major dimanche.",
            {("l'état-major", "killed", "Six"), ("l'état-major", "wounded", "neuf")},
        ),
        (
            "Au moins 40 villageois ont été tués samedi. L'annonce a été faite par le ministre"
            " de l'Intérieur, Moussa Diallo, qui s'est rendu sur place. « Nous comptons aussi"
            " 12 blessés », a-t-il déclaré.",
            {
                ("le ministre de l'Intérieur", "killed", "Au moins 40"),
                ("le ministre de l'Intérieur", "wounded", "12"),
            },
        ),
    ],
)
def test_a_sentence_naming_who_said_the_one_before_gives_it_its_source(text, expected):
    assert _said(text) == expected


def test_a_sentence_naming_a_source_does_not_take_the_claims_of_a_sourced_one():
    text = "L'armée a annoncé 14 morts. C'est ce qu'a indiqué un élu."
    assert _said(text) == {("L'armée", "killed", "14")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trente civils ont été tués, a affirmé un élu local, confirmant un bilan obtenu"
            " auprès d'un membre d'une milice.",
            {("un élu local", "killed", "Trente"), ("un membre d'une milice", "killed", "Trente")},
        ),
        (
            "Le préfet a confirmé la mort de neuf gendarmes, confirmant ainsi une information"
            " fournie par des habitants.",
            {("Le préfet", "killed", "neuf"), ("des habitants", "killed", "neuf")},
        ),
    ],
)
def test_the_source_of_a_confirmed_information_says_it_too(text, expected):
    assert _said(text) == expected


def test_a_pronoun_after_a_confirmation_is_the_confirming_speaker():
    text = (
        "Dix soldats ont été tués, a déclaré le gouverneur, confirmant une information"
        " donnée par une source militaire. Sept autres ont été blessés, a-t-il ajouté."
    )
    assert ("le gouverneur", "wounded", "Sept") in _said(text)


def test_a_head_of_government_names_the_government():
    rows = _rows("Le Premier ministre nigérien a annoncé 30 morts à Niamey.")
    assert rows["institution"].tolist() == ["NE:government"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Des soldats nigériens ont été tués dans la région de Tillabéri, près de la"
            " frontière malienne, non loin de la frontière avec le Mali.",
            "NE",
        ),
        ("Attack near the Mali border: Nigerien troops killed.", "NE"),
        ("Attaque près de la frontière malienne.", "ML"),
    ],
)
def test_a_border_named_by_its_neighbour_counts_little(text, country):
    assert detect_country(text) == country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mali : 20 soldats tués dans une attaque dans le centre (armée)\nLe texte suit.",
            {("armée", "killed", "20")},
        ),
        (
            "Burkina : au moins 15 civils tués près de Djibo (sources sécuritaires)",
            {("sources sécuritaires", "killed", "au moins 15")},
        ),
        # a place in brackets is no source
        ("Niger : sept soldats tués (Tillabéri)", set()),
    ],
)
def test_a_headline_s_source_in_brackets(text, expected):
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("« Quatre de nos camarades ont été tués », a rajouté le capitaine.", "le capitaine"),
        (
            "L'armée a confirmé l'attaque mais des sources locales (radio Kledu) évoquent 25"
            " morts.",
            "des sources locales (radio Kledu)",
        ),
    ],
)
def test_a_second_voice_keeps_its_bracketed_name_and_rajouter_reports(text, source):
    assert {s for s, *_ in claims(text, lang="fr")} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Des sources sécuritaires font état d'une « trentaine de jihadistes neutralisés ».",
            {("Des sources sécuritaires", "killed", "une trentaine")},
        ),
        (
            "Selon l'armée, une « quinzaine » de soldats ont été tués.",
            {("l'armée", "killed", "une quinzaine")},
        ),
    ],
)
def test_a_quotation_mark_inside_an_approximate_number(text, expected):
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le JNIM affirme avoir tué 12 soldats. Ils auraient également emporté trois véhicules.",
            ("Le JNIM", "seized", "trois"),
        ),
        (
            "Selon des sources locales, 30 civils ont été tués. Les assaillants seraient venus"
            " du nord. Huit blessés auraient été évacués.",
            ("des sources locales", "wounded", "Huit"),
        ),
    ],
)
def test_a_conditional_with_no_source_goes_on_with_the_source_before(text, expected):
    assert expected in _said(text)


def test_a_background_toll_in_the_conditional_keeps_no_source():
    text = (
        "L'armée a annoncé 12 morts. Depuis 2016, les violences auraient fait 3000 morts"
        " dans la région."
    )
    assert _said(text) == {("L'armée", "killed", "12")}


@pytest.mark.parametrize(
    "later",
    ["M. Sow a ajouté", "Le colonel Sow a ajouté", "Sow a ajouté"],
)
def test_a_titled_surname_is_the_person_named_before(later):
    text = (
        "Le porte-parole de l'armée, le colonel Ali Sow, a annoncé 12 morts. "
        f"{later} que 30 assaillants avaient été tués."
    )
    assert _said(text) == {("l'armée", "killed", "12"), ("l'armée", "killed", "30")}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "« Nous avons neutralisé 40 terroristes », a déclaré à la télévision nationale le"
            " ministre de la Défense, le général Issa Mody.",
            "le ministre de la Défense",
        ),
        (
            "« 14 soldats sont morts », a affirmé à la chaîne de télévision publique un officier.",
            "un officier",
        ),
    ],
)
def test_a_broadcaster_told_is_no_part_of_the_source(text, source):
    assert {s for s, *_ in claims(text, lang="fr")} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre a été clair : « 30 terroristes ont été neutralisés ».",
            {("Le ministre", "killed", "30")},
        ),
        (
            "Le gouverneur est formel : « Nous avons perdu deux hommes. »",
            {("Le gouverneur", "killed", "deux")},
        ),
        # a toll before a colon is no speaker
        ("Le bilan est lourd : « 32 morts ».", set()),
    ],
)
def test_the_subject_before_a_colon_speaks_the_quotation(text, expected):
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "À en croire un élu local, 45 personnes ont été tuées.",
            {("un élu local", "killed", "45")},
        ),
        (
            "Si l'armée parle de 10 morts, des sources locales évoquent 30 victimes.",
            {("l'armée", "killed", "10"), ("des sources locales", "killed", "30")},
        ),
    ],
)
def test_a_en_croire_and_a_clause_opened_by_si(text, expected):
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La porte-parole du ministère, Anna Petrossian, a écrit que deux soldats avaient"
            " été blessés.",
            {("le ministère", "wounded", "deux")},
        ),
        (
            "« Deux soldats sont blessés », écrit le ministère sur Facebook.",
            {("le ministère", "wounded", "Deux")},
        ),
    ],
)
def test_ecrire_reports(text, expected):
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Des images diffusées par le groupe montrent les corps de 12 soldats.",
            {("le groupe", "killed", "12")},
        ),
        (
            "Des photos publiées par les rebelles montrent 9 soldats tués.",
            {("les rebelles", "killed", "9")},
        ),
    ],
)
def test_images_released_by_x_show_what_x_claims(text, expected):
    assert _said(text) == expected


def test_english_images_released_by_x_show_what_x_claims():
    got = {(s, t, v) for s, t, v, _, _ in claims("Images released by the group show 12 dead.")}
    assert got == {("the group", "killed", "12")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selon lui, les assaillants étaient une centaine.", ("attackers", "une centaine")),
        ("Les assaillants étaient plus de 200, selon un témoin.", ("attackers", "plus de 200")),
        ("The attackers were about 100, a resident said.", ("attackers", "about 100")),
    ],
)
def test_the_attackers_were_n_counts_the_attacking_force(text, expected):
    assert {(t, v) for _, t, v, _, _ in claims(text)} == {expected}


def test_soldiers_who_were_n_are_no_attackers():
    assert claims("Les soldats étaient 200 dans le camp, selon l'armée.", lang="fr") == []


@pytest.mark.parametrize(
    ("second", "value"),
    [
        ("Selon la première, 30 jihadistes ont aussi été tués.", "30"),
        ("La seconde évoque 17 morts.", "17"),
    ],
)
def test_an_ordinal_stands_for_the_sources_just_named(second, value):
    text = f"Deux sources sécuritaires ont confirmé l'attaque. {second}"
    assert _said(text) == {("Deux sources sécuritaires", "killed", value)}


def test_the_other_one_gives_its_own_figure_with_no_verb():
    text = (
        "Deux sources sécuritaires ont confirmé l'attaque. L'une d'elles a évoqué 15 morts"
        " parmi les soldats, l'autre 17."
    )
    got = {(t, v) for _, t, v in _said(text)}
    assert got == {("killed", "15"), ("killed", "17")}


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("L'armée a mis en doute ces chiffres.", ("L'armée", "killed", "denies", 50.0)),
        (
            "Le gouvernement remet en question ce bilan.",
            ("Le gouvernement", "killed", "denies", 50.0),
        ),
    ],
)
def test_doubt_cast_on_a_toll_denies_it(second, expected):
    rows = _rows(f"Les rebelles affirment avoir tué 50 soldats. {second}")
    denied = rows[rows["stance"] == "denies"]
    got = list(
        zip(
            denied["source_raw"],
            denied["claim_type"],
            denied["stance"],
            denied["value_best"],
            strict=True,
        )
    )
    assert got == [expected]


@pytest.mark.parametrize(
    "second",
    [
        "Des sources sécuritaires ont cependant exprimé des doutes sur cette revendication.",
        "L'armée a remis en cause cette revendication.",
    ],
)
def test_doubt_cast_on_a_claim_of_responsibility_denies_it(second):
    rows = _rows(f"Le groupe a revendiqué l'attaque. {second}")
    denied = rows[rows["stance"] == "denies"]
    assert denied["claim_type"].tolist() == ["responsibility"]


def test_assurant_after_a_denial_asserts():
    text = "L'armée a démenti, assurant n'avoir perdu que trois hommes."
    assert {(s, t, v, st) for s, t, v, _, st in claims(text, lang="fr")} == {
        ("L'armée", "killed", "trois", "asserts")
    }


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Les rebelles affirment avoir tué 50 soldats. « C'est faux », a réagi le"
            " porte-parole de l'armée.",
            "le porte-parole de l'armée",
        ),
        (
            "Les rebelles affirment avoir tué 50 soldats. « Ce sont des mensonges », a déclaré"
            " le ministre.",
            "le ministre",
        ),
        (
            'The rebels said they killed 50 soldiers. "That is untrue," the army spokesman said.',
            "the army spokesman",
        ),
    ],
)
def test_a_quotation_calling_it_false_is_a_denial(text, source):
    denied = [(s, t) for s, t, _, _, st in claims(text) if st == "denies"]
    assert denied == [(source, "denied")]

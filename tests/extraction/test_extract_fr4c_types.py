"""French claim types and zero counts, round 4: places held or regained ("reprendre des
positions", "conservé leurs positions", "a été reprise par"), fighting that "opposed" two
sides, attackers "armés à moto", "sans faire de victimes", "un million", a toll revised
down with its own new figure, "a-t-il relevé", and an article after a comma that names a
place, not a thing taken. Every sentence here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _said(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(s, t, v, st) for s, t, v, _, st in claims(text)}


def _types(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, t, _, _, _ in claims(text)}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Le porte-parole de l'armée a affirmé que les troupes avaient conservé toutes "
            "leurs positions malgré les assauts.",
            "Le porte-parole de l'armée",
        ),
        (
            '"Nos hommes ont réussi à reprendre trois positions stratégiques au nord de la '
            'ville", a déclaré le commandant.',
            "le commandant",
        ),
        (
            "La ville de Boda a été reprise par les forces gouvernementales, selon le "
            "porte-parole.",
            "le porte-parole",
        ),
        ("Les insurgés ont affirmé avoir gagné du terrain près du fleuve.", "Les insurgés"),
    ],
)
def test_places_held_or_regained_are_controls(text, source):
    assert (source, "controls") in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Selon la police, les habitants ont repris le chemin des villages.",
        "Selon le ministre, les combats ont repris dans la ville.",
        "Selon le ministre, les cours ont repris dans les écoles de la ville.",
    ],
)
def test_resuming_is_no_place_regained(text):
    assert not any(t == "controls" for _, t in _types(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Des combats ont opposé l'armée aux rebelles dans la localité de Bunagana, "
            "selon des habitants.",
            "des habitants",
        ),
        ("Selon la police, des heurts ont éclaté près du marché.", "la police"),
        (
            "Selon un élu, de violents affrontements opposant l'armée aux miliciens ont "
            "éclaté mardi.",
            "un élu",
        ),
    ],
)
def test_fighting_that_opposed_two_sides(text, source):
    assert (source, "fighting") in _types(text)


def test_armed_men_on_motorbikes_are_the_attacking_force():
    said = _said(
        "Selon des sources sécuritaires, au moins 200 hommes armés à moto ont attaqué le village."
    )
    assert ("des sources sécuritaires", "attackers", "au moins 200", "asserts") in said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon la police, le feu a pris sans faire de victimes.",
            ("la police", "casualties", "sans faire de", "asserts"),
        ),
        (
            "Selon l'armée, le drone s'est écrasé sans faire de blessés.",
            ("l'armée", "wounded", "sans faire de", "asserts"),
        ),
    ],
)
def test_without_making_victims_is_none(text, expected):
    assert expected in _said(text)


def test_without_making_noise_is_no_count():
    assert not claims("Selon l'armée, les soldats sont partis sans faire de bruit.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Selon le HCR, plus d'un million de personnes ont été déplacées par les violences.",
            "plus d'un million",
        ),
        ("Selon l'ONU, un million de personnes ont fui.", "un million"),
    ],
)
def test_a_million_is_one_count(text, value):
    said = _said(text)
    assert {v for _, t, v, _ in said if t == "displaced"} == {value}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Le gouverneur a revu à la baisse le bilan, faisant état de 12 morts.", "12"),
        (
            "Le gouvernement a annoncé 95 morts. Le gouverneur a revu ce bilan à la baisse, "
            "évoquant 35 morts.",
            "35",
        ),
    ],
)
def test_a_toll_revised_down_asserts_its_new_figure(text, figure):
    rows = [(s, t, v, st) for s, t, v, _, st in claims(text) if v == figure]
    assert rows
    assert all(st == "asserts" for _, _, _, st in rows)
    assert any(t == "killed" and st == "denies" and v is None for _, t, v, _, st in claims(text))


def test_a_toll_revised_down_with_no_figure_denies_the_earlier_one():
    said = claims(
        "Le gouvernement a annoncé 95 morts. Mais le gouverneur a revu ce bilan à la baisse."
    )
    assert ("le gouverneur", "killed", "denies") in {(s, t, st) for s, t, _, _, st in said}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"Les rebelles ont rouvert le feu, tuant une dizaine de nos soldats", a-t-il relevé.',
            "il",
        ),
        (
            '"Les rebelles ont rouvert le feu, tuant une dizaine de nos soldats", a relevé le '
            "ministre.",
            "le ministre",
        ),
        ("Le ministre a de même souligné que 12 soldats avaient été tués.", "Le ministre"),
    ],
)
def test_releve_and_de_meme_report(text, source):
    assert source in {s for s, t, _, _ in _said(text) if t == "killed"}


def test_relief_is_no_report():
    assert not claims("La relève de la garde a eu lieu mardi, selon la police.")


def test_an_article_after_a_comma_names_a_place_not_a_thing_taken():
    said = _said(
        "Le porte-parole a indiqué que son groupe avait récupéré sept positions autour de "
        "Kanyabayonga, un territoire proche de la ville."
    )
    assert {v for _, t, v, _ in said if t == "seized"} == {"sept"}


@pytest.mark.parametrize(
    ("text", "source", "claim_type"),
    [
        (
            "Les rebelles ont affirmé avoir tué 200 soldats. Le gouvernement a qualifié ce "
            'bilan de "mensonge".',
            "Le gouvernement",
            "killed",
        ),
        (
            "Les rebelles ont affirmé avoir tué 200 soldats, ce que le gouvernement a qualifié "
            "de propagande.",
            "le gouvernement",
            "killed",
        ),
        (
            "Les insurgés ont annoncé la prise du camp. L'armée a dénoncé une \"propagande "
            'mensongère".',
            "L'armée",
            "denied",
        ),
    ],
)
def test_calling_an_account_false_denies_it(text, source, claim_type):
    said = {(s, t, st) for s, t, _, _, st in claims(text)}
    assert (source, claim_type, "denies") in said


def test_calling_an_attack_terrorist_is_no_denial():
    said = claims("Le ministre a qualifié l'attaque de terroriste, évoquant 12 morts.")
    assert all(st == "asserts" for *_, st in said)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Selon un chef coutumier, une quarantaine de villageois manquent toujours à l'appel.",
            "une quarantaine",
        ),
        ("Selon l'armée, un soldat manque à l'appel.", "un"),
    ],
)
def test_still_missing(text, value):
    assert value in {v for _, t, v, _, _ in claims(text) if t == "missing"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Selon des habitants, des mercenaires russes sont présents à Bambari depuis janvier.",
            "des habitants",
        ),
        (
            "Selon des habitants, les rebelles sont toujours présents dans la ville.",
            "des habitants",
        ),
        ("Selon la Minusca, des Casques bleus sont déployés à Bangassou.", "la Minusca"),
    ],
)
def test_forces_still_present_somewhere(text, source):
    assert (source, "present") in _types(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Selon des témoins, les jihadistes ont pris le contrôle de trois localités.", "trois"),
        ("Selon le porte-parole, les rebelles contrôlent désormais cinq villages.", "cinq"),
    ],
)
def test_places_counted_under_control(text, value):
    assert value in {v for _, t, v, _ in _said(text) if t == "controls"}


def test_meetings_are_no_places_held():
    assert not claims("Selon le ministre, l'armée contrôle trois réunions.")

"""French counts and their claim types, round 4: "quelques 120" read as about 120, a part
"d'entre eux" with a predicate of its own, a count "parmi les N victimes", present
participles the lemma tables lack ("blessant"), and a French country name. Every sentence
here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import claims

from claimtrack.extraction.places import detect_country
from claimtrack.normalize.quantities import parse_quantity


def _said(text: str) -> set[tuple[str, str, str, str]]:
    return {(s, t, v, st) for s, t, v, _, st in claims(text)}


@pytest.mark.parametrize(
    ("value", "best"),
    [("quelques 120", 120.0), ("Quelques 45", 45.0), ("quelque 300", 300.0)],
)
def test_quelques_before_digits_is_about(value, best):
    _low, got, _high, qualifier = parse_quantity(value)
    assert (got, qualifier) == (best, "approximate")


def test_quelques_before_a_vague_word_stays_vague():
    assert parse_quantity("quelques centaines")[3] == "vague"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le gouverneur a indiqué que quelques 80 maisons avaient été incendiées.",
            ("Le gouverneur", "destroyed", "quelques 80", "asserts"),
        ),
        (
            '"Quelques 35 assaillants ont été neutralisés", a affirmé le colonel.',
            ("le colonel", "killed", "Quelques 35", "asserts"),
        ),
    ],
)
def test_quelques_before_digits_is_one_count(text, expected):
    said = _said(text)
    assert expected in said
    assert not any(v in ("quelques", "Quelques") for _, _, v, _ in said)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "\"Quelque 45 combattants ennemis ont été tués et une vingtaine d'entre eux "
            "ont été faits prisonniers\", a affirmé le porte-parole de l'armée.",
            ("le porte-parole de l'armée", "captured", "une vingtaine", "asserts"),
        ),
        (
            "Selon la gendarmerie, 60 villageois ont été enlevés et sept d'entre eux "
            "ont été retrouvés morts.",
            ("la gendarmerie", "killed", "sept", "asserts"),
        ),
        (
            "The army said 40 rebels were killed and ten of them were captured wounded.",
            ("The army", "captured", "ten", "asserts"),
        ),
    ],
)
def test_a_part_of_them_with_its_own_participle_takes_that_participle(text, expected):
    assert expected in _said(text)


def test_a_part_of_them_without_a_participle_stays_a_subset():
    said = _said(
        "Le ministère a indiqué que 16 soldats ont été tués, cinq d'entre eux dans "
        "l'embuscade de mardi."
    )
    assert ("Le ministère", "killed", "cinq", "asserts") in said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Nous avons identifié neuf hommes parmi les 31 victimes tuées par les "
            "assaillants », a précisé le président de la société civile.",
            ("le président de la société civile", "killed", "neuf", "asserts"),
        ),
        (
            "Selon la Croix-Rouge, on dénombre quatre secouristes parmi les 25 morts.",
            ("la Croix-Rouge", "killed", "quatre", "asserts"),
        ),
        (
            "Le chef de village a indiqué que trois femmes figuraient parmi les 12 "
            "personnes tuées.",
            ("Le chef de village", "killed", "trois", "asserts"),
        ),
        (
            "The governor said two police officers were among the 14 people killed.",
            ("The governor", "killed", "two", "asserts"),
        ),
    ],
)
def test_a_count_among_a_counted_toll_is_of_that_toll(text, expected):
    assert expected in _said(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon le porte-parole, les rebelles ont attaqué le convoi, blessant onze civils.",
            ("le porte-parole", "wounded", "onze", "asserts"),
        ),
        (
            "Selon le porte-parole, les rebelles ont attaqué le convoi à l'arme lourde, "
            "tuant six soldats et blessant onze autres.",
            ("le porte-parole", "wounded", "onze", "asserts"),
        ),
        (
            "L'armée a mené des frappes dans la nuit, neutralisant une quarantaine de "
            "terroristes, selon un communiqué de l'état-major.",
            ("l'état-major", "killed", "une quarantaine", "asserts"),
        ),
    ],
)
def test_a_present_participle_of_a_verb_in_er_is_its_claim(text, expected):
    said = _said(text)
    assert any((t, v, st) == expected[1:] and expected[0] in s for s, t, v, st in said), said


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Les combats ont repris dans l'est de la République démocratique du Congo.", "CD"),
        ("Le porte-parole du gouvernement rd-congolais a démenti.", "CD"),
        ("Des insurgés ont attaqué un village, selon la police mozambicaine.", "MZ"),
        ("L'armée algérienne a annoncé l'arrestation de trois suspects.", "DZ"),
    ],
)
def test_french_country_names_are_read(text, iso):
    assert detect_country(text) == iso


def test_a_short_capitalised_code_is_no_country_name():
    # "MZ" and "DZ" are no acronyms of the text: they name nothing here
    assert detect_country("Le modèle MZ-3 et la version DZ sont sortis.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La police a procédé à l'interpellation de 32 suspects, selon le procureur.",
            ("le procureur", "captured", "32", "asserts"),
        ),
        (
            "L'armée a annoncé l'arrestation d'une dizaine de complices présumés.",
            ("L'armée", "captured", "une dizaine", "asserts"),
        ),
        (
            "La police a annoncé la saisie de 12 fusils et de deux véhicules.",
            ("La police", "seized", "12", "asserts"),
        ),
    ],
)
def test_a_noun_of_capture_or_seizure_before_a_count(text, expected):
    assert expected in _said(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon les rebelles, l'armée a perdu une soixantaine de ses éléments, parmi "
            "lesquels un colonel.",
            ("les rebelles", "killed", "un", "asserts"),
        ),
        (
            "Selon l'armée, 12 assaillants ont été tués, parmi eux un chef local.",
            ("l'armée", "killed", "un", "asserts"),
        ),
    ],
)
def test_one_named_among_a_count_is_one_of_it(text, expected):
    assert expected in _said(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Selon l'armée, moins d'une dizaine de soldats ont été blessés.", "moins d'une dizaine"),
        (
            "Selon l'armée, pas moins d'une vingtaine de soldats ont été blessés.",
            "pas moins d'une vingtaine",
        ),
    ],
)
def test_moins_d_une_keeps_its_modifier(text, value):
    assert value in {v for _, t, v, _ in _said(text) if t == "wounded"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Selon le ministère, l'armée a mené des frappes contre des positions rebelles à "
            "Kibumba.",
            "le ministère",
        ),
        (
            "Selon l'état-major, l'aviation a effectué des frappes sur des bases terroristes "
            "dans la zone de Ménaka.",
            "l'état-major",
        ),
    ],
)
def test_strikes_carried_out_against_a_target_are_an_attack(text, source):
    assert (source, "attacked") in {(s, t) for s, t, _, _ in _said(text)}

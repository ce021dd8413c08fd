"""A quotation of two sentences whose second says someone confirmed it ("La mission l'a
confirmé", "The UN mission confirmed it"): the figures stay the speaker's; an opening
"Pour X," names whom a pronoun after it stands for. Every sentence here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _said(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, v) for s, t, v, _, _ in claims(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Les rebelles ont tué une dizaine de nos soldats. La mission l\'a confirmé", '
            "a déclaré le ministre.",
            ("le ministre", "killed", "une dizaine"),
        ),
        (
            '"Les miliciens ont incendié 40 maisons. La Croix-Rouge l\'a du reste confirmé", '
            "a affirmé le préfet.",
            ("le préfet", "destroyed", "40"),
        ),
        (
            '"The rebels killed ten of our soldiers. The UN mission confirmed it," the '
            "minister said.",
            ("the minister", "killed", "ten"),
        ),
    ],
)
def test_a_confirmation_inside_a_quotation_leaves_its_figures_to_the_speaker(text, expected):
    assert expected in _said(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'armée a confirmé la mort de 12 soldats.", ("L'armée", "killed", "12")),
        ("Le maire l'a confirmé: 12 soldats ont été tués.", ("Le maire", "killed", "12")),
    ],
)
def test_a_confirmation_with_its_own_content_still_reports(text, expected):
    assert expected in _said(text)


def test_pour_x_names_whom_the_pronoun_stands_for():
    said = _said(
        'Pour le ministre, il n\'y a aucun doute. "Les rebelles ont tué 12 soldats", a-t-il dit.'
    )
    assert ("le ministre", "killed", "12") in said


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The RSF said it had captured 200 soldiers, but the army denied it.", "the army"),
        ("Les rebelles ont affirmé avoir tué 30 soldats. L'armée l'a démenti.", "L'armée"),
    ],
)
def test_a_denial_of_what_was_said_stays_a_denial(text, denier):
    assert any(s == denier and st == "denies" for s, _, _, _, st in claims(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"Au moins 16 civils ont été tués", a annoncé sur twitter le groupe d\'experts du '
            "Baromètre sécuritaire.",
            "le groupe d'experts du Baromètre sécuritaire",
        ),
        (
            '"Au moins 16 civils ont été tués", a affirmé sur sa page Facebook le porte-parole '
            "du mouvement.",
            "le porte-parole du mouvement",
        ),
    ],
)
def test_a_channel_between_an_inverted_verb_and_its_source_is_no_part_of_it(text, source):
    assert (source, "killed", "Au moins 16") in _said(text)

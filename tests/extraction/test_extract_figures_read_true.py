"""Figures given after a denial ("X a démenti ces chiffres, évoquant un bilan de 8
morts"), digits that are no figure ("3,5,6") and words in scare quotes: invented sentences."""

from __future__ import annotations

import warnings

import pytest

import claimtrack as ct


@pytest.mark.parametrize(
    ("sentence", "source", "value"),
    [
        (
            "Le gouvernement a démenti ces chiffres, évoquant un bilan de 8 morts.",
            "Le gouvernement",
            "8",
        ),
        (
            "Le gouvernement a démenti ces chiffres, faisant état de 9 morts.",
            "Le gouvernement",
            "9",
        ),
        ("L'armée a démenti, estimant que 7 soldats sont morts.", "L'armée", "7"),
        ("The army denied the claim, saying only 6 soldiers died.", "The army", "6"),
    ],
)
def test_a_figure_after_a_denial_and_a_participle_is_asserted(sentence, source, value):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = ct.extract(sentence, "t")
    got = rows[["source_raw", "claim_type", "value", "stance"]].values.tolist()
    assert got == [[source, "killed", value, "asserts"]]


@pytest.mark.parametrize("figure", ["3,5,6", "12,5", "4.7.9"])
def test_digits_glued_by_commas_are_no_count(figure):
    """Never a wrong figure presented as right: "3,5,6 soldiers" is not six soldiers."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = ct.extract(f"Rebels said {figure} soldiers died. Police said 1,200 people fled.")
    assert rows["value"].tolist() == ["1,200"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("L'armée a affirmé avoir « neutralisé » 30 terroristes.", "L'armée"),
        ('The army said it had "neutralised" 30 militants.', "The army"),
        ("Selon l'armée, 30 « terroristes » ont été tués.", "l'armée"),
    ],
)
def test_a_word_in_scare_quotes_is_still_the_word(sentence, source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = ct.extract(sentence)
    assert rows[["source_raw", "claim_type", "value"]].values.tolist() == [[source, "killed", "30"]]

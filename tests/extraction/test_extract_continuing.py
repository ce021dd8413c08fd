"""A participle after a denial that gives the speaker's own figure asserts it (invented
sentences): "X a démenti ces chiffres, évoquant un bilan de 8 morts"."""

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

"""Whole French dispatches: each figure under the voice that gives it, across sentences.

The dispatches (``fr_dispatches.py``, invented) hold several voices each; a dispatch
passes when its numeric claims are exactly the annotated ones, read as the French
challenge set reads them (same speaker, type, figure, stance; nothing more). What the
extractor still gets wrong is marked ``xfail`` (strict, so a fix shows as a pass to unmark).
"""

from __future__ import annotations

import pytest
from fr_dispatches import DISPATCHES
from test_extract_fr_challenge import _matches, _numeric
from test_extract_fr_challenge import (
    test_french_numeric_claims_have_their_source as _exactly_these_claims,
)

import claimtrack as ct

# "« Nous avons perdu cinq véhicules. Ils ont eu 20 morts », a déclaré X": the source is
# right; the counts give the 20 deaths the type of the sentence before in the quotation.
XFAIL: frozenset[str] = frozenset({"rescuers_and_officer"})


def _params() -> list:
    return [
        pytest.param(
            text,
            expected,
            id=name,
            marks=[pytest.mark.xfail(strict=True)] if name in XFAIL else [],
        )
        for name, (text, expected) in DISPATCHES.items()
    ]


@pytest.mark.parametrize(("text", "expected"), _params())
def test_each_figure_of_a_dispatch_has_its_own_voice(text, expected):
    _exactly_these_claims(text, expected)


def test_the_dispatches_use_the_devices_of_wire_copy():
    texts = " ".join(t for t, _ in DISPATCHES.values())
    assert 5 <= len(DISPATCHES) <= 10
    for device in ("a-t-il ajouté", "selon la même source", "de son côté", "Selon lui", "»"):
        assert device.lower() in texts.lower()


# One invented sentence per rule the dispatches needed.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Le gouverneur a parlé de 12 morts. Six blessés sont à déplorer, a-t-il concédé.",
            [
                ("Le gouverneur", "killed", 12, "asserts"),
                ("Le gouverneur", "wounded", 6, "asserts"),
            ],
            id="pronoun-between-auxiliary-and-verb",
        ),
        pytest.param(
            "Des élus qui évoquent 40 morts accusent l'armée de mentir.",
            [("Des élus", "killed", 40, "asserts")],
            id="relative-clause-that-reports",
        ),
        pytest.param(
            "De son côté, la société civile avance le chiffre de 25 morts.",
            [("la société civile", "killed", 25, "asserts")],
            id="societe-civile-speaks",
        ),
        pytest.param(
            "Les secours, eux, évoquent 45 morts.",
            [("Les secours", "killed", 45, "asserts")],
            id="les-secours-speak",
        ),
        pytest.param(
            "Un officier a cependant fait état de 29 soldats tués.",
            [("Un officier", "killed", 29, "asserts")],
            id="auxiliary-and-adverb-no-part-of-the-source",
        ),
        pytest.param(
            "« Ils étaient venus à moto », a raconté un rescapé. Selon lui, 30 personnes"
            " ont été tuées.",
            [("un rescapé", "killed", 30, "asserts")],
            id="un-rescape-speaks-and-lui-is-him",
        ),
        pytest.param(
            "L'armée affirme avoir repoussé l'attaque. Par ailleurs, 12 civils ont été tués"
            " dans un autre village.",
            [],
            id="par-ailleurs-is-no-continuation-of-the-voice",
        ),
    ],
)
def test_a_rule_of_the_dispatches_on_one_sentence(text, expected):
    predicted = _numeric(text)
    assert [e for e in expected if not any(_matches(p, e) for p in predicted)] == []
    assert len(predicted) == len(expected)
    raw = ct.extract(text, "t-fr", lang="fr")
    assert not raw["source_raw"].str.contains(r"\s(?:a|ont)\s").any()  # no verb in a source

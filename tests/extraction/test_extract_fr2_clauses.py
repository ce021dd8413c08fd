"""French sentences with two reports joined by "et", and a report whose object is a noun in
a subordinate clause: each figure keeps its own speaker. Every sentence here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import claims

from claimtrack.extraction.french_parse import parse
from claimtrack.extraction.french_sources import parse_sources
from claimtrack.extraction.sentences import shadow


def _sourced(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, v) for s, t, v, _, _ in claims(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les secours ont confirmé la mort de onze personnes et des témoins ont évoqué "
            "30 morts.",
            {("Les secours", "killed", "onze"), ("des témoins", "killed", "30")},
        ),
        (
            "Au Tchad, le préfet a annoncé que huit soldats ont été tués et les villageois "
            "parlent de 25 morts.",
            {("le préfet", "killed", "huit"), ("les villageois", "killed", "25")},
        ),
    ],
)
def test_two_reports_joined_by_et_each_keep_their_figure(text, expected):
    assert _sourced(text) == expected


def test_a_phrase_holding_a_count_and_its_claim_word_is_no_source():
    text = (
        "Les secours ont confirmé la mort de onze personnes et des témoins ont signalé des corps."
    )
    assert _sourced(text) == {("Les secours", "killed", "onze")}


@pytest.mark.parametrize(
    ("text", "source", "value"),
    [
        (
            "Le bilan reste flou, bien que les autorités locales aient confirmé la mort de "
            "six personnes.",
            "les autorités locales",
            "six",
        ),
        (
            "Bien que le préfet ait reconnu la perte de quatre gendarmes, le calme est revenu.",
            "le préfet",
            "quatre",
        ),
    ],
)
def test_a_report_whose_object_is_a_noun_speaks_for_it(text, source, value):
    assert (source, "killed", value) in _sourced(text)


def test_the_parse_reads_the_subject_of_a_reporting_verb_with_a_noun_object():
    text = "Bien que les autorités aient confirmé la mort de neuf personnes, le bilan reste flou."
    assert [(a.phrase, a.kind) for a in parse_sources(parse(text), shadow(text))] == [
        ("les autorités", "head")
    ]


@pytest.mark.parametrize(
    ("text", "source", "value"),
    [
        (
            "Le préfet a dénoncé une attaque lâche, précisant que 14 gendarmes ont été tués.",
            "Le préfet",
            "14",
        ),
        (
            "La junte a qualifié ces raids de riposte, indiquant avoir voulu venger la mort de "
            "31 de ses hommes.",
            "La junte",
            "31",
        ),
    ],
)
def test_a_reporting_participle_speaks_with_the_subject_of_its_clause(text, source, value):
    assert (source, "killed", value) in _sourced(text)


@pytest.mark.parametrize(
    "text",
    [
        "Les combats étaient terminés, soulignant que 40 rebelles ont été tués.",  # no speaker
        "L'armée a repoussé l'attaque, tuant 12 assaillants.",  # no reporting verb
    ],
)
def test_a_participle_without_a_speaking_subject_gives_no_source(text):
    assert _sourced(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Au Bénin, un douanier et sept civils ont été tués, a indiqué un élu local.",
            {("un élu local", "killed", "sept"), ("un élu local", "killed", "un")},
        ),
        (
            "Au Togo, un blindé et trois pick-up ont été détruits, selon l'armée.",
            {("l'armée", "destroyed", "trois"), ("l'armée", "destroyed", "un")},
        ),
    ],
)
def test_a_singular_before_et_is_counted_with_the_figure_after_it(text, expected):
    assert expected <= _sourced(text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Au Togo, un élu et deux témoins ont affirmé que 12 soldats ont été tués.", {"12"}),
        # the article of a toll is no count, whatever follows "et"
        ("Au Togo, la préfecture a annoncé un bilan de 11 morts et 40 blessés.", {"11", "40"}),
    ],
)
def test_a_singular_that_counts_no_harm_is_no_count(text, figures):
    assert {v for _, _, v in _sourced(text)} == figures

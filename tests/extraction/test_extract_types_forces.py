"""The attacking force and the one thing taken, in English and French: counts of attackers
with what they wore or rode between them and their verb, forces "numbering" N, the authors
of "l'attaque de 200 jihadistes", and a place seized named with its article."""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _typed(sentence: str) -> set[tuple[str, str | None]]:
    return {(r[1], r[2]) for r in claims(sentence)}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # what the attackers wore, rode or carried, between them and their verb
        (
            "About forty gunmen wearing police uniforms attacked the Dalka checkpoint, "
            "the governor said.",
            "About forty",
        ),
        ("Twenty fighters in pickup trucks stormed the post, the army said.", "Twenty"),
        ("Police said 60 militants on motorcycles raided the market.", "60"),
        (
            "Selon le maire, une trentaine d'assaillants à bord de pick-up ont attaqué le poste.",
            "une trentaine",
        ),
        # a force given after it: "numbering", "au nombre de"
        ("Armed men numbering about 50 attacked the Kelo market, witnesses said.", "about 50"),
        (
            "Des hommes armés au nombre d'une centaine ont attaqué le village, selon le maire.",
            "une centaine",
        ),
        # fighters right after "l'attaque de" are its authors
        ("Selon la police, l'attaque de 200 jihadistes a fait 12 morts.", "200"),
    ],
)
def test_the_attacking_force_is_counted(sentence, value):
    assert ("attackers", value) in _typed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a force numbered without an attack is no attacking force
        "The rebels, numbering about 2,000, control the hills, the governor said.",
        # fighters counted as the dead of an attack did not attack
        "Police said 20 fighters in the camp were killed in the raid.",
    ],
)
def test_fighters_counted_without_attacking_them_are_no_force(sentence):
    assert not any(kind == "attackers" for kind, _ in _typed(sentence))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Selon une source sécuritaire, les terroristes se sont emparés de la base.", "la base"),
        ("Selon la police, les rebelles se sont emparés de l'aéroport.", "l'aéroport"),
        ("The rebels took over the airport, a spokesman said.", "the airport"),
        ("The army said the rebels captured the garrison.", "the garrison"),
    ],
)
def test_one_place_seized_with_its_article_is_one(sentence, value):
    assert ("seized", value) in _typed(sentence)

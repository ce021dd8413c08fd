"""Who speaks in a French sentence, from its parse: "selon" names its source whatever noun
it is, an inverted subject after a comma is the source. Every sentence here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import claims

from claimtrack.extraction.french_parse import parse
from claimtrack.extraction.french_sources import parse_sources
from claimtrack.extraction.sentences import shadow


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.phrase, a.kind) for a in parse_sources(parse(text), shadow(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whoever "selon" names speaks, a noun the word lists do not know too
        ("Vingt blessés ont été évacués, selon un infirmier.", [("un infirmier", "according")]),
        # a verb after a comma closes what came before: its subject follows it
        (
            "Trente personnes ont été tuées, dont 12 enfants, a annoncé l'Unicef.",
            [("l'Unicef", "inverted")],
        ),
    ],
)
def test_the_parse_finds_the_source(text, expected):
    assert _sources(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Selon nos informations, 20 soldats ont été tués.",  # the outlet's own voice
        "Selon toute vraisemblance, 20 soldats ont été tués.",  # a manner, not a source
    ],
)
def test_selon_names_no_source_in_the_outlets_voice(text):
    assert _sources(text) == []


def test_a_head_subject_before_a_comma_keeps_its_clause():
    text = "Le ministre, joint par téléphone, a affirmé que 12 soldats ont été tués."
    assert _sources(text) == [("Le ministre", "head")]


@pytest.mark.parametrize(
    "text",
    [
        "Douze soldats ont été tués, a déclaré sous couvert d'anonymat un officier.",
        "Douze soldats ont été tués, a expliqué sous le couvert de l'anonymat un officier.",
        "Douze soldats ont été tués, a déclaré à Jeune Afrique un officier.",
    ],
)
def test_what_stands_between_the_verb_and_its_source_is_no_part_of_it(text):
    assert [r[0] for r in claims(text, lang="fr")] == ["un officier"]

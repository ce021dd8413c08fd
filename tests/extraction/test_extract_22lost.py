"""Round 22, counts read with a source that no row came out for (both languages, mostly
French). Invented sentences.

- "faire état" with an adverb inside it, in the present or the imperfect ("X fait
  également état de 22 blessés", "Le communiqué fait aussi état de …", "faisait déjà
  état de"): a head frame, as "a également fait état de" already was.
- The compass point in a source is no verb: "les autorités de l'Est", "le chef de la
  police du sud-est" are sources ("c'est", "l'armée est" still end a phrase as verbs).
- A sentence with no source whose first count is one of more ("Et 17 autres policiers
  ont été blessés", "…, tuant 4 autres soldats", "Three others were hurt", "Another 12
  died") adds to the toll of the sentence before and takes its source; not when a count
  of its own comes first ("tuant 62 rebelles alors que 8 autres …": others than its 62),
  nor "un autre" / "une autre" (another story may open).
"""

from __future__ import annotations

import pytest
from extract_helpers import claim_figures

from claimtrack.extraction.source_names import valid_source

A = "asserts"

STATE_GAP = [
    (
        "L'état-major fait également état de 22 blessés dans l'armée.",
        [("L'état-major", "wounded", 22.0, A)],
    ),
    ("La gendarmerie fait aussi état de 7 morts.", [("La gendarmerie", "killed", 7.0, A)]),
    (
        "Les autorités locales font par ailleurs état de 12 morts.",
        [("Les autorités locales", "killed", 12.0, A)],
    ),
    ("La police faisait déjà état de 9 blessés.", [("La police", "wounded", 9.0, A)]),
]


@pytest.mark.parametrize(("text", "want"), STATE_GAP, ids=[t[:40] for t, _ in STATE_GAP])
def test_an_adverb_inside_faire_etat(text, want):
    assert claim_figures(text) == want


COMPASS = [
    "les autorites de l'Est",
    "les autorites separatistes de l'Est de l'Ukraine",
    "le chef de la police du sud-est",
    "le gouverneur du Nord-Est",
]
NOT_SOURCES = ["c'est le bilan", "l'armee est", "le bilan est"]


@pytest.mark.parametrize("phrase", COMPASS)
def test_a_compass_point_is_no_verb(phrase):
    assert valid_source(phrase)


@pytest.mark.parametrize("phrase", NOT_SOURCES)
def test_est_is_still_a_verb(phrase):
    assert not valid_source(phrase)


def test_a_toll_in_the_east_has_its_source():
    text = (
        "Deux civils ont été tués jeudi, ont annoncé les autorités de l'Est, évoquant des frappes."
    )
    assert claim_figures(text) == [("les autorités de l'Est", "killed", 2.0, A)]


MORE = [
    (
        "Douze soldats ont été tués, a annoncé le ministère. "
        "Et 17 autres policiers ont été blessés.",
        ("le ministère", "wounded", 17.0, A),
    ),
    (
        "Selon le préfet, les assaillants ont tué un gendarme. Le convoi a ensuite sauté sur "
        "une mine, tuant 4 autres soldats.",
        ("le préfet", "killed", 4.0, A),
    ),
    (
        "Two soldiers were killed, the army said. Three others were wounded in the blast.",
        ("the army", "wounded", 3.0, A),
    ),
    (
        "Two soldiers were killed, the army said. Another 12 were wounded.",
        ("the army", "wounded", 12.0, A),
    ),
]


@pytest.mark.parametrize(("text", "row"), MORE, ids=[t[:40] for t, _ in MORE])
def test_a_count_of_more_goes_on_with_the_toll_before(text, row):
    assert row in claim_figures(text)


NOT_MORE = [
    # others than its own count: the outlet's voice
    "Deux soldats ont été tués, a annoncé le ministère. Les militaires ont abattu 13 "
    "djihadistes et en ont blessé 26 autres.",
    "Two soldiers were killed, the army said. Gunmen shot dead seven men and wounded two others.",
    # "une autre": another story may open
    "Deux soldats ont été tués, a annoncé le ministère. Une autre attaque a fait 5 blessés.",
]


@pytest.mark.parametrize("text", NOT_MORE, ids=[t[50:90] for t in NOT_MORE])
def test_no_count_of_more_when_the_sentence_counts_first(text):
    second = [r for r in claim_figures(text) if r[1] == "wounded"]
    assert second == []


def test_a_headline_of_more_is_no_continuation():
    text = (
        "Rebels claim the attack that killed nine police officers\nTwo others in critical condition"
    )
    assert [r for r in claim_figures(text) if r[1] == "wounded"] == []

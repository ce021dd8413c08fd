"""Summary sentences: who says which figure, places, grammar and true "independent" words."""

from __future__ import annotations

import re

from test_compare import tidy_of

import claimtrack as ct
from claimtrack.summary import plural_name

DJIBO = (
    ("army", "killed", "soldiers", "none", "asserts", "Djibo"),
    ("group", "killed", "soldiers", "60", "asserts", "Djibo"),
    ("residents", "killed", "soldiers", "about 40", "asserts", "Djibo"),
    ("official", "killed", "soldiers", "40", "asserts", "Djibo"),
)


def test_figures_at_a_place_are_said_source_by_source():
    sentences = ct.summarize(ct.compare(tidy_of(*DJIBO)))
    assert sentences == [
        "Sources disagree on soldiers killed at Djibo: Army says none; The Group says 60; "
        "Local official (independent) says 40; Residents (independent) say about 40."
    ]


def test_one_place_is_never_counted_as_places():
    tidy = tidy_of(
        ("army", "attacked", "towns", None, "asserts", "Djibo"),
        ("group", "attacked", "towns", None, "asserts", "Kaya"),
        ("army", "killed", "soldiers", "3"),
    )
    text = " ".join(ct.summarize(ct.compare(tidy)))
    assert not re.search(r"\b1 (places|sources|are)\b", text)
    assert "Djibo" in text
    assert "Kaya" in text


def test_a_set_of_places_counts_in_the_singular_and_plural():
    tidy = tidy_of(
        ("army", "attacked", "towns", None, "asserts", "Djibo"),
        ("army", "attacked", "towns", None, "asserts", "Kaya"),
        ("residents", "attacked", "towns", None, "asserts", "Kaya"),
        ("group", "killed", "soldiers", "3"),
    )
    (places,) = [s for s in ct.summarize(ct.compare(tidy)) if s.startswith("Of the")]
    assert places == (
        "Of the 2 places Army says were attacked, 1 is confirmed by an independent source "
        "(Kaya); 1 rests on Army alone (Djibo)."
    )


def test_a_party_confirming_is_not_called_independent():
    tidy = tidy_of(
        ("army", "killed", "soldiers", "5", "asserts", "Djibo"),
        ("group", "killed", "soldiers", "five", "asserts", "Djibo"),
    )
    (sentence,) = ct.summarize(ct.compare(tidy))
    assert "independent" not in sentence
    assert sentence == (
        "The claim of soldiers killed at Djibo is corroborated: Army says 5; The Group says five."
    )


def test_a_denial_names_the_figures_it_denies():
    tidy = tidy_of(
        ("group", "killed", "soldiers", "60", "asserts", "Djibo"),
        ("army", "killed", "troops", None, "denies", "Djibo"),
    )
    sentences = ct.summarize(ct.compare(tidy))
    assert "Army denies soldiers killed at Djibo: The Group says 60." in sentences


def test_plural_names_take_plural_verbs():
    assert [plural_name(n) for n in ("Security sources (AFP)", "Taliban", "Afghan officials")] == [
        True,
        False,
        True,
    ]


def test_without_measures_the_places_sentence_is_still_true(mali):
    tidy, _ = mali
    result = ct.compare(tidy)
    attacked = [s for s in ct.summarize(result["discrepancies"]) if "were attacked" in s]
    assert attacked == [s for s in ct.summarize(result) if "were attacked" in s]
    assert "4 are confirmed by an independent source (Gogui, Kayes, Nioro, Sandaré)" in attacked[0]


def test_a_party_speaking_through_two_sources_takes_a_plural_verb():
    tidy = tidy_of(
        ("group", "killed", "soldiers", "60"),
        ("army", "attacked", "towns", None),
        ("ministry", "attacked", "towns", None),
    )
    sentences = ct.summarize(ct.compare(tidy))
    assert "Army and Ministry give no figure." in sentences[0]


def test_a_side_giving_its_figure_under_another_place_name_is_not_called_silent():
    # One event, two place names: the army's "none at Djibo", the group's "60 at Kaya".
    tidy = tidy_of(
        ("army", "killed", "soldiers", "none", "asserts", "Djibo"),
        ("group", "killed", "troops", "60", "asserts", "Kaya"),
    )
    sentences = ct.summarize(ct.compare(tidy))
    group_60 = next(s for s in sentences if "60" in s and s.index("60") < s.index("elsewhere"))
    assert "no figure there; elsewhere in the incident, Army says none" in group_60
    assert "at Djibo" in group_60
    assert not [s for s in sentences if "no other source speaks to it" in s]
    assert not [s for s in sentences if s.endswith("gives no figure.")]

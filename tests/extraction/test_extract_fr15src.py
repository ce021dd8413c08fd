"""Round 15, French attribution read off real reporting (paraphrased, invented names, places
and figures): the source, claim type, figure and stance of each claim."""

from __future__ import annotations

import pytest

from claimtrack.extraction.attribution import find_attributions
from claimtrack.extraction.french_clauses import read_french
from claimtrack.extraction.sentences import split_sentences
from tests.extraction.extract_helpers import claims

A = "asserts"
D = "denies"


def _got(text: str) -> set[tuple]:
    return {(src, kind, value, stance) for src, kind, value, _, stance in claims(text)}


# A member of a group of sources named before speaks for itself, not for the group:
# "Deux d'entre elles", "l'une de ces sources", "une autre source".
MEMBERS = [
    (
        "Selon plusieurs sources locales, 30 villageois ont été tués. Deux d'entre elles ont "
        "fait état de 26 morts, et une autre source a évoqué un bilan de 33 morts.",
        {
            ("plusieurs sources locales", "killed", "30", A),
            ("Deux d'entre elles", "killed", "26", A),
            ("une autre source", "killed", "33", A),
        },
    ),
    (
        "Les rebelles affirment avoir tué 80 soldats. « Le bilan provisoire est de 41 soldats "
        "tués », a déclaré l'une de ces sources.",
        {("Les rebelles", "killed", "80", A), ("l'une de ces sources", "killed", "41", A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_a_member_of_a_group_speaks_for_itself(text: str, expected: set[tuple]) -> None:
    assert expected <= _got(text)


# A count set off with its own "selon X" is X's figure, not the clause speaker's:
# "…, onze selon le maire, …", "Des soldats, une dizaine selon une source, …".
ASIDE_COUNTS = [
    (
        "Les autorités ont évoqué plusieurs victimes civiles, onze selon le maire de Kalo, "
        "tués lors du bombardement.",
        {("Les autorités", "killed", "plusieurs", A), ("le maire de Kalo", "killed", "onze", A)},
    ),
    (
        "L'armée a reconnu des pertes, 14 soldats tués selon un élu local, lors de l'attaque.",
        {("un élu local", "killed", "14", A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASIDE_COUNTS)
def test_a_count_set_off_with_its_own_source_is_that_sources(
    text: str, expected: set[tuple]
) -> None:
    assert expected <= _got(text)


def test_a_topic_marker_is_no_part_of_the_source() -> None:
    # "Quant aux rebelles, ils …": the rebels speak; "Quant aux" only turns to them
    text = "Quant aux rebelles, ils ont revendiqué 12 morts dans les rangs de l'armée."
    assert ("rebelles", "killed", "12", A) in _got(text)


def test_a_head_source_loses_its_auxiliary_and_adverb_in_a_sentence_with_no_figure() -> None:
    # "Des sources locales avaient auparavant indiqué …": the adverb of time is the verb's
    s = split_sentences("Des sources locales avaient auparavant indiqué que le camp a été attaqué.")
    sources, _ = read_french(s[0], find_attributions(s[0]))
    assert [a.phrase for a in sources] == ["Des sources locales"]


def test_a_headline_source_does_not_carry_into_the_hearsay_of_the_lede() -> None:
    # the conditional of the lede after a headline is the outlet's report, not the headline's
    text = (
        "Le gouverneur affirme avoir tué 40 rebelles\n\nDes centaines de rebelles auraient "
        "été tués."
    )
    got = _got(text)
    assert ("Le gouverneur", "killed", "40", A) in got
    assert not any(value == "Des centaines" for _, _, value, _ in got)


# A sentence that names who gave the toll the sentence before stated with no source:
# "Tel est le bilan avancé par X", "C'est le bilan donné par X", "Ce bilan a été avancé par X".
TOLL_GIVEN_AFTER = [
    (
        "Au moins neuf villageois ont été tués à Kalo. Tel est le bilan avancé par les "
        "autorités lundi 3 juin après l'attaque.",
        {("les autorités", "killed", "Au moins neuf", A)},
    ),
    (
        "Douze soldats ont été tués à Kalo. C'est le bilan donné par la police locale.",
        {("la police locale", "killed", "Douze", A)},
    ),
    (
        "Sept gendarmes ont été blessés à Kalo. Ce bilan a été avancé dimanche par l'armée.",
        {("l'armée", "wounded", "Sept", A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLL_GIVEN_AFTER)
def test_the_toll_of_the_sentence_before_is_given_by_the_source_named_after(
    text: str, expected: set[tuple]
) -> None:
    assert expected <= _got(text)


# "selon une annonce faite (dimanche) par X", "d'après des annonces faites par X": the
# agent of the document speaks, not "une" read as a head before the verb "annonce".
DOCUMENT_AGENTS = [
    (
        "Selon une annonce faite dimanche par l'armée, neuf soldats ont été tués vendredi.",
        {("l'armée", "killed", "neuf", A)},
    ),
    (
        "D'après des annonces faites par la police, 8 policiers ont été blessés à Kalo.",
        {("la police", "wounded", "8", A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_AGENTS)
def test_the_agent_of_an_announcement_speaks(text: str, expected: set[tuple]) -> None:
    assert expected <= _got(text)


def test_this_source_described_again_is_the_source_named_before() -> None:
    # "cette source proche de l'état-major": the security source of the sentence before
    text = (
        "Une source sécuritaire a affirmé que 12 soldats avaient été tués à Kalo. « Nous "
        "avons aussi 5 blessés », a ajouté cette source proche de l'état-major."
    )
    assert ("Une source sécuritaire", "wounded", "5", A) in _got(text)

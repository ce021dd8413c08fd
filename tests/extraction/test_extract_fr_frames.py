"""French reporting frames at the head of a clause, the rules' verb lists aside: a second
speaker after "mais" / "alors que", a verb the rules do not list, "Pour X, …". Every
sentence here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import claims

from claimtrack.extraction.french_frames import clause_frames
from claimtrack.extraction.sentences import shadow


def _frames(text: str) -> list[tuple[str, str]]:
    return [(a.phrase, a.kind) for a in clause_frames(text, shadow(text), [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'armée affirme avoir tué 20 jihadistes, mais le groupe parle de trois morts.",
            [("L'armée", "head"), ("le groupe", "head")],
        ),
        (
            "Le ministre a annoncé 20 morts, alors que des habitants évoquent 35 tués.",
            [("Le ministre", "head"), ("des habitants", "head")],
        ),
        (
            "Le ministre a annoncé 20 morts, tandis que l'ONU avance un bilan de 40 morts.",
            [("Le ministre", "head"), ("l'ONU", "head")],
        ),
        ("De leur côté, des habitants évoquent 12 civils tués.", [("des habitants", "head")]),
        ("L'armée, elle, reconnaît la perte de huit soldats.", [("L'armée", "head")]),
        ("Des élus locaux font état de 30 morts.", [("Des élus locaux", "head")]),
        # a pronoun, an adverb before the verb: the walk resolves the pronoun
        ("Elle a toutefois reconnu avoir perdu 3 soldats.", [("Elle", "head")]),
        ("Pour un élu local, le bilan dépasse 30 morts.", [("un élu local", "according")]),
        ("De source sécuritaire, on évoque 12 morts.", [("source sécuritaire", "according")]),
    ],
)
def test_a_speaker_heads_its_clause(text, expected):
    assert _frames(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count speaks not
        ("Des habitants ont affirmé que 20 civils, alors que 12 soldats ont été blessés.", []),
        ("Le bilan provisoire fait état de 15 tués.", []),  # a toll is no speaker
        ("On affirme avoir tué 20 soldats.", []),  # "on" names no one
        ("De nombreux villages ont été incendiés.", []),  # "De" without a source
        ("Pour la troisième fois, des hommes armés ont attaqué le poste.", []),  # no one speaks
    ],
)
def test_no_frame_without_a_speaker(text, expected):
    assert [p for p, _ in _frames(text) if p != "Des habitants"] == expected


def test_a_second_speaker_takes_the_claims_of_its_clause():
    text = "L'armée affirme avoir tué 20 jihadistes, mais le groupe parle de trois morts."
    rows = {r[2]: r[0] for r in claims(text, lang="fr") if r[1] == "killed"}
    assert rows == {"20": "L'armée", "trois": "le groupe"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Interrogé par RFI, le porte-parole du gouvernement a estimé que 40 soldats"
            " avaient été tués.",
            "le porte-parole du gouvernement",
        ),
        ("Joint par téléphone, un élu local a affirmé que 12 civils ont été tués.", "un élu local"),
        ("Contacté par l'AFP, le maire a évoqué 12 morts.", "le maire"),
    ],
)
def test_how_a_speaker_was_reached_is_no_source(text, source):
    assert {r[0] for r in claims(text, lang="fr") if r[1] == "killed"} == {source}

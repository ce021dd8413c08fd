"""Round 16, French attribution, from the errors real reports showed: the speaker after a
closing verb who goes on with "précisant que" while a place or listener follows him ("…, a
déclaré un élu à Kalo précisant que …"), "une autorité" in the singular; with near misses
that must keep their source. Invented sentences only, each with its source.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims

A = "asserts"


def _got(text: str) -> set[tuple]:
    return {(src, kind, value, stance) for src, kind, value, _, stance in claims(text)}


# "…, a déclaré X à Y précisant que …": X speaks both before and after; "à Y" only heard
# it or is where it was said.
SAID_TO = [
    (
        "« C'est un drame », a déclaré un élu local à Kalo précisant que 12 soldats ont été tués.",
        {("un élu local", "killed", "12", A)},
    ),
    (
        "« C'est un drame », a déclaré une autorité locale à Kalo précisant qu'il y a eu 30 morts.",
        {("une autorité locale", "killed", "30", A)},
    ),
    (
        "« Ils sont venus la nuit », a expliqué un responsable local à la radio précisant "
        "que 8 civils ont été blessés.",
        {("un responsable local", "wounded", "8", A)},
    ),
    # near miss: with a comma before the participle the rules read it already
    (
        "« C'est un drame », a déclaré le maire à l'AFP, ajoutant que 12 soldats ont été tués.",
        {("le maire", "killed", "12", A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAID_TO)
def test_the_speaker_after_the_verb_goes_on_past_a_place_or_listener(
    text: str, expected: set[tuple]
) -> None:
    assert expected <= _got(text)


def test_no_listener_speaks() -> None:
    text = (
        "« C'est un drame », a déclaré un élu local à la radio précisant que 12 soldats sont morts."
    )
    assert not any(src.startswith("à ") for src, *_ in _got(text))


# "Cette annonce intervient après que X a dit …", "Ces propos font suite à des déclarations
# de X affirmant …": the announcement only dates the news; X gave the figures.
HOOKED = [
    (
        "Cette annonce intervient après que des habitants ont fait état d'une attaque qui "
        "aurait fait 15 morts.",
        {("des habitants", "killed", "15", A)},
    ),
    (
        "L'annonce de la police intervient deux jours après que l'armée a dit avoir repoussé "
        "une attaque, ajoutant que « six rebelles ont été tués ».",
        {("l'armée", "killed", "six", A)},
    ),
    (
        "Ces propos font suite à des déclarations des rebelles affirmant avoir tué huit soldats.",
        {("rebelles", "killed", "huit", A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOOKED)
def test_the_news_a_sentence_is_hooked_on_has_its_own_speaker(
    text: str, expected: set[tuple]
) -> None:
    got = _got(text)
    assert expected <= got
    assert not any(src.startswith(("Cette", "L'annonce", "Ces propos")) for src, *_ in got)


# "selon le bilan gouvernemental", "selon un bilan militaire": an adjective names the
# toll's author (as "officiel" does); a bare toll still speaks for no one.
AUTHORED_TOLLS = [
    (
        "L'attaque a fait 20 morts et 5 blessés, selon le dernier bilan gouvernemental.",
        {("le dernier bilan gouvernemental", "killed", "20", A)},
    ),
    (
        "Selon un bilan militaire, 12 rebelles ont été tués à Kalo.",
        {("un bilan militaire", "killed", "12", A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AUTHORED_TOLLS)
def test_a_toll_whose_adjective_names_its_author_speaks(text: str, expected: set[tuple]) -> None:
    assert expected <= _got(text)


def test_a_bare_toll_still_speaks_for_no_one() -> None:
    assert not _got("Selon un bilan provisoire, 12 rebelles ont été tués à Kalo.")


def test_the_statement_closing_a_quotation_speaks() -> None:
    # "…, indique la déclaration": a statement speaks, as "the statement said" does
    text = (
        "Les rebelles ont publié un texte. « Nous avons tué 14 soldats », indique la déclaration."
    )
    assert ("la déclaration", "killed", "14", A) in _got(text)


def test_selon_lui_between_the_auxiliary_and_the_participle() -> None:
    # "ont selon lui été tués": the parse may read "selon lui" as a conjunction of the verb
    text = (
        "Le ministère a fait état de 23 morts. Une trentaine d'islamistes ont selon lui été tués."
    )
    assert ("Le ministère", "killed", "Une trentaine", A) in _got(text)


# a word in quotation marks to keep a distance ("des « terroristes »") is no quotation:
# the subject before it still speaks for the verb after it
SCARE_QUOTED = [
    (
        "L'armée a repoussé les « terroristes » et affirme avoir tué 12 d'entre eux.",
        {("L'armée", "killed", "12", A)},
    ),
    (
        "L'armée a visé des « mercenaires » et reconnaît avoir perdu trois soldats alors "
        "que chez l'ennemi, il y a « plus de vingt morts ».",
        {("L'armée", "killed", "trois", A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCARE_QUOTED)
def test_a_scare_quoted_word_does_not_cut_the_frame(text: str, expected: set[tuple]) -> None:
    assert expected <= _got(text)


def test_an_earlier_toll_is_the_last_toll_owner_not_the_last_source() -> None:
    # "Un précédent bilan" points back to the toll before ("ce bilan"), not to the group
    # that only claimed one of the attacks
    text = (
        "Un nouveau bilan de l'armée fait état de seize soldats tués dans deux attaques, dont "
        "une a été revendiquée par le groupe EI. Un précédent bilan faisait état de quatre "
        "soldats tués."
    )
    got = _got(text)
    assert ("Un nouveau bilan de l'armée", "killed", "quatre", A) in got
    assert not any(src == "le groupe EI" and kind == "killed" for src, kind, *_ in got)


def test_il_may_stand_for_une_source() -> None:
    # "une source", "une autorité": a feminine noun for a man as well; "il" stands for it
    text = (
        "Des combats ont fait 19 morts, a annoncé une source militaire interrogée par l'AFP. "
        '"Il y a 24 blessés", a-t-il précisé.'
    )
    assert ("une source militaire", "wounded", "24", A) in _got(text)

"""Round 9, French source phrases and reporting frames. Invented sentences: a clitic
listener in a head frame ("Le maire nous a dit que …") is no part of the source; "On a
appris auprès de X que …" gives X."""

from __future__ import annotations

import pytest
from extract_helpers import claims

A, D = "asserts", "denies"


def _rows(text: str) -> set[tuple]:
    """(source_raw, claim_type, value, stance) of each claim with a figure."""
    return {(s, t, v, st) for s, t, v, _, st in claims(text) if v is not None}


CLITIC_LISTENERS = [
    ("Le maire nous a dit que 12 civils ont été tués.", {("Le maire", "killed", "12", A)}),
    ("Un officier lui a confié que 12 soldats ont été tués.", {("Un officier", "killed", "12", A)}),
    (
        "Des habitants nous ont raconté que 12 civils avaient été tués.",
        {("Des habitants", "killed", "12", A)},
    ),
    (
        "Le gouverneur leur a assuré que 12 civils ont été tués.",
        {("Le gouverneur", "killed", "12", A)},
    ),
    ("Un témoin m'a dit que 12 civils ont été tués.", {("Un témoin", "killed", "12", A)}),
    (
        "Un élu local lui aurait affirmé que 12 civils ont été tués.",
        {("Un élu local", "killed", "12", A)},
    ),
    (
        "Le porte-parole de l'armée nous confie que 12 soldats ont été tués.",
        {("Le porte-parole de l'armée", "killed", "12", A)},
    ),
    (
        "Le maire, joint par téléphone, nous a dit que 12 civils ont été tués.",
        {("Le maire", "killed", "12", A)},
    ),
    ("Le gouverneur nous a annoncé la mort de 12 civils.", {("Le gouverneur", "killed", "12", A)}),
    ("Le maire nous l'a confirmé : 12 civils ont été tués.", {("Le maire", "killed", "12", A)}),
    (
        "Le maire nous a dit que 12 civils ont été tués et que 5 ont été blessés.",
        {("Le maire", "killed", "12", A), ("Le maire", "wounded", "5", A)},
    ),
    # a possessive "leur" inside the phrase stays: only a clitic closing it goes
    (
        "Le chef de leur village a affirmé que 12 civils ont été tués.",
        {("Le chef de leur village", "killed", "12", A)},
    ),
]

LEARNED_FROM = [
    ("On a appris auprès du gouverneur que 12 civils ont été tués.", "gouverneur"),
    ("On a appris dimanche auprès du gouverneur que 12 civils ont été tués.", "gouverneur"),
    ("On a appris auprès des autorités locales que 12 civils ont été tués.", "autorités locales"),
    ("On a appris de source hospitalière que 12 civils ont été tués.", "source hospitalière"),
    ("Nous avons appris auprès d'un responsable local que 12 civils ont été tués.",
     "un responsable local"),
    ("On apprend de sources locales que 12 civils ont été tués.", "sources locales"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLITIC_LISTENERS)
def test_a_clitic_listener_in_a_head_frame_is_no_part_of_the_source(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(("text", "source"), LEARNED_FROM)
def test_on_a_appris_aupres_de_x_gives_x(text, source):
    assert _rows(text) == {(source, "killed", "12", A)}


CALLED_FALSE_IN_QUOTE = [
    (
        "« Le M23 affirme avoir tué 40 soldats, c'est faux », a déclaré le porte-parole de "
        "l'armée.",
        {("Le M23", "killed", "40", A), ("le porte-parole de l'armée", "killed", "40", D)},
    ),
    (
        "« Les rebelles disent avoir tué 40 soldats. C'est faux », a déclaré le porte-parole "
        "de l'armée.",
        {("Les rebelles", "killed", "40", A), ("le porte-parole de l'armée", "killed", "40", D)},
    ),
    (
        "« Le JNIM prétend avoir tué 40 soldats, c'est un mensonge », a affirmé le colonel "
        "Ali Sow.",
        {("Le JNIM", "killed", "40", A), ("le colonel Ali Sow", "killed", "40", D)},
    ),
    (
        "« Le M23 dit avoir tué 40 soldats. C'est archifaux », a déclaré le porte-parole de "
        "l'armée.",
        {("Le M23", "killed", "40", A), ("le porte-parole de l'armée", "killed", "40", D)},
    ),
    (
        "« Le M23 affirme avoir tué 40 soldats, c'est faux », a-t-il déclaré.",
        {("Le M23", "killed", "40", A), ("il", "killed", "40", D)},
    ),
    # a head before a colon opens the quotation; what follows the words is the outer voice's
    (
        "Le porte-parole de l'armée a déclaré : « Le M23 affirme avoir tué 40 soldats, c'est "
        "faux ».",
        {("Le M23", "killed", "40", A), ("Le porte-parole de l'armée", "killed", "40", D)},
    ),
    (
        "Le porte-parole de l'armée a déclaré : « Le M23 affirme avoir tué 40 soldats, c'est "
        "faux. Nous avons perdu 3 hommes ».",
        {
            ("Le M23", "killed", "40", A),
            ("Le porte-parole de l'armée", "killed", "40", D),
            ("Le porte-parole de l'armée", "killed", "3", A),
        },
    ),
    (
        "« Le M23 affirme avoir tué 40 soldats. C'est faux. Nous n'avons perdu que 3 hommes », "
        "a déclaré le porte-parole de l'armée.",
        {
            ("Le M23", "killed", "40", A),
            ("le porte-parole de l'armée", "killed", "40", D),
            ("le porte-parole de l'armée", "killed", "3", A),
        },
    ),
    # what is not called false stays the inner voice's alone
    (
        "« Le M23 affirme avoir tué 40 soldats et c'est vrai », a déclaré un habitant.",
        {("Le M23", "killed", "40", A)},
    ),
]

CONFIRMED_OWNERS = [
    (
        "L'armée a confirmé les informations de RFI selon lesquelles 12 soldats ont été tués.",
        {("RFI", "killed", "12", A), ("L'armée", "killed", "12", A)},
    ),
    (
        "Le gouverneur a confirmé les propos du maire selon lesquels 12 civils ont été tués.",
        {("le maire", "killed", "12", A), ("Le gouverneur", "killed", "12", A)},
    ),
    (
        "Le porte-parole de l'armée a reconnu les affirmations du M23 selon lesquelles 40 "
        "soldats ont été tués.",
        {("le M23", "killed", "40", A), ("Le porte-parole de l'armée", "killed", "40", A)},
    ),
    (
        "Selon le gouverneur, qui confirme les informations de la société civile selon "
        "lesquelles 12 civils ont été tués, l'attaque a duré deux heures.",
        {("la société civile", "killed", "12", A), ("le gouverneur", "killed", "12", A)},
    ),
    # the owner as the agent of a participle
    (
        "Le ministre a confirmé les chiffres avancés par des sources locales, selon lesquels "
        "12 civils ont été tués.",
        {("des sources locales", "killed", "12", A), ("Le ministre", "killed", "12", A)},
    ),
    (
        "L'armée a rejeté le bilan donné par le JNIM selon lequel 12 soldats ont été tués.",
        {("le JNIM", "killed", "12", A), ("L'armée", "killed", "12", D)},
    ),
    # no owner: the confirming voice alone; a denial as before
    (
        "L'armée a confirmé l'information selon laquelle 12 soldats ont été tués.",
        {("L'armée", "killed", "12", A)},
    ),
    (
        "L'armée a démenti les informations de RFI selon lesquelles 12 soldats ont été tués.",
        {("RFI", "killed", "12", A), ("L'armée", "killed", "12", D)},
    ),
]

# a person something was done to is whom the next "il" stands for, whole; not the dead
PASSIVE_ANTECEDENTS = [
    ("Le chef du village a été blessé. Il a déclaré que 12 civils ont été tués.",
     "Le chef du village"),
    ("Le maire de la commune de Kadi a été blessé. Il a déclaré que 12 civils ont été tués.",
     "Le maire de la commune de Kadi"),
    ("Le gouverneur de la région de Mopti a été évacué. Il a précisé que 12 civils ont été "
     "tués.", "Le gouverneur de la région de Mopti"),
    ("Le président de la société civile de Beni a été enlevé puis relâché. Il a déclaré que "
     "12 civils ont été tués.", "Le président de la société civile de Beni"),
    ("La porte-parole de la mairie a été blessée. Elle a affirmé que 12 civils ont été tués.",
     "La porte-parole de la mairie"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CALLED_FALSE_IN_QUOTE)
def test_a_voice_a_quotation_calls_false_asserts_and_the_closing_voice_denies(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), CONFIRMED_OWNERS)
def test_a_confirmed_claim_noun_gives_its_owner_and_the_confirming_voice(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(("text", "source"), PASSIVE_ANTECEDENTS)
def test_a_passive_subject_is_the_next_pronoun_whole(text, source):
    assert _rows(text) == {(source, "killed", "12", A)}


# who told it, not who heard it; how a document came out and how a source asked not to be
# named are no part of the source
SOURCE_PHRASES = [
    ("Selon ce qu'a appris RFI auprès de sources locales, 12 civils ont été tués.",
     "sources locales"),
    ("Selon ce qu'a appris l'AFP auprès du maire, 12 civils ont été tués.", "maire"),
    ("Selon des informations recueillies auprès de sources locales, 12 civils ont été tués.",
     "sources locales"),
    ("D'après des informations obtenues auprès de sources locales, 12 civils ont été tués.",
     "sources locales"),
    ("Selon un communiqué du gouvernement lu à la télévision nationale, 12 civils ont été tués.",
     "gouvernement"),
    ("Selon un communiqué du gouvernement rendu public dimanche, 12 civils ont été tués.",
     "gouvernement"),
    ("Selon un communiqué de l'armée transmis à la presse, 12 civils ont été tués.", "l'armée"),
    ("Selon un rapport de l'ONU consulté par l'AFP, 12 civils ont été tués.", "l'ONU"),
    ("Selon un rapport de l'armée obtenu par RFI, 12 civils ont été tués.", "l'armée"),
    ("Selon un élu local ayant requis l'anonymat, 12 civils ont été tués.", "un élu local"),
    ("Un élu local ayant requis l'anonymat a affirmé que 12 civils ont été tués.",
     "Un élu local"),
    # a participle that describes the source stays with it
    ("Selon un habitant ayant fui Kadi, 12 civils ont été tués.", "un habitant ayant fui Kadi"),
    # a side that speaks: "côté" is no part of it
    ("Du côté de l'armée, on affirme que 12 civils ont été tués.", "l'armée"),
    ("Du côté des rebelles, on affirme que 12 civils ont été tués.", "des rebelles"),
    ("Côté armée, on affirme que 12 civils ont été tués.", "armée"),
    # a side before another source is no source
    ("Du côté de l'armée, 12 civils ont été tués, selon une source sécuritaire.",
     "une source sécuritaire"),
]  # fmt: skip

CONFIRMED_TOLLS = [
    (
        "Un officier a indiqué que 12 soldats avaient été tués, un bilan confirmé par une "
        "source hospitalière.",
        {("Un officier", "killed", "12", A), ("une source hospitalière", "killed", "12", A)},
    ),
    (
        "Selon des habitants, 30 civils ont été tués, un chiffre confirmé par le maire.",
        {("des habitants", "killed", "30", A), ("le maire", "killed", "30", A)},
    ),
    (
        "Trente civils ont été tués, selon des habitants, un bilan confirmé par le gouverneur.",
        {("des habitants", "killed", "Trente", A), ("le gouverneur", "killed", "Trente", A)},
    ),
    (
        "Trente civils ont été tués, ont indiqué des habitants, un bilan corroboré par le "
        "gouverneur.",
        {("des habitants", "killed", "Trente", A), ("le gouverneur", "killed", "Trente", A)},
    ),
    (
        "Selon des habitants, 30 civils ont été tués, un bilan que confirme l'armée.",
        {("des habitants", "killed", "30", A), ("l'armée", "killed", "30", A)},
    ),
    (
        "Trente civils ont été tués, un bilan confirmé par le gouverneur.",
        {("le gouverneur", "killed", "Trente", A)},
    ),
    # denied, as before
    (
        "Selon des habitants, 30 civils ont été tués, un bilan démenti par l'armée.",
        {("des habitants", "killed", "30", A), ("l'armée", "killed", "30", D)},
    ),
]


@pytest.mark.parametrize(("text", "source"), SOURCE_PHRASES)
def test_the_source_phrase_is_who_told_it(text, source):
    assert _rows(text) == {(source, "killed", "12", A)}


@pytest.mark.parametrize(("text", "expected"), CONFIRMED_TOLLS)
def test_a_toll_confirmed_by_another_is_both_voices(text, expected):
    assert _rows(text) == expected

"""Round 8, French attribution across sentences. Invented sentences: "De même source" and
"de mêmes sources" are the source named before; a toll without its author ("Selon un
bilan provisoire, …", "…, selon le dernier bilan.") is no speaker: the previous speaker's
figure, else no one's."""

from __future__ import annotations

import pytest
from extract_helpers import claims

A = "asserts"


def _rows(text: str) -> set[tuple]:
    """(source_raw, claim_type, value, stance) of each claim with a figure."""
    return {(s, t, v, st) for s, t, v, _, st in claims(text) if v is not None}


SAME_SOURCE = [
    (
        "Selon une source sécuritaire, 10 soldats ont été tués. De même source, 5 assaillants "
        "ont été tués.",
        {
            ("une source sécuritaire", "killed", "10", A),
            ("une source sécuritaire", "killed", "5", A),
        },
    ),
    (
        "L'armée a annoncé 9 morts. De même source, 4 soldats ont été blessés.",
        {("L'armée", "killed", "9", A), ("L'armée", "wounded", "4", A)},
    ),
    (
        "Selon un habitant, 9 civils ont été tués. L'armée a annoncé 3 morts. De même source, "
        "4 soldats ont été blessés.",
        {
            ("un habitant", "killed", "9", A),
            ("L'armée", "killed", "3", A),
            ("L'armée", "wounded", "4", A),
        },
    ),
    (
        "Selon des sources locales, 20 civils ont péri. De mêmes sources, 6 personnes ont été "
        "enlevées.",
        {("des sources locales", "killed", "20", A), ("des sources locales", "captured", "6", A)},
    ),
    (
        "Le gouverneur a fait état de 12 morts. Huit soldats ont aussi été blessés, de même "
        "source.",
        {("Le gouverneur", "killed", "12", A), ("Le gouverneur", "wounded", "Huit", A)},
    ),
]

BARE_TOLLS = [
    ("Selon un bilan provisoire, 15 personnes ont été tuées.", set()),
    ("D'après un premier bilan, 12 civils ont péri.", set()),
    (
        "L'armée a annoncé que l'attaque avait été repoussée. Selon un bilan provisoire, 15 "
        "soldats ont été tués.",
        {("L'armée", "killed", "15", A)},
    ),
    (
        "Le gouverneur a déclaré que la situation était sous contrôle. D'après un premier "
        "bilan, 12 civils ont péri.",
        {("Le gouverneur", "killed", "12", A)},
    ),
    (
        "Selon des habitants, l'attaque a duré deux heures. Au moins 30 personnes sont mortes, "
        "selon le dernier bilan.",
        {("des habitants", "killed", "Au moins 30", A)},
    ),
    # its author named: the author speaks
    (
        "Selon un bilan provisoire de l'armée, 12 soldats ont été tués.",
        {("l'armée", "killed", "12", A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_SOURCE)
def test_de_meme_source_is_the_source_named_before(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), BARE_TOLLS)
def test_a_toll_without_its_author_is_no_speaker(text, expected):
    assert _rows(text) == expected


# The listener as a clitic before a closing verb: the name after the verb speaks.
HEARD_BY = [
    (
        "« Nous avons tué 12 rebelles », lui a dit un officier.",
        {("un officier", "killed", "12", A)},
    ),
    (
        "Douze rebelles ont été tués, lui a affirmé un officier.",
        {("un officier", "killed", "Douze", A)},
    ),
    (
        "« Trois soldats sont morts », m'a confié un officier.",
        {("un officier", "killed", "Trois", A)},
    ),
    (
        "« Nous avons perdu 5 hommes », leur a déclaré le capitaine.",
        {("le capitaine", "killed", "5", A)},
    ),
    (
        "Le préfet a reçu les journalistes. « Vingt civils ont été tués », lui a indiqué un élu.",
        {("un élu", "killed", "Vingt", A)},
    ),
    (
        "« Sept personnes ont été enlevées », nous ont assuré des habitants.",
        {("des habitants", "captured", "Sept", A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEARD_BY)
def test_a_clitic_before_the_verb_only_heard_it(text, expected):
    assert _rows(text) == expected


# A claim noun the outlet calls false: its owner still asserts what it holds.
CALLED_FALSE = [
    (
        "Les affirmations du JNIM selon lesquelles 40 soldats ont été tués sont fausses.",
        {("le JNIM", "killed", "40", A)},
    ),
    (
        "Les allégations du M23 selon lesquelles 25 soldats ont été tués sont mensongères.",
        {("le M23", "killed", "25", A)},
    ),
    (
        "Les informations des rebelles selon lesquelles 12 soldats ont été capturés sont fausses.",
        {("les rebelles", "captured", "12", A)},
    ),
    (
        "L'armée dément les affirmations du M23 selon lesquelles 40 soldats sont morts.",
        {("le M23", "killed", "40", A), ("L'armée", "killed", "40", "denies")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CALLED_FALSE)
def test_a_claim_the_outlet_calls_false_is_its_owners(text, expected):
    assert _rows(text) == expected

"""French attribution forms seen in wire copy from the Sahel, Central Africa and the
Middle East: two voices in a comma splice, a document given "par X", a reporting relative
clause after a passive agent, "auprès des sources", "dit-on de mêmes sources", and the
present of "rappeler" / "avancer" after a comma. Every sentence here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _said(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, v) for s, t, v, _, _ in claims(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma splice of two voices: each figure is its own speaker's
        (
            "Des élus évoquent 45 morts, l'armée avance 11 morts.",
            {("Des élus", "killed", "45"), ("l'armée", "killed", "11")},
        ),
        (
            "Le gouverneur a annoncé 20 morts, des habitants parlent de 52 tués.",
            {("Le gouverneur", "killed", "20"), ("des habitants", "killed", "52")},
        ),
        (
            "Au moins 30 soldats ont été tués, affirme le groupe, l'armée évoque 12 morts.",
            {("le groupe", "killed", "Au moins 30"), ("l'armée", "killed", "12")},
        ),
    ],
)
def test_a_comma_splice_gives_each_voice_its_figure(text, expected):
    assert expected <= _said(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tail after the comma stays a tail: the figure before it is its own
        ("Au moins 12 civils ont été tués, le ministère a précisé.", ("le ministère", "12")),
        # "alors que" still opens the second voice
        (
            "Le préfet a annoncé 20 morts, alors que des témoins évoquent 35 tués.",
            ("des témoins", "35"),
        ),
    ],
)
def test_a_comma_before_a_tail_or_a_conjunction_reads_as_before(text, expected):
    source, value = expected
    got = {(s, v) for s, _, v in _said(text)}
    assert (source, value) in got or (source, f"Au moins {value}") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon les informations fournies par des habitants, plus de 100 rebelles sont morts.",
            {("des habitants", "killed", "plus de 100")},
        ),
        # a time between the participle and its agent; two agents, two sources
        (
            "Selon les informations données, ce mardi 4 mars par des habitants et des sources "
            "militaires, plus de cent rebelles sont morts dans le fleuve.",
            {
                ("des habitants", "killed", "plus de cent"),
                ("des sources militaires", "killed", "plus de cent"),
            },
        ),
        (
            "Quinze civils ont été tués, selon un bilan établi mardi par la gendarmerie.",
            {("la gendarmerie", "killed", "Quinze")},
        ),
        (
            "D'après les chiffres communiqués par la préfecture, 23 personnes ont été blessées.",
            {("la préfecture", "wounded", "23")},
        ),
    ],
)
def test_a_document_given_by_someone_is_theirs(text, expected):
    assert expected <= _said(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De même que celui délivré le 15 mai par le gouvernement qui avait déclaré que "
            "120 rebelles et 10 soldats avaient péri dans les combats.",
            {("le gouvernement", "killed", "120"), ("le gouvernement", "killed", "10")},
        ),
        (
            "Ce bilan a été contesté par la société civile qui affirme que 80 civils ont péri.",
            {("la société civile", "killed", "80")},
        ),
    ],
)
def test_a_passive_agent_with_a_reporting_relative_speaks_for_it(text, expected):
    got = _said(text)
    assert expected <= got
    assert not any(s.startswith("par ") for s, _, _ in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Une embuscade a fait au moins 18 morts dans le nord, a-t-on appris auprès des "
            "sources locales concordantes.",
            ("sources locales concordantes", "killed", "au moins 18"),
        ),
        (
            "Dix soldats ont été tués, a-t-on appris auprès du gouverneur.",
            ("gouverneur", "killed", "Dix"),
        ),
        (
            "Selon des sources proches de la police, il s'agit du groupe. Dix soldats ont été "
            "tués, dit-on de mêmes sources.",
            # "de mêmes sources" are the sources named before (fr8disc)
            ("des sources proches de la police", "killed", "Dix"),
        ),
    ],
)
def test_the_impersonal_on_learns_from_a_source(text, expected):
    assert expected in _said(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "En mars, des rebelles avaient tué quatre gendarmes à Birao, rappellent des "
            "observateurs.",
            ("des observateurs", "killed", "quatre"),
        ),
        (
            "Le 2 juin, une attaque a coûté la vie à trois gendarmes à Ndélé, rappelle un élu "
            "local.",
            ("un élu local", "killed", "trois"),
        ),
        ("Trois soldats ont été tués, avance l'armée.", ("l'armée", "killed", "Trois")),
    ],
)
def test_rappeler_and_avancer_close_a_clause_with_their_source(text, expected):
    assert expected in _said(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the antecedent of "qui" is the speaking noun before the comma, not the parser's
        (
            "L'attaque est l'oeuvre du JNIM, qui disait avoir tué 40 soldats.",
            ("JNIM", "killed", "40"),
        ),
        (
            "La région est contrôlée par les rebelles, qui affirment avoir tué 30 soldats.",
            ("les rebelles", "killed", "30"),
        ),
        # a role and its body stay together when the parser hangs the clause on the role
        (
            "Le bilan a été contesté par le porte-parole du groupe armé, qui a affirmé que 12 "
            "civils étaient morts.",
            ("le porte-parole du groupe armé", "killed", "12"),
        ),
        (
            "L'armée, qui affirme avoir tué 20 rebelles, n'a pas donné de bilan de ses pertes.",
            ("L'armée", "killed", "20"),
        ),
    ],
)
def test_a_reporting_relative_clause_speaks_for_its_antecedent(text, expected):
    assert expected in _said(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dix soldats ont été tués, a indiqué Jean Mbeki, lieutenant-gouverneur de la province.",
            "la province",
        ),
        ("Huit civils ont péri, a indiqué Paul Kasa, vice-gouverneur du Kasaï.", "le Kasaï"),
        # a hyphenated title before a name is still a title
        (
            "Dix soldats ont été tués, a déclaré le lieutenant-colonel Paul Ndongo, porte-parole "
            "de l'armée.",
            "l'armée",
        ),
    ],
)
def test_a_hyphenated_office_is_not_cut_at_its_hyphen(text, expected):
    assert [s for s, _, _, _, _ in claims(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La gendarmerie a dressé un bilan de 12 morts.", {("La gendarmerie", "killed", "12")}),
        (
            "Le ministère a fourni un nouveau bilan de 40 morts et 60 blessés.",
            {("Le ministère", "killed", "40"), ("Le ministère", "wounded", "60")},
        ),
        (
            "Le communiqué de l'armée avait donné dans la journée un premier bilan de 15 morts.",
            {("l'armée", "killed", "15")},
        ),
        (
            "Des élus évoquent 45 morts, l'armée a publié un bilan de 11 morts.",
            {("Des élus", "killed", "45"), ("l'armée", "killed", "11")},
        ),
    ],
)
def test_a_toll_given_is_a_figure_reported(text, expected):
    assert expected <= _said(text)


def test_giving_things_is_no_toll():
    assert claims("L'armée a donné 300 sacs de riz aux déplacés.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Selon des habitants, 45 personnes ont été tuées, un bilan démenti par l'armée.",
        "Selon des habitants, 45 personnes ont été tuées, un chiffre contesté par l'armée.",
        "Selon des habitants, 45 personnes ont été tuées, un bilan que dément l'armée.",
        "Selon des habitants, 45 personnes ont été tuées, un chiffre que l'armée conteste.",
        "Des habitants parlent de 45 morts, mais l'armée rejette ce bilan.",
        "Des habitants parlent de 45 morts, mais l'armée a réfuté ce chiffre.",
    ],
)
def test_a_denial_of_the_claim_named_before_keeps_the_first_speakers_figure(text):
    got = {(s, v, st) for s, _, v, _, st in claims(text)}
    assert {("l'armée", "45", "denies")} <= got
    assert any(v == "45" and st == "asserts" and s != "l'armée" for s, v, st in got)


def test_a_denial_of_something_else_denies_what_follows():
    got = {(s, st) for s, _, _, _, st in claims("L'armée rejette la mort de 12 civils.")}
    assert got == {("L'armée", "denies")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'information a été confirmée par une source sécuritaire, qui parle de 12 soldats "
            "tués et de 8 blessés.",
            {
                ("une source sécuritaire", "killed", "12"),
                ("une source sécuritaire", "wounded", "8"),
            },
        ),
        (
            "La nouvelle a été confirmée par un élu local, qui parle de 30 civils tués.",
            {("un élu local", "killed", "30")},
        ),
        (
            "L'attaque a été confirmée par une source militaire, qui évoque 12 morts.",
            {("une source militaire", "killed", "12")},
        ),
    ],
)
def test_what_was_confirmed_is_no_speaker_its_confirmer_is(text, expected):
    got = _said(text)
    assert expected <= got
    assert {s for s, _, _ in got} == {s for s, _, _ in expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Une source sécuritaire a confirmé la mort de 11 soldats, tandis qu'un élu évoque un "
            "bilan de 18 morts.",
            {("Une source sécuritaire", "killed", "11"), ("un élu", "killed", "18")},
        ),
        # no comma before "alors qu'": the first speaker keeps its figure
        (
            "L'armée parle de 10 morts alors qu'une source locale évoque 35 tués.",
            {("L'armée", "killed", "10"), ("une source locale", "killed", "35")},
        ),
    ],
)
def test_the_second_voice_after_an_elided_que(text, expected):
    assert expected <= _said(text)


def test_information_gathered_from_someone_is_theirs_not_the_agencys():
    text = (
        "Selon les informations recueillies par l'AFP auprès d'un élu local, 30 civils ont été "
        "tués."
    )
    assert _said(text) == {("un élu local", "killed", "30")}


def test_testimonies_gathered_by_the_agency_are_not_the_agencys():
    got = _said("Selon des témoignages recueillis par l'AFP, 30 civils ont été tués.")
    assert got
    assert all(s != "l'AFP" for s, _, _ in got)

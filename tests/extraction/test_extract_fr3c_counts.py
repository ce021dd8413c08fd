"""French counts and claim types (issue 13, round 3): figures a French source gives that
were read as nothing, as another claim type or as another figure. Invented sentences in
the style of French wire copy (Sahel, Lake Chad, Central Africa, Ukraine).
"""

from __future__ import annotations

import pytest
from test_extract_en_challenge import numeric_claims


def typed(text: str) -> list[tuple[str, float]]:
    """(claim type, number) of each numeric candidate, sorted."""
    return sorted((c[1], c[2]) for c in numeric_claims(text))


def voiced(text: str) -> list[tuple[str, str, float]]:
    """(first source name, folded, claim type, number) of each numeric candidate."""
    return [(c[0][0] if c[0] else "", c[1], c[2]) for c in numeric_claims(text)]


# "une frappe avait tué 600 personnes": the event that kills is no count of the dead.
AGENT = [
    ("Selon le gouverneur, une frappe avait tué 600 personnes.", [("killed", 600.0)]),
    ("Selon le gouverneur, une « frappe » avait tué 600 personnes.", [("killed", 600.0)]),
    ("Selon la police, une explosion a blessé 14 passants au marché de Kano.",
     [("wounded", 14.0)]),
    ("D'après des habitants, une embuscade a tué neuf gendarmes près de Djibo.",
     [("killed", 9.0)]),
    ("Selon l'armée, une roquette avait détruit deux blindés à Bakhmout.",
     [("destroyed", 2.0)]),
    ("Selon la police, un tireur a tué cinq fidèles dans une église de Kaya.",
     [("killed", 5.0)]),
    ("Selon l'armée, deux kamikazes ont tué 12 personnes au marché.", [("killed", 12.0)]),
]  # fmt: skip

# ... and the ones that stay counts: a passive, a verb of dying, one killed.
AGENT_KEPT = [
    ("Selon l'armée, un soldat a été tué près de Gao.", [("killed", 1.0)]),
    ("Selon la police, un gendarme a perdu la vie dans l'attaque.", [("killed", 1.0)]),
    ("Selon l'armée, une femme et trois enfants ont péri dans l'incendie.",
     [("killed", 1.0), ("killed", 3.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AGENT + AGENT_KEPT)
def test_the_singular_that_acts_is_no_count(text, expected):
    assert typed(text) == expected


# "le bilan est passé de 14 à 21 morts": the toll now is the second figure, and (since
# round 22, as annotators keep it) the first the earlier toll.
REVISED = [
    ("Selon la société civile, le bilan est passé de 14 à 21 morts.",
     [("killed", 14.0), ("killed", 21.0)]),
    ("Selon l'armée, le bilan a été revu à la hausse, passant de 8 à 17 morts.",
     [("killed", 8.0), ("killed", 17.0)]),
    ("Selon le gouverneur, le bilan a grimpé de 30 à 52 morts.",
     [("killed", 30.0), ("killed", 52.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REVISED)
def test_a_revised_toll_counts_its_new_figure(text, expected):
    assert typed(text) == expected


def test_a_range_between_two_figures_stays_a_range():
    found = numeric_claims("Selon le maire, entre 100 et 120 personnes ont été tuées.")
    assert [c[1] for c in found] == ["killed"]


# "estime le nombre de déplacés à 3000": the toll named before its figure.
ESTIMATED = [
    ("Le ministère estime le nombre de déplacés à 3000.", [("displaced", 3000.0)]),
    ("Le commandement ukrainien évalue le nombre de morts russes à 400.", [("killed", 400.0)]),
    ("L'état-major chiffre ses pertes à 12 hommes.", [("casualties", 12.0)]),
    ("Selon l'ONU, le nombre de déplacés atteint désormais 80 000.", [("displaced", 80000.0)]),
    ("Selon la Croix-Rouge, le nombre de blessés a dépassé 200.", [("wounded", 200.0)]),
    ("La police porte le bilan à 21 morts.", [("killed", 21.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ESTIMATED)
def test_a_toll_named_before_its_figure(text, expected):
    assert typed(text) == expected


# Claim words the lexicon lacked.
VOCABULARY = [
    ("Selon la Minusca, plus de 1 500 personnes ont été contraintes de quitter leur domicile.",
     [("displaced", 1500.0)]),
    ("Selon OCHA, 3 000 familles ont été forcées de fuir.", [("displaced", 3000.0)]),
    ("Selon le maire, 400 habitants ont abandonné leurs villages.", [("displaced", 400.0)]),
    ("Un témoin rapporte avoir vu des miliciens poignarder à mort trois villageois.",
     [("killed", 3.0)]),
    ("Selon la police, deux hommes ont été battus à mort à Bangui.", [("killed", 2.0)]),
    ("Selon des habitants, quatre femmes ont été lapidées.", [("killed", 4.0)]),
    ("Selon le maire, les assaillants ont kidnappé 17 élèves.", [("captured", 17.0)]),
    ("L'attaque s'est soldée par sept victimes et une personne kidnappée, a déclaré le député.",
     [("captured", 1.0), ("killed", 7.0)]),
    ("Selon l'armée, quatre véhicules blindés ont été éliminés.", [("destroyed", 4.0)]),
    ("L'armée affirme avoir mis hors d'état de nuire 25 terroristes.", [("killed", 25.0)]),
    ("Selon l'armée, 25 terroristes ont été mis hors d'état de nuire.", [("killed", 25.0)]),
    ("Selon l'armée, 40 jihadistes ont été mis hors de combat.", [("casualties", 40.0)]),
    ("Selon l'armée, trois soldats sont introuvables.", [("missing", 3.0)]),
    ("Selon le HCR, plus de 10 000 personnes se sont réfugiées au Tchad.",
     [("displaced", 10000.0)]),
    ("Un témoin dit avoir vu des miliciens poignarder à mort deux réfugiés qui fuyaient.",
     [("killed", 2.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VOCABULARY)
def test_french_claim_words(text, expected):
    assert typed(text) == expected


# A second voice gives its figure without a verb: "…, les rebelles de 35" (gapping), or
# "…, selon les rebelles 35": the same measure, in that voice.
GAPPED = [
    ("L'armée fait état de 12 morts, les rebelles de 35.",
     [("l'armee", "killed", 12.0), ("les rebelles", "killed", 35.0)]),
    ("Le gouvernement parle de 40 blessés, l'opposition d'une centaine.",
     [("le gouvernement", "wounded", 40.0), ("l'opposition", "wounded", 100.0)]),
    ("Les autorités évoquent neuf enlèvements, et des habitants de 22.",
     [("les autorites", "captured", 9.0), ("des habitants", "captured", 22.0)]),
    ("Selon l'armée, 12 soldats ont été tués, selon les rebelles 35.",
     [("l'armee", "killed", 12.0), ("les rebelles", "killed", 35.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GAPPED)
def test_a_second_voice_without_a_verb(text, expected):
    assert voiced(text) == expected


# ... and what is no second voice: a measure, a part of the count, a date.
NOT_GAPPED = [
    ("L'armée fait état de 12 morts, dont un enfant de 5 ans.",
     [("killed", 1.0), ("killed", 12.0)]),
    ("L'armée fait état de 12 morts, le bilan le plus lourd depuis 2020.", [("killed", 12.0)]),
    ("Selon l'armée, 12 soldats ont été tués à 30 kilomètres de Gao.", [("killed", 12.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NOT_GAPPED)
def test_no_second_voice(text, expected):
    assert typed(text) == expected


# A speaker named by a noun in "-ment" is no adverb before the verb.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Le gouvernement parle de 12 morts.", "le gouvernement"),
        ("Le commandement évoque 30 blessés.", "le commandement"),
        ("Le mouvement rebelle fait état de 8 prisonniers.", "le mouvement rebelle"),
    ],
)
def test_a_speaker_in_ment(text, source):
    assert [v[0] for v in voiced(text)] == [source]


# "ont fait quatre victimes": victims counted are the dead; none ("pas de victime") is
# neither dead nor wounded.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selon la Minusca, les heurts ont fait quatre victimes.", [("killed", 4.0)]),
        ("Selon l'armée, l'attaque a fait une trentaine de victimes civiles.", [("killed", 30.0)]),
        ("Selon le gouverneur, il n'y a pas eu de victimes.", [("casualties", 0.0)]),
    ],
)
def test_victims_counted_are_the_dead(text, expected):
    assert typed(text) == expected


# The same measure again: its breakdown after "soit", the other side's after "contre",
# a toll "au nombre de" its figure.
SAME_MEASURE = [
    ("Selon l'armée, l'attaque a fait 12 morts, soit huit soldats et quatre civils.",
     [("killed", 4.0), ("killed", 8.0), ("killed", 12.0)]),
    ("Selon le porte-parole, les jihadistes ont perdu 27 hommes contre trois du côté de l'armée.",
     [("killed", 3.0), ("killed", 27.0)]),
    ("Selon la police, les combats ont fait 40 blessés contre une dizaine la veille.",
     [("wounded", 10.0), ("wounded", 40.0)]),
    ("Selon un officier, les soldats tués sont au nombre de 17.", [("killed", 17.0)]),
    ("Selon l'ONU, les déplacés seraient au nombre de 3 000.", [("displaced", 3000.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SAME_MEASURE)
def test_the_same_measure_again(text, expected):
    assert typed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selon l'armée, 12 soldats ont été tués en luttant contre trois groupes armés.",
         [("killed", 12.0)]),
        ("Selon l'armée, 12 soldats ont été tués, soit le plus lourd bilan depuis 2019.",
         [("killed", 12.0)]),
    ],
)  # fmt: skip
def test_no_measure_again(text, expected):
    assert typed(text) == expected


# A toll named, not stated: who confirms it claims the toll stated before; who revises it
# down denies it.
REFERRED = [
    ("Selon la police, 12 soldats ont été tués. "
     "Cette information a été confirmée à l'AFP par Paul Ngaba, député de la région.",
     [("la police", "killed", 12.0, "asserts"), ("paul ngaba", "killed", 12.0, "asserts")]),
    ("Selon la police, 12 soldats ont été tués. Un bilan confirmé par une source hospitalière.",
     [("la police", "killed", 12.0, "asserts"),
      ("une source hospitaliere", "killed", 12.0, "asserts")]),
    ("Le gouvernement fait état de 95 morts. "
     "Mais, dans la soirée, le gouverneur de la région a revu ce bilan à la baisse.",
     [("le gouvernement", "killed", 95.0, "asserts"),
      ("le gouverneur de la region", "killed", 95.0, "denies")]),
    ("Selon la police, 30 civils ont été tués. L'armée a révisé à la baisse le bilan.",
     [("la police", "killed", 30.0, "asserts"), ("l'armee", "killed", 30.0, "denies")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REFERRED)
def test_a_toll_named_by_reference(text, expected):
    assert [(c[0][0], c[1], c[2], c[3]) for c in numeric_claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selon l'armée, deux frappes de drones avaient touché la caserne.",
         [("shelling", 2.0)]),
        ("Selon des habitants, trois roquettes ont frappé le marché de Goma.",
         [("shelling", 3.0)]),
        ("Selon l'armée, deux soldats ont été touchés par balle.", [("wounded", 2.0)]),
    ],
)  # fmt: skip
def test_strikes_that_hit_are_shelling(text, expected):
    assert typed(text) == expected

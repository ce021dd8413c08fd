"""Round 13, the lead's two fixes, on invented sentences: a name after "Selon X," that the
clause's verb follows is the clause's subject, no apposition of the source; and the agent
of a killing may be separatists, bandits, militiamen or "djihadistes"."""

from __future__ import annotations

import pytest
from extract_helpers import claims

A, D = "asserts", "denies"

SUBJECT_NOT_APPOSITION = [
    ("Selon la police, le groupe Boko Haram a tué 12 civils.",
     [("la police", "killed", "12", A)]),
    ("Selon la police, une attaque du groupe Boko Haram a fait 12 morts.",
     [("la police", "killed", "12", A)]),
    ("Selon l'armée, une attaque imputée au Front Uni a fait neuf morts à Kadi.",
     [("l'armée", "killed", "neuf", A)]),
    ("Selon des habitants, Ali Sow a tué trois villageois.",
     [("des habitants", "killed", "trois", A)]),
    # near misses: a name in apposition, closed by a comma or a place, stays the speaker's
    ("Selon le porte-parole, le colonel Ali Sow, à Kadi, 12 civils ont été tués.",
     [("le porte-parole, le colonel Ali Sow", "killed", "12", A)]),
    ("Selon le porte-parole, le colonel Ali Sow à Kadi, 12 civils ont été tués.",
     [("le porte-parole, le colonel Ali Sow", "killed", "12", A)]),
    ("According to a spokesman, Mahmoud Bassal, 12 people were killed.",
     [("a spokesman", "killed", "12", A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SUBJECT_NOT_APPOSITION)
def test_a_name_its_verb_follows_is_no_apposition(text: str, expected: list[tuple]) -> None:
    assert [(s, t, v, st) for s, t, v, _, st in claims(text)] == expected


AGENTS = [
    ("Selon l'armée, deux militaires ont été abattus par des séparatistes à Kadi.",
     "séparatistes"),
    ("Deux soldats ont été tués par des djihadistes, a indiqué l'armée.", "djihadistes"),
    ("Selon la police, trois villageois ont été tués par des bandits.", "bandits"),
    ("Selon la police, trois villageois ont été tués par des miliciens.", "miliciens"),
    ("Two soldiers were killed by separatists, the army said.", "separatists"),
    # near misses: no armed agent, no blame
    ("Selon la police, trois villageois ont été tués par balle.", None),
    ("Two soldiers were killed by a landmine, the army said.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "who"), AGENTS)
def test_the_armed_agent_of_a_killing_is_blamed(text: str, who: str | None) -> None:
    blamed = [subject for _, kind, _, subject, _ in claims(text) if kind == "responsibility"]
    assert blamed == ([who] if who else [])


# "the number of dead soldiers": a toll whose people stand after "dead"
DEAD_PEOPLE = [
    ("Ali Musa, a police spokesman, put the number of dead soldiers at 15.",
     ("killed", "15", "soldiers")),
    ("The number of dead civilians rose to 31, officials said.", ("killed", "31", "civilians")),
    ("Police said the number of dead militants stood at 30.", ("killed", "30", "militants")),
    # near misses: "dead" alone, as before
    ("The number of dead rose to 12, police said.", ("killed", "12", None)),
    ("Police put the number of dead at 12.", ("killed", "12", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DEAD_PEOPLE)
def test_the_number_of_dead_people_is_a_toll(text: str, expected: tuple) -> None:
    assert [(t, v, subject) for _, t, v, subject, _ in claims(text)] == [expected]


# "X as well as Y said": two sources, as "X and Y said" is
AS_WELL_AS = [
    ("Residents as well as local officials said 10 civilians were killed.",
     [("Residents", "killed", "10", A), ("local officials", "killed", "10", A)]),
    ("The army as well as the police said 10 soldiers died.",
     [("The army", "killed", "10", A), ("the police", "killed", "10", A)]),
    # near misses: "as" opening a clause still ends the source before it
    ("The attack came as the army said 10 soldiers died.", [("the army", "killed", "10", A)]),
    ("Officials said 10 soldiers died, as well as two civilians.",
     [("Officials", "killed", "10", A), ("Officials", "killed", "two", A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AS_WELL_AS)
def test_sources_joined_by_as_well_as_give_a_row_each(text: str, expected: list) -> None:
    assert [(s, t, v, st) for s, t, v, _, st in claims(text)] == expected


# "X ainsi que Y": two French sources, as "X et Y" are, before the verb or after "selon"
AINSI_QUE = [
    ("Des habitants ainsi que des élus affirment que 10 civils ont été tués.",
     [("Des habitants", "killed", "10", A), ("des élus", "killed", "10", A)]),
    ("L'armée ainsi que la gendarmerie ont indiqué que 12 soldats ont été tués.",
     [("L'armée", "killed", "12", A), ("la gendarmerie", "killed", "12", A)]),
    ("Selon des habitants ainsi que des élus, 10 civils ont été tués.",
     [("des habitants", "killed", "10", A), ("des élus", "killed", "10", A)]),
    ("12 soldats ont été tués, selon l'armée ainsi que des sources locales.",
     [("l'armée", "killed", "12", A), ("des sources locales", "killed", "12", A)]),
    # near miss: "ainsi que" inside what is said joins no sources
    ("Des habitants affirment que des élus ainsi que 10 civils ont été tués.",
     [("Des habitants", "killed", "10", A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AINSI_QUE)
def test_french_sources_joined_by_ainsi_que_give_a_row_each(text: str, expected: list) -> None:
    assert [(s, t, v, st) for s, t, v, _, st in claims(text)] == expected


# "the reported deaths of 12": a death noun after a word that hedges it is still a count
HEDGED_DEATHS = [
    ("The army denied the reported deaths of 12 civilians.", [("The army", "killed", "12", D)]),
    ("The army denied the alleged killing of 12 civilians.", [("The army", "killed", "12", D)]),
    ("The army confirmed the reported deaths of 12 civilians.",
     [("The army", "killed", "12", A)]),
    # near miss: no death noun, no death counted (the attack is denied)
    ("The army denied the reported attack on the village.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HEDGED_DEATHS)
def test_a_hedged_death_noun_keeps_its_count(text: str, expected: list) -> None:
    assert [(s, t, v, st) for s, t, v, _, st in claims(text) if t == "killed"] == expected


# "parmi les soldats tués figure le sergent X": one person after the toll they are among
MEMBER_AFTER = [
    ("Selon l'armée, parmi les soldats tués figure le sergent Ali Sow.",
     [("l'armée", "killed", "le sergent", A)]),
    ("Selon l'armée, parmi les blessés se trouve le maire.",
     [("l'armée", "wounded", "le maire", A)]),
    ("Selon l'armée, le sergent Ali Sow figure parmi les soldats tués.",
     [("l'armée", "killed", "le sergent", A)]),
    # near misses: the attackers are no toll; a count among the dead is its own count
    ("Selon l'armée, parmi les assaillants figure un chef du groupe.", []),
    ("Selon l'armée, parmi les morts figurent deux enfants.", [("l'armée", "killed", "deux", A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MEMBER_AFTER)
def test_one_person_named_after_the_toll_counts_one(text: str, expected: list) -> None:
    assert [(s, t, v, st) for s, t, v, _, st in claims(text)] == expected


# An armed group by what it is ("le mouvement", "la rébellion") speaks; a French passive
# ("Le passage des troupes a été signalé") has no source before its verb.
GROUP_WORDS_AND_PASSIVES = [
    ("Le mouvement se vante d'avoir tué 9 soldats.", [("Le mouvement", "killed", "9", A)]),
    ("La rébellion affirme avoir tué 35 militaires.", [("La rébellion", "killed", "35", A)]),
    ("The movement said it killed 9 soldiers.", [("The movement", "killed", "9", A)]),
    ("Le passage des troupes a été signalé près de Kadi, où 12 soldats ont été tués, selon "
     "des habitants.", [("des habitants", "killed", "12", A)]),
    ("Le mouvement des troupes a été signalé près de Kadi, où 12 soldats ont été tués, selon "
     "des habitants.", [("des habitants", "killed", "12", A)]),
    # near miss: an active verb's subject still speaks
    ("Des habitants ont affirmé que 12 soldats ont été tués.",
     [("Des habitants", "killed", "12", A)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GROUP_WORDS_AND_PASSIVES)
def test_group_words_speak_and_passives_do_not(text: str, expected: list) -> None:
    assert [(s, t, v, st) for s, t, v, _, st in claims(text)] == expected

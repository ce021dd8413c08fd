"""Claim types other than tolls, in English and French: one invented sentence per lexicon
entry added for them (seizures, control, displacement, attacks, shelling, damage), and the
sentences that look alike but claim something else."""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _typed(sentence: str) -> set[tuple[str, str | None]]:
    return {(r[1], r[2]) for r in claims(sentence)}


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # en participle "{take} over"
        ("Nine villages were taken over by the rebels, the mayor said.", ("seized", "Nine")),
        # en verb "{take} over", in a relative clause
        (
            "Refugees said the rebels, who took over at least six villages, fired on civilians.",
            ("seized", "at least six"),
        ),
        # en participle "to [flee|leave]"
        (
            "The clashes forced 5,000 people to flee their homes, the governor said.",
            ("displaced", "5,000"),
        ),
        ("Officials said the fighting forced 300 families to leave.", ("displaced", "300")),
        # fr participle "à fuir"
        (
            "Les combats ont contraint 3 000 personnes à fuir, selon le maire.",
            ("displaced", "3 000"),
        ),
        # en verb "{leave} with": things taken are seized
        (
            "The fighters left with 12 trucks belonging to traders, a witness said.",
            ("seized", "12"),
        ),
        # en verb "{cart} [away|off]", "{carry} [away|off]"
        ("The gunmen carted away 40 cows, residents said.", ("seized", "40")),
        ("Police said the raiders carried off 15 motorbikes.", ("seized", "15")),
        # en verb "damage [was|were] done to"
        (
            "Damage was done to four helicopters during the raid, the air force added.",
            ("damaged", "four"),
        ),
        # en verb "{hold}" (past, base): places held
        ("The spokesman said his fighters held all four towns.", ("controls", "four")),
        ("A rebel commander said they still hold 11 villages.", ("controls", "11")),
        # fr verb "{emparer} [de|d'|des]"
        (
            "Les assaillants se sont emparés de trois véhicules, selon une source militaire.",
            ("seized", "trois"),
        ),
        # en verb "[attack|raid|raids|assault|assaults] on"
        (
            "Gunmen killed 10 people in raids on five villages, a local official said.",
            ("attacked", "five"),
        ),
        ("Police said an attack on two convoys killed 12 people.", ("attacked", "two")),
        # fr verb "[attaque|attaques|assaut|assauts] [de|d'|contre]"
        ("Selon la police, l'attaque de trois villages a fait 12 morts.", ("attacked", "trois")),
        (
            "Selon le préfet, les attaques contre quatre postes ont duré une heure.",
            ("attacked", "quatre"),
        ),
        # en participle "{fire} [at|on|into|upon]"
        ("The army said 14 rockets were fired at the base overnight.", ("shelling", "14")),
        # fr participle "{tirer} [sur|contre]"
        (
            "Selon le ministère, six roquettes tirées sur la ville ont fait 4 morts.",
            ("shelling", "six"),
        ),
        # en "{intercept}" (verb, participle), fr "{intercepter}" (verb, participle)
        ("The ministry said air defences intercepted 18 missiles.", ("destroyed", "18")),
        ("The ministry said 18 missiles were intercepted over the sea.", ("destroyed", "18")),
        ("Le ministère a affirmé avoir intercepté 22 drones.", ("destroyed", "22")),
        ("Selon le ministère, 22 drones ont été interceptés.", ("destroyed", "22")),
        # fr participle "{réduire} en cendres"
        ("Selon le maire, 40 maisons ont été réduites en cendres.", ("destroyed", "40")),
        # en verb "{deploy}", fr "{déployer}" (verb, participle)
        ("The army said it had deployed 500 soldiers to the town.", ("present", "500")),
        ("Le ministère a indiqué avoir déployé 300 soldats dans la zone.", ("present", "300")),
        ("Le ministère a indiqué que 300 soldats ont été déployés.", ("present", "300")),
        # en verb "{fire}", fr verb "{tirer}": projectiles fired are shelling
        ("The army fired 40 shells at the village, residents said.", ("shelling", "40")),
        ("Selon des habitants, l'armée a tiré une dizaine d'obus.", ("shelling", "une dizaine")),
        # en participle "{land} [in|on|near]", fr participle "{tomber} sur"
        ("Residents said more than 30 shells landed in the town.", ("shelling", "more than 30")),
        ("Selon des habitants, 15 obus sont tombés sur la ville.", ("shelling", "15")),
        # fr participles "[présents|présentes]", "{stationner}"
        (
            "Selon l'armée, une centaine de combattants étaient présents.",
            ("present", "une centaine"),
        ),
        ("Selon l'armée, 400 soldats sont stationnés dans le camp.", ("present", "400")),
        # fr verbs "[raid|raids|frappe|frappes] (aériens|aériennes) [contre|sur]"
        (
            "Le ministre a dit que des avions ont mené des frappes contre trois positions.",
            ("attacked", "trois"),
        ),
        (
            "Selon l'armée, des frappes aériennes sur deux villages ont fait 9 morts.",
            ("attacked", "deux"),
        ),
        (
            "Le ministre a dit que des avions ont lancé des raids aériens contre une base.",
            ("attacked", "une"),
        ),
        # en participle "under [their|its|rebel|…] control", fr "sous [leur|son|le] contrôle"
        (
            "A spokesman said the rebels now have nine villages under their control.",
            ("controls", "nine"),
        ),
        (
            "The mayor said at least seven villages were under rebel control.",
            ("controls", "at least seven"),
        ),
        (
            "Selon le maire, une dizaine de villages sont sous leur contrôle.",
            ("controls", "une dizaine"),
        ),
    ],
)
def test_each_new_entry_gives_its_claim(sentence, claim):
    assert claim in _typed(sentence)


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # a toll after an attacked place or the rockets fired counts people, not things
        ("Selon la police, l'attaque de trois villages a fait 12 morts.", ("killed", "12")),
        (
            "Selon le ministère, six roquettes tirées sur la ville ont fait 4 morts.",
            ("killed", "4"),
        ),
        # people taken along are captives
        ("Residents said the gunmen left with four hostages.", ("captured", "four")),
    ],
)
def test_what_follows_keeps_its_own_claim(sentence, claim):
    assert claim in _typed(sentence)
    assert not any(kind == "destroyed" for kind, _ in _typed(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # only places and posts are held: a meeting held is no control
        "The army held three meetings, officials said.",
        "Officials said the council held two votes on Monday.",
        "Police said 30 suspects were under their control.",
    ],
)
def test_held_things_that_are_no_places_are_no_control(sentence):
    assert not any(kind == "controls" for kind, _ in _typed(sentence))


def test_some_damage_is_no_count_but_no_damage_is_zero():
    sentence = "Some damage was done to four parked helicopters, the air force added."
    assert ("damaged", "Some") not in _typed(sentence)
    assert ("damaged", "four") in _typed(sentence)
    assert ("damaged", "no") in _typed("There was no damage, the governor said.")


def test_one_target_attacked_is_one_after_contre_only():
    # "l'attaque contre une base": one target; "l'attaque d'un poste" may name its authors
    sentence = "Selon le maire, l'attaque contre une base a fait trois morts."
    assert ("attacked", "une") in _typed(sentence)
    sentence = "Selon la police, l'attaque d'un poste a fait 12 morts."
    assert not any(kind == "attacked" and value for kind, value in _typed(sentence))


def test_gunfire_is_no_shelling():
    sentence = "Police said the gunman fired 12 shots before fleeing."
    assert not any(kind == "shelling" for kind, _ in _typed(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels said they had retaken the town.",
        "Les rebelles affirment avoir repris la ville.",
        "The army said troops regained the airport.",
    ],
)
def test_a_place_retaken_is_control(sentence):
    assert ("controls", None) in _typed(sentence)


def test_fighting_resumed_is_no_control():
    sentence = "Les rebelles ont repris les combats mardi, selon l'armée."
    assert not any(kind == "controls" for kind, _ in _typed(sentence))

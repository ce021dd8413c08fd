"""Counts read with the right claim type, English and French, on invented sentences: injuries
sustained, houses burned or set on fire, contact lost, attacks on counted places, the force
led into an attack, and the counts that are no claim (the whole a part is taken from, an
amount of a stuff, a count only supposed)."""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _typed(sentence: str) -> set[tuple[str, str | None]]:
    return {(r[1], r[2]) for r in claims(sentence)}


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # en participle "{sustain} [injuries|wounds]", with and without an adjective
        (
            '"Only two of our scouts sustained light injuries," the rebel commander said.',
            ("wounded", "two"),
        ),
        (
            "Eleven herders suffered gunshot wounds in the raid, the mayor said.",
            ("wounded", "Eleven"),
        ),
        ("The police said seven officers sustained injuries.", ("wounded", "seven")),
        # fr participle "{brûler} [vif|vifs|vive|vives]": burned alive is killed
        ("Selon un élu local, quatre bergers ont été brûlés vifs.", ("killed", "quatre")),
        # fr verb "{brûler}": things burned are destroyed
        (
            '"Ils ont brûlé deux écoles et un dispensaire", a raconté un habitant.',
            ("destroyed", "deux"),
        ),
        # fr verb "[mis|mettre|mettant] le feu [à|aux]"
        (
            "Les assaillants ont mis le feu à une vingtaine de cases, selon le préfet.",
            ("destroyed", "une vingtaine"),
        ),
        # en verb "{set} fire to"
        ("Setting fire to 15 granaries, the raiders fled, a witness said.", ("destroyed", "15")),
        # the count inside the verb phrase: "set N … on fire / ablaze"
        ("The militia set nine hamlets on fire, the governor said.", ("destroyed", "nine")),
        ("Soldiers set 60 huts ablaze, villagers told reporters.", ("destroyed", "60")),
        # en verb "{lose} contact with", fr verb "{perdre} le contact avec": missing
        (
            "The navy said it had lost contact with 23 sailors after the storm of fire.",
            ("missing", "23"),
        ),
        (
            "L'état-major a perdu le contact avec 17 soldats, selon une source militaire.",
            ("missing", "17"),
        ),
        # attacks on counted places, an adjective between the noun and its preposition
        (
            "Bandits carried out coordinated attacks on seven hamlets, police said.",
            ("attacked", "seven"),
        ),
        ("The governor said raids against four villages left 20 dead.", ("attacked", "four")),
        (
            "Les jihadistes ont mené des attaques simultanées contre cinq villages, selon un élu.",
            ("attacked", "cinq"),
        ),
        (
            "Selon la police, des raids meurtriers sur six hameaux ont été signalés.",
            ("attacked", "six"),
        ),
        (
            "Selon le maire, des attaques dans trois localités ont fait 9 morts.",
            ("attacked", "trois"),
        ),
        # the fighters led into an attack or an operation are its force
        (
            "Commander Lual led 250 fighters in the assault on the garrison, the rebels said.",
            ("attackers", "250"),
        ),
        (
            "Un colonel a conduit 90 combattants à l'assaut de la caserne, selon les rebelles.",
            ("attackers", "90"),
        ),
        # a possessive between the verb and its count
        ("The kidnappers killed their two captives, police said.", ("killed", "two")),
        ("The navy said it lost contact with its 12-strong crew.", ("missing", "12")),
        (
            "Selon un officier, l'unité a perdu ses 9 véhicules dans l'embuscade.",
            ("destroyed", "9"),
        ),
        # "N-man-strong" is the strength of a force that attacks
        ("A 60-man-strong militia unit stormed the depot, the army said.", ("attackers", "60")),
        # rounds fired by a heavy weapon are shelling
        ("The rebels fired 30 artillery rounds at the airport, the army said.", ("shelling", "30")),
        # fr participle and verb "{piller}": looted, as "{loot}"
        ("Selon des témoins, trois entrepôts ont été pillés.", ("seized", "trois")),
        (
            "Les assaillants ont pillé une dizaine de boutiques, selon le maire.",
            ("seized", "une dizaine"),
        ),
        # en verb "{control}", fr verb "[contrôle|contrôlent|…]": places held
        ("The insurgents said they now control 9 of the 14 districts.", ("controls", "9")),
        ("Selon le groupe, ses hommes contrôlent désormais six communes.", ("controls", "six")),
        # people a place holds are present there
        ("The ministry said the raid hit depots holding 700 troops.", ("present", "700")),
        ("The rebels said the fort, which housed 250 soldiers, fell at dawn.", ("present", "250")),
        # a French range in words
        ("Selon un élu, quinze à vingt bergers ont été enlevés.", ("captured", "quinze à vingt")),
        # fr verb "la destruction [de|d']", as en "destruction of"
        (
            "Le groupe a revendiqué la destruction de six blindés, selon un communiqué.",
            ("destroyed", "six"),
        ),
        # a bare participle right after the object describes it: the verb is the claim
        (
            "The navy said it intercepted four cruise missiles fired at the port.",
            ("destroyed", "four"),
        ),
        ("The police said they arrested 11 men wounded in the riot.", ("captured", "11")),
        # posts and stations attacked, counted before their participle
        ("The governor said three police stations were attacked.", ("attacked", "three")),
        ("Selon la police, quatre postes de contrôle ont été visés.", ("attacked", "quatre")),
        # the homeless are displaced
        ("The floods and the shelling left 400 homeless, the governor said.", ("displaced", "400")),
    ],
)
def test_a_count_takes_the_claim_type_of_its_predicate(sentence, claim):
    assert claim in _typed(sentence)


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # an adverb between the auxiliary and the participle, French as English
        ("Deux gardes ont même perdu la vie, selon une source locale.", ("killed", "Deux")),
        ("Trois soldats ont malheureusement été tués, selon l'armée.", ("killed", "Trois")),
        ("Un douanier a même perdu la vie, selon une source administrative.", ("killed", "Un")),
        # the part of a whole: "N of the M", "N out of M", "N des M"
        ("The air force said 19 of the 25 drones were shot down.", ("destroyed", "19")),
        ("The air force said 19 out of 25 drones were shot down.", ("destroyed", "19")),
        (
            "Selon l'armée, 8 des 30 otages ont été libérés puis 5 des 22 soldats tués.",
            ("killed", "5"),
        ),
        # objects listed after an amount of a stuff
        ("Customs said they seized 40 kg of cannabis and 9 pistols.", ("seized", "9")),
        (
            "Selon la gendarmerie, ils ont saisi 3 tonnes de carburant et 25 motos.",
            ("seized", "25"),
        ),
    ],
)
def test_a_count_is_tied_across_adverbs_parts_and_amounts(sentence, claim):
    assert claim in _typed(sentence)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the whole a part is taken from is no claim
        ("The air force said 19 of the 25 drones were shot down.", "25"),
        ("The air force said 19 out of 25 drones were shot down.", "25"),
        ("Residents said some 90 of 140 homes were burned.", "140"),
        # an amount of a stuff is no count; a calibre neither
        ("Customs said they seized 40 kg of cannabis and 9 pistols.", "40"),
        ("Selon les rebelles, un obus de 120 mm a tué deux soldats.", "120"),
        # bullets fired are no shelling
        ("Police said the gunmen fired 150 rounds at the crowd.", "150"),
        # what a place can hold is its size, not who is there
        ("The army said the barracks can hold 2,000 troops.", "2,000"),
        # a count only supposed
        ("Si l'on compte 200 morts, le bilan est le plus lourd de l'année, a dit le maire.", "200"),
        ("The governor said that if 50 people died, the army was to blame.", "50"),
        ("It was unclear whether 14 soldiers died, the mayor said.", "14"),
    ],
)
def test_a_number_that_is_no_claim_gives_none(sentence, value):
    assert value not in {r[2] for r in claims(sentence)}


def test_a_concession_still_states_its_count():
    sentence = "Même si 12 soldats ont été tués, l'armée a repoussé l'attaque, selon un officier."
    assert ("killed", "12") in _typed(sentence)


def test_a_general_with_soldiers_walking_is_no_attacking_force():
    assert _typed("The general led 40 soldiers to the market, the mayor said.") == set()


def test_a_bare_participle_describing_the_object_is_no_claim_of_its_own():
    types = {r[1] for r in claims("The navy said it intercepted four missiles fired at the port.")}
    assert "shelling" not in types

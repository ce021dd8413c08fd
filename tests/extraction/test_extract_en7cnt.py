"""Round 7, English counts tied to their predicate and their claim types: a toll as a
clause's subject ("the dead numbered 35"), an age as a noun ("a 12-year-old"), forces
somewhere without a presence verb ("300 soldiers are in the town"), munitions that fell
("30 shells fell"), with negative cases that must give no claim or not a wrong one.
Invented sentences only.
"""

from __future__ import annotations

import warnings

import pytest
from test_extract_en_challenge import mismatches

import claimtrack as ct

A, D = "asserts", "denies"

CASES = [
    # a toll as subject, numbered by its verb: the toll noun's claim type
    ("casualties-numbered", "The casualties numbered 35, the army said.",
     [("the army", "casualties", 35, A)]),
    ("dead-numbered", "The dead numbered 35, the police said.", [("the police", "killed", 35, A)]),
    ("head-dead-numbered", "The police said the dead numbered 35.",
     [("The police", "killed", 35, A)]),
    ("fatalities-totalled", "Fatalities totalled 35, the ministry said.",
     [("the ministry", "killed", 35, A)]),
    ("deaths-totaled-according", "Deaths totaled 12, according to the police.",
     [("the police", "killed", 12, A)]),
    ("civilian-deaths", "Civilian deaths totalled 35, the UN said.", [("the UN", "killed", 35, A)]),
    ("wounded-more-than", "The wounded numbered more than 40, a doctor said.",
     [("a doctor", "wounded", 40, A)]),
    ("dead-now-number", "The dead now number 35, officials said.",
     [("officials", "killed", 35, A)]),
    ("injuries-numbered", "Injuries numbered 50, the hospital said.",
     [("the hospital", "wounded", 50, A)]),
    ("missing-number", "The missing number 12, the police said.",
     [("the police", "missing", 12, A)]),
    ("dead-amounted-to", "The dead amounted to 35, the police said.",
     [("the police", "killed", 35, A)]),
    ("according-casualties", "According to the army, casualties numbered about 60.",
     [("the army", "casualties", 60, A)]),
    ("fatalities-had-risen", "Officials said fatalities had risen to 35.",
     [("Officials", "killed", 35, A)]),
    ("dead-estimated-at", "The dead were estimated at 35, the police said.",
     [("the police", "killed", 35, A)]),
    ("deaths-in-the-attack", "Deaths in the attack numbered at least 20, the police said.",
     [("the police", "killed", 20, A)]),
    ("casualties-among", "Casualties among the soldiers numbered 14, the army said.",
     [("the army", "casualties", 14, A)]),
    ("wounded-who-numbered", "The wounded, who numbered 40, were taken to the city, a doctor "
     "said.", [("a doctor", "wounded", 40, A)]),
    ("hostages-numbered", "The hostages numbered 30, the police said.",
     [("the police", "captured", 30, A)]),
    ("number-of-abducted-students", "The number of abducted students stands at 300, the police "
     "said.", [("the police", "captured", 300, A)]),
    ("number-of-dead-soldiers", "The number of dead soldiers totalled 12, the army said.",
     [("the army", "killed", 12, A)]),
    ("toll-of-dead-and-wounded", "The toll of dead and wounded stood at 60, the police said.",
     [("the police", "casualties", 60, A)]),
    ("dead-and-wounded-numbered", "The dead and wounded numbered 60, the police said.",
     [("the police", "casualties", 60, A)]),
    ("protesters-numbered", "The protesters numbered 3,000, the police said.", []),
    ("houses-numbered", "The houses numbered 30 in all, residents said.", []),
    # an age as a noun is one person; ages listed in an aside are no count
    ("a-12-year-old", "A 12-year-old was killed, residents said.", [("residents", "killed", 1, A)]),
    ("among-dead-12-year-old", "Among the dead was a 12-year-old, the police said.",
     [("the police", "killed", 1, A)]),
    ("shot-dead-16-year-old", "Soldiers shot dead a 16-year-old, witnesses said.",
     [("witnesses", "killed", 1, A)]),
    ("including-a-9-year-old", "Five people, including a 9-year-old, were killed, the police "
     "said.", [("the police", "killed", 5, A), ("the police", "killed", 1, A)]),
    ("abducted-a-14-year-old", "Gunmen abducted a 14-year-old, the police said.",
     [("the police", "captured", 1, A)]),
    ("10-year-old-and-mother", "A 10-year-old and her mother were killed, residents said.",
     [("residents", "killed", 1, A)]),
    ("65-year-old-woman-among", "A 65-year-old woman was among those wounded, the police said.",
     [("the police", "wounded", 1, A)]),
    ("two-15-year-old-boys", "Two 15-year-old boys were wounded, the police said.",
     [("the police", "wounded", 2, A)]),
    ("two-12-year-olds", "The attack killed two 12-year-olds, the police said.",
     [("the police", "killed", 2, A)]),
    ("aged-5-7-and-9", "The police said three children, aged 5, 7 and 9, were killed.",
     [("The police", "killed", 3, A)]),
    ("aged-between", "Two men aged between 20 and 30 were arrested, the police said.",
     [("the police", "captured", 2, A)]),
    ("aged-in-words", "Three children aged five and seven were killed, the police said.",
     [("the police", "killed", 3, A)]),
    # forces somewhere, said with "be" or "remain"; a force sized by "-strong"
    ("soldiers-are-in-town", "Some 300 soldiers are in the town, the army said.",
     [("the army", "present", 300, A)]),
    ("troops-remain", "About 2,000 troops remain in the region, officials said.",
     [("officials", "present", 2000, A)]),
    ("fighters-remained", "Some 300 fighters remained in the town, residents said.",
     [("residents", "present", 300, A)]),
    ("troops-are-based", "Some 3,000 troops are based in the region, the ministry said.",
     [("the ministry", "present", 3000, A)]),
    ("mercenaries-in-country", "Nearly 1,000 Russian mercenaries are in the country, the UN "
     "said.", [("the UN", "present", 1000, A)]),
    ("peacekeepers-were-in", "The ministry said 1,200 peacekeepers were in the area.",
     [("The ministry", "present", 1200, A)]),
    ("on-the-ground", "The army said about 800 soldiers are now on the ground in the region.",
     [("The army", "present", 800, A)]),
    ("rebels-inside-camp", "Roughly 150 rebels were inside the camp, a witness said.",
     [("a witness", "present", 150, A)]),
    ("strong-garrison", "The 400-strong garrison held out, the army said.",
     [("the army", "present", 400, A)]),
    ("strong-battalion", "A 500-strong battalion is in the town, the army said.",
     [("the army", "present", 500, A)]),
    ("strong-force-attacked", "A 200-strong force attacked the town, residents said.",
     [("residents", "attackers", 200, A)]),
    ("people-in-camp", "Some 300 people are in the camp, the UN said.", []),
    # a condition is no place: the soldiers are wounded, not present
    ("in-critical-condition", "Twelve soldiers are in critical condition, the army said.",
     [("the army", "wounded", 12, A)]),
    ("in-hospital", "About 40 soldiers are in hospital, the army said.", []),
    ("in-towns-hospital", "Some 300 soldiers are in the town's hospital, the army said.", []),
    ("remain-missing", "Twelve soldiers remain missing, the army said.",
     [("the army", "missing", 12, A)]),
    # munitions counted as they fell
    ("shells-fell", "Thirty shells fell on the town, residents said.",
     [("residents", "shelling", 30, A)]),
    ("rockets-fell", "Four rockets fell on the airport, the army said.",
     [("the army", "shelling", 4, A)]),
    ("had-fallen", "Residents said about 40 shells had fallen on the town since dawn.",
     [("Residents", "shelling", 40, A)]),
    ("mortar-rounds-fell", "The army said 20 mortar rounds fell on its positions.",
     [("The army", "shelling", 20, A)]),
    ("several-shells", "Several shells fell near the base overnight, the army said.",
     [("the army", "shelling", 3, A)]),
    ("rounds-fell-gunfire", "About 20 rounds fell near the house, residents said.", []),
    ("prices-fell", "Prices fell by 30 percent, traders said.", []),
    ("fell-in-action", "Twelve soldiers fell in action, the army said.",
     [("the army", "killed", 12, A)]),
    # things and people named one by one before and after a count: one claim each
    ("tank-trucks-pickup", "The rebels destroyed a tank, two trucks and a pickup, the army "
     "said.", [("the army", "destroyed", 1, A), ("the army", "destroyed", 2, A),
               ("the army", "destroyed", 1, A)]),
    ("rifle-rounds-motorcycle", "The army seized a rifle, 40 rounds of ammunition and a "
     "motorcycle, a spokesman said.", [("a spokesman", "seized", 1, A),
                                       ("a spokesman", "seized", 40, A),
                                       ("a spokesman", "seized", 1, A)]),
    ("soldier-policemen-guard", "Rebels captured a soldier, two policemen and a guard, the "
     "police said.", [("the police", "captured", 1, A), ("the police", "captured", 2, A),
                      ("the police", "captured", 1, A)]),
    ("church-school-houses", "The militants burned a church, a school and 20 houses, residents "
     "said.", [("residents", "destroyed", 1, A), ("residents", "destroyed", 1, A),
               ("residents", "destroyed", 20, A)]),
    ("base-depot-vehicles", "The army said it destroyed a base, a depot and two vehicles.",
     [("The army", "destroyed", 1, A), ("The army", "destroyed", 1, A),
      ("The army", "destroyed", 2, A)]),
    ("policeman-soldiers-civilian", "Gunmen killed a policeman, two soldiers and a civilian, the "
     "police said.", [("the police", "killed", 1, A), ("the police", "killed", 2, A),
                      ("the police", "killed", 1, A)]),
    ("a-man-three-days-after", "Gunmen killed a man, three days after the raid, the police "
     "said.", [("the police", "killed", 1, A)]),
    # one person named by a definite outside a passive: an apposition, a verb of death
    ("chief-wounded-aside", "The chief, wounded in the raid, was taken to hospital, the police "
     "said.", [("the police", "wounded", 1, A)]),
    ("commander-killed-aside", "The commander, killed in the ambush, was buried on Friday, the "
     "army said.", [("the army", "killed", 1, A)]),
    ("driver-who-was-wounded", "The driver, who was wounded in the attack, is in hospital, the "
     "police said.", [("the police", "wounded", 1, A)]),
    ("its-commander-died", "Its commander died in the attack, the group said.",
     [("the group", "killed", 1, A)]),
    ("imam-died-of-wounds", "The imam died of his wounds, residents said.",
     [("residents", "killed", 1, A)]),
    ("pilot-captured-aside", "The pilot, captured after the crash, appeared in a video, the "
     "rebels said.", [("the rebels", "captured", 1, A)]),
    ("head-driver-injured", "The police said the driver, injured in the blast, was in a stable "
     "condition.", [("The police", "wounded", 1, A)]),
    ("their-leader-killed", "Their leader, killed in the raid, was a known bomb maker, the army "
     "said.", [("the army", "killed", 1, A)]),
    ("governors-driver-died", "The governor's driver died in the attack, officials said.",
     [("officials", "killed", 1, A)]),
    ("died-of-illness", "The group's leader died of illness last year, a spokesman said.", []),
    ("died-in-2010", "Its commander died in 2010, the group said.", []),
    ("captured-then-freed", "The army said the commander, who had been captured in March, was "
     "freed.", []),
    ("chief-spoke", "The chief, who spoke to reporters, said the town was calm.", []),
    ("shot-the-soldier", "The man who shot the soldier, wounded in the leg, fled, the police "
     "said.", []),
    # a negated verb of loss before one: none lost
    ("did-not-lose-a-single-man", "We did not lose a single man, the commander said.",
     [("the commander", "killed", 0, A)]),
    ("army-did-not-lose", "The army did not lose a single soldier, a spokesman said.",
     [("a spokesman", "killed", 0, A)]),
    ("had-not-lost", "The army said it had not lost a single man in the fighting.",
     [("The army", "killed", 0, A)]),
    ("lost-no-men", "We lost no men, the commander said.", [("the commander", "killed", 0, A)]),
    # one person named among a toll
    ("among-killed-was-name", "Among the militants killed was Ali Musa, the army said.",
     [("the army", "killed", 1, A)]),
    ("among-those-killed-chief", "Among those killed was the village chief, residents said.",
     [("residents", "killed", 1, A)]),
    ("head-among-fighters", "The army said among the fighters killed was their leader, Abu "
     "Musa.", [("The army", "killed", 1, A)]),
    ("among-killed-in-the-attack", "Among the people killed in the attack was Ali Musa, a local "
     "official, the police said.", [("the police", "killed", 1, A)]),
    ("among-wounded-commander", "Among the wounded was the commander, the army said.",
     [("the army", "wounded", 1, A)]),
    ("among-arrested-name", "Among those arrested was Ali Musa, the police said.",
     [("the police", "captured", 1, A)]),
    ("among-abducted-a-priest", "Among the people abducted was a priest, the police said.",
     [("the police", "captured", 1, A)]),
    ("among-killed-were-two", "Among the militants killed were two commanders, the army said.",
     [("the army", "killed", 2, A)]),
    # a part and its whole kept apart: the whole's own modifier is its claim, the part's
    # predicate is the one after it
    ("12-of-30-they-seized", "Twelve of the 30 hostages they seized were freed, the police "
     "said.", [("the police", "captured", 30, A)]),
    ("12-of-30-abducted-on-monday", "The police said 12 of the 30 people abducted on Monday had "
     "been freed.", [("The police", "captured", 30, A)]),
    ("freed-12-of-30-rebels-had-taken", "The army freed 12 of the 30 hostages the rebels had "
     "taken, a spokesman said.", [("a spokesman", "captured", 30, A)]),
    ("12-of-30-captured-in-raid", "Twelve of the 30 soldiers captured in the raid were "
     "released, the army said.", [("the army", "captured", 30, A)]),
    ("8-of-12-who-were-abducted", "Eight of the 12 soldiers who were abducted were killed, the "
     "army said.", [("the army", "captured", 12, A), ("the army", "killed", 8, A)]),
    ("5-of-20-wounded-later-died", "Five of the 20 people wounded in the attack later died, the "
     "hospital said.", [("the hospital", "wounded", 20, A), ("the hospital", "killed", 5, A)]),
    ("12-of-30-kidnapped-escaped", "The police said 12 of the 30 students kidnapped last night "
     "had escaped.", [("The police", "captured", 30, A)]),
    ("freed-12-of-30-they-had-abducted", "The gunmen freed 12 of the 30 passengers they had "
     "abducted, the police said.", [("the police", "captured", 30, A)]),
    ("10-of-40-who-were-arrested", "Ten of the 40 fighters who were arrested were released, the "
     "police said.", [("the police", "captured", 40, A)]),
    ("2-of-12-killed-were-officers", "Two of the 12 soldiers killed were officers, the army "
     "said.", [("the army", "killed", 12, A), ("the army", "killed", 2, A)]),
    ("of-30-the-gunmen-seized", "Of the 30 hostages the gunmen seized, 12 were freed, the police "
     "said.", [("the police", "captured", 30, A)]),
    ("none-of-the-12-were-killed", "The governor said none of the 12 soldiers were killed.",
     [("The governor", "killed", 0, A)]),
    ("seized-last-week", "The militants released 12 of the 30 hostages they seized last week, "
     "the police said.", []),
    # forces sent somewhere are there; munitions a place was hit by; places that fell
    ("troops-sent-to-town", "The army said 300 troops had been sent to the town.",
     [("The army", "present", 300, A)]),
    ("soldiers-dispatched", "About 500 soldiers were dispatched to the region, officials said.",
     [("officials", "present", 500, A)]),
    ("sent-to-hospital", "Twelve soldiers were sent to hospital, the army said.", []),
    ("hit-by-shells", "The town was hit by 40 shells, residents said.",
     [("residents", "shelling", 40, A)]),
    ("struck-by-rockets", "Residents said the market was struck by 12 rockets.",
     [("Residents", "shelling", 12, A)]),
    ("towns-fell-to", "Three towns fell to the rebels, the army said.",
     [("the army", "seized", 3, A)]),
    ("bases-fell-into-hands", "Two military bases fell into the hands of the rebels, the army "
     "said.", [("the army", "seized", 2, A)]),
    ("soldiers-fell-to-fire", "Twelve soldiers fell to enemy fire, the army said.", []),
    # counts coordinated before forces somewhere or munitions that fell share the predicate
    ("soldiers-and-police-officers-in", "Some 300 soldiers and 50 police officers are in the "
     "town, the army said.", [("the army", "present", 300, A), ("the army", "present", 50, A)]),
    ("shells-and-rockets-fell", "Thirty shells and 12 rockets fell on the town, residents "
     "said.", [("residents", "shelling", 30, A), ("residents", "shelling", 12, A)]),
    ("army-has-soldiers-in", "The army has about 300 soldiers in the town, a spokesman said.",
     [("a spokesman", "present", 300, A)]),
    ("rebels-have-hostages", "The rebels have 30 hostages in the camp, the police said.",
     [("the police", "captured", 30, A)]),
    ("rebels-have-trucks", "The rebels have 30 trucks in the camp, the police said.", []),
    # a toll left without its verb: "and the wounded 30"
    ("dead-numbered-and-wounded", "The dead numbered 12 and the wounded 30, the police said.",
     [("the police", "killed", 12, A), ("the police", "wounded", 30, A)]),
    # a person of a place is a person: "the village chief" is captured, not seized
    ("arrested-village-chief", "Soldiers arrested the village chief, residents said.",
     [("residents", "captured", 1, A)]),
    # the whole named by its harm, beside the part's own claim
    ("one-of-the-20-wounded", "One of the 20 wounded later died, the hospital said.",
     [("the hospital", "killed", 1, A), ("the hospital", "wounded", 20, A)]),
    ("two-of-20-wounded-soldiers", "Two of the 20 wounded soldiers later died, the army said.",
     [("the army", "killed", 2, A), ("the army", "wounded", 20, A)]),
    ("two-of-12-missing-found-dead", "Two of the 12 missing soldiers were found dead, the army "
     "said.", [("the army", "killed", 2, A), ("the army", "missing", 12, A)]),
    ("three-of-12-kidnapped-escaped", "Three of the 12 kidnapped students escaped, the police "
     "said.", []),
    # one named by a definite before a count, among a toll, or with its auxiliary left out
    ("commander-and-two-soldiers", "The commander and two soldiers were killed, the army said.",
     [("the army", "killed", 1, A), ("the army", "killed", 2, A)]),
    ("driver-soldiers-guard", "The driver, two soldiers and a guard were wounded, the army "
     "said.", [("the army", "wounded", 1, A), ("the army", "wounded", 2, A),
               ("the army", "wounded", 1, A)]),
    ("commander-and-soldiers-said", "The commander and two soldiers said 12 people were killed.",
     [("The commander", "killed", 12, A), ("two soldiers", "killed", 12, A)]),
    ("chief-among-those-abducted", "The village chief was among those abducted, residents said.",
     [("residents", "captured", 1, A)]),
    ("and-their-commander-captured", "Forty militants were killed and their commander captured, "
     "the army said.", [("the army", "killed", 40, A), ("the army", "captured", 1, A)]),
    ("their-commander-captured-town", "Forty militants were killed and their commander captured "
     "the town, the army said.", [("the army", "killed", 40, A), ("the army", "seized", 1, A)]),
    # a negated verb of taking: none of a thing named one; a thing named by "the" denied
    ("not-a-single-town", "The army said the rebels had not captured a single town.",
     [("The army", "seized", 0, A)]),
    ("not-captured-the-base", "The army said the rebels had not captured the base.",
     [("The army", "seized", 1, D)]),
    # second batch of the grid: asides, relatives, tolls of the displaced
    ("soldiers-backed-by-aside", "Some 300 soldiers, backed by helicopters, are in the town, "
     "the army said.", [("the army", "present", 300, A)]),
    ("in-the-hands-of", "About 40 soldiers are in the hands of the rebels, the army said.",
     [("the army", "captured", 40, A)]),
    ("who-went-missing-found-dead", "Five of the 17 soldiers who went missing were found dead, "
     "the army said.", [("the army", "missing", 17, A), ("the army", "killed", 5, A)]),
    ("displaced-now-number", "The displaced now number more than 5,000, the UN said.",
     [("the UN", "displaced", 5000, A)]),
    ("dead-who-numbered-buried", "The dead, who numbered 35, were buried on Friday, residents "
     "said.", [("residents", "killed", 35, A)]),
    ("pilot-killed-when-crashed", "The pilot, who was killed when his helicopter crashed, was "
     "buried on Monday, the army said.", [("the army", "killed", 1, A)]),
    ("mayor-abducted-last-year-freed", "The mayor, abducted last year, was freed on Monday, "
     "officials said.", []),
    # a thing named one between two counts of a verb's list
    ("tanks-a-truck-pickups", "The army destroyed two tanks, a truck and three pickups, a "
     "spokesman said.", [("a spokesman", "destroyed", 2, A), ("a spokesman", "destroyed", 1, A),
                         ("a spokesman", "destroyed", 3, A)]),
    ("rifles-a-truck-motorcycles", "The rebels seized 12 rifles, a truck and two motorcycles, "
     "the army said.", [("the army", "seized", 12, A), ("the army", "seized", 1, A),
                        ("the army", "seized", 2, A)]),
    ("killed-in-kadi-a-town", "The army said 12 soldiers were killed in Kadi, a town near the "
     "border.", [("The army", "killed", 12, A)]),
    ("company-commander-another", "The company commander and another soldier were killed, the "
     "army said.", [("the army", "killed", 1, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "gold"), CASES, ids=[c[0] for c in CASES])
def test_each_sentence_gives_its_sourced_figures(name, text, gold):
    assert mismatches(text, gold) == ([], []), name


def _types(text: str) -> list[tuple[str, str, str]]:
    """(source_raw, claim_type, stance) of each candidate, counted or not."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw = ct.extract(text, "t-1").astype(object)
    return [(r["source_raw"], r["claim_type"], r["stance"]) for _, r in raw.iterrows()]


# Munitions that fell, with no count: shelling, with or without a place named.
SHELLING = [
    "Shells fell on the town, residents said.",
    "Rockets landed near the airport, residents said.",
    "Mortar rounds landed in the market, killing five people, residents said.",
    "Artillery shells rained down on the district, residents said.",
    "A shell fell on a house, killing three people, residents said.",
    "Rockets fired by the rebels landed near the airport, the army said.",
]


@pytest.mark.parametrize("text", SHELLING, ids=[s[:30] for s in SHELLING])
def test_munitions_that_fell_are_shelling(text):
    assert any(t == "shelling" and s == A for _, t, s in _types(text)), _types(text)


def test_munitions_counted_give_no_second_shelling():
    found = _types("Thirty shells fell on the town, residents said.")
    assert [t for _, t, _ in found].count("shelling") == 1, found


@pytest.mark.parametrize(
    ("text", "kind", "n"),
    [
        ("The company commander and another soldier were killed, the army said.", "killed", 2),
        ("The commander and two soldiers were killed, the army said.", "killed", 2),
        ("The rebels destroyed a tank, two trucks and a pickup, the army said.", "destroyed", 3),
    ],
)
def test_each_one_named_is_a_claim_of_its_own(text, kind, n):
    assert [t for _, t, _ in _types(text)].count(kind) == n, _types(text)

"""Round 9, English claim vocabulary across the claim types: deaths told as burials and
sacrifice, the wounded by their condition or their evacuation, arrests and abductions
counted by a noun, livestock rustled and shops plundered, things knocked out or left in
ruins, bombardment, attacks foiled, "took over" before places; responsibility, alliance,
attackers, fighting and control in other words ("was behind the attack", "teamed up with",
"swooped on", "fighting raged", "liberated 3 villages"). Invented sentences only;
near-misses (figurative uses, a particle read as a bound) give no claim or another one."""

from __future__ import annotations

import pytest
from extract_helpers import claims

OFF = "Officials"
ARMY = "the army"

# (sentence, the claims: (source, claim type, value, stance))
CASES = [
    # killed: put to death, the ultimate price, burials
    ("Officials said 12 hostages were put to death.", [(OFF, "killed", "12", "asserts")]),
    ("Five hostages were put to death by the militants, the group said.",
     [("the group", "killed", "Five", "asserts")]),
    ("The army said 20 soldiers paid the ultimate price.",
     [("The army", "killed", "20", "asserts")]),
    ("Twenty soldiers have paid the ultimate price, the minister said.",
     [("the minister", "killed", "Twenty", "asserts")]),
    ("Officials said 30 victims were buried on Sunday.", [(OFF, "killed", "30", "asserts")]),
    ("Residents said they buried 30 people on Monday.",
     [("Residents", "killed", "30", "asserts")]),
    ("Villagers buried 23 people on Sunday after the raid, a local chief said.",
     [("a local chief", "killed", "23", "asserts")]),
    ("Twenty-three victims of the massacre were buried in a mass grave, officials said.",
     [("officials", "killed", "Twenty-three", "asserts")]),
    # wounded: a condition, intensive care, evacuation to hospital, left with injuries
    ("Officials said 4 people remain in critical condition.", [(OFF, "wounded", "4", "asserts")]),
    ("Officials said 4 people are in serious condition.", [(OFF, "wounded", "4", "asserts")]),
    ("A doctor said eight people were in a serious condition.",
     [("A doctor", "wounded", "eight", "asserts")]),
    ("Four soldiers remained in intensive care, the army said.",
     [(ARMY, "wounded", "Four", "asserts")]),
    ("Officials said 12 people were evacuated to hospital.", [(OFF, "wounded", "12", "asserts")]),
    ("Twelve soldiers were airlifted to hospital, the army said.",
     [(ARMY, "wounded", "Twelve", "asserts")]),
    ("Eleven soldiers were flown to hospital in Niamey, the army said.",
     [(ARMY, "wounded", "Eleven", "asserts")]),
    ("Officials said 12 people were left with injuries.", [(OFF, "wounded", "12", "asserts")]),
    ("Police said 14 people were left with serious injuries.",
     [("Police", "wounded", "14", "asserts")]),
    ("Officials said 12 people were treated for bullet wounds.",
     [(OFF, "wounded", "12", "asserts")]),
    ("Doctors said 14 people were treated for shrapnel wounds.",
     [("Doctors", "wounded", "14", "asserts")]),
    # captured: detention, arrests and abductions counted by a noun
    ("Officials said 12 fighters were taken into detention.",
     [(OFF, "captured", "12", "asserts")]),
    ("Police said they made 12 arrests.", [("Police", "captured", "12", "asserts")]),
    ("Police said 12 arrests were made.", [("Police", "captured", "12", "asserts")]),
    ("Police made 14 arrests after the riot, a spokesman said.",
     [("a spokesman", "captured", "14", "asserts")]),
    ("Police said the arrests of 14 suspects followed the attack.",
     [("Police", "captured", "14", "asserts")]),
    ("Officials said 14 abductions were recorded in May.", [(OFF, "captured", "14", "asserts")]),
    ("Officials said there were 12 kidnappings in the district last week.",
     [(OFF, "captured", "12", "asserts")]),
    # seized: rustled, plundered, pillaged; "took over" before places and things
    ("Officials said bandits rustled 300 cattle.", [(OFF, "seized", "300", "asserts")]),
    ("Officials said 300 cattle were rustled.", [(OFF, "seized", "300", "asserts")]),
    ("About 400 head of cattle were rustled, herders said.",
     [("herders", "seized", "About 400", "asserts")]),
    ("Officials said 12 shops were plundered.", [(OFF, "seized", "12", "asserts")]),
    ("Traders said soldiers pillaged 30 shops.", [("Traders", "seized", "30", "asserts")]),
    ("Officials said the rebels took over 3 towns.", [(OFF, "seized", "3", "asserts")]),
    ("Officials said the rebels took over three towns in the north.",
     [(OFF, "seized", "three", "asserts")]),
    ("Officials said the rebels had taken over 2 military bases.",
     [(OFF, "seized", "2", "asserts")]),
    # ... but more than a number of people taken
    ("Officials said the rebels took over 100 hostages.",
     [(OFF, "captured", "over 100", "asserts")]),
    # destroyed, damaged
    ("Officials said 12 houses went up in flames.", [(OFF, "destroyed", "12", "asserts")]),
    ("Residents said 40 houses went up in flames.", [("Residents", "destroyed", "40", "asserts")]),
    ("Officials said 3 tanks were knocked out.", [(OFF, "destroyed", "3", "asserts")]),
    ("The army said it knocked out 3 tanks.", [("The army", "destroyed", "3", "asserts")]),
    ("Officials said 12 homes were left in ruins.", [(OFF, "destroyed", "12", "asserts")]),
    ("Six schools were left in ruins, officials said.",
     [("officials", "destroyed", "Six", "asserts")]),
    ("Officials said 12 schools were vandalised.", [(OFF, "damaged", "12", "asserts")]),
    ("Rioters vandalized six churches, police said.", [("police", "damaged", "six", "asserts")]),
    # displaced
    ("Officials said 5,000 people were rendered homeless.",
     [(OFF, "displaced", "5,000", "asserts")]),
    ("Officials said 2,000 people were rendered homeless by the fighting.",
     [(OFF, "displaced", "2,000", "asserts")]),
    # shelling: bombarded, lobbed; a counted shelling is told once
    ("Officials said the army bombarded 3 villages.", [(OFF, "shelling", "3", "asserts")]),
    ("Four villages were bombarded overnight, residents said.",
     [("residents", "shelling", "Four", "asserts")]),
    ("Officials said the rebels lobbed 12 mortars at the base.",
     [(OFF, "shelling", "12", "asserts")]),
    ("Officials said 3 villages were shelled.", [(OFF, "shelling", "3", "asserts")]),
    # defeated: attacks foiled or thwarted, forces driven back
    ("Officials said soldiers thwarted an attack on the base.",
     [(OFF, "defeated", None, "asserts")]),
    ("The army said it foiled an attack on the town.",
     [("The army", "defeated", None, "asserts")]),
    ("Troops foiled an attempted raid on the camp, the army said.",
     [(ARMY, "defeated", None, "asserts")]),
    ("The army said a second assault had been thwarted.",
     [("The army", "defeated", None, "asserts")]),
    ("Officials said the rebels were driven back.", [(OFF, "defeated", None, "asserts")]),
    ("Officials said the rebels were pushed back.", [(OFF, "defeated", None, "asserts")]),
    ("The army said the rebels were beaten back.", [("The army", "defeated", None, "asserts")]),
    # killed: sacrifice and duty, strangling, crushing (the rebels crushed stay defeated)
    ("Officials said 12 soldiers gave their lives.", [(OFF, "killed", "12", "asserts")]),
    ("Officials said 12 soldiers made the supreme sacrifice.",
     [(OFF, "killed", "12", "asserts")]),
    ("Officials said 12 soldiers fell in the line of duty.", [(OFF, "killed", "12", "asserts")]),
    ("Officials said 12 people were found with their throats slit.",
     [(OFF, "killed", "12", "asserts")]),
    ("Officials said 12 people were strangled.", [(OFF, "killed", "12", "asserts")]),
    ("Officials said the militants strangled 3 hostages.", [(OFF, "killed", "3", "asserts")]),
    ("Officials said 12 people were crushed to death.", [(OFF, "killed", "12", "asserts")]),
    ("Officials said the rebels were crushed.", [(OFF, "defeated", None, "asserts")]),
    # wounded: burns and wounds had, nursed, treated at the scene
    ("Officials said 12 people suffered serious burns.", [(OFF, "wounded", "12", "asserts")]),
    ("Officials said 12 people were nursing injuries.", [(OFF, "wounded", "12", "asserts")]),
    ("Officials said 12 people had life-threatening injuries.",
     [(OFF, "wounded", "12", "asserts")]),
    ("Officials said 12 people were treated at the scene.", [(OFF, "wounded", "12", "asserts")]),
    # captured, missing
    ("Officials said 12 people were held incommunicado.", [(OFF, "captured", "12", "asserts")]),
    ("Officials said 12 people fell into the hands of the rebels.",
     [(OFF, "captured", "12", "asserts")]),
    ("Officials said 12 people remain in captivity.", [(OFF, "captured", "12", "asserts")]),
    ("Officials said 3 hostages remain in captivity, and 12 were freed.",
     [(OFF, "captured", "3", "asserts")]),
    ("Officials said 12 soldiers were listed as missing.", [(OFF, "missing", "12", "asserts")]),
    # seized: impounded, made away with; places fallen into a side's hands
    ("Officials said 12 vehicles were impounded.", [(OFF, "seized", "12", "asserts")]),
    ("Officials said gunmen made away with 12 rifles.", [(OFF, "seized", "12", "asserts")]),
    ("Officials said 3 towns fell into rebel hands.", [(OFF, "seized", "3", "asserts")]),
    # destroyed, damaged
    ("Officials said 12 houses were incinerated.", [(OFF, "destroyed", "12", "asserts")]),
    ("Officials said 3 boats were sunk.", [(OFF, "destroyed", "3", "asserts")]),
    ("Officials said the navy sank 3 boats.", [(OFF, "destroyed", "3", "asserts")]),
    ("Officials said 12 houses were partially burnt.", [(OFF, "damaged", "12", "asserts")]),
    ("Officials said 12 vehicles were riddled with bullets.",
     [(OFF, "damaged", "12", "asserts")]),
    # shelling: pounded (people pounded with tear gas are no shelling)
    ("Officials said the army pounded 3 towns.", [(OFF, "shelling", "3", "asserts")]),
    ("Officials said 3 towns were pounded by artillery.", [(OFF, "shelling", "3", "asserts")]),
    ("Officials said 12 protesters were pounded with tear gas.", []),
    # displaced
    ("Officials said 5,000 people sought shelter in schools.",
     [(OFF, "displaced", "5,000", "asserts")]),
    ("Officials said 5,000 people were forced out of their homes.",
     [(OFF, "displaced", "5,000", "asserts")]),
    # present: troops massed, amassed, positioned
    ("Officials said 3,000 troops were massed on the border.",
     [(OFF, "present", "3,000", "asserts")]),
    ("Officials said the army amassed 3,000 troops on the border.",
     [(OFF, "present", "3,000", "asserts")]),
    ("Officials said the army has positioned 3,000 troops near the town.",
     [(OFF, "present", "3,000", "asserts")]),
    # crashed, defeated, fighting
    ("Officials said 2 helicopters crash-landed.", [(OFF, "crashed", "2", "asserts")]),
    ("Officials said the attackers were forced to withdraw.",
     [(OFF, "defeated", None, "asserts")]),
    ("Officials said the rebels suffered a heavy defeat.", [(OFF, "defeated", None, "asserts")]),
    ("Officials said there were skirmishes near the town.", [(OFF, "fighting", None, "asserts")]),
    # near-misses
    ("Officials said inflation hit 12 percent.", []),
    ("The death toll hit 40, officials said.", [("officials", "killed", "40", "asserts")]),
    ("Officials said the share price sank 12 percent.", []),
    # responsibility: who was behind an attack, its hallmarks, blame laid, an admission
    ("Officials said the group was behind the attack.",
     [(OFF, "responsibility", None, "asserts")]),
    ("Officials said the attack bore the hallmarks of the group.",
     [(OFF, "responsibility", None, "asserts")]),
    ("Officials said they attributed the attack to the rebels.",
     [(OFF, "responsibility", None, "asserts")]),
    ("Officials said the group took responsibility for the bombing.",
     [(OFF, "responsibility", None, "asserts")]),
    ("Officials said the group admitted carrying out the attack.",
     [("the group", "responsibility", None, "asserts")]),
    ("Officials said the suspect admitted carrying weapons.", []),
    ("Officials said the ministry takes responsibility for the victims' care.", []),
    # alliance
    ("Officials said the rebels teamed up with the jihadists.",
     [(OFF, "alliance", None, "asserts")]),
    ("Officials said the rebels signed a pact with the jihadists.",
     [(OFF, "alliance", None, "asserts")]),
    # attackers counted by what they did
    ("Officials said 200 gunmen swooped on the village.", [(OFF, "attackers", "200", "asserts")]),
    ("Officials said 200 gunmen invaded the village.", [(OFF, "attackers", "200", "asserts")]),
    ("Officials said 200 gunmen laid siege to the village.",
     [(OFF, "attackers", "200", "asserts")]),
    ("Officials said 200 gunmen besieged the village.", [(OFF, "attackers", "200", "asserts")]),
    ("Officials said 200 fighters infiltrated the town.", [(OFF, "attackers", "200", "asserts")]),
    # fighting
    ("Officials said fighting raged in the town for hours.", [(OFF, "fighting", None, "asserts")]),
    ("Officials said fierce combat continued in the town.", [(OFF, "fighting", None, "asserts")]),
    # controls: a side's control, places liberated or cleared (people liberated are freed)
    ("Officials said the town is now under rebel control.", [(OFF, "controls", None, "asserts")]),
    ("Officials said the fire was brought under control.", []),
    ("Officials said the situation is under control.", []),
    ("Officials said the army liberated the town.", [(OFF, "controls", None, "asserts")]),
    ("Officials said the army liberated 3 villages.", [(OFF, "controls", "3", "asserts")]),
    ("Officials said 3 villages were liberated.", [(OFF, "controls", "3", "asserts")]),
    ("Officials said 3 villages have been liberated from the militants.",
     [(OFF, "controls", "3", "asserts")]),
    ("Officials said the army liberated 30 hostages.", []),
    ("Officials said 30 hostages were liberated.", []),
    ("Officials said the army cleared 3 villages of militants.",
     [(OFF, "controls", "3", "asserts")]),
    ("Officials said police cleared 12 suspects of wrongdoing.", []),
    # near-misses: no claim
    ("Officials said the plan was thwarted by the courts.", []),
    ("Officials said the town buried its mayor, who died aged 90.", []),
    ("Officials said the team was in fine condition.", []),
    ("Officials said prices went up by 12 percent.", []),
    ("Officials said 12 meetings were held.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_each_claim_word_gives_its_claims(text: str, expected: list[tuple]) -> None:
    got = [(src, kind, value, stance) for src, kind, value, _subject, stance in claims(text)]
    assert sorted(got, key=str) == sorted(expected, key=str)

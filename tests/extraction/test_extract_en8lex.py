"""Round 8, English claim vocabulary and count leftovers: wire predicates of each claim
type (passive, active, participle, noun), and counts past a reduced relative, a place's
aside, or a verb of care. Invented sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import claims

OFF = "Officials"

# (sentence, the claims: (source, claim type, value, stance))
CASES = [
    # killed: phrasal, adverbial and "to death" predicates
    ("Officials said 12 civilians were mowed down by gunfire.", [(OFF, "killed", "12", "asserts")]),
    ("Officials say 12 civilians had been mown down.", [(OFF, "killed", "12", "asserts")]),
    ("Officials said 12 people were bludgeoned to death.", [(OFF, "killed", "12", "asserts")]),
    ("Officials said 12 people were shot to death.", [(OFF, "killed", "12", "asserts")]),
    ("Officials said nine prisoners were clubbed to death.", [(OFF, "killed", "nine", "asserts")]),
    ("Officials said 12 people were fatally shot.", [(OFF, "killed", "12", "asserts")]),
    ("Officials said 12 people were fatally wounded.", [(OFF, "killed", "12", "asserts")]),
    ("Officials said two guards were mortally wounded.", [(OFF, "killed", "two", "asserts")]),
    # a noun of killing deplored is stated
    ("Officials condemned the execution of 12 villagers.", [(OFF, "killed", "12", "asserts")]),
    ("Officials condemned the slaughter of 12 villagers.", [(OFF, "killed", "12", "asserts")]),
    ("Officials condemned the beheading of 12 villagers.", [(OFF, "killed", "12", "asserts")]),
    ("The mayor deplored the assassination of three chiefs.",
     [("The mayor", "killed", "three", "asserts")]),
    # wounded
    ("Officials said 12 people were left injured in the blast.",
     [(OFF, "wounded", "12", "asserts")]),
    ("Officials said 12 people received treatment for injuries.",
     [(OFF, "wounded", "12", "asserts")]),
    ("Officials said 40 people were being treated in hospital.",
     [(OFF, "wounded", "40", "asserts")]),
    ("Officials said 12 people sustained burns in the blast.", [(OFF, "wounded", "12", "asserts")]),
    ("Officials said 12 people suffered fractures.", [(OFF, "wounded", "12", "asserts")]),
    # wounded: a verb of care before the count, the wound after its subject
    ("Doctors treated 40 people for gunshot wounds, officials said.",
     [("officials", "wounded", "40", "asserts")]),
    ("Officials said doctors treated 40 people for gunshot wounds.",
     [(OFF, "wounded", "40", "asserts")]),
    ("Officials said hospitals treated 40 people for injuries.",
     [(OFF, "wounded", "40", "asserts")]),
    ("Officials said the clinic is treating 15 children for burns.",
     [(OFF, "wounded", "15", "asserts")]),
    ("Officials said medics had treated 40 soldiers for shrapnel wounds.",
     [(OFF, "wounded", "40", "asserts")]),
    # a predicate split around its count
    ("Officials said gunmen gunned 12 villagers down on Sunday.",
     [(OFF, "killed", "12", "asserts")]),
    ("Officials say soldiers mowed 12 protesters down.", [(OFF, "killed", "12", "asserts")]),
    ("Officials said gunmen hacked 12 villagers to death on Sunday.",
     [(OFF, "killed", "12", "asserts")]),
    ("Officials said a mob had beaten two suspects to death.",
     [(OFF, "killed", "two", "asserts")]),
    ("Officials said the attackers burned 5 people alive.", [(OFF, "killed", "5", "asserts")]),
    ("Officials said the fighting drove 5,000 people from their homes.",
     [(OFF, "displaced", "5,000", "asserts")]),
    ("Officials said the militia is forcing 200 families out of their villages.",
     [(OFF, "displaced", "200", "asserts")]),
    # captured
    ("Officials said 30 villagers were whisked away by gunmen.",
     [(OFF, "captured", "30", "asserts")]),
    ("Officials said gunmen whisked away 30 villagers.", [(OFF, "captured", "30", "asserts")]),
    ("Officials said 30 villagers were snatched by gunmen.", [(OFF, "captured", "30", "asserts")]),
    ("Officials said gunmen snatched 30 students from their dormitory.",
     [(OFF, "captured", "30", "asserts")]),
    ("Officials said 30 villagers were led away by gunmen.", [(OFF, "captured", "30", "asserts")]),
    ("Officials said 30 fighters were taken alive.", [(OFF, "captured", "30", "asserts")]),
    ("Officials said 30 villagers were marched into the bush.",
     [(OFF, "captured", "30", "asserts")]),
    ("Officials condemned the kidnap of 30 villagers.", [(OFF, "captured", "30", "asserts")]),
    # seized; people carried off are captured
    ("Officials said 3 trucks were hijacked.", [(OFF, "seized", "3", "asserts")]),
    ("Officials said 3 trucks were carried off.", [(OFF, "seized", "3", "asserts")]),
    ("Officials said 30 villagers were carried off by gunmen.",
     [(OFF, "captured", "30", "asserts")]),
    # destroyed
    ("Officials said 40 homes were levelled.", [(OFF, "destroyed", "40", "asserts")]),
    ("Officials said 40 homes were leveled.", [(OFF, "destroyed", "40", "asserts")]),
    ("Officials said 40 homes were bulldozed.", [(OFF, "destroyed", "40", "asserts")]),
    ("Officials said 40 homes were wrecked.", [(OFF, "destroyed", "40", "asserts")]),
    ("Officials said 40 homes were gutted by fire.", [(OFF, "destroyed", "40", "asserts")]),
    ("Officials said 40 homes were burned to the ground.", [(OFF, "destroyed", "40", "asserts")]),
    ("Officials said the attackers flattened 40 homes.", [(OFF, "destroyed", "40", "asserts")]),
    ("Officials said the attackers bulldozed 40 homes.", [(OFF, "destroyed", "40", "asserts")]),
    ("Officials said the attackers gutted 40 homes.", [(OFF, "destroyed", "40", "asserts")]),
    ("Officials condemned the destruction of 40 homes.", [(OFF, "destroyed", "40", "asserts")]),
    # attacked: passive, "came under", nouns deplored
    ("Officials said 3 villages were ambushed overnight.", [(OFF, "attacked", "3", "asserts")]),
    ("Officials said 3 villages were raided overnight.", [(OFF, "attacked", "3", "asserts")]),
    ("Officials said 3 villages have been stormed.", [(OFF, "attacked", "3", "asserts")]),
    ("Officials said 3 villages were bombed.", [(OFF, "attacked", "3", "asserts")]),
    ("Officials said 3 villages were besieged.", [(OFF, "attacked", "3", "asserts")]),
    ("Officials said gunmen assaulted 3 villages.", [(OFF, "attacked", "3", "asserts")]),
    ("Officials said 3 convoys came under attack.", [(OFF, "attacked", "3", "asserts")]),
    ("Officials said 3 convoys came under fire.", [(OFF, "attacked", "3", "asserts")]),
    ("Officials condemned the attacks on 3 villages.", [(OFF, "attacked", "3", "asserts")]),
    ("Officials condemned the ambush of 3 convoys.", [(OFF, "attacked", "3", "asserts")]),
    ("Officials condemned the raids on 3 villages.", [(OFF, "attacked", "3", "asserts")]),
    # displaced
    ("Officials said 5,000 people abandoned their homes.",
     [(OFF, "displaced", "5,000", "asserts")]),
    ("Officials said 5,000 people were forced from their homes.",
     [(OFF, "displaced", "5,000", "asserts")]),
    ("Officials said 5,000 people were forced to leave their homes.",
     [(OFF, "displaced", "5,000", "asserts")]),
    ("Officials said 5,000 people sought refuge in Chad.",
     [(OFF, "displaced", "5,000", "asserts")]),
    ("Officials said 5,000 people took refuge in the town.",
     [(OFF, "displaced", "5,000", "asserts")]),
    # present
    ("Officials said 300 soldiers were dispatched to the town.",
     [(OFF, "present", "300", "asserts")]),
    ("Officials said the army dispatched 300 soldiers to the town.",
     [(OFF, "present", "300", "asserts")]),
    ("Officials said the army stationed 300 soldiers in the town.",
     [(OFF, "present", "300", "asserts")]),
    # a count past a reduced relative of an irregular participle
    ("Officials said three of the 40 soldiers sent to the area were killed.",
     [(OFF, "killed", "three", "asserts")]),
    ("Officials said 40 soldiers sent to the area were killed.",
     [(OFF, "killed", "40", "asserts")]),
    ("Officials said 12 men brought to the camp were executed.",
     [(OFF, "killed", "12", "asserts")]),
    ("Officials said 12 of the hostages taken to the forest had died.",
     [(OFF, "killed", "12", "asserts")]),
    ("Officials said 20 police flown into the city were wounded.",
     [(OFF, "wounded", "20", "asserts")]),
    # one of a count in an aside is no count of its own
    ("Officials said 3 people, one of them a 12-year-old, were killed.",
     [(OFF, "killed", "3", "asserts")]),
    # the list goes on past a place's aside
    ("Officials said 12 soldiers were killed in Kadi, a town near the border, and 3 in Bama.",
     [(OFF, "killed", "12", "asserts"), (OFF, "killed", "3", "asserts")]),
    ("Officials said 12 soldiers were wounded in Kadi, a village north of the capital, and 3"
     " in Bama.", [(OFF, "wounded", "12", "asserts"), (OFF, "wounded", "3", "asserts")]),
    ("Officials said 12 people died in Kadi, a town near the border, and 3 in Bama.",
     [(OFF, "killed", "12", "asserts"), (OFF, "killed", "3", "asserts")]),
    ("Officials said twelve people died in Kadi, the capital of the district, and three in"
     " Bama.", [(OFF, "killed", "twelve", "asserts"), (OFF, "killed", "three", "asserts")]),
    ("Officials said gunmen killed 12 people in Kadi, a town near the border, and 3 in Bama.",
     [(OFF, "killed", "12", "asserts"), (OFF, "killed", "3", "asserts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_each_predicate_and_count_gives_its_claims(text: str, expected: list[tuple]) -> None:
    got = [(src, kind, value, stance) for src, kind, value, _subject, stance in claims(text)]
    assert sorted(got) == sorted(expected)

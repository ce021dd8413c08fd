"""Round 11, English claim vocabulary read from real reporting (sentences invented here):
harm to things without a count ("the outpost was seized" is one, "destroyed their camps"
some), units that "came under mortar and air attack" (counted or not), one thing attacked
("ambushed a police convoy" is no count), a count across an elision in a quotation, losses
"suffered" by forces, a place "reclaimed", an armed group that "entered", troops that
"returned fire", who "bears responsibility", "is responsible for the attack" or made "an
attack by X", and positions shelled where no known place is named. Near-misses (a
possessive before the thing, criticism "came under", a ministry "responsible for the
budget", shelling positions as a noun, hazards) give no claim or only the count's."""

from __future__ import annotations

import pytest
from extract_helpers import claims

ARMY = "The army"
OFF = "Officials"

# (sentence, the claims: (source, claim type, value, stance))
CASES = [
    # things seized, destroyed or damaged, said without a count
    ("The army said the outpost was seized.", [(ARMY, "seized", "the outpost", "asserts")]),
    ("Officials said the rebels' checkpoints were destroyed in the raid.",
     [(OFF, "destroyed", None, "asserts")]),
    ("The ministry said the militants' ammunition depots were also destroyed.",
     [("The ministry", "destroyed", None, "asserts")]),
    ("Police said the station's headquarters was partially destroyed.",
     [("Police", "damaged", None, "asserts")]),
    ("The colonel said troops took over their base near the river.",
     [("The colonel", "seized", "their base", "asserts")]),
    ("Residents said the gunmen burned houses and shops.",
     [("Residents", "destroyed", None, "asserts")]),
    ("The spokesman said the air strikes damaged only civilian infrastructure.",
     [("The spokesman", "damaged", None, "asserts")]),
    ("The governor said the fighters looted shops and torched vehicles.",
     [("The governor", "seized", None, "asserts"), ("The governor", "destroyed", None, "asserts")]),
    ("Weapon stores and bunkers were destroyed in the strikes, the military said.",
     [("the military", "destroyed", None, "asserts")]),
    # ... a count or an article is the count rules' (read once), a possessive names the next
    ("The army said two posts were seized.", [(ARMY, "seized", "two", "asserts")]),
    ("The army said a camp was seized.", [(ARMY, "seized", "a camp", "asserts")]),
    ("The army said the rebels took over the village's schools.",
     [(ARMY, "seized", None, "asserts")]),
    # near-misses: people, other verbs, hazards, a negation kept as such
    ("The police said the suspects were captured.", []),
    ("The minister said the roads were blocked.", []),
    ("The army said the convoy's vehicles were inspected.", []),
    ("The army said the militants had abandoned their camps.", []),
    ("The army said troops took their positions near the town.", []),
    ("Officials said floods destroyed homes and bridges.", []),
    ("The army said the rebels had not destroyed the bridge.",
     [(ARMY, "destroyed", "the bridge", "denies")]),
    # attacked: came under an attack or fire of a kind
    ("The rebels said one of their units came under mortar and air attack.",
     [("The rebels", "attacked", None, "asserts")]),
    ("Officials said the convoy came under heavy fire near the border.",
     [(OFF, "attacked", None, "asserts")]),
    ("A police post came under rocket attack overnight, police said.",
     [("police", "attacked", None, "asserts")]),
    ("Two posts came under mortar attack, the rebels said.",
     [("the rebels", "attacked", "Two", "asserts")]),
    ("The rebels said two posts came under mortar and air attack.",
     [("The rebels", "attacked", "two", "asserts")]),
    ("The plan came under heavy criticism, officials said.", []),
    # attacked: one thing attacked is no count (the attack is the claim, not a figure)
    ("Gunmen ambushed a police convoy in the north, officials said.",
     [("officials", "attacked", None, "asserts")]),
    ("The army said militants attacked a checkpoint and killed 3 soldiers.",
     [(ARMY, "killed", "3", "asserts"), (ARMY, "attacked", None, "asserts")]),
    ("The minister attacked the plan in parliament.", []),
    # ... a village or a town attacked is the places' (no count of one)
    ("Officials said militants stormed the village and killed 12 people.",
     [(OFF, "killed", "12", "asserts")]),
    # controls: a place reclaimed or recaptured, one when named with an article
    ("The army said it reclaimed a village after the battle.",
     [(ARMY, "controls", "a village", "asserts")]),
    ("The army said troops reclaimed the town.", [(ARMY, "controls", "the town", "asserts")]),
    ("The army said it recaptured the village.", [(ARMY, "controls", "the village", "asserts")]),
    ("The company reclaimed the land, officials said.", []),
    # present: an armed or combat group that entered somewhere
    ("An unidentified combat group with military equipment entered the north of the country, "
     "the minister said.", [("the minister", "present", None, "asserts")]),
    ("The minister said an armed group entered the town.",
     [("The minister", "present", None, "asserts")]),
    ("The minister said the group entered talks.", []),
    # a count across words left out of a quotation
    ('"One of our servicemen ... was killed," the ministry said.',
     [("the ministry", "killed", "One", "asserts")]),
    ('"Twelve of our soldiers ... were killed," the ministry said.',
     [("the ministry", "killed", "Twelve", "asserts")]),
    # casualties: losses suffered by forces, casualties suffered
    ("The ministry said its forces had suffered losses.",
     [("The ministry", "casualties", None, "asserts")]),
    ("The ministry said government forces suffered losses.",
     [("The ministry", "casualties", None, "asserts")]),
    ("The rebels said they suffered casualties.", [("The rebels", "casualties", None, "asserts")]),
    ("The ministry said the company suffered losses last year.", []),
    # fighting: fire returned
    ("The ministry said its troops returned fire.",
     [("The ministry", "fighting", None, "asserts")]),
    ("Soldiers returned fire and the attackers fled, the army said.",
     [("the army", "fighting", None, "asserts")]),
    ("The shop returned the items, officials said.", []),
    # responsibility borne, or an armed group responsible for an attack
    ("The prime minister said the neighbouring state bears responsibility for the attack.",
     [("The prime minister", "responsibility", None, "asserts")]),
    ("The minister said the militia bore full responsibility.",
     [("The minister", "responsibility", None, "asserts")]),
    ('"Our group is responsible for the attacks at the mine," the spokesman said.',
     [("the spokesman", "responsibility", None, "asserts")]),
    ("The spokesman said the faction was responsible for the bombing.",
     [("The spokesman", "responsibility", None, "asserts")]),
    # ... or named after the attack ("in an attack by militants")
    ("Two soldiers were killed in an attack by militants, the army said.",
     [("the army", "killed", "Two", "asserts"), ("the army", "responsibility", None, "asserts")]),
    ("Two guards died in an ambush by the Kuru Liberation Organisation, a source said.",
     [("a source", "killed", "Two", "asserts"),
      ("a source", "responsibility", None, "asserts")]),
    ("The minister said the plan came under attack by the opposition.",
     [("The minister", "attacked", None, "asserts")]),
    ("The minister said the attack by the time of arrival was over.", []),
    ("The minister said the ministry is responsible for the budget.", []),
    ("The official said he was responsible for security in the town.", []),
    # shelling of positions or towns where no known place is named
    ('"Enemy units shelled our positions," the ministry said.',
     [("the ministry", "shelling", None, "asserts")]),
    ("The ministry said rebel gunners were shelling army positions overnight.",
     [("The ministry", "shelling", None, "asserts")]),
    ("The ministry said shelling positions were spotted.", []),
    ("The ministry said the shelling stopped.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_each_claim_word_gives_its_claims(text: str, expected: list[tuple]) -> None:
    got = [(src, kind, value, stance) for src, kind, value, _subject, stance in claims(text)]
    assert sorted(got, key=str) == sorted(expected, key=str)


# The subject each claim names: who came under attack, who bears responsibility.
SUBJECTS = [
    ("Officials said the convoy came under heavy fire near the border.", "convoy"),
    ("The prime minister said the neighbouring state bears responsibility.", "neighbouring state"),
    ("The spokesman said the faction was responsible for the bombing.", "faction"),
    ("The colonel said troops took over their base near the river.", "base"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject"), SUBJECTS)
def test_the_subject_is_what_the_claim_is_about(text: str, subject: str) -> None:
    assert [s for _src, _kind, _value, s, _stance in claims(text)] == [subject]

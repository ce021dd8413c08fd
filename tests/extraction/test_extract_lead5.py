"""Round 5 of issue 13, the lead's cases: general forms of the claim vocabulary (from a
thesaurus of each claim type, not from corpus sentences) and negated claim verbs, each in
invented sentences.
"""

from __future__ import annotations

import pytest
from test_extract_en_challenge import mismatches

A, D = "asserts", "denies"

CASES = [
    # nominalizations: "the murder of N", "the abduction of N"
    ("murder-of", "The ministry said the murder of 14 farmers was a war crime.",
     [("The ministry", "killed", 14, A)]),
    ("massacre-of", "Residents said the massacre of 31 villagers took place at dawn.",
     [("Residents", "killed", 31, A)]),
    ("abduction-of", "Police confirmed the abduction of 27 pupils from the school.",
     [("Police", "captured", 27, A)]),
    ("capture-of-towns", "The rebels announced the capture of three towns.",
     [("The rebels", "seized", 3, A)]),
    ("destruction-of", "The governor said the destruction of 40 homes was deliberate.",
     [("The governor", "destroyed", 40, A)]),
    # verbs and participles of the types
    ("assassinated", "The group said it assassinated two judges.",
     [("The group", "killed", 2, A)]),
    ("wiped-out", "The army said it wiped out 17 insurgents near the river.",
     [("The army", "killed", 17, A)]),
    ("disappeared", "Relatives said nine fishermen disappeared after the raid.",
     [("Relatives", "missing", 9, A)]),
    ("hijacked", "The navy said pirates hijacked four tankers.",
     [("The navy", "seized", 4, A)]),
    ("blew-up", "The militia said it blew up two bridges.",
     [("The militia", "destroyed", 2, A)]),
    ("reduced-to-rubble", "Officials said 60 houses were reduced to rubble.",
     [("Officials", "destroyed", 60, A)]),
    ("driven-from-homes", "The agency said 4,000 people were driven from their homes.",
     [("The agency", "displaced", 4000, A)]),
    # an adverb that changes the claim: partly destroyed is damaged
    ("partially-destroyed", "The mayor said 12 shops were partially destroyed.",
     [("The mayor", "damaged", 12, A)]),
    ("totally-destroyed", "The mayor said 12 shops were totally destroyed.",
     [("The mayor", "destroyed", 12, A)]),
    # one figure for the dead and the wounded together is a count of casualties
    ("killed-and-wounded", "The rebels said 400 soldiers were killed and wounded.",
     [("The rebels", "casualties", 400, A)]),
    ("tues-et-blesses", "Selon l'armée, 40 assaillants ont été tués et blessés.",
     [("l'armée", "casualties", 40, A)]),
    ("killed-and-12-wounded", "The army said five soldiers were killed and 12 wounded.",
     [("The army", "killed", 5, A), ("The army", "wounded", 12, A)]),
    # a negated claim verb: the figure is denied; "not … a single" is none, never one
    ("did-not-kill", "The army said it did not kill 12 civilians.",
     [("The army", "killed", 12, D)]),
    ("never-captured", "The rebels said they never captured 30 soldiers.",
     [("The rebels", "captured", 30, D)]),
    ("not-a-single-man", '"We did not lose a single man," the colonel said.', []),
    ("has-not-lost-a-soldier", "The army said it has not lost a single soldier.", []),
    ("not-only", "The army said it not only killed 12 fighters but seized 3 trucks.",
     [("The army", "killed", 12, A), ("The army", "seized", 3, A)]),
    # "X cited by Y said": X speaks; "according to X cited by Y" stays X
    ("cited-by-then-said", "Local officials cited by the agency said 12 guards were killed.",
     [("Local officials", "killed", 12, A)]),
    ("cited-by-tail", "Nine guards were killed, security sources cited by AFP said.",
     [("security sources", "killed", 9, A)]),
    ("according-cited-by", "Nine guards were killed, according to officials cited by the agency.",
     [("officials", "killed", 9, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "gold"), CASES, ids=[c[0] for c in CASES])
def test_each_sentence_gives_its_sourced_figures(name, text, gold):
    assert mismatches(text, gold) == ([], []), name

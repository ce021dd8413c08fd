"""Round 4 of issue 13, the lead's cases: kinds of sentence seen on real pages and read
wrong before, each in invented sentences (names, places and figures changed).
"""

from __future__ import annotations

import pytest
from test_extract_en_challenge import mismatches

import claimtrack as ct

A, D = "asserts", "denies"

CASES = [
    # an adverb between the auxiliary and the reporting verb
    # (boats sunk are destroyed)
    ("has-since-claimed", "The navy has since claimed it sank 14 boats and killed 60 pirates.",
     [("The navy", "destroyed", 14, A), ("The navy", "killed", 60, A)]),
    ("has-now-said", "The militia has now said it captured 23 policemen.",
     [("The militia", "captured", 23, A)]),
    # "killed or wounded" before a count: casualties, not split
    ("killed-or-wounded-active", "The rebels said their raid killed or wounded 45 soldiers.",
     [("The rebels", "casualties", 45, A)]),
    ("injured-or-killed-active", "Police said the blast injured or killed 31 people.",
     [("Police", "casualties", 31, A)]),
    ("tue-ou-blesse", "Les rebelles affirment avoir tué ou blessé 45 soldats.",
     [("Les rebelles", "casualties", 45, A)]),
    ("killed-and-wounded-split", "The army said it killed 12 and wounded 30 insurgents.",
     [("The army", "killed", 12, A), ("The army", "wounded", 30, A)]),
    # an apposition that names the source again is no source of its own
    ("formerly-named", "The movement, formerly named Jund al-Haq, said it killed nine guards.",
     [("The movement", "killed", 9, A)]),
    ("also-known-as", "The militia, also known as Kata Brigade, said it captured 11 soldiers.",
     [("The militia", "captured", 11, A)]),
    # "under the command of X" between a count and its predicate
    ("under-the-command", "At least 22 fighters under the command of a local warlord were "
     "killed in the clashes, a hospital source said.", [("a hospital source", "killed", 22, A)]),
    ("under-siege", "Officials said 70 troops under siege in the town had been wounded.",
     [("Officials", "wounded", 70, A)]),
    ("sous-les-ordres", "Au moins 13 miliciens sous les ordres du chef local ont été tués, "
     "selon une source hospitalière.", [("une source hospitalière", "killed", 13, A)]),
    # displacement: "uprooted N", "contraint N à quitter"
    ("uprooted", "Aid workers said the floods of fighting had uprooted 8,500 villagers.",
     [("Aid workers", "displaced", 8500, A)]),
    ("a-quitter", "Les affrontements ont contraint 900 familles à quitter la ville, selon la "
     "mairie.", [("la mairie", "displaced", 900, A)]),
    # a quotation carried on, and inverted present tense in translated copy
    ("statement-continued", '"Three guards died and seven were hurt," the communique '
     "continued.", [("the communique", "killed", 3, A), ("the communique", "wounded", 7, A)]),
    ("went-on", '"We lost five men," the commander went on.',
     [("the commander", "killed", 5, A)]),
    ("continued-not-a-voice", "The army continued its offensive, which killed 14 rebels.", []),
    ("went-on-to-kill", "The militia went on to kill 14 villagers, police said.",
     [("police", "killed", 14, A)]),
    ("indicates-the-army", '"Nineteen bodies were recovered", indicates the army in a '
     "communique.", [("the army", "killed", 19, A)]),
    ("says-the-governor", '"Eight people died," says the governor.',
     [("the governor", "killed", 8, A)]),
    ("indicated-that", "The ministry indicated that 16 soldiers were wounded.",
     [("The ministry", "wounded", 16, A)]),
    # lives taken are the dead
    ("claimed-lives", "The ambush claimed some 40 lives, a police spokesman said.",
     [("a police spokesman", "killed", 40, A)]),
    ("cost-lives", "Officials said the raid cost 17 lives.", [("Officials", "killed", 17, A)]),
    ("saved-lives", "Officials said the medics saved 17 lives.", []),
    # among the dead, both conjuncts, and "believed to be" among them
    ("among-both-conjuncts", "The governor said six guards and two drivers were among the "
     "dead.", [("The governor", "killed", 6, A), ("The governor", "killed", 2, A)]),
    ("believed-among", "Police said three foreigners were believed to be among the dead.",
     [("Police", "killed", 3, A)]),
    # what an account its speaker calls false says is denied, by that speaker
    ("fake-news-claiming", '"Fake news on social media is claiming that 14 police officers '
     'died," the minister said.', [("the minister", "killed", 14, D)]),
    ("were-fake-news", "The spokesman said reports that 14 guards were abducted were fake "
     "news.", [("The spokesman", "captured", 14, D)]),
    ("propaganda-claims", "The army described as propaganda claims that 25 soldiers died.",
     [("The army", "killed", 25, D)]),
    ("rumours-of", "The mayor said seven people were hurt, dismissing rumours of 40 dead.",
     [("The mayor", "wounded", 7, A), ("The mayor", "killed", 40, D)]),
    ("fausses-informations", "De fausses informations faisant état de 14 gendarmes tués "
     "circulent, a déclaré le ministre.", [("le ministre", "killed", 14, D)]),
    ("report-not-false", "The army said reports showed that 14 soldiers died.",
     [("The army", "killed", 14, A)]),
    ("denying-that", "Police said two officers were hurt, denying that 30 protesters died.",
     [("Police", "wounded", 2, A), ("Police", "killed", 30, D)]),
    ("unconfirmed-rumours", "The agency said, citing unconfirmed rumours, that 300 fighters "
     "had been killed.", [("The agency", "killed", 300, A)]),
    # dying of wounds
    ("passed-away", "Nine of the injured passed away overnight, a hospital director said.",
     [("a hospital director", "killed", 9, A)]),
    ("later-succumbed", "Doctors said 20 people were hurt and four of them later succumbed.",
     [("Doctors", "wounded", 20, A), ("Doctors", "killed", 4, A)]),
    # a headline in title case
    ("title-case-say", "Rebels Say 40 Government Soldiers Killed in Border Raid\n\nThe army "
     "gave no toll.", [("Rebels", "killed", 40, A)]),
    ("title-case-says-it", "Militia Says It Captured 12 Police Officers\n\nPolice declined "
     "to comment.", [("Militia", "captured", 12, A)]),
    ("title-case-two-voices", "Army Says 30 Militants Killed, Group Says 12 Soldiers Dead\n\n"
     "No details were given.", []),
    # what is counted after a measure noun: "types of weapons" are things, seized
    ("types-of-weapons", "The militia said it captured 150 different types of weapons.",
     [("The militia", "seized", 150, A)]),
    ("crates-of-ammunition", "Police said they captured 40 crates of ammunition and six "
     "suspects.", [("Police", "seized", 40, A), ("Police", "captured", 6, A)]),
    # a passive denial with an adverb, and "refuted"
    ("swiftly-refuted", "The ministry said two of its soldiers were killed, but the report "
     "was swiftly refuted by the rebels.", [("The ministry", "killed", 2, A),
                                            ("the rebels", "killed", 2, D)]),
    ("fermement-refute", "L'armée a annoncé 12 morts, un bilan fermement réfuté par les "
     "rebelles.", [("L'armée", "killed", 12, A), ("les rebelles", "killed", 12, D)]),
    # a denial's scope ends where the same source's next verb asserts
    ("denied-and-said", "The army denied that 25 soldiers died and said only three were "
     "wounded.", [("The army", "killed", 25, D), ("The army", "wounded", 3, A)]),
    # a relative clause that reports, hanging on the object of "from"
    ("from-x-which-said", "The toll came from the police, which said 17 people had been "
     "wounded.", [("the police", "wounded", 17, A)]),
    ("statements-from-x-which-claims", "In statements from the militia, which claims to have "
     "killed 60 soldiers, nothing more was said.", [("the militia", "killed", 60, A)]),
    # a claim called propaganda by a verb of calling
    ("labelled-as-propaganda", 'The ministry has labelled as "propaganda" a rebel claim that '
     "it killed 75 soldiers.", [("The ministry", "killed", 75, D)]),
    ("branded-as-false", "Police branded as false reports that 12 protesters died.",
     [("Police", "killed", 12, D)]),
    ("described-as-success", "The army described as a success the raid that killed 12 "
     "militants.", [("The army", "killed", 12, A)]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "gold"), CASES, ids=[c[0] for c in CASES])
def test_each_sentence_gives_its_sourced_figures(name, text, gold):
    assert mismatches(text, gold) == ([], []), name


def test_a_denial_and_an_accusation_by_one_source():
    """The denial covers the losses; the accusation after "and" is asserted."""
    raw = ct.extract("The ministry denied any casualties and accused the rebels of the raid.")
    stances = dict(zip(raw["claim_type"], raw["stance"], strict=True))
    assert stances == {"killed": D, "responsibility": A}


@pytest.mark.parametrize(
    ("text", "claim_type", "stance"),
    [
        ("The rebels said the claim was untrue.", "denied", D),
        ("The police said the reports were baseless.", "denied", D),
        ("Les autorités ont affirmé que ces informations sont fausses.", "denied", D),
        ("But the ministry says this is false.", "denied", D),
        ("The army said the base was not attacked.", "attacked", D),
        ("L'armée a affirmé que le camp n'a jamais été attaqué.", "attacked", D),
        ("The army said rebels attacked the base.", "attacked", A),
    ],
)
def test_an_account_called_false_or_an_attack_denied(text, claim_type, stance):
    raw = ct.extract(text)
    assert list(zip(raw["claim_type"], raw["stance"], strict=True)) == [(claim_type, stance)]


def test_a_country_acronym_at_the_end_after_blank_lines_is_read():
    """Folding collapses white space, so the raw offset of a closing acronym lies past the
    folded text's end: the country is still read, with no error."""
    from claimtrack.extraction.places import detect_country

    text = "Two soldiers were killed, the army said.\n\n\n\n\n\nThe raid was condemned by the US"
    assert detect_country(text) == "US"
    assert len(ct.extract(text)) == 1

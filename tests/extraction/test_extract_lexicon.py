"""Every entry of the claim lexicon (``claims.csv``), each form in a short invented sentence.

An entry's forms (a lemma in every form its classes give, see ``lexicon.tables``) are set
in a reporting frame of its language and slot; each must give the entry's claim type.
"""

from __future__ import annotations

import warnings

import pytest

import claimtrack as ct
from claimtrack.extraction.lexicon import inflection, tables
from claimtrack.extraction.lexicon.numbers import TOLL_NOUNS
from claimtrack.vocabulary import CLAIM_TYPES

# Frames: {w} is the claim word, the count and source are fixed. Things for the types whose
# object is a thing or a place, people for the rest.
FRAMES = {
    ("participle", "en"): "The army said 12 {obj} were {w} in Kayes.",
    ("participle", "fr"): "L'armée a déclaré que 12 {obj} ont été {w} à Kayes.",
    ("verb", "en"): "The army said it {w} 12 {obj} in Kayes.",
    ("verb", "fr"): "L'armée a déclaré avoir {w} 12 {obj} à Kayes.",
}
OBJECTS = {"en": ("soldiers", "posts"), "fr": ("soldats", "postes")}
THINGS = {"seized", "destroyed", "damaged", "attacked", "controls"}
# Entries that never fire in their frame: known gaps, kept visible (strict: a fixed gap fails
# here until it is taken off the list).
GAPS: dict[str, str] = {}


def _cases(slot: str) -> list[tuple[str, str, str, str | None]]:
    """(id, claim type, framed sentence, known gap or None) for every form of a slot's rows."""
    return [
        (
            f"{row.lang}-{phrase}",
            row.claim_type,
            framed(slot, row.lang, phrase, row.claim_type),
            GAPS.get(row.phrase),
        )
        for row in tables.rows()
        if row.slot == slot
        for phrase in tables.phrases(row)
    ]


def misses(cases: list[tuple[str, str, str, str | None]]) -> list[str]:
    """Every case that does not give its claim type, and every known gap that now does.

    One test runs all the forms of a slot and names every failure at once: a parametrized
    case per form cost more in test overhead than the extraction itself.
    """
    out = []
    for case_id, claim_type, sentence, gap in cases:
        hit = claim_type in found((sentence,))
        if not hit and not gap:
            out.append(f"{case_id}: no {claim_type} in {sentence!r}")
        elif hit and gap:
            out.append(f"{case_id}: a known gap now gives {claim_type}; take it off GAPS")
    return out


def found(sentences: tuple[str, ...]) -> set[str]:
    types: set[str] = set()
    for sentence in sentences:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            types |= set(ct.extract(sentence, "lexicon-test")["claim_type"])
    return types


def framed(slot: str, lang: str, word: str, claim_type: str) -> str:
    obj = OBJECTS[lang][claim_type in THINGS]
    return FRAMES[slot, lang].format(w=word, obj=obj)


# Shards of the longest lists, so that the test workers share them.
SHARDS = 4


@pytest.mark.parametrize("shard", range(SHARDS))
def test_each_participle_gives_its_claim_type(shard):
    assert misses(_cases("participle")[shard::SHARDS]) == []


def test_each_claim_verb_gives_its_claim_type():
    assert misses(_cases("verb")) == []


def test_each_toll_noun_makes_a_count_a_claim():
    cases = [
        (noun, claim_type, f"The army said there were 12 {noun} in Kayes.", None)
        for noun, claim_type in sorted(TOLL_NOUNS.items())
    ]
    assert misses(cases) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said five soldiers were killed, two were wounded and a third was shot dead.",
        "Officials said the gunmen kills 3 villagers every month.",
        "Officials said the gunmen were killing 3 villagers a day.",
        "The army said it shoots dead 4 looters a week.",
        "Les autorités ont indiqué que 12 femmes ont été tuées et 3 blessées à Kayes.",
        "Selon l'armée, 12 personnes ont été blessées à Kayes.",
    ],
)
def test_inflections_the_hand_lists_missed(sentence):
    assert found((sentence,)) & {"killed", "wounded"}


def test_the_forms_of_a_lemma_come_from_the_lemma_tables():
    assert inflection.forms("slay", "en", "past") == ("slayed", "slain", "slew")
    assert set(inflection.forms("blesser", "fr", "part")) == {
        "blesse",
        "blessee",
        "blesses",
        "blessees",
    }
    assert "dice" not in inflection.forms("die", "en", "past")  # a noun the table files under die


def test_a_bad_row_is_named_by_line_and_field():
    with pytest.raises(ValueError, match=r"line 7: claim_type 'kiled'"):
        tables._checked(
            7,
            {
                "lang": "en",
                "slot": "verb",
                "phrase": "{kill}",
                "forms": "past",
                "claim_type": "kiled",
                "stance": "asserts",
            },
        )
    with pytest.raises(ValueError, match=r"line 8: forms 'pst'"):
        tables._checked(
            8,
            {
                "lang": "en",
                "slot": "verb",
                "phrase": "{kill}",
                "forms": "pst",
                "claim_type": "killed",
                "stance": "asserts",
            },
        )


# Each event row, in an invented sentence of its language: {w} is the phrase.
EVENT_FRAMES = {
    ("defeated", "en"): "The army said it {w} the rebels near the camp.",
    ("defeated", "fr"): "L'armée affirme que les rebelles ont été {w} près du camp.",
    ("fighting", "en"): "Witnesses said {w} near the market on Monday.",
    ("fighting", "fr"): "Selon des habitants, des {w} ont eu lieu près du marché.",
    ("crashed", "en"): "The ministry said a transport plane {w} near the base.",
    ("crashed", "fr"): "Selon l'armée, un hélicoptère {w} près de la base.",
    ("attacked", "en"): "The army said the rebels {w} the camp near Kayes.",
    ("attacked", "fr"): "L'armée a déclaré que les rebelles {w} le camp près de Kayes.",
    ("shelling", "en"): "Residents said {w} hit the town of Kayes in Mali.",
    ("shelling", "fr"): "Selon des habitants, les rebelles {w} la ville de Kayes au Mali.",
    ("alliance", "en"): "The rebels said they {w} the militia in the north.",
    ("alliance", "fr"): "Les rebelles ont affirmé qu'ils {w} la milice du nord.",
    ("casualties", "en"): "The army said the rebels suffered {w} near the camp.",
    ("casualties", "fr"): "L'armée a déclaré que les rebelles ont subi de {w} près du camp.",
    ("responsibility", "en"): "Officials said the group {w} the attack on the camp.",
    ("responsibility", "fr"): "Selon l'armée, le groupe a {w} l'attaque du camp.",
    ("attackers", "en"): "The army said 200 gunmen {w} the village.",
    ("attackers", "fr"): "Selon l'armée, 200 assaillants {w} le village.",
    ("denied", "en"): "The army said: it's a {w}.",
    ("denied", "fr"): "L'armée a déclaré que c'est de la {w}.",
    ("damaged", "fr"): "Selon l'armée, l'explosion a causé des {w} au marché.",
}


def _event_cases() -> list[tuple[str, str, str, None]]:
    return [
        (p, row.claim_type, EVENT_FRAMES[row.claim_type, row.lang].format(w=p), None)
        for row in tables.rows()
        if row.slot == "event"
        for p in tables.phrases(row)
    ]


def test_every_event_type_has_frames():
    assert {(r.claim_type, r.lang) for r in tables.rows() if r.slot == "event"} <= set(EVENT_FRAMES)


def test_the_table_covers_every_claim_type_of_the_schema():
    # Counts of casualties come from the toll nouns (lexicon.numbers) too.
    covered = {r.claim_type for r in tables.rows()}
    assert set(CLAIM_TYPES) - covered == set()


@pytest.mark.parametrize("shard", range(SHARDS))
def test_each_event_phrase_gives_its_claim_type(shard):
    assert misses(_event_cases()[shard::SHARDS]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the attack was carried out by 200 gunmen.",
        "Selon l'armée, l'embuscade a été tendue par des centaines de combattants.",
        "The army said the convoy was hit by a group made up of 40 fighters.",
    ],
)
def test_a_count_of_fighters_by_whom_an_attack_came_is_attackers(sentence):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw = ct.extract(sentence, "lexicon-test")
    assert "attackers" in set(raw["claim_type"])


def test_fighting_is_not_claimed_beside_a_count():
    # "killed in a gunfight": the count is the claim, the fight its setting.
    raw = ct.extract("Police said two men were killed in a gunfight.", "lexicon-test")
    assert set(raw["claim_type"]) == {"killed"}

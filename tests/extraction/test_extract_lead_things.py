"""One thing named with an article after a verb (issue 13): "shot down a drone" is one
destroyed, as "seized the post" is one seized; "downed the drones" says how many no more.
And "states" is a reporting verb only before "that": "a coalition of Gulf states backing
the government says …" is spoken by the coalition, not by "backing the government".
"""

from __future__ import annotations

import pytest
from extract_helpers import claims
from test_extract_en_challenge import numeric_claims

ONE = [
    ("The coalition said it shot down a drone over Marib.", "destroyed"),
    ("The rebels said they had downed a helicopter.", "destroyed"),
    ("The Houthis claimed to have downed a coalition warplane.", "destroyed"),
    ("Air defences intercepted a ballistic missile, the ministry said.", "destroyed"),
    ("Selon l'armée, les rebelles ont abattu un drone près de Gao.", "destroyed"),
    ("Selon l'armée, les assaillants ont pris un poste de police.", "seized"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "claim_type"), ONE)
def test_a_thing_named_with_an_article_is_one(text, claim_type):
    assert [(c[1], c[2]) for c in numeric_claims(text)] == [(claim_type, 1.0)]


@pytest.mark.parametrize(
    "text",
    [
        "The coalition claims to have downed the drones.",
        "The rebels said they had seized the posts.",
    ],
)
def test_things_named_in_the_plural_are_no_count(text):
    found = claims(text)
    assert len(found) == 1
    assert found[0][2] is None


def test_the_barracks_is_named_as_written():
    assert [c[1:3] for c in claims("The rebels said they seized the barracks.")] == [
        ("seized", "the barracks")
    ]


def test_a_killing_verb_before_people_stays_a_killing():
    assert [
        c[1:3] for c in numeric_claims("Selon l'armée, les soldats ont abattu deux assaillants.")
    ] == [("killed", 2.0)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A coalition of Gulf states backing the government says its forces killed 12 rebels.",
         "A coalition of Gulf states backing the government"),
        ("The mission states that 12 rebels were killed.", "The mission"),
    ],
)  # fmt: skip
def test_states_is_a_verb_only_before_that(text, source):
    assert {c[0] for c in claims(text)} == {source}


@pytest.mark.parametrize(
    "text",
    [
        "Les rebelles affirment avoir tué 27 soldats, une information démentie par l'armée.",
        "The rebels said they killed 27 soldiers, an account the army denied.",
    ],
)
def test_a_claim_noun_after_a_count_restates_it(text):
    assert {c[2] for c in numeric_claims(text)} == {27.0}


def test_taking_a_decision_is_no_seizure():
    assert claims("Selon l'armée, les rebelles ont pris une décision.") == []
    assert [c[1:3] for c in numeric_claims("Selon l'armée, les rebelles ont pris un poste.")] == [
        ("seized", 1.0)
    ]


@pytest.mark.parametrize(
    ("text", "claim_type", "number"),
    [
        ("Villagers said the death toll was higher, putting it at 64.", "killed", 64.0),
        ("Medics said the casualty toll was higher, putting it at 40.", "casualties", 40.0),
        ("Ali said 21 men died, while Bo put it at 22.", "killed", 22.0),
    ],
)
def test_putting_it_at_counts_the_toll_named_before(text, claim_type, number):
    assert (claim_type, number) in [c[1:3] for c in numeric_claims(text)]


def test_putting_it_at_risk_is_no_count():
    assert claims("The floods put it at risk of collapse, officials said.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Des sources locales parlent de 45 civils tués, tandis que l'armée parle de 11.",
         "l'armée"),
        ("Des élus évoquent 45 civils tués, mais l'armée avance le chiffre de 11.", "l'armée"),
        ("Villagers said 45 civilians were killed, while the army gave a figure of 11.",
         "the army"),
    ],
)  # fmt: skip
def test_a_bare_figure_after_another_count_counts_the_same_thing(text, source):
    assert (source, "killed", "11") in [(c[0], c[1], c[2]) for c in claims(text)]


def test_a_bare_number_with_a_noun_after_it_is_no_figure():
    assert [
        c[2]
        for c in claims("Les habitants parlent de 45 civils tués dans une attaque de 11 heures.")
    ] == ["45"]

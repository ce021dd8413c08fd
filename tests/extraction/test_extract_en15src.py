"""English attribution (round 15): who says it. One invented sentence per rule: denials
carried on by a participle, objects called false before they are named, relays that quote
a speaker, sentence adverbs before a source, qualifiers that name no one, progressive
reporting verbs."""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _voices(text: str) -> set[tuple[str, str, str, str]]:
    """(source, claim type, value, stance) of every claim of a text."""
    return {(s, t, v, st) for s, t, v, _, st in claims(text)}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # "…, X said, dismissing reports that …": the clause's source denies, not "dismissing"
        (
            "Thirty soldiers died in the fighting, a police source said on Friday, dismissing"
            " official reports that only five had died.",
            ("a police source", "killed", "five", "denies"),
        ),
        # "…, contradicting X claims that …": a denial carried on, the owner asserts
        (
            "The army said no soldiers were killed, contradicting rebel claims that 40 died.",
            ("The army", "killed", "40", "denies"),
        ),
        (
            "The army said no soldiers were killed, contradicting rebel claims that 40 died.",
            ("rebel", "killed", "40", "asserts"),
        ),
        # "dismissed as false X reports that …": the denial, and the owner of the reports
        (
            "The commander dismissed as false army reports that 90 fighters were killed.",
            ("The commander", "killed", "90", "denies"),
        ),
        (
            "The commander dismissed as false army reports that 90 fighters were killed.",
            ("army", "killed", "90", "asserts"),
        ),
        # a sentence adverb is no part of the source
        (
            "Officially the ministry insisted that only 12 soldiers had been killed.",
            ("the ministry", "killed", "12", "asserts"),
        ),
        # a description of the named body, its closing comma left out, or a day after it
        (
            "The Western Front (WF), an ally of the rebels on Sunday claimed that 14 soldiers"
            " were killed.",
            ("The Western Front (WF)", "killed", "14", "asserts"),
        ),
        (
            "The Western Front (WF), an ally of the rebels, on Sunday claimed that 14 soldiers"
            " were killed.",
            ("The Western Front (WF)", "killed", "14", "asserts"),
        ),
        # "…, the agency said on its website quoting X": X speaks, the agency relays
        (
            "Nine guards were captured, the agency said on its website quoting a ministry"
            " spokesman.",
            ("a ministry spokesman", "captured", "Nine", "asserts"),
        ),
        # a bare relative inside an apposition ("a commander the army said was …") speaks
        # for itself only: the verb after the apposition has the name before it
        (
            "Ali Musa, a commander the army said was captured, called AFP to say that 12"
            " soldiers had been killed.",
            ("Ali Musa", "killed", "12", "asserts"),
        ),
        # "contrary to a claim by X (on a day) that …": X asserts what the clause says
        (
            "The rebels said four fighters were hurt, contrary to a claim by the army on"
            " Monday that 15 rebels were killed.",
            ("the army", "killed", "15", "asserts"),
        ),
        # a toll named as its source's, before the verb that gives its figure
        (
            "The health ministry's death toll rose to 45.",
            ("The health ministry", "killed", "45", "asserts"),
        ),
        ("The ministry's toll stood at 15 dead.", ("The ministry", "killed", "15", "asserts")),
        (
            "The army's tally showed 15 soldiers killed.",
            ("The army", "killed", "15", "asserts"),
        ),
        # a progressive reporting verb: the subject before its auxiliary
        (
            "The rebels have been saying that 40 soldiers died in the raid.",
            ("The rebels", "killed", "40", "asserts"),
        ),
        (
            '"The army was claiming that it killed 70 rebels," the rebel spokesman said.',
            ("The army", "killed", "70", "asserts"),
        ),
    ],
)
def test_source_of_claim(text: str, claim: tuple[str, str, str, str]) -> None:
    assert claim in _voices(text)


def test_relay_verb_is_no_part_of_the_quoted_speaker() -> None:
    """ "AFP quotes spokesman X as saying …", then "X said …": the surname takes the
    speaker as named, without the relay's verb."""
    text = (
        "The agency quotes rebel spokesman Ali Musa as saying 10 soldiers were killed."
        " Musa said another 10 soldiers died in the valley."
    )
    assert {s for s, *_ in claims(text)} == {"rebel spokesman"}


def test_qualifier_of_a_claim_noun_names_no_one() -> None:
    """ "denied official reports that …": "official" qualifies the reports, names no one."""
    text = "The army denied official reports that 40 soldiers died."
    assert {s for s, *_ in claims(text)} == {"The army"}


def test_hyphenated_office_is_a_role() -> None:
    """ "Director-General of X, Maj-Gen Y, said": the office and its body are the source,
    and the surname after it ("Gen Musa said") takes them too."""
    text = (
        "Director-General of the Defence Press Office, Maj-Gen Ali Musa, said 12 soldiers"
        " were killed. Gen Musa said 40 militants died."
    )
    assert {s for s, *_ in claims(text)} == {"Director-General of the Defence Press Office"}

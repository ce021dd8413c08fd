"""Round 10, English source cues: reporting verbs the frames did not know, in every frame
(head, tail, inverted, mid-sentence incise, quotation), and their near-misses. Invented
sentences only."""

from __future__ import annotations

import pytest
from extract_helpers import claims

_ARMY = [("the army", "killed", "12", "asserts")]

# (sentence, [(source_raw lower-cased, claim_type, value, stance)])
CUES = [
    ("The army reckoned that 12 soldiers were killed in the attack.", _ARMY),
    ("The army argued 12 soldiers had been killed in the ambush.", _ARMY),
    (
        "The governor testified that 12 soldiers were killed.",
        [("the governor", "killed", "12", "asserts")],
    ),
    (
        "Villagers complained that 12 soldiers were killed.",
        [("villagers", "killed", "12", "asserts")],
    ),
    ("The army recalled that 12 soldiers were killed in the attack.", _ARMY),
    ("12 soldiers were killed in the attack, the army warned.", _ARMY),
    ("12 soldiers, the army detailed, were killed in Monday's attack.", _ARMY),
    ("\u201c12 soldiers were killed in the attack,\u201d the army lamented.", _ARMY),
    ("12 soldiers died in the attack, the army listed.", _ARMY),
    # inverted: the verb before its source
    ("12 soldiers were killed in the attack, admitted the army.", _ARMY),
    ("12 soldiers were killed in the attack, tweeted the army.", _ARMY),
    ("12 soldiers were killed on Sunday, confirmed the army.", _ARMY),
    ("12 soldiers were killed in the raid, insisted the army.", _ARMY),
    ("12 soldiers have been killed, estimated the army.", _ARMY),
    ("\u201c12 soldiers were killed,\u201d revealed the army.", _ARMY),
]
# Near-misses: the same verbs in another sense give no claim or no source
NEAR = [
    ("The army recalled 12 soldiers from the front after the attack.", []),
    ("The army warned of attacks in which 12 soldiers could be killed.", []),
    ("The army listed 12 soldiers among the dead.", []),
    (
        "A detailed report said 12 soldiers were killed.",
        [("a detailed report", "killed", "12", "asserts")],
    ),
    ("Rebels, estimated at 100, killed 12 soldiers, the army said.", _ARMY),
]


@pytest.mark.parametrize(("text", "expected"), CUES + NEAR)
def test_cue(text: str, expected: list[tuple]) -> None:
    got = [((s or "").lower(), t, str(v), st) for s, t, v, _, st in claims(text)]
    assert got == expected

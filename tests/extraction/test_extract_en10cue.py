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
# Source phrases: "per X", "as reported by X", "in a statement from X", "a tally by X shows",
# "X cited Y as saying"
PHRASES = [
    ("12 soldiers were killed, per the army.", _ARMY),
    (
        "At least 12 soldiers were killed, per local officials, in the ambush on Monday.",
        [("local officials", "killed", "At least 12", "asserts")],
    ),
    (
        "Per Reuters, at least 30 civilians have died since Friday.",
        [("reuters", "killed", "at least 30", "asserts")],
    ),
    (
        "30 civilians died, as per the health ministry's latest count.",
        [("the health ministry", "killed", "30", "asserts")],
    ),
    (
        "As confirmed by the governor, 8 pupils were abducted.",
        [("the governor", "captured", "8", "asserts")],
    ),
    (
        "12 soldiers were killed, as reported by local media on Tuesday.",
        [("local media", "killed", "12", "asserts")],
    ),
    (
        "In an update from the UN mission, 40 people were reported wounded.",
        [("the un mission", "wounded", "40", "asserts")],
    ),
    ("In a statement from the army, 12 soldiers were reported killed.", _ARMY),
    (
        "A tally by AFP shows at least 120 people have been killed since January.",
        [("afp", "killed", "at least 120", "asserts")],
    ),
    (
        "A count by the UN mission showed 40 civilians were killed in March.",
        [("the un mission", "killed", "40", "asserts")],
    ),
    (
        "The agency cited a military source as saying that 30 rebels were killed.",
        [("a military source", "killed", "30", "asserts")],
    ),
    (
        "AFP cites local officials as saying 12 villagers died.",
        [("local officials", "killed", "12", "asserts")],
    ),
    # the "per" of a rate is no source
    ("The army said 3 people per village were killed, 12 in all.", []),
    ("12 soldiers were killed, per day, the army said.", _ARMY),
    ("The report cited 12 cases of abduction as evidence.", []),
]
# A short sentence after the claim names its source: "So said X", "X said so"
SAID_AFTER = [
    ("12 soldiers were killed. So said the army.", _ARMY),
    ("12 soldiers were killed. The army said so.", _ARMY),
    ("12 soldiers were killed. That is what the army said.", _ARMY),
    (
        "At least 30 villagers died in the raid. The governor said as much on Monday.",
        [("the governor", "killed", "At least 30", "asserts")],
    ),
    (
        "At least 30 villagers died in the raid. Local officials have said so.",
        [("local officials", "killed", "At least 30", "asserts")],
    ),
    ("At least 30 villagers died in the raid. Nobody said so.", []),
    ("12 soldiers were killed. Those are the army's figures.", _ARMY),
    ("12 soldiers were killed. The figures are the army's.", _ARMY),
    ("12 soldiers were killed. That is the army's own toll.", _ARMY),
    (
        "12 soldiers were killed. These are the UN mission's latest figures.",
        [("the un mission", "killed", "12", "asserts")],
    ),
    ("12 soldiers were killed. The figures are high.", []),
    # present forms of copy, inverted or at the end
    (
        "\u201c30 civilians died in the raid,\u201d admits Ali Musa.",
        [("ali musa", "killed", "30", "asserts")],
    ),
    (
        "\u201c30 civilians died in the raid,\u201d warns the army.",
        [("the army", "killed", "30", "asserts")],
    ),
    (
        "30 civilians died in the raid, the army stresses.",
        [("the army", "killed", "30", "asserts")],
    ),
    (
        "30 civilians died in the raid, reveals Colonel Musa.",
        [("colonel musa", "killed", "30", "asserts")],
    ),
    # a titled name after an inverted verb: the verb is no part of the name
    (
        "\u201c30 civilians died in the raid,\u201d warns Colonel Ali Musa.",
        [("colonel ali musa", "killed", "30", "asserts")],
    ),
    (
        "\u201c30 civilians died in the raid,\u201d explains Colonel Ali Musa.",
        [("colonel ali musa", "killed", "30", "asserts")],
    ),
    (
        "30 civilians died in the raid, recalls General Amadou Diallo.",
        [("general amadou diallo", "killed", "30", "asserts")],
    ),
    (
        "Local officials warn that 30 civilians died in the raid.",
        [("local officials", "killed", "30", "asserts")],
    ),
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
    # a verb with its own object, then the narrator's event: nothing the source said
    ("The governor wrote a book about the war in which 12 soldiers were killed.", []),
    ("The governor wrote a letter to the president after 12 soldiers were killed.", []),
    ("The governor stressed the need for security after 12 soldiers were killed.", []),
    ("The army posted a video on Monday after 12 soldiers were killed.", []),
    ("The governor recalled the day when 12 soldiers were killed.", []),
    ("The governor wrote to the president after 12 soldiers were killed.", []),
    (
        "The governor wrote to the president that 12 soldiers were killed.",
        [("the governor", "killed", "12", "asserts")],
    ),
    (
        "The governor wrote in a letter that 12 soldiers were killed.",
        [("the governor", "killed", "12", "asserts")],
    ),
    ("The army noted the attack, saying 12 soldiers were killed.", _ARMY),
]


@pytest.mark.parametrize(("text", "expected"), CUES + PHRASES + SAID_AFTER + NEAR)
def test_cue(text: str, expected: list[tuple]) -> None:
    got = [((s or "").lower(), t, str(v), st) for s, t, v, _, st in claims(text)]
    assert got == expected

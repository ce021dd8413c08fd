"""Round 10, French reporting cues the rules did not see. Invented sentences: verbs of
noting, finding and making known ("relève", "constate", "a détaillé", "a révélé",
"a communiqué", "a tweeté"), any reporting verb in the conditional ("aurait signalé le
gouverneur", "aurait-il raconté"), present verbs closing a clause ("…, le maire admet.").
Near misses: the same words as nouns ("une note", "l'avance") give no source."""

from __future__ import annotations

import pytest
from extract_helpers import claims

A = "asserts"
G = "le gouverneur"


def _rows(text: str) -> set[tuple]:
    """(source_raw, claim_type, value, stance) of each claim with a figure."""
    return {(s, t, v, st) for s, t, v, _, st in claims(text) if v is not None}


def _killed(src: str) -> set[tuple]:
    return {(src, "killed", "12", A)}


# verbs of noting, finding and making known, at a clause's head, in every tense
HEAD = [
    "Le gouverneur relève que 12 soldats ont été tués.",
    "Le gouverneur aurait relevé que 12 soldats ont été tués.",
    "Le gouverneur a noté que 12 soldats ont été tués.",
    "Le gouverneur note que 12 soldats ont été tués.",
    "Le gouverneur constate que 12 soldats ont été tués.",
    "Le gouverneur avait constaté que 12 soldats ont été tués.",
    "Le gouverneur a détaillé que 12 soldats ont été tués.",
    "Le gouverneur révèle que 12 soldats ont été tués.",
    "Le gouverneur aurait révélé que 12 soldats ont été tués.",
    "Le gouverneur a communiqué que 12 soldats ont été tués.",
    "Le gouverneur aurait tweeté que 12 soldats ont été tués.",
    "Le gouverneur tweete que 12 soldats ont été tués.",
    "Le gouverneur avait détaillé : « 12 soldats ont été tués ».",
]

# after what is said: inverted, with its subject, in an incise, after a quotation
TAIL = [
    "12 soldats ont été tués, révèle le gouverneur.",
    "12 soldats ont été tués, a constaté le gouverneur.",
    "12 soldats, a détaillé le gouverneur, ont été tués.",
    "« 12 soldats ont été tués », a révélé le gouverneur.",
    "12 soldats, reconnaît le gouverneur, ont été tués.",
    "12 soldats ont été tués, le gouverneur admet.",
    "12 soldats ont été tués, le gouverneur avance.",
    "12 soldats ont été tués, le gouverneur martèle.",
    "12 soldats ont été tués, le gouverneur rappelle.",
    "12 soldats ont été tués, le gouverneur note.",
    "12 soldats ont été tués, le gouverneur constate.",
    "12 soldats ont été tués, le gouverneur écrit.",
    "12 soldats ont été tués, le gouverneur a détaillé.",
    "12 soldats ont été tués, le gouverneur avait poursuivi.",
    "12 soldats ont été tués, le gouverneur aurait poursuivi.",
]

# the conditional: "aurait signalé X", in every frame
CONDITIONAL = [
    "12 soldats ont été tués, aurait signalé le gouverneur.",
    "12 soldats, aurait signalé le gouverneur, ont été tués.",
    "« 12 soldats ont été tués », aurait signalé le gouverneur.",
    "12 soldats ont été tués, aurait relevé le gouverneur.",
    "12 soldats ont été tués, auraient affirmé les gouverneurs.",
]


@pytest.mark.parametrize("text", HEAD + TAIL + CONDITIONAL)
def test_the_cue_gives_the_governor(text):
    found = _rows(text)
    assert len(found) == 1, found
    ((src, kind, value, stance),) = found
    assert src.lower() in (G, "les gouverneurs"), found
    assert (kind, value, stance) == ("killed", "12", A)


# "aurait-il signalé": the pronoun resolved to the subject of the sentence before
PRONOUN = [
    "Le gouverneur s'est rendu sur place. 12 soldats ont été tués, aurait-il signalé.",
    "Le gouverneur s'est rendu sur place. 12 soldats ont été tués, aurait-il raconté.",
    "Le gouverneur s'est rendu sur place. 12 soldats ont été tués, aurait-il noté.",
    "Le gouverneur s'est rendu sur place. 12 soldats ont été tués, relève-t-il.",
]


@pytest.mark.parametrize("text", PRONOUN)
def test_a_closing_pronoun_in_the_conditional(text):
    found = _rows(text)
    assert len(found) == 1, found
    assert all(v == "12" and k == "killed" for _, k, v, _ in found), found
    assert all(s for s, *_ in found), found


# a stressed pronoun or an aside before the verb: a head frame, not an inversion whose
# "source" would be the object ("la perte de huit soldats")
STRESSED = [
    ("L'armée, elle, annonce la perte de huit soldats.", "L'armée"),
    ("L'armée, elle, reconnaît la perte de huit soldats.", "L'armée"),
    ("Le gouverneur, de son côté, annonce la mort de huit soldats.", "Le gouverneur"),
    ("Les militaires, eux, admettent la perte de huit soldats.", "Les militaires"),
    ("Le ministre, pour sa part, confirme la mort de huit soldats.", "Le ministre"),
]


@pytest.mark.parametrize(("text", "src"), STRESSED)
def test_a_stressed_subject_speaks(text, src):
    assert _rows(text) == {(src, "killed", "huit", A)}


# "Selon ce qu'a rapporté X", "D'après ce qui a été annoncé par X": X speaks, the cue's
# own words are no source
WHAT_X_SAID = [
    ("Selon ce qui a été rapporté par l'armée, 12 soldats ont été tués.", "l'armée"),
    ("Selon ce qu'a rapporté l'armée, 12 soldats ont été tués.", "l'armée"),
    ("D'après ce qu'ont indiqué des habitants, 12 soldats ont été tués.", "des habitants"),
    ("12 soldats ont été tués, selon ce qu'a précisé le maire.", "le maire"),
    ("D'après ce qui avait été annoncé par le gouverneur, 12 soldats ont été tués.",
     "le gouverneur"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src"), WHAT_X_SAID)
def test_what_x_said(text, src):
    assert _rows(text) == _killed(src)


# the same words as nouns, or a verb about something else: no source, no claim
NEAR = [
    ("12 soldats ont été tués dans l'avance.", set()),
    ("Le gouverneur a annoncé un couvre-feu de 12 heures.", set()),
    ("Le gouverneur a rappelé que 12 écoles sont fermées.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_misses(text, expected):
    assert _rows(text) == expected


def test_a_note_at_the_end_is_no_speaker():
    found = _rows("Les rebelles ont prévenu à l'avance, 12 soldats ont été tués.")
    assert all(s is None or "avance" not in s for s, *_ in found), found

"""Sources across sentences: speakers, pronouns and surnames (``extraction.sources``)."""

from __future__ import annotations

import claimtrack as ct


def test_speaker_split_from_institution_and_surname_resolved_later():
    text = (
        '"Twelve soldiers were killed," army spokesman Ali Traore told AFP. '
        "Traore said 30 attackers were wounded."
    )
    raw = ct.extract(text, "t-1")
    assert raw["source_raw"].tolist() == ["army spokesman", "army spokesman"]
    assert raw["speaker"].tolist() == ["army spokesman Ali Traore"] * 2
    assert raw.loc[1, "source_mention"] == "Traore"


def test_pronoun_takes_the_previous_source():
    text = "The governor said the town was calm. He said attackers killed 15 soldiers."
    raw = ct.extract(text, "t-1")
    assert raw.loc[0, ["source_raw", "source_mention", "value"]].tolist() == [
        "The governor",
        "He",
        "15",
    ]


def test_french_pronoun_and_missing():
    text = (
        "Les combattants du Jnim revendiquent l'attaque. "
        "Ils affirment avoir tué douze soldats et sept disparus."
    )
    raw = ct.extract(text, "t-1")
    killed = raw[raw["claim_type"] == "killed"].iloc[0]
    assert killed["source_raw"] == "Les combattants du Jnim"
    assert killed["source_mention"] == "Ils"
    assert "missing" in set(raw["claim_type"])


def test_french_inverted_pronoun_takes_the_previous_source():
    text = "Le maire a parlé aux habitants. « Douze maisons ont été brûlées », a-t-il précisé."
    raw = ct.extract(text, "t")
    row = raw[raw["claim_type"] == "destroyed"].iloc[0]
    assert (row["source_raw"], row["source_mention"], row["value"]) == ("Le maire", "il", "Douze")

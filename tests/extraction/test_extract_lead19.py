"""Round 19, lead review of pages nobody wrote rules from. Invented sentences.

- A present-tense "states" reports a clause opened by a subject pronoun, as by "that"
  ("the army states it lost four men"); a noun "states" is followed by neither.
- A count that a toll frame opens ("Among the dead were three guards posted at …", "The
  dead included …") is of that toll, whatever participle follows the counted noun.
- Fighters "involved in" or who "joined" an attack are its attackers (beside "took part
  in", "participated in"); people involved in anything else are not.
- A second verb whose object is the count again ("abducted four men and killed them",
  "captured two tanks before destroying them") is a second claim of the same figure.
- "no"/"any" before a toll noun that only modifies a figure ("did not give any casualty
  figures", "no death toll") withholds a figure: no claim of none harmed.
- French: people "pris dans une embuscade" / "en embuscade" are ambushed, not captured;
  people who "ont tiré sur" someone fired: no count of shelling (munitions "tirés sur" a
  place still are).
- French "…, ainsi que trois civils" goes on the list of the count before it, as English
  "as well as" does.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims, figure


def _rows(text: str) -> set[tuple]:
    """(source, claim_type, figure) of each claim with a figure."""
    return {(s, t, figure(v)) for s, t, v, _, _ in claims(text) if v is not None}


@pytest.mark.parametrize(
    "text",
    [
        "The militia says it killed 40 soldiers, but the army states it lost 4 soldiers.",
        "In its latest bulletin the army states they lost 4 soldiers in the ambush.",
    ],
)
def test_states_with_a_pronoun_clause_reports(text: str) -> None:
    assert ("the army", "killed", 4) in {(s.lower(), t, v) for s, t, v in _rows(text)}


def test_states_as_a_noun_is_no_verb() -> None:
    text = "A coalition of Gulf states backing the government said 12 rebels were killed."
    assert all(t != "killed" or s.startswith("A coalition") for s, t, _ in _rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "Among the dead were three guards posted at the gate, a village chief told AFP.",
        "The dead included three policemen stationed at the checkpoint, the governor said.",
    ],
)
def test_a_toll_frame_outranks_a_participle_after_the_count(text: str) -> None:
    rows = _rows(text)
    assert any(t == "killed" and v == 3 for _, t, v in rows)
    assert not any(t == "present" and v == 3 for _, t, v in rows)


@pytest.mark.parametrize(
    "text",
    [
        "The governor said 800 fighters were involved in the attack.",
        "Police said some 800 gunmen had been involved in an ambush on the convoy.",
        "Residents said about 800 militants joined the assault on the town.",
    ],
)
def test_fighters_involved_in_an_attack_are_its_attackers(text: str) -> None:
    assert any(t == "attackers" and v == 800 for _, t, v in _rows(text))


def test_people_involved_in_an_accident_attack_no_one() -> None:
    rows = _rows("Officials said 12 soldiers were involved in the accident.")
    assert not any(t == "attackers" for _, t, _ in rows)


@pytest.mark.parametrize(
    "text",
    [
        "The army said the rebels abducted four farmers and killed them.",
        "Police said the militants kidnapped four workers before executing them.",
        "A witness said gunmen seized four men and then executed all of them.",
    ],
)
def test_a_second_verb_on_the_same_people_is_a_second_claim(text: str) -> None:
    rows = {(t, v) for _, t, v in _rows(text)}
    assert {("captured", 4), ("killed", 4)} <= rows


def test_a_second_verb_of_no_claim_adds_none() -> None:
    rows = _rows("The army said it arrested five suspects and questioned them.")
    assert {t for _, t, _ in rows} == {"captured"}


@pytest.mark.parametrize(
    "text",
    [
        "The police chief confirmed the raid but did not provide any casualty estimates.",
        "The ministry confirmed the strike but gave no death toll.",
        "The army confirmed the ambush, without giving any casualty figures.",
    ],
)
def test_a_figure_withheld_is_no_count_of_none(text: str) -> None:
    assert not _rows(text)


@pytest.mark.parametrize(
    "text",
    ["The army said there were no casualties.", "Police said no casualties were reported."],
)
def test_no_casualties_is_still_none(text: str) -> None:
    assert any(t == "casualties" and v == 0 for _, t, v in _rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "Selon l'armée, trois soldats ont été pris dans une embuscade près de Gao.",
        "D'après le préfet, trois gendarmes ont été pris en embuscade lundi.",
        "Selon des témoins, trois policiers ont tiré sur les manifestants.",
        "D'après un habitant, trois hommes armés avaient tiré contre la patrouille.",
    ],
)
def test_french_ambushed_or_firing_people_are_no_count(text: str) -> None:
    assert not any(v == 3 for _, _, v in _rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "Selon l'armée, 30 obus ont été tirés sur la ville.",
        "D'après le préfet, les rebelles ont pris 30 villages.",
    ],
)
def test_french_munitions_fired_and_places_taken_still_count(text: str) -> None:
    assert any(v == 30 for _, _, v in _rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "Selon l'armée, 12 soldats ont été tués, ainsi que trois civils.",
        "D'après le préfet, l'attaque a fait 12 morts parmi les gendarmes, ainsi que trois "
        "passants.",
    ],
)
def test_french_ainsi_que_goes_on_the_list(text: str) -> None:
    assert {("killed", 12), ("killed", 3)} <= {(t, v) for _, t, v in _rows(text)}

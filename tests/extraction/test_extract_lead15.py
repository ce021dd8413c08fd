"""An actor table of the user's own (``extract(..., reference=folder)``) is the one read
everywhere: the actors, the state bodies a source names, and the country of a text that
names none. Sentences and actors are invented."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import claimtrack as ct
from claimtrack.extraction.institutions import institution
from claimtrack.extraction.places import detect_country

TEXT = "The Zorro Kata said it killed 12 soldiers near the camp on Sunday."


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The packaged reference tables plus one invented armed group of Niger."""
    folder = tmp_path_factory.mktemp("reference") / "tables"
    shutil.copytree(Path(ct.__file__).parent / "data" / "reference", folder)
    with open(folder / "actors.csv", "a", encoding="utf-8") as table:
        table.write("zorro,Zorro Kata movement,armed_group,zorro,NE,Zorro Kata|ZK,\n")
    return str(folder)


def test_a_group_of_the_users_table_speaks_for_no_state_body(reference: str) -> None:
    phrase = "the military spokesman of Zorro Kata"
    assert institution(phrase, "NE") == "NE:military"  # the packaged table knows no Zorro Kata
    assert institution(phrase, "NE", reference) is None


def test_a_text_naming_no_country_is_placed_by_the_users_actors(reference: str) -> None:
    assert detect_country(TEXT) is None
    assert detect_country(TEXT, reference=reference) == "NE"


def test_extract_reads_the_users_table_throughout(reference: str) -> None:
    row = ct.extract(TEXT, reference=reference).iloc[0]
    assert (row["actor_id"], row["country"], row["claim_type"]) == ("zorro", "NE", "killed")
    assert ct.extract(TEXT).iloc[0]["actor_id"] is None


def test_a_hyphenated_office_before_a_name_is_the_role_a_surname_carries() -> None:
    text = (
        "Villagers said nine soldiers died, but Director-General of ISPR, Maj-Gen Ali Khan,"
        " said the figure was lower. Gen Khan said 14 militants were killed."
    )
    rows = ct.extract(text)
    assert rows.set_index("value").loc["14", "actor_id"] == "pk_army"


def test_the_pakistani_armys_media_wing_is_named_in_full() -> None:
    text = (
        "Eight soldiers were wounded, Inter Services Public Relations Director General"
        " Ali Khan said."
    )
    assert ct.extract(text).iloc[0]["actor_id"] == "pk_army"

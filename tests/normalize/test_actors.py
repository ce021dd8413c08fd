"""Actors resolved within their incident: generic words name the incident's own actors."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest
from conftest import MALI, ROOT

INCIDENT = """\
incident:
  id: {id}
  title: Attack on an army post
  date: 2024-05-01
  country: {country}
  parties: [{parties}]
documents:
  - id: doc
    outlet: Example Daily
    url: https://example.org/story
statements:
  - id: army
    source: the army
    document: doc
    quote: "The army said 12 attackers were killed."
    claims:
      - claim_type: killed
        subject: attackers
        value: "12"
        locations: [{place}]
  - id: group
    source: {group}
    document: doc
    quote: "The group said it killed 30 soldiers."
    claims:
      - claim_type: killed
        subject: soldiers
        value: "30"
        locations: [{place}]
  - id: official
    source: a local official
    document: doc
    quote: "A local official said 20 soldiers died."
    claims:
      - claim_type: killed
        subject: soldiers
        value: "20"
        locations: [{place}]
"""


def _load(tmp_path, **fields):
    import claimtrack as ct

    path = tmp_path / f"{fields['id']}.yaml"
    path.write_text(INCIDENT.format(**fields), encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tidy, rejects = ct.load(path)
    assert rejects.empty, rejects["reason"].tolist()
    return tidy.set_index("statement_id"), [str(w.message) for w in caught], path


@pytest.mark.parametrize(
    ("country", "parties", "group", "place", "army", "army_name"),
    [
        ("BF", "burkina_state, jnim", "JNIM", "Djibo", "bf_army", "Burkinabè army"),
        ("AF", "afghan_state, taliban", "the Taliban", "Khost", "af_army", "Afghan National Army"),
    ],
)
def test_the_army_is_the_incidents_own_army(
    tmp_path, country, parties, group, place, army, army_name
):
    tidy, _, _ = _load(
        tmp_path, id=f"{country}-x", country=country, parties=parties, group=group, place=place
    )
    row = tidy.loc["army"]
    assert (row["source"], row["source_name"]) == (army, army_name)
    assert row["side"] == parties.split(",")[0]
    assert row["source_type"] == "state_military"
    assert "fama" not in set(tidy["source"])
    # The local official stays independent, the group is a party.
    assert tidy.loc["official", "side"] == "independent"
    assert tidy.loc["group", "side"] == parties.split(", ")[1]


def test_an_army_the_table_lacks_stays_as_written_and_unknown(tmp_path):
    tidy, messages, path = _load(
        tmp_path,
        id="sn-x",
        country="SN",
        parties="senegal_state, mfdc",
        group="MFDC",
        place="Ziguinchor",
    )
    row = tidy.loc["army"]
    assert row["source_name"] == "the army"
    assert row["source"] == "the_army"
    assert row["side"] == "unknown"
    assert row["source_type"] not in ("media", "eyewitness")
    assert row["source_type"] == "unknown"
    unresolved = [m for m in messages if "not resolved" in m]
    assert unresolved
    assert "'the army'" in unresolved[0]
    assert f"{path}:" in unresolved[0]


def test_no_parties_listed_the_country_decides(tmp_path):
    tidy, _, _ = _load(tmp_path, id="bf-y", country="BF", parties="", group="JNIM", place="Djibo")
    assert tidy.loc["army", "source"] == "bf_army"


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        # Anonymous sources of no country hold everywhere, in both languages and numbers.
        ("une source sécuritaire", "NE", "security_sources"),
        ("Security sources", "NG", "security_sources"),
        ("des sources militaires", "TD", "security_sources"),
        ("local sources", "CD", "local_sources"),
        ("des sources hospitalières", "HT", "medical_sources"),
        ("medical sources", "SD", "medical_sources"),
        ("sources humanitaires", "CF", "humanitarian_sources"),
        ("aid sources", "YE", "humanitarian_sources"),
        # Plural or singular, in any incident: an incident's own actor keeps its own words.
        ("sources sécuritaires", "BF", "security_sources"),
        ("plusieurs sources sécuritaires interrogées par l'AFP", "BF", "bf_security_sources"),
        ("sources des services de sécurité", "BF", "security_sources"),
        # A generic word that is some country's own only in context still resolves nowhere.
        ("the army", "SN", None),
    ],
)
def test_anonymous_sources_resolve_everywhere_after_the_incidents_own(name, country, expected):
    import pandas as pd

    from claimtrack.normalize.actors import resolve_actors

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = resolve_actors(pd.Series([name]), country=pd.Series([country]))
    resolved = out["source"].iloc[0] if out["known"].iloc[0] else None
    assert resolved == expected


def test_a_party_actor_is_never_typed_independent():
    import pandas as pd

    from claimtrack.normalize.actors import resolve_actors

    out = resolve_actors(
        pd.Series(["Syrian state media", "the Israeli military"]),
        pd.Series(["media", "media"]),
        country=pd.Series(["SY", "SY"]),
        parties=pd.Series(["syria_state", "syria_state"]),
    )
    assert out["source_type"].tolist() == ["government", "state_military"]


def test_mali_resolves_as_before(mali):
    tidy, _ = mali
    by_raw = tidy.groupby("source_raw")["source"].first().to_dict()
    assert by_raw["the army’s official statement"] == "fama"
    assert by_raw["army spokesperson"] == "fama"
    assert by_raw["Mali’s military"] == "fama"
    assert by_raw["A local politician"] == "local_politician"


def _validate(path):
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", "validate", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_validate_warns_with_file_and_line_and_stays_ok(tmp_path):
    path = tmp_path / "sn.yaml"
    path.write_text(
        INCIDENT.format(
            id="sn-x", country="SN", parties="senegal_state", group="MFDC", place="Ziguinchor"
        ),
        encoding="utf-8",
    )
    out = _validate(path)
    assert out.returncode == 0, out.stderr
    assert "not resolved" in out.stderr
    assert f"{path}:" in out.stderr
    assert "'the army'" in out.stderr
    assert "'MFDC'" in out.stderr
    assert "Traceback" not in out.stderr
    mali = _validate(MALI)
    assert mali.returncode == 0
    assert "not resolved" not in mali.stderr


def test_an_edited_actor_table_is_read_again(tmp_path):
    """The alias index is cached per table file; an edit to the file is seen at once."""
    import os
    import shutil

    import pandas as pd

    from claimtrack.normalize.actors import resolve_actors
    from claimtrack.project import PACKAGE_DATA

    folder = tmp_path / "reference"
    shutil.copytree(PACKAGE_DATA / "reference", folder)
    names = pd.Series(["Brigade of the Test Hills"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        before = resolve_actors(names, reference=folder)
        table = pd.read_csv(folder / "actors.csv", dtype=str, keep_default_na=False)
        row = dict.fromkeys(table.columns, "")
        row |= {"actor_id": "test_hills", "name": "Brigade of the Test Hills"}
        row |= {"source_type": "armed_group", "side": "test_hills"}
        pd.concat([table, pd.DataFrame([row])]).to_csv(folder / "actors.csv", index=False)
        stat = (folder / "actors.csv").stat()
        # Coarse file clocks: the edit must show in the stamp the cache is keyed on.
        os.utime(folder / "actors.csv", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
        after = resolve_actors(names, reference=folder)
    assert not before.loc[0, "known"]
    assert after.loc[0, ["source", "known"]].tolist() == ["test_hills", True]

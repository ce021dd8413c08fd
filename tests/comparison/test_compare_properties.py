"""compare never crashes on valid input, and every status agrees with the claims behind it.

Hypothesis writes statements files of the shapes the format allows (one source, no
parties, unknown actors only, vague values only, one claim per source, many places,
denials only, French and English names, one or two incidents) into a temporary
folder and runs read → normalize → compare → summarize. A plain re-statement of the
rules in ``comparison.discrepancies`` (``expected_status``) checks every measure.
"""

from __future__ import annotations

import os
import re
import tempfile
import warnings
from pathlib import Path

import pandas as pd
import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.comparison import answers
from claimtrack.families import family_keys
from claimtrack.vocabulary import CLAIM_TYPES, NON_PARTY_SIDES, SOURCE_TYPES

KNOWN = ["the army", "JNIM", "l'armée malienne", "Residents", "un habitant", "a local official"]
KNOWN += ["Taliban", "Afghan officials", "armée burkinabè", "A local politician"]
UNKNOWN = ["Somali National Army commander", "al-Shabaab", "a clan elder", "Radio Shabelle"]
UNKNOWN += ["un notable de la région", "police commander", "témoin anonyme", "Hospital staff"]
SUBJECTS = ["fighters", "militants", "soldats", "troops", "civilians", "civils", "rebels"]
SUBJECTS += ["military posts", "postes militaires", "barracks", "towns", "villages", "weapons"]
SUBJECTS += ["véhicules", None]
EXACT = ["80", "eighty", "quatre-vingts", "1,200", "0", "none", "aucun", "3"]
BOUNDED = ["at least 15", "au moins 75", "up to 40", "about 100", "une trentaine", "10-20"]
BOUNDED += ["between 10 and 20", "more than 600"]
VAGUE = ["several", "dozens", "hundreds", "plusieurs", "many", "des dizaines"]
PLACES = {
    "ML": ["Kayes", "Niono", "Nioro du Sahel", "Diboli", "Tombouctou"],
    "BF": ["Djibo", "Kaya", "Ouagadougou", "Arbinda"],
    "SO": ["Afgooye", "Mogadishu", "Kismayo"],
    "AF": ["Khost", "Kandahar"],
}
UNMATCHED = ["Unknownville", "Secteur 7", "the northern camp"]
SIDES = ["mali_state", "jnim", "burkina_state", "afghan_state", "taliban", "somalia_state"]
# CLAIMTRACK_NO_SHRINK=1: report a failing example at once, without minimizing it;
# CLAIMTRACK_EXAMPLES=500 for a longer hunt than the suite's ~30 s.
SHRINK = not os.environ.get("CLAIMTRACK_NO_SHRINK")
PHASES = [phase for phase in Phase if SHRINK or phase != Phase.shrink]
EXAMPLES = int(os.environ.get("CLAIMTRACK_EXAMPLES", "30"))
SHAPES = ["any", "one_source", "vague_only", "denials_only", "one_claim", "many_places"]


@st.composite
def claims(draw, shape: str, country: str) -> dict:
    values = VAGUE if shape == "vague_only" else EXACT + BOUNDED + VAGUE + [None]
    claim = {"claim_type": draw(st.sampled_from(CLAIM_TYPES))}
    subject = draw(st.sampled_from(SUBJECTS))
    if subject:
        claim["subject"] = subject
    value = draw(st.sampled_from(values))
    if value is not None:
        claim["value"] = value
    most = 12 if shape == "many_places" else 3
    pool = PLACES[country] + UNMATCHED
    places = draw(st.lists(st.sampled_from(pool), max_size=min(most, len(pool)), unique=True))
    if places:
        claim["locations"] = places
    if shape == "denials_only" or draw(st.integers(0, 9)) == 0:
        claim["stance"] = "denies"
    return claim


@st.composite
def incidents(draw, number: int) -> dict:
    shape = draw(st.sampled_from(SHAPES))
    country = draw(st.sampled_from(sorted(PLACES)))
    pool = UNKNOWN if draw(st.booleans()) else KNOWN + UNKNOWN
    n_sources = 1 if shape == "one_source" else draw(st.integers(1, 7))
    names = draw(st.lists(st.sampled_from(pool), min_size=n_sources, max_size=n_sources))
    incident = {"id": f"prop-{number}", "title": "Generated", "date": "2025-07-01"}
    incident["country"] = country
    parties = draw(st.none() | st.lists(st.sampled_from(SIDES), max_size=3, unique=True))
    if parties is not None:
        incident["parties"] = parties
    statements = []
    for i, name in enumerate(names):
        n_claims = 1 if shape == "one_claim" else draw(st.integers(1, 3))
        statement = {"source": name, "document": "d1", "quote": f"{name} said it ({i})."}
        if name in UNKNOWN and draw(st.booleans()):
            statement["source_type"] = draw(st.sampled_from(SOURCE_TYPES))
        statement["claims"] = [draw(claims(shape, country)) for _ in range(n_claims)]
        statements.append(statement)
    document = {"id": "d1", "outlet": "Generated", "url": "https://example.org/x"}
    return {"incident": incident, "documents": [document], "statements": statements}


# ----------------------------------------------------------------- the rules, restated


def speaking(m: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Per measure: its own rows and the rows of other measures that answer it."""
    keys = family_keys(m["subject"].reset_index(drop=True))
    m = m.reset_index(drop=True).assign(key=keys["key"], wide=keys["wide"])
    out = {}
    for measure_id, own in m.groupby("measure_id", sort=False):
        first = own.iloc[0]
        same_place = m["place"].eq(first["place"]) | (m["place"].isna() & pd.isna(first["place"]))
        near = m[
            m["incident_id"].eq(first["incident_id"])
            & m["claim_type"].eq(first["claim_type"])
            & same_place
            & m["measure_id"].ne(measure_id)
            & ~m["source"].isin(own["source"])
        ]
        related = near[near["key"].eq(first["key"]) | near["wide"] | first["wide"]]
        same = related["key"].eq(first["key"])
        out[measure_id] = pd.concat([own.assign(same=True), related.assign(same=same)])
    return out


def expected_status(s: pd.DataFrame, incident_parties: set[str]) -> tuple[str, set[str]]:
    """The status and silent parties ``discrepancies`` documents, from S(M) by hand."""
    asserting = s[s["stance"] == "asserts"]
    f = asserting[asserting["same"] & asserting["interval_low"].notna()]
    camps = {
        ("party", r.side) if r.side not in NON_PARTY_SIDES else ("independent", r.source)
        for r in asserting.itertuples()
        if r.side != "unknown"
    }
    silent = incident_parties - set(s["side"])
    if (s["stance"] == "denies").any():
        return "denied", silent
    if len(f) >= 2 and f["interval_low"].max() > f["interval_high"].min():
        return "contested", silent
    if len(camps) >= 2:
        return "corroborated", silent
    if len(camps) == 1 and next(iter(camps))[0] == "party" and silent:
        return "unanswered", silent
    return "single_source", silent


BAD_WORDING = re.compile(r"\b1 (places|sources|are|rest)\b|\bnan\b|\bNone\b|: \.|; ;|  |\(\)")


def check_pipeline(folder: Path) -> None:
    """read → normalize → compare → summarize, and every invariant of the result."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw = ct.read(folder)
        tidy, rejects = ct.normalize(raw)
    assert len(raw) == tidy["origin"].nunique() + len(rejects)
    assert rejects.empty, rejects["reason"].tolist()
    result = ct.compare(tidy)
    m, d = result["measures"], result["discrepancies"]
    assert d["measure_id"].is_unique
    assert set(d["measure_id"]) == set(m["measure_id"])
    s_of = speaking(m)
    a = answers(m)
    for row in d.itertuples():
        s = s_of[row.measure_id]
        own = s[s["measure_id"] == row.measure_id]
        assert row.n_sources == len(own) == own["source"].nunique()
        assert row.sources == "; ".join(sorted(own["source"]))
        theirs = a[a["measure_id"] == row.measure_id]
        related = s.iloc[len(own) :]
        assert sorted(zip(theirs["answer_id"], theirs["source"], strict=True)) == sorted(
            zip(related["measure_id"], related["source"], strict=True)
        )
        in_incident = m[m["incident_id"] == row.incident_id]
        parties = set(in_incident["side"]) - set(NON_PARTY_SIDES)
        status, silent = expected_status(s, parties)
        assert row.status == status, (row.measure_id, s)
        assert set(str(row.silent_parties).split("; ")) - {"nan", "<NA>"} == silent
        # The same rules, as the brief states them.
        denies = s["stance"].eq("denies").any()
        assert (row.status == "denied") == denies
        if s["source"].nunique() == 1 and not denies:
            assert row.status in ("single_source", "unanswered")
        if row.status == "corroborated":
            assert s.loc[s["stance"].eq("asserts"), "side"].ne("unknown").sum() >= 2
    for incident in d["incident_id"].unique():
        sentences = ct.summarize(result, incident_id=incident)
        assert sentences
        for sentence in sentences:
            assert not BAD_WORDING.search(sentence), sentence
            assert sentence.endswith("."), sentence
        text = " ".join(sentences)
        for name in m.loc[m["side"] != "independent", "source_name"].unique():
            if name not in set(m.loc[m["side"] == "independent", "source_name"]):
                assert f"{name} (independent)" not in text, (name, text)


def write(folder: Path, docs: list[dict]) -> None:
    for i, doc in enumerate(docs):
        text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
        (folder / f"incident-{i}.yaml").write_text(text, encoding="utf-8")


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    phases=PHASES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.integers(1, 2).flatmap(lambda n: st.tuples(*(incidents(i) for i in range(n)))))
def test_compare_holds_its_invariants_on_generated_incidents(docs):
    with tempfile.TemporaryDirectory() as tmp:
        write(Path(tmp), list(docs))
        check_pipeline(Path(tmp))


# ----------------------------------------------------------- hand-written, real-shaped

SOMALI = {
    "incident": {"id": "so-base", "title": "Base attack", "date": "2024-03-14", "country": "SO"},
    "documents": [{"id": "d1", "outlet": "Example Wire", "url": "https://example.org/a"}],
    "statements": [
        {"source": source, "document": "d1", "quote": f"{source} said so.", "claims": claims}
        for source, claims in [
            ("Somali National Army commander", [{"claim_type": "killed", "subject": "militants",
              "value": "30", "locations": ["Afgooye"]}]),
            ("al-Shabaab", [{"claim_type": "killed", "subject": "soldiers", "value": "47",
              "locations": ["Afgooye"]}, {"claim_type": "seized", "subject": "the base"}]),
            ("a clan elder", [{"claim_type": "killed", "subject": "soldiers",
              "value": "at least 12", "locations": ["Afgooye"]}]),
            ("Radio Shabelle", [{"claim_type": "fighting", "subject": "towns",
              "locations": ["Afgooye", "Mogadishu"]}]),
            ("a hospital official", [{"claim_type": "wounded", "subject": "soldiers",
              "value": "9"}]),
            ("residents", [{"claim_type": "attacked", "subject": "base",
              "locations": ["Afgooye"]}]),
            ("Somali government", [{"claim_type": "seized", "subject": "the base",
              "stance": "denies"}]),
        ]
    ],
}  # fmt: skip


@pytest.mark.parametrize("parties", [None, ["somalia_state", "al_shabaab"]])
def test_a_somali_like_incident_with_seven_sources_and_unknown_actors(tmp_path, parties):
    doc = yaml.safe_load(yaml.safe_dump(SOMALI))
    if parties:
        doc["incident"]["parties"] = parties
    write(tmp_path, [doc])
    check_pipeline(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tidy, _ = ct.load(tmp_path)
    d = ct.compare(tidy)["discrepancies"]
    assert len(d) == 7
    seized = d[d["claim_type"] == "seized"]
    assert (seized["subject"].item(), seized["status"].item()) == ("military barracks", "denied")


def test_denials_only_and_one_source(tmp_path):
    doc = yaml.safe_load(yaml.safe_dump(SOMALI))
    doc["statements"] = [doc["statements"][-1]]
    write(tmp_path, [doc])
    check_pipeline(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tidy, _ = ct.load(tmp_path)
    (sentence,) = ct.summarize(ct.compare(tidy))
    assert sentence == "Somali government denies military barracks seized."


BUNDLED = sorted((Path(__file__).resolve().parents[2] / "data" / "statements").glob("*.yaml"))


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_every_bundled_incident_holds_the_rules(path):
    check_pipeline(path)

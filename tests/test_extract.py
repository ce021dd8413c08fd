"""claimtrack.extract: candidate claims from article text, English and French.

Unit sentences are our own; the Mali article is read from the shared corpus where it lies.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
import warnings
from types import SimpleNamespace

import pandas as pd
import pytest
import yaml
from conftest import DEV_CASES, MALI_ID, corpus_file

import claimtrack as ct
from claimtrack.extraction import COLUMNS, ExtractError
from claimtrack.extraction.output import to_yaml
from claimtrack.extraction.sentences import detect_language, split_sentences
from claimtrack.schema import RAW_COLUMNS
from claimtrack.vocabulary import CLAIM_TYPES

MALI_TEXT = "mali-coordinated-attacks.txt"


def claims(text: str, **kwargs) -> list[tuple]:
    """(source_raw, claim_type, value, subject, stance) of each candidate."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw = ct.extract(text, "t-1", **kwargs)
    return [
        (r.source_raw, r.claim_type, r.value, r.subject, r.stance)
        for r in raw.astype(object).where(raw.notna(), None).itertuples()
    ]


# --- attribution, English -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The army said 12 fighters were killed.", "The army"),
        ("Twelve fighters were killed, the army said.", "the army"),
        ('"Twelve fighters were killed," said army spokesman Ali Traore.', "army spokesman"),
        ("According to the governor, 12 fighters were killed.", "the governor"),
        ("Twelve fighters were killed, according to the governor.", "the governor"),
        ("The rebels claimed to have killed 12 soldiers.", "The rebels"),
        ("A police officer told Reuters that 12 soldiers were killed.", "A police officer"),
        ("The ministry said in a statement that 12 soldiers were wounded.", "The ministry"),
        ("Russia, which backs the government, said 12 soldiers were killed.", "Russia"),
        ("But the rebel group however denied that 12 soldiers were killed.", "the rebel group"),
        ("In a statement on Monday the regional governor said 12 soldiers were killed.", None),
    ],
)
def test_english_attribution_patterns(sentence, source):
    (row,) = claims(sentence, country="ML")
    expected = source or "the regional governor"
    assert row[0] == expected
    assert row[2] in ("12", "Twelve")


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


def test_reported_speech_in_quotes_over_two_sentences():
    text = '"We lost four men. The enemy lost dozens," the commander said.'
    rows = claims(text)
    assert {r[0] for r in rows} == {"the commander"}
    assert {(r[1], r[2]) for r in rows} == {("killed", "four"), ("casualties", "dozens")} or {
        (r[1], r[2]) for r in rows
    } >= {("killed", "four")}


def test_two_sources_in_one_sentence():
    text = (
        "A strike killed around 100 people, the health office said, "
        "while the army said it targeted 20 militants."
    )
    rows = claims(text)
    by_source = {r[0]: r for r in rows if r[1] == "killed"}
    assert by_source["the health office"][2] == "around 100"
    assert ("the army", "attacked") in {(r[0], r[1]) for r in rows}


def test_unattributed_sentences_are_not_claims():
    assert claims("At least 40 people were killed in the attack on Monday.") == []


# --- quantities, subjects, claim types --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "claim_type", "value", "subject"),
    [
        ("The army said it killed 80 fighters.", "killed", "80", "fighters"),
        ("JNIM said it captured three military barracks.", "seized", "three", "military barracks"),
        (
            "JNIM said it took control of several military positions.",
            "controls",
            "several",
            "military positions",
        ),
        ("Officials said dozens of militants were killed.", "killed", "dozens", "militants"),
        ("Officials said at least 15 civilians were wounded.", "wounded", "at least 15", None),
        ("Officials said more than 600 people were displaced.", "displaced", "more than 600", None),
        ("The police said they arrested two suspects.", "captured", "two", "suspects"),
        ("The army said the rebels destroyed four tanks.", "destroyed", "four", "tanks"),
        ("Officials said 12 soldiers are missing.", "missing", "12", "soldiers"),
        ("The ministry said there were six dead.", "killed", "six", None),
    ],
)
def test_counts_subjects_and_types(sentence, claim_type, value, subject):
    (row,) = [r for r in claims(sentence) if r[2] is not None]
    assert (row[1], row[2]) == (claim_type, value)
    if subject:
        assert row[3] == subject


def test_a_list_of_counts_with_a_subset():
    rows = claims("The army said 27 soldiers were killed, 33 wounded including 21 seriously.")
    assert [(r[1], r[2]) for r in rows] == [("killed", "27"), ("wounded", "33"), ("wounded", "21")]
    assert rows[1][3] == "soldiers"


def test_units_years_and_dates_are_not_counts():
    text = "Officials said the post 150 kilometres from Kabul was attacked on 3 March 2024."
    assert [r[2] for r in claims(text)] == [None]


# --- French ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "source", "claim_type", "value"),
    [
        (
            "L'armée malienne annonce 70 terroristes neutralisés.",
            "L'armée malienne",
            "killed",
            "70",
        ),
        (
            "Selon des sources sécuritaires, une trentaine de soldats ont été tués.",
            "des sources sécuritaires",
            "killed",
            "une trentaine",
        ),
        (
            "Au moins 75 personnes ont été blessées, a déclaré le ministre de la Santé.",
            "le ministre de la Santé",
            "wounded",
            "Au moins 75",
        ),
        (
            "Les jihadistes prétendent avoir tué quinze soldats.",
            "Les jihadistes",
            "killed",
            "quinze",
        ),
        (
            "Le groupe affirme avoir récupéré : neuf véhicules.",
            "Le groupe",
            "seized",
            "neuf",
        ),
        (
            "Les autorités ont annoncé 27 soldats tués et sept disparus.",
            "Les autorités",
            "killed",
            "27",
        ),
    ],
)
def test_french_patterns(sentence, source, claim_type, value):
    rows = claims(sentence)
    assert (rows[0][0], rows[0][1], rows[0][2]) == (source, claim_type, value)


def test_french_pronoun_and_missing():
    text = (
        "Les combattants du Jnim revendiquent l'attaque. "
        "Ils affirment avoir tué douze soldats et sept disparus."
    )
    raw = ct.extract(text, "t-1")
    killed = raw[raw["claim_type"] == "killed"].iloc[0]
    assert killed["source_raw"] == "Les combattants du Jnim" and killed["source_mention"] == "Ils"
    assert "missing" in set(raw["claim_type"])


# --- stance -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "claim_type"),
    [
        ("The rebels dismissed the toll provided by the government.", "killed"),
        ("The army denied any abuses against civilians.", "responsibility"),
        ("L'armée a démenti toute exaction.", "responsibility"),
        ("The group said no such attack had taken place.", "attacked"),
        ("The military said the death toll was inflated.", "killed"),
        ("The army denied any deaths among its troops.", "killed"),
        ("The army spokesman denied the reported casualties.", "killed"),
    ],
)
def test_denials(sentence, claim_type):
    rows = claims(sentence)
    assert (rows[0][1], rows[0][4]) == (claim_type, "denies")


def test_presence_of_forces():
    rows = claims("The rebels said foreign troops had entered the town with tanks.")
    assert ("The rebels", "present", None, "foreign troops", "asserts") in rows


def test_zero_counts_assert_none():
    rows = claims("The spokesman said there were no civilian fatalities.")
    assert (rows[0][1], rows[0][2], rows[0][4]) == ("killed", "no", "asserts")
    assert ct.parse_quantity(rows[0][2])[1] == 0


# --- places ------------------------------------------------------------------------------------


def test_place_lists_give_one_location_each():
    raw = ct.extract(
        "The army said the attacks hit Diboli, Kayes and Sandere in Mali.", "t-1", country="ML"
    )
    assert raw.loc[0, "locations"].split(";") == ["Diboli", "Kayes", "Sandere"]


# --- sentences and language --------------------------------------------------------------------


def test_sentences_keep_offsets_and_quotes_whole():
    text = 'Paris - Deux morts, selon l\'AFP.Trois blessés. "Un. Deux," a-t-il dit. Fin.'
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
    assert [s.text for s in split_sentences(text)][1:3] == [
        "Trois blessés.",
        '"Un. Deux," a-t-il dit.',
    ]


def test_language_detection():
    assert detect_language("Les autorités ont annoncé que les soldats étaient morts.") == "fr"
    assert detect_language("The authorities said the soldiers were killed.") == "en"
    assert ct.extract("L'armée a annoncé 12 morts.", "t").loc[0, "lang"] == "fr"


# --- the Mali article --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mali_extract():
    text = corpus_file(MALI_TEXT).read_text()
    raw = ct.extract(text, MALI_ID, origin="mali-coordinated-attacks.txt")
    return text, raw, *ct.normalize(raw)


def test_mali_frame_shape_quotes_and_offsets(mali_extract):
    text, raw, _, _ = mali_extract
    assert list(raw.columns[: len(RAW_COLUMNS)]) == list(RAW_COLUMNS)
    assert set(raw["claim_type"]) <= set(CLAIM_TYPES)
    for row in raw.itertuples():
        assert text[row.char_start : row.char_end] == row.quote
        assert row.origin == f"mali-coordinated-attacks.txt:char {row.char_start}"
    assert raw["confidence"].between(0, 1).all()


def test_mali_reproduces_the_encoded_claims(mali_extract):
    _, _, tidy, rejects = mali_extract
    assert rejects.empty, rejects["reason"].tolist()
    assert {"fama", "jnim", "local_politician", "residents"} <= set(tidy["source"])

    def one(source, claim_type, subject):
        rows = tidy[
            (tidy["source"] == source)
            & (tidy["claim_type"] == claim_type)
            & (tidy["subject"] == subject)
        ]
        assert len(rows), (source, claim_type, subject)
        return rows.iloc[0]

    killed = one("fama", "killed", "fighters")
    assert (killed["value_best"], killed["qualifier"]) == (80, "exact")
    # The next sentence names who delivered the statement, and how.
    assert (killed["speaker"], killed["channel"]) == (
        "army spokesperson Souleymane Dembele",
        "video bulletin",
    )
    barracks = one("jnim", "seized", "military barracks")
    assert barracks["value_best"] == 3
    positions = one("jnim", "controls", "military positions")
    assert (positions["value_text"], positions["qualifier"]) == ("several", "vague")
    assert one("fama", "attacked", "towns")["value_text"] is not None  # "seven towns"
    assert "responsibility" in set(tidy.loc[tidy["source"] == "jnim", "claim_type"])


def test_mali_seven_towns_and_the_politicians_three(mali_extract):
    _, _, tidy, _ = mali_extract
    army = tidy[(tidy["source"] == "fama") & (tidy["claim_type"] == "attacked")]
    assert set(army["location_raw"].dropna()) == {
        "Diboli",
        "Kayes",
        "Sandere",
        "Nioro du Sahel",
        "Gogoui",
        "Molodo",
        "Niono",
    }
    politician = tidy[tidy["source"] == "local_politician"]
    assert set(politician["location_raw"]) == {"Nioro", "Sandare", "Gogui"}
    assert set(politician["place_id"]) == {"geonames:2452651", "ml-sandare", "ml-gogui"}
    residents = tidy[tidy["source"] == "residents"]
    assert set(residents["location"]) == {"Kayes"}


# --- the command line --------------------------------------------------------------------------


def run_cli(*args, stdin: bytes | None = None):
    """The extract command in-process (an interpreter per call would cost ~1 s of imports)."""
    from typer.testing import CliRunner

    from claimtrack.cli import app

    result = CliRunner().invoke(app, ["extract", *args], input=stdin)
    return SimpleNamespace(
        returncode=result.exit_code,
        stdout=result.stdout,
        stderr=result.stderr.encode(),
    )


def test_cli_round_trip_reads_back_without_rejects(tmp_path):
    out = tmp_path / "mali.yaml"
    # Once through the real console entry point; the other CLI tests run in-process.
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimtrack",
            "extract",
            str(corpus_file(MALI_TEXT)),
            "--incident",
            MALI_ID,
        ]
        + ["-o", str(out)],
        capture_output=True,
    )
    assert done.returncode == 0, done.stderr
    written = out.read_text()
    assert written.startswith("# UNREVIEWED machine candidates")
    doc = yaml.safe_load(written)
    assert doc["incident"]["id"] == MALI_ID
    assert all(s["reviewed"] is False for s in doc["statements"])
    raw = ct.read(out)
    tidy, rejects = ct.normalize(raw)
    assert rejects.empty, rejects["reason"].tolist()
    assert 80 in set(tidy["value_best"])


def test_cli_reads_stdin_and_writes_stdout():
    done = run_cli("-", "--incident", "t-1", stdin=b"The army said 12 fighters were killed.")
    assert done.returncode == 0, done.stderr
    assert yaml.safe_load(done.stdout)["statements"][0]["claims"][0]["value"] == "12"


def test_to_yaml_of_a_frame_reads_back(tmp_path):
    raw = ct.extract("Les autorités maliennes ont annoncé 27 soldats tués, 33 blessés.", "t-2")
    path = tmp_path / "s.yaml"
    path.write_text(to_yaml(raw, origin="article.txt"))
    tidy, rejects = ct.normalize(ct.read(path))
    assert rejects.empty and sorted(tidy["value_best"]) == [27, 33]


# --- bad input -----------------------------------------------------------------------------------


def test_empty_and_claimless_text_give_an_empty_frame_with_the_columns():
    for text in ("", "   \n", "The weather was fine and the market was busy."):
        raw = ct.extract(text)
        assert raw.empty and list(raw.columns) == list(COLUMNS)


def test_not_text_or_unknown_language_is_refused():
    with pytest.raises(ExtractError, match="expected text"):
        ct.extract(b"bytes")
    with pytest.raises(ExtractError, match="lang"):
        ct.extract("Some text.", lang="de")


def test_oversized_text_is_refused_with_the_limit():
    with pytest.raises(ExtractError, match="over the limit"):
        ct.extract("a" * 101, max_chars=100)


def test_a_few_megabytes_in_linear_time():
    para = "Markets reopened and traffic was heavy near the river. " * 20
    para += "The army said 12 fighters were killed near Kayes in Mali.\n"
    big = para * (2_000_000 // len(para))
    start = time.perf_counter()
    raw = ct.extract(big, "t-big")
    assert time.perf_counter() - start < 30
    assert len(raw) == 1  # the same claim in the same words is one candidate


def test_cli_bad_inputs(tmp_path):
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    done = run_cli(str(binary))
    assert done.returncode == 2 and b"binary data" in done.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    done = run_cli(str(empty))
    assert done.returncode == 2 and b"empty" in done.stderr
    done = run_cli(str(tmp_path / "missing.txt"))
    assert done.returncode == 2 and b"no such file" in done.stderr
    plain = tmp_path / "plain.txt"
    plain.write_text("The weather was fine.")
    out = tmp_path / "none.yaml"
    done = run_cli(str(plain), "-o", str(out))
    assert done.returncode == 0 and b"no candidate claims" in done.stderr
    assert not out.exists()


def test_extract_is_the_public_function():
    assert ct.extract is __import__("claimtrack.extraction", fromlist=["extract"]).extract
    assert isinstance(ct.extract("The army said 3 soldiers died.", "x"), pd.DataFrame)


# --- sentences written after the rules, to check they generalize ---------------------------------


def test_a_short_english_report():
    text = (
        "Gunmen killed at least 22 villagers in central Mali on Sunday, a local official said.\n"
        "The attackers also burned 30 houses, the official said.\n"
        "The UN mission said about 3,000 people had fled to Mopti.\n"
        "Human Rights Watch said it had documented the killings of 12 civilians by soldiers, "
        "an accusation the army rejected."
    )
    rows = claims(text)
    assert ("a local official", "killed", "at least 22") in {r[:3] for r in rows}
    assert ("the official", "destroyed", "30") in {r[:3] for r in rows}
    assert ("The UN mission", "displaced", "about 3,000") in {r[:3] for r in rows}
    assert ("the army", "responsibility", None, None, "denies") in rows
    raw = ct.extract(text, "t")
    assert raw.loc[raw["source_raw"] == "Human Rights Watch", "speaker"].isna().all()


def test_a_short_french_report():
    text = (
        "Au moins 22 villageois ont été tués, a indiqué un élu local.\n"
        "Selon cet élu, une trentaine de maisons ont été incendiées.\n"
        "L'armée malienne a affirmé avoir neutralisé 15 terroristes près de Bandiagara.\n"
        "Un porte-parole des jihadistes a démenti ce bilan.\n"
        "Le gouverneur de la région, le colonel Abass Dembélé, a précisé que deux soldats "
        "avaient été blessés."
    )
    raw = ct.extract(text, "t")
    burned = raw[raw["claim_type"] == "destroyed"].iloc[0]
    assert (burned["source_raw"], burned["source_mention"]) == ("un élu local", "cet élu")
    denial = raw[raw["stance"] == "denies"].iloc[0]
    assert (denial["claim_type"], denial["value_best"]) == ("killed", 15)  # "ce bilan": the army's
    governor = raw[raw["claim_type"] == "wounded"].iloc[0]
    assert governor["source_raw"] == "Le gouverneur de la région"
    assert "Abass Dembélé" in governor["speaker"]
    assert raw.loc[raw["value"] == "15", "subject"].item() == "terroristes"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The death toll rose to 40, according to hospital sources.",
            ("hospital sources", "killed", "40"),
        ),
        ("Officials put the number of dead at 40.", ("Officials", "killed", "40")),
        (
            "A security source, who asked not to be named, told AFP 17 soldiers had died.",
            ("A security source", "killed", "17"),
        ),
        (
            "« Nous avons perdu trois hommes », a reconnu un officier.",
            ("un officier", "killed", "trois"),
        ),
        (
            "Selon le gouvernement, 12 civils ont péri dans l'attaque.",
            ("le gouvernement", "killed", "12"),
        ),
        (
            "Le bilan s'élève à 40 morts, selon une source hospitalière.",
            ("une source hospitalière", "killed", "40"),
        ),
        (
            "Residents said the jihadists seized the town of Boni on Friday.",
            ("Residents", "seized", "the town"),
        ),
        ("Between 10 and 20 people were killed, police said.", ("police", "killed", None)),
        ("Police said 10-20 people were killed.", ("Police", "killed", "10-20")),
        (
            "Selon des témoins, plusieurs dizaines de civils ont été tués.",
            ("des témoins", "killed", "plusieurs dizaines"),
        ),
        (
            "Selon l'ONU, des dizaines de milliers de personnes ont fui.",
            ("l'ONU", "displaced", "des dizaines de milliers"),
        ),
        (
            "The army said it had killed 'dozens of terrorists' in air strikes.",
            ("The army", "killed", "dozens"),
        ),
        (
            "The mayor spoke. The ministry says it has confirmed that 19 people were killed.",
            ("The ministry", "killed", "19"),
        ),
        (
            "The Civil Defence, rescuers who work in the city, had earlier said 40 people died.",
            ("The Civil Defence", "killed", "40"),
        ),
        (
            "Selon l'ONU jusqu'à 16 000 personnes ont dû fuir leurs foyers.",
            ("l'ONU", "displaced", "jusqu'à 16 000"),
        ),
        (
            "Selon le maire, deux de leurs combattants ont trouvé la mort.",
            ("le maire", "killed", "deux"),
        ),
        (
            "Selon le maire, 300 familles ont trouvé refuge à l'école.",
            ("le maire", "displaced", "300"),
        ),
        (
            "« Le nombre total des morts est de six », a déclaré le porte-parole.",
            ("le porte-parole", "killed", "six"),
        ),
        ("Selon le préfet, le bilan provisoire est de 35 morts.", ("le préfet", "killed", "35")),
        ("Officials said 76 to 90 civilians were killed.", ("Officials", "killed", "76 to 90")),
        (
            "The United States on Saturday said 12 soldiers were killed.",
            ("The United States", "killed", "12"),
        ),
    ],
)
def test_more_generalization_sentences(sentence, expected):
    found = {r[:3] for r in claims(sentence)}
    if expected[2] is None:  # the value as written varies in case: "Between 10 and 20"
        found = {(a, b, None) for a, b, _ in found}
    assert expected in found


# --- the annotated dev corpus (read where it lies) -------------------------------------------
# Invariants true of any article, so that cases can come and go: how well extraction scores
# on the corpus is a benchmark figure (benchmarks/extract_quality.py), not a test.


@pytest.mark.parametrize(
    "case",
    DEV_CASES
    or [pytest.param(None, marks=pytest.mark.skip(reason="../shared/corpus/dev is absent"))],
    ids=lambda case: case.stem if case else "no-corpus",
)
def test_dev_case_candidates_are_spans_of_the_text_and_read_back(case, tmp_path):
    text = yaml.safe_load(case.read_text())["text"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw = ct.extract(text, case.stem)
    assert list(raw.columns) == list(COLUMNS)
    assert set(raw["claim_type"]) <= set(CLAIM_TYPES)
    assert raw["confidence"].between(0, 1).all()
    for row in raw.itertuples():
        assert text[row.char_start : row.char_end] == row.quote, row.Index
    if raw.empty:  # nothing found is a valid answer
        return
    path = tmp_path / f"{case.stem}.yaml"
    path.write_text(to_yaml(raw, origin=f"{case.stem}.txt"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        read_back = ct.read(path)
        tidy, rejects = ct.normalize(read_back)
    assert rejects.empty, rejects["reason"].tolist()
    assert len(read_back) == len(raw)
    assert set(tidy["statement_id"]) == set(read_back["statement_id"])


# --- issue 13: bugs, each on an invented sentence -----------------------------------------------


def test_capitalised_words_are_not_reporting_verbs():
    # "States" in "United States", "Reports" in a name: reporting verbs are lower case.
    rows = claims("The United States said 12 soldiers were killed.")
    assert [r[0] for r in rows] == ["The United States"]
    (row,) = claims("Officials in the United States Army said 12 soldiers were killed.")
    assert row[0].startswith("Officials")


def test_the_noun_claims_is_not_a_reporting_verb():
    rows = claims("The group's claims were rejected by the army, which said 12 soldiers died.")
    assert {r[0] for r in rows} == {"the army"}
    rows = claims("The governor rejected the claims that 12 soldiers were killed.")
    assert {(r[0], r[4]) for r in rows} == {("The governor", "denies")}


def test_a_source_keeps_its_relative_clause():
    rows = claims("Residents who fled the town said 12 soldiers were killed.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("Residents who fled the town", "killed", "12")]


def test_coordinated_sources_each_give_the_claim():
    rows = claims("Both the army and the rebels said 12 soldiers were killed.")
    assert sorted((r[0], r[2]) for r in rows) == [("the army", "12"), ("the rebels", "12")]
    rows = claims("Officials and residents said 40 houses were burned.")
    assert sorted(r[0] for r in rows) == ["Officials", "residents"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Douze soldats ont été tués, a déclaré à l'AFP un responsable militaire.",
        "Douze soldats ont été tués, a indiqué à Reuters un responsable militaire.",
        "Un responsable militaire a déclaré à l'AFP que douze soldats ont été tués.",
    ],
)
def test_the_listener_is_not_part_of_the_source(sentence):
    rows = claims(sentence)
    assert [(r[0].lower(), r[1]) for r in rows] == [("un responsable militaire", "killed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels claimed an attack that left 30 dead, a monitor said.",
        "A monitor said the rebels claimed an attack that left 30 dead.",
    ],
)
def test_a_fact_in_the_outer_voice_belongs_to_the_outer_source(sentence):
    rows = claims(sentence)
    assert ("killed", "30") in {(r[1], r[2]) for r in rows}
    assert {r[0].lower() for r in rows if r[1] == "killed"} == {"a monitor"}
    assert ("the rebels", "responsibility") in {(r[0].lower(), r[1]) for r in rows}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The army said five soldiers and 12 militants were killed.",
            [("killed", "five", "soldiers"), ("killed", "12", "militants")],
        ),
        (
            "L'armée a annoncé que trois soldats et 20 assaillants ont été tués.",
            [("killed", "trois", "soldats"), ("killed", "20", "assaillants")],
        ),
        (
            "The rebels said they killed 7 guards and seized a checkpoint.",
            [("killed", "7", "guards"), ("seized", "a checkpoint", "checkpoint")],
        ),
        (
            "The rebels said they killed 7 guards and seized 3 checkpoints.",
            [("killed", "7", "guards"), ("seized", "3", "checkpoints")],
        ),
        (
            "The army said 80 fighters wearing green uniforms died.",
            [("killed", "80", "fighters wearing green uniforms")],
        ),
        ("The army said 80 fighters in green uniforms died.", [("killed", "80", "fighters")]),
        ("Officials said 20 from the militia were killed.", [("killed", "20", None)]),
    ],
)
def test_counts_are_tied_to_their_predicate(sentence, expected):
    rows = claims(sentence)
    got = [(r[1], r[2], r[3]) for r in rows]
    if expected[-1][2] is None:
        got = [(a, b, None) for a, b, _ in got]
    assert got == expected


def test_an_article_is_a_whole_word():
    # "armoured" starts with "a": it is not "a rmoured vehicles".
    rows = claims("The army said the rebels seized armoured vehicles.")
    assert all(r[2] != "a" and r[3] != "rmoured vehicles" for r in rows)
    assert all(not (r[3] or "").startswith("rmoured") for r in rows)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police said two herders were shot dead near the well.", ("killed", "two")),
        ("Police said gunmen shot dead two herders near the well.", ("killed", "two")),
        ("The mayor said 14 fishermen lost their lives at sea.", ("killed", "14")),
        ("The mayor said 14 fishermen drowned when the boat sank.", ("killed", "14")),
        ("Selon le maire, 14 pêcheurs ont perdu la vie.", ("killed", "14")),
        ("Selon le maire, 14 pêcheurs se sont noyés.", ("killed", "14")),
        ("The air force said its jets struck two fuel depots.", ("attacked", "two")),
        ("The ministry said the insurgents launched four attacks overnight.", ("attacked", "four")),
        ("The army said it carried out 20 operations last month.", ("attacked", "20")),
        ("Officials said the storm of shells caused damage to six houses.", ("damaged", "six")),
    ],
)
def test_claim_vocabulary_in_invented_sentences(sentence, expected):
    assert expected in {(r[1], r[2]) for r in claims(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a trailing adverb is not part of the source; "only one" with its participle counts
        (
            "The militia swiftly denied the tally, saying only one fighter was killed.",
            {("The militia", "killed", "one", "asserts")},
        ),
        # "killed or wounded": one count, two predicates
        (
            "The police chief said no one was killed or wounded.",
            {
                ("The police chief", "killed", "no", "asserts"),
                ("The police chief", "wounded", "no", "asserts"),
            },
        ),
        # a parenthetical between a count and its participle
        (
            "The monitor said 30 people – 20 of them women – were wounded.",
            {("The monitor", "wounded", "30", "asserts")},
        ),
        # the verb right before a count beats a participle across "et"
        (
            "Un groupe armé a affirmé avoir tué 12 gardes et en avoir enlevé quatre autres.",
            {
                ("Un groupe armé", "killed", "12", "asserts"),
                ("Un groupe armé", "captured", "quatre", "asserts"),
            },
        ),
        (
            "Douze soldats ont été tués, a-t-on appris jeudi auprès de sources locales.",
            {("sources locales", "killed", "Douze", "asserts")},
        ),
        (
            "Le ministère a annoncé la mort d'environ 40 assaillants.",
            {("Le ministère", "killed", "environ 40", "asserts")},
        ),
        (
            "Les combats ont coûté la vie à 15 personnes, selon le maire.",
            {("le maire", "killed", "15", "asserts")},
        ),
        (
            "Des témoins font état de 12 morts et 30 blessés.",
            {
                ("Des témoins", "killed", "12", "asserts"),
                ("Des témoins", "wounded", "30", "asserts"),
            },
        ),
        (
            "The ministry stood by its account that 14 rebels were killed.",
            {("The ministry", "killed", "14", "asserts")},
        ),
        (
            "KANO, Nigeria -- Police officials said nine traders were shot dead.",
            {("Police officials", "killed", "nine", "asserts")},
        ),
    ],
)
def test_frames_and_predicates_in_invented_sentences(sentence, expected):
    assert expected <= {(r[0], r[1], r[2], r[4]) for r in claims(sentence)}


def test_french_inverted_pronoun_takes_the_previous_source():
    text = "Le maire a parlé aux habitants. « Douze maisons ont été brûlées », a-t-il précisé."
    raw = ct.extract(text, "t")
    row = raw[raw["claim_type"] == "destroyed"].iloc[0]
    assert (row["source_raw"], row["source_mention"], row["value"]) == ("Le maire", "il", "Douze")


def test_the_role_after_a_name_stays_with_it():
    rows = claims(
        "« Nous avons perdu 5 hommes », a déclaré à l'AFP Ali Diallo, porte-parole du front."
    )
    assert rows[0][0] == "Ali Diallo, porte-parole du front"
    assert rows[0][1:3] == ("killed", "5")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Onze soldats sont portés disparus, a affirmé jeudi une source sécuritaire.",
            ("une source sécuritaire", "missing", "Onze"),
        ),
        (
            "Twelve soldiers died, said on Monday a police officer.",
            ("a police officer", "killed", "Twelve"),
        ),
        ("Officials said 33 people were unaccounted for.", ("Officials", "missing", "33")),
        # "un communiqué" is an article, not a count: only the count after the verb is
        (
            "Un groupe armé a affirmé dans un communiqué avoir tué 10 soldats.",
            ("Un groupe armé", "killed", "10"),
        ),
    ],
)
def test_days_articles_and_missing_in_invented_sentences(sentence, expected):
    assert [r[:3] for r in claims(sentence)] == [expected]


def test_control_needs_a_verb_phrase_not_the_noun():
    assert claims("Officials said police had set up a control post near the town.") == []
    rows = claims("The rebels said they control the town of Kidal.")
    assert [(r[0], r[1]) for r in rows] == [("The rebels", "controls")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials said three dozen soldiers were killed.", [("killed", "three dozen")]),
        ("Officials said over a hundred soldiers were killed.", [("killed", "over a hundred")]),
        ("Officials said a couple of guards were wounded.", [("wounded", "a couple of")]),
        ("Police said the chief was wounded.", [("wounded", "the chief")]),
        ("Selon la police, le chef a été blessé.", [("wounded", "le chef")]),
        # the definite subject must start its clause: the soldier was not arrested
        ("The army said the man who shot the soldier was arrested.", []),
    ],
)
def test_number_forms_and_definite_singulars(sentence, expected):
    assert [(r[1], r[2]) for r in claims(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officials said the raid killed 42 gunmen and one police officer.",
            [("killed", "42", "asserts"), ("killed", "one", "asserts")],
        ),
        (
            "Le préfet a annoncé la mort de onze soldats et un policier.",
            [("killed", "onze", "asserts"), ("killed", "un", "asserts")],
        ),
        # "one resident said": a new clause, not a conjunct
        (
            "The army said it killed 12 fighters and one resident said the town was calm.",
            [("killed", "12", "asserts")],
        ),
        (
            "The agency said gunmen killed at least 16 people, 10 of them police.",
            [("killed", "at least 16", "asserts"), ("killed", "10", "asserts")],
        ),
        (
            "« Le nombre total des morts est de six et non de 26 », a déclaré le porte-parole.",
            [("killed", "six", "asserts"), ("killed", "26", "denies")],
        ),
        (
            "Une source a évoqué un bilan d'« une trentaine » de morts.",
            [("killed", "une trentaine", "asserts")],
        ),
        (
            "The governor wrote that six gunmen had been annihilated.",
            [("killed", "six", "asserts")],
        ),
    ],
)
def test_conjuncts_subsets_and_corrections(sentence, expected):
    assert [(r[1], r[2], r[4]) for r in claims(sentence)] == expected


def test_validate_names_each_unreviewed_draft_by_its_line(tmp_path):
    from typer.testing import CliRunner

    from claimtrack.cli import app

    out = tmp_path / "draft.yaml"
    text = b"The army said 12 fighters were killed in Kayes. JNIM said it seized two bases."
    assert run_cli("-", "--incident", "draft-1", "-o", str(out), stdin=text).returncode == 0
    checked = CliRunner().invoke(app, ["validate", str(out)])
    (warning,) = [line for line in checked.stderr.splitlines() if "reviewed: false" in line]
    assert str(out) in warning and "2 statement(s)" in warning
    lines = out.read_text().splitlines()
    numbers = [int(n) for n in re.findall(r"\d+", warning.split(" at lines ")[1])]
    assert [lines[n - 1].lstrip().startswith("- ") for n in numbers] == [True, True]
    out.write_text(out.read_text().replace("reviewed: false", "reviewed: true"))
    assert "reviewed: false" not in CliRunner().invoke(app, ["validate", str(out)]).stderr

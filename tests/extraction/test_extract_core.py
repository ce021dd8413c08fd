"""``claimtrack.extract`` end to end (``extraction.core``): its contract, and short reports and
sentences written after the rules, to check they generalize.
"""

from __future__ import annotations

import pandas as pd
import pytest
from extract_helpers import claims

import claimtrack as ct
from claimtrack.extraction import COLUMNS, ExtractError


def test_empty_and_claimless_text_give_an_empty_frame_with_the_columns():
    for text in ("", "   \n", "The weather was fine and the market was busy."):
        raw = ct.extract(text)
        assert raw.empty
        assert list(raw.columns) == list(COLUMNS)


def test_not_text_or_unknown_language_is_refused():
    with pytest.raises(ExtractError, match="expected text"):
        ct.extract(b"bytes")
    with pytest.raises(ExtractError, match="lang"):
        ct.extract("Some text.", lang="de")


def test_oversized_text_is_refused_with_the_limit():
    with pytest.raises(ExtractError, match="over the limit"):
        ct.extract("a" * 101, max_chars=100)


def test_a_few_megabytes_are_read_whole():
    # How fast is a benchmark figure (benchmarks/extract_quality.py prints articles/s).
    para = "Markets reopened and traffic was heavy near the river. " * 20
    para += "The army said 12 fighters were killed near Kayes in Mali.\n"
    big = para * (2_000_000 // len(para))
    raw = ct.extract(big, "t-big")
    assert len(raw) == 1  # the same claim in the same words is one candidate


def test_extract_is_the_public_function():
    assert ct.extract is __import__("claimtrack.extraction", fromlist=["extract"]).extract
    assert isinstance(ct.extract("The army said 3 soldiers died.", "x"), pd.DataFrame)


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
    # "the official": the latest source named with that noun, kept as its mention
    assert ("a local official", "destroyed", "30") in {r[:3] for r in rows}
    assert ("The UN mission", "displaced", "about 3,000") in {r[:3] for r in rows}
    # The source of a bare relative clause ("an accusation the army rejected") keeps the
    # noun before it: the trim that took it off misfired on held-out reporting (README).
    assert ("responsibility", None, None, "denies") in {r[1:] for r in rows}
    raw = ct.extract(text, "t")
    assert raw.loc[raw["source_raw"] == "Human Rights Watch", "speaker"].isna().all()
    burned = raw[raw["claim_type"] == "destroyed"].iloc[0]
    assert burned["source_mention"] == "the official"


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

"""``benchmarks/extract_causes.py`` tells which layer loses a claim no prediction lies on."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))  # extract_causes imports extract_quality by name
SPEC = importlib.util.spec_from_file_location("extract_causes", BENCHMARKS / "extract_causes.py")
CAUSES = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(CAUSES)


def _gold(text: str, quote: str, claim_type: str, best: float) -> pd.Series:
    start = text.index(quote)
    return pd.Series(
        {
            "source": "officials",
            "source_normalized": "officials",
            "claim_type": claim_type,
            "spans": [(start, start + len(quote))],
            "low": np.nan,
            "best": best,
            "high": np.nan,
            "number": best,
        }
    )


@pytest.mark.parametrize(
    ("text", "quote", "language", "expected"),
    [
        # the quote is part of a sentence whose source lies outside it
        (
            "Gunmen stormed Kadi. Officials said 12 soldiers were killed.",
            "12 soldiers were killed",
            "en",
            "read in its sentence",
        ),
        (
            "Gunmen stormed Kadi. 12 soldiers were killed.",
            "12 soldiers",
            "en",
            "read with a source",
        ),
        (
            "Des hommes armés ont attaqué Kadi. 12 soldats ont été tués.",
            "12 soldats",
            "fr",
            "read with a source",
        ),
        ("The weather was fine in Kadi on Sunday.", "The weather", "en", "not read"),
    ],
)
def test_a_miss_with_nothing_on_it_is_told_by_the_layer_that_loses_it(
    text: str, quote: str, language: str, expected: str
) -> None:
    gold = _gold(text, quote, "killed", 12.0)
    assert CAUSES.lost_where(gold, text, language) == expected


def test_misses_and_false_positives_carry_their_claim_type() -> None:
    text = "Officials said 12 soldiers were killed."
    gold = _gold(text, "12 soldiers were killed", "wounded", 5.0).to_dict()
    gold["stance"] = "asserts"
    case = {"case": "case-x", "part": "held-out", "text": text, "gold": pd.DataFrame([gold])}
    rows, _ = CAUSES.causes(case)
    kinds = {(r["kind"], r["type"]) for r in rows}
    assert kinds == {("miss", "wounded"), ("false positive", "killed")}


@pytest.mark.parametrize(
    ("pred", "gold", "same"),
    [
        # one phrase as written: one source, whichever actors the two sides' tables give
        (("des sources militaires", "security_sources"), ("Des sources militaires", "faca"), True),
        (("the army", "ng_army"), ("The army", "ng_army"), True),
        # another phrase: the actors judge
        (("une source militaire", "security_sources"), ("l'armée", "faca"), False),
        (("the army", "ng_army"), ("the police", "ng_police"), False),
        # one conjunct of a coordinated source is that source; a part of one phrase is not
        (("residents", "residents"), ("A local official and residents", "officials"), True),
        (("la police", "police"), ("l'armée et la police", "army"), True),
        (("the army", "ng_army"), ("the army's spokesman in Gao", "spokesman"), False),
        # a pronoun is no name, even written alike
        (("il", None), ("il", "faca"), False),
    ],
)
def test_the_strict_score_takes_one_phrase_as_written_for_one_source(
    pred: tuple, gold: tuple, same: bool
) -> None:
    quality = sys.modules["extract_quality"]
    p = pd.Series({"source_raw": pred[0], "speaker": None, "actor": pred[1], "institution": None})
    g = pd.Series({"source": gold[0], "source_normalized": None, "actor": gold[1]})
    g["institution"] = None
    assert quality._strict_source(p, g) == same


def test_the_interval_of_a_score_comes_from_resampling_its_cases() -> None:
    quality = sys.modules["extract_quality"]
    same = {"score": "strict", "tp#": 3, "pred#": 4, "hit#": 3, "gold#": 5}
    mixed = [
        {"tp#": 4, "pred#": 4, "hit#": 4, "gold#": 4},
        {"tp#": 0, "pred#": 4, "hit#": 0, "gold#": 4},
    ]
    rows = [{"part": "steady"} | same for _ in range(4)]
    rows += [{"part": "mixed", "score": "strict"} | mixed[i % 2] for i in range(6)]
    rows += [{"part": "mixed", "score": "lenient", "tp#": 0, "pred#": 1, "hit#": 0, "gold#": 1}]
    table = quality.intervals(pd.DataFrame(rows))
    # the same counts in every case: no spread; cases that disagree: a wide one about 0.5
    assert table.loc["steady"].tolist() == [0.75, 0.75, 0.6, 0.6]
    low, high = table.loc["mixed", ["P# from", "P# to"]]
    assert low < 0.5 < high
    assert high - low > 0.3

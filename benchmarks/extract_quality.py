"""How well ``claimtrack.extract`` finds the sourced claims people annotated.

Gold: the six annotated cases of ``shared/corpus/dev/`` (read where they lie,
never copied) and the Mali article with ``data/statements/mali-…yaml``.

Matching (one prediction to one gold claim, greedily, in text order):

- **source**: the same actor, where both sides name one (``guess_actors``: the
  alias table, then a known name inside the phrase; gold uses its
  ``source_normalized`` then its ``source``); otherwise the folded names contain
  one another ("Mullah Abdul Samad" in "Mullah Abdul Samad, who claims …"). A
  prediction's speaker and the pronoun it resolved ("He") count as its names too.
- **claim type**: equal (``attacked_location`` is ``attacked``).
- **number**: where the gold claim has one (best, else low, else high), the
  prediction's parsed value must give the same; vague gold claims need no number.
- A prediction that repeats a claim already matched (same source, type and number:
  the gold merges restatements under ``restated``) counts neither for nor against.

Numeric figures: gold claims with a number, predictions whose value parses to one.
Attribution: among predictions whose quote overlaps a gold claim of the same
type and number, the share that name that claim's source.

Run: ``.venv/bin/python benchmarks/extract_quality.py`` (``--detail`` lists misses).
"""

from __future__ import annotations

import argparse
import math
import sys
import warnings
from pathlib import Path

import pandas as pd
import yaml

import claimtrack as ct
from claimtrack.extraction.core import guess_actors
from claimtrack.normalize.quantities import QuantityError, parse_quantity
from claimtrack.schema import CLAIM_TYPE_ALIASES
from claimtrack.text import fold

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
MALI = ROOT / "data" / "statements" / "mali-2025-07-01-coordinated-attacks.yaml"


def _number(value: object) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        low, best, high, qualifier = parse_quantity(str(value))
    except QuantityError:
        return None
    if qualifier == "vague":
        return None  # "dozens" has no figure, in the gold as in the predictions
    return next((v for v in (best, low, high) if not math.isnan(v)), None)


def _first(*values: object) -> float | None:
    for v in values:
        if v is not None and not (isinstance(v, float) and math.isnan(v)):
            return float(v)
    return None


def _spans(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    out = []
    for phrase in phrases:
        at = text.find(phrase) if phrase else -1
        if at >= 0:
            out.append((at, at + len(phrase)))
    return out


def load_cases() -> list[dict]:
    """Every gold case: name, text, language and a frame of gold claims."""
    cases = []
    for path in sorted((CORPUS / "dev").glob("case-*.yaml")):
        doc = yaml.safe_load(path.read_text())
        text = doc["text"]
        rows = []
        for c in doc["claims"]:
            rows.append(
                {
                    "source": c["source"],
                    "source_normalized": c["source_normalized"],
                    "claim_type": CLAIM_TYPE_ALIASES.get(c["claim_type"], c["claim_type"]),
                    "number": _first(c["value_best"], c["value_low"], c["value_high"]),
                    "spans": _spans(text, [c["quote"], *(c.get("restated") or [])]),
                }
            )
        cases.append({"case": path.stem, "text": text, "gold": pd.DataFrame(rows)})
    text = (CORPUS / "mali-coordinated-attacks.txt").read_text()
    raw = ct.read(MALI)
    gold = pd.DataFrame(
        {
            "source": raw["source_raw"],
            "source_normalized": raw["source_raw"],
            "claim_type": raw["claim_type"].map(lambda t: CLAIM_TYPE_ALIASES.get(t, t)),
            "number": raw["value"].map(_number),
            "spans": raw["quote"].map(lambda q: _spans(text, [q])),
        }
    )
    cases.append({"case": "mali", "text": text, "gold": gold})
    return cases


def _names(*values: object) -> list[str]:
    return [fold(v) for v in values if isinstance(v, str) and v.strip()]


def _same_source(pred: pd.Series, gold: pd.Series) -> bool:
    if pred["actor"] and gold["actor"]:
        return pred["actor"] == gold["actor"]
    pred_names = _names(pred["source_raw"], pred["speaker"], pred["source_mention"])
    gold_names = _names(gold["source"], gold["source_normalized"])
    # Short names ("He", "Ils") must be equal; longer ones may contain one another.
    return any(
        p == g or (min(len(p), len(g)) >= 4 and (p in g or g in p))
        for p in pred_names
        for g in gold_names
    )


def score(case: dict) -> tuple[dict, list[str]]:
    """Precision, recall and attribution of one case, with a list of what went wrong."""
    text, gold = case["text"], case["gold"].copy()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pred = ct.extract(text)
        country = pred["country"].iloc[0] if len(pred) else None
        gold["actor"] = guess_actors(gold["source_normalized"], country).where(
            lambda s: s.notna(), guess_actors(gold["source"], country)
        )
    pred["actor"] = pred["actor_id"]
    # A denied toll carries the figure it denies in value_low/best/high, not in value.
    explicit = pred[["value_best", "value_low", "value_high"]].astype(float).bfill(axis=1)
    pred["number"] = explicit.iloc[:, 0].where(
        explicit.iloc[:, 0].notna(), pred["value"].map(_number)
    )
    gold["matched"] = False
    status = []
    for _, p in pred.iterrows():
        candidates = []
        for gi, g in gold.iterrows():
            if g["claim_type"] != p["claim_type"] or not _same_source(p, g):
                continue
            if pd.notna(g["number"]) and g["number"] != p["number"]:
                continue
            overlap = any(a < p["char_end"] and p["char_start"] < b for a, b in g["spans"])
            candidates.append((g["matched"], not overlap, gi))
        if not candidates:
            status.append("fp")
            continue
        matched, _, gi = min(candidates)
        if matched:
            status.append("repeat")
        else:
            gold.loc[gi, "matched"] = True
            status.append("tp")
    pred["status"] = status
    # Attribution: predictions that land on a gold claim (type, number, quote) — right source?
    right = total = 0
    for _, p in pred.iterrows():
        on = [
            g
            for _, g in gold.iterrows()
            if g["claim_type"] == p["claim_type"]
            and (pd.isna(g["number"]) or g["number"] == p["number"])
            and any(a < p["char_end"] and p["char_start"] < b for a, b in g["spans"])
        ]
        if on:
            total += 1
            right += any(_same_source(p, g) for g in on)

    def ratio(a: int, b: int) -> float:
        return a / b if b else float("nan")

    num_pred = pred[pred["number"].notna() & (pred["status"] != "repeat")]
    num_gold = gold[gold["number"].notna()]
    all_pred = pred[pred["status"] != "repeat"]
    row = {
        "case": case["case"],
        "gold#": len(num_gold),
        "pred#": len(num_pred),
        "P#": ratio((num_pred["status"] == "tp").sum(), len(num_pred)),
        "R#": ratio(num_gold["matched"].sum(), len(num_gold)),
        "gold": len(gold),
        "pred": len(all_pred),
        "P": ratio((all_pred["status"] == "tp").sum(), len(all_pred)),
        "R": ratio(gold["matched"].sum(), len(gold)),
        "attribution": ratio(right, total),
        "_tp#": int((num_pred["status"] == "tp").sum()),
        "_hit#": int(num_gold["matched"].sum()),
        "_tp": int((all_pred["status"] == "tp").sum()),
        "_hit": int(gold["matched"].sum()),
        "_right": right,
        "_total": total,
    }
    notes = [
        f"  FP   {p['source_raw']!r} {p['claim_type']} {p['value']!r} ({p['rule']})"
        for _, p in pred[pred["status"] == "fp"].iterrows()
    ] + [
        f"  MISS {g['source']!r} {g['claim_type']} {g['number']}"
        for _, g in gold[~gold["matched"]].iterrows()
    ]
    return row, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--detail", action="store_true", help="list false positives and misses")
    args = parser.parse_args(argv)
    rows = []
    for case in load_cases():
        row, notes = score(case)
        rows.append(row)
        if args.detail:
            print(case["case"], *notes, sep="\n")
    table = pd.DataFrame(rows)
    total = {
        "case": "all",
        "gold#": table["gold#"].sum(),
        "pred#": table["pred#"].sum(),
        "P#": table["_tp#"].sum() / table["pred#"].sum(),
        "R#": table["_hit#"].sum() / table["gold#"].sum(),
        "gold": table["gold"].sum(),
        "pred": table["pred"].sum(),
        "P": table["_tp"].sum() / table["pred"].sum(),
        "R": table["_hit"].sum() / table["gold"].sum(),
        "attribution": table["_right"].sum() / table["_total"].sum(),
    }
    table = pd.concat([table, pd.DataFrame([total])], ignore_index=True)
    shown = table[[c for c in table.columns if not c.startswith("_")]]
    print("# = claims with a number (the targets: P# and R# >= 0.8)")
    print(shown.to_string(index=False, float_format=lambda v: f"{v:.2f}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

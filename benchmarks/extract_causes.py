"""Where extraction loses numeric claims, by cause, per part: counts only, no sentences.

For each numeric gold claim the strict score misses, and each numeric prediction it
counts false, the cause is read from what lies on the gold claim's quote (the spans the
benchmark matches on), checked in this order:

- **source**: a prediction (or gold claim) there has the same type, stance and figure:
  only the actor differs.
- **stance**: the same type and figure, the other stance.
- **type**: the same figure, another claim type.
- **figure**: the same type, another figure (or none).
- **other**: something lies there, of another type and figure.
- **nothing**: no prediction lies on the quote (misses); no gold claim lies on the
  prediction's sentence (false positives: a claim no one annotated).

For false positives whose cause is **source**, it also says what judged the two sources
different: both resolved to table actors that differ, both to state institutions that
differ, or their names, compared word for word because neither side (or only one)
resolved. Names written in two languages (a French source as written against an English
``source_normalized``) never match by name, right or wrong.

Misses of cause **nothing** are split by the layer that loses them, from the sentences of
the gold quote read on their own: **read in its sentence** (``extract`` of them alone gives a
claim of the gold's type and figure: the article's context loses it, a source carried on or
a sentence judged background), **read with a source** (only behind a neutral source,
"Officials said" / "Selon des responsables,", do they give it: the sentence has no source
the rules see), and **not read** (neither: the claim words or the count structure are not
read).

It also prints the misses and false positives per claim type (the gold claim's type for a
miss, the prediction's for a false positive), and the strict numeric scores per part and
language (English, French).
Because it prints totals only, it may be run on the held-out part: it says which layer
loses most (attribution, lexicon, counts) without showing a held-out sentence.

Run: ``.venv/bin/python benchmarks/extract_causes.py [--part written-from]``.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import pandas as pd
from extract_quality import (
    PARTS,
    _counts,
    _given,
    _match,
    _nan,
    _predict,
    _strict,
    load_cases,
    overlaps,
    same_figures,
)

from claimtrack.extraction.sentences import detect_language, split_sentences

CAUSES = ("source", "stance", "type", "figure", "other", "nothing")


def _same_claim(p: pd.Series, g: pd.Series) -> bool:
    return p["claim_type"] == g["claim_type"] and p["stance"] == g["stance"] and same_figures(p, g)


def cause(pred: pd.Series | None, gold: pd.Series | None, there: list[pd.Series]) -> str:
    """Why a miss (``gold`` given) or a false positive (``pred`` given) found no strict match,
    from the claims of the other side lying on it."""
    pairs = [(pred, o) if gold is None else (o, gold) for o in there]
    tests = (
        ("source", _same_claim),
        ("stance", lambda p, g: p["claim_type"] == g["claim_type"] and same_figures(p, g)),
        ("type", lambda p, g: same_figures(p, g)),
        ("figure", lambda p, g: p["claim_type"] == g["claim_type"]),
    )
    for name, test in tests:
        if any(test(p, g) for p, g in pairs):
            return name
    return "other" if there else "nothing"


_NEUTRAL = {"en": "Officials said {}", "fr": "Selon des responsables, {}"}


def lost_where(gold: pd.Series, text: str, language: str) -> str:
    """Which layer loses a miss that no prediction lies on (see the docstring)."""
    start, end = gold["spans"][0] if gold["spans"] else (0, 0)
    # the quote's whole sentences: a quote may leave its source outside, in its sentence
    quote = " ".join(s.text for s in split_sentences(text) if s.start < end and start < s.end)
    if not quote:
        return "not read"
    frame = gold.to_frame().T.iloc[:0]
    for name, said in (("read in its sentence", quote), ("read with a source", None)):
        if said is None:
            said = _NEUTRAL.get(language, _NEUTRAL["en"]).format(quote[0].lower() + quote[1:])
        pred, _, _ = _predict({"text": said, "gold": frame})
        if any(
            p["claim_type"] == gold["claim_type"] and same_figures(p, gold)
            for _, p in pred.iterrows()
        ):
            return name
    return "not read"


def judged_by(pred: pd.Series, gold: pd.Series) -> str:
    """Which comparison of ``_strict_source`` told a prediction's source from the gold's."""
    if _given(pred["actor"]) and _given(gold["actor"]):
        return "actors"
    if _given(pred["institution"]) and _given(gold["institution"]):
        return "institutions"
    resolved = sum(_given(r["actor"]) or _given(r["institution"]) for r in (pred, gold))
    return "names, one side resolved" if resolved else "names, neither resolved"


def causes(case: dict) -> tuple[list[dict], dict]:
    """One row per strict numeric miss and false positive of a case, with its cause; and
    the case's strict counts (``_counts``)."""
    pred, gold, _ = _predict(case)
    status, hit = _match(pred, gold, _strict)
    language = detect_language(case["text"])
    rows = []
    for _, g in gold[~hit & gold["number"].notna()].iterrows():
        there = [
            p for _, p in pred.iterrows() if overlaps(g["spans"], p["char_start"], p["char_end"])
        ]
        row = {"kind": "miss", "cause": cause(None, g, there), "type": g["claim_type"]}
        if row["cause"] == "nothing":
            row["lost where"] = lost_where(g, case["text"], language)
        rows.append(row)
    for (_, p), s in zip(pred.iterrows(), status, strict=True):
        if s == "fp" and not _nan(p["number"]):
            there = [
                g
                for _, g in gold.iterrows()
                if overlaps(g["spans"], p["char_start"], p["char_end"])
            ]
            row = {"kind": "false positive", "cause": cause(p, None, there)}
            row["type"] = p["claim_type"]
            if row["cause"] == "source":
                same = next(g for g in there if _same_claim(p, g))
                row["judged by"] = judged_by(p, same)
            rows.append(row)
    where = {"part": case["part"], "language": language}
    return [where | r for r in rows], where | _counts(pred, gold, status, hit)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=PARTS, help="one part only (written-from to develop)")
    parser.add_argument("--corpus", type=Path, help="this folder's case-*.yaml instead")
    args = parser.parse_args()
    rows, scores = [], []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for case in (c for c in load_cases(args.corpus) if args.part in (None, c["part"])):
            found, score = causes(case)
            rows += found
            scores.append(score)
    table = pd.DataFrame(rows)
    keys = ["part", "language", "kind"]
    counts = table.groupby([*keys, "cause"]).size().unstack("cause", fill_value=0)
    counts = counts.reindex(columns=list(CAUSES), fill_value=0)
    counts["all"] = counts.sum(axis=1)
    print("numeric claims the strict score misses or counts false, by cause (see the docstring)")
    print(counts.to_string(), end="\n\n")
    if "judged by" in table:
        judged = table.dropna(subset=["judged by"]).groupby(["part", "language", "judged by"])
        print("false positives of cause 'source', by what judged the sources different")
        print(judged.size().to_string(), end="\n\n")
    if "lost where" in table:
        lost = table.dropna(subset=["lost where"]).groupby(["part", "language", "lost where"])
        print("misses of cause 'nothing', by the layer that loses them")
        print(lost.size().to_string(), end="\n\n")
    types = table.groupby(["part", "kind", "type"]).size().unstack("kind", fill_value=0)
    print("numeric misses and false positives by claim type (the gold's, the prediction's)")
    print(types.to_string(), end="\n\n")
    by = pd.DataFrame(scores).groupby(["part", "language"]).sum(numeric_only=True)
    strict = pd.DataFrame({"cases": pd.DataFrame(scores).groupby(["part", "language"]).size()})
    strict[["gold#", "pred#"]] = by[["gold#", "pred#"]]
    strict["P#"] = by["tp#"] / by["pred#"]
    strict["R#"] = by["hit#"] / by["gold#"]
    print("strict numeric scores by language")
    print(strict.to_string(float_format=lambda v: f"{v:.2f}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

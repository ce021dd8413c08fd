"""How well ``claimtrack.extract`` finds the sourced claims people annotated, per part.

Gold: the annotated cases of ``shared/corpus/dev/`` (read where they lie, never
copied) and the Mali article with ``data/statements/mali-…yaml``.

**Parts** (the rule is fixed, so a new case falls into a part by its number):
cases whose number is even and 7 or more (08, 10, …, 66, 68, …) are **held-out**:
they are only scored, never read to write rules from. Every other case (01–06,
which the first rules were written from, the odd cases 07, 09, …, and the Mali
article) is **written-from**. Improve the rules looking at ``--detail`` of the
written-from part only; read the held-out part's figures, not its misses.

Matching: one prediction to one gold claim, greedily in text order, preferring a gold
claim whose quote (or a restatement) overlaps the prediction's sentence. A prediction
that repeats a claim already matched (the gold merges restatements under ``restated``)
counts neither for nor against. Two scores:

- **lenient** (the score of earlier sessions): the same claim type (``attacked_location``
  is ``attacked``); the same number where the gold claim has one (best, else low, else
  high; vague gold claims need none); the same source, where both name an actor
  (``guess_actors``) the same actor, else folded names that contain one another
  (four characters or more), the prediction's speaker and pronoun as written ("He")
  counting as its names.
- **strict** (right actor, claim type, number and stance): the same claim type and
  ``stance``; the number read the same way on both sides: where the gold has a
  ``value_best`` the prediction's best (the parsed ``value``, or a denied toll's
  ``value_best``) equals it, where it has only ``value_low``/``value_high`` both bounds
  are equal, where it has none the prediction carries no figure either; the actor:
  the prediction's ``source_raw`` and the gold's ``source`` that are one phrase (folded,
  as below) are one source, as is one conjunct of a coordinated ``source`` ("residents" of
  "A local official and residents": extract gives a row per conjunct); otherwise, where
  both the prediction's ``source_raw`` and the gold's ``source_normalized`` (else
  ``source``) resolve to an actor, the same actor;
  where both name a state institution (a table actor's name, else the phrase, read by
  ``claimtrack.extraction.institutions``:
  "le ministère nigérien de la défense" and "Niger Ministry of Defence" are ``NE:defence``),
  the same institution; otherwise the prediction's
  ``source_raw`` or ``speaker`` and the gold's ``source`` or ``source_normalized``, folded
  without leading articles or punctuation ("defense" read as "defence"), are equal or
  one is a whole-word run of the other; a prediction's name also counts without its
  role words ("Government spokesman" names "Somali government").
  A pronoun ("He", "Ils") is never a name on either side: a pronoun must be resolved
  to count.

Figures per part: ``#`` columns count numeric claims (gold with a figure; predictions
whose value parses to one), the others every claim. ``attribution``: among predictions
whose quote overlaps a gold claim of the same type and number, the share naming its
source (lenient). ``articles/s``: ``extract`` calls per second on the part's texts, in
wall time and in this process's CPU time (one core; the figure to read on a shared
machine), after an untimed warm-up pass over the same texts: imports, compiled patterns
and each country's gazetteer index are loaded once per process (a large corpus pays
them once per country, not per article; each case here is in a different country). The
memo of source names resolved to actors is emptied after the warm-up, so the timed pass
resolves every name as if it were new.

Run: ``.venv/bin/python benchmarks/extract_quality.py`` (``--cases`` adds a row per
case, ``--detail`` lists false positives and misses, ``--part`` scores one part only,
``--corpus DIR`` scores a folder of cases annotated in the corpus's format instead).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
import warnings
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

import claimtrack as ct
from claimtrack.extraction.actors import _EXACT, guess_actors
from claimtrack.extraction.institutions import institution
from claimtrack.extraction.lexicon import words
from claimtrack.extraction.lexicon.source_words import PRONOUNS, ROLE_WORDS
from claimtrack.normalize.actors import alias_index
from claimtrack.normalize.quantities import QuantityError, parse_quantity
from claimtrack.text import fold
from claimtrack.vocabulary import CLAIM_TYPE_ALIASES

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
MALI = ROOT / "data" / "statements" / "mali-2025-07-01-coordinated-attacks.yaml"
PARTS = ("written-from", "held-out")
_ROLE = words(ROLE_WORDS)
# "l'Alliance": the elided article has no space after it (fold straightens a curly one).
_ARTICLES = re.compile(r"^(?:(?:the|a|an|le|la|les|un|une)\s+|l'\s*)")


def institutions(phrases: pd.Series, country: str | None) -> pd.Series:
    """``institution`` of each phrase (None for a missing one), on the phrases' index."""
    return phrases.map(lambda phrase: institution(phrase, country)).astype("object")


def part_of(case: str) -> str:
    """The part a case belongs to: even-numbered cases from 08 on are held out.

    Example:
        >>> [part_of(c) for c in ("case-06", "case-07", "case-08", "mali")]
        ['written-from', 'written-from', 'held-out', 'written-from']
    """
    m = re.fullmatch(r"case-(\d+)", case)
    return "held-out" if m and int(m.group(1)) >= 7 and int(m.group(1)) % 2 == 0 else PARTS[0]


def _nan(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _bounds(value: object) -> tuple[float | None, float | None, float | None]:
    """(low, best, high) of a value as written; all None for vague or unreadable values."""
    if _nan(value):
        return None, None, None
    try:
        low, best, high, qualifier = parse_quantity(str(value))
    except QuantityError:
        return None, None, None
    if qualifier == "vague":
        return None, None, None  # "dozens" has no figure, in the gold as in the predictions
    return tuple(None if math.isnan(v) else float(v) for v in (low, best, high))


def _first(*values: object) -> float | None:
    return next((float(v) for v in values if not _nan(v)), None)


def _spans(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    out = []
    for phrase in phrases:
        at = text.find(phrase) if phrase else -1
        if at >= 0:
            out.append((at, at + len(phrase)))
    return out


def _gold_row(c: dict, text: str) -> dict:
    low, best, high = (None if _nan(c[k]) else float(c[k]) for k in _BOUNDS)
    return {
        "source": c["source"],
        "source_normalized": c["source_normalized"],
        "claim_type": CLAIM_TYPE_ALIASES.get(c["claim_type"], c["claim_type"]),
        "stance": c.get("stance") or "asserts",
        "number": _first(best, low, high),
        "low": low,
        "best": best,
        "high": high,
        "spans": _spans(text, [c["quote"], *(c.get("restated") or [])]),
    }


_BOUNDS = ("value_low", "value_best", "value_high")


def load_cases(folder: Path | None = None) -> list[dict]:
    """Every gold case: name, part, text and a frame of gold claims. Given a ``folder`` of
    cases in the corpus's format, its cases only, all in one part named for the folder."""
    cases = []
    for path in sorted((folder or CORPUS / "dev").glob("case-*.yaml")):
        doc = yaml.safe_load(path.read_text())
        gold = pd.DataFrame([_gold_row(c, doc["text"]) for c in doc["claims"]])
        part = folder.name if folder else part_of(path.stem)
        cases.append({"case": path.stem, "text": doc["text"], "gold": gold, "part": part})
    if folder:
        return cases
    text = (CORPUS / "mali-coordinated-attacks.txt").read_text()
    rows = []
    for r in ct.read(MALI).to_dict("records"):
        low, best, high = _bounds(r["value"])
        c = {"source": r["source_raw"], "source_normalized": r["source_raw"], "quote": r["quote"]}
        c |= {"claim_type": r["claim_type"], "stance": r["stance"]}
        c |= dict(zip(_BOUNDS, (low, best, high), strict=True))
        rows.append(_gold_row(c, text))
    cases.append({"case": "mali", "text": text, "gold": pd.DataFrame(rows), "part": PARTS[0]})
    return cases


_COORDINATED = re.compile(r" (?:and|et|as well as|ainsi que) ")


def _names(*values: object, strict: bool = False) -> list[str]:
    out = [fold(v).strip() for v in values if isinstance(v, str) and v.strip()]
    if strict:
        out = [_ARTICLES.sub("", n) for n in out if n not in PRONOUNS]
        out = [re.sub(r"\bdefense\b", "defence", re.sub(r"[^\w' -]+", " ", n)) for n in out]
        out = [" ".join(n.split()) for n in out]
        # "Government spokesman" speaks for the government: the name without its role word.
        out += [n2 for n in out if (n2 := " ".join(_ROLE.sub(" ", n).split())) and n2 != n]
    return out


def _given(value: object) -> bool:
    """A name or key, not a missing value (None or NaN: NaN is truthy)."""
    return isinstance(value, str) and bool(value)


def _lenient_source(pred: pd.Series, gold: pd.Series) -> bool:
    if _given(pred["actor"]) and _given(gold["actor"]):
        return pred["actor"] == gold["actor"]
    pred_names = _names(pred["source_raw"], pred["speaker"], pred["source_mention"])
    gold_names = _names(gold["source"], gold["source_normalized"])
    # Short names ("He", "Ils") must be equal; longer ones may contain one another.
    return any(
        p == g or (min(len(p), len(g)) >= 4 and (p in g or g in p))
        for p in pred_names
        for g in gold_names
    )


def _strict_source(pred: pd.Series, gold: pd.Series) -> bool:
    # The phrase the text uses, on both sides: one source, however each side's table
    # reads it ("des sources militaires" as the table's security sources or as the army).
    written = _names(pred["source_raw"], strict=True)[:1]
    gold_written = _names(gold["source"], strict=True)[:1]
    if written and written == gold_written:
        return True
    # One conjunct of a coordinated source ("residents" of "A local official and residents"):
    # extract gives a row per conjunct where annotators wrote one claim.
    coordinated = gold_written and _COORDINATED.search(gold_written[0])
    if written and coordinated and f" {written[0]} " in f" {gold_written[0]} ":
        return True
    if _given(pred["actor"]) and _given(gold["actor"]):
        return pred["actor"] == gold["actor"]
    if _given(pred["institution"]) and _given(gold["institution"]):
        return pred["institution"] == gold["institution"]
    pred_names = _names(pred["source_raw"], pred["speaker"], strict=True)
    gold_names = _names(gold["source"], gold["source_normalized"], strict=True)
    return any(
        p == g or f" {p} " in f" {g} " or f" {g} " in f" {p} "
        for p in pred_names
        for g in gold_names
        if p and g
    )


def _lenient(pred: pd.Series, gold: pd.Series) -> bool:
    if gold["claim_type"] != pred["claim_type"] or not _lenient_source(pred, gold):
        return False
    return _nan(gold["number"]) or gold["number"] == pred["number"]


def same_figures(pred: pd.Series, gold: pd.Series) -> bool:
    """The number read the same way on both sides (the strict score's rule)."""
    if not _nan(gold["best"]):
        return gold["best"] == pred["best"]
    if not (_nan(gold["low"]) and _nan(gold["high"])):
        return all(_first(gold[k]) == _first(pred[k]) for k in ("low", "high"))
    return _nan(pred["number"])


def _strict(pred: pd.Series, gold: pd.Series) -> bool:
    if gold["claim_type"] != pred["claim_type"] or gold["stance"] != pred["stance"]:
        return False
    return same_figures(pred, gold) and _strict_source(pred, gold)


def _match(pred: pd.DataFrame, gold: pd.DataFrame, same) -> tuple[list[str], pd.Series]:
    """Each prediction's status (tp, fp, repeat) and which gold claims were found."""
    matched = pd.Series(False, index=gold.index)
    status = []
    for _, p in pred.iterrows():
        candidates = []
        for gi, g in gold.iterrows():
            if same(p, g):
                overlap = overlaps(g["spans"], p["char_start"], p["char_end"])
                candidates.append((matched[gi], not overlap, gi))
        if not candidates:
            status.append("fp")
            continue
        done, _, gi = min(candidates)
        status.append("repeat" if done else "tp")
        matched[gi] = True
    return status, matched


def _predict(case: dict) -> tuple[pd.DataFrame, pd.DataFrame, tuple[float, float]]:
    """The predictions (with actor and figures) of one case, its gold with actors, and
    the seconds ``extract`` took (wall, CPU)."""
    gold = case["gold"].copy()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t0, c0 = time.perf_counter(), time.process_time()
        pred = ct.extract(case["text"])
        seconds = (time.perf_counter() - t0, time.process_time() - c0)
        country = pred["country"].iloc[0] if len(pred) else None
        gold["actor"] = guess_actors(gold["source_normalized"], country).where(
            lambda s: s.notna(), guess_actors(gold["source"], country)
        )
    known = pred["actor_id"].isin(set(_actor_names()))
    pred["actor"] = [a if k else None for a, k in zip(pred["actor_id"], known, strict=True)]
    # The prediction's own ``institution`` (source, else speaker) after its table actor's.
    pred["institution"] = _by_actor(pred, country).fillna(pred["institution"])
    gold["institution"] = (
        _by_actor(gold, country)
        .fillna(institutions(gold["source_normalized"], country))
        .fillna(institutions(gold["source"], country))
    )
    cols = ["low", "best", "high"]
    parsed = pd.DataFrame(pred["value"].map(_bounds).tolist(), columns=cols, index=pred.index)
    # A denied toll carries the figure it denies in value_low/best/high, not in value.
    explicit = pred[list(_BOUNDS)].astype(float).set_axis(cols, axis=1)
    denied = explicit.notna().any(axis=1)
    figures = explicit.where(denied, parsed.astype(float), axis=0)
    pred[["low", "best", "high"]] = figures.to_numpy()
    pred["number"] = figures.bfill(axis=1)["low"].where(figures["best"].isna(), figures["best"])
    return pred, gold, seconds


@lru_cache(maxsize=1)
def _actor_names() -> dict[str, str]:
    table, _ = alias_index()
    return table["name"].to_dict()


def _by_actor(frame: pd.DataFrame, country: str | None) -> pd.Series:
    """The state institution named by each row's table actor (its name read as a phrase)."""
    return institutions(frame["actor"].map(_actor_names()).astype("object"), country)


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether any of a gold claim's quote spans overlaps the text from start to end."""
    return any(a < end and start < b for a, b in spans)


def _counts(pred: pd.DataFrame, gold: pd.DataFrame, status: list[str], hit: pd.Series) -> dict:
    pred = pred.assign(status=status)
    kept = pred[pred["status"] != "repeat"]
    numeric = kept["number"].notna()
    return {
        "tp#": int((kept[numeric]["status"] == "tp").sum()),
        "pred#": int(numeric.sum()),
        "hit#": int(hit[gold["number"].notna()].sum()),
        "gold#": int(gold["number"].notna().sum()),
        "tp": int((kept["status"] == "tp").sum()),
        "pred": len(kept),
        "hit": int(hit.sum()),
        "gold": len(gold),
    }


def _attribution(pred: pd.DataFrame, gold: pd.DataFrame) -> tuple[int, int]:
    """Predictions landing on a gold claim (type, number, quote): how many name its source."""
    right = total = 0
    for _, p in pred.iterrows():
        on = [
            g
            for _, g in gold.iterrows()
            if g["claim_type"] == p["claim_type"]
            and (_nan(g["number"]) or g["number"] == p["number"])
            and overlaps(g["spans"], p["char_start"], p["char_end"])
        ]
        if on:
            total += 1
            right += any(_lenient_source(p, g) for g in on)
    return right, total


def score(case: dict) -> tuple[list[dict], list[str], tuple[float, float]]:
    """Counts of one case under both scores, the strict misses and false positives, seconds."""
    pred, gold, seconds = _predict(case)
    rows, notes = [], []
    for name, same in (("lenient", _lenient), ("strict", _strict)):
        status, hit = _match(pred, gold, same)
        row = {"part": case["part"], "case": case["case"], "score": name}
        rows.append(row | _counts(pred, gold, status, hit))
        if name == "strict":
            notes = [
                f"  FP   {p['source_raw']!r} {p['claim_type']} {p['value']!r} {p['stance']}"
                f" ({p['rule']})"
                for (_, p), s in zip(pred.iterrows(), status, strict=True)
                if s == "fp"
            ] + [
                f"  MISS {g['source']!r} {g['claim_type']} {g['number']} {g['stance']}"
                for _, g in gold[~hit].iterrows()
            ]
    right, total = _attribution(pred, gold)
    rows[0] |= {"right": right, "total": total}
    return rows, notes, seconds


def _ratios(t: pd.DataFrame) -> pd.DataFrame:
    out = t[["gold#", "pred#"]].copy()
    out["P#"] = t["tp#"] / t["pred#"]
    out["R#"] = t["hit#"] / t["gold#"]
    out[["gold", "pred"]] = t[["gold", "pred"]]
    out["P"] = t["tp"] / t["pred"]
    out["R"] = t["hit"] / t["gold"]
    out["attribution"] = t["right"] / t["total"]
    return out


def intervals(table: pd.DataFrame, draws: int = 2000, seed: int = 0) -> pd.DataFrame:
    """95% intervals of each part's strict P# and R#, resampling its cases (a bootstrap):
    how far a score could move by the draw of articles alone, to read a change against.

    Example: ``intervals(pd.DataFrame(rows))`` on the rows of ``score``, one line a part.
    """
    rng = np.random.default_rng(seed)
    out = {}
    for part, cases in table[table["score"] == "strict"].groupby("part", sort=False):
        counts = cases[["tp#", "pred#", "hit#", "gold#"]].to_numpy(dtype=float)
        drawn = counts[rng.integers(0, len(counts), size=(draws, len(counts)))].sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            p, r = drawn[:, 0] / drawn[:, 1], drawn[:, 2] / drawn[:, 3]
        low, high = np.nanpercentile(np.stack([p, r], axis=1), [2.5, 97.5], axis=0)
        out[part] = {"P# from": low[0], "P# to": high[0], "R# from": low[1], "R# to": high[1]}
    return pd.DataFrame(out).T


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--detail", action="store_true", help="list strict misses and FPs")
    parser.add_argument("--cases", action="store_true", help="a row per case")
    parser.add_argument("--part", choices=PARTS, help="score one part only")
    parser.add_argument(
        "--corpus", type=Path, help="score this folder's case-*.yaml instead, as one part"
    )
    args = parser.parse_args(argv)
    cases = [c for c in load_cases(args.corpus) if args.part in (None, c["part"])]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for case in cases:  # warm-up: see the module docstring
            ct.extract(case["text"])
    _EXACT.clear()  # names are resolved afresh in the timed pass, as in new articles
    rows, speed = [], []
    for case in cases:
        found, notes, seconds = score(case)
        rows += found
        wall, cpu = seconds
        speed.append({"part": case["part"], "wall": wall, "cpu": cpu, "n": 1})
        speed[-1]["chars"] = len(case["text"])
        if args.detail:
            print(case["case"], case["part"], *notes, sep="\n")
    table = pd.DataFrame(rows)
    keys = ["part", "score"]
    parts = table.groupby(keys, sort=False).sum(numeric_only=True)
    both = table.groupby("score", sort=False).sum(numeric_only=True)
    both.index = pd.MultiIndex.from_product([["all"], both.index], names=keys)
    summary = _ratios(pd.concat([parts, both]))
    fmt = {"float_format": lambda v: f"{v:.2f}", "na_rep": ""}
    if args.cases:
        per_case = _ratios(table.set_index(["part", "case", "score"]))
        print(per_case.sort_index().to_string(**fmt), end="\n\n")
    print("# = claims with a number; targets on held-out, strict: P# and R# >= 0.9")
    print(summary.to_string(**fmt))
    print("strict, 95% interval from resampling the cases (a change inside it may be the draw)")
    print(intervals(table).to_string(**fmt))
    timing = pd.DataFrame(speed).groupby("part", sort=False).sum()
    timing["articles/s (wall)"] = timing["n"] / timing["wall"]
    # CPU time of this process: on a shared machine, what one core does, load aside.
    timing["articles/s (CPU)"] = timing["n"] / timing["cpu"]
    timing["mean chars"] = timing["chars"] / timing["n"]
    shown = timing[["n", "articles/s (wall)", "articles/s (CPU)", "mean chars"]]
    print(shown.to_string(float_format=lambda v: f"{v:.1f}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

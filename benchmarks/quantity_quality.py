"""How well ``parse_quantity`` reads the values people annotated in the corpus.

Every claim of ``shared/corpus/dev/case-*.yaml`` (read where it lies, never copied)
with a ``value_text`` is parsed and compared with its annotated
(value_low, value_best, value_high). The corpus gives vague words ("dozens",
"plusieurs") no figure, so a vague reading counts as the same when the
annotation has none, whatever figures the vague-words table gives.

Two parts, printed apart: cases 01-40, which the parser's rules were written
from, and cases 41-66, held out (only scored). Per part: how many parse to the
annotation, how many differ, how many are rejected, and the misses.

Run: ``.venv/bin/python benchmarks/quantity_quality.py``
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import yaml

from claimtrack.normalize.quantities import QuantityError, parse_quantity

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
PARTS = {"written-from (cases 01-40)": range(1, 41), "held-out (cases 41-66)": range(41, 67)}


def _figure(value: object) -> float:
    return float("nan") if value is None else float(value)


def _same(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return all((math.isnan(x) and math.isnan(y)) or x == y for x, y in zip(a, b, strict=True))


def annotated(cases: range) -> list[tuple[str, str, tuple[float, float, float], str]]:
    """(case, value_text, (low, best, high), stance) of every annotated value in the cases."""
    rows = []
    for path in sorted(CORPUS.glob("case-*.yaml")):
        number = int(re.search(r"case-(\d+)", path.name).group(1))
        if number not in cases:
            continue
        for claim in yaml.safe_load(path.read_text())["claims"]:
            if claim.get("value_text") is None:
                continue
            gold = tuple(_figure(claim[k]) for k in ("value_low", "value_best", "value_high"))
            rows.append((path.stem, str(claim["value_text"]), gold, claim["stance"]))
    return rows


def score(rows: list) -> tuple[dict[str, int], list[str]]:
    """Counts of same / differ / rejected, and one line per miss."""
    counts = {"same": 0, "differ": 0, "rejected": 0}
    misses = []
    for case, text, gold, stance in rows:
        try:
            low, best, high, qualifier = parse_quantity(text)
        except QuantityError as exc:
            counts["rejected"] += 1
            misses.append(f"  rejected {case} {text!r} (annotated {_show(gold)}): {exc}"[:160])
            continue
        got = (float("nan"),) * 3 if qualifier == "vague" else (low, best, high)
        if _same(got, gold):
            counts["same"] += 1
        else:
            counts["differ"] += 1
            note = " [denial: the figure is stated elsewhere]" if stance == "denies" else ""
            misses.append(
                f"  differ   {case} {text!r}: annotated {_show(gold)}, "
                f"read {_show((low, best, high))} {qualifier}{note}"
            )
    return counts, misses


def _show(values: tuple[float, ...]) -> str:
    return "(" + ", ".join("-" if math.isnan(v) else f"{v:g}" for v in values) + ")"


def main() -> None:
    """Print the scores of both parts and their misses."""
    for name, cases in PARTS.items():
        rows = annotated(cases)
        counts, misses = score(rows)
        share = counts["same"] / len(rows) if rows else float("nan")
        print(
            f"{name}: {len(rows)} values, {counts['same']} same ({share:.1%}), "
            f"{counts['differ']} differ, {counts['rejected']} rejected"
        )
        print("\n".join(misses) if misses else "  no misses")


if __name__ == "__main__":
    main()

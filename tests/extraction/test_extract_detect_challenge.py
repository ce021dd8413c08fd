"""An invented challenge set: wire-style sentences, each with the claims an annotator records.

Every sentence is invented for this test (none comes from the corpus). Each names a plain
source and the numeric claims a careful annotator would record: claim type, figure and
stance. A sentence passes when the extractor gives exactly those numeric claims (no more,
no fewer), each under a source that names the expected one. A figure is an integer (the
best value), ``(low, high)`` for a range, or ``None`` for a vague count ("dozens"); the
figure is read through ``parse_quantity`` as the benchmark reads it.

Sentences the extractor still gets wrong are kept, marked as known gaps (strict xfail:
a gap that gets fixed fails here until it is taken off the list).

Modules: ``extraction.counts``, ``count_rules``, ``predicates``, ``number_forms``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from detect_challenge_cases import CASES
from extract_helpers import claims

from claimtrack.text import fold

# The figure is read as the benchmark reads it: one reading, imported from there.
_SPEC = importlib.util.spec_from_file_location(
    "bench_extract_quality", Path(__file__).resolve().parents[2] / "benchmarks/extract_quality.py"
)
_BENCH = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_BENCH)


def _same(got: tuple, expected: object) -> bool:
    low, best, high = got
    if expected is None:
        return best is None and low is None
    if isinstance(expected, tuple):
        return (low, high) == tuple(float(v) for v in expected)
    return best == float(expected)


def _numeric(sentence: str) -> list[tuple]:
    """The candidates that carry a count: (source, type, figure, stance)."""
    out = []
    for source, claim_type, value, _subject, stance in claims(sentence):
        if value is not None:
            out.append((source, claim_type, _BENCH._bounds(value), stance))
    return out


def mismatch(sentence: str, source: str, expected: list[tuple]) -> str | None:
    """What is wrong with the claims of one sentence, or None."""
    got = _numeric(sentence)
    left = list(got)
    for claim_type, figure, stance in expected:
        hit = next(
            (g for g in left if g[1] == claim_type and g[3] == stance and _same(g[2], figure)),
            None,
        )
        if hit is None:
            return f"missing {claim_type} {figure} {stance}; got {got}"
        if fold(source) not in fold(hit[0] or ""):
            return f"{claim_type} {figure} under {hit[0]!r}, expected {source!r}"
        left.remove(hit)
    return f"extra {left}" if left else None


# Known gaps: indexes into CASES the extractor still gets wrong (see the module docstring).
# None left: "aid agencies" is read since plural source nouns are (en3), "the company"
# since companies are source nouns (en5grid).
GAPS: set[int] = set()


@pytest.mark.parametrize(
    ("sentence", "source", "expected"),
    [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True)) if i in GAPS else case
        for i, case in enumerate(CASES)
    ],
)
def test_challenge_sentence_gives_its_claims(sentence, source, expected):
    assert mismatch(sentence, source, expected) is None

"""What the extraction tests share: the candidates of a text as tuples, the CLI in-process."""

from __future__ import annotations

import math
import warnings
from types import SimpleNamespace

import claimtrack as ct
from claimtrack.normalize.quantities import parse_quantity

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


def rows(text: str) -> list[tuple]:
    """(source as written, claim type, value as written, stance) of each candidate."""
    return [(s, t, v, st) for s, t, v, _, st in claims(text)]


def figure(value: object) -> object:
    """A value as a number where it reads as one ("12", "une vingtaine"), else as written."""
    if not isinstance(value, str):
        return None
    low, best, high = parse_quantity(value)[:3]
    for number in (best, low, high):
        if not math.isnan(number):
            return float(number)
    return value


def claim_figures(text: str) -> list[tuple]:
    """(source, claim type, figure, stance) of every claim of a text, sorted."""
    got = [(s, t, figure(v), st) for s, t, v, _, st in claims(text)]
    return sorted(got, key=repr)


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

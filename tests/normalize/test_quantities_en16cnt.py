"""Round 16: one person named by an owner's name ("Boko Haram's leader") is one."""

from __future__ import annotations

import math

import pytest

from claimtrack.normalize.quantities import parse_quantity


@pytest.mark.parametrize(
    ("value", "best"),
    [("Al Qaeda's leader", 1.0), ("Karimi's spokesman", 1.0), ("Al Qaeda's fighters", None)],
)
def test_an_owner_named_before_one_person(value: str, best: float | None) -> None:
    got = parse_quantity(value)[1]
    assert math.isnan(got) if best is None else got == best

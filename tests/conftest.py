"""Shared fixtures: the project root, the shared corpus and the Mali tidy frame."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
MALI = ROOT / "data" / "statements" / "mali-2025-07-01-coordinated-attacks.yaml"
MALI_ID = "mali-2025-07-01-coordinated-attacks"

os.environ.setdefault("MPLBACKEND", "Agg")


@pytest.fixture(scope="session")
def mali():
    """(tidy, rejects) of the bundled Mali incident."""
    import claimtrack as ct

    return ct.load(MALI)

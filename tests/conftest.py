"""Shared fixtures: the project root, the shared corpus and the Mali tidy frame."""

from __future__ import annotations

import os
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
MALI = ROOT / "data" / "statements" / "mali-2025-07-01-coordinated-attacks.yaml"
MALI_ID = "mali-2025-07-01-coordinated-attacks"

DEV_CASES = sorted((CORPUS / "dev").glob("case-*.yaml"))

os.environ.setdefault("MPLBACKEND", "Agg")

# The caches a first run builds in the user's cache folder (XDG_CACHE_HOME), each once per
# machine and then read: built by every process that starts before one of them has written it
# (both xdist workers, the report schedule's warm-kernel servers, commands the tests run). On a
# cold cache (CI) the controller builds them once, in parallel, before the workers start.
COLD_CACHES = {
    "matplotlib's font list": "import matplotlib.font_manager",
    "the GeoNames copy": "from claimtrack.normalize.places import gazetteer; gazetteer()",
    "the lexicon's word forms": (
        "from claimtrack.extraction.lexicon.tables import phrases, rows; phrases(rows()[0])"
    ),
}


def corpus_file(name: str) -> Path:
    """A file of the shared corpus; the calling test is skipped where the corpus is absent."""
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"{path} is absent: the shared corpus lies beside the checkout in CI")
    return path


@pytest.fixture(scope="session")
def mali():
    """(tidy, rejects) of the bundled Mali incident."""
    import claimtrack as ct

    return ct.load(MALI)


@pytest.fixture(scope="session")
def bundled():
    """The tidy frame of every bundled incident (data/statements)."""
    import warnings

    import claimtrack as ct

    with warnings.catch_warnings():  # sources the reference does not know: warned, kept
        warnings.simplefilter("ignore")
        tidy, _ = ct.load(ROOT / "data" / "statements")
    return tidy


@pytest.fixture
def rng(request: pytest.FixtureRequest) -> np.random.Generator:
    """A random generator seeded by the test's own id: the same data whatever runs first."""
    return np.random.default_rng(zlib.crc32(request.node.nodeid.encode()))


def pytest_configure(config: pytest.Config) -> None:
    # The xdist controller only (it runs no test): a single process builds each cache once anyway.
    if hasattr(config, "workerinput") or not getattr(config.option, "numprocesses", None):
        return
    builds = [subprocess.Popen([sys.executable, "-c", code]) for code in COLD_CACHES.values()]
    for name, build in zip(COLD_CACHES, builds, strict=True):
        if build.wait() != 0:  # the tests that need it fail and say why; only time is lost
            print(f"conftest: building {name} failed (exit {build.returncode})", file=sys.stderr)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # tests/integration/ runs real kernels and the whole report suite: `-m "not slow"` skips it.
    for item in items:
        if "integration" in item.path.parent.parts[-1:]:
            item.add_marker(pytest.mark.slow)

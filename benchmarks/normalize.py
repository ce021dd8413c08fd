"""Benchmark: read + normalize + validate 1,000,000 synthetic statements from CSV.

Generates a seeded synthetic CSV (digits, number words, vague words, ranges, ~5%
misspelled places), then, in a fresh process, times a bare ``pyarrow.csv.read_csv``
of the same file and claimtrack's ``read`` + ``normalize`` (which validates with
pandera), and prints rows/s, peak memory and the ratio to the bare read.

    .venv/bin/python benchmarks/normalize.py [--rows 1000000] [--seed 0]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

VALUES = np.array(
    [
        *[str(n) for n in range(0, 400)],
        *[f"at least {n}" for n in range(1, 300)],
        *[f"more than {n}" for n in range(1, 300)],
        *[f"up to {n}" for n in range(1, 300)],
        *[f"about {n}" for n in range(1, 300)],
        *[f"{n}-{n + k}" for n in range(1, 200) for k in (5, 10, 20)],
        *[f"between {n} and {n * 2}" for n in range(1, 200)],
        *["eighty", "three", "seventy-one", "twelve", "quatre-vingts", "neuf", "vingt et un"],
        *["several", "dozens", "hundreds", "a few", "many", "plusieurs", "une trentaine"],
        *["none", "no", "aucun", "a dozen", ""],
    ]
)
PLACES = np.array(
    ["Kayes", "Nioro", "Niono", "Molodo", "Diboli", "Sandaré", "Gogui", "Ségou", "Mopti", "Kita"]
)
MISSPELT = np.array(
    [
        "Kayess",
        "Nioro du Sahel",
        "Nionno",
        "Mollodo",
        "Dibolli",
        "Sandere",
        "Gogoui",
        "Segu",
        "Moptii",
        "Kitta",
    ]
)
SOURCES = np.array(
    ["the army", "FAMa", "JNIM", "GSIM", "residents", "a local politician", "Malian army"]
)
CLAIMS = np.array(["killed", "wounded", "seized", "attacked", "captured", "missing"])
SUBJECTS = np.array(["fighters", "soldiers", "civilians", "militants", "vehicles", "barracks"])


def generate(path: Path, rows: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    place_idx = rng.integers(0, len(PLACES), rows)
    misspelt = rng.random(rows) < 0.05
    places = np.where(misspelt, MISSPELT[place_idx], PLACES[place_idx])
    incident = rng.integers(0, 10_000, rows)
    frame = pd.DataFrame(
        {
            "incident_id": pd.Series(incident).map("synthetic-{:05d}".format),
            "country": "ML",
            "statement_id": pd.Series(np.arange(rows)).map("s{:07d}".format),
            "source": SOURCES[rng.integers(0, len(SOURCES), rows)],
            "claim_type": CLAIMS[rng.integers(0, len(CLAIMS), rows)],
            "subject": SUBJECTS[rng.integers(0, len(SUBJECTS), rows)],
            "value": VALUES[rng.integers(0, len(VALUES), rows)],
            "locations": places,
            "quote": "[synthetic] statement " + pd.Series(np.arange(rows)).astype(str),
        }
    )
    frame.to_csv(path, index=False)


def measure(path: Path) -> None:
    import pyarrow.csv

    bare = float("inf")
    for _ in range(3):  # the best of three: the bare read is short and the machine noisy
        start = time.perf_counter()
        table = pyarrow.csv.read_csv(path)
        bare = min(bare, time.perf_counter() - start)
        rows = table.num_rows
        del table

    import warnings

    import claimtrack as ct

    start = time.perf_counter()
    raw = ct.read(path)
    read_s = time.perf_counter() - start
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tidy, rejects = ct.normalize(raw)
    total = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2
    assert len(raw) == tidy["origin"].nunique() + len(rejects)
    print(f"rows                      {rows:,}")
    print(f"file size                 {path.stat().st_size / 1e6:.0f} MB")
    print(f"bare pyarrow.csv.read_csv {bare:.2f} s (best of 3)")
    print(f"claimtrack read           {read_s:.2f} s")
    print(f"read + normalize + valid. {total:.2f} s  ({rows / total:,.0f} rows/s)")
    print(f"ratio to bare read        {total / bare:.1f}x")
    print(f"peak memory (process)     {peak:.2f} GiB")
    print(f"accepted / rejected       {len(tidy):,} tidy rows / {len(rejects):,} rejected")
    unmatched = (tidy["match_method"] == "unmatched").mean()
    print(f"places unmatched          {unmatched:.2%} (misspelt on input: ~5%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "statements.csv"
        start = time.perf_counter()
        generate(path, args.rows, args.seed)
        print(f"generated {args.rows:,} synthetic rows in {time.perf_counter() - start:.1f} s")
        # A fresh process, so peak memory is the pipeline's and not the generator's.
        subprocess.run([sys.executable, __file__, "--measure", str(path)], check=True)


if __name__ == "__main__":
    main()

"""Benchmark: read + normalize + validate 1,000,000 synthetic statements from CSV.

Generates a seeded synthetic CSV (digits, number words, vague words, ranges, ~5%
misspelled places), then, in a fresh process, times a bare ``pyarrow.csv.read_csv``
of the same file and claimtrack's ``read`` + ``normalize`` (which validates with
pandera), and prints rows/s, peak memory and the ratio to the bare read.

``--realistic N...`` instead resamples every bundled incident (``data/statements``)
to N raw rows: real quotes, documents and multi-place statements kept as they are,
incident ids, statement ids and values varied. Each N is measured in its own process
(so peak RSS is that run's): bare read, read, normalize and guard, each in wall and
CPU seconds (the machine is shared), the ratio to the bare read, peak RSS, the tidy
frame's deep memory and rows; the table ends with the growth from the smallest N to
the largest.

    .venv/bin/python benchmarks/normalize.py [--rows 1000000] [--seed 0]
    .venv/bin/python benchmarks/normalize.py --realistic 100000 1000000 2000000
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


REALISTIC_N = (100_000, 1_000_000, 2_000_000)
# Set by read(); a CSV column of these names would be refused or ignored.
INTERNAL = ("origin", "claim_index", "problems")


def generate_realistic(path: Path, rows: int, seed: int) -> None:
    """Resample the bundled incidents' raw rows to ``rows`` rows of CSV at ``path``.

    Each sampled row keeps its quote, document and place list; it joins one of
    ~rows/100 copies of its incident (``<id>-r<k>``), gets its own statement id,
    and, where no explicit bounds pin it, a varied value.
    """
    import claimtrack as ct

    bundled = ct.read(Path(__file__).resolve().parents[1] / "data" / "statements")
    bundled = bundled.drop(columns=list(INTERNAL)).reset_index(drop=True)
    rng = np.random.default_rng(seed)
    frame = bundled.iloc[rng.integers(0, len(bundled), rows)].reset_index(drop=True)
    copies = max(1, rows // (100 * bundled["incident_id"].nunique()))
    number = pd.Series(np.arange(rows)).astype(str)
    frame["incident_id"] = (
        frame["incident_id"] + "-r" + pd.Series(rng.integers(0, copies, rows)).astype(str)
    )
    frame["statement_id"] = frame["statement_id"].fillna("s") + "-" + number
    free = frame[["value_low", "value_best", "value_high"]].isna().all(axis=1)
    varied = free & (rng.random(rows) < 0.5)
    frame.loc[varied, "value"] = pd.Series(rng.integers(0, 500, rows)).astype(str)[varied]
    frame.to_csv(path, index=False)


def measure_realistic(path: Path) -> None:
    """One N: bare read, read, normalize (guard included), guard alone; one line of JSON.

    Every step is timed in wall and CPU seconds (CPU of all the process's threads: the
    machine is shared, and pyarrow reads with several threads). claimtrack's modules
    are imported before the clock starts, as pyarrow's are for the bare read.
    """
    import json
    import warnings

    import numpy
    import pyarrow.csv

    # The best of three (by wall time): the bare read is short and the machine noisy.
    bare = min(
        (_timed(lambda: pyarrow.csv.read_csv(path))[1:] for _ in range(3)), key=lambda t: t[0]
    )
    start = time.perf_counter()
    import claimtrack as ct
    import claimtrack.normalize.claims
    import claimtrack.read
    from claimtrack.normalize.checks import guard
    from claimtrack.schema import TidyClaims

    TidyClaims.to_schema()  # pandera builds the contract once per process, on first use
    imports = time.perf_counter() - start
    # The peak of read + normalize alone: the bare read's table is handed back to the
    # system and the peak count (VmHWM) restarted; elsewhere ru_maxrss, the whole process.
    pyarrow.default_memory_pool().release_unused()
    restarted = _restart_peak()
    raw, *read_s = _timed(lambda: ct.read(path))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        (tidy, rejects), *normalize_s = _timed(lambda: ct.normalize(raw))
    peak = _peak_kib(restarted) / 1024**2
    _, *guard_s = _timed(lambda: guard(tidy, numpy.arange(len(tidy))))
    assert len(raw) == tidy["origin"].nunique() + len(rejects)
    result = {
        "rows": len(raw),
        "imports": imports,
        "bare": bare,
        "read": read_s,
        "normalize": normalize_s,
        "guard": guard_s,
        "peak": peak,
        "tidy_gib": tidy.memory_usage(deep=True).sum() / 1024**3,
        "tidy_rows": len(tidy),
        "rejects": len(rejects),
    }
    print(json.dumps(result))


def _restart_peak() -> bool:
    """Restart the process's peak resident memory (VmHWM) at its current size (Linux)."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        return False
    return True


def _peak_kib(restarted: bool) -> float:
    """Peak resident memory in KiB: VmHWM since the restart, else the process's ru_maxrss."""
    if restarted:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return float(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _timed(call):
    """(result, wall s, CPU s) of one call."""
    start, cpu = time.perf_counter(), time.process_time()
    value = call()
    return value, time.perf_counter() - start, time.process_time() - cpu


def realistic(sizes: list[int], seed: int) -> None:
    """Generate, measure each N in a child process, print the table and the growth."""
    import json

    results = []
    for rows in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "statements.csv"
            generate_realistic(path, rows, seed)
            out = subprocess.run(
                [sys.executable, __file__, "--measure-realistic", str(path)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            results.append(json.loads(out.strip().splitlines()[-1]))
    print_realistic(results)


def _pair(seconds: list[float]) -> str:
    return f"{seconds[0]:6.2f} /{seconds[1]:6.2f}"


def print_realistic(results: list[dict]) -> None:
    """The table: each step's wall / CPU seconds, the ratio to the bare read, memory, rows."""
    print("each step: wall s / CPU s (CPU of every thread; the machine is shared)")
    print(
        f"{'rows':>9}  {'bare read':>14}  {'read':>14}  {'normalize':>14}  {'guard':>14}"
        f"  {'(r+n)/bare':>11}  {'peak RSS':>8}  {'tidy deep':>9}  {'tidy rows':>9}"
    )
    for r in results:
        both = [r["read"][i] + r["normalize"][i] for i in (0, 1)]
        ratio = f"{both[0] / r['bare'][0]:.1f}x/{both[1] / r['bare'][1]:.1f}x"
        print(
            f"{r['rows']:>9,}  {_pair(r['bare'])}  {_pair(r['read'])}  {_pair(r['normalize'])}"
            f"  {_pair(r['guard'])}  {ratio:>11}  {r['peak']:5.2f} GiB  {r['tidy_gib']:5.2f} GiB"
            f"  {r['tidy_rows']:>9,}"
        )
    print(
        "guard is part of normalize; (r+n)/bare is wall/wall and CPU/CPU; peak RSS is the "
        "process's during read + normalize; claimtrack's "
        f"imports (before the clock): {max(r['imports'] for r in results):.2f} s at most"
    )
    if len(results) > 1:
        first, last = results[0], results[-1]
        scale = last["rows"] / first["rows"]
        grow = [
            (last["read"][i] + last["normalize"][i]) / (first["read"][i] + first["normalize"][i])
            for i in (0, 1)
        ]
        print(
            f"growth {first['rows']:,} -> {last['rows']:,} rows ({scale:.0f}x): read+normalize "
            f"{grow[0]:.1f}x wall, {grow[1]:.1f}x CPU; "
            f"peak RSS {last['peak'] / first['peak']:.1f}x; "
            f"tidy memory {last['tidy_gib'] / first['tidy_gib']:.1f}x; "
            f"tidy rows {last['tidy_rows'] / first['tidy_rows']:.1f}x"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--realistic",
        type=int,
        nargs="*",
        metavar="N",
        help=f"resample the bundled incidents to N rows (default {REALISTIC_N})",
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure-realistic", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure)
        return
    if args.measure_realistic:
        measure_realistic(args.measure_realistic)
        return
    if args.realistic is not None:
        realistic(args.realistic or list(REALISTIC_N), args.seed)
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

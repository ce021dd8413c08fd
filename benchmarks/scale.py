"""Normalize + compare at scale: pandas in one process against Dask on a local cluster.

Realistic statements (the bundled incidents resampled as in ``benchmarks/normalize.py
--realistic``) are written as CSV chunks of ``--chunk`` rows, never holding the largest
size in memory; each chunk's incidents are its own. For each size N:

- pandas (only up to ``--pandas-max`` rows): ``read`` + ``normalize`` + ``compare`` in a
  fresh process, its wall time and peak RSS;
- Dask (``--workers`` processes, one thread each): a delayed ``read`` per chunk,
  ``claimtrack.scale.frames.normalize`` and ``compare``, the discrepancies computed and
  every table's rows counted; wall time, rows/s and the peak RSS of each worker and of the
  client.

Then corpus extraction: articles/s drafting the dev corpus's texts (read where it lies,
``../shared/corpus/dev``; skipped when absent) in one process and on the cluster.

    .venv/bin/python benchmarks/scale.py                      # 1M, 5M, 20M
    .venv/bin/python benchmarks/scale.py --sizes 1000000 2000000 --pandas-max 1000000
    .venv/bin/python benchmarks/scale.py --sizes 20000000 --pandas-max 0 --data DIR --no-corpus
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import pandas as pd
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from normalize import generate_realistic  # noqa: E402

CORPUS = HERE.parents[1] / "shared" / "corpus" / "dev"


def peak_gib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20


def chunks(folder: Path, rows: int, chunk: int) -> list[Path]:
    """CSV chunks adding up to ``rows`` rows, written once and reused across sizes."""
    paths = []
    for k in range(-(-rows // chunk)):
        path = folder / f"chunk-{k:04d}.csv"
        if not path.exists():
            generate_realistic(path, min(chunk, rows - k * chunk), seed=k)
            # Each chunk's incidents are its own, so an incident is never split across chunks.
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            frame["incident_id"] = frame["incident_id"] + f"-c{k}"
            frame.to_csv(path, index=False)
        paths.append(path)
    return paths


def pandas_run(paths: list[str]) -> dict:
    """Child process: read + normalize + compare every chunk in one pandas process."""
    import pandas as pd

    import claimtrack as ct

    warnings.simplefilter("ignore")
    start = time.perf_counter()
    raw = pd.concat([ct.read(p) for p in paths], ignore_index=True)
    tidy, _ = ct.normalize(raw)
    tables = ct.compare(tidy)
    return {
        "seconds": time.perf_counter() - start,
        "cpu": cpu_seconds(),
        "tidy": len(tidy),
        "discrepancies": len(tables["discrepancies"]),
        "peak_gib": peak_gib(),
    }


def _worker_peak() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20


def cpu_seconds() -> float:
    """This process's CPU seconds (user + system): less sensitive to a shared machine's load
    than wall time, so the growth with size is read from it too."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def dask_run(paths: list[Path], workers: int) -> dict:
    """read per chunk, normalize and compare on a local cluster; times and peaks.

    Each chunk holds its own incidents, so no shuffle is needed (``whole_incidents``);
    the tidy rows and every compare table are counted in one ``dask.compute``, so that each
    partition is normalized and compared once and no partition is kept after its use.
    """
    import dask
    import dask.dataframe as dd

    import claimtrack as ct
    from claimtrack.scale import frames
    from claimtrack.scale.cluster import client_for

    meta = ct.read(paths[0]).iloc[0:0]
    with client_for("local", workers=workers) as client:
        cpu = sum(client.run(cpu_seconds).values()) + cpu_seconds()
        start = time.perf_counter()
        # Each chunk's text columns are categories of its own values: the meta cannot list them.
        reads = [dask.delayed(ct.read)(p) for p in paths]
        raw = dd.from_delayed(reads, meta=meta, verify_meta=False)
        tidy, _ = frames.normalize(raw, whole_incidents=True)
        tables = frames.compare(tidy, whole_incidents=True)
        counted = {"tidy": tidy} | tables
        counts = dask.compute({k: v.map_partitions(len).sum() for k, v in counted.items()})[0]
        seconds = time.perf_counter() - start
        cpu = sum(client.run(cpu_seconds).values()) + cpu_seconds() - cpu
        worker_peaks = sorted(client.run(_worker_peak).values())
    return {
        "seconds": seconds,
        "cpu": cpu,
        "tidy": int(counts["tidy"]),
        "discrepancies": int(counts["discrepancies"]),
        "worker_peak_gib": worker_peaks,
        "client_peak_gib": peak_gib(),
    }


def table(sizes: list[int], chunk: int, pandas_max: int, workers: int, data: str | None) -> None:
    folder = Path(data) if data else Path(tempfile.mkdtemp(prefix="claimtrack-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(
        f"{'rows':>11} {'engine':>7} {'seconds':>8} {'CPU s':>7} {'rows/s':>9} {'tidy':>11} "
        "peak GiB"
    )
    growth: dict[str, list[tuple[int, float, float, float]]] = {"pandas": [], "dask": []}
    for n in sizes:
        paths = chunks(folder, n, chunk)
        if n <= pandas_max:
            done = subprocess.run(
                [sys.executable, __file__, "--pandas-child", *map(str, paths)],
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(done.stdout.strip().splitlines()[-1])
            growth["pandas"].append((n, r["seconds"], r["cpu"], r["peak_gib"]))
            print(
                f"{n:>11,} {'pandas':>7} {r['seconds']:>8.1f} {r['cpu']:>7.0f} "
                f"{n / r['seconds']:>9,.0f} "
                f"{r['tidy']:>11,} {r['peak_gib']:.2f} (one process)",
                flush=True,
            )
        r = dask_run(paths, workers)
        growth["dask"].append((n, r["seconds"], r["cpu"], max(r["worker_peak_gib"])))
        peaks = ", ".join(f"{p:.2f}" for p in r["worker_peak_gib"])
        print(
            f"{n:>11,} {'dask':>7} {r['seconds']:>8.1f} {r['cpu']:>7.0f} "
            f"{n / r['seconds']:>9,.0f} "
            f"{r['tidy']:>11,} workers {peaks}; client {r['client_peak_gib']:.2f}",
            flush=True,
        )
    print("\ngrowth against the smallest size (rows ×; wall, CPU, largest process's peak ×):")
    for engine, runs in growth.items():
        for n, seconds, cpu, peak in runs[1:]:
            n0, s0, c0, p0 = runs[0]
            print(
                f"  {engine:>6} {n0:,} → {n:,}: rows ×{n / n0:.1f}; wall ×{seconds / s0:.1f}, "
                f"CPU ×{cpu / c0:.1f}, peak ×{peak / p0:.2f}"
            )
    print(f"load average at end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"(CSV chunks kept in {folder})")


def corpus_speed(workers: int) -> None:
    """Articles/s drafting the dev corpus texts: one process against the local cluster."""
    from claimtrack.scale.cluster import client_for
    from claimtrack.scale.corpus import article_files, extract_corpus

    if not CORPUS.is_dir():
        print(f"\ncorpus extraction skipped: {CORPUS} is absent")
        return
    folder = Path(tempfile.mkdtemp(prefix="claimtrack-articles-"))
    for case in sorted(CORPUS.glob("case-*.yaml")):
        text = yaml.safe_load(case.read_text(encoding="utf-8")).get("text") or ""
        (folder / f"{case.stem}.txt").write_text(text, encoding="utf-8")
    paths = article_files(folder)
    # Warm: the first extraction in a process loads the lexicons and gazetteer (~3.6 s).
    extract_corpus(paths[:1])
    start = time.perf_counter()
    extract_corpus(paths)
    one = time.perf_counter() - start
    with client_for("local", workers=workers) as client:
        client.run(extract_corpus, paths[:1])  # every worker warmed the same way
        start = time.perf_counter()
        extract_corpus(paths, client)
        many = time.perf_counter() - start
    print(
        f"\ncorpus extraction, {len(paths)} articles (warm): one process "
        f"{len(paths) / one:.1f} articles/s; local cluster of {workers} workers "
        f"{len(paths) / many:.1f} articles/s"
    )


def main() -> None:
    if sys.argv[1:2] == ["--pandas-child"]:
        print(json.dumps(pandas_run(sys.argv[2:])))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 5_000_000, 20_000_000])
    parser.add_argument("--chunk", type=int, default=250_000)
    parser.add_argument("--pandas-max", type=int, default=2_000_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--data", help="Folder of CSV chunks to reuse (a run prints its own).")
    parser.add_argument("--no-corpus", action="store_true", help="Skip corpus extraction.")
    args = parser.parse_args()
    # Workers inherit it: the resampled sources' UnknownActorWarning, a screen per chunk.
    os.environ["PYTHONWARNINGS"] = "ignore"
    warnings.simplefilter("ignore")
    print(f"load average at start: {' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    table(sorted(args.sizes), args.chunk, args.pandas_max, args.workers, args.data)
    if not args.no_corpus:
        corpus_speed(args.workers)


if __name__ == "__main__":
    main()

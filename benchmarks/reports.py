"""What running the notebooks costs, and what `claimtrack schedule` saves.

    .venv/bin/python benchmarks/reports.py            # 30 synthetic incidents
    .venv/bin/python benchmarks/reports.py --incidents 8 --repeat 1 --jobs-1
    .venv/bin/python benchmarks/reports.py --nightly --incidents 100   # 4. only

Prints, on seeded synthetic data (claimtrack.synthetic):

0. a brief's fixed cost, before and after warm kernels, in the same run: a schedule of
   reports whose only cell imports what a brief imports (pandas, pyarrow, pandera,
   matplotlib, seaborn, claimtrack), at --jobs 1, with fresh kernels
   (``CLAIMTRACK_WARM_KERNELS=0``) and forked from a warm server: seconds and CPU per report;
1. one brief through papermill (`claimtrack report`, HTML included) vs the same library
   calls (the notebook's code cells) in a plain Python process: the papermill overhead;
2. a schedule of N briefs at 2 jobs (and at 1 with ``--jobs-1``; cold kernels with
   ``--cold``), with the spread of per-report times (slowest vs median);
3. the same N briefs the way a user would without claimtrack, side by side in the same
   run: a shell loop of `papermill` then `jupyter nbconvert --to html` per incident;
   then the table: wall and CPU seconds of each, and the ratio loop / schedule;
4. (``--nightly``) the nightly scenario: a full `claimtrack schedule --all` of N incidents,
   then 5 incident files changed and `schedule --all --changed` (only their briefs and the
   overview re-run); the two times and their ratio, and, as the target to compare the
   incremental run with, a run of just those 5 briefs plus the overview.

Every command runs as a fresh process, as a user or cron would run it. CPU seconds are
those of the command and everything below it (kernels included): on a machine shared with
other work they say more than wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
BRIEF = ROOT / "notebooks" / "incident_brief.ipynb"


def timed(command: list[str] | str, **kwargs) -> float:
    """Wall time of one command; a failure stops the benchmark with its output."""
    return timed_cpu(command, **kwargs)[0]


def timed_cpu(command: list[str] | str, warm: bool = True, **kwargs) -> tuple[float, float]:
    """Wall and CPU seconds of one command and every process below it (kernels included);
    ``warm=False`` runs it with fresh kernels (``CLAIMTRACK_WARM_KERNELS=0``)."""
    env = dict(os.environ, CLAIMTRACK_WARM_KERNELS="1" if warm else "0")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, **kwargs)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"failed: {command}\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return seconds, cpu


def plain_script(parameters: dict) -> str:
    """The brief's code cells as one Python script, parameters first, as papermill injects them."""
    import nbformat

    nb = nbformat.read(BRIEF, as_version=4)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    injected = "\n".join(f"{k} = {v!r}" for k, v in parameters.items())
    return "\n\n".join([code[0], injected, *code[1:]])


def schedule_file(folder: Path, statements: Path, incidents: list[str]) -> Path:
    entries = [
        {
            "notebook": "incident_brief",
            "parameters": {"incident_id": i, "statements": str(statements)},
        }
        for i in incidents
    ]
    path = folder / f"schedule-{len(incidents)}.yaml"
    path.write_text(json.dumps({"reports": entries}))
    return path


def per_report_seconds(reports_dir: Path) -> list[float]:
    """Seconds of each report of the newest run in reports_dir (from the manifests)."""
    run = max(p for p in reports_dir.iterdir() if p.is_dir() and p.name != "latest")
    return [json.loads(m.read_text())["run"]["seconds"] for m in run.glob("*/manifest.json")]


def one_brief(claimtrack: str, work: Path, statements: Path, one: str, repeat: int) -> None:
    """1. One brief: papermill vs the same calls in a plain Python process."""
    via_papermill, via_python = [], []
    for n in range(repeat):
        via_papermill.append(
            timed(
                [
                    claimtrack,
                    "report",
                    "incident_brief",
                    "-p",
                    "incident_id",
                    one,
                    "-p",
                    "statements",
                    str(statements),
                    "--reports-dir",
                    str(work / "one"),
                ]
            )
        )
        script = work / f"plain-{n}.py"
        script.write_text(
            plain_script(
                {
                    "incident_id": one,
                    "statements": str(statements),
                    "output_dir": str(work / "plain" / str(n)),
                    "previous_run": "",
                }
            )
        )
        via_python.append(timed([sys.executable, str(script)]))
    pm, py = statistics.median(via_papermill), statistics.median(via_python)
    print(f"\n1. one brief (median of {repeat})")
    print(f"   claimtrack report (papermill + HTML)  {pm:6.2f} s")
    print(f"   same calls, plain python process      {py:6.2f} s")
    print(f"   papermill overhead                    {pm - py:6.2f} s  ({pm / py:.2f}x)")


# The imports a brief makes, directly or on first use: what a kernel pays before its work.
IMPORTS_ONLY = (
    "import pandas, pyarrow, pandera.pandas, matplotlib.pyplot, seaborn\n"
    "import claimtrack as ct\n"
    "from claimtrack import briefing, charts, comparison, export, snapshots"
)


def fixed_cost(claimtrack: str, work: Path, reports: int) -> None:
    """0. A brief's fixed cost: reports that only import, fresh kernels vs warm ones."""
    import nbformat

    # The brief's own notebook (kernelspec, parameters cell), its work replaced by the imports.
    nb = nbformat.read(BRIEF, as_version=4)
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    params.source = 'output_dir: str = ""  # set by claimtrack'
    nb.cells = [params, nbformat.v4.new_code_cell(IMPORTS_ONLY)]
    for n in range(reports):
        path = work / "imports" / f"imports_{n}.ipynb"
        path.parent.mkdir(exist_ok=True)
        nbformat.write(nb, path)
    print(f"\n0. a brief's fixed cost: {reports} reports that only import, schedule -j 1")
    print(f"   CPU per report = (CPU of {reports} reports - CPU of 1) / {reports - 1}")
    print("                              median s   CPU s/report   CPU s once per run")
    for warm, label in ((False, "fresh kernels (before)"), (True, "warm kernels (after)")):
        cpu, median = {}, 0.0
        for count in (1, reports):
            schedule = work / f"imports-{count}.yaml"
            entries = [
                {"notebook": str(work / "imports" / f"imports_{n}.ipynb")} for n in range(count)
            ]
            schedule.write_text(json.dumps({"reports": entries}))
            out = work / f"imports-{count}-{'warm' if warm else 'cold'}"
            command = [claimtrack, "schedule", str(schedule), "-j", "1", "--reports-dir", str(out)]
            cpu[count] = timed_cpu(command, warm=warm)[1]
            median = statistics.median(per_report_seconds(out))
        each = (cpu[reports] - cpu[1]) / (reports - 1)
        print(f"   {label:26s} {median:8.2f} {each:12.2f} {cpu[1] - each:14.2f}")
    print("   (once per run: the command's own imports; warm: also the server's imports)")


def schedules(
    claimtrack: str, work: Path, statements: Path, incidents: list[str], runs: list[tuple]
) -> dict:
    """2. N briefs through `claimtrack schedule`; (wall, CPU) seconds by (jobs, warm)."""
    schedule = schedule_file(work, statements, incidents)
    results = {}
    for jobs, warm in runs:
        out = work / f"schedule-j{jobs}-{'warm' if warm else 'cold'}"
        results[jobs, warm] = timed_cpu(
            [claimtrack, "schedule", str(schedule), "--jobs", str(jobs), "--reports-dir", str(out)],
            warm=warm,
        )
        spread = per_report_seconds(out)
        median = statistics.median(spread)
        print(
            f"\n2. claimtrack schedule, {len(incidents)} briefs, --jobs {jobs}"
            f"{'' if warm else ' (fresh kernels)'}: {results[jobs, warm][0]:6.1f} s"
            f"  (per report: median {median:.2f} s, slowest {max(spread):.2f} s = "
            f"{max(spread) / median:.2f}x median)"
        )
    return results


def shell_loop(work: Path, statements: Path, incidents: list[str]) -> tuple[float, float]:
    """3. The same briefs as a shell loop of papermill and nbconvert calls; (wall, CPU)."""
    loop_dir = work / "loop"
    loop_dir.mkdir()
    lines = []
    for incident in incidents:
        out = loop_dir / incident
        executed = loop_dir / f"{incident}.ipynb"
        lines.append(
            f"{BIN}/papermill -k python3 --no-progress-bar {shlex.quote(str(BRIEF))} {executed}"
            f" -p incident_id {incident} -p statements {statements} -p output_dir {out}"
            f" -p previous_run '' >/dev/null 2>&1 && "
            f"{BIN}/jupyter nbconvert --to html --no-input {executed} >/dev/null 2>&1"
        )
    loop = loop_dir / "loop.sh"
    loop.write_text("set -e\n" + "\n".join(lines) + "\n")
    seconds = timed_cpu(["bash", str(loop)])
    print(
        f"\n3. shell loop (papermill, then jupyter nbconvert --to html), {len(incidents)} briefs:"
        f" {seconds[0]:6.1f} s"
    )
    return seconds


def table(results: dict, n: int) -> None:
    """The side-by-side table: each way of running the N briefs, and loop / it."""
    loop_wall, loop_cpu = results["loop"]
    head = f"{n} briefs, one run"
    print(f"\n{head:47s} {'wall s':>8} {'CPU s':>8} {'loop/it wall':>13} {'loop/it CPU':>12}")
    print(f"   {'shell loop (papermill + nbconvert)':44s} {loop_wall:8.1f} {loop_cpu:8.1f}")
    for (jobs, warm), (wall, cpu) in sorted((k, v) for k, v in results.items() if k != "loop"):
        label = f"claimtrack schedule --jobs {jobs}" + ("" if warm else " (fresh kernels)")
        print(
            f"   {label:44s} {wall:8.1f} {cpu:8.1f} {loop_wall / wall:12.2f}x"
            f" {loop_cpu / cpu:11.2f}x"
        )


def schedule_run(claimtrack: str, arguments: list[str], summary: Path) -> tuple[float, dict]:
    """`claimtrack schedule ARGUMENTS --summary-json SUMMARY`: wall seconds and the summary."""
    seconds = timed([claimtrack, "schedule", *arguments, "--summary-json", str(summary)])
    return seconds, json.loads(summary.read_text())


def nightly(claimtrack: str, work: Path, n_incidents: int, jobs: int) -> None:
    """4. Full run, 5 incidents changed, incremental run; and 5 briefs + overview alone."""
    from claimtrack.synthetic import write_synthetic_statements

    statements, reports = work / "nightly-statements", work / "nightly-reports"
    files = write_synthetic_statements(statements, n_incidents=n_incidents, seed=0)
    common = ["--statements", str(statements), "--reports-dir", str(reports), "-j", str(jobs)]
    full, _ = schedule_run(claimtrack, ["--all", *common], work / "full.json")
    # Five incidents get new content (the same ids, other statements: another seed).
    changed = files[:: max(1, len(files) // 5)][:5]
    others = write_synthetic_statements(work / "seed-1", n_incidents=n_incidents, seed=1)
    for file in changed:
        file.write_bytes((work / "seed-1" / file.name).read_bytes())
    incremental, summary = schedule_run(
        claimtrack, ["--all", "--changed", *common], work / "incremental.json"
    )
    ran = sorted(r["report"] for r in summary["reports"] if r["status"] == "succeeded")
    expected = sorted([f.stem for f in changed] + ["overview"])
    if ran != expected or summary["counts"]["skipped"] != len(others) - 5:
        sys.exit(f"incremental run re-ran {ran}, expected {expected}")
    # The target: the same 5 briefs and the overview, run on their own (same reports folder,
    # so each brief compares with its previous run as in the incremental run).
    entries = [
        {
            "notebook": "incident_brief",
            "parameters": {"incident_id": f.stem, "statements": str(statements)},
        }
        for f in changed
    ]
    entries.append({"notebook": "overview", "parameters": {"statements": str(statements)}})
    five = work / "five.yaml"
    five.write_text(json.dumps({"reports": entries}))
    alone, _ = schedule_run(claimtrack, [str(five), "--force", *common[2:]], work / "five.json")
    print(f"\n4. nightly, {n_incidents} incidents, --jobs {jobs}")
    print(f"   full run (schedule --all)                   {full:7.1f} s")
    print(
        f"   5 changed, incremental run (--changed)      {incremental:7.1f} s"
        f"   ({len(ran)} run, {summary['counts']['skipped']} skipped)"
    )
    print(f"   full / incremental                          {full / incremental:7.1f}x")
    print(f"   the 5 briefs + overview alone (target)      {alone:7.1f} s")
    print(
        f"   incremental / alone                         {incremental / alone:7.2f}x"
        f"   (target: within 1.10x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=1, help="runs of the single-brief timings")
    parser.add_argument("--fixed", type=int, default=6, help="import-only reports of 0. (0: skip)")
    parser.add_argument("--jobs-1", action="store_true", help="also the schedule at --jobs 1")
    parser.add_argument("--cold", action="store_true", help="also --jobs 2 with fresh kernels")
    parser.add_argument("--nightly", action="store_true", help="only the nightly scenario (4.)")
    parser.add_argument("--jobs", type=int, default=2, help="parallel runs of the nightly scenario")
    args = parser.parse_args()
    os.environ["MPLBACKEND"] = "Agg"
    if args.nightly:
        work = Path(tempfile.mkdtemp(prefix="claimtrack-nightly-"))
        print(f"{args.incidents} synthetic incidents; {os.cpu_count()} cores; work in {work}")
        nightly(str(BIN / "claimtrack"), work, args.incidents, args.jobs)
        return
    from claimtrack.synthetic import write_synthetic_statements

    work = Path(tempfile.mkdtemp(prefix="claimtrack-bench-"))
    statements = work / "statements"
    files = write_synthetic_statements(statements, n_incidents=args.incidents, seed=0)
    incidents = [f.stem for f in files]
    print(f"{args.incidents} synthetic incidents in {statements}; {os.cpu_count()} cores")
    print(f"load average at start: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    claimtrack = str(BIN / "claimtrack")
    if args.fixed:
        fixed_cost(claimtrack, work, args.fixed)
    if args.repeat:
        one_brief(claimtrack, work, statements, incidents[0], args.repeat)
    runs = [(2, True)] + [(1, True)] * args.jobs_1 + [(2, False)] * args.cold
    results = schedules(claimtrack, work, statements, incidents, runs)
    results["loop"] = shell_loop(work, statements, incidents)
    table(results, len(incidents))
    print(f"load average at end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"\noutputs kept in {work}")


if __name__ == "__main__":
    main()

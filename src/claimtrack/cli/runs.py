"""The commands that run notebooks: report, schedule, prune, prepare.

Typer has no option taking a repeated pair, so ``-p NAME VALUE`` is read from the extra
arguments; everything else there is refused by name.
"""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path
from typing import Annotated

import typer

from claimtrack.cli.base import app, fail, writable_file

# ----------------------------------------------------------------------------- reports
# Typer has no option taking a repeated pair, so `-p NAME VALUE` is read from the extra
# arguments; everything else there is refused by name.
PAIRS = {"allow_extra_args": True, "ignore_unknown_options": True}


PAIRS_HELP = "Parameters: -p NAME VALUE (repeatable); unknown names and wrong types are refused."


def _pairs(args: list[str]) -> dict[str, str]:
    out, rest = {}, list(args)
    while rest:
        flag = rest.pop(0)
        if flag not in ("-p", "--parameter") or len(rest) < 2:
            fail(f"expected -p NAME VALUE, got {' '.join([flag, *rest[:2]])!r}")
        name, value = rest.pop(0), rest.pop(0)
        out[name] = value
    return out


def _reports_call(function, *args, **kwargs):
    """Call into claimtrack.reports; what stops a run before any kernel starts (a refused
    parameter, a reports folder that cannot be written) is a one-line error, exit 2; another
    run holding the reports folder's lock, exit 3."""
    from claimtrack import interrupt
    from claimtrack.reports import LockedError, ParameterError, os_error_text

    try:
        return function(*args, **kwargs)
    except ParameterError as exc:
        fail(str(exc))
    except LockedError as exc:
        fail(str(exc), 3)
    except OSError as exc:
        fail(f"cannot write the reports: {os_error_text(exc)}")
    except KeyboardInterrupt:  # Ctrl-C while checking, before any kernel: nothing to undo
        fail("interrupted before any report ran", interrupt.exit_code() or 130)


ReportsDir = Annotated[
    Path | None, typer.Option("--reports-dir", help="Where runs go (default: reports/).")
]


ShowCode = Annotated[bool, typer.Option("--show-code", help="Keep code cells in the HTML.")]


Timeout = Annotated[float, typer.Option("--timeout", help="Seconds a cell may run.")]


Wait = Annotated[
    bool,
    typer.Option("--wait", help="If another run holds reports/, queue behind it (else exit 3)."),
]


# Said on stderr: waiting for another run's lock.
_say = functools.partial(typer.echo, err=True)


@app.command(context_settings=PAIRS, epilog=PAIRS_HELP)
def report(
    ctx: typer.Context,
    notebook: Annotated[str, typer.Argument(help="incident_brief, source_comparison, overview.")],
    reports_dir: ReportsDir = None,
    show_code: ShowCode = False,
    timeout: Timeout = 600,
    wait: Wait = False,
    docx: Annotated[
        bool, typer.Option("--docx", help="Also write the brief as a Word document (.docx).")
    ] = False,
) -> None:
    """Run one notebook into reports/<run-id>/<report>/ (ipynb, HTML, tables, figures)."""
    from claimtrack import interrupt, reports

    with interrupt.stop_on_signals():
        result = _reports_call(
            reports.run_report,
            notebook,
            _pairs(ctx.args),
            reports_dir=reports_dir,
            show_code=show_code,
            execution_timeout=timeout,
            from_cli=True,
            lock={"wait": wait, "on_wait": _say},
        )
    typer.echo(result.describe())
    if result.html:
        typer.echo(f"HTML: {result.html}")
    if docx and result.ok:
        from claimtrack.reports.document import write_docx

        executed = Path(result.executed)
        typer.echo(f"Word: {write_docx(executed, executed.with_suffix('.docx'))}")
    if result.index_error:
        typer.echo(f"error: {result.index_error}", err=True)
    _exit(result.ok and not result.index_error)


def _exit(ok: bool) -> None:
    """Exit 128 + signal after a SIGINT/SIGTERM (130, 143), 1 if anything failed, else 0."""
    from claimtrack import interrupt

    raise typer.Exit(interrupt.exit_code() or (0 if ok else 1))


@app.command()
def schedule(
    schedule_file: Annotated[
        Path | None, typer.Argument(help="A schedule YAML (list of notebook + parameters).")
    ] = None,
    all_incidents: Annotated[
        bool, typer.Option("--all", help="A brief per incident in --statements, plus overview.")
    ] = False,
    statements: Annotated[
        str, typer.Option(help="Statements folder for --all (relative to the project).")
    ] = "data/statements",
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Parallel runs (default: cores).")
    ] = None,
    reports_dir: ReportsDir = None,
    show_code: ShowCode = False,
    timeout: Timeout = 600,
    changed: Annotated[
        bool, typer.Option("--changed", help="Skip reports unchanged since their last success.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Run every report (overrides changed: true).")
    ] = False,
    wait: Wait = False,
    summary_json: Annotated[
        Path | None, typer.Option("--summary-json", help="Also write the summary as JSON here.")
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask", help="Run the reports on Dask: 'local' (-j workers here) or a scheduler."
        ),
    ] = None,
) -> None:
    """Run many reports in parallel; the summary names every failure. Exit 0 all succeeded or
    skipped, 1 a report failed, 2 refused (bad input or usage), 3 another run holds reports/."""
    outcome: dict = {}
    try:
        if changed and force:
            fail("--changed and --force contradict each other: give one")
        if summary_json is not None:
            writable_file(summary_json, "--summary-json")
        options = {"jobs": jobs, "reports_dir": reports_dir, "show_code": show_code}
        options |= {"execution_timeout": timeout, "wait": wait, "on_wait": _say}
        incremental = True if changed else (False if force else None)
        options["dask"] = dask
        _schedule(schedule_file, all_incidents, statements, incremental, options, outcome)
    except typer.Exit as done:
        if summary_json is not None:
            _write_summary(summary_json, done, outcome.get("result"))
        raise


def _schedule(schedule_file, all_incidents, statements, changed, options, outcome) -> None:
    """The schedule command's work; ends with ``typer.Exit`` (its code) whatever happens."""
    from claimtrack import reports

    if (schedule_file is None) == (not all_incidents):
        fail("give a SCHEDULE.yaml or --all (one of the two)")
    dask = options.pop("dask")
    problems: list[str] = []  # statements files --all could not read: the others still run
    if all_incidents:
        entries = _reports_call(reports.schedule_all, statements, problems=problems)
    else:
        entries = _reports_call(reports.load_schedule, schedule_file)
    for problem in problems:
        typer.echo(f"error: {problem}", err=True)
    with _on_dask(dask):
        result = _reports_call(reports.run_schedule, entries, changed=changed, **options)
    result.problems[:0] = problems
    outcome["result"] = result
    typer.echo(result.summary())
    where = f"Reports in {result.folder}" if result.folder.is_dir() else "Nothing ran"
    typer.echo(f"{where}; index: {result.folder.parent / 'index.html'}")
    _exit(result.ok)


@contextlib.contextmanager
def _on_dask(address: str | None):
    """``--dask``: the block's schedule runs on Dask; a missing extra or a scheduler that
    cannot be reached is refused in one line (exit 2), before any report runs."""
    if address is None:
        yield
        return
    from claimtrack.scale.cluster import needs_dask

    if problem := needs_dask("--dask"):
        fail(problem)
    from claimtrack.reports.results import one_line
    from claimtrack.scale.schedule import schedule_on

    with contextlib.ExitStack() as stack:
        try:
            stack.enter_context(schedule_on(address))
        except (OSError, ValueError) as exc:  # unreachable, or not an address at all
            fail(f"--dask {address}: cannot reach the Dask scheduler ({one_line(exc)})")
        yield


def _write_summary(path: Path, done: typer.Exit, result) -> None:
    """``--summary-json``: the run's summary, or the refusal; a failed write is said (exit 1)."""
    from claimtrack.reports.results import write_summary_json

    problem = write_summary_json(path, done.exit_code, result, getattr(done, "message", ""))
    if problem:
        typer.echo(f"error: --summary-json not written: {problem}", err=True)
        if done.exit_code == 0:
            raise typer.Exit(1)


@app.command()
def prune(
    keep: Annotated[int | None, typer.Option("--keep", help="Keep the N newest runs.")] = None,
    older_than: Annotated[
        float | None, typer.Option("--older-than", help="Remove runs older than DAYS.")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List what would go; remove nothing.")
    ] = False,
    reports_dir: ReportsDir = None,
    wait: Wait = False,
) -> None:
    """Remove old runs; never what latest/ points at nor any report's last success."""
    from claimtrack import reports

    rules = {"keep": keep, "older_than": older_than, "dry_run": dry_run}
    result = _reports_call(reports.prune, reports_dir, wait=wait, on_wait=_say, **rules)
    typer.echo(result.summary())
    _exit(not result.problems)


@app.command(context_settings=PAIRS, epilog=PAIRS_HELP)
def prepare(
    ctx: typer.Context,
    notebook: Annotated[str, typer.Argument(help="incident_brief, source_comparison, overview.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The notebook to write.")],
) -> None:
    """Write a parameterized copy of a notebook without running it (to open in JupyterLab)."""
    from claimtrack import reports

    path = _reports_call(reports.prepare_report, notebook, _pairs(ctx.args), output, from_cli=True)
    typer.echo(f"prepared {path}")

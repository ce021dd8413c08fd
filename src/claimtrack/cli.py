"""The ``claimtrack`` command: a thin shell over the library.

Heavy imports (pandas, matplotlib) happen inside the commands so that
``claimtrack --help`` and refusals stay fast.

Example:
    $ claimtrack normalize data/statements -o reports/normalized
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Track claims and counterclaims: normalize, compare and report sourced statements.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def fail(message: str, code: int = 2) -> None:
    """Print a one-line error and exit non-zero: users get a sentence, never a traceback."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"claimtrack {version('claimtrack')}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """claimtrack command line."""


def _check_vague(vague: str) -> None:
    """A user's vague-words table is read before any statement: its problems are named."""
    if vague in ("default", "acled"):
        return
    from claimtrack.normalize.quantities import parse_quantity

    try:
        parse_quantity("several", vague)
    except Exception as exc:  # pandas parser, missing columns, numbers that are not numbers …
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        fail(
            f"--vague {vague}: not a usable vague-words table ({reason}); expected a CSV with "
            "columns phrase, low, best, high (see data/README.md) or 'default' / 'acled'"
        )


def _load(path: Path, vague: str):
    from claimtrack import load
    from claimtrack.read import InputError

    _check_vague(vague)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            tidy, rejects = load(path, vague=vague)
        except (InputError, OSError) as exc:
            fail(str(exc))
    for warning in caught:
        typer.echo(f"warning: {warning.message}", err=True)
    return tidy, rejects


def _writable_folder(output: Path) -> None:
    """Refuse an output folder that is a file, or cannot be made or written, before the work."""
    import os

    if output.exists() and not output.is_dir():
        fail(f"-o {output}: is a file; give a folder to write claims and rejects into")
    existing = next((p for p in (output, *output.parents) if p.exists()), Path("."))
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        fail(f"-o {output}: cannot write there ({existing} is not a writable folder)")


def _writable_file(output: Path) -> None:
    """Refuse an output file that is a folder or sits where nothing can be written."""
    import os

    if output.is_dir():
        fail(f"-o {output}: is a folder; give the YAML file to write")
    existing = next((p for p in output.parents if p.exists()), Path("."))
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        fail(f"-o {output}: cannot write there ({existing} is not a writable folder)")
    if output.exists() and not os.access(output, os.W_OK):
        fail(f"-o {output}: the file is not writable")


@app.command()
def normalize(
    path: Annotated[Path, typer.Argument(help="A statements file, or a folder of them.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder to write into.")] = Path(
        "reports/normalized"
    ),
    vague: Annotated[
        str, typer.Option(help="Vague-words table: default, acled, or a CSV path.")
    ] = "default",
) -> None:
    """Normalize statements into claims.parquet, claims.csv and rejects.csv."""
    from claimtrack.export import write_csv

    _writable_folder(output)
    tidy, rejects = _load(path, vague)
    try:
        output.mkdir(parents=True, exist_ok=True)
        tidy.to_parquet(output / "claims.parquet", index=False)
        write_csv(tidy, output / "claims.csv")  # formulas neutralized: analysts open it in Excel
        write_csv(rejects, output / "rejects.csv")
    except OSError as exc:
        fail(f"-o {output}: cannot write there ({exc.strerror or exc})")
    typer.echo(
        f"{len(tidy)} claims, {len(rejects)} rejected rows → "
        f"{output / 'claims.parquet'}, {output / 'claims.csv'}, {output / 'rejects.csv'}"
    )
    if len(rejects):
        raise typer.Exit(1)


@app.command()
def validate(
    path: Annotated[Path, typer.Argument(help="A statements file, or a folder of them.")],
    vague: Annotated[str, typer.Option(help="Vague-words table.")] = "default",
) -> None:
    """Check statements; print every problem; exit non-zero if there is any."""
    tidy, rejects = _load(path, vague)
    for reason in rejects["reason"]:
        typer.echo(reason)
    typer.echo(f"{len(tidy)} claims accepted, {len(rejects)} rows rejected", err=True)
    if len(rejects):
        raise typer.Exit(1)


# --- extract: article text → candidate statements to review (issue 7) ----------------------
@app.command()
def extract(
    article: Annotated[
        str | None, typer.Argument(help="Article text file (UTF-8); '-' or nothing reads stdin.")
    ] = None,
    incident: Annotated[str | None, typer.Option(help="Incident id for the statements.")] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="YAML file to write (default stdout).")
    ] = None,
    lang: Annotated[str | None, typer.Option(help="en or fr (detected if not given).")] = None,
    country: Annotated[
        str | None, typer.Option(help="ISO code places are matched in (detected if not given).")
    ] = None,
) -> None:
    """Extract candidate claims from an article into a statements YAML file, marked unreviewed."""
    from claimtrack.names import name_problem

    if incident is not None and (problem := name_problem("--incident", incident)):
        fail(problem)
    if output is not None:
        _writable_file(output)
    from claimtrack.extraction.output import run_extract

    try:
        run_extract(article, incident, output, lang, country, fail, typer.echo)
    except OSError as exc:
        fail(f"-o {output}: cannot write there ({exc.strerror or exc})")


def run() -> None:  # pragma: no cover - console entry point
    sys.exit(app())


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
    parameter, a reports folder that cannot be written) is a one-line error, exit 2."""
    from claimtrack.reports import ParameterError, os_error_text

    try:
        return function(*args, **kwargs)
    except ParameterError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write the reports: {os_error_text(exc)}")
    except KeyboardInterrupt:  # Ctrl-C while checking, before any kernel: nothing to undo
        fail("interrupted before any report ran", 130)


ReportsDir = Annotated[
    Path | None, typer.Option("--reports-dir", help="Where runs go (default: reports/).")
]
ShowCode = Annotated[bool, typer.Option("--show-code", help="Keep code cells in the HTML.")]
Timeout = Annotated[float, typer.Option("--timeout", help="Seconds a cell may run.")]


@app.command(context_settings=PAIRS, epilog=PAIRS_HELP)
def report(
    ctx: typer.Context,
    notebook: Annotated[str, typer.Argument(help="incident_brief, source_comparison, overview.")],
    reports_dir: ReportsDir = None,
    show_code: ShowCode = False,
    timeout: Timeout = 600,
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

    if interrupt.exit_code():
        raise typer.Exit(interrupt.exit_code())
    if not ok:
        raise typer.Exit(1)


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
) -> None:
    """Run many reports in parallel; the summary names every failure; exit 1 if any."""
    from claimtrack import reports

    if (schedule_file is None) == (not all_incidents):
        fail("give a SCHEDULE.yaml or --all (one of the two)")
    problems: list[str] = []  # statements files --all could not read: the others still run
    if all_incidents:
        entries = _reports_call(reports.schedule_all, statements, problems=problems)
    else:
        entries = _reports_call(reports.load_schedule, schedule_file)
    for problem in problems:
        typer.echo(f"error: {problem}", err=True)
    result = _reports_call(
        reports.run_schedule,
        entries,
        jobs=jobs,
        reports_dir=reports_dir,
        show_code=show_code,
        execution_timeout=timeout,
    )
    result.problems[:0] = problems
    typer.echo(result.summary())
    typer.echo(f"Reports in {result.folder}; index: {result.folder.parent / 'index.html'}")
    _exit(result.ok)


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

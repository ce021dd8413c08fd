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


def _load(path: Path, vague: str):
    from claimtrack import load
    from claimtrack.read import InputError

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            tidy, rejects = load(path, vague=vague)
        except (InputError, FileNotFoundError) as exc:
            fail(str(exc))
    for warning in caught:
        typer.echo(f"warning: {warning.message}", err=True)
    return tidy, rejects


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
    tidy, rejects = _load(path, vague)
    output.mkdir(parents=True, exist_ok=True)
    tidy.to_parquet(output / "claims.parquet", index=False)
    tidy.to_csv(output / "claims.csv", index=False)
    rejects.to_csv(output / "rejects.csv", index=False)
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
    from claimtrack.extraction.output import run_extract

    run_extract(article, incident, output, lang, country, fail, typer.echo)


def run() -> None:  # pragma: no cover - console entry point
    sys.exit(app())

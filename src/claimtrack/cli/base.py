"""The ``claimtrack`` app and what every command shares: one-line refusals, the checks
of an output path and of the vague-words table, loading statements.
"""

from __future__ import annotations

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


class Refused(typer.Exit):
    """An exit after a one-line error; the message is kept for ``--summary-json``."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(code)
        self.message = message


def fail(message: str, code: int = 2) -> None:
    """Print a one-line error and exit non-zero: users get a sentence, never a traceback."""
    typer.echo(f"error: {message}", err=True)
    raise Refused(code, message)


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


def check_vague(vague: str) -> None:
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


def load_statements(path: Path, vague: str):
    from claimtrack import load
    from claimtrack.read import InputError

    check_vague(vague)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            tidy, rejects = load(path, vague=vague)
        except (InputError, OSError) as exc:
            fail(str(exc))
    for warning in caught:
        typer.echo(f"warning: {warning.message}", err=True)
    return tidy, rejects


def writable_folder(output: Path) -> None:
    """Refuse an output folder that is a file, or cannot be made or written, before the work."""
    import os

    if output.exists() and not output.is_dir():
        fail(f"-o {output}: is a file; give a folder to write claims and rejects into")
    existing = next((p for p in (output, *output.parents) if p.exists()), Path("."))
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        fail(f"-o {output}: cannot write there ({existing} is not a writable folder)")


def writable_file(output: Path, option: str = "-o") -> None:
    """Refuse an output file that is a folder or sits where nothing can be written."""
    import os

    if output.is_dir():
        fail(f"{option} {output}: is a folder; give the file to write")
    existing = next((p for p in output.parents if p.exists()), Path("."))
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        fail(f"{option} {output}: cannot write there ({existing} is not a writable folder)")
    if output.exists() and not os.access(output, os.W_OK):
        fail(f"{option} {output}: the file is not writable")

"""The commands on statements and articles: normalize, validate, extract."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimtrack.cli.base import app, fail, load_statements, writable_file, writable_folder


@app.command()
def normalize(
    path: Annotated[Path, typer.Argument(help="A statements file, or a folder of them.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder to write into.")] = Path(
        "reports/normalized"
    ),
    vague: Annotated[
        str, typer.Option(help="Vague-words table: default, acled, or a CSV path.")
    ] = "default",
    partition_on: Annotated[
        str | None,
        typer.Option(help="Write claims/ as Parquet partitioned on incident_id or country_code."),
    ] = None,
) -> None:
    """Normalize statements into claims.parquet (or claims/), claims.csv and rejects.csv."""
    from claimtrack.storage import PARTITION_COLUMNS, write_normalized

    if partition_on is not None and partition_on not in PARTITION_COLUMNS:
        fail(f"--partition-on {partition_on}: use one of {', '.join(PARTITION_COLUMNS)}")
    writable_folder(output)
    tidy, rejects = load_statements(path, vague)
    try:
        parquet, claims, rejected = write_normalized(tidy, rejects, output, partition_on)
    except OSError as exc:
        fail(f"-o {output}: cannot write there ({exc.strerror or exc})")
    typer.echo(
        f"{len(tidy)} claims, {len(rejects)} rejected rows → {parquet}, {claims}, {rejected}"
    )
    if len(rejects):
        raise typer.Exit(1)


@app.command()
def validate(
    path: Annotated[Path, typer.Argument(help="A statements file, or a folder of them.")],
    vague: Annotated[str, typer.Option(help="Vague-words table.")] = "default",
) -> None:
    """Check statements; print every problem; exit non-zero if there is any."""
    tidy, rejects = load_statements(path, vague)
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
    dask: Annotated[
        str | None,
        typer.Option(help="With a folder or glob: draft on Dask, 'local' or a scheduler address."),
    ] = None,
    yaml: Annotated[
        bool, typer.Option("--yaml", help="With a folder or glob: also one YAML per article.")
    ] = False,
    text_column: Annotated[
        str, typer.Option(help="With a .parquet or .csv of articles: the column of texts.")
    ] = "text",
    id_column: Annotated[
        str, typer.Option(help="With a .parquet or .csv of articles: the column of ids.")
    ] = "id",
) -> None:
    """Extract candidate claims from an article into a statements YAML file, marked unreviewed.

    Given a folder of articles (.txt, or saved .html pages), a glob, or a .parquet/.csv
    file with a column of texts and one of ids, drafts each article (on Dask workers with
    --dask) and writes candidates.parquet into -o; a failing article is named, not fatal.
    """
    import glob

    if article not in (None, "-") and (
        Path(article).is_dir() or glob.has_magic(article) or _is_table(article)
    ):
        from claimtrack.scale.corpus import run_corpus

        columns = (text_column, id_column)
        raise typer.Exit(run_corpus(article, output, dask, yaml, fail, typer.echo, columns))
    if dask or yaml:
        fail("--dask and --yaml are for a folder of articles or a glob; one article needs neither")
    from claimtrack.names import name_problem

    if incident is not None and (problem := name_problem("--incident", incident)):
        fail(problem)
    if output is not None:
        writable_file(output)
    from claimtrack.extraction.output import run_extract

    try:
        run_extract(article, incident, output, lang, country, fail, typer.echo)
    except OSError as exc:
        fail(f"-o {output}: cannot write there ({exc.strerror or exc})")


def _is_table(article: str) -> bool:
    from claimtrack.scale.table import is_table

    return is_table(article)

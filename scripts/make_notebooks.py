"""Write the notebooks in notebooks/ from the cell texts below: clean JSON, no outputs.

    .venv/bin/python scripts/make_notebooks.py

Cell ids are fixed, so regenerating gives the same bytes and clean diffs. Editing a
notebook in JupyterLab instead is fine: strip it (nbstripout) before committing and
bring the change back here.
"""

from __future__ import annotations

from pathlib import Path

import nbformat

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"

# Shared first code cell: find the project, the run folder and the data. `{out}` is the
# run folder used when the notebook runs in JupyterLab (claimtrack report sets output_dir).
SETUP = """\
import functools

import claimtrack as ct
from claimtrack import briefing as br
from claimtrack.manifest import Run, statement_files
from claimtrack.project import find_root, resolve
from IPython.display import Markdown, display

br.notebook_display()
ROOT = find_root(root or None)
# The run: its folder, the parameters its manifest records, figure formats and dpi.
run = Run.start(
    "{stem}",
    resolve(ROOT, output_dir or {out}),
    {params},
    formats=formats,
    dpi=dpi,
)
OUT = run.folder
STATEMENTS = resolve(ROOT, statements)
INPUTS = statement_files(STATEMENTS{only})
tidy_all, rejects = ct.load(INPUTS[0] if len(INPUTS) == 1 else STATEMENTS)
# Draw a chart, export it for the brief into OUT/figures/, show the exported PNG.
show_figure = functools.partial(br.show_figure, run)\
"""

BRIEF = [
    (
        "markdown",
        "# Incident brief\n\n"
        "Who claimed what about one incident, where the sources agree and where they do not, "
        "and what changed since the last brief. Figures are exported for a written brief "
        "(PNG, SVG, PDF, each with a caption file). Run it with "
        "`claimtrack report incident_brief -p incident_id ...`, or change the parameters "
        "below and run all cells.",
    ),
    (
        "parameters",
        'incident_id: str = "mali-2025-07-01-coordinated-attacks"  # which incident (its id)\n'
        'statements: str = "data/statements"  # statements file or folder, relative to the root\n'
        'formats: list[str] = ["png", "svg", "pdf"]  # figure formats exported for the brief\n'
        "dpi: int = 200  # resolution of the PNG figures\n"
        'output_dir: str = ""  # run folder; empty: reports/lab/<incident_id>\n'
        'previous_run: str = "latest"  # run to compare with; latest: last success; empty: none\n'
        'root: str = ""  # project root; empty: found from the working directory',
    ),
    (
        "code",
        SETUP.format(
            stem="incident_brief",
            out='f"reports/lab/{incident_id}"',
            params='{"incident_id": incident_id, "statements": statements}',
            only=", incident_id",
        ),
    ),
    (
        "code",
        "tidy = br.select_incident(tidy_all, incident_id)\n"
        "result = ct.compare(tidy)\n"
        "display(Markdown(br.incident_header(tidy)))",
    ),
    (
        "markdown",
        "## What happened, according to whom\n\nEvery statement, with its verbatim quote.",
    ),
    (
        "code",
        "statements_table = br.statements_table(tidy)\n"
        'br.save_table(statements_table, OUT, "statements")\n'
        'br.table(statements_table.drop(columns="statement_id"))',
    ),
    (
        "markdown",
        "### Who the sources are\n\nEach source as written, and the actor it was read as "
        "within this incident (its country and parties). A source not resolved keeps its "
        "own name, with side *unknown* unless its stated type speaks for no party.",
    ),
    (
        "code",
        "sources_resolved = br.sources_resolved(tidy)\n"
        'br.save_table(sources_resolved, OUT, "sources_resolved")\n'
        "br.table(sources_resolved)",
    ),
    (
        "markdown",
        "## The measures\n\nOne row per measure (what is counted or named, where) and source, "
        "with the figure each source gives (low / best / high).",
    ),
    (
        "code",
        "measures = br.measures_table(result)\n"
        'br.save_table(result["measures"], OUT, "measures")\n'
        "br.table(measures)",
    ),
    (
        "markdown",
        "## Discrepancies\n\nPer measure: how many sources, how many independent of the "
        "parties, the spread between the highest and lowest figure, and a status: "
        "*corroborated*, *contested*, *denied*, *single_source* or *unanswered*.",
    ),
    (
        "code",
        'discrepancies = result["discrepancies"]\n'
        'br.save_table(discrepancies, OUT, "discrepancies")\n'
        'br.save_table(result["place_sets"], OUT, "place_sets")\n'
        "br.table(br.discrepancy_table(result))",
    ),
    ("markdown", "## Figures\n\n### The figures each source gives, per measure"),
    (
        "code",
        "caption = ct.figure_caption(tidy)\n"
        'show_figure(ct.charts.range_plot, result["measures"], incident_id,\n'
        '            stem="range_plot", caption=caption)',
    ),
    ("markdown", "### Who names which place"),
    (
        "code",
        "show_figure(ct.charts.place_matrix, tidy, incident_id,\n"
        '            stem="place_matrix", caption=caption)',
    ),
    ("markdown", "### Where the places are"),
    (
        "code",
        "show_figure(ct.charts.places_plot, tidy, incident_id,\n"
        '            stem="places_plot", caption=caption)',
    ),
    ("markdown", "## In plain words"),
    (
        "code",
        "sentences = ct.summarize(result)\ndisplay(Markdown(br.bullet_list(sentences)))",
    ),
    (
        "markdown",
        "## What changed since the last brief\n\nClaims added, changed or removed since the "
        "previous successful run of this brief (compared on the claims snapshot it saved).",
    ),
    (
        "code",
        "from claimtrack import snapshots\n\n"
        "previous = snapshots.previous_run(ROOT, incident_id, previous_run)\n"
        "changes = snapshots.claims_changes(snapshots.load_snapshot(previous), tidy)\n"
        "snapshots.save_snapshot(tidy, OUT)\n"
        'br.save_table(changes, OUT, "changes")\n'
        "display(Markdown(br.changes_text(changes, previous)))\n"
        'br.table(changes, empty="")',
    ),
    ("markdown", "## Run record\n\nWhat this run read and wrote (`manifest.json`)."),
    (
        "code",
        "manifest = run.write_manifest(\n"
        "    INPUTS, br.brief_summary(tidy, result, changes, sentences, run.figures, previous)\n"
        ")\n"
        "display(Markdown(br.manifest_text(manifest)))",
    ),
]

COMPARISON = [
    (
        "markdown",
        "# Two sources side by side\n\n"
        "Every measure both sources speak to: their figures, the difference and the ratio; "
        "for places, which places each names. Run it with "
        "`claimtrack report source_comparison -p source_a fama -p source_b jnim`.",
    ),
    (
        "parameters",
        'source_a: str = "fama"  # first source (actor id from data/reference/actors.csv)\n'
        'source_b: str = "jnim"  # second source\n'
        "incidents: list[str] = []  # incident ids to include; empty: all\n"
        'statements: str = "data/statements"  # statements file or folder, relative to the root\n'
        'formats: list[str] = ["png", "svg", "pdf"]  # figure formats\n'
        "dpi: int = 200  # resolution of the PNG figures\n"
        'output_dir: str = ""  # run folder; empty: reports/lab/<source_a>-vs-<source_b>\n'
        'root: str = ""  # project root; empty: found from the working directory',
    ),
    (
        "code",
        SETUP.format(
            stem="source_comparison",
            out='f"reports/lab/{source_a}-vs-{source_b}"',
            params='{\n        "source_a": source_a,\n        "source_b": source_b,\n'
            '        "incidents": incidents,\n        "statements": statements,\n    }',
            only="",
        ),
    ),
    (
        "code",
        '# An id or a display name ("Malian Armed Forces (FAMa)"): the source\'s id either way.\n'
        "source_a, source_b = (br.resolve_source(tidy_all, s) for s in (source_a, source_b))\n"
        'run.parameters |= {"source_a": source_a, "source_b": source_b}  # as the manifest says\n'
        "tidy = br.select_incidents(tidy_all, incidents)\n"
        "result = ct.compare(tidy)\n"
        "display(Markdown(br.sources_header(tidy, source_a, source_b)))",
    ),
    ("markdown", "## Figures both sources give"),
    (
        "code",
        "pairs = br.side_by_side(result, source_a, source_b)\n"
        'br.save_table(pairs, OUT, "side_by_side")\n'
        "br.table(br.name_sources(pairs, source_a, source_b))",
    ),
    ("markdown", "## Places both sources name, or only one"),
    (
        "code",
        "places = br.places_side_by_side(tidy, source_a, source_b)\n"
        'br.save_table(places, OUT, "places")\n'
        "br.table(br.name_sources(places, source_a, source_b))",
    ),
    ("markdown", "## The ratio, measure by measure"),
    (
        "code",
        'caption = br.short_caption(tidy[tidy["source"].isin([source_a, source_b])])\n'
        "show_figure(ct.charts.ratio_plot, pairs, source_a, source_b,\n"
        '            stem="ratio_plot", caption=caption)',
    ),
    ("markdown", "## Run record"),
    (
        "code",
        "manifest = run.write_manifest(\n"
        "    INPUTS, br.comparison_summary(pairs, places, run.figures)\n"
        ")\n"
        "display(Markdown(br.manifest_text(manifest)))",
    ),
]

OVERVIEW = [
    (
        "markdown",
        "# Overview of all incidents\n\n"
        "Statuses of every measure across incidents; per source, how far its figures sit "
        "from independent ones (the inflation index); and when claims were made. Run it "
        "with `claimtrack report overview`.",
    ),
    (
        "parameters",
        'statements: str = "data/statements"  # statements folder, relative to the root\n'
        'formats: list[str] = ["png", "svg", "pdf"]  # figure formats\n'
        "dpi: int = 200  # resolution of the PNG figures\n"
        'output_dir: str = ""  # run folder; empty: reports/lab/overview\n'
        'root: str = ""  # project root; empty: found from the working directory',
    ),
    (
        "code",
        SETUP.format(
            stem="overview",
            out='"reports/lab/overview"',
            params='{"statements": statements}',
            only="",
        ),
    ),
    (
        "code",
        "result = ct.compare(tidy_all)\ndisplay(Markdown(br.overview_header(tidy_all, rejects)))",
    ),
    ("markdown", "## Statuses across incidents"),
    (
        "code",
        "statuses = br.status_counts(result)\n"
        'br.save_table(statuses, OUT, "statuses")\n'
        'br.save_table(result["discrepancies"], OUT, "discrepancies")\n'
        "br.table(statuses)",
    ),
    (
        "code",
        "caption = br.short_caption(tidy_all)\n"
        'show_figure(ct.charts.discrepancy_overview, result["discrepancies"],\n'
        '            stem="discrepancy_overview", caption=caption)',
    ),
    (
        "markdown",
        "## Inflation index per source\n\n"
        "For each source, the median over measures of its figure divided by the independent "
        "figure for the same measure (residents, local officials, media…). Above 1: the "
        "source gives higher figures than independent voices; below 1: lower. Only measures "
        "with an independent figure count.",
    ),
    (
        "code",
        "inflation = br.inflation_index(result)\n"
        'br.save_table(inflation, OUT, "inflation_index")\n'
        "br.table(inflation)",
    ),
    ("markdown", "## Claims over time"),
    (
        "code",
        'show_figure(ct.charts.claims_timeline, tidy_all, stem="claims_timeline", caption=caption)',
    ),
    ("markdown", "## Run record"),
    (
        "code",
        "manifest = run.write_manifest(\n"
        "    INPUTS, br.overview_summary(tidy_all, result, inflation, run.figures)\n"
        ")\n"
        "display(Markdown(br.manifest_text(manifest)))",
    ),
]


def build(stem: str, cells: list[tuple[str, str]], title: str) -> nbformat.NotebookNode:
    """A notebook with fixed cell ids, the python3 kernelspec and no outputs."""
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
        "title": title,
    }
    for number, (kind, text) in enumerate(cells):
        if kind == "markdown":
            cell = nbformat.v4.new_markdown_cell(text)
        else:
            cell = nbformat.v4.new_code_cell(text)
            if kind == "parameters":
                cell.metadata["tags"] = ["parameters"]
        cell.id = str(number)  # what nbstripout renumbers ids to: --verify stays clean
        nb.cells.append(cell)
    nbformat.validate(nb)
    return nb


def main() -> None:
    NOTEBOOKS.mkdir(exist_ok=True)
    for stem, cells, title in (
        ("incident_brief", BRIEF, "Incident brief"),
        ("source_comparison", COMPARISON, "Two sources side by side"),
        ("overview", OVERVIEW, "Overview of all incidents"),
    ):
        nbformat.write(build(stem, cells, title), NOTEBOOKS / f"{stem}.ipynb")
        print(NOTEBOOKS / f"{stem}.ipynb")


if __name__ == "__main__":
    main()

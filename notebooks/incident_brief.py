# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Incident brief
#
# Who claimed what about one incident, where the sources agree and where they do not, and what changed since the last brief. Figures are exported for a written brief (PNG, SVG, PDF, each with a caption file). Run it with `claimtrack report incident_brief -p incident_id ...`, or change the parameters below and run all cells.

# %% tags=["parameters"]
incident_id: str = "mali-2025-07-01-coordinated-attacks"  # which incident (its id)
statements: str = "data/statements"  # statements file or folder, relative to the root
formats: list[str] = ["png", "svg", "pdf"]  # figure formats exported for the brief
dpi: int = 200  # resolution of the PNG figures
output_dir: str = ""  # run folder; empty: reports/lab/<incident_id>
previous_run: str = "latest"  # run to compare with; latest: last success; empty: none
root: str = ""  # project root; empty: found from the working directory

# %%
import functools

from IPython.display import Markdown, display

import claimtrack as ct
from claimtrack import briefing as br
from claimtrack import snapshots
from claimtrack.comparison import views
from claimtrack.manifest import Run, statement_files
from claimtrack.project import find_root, resolve

br.notebook_display()
ROOT = find_root(root or None)
# The run: its folder, the parameters its manifest records, figure formats and dpi.
run = Run.start(
    "incident_brief",
    resolve(ROOT, output_dir or f"reports/lab/{incident_id}"),
    {"incident_id": incident_id, "statements": statements},
    formats=formats,
    dpi=dpi,
)
OUT = run.folder
STATEMENTS = resolve(ROOT, statements)
INPUTS = statement_files(STATEMENTS, incident_id)
tidy_all, rejects = ct.load(INPUTS[0] if len(INPUTS) == 1 else STATEMENTS)
# Draw a chart, export it for the brief into OUT/figures/, show the exported PNG.
show_figure = functools.partial(br.show_figure, run)

# %%
tidy = br.select_incident(tidy_all, incident_id)
result = ct.compare(tidy)
# The incident's title heads the brief and names its HTML page.
br.titled(br.incident_header(tidy), br.incident_title(tidy))

# %% [markdown]
# ## What happened, according to whom
#
# Every statement, with its verbatim quote and the document it was reported in (numbered as under *Sources* below).

# %%
statements_table = br.statements_table(tidy)
br.save_table(statements_table, OUT, "statements")
br.table(statements_table.drop(columns="statement_id"))

# %% [markdown]
# ### Who the sources are
#
# Each source as written, and the actor it was read as within this incident (its country and parties). A source not resolved keeps its own name, with side *unknown* unless its stated type speaks for no party.

# %%
sources_resolved = br.sources_resolved(tidy)
br.save_table(sources_resolved, OUT, "sources_resolved")
br.table(sources_resolved)

# %% [markdown]
# ## The measures
#
# One row per measure (what is counted or named, where) and source, with the figure each source gives (low / best / high).

# %%
measures = views.measures_table(result)
br.save_table(result["measures"], OUT, "measures")
br.table(measures)

# %% [markdown]
# ## Discrepancies
#
# Per measure: how many sources, how many independent of the parties, the spread between the highest and lowest figure, and a status: *corroborated*, *contested*, *denied*, *single_source* or *unanswered*.

# %%
discrepancies = result["discrepancies"]
br.save_table(discrepancies, OUT, "discrepancies")
br.save_table(result["place_sets"], OUT, "place_sets")
br.table(views.discrepancy_table(result))

# %% [markdown]
# ## Figures
#
# ### The figures each source gives, per measure

# %%
caption = ct.figure_caption(tidy)
show_figure(
    ct.charts.range_plot, result["measures"], incident_id, stem="range_plot", caption=caption
)

# %% [markdown]
# ### Who names which place

# %%
# The place sets compare made; the sides of the incident keep every party's colour.
show_figure(
    ct.charts.place_matrix,
    result["place_sets"],
    incident_id,
    sides=tidy["side"],
    stem="place_matrix",
    caption=caption,
)

# %% [markdown]
# ### Where the places are

# %%
show_figure(
    ct.charts.places_plot,
    result["place_sets"],
    incident_id,
    sides=tidy["side"],
    stem="places_plot",
    caption=caption,
)

# %% [markdown]
# ## In plain words

# %%
sentences = ct.summarize(result)
display(Markdown(br.bullet_list(sentences)))

# %% [markdown]
# ## What changed since the last brief
#
# Claims added, changed or removed since the previous successful run of this brief (compared on the claims snapshot it saved).

# %%
previous = snapshots.previous_run(ROOT, incident_id, previous_run)
changes = snapshots.claims_changes(snapshots.load_snapshot(previous), tidy)
snapshots.save_snapshot(tidy, OUT)
br.save_table(changes, OUT, "changes")
display(Markdown(br.changes_text(changes, previous)))
br.table(changes, empty="")

# %% [markdown]
# ## Sources
#
# The documents the statements were reported in: outlet, title, the dates of their statements, and a link.

# %%
br.save_table(br.documents(tidy), OUT, "documents")
display(Markdown(br.sources_section(tidy)))

# %% [markdown]
# ## Run record
#
# What this run read and wrote (`manifest.json`).

# %%
manifest = run.write_manifest(
    INPUTS, br.brief_summary(tidy, result, changes, sentences, run.figures, previous)
)
display(Markdown(br.manifest_text(manifest)))

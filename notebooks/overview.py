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
# # Overview of all incidents
#
# Statuses of every measure across incidents; per source, how far its figures sit from independent ones (the inflation index); and when claims were made. Run it with `claimtrack report overview`.

# %% tags=["parameters"]
statements: str = "data/statements"  # statements folder, relative to the root
formats: list[str] = ["png", "svg", "pdf"]  # figure formats
dpi: int = 200  # resolution of the PNG figures
output_dir: str = ""  # run folder; empty: reports/lab/overview
root: str = ""  # project root; empty: found from the working directory

# %%
import functools

from IPython.display import Markdown, display

import claimtrack as ct
from claimtrack import briefing as br
from claimtrack.comparison import views
from claimtrack.manifest import Run, statement_files
from claimtrack.project import find_root, resolve

br.notebook_display()
ROOT = find_root(root or None)
# The run: its folder, the parameters its manifest records, figure formats and dpi.
run = Run.start(
    "overview",
    resolve(ROOT, output_dir or "reports/lab/overview"),
    {"statements": statements},
    formats=formats,
    dpi=dpi,
)
OUT = run.folder
STATEMENTS = resolve(ROOT, statements)
INPUTS = statement_files(STATEMENTS)
tidy_all, rejects = ct.load(INPUTS[0] if len(INPUTS) == 1 else STATEMENTS)
# Draw a chart, export it for the brief into OUT/figures/, show the exported PNG.
show_figure = functools.partial(br.show_figure, run)

# %%
result = ct.compare(tidy_all)
br.titled(br.overview_header(tidy_all, rejects), "Overview of all incidents")

# %% [markdown]
# ## Statuses across incidents

# %%
statuses = views.status_counts(result)
br.save_table(statuses, OUT, "statuses")
br.save_table(result["discrepancies"], OUT, "discrepancies")
br.table(statuses)

# %%
caption = br.short_caption(tidy_all)
show_figure(
    ct.charts.discrepancy_overview,
    result["discrepancies"],
    stem="discrepancy_overview",
    caption=caption,
)

# %% [markdown]
# ## Inflation index per source
#
# For each source, the median over measures of its figure divided by the independent figure for the same measure (residents, local officials, media…). Above 1: the source gives higher figures than independent voices; below 1: lower. Only measures with an independent figure count.

# %%
inflation = views.inflation_index(result)
br.save_table(inflation, OUT, "inflation_index")
br.table(inflation)

# %% [markdown]
# ## Claims over time

# %%
show_figure(ct.charts.claims_timeline, tidy_all, stem="claims_timeline", caption=caption)

# %% [markdown]
# ## Sources
#
# Per incident, the documents its statements were reported in.

# %%
br.save_table(br.documents(tidy_all), OUT, "documents")
display(Markdown(br.sources_section(tidy_all, per_incident=True)))

# %% [markdown]
# ## Run record

# %%
manifest = run.write_manifest(INPUTS, br.overview_summary(tidy_all, result, inflation, run.figures))
display(Markdown(br.manifest_text(manifest)))

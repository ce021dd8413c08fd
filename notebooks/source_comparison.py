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
# # Two sources side by side
#
# Every measure both sources speak to: their figures, the difference and the ratio; for places, which places each names. Run it with `claimtrack report source_comparison -p source_a fama -p source_b jnim`.

# %% tags=["parameters"]
source_a: str = "fama"  # first source (actor id from data/reference/actors.csv)
source_b: str = "jnim"  # second source
incidents: list[str] = []  # incident ids to include; empty: all
statements: str = "data/statements"  # statements file or folder, relative to the root
formats: list[str] = ["png", "svg", "pdf"]  # figure formats
dpi: int = 200  # resolution of the PNG figures
output_dir: str = ""  # run folder; empty: reports/lab/<source_a>-vs-<source_b>
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
    "source_comparison",
    resolve(ROOT, output_dir or f"reports/lab/{source_a}-vs-{source_b}"),
    {
        "source_a": source_a,
        "source_b": source_b,
        "incidents": incidents,
        "statements": statements,
    },
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
# An id or a display name ("Malian Armed Forces (FAMa)"): the source's id either way.
source_a, source_b = (br.resolve_source(tidy_all, s) for s in (source_a, source_b))
run.parameters |= {"source_a": source_a, "source_b": source_b}  # as the manifest says
tidy = br.select_incidents(tidy_all, incidents)
result = ct.compare(tidy)
# Readers see names: the two sources' display names label the tables and the figure.
names = br.source_choices(tidy_all).set_index("source")["source_name"]
name_a, name_b = names[source_a], names[source_b]
br.titled(br.sources_header(tidy, source_a, source_b), f"{name_a} and {name_b} side by side")

# %% [markdown]
# ## Figures both sources give

# %%
pairs = views.side_by_side(result, source_a, source_b)
br.save_table(pairs, OUT, "side_by_side")
br.table(views.name_sources(pairs, name_a, name_b))

# %% [markdown]
# ## Places both sources name, or only one

# %%
places = views.places_side_by_side(tidy, source_a, source_b)
br.save_table(places, OUT, "places")
br.table(views.name_sources(places, name_a, name_b))

# %% [markdown]
# ## The ratio, measure by measure

# %%
both = tidy[tidy["source"].isin([source_a, source_b])]
caption = br.short_caption(both)
show_figure(ct.charts.ratio_plot, pairs, name_a, name_b, stem="ratio_plot", caption=caption)

# %% [markdown]
# ## Sources
#
# The documents the two sources' statements were reported in.

# %%
br.save_table(br.documents(both), OUT, "documents")
display(Markdown(br.sources_section(both, per_incident=True)))

# %% [markdown]
# ## Run record

# %%
manifest = run.write_manifest(INPUTS, br.comparison_summary(pairs, places, run.figures))
display(Markdown(br.manifest_text(manifest)))

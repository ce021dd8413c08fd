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
# # Explore the incidents
#
# Pick an incident, a pair of sources or a status, and the tables and figures below the picker follow. Open it in JupyterLab (`make lab`); it writes nothing. Run headless (papermill), each picker shows the choice its parameter names. The logic is `claimtrack.briefing.explore`: this notebook only wires the widgets.

# %% tags=["parameters"]
statements: str = "data/statements"  # statements file or folder, relative to the root
incident_id: str = "mali-2025-07-01-coordinated-attacks"  # shown first; empty: the earliest
source_a: str = "fama"  # first source of the pair shown first; empty: the pair sharing most
source_b: str = "local_politician"  # second source of that pair (an id or a display name)
status: str = "contested"  # status shown first: contested, denied, unanswered, corroborated…
root: str = ""  # project root; empty: found from the working directory

# %%
import ipywidgets as widgets
from IPython.display import Markdown, display

import claimtrack as ct
from claimtrack import briefing as br
from claimtrack.briefing import explore
from claimtrack.manifest import statement_files
from claimtrack.project import find_root, resolve

br.notebook_display()
ROOT = find_root(root or None)
STATEMENTS = resolve(ROOT, statements)
INPUTS = statement_files(STATEMENTS)
tidy, rejects = ct.load(INPUTS[0] if len(INPUTS) == 1 else STATEMENTS)
result = ct.compare(tidy)


def picker(description, options, value, view):
    """A dropdown and the output under it: each choice clears the output and shows its view."""
    if not options:
        display(Markdown(f"*Nothing to pick: no {description.lower()} to compare.*"))
        return
    dropdown = widgets.Dropdown(
        options=options, value=value, description=description, layout={"width": "95%"}
    )
    out = widgets.Output()

    def update(change=None):
        out.clear_output(wait=True)
        with out:
            explore.show(view(dropdown.value))

    dropdown.observe(update, names="value")
    update()
    display(widgets.VBox([dropdown, out]))


# %% [markdown]
# ## An incident

# %%
incidents = explore.incident_options(tidy)
first = explore.default_incident(incidents, incident_id)
picker("Incident", incidents, first, lambda i: explore.incident_view(tidy, result, i))

# %% [markdown]
# ## Two sources

# %%
pairs = explore.pair_options(result)
pair = explore.default_pair(tidy, pairs, source_a, source_b)
picker("Sources", pairs, pair, lambda p: explore.pair_view(tidy, result, *p))

# %% [markdown]
# ## A status, across incidents

# %%
picker("Status", explore.status_options(result), status, lambda s: explore.status_view(result, s))

"""What the notebooks display: tables for reading, headers, figures shown and exported,
the sentences and summary figures of a brief.

A notebook reads its parameters, calls these functions and the analysis library, and
tells the story. Its run folder and manifest are :class:`claimtrack.manifest.Run`'s;
the claims snapshot and what changed are :mod:`claimtrack.snapshots`'.

Example:
    >>> print(escape_text("80 *fighters*"))
    80 \\*fighters\\*

The modules: ``display`` (tables and figures in a notebook), ``selection`` (incidents and
sources), ``text`` (the Markdown a brief prints), ``summaries`` (the manifest's figures),
``sources`` (the documents a brief cites).
"""

from claimtrack.briefing.display import (
    export_figure,
    in_jupyterlab,
    notebook_display,
    save_table,
    short_caption,
    show_figure,
    table,
    titled,
)
from claimtrack.briefing.selection import (
    resolve_source,
    select_incident,
    select_incidents,
    source_choices,
    sources_resolved,
    statements_table,
)
from claimtrack.briefing.sources import documents, sources_section
from claimtrack.briefing.summaries import brief_summary, comparison_summary, overview_summary
from claimtrack.briefing.text import (
    bullet_list,
    changes_text,
    escape_text,
    incident_header,
    incident_title,
    manifest_text,
    overview_header,
    sources_header,
)

__all__ = [
    "brief_summary",
    "bullet_list",
    "changes_text",
    "comparison_summary",
    "documents",
    "escape_text",
    "export_figure",
    "in_jupyterlab",
    "incident_header",
    "incident_title",
    "manifest_text",
    "notebook_display",
    "overview_header",
    "overview_summary",
    "resolve_source",
    "save_table",
    "select_incident",
    "select_incidents",
    "short_caption",
    "show_figure",
    "source_choices",
    "sources_header",
    "sources_resolved",
    "sources_section",
    "statements_table",
    "table",
    "titled",
]

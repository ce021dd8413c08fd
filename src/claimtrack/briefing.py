"""What the notebooks display: tables for reading, headers, figures shown and exported,
the sentences and summary figures of a brief.

A notebook reads its parameters, calls these functions and the analysis library, and
tells the story. Its run folder and manifest are :class:`claimtrack.manifest.Run`'s;
the claims snapshot and what changed are :mod:`claimtrack.snapshots`'.

Example:
    >>> print(escape_text("80 *fighters*"))
    80 \\*fighters\\*
"""

from __future__ import annotations

import html
import json
import re
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from claimtrack.comparison.views import statuses
from claimtrack.manifest import Run


def save_table(df: pd.DataFrame, output_dir: str | Path, stem: str) -> Path:
    """Write a table as ``<output_dir>/tables/<stem>.csv`` (UTF-8, no index) and return its path.

    Written by :func:`claimtrack.export.write_csv`: atomically, formulas neutralized.

    Example:
        >>> import tempfile
        >>> save_table(pd.DataFrame({"a": [1]}), tempfile.mkdtemp(), "t").name
        't.csv'
    """
    from claimtrack.export import write_csv

    folder = Path(output_dir) / "tables"
    folder.mkdir(parents=True, exist_ok=True)
    return write_csv(df, folder / f"{stem}.csv")


# Markdown's punctuation (CommonMark lets any of it be backslash-escaped), plus ":" and
# "@" so that no URL or e-mail address is auto-linked and "$" so that nothing is math.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$:@>])")
_SPACES = re.compile(r"\s+")


def escape_text(text: object) -> str:
    r"""Untrusted text (a source name, a quote, an id) made inert in Markdown and HTML.

    The one escaping helper: every user string goes through it before it reaches a
    Markdown output. ``<``, ``>`` and ``&`` become entities, Markdown punctuation is
    backslash-escaped (no link, emphasis, heading, list, math or auto-linked URL),
    and white space is collapsed to one line, so text never starts a new block.

    Example:
        >>> print(escape_text("<script>alert(1)</script>"))
        &lt;script&gt;alert\(1\)&lt;/script&gt;
        >>> print(escape_text("[click me](https://evil.example)"))
        \[click me\]\(https\://evil\.example\)
    """
    text = _SPACES.sub(" ", html.escape(str(text), quote=False)).strip()
    return _MARKDOWN.sub(r"\\\1", text)


def notebook_display() -> None:
    """pandas display options for reports: whole quotes (no "…" cut), every row of a brief.

    Example:
        >>> notebook_display(); pd.get_option("display.max_colwidth") is None
        True
    """
    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.max_rows", 500)
    pd.set_option("display.max_columns", 50)


def table(df: pd.DataFrame, empty: str = "Nothing to show.") -> Any:
    """A DataFrame for reading in a report: no index column, blanks for missing values, figures
    without trailing ``.0``; every cell HTML-escaped (quotes are untrusted text).

    Example:
        >>> "<td>80</td>" in table(pd.DataFrame({"n": [80.0]})).data
        True
    """
    from IPython.display import HTML, Markdown

    if df.empty:  # a header row over nothing reads like a bug
        return Markdown(f"*{escape_text(empty)}*" if empty else "")

    def number(value: float) -> str:
        return f"{value:,.4g}" if abs(value) < 1e4 else f"{value:,.0f}"

    shown = df.copy()
    for column in shown.columns:
        if not pd.api.types.is_float_dtype(shown[column]):  # <NA>, None → blank
            shown[column] = shown[column].astype(object).where(shown[column].notna(), "")
    return HTML(shown.to_html(index=False, na_rep="", escape=True, border=0, float_format=number))


def select_incident(tidy: pd.DataFrame, incident_id: str) -> pd.DataFrame:
    """The claims of one incident; an unknown id raises ``ValueError`` naming the known ones.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> len(select_incident(tidy, "mali-2025-07-01-coordinated-attacks")) > 0
        True
    """
    chosen = tidy[tidy["incident_id"] == incident_id]
    if chosen.empty:
        known = sorted(tidy["incident_id"].dropna().unique())
        shown = ", ".join(known[:10]) + (f" … ({len(known)} in all)" if len(known) > 10 else "")
        raise ValueError(f"no incident {incident_id!r} in the statements; known: {shown}")
    return chosen.reset_index(drop=True)


def select_incidents(tidy: pd.DataFrame, incidents: Iterable[str] = ()) -> pd.DataFrame:
    """The claims of the listed incidents (all of them for an empty list); unknown ids raise.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> len(select_incidents(tidy, [])) == len(tidy)
        True
    """
    incidents = list(incidents)
    if not incidents:
        return tidy
    return pd.concat([select_incident(tidy, i) for i in incidents], ignore_index=True)


def source_choices(tidy: pd.DataFrame) -> pd.DataFrame:
    """The sources a comparison can name: one row per ``source`` id with its display name.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> source_choices(tidy).set_index("source").loc["fama", "source_name"]
        'Malian Armed Forces (FAMa)'
    """
    names = tidy["source_name"].astype("string").fillna(tidy["source"].astype("string"))
    out = pd.DataFrame({"source": tidy["source"].astype("string"), "source_name": names})
    return out.drop_duplicates("source").sort_values("source").reset_index(drop=True)


def resolve_source(tidy: pd.DataFrame, given: str) -> str:
    """The source id ``given`` stands for: an id, or a display name (case and accents aside).

    Anything else raises ``ValueError`` listing the ids and names accepted.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> resolve_source(tidy, "fama"), resolve_source(tidy, "malian armed forces (FAMa)")
        ('fama', 'fama')
        >>> resolve_source(tidy, "army")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        ValueError: 'army' is not a source of these statements; give an id or a name: ...
    """
    from claimtrack.text import fold

    choices = source_choices(tidy)
    if given in set(choices["source"]):
        return given
    named = choices[choices["source_name"].map(fold) == fold(given)]
    if len(named) == 1:
        return str(named["source"].iloc[0])
    listed = [f"{r.source} ({r.source_name})" for r in choices.itertuples()]
    shown = ", ".join(listed[:40]) + (f" … ({len(listed)} in all)" if len(listed) > 40 else "")
    shown = shown or "none, no claim was read"
    if len(named) > 1:
        raise ValueError(
            f"{given!r} names {len(named)} sources ({', '.join(named['source'])}): give the id"
        )
    raise ValueError(
        f"{given!r} is not a source of these statements; give an id or a name: {shown}"
    )


def _date(value: object) -> str:
    return "date unknown" if pd.isna(value) else pd.Timestamp(value).strftime("%-d %B %Y")


def incident_header(tidy: pd.DataFrame) -> str:
    """A Markdown paragraph introducing one incident: id, date, who spoke, how many claims.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> print(incident_header(tidy)[:44])
        **mali\\-2025\\-07\\-01\\-coordinated\\-attacks**
    """
    first = tidy.iloc[0]
    sources = (
        tidy.drop_duplicates("source")
        .assign(label=lambda d: d["source_name"].fillna(d["source"]) + " (" + d["side"] + ")")
        .loc[:, "label"]
    )
    # Only the bold markers are ours: every piece of data is escaped on its own.
    return f"**{escape_text(first['incident_id'])}**, " + escape_text(
        f"{_date(first['incident_date'])}. "
        f"{_count(tidy['statement_id'].nunique(), 'statement')}, {_count(len(tidy), 'claim')}, "
        f"from {_count(len(sources), 'source')}: {', '.join(sources)}."
    )


def statements_table(tidy: pd.DataFrame) -> pd.DataFrame:
    """One row per statement: who said it, through what, when, the claims it makes, the quote.

    Quotes are shown verbatim; pandas escapes them when the table is rendered as HTML.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> list(statements_table(tidy).columns)[:3]
        ['source', 'side', 'speaker']
    """
    claim = (
        tidy["claim_type"]
        + " "
        + tidy["subject"].fillna("")
        + tidy["value_text"].fillna("").map(lambda v: f" ({v})" if v else "")
    )
    grouped = tidy.assign(claim=claim).groupby("statement_id", sort=False)
    out = grouped.agg(
        source=("source_name", "first"),
        side=("side", "first"),
        speaker=("speaker", "first"),
        channel=("channel", "first"),
        published=("published_at", "first"),
        claims=("claim", lambda s: "; ".join(dict.fromkeys(s))),
        places=("location", lambda s: ", ".join(dict.fromkeys(s.dropna()))),
        quote=("quote", "first"),
    )
    out["published"] = out["published"].map(lambda v: "" if pd.isna(v) else f"{v:%Y-%m-%d}")
    return out.reset_index().fillna("")[
        [
            "source",
            "side",
            "speaker",
            "channel",
            "published",
            "claims",
            "places",
            "quote",
            "statement_id",
        ]
    ]


def sources_resolved(tidy: pd.DataFrame, reference: str | Path | None = None) -> pd.DataFrame:
    """As written → resolved as: each source name as written, the actor it was read as.

    One row per name as written: the actor's name (the name as written where no
    actor of the incident took it), side, source type, whether it was resolved, and
    how many statements use it. Unresolved rows come first: they are the ones to check.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> out = sources_resolved(tidy)
        >>> out.loc[out["as written"] == "army spokesperson", ["resolved as", "resolved"]].values
        array([['Malian Armed Forces (FAMa)', 'yes']], dtype=object)
    """
    from claimtrack.normalize.actors import alias_index

    actors, _ = alias_index(reference)
    grouped = tidy.groupby("source_raw", sort=False).agg(
        resolved_as=("source_name", "first"),
        side=("side", "first"),
        source_type=("source_type", "first"),
        source=("source", "first"),
        statements=("statement_id", "nunique"),
    )
    known = grouped["source"].isin(actors.index)
    out = pd.DataFrame(
        {
            "as written": grouped.index.astype(str),
            "resolved as": grouped["resolved_as"].astype(str).to_numpy(),
            "side": grouped["side"].astype(str).to_numpy(),
            "source type": grouped["source_type"].astype(str).to_numpy(),
            "resolved": known.map({True: "yes", False: "no"}).to_numpy(),
            "statements": grouped["statements"].to_numpy(),
        }
    )
    return out.sort_values("resolved", kind="stable").reset_index(drop=True)


def bullet_list(sentences: Iterable[str]) -> str:
    """Plain-language sentences as an escaped Markdown bullet list.

    Example:
        >>> print(bullet_list(["The army says 80.", "<b>x</b>"]))
        - The army says 80\\.
        - &lt;b&gt;x&lt;/b&gt;
    """
    lines = [f"- {escape_text(s)}" for s in sentences]
    return "\n".join(lines) if lines else "*Nothing to summarize.*"


def changes_text(changes: pd.DataFrame, previous: Path | None) -> str:
    """One Markdown sentence on what changed since the previous run (or that there was none).

    Example:
        >>> changes_text(pd.DataFrame({"change": []}), None)
        'No earlier successful run of this report: every claim is new.'
    """
    if previous is None:
        return "No earlier successful run of this report: every claim is new."
    counts = changes["change"].value_counts()
    parts = [f"{counts.get(k, 0)} {k}" for k in ("added", "changed", "removed")]
    when = escape_text(Path(previous).resolve().parent.name)
    if changes.empty:
        return f"No claim changed since run {when}."
    return f"Since run {when}: {', '.join(parts)} claims."


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def manifest_text(manifest_path: str | Path) -> str:
    """A Markdown summary of a written manifest: fingerprint, files written.

    Example:
        >>> import tempfile
        >>> m = Run.start("x", Path(tempfile.mkdtemp()), {}).write_manifest(inputs=[])
        >>> "fingerprint" in manifest_text(m)
        True
    """
    manifest = json.loads(Path(manifest_path).read_text(encoding="utf-8"))
    files = manifest["files"]
    return (
        f"Input fingerprint `{manifest['data_fingerprint'][:16]}…` over "
        f"{_count(len(manifest['inputs']), 'input file')}; {_count(len(files), 'file')} "
        "written to the run folder "
        f"(`manifest.json` lists them), claimtrack {manifest['packages'].get('claimtrack')}."
    )


# ----------------------------------------------------------------------------- figures


def export_figure(
    fig: Any,
    output_dir: str | Path,
    stem: str,
    *,
    formats: Iterable[str] = ("png", "svg", "pdf"),
    dpi: int = 200,
    caption: str | None = None,
) -> dict[str, Path]:
    """Export a figure to ``<output_dir>/figures/<stem>.<fmt>`` (+ caption file), then close it.

    Closing matters: in JupyterLab the inline backend would otherwise draw the
    figure a second time at the end of the cell, and a long schedule would keep
    every figure in memory.

    Example:
        >>> import matplotlib.pyplot as plt, tempfile
        >>> fig, ax = plt.subplots()
        >>> sorted(export_figure(fig, tempfile.mkdtemp(), "f", formats=["png"]))
        ['png', 'txt']
    """
    import matplotlib.pyplot as plt

    from claimtrack.charts import GLYPH_WARNING
    from claimtrack.export import export_figure as export

    folder = Path(output_dir) / "figures"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with warnings.catch_warnings():  # drawn again when saved: keep glyph noise out
            warnings.filterwarnings("ignore", GLYPH_WARNING)
            return export(fig, folder / stem, formats=tuple(formats), dpi=dpi, caption=caption)
    finally:
        plt.close(fig)


def short_caption(tidy: pd.DataFrame, limit: int = 400) -> str:
    """The figure caption naming every source, or, when that runs over ``limit``
    characters (an overview of many incidents), how many sources and incidents.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> short_caption(tidy).startswith("Sources: Malian Armed Forces (FAMa)")
        True
        >>> short_caption(tidy, limit=50)[:49]
        'Sources: 4 sources in 1 incident, named in each b'
    """
    from claimtrack.export import figure_caption

    caption = figure_caption(tidy)
    if len(caption) <= limit:
        return caption
    compiled = caption.rsplit(" Compiled ", 1)[-1]
    return (
        f"Sources: {_count(tidy['source'].nunique(), 'source')} in "
        f"{_count(tidy['incident_id'].nunique(), 'incident')}, named in each brief and in "
        f"the tables. Compiled {compiled}"
    )


def show_figure(
    run: Run,
    chart: Any,
    *args: Any,
    stem: str,
    caption: str | None = None,
    **kwargs: Any,
) -> Any:
    """Draw ``chart(*args, **kwargs)``, export it into the run's folder, return what to show.

    Returns the exported PNG (so the report shows exactly the brief's figure), or a
    Markdown sentence when the chart says there is nothing to plot (one date for a
    timeline, no places): a report on little data still runs to the end. Exported in
    the run's formats and dpi; the files written are recorded in ``run.figures`` under
    ``stem``, for the manifest.

    Example:
        >>> import tempfile, claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> run = Run.start("x", tempfile.mkdtemp(), {}, formats=["png"])
        >>> shown = show_figure(run, ct.charts.claims_timeline, tidy, stem="timeline")
        >>> type(shown).__name__, run.figures
        ('Markdown', {})
    """
    from IPython.display import Image, Markdown

    from claimtrack.charts import NothingToPlot

    try:
        fig = chart(*args, **kwargs)
    except NothingToPlot as reason:
        return Markdown(f"*No figure: {escape_text(reason)}*")
    files = export_figure(fig, run.folder, stem, formats=run.formats, dpi=run.dpi, caption=caption)
    run.figures[stem] = files
    if "png" in files:
        return Image(filename=str(files["png"]), width=900)
    return Markdown(f"*{escape_text(stem)}: exported as {', '.join(sorted(files))}*")


# ----------------------------------------------------------------------------- summaries


def sources_header(tidy: pd.DataFrame, a: str, b: str) -> str:
    """Markdown introducing two sources: names, sides, how many claims and incidents each.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> sources_header(tidy, "fama", "jnim").startswith("**Malian Armed Forces")
        True
    """
    parts = []
    for source in (a, b):
        rows = tidy[tidy["source"] == source]
        if rows.empty:
            parts.append(f"**{escape_text(source)}** makes no claim in these statements")
            continue
        sides = ", ".join(dict.fromkeys(rows["side"].astype(str)))
        parts.append(
            f"**{escape_text(rows['source_name'].iloc[0])}** "
            + escape_text(
                f"({sides}): {_count(len(rows), 'claim')} in "
                f"{_count(rows['incident_id'].nunique(), 'incident')}"
            )
        )
    both = set(tidy.loc[tidy["source"] == a, "incident_id"])
    both &= set(tidy.loc[tidy["source"] == b, "incident_id"])
    return "; ".join(parts) + escape_text(f". Both speak about {_count(len(both), 'incident')}.")


def overview_header(tidy: pd.DataFrame, rejects: pd.DataFrame) -> str:
    """Markdown introducing the whole data set: incidents, dates, claims, sources, rejects.

    Example:
        >>> import claimtrack as ct
        >>> tidy, rejects = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> overview_header(tidy, rejects).startswith("1 incident from")
        True
    """
    dates = tidy["incident_date"].dropna()
    span = f"from {_date(dates.min())} to {_date(dates.max())}" if len(dates) else "undated"
    return escape_text(
        f"{_count(tidy['incident_id'].nunique(), 'incident')} {span}: "
        f"{_count(len(tidy), 'claim')} from {_count(tidy['source'].nunique(), 'source')}; "
        f"{_count(len(rejects), 'input row')} rejected."
    )


def _figure_files(figures: Mapping[str, Mapping[str, Path]]) -> dict[str, list[str]]:
    return {stem: sorted(Path(p).name for p in files.values()) for stem, files in figures.items()}


def brief_summary(
    tidy: pd.DataFrame,
    result: Mapping[str, pd.DataFrame],
    changes: pd.DataFrame,
    sentences: list[str],
    figures: Mapping[str, Mapping[str, Path]],
    previous: Path | None = None,
) -> dict[str, Any]:
    """The summary figures of an incident brief, for its manifest.

    ``changes`` counts claims added, changed and removed since ``previous`` (the
    run folder compared with; None when there was none).

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> from claimtrack.snapshots import claims_changes
        >>> s = brief_summary(tidy, ct.compare(tidy), claims_changes(None, tidy), [], {})
        >>> s["statuses"]["killed fighters"]
        'unanswered'
    """
    d = result["discrepancies"]
    return {
        "incident_id": str(tidy["incident_id"].iloc[0]),
        "n_statements": int(tidy["statement_id"].nunique()),
        "n_claims": int(len(tidy)),
        "sources": sorted(tidy["source"].unique().tolist()),
        "n_measures": int(len(d)),
        "statuses": statuses(result),
        "status_counts": {k: int(v) for k, v in d["status"].value_counts().items()},
        "changes": {
            "previous_run": str(previous) if previous else None,
            **{k: int((changes["change"] == k).sum()) for k in ("added", "changed", "removed")},
        },
        "sentences": list(sentences),
        "figures": _figure_files(figures),
    }


def comparison_summary(
    pairs: pd.DataFrame, places: pd.DataFrame, figures: Mapping[str, Mapping[str, Path]]
) -> dict[str, Any]:
    """The summary figures of a two-source comparison, for its manifest.

    Example:
        >>> pairs = pd.DataFrame({"ratio": [2.0, 4.0]})
        >>> comparison_summary(pairs, pd.DataFrame(), {})["median_ratio"]
        3.0
    """
    ratios = pairs["ratio"].dropna()
    return {
        "n_measures": int(len(pairs)),
        "n_with_figures": int(len(ratios)),
        "median_ratio": float(ratios.median()) if len(ratios) else None,
        "n_place_claims": int(len(places)),
        "figures": _figure_files(figures),
    }


def overview_summary(
    tidy: pd.DataFrame,
    result: Mapping[str, pd.DataFrame],
    inflation: pd.DataFrame,
    figures: Mapping[str, Mapping[str, Path]],
) -> dict[str, Any]:
    """The summary figures of the overview, for its manifest.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> from claimtrack.comparison.views import inflation_index
        >>> r = ct.compare(tidy)
        >>> overview_summary(tidy, r, inflation_index(r), {})["n_incidents"]
        1
    """
    d = result["discrepancies"]
    per_type = pd.crosstab(d["claim_type"], d["status"])
    return {
        "n_incidents": int(tidy["incident_id"].nunique()),
        "n_claims": int(len(tidy)),
        "n_measures": int(len(d)),
        "status_counts": {k: int(v) for k, v in d["status"].value_counts().items()},
        "statuses_per_claim_type": {
            t: {s: int(n) for s, n in row.items() if n} for t, row in per_type.iterrows()
        },
        "inflation_index": {
            row.source: round(float(row.inflation_index), 4) for row in inflation.itertuples()
        },
        "figures": _figure_files(figures),
    }

"""The Markdown a brief prints: escaped text, bullet lists, headers, what changed since the
previous run and the run's manifest.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

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


def bullet_list(sentences: Iterable[str]) -> str:
    """Plain-language sentences as an escaped Markdown bullet list.

    Example:
        >>> print(bullet_list(["The army says 80.", "<b>x</b>"]))
        - The army says 80\\.
        - &lt;b&gt;x&lt;/b&gt;
    """
    lines = [f"- {escape_text(s)}" for s in sentences]
    return "\n".join(lines) if lines else "*Nothing to summarize.*"


def _date(value: object) -> str:
    return "date unknown" if pd.isna(value) else pd.Timestamp(value).strftime("%-d %B %Y")


def incident_title(tidy: pd.DataFrame) -> str:
    """The incident's title as its statements give it, else its id.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> incident_title(tidy)
        'Coordinated attacks on army posts in seven Malian towns'
    """
    first = tidy.iloc[0]
    title = first.get("incident_title")
    return str(first["incident_id"]) if pd.isna(title) or not str(title).strip() else str(title)


def _with_side(name: str, side: str) -> str:
    # "JNIM (GSIM)" speaks for the side named after it: no "(JNIM (GSIM))" after it.
    return name if name == side else f"{name} ({side})"


def incident_header(tidy: pd.DataFrame) -> str:
    """Markdown introducing one incident: its title as a heading, then id, date, who spoke.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> print(incident_header(tidy).splitlines()[0])
        ## Coordinated attacks on army posts in seven Malian towns
    """
    from claimtrack.reference import side_name

    first = tidy.iloc[0]
    sources = (
        tidy.drop_duplicates("source")
        .assign(name=lambda d: d["source_name"].fillna(d["source"]))
        .apply(lambda r: _with_side(r["name"], side_name(r["side"])), axis=1)
    )
    # Only the heading and bold markers are ours: every piece of data is escaped on its own.
    return (
        f"## {escape_text(incident_title(tidy))}\n\n"
        f"**{escape_text(first['incident_id'])}**, "
        + escape_text(
            f"{_date(first['incident_date'])}. "
            f"{counted(tidy['statement_id'].nunique(), 'statement')}, "
            f"{counted(len(tidy), 'claim')}, "
            f"from {counted(len(sources), 'source')}: {', '.join(sources)}."
        )
    )


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
        from claimtrack.reference import side_name

        sides = ", ".join(dict.fromkeys(rows["side"].map(side_name)))
        parts.append(
            f"**{escape_text(rows['source_name'].iloc[0])}** "
            + escape_text(
                f"({sides}): {counted(len(rows), 'claim')} in "
                f"{counted(rows['incident_id'].nunique(), 'incident')}"
            )
        )
    both = set(tidy.loc[tidy["source"] == a, "incident_id"])
    both &= set(tidy.loc[tidy["source"] == b, "incident_id"])
    return "; ".join(parts) + escape_text(f". Both speak about {counted(len(both), 'incident')}.")


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
        f"{counted(tidy['incident_id'].nunique(), 'incident')} {span}: "
        f"{counted(len(tidy), 'claim')} from {counted(tidy['source'].nunique(), 'source')}; "
        f"{counted(len(rejects), 'input row')} rejected."
    )


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


def counted(n: int, noun: str) -> str:
    """``n`` and its noun, plural unless one.

    Example:
        >>> counted(1, "source"), counted(3, "incident")
        ('1 source', '3 incidents')
    """
    return f"{n} {noun}{'' if n == 1 else 's'}"


def manifest_text(manifest_path: str | Path) -> str:
    """A Markdown summary of a written manifest: fingerprint, files written.

    Example:
        >>> import tempfile
        >>> from claimtrack.manifest import Run
        >>> m = Run.start("x", Path(tempfile.mkdtemp()), {}).write_manifest(inputs=[])
        >>> "fingerprint" in manifest_text(m)
        True
    """
    manifest = json.loads(Path(manifest_path).read_text(encoding="utf-8"))
    files = manifest["files"]
    return (
        f"Input fingerprint `{manifest['data_fingerprint'][:16]}…` over "
        f"{counted(len(manifest['inputs']), 'input file')}; {counted(len(files), 'file')} "
        "written to the run folder "
        f"(`manifest.json` lists them), claimtrack {manifest['packages'].get('claimtrack')}."
    )

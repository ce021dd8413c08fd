"""Choosing what a notebook shows: incidents, sources by id or display name, the statements
table and how each source was resolved.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd


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


def statements_table(tidy: pd.DataFrame) -> pd.DataFrame:
    """One row per statement: who said it, through what, when, the claims it makes, the quote,
    and the document it was reported in (its number under Sources, and its outlet).

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
    from claimtrack.briefing.sources import document_numbers

    outlet = tidy["outlet"].astype("string").fillna("outlet not recorded")
    document = "[" + document_numbers(tidy).astype(str) + "] " + outlet
    grouped = tidy.assign(claim=claim, document=document).groupby("statement_id", sort=False)
    out = grouped.agg(
        source=("source_name", "first"),
        side=("side", "first"),
        speaker=("speaker", "first"),
        channel=("channel", "first"),
        published=("published_at", "first"),
        claims=("claim", lambda s: "; ".join(dict.fromkeys(s))),
        places=("location", lambda s: ", ".join(dict.fromkeys(s.dropna()))),
        quote=("quote", "first"),
        document=("document", "first"),
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
            "document",
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

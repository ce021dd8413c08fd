"""The summary figures a run records in its manifest: per brief, comparison and overview."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from claimtrack.comparison.views import statuses


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
        "n_claims": len(tidy),
        "sources": sorted(tidy["source"].unique().tolist()),
        "n_measures": len(d),
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
        "n_measures": len(pairs),
        "n_with_figures": len(ratios),
        "median_ratio": float(ratios.median()) if len(ratios) else None,
        "n_place_claims": len(places),
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
        "n_claims": len(tidy),
        "n_measures": len(d),
        "status_counts": {k: int(v) for k, v in d["status"].value_counts().items()},
        "statuses_per_claim_type": {
            t: {s: int(n) for s, n in row.items() if n} for t, row in per_type.iterrows()
        },
        "inflation_index": {
            row.source: round(float(row.inflation_index), 4) for row in inflation.itertuples()
        },
        "figures": _figure_files(figures),
    }

"""Raw frame → tidy claims frame + rejects frame.

Every raw row ends up either in the tidy frame (one row per place it names, or
one row if it names none) or in the rejects frame with a reason a person can
act on: ``len(raw) == tidy["origin"].nunique() + len(rejects)``. The fields are
parsed and checked by the steps of ``fields``; the accepted rows become the tidy
frame in ``assemble``; pandera guards the contract last (``checks.guard``).

Example:
    >>> from claimtrack.read import read
    >>> tidy, rejects = normalize(read("data/statements/mali-2025-07-01-coordinated-attacks.yaml"))
    >>> rejects.empty
    True
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from claimtrack.normalize.assemble import assemble
from claimtrack.normalize.checks import guard
from claimtrack.normalize.fields import STEPS
from claimtrack.schema import REJECT_COLUMNS


def normalize(
    raw: pd.DataFrame,
    reference: str | Path | None = None,
    vague: str | Path = "default",
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Normalize a raw frame into the tidy claims frame and the rejects frame.

    ``reference`` is the folder of actor, place and subject tables (default
    ``data/reference``); ``vague`` the vague-words table (``default``, ``acled``
    or a CSV path).

    Example:
        >>> from claimtrack.read import read
        >>> mali = "data/statements/mali-2025-07-01-coordinated-attacks.yaml"
        >>> tidy, rejects = normalize(read(mali), vague="acled")
        >>> tidy.loc[tidy["subject"] == "military positions", "value_best"].item()
        3.0
    """
    raw = raw.reset_index(drop=True)
    parsed: dict = {}
    issues: list[pd.DataFrame] = []
    for step in STEPS:
        values, found = step(raw, vague)
        parsed.update(values)
        issues += [i for i in found if len(i)]
    all_issues = pd.concat(issues) if issues else pd.DataFrame(columns=["field", "value", "reason"])
    rejected_index = all_issues.index.unique()
    accepted = ~raw.index.isin(rejected_index)

    rejects = _rejects(raw, parsed["statement_id"], all_issues)
    keep = _rows(accepted)
    tidy, raw_rows = assemble(keep(raw), {k: keep(v) for k, v in parsed.items()}, reference)
    tidy, late = guard(tidy, raw_rows)
    if len(late):
        rejects = pd.concat([rejects, late], ignore_index=True)
    return tidy, rejects


def _rows(accepted: np.ndarray):
    """A filter to the accepted rows; when all are accepted, it returns its input as is.

    Filtering a million rows of pyarrow strings copies every column: skip it when
    there is nothing to drop, the usual case.
    """
    if accepted.all():
        return lambda values: values
    return lambda values: values[accepted]


def _rejects(raw: pd.DataFrame, statement_id: pd.Series, issues: pd.DataFrame) -> pd.DataFrame:
    if issues.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in REJECT_COLUMNS})
    issues = issues.assign(origin=raw.loc[issues.index, "origin"].to_numpy())
    issues["reason"] = issues["origin"].astype(str) + ": " + issues["reason"].astype(str)
    grouped = issues.groupby(level=0, sort=True).agg(
        {"field": "first", "value": "first", "reason": "; ".join}
    )
    return pd.DataFrame(
        {
            "origin": raw.loc[grouped.index, "origin"].to_numpy(),
            "incident_id": raw.loc[grouped.index, "incident_id"].to_numpy(),
            "statement_id": statement_id.loc[grouped.index].to_numpy(),
            "field": grouped["field"].to_numpy(),
            "value": grouped["value"].to_numpy(),
            "reason": grouped["reason"].to_numpy(),
        }
    )

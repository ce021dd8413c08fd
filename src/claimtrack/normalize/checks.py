"""Row checks of normalize that are not parsing: incident ids, invisible characters in ids,
and the contract guard that rejects whole input rows.

Example:
    >>> incident_issues(pd.Series(["ok-1", "a/b"], dtype="str"))["value"].tolist()
    ['a/b']
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.errors
import pyarrow as pa
import pyarrow.compute as pc

from claimtrack.names import name_problem
from claimtrack.normalize.unique import factorize, spread
from claimtrack.schema import REJECT_COLUMNS, TidyClaims

# The column names people write, for the internal names the raw frame uses.
USER_NAMES = {"source_raw": "source", "published_at": "published", "stated_at": "date"}
CONTROLS = r"[\p{Cc}\p{Cf}]"  # what text.strip_controls drops, as an RE2 class


def without_controls(values: pd.Series) -> pd.Series:
    """Drop invisible control and format characters (a right-to-left override) from ids.

    Example:
        >>> without_controls(pd.Series(["s\\u202e1", None], dtype="str")).tolist()
        ['s1', nan]
    """
    array = pa.array(values.array)
    if len(array) == 0 or not pc.any(pc.match_substring_regex(array, CONTROLS)).as_py():
        return values
    return pd.Series(
        pc.replace_substring_regex(array, CONTROLS, ""), dtype="str", index=values.index
    )


def incident_issues(incident_id: pd.Series) -> pd.DataFrame:
    """Incident ids become report folders: the runner's rule, checked per distinct id.

    Example:
        >>> incident_issues(pd.Series(["overview"], dtype="str"))["reason"].str[:27].tolist()
        ["incident_id 'overview' is r"]
    """
    codes, uniques = factorize(incident_id)
    reasons = [name_problem("incident_id", u) for u in uniques]
    if not any(reasons):
        return pd.DataFrame()
    why = spread(reasons, codes, incident_id.index)
    bad = why.notna()
    return pd.DataFrame(
        {"field": "incident_id", "value": incident_id[bad].astype(str), "reason": why[bad]}
    )


def guard(tidy: pd.DataFrame, raw_rows: np.ndarray) -> tuple[pd.DataFrame, pd.DataFrame]:
    """pandera guards the contract; an input row it still refuses goes to the rejects, named.

    ``raw_rows`` holds the input row of each tidy row. Refused by input row, not by
    origin or tidy row: a row naming three places is accepted or rejected whole, and
    a neighbour is never taken with it.

    Example:
        >>> from claimtrack import load
        >>> tidy, _ = load("data/statements")
        >>> kept, late = guard(tidy, np.arange(len(tidy)))
        >>> len(kept) == len(tidy), late.empty
        (True, True)
    """
    try:
        return TidyClaims.validate(tidy, lazy=True), pd.DataFrame(columns=list(REJECT_COLUMNS))
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases.dropna(subset=["index"])
        if cases.empty:
            raise
    rows = cases["index"].astype(int).to_numpy()
    why = pd.Series(_sentences(tidy, rows, cases["column"], cases["check"]), index=rows)
    by_raw = why.groupby(raw_rows[rows]).agg(lambda r: "; ".join(dict.fromkeys(r)))
    refused = np.isin(raw_rows, by_raw.index)
    first = pd.Series(np.flatnonzero(refused)).groupby(raw_rows[refused]).first()
    bad = tidy.iloc[first.to_numpy()]
    late = pd.DataFrame(
        {
            "origin": bad["origin"].to_numpy(),
            "incident_id": bad["incident_id"].to_numpy(),
            "statement_id": bad["statement_id"].to_numpy(),
            "field": "contract",
            "value": "",
            "reason": (
                bad["origin"].astype(str) + ": " + by_raw.reindex(first.index).to_numpy()
            ).to_numpy(),
        }
    )
    kept = TidyClaims.validate(tidy[~refused].reset_index(drop=True))
    return kept, late


def _sentences(tidy: pd.DataFrame, rows: np.ndarray, columns, checks) -> list[str]:
    """A sentence per failed check; a clashing claim id names every origin that makes it."""
    ids = tidy["claim_id"]
    clashing = ids[ids.duplicated(keep=False)]
    origins = (
        tidy.loc[clashing.index, "origin"]
        .astype(str)
        .groupby(clashing)
        .agg(lambda o: ", ".join(dict.fromkeys(o)))
    )
    out = []
    for row, column, check in zip(rows, columns, checks, strict=True):
        if column == "claim_id" and ids.iloc[row] in origins.index:
            out.append(
                f"claim id {ids.iloc[row]!r} is made by several rows "
                f"({origins[ids.iloc[row]]}); give their statements distinct ids"
            )
        else:
            out.append(f"{USER_NAMES.get(column, column)} fails {check}")
    return out

"""The claims snapshot a brief saves, and what changed since the previous brief.

Each incident brief saves ``claims.csv`` in its run folder: the claims it reported
on, keyed by ``claim_id``. The next brief of that incident reads the snapshot of the
last run that succeeded (``reports/latest/<incident>``) and lists the claims added,
removed or changed since.

Example:
    >>> import pandas as pd
    >>> old = pd.DataFrame({"claim_id": ["a"], "value_text": ["80"]})
    >>> claims_changes(old, old.assign(value_text="90"))[["change", "before", "after"]].values
    array([['changed', '80', '90']], dtype=object)
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd

from claimtrack.project import latest_link, resolve

SNAPSHOT = "claims.csv"
# Columns that identify a claim across runs, and those whose change we report.
SNAPSHOT_COLUMNS = (
    "claim_id",
    "incident_id",
    "source",
    "claim_type",
    "subject",
    "location",
    "value_text",
    "value_best",
    "stance",
    "quote",
)
CHANGE_COLUMNS = ("source", "claim_type", "subject", "location", "value_text", "stance", "quote")


def save_snapshot(tidy: pd.DataFrame, output_dir: str | Path) -> Path:
    """Save the claims this run reported on, for the next run's "what changed" section.

    Example:
        >>> import tempfile, claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> save_snapshot(tidy, tempfile.mkdtemp()).name
        'claims.csv'
    """
    from claimtrack.export import write_csv

    columns = [c for c in SNAPSHOT_COLUMNS if c in tidy.columns]
    return write_csv(tidy[columns], Path(output_dir) / SNAPSHOT)


class SnapshotError(ValueError):
    """An earlier run's ``claims.csv`` that cannot be read back as a claims snapshot."""


def read_snapshot(path: str | Path) -> pd.DataFrame:
    """A ``claims.csv`` read back as text (formulas un-neutralized); ``SnapshotError`` if bad.

    A snapshot needs a ``claim_id`` column whose values are present and unique.

    Example:
        >>> import tempfile
        >>> bad = Path(tempfile.mkdtemp()) / "claims.csv"
        >>> _ = bad.write_bytes(b"\\xff\\xfe\\x00garbage")
        >>> try:
        ...     read_snapshot(bad)
        ... except SnapshotError as exc:
        ...     print(str(exc).split(": ", 1)[1][:50])
        cannot be read back ('utf-8' codec can't decode by
    """
    from claimtrack.export import restore_formulas

    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (ValueError, OSError) as exc:  # UnicodeDecodeError, ParserError are ValueErrors
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SnapshotError(f"{path}: cannot be read back ({reason}): not used") from None
    df = restore_formulas(df)
    if "claim_id" not in df.columns:
        raise SnapshotError(f"{path}: cannot be read back (no claim_id column): not used")
    ids = df["claim_id"]
    if ids.eq("").any() or ids.duplicated().any():
        raise SnapshotError(f"{path}: claim_id is empty or repeated in some rows: not used")
    return df


def load_snapshot(run_dir: str | Path | None) -> pd.DataFrame | None:
    """The claims snapshot of an earlier run folder, or None when there is none (or it is bad:
    a warning says why).

    Example:
        >>> load_snapshot("no/such/run") is None
        True
    """
    if not run_dir:
        return None
    path = Path(run_dir) / SNAPSHOT
    if not path.is_file():
        return None
    try:
        return read_snapshot(path)
    except SnapshotError as exc:
        warnings.warn(str(exc), stacklevel=2)
        return None


def claims_changes(previous: pd.DataFrame | None, current: pd.DataFrame) -> pd.DataFrame:
    """Claims added, removed or changed between two snapshots, keyed by ``claim_id``.

    One row per changed claim: ``change`` (added, removed, changed), the claim's
    description, and for changed claims which fields moved ``before`` → ``after``.

    Example:
        >>> old = pd.DataFrame({"claim_id": ["a", "b"], "value_text": ["80", "3"]})
        >>> new = pd.DataFrame({"claim_id": ["a", "c"], "value_text": ["90", "5"]})
        >>> claims_changes(old, new)["change"].tolist()
        ['changed', 'removed', 'added']
        >>> claims_changes(new, new).empty  # the usual re-run: nothing changed
        True
    """
    columns = ["change", "claim_id", *CHANGE_COLUMNS, "fields", "before", "after"]
    if previous is None:
        return pd.DataFrame(columns=columns)
    # Compare as text: a snapshot read back from CSV has lost its dtypes.
    keep = ["claim_id", *[c for c in CHANGE_COLUMNS if c in current.columns]]
    new = current[keep].astype("string").fillna("").set_index("claim_id")
    old = previous.reindex(columns=keep).astype("string").fillna("").set_index("claim_id")
    added = new.loc[new.index.difference(old.index)].assign(change="added")
    removed = old.loc[old.index.difference(new.index)].assign(change="removed")
    both = new.index.intersection(old.index)
    diff = new.loc[both].ne(old.loc[both])
    moved = diff.any(axis=1)
    changed = new.loc[both][moved].assign(change="changed")
    # Built row by row from a boolean array: DataFrame.apply on zero rows returns a frame.
    fields = pd.Series(
        [", ".join(diff.columns[row]) for row in diff[moved].to_numpy()],
        index=changed.index,
        dtype=object,
    )
    changed["fields"] = fields
    changed["before"] = [
        "; ".join(old.at[i, f] for f in fields[i].split(", ")) for i in changed.index
    ]
    changed["after"] = [
        "; ".join(new.at[i, f] for f in fields[i].split(", ")) for i in changed.index
    ]
    out = pd.concat([changed, removed, added]).reset_index()
    return out.reindex(columns=columns).astype("string").fillna("")


def previous_run(root: str | Path, report_key: str, given: str = "latest") -> Path | None:
    """The run folder to compare with: ``given``, or for ``"latest"`` the last successful run.

    ``reports/latest/<report_key>`` points at the last run of that report that
    succeeded; an empty ``given`` means "compare with nothing". A run whose
    ``claims.csv`` cannot be read back is skipped with a warning (None).

    Example:
        >>> previous_run(".", "no-such-report") is None
        True
    """
    if not given:
        return None
    reports = resolve(root, "reports")
    path = latest_link(reports, report_key) if given == "latest" else Path(given)
    if not path.exists():
        return None
    if (path / SNAPSHOT).is_file():
        # A bad snapshot is reported and skipped: it must not block every later brief.
        try:
            read_snapshot(path / SNAPSHOT)
        except SnapshotError as exc:
            warnings.warn(str(exc), stacklevel=2)
            return None
    return path.resolve()

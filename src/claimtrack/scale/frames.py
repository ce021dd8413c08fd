"""normalize and compare over a Dask frame: every incident whole in one partition.

Both functions need every row of an incident together (actors are resolved within the
incident, measures compare its sources), so the frame is first shuffled on
``incident_id``; each partition then runs the pandas function unchanged. The results
are the pandas results, row for row once sorted (tests check it).

Example:
    >>> import dask.dataframe as dd
    >>> import claimtrack as ct
    >>> raw = dd.from_pandas(ct.read("data/statements"), npartitions=3)
    >>> tidy, rejects = normalize(raw)
    >>> len(tidy.compute()) == len(ct.load("data/statements")[0])
    True
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from claimtrack.comparison import compare as compare_pandas
from claimtrack.normalize import normalize as normalize_pandas
from claimtrack.schema import (
    Discrepancies,
    Measures,
    PlaceOverlap,
    PlaceSets,
    PlaceSummary,
    SourcePairs,
)

# The tables compare returns, and the model that gives an empty one its columns.
TABLES = {
    "measures": Measures,
    "discrepancies": Discrepancies,
    "source_pairs": SourcePairs,
    "place_sets": PlaceSets,
    "place_summary": PlaceSummary,
    "place_overlap": PlaceOverlap,
}


def by_incident(frame: Any, whole_incidents: bool = False) -> list[Any]:
    """The frame's partitions as delayed pandas frames, each holding whole incidents.

    ``whole_incidents``: the partitions already do (a dataset partitioned on
    ``incident_id``, files that each hold their own incidents, ``normalize``'s tidy
    frame): no shuffle, which moves every row, quotes and all, between workers.

    Example:
        >>> import dask.dataframe as dd
        >>> import claimtrack as ct
        >>> raw = dd.from_pandas(ct.read("data/statements"), npartitions=3)
        >>> parts = [p.compute() for p in by_incident(raw)]
        >>> sum(p["incident_id"].nunique() for p in parts)
        16
    """
    return (frame if whole_incidents else frame.shuffle(on="incident_id")).to_delayed()


def normalize(
    raw: Any,
    reference: str | Path | None = None,
    vague: str | Path = "default",
    *,
    whole_incidents: bool = False,
) -> tuple[Any, Any]:
    """``claimtrack.normalize`` over a Dask raw frame: (tidy, rejects) as Dask frames.

    The tidy frame's partitions hold whole incidents (give ``compare`` ``whole_incidents=
    True``); so must ``raw``'s with ``whole_incidents=True`` (:func:`by_incident`). A pandas
    frame is normalized as usual. Example: see the module.
    """
    if isinstance(raw, pd.DataFrame):
        return normalize_pandas(raw, reference, vague)
    import dask
    import dask.dataframe as dd

    meta_tidy, meta_rejects = normalize_pandas(raw._meta, reference, vague)
    both = [
        dask.delayed(normalize_pandas, nout=2)(p, reference, vague)
        for p in by_incident(raw, whole_incidents)
    ]
    tidy = dd.from_delayed([t for t, _ in both], meta=meta_tidy, verify_meta=False)
    rejects = dd.from_delayed([r for _, r in both], meta=meta_rejects, verify_meta=False)
    return tidy, rejects


def _compare_part(tidy: pd.DataFrame) -> dict[str, pd.DataFrame]:
    # A partition can hold no incident at all after the shuffle: its tables are empty.
    if tidy.empty:
        return {name: pd.DataFrame(model.empty()) for name, model in TABLES.items()}
    return compare_pandas(tidy)


def compare(tidy: Any, *, whole_incidents: bool = False) -> dict[str, Any]:
    """``claimtrack.compare`` over a Dask tidy frame: each table a Dask frame, by name.

    ``whole_incidents=True`` when each partition holds whole incidents (as ``normalize``
    returns them): no shuffle. Compute the tables together (``dask.compute``): each
    partition is then compared once. A pandas frame is compared as usual.

    Example:
        >>> import dask.dataframe as dd
        >>> import claimtrack as ct
        >>> tidy = dd.from_pandas(ct.load("data/statements")[0], npartitions=4)
        >>> tables = compare(tidy)
        >>> sorted(tables) == sorted(TABLES)
        True
    """
    if isinstance(tidy, pd.DataFrame):
        return compare_pandas(tidy)
    import dask
    import dask.dataframe as dd

    parts = [dask.delayed(_compare_part)(p) for p in by_incident(tidy, whole_incidents)]
    return {
        name: dd.from_delayed(
            [part[name] for part in parts],
            meta=pd.DataFrame(model.empty()),
            verify_meta=False,
        )
        for name, model in TABLES.items()
    }


def read_dataset(folder: str | Path, incidents: list[str] | None = None) -> Any:
    """A partitioned tidy dataset (``claimtrack normalize --partition-on``) as a Dask frame.

    One Dask partition per partition folder, read lazily through
    ``claimtrack.load_parquet``, so each holds the tidy contract's dtypes; ``incidents``
    keeps only those (a dataset partitioned on ``incident_id``).

    Example:
        >>> import tempfile
        >>> import claimtrack as ct
        >>> from claimtrack.storage import write_dataset
        >>> tidy, _ = ct.load("data/statements")
        >>> folder = write_dataset(tidy, Path(tempfile.mkdtemp()) / "claims", "incident_id")
        >>> lazy = read_dataset(folder, incidents=["mali-2025-07-01-coordinated-attacks"])
        >>> lazy.npartitions, lazy.compute()["incident_id"].nunique()
        (1, 1)
    """
    import dask
    import dask.dataframe as dd

    from claimtrack.schema import empty_tidy

    parts = sorted(p for p in Path(folder).iterdir() if p.is_dir() and "=" in p.name)
    if incidents is not None:
        wanted = {f"incident_id={i}" for i in incidents}
        parts = [p for p in parts if p.name in wanted]
    # Each partition folder read on its own: a dataset of one folder, its column restored.
    reads = [dask.delayed(_read_part)(p) for p in parts]
    return dd.from_delayed(reads, meta=empty_tidy(), verify_meta=False)


def _read_part(part: Path) -> pd.DataFrame:
    from claimtrack.storage import load_parquet

    column, _, value = part.name.partition("=")
    return load_parquet(
        part.parent, **{"incidents" if column == "incident_id" else "countries": [value]}
    )

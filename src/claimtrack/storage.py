"""The tidy frame as a partitioned Parquet dataset, read back filtered by incident or country.

One folder per incident (or country), so that a reader of one incident reads only its
files; ``dask.dataframe.read_parquet`` reads the same folder lazily.

Example:
    >>> import tempfile
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements")
    >>> folder = write_dataset(tidy, Path(tempfile.mkdtemp()) / "claims", "incident_id")
    >>> mali = load_parquet(folder, incidents=["mali-2025-07-01-coordinated-attacks"])
    >>> mali["incident_id"].nunique(), list(mali.columns) == list(tidy.columns)
    (1, True)
"""

from __future__ import annotations

import functools
import operator
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from claimtrack.schema import TIDY_COLUMNS, validate_tidy

PARTITION_COLUMNS = ("incident_id", "country_code")


def write_dataset(tidy: pd.DataFrame, folder: str | Path, partition_on: str) -> Path:
    """Write ``tidy`` under ``folder`` (replaced whole), one sub-folder per ``partition_on``.

    The folder is written beside and moved into place, so a reader never sees half of it.

    Example:
        >>> write_dataset(pd.DataFrame({"x": [1]}), "out", "side")
        Traceback (most recent call last):
        ...
        ValueError: --partition-on side: use one of incident_id, country_code
    """
    if partition_on not in PARTITION_COLUMNS:
        raise ValueError(
            f"--partition-on {partition_on}: use one of {', '.join(PARTITION_COLUMNS)}"
        )
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}."))
    # A claim with no country still belongs somewhere: pyarrow writes it to a null partition.
    table = pa.Table.from_pandas(tidy, preserve_index=False)
    pq.write_to_dataset(table, staging, partition_cols=[partition_on])
    if folder.exists():
        shutil.rmtree(folder)
    staging.rename(folder)
    return folder


def load_parquet(
    folder: str | Path, incidents: Iterable[str] = (), countries: Iterable[str] = ()
) -> pd.DataFrame:
    """The tidy frame of a dataset from :func:`write_dataset`, only the incidents/countries asked.

    Example: see the module.
    """
    folder = Path(folder)
    # Partition values read as plain strings: a dictionary with a null partition (claims
    # with no country) cannot be unified by pyarrow.
    on = [c for c in PARTITION_COLUMNS if any(folder.glob(f"{c}=*"))]
    dataset = ds.dataset(
        folder,
        format="parquet",
        partitioning=ds.partitioning(pa.schema([(c, pa.string()) for c in on]), flavor="hive"),
    )
    wanted = [
        pc.field(column).isin(list(values))
        for column, values in (("incident_id", incidents), ("country_code", countries))
        if list(values)
    ]
    condition = functools.reduce(operator.and_, wanted) if wanted else None
    frame = dataset.to_table(filter=condition).to_pandas()
    # The partition column comes back last and as plain text: the contract puts it back
    # where and as the tidy frame has it (a category).
    return validate_tidy(frame[[c for c in TIDY_COLUMNS if c in frame.columns]])


def write_normalized(
    tidy: pd.DataFrame, rejects: pd.DataFrame, output: Path, partition_on: str | None = None
) -> tuple[Path, Path, Path]:
    """What ``claimtrack normalize -o OUTPUT`` writes: the claims as Parquet (a file, or a
    dataset with ``partition_on``), and claims.csv and rejects.csv for spreadsheets.

    Example:
        >>> import tempfile
        >>> import claimtrack as ct
        >>> tidy, rejects = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> [p.name for p in write_normalized(tidy, rejects, Path(tempfile.mkdtemp()))]
        ['claims.parquet', 'claims.csv', 'rejects.csv']
    """
    from claimtrack.export import write_csv

    output.mkdir(parents=True, exist_ok=True)
    parquet = output / ("claims" if partition_on else "claims.parquet")
    if partition_on:
        write_dataset(tidy, parquet, partition_on)
    else:
        tidy.to_parquet(parquet, index=False)
    # Formulas neutralized: analysts open these in Excel.
    write_csv(tidy, output / "claims.csv")
    write_csv(rejects, output / "rejects.csv")
    return parquet, output / "claims.csv", output / "rejects.csv"

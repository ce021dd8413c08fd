"""A Dask client for ``local`` (a cluster on this machine) or a scheduler address.

Example:
    >>> needs_dask("--dask") is None  # Dask is installed here: nothing to say
    True
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

INSTALL = "pip install 'claimtrack[dask]'"


def needs_dask(what: str) -> str | None:
    """Why ``what`` cannot run here (Dask missing, and how to install it), or None.

    Example:
        >>> needs_dask("--dask") is None
        True
    """
    if all(importlib.util.find_spec(m) for m in ("dask", "distributed")):
        return None
    return f"{what} needs Dask and distributed, which are not installed: {INSTALL}"


@contextmanager
def client_for(address: str, workers: int = 2) -> Iterator[Any]:
    """A ``distributed.Client`` for the block: ``"local"`` starts ``workers`` processes here.

    Any other value is a scheduler address (``tcp://host:8786``) of a running cluster,
    whose workers have claimtrack installed. A local cluster closes with the block.

    Example:
        >>> with client_for("local", workers=1) as client:  # doctest: +SKIP
        ...     client.submit(sum, [1, 2]).result()
        3
    """
    if problem := needs_dask("a Dask cluster"):
        raise RuntimeError(problem)
    from distributed import Client, LocalCluster

    if address != "local":
        with Client(address) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # Its shuffle and shutdown chatter is not the user's: under load a worker's last
            # heartbeat races the scheduler's close and logs a traceback at ERROR. What fails
            # in claimtrack's work comes back to the client as the task's error.
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client

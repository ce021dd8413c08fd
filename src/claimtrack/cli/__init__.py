"""The ``claimtrack`` command: a thin shell over the library.

Heavy imports (pandas, matplotlib) happen inside the commands so that
``claimtrack --help`` and refusals stay fast. ``base`` holds the app and what every
command shares; the commands register on it from ``data`` (normalize, validate,
extract) and ``runs`` (report, schedule, prune, prepare).

Example:
    $ claimtrack normalize data/statements -o reports/normalized
"""

from __future__ import annotations

import sys

from claimtrack.cli import data, runs  # noqa: F401 (the commands register on the app)
from claimtrack.cli.base import app, fail

__all__ = ["app", "fail", "run"]


def run() -> None:  # pragma: no cover - console entry point
    """The console entry point: the app's exit code."""
    sys.exit(app())

"""claimtrack: sourced claims and counterclaims in one tidy table, compared source by source.

The public names below load on first use, so that ``import claimtrack`` and
``claimtrack --help`` do not pay for pandas, pandera and matplotlib up front.

Example:
    >>> import claimtrack as ct
    >>> tidy, rejects = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> sorted(tidy["source"].unique())[:2]
    ['fama', 'jnim']
"""

from __future__ import annotations

import importlib
import sys
import types
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from claimtrack.normalize import normalize

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd

try:
    __version__ = version("claimtrack")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0+unknown"

# public name → the module that defines it
_LAZY = {
    "NothingToCompare": "claimtrack.comparison",
    "compare": "claimtrack.comparison",
    "discrepancies": "claimtrack.comparison",
    "measures": "claimtrack.comparison",
    "place_overlap": "claimtrack.comparison",
    "place_sets": "claimtrack.comparison",
    "place_summary": "claimtrack.comparison",
    "source_pairs": "claimtrack.comparison",
    "summarize": "claimtrack.comparison",
    "extract": "claimtrack.extraction",
    "ExtractError": "claimtrack.extraction",
    "export_figure": "claimtrack.export",
    "export_table": "claimtrack.export",
    "figure_caption": "claimtrack.export",
    "resolve_actors": "claimtrack.normalize.actors",
    "match_places": "claimtrack.normalize.places",
    "parse_quantities": "claimtrack.normalize.quantities",
    "parse_quantity": "claimtrack.normalize.quantities",
    "vague_table": "claimtrack.normalize.quantities",
    "InputError": "claimtrack.read",
    "read": "claimtrack.read",
    "load_parquet": "claimtrack.storage",
    "TIDY_COLUMNS": "claimtrack.schema",
    "validate_tidy": "claimtrack.schema",
}
_MODULES = {"charts", "comparison", "export", "reports", "schema", "synthetic"}


def load(
    path: str | Path, reference: str | Path | None = None, vague: str | Path = "default"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read statement files and normalize them: ``(tidy, rejects)`` in one call.

    Example:
        >>> tidy, rejects = load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> int(tidy.loc[tidy["claim_type"] == "killed", "value_best"].iloc[0])
        80
    """
    from claimtrack.read import read

    return normalize(read(path), reference=reference, vague=vague)


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    elif name in _MODULES:
        value = importlib.import_module(f"claimtrack.{name}")
    else:
        raise AttributeError(f"module 'claimtrack' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_MODULES})


class _Package(types.ModuleType):
    """The package module: importing ``claimtrack.read`` must not hide ``read()``.

    The import system sets each loaded submodule as an attribute of its package;
    where a public function shares its module's name, the function wins.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, types.ModuleType) and name in _LAZY:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__all__ = ["__version__", "load", "normalize", *_LAZY]

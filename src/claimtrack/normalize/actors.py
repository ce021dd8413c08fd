"""Source names as written → canonical actor, source type and side.

Aliases come from ``data/reference/actors.csv``. An unknown source is kept under
its own name (source id made from it), typed by what the statement says or
``unknown``, and reported once with a warning.

Example:
    >>> resolve_actors(pd.Series(["Mali’s armed forces", "JNIM"]))["source"].tolist()
    ['fama', 'jnim']
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz, process

from claimtrack.normalize.unique import factorize_columns, take
from claimtrack.reference import read_table
from claimtrack.schema import INDEPENDENT_TYPES
from claimtrack.text import fold, slug

_LEADING = re.compile(r"^(?:the|a|an|one|another|le|la|les|l'|un|une|des)\s+")


class UnknownActorWarning(UserWarning):
    """A source that is not in the actor alias table."""


def _key(name: str) -> str:
    return _LEADING.sub("", fold(name))


def alias_index(reference: str | Path | None = None) -> tuple[pd.DataFrame, dict[str, str]]:
    """The actor table and a map from folded alias to actor_id.

    Example:
        >>> table, index = alias_index()
        >>> index["gsim"]
        'jnim'
    """
    table = read_table("actors", reference).set_index("actor_id")
    index: dict[str, str] = {}
    for actor_id, row in table.iterrows():
        for alias in [row["name"], actor_id, *row["aliases"].split("|")]:
            if alias.strip():
                index.setdefault(_key(alias), actor_id)
    return table, index


def resolve_actors(
    names: pd.Series,
    source_types: pd.Series | None = None,
    reference: str | Path | None = None,
) -> pd.DataFrame:
    """Resolve source names (and optional stated source types) per distinct pair.

    Returns source, source_name, source_type, side, known — aligned to ``names``.

    Example:
        >>> out = resolve_actors(pd.Series(["a local politician"]))
        >>> out.loc[0, ["source_type", "side"]].tolist()
        ['politician', 'independent']
    """
    if source_types is None:
        source_types = pd.Series(pd.NA, index=names.index, dtype="object")
    table, index = alias_index(reference)
    keys = list(index)
    codes, uniques = factorize_columns(names, source_types)
    rows, unknown = [], []
    for name, given in uniques:
        key = _key(name)
        # "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": try the name, then its parts.
        inner = re.search(r"\(([^)]*)\)", key)
        candidates = [key, re.sub(r"\s*\([^)]*\)", "", key), inner.group(1) if inner else ""]
        actor = next((index[c] for c in candidates if c in index), None)
        if actor is None and key:
            hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=92)
            actor = index[hit[0]] if hit else None
        given = given if isinstance(given, str) and given else None
        if actor is not None:
            row = table.loc[actor]
            rows.append((actor, row["name"], given or row["source_type"], row["side"], True))
        else:
            kind = given or "unknown"
            side = "independent" if kind in INDEPENDENT_TYPES else "unknown"
            rows.append((slug(name), name, kind, side, False))
            unknown.append(name)
    if unknown:
        warnings.warn(
            f"{len(unknown)} source(s) not in the actor table, kept as written: "
            + ", ".join(repr(u) for u in unknown[:10])
            + (" …" if len(unknown) > 10 else "")
            + " (add them to data/reference/actors.csv)",
            UnknownActorWarning,
            stacklevel=2,
        )
    return take(rows, codes, ["source", "source_name", "source_type", "side", "known"], names.index)

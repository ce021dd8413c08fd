"""Source names as written → canonical actor, source type and side, within the incident.

Aliases come from ``data/reference/actors.csv``. Two kinds:

- ``aliases`` name the actor outright ("Malian army", "JNIM", "Taliban") and resolve
  in any incident;
- ``context_aliases`` are words that mean this actor only in its own incidents ("the
  army", "the government", "the group", "l'armée", a spokesman's surname). They
  resolve only where the incident lists the actor's side among its ``parties``, or,
  when the incident lists no parties, where the incident's country is the actor's.
  Two candidates left, or none: the name is not resolved.

A name that is not resolved is kept under its own name (source id made from it),
typed by what the statement says or ``unknown``, with side ``unknown`` (or
``independent`` if its stated type is one that speaks for no party), and reported
once with a warning naming where it was read. A source that resolves to a party's
actor is never typed independent: a stated type such as ``media`` gives way to the
actor's own type.

Example:
    >>> resolve_actors(pd.Series(["Mali’s armed forces", "JNIM"]))["source"].tolist()
    ['fama', 'jnim']
    >>> ctx = {"country": pd.Series(["BF"]), "parties": pd.Series(["burkina_state;jnim"])}
    >>> resolve_actors(pd.Series(["the army"]), **ctx)["source"].tolist()
    ['bf_army']
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz, process

from claimtrack.countries import country_words, country_words_re
from claimtrack.normalize.unique import factorize_columns, take
from claimtrack.project import reference_file
from claimtrack.reference import read_table
from claimtrack.text import fold, slug
from claimtrack.vocabulary import INDEPENDENT_TYPES

# "l'EI", "l'armée": the elided article has no space after it (``fold`` straightens "’").
_LEADING = re.compile(r"^(?:(?:the|a|an|one|another|le|la|les|un|une|des)\s+|l'\s*)")
# Sides that are no party to anything: their actors speak for nobody.
_NO_PARTY = ("", "independent", "unknown")
COLUMNS = ["source", "source_name", "source_type", "side", "known"]


class UnknownActorWarning(UserWarning):
    """A source that is not resolved to an actor of the table within its incident."""


def _key(name: str) -> str:
    return _LEADING.sub("", fold(name))


def _aliases(cell: str) -> list[str]:
    return [a for a in str(cell).split("|") if a.strip()]


def alias_index(reference: str | Path | None = None) -> tuple[pd.DataFrame, dict[str, str]]:
    """The actor table and a map from folded alias (names anywhere) to actor_id.

    Context aliases are not in this map (see ``context_index``). Built once per table
    file and modification time: extraction asks for it on every article. Treat both as
    read-only.

    Example:
        >>> table, index = alias_index()
        >>> index["gsim"], "army" in index
        ('jnim', False)
    """
    table, index, _ = _indexes(reference)
    return table, index


def _indexes(reference: str | Path | None) -> tuple[pd.DataFrame, dict, dict]:
    file = reference_file("actors", reference)
    try:  # one stat, not two: extraction asks for the table a dozen times per article
        stamp = file.stat().st_mtime_ns
    except OSError:
        if not file.exists():
            read_table("actors", reference)  # raises the error that names the missing table
        raise
    return _built(str(file), stamp)


@lru_cache(maxsize=8)
def _built(file: str, _stamp: int) -> tuple[pd.DataFrame, dict, dict]:
    table = read_table("actors", Path(file).parent).set_index("actor_id")
    if "context_aliases" not in table.columns:  # a user's table in the older layout
        table["context_aliases"] = ""
    context = context_index(table)
    index: dict[str, str] = {}
    for actor_id, row in table.iterrows():
        for alias in [row["name"], actor_id, *_aliases(row["aliases"])]:
            key = _key(alias)
            # A word some actor owns only in context never resolves everywhere, unless an
            # actor of no country (anonymous security sources) names it: the incident's
            # own actor is looked up first (``_find``), that one holds everywhere else.
            if key and (key not in context or not row["country"]):
                index.setdefault(key, actor_id)
    return table, index, context


def context_index(table: pd.DataFrame) -> dict[str, list[str]]:
    """Folded context alias → the actors that use it, in table order.

    Example:
        >>> table, _ = alias_index()
        >>> "fama" in context_index(table)["army"]
        True
    """
    index: dict[str, list[str]] = {}
    for actor_id, row in table.iterrows():
        for alias in _aliases(row.get("context_aliases", "")):
            owners = index.setdefault(_key(alias), [])
            if actor_id not in owners:  # "the army" and "army" are one key
                owners.append(actor_id)
    return index


def _in_context(candidates: list[str], table: pd.DataFrame, country: str, parties: str):
    """The one candidate that belongs to the incident, or None (none or several do)."""
    listed = [p for p in parties.split(";") if p]
    if listed:
        own = [a for a in candidates if table.at[a, "side"] in listed]
        if len(own) > 1:  # two of the incident's parties use the word: its country decides
            own = [a for a in own if table.at[a, "country"] == country]
    else:
        own = [a for a in candidates if country and table.at[a, "country"] == country]
    return own[0] if len(own) == 1 else None


def _find(name: str, country: str, parties: str, table, index, context, keys) -> str | None:
    key = _key(name)
    # "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": try the name, then its parts.
    inner = re.search(r"\(([^)]*)\)", key)
    for candidate in (key, re.sub(r"\s*\([^)]*\)", "", key), inner.group(1) if inner else ""):
        if candidate in context:  # the incident's own actor first
            actor = _in_context(context[candidate], table, country, parties)
            if actor is not None:
                return actor
        if candidate in index:
            return index[candidate]
    if key and key not in context:  # a generic word is never guessed by spelling
        hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=92)
        # a spelling variant, never another country's body: "gouvernement somalien" is
        # two letters from "gouvernement malien"
        return index[hit[0]] if hit and _countries(hit[0]) == _countries(key) else None
    return None


def _countries(key: str) -> set[str]:
    """The countries a folded name's words name ("armee somalienne" names SO)."""
    words = country_words()
    return {words[m.group()] for m in country_words_re().finditer(key.lower())}


def _typed(given: str | None, row: pd.Series) -> str:
    """The stated type, unless it would make a party's actor independent."""
    kind = given or row["source_type"]
    if kind in INDEPENDENT_TYPES and row["side"] not in _NO_PARTY:
        kind = row["source_type"] if row["source_type"] not in INDEPENDENT_TYPES else "unknown"
    return kind


def resolve_actors(
    names: pd.Series,
    source_types: pd.Series | None = None,
    reference: str | Path | None = None,
    country: pd.Series | None = None,
    parties: pd.Series | None = None,
    origins: pd.Series | None = None,
) -> pd.DataFrame:
    """Resolve source names within their incident (country, ``;``-joined parties).

    Returns source, source_name, source_type, side, known — aligned to ``names``.
    ``origins`` (file:line) only make the warning about unresolved names precise.

    Example:
        >>> out = resolve_actors(pd.Series(["a local politician"]))
        >>> out.loc[0, ["source_type", "side"]].tolist()
        ['politician', 'independent']
        >>> with warnings.catch_warnings():
        ...     warnings.simplefilter("ignore")
        ...     out = resolve_actors(pd.Series(["the army"]), country=pd.Series(["SN"]))
        >>> out.loc[0, ["source", "source_name", "side"]].tolist(), bool(out.loc[0, "known"])
        (['the_army', 'the army', 'unknown'], False)
    """
    blank = pd.Series(pd.NA, index=names.index, dtype="object")
    source_types = blank if source_types is None else source_types
    country = blank if country is None else country
    parties = blank if parties is None else parties
    table, index, context = _indexes(reference)
    keys = list(index)
    codes, uniques = factorize_columns(names, source_types, country, parties)
    rows = []
    for name, given, where, sides in uniques:
        actor = _find(name, where, sides, table, index, context, keys)
        given = given if isinstance(given, str) and given else None
        if actor is not None:
            row = table.loc[actor]
            rows.append((actor, row["name"], _typed(given, row), row["side"], True))
        else:
            kind = given or "unknown"
            side = "independent" if kind in INDEPENDENT_TYPES else "unknown"
            rows.append((slug(name), name, kind, side, False))
    out = take(rows, codes, COLUMNS, names.index, categories=True)
    _warn_unresolved(names, out["known"], origins)
    return out


def known_actors(
    names: list[str], country: str | None = None, reference: str | Path | None = None
) -> list[str | None]:
    """The actor each distinct name resolves to within ``country`` (no parties), or None.

    What ``resolve_actors`` gives as ``source`` where ``known``, without its frame or its
    warning: extraction asks for a few names per article, and the frame cost more than the
    lookups.

    Example:
        >>> known_actors(["JNIM", "a neighbour"], "ML")
        ['jnim', None]
    """
    table, index, context = _indexes(reference)
    keys = list(index)
    return [_find(name, country or "", "", table, index, context, keys) for name in names]


def _warn_unresolved(names: pd.Series, known: pd.Series, origins: pd.Series | None) -> None:
    missing = ~known.astype(bool).to_numpy()
    if not missing.any():
        return
    frame = pd.DataFrame({"name": names[missing].astype(str)})
    frame["origin"] = "" if origins is None else origins[missing].astype(str).to_numpy()
    where = (
        frame.drop_duplicates()
        .groupby("name", sort=False)["origin"]
        .agg(lambda o: ", ".join([x for x in o if x][:3]) + (" …" if len(o) > 3 else ""))
    )
    shown = [f"{name!r}" + (f" at {at}" if at else "") for name, at in where.head(20).items()]
    more = [f"… and {len(where) - 20} more"] if len(where) > 20 else []
    warnings.warn(
        f"{len(where)} source(s) not resolved to an actor of the incident, kept as written "
        "(side unknown unless typed independent; add them to data/reference/actors.csv, "
        "scoped by country or party):\n  " + "\n  ".join(shown + more),
        UnknownActorWarning,
        stacklevel=3,
    )

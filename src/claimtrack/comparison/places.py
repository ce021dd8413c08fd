"""Who names which place: place sets, a summary per place, overlap per pair of sources.

Sets (which towns were attacked) are compared as sets, for every claim that names a
place, whatever its claim type: casualties, seizures, attacks, control.

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> sets = place_sets(tidy)
    >>> o = place_overlap(sets)
    >>> o.loc[o["source_a"].eq("local_politician") & o["source_b"].eq("fama"), "jaccard"].item()
    0.42857142857142855
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from claimtrack._arrow import coalesce, encode, take, take_columns
from claimtrack.comparison._join import SEP, join_codes, join_groups
from claimtrack.comparison._keys import codes, dense, distinct, expand, rows_of, runs, within
from claimtrack.comparison.exceptions import require
from claimtrack.schema import PlaceOverlap, PlaceSets, PlaceSummary, plain_text


def place_sets(tidy: pd.DataFrame) -> pd.DataFrame:
    """Who names which place, for every claim type (casualties, seizures, attacks, control …).

    One row per incident × claim type × place × source that names it. Places are compared by
    ``place`` (the gazetteer id, or the name when unmatched), so spelling variants
    collapse; ``spellings`` keeps the names as this source wrote them. The subject
    is left out of the key on purpose: "which places were attacked" is the same
    question whether a source says towns or military posts. An incident whose
    claims name no place gives an empty frame with these columns.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> s = place_sets(tidy)
        >>> s.loc[s["source"].eq("local_politician"), "spellings"].tolist()
        ['Nioro', 'Gogui', 'Sandare']
    """
    sets = place_sets_encoded(tidy)
    return PlaceSets.validate(plain_text(sets), lazy=True) if len(sets) else sets


def place_sets_encoded(tidy: pd.DataFrame) -> pd.DataFrame:
    """``place_sets`` before its check, the tidy frame's categories kept (not validated).

    ``compare`` builds the place summary and overlap from it, on integer codes.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> sets = place_sets_encoded(tidy)
        >>> sets["source"].dtype.name, place_summary(sets).equals(place_summary(place_sets(tidy)))
        ('category', True)
    """
    require(tidy, ["incident_id", "claim_type", "place_id", "location", "source"], "tidy")
    keep = tidy["location"].notna()
    # Filter only the columns used: a boolean mask copies every column it is applied to.
    needed = ["incident_id", "claim_type", "place_id", "location", "location_raw", "latitude"]
    needed += ["longitude", "source", "source_name", "side"]
    t = tidy[needed][keep]
    if t.empty:  # a plain DataFrame, not pandera's typing subclass .empty() returns
        return pd.DataFrame(PlaceSets.empty())
    t = t.assign(place=coalesce(t["place_id"], t["location"])).reset_index(drop=True)
    order, group, starts = runs(codes(t, ["incident_id", "claim_type", "place", "source"]))
    out = take_columns(t, list(PlaceSets.to_schema().columns)[:-2], order[starts])
    spelled = take(coalesce(t["location_raw"], t["location"]), order)
    out["spellings"] = join_groups(group, spelled, len(starts))
    out["n_claims"] = np.diff(np.r_[starts, len(order)]).astype("int64")
    return out


def place_summary(place_sets: pd.DataFrame) -> pd.DataFrame:
    """One row per incident × claim type × place: how many sources and sides name it.

    ``only_source`` / ``only_side`` hold the single source / side naming the place,
    and are null when more than one does: filter on them for "places named by only
    one source / only one side".

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> s = place_summary(place_sets(tidy))
        >>> s = s[s["claim_type"].eq("attacked")]
        >>> sorted(s.loc[s["only_side"].eq("mali_state"), "location"])
        ['Diboli', 'Molodo', 'Niono']
    """
    if len(place_sets) == 0:
        return pd.DataFrame(PlaceSummary.empty())
    s = place_sets.reset_index(drop=True)
    order, group, starts = runs(codes(s, ["incident_id", "claim_type", "place"]))
    n = len(starts)
    cols = ["incident_id", "claim_type", "place", "place_id", "location", "latitude", "longitude"]
    out = take_columns(s, cols, order[starts])
    side = take(s["side"], order)
    side_code, _ = encode(side)
    out["n_sources"] = np.bincount(group, minlength=n).astype("int64")
    distinct_sides = distinct(group.astype("int64") * (side_code.max() + 1) + side_code)
    out["n_sides"] = np.bincount(distinct_sides // (side_code.max() + 1), minlength=n)
    out["n_sides"] = out["n_sides"].astype("int64")
    out["n_independent"] = np.bincount(group[side.eq("independent").to_numpy()], minlength=n)
    out["n_independent"] = out["n_independent"].astype("int64")
    out["sources"] = join_groups(group, take(s["source"], order), n)
    out["source_names"] = join_groups(group, take(s["source_name"], order), n)
    # Spellings are already "; "-joined per source: split only the few that hold several.
    spelled = take(s["spellings"], order)
    several = spelled.str.contains(SEP, regex=False).to_numpy()
    split = spelled[several].str.split(SEP).explode()
    values = pd.concat([spelled[~several], split])
    owner = np.r_[group[~several], group[split.index.to_numpy()]]
    out["spellings"] = join_groups(owner, values, n)
    out["only_source"] = out["sources"].where(out["n_sources"] == 1)
    out["only_side"] = take(side, starts).where(out["n_sides"] == 1)
    return PlaceSummary.validate(plain_text(out[list(PlaceSummary.to_schema().columns)]), lazy=True)


def place_overlap(place_sets: pd.DataFrame) -> pd.DataFrame:
    """Per incident × claim type, each pair of sources naming places: shared places, Jaccard.

    ``n_a``/``n_b`` count the places each source names, ``n_both`` those both name,
    ``jaccard`` = n_both / (n_a + n_b − n_both); ``only_a``/``only_b`` list (by
    canonical name) the places one names and the other does not. Pairs are ordered
    by side, then source, like ``source_pairs``.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> o = place_overlap(place_sets(tidy))
        >>> o.loc[o["source_b"].eq("fama"), ["source_a", "n_both"]].values.tolist()
        [['local_politician', 3], ['residents', 1]]
    """
    if len(place_sets) == 0:
        return pd.DataFrame(PlaceOverlap.empty())
    s = place_sets.reset_index(drop=True)
    # Everything below works on integer codes; strings are taken once, at the end.
    set_code = dense(codes(s, ["incident_id", "claim_type"]))
    rank = dense(codes(s, ["side", "source"]))
    place, _ = encode(s["place"])
    # One run of rows per (set, source), sources in rank order within each set.
    order, _, starts = runs(set_code * (int(rank.max()) + 1) + rank)
    sizes = np.diff(np.r_[starts, len(order)])
    source_set = set_code[order[starts]]
    # Pairs of sources of one set: source i with each later source of its set.
    set_end = np.r_[np.flatnonzero(np.diff(source_set)) + 1, len(starts)]
    later = set_end[np.searchsorted(set_end, np.arange(len(starts)), side="right")]
    a, step = expand(later - np.arange(len(starts)) - 1)
    b = a + 1 + step
    if not len(a):
        return pd.DataFrame(PlaceOverlap.empty())
    ia, ib = order[starts[a]], order[starts[b]]
    out = take_columns(s, ["incident_id", "claim_type"], ia)
    for suffix, idx in (("a", ia), ("b", ib)):
        for col in ("source", "source_name", "side"):
            out[f"{col}_{suffix}"] = take(s[col], idx)
    # Each pair's places, side by side as (pair, place) keys: shared ones are in both.
    width = len(place) + 1
    rows_a, rows_b = (rows_of(order, starts, sizes, mine) for mine in (a, b))
    key_a = rows_a[0] * width + place[rows_a[1]]
    key_b = rows_b[0] * width + place[rows_b[1]]
    in_b = within(key_a, key_b)
    out["n_a"] = sizes[a].astype("int64")
    out["n_b"] = sizes[b].astype("int64")
    out["n_both"] = np.bincount(rows_a[0][in_b], minlength=len(a)).astype("int64")
    out["jaccard"] = out["n_both"] / (out["n_a"] + out["n_b"] - out["n_both"])
    only_a = ~in_b
    only_b = ~within(key_b, key_a)
    location, names = encode(s["location"], sort=True)
    for mine, (pair, row), only in (("a", rows_a, only_a), ("b", rows_b, only_b)):
        out[f"only_{mine}"] = join_codes(pair[only], location[row[only]], names, len(a))
    return PlaceOverlap.validate(plain_text(out[list(PlaceOverlap.to_schema().columns)]), lazy=True)

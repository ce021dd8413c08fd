"""Tidy claims → who said what about each measure, and where the sources disagree.

A *measure* is ``(incident_id, claim_type, subject, place)``: "fighters killed" in
an incident, or "towns attacked" at one place. Claims without a place are
measured at incident level (``place`` null). ``place`` is the gazetteer
``place_id``, or the name as matched when the place is not in the gazetteer, so
spelling variants (Sandere / Sandare) are one measure.

The tables, each a plain DataFrame checked by a pandera model below:

- ``measures``: one row per incident × measure × source;
- ``discrepancies``: one row per incident × measure, with a status;
- ``source_pairs``: per measure, each pair of sources side by side;
- ``place_sets`` (who names which place), ``place_summary`` (per place) and
  ``place_overlap`` (Jaccard per source pair) for set-like claims.

Nothing to compare is an error, said in a sentence: an empty tidy frame raises
``NothingToCompare`` (a ``ValueError``). An incident where one source speaks is
not an error: its measures are ``single_source`` (or ``unanswered``), and the
pair tables are empty frames with their columns and dtypes.

Everything is vectorized over the rows (groupby, merges, ``numpy`` reductions);
1M claims compare in about a second (``benchmarks/compare.py``).

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements")
    >>> result = ct.compare(tidy)
    >>> d = result["discrepancies"]
    >>> d.loc[d["claim_type"].eq("killed"), "status"].item()
    'unanswered'
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from claimtrack.schema import CLAIM_TYPES, QUALIFIERS, SET_CLAIM_TYPES, STANCES

MEASURE_KEY = ["incident_id", "claim_type", "subject", "place"]
NON_PARTY_SIDES = ("independent", "unknown")
STATUSES = ("contested", "denied", "unanswered", "corroborated", "single_source")
# "about 20" and "22" should not read as a conflict: an approximate figure is
# compared as an interval of ±10 % around it (for the overlap test only).
APPROXIMATE_TOLERANCE = 0.10
SEP = "; "


class NothingToCompare(ValueError):
    """The input has no claims to compare; the message says what was expected."""


# --------------------------------------------------------------------------- models


class Measures(pa.DataFrameModel):
    """One row per incident × measure × source."""

    measure_id: Series[str]
    incident_id: Series[str]
    claim_type: Series[str] = pa.Field(isin=CLAIM_TYPES)
    subject: Series[str] = pa.Field(nullable=True)
    place: Series[str] = pa.Field(nullable=True)
    place_id: Series[str] = pa.Field(nullable=True)
    location: Series[str] = pa.Field(nullable=True)
    source: Series[str]
    source_name: Series[str]
    side: Series[str]
    source_type: Series[str]
    stance: Series[str] = pa.Field(isin=STANCES)
    value_low: Series[float] = pa.Field(nullable=True, ge=0)
    value_best: Series[float] = pa.Field(nullable=True, ge=0)
    value_high: Series[float] = pa.Field(nullable=True, ge=0)
    value_point: Series[float] = pa.Field(nullable=True, ge=0)
    interval_low: Series[float] = pa.Field(nullable=True, ge=0)
    interval_high: Series[float] = pa.Field(nullable=True, ge=0)
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    value_text: Series[str] = pa.Field(nullable=True)
    quote: Series[str]
    claim_ids: Series[str]
    n_claims: Series[int] = pa.Field(ge=1)

    class Config:
        strict = True
        ordered = True


class Discrepancies(pa.DataFrameModel):
    """One row per incident × measure."""

    measure_id: Series[str] = pa.Field(unique=True)
    incident_id: Series[str]
    claim_type: Series[str] = pa.Field(isin=CLAIM_TYPES)
    subject: Series[str] = pa.Field(nullable=True)
    place: Series[str] = pa.Field(nullable=True)
    place_id: Series[str] = pa.Field(nullable=True)
    location: Series[str] = pa.Field(nullable=True)
    n_sources: Series[int] = pa.Field(ge=1)
    n_independent: Series[int] = pa.Field(ge=0)
    n_figures: Series[int] = pa.Field(ge=0)
    sources: Series[str]
    source_names: Series[str]
    min_best: Series[float] = pa.Field(nullable=True, ge=0)
    max_best: Series[float] = pa.Field(nullable=True, ge=0)
    spread_ratio: Series[float] = pa.Field(nullable=True, ge=1)
    ranges_overlap: Series[pd.BooleanDtype] = pa.Field(nullable=True)
    silent_parties: Series[str] = pa.Field(nullable=True)
    silent_names: Series[str] = pa.Field(nullable=True)
    status: Series[str] = pa.Field(isin=STATUSES)

    class Config:
        strict = True
        ordered = True


class SourcePairs(pa.DataFrameModel):
    """Per measure, each pair of sources (a before b in side, then source order)."""

    measure_id: Series[str]
    incident_id: Series[str]
    claim_type: Series[str]
    subject: Series[str] = pa.Field(nullable=True)
    place: Series[str] = pa.Field(nullable=True)
    location: Series[str] = pa.Field(nullable=True)
    source_a: Series[str]
    source_name_a: Series[str]
    side_a: Series[str]
    stance_a: Series[str]
    value_text_a: Series[str] = pa.Field(nullable=True)
    value_a: Series[float] = pa.Field(nullable=True)
    source_b: Series[str]
    source_name_b: Series[str]
    side_b: Series[str]
    stance_b: Series[str]
    value_text_b: Series[str] = pa.Field(nullable=True)
    value_b: Series[float] = pa.Field(nullable=True)
    difference: Series[float] = pa.Field(nullable=True)
    ratio: Series[float] = pa.Field(nullable=True)
    overlap: Series[pd.BooleanDtype] = pa.Field(nullable=True)

    class Config:
        strict = True
        ordered = True


class _PlaceKey(pa.DataFrameModel):
    """The place columns shared by the place tables (pandera models inherit fields in order)."""

    incident_id: Series[str]
    claim_type: Series[str] = pa.Field(isin=SET_CLAIM_TYPES)
    place: Series[str]
    place_id: Series[str] = pa.Field(nullable=True)
    location: Series[str]
    latitude: Series[float] = pa.Field(nullable=True)
    longitude: Series[float] = pa.Field(nullable=True)

    class Config:
        strict = True
        ordered = True


class PlaceSets(_PlaceKey):
    """One row per incident × set claim type × place × source that names it."""

    source: Series[str]
    source_name: Series[str]
    side: Series[str]
    spellings: Series[str]
    n_claims: Series[int] = pa.Field(ge=1)


class PlaceSummary(_PlaceKey):
    """One row per incident × set claim type × place."""

    n_sources: Series[int] = pa.Field(ge=1)
    n_sides: Series[int] = pa.Field(ge=1)
    n_independent: Series[int] = pa.Field(ge=0)
    sources: Series[str]
    source_names: Series[str]
    spellings: Series[str]
    only_source: Series[str] = pa.Field(nullable=True)
    only_side: Series[str] = pa.Field(nullable=True)


class PlaceOverlap(pa.DataFrameModel):
    """One row per incident × set claim type × pair of sources naming places."""

    incident_id: Series[str]
    claim_type: Series[str] = pa.Field(isin=SET_CLAIM_TYPES)
    source_a: Series[str]
    source_name_a: Series[str]
    side_a: Series[str]
    source_b: Series[str]
    source_name_b: Series[str]
    side_b: Series[str]
    n_a: Series[int] = pa.Field(ge=1)
    n_b: Series[int] = pa.Field(ge=1)
    n_both: Series[int] = pa.Field(ge=0)
    jaccard: Series[float] = pa.Field(ge=0, le=1)
    only_a: Series[str] = pa.Field(nullable=True)
    only_b: Series[str] = pa.Field(nullable=True)

    class Config:
        strict = True
        ordered = True


def _typed(model: type[pa.DataFrameModel], frame: pd.DataFrame) -> pd.DataFrame:
    return model.validate(frame, lazy=True)


def _empty(model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """An empty frame with the model's columns and dtypes (for "no pairs here")."""
    schema = model.to_schema()
    return pd.DataFrame(
        {name: pd.Series(dtype=col.dtype.type) for name, col in schema.columns.items()}
    )


def _require(frame: pd.DataFrame, columns: list[str], what: str) -> None:
    if frame is None or len(frame) == 0:
        raise NothingToCompare(
            f"No claims to compare: the {what} frame is empty. Load statements first, "
            "e.g. tidy, rejects = claimtrack.load('data/statements'), and check rejects."
        )
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(
            f"The {what} frame lacks the column(s) {', '.join(missing)}; "
            f"pass the output of claimtrack.load (tidy) or claimtrack.measures (measures)."
        )


def _join_groups(codes: np.ndarray, values: pd.Series, n: int) -> pd.Series:
    """``SEP``-join the distinct values per group code, sorted; one row per code 0..n-1.

    Most groups hold one value: those are taken as they are and only the others are
    joined in Python, which keeps 1M rows well under a second.
    """
    frame = pd.DataFrame({"code": codes, "value": values.to_numpy()}).drop_duplicates()
    frame = frame.sort_values(["code", "value"], kind="stable")
    sizes = np.bincount(frame["code"].to_numpy(), minlength=n)
    single = sizes[frame["code"].to_numpy()] == 1
    out = pd.Series(pd.NA, index=pd.RangeIndex(n), dtype="str")
    out.iloc[frame.loc[single, "code"].to_numpy()] = frame.loc[single, "value"].to_numpy()
    multi = frame[~single]
    if len(multi):
        joined = multi.groupby("code", sort=False)["value"].agg(SEP.join)
        out.iloc[joined.index.to_numpy()] = joined.to_numpy()
    return out


# --------------------------------------------------------------------------- measures


def measures(tidy: pd.DataFrame) -> pd.DataFrame:
    """One row per incident × measure × source, from the tidy claims frame.

    When one source states the same measure more than once, its rows are merged:
    ``value_low`` is the smallest low, ``value_best`` the largest best, and
    ``value_high`` the largest high (null if any statement is open-ended, "at
    least …"); ``qualifier``, ``value_text``, ``quote`` and ``stance`` come from
    the statement with the largest best (then the latest). ``claim_ids`` lists
    every claim merged, ``n_claims`` counts them.

    ``value_point`` is the figure compared: best, else low or high where only one
    of them exists. ``interval_low``/``interval_high`` are the range used for the
    overlap test: open ends become 0 and +inf; an approximate figure gets
    ±``APPROXIMATE_TOLERANCE``; claims without any number have none.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements")
        >>> m = measures(tidy)
        >>> m.loc[m["claim_type"].eq("killed"), ["source", "value_best"]].values.tolist()
        [['fama', 80.0]]
    """
    _require(tidy, ["incident_id", "claim_type", "subject", "source", "claim_id"], "tidy")
    t = pd.DataFrame(
        {
            "incident_id": tidy["incident_id"],
            "claim_type": tidy["claim_type"],
            "subject": tidy["subject"],
            # Unmatched places keep their name as key, so they are compared, not dropped.
            "place": tidy["place_id"].fillna(tidy["location"]),
            "place_id": tidy["place_id"],
            "location": tidy["location"],
            "source": tidy["source"],
        }
    ).reset_index(drop=True)
    low = tidy["value_low"].to_numpy(dtype=float)
    best = tidy["value_best"].to_numpy(dtype=float)
    high = tidy["value_high"].to_numpy(dtype=float)
    qualifier = tidy["qualifier"].to_numpy(dtype=object)

    measure_code = t.groupby(MEASURE_KEY, dropna=False, sort=True).ngroup().to_numpy()
    source_code, _ = pd.factorize(t["source"])
    published = tidy["published_at"].to_numpy(dtype="datetime64[ns]").astype("int64")
    # Representative statement first: largest best, then latest published.
    order = np.lexsort((-published, -np.nan_to_num(best, nan=-1.0), source_code, measure_code))
    mc, sc = measure_code[order], source_code[order]
    starts = np.flatnonzero(np.r_[True, (mc[1:] != mc[:-1]) | (sc[1:] != sc[:-1])])
    rep = order[starts]
    n_claims = np.diff(np.r_[starts, len(order)])

    # Per-claim interval: open ends and approximations made explicit.
    approx = qualifier == "approximate"
    at_least = qualifier == "at_least"
    lo = np.where(np.isnan(low), np.where(approx, best * (1 - APPROXIMATE_TOLERANCE), best), low)
    lo = np.where(np.isnan(lo) & ~np.isnan(high), 0.0, lo)
    hi = np.where(np.isnan(high), np.where(approx, best * (1 + APPROXIMATE_TOLERANCE), best), high)
    hi = np.where(at_least | (np.isnan(hi) & ~np.isnan(low)), np.inf, hi)
    open_high = np.isnan(high) & (~np.isnan(low) | ~np.isnan(best)) & ~approx

    with np.errstate(invalid="ignore"):
        agg_low = np.fmin.reduceat(low[order], starts)
        agg_best = np.fmax.reduceat(best[order], starts)
        agg_high = np.fmax.reduceat(high[order], starts)
        agg_open = np.maximum.reduceat(open_high[order], starts)
        agg_lo = np.fmin.reduceat(lo[order], starts)
        agg_hi = np.fmax.reduceat(hi[order], starts)
    agg_high = np.where(agg_open, np.nan, agg_high)
    point = np.where(
        ~np.isnan(agg_best),
        agg_best,
        np.where(np.isnan(agg_high), agg_low, np.where(np.isnan(agg_low), agg_high, np.nan)),
    )

    group = np.repeat(np.arange(len(starts)), n_claims)
    claim_ids = _join_groups(group, tidy["claim_id"].iloc[order], len(starts))

    first = tidy.iloc[rep]
    out = pd.DataFrame(
        {
            "measure_id": pd.NA,
            "incident_id": first["incident_id"].to_numpy(),
            "claim_type": first["claim_type"].to_numpy(),
            "subject": first["subject"].to_numpy(),
            "place": t["place"].to_numpy()[rep],
            "place_id": first["place_id"].to_numpy(),
            "location": first["location"].to_numpy(),
            "source": first["source"].to_numpy(),
            "source_name": first["source_name"].to_numpy(),
            "side": first["side"].to_numpy(),
            "source_type": first["source_type"].to_numpy(),
            "stance": first["stance"].to_numpy(),
            "value_low": agg_low,
            "value_best": agg_best,
            "value_high": agg_high,
            "value_point": point,
            "interval_low": agg_lo,
            "interval_high": agg_hi,
            "qualifier": first["qualifier"].to_numpy(),
            "value_text": first["value_text"].to_numpy(),
            "quote": first["quote"].to_numpy(),
            "claim_ids": claim_ids.to_numpy(),
            "n_claims": n_claims.astype("int64"),
        }
    )
    # A readable, stable id per measure, built once per measure and spread to its rows.
    mcodes = measure_code[rep]
    firsts = np.r_[0, np.flatnonzero(np.diff(mcodes)) + 1]
    keys = out.iloc[firsts]
    ids = (
        keys["incident_id"]
        + "/"
        + keys["claim_type"]
        + "/"
        + keys["subject"].fillna("-")
        + "@"
        + keys["place"].fillna("incident")
    )
    out["measure_id"] = ids.to_numpy()[np.cumsum(np.r_[0, np.diff(mcodes) != 0])]
    for col in ("value_low", "value_best", "value_high", "value_point"):
        out[col] = out[col].astype(float)
    return _typed(Measures, out.astype({c: "str" for c in _STR_COLUMNS}))


_STR_COLUMNS = (
    "measure_id",
    "incident_id",
    "claim_type",
    "subject",
    "place",
    "place_id",
    "location",
    "source",
    "source_name",
    "side",
    "source_type",
    "stance",
    "qualifier",
    "value_text",
    "quote",
    "claim_ids",
)


# ---------------------------------------------------------------------- discrepancies


def _parties(m: pd.DataFrame) -> pd.DataFrame:
    """The incident's parties (sides other than independent/unknown), each with a bit and names."""
    parties = m.loc[~m["side"].isin(NON_PARTY_SIDES), ["incident_id", "side", "source_name"]]
    names = (
        parties.drop_duplicates()
        .sort_values(["incident_id", "side", "source_name"])
        .groupby(["incident_id", "side"], sort=True)["source_name"]
        .agg(" and ".join)
        .reset_index(name="party_name")
    )
    names["bit"] = np.left_shift(1, names.groupby("incident_id").cumcount().to_numpy()).astype(
        "int64"
    )
    return names


def discrepancies(measures: pd.DataFrame) -> pd.DataFrame:
    """One row per incident × measure: who speaks to it, the spread, and a status.

    Columns: ``n_sources``; ``n_independent`` (sources with side "independent");
    ``n_figures`` (asserting sources giving a figure); ``sources`` and
    ``source_names`` ("; "-joined); ``min_best``/``max_best`` over the figures
    (``value_point``: best, else the one of low/high that exists);
    ``spread_ratio`` = max/min, NaN with fewer than two figures or a zero;
    ``ranges_overlap``: do the asserting sources' intervals share a point (open
    ends allowed), NA with fewer than two intervals; ``silent_parties`` /
    ``silent_names``: the incident's parties (the sides other than
    independent/unknown) that say nothing about the measure.

    ``status``, the first rule that applies:

    1. ``denied`` — a source's stance on the measure is "denies";
    2. ``contested`` — two or more asserting sources give figures whose ranges
       do not overlap (even sources of one side);
    3. ``corroborated`` — asserting sources come from two or more *camps*: each
       party (side) is one camp, each independent source is its own camp, a
       source of side "unknown" is none. So a second source of the claimant's
       side does not corroborate it; a resident, local official or politician does;
    4. ``unanswered`` — one party's camp alone asserts it and another party of
       the incident says nothing about it (e.g. the army's toll, the group silent);
    5. ``single_source`` — anything else with one camp: one independent source,
       a party in an incident where no other party speaks, unknown sources.

    Place-level measures follow the same rules, place by place: a town named by
    the army and by residents is corroborated; one only the army names, in an
    incident where the armed group also speaks, is unanswered.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements")
        >>> d = discrepancies(ct.measures(tidy))
        >>> d.loc[d["location"].eq("Kayes") & d["claim_type"].eq("attacked"), "status"].item()
        'corroborated'
    """
    _require(measures, ["measure_id", "side", "stance", "value_point"], "measures")
    m = measures.reset_index(drop=True)
    code, uniq = pd.factorize(m["measure_id"], sort=True)
    n = len(uniq)
    asserts = (m["stance"] == "asserts").to_numpy()
    side = m["side"].to_numpy(dtype=object)
    independent = side == "independent"
    party = ~np.isin(side, NON_PARTY_SIDES)
    point = m["value_point"].to_numpy(dtype=float)
    lo = m["interval_low"].to_numpy(dtype=float)
    hi = m["interval_high"].to_numpy(dtype=float)

    def count(mask: np.ndarray) -> np.ndarray:
        return np.bincount(code[mask], minlength=n).astype("int64")

    n_sources = count(np.ones(len(m), dtype=bool))
    n_independent = count(independent)
    has_point = asserts & ~np.isnan(point)
    has_interval = asserts & ~np.isnan(lo)
    n_figures = count(has_point)
    n_intervals = count(has_interval)
    n_denies = count(~asserts)

    def reduce(values: np.ndarray, mask: np.ndarray, how: str) -> np.ndarray:
        fill = np.inf if how == "min" else -np.inf
        out = np.full(n, fill)
        ufunc = np.minimum if how == "min" else np.maximum
        ufunc.at(out, code[mask], values[mask])
        return np.where(np.isinf(out) & (out == fill), np.nan, out)

    min_best = reduce(point, has_point, "min")
    max_best = reduce(point, has_point, "max")
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = np.where((n_figures >= 2) & (min_best > 0), max_best / min_best, np.nan)
    max_lo = reduce(lo, has_interval, "max")
    min_hi = np.full(n, np.inf)
    np.minimum.at(min_hi, code[has_interval], hi[has_interval])
    overlap = pd.array(max_lo <= min_hi, dtype="boolean")
    overlap[n_intervals < 2] = pd.NA

    # Camps: a party is one camp however many of its sources speak; each independent
    # source is a camp of its own; "unknown" sources corroborate nothing.
    party_sides = pd.DataFrame({"code": code[asserts & party], "side": side[asserts & party]})
    n_party_camps = np.bincount(
        party_sides.drop_duplicates()["code"].to_numpy(), minlength=n
    ).astype("int64")
    n_camps = n_party_camps + count(asserts & independent)

    # Which parties are silent: a bit per party of the incident, present bits or-ed per measure.
    parties = _parties(m)
    bits = m[["incident_id", "side"]].merge(parties, on=["incident_id", "side"], how="left")["bit"]
    present = np.zeros(n, dtype="int64")
    np.bitwise_or.at(present, code, bits.fillna(0).to_numpy(dtype="int64"))
    first = np.zeros(n, dtype="int64")
    first[code[::-1]] = np.arange(len(m))[::-1]
    keys = m.iloc[first][
        ["measure_id", "incident_id", "claim_type", "subject", "place", "place_id", "location"]
    ].reset_index(drop=True)
    full = keys[["incident_id"]].merge(
        parties.groupby("incident_id")["bit"].sum().rename("all_bits"),
        left_on="incident_id",
        right_index=True,
        how="left",
    )["all_bits"]
    silent_bits = full.fillna(0).to_numpy(dtype="int64") & ~present
    silent_parties, silent_names = _silent_labels(keys["incident_id"], silent_bits, parties)

    status = np.select(
        [
            n_denies > 0,
            (overlap == False).to_numpy(dtype=bool, na_value=False),  # noqa: E712
            n_camps >= 2,
            (n_camps == 1) & (n_party_camps == 1) & (silent_bits != 0),
        ],
        ["denied", "contested", "corroborated", "unanswered"],
        default="single_source",
    )
    out = keys.assign(
        n_sources=n_sources,
        n_independent=n_independent,
        n_figures=n_figures,
        sources=_join_groups(code, m["source"], n).to_numpy(),
        source_names=_join_groups(code, m["source_name"], n).to_numpy(),
        min_best=min_best,
        max_best=max_best,
        spread_ratio=spread,
        ranges_overlap=overlap,
        silent_parties=silent_parties,
        silent_names=silent_names,
        status=status,
    )
    return _typed(Discrepancies, out.astype({"status": "str"}))


def _silent_labels(
    incident: pd.Series, silent_bits: np.ndarray, parties: pd.DataFrame
) -> tuple[np.ndarray, np.ndarray]:
    """Side ids and names of the silent parties, worked out once per distinct (incident, bits)."""
    pairs = pd.DataFrame({"incident_id": incident.to_numpy(), "bits": silent_bits})
    codes, uniq = pd.factorize(pd.MultiIndex.from_frame(pairs))
    u = pd.DataFrame(list(uniq), columns=["incident_id", "bits"]).reset_index(names="u")
    hit = u.merge(parties, on="incident_id")
    hit = hit[(hit["bits"] & hit["bit"]) != 0].sort_values(["u", "side"])
    sides = hit.groupby("u")["side"].agg(SEP.join).reindex(u["u"])
    names = hit.groupby("u")["party_name"].agg(SEP.join).reindex(u["u"])
    return (
        sides.astype("str").to_numpy()[codes],
        names.astype("str").to_numpy()[codes],
    )


# ----------------------------------------------------------------------- source pairs


def source_pairs(measures: pd.DataFrame) -> pd.DataFrame:
    """Per measure, each pair of sources with both values, their difference and ratio.

    Sources are ordered by side, then source id, so in an army-vs-group incident the
    same party is always ``a``. ``value_*`` is the compared figure (``value_point``);
    ``difference`` = a − b, ``ratio`` = a / b (NaN where b is 0 or missing);
    ``overlap``: do the two ranges share a point (NA unless both give a number).
    Measures that only one source speaks to have no pairs: an incident with one
    source gives an empty frame with these columns.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements")
        >>> p = source_pairs(ct.measures(tidy))
        >>> sorted(set(p["source_a"]))
        ['local_politician', 'residents']
    """
    _require(measures, ["measure_id", "source", "value_point"], "measures")
    cols = [
        "measure_id",
        "source",
        "source_name",
        "side",
        "stance",
        "value_text",
        "value_point",
        "interval_low",
        "interval_high",
    ]
    m = measures.reset_index(drop=True)
    multi = m["measure_id"].duplicated(keep=False)
    if not multi.any():
        return _empty(SourcePairs)
    m = m[multi]
    left = m[cols + ["incident_id", "claim_type", "subject", "place", "location"]]
    pairs = left.merge(m[cols], on="measure_id", suffixes=("_a", "_b"))
    key_a = pairs["side_a"] + "\x00" + pairs["source_a"]
    key_b = pairs["side_b"] + "\x00" + pairs["source_b"]
    pairs = pairs[key_a < key_b].reset_index(drop=True)
    if pairs.empty:
        return _empty(SourcePairs)
    a, b = pairs["value_point_a"], pairs["value_point_b"]
    both = pairs["interval_low_a"].notna() & pairs["interval_low_b"].notna()
    overlap = (pairs["interval_low_a"] <= pairs["interval_high_b"]) & (
        pairs["interval_low_b"] <= pairs["interval_high_a"]
    )
    out = pd.DataFrame(
        {
            "measure_id": pairs["measure_id"],
            "incident_id": pairs["incident_id"],
            "claim_type": pairs["claim_type"],
            "subject": pairs["subject"],
            "place": pairs["place"],
            "location": pairs["location"],
            **{
                f"{c}_{s}": pairs[f"{c}_{s}"]
                for s in ("a", "b")
                for c in ("source", "source_name", "side", "stance", "value_text")
            },
            "value_a": a,
            "value_b": b,
            "difference": a - b,
            "ratio": (a / b.where(b > 0)).astype(float),
            "overlap": pd.array(overlap.where(both), dtype="boolean"),
        }
    )
    order = [c for c in SourcePairs.to_schema().columns]
    return _typed(SourcePairs, out[order])


# ------------------------------------------------------------------------- place sets


def place_sets(tidy: pd.DataFrame) -> pd.DataFrame:
    """Who names which place, for set-like claims (attacked, shelling, fighting, controls, present).

    One row per incident × claim type × place × source. Places are compared by
    ``place`` (the gazetteer id, or the name when unmatched), so spelling variants
    collapse; ``spellings`` keeps the names as this source wrote them. The subject
    is left out of the key on purpose: "which places were attacked" is the same
    question whether a source says towns or military posts. An incident without
    set claims gives an empty frame with these columns.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements")
        >>> s = place_sets(tidy)
        >>> s.loc[s["source"].eq("local_politician"), "spellings"].tolist()
        ['Nioro', 'Gogui', 'Sandare']
    """
    _require(tidy, ["incident_id", "claim_type", "place_id", "location", "source"], "tidy")
    t = tidy[tidy["claim_type"].isin(SET_CLAIM_TYPES) & tidy["location"].notna()]
    if t.empty:
        return _empty(PlaceSets)
    t = t.assign(place=t["place_id"].fillna(t["location"]))
    key = ["incident_id", "claim_type", "place", "source"]
    g = t.groupby(key, sort=True)
    out = g[["place_id", "location", "latitude", "longitude", "source_name", "side"]].first()
    out["n_claims"] = g.size().astype("int64")
    code = g.ngroup().to_numpy()
    out["spellings"] = _join_groups(code, t["location_raw"].fillna(t["location"]), len(out)).values
    out = out.reset_index()
    return _typed(PlaceSets, out[list(PlaceSets.to_schema().columns)])


def place_summary(place_sets: pd.DataFrame) -> pd.DataFrame:
    """One row per incident × set claim type × place: how many sources and sides name it.

    ``only_source`` / ``only_side`` hold the single source / side naming the place,
    and are null when more than one does: filter on them for "places named by only
    one source / only one side".

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements")
        >>> s = place_summary(place_sets(tidy))
        >>> s = s[s["claim_type"].eq("attacked")]
        >>> sorted(s.loc[s["only_side"].eq("mali_state"), "location"])
        ['Diboli', 'Molodo', 'Niono']
    """
    if len(place_sets) == 0:
        return _empty(PlaceSummary)
    key = ["incident_id", "claim_type", "place"]
    s = place_sets.sort_values(key + ["side", "source"])
    g = s.groupby(key, sort=True)
    out = g[["place_id", "location", "latitude", "longitude"]].first()
    out["n_sources"] = g["source"].nunique().astype("int64")
    out["n_sides"] = g["side"].nunique().astype("int64")
    out["n_independent"] = (
        s["side"].eq("independent").groupby([s[k] for k in key]).sum().astype("int64")
    )
    code = g.ngroup().to_numpy()
    out["sources"] = _join_groups(code, s["source"], len(out)).values
    out["source_names"] = _join_groups(code, s["source_name"], len(out)).values
    spellings = s["spellings"].str.split(SEP).explode()
    codes = code[s.index.get_indexer(spellings.index)]
    out["spellings"] = _join_groups(codes, spellings, len(out)).values
    out["only_source"] = out["sources"].where(out["n_sources"] == 1)
    out["only_side"] = g["side"].first().where(out["n_sides"] == 1)
    out = out.reset_index()
    return _typed(PlaceSummary, out[list(PlaceSummary.to_schema().columns)])


def place_overlap(place_sets: pd.DataFrame) -> pd.DataFrame:
    """Per incident × set claim type, each pair of sources: shared places and Jaccard overlap.

    ``n_a``/``n_b`` count the places each source names, ``n_both`` those both name,
    ``jaccard`` = n_both / (n_a + n_b − n_both); ``only_a``/``only_b`` list (by
    canonical name) the places one names and the other does not. Pairs are ordered
    by side, then source, like ``source_pairs``.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements")
        >>> o = place_overlap(place_sets(tidy))
        >>> o.loc[o["source_b"].eq("fama"), ["source_a", "n_both"]].values.tolist()
        [['local_politician', 3], ['residents', 1]]
    """
    if len(place_sets) == 0:
        return _empty(PlaceOverlap)
    key = ["incident_id", "claim_type"]
    per_source = (
        place_sets.groupby(key + ["source"], sort=True)
        .agg(source_name=("source_name", "first"), side=("side", "first"), n=("place", "size"))
        .reset_index()
    )
    pairs = per_source.merge(per_source, on=key, suffixes=("_a", "_b"))
    pairs = pairs[
        (pairs["side_a"] + "\x00" + pairs["source_a"])
        < (pairs["side_b"] + "\x00" + pairs["source_b"])
    ]
    if pairs.empty:
        return _empty(PlaceOverlap)
    names = place_sets[key + ["source", "place", "location"]]
    shared = names.merge(names, on=key + ["place"], suffixes=("_a", "_b"))
    n_both = shared.groupby(key + ["source_a", "source_b"]).size().rename("n_both")
    pairs = pairs.merge(
        n_both, left_on=key + ["source_a", "source_b"], right_index=True, how="left"
    )
    pairs["n_both"] = pairs["n_both"].fillna(0).astype("int64")
    pairs = pairs.rename(columns={"n_a": "n_a", "n_b": "n_b"}).reset_index(drop=True)
    pairs["jaccard"] = pairs["n_both"] / (pairs["n_a"] + pairs["n_b"] - pairs["n_both"])
    pairs["pair"] = np.arange(len(pairs))
    for mine, other in (("a", "b"), ("b", "a")):
        mine_places = pairs[key + [f"source_{mine}", f"source_{other}", "pair"]].merge(
            names.rename(columns={"source": f"source_{mine}"}), on=key + [f"source_{mine}"]
        )
        theirs = names.rename(columns={"source": f"source_{other}", "location": "_theirs"})
        only = mine_places.merge(
            theirs, on=key + [f"source_{other}", "place"], how="left", indicator=True
        )
        only = only[only["_merge"] == "left_only"]
        joined = _join_groups(only["pair"].to_numpy(), only["location"], len(pairs))
        pairs[f"only_{mine}"] = joined.values
    pairs = pairs.rename(columns={"n_a": "n_a", "n_b": "n_b"})
    return _typed(PlaceOverlap, pairs[list(PlaceOverlap.to_schema().columns)])


# ---------------------------------------------------------------------------- compare


def compare(tidy: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Every comparison table of a tidy claims frame, by name.

    Keys: ``measures``, ``discrepancies``, ``source_pairs``, ``place_sets``,
    ``place_summary``, ``place_overlap`` (see each function). Raises
    ``NothingToCompare`` for an empty frame.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements")
        >>> sorted(compare(tidy))[:3]
        ['discrepancies', 'measures', 'place_overlap']
    """
    m = measures(tidy)
    sets = place_sets(tidy)
    return {
        "measures": m,
        "discrepancies": discrepancies(m),
        "source_pairs": source_pairs(m),
        "place_sets": sets,
        "place_summary": place_summary(sets),
        "place_overlap": place_overlap(sets),
    }


# -------------------------------------------------------------------------- summarize


def summarize(
    result: Mapping[str, pd.DataFrame] | pd.DataFrame,
    measures: pd.DataFrame | None = None,
    incident_id: str | None = None,
) -> list[str]:
    """Short plain-language sentences for a brief, from the discrepancies table.

    Pass the dict from ``compare`` (or a discrepancies frame, with the measures
    frame to quote figures as the sources wrote them). Figures are named with
    the sources' names from the data. Place-level measures of one claim type are
    summed up in one sentence per claim type. Meant for one or a few incidents:
    it writes one sentence per measure.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements")
        >>> summarize(ct.compare(tidy))[0]
        'The figure of 80 fighters killed given by Malian Armed Forces (FAMa) is not \
confirmed by any independent source; JNIM (GSIM) gives no figure.'
    """
    from claimtrack.summary import sentences

    if isinstance(result, Mapping):
        d, m = result["discrepancies"], result.get("measures", measures)
    else:
        d, m = result, measures
    _require(d, ["measure_id", "status"], "discrepancies")
    if incident_id is not None:
        d = d[d["incident_id"] == incident_id]
        if d.empty:
            raise NothingToCompare(f"No measures for incident {incident_id!r}.")
    return sentences(d, m)

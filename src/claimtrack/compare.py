"""Tidy claims → who said what about each measure, and where the sources disagree.

A *measure* is ``(incident_id, claim_type, subject, place)``: "fighters killed" in
an incident, or "towns attacked" at one place. Claims without a place are
measured at incident level (``place`` null). ``place`` is the gazetteer
``place_id``, or the name as matched when the place is not in the gazetteer, so
spelling variants (Sandere / Sandare) are one measure. Statuses match claims as
a reader would: a claim of the same incident, claim type and place whose subject is
of the same family ("barracks" and "military posts" are targets) or names only
where ("attacks in seven towns") answers the measure (rules in ``discrepancies``,
families in ``claimtrack.families``); the tables keep each subject as written.

The tables, each a plain DataFrame checked by a pandera model below:

- ``measures``: one row per incident × measure × source;
- ``discrepancies``: one row per incident × measure, with a status;
- ``source_pairs``: per measure, each pair of sources side by side;
- ``place_sets`` (who names which place), ``place_summary`` (per place) and
  ``place_overlap`` (Jaccard per source pair) for every claim that names a place.

Nothing to compare is an error, said in a sentence: an empty tidy frame raises
``NothingToCompare`` (a ``ValueError``). An incident where one source speaks is
not an error: its measures are ``single_source`` (or ``unanswered``), and the
pair tables are empty frames with their columns and dtypes.

Everything is vectorized over the rows (groupby, merges, ``numpy`` reductions),
on integer codes: string columns are factorized through pyarrow, taken with
pyarrow's ``take`` and joined in C++; 1M claims compare in about 2 s on 2 cores
(``benchmarks/compare.py``).

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
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
import pyarrow as pa_arrow
import pyarrow.compute as pc
from pandera.typing import Series

from claimtrack.families import family_keys
from claimtrack.normalize.unique import arrow
from claimtrack.vocabulary import CLAIM_TYPES, NON_PARTY_SIDES, QUALIFIERS, STANCES, STATUSES

MEASURE_KEY = ["incident_id", "claim_type", "subject", "place"]
# "about 20" and "22" should not read as a conflict: an approximate figure is
# compared as an interval of ±10 % around it (for the overlap test only).
APPROXIMATE_TOLERANCE = 0.10
SEP = "; "


class NothingToCompare(ValueError):
    """The input has no claims to compare; the message says what was expected."""


# --------------------------------------------------------------------------- models


class _MeasureKey(pa.DataFrameModel):
    """The columns that name a measure, first in every per-measure table."""

    measure_id: Series[str]
    incident_id: Series[str]
    claim_type: Series[str] = pa.Field(isin=CLAIM_TYPES)
    subject: Series[str] = pa.Field(nullable=True)
    place: Series[str] = pa.Field(nullable=True)
    place_id: Series[str] = pa.Field(nullable=True)
    location: Series[str] = pa.Field(nullable=True)


class Measures(_MeasureKey):
    """One row per incident × measure × source."""

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


class Discrepancies(_MeasureKey):
    """One row per incident × measure."""

    measure_id: Series[str] = pa.Field(unique=True)
    family: Series[str] = pa.Field(nullable=True)
    n_sources: Series[int] = pa.Field(ge=1)
    n_independent: Series[int] = pa.Field(ge=0)
    n_figures: Series[int] = pa.Field(ge=0)
    sources: Series[str]
    source_names: Series[str]
    answered_by: Series[str] = pa.Field(nullable=True)
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
    claim_type: Series[str] = pa.Field(isin=CLAIM_TYPES)
    place: Series[str]
    place_id: Series[str] = pa.Field(nullable=True)
    location: Series[str]
    latitude: Series[float] = pa.Field(nullable=True)
    longitude: Series[float] = pa.Field(nullable=True)

    class Config:
        strict = True
        ordered = True


class PlaceSets(_PlaceKey):
    """One row per incident × claim type × place × source that names it."""

    source: Series[str]
    source_name: Series[str]
    side: Series[str]
    spellings: Series[str]
    n_claims: Series[int] = pa.Field(ge=1)


class PlaceSummary(_PlaceKey):
    """One row per incident × claim type × place."""

    n_sources: Series[int] = pa.Field(ge=1)
    n_sides: Series[int] = pa.Field(ge=1)
    n_independent: Series[int] = pa.Field(ge=0)
    sources: Series[str]
    source_names: Series[str]
    spellings: Series[str]
    only_source: Series[str] = pa.Field(nullable=True)
    only_side: Series[str] = pa.Field(nullable=True)


class PlaceOverlap(pa.DataFrameModel):
    """One row per incident × claim type × pair of sources naming places."""

    incident_id: Series[str]
    claim_type: Series[str] = pa.Field(isin=CLAIM_TYPES)
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


def _distinct(keys: np.ndarray) -> np.ndarray:
    """The sorted distinct values of an integer array (``np.unique``, without its hashing).

    Sorting then dropping repeats is several times faster than the hash table
    ``np.unique`` uses in numpy 2.4 (~0.16 s per million codes, measured).
    """
    keys = np.sort(keys, kind="stable")  # timsort: quick on the nearly sorted keys here
    return keys[np.r_[True, keys[1:] != keys[:-1]]] if len(keys) else keys


def _join_groups(codes: np.ndarray, values: pd.Series, n: int, sep: str = SEP) -> pd.Series:
    """``SEP``-join the distinct values per group code, sorted; one row per code 0..n-1.

    Vectorized: values become sorted integer codes, ``_distinct`` (group, value)
    pairs order and deduplicate them, and pyarrow joins the resulting lists in C++.
    A ``groupby(...).agg("; ".join)`` takes ~6 s per million rows; this ~0.2 s
    (~0.05 s through ``_join_bits`` when there are few distinct values).
    Groups without values get null.
    """
    vcode, uniq = _factorize(pd.Series(values), sort=True)
    return _join_codes(codes, vcode, uniq, n, sep)


def _join_codes(
    codes: np.ndarray, vcode: np.ndarray, uniq: pd.Index, n: int, sep: str = SEP
) -> pd.Series:
    """``_join_groups`` of values already factorized (sorted uniques, -1 for null)."""
    present = vcode >= 0
    codes, vcode = np.asarray(codes, dtype="int64")[present], vcode[present]
    joined = _join_bits(codes, vcode, uniq, n, sep) if len(uniq) <= _BITS else None
    if joined is not None:
        return joined
    width = max(len(uniq), 1)
    pair = _distinct(codes * width + vcode)
    group, value = pair // width, pair % width
    sizes = np.bincount(group, minlength=n)
    items = pa_arrow.array(np.asarray(uniq, dtype=object), type=pa_arrow.large_string())
    return _join_runs(items.take(pa_arrow.array(value)), sizes, sep)


# _join_bits: values per group as bits of an int64, and how many distinct sets of
# values it will spell out in Python before leaving the work to the sort.
_BITS = 62
_MAX_SETS = 4096


def _join_bits(
    codes: np.ndarray, vcode: np.ndarray, uniq: object, n: int, sep: str
) -> pd.Series | None:
    """``_join_groups`` for at most ``_BITS`` distinct values: or-ing bits beats sorting.

    Each group's set of values is a bit mask; the few distinct masks (sources of an
    incident, towns of a list) are joined once in Python and spread to the groups.
    None when there are more than ``_MAX_SETS`` distinct masks.
    """
    masks = np.zeros(n, dtype="int64")
    np.bitwise_or.at(masks, codes, np.left_shift(1, vcode.astype("int64")))
    mask_code, distinct = pd.factorize(masks)
    if len(distinct) > _MAX_SETS:
        return None
    names = [str(u) for u in uniq]
    texts = [
        sep.join(name for i, name in enumerate(names) if (mask >> i) & 1) if mask else None
        for mask in distinct.tolist()
    ]
    joined = pa_arrow.array(texts, type=pa_arrow.large_string()).take(pa_arrow.array(mask_code))
    return pd.Series(pd.array(joined, dtype="str"))


def _join_runs(items: pa_arrow.Array, sizes: np.ndarray, sep: str = SEP) -> pd.Series:
    """Join consecutive runs of ``items`` (run i has ``sizes[i]`` items) in C++; empty → null."""
    large = pa_arrow.large_string()
    items = pa_arrow.array(items)
    items = items if items.type == large else items.cast(large)
    offsets = pa_arrow.array(np.r_[0, np.cumsum(sizes)], type=pa_arrow.int64())
    lists = pa_arrow.LargeListArray.from_arrays(offsets, items)
    joined = pc.binary_join(lists, pa_arrow.scalar(sep, large))
    empty = np.asarray(sizes) == 0
    if empty.any():  # skipped when every run has items (claim ids): one copy less
        joined = pc.if_else(pa_arrow.array(empty), pa_arrow.scalar(None, large), joined)
    # pandas' "str" dtype keeps pyarrow's large strings as they are: no cast, no copy.
    return pd.Series(pd.array(joined, dtype="str"))


def _factorize(values: pd.Series, sort: bool = False) -> tuple[np.ndarray, pd.Index]:
    """``pd.factorize`` (codes, -1 for null, and uniques), ~2x faster on pyarrow strings.

    pyarrow's dictionary encoding numbers values in order of appearance, like pandas;
    with ``sort`` the codes follow the sorted uniques (UTF-8 byte order is code point
    order, as in Python).
    """
    if not _arrow_strings(values):
        return pd.factorize(values, sort=sort)
    encoded = pc.dictionary_encode(arrow(values))
    codes = encoded.indices.fill_null(-1).to_numpy().astype("int64")
    uniques = encoded.dictionary
    if sort and len(uniques):
        order = pc.sort_indices(uniques).to_numpy()
        rank = np.empty(len(order), dtype="int64")
        rank[order] = np.arange(len(order))
        codes = np.where(codes >= 0, rank[codes], -1)
        uniques = uniques.take(pa_arrow.array(order))
    return codes, pd.Index(pd.array(uniques, dtype=values.dtype))


def _arrow_strings(values: pd.Series) -> bool:
    return isinstance(values.dtype, pd.StringDtype) and values.dtype.storage == "pyarrow"


def _col(values: pd.Series, rows: np.ndarray) -> pd.Series:
    """``values.take(rows)`` with a fresh RangeIndex, fast for pyarrow-backed strings.

    pandas' ``take`` on a pyarrow string column costs ~45 ms per 700k rows, pyarrow's
    own ~7 ms: with a few dozen string columns taken, that is most of ``compare``.
    """
    if _arrow_strings(values):
        taken = arrow(values).take(pa_arrow.array(rows, type=pa_arrow.int64()))
        return pd.Series(pd.array(taken, dtype=values.dtype), name=values.name)
    return values.take(rows).reset_index(drop=True)


def _take(frame: pd.DataFrame, columns: list[str], rows: np.ndarray) -> pd.DataFrame:
    return pd.DataFrame({c: _col(frame[c], rows) for c in columns})


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
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
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

    measure_code = _codes(t, MEASURE_KEY)
    source_code, _ = _factorize(t["source"])
    published = tidy["published_at"].to_numpy(dtype="datetime64[ns]").astype("int64")
    # Representative statement first: largest best, then latest published.
    order = _sort_order([measure_code, source_code, -np.nan_to_num(best, nan=-1.0), -published])
    mc, sc = measure_code[order], source_code[order]
    starts = np.flatnonzero(np.r_[True, (mc[1:] != mc[:-1]) | (sc[1:] != sc[:-1])])
    rep = order[starts]
    n_claims = np.diff(np.r_[starts, len(order)])

    # Per-claim interval: open ends and approximations made explicit.
    approx = tidy["qualifier"].eq("approximate").to_numpy(dtype=bool, na_value=False)
    at_least = tidy["qualifier"].eq("at_least").to_numpy(dtype=bool, na_value=False)
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

    # Claim ids are unique and already in group order: join the runs as they are.
    claim_ids = _join_runs(_col(tidy["claim_id"], order).array, n_claims)

    carried = [*MEASURE_KEY[:3], "place_id", "location", "source", "source_name", "side"]
    carried += ["source_type", "stance", "qualifier", "value_text", "quote"]
    first = _take(tidy, carried, rep)
    out = first[["incident_id", "claim_type", "subject"]].assign(place=_col(t["place"], rep))
    out.insert(0, "measure_id", "")
    for col in ("place_id", "location", "source", "source_name", "side", "source_type", "stance"):
        out[col] = first[col]
    out = out.assign(
        **{
            "value_low": agg_low,
            "value_best": agg_best,
            "value_high": agg_high,
            "value_point": point,
            "interval_low": agg_lo,
            "interval_high": agg_hi,
            "qualifier": first["qualifier"],
            "value_text": first["value_text"],
            "quote": first["quote"],
            "claim_ids": claim_ids,
            "n_claims": n_claims.astype("int64"),
        }
    )
    # A readable, stable id per measure, built once per measure and spread to its rows.
    mcodes = measure_code[rep]
    firsts = np.r_[0, np.flatnonzero(np.diff(mcodes)) + 1]
    keys = _take(out, MEASURE_KEY, firsts)
    ids = (
        keys["incident_id"]
        + "/"
        + keys["claim_type"]
        + "/"
        + keys["subject"].fillna("-")
        + "@"
        + keys["place"].fillna("incident")
    )
    spread = np.cumsum(np.r_[0, np.diff(mcodes) != 0])
    out["measure_id"] = _col(ids, spread)
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


def _parties(m: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """The incidents' parties (sides other than independent/unknown), on integer codes.

    Returns a frame of parties (``inc``: incident code, ``side``, ``party_name``,
    ``bit``: one bit per party within its incident), each row's party bit (0 for
    non-party rows) and each row's incident code.
    """
    inc, _ = _factorize(m["incident_id"])
    side_code, sides = _factorize(m["side"])
    width = len(sides) + 1
    pair = inc.astype("int64") * width + side_code
    party = ~m["side"].isin(NON_PARTY_SIDES).to_numpy()
    pairs = _distinct(pair[party])
    pair_inc = pairs // width
    run_start = np.r_[0, np.flatnonzero(np.diff(pair_inc)) + 1]
    starts = np.repeat(run_start, np.diff(np.r_[run_start, len(pairs)]))
    bit = np.left_shift(1, np.arange(len(pairs)) - starts).astype("int64")
    index = np.searchsorted(pairs, pair[party])
    names = _join_groups(index, m["source_name"][party], len(pairs), " and ")
    table = pd.DataFrame(
        {
            "inc": pair_inc,
            "side": np.asarray(sides, dtype=object)[pairs % width],
            "party_name": names.to_numpy(),
            "bit": bit,
        }
    )
    row_bit = np.zeros(len(m), dtype="int64")
    row_bit[party] = bit[index]
    return table, row_bit, inc


def discrepancies(measures: pd.DataFrame) -> pd.DataFrame:
    """One row per incident × measure: who speaks to it, the spread, and a status.

    Which claims speak to a measure M (incident, claim type, subject, place), as a
    reader matches them. Subjects fall into *families* (``claimtrack.families``, a data
    table): posts, barracks, positions, bases and camps are *targets*; soldiers and
    troops, fighters/militants/attackers/rebels, civilians are one family each; a
    subject of no family is its own. Place words (towns, villages…) and a missing
    subject are *wide*. A claim *answers* M when it has M's incident, claim type and
    place (or is, like M, about the whole incident), comes from a source that is not
    one of M's, and is of M's family or either of the two is wide: the army's
    "attacks in seven towns" answers JNIM's "attacked military posts"; "weapons
    seized" does not answer "barracks seized". S(M) is M's own claims and those
    answering it; F(M) those of M's family.

    Columns: ``family`` (null if none); ``n_sources``, ``n_independent`` (side
    "independent"), ``sources``, ``source_names``: M's own sources ("; "-joined);
    ``answered_by``: the other sources whose claims answer M; over F(M):
    ``n_figures`` (asserting claims giving a figure), ``min_best``/``max_best``
    (``value_point``: best, else the one of low/high that exists), ``spread_ratio`` =
    max/min (NaN with fewer than two figures or a zero), ``ranges_overlap`` (do the
    asserting intervals share a point, open ends allowed; NA with fewer than two);
    ``silent_parties`` / ``silent_names``: the incident's parties (sides other than
    independent/unknown) with no claim in S(M).

    ``status``, the first rule that applies:

    1. ``denied`` — a claim in S(M) denies;
    2. ``contested`` — the figures of F(M)'s asserting claims do not overlap (even
       claims of one side);
    3. ``corroborated`` — S(M)'s asserting claims come from two or more *camps*: each
       party (side) is one camp, each independent source is its own camp, a source
       of side "unknown" is none. So a second source of the claimant's side does not
       corroborate it; the other party, a resident, an official or a politician does;
    4. ``unanswered`` — one party's camp alone asserts it and another party of the
       incident has no claim in S(M) (e.g. the army's toll, the group silent);
    5. ``single_source`` — anything else with one camp: one independent source,
       a party in an incident where no other party speaks, unknown sources.

    Place-level measures follow the same rules, place by place: a town named by
    the army and by residents is corroborated; one only the army names, in an
    incident where the armed group speaks but not of that place, is unanswered.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> d = discrepancies(ct.measures(tidy))
        >>> d.loc[d["location"].eq("Kayes") & d["claim_type"].eq("attacked"), "status"].item()
        'corroborated'
    """
    _require(measures, ["measure_id", "side", "stance", "value_point"], "measures")
    m = measures.reset_index(drop=True)
    return _discrepancies(m, _measure_codes(m))


def answers(measures: pd.DataFrame) -> pd.DataFrame:
    """Per measure, the claims of *other* measures that speak to it (rules in ``discrepancies``).

    One row per (measure, answering measure × source): ``measure_id``, then the
    answering row's ``answer_id`` (its measure), ``source``, ``source_name``, ``side``,
    ``stance``, ``subject``, ``value_text``, ``value_point`` and ``same_family``
    (its figures are compared with the measure's). Meant for one or a few incidents
    (summaries, checks); ``discrepancies`` works out the same pairs for its statuses.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> a = answers(ct.measures(tidy))
        >>> posts = a["measure_id"].str.contains("military posts")
        >>> a.loc[posts, ["source", "subject"]].values.tolist()
        [['fama', 'towns']]
    """
    _require(measures, ["measure_id", "subject", "place", "source"], "measures")
    m = measures.reset_index(drop=True)
    code = _measure_codes(m)
    pm, pr, same, _ = _answer_pairs(m, code)
    first = np.zeros(int(code.max(initial=-1)) + 1, dtype="int64")
    first[code[::-1]] = np.arange(len(m))[::-1]
    out = pd.DataFrame({"measure_id": _col(m["measure_id"], first[pm])})
    out["answer_id"] = _col(m["measure_id"], pr)
    for col in ("source", "source_name", "side", "stance", "subject", "value_text", "value_point"):
        out[col] = _col(m[col], pr)
    out["same_family"] = same
    return out


def _measure_codes(m: pd.DataFrame) -> np.ndarray:
    """Each row's measure as a code, in ``measure_id`` order (one hashing of the ids)."""
    return _factorize(m["measure_id"], sort=True)[0]


def _discrepancies(m: pd.DataFrame, code: np.ndarray) -> pd.DataFrame:
    """``discrepancies`` of a measures frame with a RangeIndex, given ``_measure_codes``."""
    n = int(code.max(initial=-1)) + 1
    asserts = (m["stance"] == "asserts").to_numpy()
    side, _ = _factorize(m["side"])
    independent = m["side"].eq("independent").to_numpy()
    party = ~m["side"].isin(NON_PARTY_SIDES).to_numpy()
    point = m["value_point"].to_numpy(dtype=float)
    lo = m["interval_low"].to_numpy(dtype=float)
    hi = m["interval_high"].to_numpy(dtype=float)
    source, source_names = _factorize(m["source"], sort=True)

    # S(M): the measure's own rows and the rows that answer it; F(M): those of its family.
    pm, pr, same, family = _answer_pairs(m, code)
    rows = np.arange(len(m))
    s_code, s_row = np.r_[code, pm], np.r_[rows, pr]
    f_code, f_row = np.r_[code, pm[same]], np.r_[rows, pr[same]]

    def count(codes: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return np.bincount(codes[mask], minlength=n).astype("int64")

    def reduce(codes: np.ndarray, values: np.ndarray, how: str) -> np.ndarray:
        fill = np.inf if how == "min" else -np.inf
        out = np.full(n, fill)
        (np.minimum if how == "min" else np.maximum).at(out, codes, values)
        return np.where(np.isinf(out) & (out == fill), np.nan, out)

    everyone = np.ones(len(m), dtype=bool)
    has_point = (asserts & ~np.isnan(point))[f_row]
    has_interval = (asserts & ~np.isnan(lo))[f_row]
    n_figures = count(f_code, has_point)
    n_intervals = count(f_code, has_interval)
    n_denies = count(s_code, ~asserts[s_row])
    points = point[f_row][has_point]
    min_best = reduce(f_code[has_point], points, "min")
    max_best = reduce(f_code[has_point], points, "max")
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = np.where((n_figures >= 2) & (min_best > 0), max_best / min_best, np.nan)
    max_lo = reduce(f_code[has_interval], lo[f_row][has_interval], "max")
    min_hi = np.full(n, np.inf)
    np.minimum.at(min_hi, f_code[has_interval], hi[f_row][has_interval])
    overlap = pd.array(max_lo <= min_hi, dtype="boolean")
    overlap[n_intervals < 2] = pd.NA
    n_camps, n_party_camps = _camps(s_code, s_row, asserts, party, independent, side, source, n)

    # Which parties are silent: a bit per party of the incident, present bits or-ed over S(M).
    parties, row_bit, inc = _parties(m)
    present = np.zeros(n, dtype="int64")
    np.bitwise_or.at(present, s_code, row_bit[s_row])
    first = np.zeros(n, dtype="int64")
    first[code[::-1]] = np.arange(len(m))[::-1]
    keys = _take(
        m,
        ["measure_id", "incident_id", "claim_type", "subject", "place", "place_id", "location"],
        first,
    )
    all_bits = np.zeros(int(inc.max(initial=-1)) + 1, dtype="int64")
    np.bitwise_or.at(all_bits, parties["inc"].to_numpy(), parties["bit"].to_numpy())
    measure_inc = inc[first]
    silent_bits = all_bits[measure_inc] & ~present
    silent_parties, silent_names = _silent_labels(measure_inc, silent_bits, parties)

    # Status as a position in STATUSES, turned into strings once, from the five labels.
    status = np.select(
        [
            n_denies > 0,
            (overlap == False).to_numpy(dtype=bool, na_value=False),  # noqa: E712
            n_camps >= 2,
            (n_camps == 1) & (n_party_camps == 1) & (silent_bits != 0),
        ],
        [STATUSES.index(s) for s in ("denied", "contested", "corroborated", "unanswered")],
        default=STATUSES.index("single_source"),
    )
    out = keys.assign(
        family=family,
        n_sources=count(code, everyone),
        n_independent=count(code, independent),
        n_figures=n_figures,
        sources=_join_codes(code, source, source_names, n),
        source_names=_join_groups(code, m["source_name"], n),
        answered_by=_join_codes(pm, source[pr], source_names, n),
        min_best=min_best,
        max_best=max_best,
        spread_ratio=spread,
        ranges_overlap=overlap,
        silent_parties=silent_parties,
        silent_names=silent_names,
        status=_col(pd.Series(STATUSES, dtype="str"), status),
    )
    return _typed(Discrepancies, out)


def _camps(
    s_code: np.ndarray,
    s_row: np.ndarray,
    asserts: np.ndarray,
    party: np.ndarray,
    independent: np.ndarray,
    side: np.ndarray,
    source: np.ndarray,
    n: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Camps asserting each measure, and how many of them are parties.

    A party (side) is one camp however many of its sources speak; each independent
    source is a camp of its own; "unknown" sources corroborate nothing.
    """
    n_sides = int(side.max(initial=-1)) + 1
    camp = np.where(party, side, np.where(independent, n_sides + source, -1))
    keep = (asserts & (camp >= 0))[s_row]
    width = n_sides + int(source.max(initial=-1)) + 1
    pairs = _distinct(s_code[keep].astype("int64") * width + camp[s_row][keep])
    n_camps = np.bincount(pairs // width, minlength=n).astype("int64")
    n_party = np.bincount(pairs[pairs % width < n_sides] // width, minlength=n).astype("int64")
    return n_camps, n_party


def _answer_pairs(
    m: pd.DataFrame, code: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, pd.Series]:
    """Rows of ``m`` that answer a measure they are not part of (the rule in ``discrepancies``).

    Returns the measure code and the row of each (measure, answering row) pair, whether
    the row is of the measure's family (its figures are then compared), and each
    measure's family (null when its subject has none). Only measures that share their
    (incident, claim type, place) with another measure are looked at: pairs stay few.
    """
    n = int(code.max(initial=-1)) + 1
    scode, subjects = _factorize(m["subject"])
    fam = family_keys(pd.Series(np.r_[np.asarray(subjects, dtype=object), [None]]))
    scode = np.where(scode < 0, len(subjects), scode)
    key = pd.factorize(fam["key"])[0][scode]
    wide = fam["wide"].to_numpy()[scode]
    first = np.zeros(n, dtype="int64")
    first[code[::-1]] = np.arange(len(m))[::-1]
    family = _col(pd.Series(fam["family"], dtype="str"), scode[first])
    b = _dense(_codes(m, ["incident_id", "claim_type", "place"]))
    mb = b[first]
    shared = np.flatnonzero(np.bincount(mb)[mb] > 1)
    if not len(shared):
        none = np.zeros(0, dtype="int64")
        return none, none, np.zeros(0, dtype=bool), family
    order, _, starts = _runs(b)
    sizes = np.diff(np.r_[starts, len(order)])
    which, rows = _rows_of(order, starts, sizes, mb[shared])
    pm = shared[which]
    mine = first[pm]
    keep = (code[rows] != pm) & (wide[rows] | wide[mine] | (key[rows] == key[mine]))
    pm, rows, mine = pm[keep], rows[keep], mine[keep]
    # A source answers only measures it is not already a source of: it never contests
    # or denies itself across subjects of one family.
    source, names = _factorize(m["source"])
    width = len(names) + 1
    own = code.astype("int64") * width + source
    other = ~_within(pm.astype("int64") * width + source[rows], own)
    pm, rows, mine = pm[other], rows[other], mine[other]
    return pm, rows, key[rows] == key[mine], family


def _silent_labels(
    inc: np.ndarray, silent_bits: np.ndarray, parties: pd.DataFrame
) -> tuple[pd.Series, pd.Series]:
    """Side ids and names of the silent parties, worked out once per distinct (incident, bits)."""
    combined = inc.astype("int64") * (int(silent_bits.max(initial=0)) + 1) + silent_bits
    codes, uniq = pd.factorize(combined)
    first = np.zeros(len(uniq), dtype="int64")
    first[codes[::-1]] = np.arange(len(codes))[::-1]
    u = pd.DataFrame({"inc": inc[first], "bits": silent_bits[first], "u": np.arange(len(uniq))})
    hit = u.merge(parties, on="inc")
    hit = hit[(hit["bits"] & hit["bit"]) != 0]
    sides = _join_groups(hit["u"].to_numpy(), hit["side"], len(u))
    names = _join_groups(hit["u"].to_numpy(), hit["party_name"], len(u))
    return _col(sides, codes), _col(names, codes)


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
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> p = source_pairs(ct.measures(tidy))
        >>> sorted(set(p["source_a"]))
        ['local_politician', 'residents']
    """
    _require(measures, ["measure_id", "source", "value_point"], "measures")
    m = measures.reset_index(drop=True)
    return _source_pairs(m, _measure_codes(m))


def _source_pairs(m: pd.DataFrame, code: np.ndarray) -> pd.DataFrame:
    """``source_pairs`` of a measures frame with a RangeIndex, given ``_measure_codes``."""
    sizes = np.bincount(code)
    rows = np.flatnonzero(sizes[code] > 1)
    if not len(rows):
        return _empty(SourcePairs)
    # Pair row numbers on integer keys only, then take each column once: merging the
    # string columns themselves costs seconds per million rows.
    rank = _codes(m, ["side", "source"])[rows]
    small = pd.DataFrame({"code": code[rows], "row": rows, "rank": rank})
    pairs = small.merge(small, on="code", suffixes=("_a", "_b"))
    pairs = pairs[pairs["rank_a"] < pairs["rank_b"]]
    if pairs.empty:
        return _empty(SourcePairs)
    ia, ib = pairs["row_a"].to_numpy(), pairs["row_b"].to_numpy()

    def take(col: str, idx: np.ndarray) -> pd.Series:
        return _col(m[col], idx)

    out = pd.DataFrame(
        {c: take(c, ia) for c in ("measure_id", "incident_id", "claim_type", "subject", "place")}
    )
    out["location"] = take("location", ia)
    for suffix, idx in (("a", ia), ("b", ib)):
        for c in ("source", "source_name", "side", "stance", "value_text"):
            out[f"{c}_{suffix}"] = take(c, idx)
    point = m["value_point"].to_numpy(dtype=float)
    lo, hi = m["interval_low"].to_numpy(dtype=float), m["interval_high"].to_numpy(dtype=float)
    a, b = point[ia], point[ib]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(b > 0, a / b, np.nan)
    both = ~np.isnan(lo[ia]) & ~np.isnan(lo[ib])
    overlap = pd.array((lo[ia] <= hi[ib]) & (lo[ib] <= hi[ia]), dtype="boolean")
    overlap[~both] = pd.NA
    out["value_a"], out["value_b"] = a, b
    out["difference"], out["ratio"], out["overlap"] = a - b, ratio, overlap
    order = list(SourcePairs.to_schema().columns)
    return _typed(SourcePairs, out[order])


# ------------------------------------------------------------------------- place sets


def _codes(frame: pd.DataFrame, columns: list[str]) -> np.ndarray:
    """One int64 per row, ordered like a sort on ``columns`` (nulls first in each).

    Each column is factorized (sorted) and the codes combined in mixed radix; when the
    combined range nears int64's limit it is compressed back to dense codes first.
    """
    key = np.zeros(len(frame), dtype="int64")
    span = 1
    for col in columns:
        code, uniq = _factorize(frame[col], sort=True)
        radix = len(uniq) + 1
        if span * radix >= 2**62:
            key, dense = pd.factorize(key, sort=True)
            key, span = key.astype("int64"), len(dense)
        key = key * radix + (code + 1)
        span *= radix
    return key


def _sort_order(keys: list[np.ndarray]) -> np.ndarray:
    """Stable order of the rows sorted by ``keys``, the first major: ``np.lexsort(keys[::-1])``.

    The keys are packed into one int64 when they fit (integers by their range, other
    keys by rank): a stable argsort of (here nearly sorted) integers is ~30x faster
    than a lexsort on four keys.
    """
    packed = np.zeros(len(keys[0]), dtype="int64")
    span = 1
    for key in keys:
        rank, size = _packable(key, 2**62 // span)
        if rank is None:
            return np.lexsort(keys[::-1])
        packed = packed * size + rank
        span *= size
    return np.argsort(packed, kind="stable")


def _packable(key: np.ndarray, room: int) -> tuple[np.ndarray | None, int]:
    """``key`` as integers 0..size-1 in its order, if size <= ``room`` (else None)."""
    if np.issubdtype(key.dtype, np.integer) and len(key):
        low, size = int(key.min()), int(key.max()) - int(key.min()) + 1
        if size <= room:
            return key.astype("int64") - low, size
    rank, uniq = pd.factorize(key, sort=True)
    size = max(len(uniq), 1)
    return (rank, size) if size <= room else (None, size)


def _runs(key: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sort order, group number per sorted row, and first sorted position of each group."""
    order = np.argsort(key, kind="stable")
    k = key[order]
    new = np.r_[True, k[1:] != k[:-1]] if len(k) else np.zeros(0, dtype=bool)
    return order, np.cumsum(new) - 1, np.flatnonzero(new)


def _dense(key: np.ndarray) -> np.ndarray:
    """Integer keys renumbered 0..k-1 in their order (so that products of keys stay small)."""
    return pd.factorize(key, sort=True)[0].astype("int64")


def _within(keys: np.ndarray, among: np.ndarray) -> np.ndarray:
    """``np.isin`` for integer keys by binary search (numpy's hashing: ~7x slower here).

    The keys come nearly sorted (by pair, then row): a stable sort (timsort) is quick then.
    """
    among = np.sort(among, kind="stable")
    pos = np.minimum(np.searchsorted(among, keys), max(len(among) - 1, 0))
    return among[pos] == keys if len(among) else np.zeros(len(keys), dtype=bool)


def _expand(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For runs of ``counts`` items: the run of each item, and its position in the run."""
    owner = np.repeat(np.arange(len(counts)), counts)
    return owner, np.arange(len(owner)) - np.repeat(np.cumsum(counts) - counts, counts)


def _rows_of(
    order: np.ndarray, starts: np.ndarray, sizes: np.ndarray, runs: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The rows of the given runs (repeats allowed): (index into ``runs``, row) per row."""
    which, pos = _expand(sizes[runs])
    return which, order[starts[runs][which] + pos]


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
    _require(tidy, ["incident_id", "claim_type", "place_id", "location", "source"], "tidy")
    keep = tidy["location"].notna()
    # Filter only the columns used: a boolean mask copies every column it is applied to.
    needed = ["incident_id", "claim_type", "place_id", "location", "location_raw", "latitude"]
    needed += ["longitude", "source", "source_name", "side"]
    t = tidy[needed][keep]
    if t.empty:
        return _empty(PlaceSets)
    t = t.assign(place=t["place_id"].fillna(t["location"])).reset_index(drop=True)
    order, group, starts = _runs(_codes(t, ["incident_id", "claim_type", "place", "source"]))
    out = _take(t, list(PlaceSets.to_schema().columns)[:-2], order[starts])
    spelled = _col(t["location_raw"].fillna(t["location"]), order)
    out["spellings"] = _join_groups(group, spelled, len(starts))
    out["n_claims"] = np.diff(np.r_[starts, len(order)]).astype("int64")
    return _typed(PlaceSets, out)


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
        return _empty(PlaceSummary)
    s = place_sets.reset_index(drop=True)
    order, group, starts = _runs(_codes(s, ["incident_id", "claim_type", "place"]))
    n = len(starts)
    cols = ["incident_id", "claim_type", "place", "place_id", "location", "latitude", "longitude"]
    out = _take(s, cols, order[starts])
    side = _col(s["side"], order)
    side_code, _ = _factorize(side)
    out["n_sources"] = np.bincount(group, minlength=n).astype("int64")
    distinct_sides = _distinct(group.astype("int64") * (side_code.max() + 1) + side_code)
    out["n_sides"] = np.bincount(distinct_sides // (side_code.max() + 1), minlength=n)
    out["n_sides"] = out["n_sides"].astype("int64")
    out["n_independent"] = np.bincount(group[side.eq("independent").to_numpy()], minlength=n)
    out["n_independent"] = out["n_independent"].astype("int64")
    out["sources"] = _join_groups(group, _col(s["source"], order), n)
    out["source_names"] = _join_groups(group, _col(s["source_name"], order), n)
    # Spellings are already "; "-joined per source: split only the few that hold several.
    spelled = _col(s["spellings"], order)
    several = spelled.str.contains(SEP, regex=False).to_numpy()
    split = spelled[several].str.split(SEP).explode()
    values = pd.concat([spelled[~several], split])
    codes = np.r_[group[~several], group[split.index.to_numpy()]]
    out["spellings"] = _join_groups(codes, values, n)
    out["only_source"] = out["sources"].where(out["n_sources"] == 1)
    out["only_side"] = _col(side, starts).where(out["n_sides"] == 1)
    return _typed(PlaceSummary, out[list(PlaceSummary.to_schema().columns)])


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
        return _empty(PlaceOverlap)
    s = place_sets.reset_index(drop=True)
    # Everything below works on integer codes; strings are taken once, at the end.
    set_code = _dense(_codes(s, ["incident_id", "claim_type"]))
    rank = _dense(_codes(s, ["side", "source"]))
    place, _ = _factorize(s["place"])
    # One run of rows per (set, source), sources in rank order within each set.
    order, _, starts = _runs(set_code * (int(rank.max()) + 1) + rank)
    sizes = np.diff(np.r_[starts, len(order)])
    source_set = set_code[order[starts]]
    # Pairs of sources of one set: source i with each later source of its set.
    set_end = np.r_[np.flatnonzero(np.diff(source_set)) + 1, len(starts)]
    later = set_end[np.searchsorted(set_end, np.arange(len(starts)), side="right")]
    a, step = _expand(later - np.arange(len(starts)) - 1)
    b = a + 1 + step
    if not len(a):
        return _empty(PlaceOverlap)
    ia, ib = order[starts[a]], order[starts[b]]
    out = _take(s, ["incident_id", "claim_type"], ia)
    for suffix, idx in (("a", ia), ("b", ib)):
        for col in ("source", "source_name", "side"):
            out[f"{col}_{suffix}"] = _col(s[col], idx)
    # Each pair's places, side by side as (pair, place) keys: shared ones are in both.
    width = len(place) + 1
    rows_a, rows_b = (_rows_of(order, starts, sizes, mine) for mine in (a, b))
    key_a = rows_a[0] * width + place[rows_a[1]]
    key_b = rows_b[0] * width + place[rows_b[1]]
    in_b = _within(key_a, key_b)
    out["n_a"] = sizes[a].astype("int64")
    out["n_b"] = sizes[b].astype("int64")
    out["n_both"] = np.bincount(rows_a[0][in_b], minlength=len(a)).astype("int64")
    out["jaccard"] = out["n_both"] / (out["n_a"] + out["n_b"] - out["n_both"])
    only_a = ~in_b
    only_b = ~_within(key_b, key_a)
    location, names = _factorize(s["location"], sort=True)
    for mine, (pair, row), only in (("a", rows_a, only_a), ("b", rows_b, only_b)):
        out[f"only_{mine}"] = _join_codes(pair[only], location[row[only]], names, len(a))
    return _typed(PlaceOverlap, out[list(PlaceOverlap.to_schema().columns)])


# ---------------------------------------------------------------------------- compare


def compare(tidy: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Every comparison table of a tidy claims frame, by name.

    Keys: ``measures``, ``discrepancies``, ``source_pairs``, ``place_sets``,
    ``place_summary``, ``place_overlap`` (see each function). Raises
    ``NothingToCompare`` for an empty frame.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> sorted(compare(tidy))[:3]
        ['discrepancies', 'measures', 'place_overlap']
    """
    m = measures(tidy)
    sets = place_sets(tidy)
    code = _measure_codes(m)  # shared: the measure ids are hashed once, not twice
    return {
        "measures": m,
        "discrepancies": _discrepancies(m, code),
        "source_pairs": _source_pairs(m, code),
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
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
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

"""Measures → the discrepancies table: per measure who speaks to it, the spread, a status.

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> d = discrepancies(ct.measures(tidy))
    >>> d.loc[d["claim_type"].eq("killed"), "status"].item()
    'unanswered'
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from claimtrack._arrow import encode, take, take_columns
from claimtrack.comparison._join import join_codes, join_groups
from claimtrack.comparison._keys import distinct, first_rows, measure_codes
from claimtrack.comparison.answers import answer_pairs
from claimtrack.comparison.exceptions import require
from claimtrack.schema import Discrepancies, plain_text
from claimtrack.vocabulary import NON_PARTY_SIDES, STATUSES

_KEY = ["measure_id", "incident_id", "claim_type", "subject", "place", "place_id", "location"]
_COLUMNS = list(Discrepancies.to_schema().columns)


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
    require(measures, ["measure_id", "side", "stance", "value_point"], "measures")
    m = measures.reset_index(drop=True)
    return discrepancies_of(m, measure_codes(m))


def discrepancies_of(m: pd.DataFrame, code: np.ndarray) -> pd.DataFrame:
    """``discrepancies`` of a measures frame with a RangeIndex, given its ``measure_codes``.

    ``compare`` computes the codes once for this table and the source pairs.

    Example:
        >>> import claimtrack as ct
        >>> from claimtrack.comparison._keys import measure_codes
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> m = ct.measures(tidy)
        >>> discrepancies_of(m, measure_codes(m)).equals(discrepancies(m))
        True
    """
    n = int(code.max(initial=-1)) + 1
    asserts = (m["stance"] == "asserts").to_numpy()
    independent = m["side"].eq("independent").to_numpy()
    source, source_names = encode(m["source"], sort=True)

    # S(M): the measure's own rows and the rows that answer it; F(M): those of its family.
    pm, pr, same, family = answer_pairs(m, code)
    rows = np.arange(len(m))
    s_code, s_row = np.r_[code, pm], np.r_[rows, pr]
    figures = _figures(m, np.r_[code, pm[same]], np.r_[rows, pr[same]], asserts, n)
    n_denies = np.bincount(s_code[~asserts[s_row]], minlength=n).astype("int64")
    n_camps, n_party_camps = _camps(m, s_code, s_row, asserts, source, n)
    first = first_rows(code, n)
    silent_bits, silent_parties, silent_names = _silent(m, s_code, s_row, first, n)

    # Status as a position in STATUSES, turned into strings once, from the five labels.
    status = np.select(
        [
            n_denies > 0,
            (figures["ranges_overlap"] == False).to_numpy(dtype=bool, na_value=False),  # noqa: E712
            n_camps >= 2,
            (n_camps == 1) & (n_party_camps == 1) & (silent_bits != 0),
        ],
        [STATUSES.index(s) for s in ("denied", "contested", "corroborated", "unanswered")],
        default=STATUSES.index("single_source"),
    )
    out = take_columns(m, _KEY, first).assign(
        family=family,
        n_sources=np.bincount(code, minlength=n).astype("int64"),
        n_independent=np.bincount(code[independent], minlength=n).astype("int64"),
        sources=join_codes(code, source, source_names, n),
        source_names=join_groups(code, m["source_name"], n),
        answered_by=join_codes(pm, source[pr], source_names, n),
        **figures,
        silent_parties=silent_parties,
        silent_names=silent_names,
        status=take(pd.Series(STATUSES, dtype="str"), status),
    )
    return Discrepancies.validate(plain_text(out[_COLUMNS]), lazy=True)


def _figures(
    m: pd.DataFrame, f_code: np.ndarray, f_row: np.ndarray, asserts: np.ndarray, n: int
) -> dict[str, object]:
    """Over F(M) (``f_code``: measure, ``f_row``: row): the figures, their spread and overlap.

    Returns ``n_figures``, ``min_best``, ``max_best``, ``spread_ratio`` and
    ``ranges_overlap``, in that order, one value per measure 0..n-1.
    """
    point = m["value_point"].to_numpy(dtype=float)
    lo = m["interval_low"].to_numpy(dtype=float)
    hi = m["interval_high"].to_numpy(dtype=float)
    has_point = (asserts & ~np.isnan(point))[f_row]
    has_interval = (asserts & ~np.isnan(lo))[f_row]
    n_figures = np.bincount(f_code[has_point], minlength=n).astype("int64")
    n_intervals = np.bincount(f_code[has_interval], minlength=n).astype("int64")
    points = point[f_row][has_point]
    min_best = _reduce(np.minimum, f_code[has_point], points, n)
    max_best = _reduce(np.maximum, f_code[has_point], points, n)
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = np.where((n_figures >= 2) & (min_best > 0), max_best / min_best, np.nan)
    max_lo = _reduce(np.maximum, f_code[has_interval], lo[f_row][has_interval], n)
    min_hi = np.full(n, np.inf)
    np.minimum.at(min_hi, f_code[has_interval], hi[f_row][has_interval])
    overlap = pd.array(max_lo <= min_hi, dtype="boolean")
    overlap[n_intervals < 2] = pd.NA
    return {
        "n_figures": n_figures,
        "min_best": min_best,
        "max_best": max_best,
        "spread_ratio": spread,
        "ranges_overlap": overlap,
    }


def _reduce(how: np.ufunc, codes: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """The minimum or maximum (``how``) of ``values`` per code 0..n-1; NaN for no value."""
    fill = np.inf if how is np.minimum else -np.inf
    out = np.full(n, fill)
    how.at(out, codes, values)
    return np.where(np.isinf(out) & (out == fill), np.nan, out)


def _camps(
    m: pd.DataFrame,
    s_code: np.ndarray,
    s_row: np.ndarray,
    asserts: np.ndarray,
    source: np.ndarray,
    n: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Camps asserting each measure, and how many of them are parties.

    A party (side) is one camp however many of its sources speak; each independent
    source is a camp of its own; "unknown" sources corroborate nothing.
    """
    side, _ = encode(m["side"])
    party = ~m["side"].isin(NON_PARTY_SIDES).to_numpy()
    independent = m["side"].eq("independent").to_numpy()
    n_sides = int(side.max(initial=-1)) + 1
    camp = np.where(party, side, np.where(independent, n_sides + source, -1))
    keep = (asserts & (camp >= 0))[s_row]
    width = n_sides + int(source.max(initial=-1)) + 1
    pairs = distinct(s_code[keep].astype("int64") * width + camp[s_row][keep])
    n_camps = np.bincount(pairs // width, minlength=n).astype("int64")
    n_party = np.bincount(pairs[pairs % width < n_sides] // width, minlength=n).astype("int64")
    return n_camps, n_party


def _silent(
    m: pd.DataFrame, s_code: np.ndarray, s_row: np.ndarray, first: np.ndarray, n: int
) -> tuple[np.ndarray, pd.Series, pd.Series]:
    """Per measure, the incident's parties with no claim in S(M): as bits, ids and names.

    One bit per party of the incident; the bits present are or-ed over S(M).
    """
    parties, row_bit, inc = _parties(m)
    present = np.zeros(n, dtype="int64")
    np.bitwise_or.at(present, s_code, row_bit[s_row])
    all_bits = np.zeros(int(inc.max(initial=-1)) + 1, dtype="int64")
    np.bitwise_or.at(all_bits, parties["inc"].to_numpy(), parties["bit"].to_numpy())
    measure_inc = inc[first]
    silent_bits = all_bits[measure_inc] & ~present
    return silent_bits, *_silent_labels(measure_inc, silent_bits, parties)


def _parties(m: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """The incidents' parties (sides other than independent/unknown), on integer codes.

    Returns a frame of parties (``inc``: incident code, ``side``, ``party_name``,
    ``bit``: one bit per party within its incident), each row's party bit (0 for
    non-party rows) and each row's incident code.
    """
    inc, _ = encode(m["incident_id"])
    side_code, sides = encode(m["side"])
    width = len(sides) + 1
    pair = inc.astype("int64") * width + side_code
    party = ~m["side"].isin(NON_PARTY_SIDES).to_numpy()
    pairs = distinct(pair[party])
    pair_inc = pairs // width
    run_start = np.r_[0, np.flatnonzero(np.diff(pair_inc)) + 1]
    starts = np.repeat(run_start, np.diff(np.r_[run_start, len(pairs)]))
    bit = np.left_shift(1, np.arange(len(pairs)) - starts).astype("int64")
    index = np.searchsorted(pairs, pair[party])
    names = join_groups(index, m["source_name"][party], len(pairs), " and ")
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


def _silent_labels(
    inc: np.ndarray, silent_bits: np.ndarray, parties: pd.DataFrame
) -> tuple[pd.Series, pd.Series]:
    """Side ids and names of the silent parties, worked out once per distinct (incident, bits)."""
    combined = inc.astype("int64") * (int(silent_bits.max(initial=0)) + 1) + silent_bits
    codes, uniq = pd.factorize(combined)
    first = first_rows(codes, len(uniq))
    u = pd.DataFrame({"inc": inc[first], "bits": silent_bits[first], "u": np.arange(len(uniq))})
    hit = u.merge(parties, on="inc")
    hit = hit[(hit["bits"] & hit["bit"]) != 0]
    sides = join_groups(hit["u"].to_numpy(), hit["side"], len(u))
    names = join_groups(hit["u"].to_numpy(), hit["party_name"], len(u))
    return take(sides, codes), take(names, codes)

"""The comparison tables as a reader sees them in a brief: labelled, sorted, side by side.

``claimtrack.compare`` returns tables keyed for computing (ids, codes, every column);
these views pick the columns a brief shows, label each measure in words ("killed
fighters", "attacked towns at Kayes"), orient two sources side by side and count
statuses. The notebooks display them and save them as the run's tables.

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> discrepancy_table(ct.compare(tidy))["measure"].iloc[0]
    'attacked military posts'
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from claimtrack.comparison.places import place_sets
from claimtrack.vocabulary import STATUSES


def measure_labels(frame: pd.DataFrame) -> pd.Series:
    """A short label per measure row: "killed fighters", "attacked towns at Kayes".

    Example:
        >>> measure_labels(pd.DataFrame({"claim_type": ["killed"], "subject": ["fighters"],
        ...                              "location": [None]})).tolist()
        ['killed fighters']
    """
    label = frame["claim_type"].astype(str) + " " + frame["subject"].fillna("").astype(str)
    where = frame["location"].astype("string")
    return (label.str.strip() + (" at " + where).fillna("")).astype(str)


def measures_table(result: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """The measures, readable: one row per measure and source with the figure as written.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> measures_table(ct.compare(tidy)).columns[0]
        'measure'
    """
    m = result["measures"]
    out = m.assign(measure=measure_labels(m))
    columns = ["measure", "source_name", "side", "stance", "value_text"]
    columns += ["value_low", "value_best", "value_high", "qualifier"]
    return out.sort_values(["measure", "side", "source_name"])[columns].reset_index(drop=True)


def discrepancy_table(result: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """The discrepancies, readable: per measure who speaks, the spread and the status.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> "status" in discrepancy_table(ct.compare(tidy))
        True
    """
    d = result["discrepancies"]
    out = d.assign(measure=measure_labels(d))
    columns = ["measure", "status", "source_names", "n_sources", "n_independent"]
    columns += ["min_best", "max_best", "spread_ratio", "ranges_overlap", "silent_names"]
    return out.sort_values(["status", "measure"])[columns].reset_index(drop=True)


def statuses(result: Mapping[str, pd.DataFrame]) -> dict[str, str]:
    """Status per measure, keyed by label (measure id where two labels would collide).

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> statuses(ct.compare(tidy))["killed fighters"]
        'unanswered'
    """
    d = result["discrepancies"]
    labels = measure_labels(d)
    if d["incident_id"].nunique() > 1 or labels.duplicated().any():
        labels = d["measure_id"].astype(str)
    return dict(zip(labels, d["status"].astype(str), strict=True))


def status_counts(result: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """How many measures have each status, per claim type, across all incidents (with totals).

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> counts = status_counts(ct.compare(tidy))
        >>> int(counts.loc[counts["claim_type"].eq("all"), "unanswered"].item()) > 0
        True
    """
    d = result["discrepancies"]
    table = pd.crosstab(d["claim_type"], d["status"], margins=True, margins_name="all")
    order = [s for s in STATUSES if s in table.columns] + ["all"]
    return table[order].rename_axis(columns=None).reset_index()


def _oriented_pairs(pairs: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    """Rows of ``source_pairs`` for sources a and b, with a always in the ``_a`` columns."""
    ab = pairs[(pairs["source_a"] == a) & (pairs["source_b"] == b)]
    ba = pairs[(pairs["source_a"] == b) & (pairs["source_b"] == a)]
    swap = {
        c: c[:-2] + ("_b" if c.endswith("_a") else "_a")
        for c in pairs.columns
        if c.endswith(("_a", "_b"))
    }
    ba = ba.rename(columns=swap).assign(
        difference=lambda x: x["value_a"] - x["value_b"],
        ratio=lambda x: x["value_a"] / x["value_b"].where(x["value_b"] > 0),
    )
    return pd.concat([ab, ba[ab.columns]], ignore_index=True)


def side_by_side(result: Mapping[str, pd.DataFrame], a: str, b: str) -> pd.DataFrame:
    """Every measure both sources speak to: what each says, difference (a − b) and ratio (a / b).

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> side_by_side(ct.compare(tidy), "fama", "residents")["measure"].tolist()
        ['attacked towns at Kayes']
    """
    pairs = _oriented_pairs(result["source_pairs"], a, b)
    out = pairs.assign(measure=measure_labels(pairs))
    columns = ["incident_id", "measure", "stance_a", "value_text_a", "value_a"]
    columns += ["stance_b", "value_text_b", "value_b", "difference", "ratio", "overlap"]
    return out.sort_values(["incident_id", "measure"])[columns].reset_index(drop=True)


def name_sources(df: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    """Columns ``*_a`` / ``*_b`` renamed after the two sources, for reading (``value (fama)``).

    Example:
        >>> list(name_sources(pd.DataFrame(columns=["value_a", "only_b"]), "fama", "jnim"))
        ['value (fama)', 'only (jnim)']
    """
    names = {}
    for column in df.columns:
        for suffix, source in (("_a", a), ("_b", b)):
            if column.endswith(suffix):
                names[column] = f"{column[: -len(suffix)]} ({source})"
    names.update({"difference": f"difference ({a} − {b})", "ratio": f"ratio ({a} / {b})"})
    return df.rename(columns=names)


def places_side_by_side(tidy: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    """Per incident and place claim (attacked, shelling…): the places a names, b names, or both.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> t = places_side_by_side(tidy, "fama", "local_politician")
        >>> t.loc[t["claim_type"].eq("attacked"), "both"].item()
        'Gogui, Nioro, Sandaré'
    """
    sets = place_sets(tidy)
    sets = sets[sets["source"].isin([a, b])]
    columns = ["incident_id", "claim_type", "only_a", "both", "only_b", "n_a", "n_b", "n_both"]
    rows = []
    # Compare places by place key (Nioro and Nioro du Sahel are one place), show one name.
    name = sets.drop_duplicates("place").set_index("place")["location"]
    for (incident, claim_type), group in sets.groupby(["incident_id", "claim_type"], sort=True):
        named = {s: set(group.loc[group["source"] == s, "place"]) for s in (a, b)}
        both = named[a] & named[b]

        def names(places: set[str]) -> str:
            return ", ".join(sorted(name[p] for p in places))

        rows.append(
            (
                incident,
                claim_type,
                names(named[a] - both),
                names(both),
                names(named[b] - both),
                len(named[a]),
                len(named[b]),
                len(both),
            )
        )
    return pd.DataFrame(rows, columns=columns)


def inflation_index(result: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Per source, the median ratio of its figure to the independent figure for the same measure.

    The independent figure of a measure is the median of the figures given by
    independent sources (other than the source itself) that assert it. Only
    measures with such a figure, above zero, count (``n_measures``). 1 means the
    source agrees with independent voices; 2 means it gives twice their figure.

    Example:
        >>> import claimtrack as ct, tempfile
        >>> from claimtrack.synthetic import write_synthetic_statements
        >>> folder = tempfile.mkdtemp(); _ = write_synthetic_statements(folder, 5)
        >>> tidy, _ = ct.load(folder)
        >>> index = inflation_index(ct.compare(tidy))
        >>> bool(index.loc[index["source"].eq("fama"), "inflation_index"].item() > 1)
        True
    """
    m = result["measures"]
    figures = m[m["stance"].eq("asserts") & m["value_point"].notna()]
    independent = figures[figures["side"].eq("independent")][
        ["measure_id", "source", "value_point"]
    ]
    pairs = figures[["measure_id", "source", "source_name", "side", "value_point"]].merge(
        independent, on="measure_id", suffixes=("", "_ind")
    )
    pairs = pairs[pairs["source"] != pairs["source_ind"]]
    reference = pairs.groupby(["measure_id", "source"], as_index=False).agg(
        source_name=("source_name", "first"),
        side=("side", "first"),
        value=("value_point", "first"),
        independent=("value_point_ind", "median"),
    )
    reference = reference[reference["independent"] > 0]
    reference["ratio"] = reference["value"] / reference["independent"]
    columns = ["source", "source_name", "side", "inflation_index", "n_measures", "min_ratio"]
    columns.append("max_ratio")
    if reference.empty:
        return pd.DataFrame(columns=columns)
    # One row per source across incidents: a source typed differently in two incidents
    # lists both sides rather than being split into two half-indexes.
    out = reference.groupby("source", as_index=False).agg(
        source_name=("source_name", "first"),
        side=("side", lambda s: ", ".join(sorted(set(s)))),
        inflation_index=("ratio", "median"),
        n_measures=("ratio", "size"),
        min_ratio=("ratio", "min"),
        max_ratio=("ratio", "max"),
    )
    return out.sort_values("inflation_index", ascending=False)[columns].reset_index(drop=True)

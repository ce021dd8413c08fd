"""What each figure shows, in sentences made from the data it was drawn from (alt text).

:func:`describe` takes the chart function and the arguments it was drawn with and says,
in plain text, what a reader sees: who gives which figure, who names which place. The
brief puts it in the image's ``alt`` and in the ``.txt`` beside each exported figure,
followed by the sources line.

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> describe(ct.charts.range_plot, ct.measures(tidy))[:62]
    'Range plot of the figures each source gives. killed · fighters'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from claimtrack.charts.text import measure_label
from claimtrack.vocabulary import NON_PARTY_SIDES


def _listed(items: list[str], limit: int = 8) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def _one_incident(frame: pd.DataFrame, incident_id: str | None) -> pd.DataFrame:
    return frame if incident_id is None else frame[frame["incident_id"] == incident_id]


def describe_ranges(
    measures: pd.DataFrame, incident_id: str | None = None, max_measures: int = 8
) -> str:
    """The range plot in words: per measure drawn, each source's figure or its silence.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> print(describe_ranges(ct.measures(tidy)).split(". ")[1])
        killed · fighters: Malian Armed Forces (FAMa) gives 80; JNIM (GSIM) says nothing
    """
    from claimtrack.charts.ranges import drawn_measures

    m = _one_incident(measures, incident_id)
    ids = drawn_measures(m)
    parties = sorted(set(m["side"]) - set(NON_PARTY_SIDES))
    parts = []
    for mid in ids[:max_measures]:
        rows = m[m["measure_id"] == mid].sort_values(["side", "source"])
        said = [
            f"{r.source_name} gives "
            + (str(r.value_text) if pd.notna(r.interval_low) else "no figure")
            for r in rows.itertuples()
        ]
        for side in parties:
            if side not in set(rows["side"]):
                names = m.loc[m["side"] == side, "source_name"].drop_duplicates()
                said.append(f"{' and '.join(names)} says nothing")
        parts.append(f"{measure_label(rows.iloc[0])}: {'; '.join(said)}")
    more = (
        f" ({len(ids) - max_measures} more measures not drawn.)" if len(ids) > max_measures else ""
    )
    return "Range plot of the figures each source gives. " + ". ".join(parts) + "." + more


def describe_place_sets(place_sets: pd.DataFrame, incident_id: str | None = None, **_: Any) -> str:
    """The place matrix in words: each place and the sources naming it.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> "Diboli: Malian Armed Forces (FAMa) only" in describe_place_sets(ct.place_sets(tidy))
        True
    """
    sets = _one_incident(place_sets, incident_id)
    named = sets.groupby("location", sort=True)["source_name"].agg(lambda s: list(dict.fromkeys(s)))
    named = named.loc[named.map(len).sort_values(ascending=False, kind="stable").index]
    parts = [
        f"{place}: {names[0]} only" if len(names) == 1 else f"{place}: {', '.join(names)}"
        for place, names in named.items()
    ]
    return f"Matrix of which source names which of {len(named)} places. " + "; ".join(parts) + "."


def describe_places_map(place_sets: pd.DataFrame, incident_id: str | None = None, **_: Any) -> str:
    """The places plot in words: the places drawn by position, and those without coordinates.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> describe_places_map(ct.place_sets(tidy))[:40]
        'Plot of 6 places by longitude and latitu'
    """
    sets = _one_incident(place_sets, incident_id)
    places = sets.groupby("location", sort=True).agg(
        latitude=("latitude", "first"), n=("source", "nunique")
    )
    placed = places[places["latitude"].notna()]
    missing = places.index[places["latitude"].isna()].tolist()
    text = (
        f"Plot of {len(placed)} places by longitude and latitude, sized by how many "
        f"sources name each: "
        + _listed([f"{p} ({n})" for p, n in placed["n"].items()], limit=12)
        + "."
    )
    if missing:
        text += f" Not placed (no coordinates): {_listed(missing)}."
    return text


def describe_ratios(pairs: pd.DataFrame, a: str, b: str) -> str:
    """The ratio plot in words: per measure with both figures, a's figure over b's.

    Example:
        >>> pairs = pd.DataFrame({"measure": ["killed soldiers"], "ratio": [3.0]})
        >>> describe_ratios(pairs, "army", "rebels")
        'Ratio of the figure of army to that of rebels, per measure: killed soldiers 3×.'
    """
    ratios = pairs.dropna(subset=["ratio"])
    parts = [f"{r.measure} {r.ratio:.3g}×" for r in ratios.itertuples()]
    return (
        f"Ratio of the figure of {a} to that of {b}, per measure: "
        + (_listed(parts, limit=12) if parts else "none")
        + "."
    )


def describe_statuses(discrepancies: pd.DataFrame, **_: Any) -> str:
    """The discrepancy overview in words: how many measures have each status.

    Example:
        >>> d = pd.DataFrame({"status": ["contested", "contested", "single_source"]})
        >>> describe_statuses(d)
        'Measures by status: 2 contested, 1 single source; with the spread of figures per measure.'
    """
    counts = discrepancies["status"].value_counts()
    parts = [f"{n} {status.replace('_', ' ')}" for status, n in counts.items()]
    return f"Measures by status: {', '.join(parts)}; with the spread of figures per measure."


def describe_timeline(tidy: pd.DataFrame, incident_id: str | None = None) -> str:
    """The claims timeline in words: how many dated claims, from whom, over which dates.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> describe_timeline(tidy)[:30]
        'Claims over time: 29 dated cla'
    """
    t = _one_incident(tidy, incident_id)
    dated = t[t["published_at"].notna()]
    if dated.empty:
        return "Claims over time: no claim is dated."
    first, last = dated["published_at"].min(), dated["published_at"].max()
    span = f"on {first:%Y-%m-%d}" if first == last else f"{first:%Y-%m-%d} to {last:%Y-%m-%d}"
    return (
        f"Claims over time: {len(dated)} dated claims from {dated['source'].nunique()} sources, "
        f"{span}."
    )


def describe(chart: Callable[..., Any], *args: Any, **kwargs: Any) -> str:
    """What the figure ``chart(*args, **kwargs)`` shows, in sentences from the same data.

    An unknown chart gets its name only ("Figure: my_chart."), never a guess.

    Example:
        >>> describe(lambda: None)
        'Figure: <lambda>.'
    """
    from claimtrack import charts

    describers: dict[Callable[..., Any], Callable[..., str]] = {
        charts.range_plot: describe_ranges,
        charts.place_matrix: describe_place_sets,
        charts.places_plot: describe_places_map,
        charts.ratio_plot: describe_ratios,
        charts.discrepancy_overview: describe_statuses,
        charts.claims_timeline: describe_timeline,
    }
    describer = describers.get(chart)
    if describer is None:
        return f"Figure: {getattr(chart, '__name__', 'figure')}."
    return describer(*args, **kwargs)

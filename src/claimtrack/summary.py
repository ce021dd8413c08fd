"""Plain-language sentences from the discrepancies table, for briefs.

Used by ``claimtrack.compare.summarize``; the wording lives here so that the
comparison code stays about numbers. One sentence per measure, and one per
claim type for place-level measures (sets of towns). Sources are named as in
the data (``source_name``), never hard-coded.

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements")
    >>> r = ct.compare(tidy)
    >>> sentences(r["discrepancies"], r["measures"])[2].startswith("The figure of three")
    True
"""

from __future__ import annotations

import pandas as pd

from claimtrack.schema import CLAIM_TYPES

STATUS_ORDER = {"contested": 0, "denied": 1, "unanswered": 2, "corroborated": 3, "single_source": 4}
COUNTED = {
    "killed",
    "wounded",
    "captured",
    "seized",
    "destroyed",
    "damaged",
    "missing",
    "displaced",
    "crashed",
    "attacked",
}
SET_VERBS = {
    "attacked": "says were attacked",
    "shelling": "says were shelled",
    "fighting": "names as places of fighting",
    "controls": "says it controls",
    "present": "says it is present in",
}


def _number(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.1f}"


def _phrase(claim_type: str, subject: object, value: str | None) -> str:
    """'80 fighters killed', 'control of several military positions', 'weapons seized'."""
    subject = subject if isinstance(subject, str) and subject else "(no subject)"
    if claim_type in COUNTED:
        return f"{value} {subject} {claim_type}" if value else f"{subject} {claim_type}"
    if claim_type == "casualties":
        return f"{value} among {subject}" if value else f"casualties among {subject}"
    if claim_type == "controls":
        return f"control of {value} {subject}" if value else f"control of {subject}"
    if claim_type == "responsibility":
        return f"responsibility for {subject}"
    return f"{claim_type} ({value + ' ' if value else ''}{subject})"


def _s(names: list[str], verb: str) -> str:
    """'reports' for one source, 'report' for several ('denies' → 'deny')."""
    if len(names) <= 1:
        return verb
    return verb[:-3] + "y" if verb.endswith("ies") else verb[:-1]


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _names(joined: object) -> list[str]:
    return [s for s in str(joined).split("; ") if s] if isinstance(joined, str) else []


def _values(measures: pd.DataFrame | None, d: pd.DataFrame) -> pd.DataFrame:
    """Per measure × source: the figure as the source wrote it (or formatted), its side."""
    if measures is None:
        # Without measures, one figure per measure: the largest, formatted.
        return pd.DataFrame(
            {
                "measure_id": d["measure_id"],
                "source_name": d["source_names"],
                "side": "",
                "stance": "asserts",
                "text": d["max_best"].map(lambda x: _number(x) if pd.notna(x) else None),
            }
        )
    m = measures[measures["measure_id"].isin(d["measure_id"])]
    text = m["value_text"].where(
        m["value_text"].notna(), m["value_point"].map(lambda x: _number(x) if pd.notna(x) else None)
    )
    return m[["measure_id", "source_name", "side", "stance"]].assign(text=text)


def _measure_sentence(row: pd.Series, values: pd.DataFrame) -> str:
    v = values[values["measure_id"] == row["measure_id"]]
    asserting = v[v["stance"] == "asserts"]
    independent = asserting[asserting["side"] == "independent"]["source_name"].tolist()
    parties = asserting[asserting["side"] != "independent"]["source_name"].tolist()
    claimants = parties or asserting["source_name"].tolist() or _names(row["source_names"])
    text = next((t for t in asserting["text"] if isinstance(t, str) and t), None)
    phrase = _phrase(row["claim_type"], row["subject"], text)
    where = f" in {row['location']}" if isinstance(row["location"], str) else ""
    silent = _names(row["silent_names"])
    status = row["status"]
    if status == "unanswered":
        if row["n_figures"] > 0:
            return (
                f"The figure of {phrase}{where} given by {_and(claimants)} is not confirmed by "
                f"any independent source; {_and(silent)} gives no figure."
            )
        return (
            f"{_and(claimants)} {_s(claimants, 'reports')} {phrase}{where}; no independent "
            "source confirms it, "
            f"and {_and(silent)} does not address it."
        )
    if status == "single_source":
        return (
            f"Only {_and(claimants)} {_s(claimants, 'reports')} {phrase}{where}; "
            "no other source speaks to it."
        )
    if status == "corroborated":
        if parties and independent:
            return (
                f"{_and(parties)} {_s(parties, 'reports')} {phrase}{where}, and "
                f"{_and(independent)} (independent) {_s(independent, 'confirms')} it."
            )
        return f"{_and(asserting['source_name'].tolist())} all report {phrase}{where}."
    if status == "denied":
        deniers = v[v["stance"] == "denies"]["source_name"].tolist()
        if len(asserting):
            return (
                f"{_and(deniers)} {_s(deniers, 'denies')} {phrase}{where}, which "
                f"{_and(claimants)} {_s(claimants, 'reports')}."
            )
        return f"{_and(deniers)} {_s(deniers, 'denies')} {phrase}{where}."
    # contested
    said = [
        f"{n} says {t}"
        for n, t in zip(asserting["source_name"], asserting["text"], strict=True)
        if isinstance(t, str) and t  # a missing figure is NaN, which is truthy
    ]
    ratio = row["spread_ratio"]
    spread = f" (the highest figure is {ratio:.1f} times the lowest)" if pd.notna(ratio) else ""
    label = _phrase(row["claim_type"], row["subject"], None)
    return f"Sources disagree on {label}{where}: {'; '.join(said)}{spread}."


def _set_sentence(group: pd.DataFrame) -> str:
    claim_type = group["claim_type"].iloc[0]
    alone = group[group["status"].isin(["unanswered", "single_source"])]
    claimant_counts = alone["source_names"].value_counts()
    claimant = claimant_counts.index[0] if len(claimant_counts) else None
    confirmed = sorted(group.loc[group["status"] == "corroborated", "location"])
    lone = sorted(alone.loc[alone["source_names"] == claimant, "location"]) if claimant else []
    disputed = sorted(group.loc[group["status"].isin(["contested", "denied"]), "location"])
    n = len(group)
    verb = SET_VERBS.get(claim_type, f"names for “{claim_type}”")
    who = claimant or _and(sorted({s for x in group["source_names"] for s in _names(x)}))
    head = f"Of the {n} places {who} {verb}"
    if confirmed:
        parts = [
            f"{len(confirmed)} {'is' if len(confirmed) == 1 else 'are'} confirmed by another, "
            f"independent source ({', '.join(confirmed)})"
        ]
    else:
        parts = ["none is confirmed by an independent source"]
    if lone:
        count = f"all {len(lone)}" if len(lone) == n else str(len(lone))
        parts.append(f"{count} rest on {claimant} alone ({', '.join(lone)})")
    if disputed:
        parts.append(f"{len(disputed)} are disputed ({', '.join(disputed)})")
    return f"{head}, {'; '.join(parts)}."


def sentences(d: pd.DataFrame, measures: pd.DataFrame | None = None) -> list[str]:
    """Sentences for the measures in ``d`` (a discrepancies frame), most telling first.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements")
        >>> r = ct.compare(tidy)
        >>> any("Kayes" in s for s in sentences(r["discrepancies"], r["measures"]))
        True
    """
    values = _values(measures, d)
    type_rank = {t: i for i, t in enumerate(CLAIM_TYPES)}
    d = d.assign(
        _status=d["status"].map(STATUS_ORDER),
        _type=d["claim_type"].map(type_rank),
    ).sort_values(["incident_id", "_status", "_type", "measure_id"], kind="stable")
    at_place = d["place"].notna()
    out = [_measure_sentence(row, values) for _, row in d[~at_place].iterrows()]
    for _, group in d[at_place].groupby(["incident_id", "_type", "subject"], sort=True):
        out.append(_set_sentence(group))
    return out

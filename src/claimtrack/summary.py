"""Plain-language sentences from the comparison tables, for briefs.

Used by ``claimtrack.comparison.summarize``; the wording lives here so that the
comparison code stays about numbers. One sentence per measure, saying who gives
which figure (the measure's own sources and those whose claims answer it, see
``comparison.discrepancies``); place-level measures without any figure are summed up
in one sentence per claim type and subject (sets of towns). Sources are named as
in the data (``source_name``), never hard-coded; a source is called independent
only when its side is "independent"; counts agree with their nouns and verbs.

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> r = ct.compare(tidy)
    >>> sentences(r["discrepancies"], r["measures"])[2].startswith("The figure of three")
    True
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from claimtrack.vocabulary import CLAIM_TYPES, STATUSES

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
    "attacked": ("says were attacked", "say were attacked"),
    "shelling": ("says were shelled", "say were shelled"),
    "fighting": ("names as places of fighting", "name as places of fighting"),
    "controls": ("says it controls", "say they control"),
    "present": ("says it is present in", "say they are present in"),
}
_PAREN = re.compile(r"\s*\([^)]*\)\s*$")


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


def plural_name(name: str) -> bool:
    """Does a source's name take a plural verb ("Residents say", "JNIM (GSIM) says")?

    Example:
        >>> plural_name("Residents"), plural_name("JNIM (GSIM)"), plural_name("Local official")
        (True, False, False)
    """
    words = _PAREN.sub("", name).split()
    last = words[-1].casefold() if words else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _verb(names: list[str], singular: str) -> str:
    """'reports' for one singular name, 'report' for several or a plural name.

    A silent party is named by its sources joined with "and" ("Somali army and
    Somali government"): several names, so the plural.
    """
    if len(names) == 1 and not plural_name(names[0]) and " and " not in names[0]:
        return singular
    irregular = {"is": "are", "does": "do", "has": "have", "gives": "give"}
    if singular in irregular:
        return irregular[singular]
    return singular[:-3] + "y" if singular.endswith("ies") else singular[:-1]


def _agree(n: int, singular: str) -> str:
    """The verb for a count of places: '1 is', '3 are'; '1 rests', '2 rest'."""
    return singular if n == 1 else {"is": "are"}.get(singular, singular[:-1])


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 place', '3 places'."""
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"


def _names(joined: object) -> list[str]:
    return [s for s in str(joined).split("; ") if s] if isinstance(joined, str) else []


def _figure(text: object, point: object) -> str | None:
    if isinstance(text, str) and text.strip():
        return text.strip()
    return _number(point) if pd.notna(point) else None


def _voices(measures: pd.DataFrame | None, d: pd.DataFrame) -> pd.DataFrame:
    """Per measure: every claim that speaks to it, its own and those answering it."""
    cols = ["measure_id", "source_name", "side", "stance", "subject", "text", "own", "family"]
    if measures is None:
        # Without measures, one figure per measure: the largest, formatted.
        return pd.DataFrame(
            {
                "measure_id": d["measure_id"],
                "source_name": d["source_names"],
                "side": "",
                "stance": "asserts",
                "subject": d["subject"],
                "text": d["max_best"].map(lambda x: _number(x) if pd.notna(x) else None),
                "own": True,
                "family": True,
            }
        )[cols]
    from claimtrack.comparison.answers import answers

    m = measures[measures["incident_id"].isin(d["incident_id"])].reset_index(drop=True)
    text = [_figure(t, p) for t, p in zip(m["value_text"], m["value_point"], strict=True)]
    own = m.assign(text=text, own=True, family=True)
    a = answers(m)
    a = a.assign(
        text=[_figure(t, p) for t, p in zip(a["value_text"], a["value_point"], strict=True)],
        own=False,
        family=a["same_family"],
    )
    both = pd.concat([own[cols], a[cols]], ignore_index=True)
    both = both[both["measure_id"].isin(d["measure_id"])]
    rank = both["side"].map(lambda s: 2 if s == "unknown" else 1 if s == "independent" else 0)
    return both.assign(_rank=rank).sort_values(["_rank", "source_name"], kind="stable")


def _elsewhere(measures: pd.DataFrame | None, d: pd.DataFrame) -> dict[str, list[str]]:
    """Per measure with a place: what other sources say of its claim type and family at
    *other* places of the incident ("Afghan officials say none … at Gurbuz district"), so
    that no sentence calls a claim unspoken-to when the other side gives its own figure
    under another place name."""
    if measures is None or not d["place"].notna().any():
        return {}
    from claimtrack.families import family_keys

    m = measures[measures["incident_id"].isin(d["incident_id"])].reset_index(drop=True)
    m = m.assign(
        key=family_keys(m["subject"])["key"].to_numpy(),
        text=[_figure(t, p) for t, p in zip(m["value_text"], m["value_point"], strict=True)],
    )
    on = ["incident_id", "claim_type", "key"]
    mine = m[m["measure_id"].isin(d["measure_id"]) & m["place"].notna()]
    pairs = mine[[*on, "measure_id", "place", "source_name"]].merge(
        m[[*on, "place", "location", "source_name", "side", "stance", "subject", "text"]],
        on=on,
        suffixes=("", "_other"),
    )
    own = pairs.groupby("measure_id")["source_name"].agg(set)
    pairs = pairs[
        pairs["place_other"].notna()
        & (pairs["place_other"] != pairs["place"])
        & np.array(
            [
                o not in own[i]
                for i, o in zip(pairs["measure_id"], pairs["source_name_other"], strict=True)
            ],
            dtype=bool,
        )
    ]
    out: dict[str, list[str]] = {}
    pairs = pairs.drop_duplicates(["measure_id", "source_name_other", "place_other"])
    for _, x in pairs.iterrows():
        voice = x.drop("source_name").rename({"source_name_other": "source_name"})
        row = pd.Series({"subject": None, "claim_type": x["claim_type"]})
        said = f"{_voice(voice, row)} at {x['location']}"
        out.setdefault(x["measure_id"], []).append(said)
    return out


def _voice(v: pd.Series, row: pd.Series) -> str:
    """'JNIM (GSIM) says 60', 'Residents (independent) say about 40', 'Army denies it'."""
    name = v["source_name"]
    who = f"{name} (independent)" if v["side"] == "independent" else name
    other = v["subject"] != row["subject"] and isinstance(v["subject"], str)
    if v["stance"] == "denies":
        what = _phrase(row["claim_type"], v["subject"], None) if other else "it"
        return f"{who} {_verb([name], 'denies')} {what}"
    if isinstance(v["text"], str):
        what = _phrase(row["claim_type"], v["subject"], v["text"]) if other else v["text"]
        return f"{who} {_verb([name], 'says')} {what}"
    what = f"{_phrase(row['claim_type'], v['subject'], None)}" if other else "it"
    return f"{who} {_verb([name], 'reports')} {what} without a figure"


def _is_text(x: object) -> bool:
    return isinstance(x, str) and bool(x)


def _unique(names: pd.Series) -> list[str]:
    return list(dict.fromkeys(n for n in names if isinstance(n, str)))


def _measure_sentence(
    row: pd.Series, voices: pd.DataFrame, elsewhere: dict[str, list[str]] | None = None
) -> str:
    v = voices[voices["measure_id"] == row["measure_id"]]
    where = f" at {row['location']}" if isinstance(row["location"], str) else ""
    label = _phrase(row["claim_type"], row["subject"], None) + where
    mine = v[v["own"] & (v["stance"] == "asserts")]
    claimants = _unique(mine["source_name"]) or _names(row["source_names"])
    texts = [t for t in mine["text"] if isinstance(t, str) and t]
    silent = _names(row["silent_names"])
    spoken = "; ".join(_voice(x, row) for _, x in v.iterrows())
    status = row["status"]
    if status == "contested":
        figures = v[(v["stance"] == "asserts") & v["family"] & v["text"].map(_is_text)]
        said = "; ".join(_voice(x, row) for _, x in figures.iterrows())
        ratio = row["spread_ratio"]
        spread = f" (the highest figure is {ratio:.1f} times the lowest)" if pd.notna(ratio) else ""
        return f"Sources disagree on {label}: {said}{spread}."
    if status == "denied":
        deniers = _unique(v.loc[v["stance"] == "denies", "source_name"])
        rest = v[v["stance"] == "asserts"]
        said = "; ".join(_voice(x, row) for _, x in rest.iterrows())
        return f"{_and(deniers)} {_verb(deniers, 'denies')} {label}" + (
            f": {said}." if said else "."
        )
    if status == "corroborated":
        return f"The claim of {label} is corroborated: {spoken}."
    others = (elsewhere or {}).get(row["measure_id"])
    # Sides often name one event's place differently: say what they give elsewhere.
    there = f" there; elsewhere in the incident, {'; '.join(others)}" if others else ""
    if status == "unanswered":
        if row["n_figures"] > 0 and len(texts) == 1 and len(claimants) == 1:
            return (
                f"The figure of {_phrase(row['claim_type'], row['subject'], texts[0])}{where} "
                f"given by {claimants[0]} is not confirmed by any independent source; "
                f"{_and(silent)} {_verb(silent, 'gives')} no figure{there}."
            )
        return (
            f"The claim of {label} rests on one side: {spoken}; no independent source "
            f"confirms it, and {_and(silent)} {_verb(silent, 'does')} not address it{there}."
        )
    # single_source
    speakers = _unique(v["source_name"])
    if len(speakers) == 1:
        phrase = _phrase(row["claim_type"], row["subject"], texts[0] if texts else None)
        rest = (
            f"elsewhere in the incident, {'; '.join(others)}"
            if others
            else "no other source speaks to it"
        )
        return f"Only {speakers[0]} {_verb(speakers, 'reports')} {phrase}{where}; {rest}."
    return f"The claim of {label} is not corroborated (one side, or sides unknown): {spoken}."


def _set_sentence(group: pd.DataFrame, voices: pd.DataFrame) -> str:
    """One sentence for the places of one claim type and subject (none gives a figure)."""
    claim_type = group["claim_type"].iloc[0]
    n = len(group)
    naming = [set(_names(x)) for x in group["source_names"]]
    everywhere = sorted(set.intersection(*naming)) if naming else []
    alone = group[group["status"].isin(["unanswered", "single_source"])]
    v = voices[voices["measure_id"].isin(group["measure_id"])]
    independent = set(
        v.loc[(v["side"] == "independent") & (v["stance"] == "asserts"), "measure_id"]
    )
    corroborated = group["status"] == "corroborated"
    by_independent = corroborated & group["measure_id"].isin(independent)
    if not v["side"].astype(bool).any():  # no measures given: sides are not known
        by_independent = corroborated & group["n_independent"].gt(0)
    confirmed = sorted(group.loc[by_independent, "location"])
    by_party = sorted(group.loc[corroborated & ~by_independent, "location"])
    other = "the other side only" if v["side"].astype(bool).any() else "another source"
    disputed = sorted(group.loc[group["status"].isin(["contested", "denied"]), "location"])
    places = _count(n, "place")
    if len(everywhere) == 1 and claim_type in SET_VERBS:
        verb = SET_VERBS[claim_type][plural_name(everywhere[0])]
        head = f"Of the {places} {everywhere[0]} {verb}"
    else:
        who = sorted({s for x in group["source_names"] for s in _names(x)})
        head = f"Of the {places} named for {_phrase(claim_type, group['subject'].iloc[0], None)}"
        head += f" (by {_and(who)})"
    parts = []
    if confirmed:
        parts.append(
            f"{len(confirmed)} {_agree(len(confirmed), 'is')} confirmed by an independent source "
            f"({', '.join(confirmed)})"
        )
    else:
        parts.append("none is confirmed by an independent source")
    if by_party:
        parts.append(
            f"{len(by_party)} {_agree(len(by_party), 'is')} confirmed by {other} "
            f"({', '.join(by_party)})"
        )
    for claimant, lone in alone.groupby("source_names", sort=True)["location"]:
        lone = sorted(lone)
        count = str(len(lone)) if len(lone) < n or n == 1 else "both" if n == 2 else f"all {n}"
        who = _and(_names(claimant))
        parts.append(f"{count} {_agree(len(lone), 'rests')} on {who} alone ({', '.join(lone)})")
    if disputed:
        parts.append(
            f"{len(disputed)} {_agree(len(disputed), 'is')} disputed ({', '.join(disputed)})"
        )
    return f"{head}, {'; '.join(parts)}."


def sentences(d: pd.DataFrame, measures: pd.DataFrame | None = None) -> list[str]:
    """Sentences for the measures in ``d`` (a discrepancies frame), most telling first.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> r = ct.compare(tidy)
        >>> any("Kayes" in s for s in sentences(r["discrepancies"], r["measures"]))
        True
    """
    voices = _voices(measures, d)
    type_rank = {t: i for i, t in enumerate(CLAIM_TYPES)}
    d = d.assign(
        _status=d["status"].map({s: i for i, s in enumerate(STATUSES)}),
        _type=d["claim_type"].map(type_rank),
    ).sort_values(["incident_id", "_status", "_type", "measure_id"], kind="stable")
    figured = set(voices.loc[voices["text"].map(_is_text) & voices["family"], "measure_id"])
    in_set = d["place"].notna() & ~d["measure_id"].isin(figured)
    sizes = d[in_set].groupby(["incident_id", "claim_type", "subject"], dropna=False)
    in_set &= sizes["measure_id"].transform("size").reindex(d.index).fillna(0).gt(1)
    elsewhere = _elsewhere(measures, d[~in_set])
    out = [_measure_sentence(row, voices, elsewhere) for _, row in d[~in_set].iterrows()]
    for _, group in d[in_set].groupby(["incident_id", "_type", "subject"], sort=True):
        out.append(_set_sentence(group, voices))
    return out

"""Column contracts of the frames claimtrack passes around: raw, tidy, rejects, comparison.

The tidy claims frame is the contract every other module stands on: one row per
atomic claim (one source, one measure, one place). pandera guards the contract;
the human-readable reasons for rejected input come from the parsers, not from
here. The comparison tables (``claimtrack.comparison``) are declared below it;
the vocabularies they check against are in ``claimtrack.vocabulary``.

Example:
    >>> from claimtrack.schema import TIDY_COLUMNS, validate_tidy
    >>> "value_best" in TIDY_COLUMNS
    True
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera import extensions
from pandera.typing import Category, Series

from claimtrack._arrow import is_categorical_text, plain
from claimtrack.vocabulary import (
    CLAIM_TYPES,
    GEO_PRECISIONS,
    MATCH_METHODS,
    QUALIFIERS,
    SOURCE_TYPES,
    STANCES,
    STATUSES,
)

RAW_COLUMNS = (
    "incident_id",
    "incident_title",
    "incident_date",
    "country",
    "parties",
    "statement_id",
    "source_raw",
    "speaker",
    "source_type",
    "channel",
    "document_id",
    "outlet",
    "url",
    "document_title",
    "published_at",
    "stated_at",
    "claim_index",
    "claim_type",
    "subject",
    "value",
    "unit",
    "locations",
    "stance",
    "quote",
    "origin",
)

REJECT_COLUMNS = ("origin", "incident_id", "statement_id", "field", "value", "reason")


def per_category(values: pd.Series, test) -> pd.Series:
    """``test`` run once per distinct value and spread to the rows by their codes.

    A million rows of a seven-value column cost seven checks and one integer take.
    Missing rows pass (``nullable`` decides for them); plain text is tested per row.

    Example:
        >>> text = pd.Series(["a", "", None, "a"], dtype="category")
        >>> per_category(text, lambda t: t.str.len() >= 1).tolist()
        [True, False, True, True]
    """
    if not isinstance(values.dtype, pd.CategoricalDtype):
        return test(values.astype("str")) | values.isna()
    categories = pd.Series(values.cat.categories.astype("str"))
    verdict = np.append(np.asarray(test(categories), dtype=bool), True)  # code -1: missing
    return pd.Series(verdict[values.cat.codes.to_numpy()], index=values.index)


@extensions.register_check_method(statistics=["allowed"])
def one_of(values: pd.Series, *, allowed) -> pd.Series:
    """pandera's ``isin``, once per category: ``pa.Field(one_of={"allowed": [...]})``.

    Example:
        >>> one_of(pd.Series(["a", "b"], dtype="category"), allowed=["a"]).tolist()
        [True, False]
    """
    return per_category(values, lambda text: text.isin(allowed))


@extensions.register_check_method(statistics=["min_value"])
def min_length(values: pd.Series, *, min_value: int) -> pd.Series:
    """pandera's ``str_length``, once per category: ``pa.Field(min_length={"min_value": 1})``.

    Example:
        >>> min_length(pd.Series(["", "b"], dtype="category"), min_value=1).tolist()
        [False, True]
    """
    return per_category(values, lambda text: text.str.len() >= min_value)


class TidyClaims(pa.DataFrameModel):
    """The tidy claims frame: one row per atomic claim.

    Text is stored once per distinct value (``Category``, sorted categories: a
    quote naming seven places is held once, not seven times). The ids distinct per
    statement (``statement_id``, ``origin``) stay plain text: a dictionary as long
    as the column saves nothing, and pandera reads a dictionary's values in Python.
    Checks on a category run once per category (``one_of``, ``min_length``), not
    once per row.
    """

    incident_id: Series[Category] = pa.Field(min_length={"min_value": 1})
    incident_title: Series[Category] = pa.Field(nullable=True)
    incident_date: Series[pd.Timestamp] = pa.Field(nullable=True)
    statement_id: Series[str]
    claim_id: Series[str] = pa.Field(unique=True)
    source: Series[Category]
    source_raw: Series[Category]
    source_name: Series[Category]
    speaker: Series[Category] = pa.Field(nullable=True)
    source_type: Series[Category] = pa.Field(one_of={"allowed": SOURCE_TYPES})
    side: Series[Category]
    channel: Series[Category] = pa.Field(nullable=True)
    document_id: Series[Category] = pa.Field(nullable=True)
    outlet: Series[Category] = pa.Field(nullable=True)
    url: Series[Category] = pa.Field(nullable=True)
    document_title: Series[Category] = pa.Field(nullable=True)
    published_at: Series[pd.Timestamp] = pa.Field(nullable=True)
    claim_type: Series[Category] = pa.Field(one_of={"allowed": CLAIM_TYPES})
    subject: Series[Category] = pa.Field(nullable=True)
    subject_raw: Series[Category] = pa.Field(nullable=True)
    value_text: Series[Category] = pa.Field(nullable=True)
    value_low: Series[float] = pa.Field(nullable=True, ge=0)
    value_best: Series[float] = pa.Field(nullable=True, ge=0)
    value_high: Series[float] = pa.Field(nullable=True, ge=0)
    qualifier: Series[Category] = pa.Field(one_of={"allowed": QUALIFIERS})
    unit: Series[Category] = pa.Field(nullable=True)
    location_raw: Series[Category] = pa.Field(nullable=True)
    location: Series[Category] = pa.Field(nullable=True)
    place_id: Series[Category] = pa.Field(nullable=True)
    latitude: Series[float] = pa.Field(nullable=True, ge=-90, le=90)
    longitude: Series[float] = pa.Field(nullable=True, ge=-180, le=180)
    admin1: Series[Category] = pa.Field(nullable=True)
    country_code: Series[Category] = pa.Field(nullable=True)
    geo_precision: Series[Category] = pa.Field(nullable=True, one_of={"allowed": GEO_PRECISIONS})
    match_method: Series[Category] = pa.Field(one_of={"allowed": MATCH_METHODS})
    match_score: Series[float] = pa.Field(nullable=True, ge=0, le=100)
    stance: Series[Category] = pa.Field(one_of={"allowed": STANCES})
    quote: Series[Category] = pa.Field(min_length={"min_value": 1})
    origin: Series[str]

    @pa.dataframe_check
    def low_le_best(cls, df: pd.DataFrame) -> Series[bool]:
        return (
            df["value_low"].isna() | df["value_best"].isna() | (df["value_low"] <= df["value_best"])
        )

    @pa.dataframe_check
    def best_le_high(cls, df: pd.DataFrame) -> Series[bool]:
        return (
            df["value_best"].isna()
            | df["value_high"].isna()
            | (df["value_best"] <= df["value_high"])
        )

    @pa.dataframe_check
    def low_le_high(cls, df: pd.DataFrame) -> Series[bool]:
        return (
            df["value_low"].isna() | df["value_high"].isna() | (df["value_low"] <= df["value_high"])
        )

    class Config:
        strict = True
        ordered = True
        coerce = True


# The column order of the tidy frame, as declared above (one list, not two).
TIDY_COLUMNS = tuple(TidyClaims.to_schema().columns)
# The tidy columns stored once per distinct value (pandas ``category``).
DICTIONARY_COLUMNS = tuple(
    name
    for name, column in TidyClaims.to_schema().columns.items()
    if str(column.dtype) == "category"
)


# ------------------------------------------------------------------ comparison tables


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


def validate_tidy(tidy: pd.DataFrame) -> pd.DataFrame:
    """Check a tidy claims frame against the contract; raise ``SchemaErrors`` listing every failure.

    Example:
        >>> import claimtrack as ct
        >>> tidy, rejects = ct.load("data/statements")  # doctest: +SKIP
        >>> validate_tidy(tidy) is not None  # doctest: +SKIP
        True
    """
    return TidyClaims.validate(tidy, lazy=True)


def plain_text(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its categories as plain ``str``: for code that adds or fills text.

    A category takes no value outside its categories, and ``+`` refuses it; one
    incident's claims are few, so a brief works on plain text.

    Example:
        >>> plain_text(pd.DataFrame({"a": pd.Series(["x"], dtype="category")}))["a"].dtype
        <StringDtype(na_value=nan)>
    """
    # Spelled out by pyarrow from the codes: pandas' astype goes through Python objects.
    text = {c: plain(frame[c]) for c in frame.columns if is_categorical_text(frame[c])}
    return frame.assign(**text) if text else frame


def empty_tidy() -> pd.DataFrame:
    """An empty frame with the tidy columns, already valid.

    Example:
        >>> list(empty_tidy().columns) == list(TIDY_COLUMNS)
        True
    """
    # Empty text columns, so that the categories are text too.
    return TidyClaims.validate(pd.DataFrame({c: pd.Series([], dtype="str") for c in TIDY_COLUMNS}))

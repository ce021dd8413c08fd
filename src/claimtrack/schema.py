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

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

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


class TidyClaims(pa.DataFrameModel):
    """The tidy claims frame: one row per atomic claim."""

    incident_id: Series[str] = pa.Field(str_length={"min_value": 1})
    incident_title: Series[str] = pa.Field(nullable=True)
    incident_date: Series[pd.Timestamp] = pa.Field(nullable=True)
    statement_id: Series[str]
    claim_id: Series[str] = pa.Field(unique=True)
    source: Series[str]
    source_raw: Series[str]
    source_name: Series[str]
    speaker: Series[str] = pa.Field(nullable=True)
    source_type: Series[str] = pa.Field(isin=SOURCE_TYPES)
    side: Series[str]
    channel: Series[str] = pa.Field(nullable=True)
    document_id: Series[str] = pa.Field(nullable=True)
    outlet: Series[str] = pa.Field(nullable=True)
    url: Series[str] = pa.Field(nullable=True)
    document_title: Series[str] = pa.Field(nullable=True)
    published_at: Series[pd.Timestamp] = pa.Field(nullable=True)
    claim_type: Series[str] = pa.Field(isin=CLAIM_TYPES)
    subject: Series[str] = pa.Field(nullable=True)
    subject_raw: Series[str] = pa.Field(nullable=True)
    value_text: Series[str] = pa.Field(nullable=True)
    value_low: Series[float] = pa.Field(nullable=True, ge=0)
    value_best: Series[float] = pa.Field(nullable=True, ge=0)
    value_high: Series[float] = pa.Field(nullable=True, ge=0)
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    unit: Series[str] = pa.Field(nullable=True)
    location_raw: Series[str] = pa.Field(nullable=True)
    location: Series[str] = pa.Field(nullable=True)
    place_id: Series[str] = pa.Field(nullable=True)
    latitude: Series[float] = pa.Field(nullable=True, ge=-90, le=90)
    longitude: Series[float] = pa.Field(nullable=True, ge=-180, le=180)
    admin1: Series[str] = pa.Field(nullable=True)
    country_code: Series[str] = pa.Field(nullable=True)
    geo_precision: Series[str] = pa.Field(nullable=True, isin=GEO_PRECISIONS)
    match_method: Series[str] = pa.Field(isin=MATCH_METHODS)
    match_score: Series[float] = pa.Field(nullable=True, ge=0, le=100)
    stance: Series[str] = pa.Field(isin=STANCES)
    quote: Series[str] = pa.Field(str_length={"min_value": 1})
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


def empty_tidy() -> pd.DataFrame:
    """An empty frame with the tidy columns, already valid.

    Example:
        >>> list(empty_tidy().columns) == list(TIDY_COLUMNS)
        True
    """
    return TidyClaims.validate(pd.DataFrame({c: [] for c in TIDY_COLUMNS}))

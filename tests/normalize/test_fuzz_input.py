"""Generated YAML, CSV and JSON thrown at read + normalize (issue 11).

Whatever the file holds, ``read`` either returns the raw frame or raises the
documented ``InputError``; ``normalize`` then accounts for every row:
rows in = rows accepted + rows rejected.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
import warnings
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.read import InputError
from claimtrack.vocabulary import CLAIM_TYPES

# Sized to run in ~30 s in all (normalize costs ~0.2 s a call, mostly fixed costs).
FUZZ = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
FAST = settings(FUZZ, max_examples=40)  # inputs that are mostly refused before normalize

words = st.one_of(
    st.sampled_from(
        [
            "80",
            "eighty",
            "at least 15",
            "several",
            "NA",
            "None",
            "null",
            "NaN",
            "½",
            "1,5",
            "2025-13-45",
            "1025-07-01",
            "2025-07-01",
            "Kayes",
            "Nioro;Kayes",
            "overview",
            "a/b",
            "JNIM",
            "FAMa",
            "الجيش",
            "Вагнер",
            "s\u202e1",
            "=1+1",
            "",
            " ",
        ]
    ),
    st.sampled_from(CLAIM_TYPES),
    st.text(max_size=12),
)
scalars = st.one_of(words, st.integers(), st.floats(), st.booleans(), st.none())
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3), max_leaves=6)
CLAIM_KEYS = ["claim_type", "subject", "value", "locations", "stance", "value_low", "value_high"]
STATEMENT_KEYS = ["id", "source", "quote", "date", "source_type", "document", "speaker"]
FLAT_KEYS = [
    "incident_id",
    "source",
    "claim_type",
    "quote",
    "value",
    "locations",
    "date",
    "subject",
    "statement_id",
    "country",
    "notes",
]

claims = st.lists(st.dictionaries(st.sampled_from(CLAIM_KEYS), values, max_size=6), max_size=3)
statements = st.lists(
    st.one_of(
        st.builds(
            lambda base, cl: {**base, "claims": cl},
            st.dictionaries(st.sampled_from(STATEMENT_KEYS), values, max_size=6),
            claims,
        ),
        values,
    ),
    max_size=4,
)
documents = st.fixed_dictionaries(
    {
        "incident": st.dictionaries(
            st.sampled_from(["id", "date", "country", "parties"]), values, max_size=4
        ),
        "statements": statements,
    }
)
records = st.lists(
    st.one_of(st.dictionaries(st.sampled_from(FLAT_KEYS), values, max_size=8), values),
    max_size=6,
)


def holds(name: str, content: str | bytes) -> None:
    """read either refuses with InputError or every row ends accepted or rejected."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8", errors="surrogatepass")
        else:
            path.write_bytes(content)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                raw = ct.read(path)
            except InputError as refused:
                # Either outcome is right for arbitrary bytes; a refusal must name the file.
                assert str(refused).startswith(str(path))  # noqa: PT017
                assert "\n" not in str(refused)  # noqa: PT017
                return
            tidy, rejects = ct.normalize(raw)
    assert len(raw) == tidy["origin"].nunique() + len(rejects)
    assert raw["origin"].is_unique


@FUZZ
@given(documents)
def test_generated_yaml(doc):
    holds("s.yaml", yaml.safe_dump(doc, allow_unicode=True))


@FAST
@given(st.text(max_size=200))
def test_arbitrary_text_as_yaml(text):
    holds("t.yaml", text.encode("utf-8", "surrogatepass"))


@settings(FUZZ, max_examples=12)
@given(documents, records)
def test_generated_json(doc, flat):
    holds("d.json", json.dumps(doc))
    holds("r.json", json.dumps(flat))


@FUZZ
@given(
    st.lists(st.sampled_from(FLAT_KEYS), min_size=1, max_size=8, unique=True),
    st.lists(st.lists(words, max_size=9), max_size=6),
)
def test_generated_csv(header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    holds("c.csv", buffer.getvalue())


@FAST
@given(st.binary(max_size=120))
def test_arbitrary_bytes_as_csv(data):
    holds("b.csv", b"incident_id,source,claim_type,quote\n" + data)

"""Dictionary-encoded text changes dtypes, never values (issue 14).

``same_values.json`` holds, per data set, table and column, a fingerprint of the values
the pre-encoding code gave (main at 3a10f7a, frozen with
``PYTHONPATH=<main>/src python tests/normalize/test_same_values.py --freeze``). The
tidy frame, the rejects and every compare table of the bundled incidents, of the
synthetic generator and of a realistic resample must give the same values today;
so must every compare table of ``benchmarks/compare.py``'s synthetic tidy frame
(frozen from main at ddf4448 with ``--freeze compare_synthetic``).
A column added since is not in the file and is not compared; a frozen one must stay.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd
import pandera.errors
import pytest

import claimtrack as ct
from claimtrack.schema import DICTIONARY_COLUMNS, validate_tidy

ROOT = Path(__file__).resolve().parents[2]
FROZEN = Path(__file__).with_name("same_values.json")


def fingerprint(frame: pd.DataFrame, folder: Path) -> dict[str, object]:
    """Row count and, per column, a hash of its values as Python objects (dtype-blind).

    The data set's folder (a temporary one) is taken out of the values (origins).
    """
    out: dict[str, object] = {"rows": len(frame)}
    for column in frame.columns:
        values = frame[column].astype(object)
        text = "\x1f".join("<NA>" if pd.isna(v) else repr(v) for v in values)
        text = text.replace(str(folder), "<folder>")
        out[column] = hashlib.sha256(text.encode()).hexdigest()[:16]
    return out


def tables(folder: Path) -> dict[str, pd.DataFrame]:
    """The tidy frame, the rejects and every compare table of the statements in ``folder``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tidy, rejects = ct.load(folder)
    return {"tidy": tidy, "rejects": rejects, **ct.compare(tidy)}


def benchmark(name: str):
    """A module of ``benchmarks/`` (not a package), loaded from its file."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "benchmarks" / name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def data_sets(where: Path) -> dict[str, Path]:
    """The bundled incidents, 20 synthetic incidents and 3,000 realistic rows."""
    synthetic = where / "synthetic"
    ct.synthetic.write_synthetic_statements(synthetic, n_incidents=20, seed=3)
    bench = benchmark("normalize.py")
    realistic = where / "realistic"
    realistic.mkdir()
    bench.generate_realistic(realistic / "statements.csv", 3_000, seed=2)
    return {"bundled": ROOT / "data" / "statements", "synthetic": synthetic, "realistic": realistic}


def compare_synthetic() -> dict[str, dict[str, object]]:
    """Every compare table of the compare benchmark's synthetic tidy frame (20,000 claims)."""
    tidy = benchmark("compare.py").synthetic_tidy(20_000, 200, seed=5)
    return {table: fingerprint(frame, ROOT) for table, frame in ct.compare(tidy).items()}


def fingerprints() -> dict[str, dict[str, dict[str, object]]]:
    with tempfile.TemporaryDirectory() as tmp:
        return {
            **{
                name: {table: fingerprint(frame, folder) for table, frame in tables(folder).items()}
                for name, folder in data_sets(Path(tmp)).items()
            },
            "compare_synthetic": compare_synthetic(),
        }


@pytest.fixture(scope="module")
def now() -> dict[str, dict[str, dict[str, object]]]:
    return fingerprints()


@pytest.mark.parametrize("data", ["bundled", "synthetic", "realistic", "compare_synthetic"])
def test_tidy_rejects_and_compare_tables_hold_the_values_they_held(now, data: str) -> None:
    frozen = json.loads(FROZEN.read_text())[data]
    for table, columns in frozen.items():
        changed = [c for c, h in columns.items() if now[data][table].get(c) != h]
        assert not changed, f"{data} {table}: values changed in {changed}"


def test_repeated_text_is_stored_once_and_parquet_keeps_it(mali, tmp_path: Path) -> None:
    tidy, _ = mali
    for column in DICTIONARY_COLUMNS:
        categories = tidy[column].cat.categories
        assert categories.is_monotonic_increasing, column  # sorts as the text would
        assert str(categories.dtype) == "str", column
    assert tidy["claim_id"].dtype == "str"
    tidy.to_parquet(tmp_path / "claims.parquet", index=False)
    back = pd.read_parquet(tmp_path / "claims.parquet")
    assert back.dtypes.astype(str).tolist() == tidy.dtypes.astype(str).tolist()
    # An all-null column comes back with no categories of no type: same values.
    empty = [c for c in DICTIONARY_COLUMNS if tidy[c].isna().all()]
    pd.testing.assert_frame_equal(back.drop(columns=empty), tidy.drop(columns=empty))
    pd.testing.assert_frame_equal(validate_tidy(back), tidy, check_categorical=False)


def test_checks_on_a_category_name_the_rows_that_fail(mali) -> None:
    tidy, _ = mali
    bad = tidy.assign(
        stance=tidy["stance"].cat.add_categories(["shouted"]),
        quote=tidy["quote"].cat.add_categories([""]),  # unused categories are no failure
    )
    bad.loc[[2, 5], "stance"] = "shouted"
    with pytest.raises(pandera.errors.SchemaErrors) as refused:
        validate_tidy(bad)
    cases = refused.value.failure_cases
    assert set(cases["column"]) == {"stance"}
    assert sorted(cases["index"]) == [2, 5]
    assert cases["check"].str.startswith("one_of(allowed=").all()


def test_plain_text_frames_are_checked_and_stored_once(mali) -> None:
    tidy, _ = mali
    plain = tidy.astype({c: "str" for c in DICTIONARY_COLUMNS})
    pd.testing.assert_frame_equal(validate_tidy(plain), tidy)


if __name__ == "__main__" and sys.argv[1:] == ["--freeze"]:
    FROZEN.write_text(json.dumps(fingerprints(), indent=1, sort_keys=True) + "\n")
elif __name__ == "__main__" and sys.argv[1:] == ["--freeze", "compare_synthetic"]:
    frozen = json.loads(FROZEN.read_text())
    frozen["compare_synthetic"] = compare_synthetic()
    FROZEN.write_text(json.dumps(frozen, indent=1, sort_keys=True) + "\n")

"""project.py: the project root, the reference tables (packaged, overridable), the cache."""

from __future__ import annotations

import pytest
from conftest import ROOT

from claimtrack import project
from claimtrack.reference import read_table


def test_reference_tables_ship_with_the_package():
    for name in ("actors", "places", "subjects"):
        assert (project.PACKAGE_DATA / "reference" / f"{name}.csv").is_file()


def test_a_project_folder_overrides_one_table(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMTRACK_REFERENCE", raising=False)
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "data" / "reference").mkdir(parents=True)
    own = tmp_path / "data" / "reference" / "subjects.csv"
    own.write_text("subject,aliases\nfighters,militants\n")
    monkeypatch.chdir(tmp_path / "notebooks")  # JupyterLab's working directory
    assert project.reference_file("subjects") == own
    assert read_table("subjects")["subject"].tolist() == ["fighters"]
    packaged = project.PACKAGE_DATA / "reference" / "actors.csv"
    assert project.reference_file("actors") == packaged  # not overridden: the package's


def test_a_reference_folder_given_is_the_whole_set(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_REFERENCE", str(tmp_path))
    assert project.reference_file("actors") == tmp_path / "actors.csv"
    with pytest.raises(FileNotFoundError, match=r"actors\.csv is missing"):
        read_table("actors")


def test_the_cache_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert project.cache_dir() == tmp_path / "claimtrack"


def test_the_root_is_found_from_below_and_outside(tmp_path, monkeypatch):
    assert project.find_root(ROOT / "notebooks") == ROOT
    monkeypatch.chdir(tmp_path)  # outside any project: the checkout of this install
    assert project.find_root() == ROOT

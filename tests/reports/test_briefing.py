"""What the notebooks call: indexes across incidents, text made inert, sources by name."""

from __future__ import annotations

import pytest
from nbconvert.filters.markdown_mistune import markdown2html_mistune

import claimtrack as ct
from claimtrack import briefing
from claimtrack.comparison.views import inflation_index


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    from claimtrack.synthetic import write_synthetic_statements

    folder = tmp_path_factory.mktemp("synthetic")
    write_synthetic_statements(folder, n_incidents=6, seed=3)
    tidy, _ = ct.load(folder)
    return tidy


def test_inflation_index_is_one_row_per_source_across_incidents(synthetic):
    result = ct.compare(synthetic)
    before = inflation_index(result).set_index("source").loc["fama", "n_measures"]
    # The same army typed as another side in one incident: still one source, one index.
    m = result["measures"]
    first = m["incident_id"].eq(m["incident_id"].min()) & m["source"].eq("fama")
    result = {**result, "measures": m.assign(side=m["side"].mask(first, "other_state"))}
    index = inflation_index(result)
    assert index["source"].is_unique
    fama = index.set_index("source").loc["fama"]
    assert fama["side"] == "mali_state, other_state"
    assert fama["n_measures"] == before >= 2


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("[click me](https://evil.example)", "<a"),
        ("https://evil.example and www.evil.example", "<a"),
        ("**bold** _it_ `code`", "<strong"),
        ("# heading", "<h1"),
        ("1. first", "<ol"),
        ("<script>alert(1)</script>", "<script"),
        ("line one\n\n- item", "<ul"),
    ],
)
def test_escaped_text_renders_as_written_and_nothing_else(text, absent):
    import html as html_lib

    rendered = markdown2html_mistune(briefing.escape_text(text))
    assert absent not in rendered
    shown = rendered.strip().removeprefix("<p>").removesuffix("</p>")
    assert html_lib.unescape(shown) == " ".join(text.split())  # as written, on one line


def test_a_source_is_named_by_id_or_display_name(synthetic):
    assert briefing.resolve_source(synthetic, "JNIM (GSIM)") == "jnim"
    assert briefing.resolve_source(synthetic, "malian armed forces (fama)") == "fama"
    with pytest.raises(ValueError, match="'army' is not a source") as refused:
        briefing.resolve_source(synthetic, "army")
    assert "fama (Malian Armed Forces (FAMa))" in str(refused.value)
    names = synthetic["source_name"].astype("str")  # a category takes no new value
    twins = synthetic.assign(source_name=names.replace("JNIM (GSIM)", "Same"))
    twins.loc[twins["source"].eq("fama"), "source_name"] = "Same"
    with pytest.raises(ValueError, match="names 2 sources"):
        briefing.resolve_source(twins, "same")

"""Alt text says what each figure shows, and every sentence of it is true of the data."""

from __future__ import annotations

import re

import claimtrack as ct
from claimtrack.charts import alt
from claimtrack.comparison.views import side_by_side


def test_range_plot_alt_text_gives_each_sources_figure_or_silence(bundled):
    for incident, tidy in bundled.groupby("incident_id"):
        measures = ct.measures(tidy)
        text = alt.describe(ct.charts.range_plot, measures, incident)
        assert text.startswith("Range plot of the figures each source gives.")
        drawn = measures[measures.groupby("measure_id")["interval_low"].transform("count") > 0]
        shown = text.split(". ", 1)[1] if len(text.split(". ", 1)) > 1 else ""
        for row in drawn.itertuples():
            said = f"{row.source_name} gives " + (
                str(row.value_text) if row.interval_low == row.interval_low else "no figure"
            )
            # Every drawn measure is described unless more than 8 were drawn.
            if drawn["measure_id"].nunique() <= 8:
                assert said in shown, (incident, said)


def test_place_alt_text_names_each_place_with_exactly_its_sources(bundled):
    sets = ct.place_sets(bundled)
    for incident, group in sets.groupby("incident_id"):
        text = alt.describe(ct.charts.place_matrix, group, incident)
        for place, rows in group.groupby("location"):
            names = list(dict.fromkeys(rows["source_name"]))
            expected = f"{place}: {names[0]} only" if len(names) == 1 else f"{place}: "
            assert expected in text, (incident, expected)
        assert f"of {group['location'].nunique()} places" in text


def test_places_plot_alt_text_counts_the_places_with_and_without_coordinates(mali):
    tidy, _ = mali
    text = alt.describe(ct.charts.places_plot, ct.place_sets(tidy))
    assert text.startswith("Plot of 6 places by longitude and latitude")
    assert "Kayes (2)" in text
    assert "Diboli (1)" in text
    assert text.endswith("Not placed (no coordinates): Gogui.")


def test_ratio_statuses_and_timeline_alt_text(mali):
    tidy, _ = mali
    result = ct.compare(tidy)
    pairs = side_by_side(result, "fama", "residents")
    text = alt.describe(ct.charts.ratio_plot, pairs, "Army", "Residents")
    assert text.startswith("Ratio of the figure of Army to that of Residents, per measure:")
    counts = result["discrepancies"]["status"].value_counts()
    text = alt.describe(ct.charts.discrepancy_overview, result["discrepancies"])
    for status, n in counts.items():
        assert f"{n} {status.replace('_', ' ')}" in text
    dated = tidy["published_at"].notna().sum()
    assert f"{dated} dated claims" in alt.describe(ct.charts.claims_timeline, tidy)


def test_the_sidecar_is_the_alt_text_then_the_sources_line(mali, tmp_path):
    tidy, _ = mali
    caption = ct.figure_caption(tidy, compiled="2026-11-24")
    description = alt.describe(ct.charts.place_matrix, tidy)
    fig = ct.charts.place_matrix(tidy)
    paths = ct.export_figure(
        fig, tmp_path / "towns", formats=["png"], caption=caption, alt=description
    )
    assert paths["txt"].read_text(encoding="utf-8") == f"{description} {caption}\n"


def test_a_long_caption_wraps_inside_the_figure(mali, tmp_path):
    """Every line of the drawn caption ends inside the figure (nothing cut on the right)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from claimtrack.export import _caption_band

    tidy, _ = mali
    caption = ct.figure_caption(tidy) + " " + "; ".join(f"Outlet number {i}" for i in range(40))
    caption += " https://example.org/" + "a-very-long-path-segment" * 6
    fig = ct.charts.place_matrix(tidy)
    text, _ = _caption_band(fig, caption)
    renderer = FigureCanvasAgg(fig).get_renderer()
    box = text.get_window_extent(renderer)
    assert box.x1 <= fig.bbox.x1, (box.x1, fig.bbox.x1)
    assert len(re.findall("\n", text.get_text())) >= 5

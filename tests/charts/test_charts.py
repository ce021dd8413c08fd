"""Charts: real figures from the Mali incident, the style kept to itself, clear refusals."""

from __future__ import annotations

import matplotlib as mpl
import pandas as pd
import pytest
from conftest import MALI
from matplotlib.figure import Figure

import claimtrack as ct
from claimtrack.charts import NothingToPlot


@pytest.fixture(scope="module")
def mali_result(mali):
    tidy, _ = mali
    return tidy, ct.compare(tidy)


def _texts(fig: Figure) -> str:
    parts = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        parts += [t.get_text() for t in ax.texts]
        parts += [ax.get_title("left")] + [t.get_text() for t in ax.get_yticklabels()]
        parts += [t.get_text() for t in ax.get_xticklabels()]
    return "\n".join(parts)


def test_every_chart_returns_a_figure_and_leaves_rcparams_alone(mali_result):
    tidy, r = mali_result
    before = dict(mpl.rcParams)
    figs = [
        ct.charts.range_plot(r["measures"]),
        ct.charts.place_matrix(tidy),
        ct.charts.place_matrix(r["place_sets"]),
        ct.charts.discrepancy_overview(r["discrepancies"]),
        ct.charts.places_plot(tidy),
    ]
    assert all(isinstance(f, Figure) for f in figs)
    assert dict(mpl.rcParams) == before
    # One brief column wide, with the package's small type even once the style is gone.
    for fig in figs:
        assert fig.get_figwidth() == pytest.approx(8.5 / 2.54)
        assert fig.axes[0].get_yticklabels()[0].get_fontsize() == pytest.approx(6.5)


def test_range_plot_shows_figures_and_who_says_nothing(mali_result):
    _, r = mali_result
    fig = ct.charts.range_plot(r["measures"])
    titles = [ax.get_title("left") for ax in fig.axes]
    assert titles[:2] == ["killed · fighters", "seized · military barracks"]
    text = _texts(fig)
    assert "80" in text
    assert "three" in text
    assert "several" in text
    assert "says nothing" in text
    assert "JNIM (GSIM)" in text
    # "several" is vague: drawn dashed.
    positions = fig.axes[titles.index("controls · military positions")]
    assert any(line.get_linestyle() == "--" for line in positions.lines)


def test_place_matrix_collapses_spellings_and_annotates_them(mali_result):
    tidy, _ = mali_result
    fig = ct.charts.place_matrix(tidy)
    assert [ax.get_title("left") for ax in fig.axes] == ["attacked", "shelling"]
    columns = [t.get_text() for t in fig.axes[-1].get_xticklabels()]
    assert len(columns) == 7
    assert "Nioro" in columns
    assert "Nioro du Sahel" not in columns
    text = _texts(fig)
    assert "Sandere" in text
    assert "Gogoui" in text
    assert "Local politician" in text


def test_places_plot_lists_the_places_it_cannot_place(mali_result):
    tidy, _ = mali_result
    fig = ct.charts.places_plot(tidy)
    text = _texts(fig)
    assert "Not placed, no coordinates: Gogui (2 sources)" in text
    for town in ("Kayes", "Diboli", "Molodo", "Niono", "Nioro", "Sandaré"):
        assert town in text


def test_overview_says_when_nothing_has_two_figures(mali_result):
    _, r = mali_result
    fig = ct.charts.discrepancy_overview(r["discrepancies"])
    assert fig.axes[1].get_xscale() == "log"
    assert "no measure has two" in _texts(fig)


def test_timeline_with_one_date_says_so_and_draws_with_two(mali_result):
    tidy, _ = mali_result
    with pytest.raises(ValueError, match="one date, 2025-07-02"):
        ct.charts.claims_timeline(tidy)
    later = tidy.copy()
    later.loc[later["source"] == "residents", "published_at"] = pd.Timestamp("2025-07-05")
    fig = ct.charts.claims_timeline(later)
    assert "Residents" in _texts(fig)


def test_empty_frames_are_refused_in_a_sentence(mali_result):
    tidy, r = mali_result
    with pytest.raises(NothingToPlot, match="measures frame is empty"):
        ct.charts.range_plot(r["measures"].iloc[0:0])
    with pytest.raises(ValueError, match="discrepancies frame is empty"):
        ct.charts.discrepancy_overview(r["discrepancies"].iloc[0:0])
    with pytest.raises(ValueError, match="empty"):
        ct.charts.places_plot(tidy.iloc[0:0])
    with pytest.raises(ValueError, match="No source gives a figure"):
        ct.charts.range_plot(r["measures"][r["measures"]["interval_low"].isna()])
    other = r["measures"].assign(incident_id="another")
    with pytest.raises(ValueError, match="pass incident_id"):
        ct.charts.range_plot(pd.concat([r["measures"], other]))


def test_a_party_keeps_its_colour_in_every_chart():
    import claimtrack as ct
    from claimtrack import charts

    tidy, _ = ct.load(MALI)
    result = ct.compare(tidy)

    def colours(fig):
        found = set()
        for ax in fig.axes:
            for coll in ax.collections:
                found |= {tuple(round(v, 3) for v in c) for c in coll.get_facecolors()}
            for line in ax.lines:
                found.add(tuple(round(v, 3) for v in to_rgba(line.get_markerfacecolor())))
        return found

    from matplotlib.colors import to_rgba

    army = tuple(
        round(v, 3) for v in to_rgba(charts.side_styles(tidy["side"].unique())["mali_state"][0])
    )
    assert army in colours(charts.range_plot(result["measures"]))
    assert army in colours(charts.place_matrix(tidy))


# ------------------------------------------------------------- many incidents, hostile text

DJIBO = """\
# SYNTHETIC test incident: one measure with four figures, one of them 0.
incident: {id: bf-djibo, date: 2025-05-11, country: BF, parties: [burkina_state, jnim]}
documents:
  - {id: d1, outlet: test, published: 2025-05-12}
  - {id: d2, outlet: test, published: 2025-05-14}
statements:
  - {source: the army, document: d1, quote: "[synthetic] none killed",
     claims: [{claim_type: killed, subject: soldiers, value: none}]}
  - {source: JNIM, document: d1, quote: "[synthetic] 60 killed",
     claims: [{claim_type: killed, subject: soldiers, value: "60"}]}
  - {source: a local official, source_type: local_official, document: d2,
     quote: "[synthetic] 40 killed", claims: [{claim_type: killed, subject: soldiers, value: "40"}]}
  - {source: residents, source_type: eyewitness, document: d2, quote: "[synthetic] 50 killed",
     claims: [{claim_type: killed, subject: soldiers, value: about 50}]}
"""


@pytest.fixture(scope="module")
def two_incidents(tmp_path_factory):
    """Mali and a hand-written incident whose one measure has four figures, one of them 0."""
    import shutil

    from conftest import MALI

    folder = tmp_path_factory.mktemp("two-incidents")
    shutil.copy(MALI, folder)
    (folder / "bf-djibo.yaml").write_text(DJIBO, encoding="utf-8")
    tidy, _ = ct.load(folder)
    return tidy, ct.compare(tidy)


def test_spread_counts_a_measure_whose_lowest_figure_is_zero(two_incidents):
    _, r = two_incidents
    spread = ct.charts.spreads(r["discrepancies"])
    assert spread["spread"].tolist() == [float("inf")]  # 0, 40, 50, 60: infinitely far apart
    fig = ct.charts.discrepancy_overview(r["discrepancies"])
    text = _texts(fig)
    assert "no measure has two" not in text
    assert "one figure is 0" in text
    right = fig.axes[1]
    assert sum(len(c.get_offsets()) for c in right.collections) == 1


def test_timeline_spans_incidents_one_row_each(two_incidents):
    tidy, _ = two_incidents
    fig = ct.charts.claims_timeline(tidy)
    rows = [t.get_text().replace("\n", "") for t in fig.axes[0].get_yticklabels()]
    # In the order their claims began, Djibo in May, Mali in July; long ids cut to one line.
    assert rows == ["bf-djibo", "mali-2025-07-01-coordinat…"]
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend == ["independent", "party"]  # parties of every conflict are one kind here
    with pytest.raises(NothingToPlot, match="one date"):
        ct.charts.claims_timeline(tidy, incident_id="mali-2025-07-01-coordinated-attacks")


def test_ratio_plot_says_what_is_true_of_the_table(two_incidents):
    from claimtrack.comparison.views import side_by_side

    _, r = two_incidents
    with pytest.raises(NothingToPlot, match="bf_army and jnim give a figure on 1 measure, but"):
        ct.charts.ratio_plot(side_by_side(r, "bf_army", "jnim"), "bf_army", "jnim")
    places = side_by_side(r, "fama", "local_politician")  # towns both name, no figures
    assert len(places) > 0
    with pytest.raises(NothingToPlot, match="in common, but on none do both give a figure"):
        ct.charts.ratio_plot(places, "fama", "local_politician")
    with pytest.raises(NothingToPlot, match="no measure in common"):
        ct.charts.ratio_plot(side_by_side(r, "jnim", "nobody"), "jnim", "nobody")


def test_user_text_is_drawn_plain_cut_and_without_missing_glyphs(two_incidents, tmp_path):
    import warnings

    tidy, r = two_incidents
    hostile = {
        "jnim": "$\\frac{1}$ " + "very long name " * 400,
        "bf_army": "🔥 Fire brigade 🚒 $x^2$",
    }
    m = r["measures"].assign(source_name=r["measures"]["source"].map(hostile).fillna("x"))
    m = m.assign(subject=m["subject"].where(m["subject"].ne("soldiers"), "$\\frac{1}$ soldiers"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = ct.charts.range_plot(m, incident_id="bf-djibo")
        caption = ct.figure_caption(tidy.assign(source_name=hostile["jnim"]))
        path = ct.export_figure(fig, tmp_path / "hostile", formats=("png", "svg"), caption=caption)
    assert not [w for w in caught if "Glyph" in str(w.message)]
    from PIL import Image

    with Image.open(path["png"]) as image:
        image.verify()
    import xml.etree.ElementTree as ET

    texts = [t.text or "" for t in ET.parse(path["svg"]).iter("{http://www.w3.org/2000/svg}text")]
    drawn = "\n".join(texts)
    # Drawn as written (no mathtext glyph paths), cut with an ellipsis, emoji replaced.
    assert "$\\frac{1}$ soldiers" in drawn
    assert "$x^2$" in drawn
    assert "…" in drawn
    assert max(len(t) for t in texts) < 400
    assert "🔥" not in drawn
    assert "\N{REPLACEMENT CHARACTER} Fire brigade" in drawn


def test_a_glyph_the_font_lacks_prints_no_warning_when_a_brief_exports(tmp_path):
    """Text drawn without plain_text (a raw title) still warns nothing into a report."""
    import warnings

    import matplotlib.pyplot as plt
    from PIL import Image

    from claimtrack import briefing

    fig, ax = plt.subplots()
    ax.set_title("🔥 drawn raw")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        files = briefing.export_figure(fig, tmp_path, "raw", formats=["png"])
    assert not [w for w in caught if "Glyph" in str(w.message)]
    with Image.open(files["png"]) as image:
        image.verify()


def test_place_charts_take_the_place_sets_compare_made(mali_result):
    """Given compare's place sets and the incident's sides, the same figure as from tidy."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    tidy, r = mali_result

    def pixels(fig):
        canvas = FigureCanvasAgg(fig)
        canvas.draw()
        return bytes(canvas.buffer_rgba())

    for chart in (ct.charts.place_matrix, ct.charts.places_plot):
        from_tidy = pixels(chart(tidy))
        assert pixels(chart(r["place_sets"], sides=tidy["side"])) == from_tidy


def test_statuses_and_sides_are_styled_from_the_vocabulary():
    from claimtrack.charts.style import SIDE_FIXED, STATUS_STYLE
    from claimtrack.vocabulary import NON_PARTY_SIDES, STATUSES

    assert list(STATUS_STYLE) == list(STATUSES)
    assert set(SIDE_FIXED) == set(NON_PARTY_SIDES)
    assert len({colour for colour, _ in STATUS_STYLE.values()}) == len(STATUSES)

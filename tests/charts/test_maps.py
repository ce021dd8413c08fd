"""The places map: Natural Earth borders from the package, labels off the markers,
approximate coordinates marked, a single place with readable ticks."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from conftest import ROOT
from matplotlib.collections import PathCollection
from matplotlib.transforms import Bbox

import claimtrack as ct
from claimtrack.charts.basemap import NATURAL_EARTH, countries

STATEMENTS = ROOT / "data" / "statements"
SYRIA = STATEMENTS / "sy-case-63-israeli-strikes-on-military-positions-in.yaml"
BURKINA = STATEMENTS / "bf-case-02-ouagadougou-attacks-army-headquarters-french-embassy.yaml"


def _load(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unresolved actors: not this test's business
        return ct.load(path)[0]


def _marker_boxes(ax) -> list[tuple[tuple[float, float], Bbox]]:
    """Each drawn marker's square on the figure, from its scatter's offsets and sizes."""
    out = []
    scale = ax.figure.dpi / 72
    for coll in ax.collections:
        if isinstance(coll, PathCollection) and len(coll.get_offsets()):
            sizes = np.broadcast_to(coll.get_sizes(), len(coll.get_offsets()))
            for xy, s in zip(coll.get_offsets(), sizes, strict=True):
                cx, cy = ax.transData.transform(xy)
                half = np.sqrt(s) / 2 * scale
                box = Bbox.from_extents(cx - half, cy - half, cx + half, cy + half)
                out.append(((float(xy[0]), float(xy[1])), box))
    return out


def _covered(fig, tidy) -> list[str]:
    """Labels whose box overlaps the marker (or ring) of another place."""
    ax = fig.axes[0]
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    where = tidy.dropna(subset=["latitude"]).drop_duplicates("location")
    own = {r.location: (r.longitude, r.latitude) for r in where.itertuples()}
    markers = _marker_boxes(ax)
    bad = []
    for text in ax.texts:
        if text.get_text() not in own:
            continue  # a country name or the not-placed note
        box = text.get_window_extent(renderer)
        for xy, marker in markers:
            if not np.allclose(xy, own[text.get_text()]) and box.overlaps(marker):
                bad.append(f"{text.get_text()} over the marker at {xy}")
    return bad


def test_the_borders_come_from_the_package():
    shapes = countries()
    assert len(shapes) == 177
    assert NATURAL_EARTH.with_suffix(".shp").is_file()  # inside the installed package
    assert shapes["Mali"].contains(ct.charts.basemap.shapely.Point(-8.0, 12.65))  # Bamako
    assert "Côte d'Ivoire" in shapes  # the attributes' encoding read from the .cpg


@pytest.mark.parametrize("form", ["tidy", "place sets"])
def test_the_mali_map_shows_mali_and_no_label_covers_a_marker(mali, form):
    tidy, _ = mali
    given = tidy if form == "tidy" else ct.compare(tidy)["place_sets"]
    fig = ct.charts.places_plot(given, sides=tidy["side"])
    ax = fig.axes[0]
    # Mali's outline and Senegal's, two patches: the border between them is drawn.
    in_mali = [p for p in ax.patches if p.get_path().contains_point((-8.0, 14.0))]
    in_senegal = [p for p in ax.patches if p.get_path().contains_point((-14.5, 14.5))]
    assert len(in_mali) == 1
    assert len(in_senegal) == 1
    assert in_mali != in_senegal
    assert "MALI" in [t.get_text() for t in ax.texts]
    assert _covered(fig, tidy) == []


def test_approximate_coordinates_are_ringed_and_said_in_the_legend(mali):
    tidy, _ = mali
    fig = ct.charts.places_plot(tidy)
    ax = fig.axes[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "approximate coordinates" in legend
    rings = [c for c in ax.collections if c.get_label() == "approximate coordinates"]
    # Only Diboli: its coordinates are those of Kidira across the border (district).
    assert rings[0].get_offsets().tolist() == [[-12.21667, 14.46667]]


def test_a_place_matched_only_fuzzily_is_approximate():
    tidy = _load(SYRIA)
    fig = ct.charts.places_plot(tidy)
    rings = [c for c in fig.axes[0].collections if c.get_label() == "approximate coordinates"]
    wadi = tidy.loc[tidy["location"].eq("Wādī al ‘Uyūn"), ["longitude", "latitude"]].iloc[0]
    assert rings[0].get_offsets().tolist() == [wadi.tolist()]
    assert _covered(fig, tidy) == []


def test_one_place_keeps_its_ticks_apart_and_lists_what_it_cannot_place():
    tidy = _load(BURKINA)
    fig = ct.charts.places_plot(tidy)
    ax = fig.axes[0]
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    for axis in (ax.xaxis, ax.yaxis):
        boxes = [t.get_window_extent(renderer) for t in axis.get_ticklabels() if t.get_text()]
        assert len(boxes) >= 2
        assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert "°W" in ax.xaxis.get_ticklabels()[0].get_text()
    note = next(t.get_text() for t in ax.texts if t.get_text().startswith("Not placed"))
    assert "l'ambassade de France à Ouagadougou (2 sources)" in note.replace("\n", " ")
    # The note sits under the map, not on it.
    box = next(t for t in ax.texts if t.get_text() == note).get_window_extent(renderer)
    assert box.y1 < ax.get_window_extent(renderer).y0

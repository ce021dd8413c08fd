"""Country outlines and borders under a map: Natural Earth, read from the package.

The shapes are Natural Earth's 1:110m admin-0 countries (public domain), as packaged
by geopandas and pyogrio (``naturalearth_lowres``), shipped in
``claimtrack/data/naturalearth_lowres/`` and read with pyshp: nothing is downloaded.
At 1:110m a border is good to a few kilometres: enough to show which side of it a
town lies, not to settle a place on the line (``data/README.md`` cites the source).

Example:
    >>> shapes = countries()
    >>> len(shapes), shapes["Mali"].contains(shapely.Point(-8.0, 12.65))  # Bamako
    (177, True)
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import numpy as np
import shapefile
import shapely
from matplotlib.axes import Axes
from matplotlib.patches import PathPatch
from matplotlib.path import Path as MplPath
from matplotlib.transforms import Bbox

from claimtrack.charts.style import MUTED

NATURAL_EARTH = files("claimtrack") / "data" / "naturalearth_lowres" / "naturalearth_lowres"
LAND, LAND_NAMED, BORDER, SEA = "#f3f3f3", "#e6e6e6", "#8c8c8c", "#ffffff"


@lru_cache(maxsize=1)
def countries() -> dict[str, shapely.MultiPolygon]:
    """Every country of the packaged Natural Earth file, by name, as shapely geometry.

    Example:
        >>> round(countries()["Senegal"].centroid.x)
        -15
    """
    base = str(NATURAL_EARTH)
    # The .cpg file names the text encoding of the attributes (ISO-8859-1: "Côte d'Ivoire").
    with open(base + ".cpg", encoding="ascii") as cpg:
        encoding = cpg.read().strip()
    with (
        open(base + ".shp", "rb") as shp,
        open(base + ".shx", "rb") as shx,
        open(base + ".dbf", "rb") as dbf,
        shapefile.Reader(shp=shp, shx=shx, dbf=dbf, encoding=encoding) as reader,
    ):
        out = {}
        for item in reader.iterShapeRecords():
            geometry = shapely.geometry.shape(item.shape.__geo_interface__)
            out[item.record["name"]] = shapely.MultiPolygon(
                list(getattr(geometry, "geoms", [geometry]))
            )
    return out


def _path(geometry: shapely.Polygon | shapely.MultiPolygon) -> MplPath:
    """Polygons (holes included) as one matplotlib path, each ring closed."""
    parts = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        for ring in [polygon.exterior, *polygon.interiors]:
            xy = np.asarray(ring.coords)
            codes = np.full(len(xy), MplPath.LINETO, dtype=np.uint8)
            codes[0], codes[-1] = MplPath.MOVETO, MplPath.CLOSEPOLY
            parts.append(MplPath(xy, codes))
    return MplPath.make_compound_path(*parts)


def draw_countries(
    ax: Axes, bounds: tuple[float, float, float, float], points: np.ndarray
) -> dict[str, shapely.Geometry]:
    """Draw the countries in ``bounds`` (lon/lat box); return those worth naming.

    Countries holding one of ``points`` (lon, lat rows) are shaded a little darker.
    Returned: each country filling at least 6 % of the view, with the part of it in
    view, for :func:`name_countries` once the markers and labels are placed.

    Example:
        >>> from claimtrack.charts.base import new_figure
        >>> ax = new_figure(2.0).subplots()
        >>> list(draw_countries(ax, (-13, 12, -5, 16), np.array([[-8, 14]])))
        ['Mali', 'Mauritania', 'Senegal']
    """
    view = shapely.box(*bounds)
    # Clip to a box a view wider each way: the axes may widen to keep the aspect.
    w, h = bounds[2] - bounds[0], bounds[3] - bounds[1]
    clip = shapely.box(bounds[0] - w, bounds[1] - h, bounds[2] + w, bounds[3] + h)
    spots = shapely.points(points) if len(points) else []
    named = {}
    for name, shape in sorted(countries().items()):
        part = shape.intersection(clip)
        if part.is_empty:
            continue
        holds = any(shape.contains(p) for p in spots)
        # add_artist, not add_patch: the countries must not widen the data limits.
        ax.add_artist(
            PathPatch(_path(part), facecolor=LAND_NAMED if holds else LAND, edgecolor=BORDER,
                      linewidth=0.5, zorder=0.2)
        )  # fmt: skip
        shown = shape.intersection(view)
        if shown.area >= 0.06 * view.area:
            named[name] = shown
    ax.set_facecolor(SEA)
    return named


def name_countries(ax: Axes, named: dict[str, shapely.Geometry], taken: list[Bbox]) -> None:
    """Write each country's name inside it, where it covers nothing in ``taken``.

    Tried at the country's representative point, then at points of a 3 × 3 grid over
    its part in view; a name that fits nowhere is left out (the borders still show).
    ``taken``: display boxes of the markers and labels; each name placed joins them.

    Example:
        >>> from claimtrack.charts.base import new_figure
        >>> ax = new_figure(2.0).subplots()
        >>> named = draw_countries(ax, (-13, 12, -5, 16), np.empty((0, 2)))
        >>> ax.set(xlim=(-13, -5), ylim=(12, 16)) and name_countries(ax, named, [])
        >>> [t.get_text() for t in ax.texts]
        ['MALI', 'MAURITANIA', 'SENEGAL']
    """
    renderer = ax.figure.canvas.get_renderer()
    for name, shown in named.items():
        x0, y0, x1, y1 = shown.bounds
        grid = [(x0 + fx * (x1 - x0), y0 + fy * (y1 - y0)) for fy in (0.5, 0.2, 0.8)
                for fx in (0.5, 0.2, 0.8)]  # fmt: skip
        candidates = [shown.representative_point().coords[0]]
        candidates += [xy for xy in grid if shown.contains(shapely.Point(xy))]
        text = ax.text(0, 0, name.upper(), ha="center", va="center", fontsize=5.5,
                       color=MUTED, alpha=0.8, zorder=0.3)  # fmt: skip
        for xy in candidates:
            text.set_position(xy)
            box = text.get_window_extent(renderer)
            inside = ax.get_window_extent(renderer).contains(*box.p0) and (
                ax.get_window_extent(renderer).contains(*box.p1)
            )
            if inside and not any(box.overlaps(b) for b in taken):
                taken.append(box)
                break
        else:
            text.remove()

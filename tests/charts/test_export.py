"""Exported figures and tables: real files, read back, byte-stable, written atomically."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import numpy as np
import pandas as pd
import pytest
from PIL import Image

import claimtrack as ct

CAPTION = (
    "Sources: Malian Armed Forces (FAMa) (video bulletin, official statement); JNIM (GSIM) "
    "(statement); Residents (interview); Local politician (Facebook post). Reported by unknown "
    "(syndicated article; a public copy is at the url below). Compiled 2026-11-24."
)
TITLE = "Who names which town"


@pytest.fixture(scope="module")
def exported(mali, tmp_path_factory):
    tidy, _ = mali
    fig = ct.charts.place_matrix(tidy)
    caption = ct.figure_caption(tidy, compiled="2026-11-24")
    out = tmp_path_factory.mktemp("figures") / "towns"
    return fig, caption, ct.export_figure(fig, out, caption=caption, title=TITLE)


def pdf_text(data: bytes) -> str:
    """The text drawn in a matplotlib PDF (Type 42 fonts: UTF-16 strings inside TJ arrays)."""
    import zlib

    streams = []
    for raw in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            streams.append(zlib.decompress(raw))
        except zlib.error:
            continue
    blocks = []
    for stream in streams:
        for block in re.findall(rb"BT(.*?)ET", stream, re.S):
            chars = b"".join(
                re.sub(rb"\\([\\()])", rb"\1", s[1:-1])
                for s in re.findall(rb"\((?:\\.|[^\\)])*\)", block, re.S)
            )
            blocks.append(chars.decode("utf-16-be", errors="replace"))
    return " ".join(blocks)


def _words(text: str) -> str:
    return " ".join(text.split())


def _unligatured(text: str) -> str:
    # DejaVu draws "ffi", "fi", … as one ligature glyph with no Unicode of its own in the
    # PDF: drop those letters on both sides before comparing.
    return re.sub(r"ff[il]|f[fil]", "", re.sub("[\x00\ufffd]", "", _words(text)))


def test_the_caption_is_built_from_the_data(exported):
    _, caption, _ = exported
    assert caption == CAPTION


def test_png_opens_is_not_blank_and_carries_caption_and_title(exported):
    _, caption, paths = exported
    with Image.open(paths["png"]) as img:
        assert img.width == pytest.approx(8.5 / 2.54 * 300, abs=2)
        assert img.info["Title"] == TITLE
        assert img.info["Description"] == caption
        assert "Software" not in img.info
        pixels = np.asarray(img.convert("L"), dtype=float)
    assert pixels.std() > 10  # not a blank page
    # The caption band is drawn: ink in the bottom 8 % of the image.
    assert (pixels[int(len(pixels) * 0.92) :] < 128).any()


def test_svg_keeps_text_as_text_with_metadata(exported):
    _, caption, paths = exported
    root = ET.parse(paths["svg"]).getroot()
    texts = " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert _words(caption) in _words(texts)
    dc = "{http://purl.org/dc/elements/1.1/}"
    assert "".join(next(root.iter(f"{dc}title")).itertext()) == TITLE
    assert "".join(next(root.iter(f"{dc}description")).itertext()) == caption
    assert next(root.iter(f"{dc}date"), None) is None


def test_pdf_is_a_pdf_with_the_caption_findable(exported):
    _, caption, paths = exported
    data = paths["pdf"].read_bytes()
    assert data.startswith(b"%PDF")
    assert _unligatured(caption) in _unligatured(pdf_text(data))
    assert b"/Title (Who names which town)" in data
    assert b"/Subject (Sources:" in data
    assert b"/Producer" not in data
    assert b"/CreationDate" not in data


def test_alt_text_sidecar(exported):
    _, caption, paths = exported
    assert paths["txt"].read_text(encoding="utf-8") == caption + "\n"


def test_re_export_is_byte_identical_and_leaves_the_figure_as_it_was(exported):
    fig, caption, paths = exported
    before = {k: p.read_bytes() for k, p in paths.items()}
    n_texts = len(fig.texts)
    assert not any(caption in t.get_text() for t in fig.texts)
    again = ct.export_figure(fig, paths["png"].with_suffix(""), caption=caption, title=TITLE)
    assert {k: p.read_bytes() for k, p in again.items()} == before
    assert len(fig.texts) == n_texts


def test_a_failed_export_leaves_earlier_files_intact(mali, tmp_path):
    tidy, _ = mali
    fig = ct.charts.discrepancy_overview(ct.compare(tidy)["discrepancies"])
    paths = ct.export_figure(fig, tmp_path / "overview", caption=CAPTION)
    before = {k: p.read_bytes() for k, p in paths.items()}
    fig.axes[0].set_title(r"$\frac{broken$")  # mathtext that cannot be rendered
    with pytest.raises(ValueError, match="frac"):
        ct.export_figure(fig, tmp_path / "overview", caption=CAPTION)
    assert {k: p.read_bytes() for k, p in paths.items()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths.values())


def test_tables_are_csv_and_escaped_html(tmp_path):
    df = pd.DataFrame(
        {"source": ["Residents"], "quote": ['He said "<script>alert(1)</script>" & left']}
    )
    paths = ct.export_table(df, tmp_path / "quotes", caption="Quotes <as written>")
    assert pd.read_csv(paths["csv"]).equals(df)
    page = paths["html"].read_text(encoding="utf-8")
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "&amp; left" in page
    assert "<caption>Quotes &lt;as written&gt;</caption>" in page
    assert page.count("<table") == 1


def test_a_figure_that_cannot_be_copied_is_exported_and_restored(mali, tmp_path):
    from matplotlib.ticker import FuncFormatter

    tidy, _ = mali
    fig = ct.charts.places_plot(tidy)
    fig.axes[0].xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:.0f}°"))  # unpicklable
    n_texts, rect = len(fig.texts), fig.get_layout_engine().get()["rect"]
    paths = ct.export_figure(fig, tmp_path / "map", formats=["png"], caption=CAPTION)
    assert paths["png"].stat().st_size > 1000
    assert len(fig.texts) == n_texts
    assert fig.get_layout_engine().get()["rect"] == rect


def test_exported_files_are_readable_by_others(tmp_path):
    import os
    import stat

    import matplotlib.pyplot as plt

    from claimtrack import export_figure

    fig, ax = plt.subplots()
    ax.plot([1, 2], [1, 2])
    old = os.umask(0o022)
    try:
        paths = export_figure(fig, tmp_path / "f", formats=("png",), caption="Sources: test.")
    finally:
        os.umask(old)
        plt.close(fig)
    mode = stat.S_IMODE(paths["png"].stat().st_mode)
    assert mode & 0o044 == 0o044, oct(mode)

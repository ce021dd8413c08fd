"""A report as a Word document, written from an executed notebook."""

from __future__ import annotations

import base64
import io

import docx
import nbformat
from PIL import Image

from claimtrack.reports.document import write_docx


def _png() -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def test_figures_captions_text_tables_and_links_reach_the_document(tmp_path):
    v4 = nbformat.v4
    figure = v4.new_output(
        "display_data",
        {"image/png": _png()},
        metadata={"image/png": {"alt": "Range plot: the army gives 80. Sources: army."}},
    )
    sources = v4.new_output(
        "display_data",
        {"text/markdown": "1\\. Outlet: [https\\://example\\.org/s](https://example.org/s)"},
    )
    hostile = v4.new_output(
        "display_data",
        {
            "text/html": "<table><tr><th>q</th></tr><tr><td>&lt;script&gt;x</td></tr></table>"
            "<script>alert(1)</script><a href='javascript:x()'>bad</a>"
        },
    )
    nb = v4.new_notebook(
        cells=[
            v4.new_markdown_cell("# Incident brief\n\nWho claimed what."),
            v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]}),
            v4.new_code_cell("fig", outputs=[figure, sources, hostile]),
        ]
    )
    path = tmp_path / "brief.ipynb"
    nbformat.write(nb, path)
    document = docx.Document(write_docx(path, tmp_path / "brief.docx"))
    assert len(document.inline_shapes) == 1
    texts = [p.text for p in document.paragraphs]
    assert "Incident brief" in texts
    assert "Who claimed what." in texts
    assert "Range plot: the army gives 80. Sources: army." in texts
    assert document.tables[0].cell(1, 0).text == "<script>x"
    assert not any("alert" in t for t in texts)
    links = [r.target_ref for r in document.part.rels.values() if r.reltype.endswith("hyperlink")]
    assert links == ["https://example.org/s"]

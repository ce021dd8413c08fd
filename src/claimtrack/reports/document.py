"""A report as a Word document: the executed notebook's text, tables, figures and sources.

For analysts who write in Word: ``claimtrack report … --docx`` writes ``<report>.docx``
beside the HTML. It holds what the HTML shows with code hidden: the notebook's headings
and text, each output (Markdown, tables, figures with their alt text as caption) and the
Sources section, whose URLs stay links. Outputs are sanitized as for the HTML
(:func:`claimtrack.reports.html.clean_html`) before they are read, and written as text:
nothing from the data becomes markup in the document.

Example:
    >>> write_docx("reports/latest/overview/overview.ipynb", "/tmp/o.docx")  # doctest: +SKIP
    PosixPath('/tmp/o.docx')
"""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import Any

from claimtrack.project import write_atomic

# Figures fill the text width of an A4 page with 2.5 cm margins.
FIGURE_WIDTH_CM = 16
_HEADINGS = {"h1": 0, "h2": 1, "h3": 2, "h4": 3, "h5": 4, "h6": 4}
_BLOCKS = {"p", "li", "blockquote", "pre", "div", "caption"}


def _hyperlink(paragraph: Any, url: str, text: str) -> None:
    """A clickable link run (python-docx has no public API for one: the usual oxml recipe)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(underline)
    run.append(props)
    node = OxmlElement("w:t")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    link.append(run)
    paragraph._p.append(link)


def _runs(paragraph: Any, element: Any, bold: bool = False, italic: bool = False) -> None:
    """The text of an HTML element as runs: bold, italic and links kept, all else as text."""
    if element.text:
        run = paragraph.add_run(element.text)
        run.bold, run.italic = bold or None, italic or None
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        href = child.get("href", "") if tag == "a" else ""
        if href.startswith(("http://", "https://")):
            _hyperlink(paragraph, href, child.text_content())
        else:
            _runs(paragraph, child, bold or tag in ("b", "strong"), italic or tag in ("i", "em"))
        if child.tail:
            run = paragraph.add_run(child.tail)
            run.bold, run.italic = bold or None, italic or None


def _table(document: Any, element: Any) -> None:
    rows = element.xpath(".//tr")
    width = max((len(r.xpath("./th|./td")) for r in rows), default=0)
    if not rows or not width:
        return
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, cell in enumerate(row.xpath("./th|./td")):
            table.cell(r, c).text = cell.text_content().strip()
            if cell.tag == "th":
                for run in table.cell(r, c).paragraphs[0].runs:
                    run.bold = True


def _html(document: Any, fragment: str) -> None:
    """Sanitized HTML into the document: headings, paragraphs, lists, tables."""
    import lxml.html

    from claimtrack.reports.html import clean_html

    fragment = clean_html(fragment).strip()
    if not fragment:
        return
    for element in lxml.html.fragments_fromstring(fragment):
        if isinstance(element, str):
            document.add_paragraph(element.strip())
        else:
            _element(document, element)


def _element(document: Any, element: Any) -> None:
    tag = element.tag
    if tag in _HEADINGS:
        for anchor in element.xpath(".//a[@href]"):  # nbconvert's "¶" anchor after a heading
            if anchor.get("href", "").startswith("#"):
                anchor.drop_tree()
        document.add_heading(element.text_content().strip(), _HEADINGS[tag])
    elif tag == "table":
        _table(document, element)
    elif tag in ("ul", "ol"):
        style = "List Bullet" if tag == "ul" else "List Number"
        for item in element.xpath("./li"):
            _runs(document.add_paragraph(style=style), item)
    elif tag == "div" and len(element):
        for child in element:
            _element(document, child)
    elif tag in _BLOCKS or element.text_content().strip():
        _runs(document.add_paragraph(), element)


def _figure(document: Any, output: dict) -> None:
    from docx.shared import Cm

    png = output["data"]["image/png"]
    picture = base64.b64decode("".join(png) if isinstance(png, list) else png)
    document.add_picture(io.BytesIO(picture), width=Cm(FIGURE_WIDTH_CM))
    alt = output.get("metadata", {}).get("image/png", {}).get("alt")
    if alt:
        document.add_paragraph(str(alt), style="Caption")


def _output(document: Any, output: dict) -> None:
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    data = output.get("data", {})
    if "image/png" in data:
        _figure(document, output)
    elif "text/html" in data:
        value = data["text/html"]
        _html(document, "".join(value) if isinstance(value, list) else value)
    elif "text/markdown" in data:
        value = data["text/markdown"]
        _html(document, markdown2html_mistune("".join(value) if isinstance(value, list) else value))


def write_docx(executed: str | Path, docx_path: str | Path) -> Path:
    """Write an executed report notebook as a Word document (code hidden), atomically.

    Markdown cells give the headings and text; every output follows in order: Markdown
    and HTML (sanitized) as paragraphs, lists and tables, PNG figures at the text width
    with their alt text as caption. Links (the Sources section) stay links.

    Example:
        >>> import nbformat, tempfile
        >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Brief")])
        >>> path = Path(tempfile.mkdtemp()) / "b.ipynb"
        >>> nbformat.write(nb, path)
        >>> import docx
        >>> docx.Document(write_docx(path, path.with_suffix(".docx"))).paragraphs[0].text
        'Brief'
    """
    import docx
    import nbformat
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    nb = nbformat.read(executed, as_version=4)
    document = docx.Document()
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            _html(document, markdown2html_mistune(cell.source))
        elif cell.cell_type == "code" and "parameters" not in cell.metadata.get("tags", []):
            for output in cell.get("outputs", []):
                if output.get("output_type") in ("display_data", "execute_result"):
                    _output(document, output)
    return write_atomic(Path(docx_path), document.save)

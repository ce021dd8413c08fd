"""A report's HTML: the executed notebook exported with every output sanitized.

Quotes are untrusted text. The notebooks escape what they print and pandas escapes
table cells; every HTML and Markdown output is then cleaned by ``nh3`` (the second
line, not the first), and the page loads nothing from outside.

Example:
    >>> clean_html("<table><tr><td>80</td></tr></table>")
    '<table><tbody><tr><td>80</td></tr></tbody></table>'
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from claimtrack.project import write_text_atomic

# What a report's HTML may contain besides text: tables, headings, lists, emphasis, links.
# Anything else (script, style, iframe, event handlers…) is removed.
ALLOWED_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "code",
        "div",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "li",
        "ol",
        "p",
        "pre",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)


ALLOWED_ATTRIBUTES = {
    "*": {"class"},
    "a": {"href", "title"},
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
}
# Where a link may lead (bleach's default list, which the reports were cleaned with).
URL_SCHEMES = frozenset({"http", "https", "mailto"})


REPORT_CSS = """<style>
.jp-RenderedHTMLCommon table { table-layout: auto; font-size: 12px; }
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th {
  text-align: left !important; vertical-align: top !important; max-width: 36em;
  white-space: normal; }
.jp-Notebook { max-width: 1200px; margin: 0 auto; }
.jp-RenderedImage img { max-width: 100%; height: auto; }
.jp-OutputArea-output.jp-RenderedMarkdown { padding-left: 6px; }
.jp-RenderedMarkdown h3 { font-size: 1.15em; font-weight: 600; margin-top: 1.2em; }
</style>
"""


# pandas puts a <style scoped> block in front of every DataFrame; the lab CSS styles tables.
PANDAS_STYLE = re.compile(r"<style scoped>.*?</style>", re.S)


def clean_html(fragment: str) -> str:
    """Sanitize an HTML fragment from a notebook output: allowed tags and attributes kept,
    any other tag removed (a script or style with its content), comments dropped.

    Example:
        >>> clean_html("<p>80 <b>fighters</b></p><script>alert(1)</script>")
        '<p>80 <b>fighters</b></p>'
        >>> clean_html('<a href="javascript:alert(1)" onclick="x()">link</a>')
        '<a>link</a>'
    """
    import nh3

    fragment = PANDAS_STYLE.sub("", fragment)
    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,  # links are kept as written, as they were before nh3
    )


def sanitize_outputs(nb) -> None:
    """Make every HTML and Markdown output of a notebook inert, in place.

    Quotes are untrusted text. The notebooks escape what they print and pandas escapes
    table cells, but an output is also cleaned here: Markdown outputs are rendered and
    then cleaned like HTML ones. nbconvert's own ``sanitize_html`` escapes ``thead``,
    ``tbody`` and ``p`` too, which wrecks every table and paragraph, so it is not used.
    Markdown *cells* are the notebook's own committed text and are left alone.
    """
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "text/markdown" in data:
                html = markdown2html_mistune(data.pop("text/markdown"))
                data["text/html"] = html
            if "text/html" in data:
                value = data["text/html"]
                data["text/html"] = clean_html("".join(value) if isinstance(value, list) else value)


# The brief's tables made searchable and sortable by DataTables, as itables packages it
# (its offline bundle, imported from a data: URL: nothing is fetched). The tables stay the
# sanitized HTML; DataTables reads them from the page. order: [] keeps the brief's order.
EXPLORABLE_JS = """<script type="module">
import { ITable } from "data:text/javascript;base64,%s";
document.querySelectorAll(".jp-OutputArea-output table").forEach((table) => {
  if (!table.tHead || !table.tBodies.length) return;
  const rows = table.tBodies[0].rows.length;
  new ITable(table, {order: [], paging: rows > 25, pageLength: 25, autoWidth: false,
                     searching: rows > 5, info: rows > 25});
});
</script>
"""


def explorable_tables() -> str:
    """The style and script that make a report's tables searchable and sortable, offline.

    From itables' own DataTables bundle (``connected=False``: nothing loaded from outside).

    Example:
        >>> explorable_tables().startswith("<style>")
        True
    """
    import base64

    from itables import options

    bundle = Path(options.dt_bundle)
    css = bundle.with_suffix(".css").read_text(encoding="utf-8")
    js = base64.b64encode(bundle.read_bytes()).decode("ascii")
    return f"<style>{css}</style>\n" + EXPLORABLE_JS % js


def report_title(nb) -> str | None:
    """The title a notebook's outputs give the report (``briefing.titled``), if any.

    Example:
        >>> import nbformat
        >>> nb = nbformat.v4.new_notebook()
        >>> meta = {"text/markdown": {"claimtrack": {"title": "T"}}}
        >>> nb.cells = [nbformat.v4.new_code_cell(outputs=[nbformat.v4.new_output(
        ...     "display_data", {"text/markdown": "x"}, metadata=meta)])]
        >>> report_title(nb)
        'T'
    """
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            metadata = output.get("metadata", {})
            # IPython files a display object's metadata under its MIME type.
            for meta in (metadata, *metadata.values()):
                title = meta.get("claimtrack", {}).get("title") if isinstance(meta, dict) else None
                if title:
                    return str(title)
    return None


@functools.cache
def _exporter(show_code: bool):
    """One exporter per process and setting, reused: building one compiles its templates
    (~0.1 s a report); nbconvert's own command reuses one for many notebooks too."""
    from nbconvert import HTMLExporter

    return HTMLExporter(
        extra_template_basedirs=[str(Path(__file__).parent.parent / "templates")],
        template_name="offline",
        exclude_input=not show_code,
        exclude_input_prompt=not show_code,
        exclude_output_prompt=True,
    )


def export_html(executed: str | Path, html_path: str | Path, *, show_code: bool = False) -> Path:
    """Export an executed notebook to sanitized HTML (JupyterLab look), code hidden by default.

    The page loads no script from outside (the packaged ``templates/offline`` drops
    require.js, MathJax and mermaid); images are inline.

    Every HTML or Markdown output goes through :func:`sanitize_outputs`, so a
    ``<script>`` in a quote stays text.

    Example:
        >>> export_html("reports/latest/overview/overview.ipynb", "/tmp/o.html")  # doctest: +SKIP
        PosixPath('/tmp/o.html')
    """
    import nbformat

    nb = nbformat.read(executed, as_version=4)
    title = report_title(nb)
    sanitize_outputs(nb)
    exporter = _exporter(show_code)
    # The incident's title (escaped by the template), else the notebook's name.
    nb.metadata["title"] = (
        title or nb.metadata.get("title") or Path(executed).stem.replace("_", " ")
    )
    body, _ = exporter.from_notebook_node(nb)
    # Our own reading styles (never anything from the data): text tables left-aligned,
    # top-aligned, long quotes wrapped; a readable line length.
    body = body.replace("</head>", REPORT_CSS + "</head>", 1)
    body = body.replace("</body>", explorable_tables() + "</body>", 1)
    return write_text_atomic(html_path, body)

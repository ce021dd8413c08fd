"""A web page or pasted HTML → the article's text, before any claim is read.

Researchers save news pages and paste markup. Read as text, tags become part of sources
("<p>The army") and the page's menus, teasers of related stories and footers become
sentences: "Floods kill 12 in Niger" in a sidebar is no claim of the article. trafilatura
keeps a page's main content (the article, its headline, its tables) and drops the rest.
A fragment (markup without ``<html>`` or ``<body>``) is read whole, without scripts and
styles: it has no menus to drop, and trafilatura would take a short one's headline for
the page's title and leave it out.

Example:
    >>> article_text("<p>The army said <b>it killed 30</b> militants.</p><script>x=1</script>")
    'The army said it killed 30 militants.'
    >>> article_text("The army said 30 were killed.")
    'The army said 30 were killed.'
"""

from __future__ import annotations

import re

# Markup, not prose: a closing tag, a line break, a doctype or a comment. A bare "<" in
# text ("<5 km") or an opening tag alone is not enough to reread a text.
_MARKUP = re.compile(
    r"</(?:p|div|span|a|b|i|em|strong|h[1-6]|li|ul|ol|td|tr|table|article|section|body|html"
    r"|blockquote|figure|figcaption|header|footer|main|time)\s*>"
    r"|<br\s*/?>|<!doctype\s+html|<!--",
    re.IGNORECASE,
)
_PAGE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]", re.IGNORECASE)
# Elements whose text is no reading matter, and elements that end a paragraph.
_UNREAD = ("script", "style", "noscript", "template", "head")
_BLOCKS = re.compile(r"^(?:p|div|h[1-6]|li|tr|br|article|section|blockquote|figcaption|header)$")


def looks_like_html(text: str) -> bool:
    """Whether the text is markup (a page, or a fragment that opens with a tag), not prose.

    Prose with a stray tag ("… no provocation<br>") stays prose, read as it is: its
    quotes stay spans of the text.

    Example:
        >>> looks_like_html("<p>30 killed</p>"), looks_like_html("within <5 km of Gao")
        (True, False)
        >>> looks_like_html("They came in firing.<br> Father Daly said so.")
        False
    """
    if _PAGE.search(text):
        return True
    return text.lstrip().startswith("<") and bool(_MARKUP.search(text))


def article_text(text: str) -> str:
    """The article's text: the main content of a page, the whole text of a fragment.

    Text that is not markup comes back unchanged. Paragraphs end in a blank line, so that
    a headline without a full stop is a sentence of its own.

    Example:
        >>> article_text("<h1>30 killed</h1><p>The army said so.</p>")
        '30 killed\\n\\nThe army said so.'
    """
    if not looks_like_html(text):
        return text
    found = (_PAGE.search(text) and _main_text(text)) or _fragment_text(text)
    lines = (" ".join(line.split()) for line in found.splitlines())
    return "\n\n".join(line for line in lines if line)


def _main_text(page: str) -> str | None:
    import trafilatura  # only for pages: its import costs about a second

    return trafilatura.extract(page, include_comments=False, include_tables=True)


def _fragment_text(text: str) -> str:
    import lxml.html

    root = lxml.html.fromstring(text)
    for element in list(root.iter(*_UNREAD)):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and _BLOCKS.match(element.tag):
            element.tail = "\n" + (element.tail or "")
    return root.text_content()

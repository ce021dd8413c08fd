"""A saved web page or pasted HTML is read as its article's text, not as markup.

Module: ``extraction.markup``. The pages are invented, in the shape news sites serve.
"""

from __future__ import annotations

import pytest
import yaml
from extract_helpers import claims, run_cli

from claimtrack.extraction.markup import article_text, looks_like_html

PAGE = """<!doctype html>
<html lang="en"><head><title>Army says 30 killed near Gao | Example News</title>
<style>p {{ color: #222 }}</style><script>var ads = [1, 2];</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Army says 30 militants killed near Gao</h1>
<p>The army said on Tuesday that it had killed 30 militants near Gao, in a statement
read on state television in the evening.</p>
<p>The armed group denied the figure, saying that only three of its fighters had died in
the clashes &amp; that it still held its positions.</p>{extra}</article>
<aside><h3>Related stories</h3><ul><li>Floods kill 12 in Niger</li>
<li>Five soldiers wounded in a blast, police say</li></ul></aside>
<footer>&copy; 2026 Example News</footer></body></html>"""


def test_a_page_gives_the_article_and_not_its_menus_teasers_or_scripts():
    text = article_text(PAGE.format(extra=""))
    assert "The army said on Tuesday that it had killed 30 militants near Gao" in text
    assert "clashes & that it still held" in text  # entities read as characters
    for outside in ("Floods kill 12", "Five soldiers wounded", "ads", "Home", "©", "color"):
        assert outside not in text
    assert "<" not in text


def test_claims_of_a_page_come_from_its_article_only():
    found = claims(PAGE.format(extra=""))
    values = {(c[1], c[2]) for c in found}
    assert ("killed", "30") in values
    assert ("killed", "three") in values
    assert ("killed", "12") not in values  # a related story's teaser is no claim here
    assert ("wounded", "Five") not in values
    assert all("<" not in (c[0] or "") for c in found)


def test_a_pasted_fragment_is_read_whole_with_sources_free_of_tags():
    fragment = (
        "<p>The army said <b>it killed 30</b> militants.</p><script>var x = 1;</script>"
        "<p>Residents said 4 civilians were wounded.</p>"
    )
    assert article_text(fragment) == (
        "The army said it killed 30 militants.\n\nResidents said 4 civilians were wounded."
    )
    assert [(c[0], c[1], c[2]) for c in claims(fragment)] == [
        ("The army", "killed", "30"),
        ("Residents", "wounded", "4"),
    ]


def test_a_headline_in_a_fragment_is_a_sentence_of_its_own():
    assert article_text("<h2>30 killed in Gao</h2><p>The army said so.</p>") == (
        "30 killed in Gao\n\nThe army said so."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Police said 3 people were wounded within <5 km of the market, a <b> tag aside.",
        # Prose with a stray line-break tag stays prose: its quotes are spans of the text.
        "They came in firing, 3 of them.<br>\nPolice said 2 people were wounded.<br>",
    ],
)
def test_prose_with_angle_brackets_is_left_as_it_is(text):
    assert not looks_like_html(text)
    assert article_text(text) == text


def test_the_extract_command_reads_an_html_file_as_its_article(tmp_path):
    page = tmp_path / "story.html"
    page.write_text(PAGE.format(extra="<p>Police said 7 people were arrested.</p>"))
    out = tmp_path / "story.yaml"
    done = run_cli(str(page), "-o", str(out))
    assert done.returncode == 0, done.stderr
    statements = yaml.safe_load(out.read_text())["statements"]
    quotes = [s["quote"] for s in statements]
    assert any(q == "Police said 7 people were arrested." for q in quotes)
    assert not any("<" in q or "Floods" in q for q in quotes)

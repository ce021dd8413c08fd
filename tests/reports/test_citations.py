"""A brief cites its documents: the Sources section, the statements table, titles."""

from __future__ import annotations

import pandas as pd
from nbconvert.filters.markdown_mistune import markdown2html_mistune

from claimtrack import briefing


def test_the_tidy_frame_carries_the_incident_and_document_titles(mali):
    tidy, _ = mali
    assert set(tidy["incident_title"]) == {
        "Coordinated attacks on army posts in seven Malian towns"
    }
    assert set(tidy["document_title"]) == {
        "Mali's armed forces announce the killing of 80 fighters after coordinated attacks"
    }


def test_every_document_of_every_bundled_incident_is_listed_with_a_working_link(bundled):
    html = markdown2html_mistune(briefing.sources_section(bundled, per_incident=True))
    for url in bundled["url"].dropna().unique():
        assert f'href="{url}"' in html or "%" in url, url
    docs = briefing.documents(bundled)
    assert docs["number"].tolist() == list(range(1, len(docs) + 1))
    assert bundled["incident_id"].nunique() <= len(docs)


def test_statements_name_their_document_by_its_number_under_sources(bundled):
    for _, tidy in bundled.groupby("incident_id"):
        docs = briefing.documents(tidy).set_index("number")
        table = briefing.statements_table(tidy)
        for label in table["document"].unique():
            number = int(label[1 : label.index("]")])
            assert label.endswith(docs.loc[number, "outlet"] or "outlet not recorded")


def test_a_link_never_carries_anything_but_an_http_url():
    from claimtrack.briefing.sources import link

    assert link("javascript:alert(1)") == "javascript\\:alert\\(1\\)"
    html = markdown2html_mistune(link('https://x.example/a") onmouseover="x'))
    assert html.count('"') == 2  # the href's own quotes: the URL's quote is percent-encoded
    tidy = pd.DataFrame(
        {
            "incident_id": ["i"],
            "incident_title": [None],
            "statement_id": ["s"],
            "document_id": [None],
            "outlet": ["[x](https://evil.example)"],
            "document_title": ["<b>t</b>"],
            "published_at": [pd.NaT],
            "url": [None],
        }
    )
    text = briefing.sources_section(tidy)
    assert "<a" not in markdown2html_mistune(text)
    assert "no URL recorded" in text
    assert "undated" in text


def test_the_header_gives_the_title_and_side_names(mali):
    tidy, _ = mali
    header = briefing.incident_header(tidy)
    assert header.startswith("## Coordinated attacks on army posts in seven Malian towns\n")
    header = markdown2html_mistune(header)
    assert "Malian Armed Forces (FAMa) (Mali (state))" in header
    assert "JNIM (GSIM) (JNIM (GSIM))" not in header
    assert "mali_state" not in header


def test_tables_show_side_names_and_in_jupyterlab_are_explorable(mali, monkeypatch):
    tidy, _ = mali
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    plain = briefing.table(briefing.statements_table(tidy)).data
    assert "<td>Mali (state)</td>" in plain
    assert "mali_state" not in plain
    monkeypatch.setenv("JPY_SESSION_NAME", "/notebooks/incident_brief.ipynb")
    explorable = briefing.table(pd.DataFrame({"quote": ["<script>x</script>"]})).data
    assert "&lt;script&gt;" in explorable
    assert "<script>x" not in explorable
    assert "unpkg.com" not in explorable  # connected=False: nothing from outside

"""The notebooks, run for real through papermill: a schedule of every report, once per session.

One schedule (run through the ``claimtrack schedule`` command, 2 jobs) writes the Mali
brief, a brief of four of the 20 seeded synthetic incidents and of the two hostile ones (a
quote carrying a ``<script>``, names made to break a figure), one brief that must fail
(unknown incident), the overview and a source comparison, both of all 22 incidents. A
second Mali brief, on edited statements, checks "what changed". The tests read what the
runs wrote: manifests, tables, figures, HTML, the latest pointers, the index.

pytest runs with ``--dist loadfile``: this file's session fixture runs once, on one worker.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from conftest import MALI, MALI_ID, ROOT

SCRIPT = "<script>alert(1)</script>"
QUOTE_INCIDENT = "synthetic-quote"
QUOTE_YAML = f"""\
# SYNTHETIC DATA for the tests: a quote carrying markup must stay text in every report.
incident:
  id: {QUOTE_INCIDENT}
  title: Synthetic incident with a hostile quote (generated, not real)
  date: 2025-03-04
  country: ML
  parties: [mali_state, jnim]
statements:
  - id: army-toll
    source: the army
    channel: communiqué
    quote: "[synthetic] The army said it killed 40 attackers {SCRIPT} near Kayes."
    claims:
      - claim_type: killed
        subject: attackers
        value: "40"
  - id: residents-toll
    source: residents
    source_type: eyewitness
    channel: interview
    quote: "[synthetic] Residents counted about 12 dead attackers <b>bold</b> & more."
    claims:
      - claim_type: killed
        subject: attackers
        value: about 12
"""
# Hostile text where a brief draws and prints it: a Markdown link, mathtext (one malformed),
# emoji and a 5,500-character name as sources and subjects; the army's "none" against
# figures of 30 to 60 (a spread with a zero).
HOSTILE_INCIDENT = "synthetic-hostile"
LINK = "[click me](https://evil.example)"
LONG_NAME = ("Very long source name " * 250).strip()
HOSTILE_YAML = f"""\
# SYNTHETIC DATA for the tests: hostile text must stay text in every report and figure.
incident:
  id: {HOSTILE_INCIDENT}
  title: Synthetic incident with hostile names (generated, not real)
  date: 2025-03-04
  country: ML
  parties: [mali_state, jnim]
documents:
  - {{id: d1, outlet: synthetic, published: 2025-03-05}}
  - {{id: d2, outlet: synthetic, published: 2025-03-08}}
statements:
  - {{id: army, source: the army, document: d1, quote: "[synthetic] no soldier killed",
     claims: [{{claim_type: killed, subject: soldiers, value: none}}]}}
  - {{id: group, source: JNIM, document: d1, quote: "[synthetic] 60 soldiers killed",
     claims: [{{claim_type: killed, subject: soldiers, value: "60"}}]}}
  - id: link
    source: "{LINK}"
    source_type: eyewitness
    document: d2
    quote: "[synthetic] a witness counted 40 dead soldiers"
    claims:
      - {{claim_type: killed, subject: soldiers, value: "40"}}
      - {{claim_type: killed, subject: '$\\frac{{1}}$ fighters', value: "12"}}
  - {{id: math, source: '$\\frac{{1}}$ $x^2$ radio', source_type: media, document: d2,
     quote: "[synthetic] 45 died",
     claims: [{{claim_type: killed, subject: soldiers, value: "45"}}]}}
  - {{id: emoji, source: "🔥 Fire brigade 🚒", source_type: eyewitness, document: d2,
     quote: "[synthetic] about 50 died",
     claims: [{{claim_type: killed, subject: soldiers, value: about 50}}]}}
  - {{id: long, source: "{LONG_NAME}", source_type: local_official, document: d2,
     quote: "[synthetic] 30 died",
     claims: [{{claim_type: killed, subject: soldiers, value: "30"}}]}}
"""


def _tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="session")
def suite(tmp_path_factory):
    """Run the whole schedule once; return where everything went."""
    from claimtrack.synthetic import write_synthetic_statements

    base = tmp_path_factory.mktemp("reports-suite")
    synthetic = base / "synthetic"
    write_synthetic_statements(synthetic, n_incidents=20, seed=0)
    (synthetic / f"{QUOTE_INCIDENT}.yaml").write_text(QUOTE_YAML, encoding="utf-8")
    (synthetic / f"{HOSTILE_INCIDENT}.yaml").write_text(HOSTILE_YAML, encoding="utf-8")
    mali = base / "mali"
    mali.mkdir()
    shutil.copy(MALI, mali)
    incidents = [f"synthetic-{i:03d}" for i in range(1, 21)] + [QUOTE_INCIDENT, HOSTILE_INCIDENT]
    # Every brief runs the same cells on data of one shape: four seeded incidents prove what
    # twenty did (a brief each cost ~3 s of a 2-core run). The overview and the comparison
    # read all 22 (the comparison needs 20 pairs of figures).
    briefed = [*incidents[:4], QUOTE_INCIDENT, HOSTILE_INCIDENT]
    fast = {"statements": str(synthetic), "formats": ["png", "svg"], "dpi": 100}
    entries = [{"notebook": "incident_brief", "parameters": {"statements": str(mali)}}]
    entries += [
        {"notebook": "incident_brief", "parameters": {"incident_id": i, **fast}} for i in briefed
    ]
    entries += [
        {"notebook": "incident_brief", "parameters": {"incident_id": "no-such-incident", **fast}},
        {"notebook": "overview", "parameters": fast},
        {
            "notebook": "source_comparison",
            # A display name, read as the id fama (the report key stays fama-vs-jnim).
            "parameters": {"source_a": "Malian Armed Forces (FAMa)", "source_b": "jnim", **fast},
        },
    ]
    schedule = base / "schedule.yaml"
    schedule.write_text(json.dumps({"reports": entries}), encoding="utf-8")  # JSON is YAML
    reports_dir = base / "reports"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimtrack",
            "schedule",
            str(schedule),
            "--reports-dir",
            str(reports_dir),
            "--jobs",
            "2",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
        env={**__import__("os").environ, "MPLBACKEND": "Agg"},
    )
    (run,) = [p for p in reports_dir.iterdir() if p.is_dir() and p.name != "latest"]
    return SimpleNamespace(
        base=base,
        mali=mali,
        synthetic=synthetic,
        reports=reports_dir,
        run=run,
        proc=proc,
        incidents=incidents,
        briefed=briefed,
        n_entries=len(entries),
    )


@pytest.fixture(scope="session")
def second_mali(suite):
    """The Mali brief again, after the army's toll was edited and a statement dropped."""
    from claimtrack import reports

    first = suite.run / MALI_ID
    before = _tree_digest(first)
    path = suite.mali / MALI.name
    text = path.read_text(encoding="utf-8")
    text = text.replace('value: "80"', 'value: "90"').replace("killing of 80", "killing of 90")
    start = text.index("  - id: kayes-resident-shelter")
    end = text.index("  - id: politician-facebook")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    result = reports.run_report(
        "incident_brief",
        {"statements": str(suite.mali)},
        reports_dir=suite.reports,
        show_code=True,
    )
    return SimpleNamespace(result=result, first=first, before=before)


def _manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def test_schedule_names_the_failure_and_exits_non_zero(suite):
    out = suite.proc.stdout
    assert suite.proc.returncode == 1, suite.proc.stderr[-3000:]
    assert f"{suite.n_entries - 1} of {suite.n_entries} reports succeeded" in out
    failed = [line for line in out.splitlines() if line.startswith("FAILED")]
    assert len(failed) == 1
    assert "no-such-incident" in failed[0]
    assert "ValueError" in failed[0]
    assert re.search(r"cell \d+", failed[0])
    assert "partial notebook kept" in failed[0]


def test_failed_report_keeps_its_partial_notebook_and_is_not_latest(suite):
    import nbformat

    folder = suite.run / "no-such-incident"
    manifest = _manifest(folder)
    assert manifest["run"]["status"] == "failed"
    error = manifest["run"]["error"]
    assert error["ename"] == "ValueError"
    assert "no-such-incident" in error["evalue"]
    nb = nbformat.read(folder / "incident_brief.ipynb", as_version=4)
    failing = nb.cells[error["cell_index"]]
    assert failing.outputs[-1]["output_type"] == "error"
    assert failing.source.startswith(error["cell_source"])
    assert "select_incident" in failing.source
    assert (folder / "incident_brief.html").is_file()
    assert not (suite.reports / "latest" / "no-such-incident").exists()


def test_every_other_report_succeeded_and_is_latest(suite):
    keys = [MALI_ID, *suite.briefed, "overview", "fama-vs-jnim"]
    for key in keys:
        manifest = _manifest(suite.run / key)
        assert manifest["run"]["status"] == "succeeded", key
        latest = suite.reports / "latest" / key
        assert latest.is_symlink()
        assert latest.resolve() == (suite.run / key).resolve()
        for name in manifest["files"]:
            assert (suite.run / key / name).is_file(), (key, name)


def test_mali_brief_manifest(suite):
    from claimtrack.manifest import fingerprint

    manifest = _manifest(suite.run / MALI_ID)
    assert manifest["parameters"]["incident_id"] == MALI_ID
    assert manifest["data_fingerprint"] == fingerprint([suite.mali / MALI.name])
    assert {"claimtrack", "pandas", "papermill", "python"} <= set(manifest["packages"])
    summary = manifest["summary"]
    statuses = summary["statuses"]
    # The army's 80 fighters: JNIM says nothing, no independent source → unanswered.
    assert statuses["killed fighters"] == "unanswered"
    # Kayes: the army and residents both name it → corroborated.
    assert statuses["attacked towns at Kayes"] == "corroborated"
    # JNIM's three barracks: the army is silent.
    assert statuses["seized military barracks"] == "unanswered"
    assert any("80" in s for s in summary["sentences"])
    assert summary["changes"]["previous_run"] is None
    for table in ("statements", "sources_resolved", "measures", "discrepancies", "changes"):
        assert f"tables/{table}.csv" in manifest["files"]
    assert set(summary["figures"]) == {"range_plot", "place_matrix", "places_plot"}


def test_figures_are_valid_files(suite):
    from PIL import Image

    checked = 0
    for manifest_path in suite.run.glob("*/manifest.json"):
        folder = manifest_path.parent
        for name in _manifest(folder)["files"]:
            path = folder / name
            if path.suffix == ".png":
                with Image.open(path) as image:
                    image.verify()
                checked += 1
            elif path.suffix == ".svg":
                assert ET.parse(path).getroot().tag.endswith("svg")
            elif path.suffix == ".pdf":
                assert path.read_bytes()[:5] == b"%PDF-"
    assert checked >= 3 * len(suite.briefed)


def test_html_has_no_code_and_quotes_stay_text(suite):
    for html_path in suite.run.glob("*/*.html"):
        text = html_path.read_text(encoding="utf-8")
        assert "save_table" not in text, html_path
        assert "import claimtrack" not in text, html_path
        assert "jp-InputPrompt jp-InputArea-prompt" not in text
        assert "alert(1)</script>" not in text
    quote = (suite.run / QUOTE_INCIDENT / "incident_brief.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in quote
    assert "<b>bold</b>" not in quote
    assert "&lt;b&gt;bold&lt;/b&gt;" in quote


def test_html_loads_nothing_from_outside(suite):
    # Scripts, styles, images and module imports come inline; links to documents may go out.
    fetches = re.compile(
        r"""\bsrc\s*=\s*["']?(?:https?:)?//|import\(\s*["']https?:|@import"""
        r"""|<link[^>]*\bhref\s*=\s*["']?(?:https?:)?//""",
        re.IGNORECASE,
    )
    pages = list(suite.run.glob("*/*.html"))
    assert len(pages) >= 3
    for html_path in pages:
        text = html_path.read_text(encoding="utf-8")
        assert not fetches.search(text), (html_path, fetches.search(text))
        assert "mathjax" not in text.lower(), html_path
    brief = (suite.run / MALI_ID / "incident_brief.html").read_text(encoding="utf-8")
    assert re.search(r'<img[^>]*\ssrc="data:image/png;base64,', brief)  # figures inline


def test_synthetic_briefs_overview_and_comparison(suite):
    for incident in suite.briefed:
        summary = _manifest(suite.run / incident)["summary"]
        assert summary["incident_id"] == incident
        assert set(summary["statuses"].values()) <= {
            "corroborated",
            "contested",
            "denied",
            "single_source",
            "unanswered",
        }
    overview = _manifest(suite.run / "overview")["summary"]
    assert overview["n_incidents"] == len(suite.incidents)
    # The generator's army inflates its toll 1.5–4× over what residents count.
    assert overview["inflation_index"]["fama"] > 1.2
    assert "killed" in overview["statuses_per_claim_type"]
    comparison = _manifest(suite.run / "fama-vs-jnim")["summary"]
    assert comparison["n_with_figures"] >= 20
    # The army admits fewer soldiers killed than JNIM claims.
    assert comparison["median_ratio"] < 1


def _svg_texts(path: Path) -> list[str]:
    return ["".join(t.itertext()) for t in ET.parse(path).iter("{http://www.w3.org/2000/svg}text")]


def test_overview_draws_every_incident(suite):
    folder = suite.run / "overview"
    html = (folder / "overview.html").read_text(encoding="utf-8")
    assert "pass incident_id" not in html
    assert "No figure" not in html
    assert set(_manifest(folder)["summary"]["figures"]) == {
        "discrepancy_overview",
        "claims_timeline",
    }
    rows = " ".join(_svg_texts(folder / "figures" / "claims_timeline.svg"))
    dated = [i for i in suite.incidents if i != QUOTE_INCIDENT]  # its statements have no date
    assert all(incident in rows for incident in dated)
    assert QUOTE_INCIDENT not in rows
    assert "+1 incident with no date" in rows
    # The army's "none" against 30–60: a measure with figures, so a spread (at the edge).
    spread = " ".join(_svg_texts(folder / "figures" / "discrepancy_overview.svg"))
    assert "no measure has two" not in spread
    assert "one figure is 0" in spread
    inflation = pd.read_csv(folder / "tables" / "inflation_index.csv")
    assert inflation["source"].is_unique
    assert {"fama", "jnim"} <= set(inflation["source"])


def test_comparison_has_one_ratio_figure_and_true_sentences(suite):
    folder = suite.run / "fama-vs-jnim"
    assert _manifest(folder)["parameters"]["source_a"] == "fama"  # the name, read as its id
    html = (folder / "source_comparison.html").read_text(encoding="utf-8")
    assert html.count("<img") == 1
    assert "No measure where both" not in html
    assert "no measure in common" not in html
    pairs = pd.read_csv(folder / "tables" / "side_by_side.csv")
    assert pairs[["value_a", "value_b"]].notna().all(axis=1).sum() >= 20


def test_hostile_text_stays_text_in_the_brief_and_its_figures(suite):
    from PIL import Image

    folder = suite.run / HOSTILE_INCIDENT
    assert _manifest(folder)["run"]["status"] == "succeeded"
    html = (folder / "incident_brief.html").read_text(encoding="utf-8")
    assert not re.search(r"<a\b[^>]*evil\.example", html)  # no live link anywhere
    assert LINK in html  # shown as written
    executed = (folder / "incident_brief.ipynb").read_text(encoding="utf-8")
    assert "Glyph" not in executed
    assert "missing from font" not in executed
    with Image.open(folder / "figures" / "range_plot.png") as image:
        image.verify()
    drawn = _svg_texts(folder / "figures" / "range_plot.svg")
    joined = "\n".join(drawn)
    assert "$\\frac{1}$ fighters" in joined
    assert "$x^2$ radio" in joined
    assert "\N{REPLACEMENT CHARACTER} Fire brigade" in joined
    assert "🔥" not in joined
    assert "Very long source" in joined
    assert max(map(len, drawn)) < 300
    # Tables keep the full text.
    statements = pd.read_csv(folder / "tables" / "statements.csv", keep_default_na=False)
    assert LONG_NAME in set(statements["source"])
    assert LINK in set(statements["source"])


def test_index_lists_every_run_escaped(suite, second_mali):
    from claimtrack.reports import write_index

    index = write_index(suite.reports).read_text(encoding="utf-8")
    assert index.count("<tr class=") == suite.n_entries + 1  # the schedule, the second run
    assert index.count('<tr class="failed">') == 1
    assert f'href="{suite.run.name}/{MALI_ID}/incident_brief.html"' in index
    assert "failed" in index
    assert "no incident &#x27;no-such-incident&#x27;" in index


def test_second_run_reports_what_changed_and_leaves_the_first_alone(suite, second_mali):
    result = second_mali.result
    assert result.ok, result.describe()
    assert result.folder != second_mali.first
    assert _tree_digest(second_mali.first) == second_mali.before
    latest = suite.reports / "latest" / MALI_ID
    assert latest.resolve() == result.folder.resolve()
    changes = _manifest(result.folder)["summary"]["changes"]
    assert Path(changes["previous_run"]).resolve() == second_mali.first.resolve()
    assert (changes["changed"], changes["removed"], changes["added"]) == (1, 1, 0)
    assert _manifest(result.folder)["summary"]["statuses"]["killed fighters"] == "unanswered"
    # --show-code keeps the code in the HTML.
    assert "save_table" in result.html.read_text(encoding="utf-8")


def test_prepare_writes_a_parameterized_unrun_copy(tmp_path):
    import nbformat

    from claimtrack.reports import prepare_report

    out = prepare_report("incident_brief", {"dpi": "120"}, tmp_path / "brief.ipynb", from_cli=True)
    nb = nbformat.read(out, as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1
    assert "dpi = 120" in injected[0].source
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")


def test_the_brief_runs_as_in_jupyterlab_from_the_notebooks_folder(tmp_path):
    """JupyterLab runs a notebook with notebooks/ as working directory and no injected
    parameters: the notebook finds the project root itself (only the output folder is
    redirected here, to keep the test out of reports/)."""
    import papermill

    from claimtrack.reports.kernel import kernel_config

    out = tmp_path / "lab-run"
    papermill.execute_notebook(
        str(ROOT / "notebooks" / "incident_brief.ipynb"),
        str(tmp_path / "executed.ipynb"),
        parameters={"output_dir": str(out), "previous_run": ""},
        kernel_name="python3",
        cwd=str(ROOT / "notebooks"),
        progress_bar=False,
        # Unix sockets, as the runner uses: parallel kernels race for TCP ports (papermill#511),
        # and a lost port hangs the run; the timeout turns any hang into a failure.
        config=kernel_config(),
        execution_timeout=600,
    )
    manifest = _manifest(out)
    assert manifest["parameters"]["incident_id"] == MALI_ID
    assert manifest["summary"]["statuses"]["killed fighters"] == "unanswered"


# Headless Chromium, as the system installs it (apt-get install chromium); never downloaded.
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL = ("file:", "data:", "blob:", "about:")


@pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium on this machine (apt-get install chromium)"
)
def test_every_report_loads_completely_offline_in_chromium(suite):
    """Each report opened with the network off: nothing asked of the outside, nothing failed,
    no script error, every image decoded, every table made explorable (itables offline)."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is the dev extra")
    pages = sorted(suite.run.glob("*/*.html"))
    assert len(pages) >= 3
    outside, failed, errors = [], [], []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            context = browser.new_context(offline=True)
            context.on(
                "request", lambda r: None if r.url.startswith(LOCAL) else outside.append(r.url)
            )
            context.on("requestfailed", lambda r: failed.append((r.url, r.failure)))
            page = context.new_page()
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            for html in pages:
                page.goto(html.as_uri(), wait_until="load")
                tables = page.locator(".jp-OutputArea-output table thead").count()
                page.wait_for_function(
                    f"document.querySelectorAll('.dt-container').length >= {tables}",
                    timeout=15_000,
                )
                broken = page.evaluate(
                    "[...document.images].filter(i => !i.complete || !i.naturalWidth).length"
                )
                assert broken == 0, html
        finally:
            browser.close()
    assert not outside, outside
    assert not failed, failed
    assert not errors, errors


def test_the_mali_brief_cites_its_document_and_describes_its_figures(suite):
    brief = (suite.run / MALI_ID / "incident_brief.html").read_text(encoding="utf-8")
    title = "Coordinated attacks on army posts in seven Malian towns"
    assert f"<title>{title}</title>" in brief
    assert '<h2 id="Sources">' in brief
    assert '<a href="https://assamink.net/detailstory1.php?l=843">' in brief
    alts = re.findall(r'<img[^>]*\salt="([^"]*)"', brief)
    assert len(alts) == 3
    assert alts[0].startswith("Range plot of the figures each source gives. killed · fighters:")
    assert all("Sources: " in alt for alt in alts)
    assert "mali_state" not in brief  # names, not ids
    assert "Mali (state)" in brief
    statements = pd.read_csv(suite.run / MALI_ID / "tables" / "statements.csv")
    assert set(statements["document"]) == {
        "[1] unknown (syndicated article; a public copy is at the url below)"
    }
    sidecar = (suite.run / MALI_ID / "figures" / "range_plot.txt").read_text(encoding="utf-8")
    assert sidecar.startswith(alts[0].split(" Sources: ")[0].replace("&#x27;", "'"))
    comparison = (suite.run / "fama-vs-jnim" / "source_comparison.html").read_text("utf-8")
    assert "only (fama)" not in comparison
    assert "only (Malian Armed Forces (FAMa))" in comparison


def test_a_brief_as_a_word_document_holds_figures_summary_and_sources(suite, tmp_path):
    import docx

    from claimtrack.reports.document import write_docx

    out = write_docx(suite.run / MALI_ID / "incident_brief.ipynb", tmp_path / "brief.docx")
    document = docx.Document(out)
    assert len(document.inline_shapes) == 3  # range plot, place matrix, places plot
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions[0].startswith("Range plot of the figures each source gives.")
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert {"In plain words", "Sources"} <= set(headings)
    links = [r.target_ref for r in document.part.rels.values() if r.reltype.endswith("hyperlink")]
    assert links == ["https://assamink.net/detailstory1.php?l=843"]
    assert any("announce the killing of 80 fighters" in p.text for p in document.paragraphs)

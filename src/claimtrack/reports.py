"""Run the parameterized notebooks through papermill into report folders.

One report = one notebook run with one set of parameters, written into a fresh
folder ``reports/<run-id>/<report-key>/``: the executed notebook, an HTML
export, the tables, figures and ``manifest.json`` the notebook wrote. An earlier
run is never touched: every run gets a new ``<run-id>`` folder, created with
``exist_ok=False``. Only a report that succeeded is pointed at by
``reports/latest/<report-key>`` (a relative symlink swapped in with an atomic
rename). ``reports/index.html`` lists every run.

Parameters are checked against the notebook's ``parameters`` cell
(``papermill.inspect_notebook``) before any kernel starts: papermill itself
only warns about unknown names (papermill#818).

Example:
    >>> result = run_report("incident_brief", {"dpi": 150})  # doctest: +SKIP
    >>> result.ok, result.folder.name                       # doctest: +SKIP
    (True, 'mali-2025-07-01-coordinated-attacks')
"""

from __future__ import annotations

import ast
import contextlib
import html
import json
import logging
import os
import re
import secrets
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from claimtrack.briefing import (
    MANIFEST,
    find_root,
    resolve,
    write_json_atomic,
    write_text_atomic,
)
from claimtrack.names import SAFE_NAME

KERNEL_NAME = "python3"
# Parameters the runner sets itself; a user passing them would write outside the run folder.
RUNNER_PARAMETERS = ("root", "output_dir", "previous_run")
# Parameters whose values end up in folder names.
PATH_PARAMETERS = ("incident_id", "source_a", "source_b")
# Parameters naming an input file or folder: checked to exist before the kernel starts.
INPUT_PARAMETERS = ("statements",)
# Parameters naming a source of the statements: an id or a display name, read as the id.
SOURCE_PARAMETERS = ("source_a", "source_b")
# Seconds jupyter_client waits for a kernel to exit after asking it to. The default
# (5 s, half of it before SIGTERM) is where the ~3 s tail of ~1 stop in 10 comes from
# (jupyter_client#756); the run's outputs are saved before shutdown, so we wait little.
SHUTDOWN_WAIT = 1.0

log = logging.getLogger("claimtrack.reports")


class ParameterError(ValueError):
    """Parameters a notebook does not accept, of the wrong type, or unsafe in a path."""


@dataclass
class ReportResult:
    """What one report run produced: where, whether it succeeded, and if not, where it failed."""

    notebook: str
    key: str
    parameters: dict[str, Any]
    folder: Path
    ok: bool = False
    seconds: float = 0.0
    executed: Path | None = None
    html: Path | None = None
    error: dict[str, Any] | None = None
    attempts: int = 1

    def describe(self) -> str:
        """One line for a run summary.

        Example:
            >>> ReportResult("overview", "overview", {}, Path("r/x"), ok=True).describe()
            'ok      overview (overview) 0.0 s → r/x'
        """
        head = (
            f"{'ok' if self.ok else 'FAILED':<7} {self.key} ({self.notebook}) {self.seconds:.1f} s"
        )
        if self.ok:
            return f"{head} → {self.folder}"
        error = self.error or {}
        where = "run"
        if error.get("cell_index") is not None:
            where = f"cell {error['cell_index']} ({error.get('cell_source', '')!r})"
        return (
            f"{head}: {where}: {error.get('ename', 'error')}: {error.get('evalue', '')} "
            f"(partial notebook kept: {self.executed or self.folder})"
        )


@dataclass
class ScheduleEntry:
    """One (notebook, parameters) pair of a schedule."""

    notebook: str
    parameters: dict[str, Any] = field(default_factory=dict)


# ----------------------------------------------------------------------------- notebooks


def notebooks_dir(root: str | Path | None = None) -> Path:
    """The project's ``notebooks/`` folder.

    Example:
        >>> notebooks_dir().name
        'notebooks'
    """
    return find_root(root) / "notebooks"


def notebook_path(notebook: str | Path, root: str | Path | None = None) -> Path:
    """Resolve ``incident_brief``, ``incident_brief.ipynb`` or a path to an existing notebook.

    Example:
        >>> notebook_path("overview").name
        'overview.ipynb'
    """
    given = Path(notebook)
    candidates = [given, notebooks_dir(root) / given, notebooks_dir(root) / f"{given}.ipynb"]
    for candidate in candidates:
        if candidate.suffix == ".ipynb" and candidate.is_file():
            return candidate.resolve()
    known = ", ".join(p.stem for p in sorted(notebooks_dir(root).glob("*.ipynb")))
    raise ParameterError(f"no notebook {str(notebook)!r}; the project's notebooks: {known}")


def notebook_parameters(notebook: str | Path) -> dict[str, dict[str, Any]]:
    """The notebook's parameters: name → type name, default (a Python value) and help text.

    Read from the ``parameters``-tagged cell with ``papermill.inspect_notebook``.

    Example:
        >>> notebook_parameters(notebook_path("overview"))["statements"]["type"]
        'str'
    """
    from papermill import inspect_notebook

    out = {}
    for name, info in inspect_notebook(str(notebook)).items():
        try:
            default = ast.literal_eval(info["default"])
        except (ValueError, SyntaxError):
            default = info["default"]
        out[name] = {"type": info["inferred_type_name"], "default": default, "help": info["help"]}
    return out


def describe_parameters(accepted: Mapping[str, Mapping[str, Any]]) -> str:
    """The accepted parameters as lines ``name: type = default  # help`` (runner ones left out).

    Example:
        >>> describe_parameters({"n": {"type": "int", "default": 3, "help": "how many"}})
        '  n: int = 3  # how many'
    """
    return "\n".join(
        f"  {name}: {info['type']} = {info['default']!r}  # {info['help']}"
        for name, info in accepted.items()
        if name not in RUNNER_PARAMETERS
    )


def _type_ok(value: Any, type_name: str) -> bool:
    if type_name == "str":
        return isinstance(value, str)
    if type_name == "bool":
        return isinstance(value, bool)
    if type_name == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if type_name == "float":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if type_name.startswith("list"):
        inner = type_name[5:-1] if type_name.startswith("list[") else ""
        return isinstance(value, list) and all(_type_ok(v, inner) for v in value if inner)
    if type_name.startswith("dict"):
        return isinstance(value, dict)
    return True  # papermill could not infer a type: anything JSON-like goes


def coerce_cli_value(raw: str, type_name: str) -> Any:
    """A command-line string as the parameter's type: text stays text, the rest is read as YAML.

    Lists may also be written comma-separated (``png,svg``).

    Example:
        >>> coerce_cli_value("2025", "str"), coerce_cli_value("300", "int")
        ('2025', 300)
        >>> coerce_cli_value("png,svg", "list[str]")
        ['png', 'svg']
    """
    import yaml

    if type_name == "str":
        return raw
    try:
        value = yaml.safe_load(raw)
    except yaml.YAMLError:
        return raw  # left as text; the type check names the problem
    if type_name.startswith("list") and isinstance(value, str | int | float):
        value = [yaml.safe_load(part.strip()) for part in str(raw).split(",") if part.strip()]
        if type_name == "list[str]":
            value = [str(v) for v in value]
    return value


def check_name(name: str, value: Any) -> None:
    """Refuse a value that would end up in a path unless it is a plain name.

    Letters, digits, ``_``, ``-`` and ``.`` only, not starting with a dot or dash,
    at most 128 characters: no ``../``, no absolute path, no separators.

    Example:
        >>> check_name("incident_id", "mali-2025")
        >>> check_name("incident_id", "../etc")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        claimtrack.reports.ParameterError: incident_id='../etc' ...
    """
    values = value if isinstance(value, list) else [value]
    for item in values:
        if not isinstance(item, str) or not SAFE_NAME.match(item) or ".." in item:
            raise ParameterError(
                f"{name}={item!r} is not allowed: it becomes part of a folder name, so it must be "
                "letters, digits, '_', '-' or '.' (no '..', no '/', not starting with '.' or '-')"
            )


def check_parameters(
    notebook: str | Path,
    parameters: Mapping[str, Any] | None = None,
    *,
    from_cli: bool = False,
    root: str | Path | None = None,
) -> dict[str, Any]:
    """Check parameters against the notebook before any kernel starts; return them typed.

    Refuses unknown names (listing the accepted ones), wrong types, runner-only
    names (``root``, ``output_dir``, ``previous_run``), unsafe names in paths and
    input paths that do not exist. With ``from_cli`` the values are strings and
    are read as the parameter's type first.

    Example:
        >>> check_parameters(notebook_path("incident_brief"), {"dpi": "150"}, from_cli=True)
        {'dpi': 150}
        >>> try:
        ...     check_parameters(notebook_path("incident_brief"), {"colour": "red"})
        ... except ParameterError as refused:
        ...     print(str(refused).splitlines()[0])
        incident_brief has no parameter 'colour'; it accepts:
    """
    path = notebook_path(notebook, root)
    accepted = notebook_parameters(path)
    parameters = dict(parameters or {})
    unknown = [n for n in parameters if n not in accepted]
    if unknown:
        raise ParameterError(
            f"{path.stem} has no parameter {', '.join(map(repr, unknown))}; it accepts:\n"
            + describe_parameters(accepted)
        )
    runner = [n for n in parameters if n in RUNNER_PARAMETERS]
    if runner:
        raise ParameterError(
            f"{', '.join(runner)} is set by claimtrack itself (use --reports-dir to choose "
            "where reports go)"
        )
    checked = {}
    for name, value in parameters.items():
        type_name = accepted[name]["type"]
        if from_cli and isinstance(value, str):
            value = coerce_cli_value(value, type_name)
        if type_name == "float" and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not _type_ok(value, type_name):
            raise ParameterError(
                f"{name} must be {type_name} (default {accepted[name]['default']!r}), "
                f"got {type(value).__name__} {value!r}"
            )
        if name in PATH_PARAMETERS and name not in SOURCE_PARAMETERS:
            check_name(name, value)  # sources are checked against the statements below
        if name in INPUT_PARAMETERS and not resolve(find_root(root), value).exists():
            raise ParameterError(f"{name}={value!r}: no such file or folder")
        checked[name] = value
    return checked | check_sources(accepted, checked, root)


def check_sources(
    accepted: Mapping[str, Mapping[str, Any]],
    checked: Mapping[str, Any],
    root: str | Path | None = None,
) -> dict[str, str]:
    """The notebook's source parameters (given or default) as source ids of the statements.

    A display name ("Malian Armed Forces (FAMa)") is read as its id; a source the
    statements do not hold is refused, listing the ids and names they do, so a
    comparison never runs "ok" on nothing. Notebooks without sources: ``{}``.

    Example:
        >>> accepted = notebook_parameters(notebook_path("source_comparison"))
        >>> check_sources(accepted, {"source_a": "Malian Armed Forces (FAMa)"})
        {'source_a': 'fama', 'source_b': 'jnim'}
        >>> check_sources(accepted, {"source_a": "army"})  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        claimtrack.reports.ParameterError: source_a: 'army' is not a source of these ...
    """
    names = [n for n in SOURCE_PARAMETERS if n in accepted]
    if not names:
        return {}
    import claimtrack as ct
    from claimtrack.briefing import resolve_source

    given = {n: checked.get(n, accepted[n]["default"]) for n in names}
    statements = checked.get("statements", accepted.get("statements", {}).get("default"))
    try:
        with warnings.catch_warnings():  # unknown actors etc.: the report itself says so
            warnings.simplefilter("ignore")
            tidy, _ = ct.load(resolve(find_root(root), statements))
    except Exception as exc:  # unreadable statements: said in one line, not a traceback
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ParameterError(f"statements={statements!r} cannot be read: {first}") from None
    resolved = {}
    for name, value in given.items():
        try:
            resolved[name] = resolve_source(tidy, str(value))
        except ValueError as refused:
            raise ParameterError(f"{name}: {refused} (statements: {statements})") from None
        check_name(name, resolved[name])
    return resolved


REPORT_KEYS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "incident_brief": lambda p: str(p["incident_id"]),
    "source_comparison": lambda p: f"{p['source_a']}-vs-{p['source_b']}",
}


def report_key(notebook: str | Path, parameters: Mapping[str, Any]) -> str:
    """The report's folder name: the incident for a brief, ``a-vs-b`` for a comparison.

    Defaults come from the notebook, so a brief run without parameters is keyed
    by its default incident.

    Example:
        >>> report_key(notebook_path("incident_brief"), {"incident_id": "x-1"})
        'x-1'
        >>> report_key(notebook_path("overview"), {})
        'overview'
    """
    path = Path(notebook)
    full = {n: info["default"] for n, info in notebook_parameters(path).items()} | dict(parameters)
    key = REPORT_KEYS.get(path.stem, lambda p: path.stem)(full)
    check_name("report", key)
    return key


# ----------------------------------------------------------------------------- running


def new_run_id() -> str:
    """A fresh run id: UTC time to the second plus random hex, sortable and unique.

    Example:
        >>> len(new_run_id())
        23
    """
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def _kernel_config():
    from traitlets.config import Config

    config = Config()
    config.KernelManager.shutdown_wait_time = SHUTDOWN_WAIT
    # Unix sockets instead of TCP ports: no port race between parallel kernel starts
    # (papermill#511), and no "running over TCP without encryption" warning on stderr.
    config.KernelManager.transport = "ipc"
    config.KernelManager.ip = os.path.join(_ipc_dir(), "kernel")
    return config


def _ipc_dir() -> str:
    """A private folder for kernel sockets (unix socket paths must stay under ~100 bytes)."""
    import tempfile

    path = os.path.join(tempfile.gettempdir(), f"claimtrack-ipc-{os.getpid()}")
    os.makedirs(path, mode=0o700, exist_ok=True)
    return path


def _executed_cells(path: Path) -> int:
    import nbformat

    if not path.is_file():
        return 0
    nb = nbformat.read(path, as_version=4)
    return sum(1 for c in nb.cells if c.cell_type == "code" and c.get("execution_count"))


def _failed_cell(path: Path | None) -> dict[str, Any]:
    """Where a run stopped, read from the saved partial notebook.

    The cell with an error output, else the one papermill left "running" (a timeout or
    a dead kernel): its index in the saved notebook (papermill puts an error banner
    cell first) and its first line of code, so a summary can name it.
    """
    import nbformat

    if path is None or not path.is_file():
        return {}
    nb = nbformat.read(path, as_version=4)
    cells = list(enumerate(nb.cells))
    errors = [i for i, c in cells if any(o.output_type == "error" for o in c.get("outputs", []))]
    running = [i for i, c in cells if c.metadata.get("papermill", {}).get("status") == "running"]
    for index in errors or running:
        lines = nb.cells[index].source.strip().splitlines()
        return {"cell_index": index, "cell_source": lines[0] if lines else ""}
    return {}


@contextlib.contextmanager
def _stderr_to(path: Path):
    """Send this process's stderr (fd 2, which kernels inherit) to a file while a report runs.

    ipykernel writes shutdown chatter ("KeyboardInterrupt caught in kernel") and warnings
    there; in a schedule of 20 reports that buries the summary. The file is kept in the
    run folder when it is not empty.
    """
    sys.stderr.flush()
    saved = os.dup(2)
    with open(path, "ab") as log_file:
        os.dup2(log_file.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
    if path.stat().st_size == 0:
        path.unlink()


def _execute(
    source: Path,
    executed: Path,
    parameters: dict[str, Any],
    *,
    execution_timeout: float | None,
    start_timeout: int,
    prepare_only: bool = False,
) -> None:
    import papermill

    # papermill logs every cell at INFO; the run summary says what matters.
    logging.getLogger("papermill").setLevel(logging.WARNING)
    try:
        papermill.execute_notebook(
            str(source),
            str(executed),
            parameters=parameters,
            kernel_name=KERNEL_NAME,
            progress_bar=False,
            prepare_only=prepare_only,
            start_timeout=int(start_timeout),  # nbclient's trait is an int
            execution_timeout=execution_timeout,
            # passed on to nbclient's NotebookClient, which hands it to the KernelManager
            config=_kernel_config(),
        )
    finally:
        # jupyter_client removes the kernel's socket files; remove their (empty) folder.
        with contextlib.suppress(OSError):
            os.rmdir(_ipc_dir())


# What a report's HTML may contain besides text: tables, headings, lists, emphasis, links.
# Anything else (script, style, iframe, event handlers…) is escaped and shows as text.
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
    "*": ["class"],
    "a": ["href", "title"],
    "th": ["colspan", "rowspan"],
    "td": ["colspan", "rowspan"],
}
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
    """Sanitize an HTML fragment from a notebook output: allowed tags kept, the rest escaped.

    Example:
        >>> clean_html("<p>80 <b>fighters</b></p><script>alert(1)</script>")
        '<p>80 <b>fighters</b></p>&lt;script&gt;alert(1)&lt;/script&gt;'
    """
    import bleach

    fragment = PANDAS_STYLE.sub("", fragment)
    return bleach.clean(fragment, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, strip=False)


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


def export_html(executed: str | Path, html_path: str | Path, *, show_code: bool = False) -> Path:
    """Export an executed notebook to sanitized HTML (JupyterLab look), code hidden by default.

    Every HTML or Markdown output goes through :func:`sanitize_outputs`, so a
    ``<script>`` in a quote stays text.

    Example:
        >>> export_html("reports/latest/overview/overview.ipynb", "/tmp/o.html")  # doctest: +SKIP
        PosixPath('/tmp/o.html')
    """
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(executed, as_version=4)
    sanitize_outputs(nb)
    exporter = HTMLExporter(
        template_name="lab",
        exclude_input=not show_code,
        exclude_input_prompt=not show_code,
        exclude_output_prompt=True,
    )
    title = nb.metadata.get("title") or Path(executed).stem.replace("_", " ")
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    # Our own reading styles (never anything from the data): text tables left-aligned,
    # top-aligned, long quotes wrapped; a readable line length.
    body = body.replace("</head>", REPORT_CSS + "</head>", 1)
    return write_text_atomic(html_path, body)


def mark_latest(reports_dir: str | Path, key: str, folder: str | Path) -> Path:
    """Point ``reports/latest/<key>`` at a successful report folder, atomically.

    A relative symlink is created under a temporary name and renamed over the old
    one: a reader sees the old report or the new one, never neither.

    Example:
        >>> mark_latest("reports", "overview", "reports/20260101T000000Z-abc123/overview")
        ...                                                     # doctest: +SKIP
    """
    latest = Path(reports_dir) / "latest"
    latest.mkdir(parents=True, exist_ok=True)
    link = latest / key
    tmp = latest / f".{key}.{secrets.token_hex(4)}.tmp"
    os.symlink(os.path.relpath(Path(folder).resolve(), latest.resolve()), tmp)
    os.replace(tmp, link)
    return link


def _finish_manifest(result: ReportResult, started: str) -> None:
    """Add the run's own facts to the manifest the notebook wrote (or write one if it failed)."""
    path = result.folder / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        manifest = {"notebook": result.notebook, "parameters": result.parameters, "files": []}
    files = {
        p.relative_to(result.folder).as_posix() for p in result.folder.rglob("*") if p.is_file()
    }
    manifest["files"] = sorted(
        f for f in files if not Path(f).name.startswith(".") and f != MANIFEST
    )
    manifest["run"] = {
        "status": "succeeded" if result.ok else "failed",
        "run_id": result.folder.parent.name,
        "report": result.key,
        "started": started,
        "seconds": round(result.seconds, 2),
        "attempts": result.attempts,
        "executed_notebook": result.executed.name if result.executed else None,
        "html": result.html.name if result.html else None,
        "error": result.error,
    }
    write_json_atomic(path, manifest)


def run_report(
    notebook: str | Path,
    parameters: Mapping[str, Any] | None = None,
    *,
    reports_dir: str | Path | None = None,
    run_id: str | None = None,
    root: str | Path | None = None,
    show_code: bool = False,
    execution_timeout: float | None = 600,
    start_timeout: int = 60,
    from_cli: bool = False,
    index: bool = True,
) -> ReportResult:
    """Run one notebook through papermill into ``reports/<run-id>/<report-key>/``.

    Parameters are checked first (``ParameterError``, before any kernel starts).
    A failing cell does not raise: the result says which cell and why, the
    partial executed notebook and its HTML are kept, and ``latest`` is left
    pointing at the last success. A kernel that fails to start is retried once.

    Example:
        >>> r = run_report("overview", reports_dir="/tmp/reports")  # doctest: +SKIP
        >>> r.ok, (r.folder / "manifest.json").exists()  # doctest: +SKIP
        (True, True)
    """
    root = find_root(root)
    source = notebook_path(notebook, root)
    checked = check_parameters(source, parameters, from_cli=from_cli, root=root)
    key = report_key(source, checked)
    reports_dir = resolve(root, reports_dir or "reports").resolve()
    folder = reports_dir / (run_id or new_run_id()) / key
    # exist_ok=False: two runs can never write into one folder, an old report is never touched.
    folder.mkdir(parents=True, exist_ok=False)
    accepted = notebook_parameters(source)
    runner = {"root": str(root), "output_dir": str(folder)}
    if "previous_run" in accepted:
        latest = reports_dir / "latest" / key
        runner["previous_run"] = str(latest.resolve()) if latest.exists() else ""
    injected = checked | {k: v for k, v in runner.items() if k in accepted}
    result = ReportResult(source.stem, key, checked, folder, executed=folder / source.name)
    started = datetime.now(UTC).isoformat(timespec="seconds")
    clock = time.perf_counter()
    _run_with_retry(source, result, injected, execution_timeout, start_timeout)
    result.seconds = time.perf_counter() - clock
    if result.executed and result.executed.is_file():
        try:
            result.html = export_html(
                result.executed, folder / f"{source.stem}.html", show_code=show_code
            )
        except Exception as exc:  # a broken partial notebook must not hide the real error
            log.warning("HTML export of %s failed: %s", result.executed, exc)
    else:
        result.executed = None
    _finish_manifest(result, started)
    if result.ok:
        mark_latest(reports_dir, key, folder)
    if index:
        write_index(reports_dir)
    return result


def _run_with_retry(
    source: Path,
    result: ReportResult,
    parameters: dict[str, Any],
    execution_timeout: float | None,
    start_timeout: int,
) -> None:
    from papermill.exceptions import PapermillExecutionError

    for attempt in (1, 2):
        result.attempts = attempt
        try:
            with _stderr_to(result.folder / "kernel.log"):
                _execute(
                    source,
                    result.executed,
                    parameters,
                    execution_timeout=execution_timeout,
                    start_timeout=start_timeout,
                )
            result.ok, result.error = True, None
            return
        except PapermillExecutionError as exc:
            result.error = {
                "execution_count": exc.exec_count,
                "ename": exc.ename,
                "evalue": exc.evalue,
                **_failed_cell(result.executed),
            }
            return
        except Exception as exc:  # dead kernel, timeout, kernel that never started
            result.error = {
                "ename": type(exc).__name__,
                "evalue": str(exc).strip().splitlines()[0] if str(exc).strip() else "",
                **_failed_cell(result.executed),
            }
            # Retry only a kernel that failed to start (no cell ran): parallel starts can
            # race for ports (papermill#511). A cell that timed out is not retried.
            if attempt == 2 or _executed_cells(result.executed) > 0:
                return
            log.warning("kernel for %s failed to start (%s); retrying once", result.key, exc)


def prepare_report(
    notebook: str | Path,
    parameters: Mapping[str, Any] | None,
    output: str | Path,
    *,
    root: str | Path | None = None,
    from_cli: bool = False,
) -> Path:
    """Write a parameterized copy of a notebook without running it, to open in JupyterLab.

    Example:
        >>> prepare_report("incident_brief", {"dpi": 150}, "/tmp/brief.ipynb")  # doctest: +SKIP
        PosixPath('/tmp/brief.ipynb')
    """
    root = find_root(root)
    source = notebook_path(notebook, root)
    checked = check_parameters(source, parameters, from_cli=from_cli, root=root)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    _execute(source, output, checked, execution_timeout=None, start_timeout=60, prepare_only=True)
    return output


# ----------------------------------------------------------------------------- schedules


def load_schedule(path: str | Path) -> list[ScheduleEntry]:
    """Read a schedule YAML: a list (or ``reports:`` list) of ``{notebook, parameters}``.

    Example:
        >>> import tempfile
        >>> p = Path(tempfile.mkdtemp()) / "s.yaml"
        >>> _ = p.write_text("reports:\\n  - notebook: overview\\n")
        >>> load_schedule(p)
        [ScheduleEntry(notebook='overview', parameters={})]
    """
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    items = data.get("reports", []) if isinstance(data, dict) else data
    entries = []
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict) or "notebook" not in item:
            raise ParameterError(f"{path}: entry {number} needs a 'notebook' key, got {item!r}")
        extra = set(item) - {"notebook", "parameters"}
        if extra:
            raise ParameterError(f"{path}: entry {number} has unknown keys {sorted(extra)}")
        entries.append(ScheduleEntry(str(item["notebook"]), dict(item.get("parameters") or {})))
    return entries


def schedule_all(
    statements: str | Path = "data/statements", root: str | Path | None = None, **common: Any
) -> list[ScheduleEntry]:
    """One brief per incident found in ``statements``, then the overview of them all.

    ``common`` parameters (e.g. ``formats``) go to every brief.

    Example:
        >>> [e.notebook for e in schedule_all()][-1]
        'overview'
    """
    from claimtrack.read import read

    root = find_root(root)
    raw = read(resolve(root, statements))
    incidents = sorted(raw["incident_id"].dropna().astype(str).unique())
    statements = str(statements)
    briefs = [
        ScheduleEntry("incident_brief", {"incident_id": i, "statements": statements, **common})
        for i in incidents
    ]
    return [*briefs, ScheduleEntry("overview", {"statements": statements})]


@dataclass
class ScheduleResult:
    """All reports of one schedule run, sharing one run id."""

    run_id: str
    folder: Path
    results: list[ReportResult]
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when every report succeeded."""
        return all(r.ok for r in self.results)

    def summary(self) -> str:
        """A plain-text summary: one line per report, failures with cell and error.

        Example:
            >>> ScheduleResult("r1", Path("reports/r1"), []).summary().splitlines()[0]
            'run r1: 0 of 0 reports succeeded in 0.0 s'
        """
        done = sum(r.ok for r in self.results)
        lines = [
            f"run {self.run_id}: {done} of {len(self.results)} reports succeeded "
            f"in {self.seconds:.1f} s"
        ]
        lines += [r.describe() for r in sorted(self.results, key=lambda r: (r.ok, r.key))]
        return "\n".join(lines)


def _run_entry(job: tuple) -> ReportResult:
    notebook, parameters, key, kwargs = job
    # Headless: figures never try to open a window, whatever the parent had.
    os.environ.setdefault("MPLBACKEND", "Agg")
    try:
        return run_report(notebook, parameters, index=False, **kwargs)
    except Exception as exc:  # one report's surprise must not take the schedule down
        folder = Path(kwargs["reports_dir"]) / kwargs["run_id"] / key
        error = {"ename": type(exc).__name__, "evalue": str(exc)}
        return ReportResult(str(notebook), key, dict(parameters), folder, error=error)


def run_schedule(
    entries: Iterable[ScheduleEntry],
    *,
    jobs: int | None = None,
    reports_dir: str | Path | None = None,
    root: str | Path | None = None,
    run_id: str | None = None,
    show_code: bool = False,
    execution_timeout: float | None = 600,
    progress: bool | None = None,
) -> ScheduleResult:
    """Run many reports in parallel processes under one run id; failures do not stop the others.

    Every entry's parameters are checked before the first kernel starts. Each report
    runs in its own process (papermill's ``cwd=`` uses ``chdir`` and is not
    thread-safe, papermill#578). Progress is a tqdm bar on a terminal and plain
    log lines otherwise.

    Example:
        >>> result = run_schedule(schedule_all(), jobs=2)  # doctest: +SKIP
        >>> print(result.summary())  # doctest: +SKIP
        run 20261124T080000Z-1a2b3c: 2 of 2 reports succeeded in 9.1 s
        ...
    """
    from concurrent.futures import ProcessPoolExecutor, as_completed

    root = find_root(root)
    entries = list(entries)
    reports_dir = resolve(root, reports_dir or "reports").resolve()
    # All refusals before any kernel starts, with every problem at once.
    problems, keys = [], {}  # report key -> entry number
    for number, entry in enumerate(entries, 1):
        try:
            source = notebook_path(entry.notebook, root)
            checked = check_parameters(source, entry.parameters, root=root)
            key = report_key(source, checked)
        except ParameterError as exc:
            problems.append(f"entry {number} ({entry.notebook}): {exc}")
            continue
        if key in keys:
            problems.append(f"entry {number}: report {key!r} is already entry {keys[key]}")
        keys[key] = number
    if problems:
        raise ParameterError("\n".join(problems))
    run_id = run_id or new_run_id()
    (reports_dir / run_id).mkdir(parents=True, exist_ok=False)
    kwargs = {
        "reports_dir": reports_dir,
        "run_id": run_id,
        "root": root,
        "show_code": show_code,
        "execution_timeout": execution_timeout,
    }
    jobs_list = [
        (e.notebook, e.parameters, key, kwargs) for e, key in zip(entries, keys, strict=True)
    ]
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(jobs_list) or 1))
    bar = _progress(len(jobs_list), progress)
    results: list[ReportResult] = []
    clock = time.perf_counter()
    if jobs == 1:
        for job in jobs_list:
            results.append(_run_entry(job))
            bar(results[-1], len(results), len(jobs_list))
    else:
        import multiprocessing

        # fork where there is one: workers start in milliseconds with the parent's imports,
        # and callers need no `if __name__ == "__main__"` guard (spawn would). The parent
        # has started no kernel for the schedule, and pyzmq gives a forked child a fresh
        # Context.instance(), so no ZMQ socket is shared.
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            futures = [pool.submit(_run_entry, job) for job in jobs_list]
            for future in as_completed(futures):
                results.append(future.result())
                bar(results[-1], len(results), len(jobs_list))
    bar(None, len(results), len(jobs_list))
    write_index(reports_dir)
    return ScheduleResult(
        run_id, reports_dir / run_id, results, seconds=time.perf_counter() - clock
    )


def _progress(total: int, progress: bool | None) -> Callable[[ReportResult | None, int, int], None]:
    """A tqdm bar on a terminal, plain log lines otherwise (cron mails, CI logs)."""
    if progress is None:
        progress = sys.stderr.isatty()
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="report", file=sys.stderr)

        def update(result: ReportResult | None, done: int, total: int) -> None:
            if result is None:
                bar.close()
                return
            bar.set_postfix_str(f"{result.key} {'ok' if result.ok else 'FAILED'}")
            bar.update(1)

        return update

    def line(result: ReportResult | None, done: int, total: int) -> None:
        if result is not None:
            print(f"[{done}/{total}] {result.describe()}", file=sys.stderr, flush=True)

    return line


# ----------------------------------------------------------------------------- index


def write_index(reports_dir: str | Path) -> Path:
    """Write ``reports/index.html``: every run, newest first, each report with its links.

    Every value is escaped: report keys and errors can carry text from the data.

    Example:
        >>> write_index("/tmp/empty-reports").name  # doctest: +SKIP
        'index.html'
    """
    reports_dir = Path(reports_dir)
    reports_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for manifest_path in sorted(reports_dir.glob("*/*/" + MANIFEST), reverse=True):
        folder = manifest_path.parent
        if folder.parent.name == "latest":
            continue
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        run = manifest.get("run", {})
        rel = folder.relative_to(reports_dir).as_posix()
        links = [
            f'<a href="{html.escape(rel + "/" + name)}">{html.escape(label)}</a>'
            for label, name in (
                ("report", run.get("html")),
                ("notebook", run.get("executed_notebook")),
            )
            if name
        ]
        links.append(f'<a href="{html.escape(rel)}/">folder</a>')
        error = run.get("error") or {}
        detail = (
            f"cell {error.get('cell_index')}: {error.get('ename')}: {error.get('evalue')}"
            if error
            else ""
        )
        status = run.get("status", "unknown")
        rows.append(
            f'<tr class="{"ok" if status == "succeeded" else "failed"}">'
            + "".join(
                f"<td>{html.escape(str(v))}</td>"
                for v in (
                    folder.parent.name,
                    folder.name,
                    manifest.get("notebook", ""),
                    run.get("status", "unknown"),
                    run.get("started", ""),
                )
            )
            + f"<td>{' · '.join(links)}</td><td>{html.escape(detail)}</td></tr>"
        )
    page = (
        "<!doctype html><html><head><meta charset='utf-8'><title>claimtrack reports</title>"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border-bottom:1px solid #ddd;padding:4px 10px;text-align:left}"
        "tr.failed td{color:#b00020}</style>"
        "</head><body><h1>claimtrack reports</h1>"
        "<p>Every run, newest first. <code>latest/</code> points at the last successful run "
        "of each report.</p><table><tr><th>run</th><th>report</th><th>notebook</th>"
        "<th>status</th><th>started (UTC)</th><th>links</th><th>error</th></tr>"
        + "".join(rows)
        + "</table></body></html>\n"
    )
    return write_text_atomic(reports_dir / "index.html", page)

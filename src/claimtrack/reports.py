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

from claimtrack import interrupt
from claimtrack.briefing import MANIFEST
from claimtrack.names import name_problem
from claimtrack.project import find_root, resolve, write_json_atomic, write_text_atomic

KERNEL_NAME = "python3"
# Parameters the runner sets itself; a user passing them would write outside the run folder.
RUNNER_PARAMETERS = ("root", "output_dir", "previous_run")
# ... except this value, which a user may pass: previous_run "" turns "what changed" off.
USER_RUNNER_VALUES = {"previous_run": ("",)}
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
    interrupted: bool = False
    # Set when reports/index.html could not be written after this (single) run.
    index_error: str | None = None

    @property
    def status(self) -> str:
        """``succeeded``, ``failed`` or ``interrupted`` (a signal stopped it before the end).

        Example:
            >>> ReportResult("overview", "overview", {}, Path("r/x"), interrupted=True).status
            'interrupted'
        """
        if self.ok:
            return "succeeded"
        return "interrupted" if self.interrupted else "failed"

    def describe(self) -> str:
        """One line for a run summary.

        Example:
            >>> ReportResult("overview", "overview", {}, Path("r/x"), ok=True).describe()
            'ok      overview (overview) 0.0 s → r/x'
        """
        label = {"succeeded": "ok", "failed": "FAILED", "interrupted": "STOPPED"}[self.status]
        head = f"{label:<7} {self.key} ({self.notebook}) {self.seconds:.1f} s"
        if self.ok:
            return f"{head} → {self.folder}"
        kept = f"partial notebook kept: {self.executed}" if self.executed else f"see {self.folder}"
        return f"{head}: {describe_error(self.error or {})} ({kept})"


def describe_error(error: Mapping[str, Any]) -> str:
    """Where a report stopped and why: ``cell 4 ('x = 1'): ValueError: bad`` (or ``run: …``).

    Example:
        >>> describe_error({"cell_index": 3, "cell_source": "x = 1", "ename": "E", "evalue": "v"})
        "cell 3 ('x = 1'): E: v"
        >>> describe_error({"stage": "latest", "ename": "OSError", "evalue": "x"})
        'latest: OSError: x'
    """
    where = error.get("stage") or "run"
    if error.get("cell_index") is not None:
        where = f"cell {error['cell_index']} ({error.get('cell_source', '')!r})"
    return f"{where}: {error.get('ename', 'error')}: {error.get('evalue', '')}"


def os_error_text(exc: OSError) -> str:
    """An OSError as one line naming the path: ``/r/index.html: Is a directory``.

    Example:
        >>> os_error_text(IsADirectoryError(21, "Is a directory", "/r/index.html"))
        '/r/index.html: Is a directory'
    """
    if exc.filename is not None:
        return f"{exc.filename}: {exc.strerror or exc}"
    return str(exc) or type(exc).__name__


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

    The rule is ``names.SAFE_RULE``; an incident id may not be one of the runner's own
    names (``names.RESERVED_NAMES``) either.

    Example:
        >>> check_name("incident_id", "mali-2025")
        >>> check_name("incident_id", "../etc")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        claimtrack.reports.ParameterError: incident_id '../etc' is not allowed: use letters, ...
    """
    values = value if isinstance(value, list) else [value]
    for item in values:
        problem = name_problem(name, item, reserved=name == "incident_id")
        if problem:
            raise ParameterError(f"{problem}; it becomes part of a folder name")


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
    runner = [
        n
        for n in parameters
        if n in RUNNER_PARAMETERS and parameters[n] not in USER_RUNNER_VALUES.get(n, ())
    ]
    if runner:
        raise ParameterError(
            f"{', '.join(runner)} is set by claimtrack itself (use --reports-dir to choose "
            "where reports go; previous_run accepts only '' to compare with nothing)"
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

    The cell with an error output, else the one papermill left "running" (a timeout),
    else the last cell the kernel was given (:data:`_CURRENT_CELL`: a dead kernel or an
    interrupt leaves no trace in the notebook): its index in the saved notebook
    (papermill puts an error banner cell first) and its first line of code.
    """
    import nbformat

    if path is None or not path.is_file():
        return {}
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception:  # a notebook cut short by a full disk: name the cell we know of
        return dict(_CURRENT_CELL)
    cells = list(enumerate(nb.cells))
    errors = [i for i, c in cells if any(o.output_type == "error" for o in c.get("outputs", []))]
    running = [i for i, c in cells if c.metadata.get("papermill", {}).get("status") == "running"]
    for index in errors or running:
        return {"cell_index": index, "cell_source": _first_line(nb.cells[index].source)}
    return dict(_CURRENT_CELL)


def _first_line(source: str) -> str:
    lines = source.strip().splitlines()
    return lines[0] if lines else ""


# The cell the kernel was last given in this process: {cell_index, cell_source}.
_CURRENT_CELL: dict[str, Any] = {}


def _on_cell_start(cell: Any = None, cell_index: int = 0, **_: Any) -> None:
    """nbclient hook: remember the cell (a dead kernel is then named by it); stop if asked."""
    _CURRENT_CELL.clear()
    _CURRENT_CELL.update(
        cell_index=cell_index, cell_source=_first_line(cell.source if cell else "")
    )
    interrupt.check()


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
) -> None:
    import papermill

    # papermill logs every cell at INFO; the run summary says what matters.
    logging.getLogger("papermill").setLevel(logging.WARNING)
    _CURRENT_CELL.clear()
    try:
        papermill.execute_notebook(
            str(source),
            str(executed),
            parameters=parameters,
            kernel_name=KERNEL_NAME,
            progress_bar=False,
            start_timeout=int(start_timeout),  # nbclient's trait is an int
            execution_timeout=execution_timeout,
            # passed on to nbclient's NotebookClient, which hands it to the KernelManager
            config=_kernel_config(),
            on_cell_start=_on_cell_start,
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

    The page loads no script from outside (the packaged ``templates/offline`` drops
    require.js, MathJax and mermaid); images are inline.

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
        extra_template_basedirs=[str(Path(__file__).parent / "templates")],
        template_name="offline",
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
    if latest.is_symlink() or (latest.exists() and not latest.is_dir()):
        raise OSError(
            f"{latest} is not a folder: move it away, claimtrack keeps its pointers there"
        )
    latest.mkdir(parents=True, exist_ok=True)
    link = latest / key
    if (link.exists() or link.is_symlink()) and not link.is_symlink():
        raise OSError(f"{link} is not a pointer made by claimtrack: move it away")
    tmp = latest / f".{key}.{secrets.token_hex(4)}.tmp"
    os.symlink(os.path.relpath(Path(folder).resolve(), latest.resolve()), tmp)
    try:
        os.replace(tmp, link)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return link


def _read_manifest(folder: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def _finish_manifest(result: ReportResult, started: str, status: str | None = None) -> None:
    """Add the run's own facts to the manifest the notebook wrote (or write one if it failed).

    ``status`` overrides the result's (``running``: the placeholder written before the
    kernel starts, so that a run killed outright still has one). When the disk is full
    the status is written over the existing file in place, whose blocks are already
    there: the manifest always says how the run ended.
    """
    path = result.folder / MANIFEST
    manifest = _read_manifest(result.folder) or {
        "notebook": result.notebook,
        "parameters": result.parameters,
        "files": [],
    }
    files = {
        p.relative_to(result.folder).as_posix() for p in result.folder.rglob("*") if p.is_file()
    }
    manifest["files"] = sorted(
        f for f in files if not Path(f).name.startswith(".") and f != MANIFEST
    )
    manifest["run"] = {
        "status": status or result.status,
        "run_id": result.folder.parent.name,
        "report": result.key,
        "started": started,
        "seconds": round(result.seconds, 2),
        "attempts": result.attempts,
        "executed_notebook": result.executed.name if result.executed else None,
        "html": result.html.name if result.html else None,
        "error": result.error,
    }
    try:
        write_json_atomic(path, manifest)
    except OSError as exc:
        if not path.is_file():
            raise
        run = manifest["run"] | {"manifest_error": os_error_text(exc)[:300]}
        if run["error"]:
            run["error"] = {k: str(v)[:300] for k, v in run["error"].items()}
        short = {"notebook": result.notebook, "parameters": result.parameters, "run": run}
        with open(path, "r+b") as handle:  # no new blocks needed: overwrite, then cut
            handle.write(json.dumps(short, default=str).encode() + b"\n")
            handle.truncate()


def _point_latest(result: ReportResult, reports_dir: Path, started: str) -> None:
    """Point ``latest`` at a report that succeeded; if that fails, the report failed.

    The manifest says ``succeeded`` before ``latest`` moves (a pointer never leads to a
    run without a status), and ``failed`` again if the pointer cannot be written.
    """
    try:
        mark_latest(reports_dir, result.key, result.folder)
    except OSError as exc:
        result.ok = False
        text = os_error_text(exc) if exc.filename else str(exc)
        result.error = {"stage": "latest", "ename": type(exc).__name__, "evalue": text}
        _finish_manifest(result, started)


def try_write_index(reports_dir: str | Path) -> str | None:
    """Write ``reports/index.html``; return None, or a one-line reason it could not be written.

    Example:
        >>> import tempfile
        >>> try_write_index(tempfile.mkdtemp()) is None
        True
    """
    try:
        write_index(reports_dir)
    except OSError as exc:
        return f"index not updated: {os_error_text(exc)}"
    return None


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
    A stop asked by a signal (:mod:`claimtrack.interrupt`) ends it *interrupted*.
    An index that cannot be written is said in ``index_error``; a run folder that
    cannot be made raises ``OSError``.

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
    result = ReportResult(source.stem, key, checked, folder, executed=folder / source.name)
    started = datetime.now(UTC).isoformat(timespec="seconds")
    _finish_manifest(result, started, status="running")
    injected = _injected(source, checked, root, folder, reports_dir, key)
    clock = time.perf_counter()
    if interrupt.requested():
        result.interrupted = True
        result.error = {"ename": "Interrupted", "evalue": f"{interrupt.requested()} received"}
    else:
        _run_with_retry(source, result, injected, execution_timeout, start_timeout)
    result.seconds = time.perf_counter() - clock
    if result.executed and result.executed.is_file():
        try:
            result.html = export_html(
                result.executed, folder / f"{source.stem}.html", show_code=show_code
            )
        except Exception as exc:  # a broken partial notebook must not hide the real error
            log.warning("HTML export of %s failed: %s", result.executed, _one_line(exc))
            if result.ok:  # a brief without its HTML is not a report that succeeded
                result.ok = False
                result.error = {"stage": "html", "ename": type(exc).__name__}
                result.error["evalue"] = _one_line(exc)
    else:
        result.executed = None
    _finish_manifest(result, started)
    if result.ok:
        _point_latest(result, reports_dir, started)
    if index:
        result.index_error = try_write_index(reports_dir)
    return result


def _injected(
    source: Path,
    checked: dict[str, Any],
    root: Path,
    folder: Path,
    reports_dir: Path,
    key: str,
) -> dict[str, Any]:
    """The parameters given to the kernel: the user's, and the runner's own where accepted."""
    accepted = notebook_parameters(source)
    runner = {"root": str(root), "output_dir": str(folder)}
    if "previous_run" in accepted and checked.get("previous_run") != "":
        latest = reports_dir / "latest" / key
        runner["previous_run"] = str(latest.resolve()) if latest.exists() else ""
    return checked | {k: v for k, v in runner.items() if k in accepted}


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
        except Exception as exc:  # dead kernel, timeout, kernel that never started
            result.error = {
                "ename": type(exc).__name__,
                "evalue": str(exc).strip().splitlines()[0] if str(exc).strip() else "",
                **_failed_cell(result.executed),
            }
        if interrupt.requested():  # the kernel was killed on purpose: say so, never retry
            result.interrupted = True
            result.error |= {"ename": "Interrupted", "evalue": f"{interrupt.requested()} received"}
            return
        # Retry only a kernel that failed to start (no cell ran): parallel starts can
        # race for ports (papermill#511). A failing or timed-out cell is not retried.
        if attempt == 2 or "cell_index" in result.error or _executed_cells(result.executed):
            return
        log.warning("kernel for %s failed to start; retrying once", result.key)


def prepare_report(
    notebook: str | Path,
    parameters: Mapping[str, Any] | None,
    output: str | Path,
    *,
    root: str | Path | None = None,
    from_cli: bool = False,
) -> Path:
    """Write a parameterized copy of a notebook without running it, to open in JupyterLab.

    ``output`` must be a notebook file name; a folder or a path that cannot be
    written is refused with ``ParameterError``.

    Example:
        >>> prepare_report("incident_brief", {"dpi": 150}, "/tmp/brief.ipynb")  # doctest: +SKIP
        PosixPath('/tmp/brief.ipynb')
    """
    root = find_root(root)
    source = notebook_path(notebook, root)
    checked = check_parameters(source, parameters, from_cli=from_cli, root=root)
    output = Path(output)
    if output.is_dir():
        raise ParameterError(
            f"-o {output} is a folder: give a file name such as {output / source.name}"
        )
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        text = _prepared(source, output, checked)
        write_text_atomic(output, text)
    except OSError as exc:
        raise ParameterError(f"-o {output}: cannot write there ({os_error_text(exc)})") from None
    return output


def _prepared(source: Path, output: Path, parameters: dict[str, Any]) -> str:
    """The notebook as papermill's ``prepare_only`` makes it (parameters injected, not run),
    as text: written by our atomic writer, not papermill's, so a failed write leaves nothing."""
    import nbformat
    from papermill.execute import prepare_notebook_metadata, remove_error_markers
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    nb = load_notebook_node(str(source))  # papermill's reading: every cell gets its tags list
    if parameters:
        nb = parameterize_notebook(nb, parameters, kernel_name=KERNEL_NAME)
    nb = remove_error_markers(prepare_notebook_metadata(nb, str(source), str(output)))
    return nbformat.writes(nb)


# ----------------------------------------------------------------------------- schedules


def load_schedule(path: str | Path) -> list[ScheduleEntry]:
    """Read a schedule YAML: a list (or ``reports:`` list) of ``{notebook, parameters}``.

    Anything else (malformed YAML, a number, binary bytes, parameters that are not a
    mapping) is a ``ParameterError`` naming the file, the entry or line and what is accepted.

    Example:
        >>> import tempfile
        >>> p = Path(tempfile.mkdtemp()) / "s.yaml"
        >>> _ = p.write_text("reports:\\n  - notebook: overview\\n")
        >>> load_schedule(p)
        [ScheduleEntry(notebook='overview', parameters={})]
        >>> _ = p.write_text("- notebook: overview\\n  parameters: [a, b]\\n")
        >>> load_schedule(p)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        claimtrack.reports.ParameterError: ...s.yaml: entry 1: parameters must be a mapping ...
    """
    import yaml

    path = Path(path)
    accepted = "a list of {notebook: NAME, parameters: {NAME: VALUE}}, or reports: that list"
    if path.is_dir():
        raise ParameterError(f"{path} is a folder; a schedule is a YAML file: {accepted}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except UnicodeDecodeError as exc:
        raise ParameterError(f"{path}: not UTF-8 text (byte {exc.start}); {accepted}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "malformed YAML"
        raise ParameterError(f"{path}{where}: malformed YAML ({problem}); {accepted}") from None
    items = data.get("reports", []) if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ParameterError(f"{path}: got {type(items).__name__} {items!r:.60}; {accepted}")
    entries = []
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict) or "notebook" not in item:
            raise ParameterError(f"{path}: entry {number} needs a 'notebook' key, got {item!r:.80}")
        extra = set(item) - {"notebook", "parameters"}
        if extra:
            raise ParameterError(
                f"{path}: entry {number} has unknown keys {sorted(map(str, extra))}"
            )
        parameters = item.get("parameters") or {}
        if not isinstance(parameters, dict) or not all(isinstance(k, str) for k in parameters):
            raise ParameterError(
                f"{path}: entry {number}: parameters must be a mapping of names to values "
                f"(parameters: {{dpi: 150}}), got {parameters!r:.80}"
            )
        entries.append(ScheduleEntry(str(item["notebook"]), dict(parameters)))
    return entries


def schedule_all(
    statements: str | Path = "data/statements",
    root: str | Path | None = None,
    problems: list[str] | None = None,
    **common: Any,
) -> list[ScheduleEntry]:
    """One brief per incident found in ``statements``, then the overview of them all.

    Each file is read on its own: a file that cannot be read is added to ``problems``
    (a one-line reason) and the incidents of the other files are still briefed; the
    overview, which needs every file, is then left out (and said so). A missing
    folder is a ``ParameterError``. ``common`` parameters (e.g. ``formats``) go to
    every brief.

    Example:
        >>> [e.notebook for e in schedule_all()][-1]
        'overview'
    """
    from claimtrack.read import InputError, read, statement_files

    root = find_root(root)
    folder = resolve(root, statements)
    if not folder.exists():
        raise ParameterError(f"--statements {statements}: no such file or folder")
    problems = [] if problems is None else problems
    incidents: set[str] = set()
    try:
        files = statement_files(folder)
    except (InputError, OSError) as exc:
        raise ParameterError(f"--statements {statements}: {exc}") from None
    for file in files:
        try:
            raw = read(file)
        except (InputError, OSError, ValueError) as exc:
            problems.append(f"{_one_line(exc)} (its incidents are not briefed)")
            continue
        incidents.update(raw["incident_id"].dropna().astype(str).unique())
    statements = str(statements)
    briefs = [
        ScheduleEntry("incident_brief", {"incident_id": i, "statements": statements, **common})
        for i in sorted(incidents)
    ]
    if problems:
        problems.append("overview: not run, it needs every statements file to be readable")
        return briefs
    return [*briefs, ScheduleEntry("overview", {"statements": statements})]


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return os_error_text(exc)
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


@dataclass
class ScheduleResult:
    """All reports of one schedule run, sharing one run id."""

    run_id: str
    folder: Path
    results: list[ReportResult]
    seconds: float = 0.0
    interrupted: str | None = None  # the signal that stopped the run
    problems: list[str] = field(default_factory=list)  # inputs left out, index not written

    @property
    def ok(self) -> bool:
        """True when every report succeeded and nothing was left out.

        Example:
            >>> ScheduleResult("r1", Path("reports/r1"), [], problems=["x"]).ok
            False
        """
        return all(r.ok for r in self.results) and not self.problems and not self.interrupted

    def summary(self) -> str:
        """A plain-text summary: one line per report, failures with cell and error.

        Example:
            >>> ScheduleResult("r1", Path("reports/r1"), []).summary().splitlines()[0]
            'run r1: 0 of 0 reports succeeded in 0.0 s'
        """
        done = sum(r.ok for r in self.results)
        stopped = f" (stopped by {self.interrupted})" if self.interrupted else ""
        lines = [
            f"run {self.run_id}: {done} of {len(self.results)} reports succeeded "
            f"in {self.seconds:.1f} s{stopped}"
        ]
        order = {"failed": 0, "interrupted": 1, "succeeded": 2}
        lines += [
            r.describe() for r in sorted(self.results, key=lambda r: (order[r.status], r.key))
        ]
        lines += [f"PROBLEM {problem}" for problem in self.problems]
        return "\n".join(lines)


def _run_entry(job: tuple) -> ReportResult:
    notebook, parameters, key, kwargs = job
    # Headless: figures never try to open a window, whatever the parent had.
    os.environ.setdefault("MPLBACKEND", "Agg")
    try:
        return run_report(notebook, parameters, index=False, **kwargs)
    except Exception as exc:  # one report's surprise must not take the schedule down
        folder = Path(kwargs["reports_dir"]) / kwargs["run_id"] / key
        error = {"ename": type(exc).__name__, "evalue": _one_line(exc)}
        return ReportResult(str(notebook), key, dict(parameters), folder, error=error)


def _check_entries(entries: list[ScheduleEntry], root: Path) -> list[str]:
    """Every entry's report key; all refusals at once, before any kernel starts."""
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
    return list(keys)


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
    log lines otherwise. SIGTERM or Ctrl-C stop every kernel within seconds: the
    reports not finished are marked *interrupted* (never ``latest``), the index
    lists the run, and ``interrupted`` names the signal. A run folder that cannot
    be made raises ``OSError`` before any kernel starts.

    Example:
        >>> result = run_schedule(schedule_all(), jobs=2)  # doctest: +SKIP
        >>> print(result.summary())  # doctest: +SKIP
        run 20261124T080000Z-1a2b3c: 2 of 2 reports succeeded in 9.1 s
        ...
    """
    root = find_root(root)
    entries = list(entries)
    reports_dir = resolve(root, reports_dir or "reports").resolve()
    keys = _check_entries(entries, root)
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
    clock = time.perf_counter()
    if jobs == 1:
        with interrupt.stop_on_signals():
            results = [None] * len(jobs_list)
            for number, job in enumerate(jobs_list):
                if interrupt.requested():
                    break
                results[number] = _run_entry(job)
                bar(results[number], number + 1, len(jobs_list))
    else:
        results = _run_parallel(jobs_list, jobs, bar)
    stopped = interrupt.requested()
    final = [r or _unfinished(job, stopped) for r, job in zip(results, jobs_list, strict=True)]
    bar(None, len(final), len(jobs_list))
    index_error = try_write_index(reports_dir)
    return ScheduleResult(
        run_id,
        reports_dir / run_id,
        final,
        seconds=time.perf_counter() - clock,
        interrupted=stopped,
        problems=[index_error] if index_error else [],
    )


# Seconds the workers get to end their reports as interrupted before they are killed.
STOP_GRACE = 15.0


def _run_parallel(jobs_list: list[tuple], jobs: int, bar: Callable) -> list[ReportResult | None]:
    """Run the jobs in worker processes; on a signal, cancel what has not started and let the
    workers end what runs (their kernels are killed), then kill whatever is left."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    # fork where there is one: workers start in milliseconds with the parent's imports,
    # and callers need no `if __name__ == "__main__"` guard (spawn would). The parent
    # has started no kernel for the schedule, and pyzmq gives a forked child a fresh
    # Context.instance(), so no ZMQ socket is shared.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    results: list[ReportResult | None] = [None] * len(jobs_list)
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=interrupt.worker_init)
    with interrupt.stop_on_signals(lambda: set(getattr(pool, "_processes", None) or ())):
        futures = {pool.submit(_run_entry, job): n for n, job in enumerate(jobs_list)}
        pending, deadline, done_count = set(futures), None, 0
        try:
            while pending:
                done, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in done:
                    if future.cancelled() or future.exception() is not None:
                        continue  # a worker killed under it: settled as interrupted below
                    results[futures[future]] = future.result()
                    done_count += 1
                    bar(results[futures[future]], done_count, len(jobs_list))
                if interrupt.requested():
                    pending = {f for f in pending if not f.cancel()}
                    deadline = deadline or time.monotonic() + STOP_GRACE
                    if time.monotonic() > deadline:
                        break
        finally:
            if pending:  # stopped, or a surprise here: no worker may run on without us
                interrupt.kill_descendants()
            pool.shutdown(wait=not pending, cancel_futures=True)
    return results


def _unfinished(job: tuple, stopped: str | None) -> ReportResult:
    """The result of a report the schedule did not hear back from: read from its manifest
    if it got to the end, else marked interrupted (folder and manifest made if need be)."""
    notebook, parameters, key, kwargs = job
    folder = Path(kwargs["reports_dir"]) / kwargs["run_id"] / key
    run = _read_manifest(folder).get("run") or {}
    executed = folder / f"{Path(notebook).stem}.ipynb"
    result = ReportResult(
        Path(notebook).stem,
        key,
        dict(parameters),
        folder,
        executed=executed if executed.is_file() else None,
        seconds=float(run.get("seconds") or 0.0),
    )
    if run.get("status") in ("succeeded", "failed", "interrupted"):
        result.ok = run["status"] == "succeeded"
        result.interrupted = run["status"] == "interrupted"
        result.error = run.get("error")
        return result
    result.interrupted = True
    when = "before it ended" if folder.is_dir() else "before it started"
    result.error = {"ename": "Interrupted", "evalue": f"{stopped or 'a stop'} received {when}"}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        started = run.get("started") or datetime.now(UTC).isoformat(timespec="seconds")
        _finish_manifest(result, started)
    except OSError as exc:
        result.error["evalue"] += f"; manifest not written: {os_error_text(exc)}"
    return result


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
            # A closed stderr (its reader gone) must not stop the schedule half-way.
            with contextlib.suppress(OSError):
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
        detail = describe_error(error) if isinstance(error, dict) and error else ""
        status = run.get("status", "unknown")
        css = {"succeeded": "ok", "interrupted": "interrupted"}.get(status, "failed")
        rows.append(
            f'<tr class="{css}">'
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
        "tr.failed td{color:#b00020}tr.interrupted td{color:#8a5a00}</style>"
        "</head><body><h1>claimtrack reports</h1>"
        "<p>Every run, newest first. <code>latest/</code> points at the last successful run "
        "of each report.</p><table><tr><th>run</th><th>report</th><th>notebook</th>"
        "<th>status</th><th>started (UTC)</th><th>links</th><th>error</th></tr>"
        + "".join(rows)
        + "</table></body></html>\n"
    )
    return write_text_atomic(reports_dir / "index.html", page)

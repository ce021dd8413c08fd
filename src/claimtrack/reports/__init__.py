"""Run the parameterized notebooks through papermill into report folders.

One report = one notebook run with one set of parameters, written into a fresh folder
``reports/<run-id>/<report-key>/``: the executed notebook, an HTML export, the tables,
figures and ``manifest.json`` the notebook wrote. One job per module:

- :mod:`~claimtrack.reports.parameters`: the notebook's parameters, checked before any
  kernel starts;
- :mod:`~claimtrack.reports.kernel`: executing a notebook in a kernel (papermill);
- :mod:`~claimtrack.reports.execute`: one report into its folder (HTML, manifest, latest);
- :mod:`~claimtrack.reports.entries`: what a schedule runs (schedule files, ``--all``);
- :mod:`~claimtrack.reports.schedule`: many reports in parallel under one run id;
- :mod:`~claimtrack.reports.changes`: what a report reads, fingerprinted (``--changed``);
- :mod:`~claimtrack.reports.lock`: one run at a time on a reports folder;
- :mod:`~claimtrack.reports.prune`: retention, old runs removed (``claimtrack prune``);
- :mod:`~claimtrack.reports.html`: the sanitized HTML export;
- :mod:`~claimtrack.reports.index`: ``reports/index.html`` and ``reports/latest/``;
- :mod:`~claimtrack.reports.results`: what a run produced, and the refusals.

Pandas-free: a parameter is refused before pandas, papermill or a kernel is loaded.

Example:
    >>> result = run_report("incident_brief", {"dpi": 150})  # doctest: +SKIP
    >>> result.ok, result.folder.name                       # doctest: +SKIP
    (True, 'mali-2025-07-01-coordinated-attacks')
"""

from __future__ import annotations

from claimtrack.project import os_error_text
from claimtrack.reports.entries import ScheduleEntry, load_schedule, schedule_all
from claimtrack.reports.execute import prepare_report, run_report
from claimtrack.reports.html import export_html
from claimtrack.reports.index import mark_latest, write_index
from claimtrack.reports.lock import LockedError, reports_lock
from claimtrack.reports.parameters import (
    check_name,
    check_parameters,
    notebook_parameters,
    notebook_path,
    report_key,
)
from claimtrack.reports.prune import PruneResult, prune
from claimtrack.reports.results import ParameterError, ReportResult, ScheduleResult
from claimtrack.reports.schedule import run_schedule

__all__ = [
    "LockedError",
    "ParameterError",
    "PruneResult",
    "ReportResult",
    "ScheduleEntry",
    "ScheduleResult",
    "check_name",
    "check_parameters",
    "export_html",
    "load_schedule",
    "mark_latest",
    "notebook_parameters",
    "notebook_path",
    "os_error_text",
    "prepare_report",
    "prune",
    "report_key",
    "reports_lock",
    "run_report",
    "run_schedule",
    "schedule_all",
    "write_index",
]

"""What a run produced: one report's result, a schedule's, and the refusal before any kernel.

Example:
    >>> ReportResult("overview", "overview", {}, Path("r/x"), ok=True).status
    'succeeded'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimtrack.project import os_error_text, write_json_atomic

# The command line's exit codes (README, "Scheduling"), as --summary-json names them.
EXIT_STATUS = {
    0: "ok",
    1: "failed",
    2: "refused",
    3: "locked",
    130: "interrupted",
    143: "interrupted",
}


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
    # What the report reads, fingerprinted (claimtrack.reports.changes), recorded in its manifest.
    fingerprint: dict[str, str] | None = None
    # The run id of the latest success when an incremental schedule skipped it as unchanged.
    skipped_since: str | None = None

    @property
    def status(self) -> str:
        """``succeeded``, ``skipped`` (unchanged since its latest success), ``failed`` or
        ``interrupted`` (a signal stopped it before the end).

        Example:
            >>> ReportResult("overview", "overview", {}, Path("r/x"), interrupted=True).status
            'interrupted'
        """
        if self.skipped_since:
            return "skipped"
        if self.ok:
            return "succeeded"
        return "interrupted" if self.interrupted else "failed"

    def describe(self) -> str:
        """One line for a run summary.

        Example:
            >>> ReportResult("overview", "overview", {}, Path("r/x"), ok=True).describe()
            'ok      overview (overview) 0.0 s → r/x'
            >>> ReportResult("overview", "overview", {}, Path("r/x"), ok=True,
            ...              skipped_since="r0").describe()
            'skipped overview (overview), unchanged since r0 → r/x'
        """
        if self.skipped_since:
            since = f"unchanged since {self.skipped_since}"
            return f"skipped {self.key} ({self.notebook}), {since} → {self.folder}"
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


def one_line(exc: BaseException) -> str:
    """An exception as one line: an OSError with its path, else the first line of its text.

    Example:
        >>> one_line(ValueError("bad value\\nmore detail"))
        'bad value'
    """
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
        counts = self.counts()
        stopped = f" (stopped by {self.interrupted})" if self.interrupted else ""
        skipped = f", {counts['skipped']} skipped (unchanged)" if counts["skipped"] else ""
        lines = [
            f"run {self.run_id}: {counts['succeeded']} of {len(self.results)} reports succeeded"
            f"{skipped} in {self.seconds:.1f} s{stopped}"
        ]
        order = {"failed": 0, "interrupted": 1, "succeeded": 2, "skipped": 3}
        lines += [
            r.describe() for r in sorted(self.results, key=lambda r: (order[r.status], r.key))
        ]
        lines += [f"PROBLEM {problem}" for problem in self.problems]
        return "\n".join(lines)

    def counts(self) -> dict[str, int]:
        """How many reports ended in each status.

        Example:
            >>> ScheduleResult("r1", Path("reports/r1"), []).counts()["skipped"]
            0
        """
        found = {"succeeded": 0, "skipped": 0, "failed": 0, "interrupted": 0}
        for result in self.results:
            found[result.status] += 1
        return found

    def to_json(self, exit_code: int) -> dict[str, Any]:
        """The run as a scheduler's alerting reads it (``--summary-json``): JSON types only.

        Example:
            >>> ScheduleResult("r1", Path("reports/r1"), []).to_json(0)["status"]
            'ok'
        """
        reports = [
            {
                "report": r.key,
                "notebook": r.notebook,
                "status": r.status,
                "folder": str(r.folder),
                "seconds": round(r.seconds, 2),
                "skipped_since": r.skipped_since,
                "error": describe_error(r.error) if r.error else None,
                "parameters": r.parameters,
            }
            for r in self.results
        ]
        return {
            "status": EXIT_STATUS.get(exit_code, "failed"),
            "exit_code": exit_code,
            "run_id": self.run_id,
            "folder": str(self.folder),
            "seconds": round(self.seconds, 2),
            "interrupted": self.interrupted,
            "counts": self.counts(),
            "reports": reports,
            "problems": list(self.problems),
        }


def summary_json(
    exit_code: int, result: ScheduleResult | None = None, message: str = ""
) -> dict[str, Any]:
    """What ``--summary-json`` writes: the run (:meth:`ScheduleResult.to_json`), or, when
    none ran (refused, locked), the status, exit code and the one-line reason.

    Example:
        >>> summary_json(3, message="another claimtrack run holds reports/.lock")["status"]
        'locked'
    """
    if result is not None:
        return result.to_json(exit_code)
    status = EXIT_STATUS.get(exit_code, "failed")
    return {"status": status, "exit_code": exit_code, "error": message}


def write_summary_json(
    path: str | Path, exit_code: int, result: ScheduleResult | None = None, message: str = ""
) -> str | None:
    """Write :func:`summary_json` to ``path`` atomically; None, or why it could not be.

    Example:
        >>> import tempfile
        >>> write_summary_json(Path(tempfile.mkdtemp()) / "s.json", 2, message="bad") is None
        True
    """
    try:
        write_json_atomic(path, summary_json(exit_code, result, message))
    except OSError as exc:
        return os_error_text(exc)
    return None

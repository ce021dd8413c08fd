"""Retention: old runs removed from ``reports/``, never what ``latest`` or the index needs.

``claimtrack prune --keep N`` keeps the N newest runs, ``--older-than DAYS`` removes runs
started more than DAYS ago (both: a run goes only when both rules let it go). A report
folder that ``reports/latest/`` points at, or that holds the last successful run of its
report, is never removed: in an old run it stays and the rest of the run goes. Only
folders named like a run id are considered (``lab/``, ``normalized/`` and anything else
a person put there are left alone). ``index.html`` is rewritten afterwards. Pandas-free.

Example:
    >>> import tempfile
    >>> prune(tempfile.mkdtemp(), keep=3).summary()
    'nothing to prune: 0 runs, none beyond --keep 3'
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from claimtrack.manifest import MANIFEST, read_manifest
from claimtrack.project import os_error_text
from claimtrack.reports.index import try_write_index
from claimtrack.reports.lock import reports_folder, reports_lock
from claimtrack.reports.results import ParameterError

# What claimtrack.project.new_run_id makes: UTC time to the second, then random hex.
RUN_ID = re.compile(r"^(\d{8}T\d{6}Z)-[0-9a-f]{6}$")


@dataclass
class Removal:
    """One old run: the report folders that go, those kept (and why), their bytes."""

    run: Path
    removed: list[Path]
    kept: dict[str, str]  # report folder name -> why it stays
    size: int = 0

    def describe(self, dry_run: bool) -> str:
        """One line: ``removed run R (3 reports, 1.2 MB)``, with what stays.

        Example:
            >>> Removal(Path("r/R"), [Path("r/R/a")], {"b": "latest"}, 2_000_000).describe(True)
            'would remove run R: 1 report (2.0 MB); kept: b (latest)'
        """
        verb = "would remove" if dry_run else "removed"
        n = len(self.removed)
        what = f"{n} report{'s' if n != 1 else ''} ({megabytes(self.size)})"
        if not self.kept:
            return f"{verb} run {self.run.name} ({what})"
        stays = ", ".join(f"{name} ({why})" for name, why in sorted(self.kept.items()))
        return f"{verb} run {self.run.name}: {what}; kept: {stays}"


@dataclass
class PruneResult:
    """What a prune removed (or, in a dry run, would remove) and what it freed."""

    reports_dir: Path
    runs: int  # runs found
    removals: list[Removal]
    rule: str
    dry_run: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def freed(self) -> int:
        """Bytes of the files removed (or that would be).

        Example:
            >>> PruneResult(Path("r"), 0, [], "").freed
            0
        """
        return sum(r.size for r in self.removals)

    def summary(self) -> str:
        """Plain text: a line per old run, the total freed, the problems.

        Example:
            >>> PruneResult(Path("r"), 2, [], "none beyond --keep 5").summary()
            'nothing to prune: 2 runs, none beyond --keep 5'
        """
        if not self.removals:
            lines = [f"nothing to prune: {self.runs} runs, {self.rule}"]
        else:
            lines = [r.describe(self.dry_run) for r in self.removals]
            whole = sum(not r.kept for r in self.removals)
            verb = "would free" if self.dry_run else "freed"
            lines.append(
                f"{verb} {megabytes(self.freed)}: {whole} of {self.runs} runs removed whole, "
                f"{len(self.removals) - whole} in part (reports latest or the index needs stay)"
            )
        return "\n".join(lines + [f"PROBLEM {p}" for p in self.problems])


def megabytes(size: int) -> str:
    """Bytes as ``1.2 MB`` (``12 kB`` under a megabyte).

    Example:
        >>> megabytes(1_250_000), megabytes(12_400)
        ('1.2 MB', '12 kB')
    """
    return f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"


def run_folders(reports_dir: str | Path) -> list[Path]:
    """The run folders of a reports folder, newest first (run ids sort by time).

    Example:
        >>> import tempfile
        >>> run_folders(tempfile.mkdtemp())
        []
    """
    folder = Path(reports_dir)
    if not folder.is_dir():
        return []
    runs = [p for p in folder.iterdir() if p.is_dir() and RUN_ID.match(p.name)]
    return sorted(runs, key=lambda p: p.name, reverse=True)


def protected(reports_dir: str | Path, runs: Iterable[Path]) -> dict[Path, str]:
    """Report folders that must stay: what ``latest/`` points at, and each report's last
    successful run (newest first in ``runs``), with the reason.

    Example:
        >>> import tempfile
        >>> protected(tempfile.mkdtemp(), [])
        {}
    """
    keep: dict[Path, str] = {}
    latest = Path(reports_dir) / "latest"
    for link in sorted(latest.iterdir()) if latest.is_dir() else []:
        if link.is_symlink() and link.exists():
            keep[link.resolve()] = "latest"
    seen: set[str] = set()
    for run in runs:
        for manifest in sorted(run.glob(f"*/{MANIFEST}")):
            folder = manifest.parent
            status = (read_manifest(folder).get("run") or {}).get("status")
            if status == "succeeded" and folder.name not in seen:
                seen.add(folder.name)
                keep.setdefault(folder.resolve(), "last success")
    return keep


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _old_runs(runs: list[Path], keep: int | None, older_than: float | None) -> list[Path]:
    """The runs both rules let go: beyond the ``keep`` newest, started before the cut-off."""
    cutoff = datetime.now(UTC) - timedelta(days=older_than) if older_than is not None else None
    old = []
    for position, run in enumerate(runs):
        started = datetime.strptime(RUN_ID.match(run.name)[1], "%Y%m%dT%H%M%SZ")
        if keep is not None and position < keep:
            continue
        if cutoff is not None and started.replace(tzinfo=UTC) >= cutoff:
            continue
        old.append(run)
    return old


def _plan(run: Path, keep: dict[Path, str]) -> Removal:
    """What goes from one old run: every entry but the protected report folders."""
    entries = sorted(run.iterdir())
    kept = {p.name: keep[p.resolve()] for p in entries if p.resolve() in keep}
    removed = [p for p in entries if p.name not in kept]
    return Removal(run, removed, kept, sum(_size(p) if p.is_dir() else 0 for p in removed))


def prune(
    reports_dir: str | Path | None = None,
    *,
    keep: int | None = None,
    older_than: float | None = None,
    dry_run: bool = False,
    wait: bool = False,
    on_wait: Callable[[str], None] | None = None,
) -> PruneResult:
    """Remove old runs (see the module), rewrite ``index.html``; with ``dry_run`` only say.
    ``reports_dir``: as :func:`~claimtrack.reports.lock.reports_folder` reads it.

    Holds the reports folder's lock (:mod:`claimtrack.reports.lock`; ``wait`` queues, and
    ``on_wait`` is told whom it waits for). At
    least one rule is needed (``ParameterError`` otherwise, and for negative values).

    Example:
        >>> import tempfile
        >>> prune(tempfile.mkdtemp(), older_than=30, dry_run=True).removals
        []
    """
    if keep is None and older_than is None:
        raise ParameterError("give --keep N and/or --older-than DAYS: which runs may go")
    if (keep is not None and keep < 0) or (older_than is not None and older_than < 0):
        raise ParameterError("--keep and --older-than take a number ≥ 0")
    reports_dir = reports_folder(reports_dir)
    rules = {"--keep": keep, "--older-than": older_than}
    rule = "none beyond " + " and ".join(f"{k} {v:g}" for k, v in rules.items() if v is not None)
    with reports_lock(reports_dir, wait=wait, on_wait=on_wait):
        runs = run_folders(reports_dir)
        keep_folders = protected(reports_dir, runs)
        plans = [_plan(run, keep_folders) for run in _old_runs(runs, keep, older_than)]
        result = PruneResult(reports_dir, len(runs), [p for p in plans if p.removed], rule, dry_run)
        if dry_run:
            return result
        for plan in result.removals:
            _remove(plan, result.problems)
        index_error = try_write_index(reports_dir)
    if index_error:
        result.problems.append(index_error)
    return result


def _remove(plan: Removal, problems: list[str]) -> None:
    """Remove the plan's folders (the run folder too when nothing stays in it)."""
    targets = [plan.run] if not plan.kept else plan.removed
    for target in targets:
        try:
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            else:
                target.unlink()
        except OSError as exc:
            problems.append(f"not removed: {os_error_text(exc)}")

"""``sangkien audit``: the annual audit from the command line, with a progress bar and ETA."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)

from service.audit import reports
from service.audit.analysis import AuditReport, load_report
from service.audit.labels import verdict_label
from service.audit.runner import (AuditParams, create_audit_job, find_resumable, get_audit_job, reopen,
                                  run_audit_job)
from service.context import AppContext
from service.errors import InvalidInputError
from service.index_service import IndexService


class UsageError(Exception):
    """A bad option: the CLI prints the message and exits 2."""


@dataclass
class Outcome:
    status: str
    job_id: int
    report: AuditReport | None
    checked: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.checked / self.seconds if self.seconds > 0 else 0.0


def check_options(outs: list[Path], base_url: str | None) -> None:
    """Options that can be judged before opening anything; ``UsageError`` when wrong."""
    if not outs:
        raise UsageError("give at least one --out file (.xlsx, .html, .csv or .json)")
    for path in outs:
        try:
            reports.format_of(path)
        except InvalidInputError as exc:
            raise UsageError(exc.message) from None
        if path.exists() and path.is_dir():
            raise UsageError(f"{path}: is a folder; give a file name")
    if len({p.resolve() for p in outs}) != len(outs):
        raise UsageError("the same --out file is given twice")
    if base_url is not None:
        parsed = urlparse(base_url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise UsageError(f"--base-url must be an http(s) address like http://sangkien.local, not {base_url!r}")


def _progress(err: Console) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                    TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=err, transient=False)


def run_audit_command(ctx: AppContext, index: IndexService, params: AuditParams, *, outs: list[Path], resume: bool,
                      base_url: str | None, err: Console) -> Outcome:
    """Create (or resume) the job, run it with a progress bar, and write the reports when it is done.

    ``UsageError`` for an unknown unit or field or an empty year; KeyboardInterrupt leaves the
    job resumable.
    """
    try:
        job = find_resumable(ctx, params, runner="cli") if resume else None
        if job is None:
            if resume:
                err.print("no unfinished audit with these options: starting a new one")
            else:
                earlier = find_resumable(ctx, params, runner="cli")
                if earlier is not None:
                    err.print(f"note: audit {earlier.id} with these options stopped at {earlier.done}/{earlier.total}; "
                              "--resume continues it")
            job = create_audit_job(ctx, params, created_by="cli", runner="cli")
        else:
            job = reopen(ctx, job.id or 0)
            err.print(f"resuming audit {job.id}: {job.done}/{job.total} submissions already checked")
    except InvalidInputError as exc:
        extra = ""
        if exc.code == "unknown_field" and exc.details and exc.details.get("fields"):
            extra = " (known fields: " + ", ".join(exc.details["fields"][:20]) + ")"
        raise UsageError(exc.message + extra) from None
    assert job.id is not None
    first_done: list[int] = []
    started = time.perf_counter()
    with _progress(err) as progress:
        task: list[TaskID] = []

        def on_progress(done: int, total: int) -> None:
            if not task:  # created at the resume point, so the ETA counts only this run's speed
                first_done.append(done)
                task.append(progress.add_task(f"audit {params.year}", total=total, completed=done, rate=""))
                return
            elapsed = time.perf_counter() - started
            rate = (done - first_done[0]) / elapsed if elapsed > 0 else 0.0
            progress.update(task[0], completed=done, rate=f"{rate:.1f}/s")

        status = run_audit_job(index, job.id, progress=on_progress)
    seconds = time.perf_counter() - started
    final = get_audit_job(ctx, job.id)
    checked = final.done - (first_done[0] if first_done else 0)
    if status.value != "done":
        return Outcome(status.value, job.id, None, checked, seconds)
    report = load_report(ctx, job.id, base_url=base_url)
    for path in outs:
        reports.write(report, path)
    return Outcome(status.value, job.id, report, checked, seconds)


def summary_lines(outcome: Outcome, outs: list[Path]) -> list[str]:
    r = outcome.report
    lines = [f"audit {outcome.job_id}: {outcome.status}; checked {outcome.checked} submissions in "
             f"{outcome.seconds:.1f}s ({outcome.rate:.2f} submissions/s)"]
    if r is not None:
        c = r.counts
        lines.append(f"year {r.year}: {c.total} submissions — " + ", ".join(
            f"{getattr(c, v)} {verdict_label(v).lower()}" for v in ("duplicate", "suspect", "related", "new")))
        lines.append(f"flagged {len(r.flagged)}, copying clusters {len(r.clusters)}, "
                     f"self-reuse {len(r.repeaters)}")
        lines += [f"wrote {p}" for p in outs]
    return lines

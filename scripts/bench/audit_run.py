"""Audit throughput: a whole year of a benchmark corpus against its earlier years, through the
same job runner as `sangkien audit`, then the XLSX and HTML reports."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sqlmodel import Session, func, select

from models.tables import Initiative
from scripts.bench.errors import BenchError
from service.audit import reports
from service.audit.runner import AuditParams, create_audit_job, run_audit_job
from service.audit.analysis import load_report
from service.context import open_context
from service.runtime import open_index
from service.settings import Settings


def _year_counts(ctx: Any) -> dict[int, int]:
    with Session(ctx.engine) as s:
        rows = s.exec(select(Initiative.year, func.count()).group_by(Initiative.year)).all()
    return {int(y): int(n) for y, n in rows if y is not None}


def _field_counts(ctx: Any, year: int) -> dict[str, int]:
    with Session(ctx.engine) as s:
        rows = s.exec(select(Initiative.field, func.count()).where(Initiative.year == year)
                      .group_by(Initiative.field)).all()
    return {str(name): int(n) for name, n in rows if name}


def pick_field(counts: dict[str, int], max_new: int) -> str | None:
    """The field with the most submissions not above ``max_new`` (else the smallest one)."""
    if not counts:
        return None
    fitting = [(n, name) for name, n in counts.items() if n <= max_new]
    return max(fitting)[1] if fitting else min((n, name) for name, n in counts.items())[1]


def audit_throughput(data_dir: Path, out_dir: Path, max_new: int | None = None) -> dict[str, Any]:
    """Audit the corpus's latest year with the shipped thresholds; seconds and submissions/s.
    With ``max_new`` and a bigger year, only one field of that year is audited (still against
    every earlier initiative of every field)."""
    ctx = open_context(Settings(data_dir=data_dir, load_demo=False))
    field: str | None = None
    try:
        counts = _year_counts(ctx)
        if not counts:
            raise BenchError("empty_corpus", f"no initiatives in {data_dir}")
        year = max(counts)
        new = counts[year]
        if max_new is not None and new > max_new:
            by_field = _field_counts(ctx, year)
            field = pick_field(by_field, max_new)
            if field is not None:
                new = by_field[field]
        index = open_index(ctx)
        job = create_audit_job(ctx, AuditParams(year=year, field=field, trend_years=0), created_by="benchmark",
                               runner="cli")
        assert job.id is not None
        t0 = time.perf_counter()
        status = run_audit_job(index, job.id)
        checks = time.perf_counter() - t0
        if status.value != "done":
            raise BenchError("audit_failed", f"audit job ended {status.value}")
        t0 = time.perf_counter()
        report = load_report(ctx, job.id, base_url=None)
        out_dir.mkdir(parents=True, exist_ok=True)
        for fmt in ("xlsx", "html"):
            reports.write(report, out_dir / f"audit-{year}.{fmt}")
        report_seconds = time.perf_counter() - t0
    finally:
        ctx.close()
    earlier = sum(n for y, n in counts.items() if y < year)
    return {"year": year, "field": field, "new": new, "earlier": earlier, "check_seconds": round(checks, 1),
            "report_seconds": round(report_seconds, 1),
            "submissions_per_s": round(new / (checks + report_seconds), 2) if checks + report_seconds else None,
            "flagged": len(report.flagged), "clusters": len(report.clusters)}

"""The audit report as JSON: ``{"year", "summary", "flagged", "clusters", "repeaters"}`` and more."""

from __future__ import annotations

import json
from typing import Any

from service.audit.analysis import AuditReport


def report_dict(report: AuditReport) -> dict[str, Any]:
    summary = report.counts.to_dict()
    summary["by_unit"] = {unit: c.to_dict() for unit, c in report.by_unit.items()}
    summary["by_field"] = {name: c.to_dict() for name, c in report.by_field.items()}
    flagged = []
    for f in report.flagged:
        item = f.to_dict()
        if report.base_url:
            item["url"] = report.link(f.id)
            item["best_match"]["url"] = report.link(f.best_match.id)
        flagged.append(item)
    return {
        "year": report.year,
        "summary": summary,
        "flagged": flagged,
        "clusters": [c.to_dict() for c in report.clusters],
        "repeaters": [r.to_dict() for r in report.repeaters],
        "trend": [p.to_dict() for p in report.trend],
        "filters": {"unit": report.params.unit, "field": report.params.field},
        "job": {"id": report.job_id, "status": report.status,
                "finished_at": report.finished_at.isoformat() if report.finished_at else None,
                "missing": report.missing, "checked_per_second": report.checked_per_second},
        "generated_at": report.generated_at.isoformat(),
    }


def render_json(report: AuditReport) -> bytes:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2).encode("utf-8")

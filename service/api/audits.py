"""/api/v1/audits: the annual audit as a background job, its progress, cancellation and reports."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, Body, Depends, Path, Request, Response
from pydantic import BaseModel, Field
from sqlmodel import Session

from models import repository as repo
from models.tables import Job, JobStatus
from service.api import API_PREFIX
from service.api.deps import get_ctx, require
from service.api.errors import ApiError
from service.api.openapi import error_responses
from service.audit.analysis import load_report
from service.audit.reports import MEDIA_TYPES, file_name, render
from service.audit.runner import AuditParams, create_audit_job, get_audit_job, params_of, request_cancel
from service.audit.worker import AuditWorker
from service.context import AppContext
from service.security import Permission, Principal

router = APIRouter(prefix=API_PREFIX, tags=["audits"])

ReportFormat = Literal["xlsx", "html", "csv", "json"]


class AuditJobView(BaseModel):
    id: int
    status: JobStatus
    year: int
    unit: str | None = None
    field: str | None = None
    trend_years: int
    done: int = Field(description="Submissions checked so far (the audited year's, then earlier years' for the trend).")
    total: int
    progress: float = Field(description="done / total, 0-1.")
    error: str | None = None
    cancel_requested: bool
    created_by: str | None = None
    created_at: datetime
    updated_at: datetime
    reports: dict[str, str] = Field(default_factory=dict, description="Download paths, once the job is done.")


def _view(job: Job) -> AuditJobView:
    assert job.id is not None
    params = params_of(job)
    reports = ({fmt: f"{API_PREFIX}/audits/{job.id}/report.{fmt}" for fmt in MEDIA_TYPES}
               if job.status == JobStatus.done else {})
    return AuditJobView(id=job.id, status=job.status, year=params.year, unit=params.unit, field=params.field,
                        trend_years=params.trend_years, done=job.done, total=job.total,
                        progress=round(job.done / job.total, 4) if job.total else 0.0, error=job.error,
                        cancel_requested=job.cancel_requested, created_by=job.created_by, created_at=job.created_at,
                        updated_at=job.updated_at, reports=reports)


def _worker(request: Request) -> AuditWorker:
    worker: AuditWorker | None = getattr(request.app.state, "audits", None)
    if worker is None or not worker.alive:
        raise ApiError(503, "audit_worker_unavailable", "the audit worker is not running")
    return worker


def _audit(ctx: AppContext, actor: str, action: str, job_id: int, details: dict[str, Any]) -> None:
    with Session(ctx.engine) as session:
        repo.add_audit(session, actor, action, "audit_job", str(job_id), details)
        session.commit()


@router.post("/audits", status_code=202, summary="Start the audit of a year", response_model=AuditJobView,
             responses=error_responses(422, 503),
             description="Checks every initiative of `year` (optionally one unit and/or field) against all earlier "
                         "years and other people's initiatives of the same year, in the background. Follow it with "
                         "`GET /api/v1/audits/{id}`; download the reports when it is `done`. 422 `unknown_unit`, "
                         "`unknown_field` or `empty_audit` when there is nothing to audit.")
def start_route(request: Request,
                params: AuditParams = Body(openapi_examples={
                    "whole_year": {"summary": "Cả năm 2025", "value": {"year": 2025}},
                    "one_unit": {"summary": "Một đơn vị, một lĩnh vực",
                                 "value": {"year": 2025, "unit": "Trường THCS Xuân Lâm", "field": "Toán"}}}),
                principal: Principal = Depends(require(Permission.audit)),
                ctx: AppContext = Depends(get_ctx)) -> AuditJobView:
    worker = _worker(request)
    job = create_audit_job(ctx, params, created_by=principal.label, runner="service")
    assert job.id is not None
    _audit(ctx, principal.label, "audit_start", job.id, {**params_of(job).model_dump(), "total": job.total})
    worker.submit(job.id)
    return _view(job)


@router.get("/audits/{job_id}", summary="Progress of an audit", response_model=AuditJobView,
            responses=error_responses(404))
def status_route(job_id: int = Path(ge=1, le=2**62), _principal: Principal = Depends(require(Permission.audit)),
                 ctx: AppContext = Depends(get_ctx)) -> AuditJobView:
    return _view(get_audit_job(ctx, job_id))


@router.post("/audits/{job_id}/cancel", status_code=202, summary="Cancel an audit", response_model=AuditJobView,
             responses=error_responses(404, 409),
             description="The job stops after the submission being checked; what is done stays stored. "
                         "409 `audit_finished` when it has already ended.")
def cancel_route(job_id: int = Path(ge=1, le=2**62), principal: Principal = Depends(require(Permission.audit)),
                 ctx: AppContext = Depends(get_ctx)) -> AuditJobView:
    job = request_cancel(ctx, job_id)
    _audit(ctx, principal.label, "audit_cancel", job_id, {"done": job.done, "total": job.total})
    return _view(job)


@router.get("/audits/{job_id}/report.{fmt}", summary="Download an audit report",
            responses={**error_responses(404, 409),
                       200: {"content": {m: {} for m in MEDIA_TYPES.values()},
                             "description": "The report file (XLSX, self-contained HTML, CSV or JSON)."}},
            response_class=Response,
            description="`fmt` is `xlsx`, `html`, `csv` or `json`. Needs the export permission; every download is "
                        "written to the audit log. 409 `audit_not_finished` until the job is done.")
def report_route(request: Request, job_id: int = Path(ge=1, le=2**62), fmt: ReportFormat = Path(),
                 principal: Principal = Depends(require(Permission.export)),
                 ctx: AppContext = Depends(get_ctx)) -> Response:
    report = load_report(ctx, job_id, base_url=str(request.base_url).rstrip("/"))
    data = render(report, fmt)
    _audit(ctx, principal.label, "audit_export", job_id,
           {"format": fmt, "year": report.year, "flagged": len(report.flagged), "bytes": len(data)})
    headers = {"Content-Disposition": f'attachment; filename="{file_name(report, fmt)}"',
               "Cache-Control": "no-store"}
    if fmt == "html":
        # Opened from the API it is a static document: no script, nothing loaded from elsewhere.
        headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    return Response(content=data, media_type=MEDIA_TYPES[fmt], headers=headers)

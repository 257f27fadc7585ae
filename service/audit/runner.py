"""Runs an annual audit as a resumable job.

The work list (the audited year's submissions, then the earlier years' for the trend) is fixed
when the job is created and kept in the job's state. Each submission's result is stored as it
finishes (``audit_result``), so a job stopped by a restart, a crash or Ctrl-C resumes with the
next submission. Cancellation is read between submissions.

Each submission is checked with ``service.history.check_stored``: its stored passages and
embeddings are reused, and the engine compares it with every earlier year and with other
people's submissions of the same year.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from models import repository as repo
from models.tables import AuditResult, Initiative, Job, JobStatus, utcnow
from service.context import AppContext
from service.errors import ConflictError, InvalidInputError, NotFoundError
from service.history import check_stored, submission_of
from service.index_service import IndexService
from service.ingest import name_key

log = logging.getLogger("sangkien.audit")

AUDIT_KIND = "audit"
MATCHES_KEPT = 5  # per submission: enough for the reports and for the clusters' edges
EVIDENCE_KEPT = 2
EXCERPT_CHARS = 400
Runner = Literal["cli", "service"]
Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]


class AuditParams(BaseModel):
    """What to audit: a year, optionally one unit and/or one field."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    year: int = Field(ge=1990, le=2100, description="The audited year (year of the submissions).")
    unit: str | None = Field(None, min_length=1, max_length=500, description="Only this unit (đơn vị).")
    field: str | None = Field(None, min_length=1, max_length=300, description="Only this field (lĩnh vực).")
    trend_years: int = Field(3, ge=0, le=10, description="Earlier years checked for the trend line (0: none).")


def params_of(job: Job) -> AuditParams:
    return AuditParams.model_validate(json.loads(job.params_json))


def state_of(job: Job) -> dict[str, Any]:
    return json.loads(job.state_json) if job.state_json else {}


def resolve_params(session: Session, params: AuditParams) -> AuditParams:
    """The stored spelling of the unit and field; ``InvalidInputError`` when either is unknown."""
    unit = field = None
    if params.unit is not None:
        found = repo.unit_by_key(session, name_key(params.unit))
        if found is None:
            raise InvalidInputError("unknown_unit", f"no unit named {params.unit!r}")
        unit = found.name
    if params.field is not None:
        wanted = name_key(params.field)
        fields = repo.distinct_fields(session)
        field = next((f for f in fields if name_key(f) == wanted), None)
        if field is None:
            raise InvalidInputError("unknown_field", f"no initiative has the field {params.field!r}",
                                    {"fields": fields[:100]})
    return params.model_copy(update={"unit": unit, "field": field})


def _params_json(params: AuditParams) -> dict[str, Any]:
    return params.model_dump()


def create_audit_job(ctx: AppContext, params: AuditParams, *, created_by: str, runner: Runner) -> Job:
    """A queued audit job with its work list fixed now. ``InvalidInputError`` for an unknown unit
    or field, or a year with nothing to audit."""
    with Session(ctx.engine, expire_on_commit=False) as session:
        params = resolve_params(session, params)
        unit_key = name_key(params.unit) if params.unit else None
        subjects = repo.audit_subject_ids(session, [params.year], unit_key=unit_key, field=params.field)
        if not subjects:
            raise InvalidInputError("empty_audit", f"no initiative of {params.year} in scope",
                                    {"year": params.year, "unit": params.unit, "field": params.field})
        trend_years = repo.years_before(session, params.year, unit_key=unit_key, field=params.field,
                                        limit=params.trend_years)
        trend = repo.audit_subject_ids(session, trend_years, unit_key=unit_key, field=params.field)
        job = repo.create_job(session, AUDIT_KIND, _params_json(params), created_by)
        job.total = len(subjects) + len(trend)
        job.state_json = json.dumps({"runner": runner, "audit_ids": [i for i, _ in subjects],
                                     "trend_ids": [i for i, _ in trend], "trend_years": trend_years,
                                     "checked": 0, "check_seconds": 0.0})
        session.add(job)
        session.commit()
        log.info("audit job %s created: year %s, %d submissions, %d for the trend", job.id, params.year,
                 len(subjects), len(trend))
        return job


RESUMABLE = (JobStatus.queued, JobStatus.running, JobStatus.failed, JobStatus.cancelled)


def find_resumable(ctx: AppContext, params: AuditParams, *, runner: Runner) -> Job | None:
    """The latest unfinished job with the same parameters started by this kind of runner."""
    with Session(ctx.engine, expire_on_commit=False) as session:
        params = resolve_params(session, params)
        wanted = json.dumps(_params_json(params), ensure_ascii=False, sort_keys=True)
        job = repo.latest_job_with_params(session, AUDIT_KIND, wanted, RESUMABLE)
        if job is not None and state_of(job).get("runner") != runner:
            return None
        return job


def _require_job(session: Session, job_id: int) -> Job:
    job = repo.get_job(session, job_id, AUDIT_KIND)
    if job is None:
        raise NotFoundError("audit_not_found", f"no audit job {job_id}")
    return job


def reopen(ctx: AppContext, job_id: int) -> Job:
    """Make a failed or cancelled job runnable again (an explicit resume by the user)."""
    with Session(ctx.engine, expire_on_commit=False) as session:
        job = _require_job(session, job_id)
        if job.status in (JobStatus.failed, JobStatus.cancelled):
            job.status, job.cancel_requested, job.updated_at = JobStatus.queued, False, utcnow()
            session.add(job)
            session.commit()
        return job


def get_audit_job(ctx: AppContext, job_id: int) -> Job:
    with Session(ctx.engine, expire_on_commit=False) as session:
        return _require_job(session, job_id)


def request_cancel(ctx: AppContext, job_id: int) -> Job:
    """Ask a queued or running job to stop; it stops between two submissions. A queued job not
    being run is cancelled at once. ``ConflictError`` when the job has already ended."""
    with Session(ctx.engine, expire_on_commit=False) as session:
        job = _require_job(session, job_id)
        if job.status not in (JobStatus.queued, JobStatus.running):
            raise ConflictError("audit_finished", f"audit job {job_id} is already {job.status.value}")
        job.cancel_requested = True
        if job.status == JobStatus.queued:
            job.status = JobStatus.cancelled
        job.updated_at = utcnow()
        session.add(job)
        session.commit()
        return job


def _trim(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS - 1].rstrip() + "…"


def compact_result(result: dict[str, Any], subject: dict[str, Any]) -> dict[str, Any]:
    """What the reports need of a check result: the submission, the verdict and the closest
    matches with a short excerpt of their evidence."""
    matches = []
    for m in result.get("matches", [])[:MATCHES_KEPT]:
        kept = {k: m.get(k) for k in ("id", "title", "author", "unit", "year", "score", "level", "relations",
                                      "explanation")}
        if m.get("decision"):
            kept["decision"] = m["decision"].get("decision")
        kept["evidence"] = [{"section": e.get("section"), "query_text": _trim(e.get("query_text", "")),
                             "match_text": _trim(e.get("match_text", "")), "similarity": e.get("similarity")}
                            for e in m.get("evidence", [])[:EVIDENCE_KEPT]]
        matches.append(kept)
    return {"subject": subject, "verdict": result.get("verdict", "new"), "score": result.get("score", 0.0),
            "matches": matches, "duty_relevance": result.get("duty_relevance"),
            "duty_note": result.get("duty_note")}


def _subject(session: Session, ini: Initiative) -> dict[str, Any]:
    sub = submission_of(session, ini)
    return {"id": ini.external_id, "title": ini.title, "author": sub.author, "author_code": sub.author_code,
            "coauthors": list(sub.coauthors), "unit": sub.unit, "field": ini.field, "year": ini.year}


def _save_state(session: Session, job: Job, state: dict[str, Any], done: int) -> None:
    job.state_json = json.dumps(state)
    job.done = done
    job.updated_at = utcnow()
    session.add(job)


def _reuse_trend_results(session: Session, job: Job, trend_ids: list[int], done_ids: set[int]) -> int:
    """Earlier years' results already computed by other audits (same text) are copied, not redone:
    the trend of this year's audit then costs nothing for years audited before."""
    assert job.id is not None
    todo = [i for i in trend_ids if i not in done_ids]
    if not todo:
        return 0
    stored = repo.latest_audit_results(session, todo, exclude_job=job.id)
    current = {ini.id: ini.content_sha256 for ini in repo.initiatives_by_ids(session, list(stored))}
    copied = 0
    for initiative_id, row in stored.items():
        if current.get(initiative_id) != row.content_sha256:
            continue
        repo.add_audit_result(session, AuditResult(
            job_id=job.id, initiative_id=initiative_id, external_id=row.external_id, year=row.year, phase="trend",
            content_sha256=row.content_sha256, result_json=row.result_json))
        done_ids.add(initiative_id)
        copied += 1
    return copied


def run_audit_job(index: IndexService, job_id: int, *, progress: Progress | None = None,
                  should_stop: ShouldStop | None = None) -> JobStatus:
    """Run (or resume) an audit job until it is done, cancelled, stopped or fails.

    ``should_stop`` is asked between submissions (service shut-down, a test's simulated stop):
    the job is left ``queued`` to be resumed. An exception marks the job ``failed`` (with the
    error) and is raised again; its finished submissions stay stored.
    """
    with Session(index.ctx.engine, expire_on_commit=False) as session:
        job = _require_job(session, job_id)
        if job.status == JobStatus.done:
            return job.status
        if job.cancel_requested:
            job.status = JobStatus.cancelled
            session.add(job)
            session.commit()
            return job.status
        state = state_of(job)
        audit_ids: list[int] = state.get("audit_ids", [])
        trend_ids: list[int] = state.get("trend_ids", [])
        done_ids = repo.audit_done_ids(session, job_id)
        reused = _reuse_trend_results(session, job, trend_ids, done_ids)
        state["reused"] = state.get("reused", 0) + reused
        job.status, job.error = JobStatus.running, None
        _save_state(session, job, state, len(done_ids))
        session.commit()
        total = job.total
        if progress:
            progress(len(done_ids), total)
        work = [(i, "audit") for i in audit_ids] + [(i, "trend") for i in trend_ids]
        try:
            for initiative_id, phase in work:
                if initiative_id in done_ids:
                    continue
                if repo.job_cancel_requested(session, job_id):
                    job.status = JobStatus.cancelled
                    _save_state(session, job, state, len(done_ids))
                    session.commit()
                    log.info("audit job %s cancelled at %d/%d", job_id, len(done_ids), total)
                    return job.status
                if should_stop is not None and should_stop():
                    job.status = JobStatus.queued
                    _save_state(session, job, state, len(done_ids))
                    session.commit()
                    log.info("audit job %s stopped at %d/%d; it will resume", job_id, len(done_ids), total)
                    return job.status
                _check_one(index, session, job, initiative_id, phase, state)
                done_ids.add(initiative_id)
                _save_state(session, job, state, len(done_ids))
                session.commit()
                if progress:
                    progress(len(done_ids), total)
        except BaseException as exc:
            session.rollback()
            failed = repo.get_job(session, job_id)
            if failed is not None:
                # Ctrl-C is an interruption to resume, not a failure of the audit.
                interrupted = isinstance(exc, KeyboardInterrupt)
                failed.status = JobStatus.queued if interrupted else JobStatus.failed
                failed.error = None if interrupted else f"{type(exc).__name__}: {exc}"[:2000]
                failed.updated_at = utcnow()
                session.add(failed)
                session.commit()
            raise
        job.status = JobStatus.done
        _save_state(session, job, state, len(done_ids))
        session.commit()
        log.info("audit job %s done: %d submissions", job_id, total)
        return job.status


def _check_one(index: IndexService, session: Session, job: Job, initiative_id: int, phase: str,
               state: dict[str, Any]) -> None:
    assert job.id is not None
    ini = session.get(Initiative, initiative_id)
    if ini is None:
        # Deleted since the job was created: nothing to check; the reports leave it out.
        payload: dict[str, Any] = {"missing": True}
        external_id, year, sha = "", 0, ""
    else:
        started = time.perf_counter()
        result = check_stored(index, session, ini)
        state["check_seconds"] = state.get("check_seconds", 0.0) + time.perf_counter() - started
        state["checked"] = state.get("checked", 0) + 1
        payload = compact_result(result, _subject(session, ini))
        external_id, year, sha = ini.external_id, ini.year, ini.content_sha256
    try:
        repo.add_audit_result(session, AuditResult(
            job_id=job.id, initiative_id=initiative_id, external_id=external_id, year=year, phase=phase,
            content_sha256=sha, result_json=json.dumps(payload, ensure_ascii=False)))
    except IntegrityError:
        session.rollback()  # only this row was pending: each submission is committed on its own
        # Another runner of the same job stored it first: the same check, keep theirs.
        log.warning("audit job %s: result of initiative %s already stored", job.id, initiative_id)

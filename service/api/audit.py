"""/api/v1/audit-log: read-only; no route changes or deletes entries."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Query
from sqlmodel import Session

from service.api import API_PREFIX
from service.api.deps import get_session, require
from service.api.openapi import error_responses
from service.audit_log import AuditPage, list_audit
from service.security import Permission, Principal

router = APIRouter(prefix=API_PREFIX, tags=["audit"])


@router.get("/audit-log", summary="Read the audit log, newest first", response_model=AuditPage,
            responses=error_responses(422))
def audit_route(
    action: str | None = Query(None, max_length=50,
                               description="check, ingest, bulk_ingest, decision, initiative_delete, key_create, "
                                           "key_revoke, user_create..."),
    actor: str | None = Query(None, max_length=200, description="e.g. key:Hồ sơ điện tử or user:admin"),
    target_type: str | None = Query(None, max_length=50),
    target_id: str | None = Query(None, max_length=200),
    since: datetime | None = Query(None),
    until: datetime | None = Query(None),
    limit: int = Query(100, ge=1, le=500),
    offset: int = Query(0, ge=0, le=10_000_000),
    _principal: Principal = Depends(require(Permission.audit)),
    session: Session = Depends(get_session),
) -> AuditPage:
    return list_audit(session, action=action, actor=actor, target_type=target_type, target_id=target_id,
                      since=since, until=until, limit=limit, offset=offset)

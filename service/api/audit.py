"""/api/v1/audit-log: read-only; no route changes or deletes entries."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BeforeValidator
from sqlmodel import Session

from service.api import API_PREFIX
from service.api.deps import get_session, require
from service.api.openapi import error_responses
from service.audit_log import AuditPage, list_audit
from service.security import Permission, Principal

router = APIRouter(prefix=API_PREFIX, tags=["audit"])


def _iso_only(value: Any) -> Any:
    # Pydantic would read "0.5" or "1700000000" as a Unix timestamp; the API takes ISO 8601 only.
    if isinstance(value, str) and not re.match(r"\s*\d{4}-\d{2}-\d{2}", value):
        raise ValueError("use an ISO 8601 date-time such as 2024-05-01T08:00:00+07:00")
    return value


IsoDatetime = Annotated[datetime, BeforeValidator(_iso_only)]


@router.get("/audit-log", summary="Read the audit log, newest first", response_model=AuditPage,
            responses=error_responses(422))
def audit_route(
    action: str | None = Query(None, max_length=50,
                               description="check, ingest, bulk_ingest, decision, initiative_delete, key_create, "
                                           "key_revoke, user_create..."),
    actor: str | None = Query(None, max_length=200, description="e.g. key:Hồ sơ điện tử or user:admin"),
    target_type: str | None = Query(None, max_length=50),
    target_id: str | None = Query(None, max_length=200),
    since: IsoDatetime | None = Query(None, description="ISO 8601 date-time, e.g. 2024-05-01T08:00:00+07:00"),
    until: IsoDatetime | None = Query(None, description="ISO 8601 date-time"),
    limit: int = Query(100, ge=1, le=500),
    offset: int = Query(0, ge=0, le=10_000_000),
    _principal: Principal = Depends(require(Permission.audit)),
    session: Session = Depends(get_session),
) -> AuditPage:
    return list_audit(session, action=action, actor=actor, target_type=target_type, target_id=target_id,
                      since=since, until=until, limit=limit, offset=offset)

"""Reading the audit log. Nothing here (or anywhere in the API) edits or deletes entries."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlmodel import Session

from models import repository as repo
from models.tables import AuditLog


class AuditEntry(BaseModel):
    id: int
    at: datetime
    actor: str
    action: str
    target_type: str | None = None
    target_id: str | None = None
    details: Any = None


class AuditPage(BaseModel):
    items: list[AuditEntry]
    total: int
    limit: int
    offset: int
    next_offset: int | None = None


def _entry(row: AuditLog) -> AuditEntry:
    assert row.id is not None
    details: Any = None
    if row.details:
        try:
            details = json.loads(row.details)
        except ValueError:
            details = row.details  # written by hand or by an older version: show as it is
    return AuditEntry(id=row.id, at=row.at, actor=row.actor, action=row.action, target_type=row.target_type,
                      target_id=row.target_id, details=details)


def list_audit(session: Session, *, action: str | None = None, actor: str | None = None,
               target_type: str | None = None, target_id: str | None = None, since: datetime | None = None,
               until: datetime | None = None, limit: int = 100, offset: int = 0) -> AuditPage:
    """Audit entries, newest first, filtered."""
    rows, total = repo.list_audit(session, action=action, actor=actor, target_type=target_type,
                                  target_id=target_id, since=since, until=until, limit=limit, offset=offset)
    next_offset = offset + len(rows) if offset + len(rows) < total else None
    return AuditPage(items=[_entry(r) for r in rows], total=total, limit=limit, offset=offset,
                     next_offset=next_offset)

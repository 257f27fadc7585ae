"""Initiatives as the REST API and the web page see them: read, list, save, bulk save, delete.

Every write is audited in the same transaction and indexed right after it commits, so a check
made after a save already sees the saved text. Functions that take an ``IndexService`` open
their own sessions and commit; the others only read.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from models import repository as repo
from models.db import begin_write
from models.repository import InitiativeFilter, InitiativeInput, Outcome
from models.tables import Initiative, InitiativeStatus
from service.errors import InvalidInputError, NotFoundError
from service.index_service import IndexService
from service.ingest import name_key, to_input
from service.records import InitiativeRecord, RecordError, RowResult, validate_record

log = logging.getLogger("sangkien.initiatives")

# One writer of initiatives per process: two requests creating the same id, unit or person at
# once would otherwise race on the unique keys. Indexing has its own lock in IndexService.
_WRITE_LOCK = threading.Lock()
BATCH_SIZE = 200


# ---------------------------------------------------------------------- views

class PersonRef(BaseModel):
    id: int = Field(description="Internal person number (use it with /api/v1/people/{id}/history).")
    name: str
    staff_code: str | None = Field(None, description="Mã cán bộ, the import contract's author_id.")
    share: float | None = Field(None, description="Contribution percentage, when given.")


class InitiativeSummary(BaseModel):
    id: str = Field(description="External id (the import contract's id).")
    title: str
    year: int
    school_year: str | None = None
    status: InitiativeStatus
    field: str | None = None
    unit: str | None = None
    author: PersonRef | None = None
    coauthors: list[PersonRef] = Field(default_factory=list)
    created_at: datetime
    updated_at: datetime


class InitiativeDetail(InitiativeSummary):
    summary: str = ""
    content: str = ""
    duties: str | None = Field(None, description="The author's duties (nhiệm vụ được giao).")
    source_file: str | None = None
    conversions: list[str] = Field(default_factory=list, description="Legacy encodings converted on import.")


class InitiativePage(BaseModel):
    items: list[InitiativeSummary]
    total: int
    limit: int
    offset: int
    next_offset: int | None = Field(None, description="Offset of the next page; null on the last page.")


class SaveResult(BaseModel):
    outcome: Literal["created", "updated", "unchanged"]
    initiative: InitiativeDetail


@dataclass
class ListFilters:
    """Filters as a user types them; names are matched in their normalised form."""

    year: int | None = None
    unit: str | None = None
    author: str | None = None  # author or co-author name
    author_id: str | None = None  # author or co-author staff code
    field: str | None = None
    status: InitiativeStatus | None = None

    def to_repo(self) -> InitiativeFilter:
        return InitiativeFilter(
            year=self.year, unit_key=name_key(self.unit) if self.unit else None,
            person_key=name_key(self.author) if self.author else None,
            staff_code=self.author_id or None, field=self.field or None, status=self.status)


def _views(session: Session, rows: list[Initiative], detail: bool) -> list[Any]:
    ids = [r.id for r in rows if r.id is not None]
    links = repo.authors_of(session, ids)
    units = repo.units_by_ids(session, (r.unit_id for r in rows))
    out: list[Any] = []
    for row in rows:
        assert row.id is not None
        author, coauthors, duties = None, [], None
        for link, person in links.get(row.id, []):
            assert person.id is not None
            ref = PersonRef(id=person.id, name=person.full_name, staff_code=person.staff_code, share=link.share)
            if link.is_main:
                author, duties = ref, person.duties
            else:
                coauthors.append(ref)
        unit = units.get(row.unit_id) if row.unit_id is not None else None
        base: dict[str, Any] = dict(
            id=row.external_id, title=row.title, year=row.year, school_year=row.school_year, status=row.status,
            field=row.field, unit=unit.name if unit else None, author=author, coauthors=coauthors,
            created_at=row.created_at, updated_at=row.updated_at)
        if detail:
            out.append(InitiativeDetail(**base, summary=row.summary, content=row.content, duties=duties,
                                        source_file=row.source_file,
                                        conversions=[c for c in row.conversions.split(",") if c]))
        else:
            out.append(InitiativeSummary(**base))
    return out


# ---------------------------------------------------------------------- reads

def get_initiative(session: Session, external_id: str) -> InitiativeDetail | None:
    """One initiative with its text, or None."""
    row = repo.get_initiative(session, external_id)
    if row is None:
        return None
    return _views(session, [row], detail=True)[0]


def require_initiative(session: Session, external_id: str) -> Initiative:
    """The stored row, or ``NotFoundError``."""
    row = repo.get_initiative(session, external_id)
    if row is None:
        raise NotFoundError("initiative_not_found", f"no initiative with id {external_id!r}")
    return row


def list_initiatives(session: Session, filters: ListFilters, *, limit: int = 50, offset: int = 0) -> InitiativePage:
    """A page of initiatives, newest year first, with the total number that match."""
    rows, total = repo.list_initiatives(session, filters.to_repo(), limit=limit, offset=offset)
    items = _views(session, rows, detail=False)
    next_offset = offset + len(rows) if offset + len(rows) < total else None
    return InitiativePage(items=items, total=total, limit=limit, offset=offset, next_offset=next_offset)


# ---------------------------------------------------------------------- writes

def parse_record(raw: Mapping[str, Any], *, external_id: str | None = None) -> InitiativeRecord:
    """Validate a request body against the import contract (``RecordError`` when it fails).

    ``external_id`` (from a URL) fills a missing ``id`` and must equal a given one.
    """
    data = dict(raw)
    if external_id is not None:
        given = data.get("id")
        if isinstance(given, str) and given.strip() and given.strip() != external_id:
            raise InvalidInputError("id_mismatch", f"body id {given.strip()!r} differs from the URL's {external_id!r}")
        data["id"] = external_id
    return validate_record(data)


def _store(session: Session, data: InitiativeInput, actor: str, *, require_existing: bool,
           audit_details: dict[str, Any] | None = None) -> tuple[Initiative, Outcome]:
    if require_existing and repo.get_initiative(session, data.external_id) is None:
        raise NotFoundError("initiative_not_found", f"no initiative with id {data.external_id!r}")
    initiative, outcome = repo.upsert_initiative(session, data)
    details = {"outcome": outcome, "title": data.title[:200], "year": data.year, **(audit_details or {})}
    if data.source_file:
        details["source_file"] = data.source_file
    repo.add_audit(session, actor, "ingest", "initiative", data.external_id, details)
    return initiative, outcome


def save_input(index: IndexService, data: InitiativeInput, *, actor: str,
               require_existing: bool = False) -> tuple[int, Outcome]:
    """Store one normalised record, audit it, and index it when it changed.

    Returns (internal id, outcome). ``require_existing`` makes it an update only
    (``NotFoundError`` when the id is unknown).
    """
    for attempt in (1, 2):
        try:
            with _WRITE_LOCK, Session(index.ctx.engine, expire_on_commit=False) as session:
                initiative, outcome = _store(session, data, actor, require_existing=require_existing)
                session.commit()
            break
        except IntegrityError:
            # Another process inserted the same id, unit or person meanwhile: the retry finds it.
            if attempt == 2:
                raise
            log.info("write conflict on %s; retrying", data.external_id)
    assert initiative.id is not None
    if outcome != "unchanged":
        index.index_initiatives([initiative.id])
    return initiative.id, outcome


def save_record(index: IndexService, record: InitiativeRecord, *, actor: str, source_file: str | None = None,
                source_sha256: str | None = None, require_existing: bool = False) -> SaveResult:
    """Create or update (by external id) one validated record; see ``save_input``."""
    _, outcome = save_input(index, to_input(record, source_file, source_sha256), actor=actor,
                            require_existing=require_existing)
    with Session(index.ctx.engine) as session:
        view = get_initiative(session, record.id or "")
    assert view is not None
    return SaveResult(outcome=outcome, initiative=view)


def delete_initiative(index: IndexService, external_id: str, *, actor: str) -> None:
    """Delete an initiative (its passages and decisions go with it) and drop it from the index."""
    with _WRITE_LOCK, Session(index.ctx.engine) as session:
        row = require_initiative(session, external_id)
        doc_id, title = row.id, row.title
        repo.delete_initiative(session, external_id)
        repo.add_audit(session, actor, "initiative_delete", "initiative", external_id,
                       {"title": title[:200], "year": row.year})
        session.commit()
    assert doc_id is not None
    index.remove([doc_id])


# ---------------------------------------------------------------------- bulk

class RowError(BaseModel):
    code: str
    message: str


class BulkRow(BaseModel):
    source: str = Field(description="File the row came from.")
    line: int = Field(description="Line (or spreadsheet row) number; 0 for a whole file.")
    id: str | None = None
    outcome: Literal["created", "updated", "unchanged", "error", "warning"]
    error: RowError | None = None
    warnings: list[str] = Field(default_factory=list)


class BulkReport(BaseModel):
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    warnings: int = 0
    rows: list[BulkRow] = Field(default_factory=list)


def bulk_upsert(index: IndexService, rows: Iterable[RowResult], *, actor: str, source: str) -> BulkReport:
    """Store every good row (create or update by id), report every row, then index what changed.

    One bad row never stops the others; each stored row is audited, plus one summary entry.
    """
    report = BulkReport()
    changed: list[int] = []
    with _WRITE_LOCK, Session(index.ctx.engine, expire_on_commit=False) as session:
        begin_write(session)  # the rows' savepoints read before they write: take the write lock first
        pending = 0
        for row in rows:
            if row.record is None:
                kind: Literal["error", "warning"] = "warning" if row.severity == "warning" else "error"
                report.rows.append(BulkRow(source=row.source, line=row.line, outcome=kind,
                                           error=RowError(code=row.error_code or "invalid_row",
                                                          message=row.error or "invalid row")))
                if kind == "error":
                    report.failed += 1
                else:
                    report.warnings += 1
                continue
            record_id = row.record.id
            try:
                data = to_input(row.record, row.source_file, row.source_sha256)
                with session.begin_nested():
                    initiative, outcome = _store(session, data, actor, require_existing=False,
                                                 audit_details={"bulk": source, "line": row.line})
            except (ValueError, IntegrityError) as exc:
                code = getattr(exc, "code", None) or ("conflict" if isinstance(exc, IntegrityError) else "invalid_row")
                report.failed += 1
                report.rows.append(BulkRow(source=row.source, line=row.line, id=record_id, outcome="error",
                                           error=RowError(code=code, message=str(getattr(exc, "message", exc))[:500])))
                continue
            setattr(report, outcome, getattr(report, outcome) + 1)
            report.rows.append(BulkRow(source=row.source, line=row.line, id=record_id, outcome=outcome,
                                       warnings=list(row.warnings)))
            if outcome != "unchanged" and initiative.id is not None:
                changed.append(initiative.id)
            pending += 1
            if pending >= BATCH_SIZE:
                session.commit()
                begin_write(session)
                pending = 0
        repo.add_audit(session, actor, "bulk_ingest", "upload", source,
                       {"created": report.created, "updated": report.updated, "unchanged": report.unchanged,
                        "failed": report.failed})
        session.commit()
    if changed:
        index.index_initiatives(changed)
        index.save()
    return report


__all__ = [
    "BulkReport", "BulkRow", "InitiativeDetail", "InitiativePage", "InitiativeSummary", "ListFilters",
    "PersonRef", "RecordError", "SaveResult", "bulk_upsert", "delete_initiative", "get_initiative",
    "list_initiatives", "parse_record", "require_initiative", "save_input", "save_record",
]

"""Persistence of units, people and initiatives: the SQL for records lives here.

Callers pass already-normalised keys (``unit_key``, ``author_key``): how Vietnamese names are
normalised is the text layer's business, not the database's.
"""

from __future__ import annotations

import json
from datetime import datetime
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from sqlalchemy import delete, func, or_
from sqlmodel import Session, select

from models.db import hold_change_order
from models.tables import (
    ApiKey,
    AuditLog,
    ChangeLog,
    CheckRecord,
    Decision,
    DecisionKind,
    IdempotencyRecord,
    Initiative,
    InitiativeAuthor,
    InitiativeStatus,
    Passage,
    Person,
    Unit,
    User,
    as_utc,
    utcnow,
)

Outcome = Literal["created", "updated", "unchanged"]


@dataclass
class PersonInput:
    name: str
    key: str
    staff_code: str | None = None
    share: float | None = None


@dataclass
class InitiativeInput:
    external_id: str
    title: str
    summary: str
    content: str
    year: int
    unit_name: str
    unit_key: str
    author: PersonInput
    content_sha256: str
    coauthors: list[PersonInput] = field(default_factory=list)
    field: str | None = None
    duties: str | None = None
    school_year: str | None = None
    status: InitiativeStatus = InitiativeStatus.submitted
    recognition_level: str | None = None
    source_file: str | None = None
    source_sha256: str | None = None
    conversions: Sequence[str] = ()
    title_key: str = ""  # the folded title (see Initiative.title_key)


def get_or_create_unit(session: Session, name: str, key: str) -> Unit:
    unit = session.exec(select(Unit).where(Unit.name_key == key)).first()
    if unit is None:
        unit = Unit(name=name, name_key=key)
        session.add(unit)
        session.flush()
    return unit


def get_or_create_person(session: Session, person: PersonInput, unit: Unit | None, duties: str | None = None) -> Person:
    """Find a person by staff code when given, else by normalised name within the unit."""
    found: Person | None = None
    if person.staff_code:
        found = session.exec(select(Person).where(Person.staff_code == person.staff_code)).first()
    if found is None:
        stmt = select(Person).where(Person.name_key == person.key)
        stmt = stmt.where(Person.unit_id == (unit.id if unit else None))
        if person.staff_code:
            # A name match with a different staff code is a different person (namesakes are common).
            stmt = stmt.where((Person.staff_code == None) | (Person.staff_code == person.staff_code))  # noqa: E711
        found = session.exec(stmt).first()
    if found is None:
        found = Person(full_name=person.name, name_key=person.key, staff_code=person.staff_code,
                       unit_id=unit.id if unit else None, duties=duties)
        session.add(found)
        session.flush()
        return found
    changed = False
    if person.staff_code and not found.staff_code:
        found.staff_code, changed = person.staff_code, True
    if duties and found.duties != duties:
        found.duties, changed = duties, True
    if changed:
        found.updated_at = utcnow()
        session.add(found)
    return found


def _log_change(session: Session, initiative_id: int, op: str) -> None:
    # Writers normally hold it from begin_write on; a path that did not must still not let
    # change ids commit out of order.
    hold_change_order(session)
    session.add(ChangeLog(initiative_id=initiative_id, op=op))


def upsert_initiative(session: Session, data: InitiativeInput) -> tuple[Initiative, Outcome]:
    """Create or update by external id. An identical re-import changes nothing and logs nothing."""
    existing = session.exec(select(Initiative).where(Initiative.external_id == data.external_id)).first()
    if existing is not None and existing.content_sha256 == data.content_sha256:
        return existing, "unchanged"

    unit = get_or_create_unit(session, data.unit_name, data.unit_key)
    author = get_or_create_person(session, data.author, unit, data.duties)
    values = dict(
        title=data.title, title_key=data.title_key, summary=data.summary, content=data.content, field=data.field,
        year=data.year, school_year=data.school_year, status=data.status,
        recognition_level=data.recognition_level, author_id=author.id, unit_id=unit.id,
        source_file=data.source_file, source_sha256=data.source_sha256,
        content_sha256=data.content_sha256, conversions=",".join(data.conversions),
    )
    if existing is None:
        initiative = Initiative(external_id=data.external_id, **values)
        session.add(initiative)
        session.flush()
        outcome: Outcome = "created"
    else:
        initiative = existing
        for name, value in values.items():
            setattr(initiative, name, value)
        initiative.updated_at = utcnow()
        session.add(initiative)
        session.execute(delete(InitiativeAuthor).where(InitiativeAuthor.initiative_id == initiative.id))
        session.execute(delete(Passage).where(Passage.initiative_id == initiative.id))
        outcome = "updated"

    assert initiative.id is not None
    session.add(InitiativeAuthor(initiative_id=initiative.id, person_id=author.id, is_main=True,
                                 share=data.author.share, position=0))
    seen = {author.id}
    for position, co in enumerate(data.coauthors, start=1):
        person = get_or_create_person(session, co, unit)
        if person.id in seen:
            continue
        seen.add(person.id)
        session.add(InitiativeAuthor(initiative_id=initiative.id, person_id=person.id, is_main=False,
                                     share=co.share, position=position))
    _log_change(session, initiative.id, "upsert")
    session.flush()
    return initiative, outcome


def get_initiative(session: Session, external_id: str) -> Initiative | None:
    return session.exec(select(Initiative).where(Initiative.external_id == external_id)).first()


def delete_initiative(session: Session, external_id: str) -> bool:
    initiative = get_initiative(session, external_id)
    if initiative is None:
        return False
    assert initiative.id is not None
    session.execute(delete(Passage).where(Passage.initiative_id == initiative.id))
    session.execute(delete(InitiativeAuthor).where(InitiativeAuthor.initiative_id == initiative.id))
    _log_change(session, initiative.id, "delete")
    session.delete(initiative)
    session.flush()
    return True


def count_initiatives(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Initiative)).one()


def authors_of(session: Session, initiative_ids: Iterable[int]) -> dict[int, list[tuple[InitiativeAuthor, Person]]]:
    ids = list(initiative_ids)
    out: dict[int, list[tuple[InitiativeAuthor, Person]]] = {i: [] for i in ids}
    if not ids:
        return out
    rows = session.exec(
        select(InitiativeAuthor, Person)
        .join(Person, Person.id == InitiativeAuthor.person_id)
        .where(InitiativeAuthor.initiative_id.in_(ids))  # type: ignore[attr-defined]
        .order_by(InitiativeAuthor.position)
    ).all()
    for link, person in rows:
        out[link.initiative_id].append((link, person))
    return out


def last_change_id(session: Session) -> int:
    return session.exec(select(func.coalesce(func.max(ChangeLog.id), 0))).one()


def changes_since(session: Session, change_id: int) -> list[ChangeLog]:
    return list(session.exec(select(ChangeLog).where(ChangeLog.id > change_id).order_by(ChangeLog.id)).all())


# ---------------------------------------------------------------------- engine support

@dataclass
class DocRow:
    """What the engine needs to know about a stored initiative."""

    id: int
    external_id: str
    title: str
    year: int
    field: str | None
    author: str | None
    author_key: str | None
    author_code: str | None
    unit: str | None
    unit_key: str | None
    coauthor_keys: list[str]


def doc_rows(session: Session, initiative_ids: Sequence[int]) -> list[DocRow]:
    """Columns only, no ORM objects: every check reads this for all its candidates, and loading
    whole initiatives brought their full text along (8 ms a title + summary check at 100k)."""
    ids = list(initiative_ids)
    if not ids:
        return []
    rows = session.exec(
        select(Initiative.id, Initiative.external_id, Initiative.title, Initiative.year, Initiative.field,
               Person.full_name, Person.name_key, Person.staff_code, Unit.name, Unit.name_key)
        .join(Person, Person.id == Initiative.author_id, isouter=True)
        .join(Unit, Unit.id == Initiative.unit_id, isouter=True)
        .where(Initiative.id.in_(ids))  # type: ignore[union-attr]
    ).all()
    co: dict[int, list[str]] = {}
    for ini_id, key in session.exec(
        select(InitiativeAuthor.initiative_id, Person.name_key)
        .join(Person, Person.id == InitiativeAuthor.person_id)
        .where(InitiativeAuthor.initiative_id.in_(ids), InitiativeAuthor.is_main == False)  # type: ignore[attr-defined]  # noqa: E712
        .order_by(InitiativeAuthor.position)
    ).all():
        co.setdefault(ini_id, []).append(key)
    return [DocRow(ini_id, external_id, title, year, field, name, name_key, staff_code, unit, unit_key,
                   co.get(ini_id, []))
            for ini_id, external_id, title, year, field, name, name_key, staff_code, unit, unit_key in rows]


def passages_of(session: Session, initiative_ids: Sequence[int]) -> list[Passage]:
    """Whole stored passages, signatures included (index rebuilds, history, data export);
    a check reads ``passage_rows``."""
    ids = list(initiative_ids)
    if not ids:
        return []
    query = select(Passage).where(Passage.initiative_id.in_(ids))  # type: ignore[attr-defined]
    return list(session.exec(query.order_by(Passage.initiative_id, Passage.ord)).all())  # type: ignore[attr-defined]


class PassageRow(NamedTuple):
    """What a check reads of a stored passage (no fingerprint signature)."""

    initiative_id: int
    ord: int
    section: str
    solution_no: int | None
    text: str
    embedding: bytes | None
    embedding_model: str | None


def passage_rows(session: Session, initiative_ids: Sequence[int],
                 sections: Collection[str] | None = None) -> list[PassageRow]:
    """Columns only: every check reads its candidates' passages, and ORM objects with their
    signatures cost about 1.5 times as much (1.8 against 1.3 ms for 55 titles + summaries at 100k)."""
    ids = list(initiative_ids)
    if not ids:
        return []
    query = select(Passage.initiative_id, Passage.ord, Passage.section, Passage.solution_no, Passage.text,
                   Passage.embedding, Passage.embedding_model).where(
        Passage.initiative_id.in_(ids))  # type: ignore[attr-defined]
    if sections is not None:
        query = query.where(Passage.section.in_(list(sections)))  # type: ignore[attr-defined]
    rows = session.exec(query.order_by(Passage.initiative_id, Passage.ord)).all()  # type: ignore[attr-defined]
    return [PassageRow(*r) for r in rows]


def replace_passages(session: Session, initiative_id: int, passages: Iterable[Passage]) -> None:
    session.execute(delete(Passage).where(Passage.initiative_id == initiative_id))
    for p in passages:
        p.initiative_id = initiative_id
        session.add(p)
    session.flush()


def existing_initiative_ids(session: Session, ids: Collection[int]) -> set[int]:
    """Which of ``ids`` are still stored (without loading their text)."""
    if not ids:
        return set()
    return set(session.exec(select(Initiative.id).where(Initiative.id.in_(list(ids)))).all())  # type: ignore[union-attr]


def initiative_ids(session: Session, after_id: int = 0, limit: int = 500) -> list[int]:
    """Initiative ids in order, a page at a time (for rebuilding the index)."""
    return list(session.exec(
        select(Initiative.id).where(Initiative.id > after_id).order_by(Initiative.id).limit(limit)  # type: ignore[arg-type]
    ).all())


def initiatives_by_ids(session: Session, ids: Sequence[int]) -> list[Initiative]:
    if not ids:
        return []
    return list(session.exec(select(Initiative).where(Initiative.id.in_(list(ids)))).all())  # type: ignore[union-attr]


def initiative_exists(session: Session, initiative_id: int) -> bool:
    return session.get(Initiative, initiative_id) is not None


# ---------------------------------------------------------------------- audit log

def add_audit(session: Session, actor: str, action: str, target_type: str | None = None,
              target_id: str | None = None, details: dict | None = None) -> None:
    """Append to the audit log (in the caller's transaction, so the record and its log commit together)."""
    session.add(AuditLog(actor=actor, action=action, target_type=target_type, target_id=target_id,
                         details=json.dumps(details, ensure_ascii=False, default=str) if details else None))


# ---------------------------------------------------------------------- API queries: initiatives

@dataclass
class InitiativeFilter:
    """List filters; keys are already normalised by the caller (see ``service.ingest.name_key``)."""

    year: int | None = None
    unit_key: str | None = None
    person_key: str | None = None  # author or co-author, by normalised name
    staff_code: str | None = None  # author or co-author, by staff code
    field: str | None = None
    status: InitiativeStatus | None = None
    title_key_contains: str | None = None  # substring of the folded title (web search box; see Initiative.title_key)


def _filtered_initiatives(flt: InitiativeFilter):
    stmt = select(Initiative)
    if flt.title_key_contains:
        pattern = "%" + flt.title_key_contains.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(Initiative.title_key.like(pattern, escape="\\"))  # type: ignore[attr-defined]
    if flt.year is not None:
        stmt = stmt.where(Initiative.year == flt.year)
    if flt.status is not None:
        stmt = stmt.where(Initiative.status == flt.status)
    if flt.field is not None:
        stmt = stmt.where(Initiative.field == flt.field)
    if flt.unit_key is not None:
        units = select(Unit.id).where(Unit.name_key == flt.unit_key)
        stmt = stmt.where(Initiative.unit_id.in_(units))  # type: ignore[union-attr]
    if flt.person_key is not None or flt.staff_code is not None:
        people = select(Person.id)
        if flt.person_key is not None:
            people = people.where(Person.name_key == flt.person_key)
        if flt.staff_code is not None:
            people = people.where(Person.staff_code == flt.staff_code)
        linked = select(InitiativeAuthor.initiative_id).where(
            InitiativeAuthor.person_id.in_(people))  # type: ignore[attr-defined]
        stmt = stmt.where(Initiative.id.in_(linked))  # type: ignore[union-attr]
    return stmt


def list_initiatives(session: Session, flt: InitiativeFilter, *, limit: int,
                     offset: int) -> tuple[list[Initiative], int]:
    """A page of initiatives (newest year first, then newest record) and the total matching."""
    stmt = _filtered_initiatives(flt)
    total = session.exec(select(func.count()).select_from(stmt.subquery())).one()
    rows = session.exec(stmt.order_by(Initiative.year.desc(), Initiative.id.desc())  # type: ignore[union-attr]
                        .offset(offset).limit(limit)).all()
    return list(rows), int(total)


def units_by_ids(session: Session, ids: Iterable[int | None]) -> dict[int, Unit]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {u.id: u for u in session.exec(select(Unit).where(Unit.id.in_(wanted))).all()  # type: ignore[union-attr]
            if u.id is not None}


def get_person(session: Session, person_id: int) -> Person | None:
    return session.get(Person, person_id)


def person_by_staff_code(session: Session, staff_code: str) -> Person | None:
    return session.exec(select(Person).where(Person.staff_code == staff_code)).first()


def initiatives_of_person(session: Session, person_id: int) -> list[tuple[Initiative, InitiativeAuthor]]:
    """Everything a person wrote or co-wrote, oldest year first."""
    rows = session.exec(
        select(Initiative, InitiativeAuthor)
        .join(InitiativeAuthor, InitiativeAuthor.initiative_id == Initiative.id)
        .where(InitiativeAuthor.person_id == person_id)
        .order_by(Initiative.year, Initiative.id)  # type: ignore[arg-type]
    ).all()
    return [(ini, link) for ini, link in rows]


# ---------------------------------------------------------------------- checks and decisions

def add_check_record(session: Session, record: CheckRecord) -> CheckRecord:
    session.add(record)
    session.flush()
    return record


def latest_check_id(session: Session, query_key: str) -> int | None:
    """The most recent check whose query id or input hash is ``query_key``."""
    return session.exec(
        select(CheckRecord.id)
        .where(or_(CheckRecord.query_external_id == query_key, CheckRecord.input_sha256 == query_key))
        .order_by(CheckRecord.id.desc())  # type: ignore[union-attr]
        .limit(1)
    ).first()


def add_decision(session: Session, *, query_key: str, match_initiative_id: int, decision: DecisionKind,
                 reason: str, decided_by: str | None, check_id: int | None) -> Decision:
    row = Decision(query_key=query_key, match_initiative_id=match_initiative_id, decision=decision,
                   reason=reason, decided_by=decided_by, check_id=check_id)
    session.add(row)
    session.flush()
    return row


def decisions_for_query(session: Session, query_keys: Sequence[str]) -> list[tuple[Decision, str]]:
    """Decisions about a query, oldest first, with the matched initiative's external id.

    A decision applies when it was made for one of ``query_keys`` (query id or input hash) or
    for a check whose query id or input hash is one of them: the same text re-submitted under
    another id keeps its decisions.
    """
    keys = [k for k in query_keys if k]
    if not keys:
        return []
    checks = select(CheckRecord.id).where(or_(CheckRecord.query_external_id.in_(keys),  # type: ignore[union-attr]
                                              CheckRecord.input_sha256.in_(keys)))  # type: ignore[attr-defined]
    rows = session.exec(
        select(Decision, Initiative.external_id)
        .join(Initiative, Initiative.id == Decision.match_initiative_id)
        .where(or_(Decision.query_key.in_(keys),  # type: ignore[attr-defined]
                   Decision.check_id.in_(checks)))  # type: ignore[union-attr]
        .order_by(Decision.id)  # type: ignore[arg-type]
    ).all()
    return [(d, ext) for d, ext in rows]


def list_decisions(session: Session, *, query_key: str | None = None, match_initiative_id: int | None = None,
                   decision: DecisionKind | None = None, limit: int = 50,
                   offset: int = 0) -> tuple[list[tuple[Decision, str, str]], int]:
    """A page of decisions, newest first, with the matched initiative's external id and title."""
    stmt = select(Decision, Initiative.external_id, Initiative.title).join(
        Initiative, Initiative.id == Decision.match_initiative_id)
    if query_key is not None:
        stmt = stmt.where(Decision.query_key == query_key)
    if match_initiative_id is not None:
        stmt = stmt.where(Decision.match_initiative_id == match_initiative_id)
    if decision is not None:
        stmt = stmt.where(Decision.decision == decision)
    total = session.exec(select(func.count()).select_from(stmt.subquery())).one()
    rows = session.exec(stmt.order_by(Decision.id.desc()).offset(offset).limit(limit)).all()  # type: ignore[union-attr]
    return [(d, ext, title) for d, ext, title in rows], int(total)


# ---------------------------------------------------------------------- audit log and keys (read side)

def list_audit(session: Session, *, action: str | None = None, actor: str | None = None,
               target_type: str | None = None, target_id: str | None = None,
               since: datetime | None = None, until: datetime | None = None,
               limit: int = 100, offset: int = 0) -> tuple[list[AuditLog], int]:
    """A page of audit entries, newest first."""
    stmt = select(AuditLog)
    if action is not None:
        stmt = stmt.where(AuditLog.action == action)
    if actor is not None:
        stmt = stmt.where(AuditLog.actor == actor)
    if target_type is not None:
        stmt = stmt.where(AuditLog.target_type == target_type)
    if target_id is not None:
        stmt = stmt.where(AuditLog.target_id == target_id)
    if since is not None:
        stmt = stmt.where(AuditLog.at >= since)
    if until is not None:
        stmt = stmt.where(AuditLog.at < until)
    total = session.exec(select(func.count()).select_from(stmt.subquery())).one()
    rows = session.exec(stmt.order_by(AuditLog.id.desc()).offset(offset).limit(limit)).all()  # type: ignore[union-attr]
    return list(rows), int(total)


def list_api_keys(session: Session) -> list[ApiKey]:
    return list(session.exec(select(ApiKey).order_by(ApiKey.id)).all())  # type: ignore[arg-type]


def get_api_key(session: Session, key_id: int) -> ApiKey | None:
    return session.get(ApiKey, key_id)


# ---------------------------------------------------------------------- web pages (read side)

def user_locked_until(session: Session, username: str) -> datetime | None:
    """When a locked account opens again (timezone-aware), or None when it is not locked."""
    user = session.exec(select(User).where(User.username == username)).first()
    if user is None or user.locked_until is None:
        return None
    until = as_utc(user.locked_until)
    return until if until > utcnow() else None


def get_check_record(session: Session, check_id: int) -> CheckRecord | None:
    return session.get(CheckRecord, check_id)


def filter_choices(session: Session) -> tuple[list[int], list[str], list[str]]:
    """Years, unit names and fields that occur, for the list page's filter suggestions."""
    years = session.exec(select(Initiative.year).distinct().order_by(Initiative.year.desc())).all()  # type: ignore[union-attr]
    units = session.exec(select(Unit.name).order_by(Unit.name)).all()
    fields = session.exec(select(Initiative.field).where(Initiative.field != None)  # noqa: E711
                          .distinct().order_by(Initiative.field)).all()
    return list(years), list(units), [f for f in fields if f]


# ---------------------------------------------------------------------- audit jobs and their results

from models.tables import AuditResult, Job, JobStatus  # noqa: E402  (kept with the functions that use them)


def _audit_scope(stmt, *, unit_key: str | None, field: str | None):  # noqa: ANN001, ANN202 - a select
    if unit_key is not None:
        stmt = stmt.where(Initiative.unit_id.in_(select(Unit.id).where(Unit.name_key == unit_key)))  # type: ignore[union-attr]
    if field is not None:
        stmt = stmt.where(Initiative.field == field)
    return stmt


def audit_subject_ids(session: Session, years: Sequence[int], *, unit_key: str | None = None,
                      field: str | None = None) -> list[tuple[int, int]]:
    """(initiative id, year) of the initiatives of ``years`` in scope, by year then id."""
    if not years:
        return []
    stmt = select(Initiative.id, Initiative.year).where(Initiative.year.in_(list(years)))  # type: ignore[attr-defined]
    stmt = _audit_scope(stmt, unit_key=unit_key, field=field)
    return [(int(i), int(y)) for i, y in session.exec(stmt.order_by(Initiative.year, Initiative.id)).all()]  # type: ignore[arg-type]


def years_before(session: Session, year: int, *, unit_key: str | None = None, field: str | None = None,
                 limit: int = 5) -> list[int]:
    """The latest ``limit`` years before ``year`` that have initiatives in scope, oldest first."""
    if limit <= 0:
        return []
    stmt = select(Initiative.year).where(Initiative.year < year)
    stmt = _audit_scope(stmt, unit_key=unit_key, field=field)
    found = session.exec(stmt.distinct().order_by(Initiative.year.desc()).limit(limit)).all()  # type: ignore[union-attr]
    return sorted(int(y) for y in found)


def unit_by_key(session: Session, unit_key: str) -> Unit | None:
    return session.exec(select(Unit).where(Unit.name_key == unit_key)).first()


def distinct_fields(session: Session) -> list[str]:
    rows = session.exec(select(Initiative.field).where(Initiative.field != None).distinct()).all()  # noqa: E711
    return sorted(f for f in rows if f)


def create_job(session: Session, kind: str, params: dict, created_by: str | None) -> Job:
    job = Job(kind=kind, params_json=json.dumps(params, ensure_ascii=False, sort_keys=True), created_by=created_by)
    session.add(job)
    session.flush()
    return job


def get_job(session: Session, job_id: int, kind: str | None = None) -> Job | None:
    job = session.get(Job, job_id)
    if job is None or (kind is not None and job.kind != kind):
        return None
    return job


def jobs_with_status(session: Session, kind: str, statuses: Sequence[JobStatus]) -> list[Job]:
    """Jobs of a kind in the given states, oldest first (the start-up resume order)."""
    return list(session.exec(select(Job).where(Job.kind == kind, Job.status.in_(list(statuses)))  # type: ignore[attr-defined]
                             .order_by(Job.id)).all())  # type: ignore[arg-type]


def latest_job_with_params(session: Session, kind: str, params_json: str,
                           statuses: Sequence[JobStatus]) -> Job | None:
    return session.exec(select(Job).where(Job.kind == kind, Job.params_json == params_json,
                                          Job.status.in_(list(statuses)))  # type: ignore[attr-defined]
                        .order_by(Job.id.desc()).limit(1)).first()  # type: ignore[union-attr]


def job_cancel_requested(session: Session, job_id: int) -> bool:
    return bool(session.exec(select(Job.cancel_requested).where(Job.id == job_id)).first())


def audit_done_ids(session: Session, job_id: int) -> set[int]:
    return set(session.exec(select(AuditResult.initiative_id).where(AuditResult.job_id == job_id)).all())


def add_audit_result(session: Session, row: AuditResult) -> None:
    session.add(row)
    session.flush()


def audit_results(session: Session, job_id: int) -> list[AuditResult]:
    return list(session.exec(select(AuditResult).where(AuditResult.job_id == job_id)
                             .order_by(AuditResult.year, AuditResult.initiative_id)).all())  # type: ignore[arg-type]


def latest_audit_results(session: Session, initiative_ids: Sequence[int], *,
                         exclude_job: int | None = None) -> dict[int, AuditResult]:
    """The newest stored audit result of each initiative, from any other job."""
    out: dict[int, AuditResult] = {}
    ids = list(initiative_ids)
    for start in range(0, len(ids), 500):
        stmt = select(AuditResult).where(AuditResult.initiative_id.in_(ids[start:start + 500]))  # type: ignore[attr-defined]
        if exclude_job is not None:
            stmt = stmt.where(AuditResult.job_id != exclude_job)
        for row in session.exec(stmt.order_by(AuditResult.id)).all():  # type: ignore[arg-type]
            out[row.initiative_id] = row  # ordered by id: the newest wins
    return out


# ---------------------------------------------------------------------- personal data (export and erasure)

def _like_any(column, needles: Sequence[str]):  # noqa: ANN001, ANN202 - a column and a SQL condition
    """``column`` contains any of ``needles`` (LIKE with the wildcards escaped)."""
    def pattern(n: str) -> str:
        return "%" + n.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return or_(*(column.like(pattern(n), escape="\\") for n in needles))


def check_records_for_queries(session: Session, query_keys: Sequence[str]) -> list[CheckRecord]:
    """Check records whose query id or input hash is one of ``query_keys``."""
    keys = [k for k in query_keys if k]
    if not keys:
        return []
    return list(session.exec(select(CheckRecord).where(
        or_(CheckRecord.query_external_id.in_(keys), CheckRecord.input_sha256.in_(keys)))  # type: ignore[union-attr,attr-defined]
        .order_by(CheckRecord.id)).all())  # type: ignore[arg-type]


def check_records_containing(session: Session, needles: Sequence[str]) -> list[CheckRecord]:
    """Check records whose stored result contains any of ``needles`` (a coarse filter; the caller parses)."""
    wanted = [n for n in needles if n]
    if not wanted:
        return []
    return list(session.exec(select(CheckRecord).where(_like_any(CheckRecord.result_json, wanted))
                             .order_by(CheckRecord.id)).all())  # type: ignore[arg-type]


def decisions_concerning(session: Session, *, query_keys: Sequence[str], initiative_ids: Sequence[int],
                         check_ids: Sequence[int], text_needles: Sequence[str] = ()) -> list[Decision]:
    """Decisions about these queries, on matches with these initiatives, made on these checks, or whose
    reason contains one of ``text_needles``."""
    conds = []
    if query_keys:
        conds.append(Decision.query_key.in_(list(query_keys)))  # type: ignore[attr-defined]
    if initiative_ids:
        conds.append(Decision.match_initiative_id.in_(list(initiative_ids)))  # type: ignore[attr-defined]
    if check_ids:
        conds.append(Decision.check_id.in_(list(check_ids)))  # type: ignore[union-attr]
    needles = [n for n in text_needles if n]
    if needles:
        conds.append(_like_any(Decision.reason, needles))
    if not conds:
        return []
    return list(session.exec(select(Decision).where(or_(*conds)).order_by(Decision.id)).all())  # type: ignore[arg-type]


def audit_entries_concerning(session: Session, *, target_ids: Sequence[str], needles: Sequence[str],
                             person_target: str | None = None) -> list[AuditLog]:
    """Audit entries about initiatives ``target_ids`` (or the person ``person_target``), or whose
    details contain one of ``needles``, oldest first."""
    conds = []
    if person_target is not None:
        conds.append((AuditLog.target_type == "person") & (AuditLog.target_id == person_target))
    if target_ids:
        conds.append((AuditLog.target_type == "initiative") & AuditLog.target_id.in_(list(target_ids)))  # type: ignore[union-attr]
    wanted = [n for n in needles if n]
    if wanted:
        conds.append(_like_any(AuditLog.details, wanted))
    if not conds:
        return []
    return list(session.exec(select(AuditLog).where(or_(*conds)).order_by(AuditLog.id)).all())  # type: ignore[arg-type]


def audit_results_concerning(session: Session, *, initiative_ids: Sequence[int],
                             needles: Sequence[str]) -> list[AuditResult]:
    """Yearly-audit results of these initiatives, or whose stored result contains one of ``needles``."""
    conds = []
    if initiative_ids:
        conds.append(AuditResult.initiative_id.in_(list(initiative_ids)))  # type: ignore[attr-defined]
    wanted = [n for n in needles if n]
    if wanted:
        conds.append(_like_any(AuditResult.result_json, wanted))
    if not conds:
        return []
    return list(session.exec(select(AuditResult).where(or_(*conds)).order_by(AuditResult.id)).all())  # type: ignore[arg-type]


def count_passages(session: Session, initiative_ids: Sequence[int]) -> int:
    if not initiative_ids:
        return 0
    return int(session.exec(select(func.count()).select_from(Passage)
                            .where(Passage.initiative_id.in_(list(initiative_ids)))).one())  # type: ignore[attr-defined]


def remove_author(session: Session, initiative_id: int, person_id: int) -> None:
    """Take a person off an initiative's authors; when they were the main author the initiative is
    left without one (nobody else is promoted: that would change who is credited)."""
    session.execute(delete(InitiativeAuthor).where(InitiativeAuthor.initiative_id == initiative_id,
                                                   InitiativeAuthor.person_id == person_id))
    initiative = session.get(Initiative, initiative_id)
    if initiative is not None and initiative.author_id == person_id:
        initiative.author_id = None
        initiative.updated_at = utcnow()
        session.add(initiative)
    session.flush()


def delete_rows(session: Session, rows: Iterable[object]) -> int:
    """Delete loaded rows (check records, decisions, audit results...); returns how many."""
    n = 0
    for row in rows:
        session.delete(row)
        n += 1
    session.flush()
    return n


def delete_person(session: Session, person_id: int) -> bool:
    person = session.get(Person, person_id)
    if person is None:
        return False
    session.execute(delete(InitiativeAuthor).where(InitiativeAuthor.person_id == person_id))
    session.delete(person)
    session.flush()
    return True


# ---------------------------------------------------------------------- idempotency keys

def idempotency_record(session: Session, owner: str, key: str) -> IdempotencyRecord | None:
    return session.exec(select(IdempotencyRecord).where(IdempotencyRecord.owner == owner,
                                                        IdempotencyRecord.key == key)).first()


def idempotency_records(session: Session) -> list[IdempotencyRecord]:
    return list(session.exec(select(IdempotencyRecord)).all())


def delete_idempotency_before(session: Session, before: datetime) -> int:
    result = session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.created_at < before))  # type: ignore[arg-type]
    return int(result.rowcount or 0)

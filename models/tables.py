"""SQLModel tables: the whole persistent data model in one place.

Every schema change goes through an Alembic migration in ``models/migrations``;
``tests/test_migrations.py`` fails when these classes and the migrations drift apart.
"""

from __future__ import annotations

from datetime import datetime, timezone
from enum import Enum
from typing import Optional

from sqlalchemy import Column, Index, LargeBinary, Text
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def as_utc(moment: datetime) -> datetime:
    """A stored timestamp with its zone: SQLite gives it back without one, and it is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


class InitiativeStatus(str, Enum):
    submitted = "submitted"
    recognised = "recognised"
    rejected = "rejected"


class Role(str, Enum):
    reviewer = "reviewer"
    app = "app"
    auditor = "auditor"
    admin = "admin"


class DecisionKind(str, Enum):
    confirmed_duplicate = "confirmed_duplicate"
    legitimate_continuation = "legitimate_continuation"
    false_alarm = "false_alarm"


class JobStatus(str, Enum):
    queued = "queued"
    running = "running"
    done = "done"
    failed = "failed"
    cancelled = "cancelled"


class Unit(SQLModel, table=True):
    """Cơ quan / đơn vị. ``name_key`` is the matching form of the name, so that
    'Trường TH  Hòa Bình' and 'trường th hoà bình' are one unit."""

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=500)
    name_key: str = Field(max_length=500, unique=True, index=True)
    parent_id: Optional[int] = Field(default=None, foreign_key="unit.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)


class Person(SQLModel, table=True):
    """Cán bộ. Identified by ``staff_code`` when the dossier app gives one, else by
    normalised name within the unit."""

    id: Optional[int] = Field(default=None, primary_key=True)
    full_name: str = Field(max_length=300)
    name_key: str = Field(max_length=300, index=True)
    staff_code: Optional[str] = Field(default=None, max_length=200, unique=True, index=True)
    unit_id: Optional[int] = Field(default=None, foreign_key="unit.id", ondelete="SET NULL", index=True)
    position: Optional[str] = Field(default=None, max_length=300)
    duties: Optional[str] = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Initiative(SQLModel, table=True):
    __table_args__ = (
        Index("ix_initiative_year_unit", "year", "unit_id"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    external_id: str = Field(max_length=200, unique=True, index=True)
    title: str = Field(sa_column=Column(Text, nullable=False))
    # The title lower-cased without diacritics (``indexing.vietnamese.folded_form``): the search
    # box finds "Đọc" from "doc" or "ĐỌC", the same on SQLite and PostgreSQL.
    title_key: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    summary: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    content: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    field: Optional[str] = Field(default=None, max_length=300, index=True)
    year: int = Field(index=True)
    school_year: Optional[str] = Field(default=None, max_length=20)
    status: InitiativeStatus = Field(default=InitiativeStatus.submitted)
    recognition_level: Optional[str] = Field(default=None, max_length=100)
    author_id: Optional[int] = Field(default=None, foreign_key="person.id", ondelete="SET NULL", index=True)
    unit_id: Optional[int] = Field(default=None, foreign_key="unit.id", ondelete="SET NULL", index=True)
    source_file: Optional[str] = Field(default=None, max_length=500)
    source_sha256: Optional[str] = Field(default=None, max_length=64)
    # Hash of the normalised record: an unchanged re-import is detected without re-indexing.
    content_sha256: str = Field(max_length=64)
    # What the text layer converted on the way in, e.g. "tcvn3"; comma-separated.
    conversions: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class InitiativeAuthor(SQLModel, table=True):
    """Author and co-authors of an initiative, with contribution share (tỷ lệ % đóng góp)."""

    __tablename__ = "initiative_author"

    initiative_id: int = Field(foreign_key="initiative.id", primary_key=True, ondelete="CASCADE")
    person_id: int = Field(foreign_key="person.id", primary_key=True, ondelete="CASCADE", index=True)
    is_main: bool = Field(default=False)
    share: Optional[float] = Field(default=None)
    position: int = Field(default=0)


class Passage(SQLModel, table=True):
    """A piece of an initiative the engine compares: title, summary, or 80–250 words of a section.

    The embedding and the MinHash signature are stored with it so that rebuilding the vector
    index, or auditing a year, never recomputes work already done."""

    __table_args__ = (Index("ix_passage_initiative_ord", "initiative_id", "ord"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    initiative_id: int = Field(foreign_key="initiative.id", ondelete="CASCADE")
    ord: int
    section: str = Field(max_length=40)
    solution_no: Optional[int] = Field(default=None)
    text: str = Field(sa_column=Column(Text, nullable=False))
    word_count: int = Field(default=0)
    embedding: Optional[bytes] = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    embedding_model: Optional[str] = Field(default=None, max_length=200)
    signature: Optional[bytes] = Field(default=None, sa_column=Column(LargeBinary, nullable=True))


class ChangeLog(SQLModel, table=True):
    """Every write to initiatives, in order. The vector index records the last id it contains
    and catches up from here after a crash or restart."""

    __tablename__ = "change_log"

    id: Optional[int] = Field(default=None, primary_key=True)
    initiative_id: int = Field(index=True)
    op: str = Field(max_length=10)  # "upsert" | "delete"
    created_at: datetime = Field(default_factory=utcnow)


class Boilerplate(SQLModel, table=True):
    """Passages reviewers declared boilerplate (slogans, quotes, template text)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    text_key: str = Field(max_length=64, unique=True)
    reason: Optional[str] = Field(default=None, sa_column=Column(Text))
    added_by: Optional[str] = Field(default=None, max_length=200)
    created_at: datetime = Field(default_factory=utcnow)


class CheckRecord(SQLModel, table=True):
    """One run of the checker on a submission: who, when, what, and the verdict."""

    __tablename__ = "check_record"

    id: Optional[int] = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, index=True)
    actor: Optional[str] = Field(default=None, max_length=200)
    input_sha256: str = Field(max_length=64, index=True)
    query_external_id: Optional[str] = Field(default=None, max_length=200)
    title: Optional[str] = Field(default=None, sa_column=Column(Text))
    verdict: str = Field(max_length=20)
    score: float = Field(default=0.0)
    result_json: str = Field(sa_column=Column(Text, nullable=False))


class Decision(SQLModel, table=True):
    """A reviewer's decision on one match, remembered for later checks."""

    id: Optional[int] = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow)
    check_id: Optional[int] = Field(default=None, foreign_key="check_record.id", ondelete="SET NULL")
    query_key: str = Field(max_length=200, index=True)  # query external id, or input hash
    match_initiative_id: int = Field(foreign_key="initiative.id", ondelete="CASCADE", index=True)
    decision: DecisionKind
    reason: str = Field(sa_column=Column(Text, nullable=False))
    decided_by: Optional[str] = Field(default=None, max_length=200)


class User(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    username: str = Field(max_length=100, unique=True, index=True)
    password_hash: str = Field(max_length=300)
    role: Role
    active: bool = Field(default=True)
    failed_logins: int = Field(default=0)
    locked_until: Optional[datetime] = Field(default=None)
    created_at: datetime = Field(default_factory=utcnow)


class ApiKey(SQLModel, table=True):
    __tablename__ = "api_key"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    prefix: str = Field(max_length=16, unique=True, index=True)
    key_hash: str = Field(max_length=128)
    role: Role
    created_at: datetime = Field(default_factory=utcnow)
    revoked_at: Optional[datetime] = Field(default=None)
    last_used_at: Optional[datetime] = Field(default=None)


class AuditLog(SQLModel, table=True):
    """Append-only record of who did what. No API route updates or deletes it."""

    __tablename__ = "audit_log"

    id: Optional[int] = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str = Field(max_length=200)
    action: str = Field(max_length=50, index=True)
    target_type: Optional[str] = Field(default=None, max_length=50)
    target_id: Optional[str] = Field(default=None, max_length=200)
    details: Optional[str] = Field(default=None, sa_column=Column(Text))


class Job(SQLModel, table=True):
    """A background job (audit, bulk import), resumable after a restart."""

    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str = Field(max_length=50)
    status: JobStatus = Field(default=JobStatus.queued, index=True)
    params_json: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    done: int = Field(default=0)
    total: int = Field(default=0)
    state_json: Optional[str] = Field(default=None, sa_column=Column(Text))
    error: Optional[str] = Field(default=None, sa_column=Column(Text))
    created_by: Optional[str] = Field(default=None, max_length=200)
    cancel_requested: bool = Field(default=False)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class AuditResult(SQLModel, table=True):
    """One submission's check within an audit job. Written as each submission finishes, so that
    an interrupted job resumes without redoing it, and kept after the job for its reports."""

    __tablename__ = "audit_result"
    __table_args__ = (Index("ux_audit_result_job_initiative", "job_id", "initiative_id", unique=True),)

    id: Optional[int] = Field(default=None, primary_key=True)
    job_id: int = Field(foreign_key="job.id", ondelete="CASCADE")
    # No foreign key: a report must still show an initiative deleted after the audit.
    initiative_id: int = Field(index=True)
    external_id: str = Field(max_length=200)
    year: int
    phase: str = Field(max_length=10)  # "audit": the audited year; "trend": an earlier year, for the trend
    content_sha256: str = Field(max_length=64)
    result_json: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class IdempotencyRecord(SQLModel, table=True):
    """The first response to a create sent with an Idempotency-Key, replayed to its retries for
    a day; kept in the database so a retry after a restart, or at another worker, still gets it."""

    __tablename__ = "idempotency_record"
    __table_args__ = (
        Index("ux_idempotency_owner_key", "owner", "key", unique=True),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    owner: str = Field(max_length=200)
    key: str = Field(max_length=200)
    fingerprint: str = Field(max_length=64)
    status: int
    body_json: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, index=True)

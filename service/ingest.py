"""Import of initiative records: validation results in, database rows out, with a report.

Every row is either stored or reported with its source, line and reason; a bad row never stops
the rest. Re-importing the same id updates in place (and an unchanged record is left alone).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session

from indexing.textprep import prepare
from indexing.vietnamese import folded_form, match_form
from models.db import begin_write
from models.repository import InitiativeInput, PersonInput, upsert_initiative
from models.tables import InitiativeStatus
from service.context import AppContext
from service.index_service import IndexService
from service.records import InitiativeRecord, RecordListError, RowResult, read_folder, read_record_list

log = logging.getLogger("sangkien.ingest")

BATCH_SIZE = 200


@dataclass
class RowProblem:
    source: str
    line: int | None
    reason: str
    code: str | None = None

    def describe(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    changed_ids: list[int] = field(default_factory=list)

    @property
    def ok(self) -> int:
        return self.created + self.updated + self.unchanged

    @property
    def failed(self) -> int:
        return len(self.problems)


def name_key(name: str) -> str:
    return match_form(name).strip(" .,;")


def record_fingerprint(record: InitiativeRecord, content: str, summary: str, title: str) -> str:
    """Hash of everything stored from a record: equal hashes mean nothing to update."""
    payload = {
        "title": title, "summary": summary, "content": content,
        "author": name_key(record.author), "author_id": record.author_id,
        "coauthors": [name_key(c) for c in record.coauthors],
        "shares": sorted((name_key(k), v) for k, v in record.contribution_shares.items()),
        "unit": name_key(record.unit), "field": record.field, "duties": record.duties,
        "year": record.year, "school_year": record.school_year, "status": record.status,
    }
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def to_input(record: InitiativeRecord, source_file: str | None = None,
             source_sha256: str | None = None) -> InitiativeInput:
    """Normalise a validated record's text (legacy encodings, NFC, extraction damage)."""
    title = prepare(record.title)
    summary = prepare(record.summary or "")
    content = prepare(record.content or "")
    conversions = sorted(set(title.conversions) | set(summary.conversions) | set(content.conversions))
    shares = {name_key(k): v for k, v in record.contribution_shares.items()}
    coauthors = [PersonInput(name=name, key=name_key(name), share=shares.get(name_key(name)))
                 for name in record.coauthors]
    return InitiativeInput(
        external_id=record.id or "",
        title=title.text, title_key=folded_form(title.text), summary=summary.text, content=content.text,
        year=record.year or 0, school_year=record.school_year or None,
        unit_name=record.unit, unit_key=name_key(record.unit),
        author=PersonInput(name=record.author, key=name_key(record.author),
                           staff_code=record.author_id or None, share=shares.get(name_key(record.author))),
        coauthors=coauthors, field=record.field or None, duties=record.duties or None,
        status=InitiativeStatus(record.status),
        source_file=source_file, source_sha256=source_sha256,
        content_sha256=record_fingerprint(record, content.text, summary.text, title.text),
        conversions=conversions,
    )


def iter_rows(paths: Iterable[Path]) -> Iterator[RowResult]:
    """Rows of every path; a whole file that cannot be read becomes one error row naming it."""
    for path in paths:
        try:
            yield from (read_folder(path) if path.is_dir() else read_record_list(path))
        except RecordListError as exc:
            yield RowResult(source=path.name, line=0, error=exc.message, error_code=exc.code)


ProgressFn = Callable[[RowResult], None]


def import_rows(ctx: AppContext, rows: Iterable[RowResult], *, dry_run: bool = False,
                on_row: ProgressFn | None = None) -> ImportReport:
    report = ImportReport()
    pending = 0
    session = Session(ctx.engine, expire_on_commit=False)
    try:
        if not dry_run:
            begin_write(session)  # the rows' savepoints read before they write: take the write lock first
        for row in rows:
            if on_row:
                on_row(row)
            if row.record is None:
                problem = RowProblem(row.source, row.line, row.error or "invalid row", row.error_code)
                (report.warnings if row.severity == "warning" else report.problems).append(problem)
                continue
            try:
                data = to_input(row.record, row.source_file, row.source_sha256)
            except ValueError as exc:
                report.problems.append(RowProblem(row.source, row.line, str(exc), getattr(exc, "code", None)))
                continue
            if dry_run:
                report.created += 1
                continue
            try:
                with session.begin_nested():
                    initiative, outcome = upsert_initiative(session, data)
            except Exception as exc:  # a database constraint on one row must not lose the batch
                log.warning("row %s:%s not stored: %s", row.source, row.line, exc)
                report.problems.append(RowProblem(row.source, row.line, f"not stored: {exc.__class__.__name__}: {exc}", "db_error"))
                continue
            setattr(report, outcome, getattr(report, outcome) + 1)
            if outcome != "unchanged" and initiative.id is not None:
                report.changed_ids.append(initiative.id)
            pending += 1
            if pending >= BATCH_SIZE:
                session.commit()
                begin_write(session)
                pending = 0
        session.commit()
    finally:
        session.close()
    return report


def import_paths(ctx: AppContext, paths: list[Path], *, dry_run: bool = False,
                 on_row: ProgressFn | None = None) -> ImportReport:
    return import_rows(ctx, iter_rows(paths), dry_run=dry_run, on_row=on_row)


def import_and_index(ctx: AppContext, index: IndexService, paths: list[Path], *,
                     on_row: ProgressFn | None = None,
                     on_index: Callable[[int, int], None] | None = None) -> ImportReport:
    """Import, then analyse, embed and index what changed, and save the index."""
    report = import_paths(ctx, paths, on_row=on_row)
    if report.changed_ids:
        index.index_initiatives(report.changed_ids, progress=on_index)
        index.save()
    return report

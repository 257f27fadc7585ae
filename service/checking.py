"""Checking a submission: normalise it, ask the engine, record the check."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session

from indexing.corpus import Submission
from models.repository import upsert_initiative
from models.tables import CheckRecord
from service.index_service import IndexService
from service.ingest import to_input
from service.records import InitiativeRecord


def submission_from_record(record: InitiativeRecord) -> tuple[Submission, Any]:
    """The engine's view of a record, with text normalised exactly as on import."""
    data = to_input(record)
    sub = Submission(
        title=data.title, summary=data.summary, content=data.content, external_id=record.id,
        author=record.author, author_code=record.author_id or None, coauthors=tuple(record.coauthors),
        unit=record.unit, year=record.year, field=record.field or None, duties=record.duties or None,
    )
    return sub, data


def check_record(index: IndexService, record: InitiativeRecord, *, top: int = 10, save: bool = False,
                 actor: str | None = None) -> dict[str, Any]:
    sub, data = submission_from_record(record)
    self_id: int | None = None
    if save:
        with Session(index.ctx.engine, expire_on_commit=False) as s:
            initiative, outcome = upsert_initiative(s, data)
            s.commit()
            self_id = initiative.id
        if outcome != "unchanged" and self_id is not None:
            index.index_initiatives([self_id])
    result = index.engine.check(sub, index.store, top=top, self_doc_id=self_id).to_dict()
    with Session(index.ctx.engine) as s:
        s.add(CheckRecord(actor=actor, input_sha256=data.content_sha256, query_external_id=record.id,
                          title=data.title[:1000], verdict=result["verdict"], score=float(result["score"]),
                          result_json=json.dumps(result, ensure_ascii=False)))
        s.commit()
    return result

"""A check as the REST API and the web page run it: remembered decisions applied, the check
recorded and audited in one transaction, latency measured.

The JSON returned is the engine's check JSON (what ``sangkien check --format jsonl`` prints),
plus a ``decision`` object on matches a reviewer has already decided.
"""

from __future__ import annotations

import json
import time
from typing import Any

from sqlmodel import Session

from indexing.corpus import Submission
from models import repository as repo
from models.tables import CheckRecord
from service.decisions import apply_decisions
from service.index_service import IndexService
from service.ingest import to_input
from service.initiatives import save_input
from service.metrics import CHECK_LATENCY, CHECKS
from service.records import InitiativeRecord

MAX_TOP = 50


def submission_from_record(record: InitiativeRecord) -> tuple[Submission, Any]:
    """The engine's view of a record, with text normalised exactly as on import."""
    data = to_input(record)
    sub = Submission(
        title=data.title, summary=data.summary, content=data.content, external_id=record.id,
        author=record.author, author_code=record.author_id or None, coauthors=tuple(record.coauthors),
        unit=record.unit, year=record.year, field=record.field or None, duties=record.duties or None,
    )
    return sub, data


def run_check(index: IndexService, record: InitiativeRecord, *, actor: str, top: int = 10, save: bool = False,
              source_file: str | None = None, source_sha256: str | None = None) -> dict[str, Any]:
    """Check one submission against the stored initiatives.

    Read-only unless ``save``: then the record is stored (created or updated by id, audited as an
    ingest) and indexed first, and the check excludes it. ``source_file``/``source_sha256``
    describe an uploaded document and are stored with a saved record.
    """
    top = max(1, min(top, MAX_TOP))
    sub, data = submission_from_record(record)
    data.source_file, data.source_sha256 = source_file, source_sha256
    self_id: int | None = None
    if save:
        self_id, _ = save_input(index, data, actor=actor)
    started = time.perf_counter()
    result = index.engine.check(sub, index.store, top=top, self_doc_id=self_id).to_dict()
    CHECK_LATENCY.observe(time.perf_counter() - started)
    with Session(index.ctx.engine) as session:
        apply_decisions(session, [result["query_id"], data.content_sha256], result)
        check = repo.add_check_record(session, CheckRecord(
            actor=actor, input_sha256=data.content_sha256, query_external_id=record.id, title=data.title[:1000],
            verdict=result["verdict"], score=float(result["score"]),
            result_json=json.dumps(result, ensure_ascii=False)))
        repo.add_audit(session, actor, "check", "initiative", result["query_id"],
                       {"check_id": check.id, "verdict": result["verdict"], "score": result["score"],
                        "saved": save, "input_sha256": data.content_sha256, "source_file": source_file})
        session.commit()
    CHECKS.labels(result["verdict"]).inc()
    return result

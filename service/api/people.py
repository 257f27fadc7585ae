"""/api/v1/people/{id}/history: a person's initiatives year by year and how each relates to
their earlier ones and to other people's; /export and DELETE: their personal data on request."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import JSONResponse
from sqlmodel import Session

from service.api import API_PREFIX
from service.api.deps import get_index, get_session, require
from service.api.openapi import error_responses
from service.checks import MAX_TOP
from service.history import PersonHistory, person_history
from service.index_service import IndexService
from service.personal_data import ErasureReport, erase_person, export_person
from service.security import Permission, Principal

router = APIRouter(prefix=API_PREFIX, tags=["people"])


@router.get(
    "/people/{person_id}/history", summary="A person's initiatives year by year",
    description="`person_id` is the internal person number (`author.id` in initiative responses) or a staff "
                "code (`author_id` of the import contract); write `code:<staff code>` for a staff code made of "
                "digits only. Each initiative comes with its closest earlier initiative by the same person and "
                "its closest initiative by others (null when nothing reaches the 'related' level).",
    response_model=PersonHistory, responses=error_responses(404),
)
def history_route(
    person_id: str = Path(min_length=1, max_length=210),
    top: int = Query(10, ge=1, le=MAX_TOP, description="Matches considered per initiative."),
    _principal: Principal = Depends(require(Permission.read)),
    index: IndexService = Depends(get_index),
) -> PersonHistory:
    return person_history(index, person_id, top=top)


# ---------------------------------------------------------------------- personal data (export, erasure)

@router.get(
    "/people/{person_id}/export", summary="Everything stored about a person (personal data export)",
    description="Admins only. The person, their initiatives with authorship and passages, the checks of their "
                "initiatives and where their initiatives appeared in other checks (only their part of the "
                "evidence), decisions, yearly-audit results and audit-log entries about them, as one JSON "
                "document sent as a download. `person_id` as in `/people/{person_id}/history`. The export is "
                "itself recorded in the audit log.",
    responses={200: {"description": "The export (`format`: sangkien.person_export/1)",
                     "content": {"application/json": {"schema": {"type": "object"}}}},
               **error_responses(404)},
)
def export_route(
    person_id: str = Path(min_length=1, max_length=210),
    principal: Principal = Depends(require(Permission.personal_data)),
    session: Session = Depends(get_session),
) -> JSONResponse:
    data = export_person(session, person_id, actor=principal.label)
    filename = f"sangkien-person-{data['person']['id']}.json"
    return JSONResponse(data, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.delete(
    "/people/{person_id}", summary="Erase a person (personal data erasure)", response_model=ErasureReport,
    description="Admins only. Deletes the person and the initiatives they wrote alone (passages, index entries, "
                "decisions and the checks of those initiatives go with them), takes them off co-written "
                "initiatives (which stay, listed in `kept_initiatives`), removes the deleted initiatives from "
                "other stored checks and audit results, and redacts audit-log entries that name them. The audit "
                "log records the erasure under the returned `reference`, without the name.",
    responses=error_responses(404),
)
def erase_route(
    person_id: str = Path(min_length=1, max_length=210),
    principal: Principal = Depends(require(Permission.personal_data)),
    index: IndexService = Depends(get_index),
) -> ErasureReport:
    return erase_person(index, person_id, actor=principal.label)

"""/api/v1/people/{id}/history: a person's initiatives year by year and how each relates to
their earlier ones and to other people's."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query

from service.api import API_PREFIX
from service.api.deps import get_index, require
from service.api.openapi import error_responses
from service.checks import MAX_TOP
from service.history import PersonHistory, person_history
from service.index_service import IndexService
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

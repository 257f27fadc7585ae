"""/api/v1/decisions: reviewers' decisions on matches, remembered by later checks."""

from __future__ import annotations

from fastapi import APIRouter, Body, Depends, Query
from sqlmodel import Session

from models.tables import DecisionKind
from service.api import API_PREFIX, examples
from service.api.deps import get_session, require
from service.api.openapi import error_responses
from service.decisions import DecisionIn, DecisionPage, DecisionView, list_decisions, record_decision
from service.security import Permission, Principal

router = APIRouter(prefix=API_PREFIX, tags=["decisions"])


@router.post(
    "/decisions", summary="Record a reviewer's decision on a match", status_code=201, response_model=DecisionView,
    description="`query_id` is the check JSON's `query_id` (or the input hash of the checked text), `match_id` "
                "the matched initiative's id. A `false_alarm` is remembered: later checks of the same query show "
                "the match with its decision, and it no longer sets the verdict.",
    responses=error_responses(404, 422),
)
def create_decision(
    data: DecisionIn = Body(openapi_examples={"false_alarm": {"summary": "Báo trùng nhầm",
                                                              "value": examples.DECISION}}),
    principal: Principal = Depends(require(Permission.decide)),
    session: Session = Depends(get_session),
) -> DecisionView:
    return record_decision(session, data, actor=principal.label)


@router.get("/decisions", summary="List decisions, newest first", response_model=DecisionPage,
            responses=error_responses(422))
def list_route(
    query_id: str | None = Query(None, max_length=200),
    match_id: str | None = Query(None, max_length=200),
    decision: DecisionKind | None = Query(None),
    limit: int = Query(50, ge=1, le=200),
    offset: int = Query(0, ge=0, le=10_000_000),
    _principal: Principal = Depends(require(Permission.read)),
    session: Session = Depends(get_session),
) -> DecisionPage:
    return list_decisions(session, query_id=query_id, match_id=match_id, decision=decision, limit=limit,
                          offset=offset)

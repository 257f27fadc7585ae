"""Reviewers' decisions on matches, and how remembered decisions change later check results.

A decision is about one (query, matched initiative) pair. The query is named by the checked
record's id or its input hash; later checks of the same id or the same text show the decision
on that match, and a match decided to be a false alarm no longer drives the verdict.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlmodel import Session

from models import repository as repo
from models.tables import Decision, DecisionKind
from service.errors import NotFoundError


class DecisionIn(BaseModel):
    """A reviewer's decision on one match of a check."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    query_id: str = Field(min_length=1, max_length=200,
                          description="The checked record's id (the check JSON's query_id) or its input hash.")
    match_id: str = Field(min_length=1, max_length=200, description="External id of the matched initiative.")
    decision: DecisionKind
    reason: str = Field(min_length=1, max_length=5000, description="Why (required; shown to later reviewers).")

    @field_validator("reason")
    @classmethod
    def _reason_has_words(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("reason must not be blank")
        return value


class DecisionView(BaseModel):
    id: int
    created_at: datetime
    query_id: str
    match_id: str
    match_title: str | None = None
    decision: DecisionKind
    reason: str
    decided_by: str | None = None
    check_id: int | None = None


class DecisionPage(BaseModel):
    items: list[DecisionView]
    total: int
    limit: int
    offset: int
    next_offset: int | None = None


def _view(d: Decision, match_id: str, match_title: str | None = None) -> DecisionView:
    assert d.id is not None
    return DecisionView(id=d.id, created_at=d.created_at, query_id=d.query_key, match_id=match_id,
                        match_title=match_title, decision=d.decision, reason=d.reason, decided_by=d.decided_by,
                        check_id=d.check_id)


def record_decision(session: Session, data: DecisionIn, *, actor: str) -> DecisionView:
    """Store and audit a decision, linked to the latest check of that query when there is one;
    commits. ``NotFoundError`` when the matched initiative does not exist."""
    match = repo.get_initiative(session, data.match_id)
    if match is None or match.id is None:
        raise NotFoundError("initiative_not_found", f"no initiative with id {data.match_id!r}")
    check_id = repo.latest_check_id(session, data.query_id)
    row = repo.add_decision(session, query_key=data.query_id, match_initiative_id=match.id,
                            decision=data.decision, reason=data.reason, decided_by=actor, check_id=check_id)
    repo.add_audit(session, actor, "decision", "decision", str(row.id),
                   {"query_id": data.query_id, "match_id": data.match_id, "decision": data.decision.value,
                    "reason": data.reason[:500], "check_id": check_id})
    session.commit()
    return _view(row, data.match_id, match.title)


def list_decisions(session: Session, *, query_id: str | None = None, match_id: str | None = None,
                   decision: DecisionKind | None = None, limit: int = 50, offset: int = 0) -> DecisionPage:
    """Decisions, newest first. An unknown ``match_id`` simply matches nothing."""
    match_pk: int | None = None
    if match_id is not None:
        match = repo.get_initiative(session, match_id)
        if match is None:
            return DecisionPage(items=[], total=0, limit=limit, offset=offset)
        match_pk = match.id
    rows, total = repo.list_decisions(session, query_key=query_id, match_initiative_id=match_pk,
                                      decision=decision, limit=limit, offset=offset)
    items = [_view(d, ext, title) for d, ext, title in rows]
    next_offset = offset + len(items) if offset + len(items) < total else None
    return DecisionPage(items=items, total=total, limit=limit, offset=offset, next_offset=next_offset)


def decisions_for(session: Session, query_keys: str | Sequence[str]) -> dict[str, DecisionView]:
    """The latest decision per matched initiative (by external id) for a query."""
    keys = [query_keys] if isinstance(query_keys, str) else list(query_keys)
    latest: dict[str, DecisionView] = {}
    for d, match_id in repo.decisions_for_query(session, keys):
        latest[match_id] = _view(d, match_id)  # oldest first, so the newest wins
    return latest


def apply_decisions(session: Session, query_keys: str | Sequence[str], result: dict[str, Any]) -> dict[str, Any]:
    """Attach remembered decisions to a check result's matches and recompute its verdict.

    Each decided match gets ``"decision": {...}``; matches decided ``false_alarm`` stay in the
    list (so the reviewer sees why) but the verdict and score come from the best other match,
    or "new" when none is left. Returns ``result`` (changed in place).
    """
    decided = decisions_for(session, query_keys)
    if not decided:
        return result
    for match in result.get("matches", []):
        view = decided.get(match.get("id"))
        if view is not None:
            match["decision"] = {"id": view.id, "decision": view.decision.value, "reason": view.reason,
                                 "decided_by": view.decided_by, "decided_at": view.created_at.isoformat()}
    driving = [m for m in result.get("matches", [])
               if m.get("decision", {}).get("decision") != DecisionKind.false_alarm.value]
    if len(driving) != len(result.get("matches", [])):
        best = max(driving, key=lambda m: m["score"], default=None)
        result["verdict"] = best["level"] if best else "new"
        result["score"] = best["score"] if best else 0.0
    return result

"""Response models that exist only to document the API (the check JSON is returned as built)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class EvidenceOut(BaseModel):
    section: str = Field(description="Section of the submission: title, summary, solution, body...")
    query_text: str
    match_text: str
    similarity: float


class MatchDecisionOut(BaseModel):
    id: int
    decision: Literal["confirmed_duplicate", "legitimate_continuation", "false_alarm"]
    reason: str
    decided_by: str | None = None
    decided_at: str


class MatchOut(BaseModel):
    id: str = Field(description="External id of the earlier initiative.")
    title: str
    author: str | None = None
    unit: str | None = None
    year: int
    score: float = Field(description="0-100.")
    level: Literal["duplicate", "suspect", "related"]
    relations: list[str] = Field(description="same_author/other_author, coauthor_overlap, same_unit/other_unit, "
                                             "earlier_year/same_year/later_year.")
    evidence: list[EvidenceOut]
    explanation: str = Field(description="Vietnamese explanation for the reviewer.")
    decision: MatchDecisionOut | None = Field(None, description="Present when a reviewer decided on this match.")


class CheckResponse(BaseModel):
    query_id: str = Field(description="The submission's id (given, or derived from title, author, unit, year).")
    verdict: Literal["duplicate", "suspect", "related", "new"]
    score: float
    matches: list[MatchOut]
    duty_relevance: float | None = Field(None, description="0-1: how well the topic fits the author's duties.")
    timings_ms: dict[str, float]
    duty_note: str | None = Field(None, description="Present when the topic looks unrelated to the duties.")

"""Turns a check result (the engine's JSON) into what the result page shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from service.web import labels
from service.web.highlight import highlight_overlap

LEVEL_ORDER = ("duplicate", "suspect", "related")


@dataclass
class EvidenceView:
    section: str
    similarity: int
    query_html: Markup
    match_html: Markup


@dataclass
class MatchView:
    id: str
    title: str
    author: str | None
    unit: str | None
    year: int | None
    score: float
    level: str
    level_label: str
    relations: list[tuple[str, str]]  # (code, Vietnamese label)
    explanation: str
    evidence: list[EvidenceView]
    decision: dict[str, Any] | None = None  # remembered decision: decision, reason, decided_by, at


@dataclass
class ResultView:
    verdict: str
    headline: str
    meaning: str
    score: float
    query_key: str
    matches: list[MatchView] = field(default_factory=list)
    duty_note: str | None = None
    duty_relevance: float | None = None


def build_result_view(result: dict[str, Any]) -> ResultView:
    verdict = str(result.get("verdict", "new"))
    headline, meaning = labels.verdict_text(verdict)
    matches = sorted(result.get("matches", []), key=lambda m: m.get("score", 0), reverse=True)
    return ResultView(
        verdict=verdict, headline=headline, meaning=meaning, score=float(result.get("score") or 0),
        query_key=str(result.get("query_id", "")),
        matches=[_match_view(m) for m in matches],
        duty_note=result.get("duty_note"), duty_relevance=result.get("duty_relevance"),
    )


def _match_view(m: dict[str, Any]) -> MatchView:
    level = str(m.get("level", "related"))
    return MatchView(
        id=str(m.get("id", "")), title=str(m.get("title", "")), author=m.get("author"), unit=m.get("unit"),
        year=m.get("year"), score=float(m.get("score") or 0), level=level,
        level_label=labels.LEVELS.get(level, level),
        relations=[(r, labels.RELATIONS[r]) for r in m.get("relations", []) if r in labels.RELATIONS],
        explanation=str(m.get("explanation", "")),
        evidence=[_evidence_view(e) for e in m.get("evidence", [])],
        decision=m.get("decision"),
    )


def _evidence_view(e: dict[str, Any]) -> EvidenceView:
    query, match = str(e.get("query_text", "")), str(e.get("match_text", ""))
    return EvidenceView(
        section=labels.SECTIONS.get(str(e.get("section", "")), str(e.get("section", ""))),
        similarity=round(float(e.get("similarity") or 0) * 100),
        query_html=highlight_overlap(query, match), match_html=highlight_overlap(match, query),
    )

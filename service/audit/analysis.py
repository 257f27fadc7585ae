"""From an audit job's stored results to the parts of its report.

- summary: verdict counts overall, by unit and by field;
- trend: per year, the share of submissions with a duplicate/suspect match in an earlier year;
- flagged: duplicate and suspect submissions, most severe first, with their best match;
- clusters: connected groups of near-copies spanning several people (a "copying ring");
- repeaters: people who resubmitted their own earlier initiative, with the years involved.

Matches a reviewer decided to be a false alarm or a legitimate continuation do not count.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from sqlmodel import Session

from indexing.relations import person_key
from models import repository as repo
from models.tables import Job, JobStatus, utcnow
from service.audit.labels import NO_FIELD, NO_UNIT, SECTIONS, relation_text, verdict_label
from service.audit.runner import AuditParams, get_audit_job, params_of, state_of
from service.context import AppContext
from service.errors import ConflictError

FLAG_LEVELS = ("duplicate", "suspect")
SEVERITY = {"duplicate": 2, "suspect": 1}
NOT_DRIVING = {"false_alarm", "legitimate_continuation"}
MIN_CLUSTER_SIZE = 3  # a pair is one copy (in the flagged list); three or more is a ring
MIN_CLUSTER_PEOPLE = 2
SEVERAL_YEARS = 3  # a repeater whose own text appears in this many years is marked "nhiều năm"


@dataclass
class Counts:
    duplicate: int = 0
    suspect: int = 0
    related: int = 0
    new: int = 0

    @property
    def total(self) -> int:
        return self.duplicate + self.suspect + self.related + self.new

    @property
    def flagged(self) -> int:
        return self.duplicate + self.suspect

    @property
    def flagged_share(self) -> float:
        return round(100.0 * self.flagged / self.total, 1) if self.total else 0.0

    def add(self, verdict: str) -> None:
        setattr(self, verdict, getattr(self, verdict) + 1)

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "duplicate": self.duplicate, "suspect": self.suspect, "related": self.related,
                "new": self.new, "flagged": self.flagged, "flagged_share": self.flagged_share}


@dataclass
class TrendPoint:
    year: int
    counts: Counts
    with_earlier_copy: int  # submissions with a duplicate/suspect match in an earlier year

    @property
    def share(self) -> float:
        return round(100.0 * self.with_earlier_copy / self.counts.total, 1) if self.counts.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"year": self.year, **self.counts.to_dict(), "with_earlier_copy": self.with_earlier_copy,
                "share_with_earlier_copy": self.share}


@dataclass
class BestMatch:
    id: str
    title: str
    author: str | None
    unit: str | None
    year: int
    score: float
    level: str
    relations: list[str]
    relation_text: str
    explanation: str
    query_excerpt: str | None
    match_excerpt: str | None
    excerpt_section: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "author": self.author, "unit": self.unit, "year": self.year,
                "score": self.score, "level": self.level, "relations": self.relations,
                "relation_text": self.relation_text, "explanation": self.explanation,
                "evidence": ({"section": self.excerpt_section, "query_text": self.query_excerpt,
                              "match_text": self.match_excerpt} if self.query_excerpt else None)}


@dataclass
class Flagged:
    id: str
    title: str
    author: str | None
    unit: str | None
    field: str | None
    year: int
    verdict: str
    score: float
    best_match: BestMatch
    other_matches: int  # further duplicate/suspect matches beyond the best
    cluster: int | None = None  # 1-based number of its cluster
    self_reuse: bool = False
    duty_note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "author": self.author, "unit": self.unit, "field": self.field,
                "year": self.year, "verdict": self.verdict, "verdict_label": verdict_label(self.verdict),
                "score": self.score, "best_match": self.best_match.to_dict(), "other_matches": self.other_matches,
                "cluster": self.cluster, "self_reuse": self.self_reuse, "duty_note": self.duty_note}


@dataclass
class Member:
    id: str
    title: str
    author: str | None
    unit: str | None
    year: int
    audited: bool  # a submission of the audited year (else an earlier initiative it matches)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "author": self.author, "unit": self.unit, "year": self.year,
                "audited": self.audited}


@dataclass
class Edge:
    a: str
    b: str
    score: float
    level: str


@dataclass
class Cluster:
    number: int
    members: list[Member]
    edges: list[Edge]

    @property
    def people(self) -> int:
        return len({_person(m.author, m.unit) for m in self.members})

    @property
    def units(self) -> list[str]:
        return sorted({m.unit or NO_UNIT for m in self.members})

    @property
    def years(self) -> list[int]:
        return sorted({m.year for m in self.members})

    @property
    def max_score(self) -> float:
        return max((e.score for e in self.edges), default=0.0)

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "members": [m.id for m in self.members],
                "details": [m.to_dict() for m in self.members], "people": self.people, "units": self.units,
                "years": self.years, "max_score": self.max_score,
                "edges": [{"a": e.a, "b": e.b, "score": e.score, "level": e.level} for e in self.edges]}


@dataclass
class Repeater:
    author: str
    unit: str | None
    ids: list[str]
    years: list[int]
    titles: dict[str, str]
    best_score: float

    @property
    def several_years(self) -> bool:
        return len(self.years) >= SEVERAL_YEARS

    def to_dict(self) -> dict[str, Any]:
        return {"author": self.author, "unit": self.unit, "ids": self.ids, "years": self.years,
                "times_reused": len(self.years) - 1, "several_years": self.several_years,
                "best_score": self.best_score}


@dataclass
class AuditReport:
    job_id: int
    params: AuditParams
    generated_at: datetime
    finished_at: datetime | None
    status: str
    counts: Counts
    by_unit: dict[str, Counts]
    by_field: dict[str, Counts]
    trend: list[TrendPoint]
    flagged: list[Flagged]
    clusters: list[Cluster]
    repeaters: list[Repeater]
    base_url: str | None = None
    missing: int = 0
    checked_per_second: float | None = None

    @property
    def year(self) -> int:
        return self.params.year

    def link(self, external_id: str) -> str | None:
        """The initiative's page in the web app, when a base URL is known."""
        if not self.base_url:
            return None
        return f"{self.base_url.rstrip('/')}/sang-kien/{quote(external_id, safe='')}"


def _person(author: str | None, unit: str | None) -> str:
    return f"{person_key(author) or '?'}|{person_key(unit) or '?'}"


def _driving(matches: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [m for m in matches if m.get("decision") not in NOT_DRIVING]


def _verdict(result: dict[str, Any]) -> tuple[str, float, list[dict[str, Any]]]:
    """The verdict from the matches that still count, their score, and those matches."""
    driving = _driving(result.get("matches", []))
    if len(driving) == len(result.get("matches", [])):
        return result.get("verdict", "new"), float(result.get("score", 0.0)), driving
    best = max(driving, key=lambda m: m["score"], default=None)
    return (best["level"], float(best["score"]), driving) if best else ("new", 0.0, driving)


def _best(match: dict[str, Any]) -> BestMatch:
    ev = (match.get("evidence") or [None])[0]
    return BestMatch(id=match["id"], title=match.get("title") or "", author=match.get("author"),
                     unit=match.get("unit"), year=int(match["year"]), score=float(match["score"]),
                     level=match["level"], relations=list(match.get("relations") or []),
                     relation_text=relation_text(list(match.get("relations") or []), match.get("year")),
                     explanation=match.get("explanation") or "",
                     query_excerpt=ev.get("query_text") if ev else None,
                     match_excerpt=ev.get("match_text") if ev else None,
                     excerpt_section=SECTIONS.get(ev.get("section"), ev.get("section")) if ev else None)


class _Components:
    """Union-find over external ids."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for x in list(self.parent):
            out[self.find(x)].append(x)
        return list(out.values())


@dataclass
class _Row:
    phase: str
    year: int
    result: dict[str, Any]

    @property
    def subject(self) -> dict[str, Any]:
        return self.result["subject"]


def _clusters(audited: list[_Row]) -> list[Cluster]:
    comps = _Components()
    info: dict[str, Member] = {}
    edges: dict[tuple[str, str], Edge] = {}
    for row in audited:
        s = row.subject
        info[s["id"]] = Member(s["id"], s["title"], s.get("author"), s.get("unit"), int(s["year"]), True)
    for row in audited:
        sid = row.subject["id"]
        for m in _driving(row.result.get("matches", [])):
            if m["level"] not in FLAG_LEVELS:
                continue
            info.setdefault(m["id"], Member(m["id"], m.get("title") or "", m.get("author"), m.get("unit"),
                                            int(m["year"]), False))
            comps.union(sid, m["id"])
            key = (min(sid, m["id"]), max(sid, m["id"]))
            if key not in edges or edges[key].score < m["score"]:
                edges[key] = Edge(key[0], key[1], float(m["score"]), m["level"])
    out: list[Cluster] = []
    for group in comps.groups():
        members = sorted((info[i] for i in group), key=lambda m: (m.year, m.id))
        if len(members) < MIN_CLUSTER_SIZE:
            continue
        ids = set(group)
        cluster = Cluster(0, members, sorted((e for e in edges.values() if e.a in ids),
                                             key=lambda e: -e.score))
        if cluster.people >= MIN_CLUSTER_PEOPLE:
            out.append(cluster)
    out.sort(key=lambda c: (-len(c.members), -c.max_score, c.members[0].id))
    for n, c in enumerate(out, 1):
        c.number = n
    return out


def _repeaters(audited: list[_Row], earlier: list[_Row]) -> list[Repeater]:
    """Chains of a person's own near-copies, through this year's and the trend years' results."""
    comps = _Components()
    titles: dict[str, str] = {}
    years: dict[str, int] = {}
    scores: dict[str, float] = defaultdict(float)
    for row in audited + earlier:
        s = row.subject
        for m in _driving(row.result.get("matches", [])):
            if m["level"] in FLAG_LEVELS and "same_author" in (m.get("relations") or []):
                comps.union(s["id"], m["id"])
                titles.setdefault(s["id"], s["title"])
                titles.setdefault(m["id"], m.get("title") or "")
                years[s["id"]], years[m["id"]] = int(s["year"]), int(m["year"])
                scores[s["id"]] = max(scores[s["id"]], float(m["score"]))
    chains = {root: group for group in comps.groups() for root in [comps.find(group[0])]}
    by_person: dict[str, Repeater] = {}
    for row in audited:
        s = row.subject
        if s["id"] not in comps.parent:
            continue
        chain = chains[comps.find(s["id"])]
        key = _person(s.get("author"), s.get("unit"))
        rep = by_person.setdefault(key, Repeater(s.get("author") or "?", s.get("unit"), [], [], {}, 0.0))
        for x in chain:
            if x not in rep.ids:
                rep.ids.append(x)
                rep.titles[x] = titles.get(x, "")
        rep.best_score = max(rep.best_score, scores.get(s["id"], 0.0))
    for rep in by_person.values():
        rep.ids.sort(key=lambda x: (years.get(x, 0), x))
        rep.years = sorted({years[x] for x in rep.ids if x in years})
    return sorted(by_person.values(), key=lambda r: (-len(r.years), -r.best_score, r.author))


def _trend(rows: list[_Row], year: int, trend_years: list[int]) -> list[TrendPoint]:
    points: dict[int, TrendPoint] = {y: TrendPoint(y, Counts(), 0) for y in [*trend_years, year]}
    for row in rows:
        point = points.get(row.year)
        if point is None:
            continue
        verdict, _score, driving = _verdict(row.result)
        point.counts.add(verdict)
        if any(m["level"] in FLAG_LEVELS and int(m["year"]) < row.year for m in driving):
            point.with_earlier_copy += 1
    return [points[y] for y in sorted(points)]


def analyse(job: Job, rows: list[tuple[str, int, dict[str, Any]]], *, base_url: str | None = None) -> AuditReport:
    """The report of a job from its results: (phase, year, compact result) per submission."""
    assert job.id is not None
    params = params_of(job)
    state = state_of(job)
    parsed = [_Row(phase, year, result) for phase, year, result in rows if not result.get("missing")]
    audited = [r for r in parsed if r.phase == "audit"]
    earlier = [r for r in parsed if r.phase == "trend"]
    counts = Counts()
    by_unit: dict[str, Counts] = defaultdict(Counts)
    by_field: dict[str, Counts] = defaultdict(Counts)
    flagged: list[Flagged] = []
    for row in audited:
        s = row.subject
        verdict, score, driving = _verdict(row.result)
        counts.add(verdict)
        by_unit[s.get("unit") or NO_UNIT].add(verdict)
        by_field[s.get("field") or NO_FIELD].add(verdict)
        if verdict not in FLAG_LEVELS or not driving:
            continue
        # On a tie the earlier initiative is the better lead: it is more likely the original.
        best = max(driving, key=lambda m: (m["score"], -int(m["year"])))
        flagged.append(Flagged(
            id=s["id"], title=s["title"], author=s.get("author"), unit=s.get("unit"), field=s.get("field"),
            year=int(s["year"]), verdict=verdict, score=score, best_match=_best(best),
            other_matches=sum(1 for m in driving if m is not best and m["level"] in FLAG_LEVELS),
            self_reuse=any("same_author" in (m.get("relations") or []) for m in driving if m["level"] in FLAG_LEVELS),
            duty_note=row.result.get("duty_note")))
    clusters = _clusters(audited)
    in_cluster = {m.id: c.number for c in clusters for m in c.members}
    for f in flagged:
        f.cluster = in_cluster.get(f.id)
    flagged.sort(key=lambda f: (-SEVERITY[f.verdict], -f.score, f.cluster is None, f.id))
    seconds, checked = state.get("check_seconds", 0.0), state.get("checked", 0)
    return AuditReport(
        job_id=job.id, params=params, generated_at=utcnow(),
        finished_at=job.updated_at if job.status == JobStatus.done else None, status=job.status.value,
        counts=counts, by_unit=dict(sorted(by_unit.items(), key=lambda kv: (-kv[1].flagged, kv[0]))),
        by_field=dict(sorted(by_field.items(), key=lambda kv: (-kv[1].flagged, kv[0]))),
        trend=_trend(parsed, params.year, list(state.get("trend_years", []))), flagged=flagged,
        clusters=clusters, repeaters=_repeaters(audited, earlier), base_url=base_url,
        missing=sum(1 for _p, _y, r in rows if r.get("missing")),
        checked_per_second=round(checked / seconds, 2) if seconds else None)


def load_report(ctx: AppContext, job_id: int, *, base_url: str | None = None,
                require_done: bool = True) -> AuditReport:
    """The report of a stored job. ``ConflictError`` when the job has not finished (unless
    ``require_done`` is false: a partial report of what is done so far)."""
    job = get_audit_job(ctx, job_id)
    if require_done and job.status != JobStatus.done:
        raise ConflictError("audit_not_finished", f"audit job {job_id} is {job.status.value}, not done",
                            {"done": job.done, "total": job.total})
    with Session(ctx.engine) as session:
        rows = [(r.phase, r.year, json.loads(r.result_json)) for r in repo.audit_results(session, job_id)]
    return analyse(job, rows, base_url=base_url)


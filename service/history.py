"""Stored initiatives compared with the rest: "similar to this one" and a person's history.

Both re-check a stored initiative as if it were submitted again, excluding itself. The stored
passage embeddings are reused, so no text is embedded again (only the author's duties, for the
relevance score).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlmodel import Session

from indexing.analysis import Analysis
from indexing.corpus import Submission
from models import repository as repo
from models.tables import DecisionKind, Initiative, InitiativeStatus, Person
from service.decisions import apply_decisions
from service.errors import NotFoundError
from service.index_service import IndexService, to_stored
from service.initiatives import require_initiative

STAFF_CODE_PREFIX = "code:"
MAX_ID_DIGITS = 18  # larger numbers cannot be row ids (64-bit); they are looked up as staff codes


def submission_of(session: Session, initiative: Initiative) -> Submission:
    """The engine's view of a stored initiative (its text is already normalised)."""
    assert initiative.id is not None
    author: Person | None = None
    coauthors: list[str] = []
    for link, person in repo.authors_of(session, [initiative.id])[initiative.id]:
        if link.is_main:
            author = person
        else:
            coauthors.append(person.full_name)
    unit = repo.units_by_ids(session, [initiative.unit_id]).get(initiative.unit_id or -1)
    return Submission(
        title=initiative.title, summary=initiative.summary, content=initiative.content,
        external_id=initiative.external_id, author=author.full_name if author else None,
        author_code=author.staff_code if author else None, coauthors=tuple(coauthors),
        unit=unit.name if unit else None, year=initiative.year, field=initiative.field,
        duties=author.duties if author else None)


def _analysis_with_stored_vectors(index: IndexService, session: Session, initiative: Initiative) -> Analysis:
    assert initiative.id is not None
    analysis = index.engine.analyze(initiative.title, initiative.summary, initiative.content)
    stored = {p.ord: p for p in repo.passages_of(session, [initiative.id])}
    model = index.engine.embedder.name
    for p in analysis.passages:
        row = stored.get(p.ord)
        # Same text at the same place: the vector stored at indexing time is the one we would compute.
        if row is not None and row.text == p.text:
            p.embedding = to_stored(row, model).embedding
    return analysis


def check_stored(index: IndexService, session: Session, initiative: Initiative, *, top: int = 10) -> dict[str, Any]:
    """The check JSON of a stored initiative against all others, with remembered decisions."""
    result = index.engine.check(submission_of(session, initiative), index.store, top=top,
                                analysis=_analysis_with_stored_vectors(index, session, initiative),
                                self_doc_id=initiative.id).to_dict()
    return apply_decisions(session, [initiative.external_id, initiative.content_sha256], result)


def similar_to(index: IndexService, external_id: str, *, top: int = 10) -> dict[str, Any]:
    """Initiatives similar to a stored one (check JSON); ``NotFoundError`` for an unknown id."""
    with Session(index.ctx.engine) as session:
        return check_stored(index, session, require_initiative(session, external_id), top=top)


# ---------------------------------------------------------------------- a person's history

class MatchBrief(BaseModel):
    id: str
    title: str
    author: str | None = None
    unit: str | None = None
    year: int
    score: float
    level: str
    relations: list[str] = Field(default_factory=list)
    decision: dict[str, Any] | None = None


class HistoryEntry(BaseModel):
    id: str
    title: str
    year: int
    school_year: str | None = None
    status: InitiativeStatus
    role: Literal["author", "coauthor"]
    verdict: str = Field(description="The check verdict of this initiative against everything before it.")
    score: float
    best_own_earlier: MatchBrief | None = Field(
        None, description="Closest of this person's own earlier initiatives (null: none above 'related').")
    best_other: MatchBrief | None = Field(None, description="Closest initiative by other people.")


class YearGroup(BaseModel):
    year: int
    initiatives: list[HistoryEntry]


class PersonInfo(BaseModel):
    id: int
    name: str
    staff_code: str | None = None
    unit: str | None = None


class PersonHistory(BaseModel):
    person: PersonInfo
    years: list[YearGroup]


def find_person(session: Session, ref: str) -> Person:
    """A person by internal number, or by staff code (``code:<code>`` forces a staff code that is
    all digits). ``NotFoundError`` when there is none."""
    ref = ref.strip()
    person: Person | None = None
    if ref.startswith(STAFF_CODE_PREFIX):
        person = repo.person_by_staff_code(session, ref[len(STAFF_CODE_PREFIX):].strip())
    elif ref.isdigit() and len(ref) <= MAX_ID_DIGITS:
        person = repo.get_person(session, int(ref))
    elif ref:
        person = repo.person_by_staff_code(session, ref)
    if person is None:
        raise NotFoundError("person_not_found", f"no person {ref!r}")
    return person


def _brief(match: dict[str, Any]) -> MatchBrief:
    return MatchBrief(id=match["id"], title=match["title"], author=match.get("author"), unit=match.get("unit"),
                      year=match["year"], score=match["score"], level=match["level"],
                      relations=match.get("relations", []), decision=match.get("decision"))


def _driving(match: dict[str, Any]) -> bool:
    return (match.get("decision") or {}).get("decision") != DecisionKind.false_alarm.value


def person_history(index: IndexService, ref: str, *, top: int = 10) -> PersonHistory:
    """A person's initiatives year by year, each with its closest own earlier initiative and its
    closest initiative by others (matches decided to be false alarms are skipped)."""
    with Session(index.ctx.engine) as session:
        person = find_person(session, ref)
        assert person.id is not None
        written = repo.initiatives_of_person(session, person.id)
        mine = {ini.external_id for ini, _ in written}
        unit = repo.units_by_ids(session, [person.unit_id]).get(person.unit_id or -1)
        groups: dict[int, list[HistoryEntry]] = {}
        for ini, link in written:
            result = check_stored(index, session, ini, top=top)
            matches = [m for m in result["matches"] if _driving(m)]
            own = next((m for m in matches if m["id"] in mine and m["year"] < ini.year), None)
            other = next((m for m in matches if m["id"] not in mine), None)
            groups.setdefault(ini.year, []).append(HistoryEntry(
                id=ini.external_id, title=ini.title, year=ini.year, school_year=ini.school_year, status=ini.status,
                role="author" if link.is_main else "coauthor", verdict=result["verdict"], score=result["score"],
                best_own_earlier=_brief(own) if own else None, best_other=_brief(other) if other else None))
        return PersonHistory(
            person=PersonInfo(id=person.id, name=person.full_name, staff_code=person.staff_code,
                              unit=unit.name if unit else None),
            years=[YearGroup(year=y, initiatives=groups[y]) for y in sorted(groups)])

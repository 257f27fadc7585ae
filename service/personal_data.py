"""A person's data on request (personal data protection): export everything stored about them,
or erase it.

Erasure removes the person, the initiatives they wrote alone (passages, index entries, decisions
and the checks of those initiatives with them), takes them off the authors of co-written
initiatives (which stay: they are also the co-authors' work), drops the erased initiatives from
other checks' and yearly audits' stored results, and redacts the audit log's entries about them.
The audit log then records that an erasure happened, under an opaque reference, without the name.
"""

from __future__ import annotations

import json
import re
import secrets
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlmodel import Session

from models import repository as repo
from models.db import begin_write, flush_deleted
from models.tables import AuditLog, CheckRecord, Initiative, InitiativeAuthor, Person, utcnow
from service.history import find_person
from service.idempotency import IdempotencyStore
from service.index_service import IndexService
from service.initiatives import _WRITE_LOCK

EXPORT_FORMAT = "sangkien.person_export/1"
ERASED = "[erased]"
# Audit details kept on entries about an erased initiative: none of them says who or what it was.
AUDIT_KEYS_KEPT = frozenset({"outcome", "verdict", "score", "saved", "year", "check_id", "decision", "bulk", "line"})


# ---------------------------------------------------------------------- what concerns a person

class _Concerning:
    """Everything stored that concerns one person, gathered in one session."""

    def __init__(self, session: Session, person: Person) -> None:
        assert person.id is not None
        self.person = person
        self.written = repo.initiatives_of_person(session, person.id)
        ids = [ini.id for ini, _ in self.written if ini.id is not None]
        links = repo.authors_of(session, ids)
        self.sole: list[Initiative] = []
        self.shared: list[tuple[Initiative, InitiativeAuthor]] = []
        for ini, link in self.written:
            assert ini.id is not None
            if all(p.id == person.id for _, p in links.get(ini.id, [])):
                self.sole.append(ini)
            else:
                self.shared.append((ini, link))
        self.other_authors = {i: sum(1 for _, p in links.get(i, []) if p.id != person.id) for i in ids}
        self.all_ext = {ini.external_id for ini, _ in self.written}
        self.all_ids = set(ids)
        self.query_keys = sorted(self.all_ext | {ini.content_sha256 for ini, _ in self.written})
        self.names = [n for n in (person.full_name.strip(), (person.staff_code or "").strip()) if len(n) >= 2]


def _json_needles(values: Any) -> list[str]:
    """How each value appears as a JSON string in a stored result (exact field values)."""
    return [json.dumps(v, ensure_ascii=False) for v in sorted(set(values)) if v]


def _name_pattern(names: list[str]) -> re.Pattern[str] | None:
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _scrub_text(value: Any, pattern: re.Pattern[str] | None) -> Any:
    """Every string inside ``value`` with the names replaced."""
    if pattern is None:
        return value
    if isinstance(value, str):
        return pattern.sub(ERASED, value)
    if isinstance(value, list):
        return [_scrub_text(v, pattern) for v in value]
    if isinstance(value, dict):
        return {k: _scrub_text(v, pattern) for k, v in value.items()}
    return value


def _decision_kind(match: dict[str, Any]) -> str | None:
    d = match.get("decision")
    return d.get("decision") if isinstance(d, dict) else d


def _drop_matches(result: dict[str, Any], erased: set[str], names: set[str]) -> bool:
    """Remove matches with erased initiatives from a stored check result (verdict and score then
    come from the best remaining match) and the person's name from the others. True if changed."""
    changed = False
    matches = result.get("matches") or []
    kept = [m for m in matches if m.get("id") not in erased]
    if len(kept) != len(matches):
        changed = True
        driving = [m for m in kept if _decision_kind(m) != "false_alarm"]
        best = max(driving, key=lambda m: m.get("score") or 0, default=None)
        result["matches"] = kept
        result["verdict"] = best.get("level", "new") if best else "new"
        result["score"] = best.get("score", 0.0) if best else 0.0
        result["erased_matches"] = int(result.get("erased_matches") or 0) + len(matches) - len(kept)
    for m in kept:
        if m.get("author") in names:
            m["author"], changed = None, True
    subject = result.get("subject")
    if isinstance(subject, dict):  # a yearly audit's compact result
        for key in ("author", "author_code"):
            if subject.get(key) in names:
                subject[key], changed = None, True
        coauthors = subject.get("coauthors") or []
        if any(c in names for c in coauthors):
            subject["coauthors"], changed = [c for c in coauthors if c not in names], True
    return changed


# ---------------------------------------------------------------------- export

def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _details(row: AuditLog) -> Any:
    """An audit entry's details as stored: JSON when it parses, the raw text otherwise."""
    if not row.details:
        return None
    try:
        return json.loads(row.details)
    except ValueError:
        return row.details


def _audit_entry(row: AuditLog) -> dict[str, Any]:
    details = _details(row)
    return {"id": row.id, "at": _iso(row.at), "actor": row.actor, "action": row.action,
            "target_type": row.target_type, "target_id": row.target_id, "details": details}


def _own_check(row: CheckRecord, mine: set[str]) -> dict[str, Any]:
    """A check of the person's own initiative: their text, and of the matches only what does not
    describe another person (id, score, level)."""
    result = json.loads(row.result_json)
    matches = []
    for m in result.get("matches", []):
        entry: dict[str, Any] = {"id": m.get("id"), "year": m.get("year"), "score": m.get("score"),
                                 "level": m.get("level"), "relations": m.get("relations", [])}
        if m.get("id") in mine:
            entry.update(title=m.get("title"), evidence=m.get("evidence", []))
        else:
            entry["evidence"] = [{"section": e.get("section"), "query_text": e.get("query_text"),
                                  "similarity": e.get("similarity")} for e in m.get("evidence", [])]
        matches.append(entry)
    return {"id": row.id, "created_at": _iso(row.created_at), "actor": row.actor, "query_id": row.query_external_id,
            "title": row.title, "verdict": row.verdict, "score": row.score, "matches": matches}


def _appearance(row: CheckRecord, mine: set[str]) -> dict[str, Any] | None:
    """The person's initiative among another check's matches: their part of the evidence only."""
    result = json.loads(row.result_json)
    found = [{"id": m.get("id"), "score": m.get("score"), "level": m.get("level"),
              "evidence": [{"section": e.get("section"), "match_text": e.get("match_text"),
                            "similarity": e.get("similarity")} for e in m.get("evidence", [])]}
             for m in result.get("matches", []) if m.get("id") in mine]
    if not found:
        return None
    return {"check_id": row.id, "created_at": _iso(row.created_at), "matches": found}


def export_person(session: Session, ref: str, *, actor: str) -> dict[str, Any]:
    """Everything stored about a person (``ref``: person number or staff code), as JSON-ready data.
    The export itself is audited (commits). ``NotFoundError`` for an unknown person."""
    person = find_person(session, ref)
    assert person.id is not None
    c = _Concerning(session, person)
    unit = repo.units_by_ids(session, [person.unit_id]).get(person.unit_id or -1)
    units = repo.units_by_ids(session, (ini.unit_id for ini, _ in c.written))
    passages: dict[int, list[dict[str, Any]]] = {}
    for p in repo.passages_of(session, sorted(c.all_ids)):
        passages.setdefault(p.initiative_id, []).append(
            {"ord": p.ord, "section": p.section, "solution_no": p.solution_no, "text": p.text})
    initiatives = []
    for ini, link in c.written:
        assert ini.id is not None
        u = units.get(ini.unit_id) if ini.unit_id is not None else None
        initiatives.append({
            "id": ini.external_id, "title": ini.title, "summary": ini.summary, "content": ini.content,
            "field": ini.field, "year": ini.year, "school_year": ini.school_year, "status": ini.status.value,
            "recognition_level": ini.recognition_level, "unit": u.name if u else None,
            "source_file": ini.source_file, "created_at": _iso(ini.created_at), "updated_at": _iso(ini.updated_at),
            "authorship": {"role": "author" if link.is_main else "coauthor", "share": link.share,
                           "other_authors": c.other_authors.get(ini.id, 0)},
            "passages": passages.get(ini.id, []),
        })
    own_checks = repo.check_records_for_queries(session, c.query_keys)
    own_ids = {r.id for r in own_checks}
    appearances = [a for r in repo.check_records_containing(session, _json_needles(c.all_ext))
                   if r.id not in own_ids and (a := _appearance(r, c.all_ext)) is not None]
    decisions = repo.decisions_concerning(session, query_keys=c.query_keys, initiative_ids=sorted(c.all_ids),
                                          check_ids=sorted(i for i in own_ids if i is not None))
    ext_by_id = {ini.id: ini.external_id for ini, _ in c.written}
    audit_results = []
    for r in repo.audit_results_concerning(session, initiative_ids=sorted(c.all_ids),
                                           needles=_json_needles(c.all_ext)):
        data = json.loads(r.result_json)
        if r.initiative_id in c.all_ids:
            audit_results.append({"job_id": r.job_id, "id": r.external_id, "year": r.year, "phase": r.phase,
                                  "verdict": data.get("verdict"), "score": data.get("score"),
                                  "created_at": _iso(r.created_at)})
        else:
            found = [{"id": m.get("id"), "score": m.get("score"), "level": m.get("level")}
                     for m in data.get("matches", []) if m.get("id") in c.all_ext]
            if found:
                audit_results.append({"job_id": r.job_id, "phase": r.phase, "year": r.year,
                                      "appears_as_match": found, "created_at": _iso(r.created_at)})
    audit = repo.audit_entries_concerning(session, target_ids=sorted(c.all_ext), needles=c.names,
                                          person_target=str(person.id))
    out = {
        "format": EXPORT_FORMAT,
        "exported_at": utcnow().isoformat(),
        "person": {"id": person.id, "full_name": person.full_name, "staff_code": person.staff_code,
                   "unit": unit.name if unit else None, "position": person.position, "duties": person.duties,
                   "created_at": _iso(person.created_at), "updated_at": _iso(person.updated_at)},
        "initiatives": initiatives,
        "checks": [_own_check(r, c.all_ext) for r in own_checks],
        "appears_in_checks": appearances,
        "decisions": [{"id": d.id, "created_at": _iso(d.created_at), "query_id": d.query_key,
                       "match_id": ext_by_id.get(d.match_initiative_id), "decision": d.decision.value,
                       "reason": d.reason, "decided_by": d.decided_by, "check_id": d.check_id} for d in decisions],
        "audit_results": audit_results,
        "audit_log": [_audit_entry(a) for a in audit],
    }
    repo.add_audit(session, actor, "person_export", "person", str(person.id),
                   {"initiatives": len(initiatives), "checks": len(out["checks"]),
                    "audit_entries": len(out["audit_log"])})
    session.commit()
    return out


# ---------------------------------------------------------------------- erasure

class KeptInitiative(BaseModel):
    id: str
    action: str = Field(description="'author_removed': co-written, so it stays with its other authors.")
    was_main_author: bool
    note: str


class ErasureReport(BaseModel):
    reference: str = Field(description="Opaque reference of this erasure, also in the audit log "
                                       "(which keeps neither the name nor the ids).")
    person_erased: bool = True
    deleted_initiatives: list[str] = Field(description="External ids of the initiatives deleted (sole author).")
    kept_initiatives: list[KeptInitiative] = Field(default_factory=list)
    passages_deleted: int = 0
    check_records_deleted: int = 0
    check_records_redacted: int = 0
    decisions_deleted: int = 0
    decisions_redacted: int = 0
    audit_results_deleted: int = 0
    audit_results_redacted: int = 0
    audit_entries_redacted: int = 0
    notes: list[str] = Field(default_factory=list)


def _redact_audit(row: AuditLog, erased: set[str], pattern: re.Pattern[str] | None, reference: str) -> bool:
    details = _details(row)
    new = details
    if row.target_type == "initiative" and row.target_id in erased:
        kept = {k: v for k, v in details.items() if k in AUDIT_KEYS_KEPT} if isinstance(details, dict) else {}
        new = {**kept, "redacted": reference}
    new = _scrub_text(new, pattern)
    if new == details:
        return False
    row.details = json.dumps(new, ensure_ascii=False, default=str) if new is not None else None
    return True


def erase_person(index: IndexService, ref: str, *, actor: str) -> ErasureReport:
    """Erase a person (``ref``: person number or staff code); see the module's description.

    One transaction; the erased initiatives are then dropped from the running index, which is
    saved, so the index files no longer hold them either, and responses kept for idempotent
    replays that mention them are forgotten. ``NotFoundError`` for an unknown person.
    """
    reference = f"erasure-{secrets.token_hex(8)}"
    with _WRITE_LOCK, Session(index.ctx.engine, expire_on_commit=False) as session:
        begin_write(session)  # it reads before it writes: take the write lock first
        person = find_person(session, ref)
        assert person.id is not None
        c = _Concerning(session, person)
        erased = {ini.external_id for ini in c.sole}
        erased_ids = sorted(ini.id for ini in c.sole if ini.id is not None)
        erased_keys = sorted(erased | {ini.content_sha256 for ini in c.sole})
        names = set(c.names)
        pattern = _name_pattern(c.names)
        report = ErasureReport(reference=reference, deleted_initiatives=sorted(erased))

        own_checks = repo.check_records_for_queries(session, erased_keys)
        own_check_ids = {r.id for r in own_checks if r.id is not None}
        erased_key_set = set(erased_keys)
        for d in repo.decisions_concerning(session, query_keys=erased_keys, initiative_ids=erased_ids,
                                           check_ids=sorted(own_check_ids), text_needles=c.names):
            if d.query_key in erased_key_set or d.match_initiative_id in erased_ids or d.check_id in own_check_ids:
                report.decisions_deleted += repo.delete_rows(session, [d])
            else:
                reason = _scrub_text(d.reason, pattern)
                if reason != d.reason:
                    d.reason = reason
                    session.add(d)
                    report.decisions_redacted += 1
        report.check_records_deleted = repo.delete_rows(session, own_checks)
        for r in repo.check_records_containing(session, _json_needles(erased | names)):
            result = json.loads(r.result_json)
            if _drop_matches(result, erased, names):
                r.result_json = json.dumps(result, ensure_ascii=False)
                r.verdict, r.score = str(result.get("verdict", r.verdict)), float(result.get("score") or 0.0)
                session.add(r)
                report.check_records_redacted += 1
        for ar in repo.audit_results_concerning(session, initiative_ids=erased_ids,
                                                needles=_json_needles(erased | names)):
            if ar.initiative_id in erased_ids:
                report.audit_results_deleted += repo.delete_rows(session, [ar])
                continue
            data = json.loads(ar.result_json)
            if _drop_matches(data, erased, names):
                ar.result_json = json.dumps(data, ensure_ascii=False)
                session.add(ar)
                report.audit_results_redacted += 1
        for entry in repo.audit_entries_concerning(session, target_ids=sorted(erased), needles=c.names):
            if _redact_audit(entry, erased, pattern, reference):
                session.add(entry)
                report.audit_entries_redacted += 1

        report.passages_deleted = repo.count_passages(session, erased_ids)
        for ini in c.sole:
            repo.delete_initiative(session, ini.external_id)  # logs the delete: index and database agree
        for ini, link in c.shared:
            assert ini.id is not None
            repo.remove_author(session, ini.id, person.id)
            report.kept_initiatives.append(KeptInitiative(
                id=ini.external_id, action="author_removed", was_main_author=link.is_main,
                note="co-written: kept for its other authors; the person is no longer among its authors"
                     + ("; it now has no main author" if link.is_main else "")
                     + ". Its title and text are unchanged and may still mention the person."))
        repo.delete_person(session, person.id)
        if c.shared:
            report.notes.append("Co-written initiatives were kept without this person; review their text "
                                "if it names the person.")
        report.notes.append("Backups made before this erasure still hold the person's data.")
        repo.add_audit(session, actor, "person_erase", "erasure", reference, {
            "reference": reference, "initiatives_deleted": len(erased), "initiatives_kept": len(c.shared),
            "passages_deleted": report.passages_deleted, "check_records_deleted": report.check_records_deleted,
            "check_records_redacted": report.check_records_redacted,
            "decisions_deleted": report.decisions_deleted, "audit_entries_redacted": report.audit_entries_redacted,
        })
        session.commit()
    if erased_ids:
        index.remove(erased_ids)
        index.save()
    # Responses kept for idempotent retries (in the database, a day) that show the person go too.
    needles = _json_needles(erased) + c.names

    def mentions(body: Any) -> bool:
        text = json.dumps(body, ensure_ascii=False, default=str)
        return any(n in text for n in needles)

    IdempotencyStore(index.ctx.engine).forget(mentions)
    if not flush_deleted(index.ctx.engine):
        report.notes.append("The database's write-ahead log was in use by a reader; its older copies of the erased "
                            "rows are overwritten at its next checkpoint (within minutes while the service runs).")
    return report

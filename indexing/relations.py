"""Who and when: how a submission relates to an earlier initiative, from metadata alone."""

from __future__ import annotations

from dataclasses import dataclass

from indexing.corpus import DocMeta
from indexing.vietnamese import match_form


def person_key(name: str | None) -> str | None:
    if not name or not name.strip():
        return None
    return match_form(name).strip(" .,;")


@dataclass(frozen=True)
class QueryPeople:
    author_key: str | None
    author_code: str | None
    coauthor_keys: frozenset[str]
    unit_key: str | None
    year: int | None


def query_people(author: str | None, author_code: str | None, coauthors: tuple[str, ...],
                 unit: str | None, year: int | None) -> QueryPeople:
    keys = frozenset(k for k in (person_key(c) for c in coauthors) if k)
    return QueryPeople(person_key(author), author_code or None, keys, person_key(unit), year)


def is_same_author(q: QueryPeople, doc: DocMeta) -> bool:
    """By author id when both sides have one, else by normalised name within the unit."""
    if q.author_code and doc.author_code:
        return q.author_code == doc.author_code
    if not q.author_key or q.author_key != doc.author_key:
        return False
    return q.unit_key is None or doc.unit_key is None or q.unit_key == doc.unit_key


def relations(q: QueryPeople, doc: DocMeta) -> list[str]:
    out = ["same_author" if is_same_author(q, doc) else "other_author"]
    mine = q.coauthor_keys | ({q.author_key} if q.author_key else set())
    theirs = doc.coauthor_keys | ({doc.author_key} if doc.author_key else set())
    if (q.coauthor_keys & theirs) or (doc.coauthor_keys & mine):
        out.append("coauthor_overlap")
    if q.unit_key is not None and doc.unit_key is not None:
        out.append("same_unit" if q.unit_key == doc.unit_key else "other_unit")
    if q.year is not None:
        if doc.year < q.year:
            out.append("earlier_year")
        elif doc.year == q.year:
            out.append("same_year")
        else:
            out.append("later_year")
    return out


def is_comparable(q: QueryPeople, doc: DocMeta) -> bool:
    """Every initiative of an earlier year, plus other people's of the same year."""
    if q.year is None:
        return True
    if doc.year < q.year:
        return True
    return doc.year == q.year and not is_same_author(q, doc)

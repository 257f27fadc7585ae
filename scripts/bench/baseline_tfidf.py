"""Baseline: TF-IDF cosine over accent-folded character n-grams of the whole report."""

from __future__ import annotations

import time
from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from scripts.bench.texts import BaselineRun, Comparable, PreparedDoc, top_comparable

NAME = "tfidf-char"


def run(corpus: Sequence[PreparedDoc], queries: Sequence[PreparedDoc], *, top: int = 10) -> BaselineRun:
    t0 = time.perf_counter()
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), dtype=np.float32)
    matrix = vec.fit_transform([d.folded for d in corpus]).T.tocsr()  # features x docs
    comparable = Comparable(corpus)
    ids = [d.id for d in corpus]
    build = time.perf_counter() - t0
    ranked: list[list[tuple[str, float]]] = []
    times: list[float] = []
    for q in queries:
        t = time.perf_counter()
        qv = vec.transform([q.folded])
        sims = np.asarray((qv @ matrix).todense()).ravel() * 100.0  # rows are L2-normalised
        ranked.append(top_comparable(sims, comparable.mask(q), ids, top))
        times.append((time.perf_counter() - t) * 1000)
    return BaselineRun(NAME, ranked, build, times, {"features": len(vec.vocabulary_)})

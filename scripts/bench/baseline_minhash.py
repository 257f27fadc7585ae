"""Baseline: MinHash LSH over 5-word shingles of accent-folded text; score = estimated Jaccard."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

from scripts.bench.texts import BaselineRun, Comparable, PreparedDoc, top_comparable

NAME = "minhash-lsh"
NUM_PERM = 128
SHINGLE_WORDS = 5
# Low on purpose: LSH only proposes candidates, and reworded reuse has a small Jaccard.
LSH_THRESHOLD = 0.1
_WORD = re.compile(r"\w+")


def shingles(folded: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    words = _WORD.findall(folded)
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)}


def signature(folded: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1)
    sh = shingles(folded)
    if sh:
        m.update_batch(list(sh))
    return m


def run(corpus: Sequence[PreparedDoc], queries: Sequence[PreparedDoc], *, top: int = 10) -> BaselineRun:
    t0 = time.perf_counter()
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    sigs: list[MinHash] = []
    for i, d in enumerate(corpus):
        m = signature(d.folded)
        sigs.append(m)
        lsh.insert(str(i), m)
    comparable = Comparable(corpus)
    ids = [d.id for d in corpus]
    build = time.perf_counter() - t0
    ranked: list[list[tuple[str, float]]] = []
    times: list[float] = []
    for q in queries:
        t = time.perf_counter()
        m = signature(q.folded)
        scores = np.zeros(len(corpus), dtype=np.float64)
        for key in lsh.query(m):
            scores[int(key)] = 100.0 * m.jaccard(sigs[int(key)])
        ranked.append(top_comparable(scores, comparable.mask(q), ids, top))
        times.append((time.perf_counter() - t) * 1000)
    return BaselineRun(NAME, ranked, build, times,
                       {"num_perm": NUM_PERM, "lsh_threshold": LSH_THRESHOLD, "shingle_words": SHINGLE_WORDS})

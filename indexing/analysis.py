"""A text turned into what the engine compares: passages with their shingles and fingerprints."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from indexing.corpus import MAX_PASSAGES
from indexing.passages import PassageText, split_passages
from indexing.segment import sentences
from indexing.shingles import sample, shingles_of, token_hashes, tokens
from indexing.term_stats import pair_hashes

@dataclass
class AnalyzedPassage:
    ord: int
    section: str
    text: str
    solution_no: int | None
    word_count: int
    sentence_shingles: list[np.ndarray]  # shingle hashes of each sentence
    sentence_pairs: list[np.ndarray]  # word-pair hashes of each sentence
    fingerprints: np.ndarray  # the sampled subset of all shingles, unique
    embedding: np.ndarray | None = None

    @property
    def shingles(self) -> np.ndarray:
        return np.concatenate(self.sentence_shingles)

    @property
    def pairs(self) -> np.ndarray:
        return np.concatenate(self.sentence_pairs)


@dataclass
class Analysis:
    passages: list[AnalyzedPassage] = field(default_factory=list)

    @property
    def fingerprints(self) -> np.ndarray:
        if not self.passages:
            return np.empty(0, dtype=np.uint64)
        return np.unique(np.concatenate([p.fingerprints for p in self.passages]))

    @property
    def word_count(self) -> int:
        return sum(p.word_count for p in self.passages)

    @cached_property
    def body_shingles(self) -> np.ndarray:
        """Unique shingles of every passage but the title, common ones included: the text a
        check compares with each candidate's for near identity (computed once per check)."""
        parts = [sh for p in self.passages if p.section != "title" for sh in p.sentence_shingles]
        return np.unique(np.concatenate(parts)) if parts else np.empty(0, dtype=np.uint64)


def analyze_passage(p: PassageText) -> AnalyzedPassage:
    sents = sentences(p.text) if p.section not in ("title", "summary") else [p.text]
    hashes = [token_hashes(tokens(s)) for s in sents] or [np.empty(0, dtype=np.uint64)]
    sentence_shingles = [shingles_of(h) for h in hashes]
    return AnalyzedPassage(
        ord=p.ord, section=p.section, text=p.text, solution_no=p.solution_no, word_count=p.word_count,
        sentence_shingles=sentence_shingles, sentence_pairs=[pair_hashes(h) for h in hashes],
        fingerprints=sample(np.concatenate(sentence_shingles)),
    )


def text_features(text: str, section: str) -> tuple[np.ndarray, np.ndarray]:
    """Unique shingles and word pairs of a stored passage's text, the way queries compute them."""
    sh, pr = [], []
    for s in (sentences(text) if section not in ("title", "summary") else [text]) or [text]:
        h = token_hashes(tokens(s))
        sh.append(shingles_of(h))
        pr.append(pair_hashes(h))
    empty = np.empty(0, dtype=np.uint64)
    return (np.unique(np.concatenate(sh)) if sh else empty, np.unique(np.concatenate(pr)) if pr else empty)


def analyze(title: str, summary: str, content: str) -> Analysis:
    passages = split_passages(title, summary, content)[:MAX_PASSAGES]
    return Analysis([analyze_passage(p) for p in passages])

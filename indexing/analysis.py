"""A text turned into what the engine compares: passages with their shingles and fingerprints."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from indexing.corpus import MAX_PASSAGES
from indexing.passages import PassageText, split_passages
from indexing.segment import sentences
from indexing.shingles import sample, shingle_hashes, tokens

# Sections whose passages are embedded: embedding long text is the dominant cost (≈1,200 tokens/s
# on 2 cores), so the semantic signal goes where paraphrase matters most and text is short.
EMBEDDED_SECTIONS = frozenset({"title", "summary", "solution", "body"})


@dataclass
class AnalyzedPassage:
    ord: int
    section: str
    text: str
    solution_no: int | None
    word_count: int
    shingles: np.ndarray  # every shingle hash, in order
    sentence_shingles: list[np.ndarray]
    fingerprints: np.ndarray  # the sampled subset, unique
    embedding: np.ndarray | None = None

    @property
    def embeddable(self) -> bool:
        return self.section in EMBEDDED_SECTIONS


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


def analyze_passage(p: PassageText) -> AnalyzedPassage:
    sents = sentences(p.text) if p.section not in ("title", "summary") else [p.text]
    sentence_shingles = [shingle_hashes(tokens(s)) for s in sents] or [np.empty(0, dtype=np.uint64)]
    # Whole-passage shingles also span sentence joins, which sentence-level ones miss.
    all_shingles = shingle_hashes(tokens(p.text))
    return AnalyzedPassage(
        ord=p.ord, section=p.section, text=p.text, solution_no=p.solution_no, word_count=p.word_count,
        shingles=all_shingles, sentence_shingles=sentence_shingles, fingerprints=sample(all_shingles),
    )


def analyze(title: str, summary: str, content: str) -> Analysis:
    passages = split_passages(title, summary, content)[:MAX_PASSAGES]
    return Analysis([analyze_passage(p) for p in passages])

"""Benchmark data: a development and a test split, each a seeded corpus with labelled queries."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from scripts.bench.errors import BenchError
from service.demo.generator import CONTRACT_FIELDS, generate_corpus, generate_queries
from service.demo.queries import HONEST_CATEGORIES, REUSE_CATEGORIES
from service.records import MAX_LIST_BYTES

# Corpus size -> labelled queries per category. 100k is a speed curve: few queries.
SIZE_PRESETS: dict[str, tuple[int, int]] = {"1k": (1_000, 8), "10k": (10_000, 15), "100k": (100_000, 4)}
# Dev and test differ in every seed, so no corpus record or query is shared.
SEEDS: dict[str, tuple[int, int]] = {"dev": (1101, 1102), "test": (2201, 2202)}

# The generator writes statuses the import contract does not accept (yet); map them so no
# corpus row is rejected.
_STATUS_FIX = {"not_recognized": "rejected", "not_recognised": "rejected"}
_SIZE_RE = re.compile(r"^(\d+)(k?)$")


@dataclass
class Split:
    name: str
    corpus_seed: int
    query_seed: int
    corpus: list[dict]
    queries: list[dict]  # contract fields + category, label, source_id, related_id


def parse_size(text: str) -> tuple[int, int]:
    """``"1k"`` → (1000, 8). Other sizes ("300", "2k") get 8 queries per category, 15 from 5k."""
    if text in SIZE_PRESETS:
        return SIZE_PRESETS[text]
    m = _SIZE_RE.match(text.strip().lower())
    if not m:
        raise BenchError("bad_size", f"size must look like 1k, 10k, 100k or a number, got {text!r}")
    n = int(m.group(1)) * (1000 if m.group(2) else 1)
    if n < 10:
        raise BenchError("bad_size", f"corpus size must be at least 10, got {n}")
    return n, (15 if n >= 5_000 else 8)


def truncate_words(text: str, max_words: int | None) -> str:
    if max_words is None:
        return text
    words = text.split(" ")
    return text if len(words) <= max_words else " ".join(words[:max_words])


def make_split(name: str, n_docs: int, per_category: int, *, max_words: int | None = None) -> Split:
    """Corpus and queries for ``name`` ("dev" or "test"). ``max_words`` cuts every content
    (after the queries are derived) for quick smoke runs."""
    if name not in SEEDS:
        raise BenchError("bad_split", f"split must be one of {sorted(SEEDS)}, got {name!r}")
    corpus_seed, query_seed = SEEDS[name]
    corpus = generate_corpus(n_docs, corpus_seed)
    queries = generate_queries(corpus, per_category, query_seed) if per_category else []
    if max_words is not None:
        for rec in (*corpus, *queries):
            rec["content"] = truncate_words(rec["content"], max_words)
    return Split(name, corpus_seed, query_seed, corpus, queries)


def contract_record(rec: dict[str, Any], *, content: str | None = None) -> dict[str, Any]:
    """The import-contract part of a generated record (labels dropped, status fixed);
    ``content`` replaces the full text (``""`` for a title-and-summary-only record)."""
    out = {k: rec[k] for k in CONTRACT_FIELDS if k in rec and rec[k] is not None}
    status = str(out.get("status", "submitted"))
    out["status"] = _STATUS_FIX.get(status, status)
    if content is not None:
        out["content"] = content
    return out


# Rows per file of a benchmark import: the importer refuses files over 100 MB, and 100,000
# title+summary records with their metadata come to ~108 MB.
ROWS_PER_FILE = 20_000


def write_jsonl_parts(records: list[dict[str, Any]], directory: Path, stem: str,
                      per_file: int = ROWS_PER_FILE, max_bytes: int = MAX_LIST_BYTES) -> tuple[str, list[Path]]:
    """Write records as JSONL files of at most ``per_file`` rows and ``max_bytes`` bytes (the
    importer's limit per file; ``stem.jsonl``, then ``stem-2.jsonl``…); returns the sha256 of
    all lines in order (the same as one file's) and the paths."""
    directory.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    paths: list[Path] = []

    def next_part() -> BinaryIO:
        path = directory / (f"{stem}.jsonl" if not paths else f"{stem}-{len(paths) + 1}.jsonl")
        paths.append(path)
        return path.open("wb")

    fh = next_part()
    rows = size = 0
    try:
        for rec in records:
            line = (json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n").encode()
            if rows and (rows >= per_file or size + len(line) > max_bytes):
                fh.close()
                fh = next_part()
                rows = size = 0
            fh.write(line)
            digest.update(line)
            rows += 1
            size += len(line)
    finally:
        fh.close()
    return digest.hexdigest(), paths


def word_count(rec: dict[str, Any]) -> int:
    return sum(len(str(rec.get(k) or "").split()) for k in ("title", "summary", "content"))


__all__ = ["HONEST_CATEGORIES", "REUSE_CATEGORIES", "SEEDS", "SIZE_PRESETS", "Split", "contract_record",
           "make_split", "parse_size", "truncate_words", "word_count", "write_jsonl_parts"]

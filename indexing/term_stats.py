"""Document frequencies of word pairs, for a paraphrase-tolerant lexical similarity.

A reworded copy keeps most of its source's rarer word pairs ("so do doan thang", "the phep nhan")
even when one word in five is swapped, while honest reports on the same topic share mostly the
common ones ("hoc sinh", "giao vien"). Weighting shared pairs by rarity (idf) separates the two.

Counts live in a fixed hashed table (collisions only make a rare pair look a little commoner).
Removing an initiative does not decrement the table: counts may run slightly high until the next
rebuild, which recomputes them exactly.
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
from pathlib import Path

import numpy as np

from indexing.persist import atomic_write, read_manifest

TABLE_BITS = 22
FILE = "term_stats.npz"
MANIFEST = "term_stats.json"
_MULT = np.uint64(0x9E3779B97F4A7C15)


def pair_hashes(token_hashes: np.ndarray) -> np.ndarray:
    """Hashes of adjacent token pairs (uint64)."""
    if len(token_hashes) < 2:
        return token_hashes.copy()
    with np.errstate(over="ignore"):
        h = token_hashes[:-1] * _MULT ^ (token_hashes[1:] + np.uint64(0x632BE59BD9B4E019))
        h ^= h >> np.uint64(31)
    return h


class TermStats:
    def __init__(self, bits: int = TABLE_BITS) -> None:
        self.bits = bits
        self.counts = np.zeros(1 << bits, dtype=np.uint32)
        self.docs = 0
        self._lock = threading.Lock()

    def _slots(self, hashes: np.ndarray) -> np.ndarray:
        return (np.asarray(hashes, dtype=np.uint64) >> np.uint64(64 - self.bits)).astype(np.int64)

    def add_document(self, pairs: np.ndarray) -> None:
        slots = np.unique(self._slots(np.unique(pairs)))
        with self._lock:
            self.counts[slots] += 1
            self.docs += 1

    def idf(self, pairs: np.ndarray) -> np.ndarray:
        df = self.counts[self._slots(pairs)].astype(np.float64)
        return np.log((self.docs + 1.0) / (df + 1.0)) + 0.1

    def save(self, directory: Path, last_change: int) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        buf = io.BytesIO()
        with self._lock:
            np.savez_compressed(buf, counts=self.counts, docs=np.array([self.docs], dtype=np.int64))
        data = buf.getvalue()
        atomic_write(directory / FILE, data)
        manifest = {"file": FILE, "bits": self.bits, "checksum": hashlib.sha256(data).hexdigest(),
                    "last_change": last_change}
        atomic_write(directory / MANIFEST, json.dumps(manifest).encode())

    @classmethod
    def load(cls, directory: Path) -> tuple[str, "TermStats | None", int, str]:
        manifest, problem = read_manifest(directory / MANIFEST)
        if manifest is None:
            return problem or "missing", None, 0, f"term statistics manifest {problem}"
        try:
            data = (directory / str(manifest.get("file", FILE))).read_bytes()
        except OSError as exc:
            return "corrupt", None, 0, f"cannot read term statistics: {exc}"
        if hashlib.sha256(data).hexdigest() != manifest.get("checksum"):
            return "corrupt", None, 0, "term statistics checksum mismatch"
        try:
            with np.load(io.BytesIO(data)) as arrays:
                stats = cls(int(manifest.get("bits", TABLE_BITS)))
                stats.counts = arrays["counts"].astype(np.uint32)
                stats.docs = int(arrays["docs"][0])
        except Exception as exc:  # a damaged archive raises many kinds
            return "corrupt", None, 0, f"unreadable term statistics: {exc}"
        if len(stats.counts) != 1 << stats.bits:
            return "corrupt", None, 0, "term statistics table has the wrong size"
        return "ok", stats, int(manifest.get("last_change", 0)), ""

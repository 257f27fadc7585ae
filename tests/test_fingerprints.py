"""Lexical fingerprints and the fingerprint index."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from indexing.fingerprint_index import FingerprintIndex
from indexing.shingles import containment, sample, text_shingles, tokens

SOURCE = ("Giáo viên tổ chức cho học sinh lớp 5 chơi trò chơi Ai nhanh hơn để ôn lại bảng nhân, "
          "mỗi đội có 6 em, đội nào trả lời đúng nhiều câu hỏi trong 3 phút sẽ được cộng điểm thi đua. "
          "Sau mỗi lượt chơi, cô nhận xét và cho các em tự sửa lỗi sai trong vở bài tập.")


def test_tokens_fold_accents_and_numbers() -> None:
    assert tokens("Lớp 5A, năm học 2023-2024") == ["lop", "0a", "nam", "hoc", "0", "0"]
    assert tokens("Đổi mới") == tokens("doi moi") == tokens("ĐỔI MỚI")


def test_shingles_survive_lost_diacritics_and_changed_numbers() -> None:
    from indexing.vietnamese import fold_accents

    a = text_shingles(SOURCE)
    unaccented = text_shingles(fold_accents(SOURCE))
    renumbered = text_shingles(SOURCE.replace("lớp 5", "lớp 4").replace("6 em", "8 em").replace("3 phút", "5 phút"))
    assert containment(unaccented, a) == 1.0
    assert containment(renumbered, a) == 1.0
    other = text_shingles("Thư viện nhà trường tổ chức ngày hội đọc sách với nhiều hoạt động cho bạn đọc nhỏ tuổi.")
    assert containment(other, a) < 0.1


def test_shingle_order_matters() -> None:
    a = text_shingles("một hai ba bốn năm")
    b = text_shingles("năm bốn ba hai một")
    assert containment(a, b) == 0.0


def test_sampling_is_a_stable_subset() -> None:
    sh = text_shingles(SOURCE * 3)
    fps = sample(sh)
    assert len(fps) > 0 and np.isin(fps, sh).all()
    assert np.array_equal(fps, sample(text_shingles(SOURCE * 3)))


def test_index_candidates_rank_the_source_and_ignore_boilerplate() -> None:
    ix = FingerprintIndex()
    quote = "Giáo dục và đào tạo là quốc sách hàng đầu, đầu tư cho giáo dục là đầu tư cho phát triển bền vững của đất nước. "
    ix.add(1, sample(text_shingles(quote + SOURCE)))
    for doc in range(2, 12):
        ix.add(doc, sample(text_shingles(quote + f"Báo cáo số {doc} nói về một chủ đề riêng biệt thứ {doc} "
                                           f"với nội dung hoàn toàn khác, về thư viện, bếp ăn và sân chơi.")))
    query = sample(text_shingles(quote + SOURCE.replace("lớp 5", "lớp 3")))
    found = ix.candidates(query, limit=3, max_df=5)
    assert found[0][0] == 1
    # with the source removed, only the shared quote is left, and it is boilerplate (df > 5)
    ix.remove([1])
    assert 1 not in ix
    assert ix.candidates(query, limit=3, max_df=5) == []
    assert ix.document_frequency(sample(text_shingles(quote)))[0] == 10


def test_index_update_replaces_and_persists(tmp_path: Path) -> None:
    ix = FingerprintIndex()
    ix.add(7, sample(text_shingles(SOURCE)))
    ix.add(7, sample(text_shingles("Một nội dung khác hẳn về công tác thư viện trường học và bạn đọc nhỏ tuổi yêu sách.")))
    assert ix.candidates(sample(text_shingles(SOURCE))) == []
    ix.save(tmp_path, last_change=42)
    loaded = FingerprintIndex.load(tmp_path)
    assert loaded.status == "ok" and loaded.last_change == 42 and loaded.index is not None
    assert 7 in loaded.index and len(loaded.index) == 1


def test_index_load_reports_missing_and_corrupt(tmp_path: Path) -> None:
    assert FingerprintIndex.load(tmp_path).status == "missing"
    ix = FingerprintIndex()
    ix.add(1, sample(text_shingles(SOURCE)))
    ix.save(tmp_path, last_change=1)
    data = (tmp_path / "fingerprints.npz").read_bytes()
    (tmp_path / "fingerprints.npz").write_bytes(data[: len(data) // 2])
    result = FingerprintIndex.load(tmp_path)
    assert result.status == "corrupt" and "checksum" in result.reason
    (tmp_path / "fingerprints.json").write_text("{not json")
    assert FingerprintIndex.load(tmp_path).status == "corrupt"


def test_member_of_agrees_with_isin() -> None:
    from indexing.shingles import member_of

    rng = np.random.default_rng(7)
    for n_values, n_set in ((0, 5), (5, 0), (1, 1), (80, 600), (600, 80)):
        sset = np.unique(rng.integers(0, 2**63, n_set, dtype=np.uint64))
        values = rng.integers(0, 2**63, n_values, dtype=np.uint64)
        values[: n_values // 2] = rng.choice(sset, n_values // 2) if n_set else values[: n_values // 2]
        assert (member_of(values, sset) == np.isin(values, sset)).all()
    # Past the end, before the start, and large hashes handed over as another integer kind.
    sset = np.array([10, 2**63 + 5], dtype=np.uint64)
    assert member_of(np.array([3, 10, 2**64 - 1], dtype=np.uint64), sset).tolist() == [False, True, False]
    assert member_of(np.array([10], dtype=np.int64), sset).tolist() == [True]

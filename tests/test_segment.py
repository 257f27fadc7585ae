"""Tests for indexing.segment: sentences, words, syllables."""

from __future__ import annotations

import time

import pytest

from indexing.segment import sentences, syllables, words
from indexing.vietnamese import TextInputError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TP. Hồ Chí Minh là thành phố lớn. GS.TS Nguyễn Văn A đã nói vậy.",
         ["TP. Hồ Chí Minh là thành phố lớn.", "GS.TS Nguyễn Văn A đã nói vậy."]),
        ("Theo mục 2.3. Các giải pháp thì học sinh đạt 8.5 điểm. Tốt lắm!",
         ["Theo mục 2.3. Các giải pháp thì học sinh đạt 8.5 điểm.", "Tốt lắm!"]),
        ("1. Lí do chọn đề tài\nGiáo dục là quốc sách. Học sinh cần học.",
         ["1. Lí do chọn đề tài", "Giáo dục là quốc sách.", "Học sinh cần học."]),
        ("2.3.1. Tạo hứng thú. Giáo viên làm mẫu.", ["2.3.1. Tạo hứng thú.", "Giáo viên làm mẫu."]),
        ("I. ĐẶT VẤN ĐỀ", ["I. ĐẶT VẤN ĐỀ"]),
        ("ThS. Trần B và PGS. TS. Lê Văn C. nhận xét. Trường ở Q. 1, TP.HCM được khen.",
         ["ThS. Trần B và PGS. TS. Lê Văn C. nhận xét.", "Trường ở Q. 1, TP.HCM được khen."]),
        ("D. A. Wilkins viết: Without grammar very little can be conveyed. Tôi đồng ý.",
         ["D. A. Wilkins viết: Without grammar very little can be conveyed.", "Tôi đồng ý."]),
        ("Năm học 2020-2021, trường có 500 học sinh... Đây là kết quả tốt.",
         ["Năm học 2020-2021, trường có 500 học sinh...", "Đây là kết quả tốt."]),
        ('Em hỏi: "Cô ơi, bài này làm thế nào?" Cô trả lời ngay.',
         ['Em hỏi: "Cô ơi, bài này làm thế nào?"', "Cô trả lời ngay."]),
        ("Học sinh (khoảng 30 em.) tham gia. Kết quả tốt.", ["Học sinh (khoảng 30 em.) tham gia.", "Kết quả tốt."]),
        ("Học sinh vào lớp 1. Tại trường có 3 lớp.", ["Học sinh vào lớp 1.", "Tại trường có 3 lớp."]),
        ("Theo Nghị định 13/2012/NĐ-CP. Điều 3 quy định rõ.", ["Theo Nghị định 13/2012/NĐ-CP.", "Điều 3 quy định rõ."]),
        ("a) Mục đích: giúp học sinh. b) Cách làm: tổ chức trò chơi.",
         ["a) Mục đích: giúp học sinh.", "b) Cách làm: tổ chức trò chơi."]),
        ("\n\n  \n", []),
    ],
)
def test_sentences(text: str, expected: list[str]):
    assert sentences(text) == expected


def test_sentences_is_fast():
    text = ("Giáo dục và đào tạo là quốc sách hàng đầu. TP. Hồ Chí Minh có GS.TS Nguyễn Văn A. "
            "Mục 2.3 nói về giải pháp. Học sinh đạt 8.5 điểm! Tốt không? Có.\n") * 5000
    start = time.perf_counter()
    result = sentences(text)
    assert len(result) == 25000
    assert time.perf_counter() - start < 2.0


def test_words_joins_compound_syllables():
    result = words("Học sinh trường trung học phổ thông")
    assert "Học_sinh" in result
    assert "_".join(result).replace("_", " ") == "Học sinh trường trung học phổ thông"
    assert words("   ") == []


def test_syllables():
    assert syllables("Học sinh lớp 10A1 đạt 8,5 điểm (2.3) — tốt_lắm") == [
        "Học", "sinh", "lớp", "10A1", "đạt", "8", "5", "điểm", "2", "3", "tốt", "lắm",
    ]


@pytest.mark.parametrize("func", [sentences, words, syllables])
def test_non_text_raises(func):
    with pytest.raises(TextInputError):
        func(None)

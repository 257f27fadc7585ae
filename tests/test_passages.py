"""Cutting reports into passages, and which words of a solution passage are embedded."""

from __future__ import annotations

from indexing.passages import split_passages, solution_openers, without_heading

REPORT = """I. ĐẶT VẤN ĐỀ
1. Lí do chọn đề tài
Học sinh lớp 5 còn ngại học Toán.
II. GIẢI QUYẾT VẤN ĐỀ
3. Các biện pháp thực hiện
3.1. Biện pháp 1: Tổ chức trò chơi Ai nhanh hơn để ôn bảng nhân
Đầu mỗi tiết Toán, tôi dành năm phút cho trò chơi. Lớp chia thành bốn đội thi với nhau.
3.2. Biện pháp 2: Dạy giải toán có lời văn bằng sơ đồ đoạn thẳng
Với mỗi bài toán có lời văn, tôi hướng dẫn học sinh đọc kĩ đề hai lần. Các em vẽ sơ đồ.
III. KẾT LUẬN
Các em tiến bộ rõ.
"""


def test_each_solution_passage_opens_with_its_name() -> None:
    passages = split_passages("Một số biện pháp dạy Toán", "Tóm tắt.", REPORT)
    sols = [p for p in passages if p.section == "solution"]
    assert [p.solution_no for p in sols] == [1, 2]
    assert sols[0].text.startswith("3.1. Biện pháp 1: Tổ chức trò chơi Ai nhanh hơn")
    assert solution_openers(passages) == frozenset(p.ord for p in sols)


def test_only_the_first_passage_of_a_long_solution_is_an_opener() -> None:
    long_body = " ".join(f"Câu thứ {i} kể lại một bước làm cụ thể của giáo viên trong giờ học Toán ở lớp." for i in range(60))
    content = f"3. Các biện pháp thực hiện\n3.1. Biện pháp 1: Trò chơi học tập\n{long_body}\n"
    sols = [p for p in split_passages("T", "", content) if p.section == "solution"]
    assert len(sols) >= 2 and {p.solution_no for p in sols} == {1}
    assert solution_openers(sols) == frozenset({sols[0].ord})


def test_without_heading_drops_the_solution_name() -> None:
    text = "3.1. Biện pháp 1: Tổ chức trò chơi Ai nhanh hơn. Đầu mỗi tiết Toán, tôi dành năm phút. Lớp chia đội."
    assert without_heading(text) == "Đầu mỗi tiết Toán, tôi dành năm phút. Lớp chia đội."


def test_without_heading_keeps_text_that_has_no_heading_to_drop() -> None:
    assert without_heading("Biện pháp 1: Trò chơi học tập.") == "Biện pháp 1: Trò chơi học tập."
    long_first = " ".join(["từ"] * 45) + ". Câu sau."
    assert without_heading(long_first) == long_first

"""Tests for indexing.sections on the three real template families and on odd input."""

from __future__ import annotations

import pytest

from indexing.legacy_encoding import encode_tcvn3
from indexing.sections import (
    Section,
    heading_kind,
    parse_numbering,
    solution_number,
    split_sections,
)
from indexing.textprep import prepare
from indexing.vietnamese import TextInputError, fold_accents

THANH_HOA = """SỞ GIÁO DỤC VÀ ĐÀO TẠO THANH HÓA
TRƯỜNG THPT HÀ VĂN MAO
SÁNG KIẾN KINH NGHIỆM
MỘT SỐ BIỆN PHÁP GIÚP HỌC SINH LỚP 10 HỌC TỐT MÔN VẬT LÝ
Người thực hiện: Nguyễn Văn A
Chức vụ: Giáo viên
SKKN thuộc lĩnh vực (môn): Vật lý
THANH HÓA, NĂM 2021
MỤC LỤC
1. Mở đầu ........................ 1
2. Nội dung ...................... 3
3. Kết luận, kiến nghị 12
1. MỞ ĐẦU
1.1. Lí do chọn đề tài
Giáo dục và đào tạo là quốc sách hàng đầu. Vật lý là môn học khó đối với nhiều học sinh.
1.2. Mục đích nghiên cứu
Giúp học sinh nắm vững kiến thức cơ bản.
1.3. Đối tượng nghiên cứu
Học sinh lớp 10A1, 10A2.
1.4. Phương pháp nghiên cứu
Phương pháp điều tra, khảo sát thực tế.
2. NỘI DUNG SÁNG KIẾN KINH NGHIỆM
2.1. Cơ sở lí luận của sáng kiến kinh nghiệm
Theo lí luận dạy học, hứng thú là động lực của học tập.
2.2. Thực trạng vấn đề trước khi áp dụng sáng kiến kinh nghiệm
Thuận lợi: được sự quan tâm của Ban giám hiệu.
Khó khăn: học sinh là con em nông thôn.
Kết quả khảo sát đầu năm:
Lớp\tGiỏi\tKhá
10A1\t5\t12
2.3. Các giải pháp đã sử dụng để giải quyết vấn đề
2.3.1. Tạo hứng thú cho học sinh qua thí nghiệm
Giáo viên tổ chức các thí nghiệm đơn giản.
a) Mục đích: giúp học sinh quan sát.
2.3.2. Sử dụng sơ đồ tư duy
Học sinh vẽ sơ đồ tư duy sau mỗi bài.
2.3.3. Tổ chức trò chơi học tập
Trò chơi ô chữ được tổ chức cuối tiết.
2.4. Hiệu quả của sáng kiến kinh nghiệm đối với hoạt động giáo dục, với bản thân, đồng nghiệp và nhà trường
Sau khi áp dụng, tỉ lệ học sinh khá giỏi tăng rõ rệt.
3. KẾT LUẬN, KIẾN NGHỊ
3.1. Kết luận
Các biện pháp trên đã mang lại hiệu quả.
3.2. Kiến nghị
Đề nghị nhà trường trang bị thêm thiết bị.
TÀI LIỆU THAM KHẢO
1. Sách giáo khoa Vật lý 10, NXB Giáo dục.
DANH MỤC CÁC ĐỀ TÀI SKKN ĐÃ ĐƯỢC HỘI ĐỒNG ĐÁNH GIÁ XẾP LOẠI
1. Một số kinh nghiệm dạy học Vật lý, xếp loại C năm 2018."""

DAT_VAN_DE = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN A LƯỚI
SÁNG KIẾN KINH NGHIỆM
Đề tài: Một số biện pháp rèn kỹ năng đọc cho học sinh lớp 2
PHẦN I: ĐẶT VẤN ĐỀ
1. Lý do chọn đề tài
a) Cơ sở lý luận
Tiếng Việt là môn học công cụ.
b) Cơ sở thực tiễn
Nhiều học sinh đọc còn chậm.
2. Mục đích nghiên cứu
Nâng cao kỹ năng đọc.
3. Phạm vi nghiên cứu
Học sinh lớp 2A.
PHẦN II: GIẢI QUYẾT VẤN ĐỀ
1. Thực trạng
* Thuận lợi:
Nhà trường quan tâm.
* Khó khăn:
Học sinh vùng khó.
2. Các biện pháp thực hiện
Biện pháp 1: Rèn đọc đúng
Giáo viên đọc mẫu chậm rãi.
* Kết quả: học sinh đọc đúng hơn.
Biện pháp 2: Rèn đọc diễn cảm
Tổ chức thi đọc diễn cảm.
Biện pháp thứ ba. Phối hợp với phụ huynh
Gửi phiếu luyện đọc về nhà.
3. Kết quả
Cuối năm số học sinh đọc tốt tăng lên 25 em.
PHẦN III: KẾT LUẬN VÀ KIẾN NGHỊ
1. Bài học kinh nghiệm
Giáo viên cần kiên trì.
2. Kiến nghị
Phòng giáo dục tổ chức chuyên đề."""

DIEU_LE = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN
Kính gửi: Hội đồng sáng kiến huyện Lạng Giang
TT\tHọ và tên\tNgày sinh\tNơi công tác\tChức danh\tTrình độ\tTỷ lệ % đóng góp
1\tTrần Thị B\t12/5/1980\tTrường TH Tân Dĩnh\tGiáo viên\tĐHSP\t100%
Là tác giả đề nghị xét công nhận sáng kiến: Ứng dụng phần mềm quản lý học sinh.
BÁO CÁO MÔ TẢ SÁNG KIẾN
1. Tên sáng kiến: Ứng dụng phần mềm quản lý học sinh
2. Lĩnh vực áp dụng sáng kiến: Quản lý giáo dục
3. Ngày sáng kiến được áp dụng lần đầu: 05/9/2022
4. Mô tả bản chất của sáng kiến
4.1. Tình trạng giải pháp đã biết
Trước đây việc quản lý học sinh làm thủ công bằng sổ sách.
4.2. Nội dung giải pháp đề nghị công nhận là sáng kiến
Giải pháp 1: Số hóa hồ sơ học sinh
Cài đặt phần mềm và nhập dữ liệu.
Giải pháp 2: Gửi thông báo cho phụ huynh
Tin nhắn tự động hằng tuần.
5. Những thông tin cần được bảo mật: Không
6. Các điều kiện cần thiết để áp dụng sáng kiến
Máy tính có kết nối Internet.
7. Đánh giá lợi ích thu được do áp dụng sáng kiến theo ý kiến của tác giả
Tiết kiệm 50% thời gian.
8. Danh sách những tổ chức, cá nhân đã tham gia áp dụng thử sáng kiến lần đầu
Trường TH Tân Dĩnh."""


def outline(sections: list[Section]) -> list[tuple[str, int | None]]:
    return [(s.kind, s.solution_no) for s in sections]


def line_kinds(sections: list[Section]) -> list[tuple[str, int | None]]:
    """(kind, solution_no) of every non-empty line, heading or text, in reading order."""
    out: list[tuple[str, int | None]] = []
    for s in sections:
        lines = ([s.heading] if s.heading else []) + [line for line in s.text.split("\n") if line.strip()]
        out.extend((s.kind, s.solution_no) for _ in lines)
    return out


def non_heading_lines(text: str, sections: list[Section]) -> list[str]:
    headings = {s.heading for s in sections if s.heading}
    return [line for line in text.split("\n") if line.strip() and line.strip() not in headings]


def assert_no_text_lost(text: str, sections: list[Section]) -> None:
    joined = "\n".join(s.text for s in sections)
    for line in non_heading_lines(text, sections):
        assert line in joined, line
    assert [s.order for s in sections] == list(range(len(sections)))


def test_thanh_hoa_template():
    sections = split_sections(THANH_HOA)
    assert outline(sections) == [
        ("front", None), ("appendix", None),
        ("reason", None), ("reason", None), ("reason", None), ("reason", None), ("reason", None),
        ("body", None), ("theory", None), ("situation", None),
        ("solution", None), ("solution", 1), ("solution", 2), ("solution", 3),
        ("results", None), ("conclusion", None), ("conclusion", None), ("conclusion", None),
        ("references", None), ("appendix", None),
    ]
    by_heading = {s.heading: s for s in sections}
    assert by_heading["2.3.2. Sử dụng sơ đồ tư duy"].text == "Học sinh vẽ sơ đồ tư duy sau mỗi bài."
    # a sub-heading inside a solution stays in its text
    assert "a) Mục đích: giúp học sinh quan sát." in by_heading["2.3.1. Tạo hứng thú cho học sinh qua thí nghiệm"].text
    # the survey table is part of the situation
    assert "Kết quả khảo sát đầu năm:" in by_heading[
        "2.2. Thực trạng vấn đề trước khi áp dụng sáng kiến kinh nghiệm"].text
    # the cover title "MỘT SỐ BIỆN PHÁP ..." is not a solution heading; TOC lines are not headings
    assert "MỘT SỐ BIỆN PHÁP GIÚP HỌC SINH LỚP 10 HỌC TỐT MÔN VẬT LÝ" in sections[0].text
    assert "3. Kết luận, kiến nghị 12" in sections[1].text
    assert_no_text_lost(THANH_HOA, sections)


def test_dat_van_de_template():
    sections = split_sections(DAT_VAN_DE)
    assert outline(sections) == [
        ("front", None), ("reason", None), ("reason", None), ("theory", None), ("situation", None),
        ("reason", None), ("reason", None), ("body", None), ("situation", None),
        ("solution", None), ("solution", 1), ("solution", 2), ("solution", 3),
        ("results", None), ("conclusion", None), ("conclusion", None), ("conclusion", None),
    ]
    solution_3 = [s for s in sections if s.solution_no == 3][0]
    assert solution_3.heading == "Biện pháp thứ ba. Phối hợp với phụ huynh"
    assert solution_3.text == "Gửi phiếu luyện đọc về nhà."
    assert "* Kết quả: học sinh đọc đúng hơn." in [s for s in sections if s.solution_no == 1][0].text
    assert_no_text_lost(DAT_VAN_DE, sections)


def test_dieu_le_form():
    sections = split_sections(DIEU_LE)
    assert outline(sections) == [
        ("front", None), ("front", None), ("front", None), ("body", None), ("situation", None),
        ("solution", None), ("solution", 1), ("solution", 2), ("appendix", None), ("results", None),
        ("results", None), ("appendix", None),
    ]
    assert sections[2].heading == "BÁO CÁO MÔ TẢ SÁNG KIẾN"
    assert "1. Tên sáng kiến: Ứng dụng phần mềm quản lý học sinh" in sections[2].text
    assert_no_text_lost(DIEU_LE, sections)


@pytest.mark.parametrize("document", [THANH_HOA, DAT_VAN_DE, DIEU_LE])
def test_headings_without_diacritics_or_in_lower_case(document: str):
    expected = outline(split_sections(document))
    assert outline(split_sections(fold_accents(document))) == expected
    # In sentence case a few headings are no longer all-caps and merge into the section they
    # repeat ("Báo cáo mô tả sáng kiến" after the đơn), but every line keeps its kind.
    sentence_case = "\n".join(line[:1] + line[1:].lower() for line in document.split("\n"))
    assert line_kinds(split_sections(sentence_case)) == line_kinds(split_sections(document))


def test_lower_case_headings():
    text = "\n".join(["i. đặt vấn đề", "lí do.", "ii. giải quyết vấn đề", "biện pháp 1: đọc mẫu", "đọc.",
                      "kết luận", "hết.", "tài liệu tham khảo", "sách."])
    assert outline(split_sections(text)) == [
        ("reason", None), ("body", None), ("solution", 1), ("conclusion", None), ("references", None),
    ]


@pytest.mark.parametrize("document", [THANH_HOA, DAT_VAN_DE, DIEU_LE])
def test_tcvn3_document_after_conversion(document: str):
    prepared = prepare(encode_tcvn3(document))
    assert prepared.conversions == ["tcvn3"]
    assert outline(split_sections(prepared.text)) == outline(split_sections(document))


def test_roman_and_letter_numbering():
    text = "\n".join([
        "A. MỞ ĐẦU", "Lí do chọn đề tài là cấp thiết.",
        "B. NỘI DUNG", "I. Cơ sở lí luận", "Lí luận.", "II. Thực trạng", "Thực trạng.",
        "III. Các giải pháp", "1. Xây dựng kế hoạch", "Lập kế hoạch tuần.", "2. Tổ chức hoạt động", "Tổ chức.",
        "C. KẾT LUẬN", "Kết luận chung.",
    ])
    assert outline(split_sections(text)) == [
        ("reason", None), ("body", None), ("theory", None), ("situation", None),
        ("solution", None), ("solution", 1), ("solution", 2), ("conclusion", None),
    ]


def test_unknown_structure_falls_back_to_paragraphs():
    text = "Hôm nay trời đẹp.\n\nHọc sinh đi học đầy đủ.\nCô giáo giảng bài."
    sections = split_sections(text)
    assert [(s.kind, s.text) for s in sections] == [
        ("body", "Hôm nay trời đẹp."), ("body", "Học sinh đi học đầy đủ."), ("body", "Cô giáo giảng bài."),
    ]
    assert split_sections("") == []


def test_sentences_that_start_like_headings_are_not_headings():
    text = "\n".join([
        "I. ĐẶT VẤN ĐỀ",
        "Kết quả là các em đã tiến bộ rất nhiều so với đầu năm học, nhiều em đạt điểm cao trong kì thi.",
        "thực trạng này kéo dài nhiều năm, gây khó khăn cho giáo viên trong quá trình giảng dạy",
        "Giải pháp 1 đã giúp học sinh tự tin hơn.",
    ])
    sections = split_sections(text)
    assert outline(sections) == [("reason", None)]
    assert_no_text_lost(text, sections)


def test_long_solution_heading_keeps_its_content_as_text():
    text = "\n".join([
        "II. GIẢI QUYẾT VẤN ĐỀ",
        "Biện pháp 1: Rèn đọc đúng. Giáo viên đọc mẫu chậm rãi, rõ ràng để học sinh nghe và đọc theo, "
        "sau đó gọi từng em đọc lại và sửa lỗi phát âm ngay.",
        "1. Kết quả học tập của các em được nâng lên rõ rệt qua từng tháng, nhất là môn Tiếng Việt.",
    ])
    sections = split_sections(text)
    assert outline(sections) == [("body", None), ("solution", 1)]
    assert sections[1].heading == "Biện pháp 1: Rèn đọc đúng."
    assert sections[1].text.startswith("Giáo viên đọc mẫu chậm rãi")
    assert sections[1].text.endswith("nhất là môn Tiếng Việt.")


@pytest.mark.parametrize(
    ("title", "number"),
    [("Biện pháp 1: Rèn đọc", 1), ("Giải pháp thứ hai: Tổ chức", 2), ("BIỆN PHÁP 3. Phối hợp", 3),
     ("Biện pháp IV: Kiểm tra", 4), ("bien phap thu nhat", 1), ("Giải pháp số 5 - Ứng dụng", 5),
     ("Các biện pháp thực hiện", None), ("Biện pháp 1 đã giúp học sinh", None)],
)
def test_solution_number(title: str, number: int | None):
    assert solution_number(title) == number


@pytest.mark.parametrize(
    ("line", "style", "parts", "title"),
    [("2.3.1. Tạo hứng thú", "arabic", (2, 3, 1), "Tạo hứng thú"),
     ("1. MỞ ĐẦU", "arabic", (1,), "MỞ ĐẦU"),
     ("Phần II: Giải quyết vấn đề", "part", (2,), "Giải quyết vấn đề"),
     ("PHẦN THỨ HAI - NỘI DUNG", "part", (2,), "NỘI DUNG"),
     ("III. KẾT LUẬN", "roman", (3,), "KẾT LUẬN"),
     ("B. NỘI DUNG", "upper", (2,), "NỘI DUNG"),
     ("a) Mục đích", "lower", (1,), "Mục đích"),
     ("- Học sinh", "bullet", (), "Học sinh"),
     ("Học sinh giỏi", "none", (), "Học sinh giỏi")],
)
def test_parse_numbering(line: str, style: str, parts: tuple[int, ...], title: str):
    numbering = parse_numbering(line)
    assert (numbering.style, numbering.parts, numbering.title) == (style, parts, title)


@pytest.mark.parametrize(
    ("title", "kind"),
    [("Lí do chọn đề tài", "reason"), ("LY DO CHON DE TAI", "reason"), ("Cơ sở lý luận", "theory"),
     ("Thực trạng vấn đề", "situation"), ("Tình trạng giải pháp đã biết", "situation"),
     ("Các giải pháp đã sử dụng để giải quyết vấn đề", "solution"),
     ("Nội dung giải pháp đề nghị công nhận là sáng kiến", "solution"),
     ("Hiệu quả của sáng kiến", "results"), ("Đánh giá lợi ích thu được", "results"),
     ("Kết luận, kiến nghị", "conclusion"), ("Bài học kinh nghiệm", "conclusion"),
     ("Tài liệu tham khảo", "references"), ("PHỤ LỤC", "appendix"),
     ("Một số biện pháp giúp trẻ 5-6 tuổi", None), ("Kết quả khảo sát đầu năm", "situation")],
)
def test_heading_kind(title: str, kind: str | None):
    assert heading_kind(title) == kind


def test_non_text_raises():
    with pytest.raises(TextInputError):
        split_sections(None)  # type: ignore[arg-type]

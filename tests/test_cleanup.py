"""Tests for indexing.cleanup (extraction repair) and the textprep façade."""

from __future__ import annotations

import unicodedata

import pytest

from indexing.cleanup import normalize_characters, repair_extraction, strip_page_furniture
from indexing.legacy_encoding import encode_tcvn3, encode_vni
from indexing.textprep import PreparedText, prepare
from indexing.vietnamese import TextInputError

HEADER = "Sáng kiến kinh nghiệm năm học 2020 - 2021"

PDF_PAGES = [
    f"{HEADER}\nI. ĐẶT VẤN ĐỀ\n1. Lý do chọn đề tài\n"
    "Giáo dục và đào tạo là quốc sách hàng đầu, là sự nghiệp của\n"
    "toàn Đảng, toàn dân. Trong những năm qua, ngành giáo dục đã có nhiều đổi\n"
    "mới về phương pháp dạy học nhằm phát huy tính tích cực của học sinh. Tuy\n"
    "nhiên, chất lượng học tập môn Toán của học sinh lớp 4 còn thấp, nhiều em\n"
    "chưa có phương pháp học tập phù hợp với bản thân mình.\n- 1 -",
    f"{HEADER}\nTrước thực trạng đó, tôi đã mạnh dạn nghiên cứu và áp dụng một số biện\n"
    "pháp giúp học sinh học tốt hơn. Đây là vấn đề có tính thời sự và cấp\n"
    "thiết trong giai đoạn hiện nay của nhà trường và ngành giáo dục\n"
    "huyện nhà, được Ban giám hiệu nhà trường quan tâm và tạo điều kiện.\n"
    "2. Mục đích nghiên cứu\n- Giúp học sinh yêu thích môn Toán;\n- Nâng cao chất lượng dạy học.\nTrang 2",
    f"{HEADER}\nII. GIẢI QUYẾT VẤN ĐỀ\nBiện pháp 1: Tạo hứng thú học tập\n"
    "Học sinh được làm quen với công nghệ thông tin (information and communica-\n"
    "tion technology) trong bối cảnh phát triển kinh tế-\n"
    "xã hội của địa phương nơi các em sinh sống và học tập hằng ngày ở trường.\n\n"
    "Đoạn văn mới bắt đầu ở đây.\n3/25",
    f"{HEADER}\nIII. KẾT LUẬN\nKết luận cuối cùng về sáng kiến.\n4",
]


def test_pages_lose_headers_and_page_numbers_and_keep_structure():
    text = repair_extraction("", pages=PDF_PAGES)
    lines = text.split("\n")
    assert HEADER not in text
    for page_number in ("- 1 -", "Trang 2", "3/25"):
        assert page_number not in lines
    assert "4" not in lines
    # headings and list items keep their own lines
    for kept in ("I. ĐẶT VẤN ĐỀ", "1. Lý do chọn đề tài", "2. Mục đích nghiên cứu",
                 "- Giúp học sinh yêu thích môn Toán;", "- Nâng cao chất lượng dạy học.",
                 "II. GIẢI QUYẾT VẤN ĐỀ", "Biện pháp 1: Tạo hứng thú học tập", "III. KẾT LUẬN",
                 "Đoạn văn mới bắt đầu ở đây."):
        assert kept in lines


def test_wrapped_lines_are_joined_across_pages():
    text = repair_extraction("", pages=PDF_PAGES)
    assert (
        "Giáo dục và đào tạo là quốc sách hàng đầu, là sự nghiệp của toàn Đảng, toàn dân. "
        "Trong những năm qua, ngành giáo dục đã có nhiều đổi mới về phương pháp dạy học nhằm "
        "phát huy tính tích cực của học sinh. Tuy nhiên, chất lượng học tập môn Toán của học "
        "sinh lớp 4 còn thấp, nhiều em chưa có phương pháp học tập phù hợp với bản thân mình."
    ) in text.split("\n")
    # a sentence cut by the page break is joined as well
    assert "áp dụng một số biện pháp giúp học sinh học tốt hơn." in text


def test_hyphenation_undone_for_cut_words_kept_for_real_hyphens():
    text = repair_extraction("", pages=PDF_PAGES)
    assert "(information and communication technology)" in text
    assert "kinh tế-xã hội" in text


def test_paragraph_break_is_kept():
    text = repair_extraction("", pages=PDF_PAGES)
    assert "hằng ngày ở trường.\n\nĐoạn văn mới bắt đầu ở đây." in text


def test_form_feeds_split_pages_when_no_page_list_is_given():
    assert repair_extraction("\f".join(PDF_PAGES)) == repair_extraction("", pages=PDF_PAGES)


def test_page_numbers_without_page_boundaries():
    text = "\n".join([
        "Mở đầu của báo cáo.", "Trang 1", "Nội dung thứ nhất.", "- 2 -", "Nội dung thứ hai.",
        "3", "Nội dung thứ ba.", "4", "Nội dung thứ tư.", "5",
    ])
    assert repair_extraction(text).split("\n") == [
        "Mở đầu của báo cáo.", "Nội dung thứ nhất.", "Nội dung thứ hai.", "Nội dung thứ ba.", "Nội dung thứ tư.",
    ]


def test_a_lone_number_that_is_not_a_page_number_stays():
    text = "Số học sinh đạt giải:\n12\nSố học sinh tham gia:\n40"
    assert repair_extraction(text) == text


def test_strip_page_furniture_keeps_content_in_the_middle_of_pages():
    words = ["Học sinh", "Giáo viên", "Ban giám hiệu", "Phụ huynh", "Tổ chuyên môn"]
    pages = [f"Đầu trang\n{w} thứ nhất.\n{w} thứ hai.\nĐầu trang\n{w} thứ ba.\n{w} thứ tư.\n{i + 1}"
             for i, w in enumerate(words)]
    cleaned = strip_page_furniture(pages)
    assert cleaned[0] == "Học sinh thứ nhất.\nHọc sinh thứ hai.\nĐầu trang\nHọc sinh thứ ba.\nHọc sinh thứ tư."


def test_one_paragraph_per_line_text_is_not_joined():
    docx = (
        "MỘT SỐ BIỆN PHÁP GIÚP TRẺ 5-6 TUỔI\n"
        "Giáo dục mầm non là bậc học đầu tiên trong hệ thống giáo dục quốc dân, đặt nền móng cho sự "
        "phát triển về thể chất, nhận thức, tình cảm xã hội và thẩm mỹ cho trẻ em\n"
        "Những kỹ năng mà trẻ được tiếp thu qua chương trình chăm sóc giáo dục mầm non sẽ là nền tảng\n"
        "Trẻ em hôm nay, thế giới ngày mai\n"
        "Bảng 1\tKết quả\nLớp 5A\t30 em"
    )
    assert repair_extraction(docx) == docx


def test_lower_case_continuation_is_joined_even_after_a_heading():
    text = "2.4. Hiệu quả của sáng kiến kinh nghiệm đối với hoạt động giáo dục,\nvới bản thân, đồng nghiệp"
    assert repair_extraction(text) == (
        "2.4. Hiệu quả của sáng kiến kinh nghiệm đối với hoạt động giáo dục, với bản thân, đồng nghiệp"
    )


def test_characters_are_normalised():
    raw = ("\u200bXin\u00a0chào  \u201cbạn\u201d \u2013 thế\u2026\x07 \u2018ok\u2019\ufeff"
           "\n\uf0b7 mục một\n\u2022 mục hai")
    assert normalize_characters(raw) == "Xin chào \"bạn\" - thế... 'ok'\n- mục một\n- mục hai"


def test_soft_hyphen_at_a_line_break_joins_the_word():
    assert repair_extraction("infor\u00ad\nmation và trư\u00adờng") == "information và trường"


def test_windows_line_endings_and_blank_runs():
    assert repair_extraction("Dòng một.\r\n\r\n\r\n\r\nDòng hai.\rDòng ba.") == "Dòng một.\n\nDòng hai.\nDòng ba."


# --------------------------------------------------------------------------- prepare


def test_prepare_converts_legacy_then_repairs():
    raw = encode_tcvn3(
        "I. ĐẶT VẤN ĐỀ\nGiáo dục và đào tạo là quốc sách hàng đầu, là sự\nnghiệp của toàn dân.\n- 2 -"
    )
    result = prepare(raw)
    assert isinstance(result, PreparedText)
    assert result.conversions == ["tcvn3"]
    assert result.text == "I. ĐẶT VẤN ĐỀ\nGiáo dục và đào tạo là quốc sách hàng đầu, là sự nghiệp của toàn dân."


def test_prepare_with_legacy_pages():
    pages = [encode_vni(page) for page in PDF_PAGES]
    result = prepare("\n\n".join(pages), pages=pages)
    assert result.conversions == ["vni"]
    assert result.text == repair_extraction("", pages=PDF_PAGES)


def test_prepare_outputs_nfc_and_leaves_unicode_alone():
    text = "Một số biện pháp giúp học sinh học tốt môn Toán."
    result = prepare(unicodedata.normalize("NFD", text))
    assert result.text == text
    assert result.conversions == []
    assert result.warnings == []


def test_prepare_rejects_bad_input():
    with pytest.raises(TextInputError) as info:
        prepare(42)  # type: ignore[arg-type]
    assert info.value.code == "not_text"
    with pytest.raises(TextInputError) as info:
        prepare("x", pages=["a", 3])  # type: ignore[list-item]
    assert info.value.code == "bad_pages"

"""Highlighting the words two passages share: accent-folded comparison, escaping first."""

from __future__ import annotations

from markupsafe import Markup

from service.web.highlight import highlight_overlap, overlap_ratio, shared_word_flags


def test_shared_runs_are_marked_and_the_rest_is_not() -> None:
    text = "Học sinh vẽ sơ đồ đoạn thẳng để giải toán. Cô giáo khen cả lớp."
    other = "Các em vẽ sơ đồ đoạn thẳng biểu diễn đại lượng."
    html = highlight_overlap(text, other)
    assert isinstance(html, Markup)
    assert str(html) == "Học sinh <mark>vẽ sơ đồ đoạn thẳng</mark> để giải toán. Cô giáo khen cả lớp."


def test_words_typed_without_diacritics_still_match() -> None:
    text = "Tổ chức trò chơi Ai nhanh hơn để ôn bảng nhân"
    other = "to chuc tro choi ai nhanh hon de on bang nhan cho hoc sinh"
    assert str(highlight_overlap(text, other)) == f"<mark>{text}</mark>"
    assert overlap_ratio(text, other) == 1.0


def test_single_common_words_are_not_marked() -> None:
    # "của", "và", "các" are shared by any two Vietnamese texts; runs shorter than three words stay plain.
    text = "Sự quan tâm của nhà trường và các thầy cô"
    other = "Kết quả của học sinh và các lớp khác"
    assert "<mark>" not in str(highlight_overlap(text, other))
    assert shared_word_flags(text, other) == [False] * 10


def test_user_text_is_escaped_before_marking() -> None:
    text = "<script>alert('x')</script> dạy học theo nhóm nhỏ & hiệu quả"
    other = "<b>dạy học theo nhóm</b>"
    html = str(highlight_overlap(text, other))
    assert "<script>" not in html and "<b>" not in html
    assert html.startswith("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>dạy học theo nhóm</mark>")
    assert html.endswith("nhỏ &amp; hiệu quả")
    # A match that spans markup characters is escaped inside the mark too.
    spanning = str(highlight_overlap("a <i> b c d", "a i b c d"))
    assert spanning == "<mark>a &lt;i&gt; b c d</mark>"


def test_empty_and_unrelated_texts() -> None:
    assert str(highlight_overlap("", "bất kỳ")) == ""
    assert str(highlight_overlap("Một hai ba", "")) == "Một hai ba"
    assert overlap_ratio("", "x") == 0.0

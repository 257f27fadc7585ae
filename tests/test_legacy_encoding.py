"""Tests for indexing.legacy_encoding: detection and conversion of TCVN3, VNI and cp1258."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from indexing.legacy_encoding import (
    decode_tcvn3,
    decode_vni,
    detect_encoding,
    encode_cp1258_decomposed,
    encode_cp1258_misread,
    encode_tcvn3,
    encode_vni,
    to_unicode,
)
from indexing.vietnamese import TextInputError

# Realistic report sentences, covering every tone on every vowel family.
SENTENCES = [
    "Giáo dục và đào tạo là quốc sách hàng đầu, là sự nghiệp của toàn Đảng, toàn dân.",
    "Một số biện pháp giúp trẻ 5-6 tuổi sẵn sàng vào lớp 1 tại trường mầm non thị trấn Vạn Hà.",
    "Thực trạng vấn đề trước khi áp dụng sáng kiến: học sinh còn rụt rè, ngại phát biểu.",
    "Người thầy phải kiên trì, nhẫn nại; khuyến khích các em mạnh dạn trình bày ý kiến của mình.",
    "Kết quả khảo sát đầu năm cho thấy tỉ lệ học sinh đọc chậm chiếm khoảng ba mươi phần trăm.",
    "Tiếng nói là thứ của cải vô cùng lâu đời và vô cùng quý báu của dân tộc.",
    "Ủy ban nhân dân huyện chỉ đạo phòng giáo dục hướng dẫn thực hiện nghiêm túc, hiệu quả.",
    "Những bài học kinh nghiệm rút ra: giáo viên cần gần gũi, thấu hiểu và yêu thương học trò.",
    "Trò chơi ô chữ, đố vui được tổ chức cuối tiết giúp lớp học sôi nổi, hứng khởi hơn hẳn.",
    "Ngoài ra, tôi còn phối hợp với phụ huynh để rèn luyện thói quen tự học ở nhà cho các em.",
    "Chương trình giáo dục phổ thông 2018 yêu cầu đổi mới căn bản, toàn diện phương pháp dạy học.",
    "Sử dụng sơ đồ tư duy giúp học sinh hệ thống hóa kiến thức một cách khoa học, dễ nhớ.",
]
PARAGRAPH = "\n".join(SENTENCES)

# Text that must never be touched.
NOT_LEGACY = [
    PARAGRAPH,
    "The quick brown fox jumps over the lazy dog. Without grammar very little can be conveyed.",
    "Là où nous sommes, l'élève français déjà très âgé aime Noël, « la crème brûlée » et le café.",
    "Über die Größe des Mädchens für Jürgen; El niño español, año y señor; São Paulo, Açores.",
    "Điểm trung bình: 8,5 ± 0,3; nhiệt độ 25°C; diện tích 2 m² × 3; © 2020 NXB Giáo dục®.",
    "Học sinh đạt giải Nhì « Olympic Toán » năm 2019 – 2020 · Trường THCS Lê Lợi §2.",
    "",
    "12345 67.89",
]


# --------------------------------------------------------------------------- literals


def test_tcvn3_literal():
    result = to_unicode("Mét sè biÖn ph¸p")
    assert result.text == "Một số biện pháp"
    assert result.encoding == "tcvn3"
    assert result.changed
    assert detect_encoding("Mét sè biÖn ph¸p") == "tcvn3"


def test_tcvn3_literals_from_old_documents():
    # Soft hyphen (U+00AD) is "ư" in TCVN3; "§" is "Đ".
    assert to_unicode("B¹n ®· ¨n 'B¸nh §Ëu Xanh Nh©n ThÞt Chã', nhËn ®\u00adîc").text == (
        "Bạn đã ăn 'Bánh Đậu Xanh Nhân Thịt Chó', nhận được"
    )
    assert to_unicode("Gi¸o dôc vµ ®µo t¹o lµ quèc s¸ch hµng ®Çu").text == (
        "Giáo dục và đào tạo là quốc sách hàng đầu"
    )
    # Pasted through a Turkish code page: "İt" for "Ýt" (ít), "bŞ" for "bÞ" (bị).
    assert to_unicode("Kh«ng İt häc sinh bŞ ®iÓm kÐm").text == "Không ít học sinh bị điểm kém"


def test_tcvn3_all_caps_heading_regains_capitals():
    # .VnTimeH headings use lower-case codes for toned capitals.
    assert to_unicode("I. §ÆT VÊN §Ò").text == "I. ĐẶT VẤN ĐỀ"
    assert to_unicode("2.3. C¸C GI¶I PH¸P §· Sö DôNG").text == "2.3. CÁC GIẢI PHÁP ĐÃ SỬ DỤNG"
    assert to_unicode("§Ó häc sinh häc tèt").text == "Để học sinh học tốt"


def test_vni_literal():
    result = to_unicode("Moät soá bieän phaùp")
    assert result.text == "Một số biện pháp"
    assert result.encoding == "vni"
    assert to_unicode("Ngöôøi thaày cuûa hoïc sinh ñöôïc yeâu quyù").text == (
        "Người thầy của học sinh được yêu quý"
    )
    assert to_unicode("ÑAËT VAÁN ÑEÀ").text == "ĐẶT VẤN ĐỀ"


def test_vni_letter_table():
    # One row per vowel family: no tone, huyền, hỏi, ngã, sắc, nặng.
    rows = {
        "a aø aû aõ aù aï": "a à ả ã á ạ",
        "aê aè aú aü aé aë": "ă ằ ẳ ẵ ắ ặ",
        "aâ aà aå aã aá aä": "â ầ ẩ ẫ ấ ậ",
        "eâ eà eå eã eá eä": "ê ề ể ễ ế ệ",
        "i ì æ ó í ò": "i ì ỉ ĩ í ị",
        "oâ oà oå oã oá oä": "ô ồ ổ ỗ ố ộ",
        "ô ôø ôû ôõ ôù ôï": "ơ ờ ở ỡ ớ ợ",
        "ö öø öû öõ öù öï": "ư ừ ử ữ ứ ự",
        "y yø yû yõ yù î": "y ỳ ỷ ỹ ý ỵ",
        "ñ Ñ": "đ Đ",
    }
    for vni, unicode_text in rows.items():
        assert decode_vni(vni) == unicode_text
        assert encode_vni(unicode_text) == vni


def test_cp1258_decomposed_literal():
    text = "Mô\u0323t sô\u0301 biê\u0323n pha\u0301p"
    result = to_unicode(text)
    assert result.text == "Một số biện pháp"
    assert result.encoding == "cp1258_decomposed"
    assert result.changed


def test_cp1258_read_as_cp1252_literal():
    result = to_unicode("Môòt sôì biêòn pháp")
    assert result.text == "Một số biện pháp"
    assert result.encoding == "cp1258_decomposed"


# --------------------------------------------------------------------------- table checks


@pytest.mark.skipif(shutil.which("iconv") is None, reason="iconv not installed")
def test_tcvn3_table_agrees_with_iconv():
    letters = "àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵĂÂÊÔƠƯĐ"
    encoded = subprocess.run(
        ["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=letters.encode(), capture_output=True, check=True
    ).stdout
    assert encode_tcvn3(letters) == encoded.decode("latin-1")
    assert decode_tcvn3(encoded.decode("latin-1")) == letters


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("sentence", SENTENCES)
def test_round_trip_each_encoding(sentence: str):
    tcvn = to_unicode(encode_tcvn3(sentence))
    assert tcvn.encoding == "tcvn3"
    assert tcvn.text == sentence  # no toned capitals in these sentences except Ủ/Đ
    assert to_unicode(encode_vni(sentence)).text == sentence
    assert to_unicode(encode_vni(sentence)).encoding == "vni"
    decomposed = encode_cp1258_decomposed(sentence)
    assert decomposed != sentence
    assert to_unicode(decomposed).text == sentence
    misread = to_unicode(encode_cp1258_misread(sentence))
    assert (misread.text, misread.encoding) == (sentence, "cp1258_decomposed")


def test_round_trip_whole_paragraph_with_confidence():
    for encoder, name in ((encode_tcvn3, "tcvn3"), (encode_vni, "vni"), (encode_cp1258_misread, "cp1258_decomposed")):
        result = to_unicode(encoder(PARAGRAPH))
        assert result.encoding == name
        assert result.text == PARAGRAPH
        assert result.confidence >= 0.9
        assert result.converted_lines == len(SENTENCES)


# --------------------------------------------------------------------------- no misfire


@pytest.mark.parametrize("text", NOT_LEGACY)
def test_unicode_and_foreign_text_is_left_alone(text: str):
    result = to_unicode(text)
    assert result.encoding == "unicode"
    assert result.text == text
    assert not result.changed
    assert detect_encoding(text) == "unicode"


def test_every_unicode_sentence_alone_is_unicode():
    for sentence in SENTENCES:
        assert to_unicode(sentence).text == sentence
        assert to_unicode(sentence.upper()).text == sentence.upper()


def test_full_nfd_input_is_composed_but_not_called_legacy():
    result = to_unicode(unicodedata.normalize("NFD", PARAGRAPH))
    assert result.text == PARAGRAPH
    assert result.encoding == "unicode"
    assert result.changed


def test_c1_controls_are_read_as_cp1252_punctuation():
    result = to_unicode("\u0093Học sinh\u0094 \u0096 giáo viên")
    assert result.text == "“Học sinh” – giáo viên"


# --------------------------------------------------------------------------- mixed documents


def test_tcvn3_body_with_unicode_lines():
    lines = [encode_tcvn3(s) if i % 3 else s for i, s in enumerate(SENTENCES)]
    result = to_unicode("\n".join(lines))
    assert result.text == PARAGRAPH
    assert result.encodings == ("tcvn3",)
    assert result.converted_lines == len([i for i in range(len(SENTENCES)) if i % 3])


def test_short_tcvn3_lines_follow_the_document():
    # "Mét sè" alone is also valid Unicode (mét, sè); inside a TCVN3 document it is TCVN3.
    text = "Mét sè\n" + encode_tcvn3(PARAGRAPH)
    assert to_unicode(text).text.split("\n")[0] == "Một số"
    # ...but alone it is left as it is.
    assert to_unicode("Mét sè").text == "Mét sè"


def test_line_mixing_unicode_words_and_tcvn3():
    line = "Trường THCS Lê Lợi: " + encode_tcvn3("một số biện pháp giúp học sinh học tốt")
    assert to_unicode(line).text == "Trường THCS Lê Lợi: một số biện pháp giúp học sinh học tốt"


def test_tcvn3_and_vni_lines_in_one_document():
    lines = [encode_vni(s) if i % 2 else encode_tcvn3(s) for i, s in enumerate(SENTENCES)]
    result = to_unicode("\n".join(lines))
    assert result.text == PARAGRAPH
    assert set(result.encodings) == {"tcvn3", "vni"}
    assert any("mixed" in w for w in result.warnings)


def test_non_text_raises_typed_error():
    with pytest.raises(TextInputError) as info:
        to_unicode(None)  # type: ignore[arg-type]
    assert info.value.code == "not_text"

"""Document extraction: real DOCX/PDF files built at test time, plus broken and hostile inputs."""

from __future__ import annotations

import random
import shutil
import stat
import unicodedata
from pathlib import Path

import pytest

from indexing.documents import (
    DocumentError,
    DocumentLimits,
    ExtractedDocument,
    decode_text,
    detect_format,
    read_document,
    read_document_bytes,
)
from tests.fixtures_docs import (
    INTRO_VI,
    OUTRO_VI,
    make_docx,
    make_encrypted_pdf,
    make_image_only_docx,
    make_image_pdf,
    make_pdf,
    make_truncated_docx,
    make_zip_bomb,
    pdf_bytes,
    register_vietnamese_font,
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _error(call, *args, **kwargs) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        call(*args, **kwargs)
    return info.value


# --------------------------------------------------------------------------- DOCX


def test_docx_keeps_tables_in_document_order_and_skips_header_footer(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "bao_cao.docx", header="SỞ GIÁO DỤC THANH HÓA", footer="Trang 1")
    doc = read_document(path)
    assert isinstance(doc, ExtractedDocument)
    assert doc.format == "docx"
    assert doc.pages is None
    lines = doc.text.split("\n")
    assert lines[0] == INTRO_VI
    assert lines[1] == "Lớp\tSố học sinh\tKết quả đầu năm"
    assert lines[2] == "5A\t32\tGiỏi: 8 em"
    assert lines[-1] == OUTRO_VI
    assert "SỞ GIÁO DỤC" not in doc.text
    assert "Trang 1" not in doc.text


def test_docx_vertically_merged_cell_text_appears_once(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    merged = table.cell(0, 0).merge(table.cell(2, 0))
    merged.text = "Biện pháp 1"
    for row in range(3):
        table.cell(row, 1).text = f"Bước {row + 1}"
    path = tmp_path / "merged.docx"
    document.save(str(path))
    doc = read_document(path)
    assert doc.text.count("Biện pháp 1") == 1
    assert doc.text.split("\n") == ["Biện pháp 1\tBước 1", "Bước 2", "Bước 3"]


def test_docx_text_box_content_is_read(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("Trước hộp văn bản.")
    box = parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        ' xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox>'
        "<w:txbxContent><w:p><w:r><w:t>Nội dung trong hộp</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></v:shape></w:pict></w:r>"
    )
    paragraph._p.append(box)
    document.add_paragraph("Sau hộp.")
    path = tmp_path / "box.docx"
    document.save(str(path))
    assert read_document(path).text.split("\n") == [
        "Trước hộp văn bản.",
        "Nội dung trong hộp",
        "Sau hộp.",
    ]


def test_docx_upload_from_bytes(tmp_path: Path) -> None:
    data = make_docx(tmp_path / "a.docx").read_bytes()
    doc = read_document_bytes(data, "Sáng kiến 2024.DOCX")
    assert INTRO_VI in doc.text


def test_docx_detected_by_content_not_extension(tmp_path: Path) -> None:
    data = make_docx(tmp_path / "a.docx").read_bytes()
    assert read_document_bytes(data, "renamed.doc").format == "docx"


def test_truncated_docx_is_corrupt(tmp_path: Path) -> None:
    err = _error(read_document, make_truncated_docx(tmp_path / "cut.docx"))
    assert err.code == "corrupt_document"
    assert "cut.docx" in err.message


def test_text_file_named_docx_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("không phải tệp Word", encoding="utf-8")
    assert _error(read_document, path).code == "corrupt_document"


def test_zip_bomb_disguised_as_docx_is_refused_before_parsing(tmp_path: Path) -> None:
    path = make_zip_bomb(tmp_path / "bomb.docx", expanded_bytes=40_000_000)
    assert path.stat().st_size < 200_000
    err = _error(read_document, path)
    assert err.code == "zip_bomb"
    assert "ratio" in err.message


def test_zip_total_size_and_member_limits(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "a.docx")
    assert (
        _error(read_document, path, limits=DocumentLimits(max_uncompressed_bytes=1_000)).code
        == "zip_bomb"
    )
    assert _error(read_document, path, limits=DocumentLimits(max_zip_members=3)).code == "zip_bomb"


def test_image_only_docx_has_no_text_layer(tmp_path: Path) -> None:
    assert (
        _error(read_document, make_image_only_docx(tmp_path / "scan.docx")).code == "no_text_layer"
    )


def test_docx_without_text_is_empty(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "blank.docx", before=[], table=[], after=["   "])
    assert _error(read_document, path).code == "empty_document"


def test_spreadsheet_renamed_to_docx_is_unsupported(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "list.docx"
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Tên sáng kiến"
    workbook.save(str(path))
    assert _error(read_document, path).code == "unsupported_format"


# --------------------------------------------------------------------------- PDF


def test_pdf_vietnamese_text_layer_per_page(tmp_path: Path) -> None:
    font = register_vietnamese_font()
    if font is None:
        pytest.skip("DejaVuSans.ttf not installed; the ASCII PDF test covers extraction")
    path = make_pdf(
        tmp_path / "skkn.pdf",
        [["Một số biện pháp giúp trẻ 5-6 tuổi", "sẵn sàng vào lớp 1"], ["Kết luận, kiến nghị"]],
        font=font,
    )
    doc = read_document(path)
    assert doc.format == "pdf"
    assert doc.pages is not None and len(doc.pages) == 2
    first = unicodedata.normalize("NFC", doc.pages[0])
    assert "Một số biện pháp giúp trẻ 5-6 tuổi" in first
    assert "sẵn sàng vào lớp 1" in first
    assert "Kết luận, kiến nghị" in unicodedata.normalize("NFC", doc.pages[1])
    assert doc.warnings == []


def test_pdf_ascii_pages_and_joined_text(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "a.pdf", [["Page one text"], ["Page two text"]])
    doc = read_document(path)
    assert [p.strip() for p in doc.pages or []] == ["Page one text", "Page two text"]
    assert doc.text.index("Page one") < doc.text.index("Page two")


def test_scanned_pdf_has_no_text_layer(tmp_path: Path) -> None:
    err = _error(read_document, make_image_pdf(tmp_path / "scan.pdf", page_count=2))
    assert err.code == "no_text_layer"


def test_pdf_with_some_image_pages_warns(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for source in (
        make_pdf(tmp_path / "t.pdf", [["Trang chữ"]]),
        make_image_pdf(tmp_path / "i.pdf"),
    ):
        for page in PdfReader(source).pages:
            writer.add_page(page)
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as fh:
        writer.write(fh)
    doc = read_document(mixed)
    assert doc.pages is not None and len(doc.pages) == 2
    assert doc.pages[1].strip() == ""
    assert any("2" in w and "without text" in w for w in doc.warnings)


def test_pdf_encrypted_with_empty_password_opens(tmp_path: Path) -> None:
    path = make_encrypted_pdf(tmp_path / "locked.pdf", user_password="", lines=["Noi dung mo duoc"])
    assert "Noi dung mo duoc" in read_document(path).text


def test_pdf_with_user_password_is_refused(tmp_path: Path) -> None:
    path = make_encrypted_pdf(tmp_path / "secret.pdf", user_password="matkhau", lines=["bi mat"])
    assert _error(read_document, path).code == "encrypted_pdf"


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_truncated_or_garbage_pdf_is_corrupt(cut: float) -> None:
    data = pdf_bytes([["Some text"]])
    assert (
        _error(read_document_bytes, data[: int(len(data) * cut)], "x.pdf").code
        == "corrupt_document"
    )
    assert (
        _error(read_document_bytes, b"%PDF-1.4\n" + bytes(range(256)) * 8, "y.pdf").code
        == "corrupt_document"
    )


# --------------------------------------------------------------------------- legacy DOC


def _fake_antiword(folder: Path, script: str) -> Path:
    folder.mkdir()
    exe = folder / "antiword"
    exe.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return exe


def test_doc_without_antiword_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "empty-bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    err = _error(read_document_bytes, OLE_MAGIC + b"\x00" * 600, "cu.doc")
    assert err.code == "antiword_missing"
    assert "antiword" in err.message


def test_doc_is_read_through_antiword(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The fake echoes its arguments so the test sees how antiword is called.
    _fake_antiword(tmp_path / "bin", 'printf "Sáng kiến cũ\\n%s\\n" "$*"\n')
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    doc = read_document_bytes(OLE_MAGIC + b"\x00" * 600, "cu.doc")
    assert doc.format == "doc"
    first, args = doc.text.split("\n")[:2]
    assert first == "Sáng kiến cũ"
    assert args.startswith("-m UTF-8.txt -w 0 ")


def test_doc_antiword_failure_and_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sleep = shutil.which("sleep")
    assert sleep is not None
    _fake_antiword(tmp_path / "bad", 'echo "not a Word document" >&2\nexit 1\n')
    monkeypatch.setenv("PATH", str(tmp_path / "bad"))
    err = _error(read_document_bytes, OLE_MAGIC + b"\x00" * 600, "x.doc")
    assert err.code == "corrupt_document" and "not a Word document" in err.message

    # exec: the shell must not leave a child holding the output pipes after the kill.
    _fake_antiword(tmp_path / "slow", f"exec {sleep} 5\n")
    monkeypatch.setenv("PATH", str(tmp_path / "slow"))
    err = _error(
        read_document_bytes,
        OLE_MAGIC + b"\x00" * 600,
        "x.doc",
        limits=DocumentLimits(antiword_timeout=0.3),
    )
    assert err.code == "corrupt_document" and "gave up" in err.message


def test_rtf_saved_as_doc_is_unsupported() -> None:
    assert (
        _error(read_document_bytes, b"{\\rtf1\\ansi hello}", "old.doc").code == "unsupported_format"
    )


# --------------------------------------------------------------------------- plain text

VI = "Sáng kiến kinh nghiệm: Một số biện pháp rèn kỹ năng đọc cho học sinh lớp 2."


@pytest.mark.parametrize(
    "data",
    [
        VI.encode("utf-8"),
        b"\xef\xbb\xbf" + VI.encode("utf-8"),
        VI.encode("utf-16"),  # with BOM
        VI.encode("utf-16-le"),  # no BOM: found by the NUL pattern
        VI.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-nobom", "utf16be-nobom"],
)
def test_text_encodings(data: bytes) -> None:
    doc = read_document_bytes(data, "note.txt")
    assert doc.format == "txt"
    assert doc.text == VI
    assert doc.warnings == []


def test_cp1258_fallback() -> None:
    # Windows-1258 stores tones as combining marks after a base letter.
    legacy = (
        "Ti\u00ea\u0301ng Vi\u00ea\u0323t l\u01a1\u0301p 5 \u0111o\u0323c hi\u00ea\u0309u".encode(
            "cp1258"
        )
    )
    with pytest.raises(UnicodeDecodeError):
        legacy.decode("utf-8")
    doc = read_document_bytes(legacy, "cu.txt")
    assert unicodedata.normalize("NFC", doc.text) == "Tiếng Việt lớp 5 đọc hiểu"
    assert any("1258" in w for w in doc.warnings)


def test_binary_garbage_is_unreadable() -> None:
    rng = random.Random(7)
    noisy = bytes(rng.randrange(256) for _ in range(4000))
    assert _error(read_document_bytes, noisy, "x.txt").code == "unreadable_text"
    no_nul = bytes(b for b in noisy if b)
    assert _error(read_document_bytes, no_nul, "x.txt").code == "unreadable_text"
    assert _error(decode_text, b"abc\x00def\x01\x02").code == "unreadable_text"


def test_empty_inputs(tmp_path: Path) -> None:
    assert _error(read_document_bytes, b"", "a.txt").code == "empty_document"
    assert _error(read_document_bytes, b"  \n\t ", "a.txt").code == "empty_document"
    empty = tmp_path / "a.pdf"
    empty.write_bytes(b"")
    assert _error(read_document, empty).code == "empty_document"


# --------------------------------------------------------------------------- general


def test_unsupported_extension_and_detection() -> None:
    assert (
        _error(read_document_bytes, b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "anh.png").code
        == "unsupported_format"
    )
    assert detect_format(b"%PDF-1.7\n...", "whatever.bin") == "pdf"
    assert detect_format(OLE_MAGIC + b"\x00" * 8, "a.doc") == "doc"
    assert _error(detect_format, OLE_MAGIC, "bang.xls").code == "unsupported_format"
    assert (
        _error(detect_format, b"<html><body>x</body></html>", "web.doc").code
        == "unsupported_format"
    )


def test_size_limit_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2_000)
    assert _error(read_document, path, max_bytes=1_000).code == "file_too_large"
    assert (
        _error(read_document_bytes, b"a" * 2_000, "big.txt", max_bytes=1_000).code
        == "file_too_large"
    )


def test_missing_file_and_error_type(tmp_path: Path) -> None:
    err = _error(read_document, tmp_path / "nope.docx")
    assert err.code == "file_not_found"
    assert isinstance(err, ValueError)


def test_os_error_while_reading_is_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("x", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    err = _error(read_document, path)
    assert err.code == "read_error"
    assert "Permission denied" in err.message

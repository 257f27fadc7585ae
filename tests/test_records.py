"""Import contract and record-list readers (JSONL, CSV, XLSX, folder of documents)."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from service.records import (
    InitiativeRecord,
    RecordError,
    RecordListError,
    RowResult,
    derive_record_id,
    read_folder,
    read_record_list,
    validate_record,
)
from tests.fixtures_docs import INTRO_VI, make_docx, make_pdf, make_truncated_docx

BASE: dict[str, Any] = {
    "title": "Một số biện pháp rèn kỹ năng đọc cho học sinh lớp 2",
    "author": "Nguyễn Thị Lan",
    "unit": "Trường Tiểu học Đồi Ngô số 1",
    "year": 2024,
}


def _record(**changes: Any) -> InitiativeRecord:
    data = {**BASE, **changes}
    return validate_record({k: v for k, v in data.items() if v is not ...})


def _code(**changes: Any) -> str:
    with pytest.raises(RecordError) as info:
        _record(**changes)
    return info.value.code


# --------------------------------------------------------------------------- the model


def test_minimal_record_gets_defaults_and_derived_id() -> None:
    record = _record()
    assert record.status == "submitted"
    assert record.coauthors == []
    assert record.school_year == ""
    assert record.year == 2024
    assert record.id is not None and re.fullmatch(r"sk-[0-9a-f]{16}", record.id)


def test_derived_id_ignores_case_and_spacing_but_not_year() -> None:
    a = _record()
    b = _record(
        title="  MỘT SỐ biện pháp  rèn kỹ năng đọc cho học sinh lớp 2 ", author="nguyễn thị  lan"
    )
    c = _record(year=2023)
    assert a.id == b.id == derive_record_id(BASE["title"], BASE["author"], BASE["unit"], 2024)
    assert a.id != c.id
    assert _record(id="SK-2024-001").id == "SK-2024-001"


@pytest.mark.parametrize(
    "given", ["2023-2024", "2023 - 2024", "2023–2024", "2023/2024", " 2023 — 2024 "]
)
def test_school_year_spellings(given: str) -> None:
    record = _record(year=..., school_year=given)
    assert record.school_year == "2023-2024"
    assert record.year == 2024


def test_school_year_and_year_must_agree() -> None:
    assert _record(school_year="2023-2024", year=2024).year == 2024
    assert _code(school_year="2023-2024", year=2023) == "school_year_mismatch"
    assert _code(year=..., school_year="2023-2025") == "invalid_school_year"
    assert _code(year=..., school_year="năm 2023") == "invalid_school_year"


def test_school_year_written_in_year_column() -> None:
    record = _record(year="2014-2015")
    assert (record.school_year, record.year) == ("2014-2015", 2015)


@pytest.mark.parametrize(
    ("year", "ok"),
    [(1990, True), (2100, True), (1989, False), (2101, False), ("2024", True), (2024.0, True)],
)
def test_year_range(year: Any, ok: bool) -> None:
    if ok:
        assert _record(year=year).year == int(year)
    else:
        assert _code(year=year) == "year_out_of_range"


def test_year_must_be_a_number() -> None:
    assert _code(year="năm 2024") == "invalid_year"
    assert _code(year=2024.5) == "invalid_year"
    assert _code(year=True) == "invalid_year"


@pytest.mark.parametrize("missing", ["title", "author", "unit"])
def test_required_fields(missing: str) -> None:
    with pytest.raises(RecordError) as info:
        validate_record({k: v for k, v in BASE.items() if k != missing})
    assert info.value.code == "missing_field"
    assert missing in info.value.message
    assert _code(**{missing: "   "}) == "missing_field"


def test_year_or_school_year_required() -> None:
    assert _code(year=...) == "missing_field"


def test_unknown_field_rejected() -> None:
    with pytest.raises(RecordError) as info:
        _record(tacgia="x")
    assert info.value.code == "unknown_field"
    assert "tacgia" in info.value.message


def test_whitespace_and_control_characters() -> None:
    record = _record(title="  Một số\n biện   pháp\t", author=" Lê  Văn Hùng ")
    assert record.title == "Một số biện pháp"
    assert record.author == "Lê Văn Hùng"
    assert _code(author="Lê\x07Hùng") == "control_character"
    assert _code(coauthors=["Trần\x1bB"]) == "control_character"
    assert _code(content="abc\x00") == "control_character"


def test_names_are_stored_in_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Lan")
    assert _record(author=decomposed).author == "Nguyễn Thị Lan"


def test_length_limits() -> None:
    assert _record(title="a" * 1000).title == "a" * 1000
    assert _code(title="a" * 1001) == "too_long"
    assert _code(content="x" * 2_000_001) == "too_long"


@pytest.mark.parametrize(
    ("given", "status"),
    [
        ("recognised", "recognised"),
        ("Recognized", "recognised"),
        ("Đã công nhận", "recognised"),
        ("da cong nhan", "recognised"),
        ("Không công nhận", "rejected"),
        ("rejected", "rejected"),
        ("Đã nộp", "submitted"),
    ],
)
def test_status_synonyms(given: str, status: str) -> None:
    assert _record(status=given).status == status


def test_bad_status() -> None:
    assert _code(status="maybe") == "invalid_status"


def test_coauthors_and_contribution_shares() -> None:
    record = _record(
        author="Nguyễn Thị Lan (50%)", coauthors="Trần Văn B (30,5%); Lê Thị C, Phạm D (19.5%)"
    )
    assert record.author == "Nguyễn Thị Lan"
    assert record.coauthors == ["Trần Văn B", "Lê Thị C", "Phạm D"]
    assert record.contribution_shares == {
        "Nguyễn Thị Lan": 50.0,
        "Trần Văn B": 30.5,
        "Phạm D": 19.5,
    }
    assert record.author_share == 50.0
    assert record.coauthor_shares == [30.5, None, 19.5]
    assert "coauthor_shares" not in record.model_dump()
    assert _record(coauthors=["A", "  ", "a", "B"]).coauthors == ["A", "B"]
    assert _code(author="Lan (80%)", coauthors="B (30%)") == "invalid_share"
    assert _code(contribution_shares={"Người lạ": 10}) == "invalid_share"


def test_model_round_trips_through_json() -> None:
    record = _record(
        author="Nguyễn Thị Lan (60%)", coauthors=["Trần B (40%)"], school_year="2023-2024"
    )
    again = InitiativeRecord.model_validate(json.loads(record.model_dump_json()))
    assert again == record


def test_error_lists_every_problem() -> None:
    with pytest.raises(RecordError) as info:
        validate_record({"title": "x", "year": 1800, "bogus": 1})
    fields = {field for field, _, _ in info.value.problems}
    assert {"author", "unit", "year", "bogus"} <= fields
    assert isinstance(info.value, ValueError)


# --------------------------------------------------------------------------- JSONL


def _write_jsonl(path: Path, rows: list[Any]) -> Path:
    lines = [row if isinstance(row, str) else json.dumps(row, ensure_ascii=False) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _by_line(results: list[RowResult]) -> dict[int, RowResult]:
    return {r.line: r for r in results}


def test_jsonl_good_and_bad_rows(tmp_path: Path) -> None:
    path = _write_jsonl(
        tmp_path / "list.jsonl",
        [
            BASE,
            '{"title": "thiếu dấu ngoặc"',
            {**BASE, "title": "Khác", "year": 1900},
            "",
            {k: v for k, v in BASE.items() if k != "author"},
            {**BASE, "title": "Thêm trường", "tac_gia": "x"},
            "[1, 2]",
            {**BASE, "title": "Dòng cuối", "school_year": "2023-2024"},
        ],
    )
    results = list(read_record_list(path))
    rows = _by_line(results)
    assert sorted(rows) == [1, 2, 3, 5, 6, 7, 8]
    assert rows[1].ok and rows[1].source == "list.jsonl"
    assert (rows[2].error_code, rows[2].record) == ("invalid_json", None)
    assert rows[3].error_code == "year_out_of_range" and "1900" in (rows[3].error or "")
    assert rows[5].error_code == "missing_field" and "author" in (rows[5].error or "")
    assert rows[6].error_code == "unknown_field" and "tac_gia" in (rows[6].error or "")
    assert rows[7].error_code == "invalid_json"
    assert rows[8].ok and rows[8].record is not None and rows[8].record.school_year == "2023-2024"
    assert rows[3].raw is not None and rows[3].raw["year"] == 1900


def test_jsonl_with_bom_and_bad_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "list.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(BASE).encode() + b'\n{"title": "\xff"}\n')
    rows = list(read_record_list(path))
    assert rows[0].ok
    assert (rows[1].line, rows[1].error_code) == (2, "bad_encoding")


def test_duplicate_id_in_one_list(tmp_path: Path) -> None:
    path = _write_jsonl(
        tmp_path / "l.jsonl", [BASE, {**BASE, "title": "  " + BASE["title"].upper()}]
    )
    first, second = read_record_list(path)
    assert first.ok
    assert second.error_code == "duplicate_id" and "line 1" in (second.error or "")


def test_content_read_from_file(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    docx_path = make_docx(docs / "bao cao.docx")
    path = _write_jsonl(
        tmp_path / "l.jsonl",
        [
            {**BASE, "file": "docs/bao cao.docx"},
            {**BASE, "year": 2023, "file": "docs\\bao cao.docx"},
        ],
    )
    first, second = read_record_list(path)
    assert first.ok and first.record is not None
    assert INTRO_VI in first.record.content
    assert first.record.file == "docs/bao cao.docx"
    assert first.source_file == "docs/bao cao.docx"
    assert first.source_sha256 == hashlib.sha256(docx_path.read_bytes()).hexdigest()
    assert second.ok, second.error  # Windows separators are accepted


@pytest.mark.parametrize(
    ("file_value", "code"),
    [
        ("../secret.txt", "path_traversal"),
        ("docs/../../secret.txt", "path_traversal"),
        ("/etc/hostname", "path_traversal"),
        ("C:\\Users\\a.docx", "path_traversal"),
        ("docs/khong_co.docx", "file_not_found"),
    ],
)
def test_file_paths_must_stay_in_the_list_folder(
    tmp_path: Path, file_value: str, code: str
) -> None:
    (tmp_path / "secret.txt").write_text("bí mật", encoding="utf-8")
    listing = tmp_path / "lists"
    (listing / "docs").mkdir(parents=True)
    path = _write_jsonl(listing / "l.jsonl", [{**BASE, "file": file_value}])
    (row,) = read_record_list(path)
    assert row.record is None
    assert row.error_code == code


def test_symlink_escaping_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("bí mật", encoding="utf-8")
    listing = tmp_path / "lists"
    listing.mkdir()
    (listing / "link.txt").symlink_to(tmp_path / "secret.txt")
    (row,) = read_record_list(_write_jsonl(listing / "l.jsonl", [{**BASE, "file": "link.txt"}]))
    assert row.error_code == "path_traversal"


def test_broken_document_and_content_conflict(tmp_path: Path) -> None:
    make_truncated_docx(tmp_path / "hong.docx")
    (tmp_path / "ok.txt").write_text("Nội dung", encoding="utf-8")
    path = _write_jsonl(
        tmp_path / "l.jsonl",
        [
            {**BASE, "file": "hong.docx"},
            {**BASE, "year": 2022, "file": "ok.txt", "content": "cả hai"},
        ],
    )
    broken, both = read_record_list(path)
    assert broken.error_code == "corrupt_document" and "hong.docx" in (broken.error or "")
    assert both.error_code == "content_and_file"


def test_list_level_errors(tmp_path: Path) -> None:
    with pytest.raises(RecordListError) as info:
        list(read_record_list(tmp_path / "none.jsonl"))
    assert info.value.code == "file_not_found"
    odd = tmp_path / "list.json"
    odd.write_text("[]", encoding="utf-8")
    with pytest.raises(RecordListError) as info:
        list(read_record_list(odd))
    assert info.value.code == "unsupported_list_format"


# --------------------------------------------------------------------------- CSV


def test_csv_semicolon_bom_vietnamese_headers(tmp_path: Path) -> None:
    text = (
        "STT;Tên sáng kiến;Tác giả;Đồng tác giả;Đơn vị;Năm học;Lĩnh vực\n"
        '1;"Biện pháp dạy đọc; lớp 2";Nguyễn Thị Lan;"Trần B; Lê C (20%)";'
        "TH Đồi Ngô;2023 - 2024;Tiếng Việt\n"
        "2;Thiếu tác giả;;;TH Đồi Ngô;2023-2024;Toán\n"
        "\n"
        "4;Năm sai;Phạm D;;THCS A;2023-2030;Toán\n"
    )
    path = tmp_path / "ds.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    rows = _by_line(list(read_record_list(path)))
    good = rows[2].record
    assert good is not None
    assert good.title == "Biện pháp dạy đọc; lớp 2"
    assert good.coauthors == ["Trần B", "Lê C"]
    assert good.contribution_shares == {"Lê C": 20.0}
    assert (good.school_year, good.year, good.field) == ("2023-2024", 2024, "Tiếng Việt")
    assert rows[3].error_code == "missing_field" and "author" in (rows[3].error or "")
    assert rows[5].error_code == "invalid_school_year"
    assert set(rows) == {2, 3, 5}  # STT is silently ignored: no warning row


@pytest.mark.parametrize("delimiter", [",", "\t"])
def test_csv_delimiters_and_english_headers(tmp_path: Path, delimiter: str) -> None:
    header = delimiter.join(["title", "author", "unit", "year", "coauthors", "status"])
    row = delimiter.join(
        ['"Dạy học, trải nghiệm"', "Lê Văn Hùng", "THPT Hà Văn Mao", "2021", "A;B", "Đã công nhận"]
    )
    path = tmp_path / "list.csv"
    path.write_text(header + "\n" + row + "\n", encoding="utf-8")
    (result,) = read_record_list(path)
    assert result.record is not None, result.error
    assert result.record.title == "Dạy học, trải nghiệm"
    assert result.record.coauthors == ["A", "B"]
    assert result.record.status == "recognised"
    assert result.line == 2


def test_csv_multiline_cell_reports_start_line(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text(
        'title,author,unit,year,summary\nA,Lan,TH,2024,"dòng 1\ndòng 2"\nB,Lan,TH,1800,x\n',
        encoding="utf-8",
    )
    first, second = read_record_list(path)
    assert first.ok and first.record is not None and first.record.summary == "dòng 1\ndòng 2"
    assert (second.line, second.error_code) == (4, "year_out_of_range")


def test_csv_in_windows_1258_warns_and_reads(tmp_path: Path) -> None:
    title = "Ti\u00ea\u0301ng Vi\u00ea\u0323t l\u01a1\u0301p 2"
    path = tmp_path / "ansi.csv"
    path.write_bytes(f"title,author,unit,year\n{title},Lan,TH,2020\n".encode("cp1258"))
    warning, row = read_record_list(path)
    assert (warning.severity, warning.error_code) == ("warning", "encoding_fallback")
    assert row.record is not None and row.record.title == "Tiếng Việt lớp 2"


def test_csv_unknown_columns_warn_and_too_many_values_error(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text(
        "title,author,unit,year,Ghi chú\nA,Lan,TH,2024,x\nB,Lan,TH,2024,x,extra\n", encoding="utf-8"
    )
    warning, good, bad = read_record_list(path)
    assert (
        warning.severity == "warning"
        and warning.error_code == "unknown_column"
        and "Ghi chú" in (warning.error or "")
    )
    assert good.ok
    assert bad.error_code == "too_many_values" and bad.line == 3


def test_csv_missing_required_column(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text("title,author,year\nA,Lan,2024\n", encoding="utf-8")
    with pytest.raises(RecordListError) as info:
        list(read_record_list(path))
    assert info.value.code == "missing_column"
    assert "unit" in info.value.message


# --------------------------------------------------------------------------- XLSX


def _write_xlsx(path: Path, rows: list[list[Any]], *, start_row: int = 1) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for offset, values in enumerate(rows):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=start_row + offset, column=column, value=value)
    workbook.save(str(path))
    return path


def test_xlsx_vietnamese_headers_good_and_bad_rows(tmp_path: Path) -> None:
    path = _write_xlsx(
        tmp_path / "ds.xlsx",
        [
            [
                "Tên sáng kiến",
                "Tác giả",
                "Mã tác giả",
                "Đơn vị",
                "Năm",
                "Tóm tắt",
                "Nhiệm vụ được giao",
            ],
            [
                "Một số biện pháp xây dựng trường học hạnh phúc",
                "Hoàng Thị Mai",
                10234,
                "TH Đồi Ngô",
                2024,
                "Tóm tắt ngắn",
                "Hiệu trưởng",
            ],
            ["Thiếu năm", "Hoàng Thị Mai", None, "TH Đồi Ngô", None, None, None],
            [None, None, None, None, None, None, None],
            ["Năm là chữ", "Hoàng Thị Mai", None, "TH Đồi Ngô", "hai nghìn", None, None],
            ["Năm dạng số thực", "Vũ Văn E", None, "THCS B", 2019.0, None, None],
        ],
        start_row=2,
    )
    rows = _by_line(list(read_record_list(path)))
    assert set(rows) == {3, 4, 6, 7}
    good = rows[3].record
    assert good is not None
    assert (good.author_id, good.year, good.duties, good.summary) == (
        "10234",
        2024,
        "Hiệu trưởng",
        "Tóm tắt ngắn",
    )
    assert rows[4].error_code == "missing_field"
    assert rows[6].error_code == "invalid_year"
    assert rows[7].record is not None and rows[7].record.year == 2019


def test_xlsx_english_headers_and_school_year(tmp_path: Path) -> None:
    path = _write_xlsx(
        tmp_path / "en.xlsx",
        [
            ["Title", "Author", "Unit", "School year", "Field"],
            ["VNEN", "Lan", "TH", "2013-2014", "Quản lý"],
        ],
    )
    (row,) = read_record_list(path)
    assert row.record is not None and (row.record.year, row.record.field) == (2014, "Quản lý")


def test_corrupt_xlsx_is_a_list_error(tmp_path: Path) -> None:
    path = tmp_path / "hong.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(RecordListError) as info:
        list(read_record_list(path))
    assert info.value.code == "corrupt_list"


# --------------------------------------------------------------------------- folders


def _folder_with_documents(tmp_path: Path) -> Path:
    folder = tmp_path / "nop_2024"
    folder.mkdir()
    make_docx(folder / "lan.docx")
    make_pdf(folder / "hung.pdf", [["Bien phap day hoc trai nghiem"], ["Ket luan"]])
    make_truncated_docx(folder / "hong.docx")
    (folder / "ghi_chu.txt").write_text("không có trong danh sách", encoding="utf-8")
    (folder / "~$lan.docx").write_bytes(b"lock")
    (folder / "metadata.csv").write_text(
        "file,title,author,unit,year\n"
        "lan.docx,Rèn kỹ năng đọc,Nguyễn Thị Lan,TH Đồi Ngô,2024\n"
        "hung.pdf,Dạy học trải nghiệm,Lê Văn Hùng,THPT Hà Văn Mao,2024\n"
        "hong.docx,Tệp hỏng,Phạm D,THCS A,2024\n",
        encoding="utf-8",
    )
    return folder


def test_folder_with_docx_pdf_and_broken_file(tmp_path: Path) -> None:
    results = list(read_folder(_folder_with_documents(tmp_path)))
    records = [r for r in results if r.ok]
    errors = [r for r in results if not r.ok and r.severity == "error"]
    warnings = [r for r in results if r.severity == "warning" and not r.ok]
    assert len(records) == 2
    assert {r.source_file for r in records} == {"lan.docx", "hung.pdf"}
    by_file = {r.source_file: r.record for r in records}
    assert by_file["lan.docx"] is not None and INTRO_VI in by_file["lan.docx"].content
    assert (
        by_file["hung.pdf"] is not None
        and "Bien phap day hoc trai nghiem" in by_file["hung.pdf"].content
    )
    assert len(errors) == 1
    assert errors[0].error_code == "corrupt_document"
    assert "hong.docx" in (errors[0].error or "")
    assert errors[0].line == 4
    assert [(w.error_code, w.source_file) for w in warnings] == [("not_in_metadata", "ghi_chu.txt")]


def test_folder_listed_file_missing_and_loose_name_matching(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    make_docx(folder / unicodedata.normalize("NFD", "báo cáo.docx"))
    _write_jsonl(
        folder / "metadata.jsonl",
        [
            {**BASE, "file": "BÁO CÁO.DOCX"},
            {**BASE, "year": 2023, "file": "vang_mat.pdf"},
            {**BASE, "year": 2022},
        ],
    )
    found, missing, no_file = read_folder(folder)
    assert found.ok, found.error
    assert missing.error_code == "file_not_found" and "vang_mat.pdf" in (missing.error or "")
    assert no_file.error_code == "missing_field" and "file" in (no_file.error or "")


def test_folder_metadata_xlsx(tmp_path: Path) -> None:
    folder = tmp_path / "x"
    folder.mkdir()
    make_docx(folder / "a.docx")
    _write_xlsx(
        folder / "metadata.xlsx",
        [
            ["Tệp", "Tên sáng kiến", "Tác giả", "Đơn vị", "Năm học"],
            ["a.docx", "A", "Lan", "TH", "2022-2023"],
        ],
    )
    (row,) = read_folder(folder)
    assert row.record is not None and row.record.year == 2023 and INTRO_VI in row.record.content


def test_folder_without_or_with_several_metadata_files(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    with pytest.raises(RecordListError) as info:
        list(read_folder(folder))
    assert info.value.code == "metadata_missing"
    (folder / "metadata.csv").write_text("title,author,unit,year\n", encoding="utf-8")
    (folder / "metadata.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(RecordListError) as info:
        list(read_folder(folder))
    assert info.value.code == "metadata_ambiguous"

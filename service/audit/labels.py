"""Vietnamese words of the audit reports (the reports are read and filed by the board)."""

from __future__ import annotations

VERDICTS = {"duplicate": "Trùng lặp", "suspect": "Nghi vấn", "related": "Cùng chủ đề", "new": "Mới"}
VERDICT_ORDER = ("duplicate", "suspect", "related", "new")
# Report colours per level, shared by the HTML charts and the XLSX chart.
COLOURS = {"duplicate": "C0392B", "suspect": "E67E22", "related": "5D8AA8", "new": "9DB8A0"}

SECTIONS = {
    "title": "Tên đề tài", "summary": "Tóm tắt", "front": "Mở đầu", "reason": "Lí do chọn đề tài",
    "theory": "Cơ sở lí luận", "situation": "Thực trạng", "solution": "Giải pháp", "results": "Kết quả",
    "conclusion": "Kết luận", "references": "Tài liệu tham khảo", "appendix": "Phụ lục", "body": "Nội dung",
}

NO_UNIT = "(không rõ đơn vị)"
NO_FIELD = "(không ghi lĩnh vực)"


def verdict_label(verdict: str) -> str:
    return VERDICTS.get(verdict, verdict)


def relation_text(relations: list[str], year: int | None) -> str:
    """'người khác · khác đơn vị · năm 2023' — who wrote the matched initiative, where, when."""
    parts = ["chính tác giả" if "same_author" in relations else "người khác"]
    if "coauthor_overlap" in relations:
        parts.append("chung đồng tác giả")
    if "same_unit" in relations:
        parts.append("cùng đơn vị")
    elif "other_unit" in relations:
        parts.append("khác đơn vị")
    if year is not None:
        parts.append(f"cùng năm {year}" if "same_year" in relations else f"năm {year}")
    return " · ".join(parts)

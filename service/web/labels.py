"""Vietnamese words shown to reviewers for the engine's and the importer's codes."""

from __future__ import annotations

VERDICTS: dict[str, tuple[str, str]] = {
    # verdict -> (headline, what it means for the council)
    "duplicate": ("Trùng lặp",
                  "Đề tài này gần như sao chép một sáng kiến đã có. Hội đồng cần đối chiếu kỹ trước khi công nhận."),
    "suspect": ("Nghi vấn",
                "Đề tài có nhiều đoạn giống một sáng kiến đã có. Hội đồng nên xem các đoạn trùng bên dưới."),
    "related": ("Cùng chủ đề",
                "Có sáng kiến trước đây cùng chủ đề nhưng nội dung và giải pháp khác nhau; không thấy dấu hiệu sao chép."),
    "new": ("Chưa thấy trùng lặp",
            "Không tìm thấy sáng kiến nào trước đây trùng hoặc gần giống đề tài này."),
}

LEVELS = {"duplicate": "trùng lặp", "suspect": "nghi vấn", "related": "cùng chủ đề"}

RELATIONS = {
    "same_author": "của chính tác giả",
    "other_author": "của người khác",
    "coauthor_overlap": "chung đồng tác giả",
    "same_unit": "cùng đơn vị",
    "other_unit": "khác đơn vị",
    "earlier_year": "năm trước",
    "same_year": "cùng năm",
    "later_year": "năm sau",
}

SECTIONS = {
    "title": "Tên đề tài", "summary": "Tóm tắt", "front": "Phần mở đầu", "reason": "Lí do chọn đề tài",
    "theory": "Cơ sở lí luận", "situation": "Thực trạng", "solution": "Giải pháp", "results": "Kết quả",
    "conclusion": "Kết luận", "references": "Tài liệu tham khảo", "appendix": "Phụ lục", "body": "Nội dung",
}

DECISIONS = {
    "confirmed_duplicate": "Xác nhận trùng lặp",
    "legitimate_continuation": "Tiếp nối hợp lệ",
    "false_alarm": "Báo động nhầm",
}

STATUSES = {"submitted": "Đã nộp", "recognised": "Đã công nhận", "rejected": "Không công nhận"}

ROLES = {"reviewer": "Thành viên Hội đồng", "app": "Ứng dụng", "auditor": "Kiểm tra viên", "admin": "Quản trị"}

# indexing.documents.DocumentError codes
DOCUMENT_ERRORS = {
    "file_too_large": "Tệp quá lớn.",
    "empty_document": "Tệp rỗng, không có nội dung.",
    "unsupported_format": "Định dạng tệp không được hỗ trợ. Hãy tải lên tệp DOCX hoặc PDF.",
    "corrupt_document": "Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng DOCX/PDF.",
    "zip_bomb": "Tệp DOCX có cấu trúc bất thường (giải nén quá lớn) nên không được đọc.",
    "encrypted_pdf": "Tệp PDF được đặt mật khẩu. Hãy tải lên bản không có mật khẩu.",
    "no_text_layer": "Tệp PDF là bản quét (chỉ có hình ảnh), không có lớp chữ. Hãy tải lên bản DOCX.",
    "antiword_missing": "Máy chủ chưa cài công cụ đọc tệp .doc cũ. Hãy lưu lại thành DOCX rồi tải lên.",
    "unreadable_text": "Không nhận ra bảng mã của tệp văn bản. Hãy lưu thành DOCX hoặc UTF-8.",
    "read_error": "Không đọc được tệp.",
    "file_not_found": "Không tìm thấy tệp.",
}

# service.records.RecordError field names
FIELDS = {
    "title": "Tên đề tài", "summary": "Tóm tắt", "content": "Nội dung", "author": "Tác giả",
    "unit": "Đơn vị", "year": "Năm", "school_year": "Năm học", "field": "Lĩnh vực",
    "duties": "Nhiệm vụ được giao", "coauthors": "Đồng tác giả",
}

# service.records.RecordError codes
RECORD_ERRORS = {
    "missing_field": "chưa được nhập",
    "invalid_year": "phải là một năm, ví dụ 2024",
    "year_out_of_range": "nằm ngoài khoảng cho phép (1990–2100)",
    "invalid_school_year": "phải có dạng 2023-2024 (hai năm liên tiếp)",
    "school_year_mismatch": "năm không khớp với năm học (năm phải là năm kết thúc năm học)",
    "control_character": "chứa kí tự điều khiển không hợp lệ",
    "too_long": "quá dài",
}


def verdict_text(verdict: str) -> tuple[str, str]:
    return VERDICTS.get(verdict, (verdict, ""))


def document_error(code: str, limit_mb: float | None = None) -> str:
    text = DOCUMENT_ERRORS.get(code, "Không đọc được tệp.")
    if code == "file_too_large" and limit_mb is not None:
        text = f"Tệp quá lớn: giới hạn là {limit_mb:g} MB."
    return text


def megabytes(n_bytes: int) -> float:
    return round(n_bytes / (1024 * 1024), 1)

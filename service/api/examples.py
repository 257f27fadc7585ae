"""Realistic Vietnamese request examples for the OpenAPI page (what a dossier app sends)."""

from __future__ import annotations

from typing import Any

REPORT_TEXT = (
    "I. ĐẶT VẤN ĐỀ\n1. Lí do chọn đề tài\n"
    "Qua nhiều năm dạy lớp 5, tôi nhận thấy các em còn sợ môn Toán, đặc biệt là bảng nhân và toán có lời văn.\n"
    "II. GIẢI QUYẾT VẤN ĐỀ\n1. Thực trạng\n"
    "Kết quả khảo sát đầu năm học 2023-2024 của lớp 5A cho thấy chỉ 12 trên 30 em đạt điểm khá giỏi môn Toán.\n"
    "2. Các biện pháp thực hiện\n"
    "Biện pháp 1: Tổ chức trò chơi Ai nhanh hơn để ôn bảng nhân\n"
    "Đầu mỗi tiết Toán, tôi dành năm phút cho trò chơi Ai nhanh hơn; lớp chia thành bốn đội thi đọc kết quả.\n"
    "Biện pháp 2: Dạy giải toán có lời văn bằng sơ đồ đoạn thẳng\n"
    "Học sinh gạch chân dữ kiện, vẽ sơ đồ đoạn thẳng và tự nêu phép tính cần làm.\n"
    "3. Kết quả đạt được\nCuối năm học, 26 trên 30 em đạt điểm khá giỏi.\n"
    "III. KẾT LUẬN, KIẾN NGHỊ\nTrên đây là một số kinh nghiệm của bản thân."
)

INITIATIVE: dict[str, Any] = {
    "id": "HS-2024-000123",
    "title": "Một số biện pháp giúp học sinh lớp 5 học tốt môn Toán",
    "summary": "Trò chơi ôn bảng nhân, sơ đồ đoạn thẳng cho toán có lời văn và phiếu bài tập phân hóa.",
    "content": REPORT_TEXT,
    "author": "Nguyễn Thị Hoa",
    "author_id": "GV-0451",
    "coauthors": ["Lê Văn Minh (30%)"],
    "unit": "Trường Tiểu học Đồi Ngô",
    "field": "Toán",
    "duties": "Giáo viên chủ nhiệm lớp 5A, dạy Toán và Tiếng Việt",
    "school_year": "2023-2024",
    "status": "submitted",
}

MINIMAL_INITIATIVE: dict[str, Any] = {
    "title": "Một số biện pháp giúp trẻ 5-6 tuổi sẵn sàng vào lớp 1",
    "author": "Phạm Thị Lan",
    "unit": "Trường Mầm non thị trấn Vạn Hà",
    "year": 2024,
    "content": "I. ĐẶT VẤN ĐỀ\nGiúp trẻ làm quen với chữ cái, số đếm và nề nếp học tập trước khi vào lớp 1.",
}

RECORD_EXAMPLES: dict[str, dict[str, Any]] = {
    "full": {"summary": "Một hồ sơ đầy đủ", "value": INITIATIVE},
    "minimal": {"summary": "Chỉ các trường bắt buộc", "value": MINIMAL_INITIATIVE},
}

DECISION: dict[str, Any] = {
    "query_id": "HS-2024-000123",
    "match_id": "HS-2021-000087",
    "decision": "false_alarm",
    "reason": "Hai đề tài chỉ giống phần cơ sở lí luận trích từ Nghị quyết 29; các biện pháp hoàn toàn khác nhau.",
}

KEY: dict[str, Any] = {"name": "Hệ thống hồ sơ thi đua điện tử", "role": "app"}

USER: dict[str, Any] = {"username": "thuky.hoidong", "password": "Mat-khau-du-dai-2024", "role": "reviewer"}

BULK_JSONL = "\n".join([
    '{"id": "HS-2024-000124", "title": "Ứng dụng trò chơi dân gian trong giờ hoạt động ngoài trời cho trẻ 4-5 tuổi", '
    '"author": "Đỗ Thị Mai", "unit": "Trường Mầm non Hoa Sen", "school_year": "2023-2024", '
    '"content": "I. ĐẶT VẤN ĐỀ\\nTrò chơi dân gian giúp trẻ vận động và gắn bó với bạn bè."}',
    '{"id": "HS-2024-000125", "title": "Một số kinh nghiệm xây dựng tủ sách lớp học", '
    '"author": "Vũ Văn Hùng", "unit": "Trường Tiểu học Đồi Ngô", "year": 2024, '
    '"content": "I. ĐẶT VẤN ĐỀ\\nTủ sách lớp học giúp học sinh hình thành thói quen đọc."}',
])

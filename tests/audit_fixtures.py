"""A small corpus over three years for the audit tests.

- Đỗ Thị Cúc (Hòa Bình) submits her library initiative in 2023, 2024 and 2025: a repeater.
- Nguyễn Văn An (Hòa Bình) writes the math initiative in 2024; in 2025 Trần Văn Cường (Tân Lập)
  and Phạm Thị Dung (Đồi Ngô) submit it under their own titles: a copying ring over three units.
- Honest reports: Lê Văn Bình's math report (2023) on the same topic, Hoàng Văn Em's math report
  (2025) with his own solutions, and Vũ Thị Giang's physical-education report (2025).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from service.context import open_context
from service.ingest import import_and_index
from service.runtime import open_index
from service.settings import Settings
from tests.engine_fixtures import LIBRARY, MATH_HONEST, MATH_SOURCE, MATH_SUMMARY, MATH_TITLE, report

HOA_BINH, TAN_LAP, DOI_NGO = "Trường Tiểu học Hòa Bình", "Trường Tiểu học Tân Lập", "Trường Tiểu học Đồi Ngô"

MATH_OWN = report(
    "Học sinh lớp 4 của tôi tính nhẩm chậm và ngại trình bày cách làm trước lớp.",
    "Đầu năm học 2024-2025, lớp 4C có 29 học sinh, 11 em tính nhẩm sai nhiều, các em ít được nói về cách nghĩ.",
    [("Năm phút tính nhẩm bằng bảng con",
      "Mỗi tiết Toán mở đầu bằng năm phút tính nhẩm. Tôi đọc phép tính, học sinh viết đáp số lên bảng con và "
      "giơ lên cùng lúc, nhờ vậy tôi thấy ngay em nào sai để giúp riêng sau giờ học."),
     ("Nói to cách nghĩ khi giải toán",
      "Sau mỗi bài, một em lên bảng kể lại bằng lời của mình vì sao chọn phép tính ấy. Các bạn khác hỏi lại "
      "và bổ sung, tôi chỉ gợi ý khi cả lớp bế tắc."),
     ("Góc Toán học cuối lớp",
      "Tôi lập một góc có que tính, hình khối và thẻ số. Giờ ra chơi, các em tự đến chơi ghép hình, đố nhau "
      "tính nhẩm và ghi điểm vào bảng của nhóm.")],
    "Cuối học kì, 26 trên 29 em tính nhẩm đúng và nhanh, nhiều em mạnh dạn trình bày trước lớp.")

SPORT = report(
    "Giờ ra chơi học sinh ít vận động, nhiều em chỉ ngồi một chỗ.",
    "Năm học 2024-2025, khảo sát cho thấy chưa đến một phần ba học sinh tham gia trò chơi vận động giờ ra chơi.",
    [("Trò chơi dân gian giờ ra chơi",
      "Mỗi khối được giao một khoảng sân với đồ chơi kéo co, nhảy dây, ô ăn quan. Đội cờ đỏ hướng dẫn các em "
      "nhỏ luật chơi và tổ chức thi đấu nhỏ vào thứ sáu."),
     ("Bài thể dục nhịp điệu đầu giờ",
      "Tôi biên soạn bài thể dục theo nhạc thiếu nhi dài bảy phút, tập trước toàn trường vào đầu buổi sáng "
      "thứ hai, thứ tư và thứ sáu; lớp tập đều được khen dưới cờ.")],
    "Hơn ba phần tư học sinh tham gia vận động giờ ra chơi, số em đau ốm nghỉ học giảm rõ.")

LIBRARY_TITLE = "Xây dựng văn hóa đọc cho học sinh tiểu học"


def _rec(external_id: str, title: str, content: str, author: str, unit: str, year: int, field: str,
         **extra: Any) -> dict[str, Any]:
    return {"id": external_id, "title": title, "content": content, "author": author, "unit": unit, "year": year,
            "field": field, **extra}


RECORDS: list[dict[str, Any]] = [
    _rec("SK-2023-THUVIEN", LIBRARY_TITLE, LIBRARY, "Đỗ Thị Cúc", HOA_BINH, 2023, "Thư viện"),
    _rec("SK-2023-TOAN", "Giúp học sinh lớp 5 yêu thích môn Toán", MATH_HONEST, "Lê Văn Bình", TAN_LAP, 2023, "Toán"),
    _rec("SK-2024-THUVIEN", "Một số biện pháp xây dựng văn hóa đọc trong nhà trường", LIBRARY, "Đỗ Thị Cúc",
         HOA_BINH, 2024, "Thư viện"),
    _rec("SK-2024-TOAN", MATH_TITLE, MATH_SOURCE, "Nguyễn Văn An", HOA_BINH, 2024, "Toán", summary=MATH_SUMMARY),
    _rec("SK-2025-THUVIEN", "Nâng cao văn hóa đọc cho học sinh", LIBRARY, "Đỗ Thị Cúc", HOA_BINH, 2025, "Thư viện"),
    _rec("SK-2025-TOAN-TL", "Kinh nghiệm giúp học sinh lớp 5 học tốt môn Toán", MATH_SOURCE, "Trần Văn Cường",
         TAN_LAP, 2025, "Toán"),
    _rec("SK-2025-TOAN-DN", "Một số kinh nghiệm dạy Toán lớp 5", MATH_SOURCE, "Phạm Thị Dung", DOI_NGO, 2025,
         "Toán"),
    _rec("SK-2025-TOAN-HONEST", "Rèn kĩ năng tính nhẩm cho học sinh lớp 4", MATH_OWN, "Hoàng Văn Em", DOI_NGO, 2025,
         "Toán"),
    _rec("SK-2025-THEDUC", "Tăng cường vận động cho học sinh giờ ra chơi", SPORT, "Vũ Thị Giang", TAN_LAP, 2025,
         "Thể dục"),
]

AUDIT_2025 = {"SK-2025-THUVIEN", "SK-2025-TOAN-TL", "SK-2025-TOAN-DN", "SK-2025-TOAN-HONEST", "SK-2025-THEDUC"}
FLAGGED_2025 = {"SK-2025-THUVIEN", "SK-2025-TOAN-TL", "SK-2025-TOAN-DN"}
RING = {"SK-2024-TOAN", "SK-2025-TOAN-TL", "SK-2025-TOAN-DN"}
REPEATER_IDS = ["SK-2023-THUVIEN", "SK-2024-THUVIEN", "SK-2025-THUVIEN"]


def build_corpus(data_dir: Path) -> None:
    """Import and index the corpus into ``data_dir`` (SQLite and a saved index)."""
    path = data_dir / "corpus.jsonl"
    data_dir.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    ctx = open_context(Settings(data_dir=data_dir, load_demo=False))
    try:
        report_ = import_and_index(ctx, open_index(ctx), [path])
        assert report_.failed == 0 and report_.ok == len(RECORDS), report_.problems
    finally:
        ctx.close()


_BUILT: list[Path] = []


def built_corpus() -> Path:
    """The corpus built once per test process (embedding is the slow part) and shared read-only:
    each test works on a ``copy_corpus`` of it."""
    if not _BUILT:
        import atexit
        import shutil
        import tempfile

        root = Path(tempfile.mkdtemp(prefix="sangkien-audit-"))
        atexit.register(shutil.rmtree, root, True)
        build_corpus(root / "data")
        _BUILT.append(root / "data")
    return _BUILT[0]


def copy_corpus(built: Path, target: Path) -> Path:
    """A private copy of a built corpus (database and index), so tests' jobs do not meet."""
    import shutil

    shutil.copytree(built, target)
    return target


class CountingCheck:
    """Wraps ``check_stored`` to count (and optionally stop, fail or slow down) the checks an audit makes."""

    def __init__(self, real, *, fail_at: int | None = None, on_call=None, delay: float = 0.0) -> None:  # noqa: ANN001
        self.real, self.fail_at, self.on_call, self.delay = real, fail_at, on_call, delay
        self.checked: list[str] = []

    def __call__(self, index, session, initiative, **kwargs):  # noqa: ANN001, ANN003, ANN204
        if self.fail_at is not None and len(self.checked) + 1 == self.fail_at:
            raise RuntimeError("simulated crash in the middle of an audit")
        if self.delay:
            import time

            time.sleep(self.delay)
        result = self.real(index, session, initiative, **kwargs)
        self.checked.append(initiative.external_id)
        if self.on_call is not None:
            self.on_call(len(self.checked))
        return result

"""The audit report as CSV: one row per flagged submission, most severe first.

UTF-8 with a byte-order mark, so that Excel opens the Vietnamese text correctly.
"""

from __future__ import annotations

import csv
import io

from service.audit.analysis import AuditReport
from service.audit.labels import verdict_label

HEADER = ["Mã sáng kiến", "Tên đề tài", "Tác giả", "Đơn vị", "Lĩnh vực", "Năm", "Mức", "Điểm (%)",
          "Sáng kiến giống nhất", "Tên đề tài giống nhất", "Tác giả (giống nhất)", "Đơn vị (giống nhất)",
          "Năm (giống nhất)", "Điểm giống nhất (%)", "Quan hệ", "Nhận xét", "Đoạn trùng (bài nộp)",
          "Đoạn trùng (sáng kiến cũ)", "Nhóm sao chép", "Liên kết"]


def _cell(value: object) -> object:
    # A cell starting with = + - @ is run as a formula by spreadsheets: keep it text.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def render_csv(report: AuditReport) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for f in report.flagged:
        b = f.best_match
        writer.writerow([_cell(v) for v in (
            f.id, f.title, f.author or "", f.unit or "", f.field or "", f.year, verdict_label(f.verdict),
            round(f.score), b.id, b.title, b.author or "", b.unit or "", b.year, round(b.score), b.relation_text,
            b.explanation, b.query_excerpt or "", b.match_excerpt or "", f.cluster or "", report.link(f.id) or "")])
    return ("\ufeff" + out.getvalue()).encode("utf-8")

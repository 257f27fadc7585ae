"""The audit report as an Excel workbook: one sheet per part, Vietnamese headers.

Every table sheet has a frozen header, an autofilter and set column widths, so that the board
can sort and filter it as it is; the summary sheet carries a bar chart by unit.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from service.audit.analysis import AuditReport, Counts
from service.audit.labels import COLOURS, NO_FIELD, verdict_label

SHEET_SUMMARY = "Tổng hợp"
SHEET_FLAGGED = "Danh sách nghi vấn"
SHEET_CLUSTERS = "Nhóm sao chép"
SHEET_REPEATERS = "Tái sử dụng của chính tác giả"
SHEET_FIELDS = "Theo lĩnh vực"
SHEET_TREND = "Xu hướng theo năm"

HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TITLE_FONT = Font(bold=True, size=14, color="1F3A5F")
LEVEL_FILLS = {"duplicate": PatternFill("solid", fgColor="F6D5D1"), "suspect": PatternFill("solid", fgColor="FBE3CC")}
LINK_FONT = Font(color="1F5FAF", underline="single")
WRAP = Alignment(wrap_text=True, vertical="top")
COUNT_HEADERS = ["Tổng số", "Trùng lặp", "Nghi vấn", "Cùng chủ đề", "Mới", "Tỷ lệ nghi vấn (%)"]


def _cell(value: Any) -> Any:
    # Text from reports must never become a formula in the board's spreadsheet.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _counts_row(c: Counts) -> list[Any]:
    return [c.total, c.duplicate, c.suspect, c.related, c.new, c.flagged_share]


def _table(ws: Worksheet, top: int, headers: Sequence[str], rows: Sequence[Sequence[Any]],
           widths: Sequence[float], *, wrap: Sequence[int] = ()) -> None:
    """A header row at ``top``, the rows below it, frozen header, autofilter and widths."""
    for col, name in enumerate(headers, 1):
        cell = ws.cell(row=top, column=col, value=name)
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for r, values in enumerate(rows, top + 1):
        for col, value in enumerate(values, 1):
            cell = ws.cell(row=r, column=col, value=_cell(value))
            if col in wrap:
                cell.alignment = WRAP
    for col, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    last = get_column_letter(len(headers))
    ws.auto_filter.ref = f"A{top}:{last}{top + max(len(rows), 1)}"
    ws.freeze_panes = ws.cell(row=top + 1, column=1)


def _link(ws: Worksheet, row: int, col: int, url: str | None) -> None:
    if url:
        cell = ws.cell(row=row, column=col)
        cell.hyperlink = url
        cell.font = LINK_FONT


def _filters(report: AuditReport) -> str:
    parts = [f"năm {report.year}"]
    if report.params.unit:
        parts.append(f"đơn vị: {report.params.unit}")
    if report.params.field:
        parts.append(f"lĩnh vực: {report.params.field}")
    return ", ".join(parts)


def _summary(ws: Worksheet, report: AuditReport) -> None:
    c = report.counts
    ws["A1"] = f"Rà soát sáng kiến năm {report.year}"
    ws["A1"].font = TITLE_FONT
    ws["A2"] = (f"Phạm vi: {_filters(report)}. {c.total} sáng kiến: {c.duplicate} trùng lặp, {c.suspect} nghi vấn, "
                f"{c.related} cùng chủ đề, {c.new} mới. Nhóm sao chép: {len(report.clusters)}; "
                f"tác giả tự sử dụng lại: {len(report.repeaters)}.")
    ws["A3"] = f"Lập lúc {report.generated_at:%d/%m/%Y %H:%M} (UTC), đợt rà soát số {report.job_id}."
    rows = [[unit, *_counts_row(counts)] for unit, counts in report.by_unit.items()]
    rows.append(["Tổng cộng", *_counts_row(c)])
    top = 5
    _table(ws, top, ["Đơn vị", *COUNT_HEADERS], rows, [46, 10, 11, 11, 13, 9, 16])
    ws.cell(row=top + len(rows), column=1).font = Font(bold=True)
    # Stacked bars of the flagged levels per unit (the total row is left out).
    n = len(rows) - 1
    if n:
        chart = BarChart()
        chart.type, chart.grouping, chart.overlap = "bar", "stacked", 100
        chart.title = "Sáng kiến trùng lặp và nghi vấn theo đơn vị"
        chart.y_axis.title = "Số sáng kiến"
        data = Reference(ws, min_col=3, max_col=4, min_row=top, max_row=top + n)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=top + 1, max_row=top + n))
        for series, level in zip(chart.series, ("duplicate", "suspect")):
            series.graphicalProperties.solidFill = COLOURS[level]
            series.graphicalProperties.line.solidFill = COLOURS[level]
        chart.height, chart.width = max(7.0, 0.8 * n + 3), 18.0
        ws.add_chart(chart, f"I{top}")


def _fields(ws: Worksheet, report: AuditReport) -> None:
    rows = [[name or NO_FIELD, *_counts_row(c)] for name, c in report.by_field.items()]
    _table(ws, 1, ["Lĩnh vực", *COUNT_HEADERS], rows, [40, 10, 11, 11, 13, 9, 16])


def _trend(ws: Worksheet, report: AuditReport) -> None:
    rows = [[p.year, p.counts.total, p.counts.duplicate, p.counts.suspect, p.counts.related, p.counts.new,
             p.with_earlier_copy, p.share] for p in report.trend]
    _table(ws, 1, ["Năm", "Tổng số", "Trùng lặp", "Nghi vấn", "Cùng chủ đề", "Mới",
                   "Giống sáng kiến năm trước", "Tỷ lệ (%)"], rows, [8, 10, 11, 11, 13, 9, 16, 10])
    if len(rows) >= 2:
        chart = LineChart()
        chart.title = "Tỷ lệ sáng kiến giống sáng kiến năm trước (%)"
        chart.add_data(Reference(ws, min_col=8, min_row=1, max_row=len(rows) + 1), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(rows) + 1))
        chart.height, chart.width = 7.0, 16.0
        ws.add_chart(chart, "J2")


def _flagged(ws: Worksheet, report: AuditReport) -> None:
    headers = ["STT", "Mã sáng kiến", "Tên đề tài", "Tác giả", "Đơn vị", "Lĩnh vực", "Mức", "Điểm (%)",
               "Sáng kiến giống nhất", "Tên đề tài giống nhất", "Tác giả và năm", "Quan hệ", "Điểm giống (%)",
               "Nhận xét", "Đoạn trùng (bài nộp)", "Đoạn trùng (sáng kiến cũ)", "Nhóm"]
    rows = []
    for n, f in enumerate(report.flagged, 1):
        b = f.best_match
        rows.append([n, f.id, f.title, f.author, f.unit, f.field, verdict_label(f.verdict), round(f.score),
                     b.id, b.title, f"{b.author or '?'} ({b.year})", b.relation_text, round(b.score),
                     b.explanation, b.query_excerpt, b.match_excerpt, f.cluster])
    _table(ws, 1, headers, rows, [6, 16, 42, 20, 28, 14, 11, 9, 16, 42, 24, 30, 10, 48, 50, 50, 8],
           wrap=(3, 10, 12, 14, 15, 16))
    for r, f in enumerate(report.flagged, 2):
        ws.cell(row=r, column=7).fill = LEVEL_FILLS[f.verdict]
        _link(ws, r, 2, report.link(f.id))
        _link(ws, r, 9, report.link(f.best_match.id))


def _clusters(ws: Worksheet, report: AuditReport) -> None:
    headers = ["Nhóm", "Số sáng kiến", "Số người", "Mã sáng kiến", "Tên đề tài", "Tác giả", "Đơn vị", "Năm",
               "Thuộc năm rà soát"]
    rows = []
    for c in report.clusters:
        for m in c.members:
            rows.append([c.number, len(c.members), c.people, m.id, m.title, m.author, m.unit, m.year,
                         "có" if m.audited else "không"])
    _table(ws, 1, headers, rows, [8, 12, 10, 16, 46, 22, 30, 8, 16], wrap=(5,))
    r = 2
    for c in report.clusters:
        for m in c.members:
            _link(ws, r, 4, report.link(m.id))
            r += 1


def _repeaters(ws: Worksheet, report: AuditReport) -> None:
    headers = ["Tác giả", "Đơn vị", "Các năm", "Số lần sử dụng lại", "Nhiều năm", "Điểm cao nhất (%)",
               "Các sáng kiến (mã: tên đề tài)"]
    rows = [[r.author, r.unit, ", ".join(map(str, r.years)), len(r.years) - 1, "có" if r.several_years else "",
             round(r.best_score), "\n".join(f"{i}: {r.titles.get(i, '')}" for i in r.ids)]
            for r in report.repeaters]
    _table(ws, 1, headers, rows, [24, 30, 18, 12, 10, 12, 70], wrap=(7,))


def render_xlsx(report: AuditReport) -> bytes:
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = SHEET_SUMMARY
    _summary(summary, report)
    _flagged(wb.create_sheet(SHEET_FLAGGED), report)
    _clusters(wb.create_sheet(SHEET_CLUSTERS), report)
    _repeaters(wb.create_sheet(SHEET_REPEATERS), report)
    _fields(wb.create_sheet(SHEET_FIELDS), report)
    _trend(wb.create_sheet(SHEET_TREND), report)
    wb.properties.title = f"Rà soát sáng kiến năm {report.year}"
    wb.properties.creator = "sangkien"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()

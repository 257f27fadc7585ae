"""The report formats by file extension, for the CLI's ``--out`` and the API's downloads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from service.audit.analysis import AuditReport
from service.errors import InvalidInputError

# extension -> (media type, renderer); renderers are imported lazily (openpyxl, jinja2 are heavy).
MEDIA_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "html": "text/html; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
}


def _renderer(fmt: str) -> Callable[[AuditReport], bytes]:
    if fmt == "xlsx":
        from service.audit.report_xlsx import render_xlsx
        return render_xlsx
    if fmt == "html":
        from service.audit.report_html import render_html
        return render_html
    if fmt == "csv":
        from service.audit.report_csv import render_csv
        return render_csv
    if fmt == "json":
        from service.audit.report_json import render_json
        return render_json
    raise InvalidInputError("unknown_report_format", f"report format must be one of {', '.join(MEDIA_TYPES)}",
                            {"format": fmt})


def format_of(path: Path) -> str:
    """'report.xlsx' → 'xlsx'; ``InvalidInputError`` for any other extension."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt == "htm":
        fmt = "html"
    if fmt not in MEDIA_TYPES:
        raise InvalidInputError("unknown_report_format",
                                f"{path.name}: the file name must end in .xlsx, .html, .csv or .json")
    return fmt


def render(report: AuditReport, fmt: str) -> bytes:
    return _renderer(fmt)(report)


def file_name(report: AuditReport, fmt: str) -> str:
    return f"ra-soat-sang-kien-{report.year}-dot-{report.job_id}.{fmt}"


def write(report: AuditReport, path: Path) -> None:
    """Write one report; the format comes from the extension. Written whole, then renamed."""
    data = render(report, format_of(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)

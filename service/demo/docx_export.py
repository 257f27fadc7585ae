"""Write a report's text as a DOCX the way authors format them: headings as Heading
styles, survey/participant tables as real tables, the rest as body paragraphs."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

from .textops import SOLUTION_HEAD

_PART = re.compile(r"^([IVX]+\.\s|[A-C]\.\s|PHẦN\s)")
_NUM = re.compile(r"^\d+\.\s")
_SUB = re.compile(r"^\d+\.\d+\.\s")
_CAPTION = re.compile(r"^(Kết quả khảo sát|Bảng \d)")
_UPPER_LINE = re.compile(r"^[^a-zà-ỹđ]{6,}$")


def _level(line: str, in_refs: bool, has_parts: bool) -> int | None:
    """Heading level for a content line, None for body text.

    In the "I. Đặt vấn đề / 1. Lý do ..." family numbered headings sit one level
    below the Roman parts; in the "1. MỞ ĐẦU / 1.1 ..." family they are the top.
    """
    if in_refs:
        return None
    if _PART.match(line):
        return 1
    if _SUB.match(line):
        return 3 if has_parts else 2
    if _NUM.match(line):
        return 2 if has_parts else 1
    if SOLUTION_HEAD.match(line):
        return 3
    if _UPPER_LINE.match(line) and len(line) < 120:
        return 1
    return None


def write_docx(record: dict, path: Path) -> Path:
    """Save `record` (title + content) as a .docx file and return its path."""
    from docx import (
        Document,  # imported lazily: only the demo builder needs python-docx
    )

    doc = Document()
    doc.core_properties.title = record["title"]
    doc.core_properties.author = record.get("author", "")
    # Fixed dates keep the committed files byte-identical across rebuilds.
    stamp = datetime(int(record.get("year") or 2024) - 1, 9, 5, 8, 0, 0)
    doc.core_properties.created = stamp
    doc.core_properties.modified = stamp
    doc.core_properties.last_modified_by = record.get("author", "")
    doc.core_properties.revision = 1
    doc.add_heading(record["title"], level=0)
    lines = record["content"].split("\n")
    i = 0
    in_refs = False
    has_parts = False
    while i < len(lines):
        line = lines[i]
        if " | " in line:
            rows = []
            while i < len(lines) and " | " in lines[i]:
                rows.append([c.strip() for c in lines[i].split(" | ")])
                i += 1
            table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            continue
        has_parts = has_parts or bool(_PART.match(line))
        level = _level(line, in_refs, has_parts)
        if level is not None and not _CAPTION.match(line):
            doc.add_heading(line, level=level)
        elif line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        else:
            doc.add_paragraph(line)
        if line.startswith("TÀI LIỆU THAM KHẢO"):
            in_refs = True
        i += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    _fix_zip_times(path, stamp)
    return path


def _fix_zip_times(path: Path, stamp: datetime) -> None:
    """Rewrite the package with constant member timestamps (zip stores write time)."""
    with zipfile.ZipFile(path) as src:
        members = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)

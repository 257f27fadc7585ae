"""Builders for test documents, generated in a tmp dir at test time (no binary fixtures in git)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_FONT_NAME = "SangkienDejaVu"

INTRO_VI = "Lí do chọn đề tài: giúp học sinh lớp 5 yêu thích môn Tiếng Việt."
OUTRO_VI = "Kết luận: sáng kiến đã được áp dụng hiệu quả tại trường Tiểu học Đồi Ngô."
TABLE_VI = [
    ["Lớp", "Số học sinh", "Kết quả đầu năm"],
    ["5A", "32", "Giỏi: 8 em"],
    ["5B", "30", "Khá: 12 em"],
]


def make_docx(
    path: Path,
    *,
    before: list[str] | None = None,
    table: list[list[str]] | None = None,
    after: list[str] | None = None,
    header: str | None = None,
    footer: str | None = None,
) -> Path:
    """A real DOCX: paragraphs, then a table, then more paragraphs; optional header/footer."""
    import docx

    document = docx.Document()
    for text in before if before is not None else [INTRO_VI]:
        document.add_paragraph(text)
    rows = table if table is not None else TABLE_VI
    if rows:
        grid = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    for text in after if after is not None else [OUTRO_VI]:
        document.add_paragraph(text)
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    document.save(str(path))
    return path


def make_image_only_docx(path: Path) -> Path:
    """A DOCX whose only content is a picture (a scanned page pasted into Word)."""
    import docx

    document = docx.Document()
    document.add_picture(io.BytesIO(_png_bytes()))
    document.save(str(path))
    return path


def register_vietnamese_font() -> str | None:
    """Register DejaVu Sans with reportlab; None when the font file is absent."""
    if not DEJAVU.is_file():
        return None
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if _FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_FONT_NAME, str(DEJAVU)))
    return _FONT_NAME


def pdf_bytes(pages: list[list[str]], *, font: str = "Helvetica") -> bytes:
    """A PDF with a real text layer: one list of lines per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for lines in pages:
        y = 780.0
        pdf.setFont(font, 12)
        for line in lines:
            pdf.drawString(60, y, line)
            y -= 18
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_pdf(path: Path, pages: list[list[str]], *, font: str = "Helvetica") -> Path:
    path.write_bytes(pdf_bytes(pages, font=font))
    return path


def make_image_pdf(path: Path, page_count: int = 1) -> Path:
    """A PDF whose pages carry only an image: no text layer, like a scan."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    image = ImageReader(io.BytesIO(_png_bytes()))
    for _ in range(page_count):
        pdf.drawImage(image, 60, 400, width=300, height=300)
        pdf.showPage()
    pdf.save()
    return path


def make_encrypted_pdf(path: Path, *, user_password: str, lines: list[str]) -> Path:
    """An RC4-encrypted PDF (RC4 needs no extra crypto package in pypdf)."""
    from pypdf import PdfReader, PdfWriter

    plain = io.BytesIO(pdf_bytes([lines]))
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def make_truncated_docx(path: Path) -> Path:
    """A DOCX cut in half, as after an interrupted upload."""
    full = make_docx(path.with_name(path.stem + "-full.docx"))
    data = full.read_bytes()
    full.unlink()
    path.write_bytes(data[: len(data) // 2])
    return path


def make_zip_bomb(path: Path, *, expanded_bytes: int = 40_000_000) -> Path:
    """A small .docx-looking ZIP whose one member inflates to ``expanded_bytes`` of zeros."""
    chunk = b"\x00" * 1_000_000
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as member:
            remaining = expanded_bytes
            while remaining > 0:
                piece = chunk[: min(len(chunk), remaining)]
                member.write(piece)
                remaining -= len(piece)
    return path


def _png_bytes() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 160), (200, 40, 40)).save(buffer, format="PNG")
    return buffer.getvalue()

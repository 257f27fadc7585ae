"""Raw text extraction from initiative documents: DOCX, PDF, legacy DOC and plain text.

Only extraction happens here. Vietnamese normalisation (Unicode forms, repeated page
headers, hyphenation) belongs to ``indexing.textprep``; this module returns text as faithfully
as the source format allows.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from lxml import etree

DocumentFormat = Literal["docx", "pdf", "doc", "txt"]

DEFAULT_MAX_BYTES = 50_000_000

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RTF_MAGIC = b"{\\rtf"
# The PDF header may legally be preceded by junk; readers look at the first KiB.
_PDF_HEADER_WINDOW = 1024

_TEXT_EXTENSIONS = {".txt", ".text"}
_CLAIMED_FORMATS: dict[str, DocumentFormat] = {".docx": "docx", ".pdf": "pdf", ".doc": "doc"}


class DocumentError(ValueError):
    """A document could not be turned into text; ``code`` is a stable snake_case reason."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


@dataclass(frozen=True)
class DocumentLimits:
    """Resource limits for extraction; defaults suit SKKN reports (a few hundred pages)."""

    max_uncompressed_bytes: int = 200_000_000
    max_compression_ratio: float = 100.0
    # Small archives cannot hurt anyone whatever their ratio, and tiny XML parts compress very
    # well, so the ratio is only judged once the archive would expand beyond this size.
    ratio_check_min_bytes: int = 10_000_000
    max_zip_members: int = 10_000
    max_pdf_pages: int = 3_000
    antiword_timeout: float = 60.0


@dataclass
class ExtractedDocument:
    """Text of one document; ``pages`` is set for PDFs only (one string per page)."""

    text: str
    pages: list[str] | None
    format: DocumentFormat
    warnings: list[str] = field(default_factory=list)


def read_document(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    limits: DocumentLimits | None = None,
) -> ExtractedDocument:
    """Read a document from disk; the format is decided by content, the extension is a hint."""
    path = Path(path)
    try:
        if not path.is_file():
            raise DocumentError("file_not_found", f"no such file: {path.name}")
        size = path.stat().st_size
        # Checked before reading so a huge upload never lands in memory.
        if size > max_bytes:
            raise DocumentError(
                "file_too_large", f"{path.name} is {size} bytes; the limit is {max_bytes} bytes"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(
            "read_error", f"cannot read {path.name}: {exc.strerror or exc}"
        ) from exc
    return read_document_bytes(data, path.name, max_bytes=max_bytes, limits=limits)


def read_document_bytes(
    data: bytes,
    filename: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    limits: DocumentLimits | None = None,
) -> ExtractedDocument:
    """Read an uploaded document held in memory; ``filename`` names it in errors, hints the type."""
    limits = limits or DocumentLimits()
    if len(data) > max_bytes:
        raise DocumentError(
            "file_too_large", f"{filename} is {len(data)} bytes; the limit is {max_bytes} bytes"
        )
    # Only small inputs are checked here (no copy of a large upload); a large blank text file
    # is still caught after decoding.
    if not data or (len(data) <= 65_536 and not data.strip()):
        raise DocumentError("empty_document", f"{filename} is empty")
    fmt = detect_format(data, filename)
    if fmt == "docx":
        return _read_docx(data, filename, limits)
    if fmt == "pdf":
        return _read_pdf(data, filename, limits)
    if fmt == "doc":
        return _read_doc(data, filename, limits)
    return _read_txt(data, filename)


def detect_format(data: bytes, filename: str) -> DocumentFormat:
    """Decide the format from magic bytes, using the extension only for plain text."""
    ext = Path(filename).suffix.lower()
    head = data[:_PDF_HEADER_WINDOW]
    if data.startswith(_ZIP_MAGIC):
        return "docx"
    if head.lstrip().startswith(b"%PDF-") or (ext == ".pdf" and b"%PDF-" in head):
        return "pdf"
    if data.startswith(_OLE_MAGIC):
        if ext in {".xls", ".ppt", ".msg"}:
            raise DocumentError(
                "unsupported_format", f"{filename}: legacy Office file is not a Word document"
            )
        return "doc"
    if head.lstrip().startswith(_RTF_MAGIC):
        # Word often saves RTF under a .doc name; antiword cannot read it.
        raise DocumentError(
            "unsupported_format", f"{filename} is an RTF file; save it as DOCX or PDF"
        )
    if ext in {".doc", ".docx"} and head.lstrip()[:1] == b"<":
        raise DocumentError(
            "unsupported_format", f"{filename} was saved as a web page or Word XML; save it as DOCX"
        )
    if ext in _CLAIMED_FORMATS:
        raise DocumentError(
            "corrupt_document",
            f"{filename} does not look like a {_CLAIMED_FORMATS[ext].upper()} file "
            "(wrong signature)",
        )
    if ext in _TEXT_EXTENSIONS:
        return "txt"
    raise DocumentError(
        "unsupported_format",
        f"{filename}: unsupported file type {ext or '(no extension)'}; use DOCX, PDF, DOC or TXT",
    )


# --------------------------------------------------------------------------- zip guard


def check_zip_archive(zf: zipfile.ZipFile, filename: str, limits: DocumentLimits) -> None:
    """Refuse archives that would expand to too much data (zip bombs).

    The declared sizes are trustworthy enough here: ``zipfile`` stops decompressing a member
    once its declared size is reached, so an archive cannot lie its way past this check.
    """
    infos = zf.infolist()
    if len(infos) > limits.max_zip_members:
        raise DocumentError(
            "zip_bomb",
            f"{filename} holds {len(infos)} archive members (limit {limits.max_zip_members})",
        )
    total = sum(max(info.file_size, 0) for info in infos)
    packed = sum(max(info.compress_size, 0) for info in infos)
    if total > limits.max_uncompressed_bytes:
        raise DocumentError(
            "zip_bomb",
            f"{filename} would expand to {total} bytes (limit {limits.max_uncompressed_bytes})",
        )
    if total >= limits.ratio_check_min_bytes and total > limits.max_compression_ratio * max(
        packed, 1
    ):
        raise DocumentError(
            "zip_bomb",
            f"{filename} has a compression ratio of {total / max(packed, 1):.0f}:1 "
            f"(limit {limits.max_compression_ratio:.0f}:1)",
        )


# --------------------------------------------------------------------------- DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

_W_P, _W_TBL, _W_TR, _W_TC = _W + "p", _W + "tbl", _W + "tr", _W + "tc"
_W_T, _W_TAB, _W_PTAB, _W_BR, _W_CR = _W + "t", _W + "tab", _W + "ptab", _W + "br", _W + "cr"
_W_NOBREAKHYPHEN = _W + "noBreakHyphen"
_W_TXBX = _W + "txbxContent"
_W_TCPR, _W_VMERGE = _W + "tcPr", _W + "vMerge"
# Subtrees that never hold visible body text: deleted revisions, properties, the VML copy of
# drawings that Word keeps next to the DrawingML one (reading both would double text boxes).
_SKIP_SUBTREES = {
    _MC + "Fallback",
    _W + "del",
    _W + "moveFrom",
    _W + "sectPr",
    _W + "pPr",
    _W + "rPr",
    _W + "tblPr",
    _W + "tblGrid",
    _W + "trPr",
    _W + "instrText",
    _W + "delText",
}


def _read_docx(data: bytes, filename: str, limits: DocumentLimits) -> ExtractedDocument:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocumentError(
            "corrupt_document", f"{filename} is not a readable ZIP/DOCX archive: {exc}"
        ) from exc
    with zf:
        check_zip_archive(zf, filename, limits)
        names = set(zf.namelist())
        _reject_other_office_formats(names, filename)
        if "[Content_Types].xml" not in names or not any(n.startswith("word/") for n in names):
            # A damaged .docx is corrupt; any other ZIP was simply the wrong kind of file.
            claimed = Path(filename).suffix.lower() in {".docx", ".doc"}
            raise DocumentError(
                "corrupt_document" if claimed else "unsupported_format",
                f"{filename} is a ZIP archive but not a Word document",
            )
        has_media = any(n.startswith("word/media/") for n in names)

    # python-docx is imported lazily: it is heavy and only needed for this format.
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        _collect_blocks(document.element.body, blocks)
    except DocumentError:
        raise
    except ValueError as exc:
        # python-docx raises ValueError for a package whose main part is not a plain document
        # (macro-enabled .docm, templates).
        code = "unsupported_format" if "not a Word file" in str(exc) else "corrupt_document"
        raise DocumentError(code, f"{filename}: {exc}") from exc
    except (etree.LxmlError, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise DocumentError("corrupt_document", f"{filename} is damaged: {exc}") from exc
    except Exception as exc:  # python-docx has no exception hierarchy of its own
        raise DocumentError("corrupt_document", f"{filename} is damaged: {exc!r}") from exc

    text = "\n".join(blocks)
    if not text.strip():
        if has_media:
            raise DocumentError(
                "no_text_layer",
                f"{filename} contains only images (scanned pages?); no text to compare",
            )
        raise DocumentError("empty_document", f"{filename} contains no text")
    return ExtractedDocument(text=text, pages=None, format="docx", warnings=[])


def _reject_other_office_formats(names: set[str], filename: str) -> None:
    if "xl/workbook.xml" in names:
        raise DocumentError(
            "unsupported_format", f"{filename} is a spreadsheet, not a Word document"
        )
    if "ppt/presentation.xml" in names:
        raise DocumentError(
            "unsupported_format", f"{filename} is a presentation, not a Word document"
        )
    if "mimetype" in names and "content.xml" in names:
        raise DocumentError(
            "unsupported_format", f"{filename} is an OpenDocument file; save it as DOCX or PDF"
        )


def _collect_blocks(container: etree._Element, out: list[str]) -> None:
    """Append the text of paragraphs and table rows under ``container`` in document order."""
    for child in container:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP_SUBTREES:
            continue
        if tag == _W_P:
            pieces: list[str] = []
            boxes: list[etree._Element] = []
            _collect_inline(child, pieces, boxes)
            text = "".join(pieces)
            if text.strip():
                out.append(text)
            # Text boxes anchored in this paragraph are read right after it.
            for box in boxes:
                _collect_blocks(box, out)
        elif tag == _W_TBL:
            _collect_table(child, out)
        else:
            # Content controls (w:sdt), custom XML wrappers and markup-compatibility choices
            # hold ordinary paragraphs and tables further down.
            _collect_blocks(child, out)


def _collect_table(table: etree._Element, out: list[str]) -> None:
    """One line per row, cells separated by tabs; vertically merged continuation cells skipped."""
    for row in _iter_tagged(table, _W_TR, stop={_W_TBL}):
        cells: list[str] = []
        for cell in _iter_tagged(row, _W_TC, stop={_W_TBL}):
            if _is_merge_continuation(cell):
                continue
            cell_blocks: list[str] = []
            _collect_blocks(cell, cell_blocks)
            cell_text = "\n".join(cell_blocks).strip()
            if cell_text:
                cells.append(cell_text)
        if cells:
            out.append("\t".join(cells))


def _iter_tagged(parent: etree._Element, wanted: str, stop: set[str]) -> list[etree._Element]:
    """Children tagged ``wanted``, seen through w:sdt/w:customXml wrappers, not inside ``stop``."""
    found: list[etree._Element] = []
    for child in parent:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP_SUBTREES or tag in stop:
            continue
        if tag == wanted:
            found.append(child)
        elif tag not in (_W_TR, _W_TC, _W_P):
            found.extend(_iter_tagged(child, wanted, stop))
    return found


def _is_merge_continuation(cell: etree._Element) -> bool:
    props = cell.find(_W_TCPR)
    if props is None:
        return False
    merge = props.find(_W_VMERGE)
    if merge is None:
        return False
    return str(merge.get(_W + "val", "continue")) != "restart"


def _collect_inline(
    element: etree._Element, pieces: list[str], boxes: list[etree._Element]
) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP_SUBTREES:
            continue
        if tag == _W_T or tag == _M + "t":
            pieces.append(child.text or "")
        elif tag in (_W_TAB, _W_PTAB):
            pieces.append("\t")
        elif tag in (_W_BR, _W_CR):
            pieces.append("\n")
        elif tag == _W_NOBREAKHYPHEN:
            pieces.append("-")
        elif tag == _W_TXBX:
            boxes.append(child)
        else:
            _collect_inline(child, pieces, boxes)


# --------------------------------------------------------------------------- PDF


def _read_pdf(data: bytes, filename: str, limits: DocumentLimits) -> ExtractedDocument:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    warnings: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                result = reader.decrypt("")
            except DependencyError as exc:
                raise DocumentError(
                    "encrypted_pdf",
                    f"{filename} is AES-encrypted, which needs the 'cryptography' package: {exc}",
                ) from exc
            if result == PasswordType.NOT_DECRYPTED:
                raise DocumentError(
                    "encrypted_pdf", f"{filename} is password protected; upload an unprotected copy"
                )
        page_count = len(reader.pages)
    except DocumentError:
        raise
    except Exception as exc:  # pypdf raises many unrelated types on malformed input
        raise DocumentError(
            "corrupt_document", f"{filename} is not a readable PDF: {exc!r}"
        ) from exc

    if page_count == 0:
        raise DocumentError("empty_document", f"{filename} has no pages")
    if page_count > limits.max_pdf_pages:
        raise DocumentError(
            "file_too_large", f"{filename} has {page_count} pages (limit {limits.max_pdf_pages})"
        )

    pages: list[str] = []
    failed: list[int] = []
    for number in range(page_count):
        try:
            page_text = reader.pages[number].extract_text() or ""
        except Exception:  # one broken page should not lose the whole report
            page_text = ""
            failed.append(number + 1)
        pages.append(page_text)

    if any("\x00" in page for page in pages):
        # NUL is never text; some fonts map unknown glyphs to it and databases reject it.
        pages = [page.replace("\x00", "") for page in pages]
        warnings.append("NUL characters removed from the PDF text layer")

    with_text = [page for page in pages if page.strip()]
    if not with_text:
        if failed:
            raise DocumentError(
                "corrupt_document", f"{filename}: text could not be extracted from any page"
            )
        raise DocumentError(
            "no_text_layer",
            f"{filename} has no text layer (scanned or image-only PDF); run OCR or upload the DOCX",
        )
    if failed:
        warnings.append(f"text extraction failed on pages {_page_list(failed)}")
    empty = [i + 1 for i, page in enumerate(pages) if not page.strip() and i + 1 not in failed]
    if empty:
        warnings.append(f"pages without text (images or blank): {_page_list(empty)}")
    if _looks_garbled("".join(with_text)):
        warnings.append(
            "the text layer looks garbled (fonts without a Unicode mapping?); "
            "similarity may be unreliable"
        )
    return ExtractedDocument(text="\n\n".join(pages), pages=pages, format="pdf", warnings=warnings)


def _page_list(numbers: list[int], shown: int = 20) -> str:
    listed = ", ".join(str(n) for n in numbers[:shown])
    return listed + (f" and {len(numbers) - shown} more" if len(numbers) > shown else "")


def _looks_garbled(text: str) -> bool:
    letters = [ch for ch in text if not ch.isspace()]
    if not letters:
        return False
    bad = sum(
        1 for ch in letters if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cn", "Cc")
    )
    return bad / len(letters) > 0.3


# --------------------------------------------------------------------------- legacy DOC


def _read_doc(data: bytes, filename: str, limits: DocumentLimits) -> ExtractedDocument:
    exe = shutil.which("antiword")
    if exe is None:
        raise DocumentError(
            "antiword_missing",
            f"{filename} is a legacy Word .doc file; reading it needs the 'antiword' program "
            "(apt-get install antiword), or save the file as DOCX",
        )
    with tempfile.TemporaryDirectory(prefix="sangkien-doc-") as tmp:
        source = Path(tmp) / "input.doc"
        source.write_bytes(data)
        try:
            # -w 0 disables antiword's line wrapping so each paragraph stays on one line.
            proc = subprocess.run(
                [exe, "-m", "UTF-8.txt", "-w", "0", str(source)],
                capture_output=True,
                timeout=limits.antiword_timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise DocumentError(
                "corrupt_document",
                f"{filename}: antiword gave up after {limits.antiword_timeout:.0f} s",
            ) from exc
        except OSError as exc:
            raise DocumentError("antiword_missing", f"cannot run antiword: {exc}") from exc
    if proc.returncode != 0:
        detail = (
            proc.stderr.decode("utf-8", errors="replace").strip()[:300]
            or f"exit code {proc.returncode}"
        )
        raise DocumentError("corrupt_document", f"{filename}: antiword could not read it: {detail}")
    text = proc.stdout.decode("utf-8", errors="replace")
    warnings: list[str] = []
    if "\ufffd" in text:
        warnings.append("antiword produced invalid UTF-8; some characters were replaced")
    if not text.strip():
        raise DocumentError("empty_document", f"{filename} contains no text")
    return ExtractedDocument(text=text, pages=None, format="doc", warnings=warnings)


# --------------------------------------------------------------------------- plain text

# Share of control characters above which decoded bytes are treated as binary, not text.
_MAX_CONTROL_SHARE = 0.02


def _read_txt(data: bytes, filename: str) -> ExtractedDocument:
    text, warnings = decode_text(data, filename)
    if not text.strip():
        raise DocumentError("empty_document", f"{filename} contains no text")
    return ExtractedDocument(text=text, pages=None, format="txt", warnings=warnings)


def decode_text(data: bytes, filename: str = "text") -> tuple[str, list[str]]:
    """Decode plain-text bytes: UTF-8 (±BOM), UTF-16 (BOM or NUL pattern), else cp1258.

    Raises ``DocumentError('unreadable_text')`` for binary data.
    """
    warnings: list[str] = []
    text: str | None = None
    if data.startswith(b"\xef\xbb\xbf"):
        text = _strict(data[3:], "utf-8")
    elif data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        text = _strict(data, "utf-32")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _strict(data, "utf-16")
    else:
        guess = _guess_utf16(data)
        if guess is not None:
            text = _strict(data, guess)
        if text is None and b"\x00" not in data:
            text = _strict(data, "utf-8")
            if text is None:
                # Vietnamese Windows code page: what "ANSI" text from older tools uses.
                text = data.decode("cp1258", errors="replace")
                warnings.append("not valid UTF-8; decoded as Windows-1258")
    if text is None:
        raise DocumentError("unreadable_text", f"{filename} is binary data, not text")
    if text.startswith("\ufeff"):
        text = text[1:]
    if _is_binaryish(text):
        raise DocumentError("unreadable_text", f"{filename} is binary data, not text")
    return text, warnings


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _guess_utf16(data: bytes) -> str | None:
    """Spot BOM-less UTF-16: Vietnamese text has a NUL in most high bytes of Latin letters."""
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 4:
        return None
    pairs = len(sample) // 2
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    if odd_nul >= 0.3 * pairs and even_nul <= 0.05 * pairs:
        return "utf-16-le"
    if even_nul >= 0.3 * pairs and odd_nul <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _is_binaryish(text: str) -> bool:
    if "\x00" in text:
        return True
    if not text:
        return False
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v")
    replaced = text.count("\ufffd")
    return (controls + replaced) / len(text) > _MAX_CONTROL_SHARE

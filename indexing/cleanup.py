"""Repair damage done by PDF/Word text extraction, keeping the document's structure.

What is repaired: invisible and control characters, odd spaces/quotes/dashes/bullets,
running headers and footers, page numbers, words hyphenated at line ends, and sentences cut
into lines by hard wraps. What is kept: paragraph breaks, headings ("2.3. Các giải pháp",
"Biện pháp 1:", "I. ĐẶT VẤN ĐỀ"), list items and table rows, each on its own line.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from indexing.sections import looks_like_heading, parse_numbering
from indexing.vietnamese import fold_accents, is_vietnamese_syllable, require_text

__all__ = ["repair_extraction", "normalize_characters", "strip_page_furniture", "join_wrapped_lines"]

# --------------------------------------------------------------------------- characters

_BULLET_CHARS = "•●○◦▪▫■□◆◇►▸➢➤❖✓✔✗✘☐☑⁃∙"


def _char_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in list(range(0x00, 0x20)) + [0x7F] + list(range(0x80, 0xA0)):
        table[code] = None
    table[ord("\t")] = "\t"
    table[ord("\n")] = "\n"
    table[ord("\v")] = "\n"
    for ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2061\u2062\u2063":
        table[ord(ch)] = None
    for code in [0xA0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B)]:
        table[code] = " "
    for ch in "\u2028\u2029\u0085":
        table[ord(ch)] = "\n"
    for ch in "“”„‟″«»〝〞＂":
        table[ord(ch)] = '"'
    for ch in "‘’‚‛′´`＇":
        table[ord(ch)] = "'"
    for ch in "‐‑‒–—―−⁻﹣－":
        table[ord(ch)] = "-"
    table[ord("…")] = "..."
    for ch in _BULLET_CHARS:
        table[ord(ch)] = "-"
    return table


_CHAR_TABLE = _char_table()
# Symbol-font glyphs (Wingdings/Symbol bullets) land in the private use area.
_PUA_RE = re.compile("[\ue000-\uf8ff]")
_SPACES_RE = re.compile(r"[ ]{2,}")
_LEAD_BULLET_RE = re.compile(r"^(\s*)[\ue000-\uf8ff·]+\s*")
_SOFT_HYPHEN_BREAK_RE = re.compile("\u00ad[ \t]*\r?\n[ \t]*")


def normalize_characters(text: str) -> str:
    """Remove control/invisible characters; unify spaces, quotes, dashes and bullets."""
    text = _SOFT_HYPHEN_BREAK_RE.sub("", text)  # a soft hyphen at a break joins the word
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_CHAR_TABLE)
    if _PUA_RE.search(text) or "·" in text:
        lines = [_LEAD_BULLET_RE.sub(r"\1- ", line) for line in text.split("\n")]
        text = _PUA_RE.sub("", "\n".join(lines))
    lines = [_SPACES_RE.sub(" ", line).strip(" ") for line in text.split("\n")]
    return "\n".join(lines)


# --------------------------------------------------------------------------- page furniture

_PAGE_NUMBER_RE = re.compile(
    r"""^(?:
        [-\s]*\d{1,4}[-\s]*                          # 3, - 3 -
      | (?:trang|page|tr\.?)\s*\d{1,4}(?:\s*(?:/|of|tren|trong)\s*\d{1,4})?   # Trang 3, Trang 3/25
      | \d{1,4}\s*/\s*\d{1,4}                        # 3/25
      | [ivxlc]{1,6}                                 # front-matter roman page numbers
    )$""",
    re.X | re.I,
)
_EDGE_LINES = 3


def _fold_key(line: str) -> str:
    return " ".join(re.sub(r"\d+", "#", fold_accents(line).lower()).split())


def _is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER_RE.match(fold_accents(line.strip())))


def strip_page_furniture(pages: list[str]) -> list[str]:
    """Drop running headers/footers (edge lines repeated on most pages) and page numbers."""
    if not pages:
        return []
    page_lines = [[line for line in page.split("\n")] for page in pages]
    edges: list[set[str]] = []
    for lines in page_lines:
        filled = [line for line in lines if line.strip()]
        edge = filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]
        edges.append({_fold_key(line) for line in edge})
    counts = Counter(key for keys in edges for key in keys)
    n = len(pages)
    needed = max(2, math.ceil(0.4 * n)) if n >= 4 else n
    repeated = {key for key, c in counts.items() if c >= needed and n >= 2 and key}

    def furniture(line: str) -> bool:
        stripped = line.strip()
        return not stripped or _is_page_number(stripped) or (
            _fold_key(stripped) in repeated and len(stripped) <= 150
        )

    cleaned: list[str] = []
    for lines in page_lines:
        start, end = 0, len(lines)
        removed = 0
        while start < end and furniture(lines[start]) and removed <= _EDGE_LINES + 2:
            removed += 1 if lines[start].strip() else 0
            start += 1
        removed = 0
        while end > start and furniture(lines[end - 1]) and removed <= _EDGE_LINES + 2:
            removed += 1 if lines[end - 1].strip() else 0
            end -= 1
        cleaned.append("\n".join(lines[start:end]))
    return cleaned


def _strip_unpaged_furniture(lines: list[str]) -> list[str]:
    """Without page boundaries: explicit page-number lines ("Trang 3", "- 3 -", "3/25"),
    bare numbers that count up through the document, and lines repeated next to them."""
    marks: list[int] = []
    bare: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or not _is_page_number(stripped):
            continue
        if stripped.isdigit():
            bare.append((i, int(stripped)))
        elif not re.fullmatch(r"[ivxlcIVXLC]{1,6}", stripped):
            marks.append(i)
    increasing = 0
    for (_, a), (_, b) in zip(bare, bare[1:]):
        increasing += 1 if 0 < b - a <= 3 else 0
    if len(bare) >= 3 and increasing >= 0.7 * (len(bare) - 1):
        marks.extend(i for i, _ in bare)
    if not marks:
        return lines
    drop = set(marks)
    counts = Counter(_fold_key(line) for line in lines if line.strip())
    for i in marks:
        for j in (i - 2, i - 1, i + 1, i + 2):
            if 0 <= j < len(lines) and lines[j].strip() and counts[_fold_key(lines[j])] >= 3:
                if len(lines[j].strip()) <= 150:
                    drop.add(j)
    return [line for i, line in enumerate(lines) if i not in drop]


# --------------------------------------------------------------------------- line joining

_TERMINAL = ".!?:;"
_CLOSERS = "\"')]}»”’"
_LIST_ITEM_RE = re.compile(r"^(?:[-+*>]\s|\d{1,2}[.)]\s|[a-zđ]\)\s|[a-zđ]\.\s|\(\d{1,2}\)\s|\([a-zđ]\)\s)")
_HYPHEN_END_RE = re.compile(r"([^\W\d_]+)-$")
_LEADING_WORD_RE = re.compile(r"^([^\W\d_]+)")


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _TERMINAL


def _starts_block(line: str) -> bool:
    stripped = line.strip()
    if "\t" in line or _LIST_ITEM_RE.match(stripped):
        return True
    if stripped[:1].isupper() and parse_numbering(stripped).style == "none" and _is_caps_line(stripped):
        return True
    return looks_like_heading(stripped)


def _is_caps_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _wrap_width(lines: list[str]) -> int | None:
    """Line width of hard-wrapped (PDF-like) text, or None for one-paragraph-per-line text."""
    lengths = sorted(len(line) for line in lines if line.strip() and "\t" not in line)
    if len(lengths) < 8:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > 140:
        return None
    long_lines = sum(1 for n in lengths if n >= 0.7 * width)
    return width if long_lines >= 0.4 * len(lengths) else None


def _join_pair(left: str, right: str) -> str:
    m = _HYPHEN_END_RE.search(left)
    if m and right[:1].islower():
        first = _LEADING_WORD_RE.match(right)
        fragment = m.group(1)
        if first and not (is_vietnamese_syllable(fragment) and is_vietnamese_syllable(first.group(1))):
            return left[:-1] + right  # "informa-" + "tion": a word cut by hyphenation
        return left + right  # "kinh tế-" + "xã hội": a real hyphen at the break
    return left + " " + right


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Join lines that continue the previous one; keep headings, list items and paragraphs."""
    width = _wrap_width(lines)
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if out and out[-1] != "":
                out.append("")
            continue
        if out and out[-1] and _continues(out[-1], stripped, width):
            out[-1] = _join_pair(out[-1], stripped)
        else:
            out.append(stripped)
    while out and out[-1] == "":
        out.pop()
    return out


def _continues(previous: str, line: str, width: int | None) -> bool:
    if "\t" in previous or _ends_sentence(previous) or _starts_block(line):
        return False
    if line[:1].islower():
        return True  # also a long heading wrapped onto a second line
    if looks_like_heading(previous) or _is_caps_line(previous):
        return False
    if previous.endswith((",", "-")):
        return True
    # Hard-wrapped text: a line that fills the width was cut, whatever starts the next one.
    return width is not None and len(previous) >= 0.7 * width


# --------------------------------------------------------------------------- entry point

_BLANK_RUN_RE = re.compile(r"\n{3,}")


def repair_extraction(text: str, pages: list[str] | None = None) -> str:
    """Clean extracted text. With ``pages`` (one string per PDF page) they are the source and
    running headers/footers are found across pages; otherwise form feeds split pages."""
    require_text(text)
    if pages:
        page_texts = [normalize_characters(p.replace("\f", "\n")) for p in pages]
    elif "\f" in text:
        page_texts = [normalize_characters(p) for p in text.split("\f")]
    else:
        page_texts = []
    if len(page_texts) >= 2:
        lines = "\n".join(strip_page_furniture(page_texts)).split("\n")
    else:
        source = page_texts[0] if page_texts else normalize_characters(text)
        lines = _strip_unpaged_furniture(source.split("\n"))
    joined = join_wrapped_lines(lines)
    return _BLANK_RUN_RE.sub("\n\n", "\n".join(joined)).strip()

"""Split an initiative report into its sections (reason, theory, situation, solutions, ...).

Three template families dominate (see skkn_structure.md): the Thanh Hóa "1. MỞ ĐẦU /
2. NỘI DUNG / 3. KẾT LUẬN" numbering, the "I. Đặt vấn đề / II. Giải quyết vấn đề / III. Kết
luận" family, and the Điều lệ sáng kiến form (đơn yêu cầu + bản mô tả). Headings are matched
on accent-folded lower-case text, so "ĐẶT VẤN ĐỀ", "Đặt vấn đề" and "dat van de" are the same.

Guarantee: every non-heading line of the input appears in exactly one section's ``text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexing.vietnamese import fold_accents, nfc, require_text

__all__ = [
    "Section",
    "SECTION_KINDS",
    "Numbering",
    "split_sections",
    "parse_numbering",
    "heading_kind",
    "solution_number",
    "looks_like_heading",
]

SECTION_KINDS = (
    "front", "reason", "theory", "situation", "solution", "results", "conclusion",
    "references", "appendix", "body",
)


@dataclass
class Section:
    """One section: ``heading`` is the heading line as written ("" for front/fallback text)."""

    kind: str
    heading: str
    text: str
    order: int
    solution_no: int | None = None


@dataclass(frozen=True)
class Numbering:
    """A heading's numbering prefix: ``style`` and ``rank`` (0 = most major)."""

    style: str  # part, roman, upper, arabic, lower, bullet, none
    label: str  # the prefix as written, e.g. "2.3." or "Phần I:"
    rank: int
    parts: tuple[int, ...]  # arabic components ("2.3.1" -> (2, 3, 1)); roman/letters -> (n,)
    title: str  # the line without its prefix


# --------------------------------------------------------------------------- numbering

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_ORDINALS = {
    "mot": 1, "nhat": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7,
    "tam": 8, "chin": 9, "muoi": 10,
}

_BULLETS = "-+*>\u2022\u2013\u2014\u00b7\u25cf\u25cb\u25a0\u25a1\u25c6\u25c7\u25ba\u25aa\u27a2\u27a4\u2756\u2713\u2714"
# Matched on folded lower-case text (same length as the line, so offsets carry over).
_NUMBERING_RE = re.compile(
    r"""^(?:
      (?P<part>(?:phan|chuong|muc)\s+(?P<partnum>[ivxlc]{1,5}|\d{1,2}|thu\s+[a-z]+))\b\s*[:.\-)]?\s*
    | (?P<arabic>\d{1,2}(?:\.\d{1,2}){1,4})\.?(?:\s+|(?=[^\d\s.,]))
    | (?P<arabic1>\d{1,2})\s*[.):]\s*(?!\d)
    | (?P<roman>[ivx]{1,5})\s*[.):\-]\s*
    | (?P<letter>[a-hđ])\s*[.)]\s+
    | (?P<bullet>[BULLETS])\s*
    )""".replace("BULLETS", re.escape(_BULLETS)),
    re.X,
)


def _roman_value(text: str) -> int:
    total = 0
    prev = 0
    for ch in reversed(text):
        value = _ROMAN[ch]
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total


def _part_number(token: str) -> int:
    if token.isdigit():
        return int(token)
    if token.startswith("thu"):
        return _ORDINALS.get(token.split()[-1], 0)
    return _roman_value(token)


def _folded_lower(line: str) -> str:
    folded = fold_accents(line).lower()
    # fold/lower are length-preserving on NFC text; offsets below rely on it.
    return folded if len(folded) == len(line) else fold_accents(nfc(line)).lower()


def parse_numbering(line: str) -> Numbering:
    """Split a line into numbering prefix and title (style "none" when there is no prefix)."""
    stripped = line.strip()
    folded = _folded_lower(stripped)
    if len(folded) != len(stripped):
        return Numbering("none", "", 7, (), stripped)
    m = _NUMBERING_RE.match(folded)
    if not m:
        return Numbering("none", "", 7, (), stripped)
    label = stripped[: m.end()].strip()
    title = stripped[m.end():].strip()
    if m.group("part"):
        return Numbering("part", label, 0, (_part_number(m.group("partnum")),), title)
    if m.group("arabic"):
        parts = tuple(int(p) for p in m.group("arabic").split("."))
        return Numbering("arabic", label, 1 + len(parts), parts, title)
    if m.group("arabic1"):
        return Numbering("arabic", label, 2, (int(m.group("arabic1")),), title)
    if m.group("roman"):
        return Numbering("roman", label, 1, (_roman_value(m.group("roman")),), title)
    if m.group("letter"):
        letter = m.group("letter")
        upper = stripped[0].isupper()
        value = "abcdđefgh".index(letter) + 1
        return Numbering("upper" if upper else "lower", label, 1 if upper else 6, (value,), title)
    return Numbering("bullet", label, 7, (), title)


# --------------------------------------------------------------------------- heading kinds

_W = r"(?:\W|$)"
# "Các/Những/Một số ..." may open any heading ("Những khó khăn", "Các điều kiện cần thiết").
_QUANTIFIER = r"(?:(?:cac|nhung|mot so|mot vai)\s+)?"
_KIND_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(rf"^{_QUANTIFIER}(?:{pattern}){_W}"))
    for kind, pattern in [
        ("references", r"(?:danh muc )?tai lieu tham khao|tai lieu tham khao"),
        ("appendix", r"phu luc|muc luc|danh muc (?:cac )?(?:de tai|sang kien|chu viet tat|tu viet tat|"
                     r"bang|hinh|bieu)|(?:bang |danh muc )?(?:cac )?(?:chu|tu) viet tat|"
                     r"danh sach (?:to chuc|ca nhan|nhung|cac)|xac nhan|loi cam (?:doan|on)|cam ket|"
                     r"thong tin can (?:duoc )?bao mat|(?:nhan xet|danh gia)(?:,? xep loai)? cua hoi dong"),
        ("front", r"don (?:yeu cau|de nghi) cong nhan|(?:bao cao|ban) mo ta sang kien|"
                  r"bao cao sang kien|so yeu ly lich"),
        ("theory", r"co so (?:ly|li) (?:luan|thuyet)|co so khoa hoc|co so phap (?:ly|li)|"
                   r"(?:ly|li) luan chung|nhung van de (?:ly|li) luan"),
        ("situation", r"thuc trang|tinh trang (?:cua )?(?:giai phap|van de)|giai phap (?:cu|da biet)|"
                      r"co so thuc tien|(?:ket qua )?khao sat|dac diem tinh hinh|thuan loi|kho khan|"
                      r"nguyen nhan"),
        ("reason", r"(?:ly|li) do(?: chon de tai)?|dat van de|(?:phan )?mo dau|muc dich|muc tieu|"
                   r"nhiem vu(?: nghien cuu)?|doi tuong|khach the|phuong phap(?: nghien cuu)?|"
                   r"pham vi|gioi han|(?:nhung )?diem moi|tinh moi|tinh cap thiet|"
                   r"(?:thoi gian|ke hoach) nghien cuu|boi canh"),
        ("results", r"hieu qua|ket qua(?! khao sat)|danh gia loi ich|loi ich (?:thu duoc|kinh te|xa hoi)|"
                    r"kha nang ap dung|pham vi anh huong|dieu kien (?:can thiet )?(?:de )?ap dung|"
                    r"kiem chung|thuc nghiem"),
        ("conclusion", r"ket luan|kien nghi|(?:y kien )?de xuat|bai hoc(?: kinh nghiem)?|"
                       r"khuyen nghi|huong phat trien|y nghia cua"),
        ("solution", r"noi dung (?:(?:cua )?giai phap|(?:cua )?sang kien(?! kinh nghiem)|va giai phap|"
                     r"thuc hien|cac giai phap|cac bien phap)|(?:giai phap|bien phap)"
                     r"(?:$|\s*[:.]|\s+(?:da|duoc|su dung|thuc hien|ap dung|tien hanh|de xuat|giai quyet|"
                     r"cu the|chinh|moi|nham giai quyet|va |to chuc thuc hien))|"
                     r"cach thuc thuc hien|to chuc thuc hien|buoc thuc hien|mo ta giai phap"),
        ("body", r"(?:phan )?noi dung|giai quyet van de|mo ta ban chat"),  # containers
    ]
]

_SOLUTION_RE = re.compile(
    r"^(?:bien phap|giai phap|sang kien)\s+(?:so\s+)?(?:thu\s+)?"
    r"(?P<n>\d{1,2}|[ivx]{1,4}|mot|nhat|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)"
    r"\s*(?:[:.\-\u2013\u2014)]|$)"
)
# Table-of-contents entries: dot leaders or a tab before a page number.
_TOC_RE = re.compile(r"(?:\.{4,}|…{2,}|_{4,}|\t)\s*\d{1,3}\s*$")
_TRAILING_PAGE_RE = re.compile(r"\s\d{1,3}\s*$")


def heading_kind(title: str) -> str | None:
    """Section kind named by a heading title (numbering already removed), if any."""
    folded = " ".join(_folded_lower(title).split())
    for kind, pattern in _KIND_PATTERNS:
        if pattern.match(folded):
            return kind
    return None


def solution_number(title: str) -> int | None:
    """``n`` for titles like "Biện pháp 1:", "Giải pháp thứ hai." (else None)."""
    folded = " ".join(_folded_lower(title).split())
    m = _SOLUTION_RE.match(folded)
    if not m:
        return None
    token = m.group("n")
    if token.isdigit():
        return int(token)
    if token in _ORDINALS:
        return _ORDINALS[token]
    return _roman_value(token)


def _upper_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c.isupper()) / len(letters)


@dataclass(frozen=True)
class _Heading:
    kind: str
    rank: int
    numbering: Numbering
    solution_no: int | None
    explicit_solution: bool


def _classify(line: str, in_toc: bool) -> _Heading | None:
    stripped = line.strip()
    if not stripped or len(stripped) > 250 or "\t" in stripped or _TOC_RE.search(stripped):
        return None
    if in_toc and _TRAILING_PAGE_RE.search(stripped):
        return None
    numbering = parse_numbering(stripped)
    title = numbering.title
    if not title or numbering.style == "bullet":
        return None
    caps = _upper_ratio(title) >= 0.8 and len(title) >= 4
    # Unnumbered all-caps headings are major ones ("KẾT LUẬN", "PHẦN MỞ ĐẦU").
    rank = numbering.rank if numbering.style != "none" else (1 if caps else 7)

    number = solution_number(title)
    if number is not None:
        return _Heading("solution", min(rank, 4), numbering, number, True)

    kind = heading_kind(title)
    if kind is None:
        return None
    numbered = numbering.style in ("part", "roman", "upper", "arabic", "lower")
    if numbered:
        if len(stripped) > 200 or title.endswith((",", ";")):
            return None
        if title.endswith(".") and len(title.split()) > 12:
            return None  # a numbered sentence in a list ("1. Kết quả học tập của các em ...")
    else:
        words = len(title.split())
        short_plain = len(title) <= 90 and words <= 14 and not title.endswith((".", ",", ";"))
        if not (caps and len(title) <= 150) and not short_plain:
            return None
        if not caps and not title[0].isupper() and not title.endswith(":") and words > 6:
            return None  # a lower-case sentence fragment, not a heading
    return _Heading(kind, rank, numbering, None, False)


def looks_like_heading(line: str) -> bool:
    """True for lines that open a section or a numbered sub-heading (used by extraction repair)."""
    if _classify(line, in_toc=False) is not None:
        return True
    numbering = parse_numbering(line)
    if numbering.style in ("part", "roman", "upper") and numbering.title:
        return True
    if numbering.style == "arabic" and len(numbering.parts) >= 2 and numbering.title:
        return numbering.title[:1].isupper()
    return False


# --------------------------------------------------------------------------- splitting


@dataclass
class _Open:
    heading: _Heading | None
    heading_line: str
    kind: str
    lines: list[str]
    solution_no: int | None = None


def split_sections(text: str) -> list[Section]:
    """Sections of a report in reading order; falls back to one "body" section per paragraph."""
    require_text(text)
    lines = nfc(text).split("\n")
    opened: list[_Open] = [_Open(None, "", "front", [])]
    recognised = 0
    in_toc = False
    solution_group: _Heading | None = None  # generic "Các giải pháp" heading above the items
    for line in lines:
        heading = _classify(line, in_toc)
        current = opened[-1]
        if heading is not None and _is_subheading(heading, current, solution_group):
            heading = None
        if heading is None:
            current.lines.append(line)
            continue
        recognised += 1
        in_toc = heading.kind == "appendix" and "muc luc" in _folded_lower(heading.numbering.title)
        if heading.kind == "solution" and not heading.explicit_solution:
            solution_group = heading
        elif heading.kind != "solution":
            solution_group = None
        heading_line, rest = _split_long_heading(line.strip())
        opened.append(_Open(heading, heading_line, heading.kind, rest, heading.solution_no))
    if recognised == 0:
        return _paragraph_fallback(lines)
    opened = _split_implicit_solutions(opened)
    return _finish(opened)


_FIRST_SENTENCE_RE = re.compile(r"[.!?]\s+(?=\S)")


def _split_long_heading(line: str) -> tuple[str, list[str]]:
    """"Biện pháp 1: Rèn đọc. Giáo viên đọc mẫu ..." → heading up to the first sentence end,
    the rest as the section's first text line (so the content is not hidden in the heading)."""
    if len(line) <= 120:
        return line, []
    label_end = len(parse_numbering(line).label)
    m = _FIRST_SENTENCE_RE.search(line, label_end + 1)
    if m is None:
        return line, []
    return line[: m.start() + 1], [line[m.end():]]


def _is_subheading(heading: _Heading, current: _Open, group: _Heading | None) -> bool:
    """Minor headings stay in the text of the section they belong to: inside a solution
    ("a) Mục đích", "Kết quả:"), and unnumbered ones repeating the current kind."""
    if heading.explicit_solution:
        return False
    if heading.rank == 7 and heading.kind == current.kind and current.heading is not None:
        return True
    if current.kind != "solution":
        return False
    if heading.kind in ("conclusion", "references", "appendix", "front"):
        return False
    anchor = current.heading or group
    if anchor is None:
        return False
    limit = group.rank if group is not None else anchor.rank
    return heading.rank > limit


def _split_implicit_solutions(opened: list[_Open]) -> list[_Open]:
    """A generic solution section whose numbered children have no "Biện pháp n" wording
    (2.3 → 2.3.1, 2.3.2 …) is split into one section per child."""
    result: list[_Open] = []
    for i, block in enumerate(opened):
        head = block.heading
        nxt = opened[i + 1] if i + 1 < len(opened) else None
        followed_by_items = nxt is not None and nxt.heading is not None and nxt.heading.explicit_solution
        if block.kind != "solution" or head is None or head.explicit_solution or followed_by_items:
            result.append(block)
            continue
        children = _child_positions(block.lines, head.numbering)
        if len(children) < 2:
            result.append(block)
            continue
        result.append(_Open(head, block.heading_line, "solution", block.lines[: children[0][0]]))
        for k, (pos, number) in enumerate(children):
            end = children[k + 1][0] if k + 1 < len(children) else len(block.lines)
            result.append(
                _Open(None, block.lines[pos].strip(), "solution", block.lines[pos + 1 : end], number)
            )
    return result


def _child_positions(lines: list[str], parent: Numbering) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for pos, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or len(stripped) > 200:
            continue
        numbering = parse_numbering(stripped)
        if not numbering.title or numbering.title.endswith((",", ";")):
            continue
        if parent.style == "arabic" and numbering.style == "arabic":
            is_child = (
                len(numbering.parts) == len(parent.parts) + 1
                and numbering.parts[:-1] == parent.parts
            )
        elif parent.style in ("roman", "upper", "part", "none"):
            is_child = numbering.style == "arabic" and len(numbering.parts) == 1
        else:
            is_child = False
        if is_child:
            found.append((pos, numbering.parts[-1]))
    # Only a run numbered 1, 2, 3 … is a list of solutions; anything else is ordinary text.
    if not found or found[0][1] != 1:
        return []
    run = [found[0]]
    for item in found[1:]:
        if item[1] == run[-1][1] + 1:
            run.append(item)
    return run


def _finish(opened: list[_Open]) -> list[Section]:
    sections: list[Section] = []
    for block in opened:
        body = "\n".join(block.lines).strip("\n")
        if not body.strip() and not block.heading_line:
            continue  # no front matter before the first heading
        # Heading-only sections are kept so the outline ("3. KẾT LUẬN") stays complete.
        sections.append(
            Section(kind=block.kind, heading=block.heading_line, text=body,
                    order=len(sections), solution_no=block.solution_no)
        )
    return sections


def _paragraph_fallback(lines: list[str]) -> list[Section]:
    paragraphs = [line for line in lines if line.strip()]
    return [Section("body", "", paragraph, order) for order, paragraph in enumerate(paragraphs)]

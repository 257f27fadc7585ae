"""Text operations used to build reuse cases: rewording and surface edits.

Every function takes an explicit ``random.Random`` so corpus generation stays
deterministic per seed. Lines of a report are either template headings, table
rows ("a | b | c"), solution headings ("Biện pháp 1: ...") or paragraphs;
edits touch paragraphs and leave the skeleton intact, as real copy-editing does.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence

from .tcvn3 import encode_tcvn3

# --------------------------------------------------------------------------- synonym table
# Each group lists interchangeable phrases (meaning kept, words changed).
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("học sinh", "các em", "các học sinh"),
    ("giáo viên", "thầy cô", "thầy cô giáo"),
    ("đồng nghiệp", "anh chị em đồng nghiệp", "các bạn đồng nghiệp"),
    ("nâng cao", "cải thiện", "từng bước nâng cao"),
    ("biện pháp", "giải pháp", "cách làm"),
    ("sử dụng", "dùng", "vận dụng"),
    ("thực hiện", "tiến hành", "triển khai"),
    ("giúp đỡ", "hỗ trợ"),
    ("giúp cho", "giúp", "tạo điều kiện cho"),
    ("rất", "hết sức", "vô cùng"),
    ("nhiều em", "không ít em", "phần đông các em"),
    ("những", "các"),
    ("thường xuyên", "liên tục", "đều đặn"),
    ("kịp thời", "đúng lúc", "nhanh chóng"),
    ("hứng thú", "thích thú", "hào hứng"),
    ("tích cực", "chủ động", "hăng hái"),
    ("khó khăn", "trở ngại", "vướng mắc"),
    ("quan sát", "theo dõi"),
    ("phụ huynh", "cha mẹ học sinh", "gia đình các em"),
    ("Ban giám hiệu", "lãnh đạo nhà trường", "Ban lãnh đạo nhà trường"),
    ("kiến thức", "tri thức", "nội dung kiến thức"),
    ("kĩ năng", "kỹ năng"),
    ("lí do", "lý do"),
    ("lí luận", "lý luận"),
    ("quản lí", "quản lý"),
    ("vì vậy", "do đó", "bởi vậy", "chính vì thế", "vì thế"),
    ("ngoài ra", "bên cạnh đó", "thêm vào đó"),
    ("tuy nhiên", "tuy vậy", "mặc dù vậy"),
    ("sau đó", "tiếp theo", "tiếp đó"),
    ("ví dụ", "chẳng hạn", "lấy ví dụ"),
    ("nhờ vậy", "nhờ đó", "kết quả là"),
    ("đặc biệt", "nhất là"),
    ("người dân", "công dân", "bà con"),
    ("nhanh chóng", "mau chóng"),
    ("chính xác", "đúng đắn"),
    ("phù hợp", "thích hợp", "tương thích"),
    ("cụ thể", "rõ ràng", "chi tiết"),
    ("quan trọng", "then chốt", "thiết yếu"),
    ("mỗi", "từng"),
    ("hằng ngày", "hàng ngày", "mỗi ngày"),
    ("hằng tuần", "hàng tuần", "mỗi tuần"),
    ("nhận thấy", "nhận ra", "thấy rõ"),
    ("lớp học", "tập thể lớp"),
    ("giờ học", "tiết học", "buổi học"),
    ("đầu năm học", "đầu năm"),
    ("cuối năm học", "cuối năm"),
    ("rõ rệt", "đáng kể", "thấy rõ"),
    ("có thể", "có khả năng"),
    ("khen ngợi", "biểu dương", "tuyên dương"),
    ("động viên", "khích lệ", "cổ vũ"),
    ("trao đổi", "chia sẻ", "bàn bạc"),
    ("hướng dẫn", "chỉ dẫn", "hướng dẫn cụ thể"),
    ("luyện tập", "rèn luyện", "thực hành"),
    ("tìm hiểu", "nghiên cứu", "khảo sát"),
    ("ghi nhớ", "nhớ", "khắc sâu"),
    ("trong quá trình", "trong lúc", "trong suốt quá trình"),
    ("bởi vì", "vì", "bởi lẽ"),
    ("tuy", "dù", "mặc dù"),
    ("hiệu quả", "kết quả tốt", "hiệu quả cao"),
    ("tổ chức cho", "hướng dẫn cho"),
    ("nhằm", "để", "với mục đích"),
    ("xây dựng", "thiết lập", "tạo dựng"),
    ("thiết kế", "soạn", "biên soạn"),
    ("lựa chọn", "chọn", "chọn lọc"),
    ("bài tập", "bài luyện", "dạng bài"),
    ("trình bày", "thể hiện"),
    ("tiến bộ", "tiến triển", "chuyển biến"),
    ("gần gũi", "thân thuộc", "quen thuộc"),
    ("sinh động", "hấp dẫn", "lôi cuốn"),
    ("tự tin", "mạnh dạn", "vững vàng"),
    ("kết quả", "thành quả"),
    ("khi", "lúc", "mỗi khi"),
    ("tôi", "bản thân tôi"),
    ("tổ chức", "triển khai", "thực hiện"),
    ("thông qua", "qua"),
    ("thực tế", "thực tiễn"),
    ("cuộc sống", "đời sống"),
    ("nhận xét", "góp ý"),
    ("chuẩn bị", "sửa soạn", "chuẩn bị sẵn"),
    ("nhiệm vụ", "công việc"),
    ("từ đó", "qua đó", "từ đấy"),
    ("đầu giờ", "đầu tiết"),
    ("cuối giờ", "cuối tiết"),
    ("các bạn", "bạn bè"),
    ("yêu cầu", "đề nghị"),
    ("thường", "hay", "thường hay"),
    ("luôn", "luôn luôn"),
    ("rồi", "rồi sau đó"),
    ("phát triển", "phát huy"),
    ("kiểm tra", "rà soát"),
    ("trong", "ở"),
    ("để", "nhằm", "để có thể"),
    ("sau mỗi", "cuối mỗi"),
    ("ghi lại", "ghi chép lại"),
    ("cả lớp", "toàn lớp", "tập thể lớp"),
    ("tham gia", "góp mặt", "tham dự"),
    ("thời gian", "khoảng thời gian"),
    ("nhưng", "song", "thế nhưng"),
    ("như", "chẳng hạn như"),
    ("đánh giá", "nhận định"),
    ("gia đình", "người nhà"),
    ("chủ đề", "chủ điểm"),
    ("dành", "dành ra"),
    ("chia", "phân chia"),
    ("dạy", "giảng dạy"),
    ("lúc đầu", "ban đầu", "thời gian đầu"),
    ("nhỏ", "nho nhỏ"),
    ("tìm", "tìm kiếm"),
    ("hơn", "hơn hẳn"),
    ("một số", "một vài"),
    ("kết hợp", "phối hợp"),
    ("tiếp thu", "lĩnh hội"),
    ("tạo", "tạo ra"),
    ("học tập", "học hành"),
    ("ngay", "ngay lập tức"),
    ("nhóm", "tổ"),
    ("cách", "cách thức"),
    ("trò chơi", "hoạt động trò chơi"),
    ("câu hỏi", "câu hỏi gợi mở"),
    ("tuần", "tuần lễ"),
    ("nhiều", "rất nhiều", "khá nhiều"),
    ("cùng", "cùng với"),
    ("của mình", "của bản thân"),
    ("thấy", "nhận thấy"),
    ("hỏi", "đặt câu hỏi"),
    ("ghi", "ghi chép"),
    ("cuối tuần", "cuối mỗi tuần"),
    ("sản phẩm", "thành phẩm"),
    ("bảng", "bảng biểu"),
    ("tổ", "nhóm"),
    ("đúng", "chính xác"),
    ("tiết", "giờ"),
    ("rõ", "rõ ràng"),
    ("em nào", "bạn nào"),
    ("vui", "vui vẻ"),
    ("nhanh", "nhanh chóng"),
    ("và", "cùng"),
    ("triển lãm", "trưng bày"),
    ("lẫn nhau", "với nhau"),
    ("kết thúc", "hoàn thành"),
    ("vật liệu", "nguyên liệu"),
    ("tổng hợp", "tập hợp"),
    ("sân trường", "khuôn viên trường"),
    ("học hỏi",), ("hỏi han",), ("đặt câu hỏi",),
    # Single-member groups protect phrases whose parts would otherwise be swapped.
    ("chúng tôi",), ("ngay từ",), ("ngay cả",), ("tạo ra",), ("thay vì",), ("trong công tác",), ("trong việc",), ("trong năm học",), ("vì sao",), ("cũng như",), ("như vậy",), ("như sau",), ("dạy học",), ("vẫn còn",), ("còn lại",),
    ("nhỏ nhất",), ("hơn nữa",), ("hơn là",), ("trong đó",), ("trong nhà",), ("trong và ngoài",), ("tổ chức, cá nhân",),
    ("sau khi",), ("trong khi",), ("khi nào",), ("khi cần",), ("cần thiết",), ("nêu trên",),
    ("các bước",), ("kết quả khảo sát",),
)

# Swaps that read naturally in any context: the honest authors' own habits (style_pass).
# The full table above also serves deliberate rewording, where a clumsy swap is realistic.
STYLE_GROUPS: tuple[tuple[str, ...], ...] = (
    ("kĩ năng", "kỹ năng"),
    ("lí do", "lý do"),
    ("lí luận", "lý luận"),
    ("quản lí", "quản lý"),
    ("vì vậy", "do đó", "bởi vậy", "vì thế"),
    ("ngoài ra", "bên cạnh đó", "thêm vào đó"),
    ("tuy nhiên", "tuy vậy"),
    ("sau đó", "tiếp đó"),
    ("nhờ vậy", "nhờ đó"),
    ("hằng ngày", "hàng ngày"),
    ("hằng tuần", "hàng tuần"),
    ("hằng tháng", "hàng tháng"),
    ("phụ huynh", "cha mẹ học sinh"),
    ("Ban giám hiệu", "lãnh đạo nhà trường"),
    ("thường xuyên", "đều đặn"),
    ("hứng thú", "thích thú"),
    ("nhận thấy", "nhận ra"),
    ("rõ rệt", "đáng kể"),
    ("khen ngợi", "biểu dương"),
    ("động viên", "khích lệ"),
    ("lúc đầu", "ban đầu", "thời gian đầu"),
    ("đầu năm học", "đầu năm"),
    ("cuối năm học", "cuối năm"),
    ("gần gũi", "thân thuộc"),
    ("sinh động", "hấp dẫn"),
    ("mạnh dạn", "tự tin"),
    ("nhanh chóng", "mau chóng"),
    ("một số", "một vài"),
    # Protected phrases (single-member groups) keep their parts from being swapped.
    ("cha mẹ học sinh",), ("phụ huynh học sinh",),
)


def _lookup(groups: Sequence[tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for group in groups:
        for phrase in group:
            table.setdefault(phrase.lower(), tuple(p for p in group if p.lower() != phrase.lower()))
    return table


_LOOKUP = _lookup(SYNONYM_GROUPS)
_STYLE_LOOKUP = _lookup(STYLE_GROUPS)


def _trie_regex(phrases: Sequence[str]) -> str:
    """Alternation folded into a character trie: Python's re tries alternatives one by
    one, so a flat list of ~250 phrases is several times slower on long texts."""
    trie: dict = {}
    for ph in phrases:
        node = trie
        for ch in ph:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Longer matches first: the optional group is greedy, falling back to the shorter phrase.
        return f"(?:{body})?" if end else body

    return walk(trie)


def _case_variants(phrase: str) -> tuple[str, str]:
    return phrase, phrase[:1].upper() + phrase[1:]


def _phrase_regex(table: Mapping[str, tuple[str, ...]]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(" + _trie_regex(sorted({v for p in table for v in _case_variants(p)})) + r")(?!\w)")


_SYN_RE = _phrase_regex(_LOOKUP)
_STYLE_RE = _phrase_regex(_STYLE_LOOKUP)

# Clause reordering: "Để X, Y." -> "Y để X." (fronted subordinate clause moved back).
_FRONTED = re.compile(
    r"^(Để|Nhằm|Khi|Trong khi|Sau khi|Nếu|Vì|Do|Trong|Sau|Cuối|Đầu|Ngay từ|Với|Đối với|Ở|Qua|Thông qua|Nhờ)\s(\S+\s[^,]{1,78}),\s(.+?)([.!?])$"
)

SOLUTION_HEAD = re.compile(r"^(Biện pháp|Giải pháp|Bien phap|Giai phap)\s+(\d+)\s*[:.]\s*(.*)$")
_HEADING = re.compile(
    r"^(\d+(\.\d+)*\.\s|[IVX]+\.\s|[A-C]\.\s|PHẦN\s|TÀI LIỆU|BÁO CÁO|BẢN MÔ TẢ|Kết quả khảo sát|Bảng \d)"
)
_SENT_SPLIT = re.compile(r"(?<=[^\s.]{2}[.!?])\s+")


def is_heading(line: str) -> bool:
    """True for template headings (kept verbatim by edits)."""
    return bool(_HEADING.match(line))


def is_table_row(line: str) -> bool:
    return " | " in line


def split_sentences(paragraph: str) -> list[str]:
    return [s for s in _SENT_SPLIT.split(paragraph) if s]


def _match_case(src: str, repl: str) -> str:
    if src[:1].isupper():
        return repl[:1].upper() + repl[1:]
    return repl


def _paraphrase_plain(text: str, rng: random.Random, rate: float, style: bool = False) -> str:
    table, regex = (_STYLE_LOOKUP, _STYLE_RE) if style else (_LOOKUP, _SYN_RE)
    return _swap_phrases(text, rng, rate, table, regex)


def _swap_phrases(text: str, rng: random.Random, rate: float, table: Mapping[str, tuple[str, ...]],
                  regex: re.Pattern[str]) -> str:
    def sub(m: re.Match[str]) -> str:
        word = m.group(0)
        if rng.random() >= rate:
            return word
        alts = table.get(word.lower())
        if not alts:
            return word
        return _match_case(word, alts[int(rng.random() * len(alts))])

    return regex.sub(sub, text)


def _reorder(sentence: str) -> str:
    m = _FRONTED.match(sentence)
    if not m:
        return sentence
    head, rest, main, end = m.group(1), m.group(2), m.group(3), m.group(4)
    if len(main) < 12:
        return sentence
    return main[0].upper() + main[1:] + " " + head.lower() + " " + rest + end


def style_pass(text: str, rng: random.Random, rate: float = 0.2) -> str:
    """Light, author-specific wording variation for honest reports (safe swaps only, no reordering)."""
    return _paraphrase_plain(text, rng, rate, style=True)


# --------------------------------------------------------------------------- sentence edits
def _map_paragraphs(text: str, fn: Callable[[list[str]], list[str]]) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        if not line or is_heading(line) or is_table_row(line) or SOLUTION_HEAD.match(line):
            out.append(line)
            continue
        sents = fn(split_sentences(line))
        if sents:
            out.append(" ".join(sents))
    return "\n".join(out)


def shuffle_sentences(text: str, rng: random.Random, prob: float = 0.5) -> str:
    """Swap two sentences inside some paragraphs."""

    def fn(sents: list[str]) -> list[str]:
        if len(sents) >= 2 and rng.random() < prob:
            i, j = rng.sample(range(len(sents)), 2)
            sents[i], sents[j] = sents[j], sents[i]
        return sents

    return _map_paragraphs(text, fn)


def drop_sentences(text: str, rng: random.Random, frac: float = 0.15) -> str:
    """Drop sentences at random, keeping at least one per paragraph."""

    def fn(sents: list[str]) -> list[str]:
        kept = [s for s in sents if rng.random() >= frac]
        return kept or sents[:1]

    return _map_paragraphs(text, fn)


def add_sentences(text: str, rng: random.Random, pool: Sequence[str], frac: float = 0.15) -> str:
    """Insert sentences from `pool` after random sentences."""
    if not pool:
        return text

    def fn(sents: list[str]) -> list[str]:
        out: list[str] = []
        for s in sents:
            out.append(s)
            if rng.random() < frac:
                out.append(pool[int(rng.random() * len(pool))])
        return out

    return _map_paragraphs(text, fn)


# --------------------------------------------------------------------------- value edits
_NUMBER = re.compile(r"(?<![\w/.,-])(\d{1,3})(?:,(\d))?(?=%|\s|[.,;:)]|$)(?![\w/-])")
_LABEL_BEFORE = re.compile(r"(Biện pháp|Giải pháp|lớp|Bước|Bảng|số)\s*$", re.IGNORECASE)


def change_numbers(text: str, rng: random.Random, prob: float = 0.7) -> str:
    """Perturb small numbers and percentages (not labels, grades, years or citations)."""
    out: list[str] = []
    for line in text.split("\n"):
        if is_heading(line) or SOLUTION_HEAD.match(line):
            out.append(line)
            continue

        def sub(m: re.Match[str], line: str = line) -> str:
            if rng.random() >= prob or _LABEL_BEFORE.search(line[max(0, m.start() - 12) : m.start()]):
                return m.group(0)
            value = int(m.group(1))
            delta = max(1, round(value * 0.15))
            new = max(1, value + rng.choice((-1, 1)) * rng.randint(1, delta))
            if m.group(2) is not None:
                return f"{new},{rng.randint(0, 9)}"
            return str(new)

        out.append(_NUMBER.sub(sub, line))
    return "\n".join(out)


_YEAR = re.compile(r"(?<![/\d])(20[0-3]\d)(?![/\d])")


def change_years(text: str, delta: int, lo: int = 2000, hi: int = 2039) -> str:
    """Shift calendar years in [lo, hi] (school years too) but not dates inside citations.

    Callers pass the source's own years as the range so that fixed years in
    boilerplate ("Chương trình GDPT 2018", "Luật ... năm 2022") stay put.
    """

    def sub(m: re.Match[str]) -> str:
        y = int(m.group(1))
        return str(y + delta) if lo <= y <= hi else m.group(1)

    return _YEAR.sub(sub, text)


_GRADE = re.compile(r"(?<!\w)(lớp|Lớp|khối|Khối|lớp học sinh)\s(\d{1,2})(?!\d)")
_CLASS = re.compile(r"(?<![\w/])(\d{1,2})([A-E]\d?)(?!\w)")


def change_grades(text: str, delta: int, lo: int = 1, hi: int = 12) -> str:
    """Move grade mentions ("lớp 4", "4A2") by `delta`, clamped to [lo, hi]."""

    def clamp(n: int) -> int:
        return min(hi, max(lo, n))

    text = _GRADE.sub(lambda m: f"{m.group(1)} {clamp(int(m.group(2)) + delta)}", text)
    return _CLASS.sub(lambda m: f"{clamp(int(m.group(1)) + delta)}{m.group(2)}", text)


def replace_names(text: str, mapping: Mapping[str, str]) -> str:
    """Replace whole names/units (longest first)."""
    for old in sorted(mapping, key=len, reverse=True):
        if old:
            text = text.replace(old, mapping[old])
    return text


def strip_diacritics(text: str) -> str:
    """Remove Vietnamese tone and vowel marks; "đ" becomes "d"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def to_tcvn3(text: str) -> str:
    """TCVN3 (ABC) byte-characters of `text`."""
    return encode_tcvn3(text)


# --------------------------------------------------------------------------- titles
_OPENER_SWAP: dict[str, tuple[str, ...]] = {
    "một số biện pháp": ("Một vài giải pháp", "Kinh nghiệm", "Những biện pháp"),
    "một số giải pháp": ("Một số biện pháp", "Biện pháp", "Kinh nghiệm"),
    "một số kinh nghiệm": ("Kinh nghiệm", "Một vài biện pháp", "Giải pháp"),
    "kinh nghiệm": ("Một số kinh nghiệm", "Một số biện pháp", "Giải pháp"),
    "biện pháp": ("Một số biện pháp", "Giải pháp", "Cách làm"),
    "giải pháp": ("Một số giải pháp", "Biện pháp", "Kinh nghiệm"),
}


def retitle(title: str, rng: random.Random, strength: float = 0.9) -> str:
    """A reworded title with the same topic: new opener, synonyms, changed tail."""
    low = title.lower()
    new = title
    for opener in sorted(_OPENER_SWAP, key=len, reverse=True):
        if low.startswith(opener):
            new = rng.choice(_OPENER_SWAP[opener]) + title[len(opener) :]
            break
    else:
        new = rng.choice(("Một số biện pháp", "Kinh nghiệm", "Giải pháp")) + " " + title[:1].lower() + title[1:]
    new = _paraphrase_plain(new, rng, strength)
    # Drop or replace a "tại/ở trường ..." tail, a common cosmetic change.
    m = re.search(r"\s(tại|ở)\s(trường|Trường)\s.+$", new)
    if m and rng.random() < 0.7:
        new = new[: m.start()]
    elif rng.random() < 0.5:
        new += rng.choice((" trong giai đoạn hiện nay", " theo Chương trình GDPT 2018", " đạt hiệu quả cao"))
    return new


# --------------------------------------------------------------------------- rewording
# What someone who knows a checker exists does: every sentence rewritten with the same content.
# Synonyms alone keep most word pairs (a generated paraphrase kept ~64% of its source's word
# pairs, a hand-written one 22-30%); rewording also moves clauses, changes the subject, drops and
# adds small words, splits and joins sentences, and writes numbers the other way.
# Wording a rewriter changes on top of the synonym table: the bank's frequent content words.
REWORD_GROUPS: tuple[tuple[str, ...], ...] = SYNONYM_GROUPS + (
    ("hoạt động", "hoạt động thực tế"), ("cho trẻ", "để trẻ"), ("các bé", "các cháu", "trẻ"),
    ("hồ sơ", "giấy tờ"), ("phục vụ", "đáp ứng"), ("thông tin", "dữ liệu"), ("văn bản", "công văn"),
    ("bộ phận", "phòng ban"), ("công tác", "công việc"), ("đồ dùng", "dụng cụ"), ("sắp xếp", "bố trí"),
    ("kế hoạch", "lịch trình"), ("nội dung", "phần nội dung"), ("tài liệu", "học liệu"), ("lưu trữ", "cất giữ"),
    ("ứng dụng", "áp dụng"), ("quy định", "quy chế"), ("trước khi", "trước lúc"), ("thay đổi", "điều chỉnh"),
    ("ý kiến", "góp ý"), ("giới thiệu", "trình bày"), ("trả lời", "đáp lại"), ("bố mẹ", "cha mẹ", "phụ huynh"),
    ("thói quen", "nếp"), ("khám phá", "tìm tòi"), ("theo", "dựa theo"),
    ("với", "cùng"), ("tự", "tự mình"), ("cả", "toàn bộ"),
    ("định kì", "theo kì"), ("bồi dưỡng", "tập huấn"), ("liên quan", "có liên quan"), ("năng lực", "khả năng"),
    ("trẻ", "các cháu"), ("làm", "thực hiện"), ("giao", "phân công"), ("phiếu", "phiếu ghi"), ("góc", "khu vực"), ("sổ", "sổ sách"), ("buổi", "lần"), ("nhận", "tiếp nhận"), )
_REWORD_LOOKUP = _lookup(REWORD_GROUPS)
_REWORD_RE = _phrase_regex(_REWORD_LOOKUP)
_DROPPABLE = re.compile(r"(?<!\w)(các|những|đã|rất|cũng|luôn|đều|thì|lại|hết sức|một cách)\s(?=\w)")
_SUBJECTS: dict[str, tuple[str, ...]] = {
    "Tôi": ("Giáo viên", "Người dạy", "Chúng tôi", "Bản thân người viết"),
    "tôi": ("giáo viên", "chúng tôi", "người dạy"),
}
_SUBJECT_RE = re.compile(r"(?<!\w)(Tôi|tôi)(?!\w)")
_ADVERB_SLOT = re.compile(
    r"(?<!\w)(tôi|em|viên|sinh|nhóm|lớp|trò)\s(?=(?:hướng dẫn|tổ chức|sử dụng|yêu cầu|giao|chia|gợi ý|khen|nhắc"
    r"|ghi|đọc|viết|làm|chọn|dùng|thực hiện|xây dựng|thiết kế|kiểm tra|trao đổi|chuẩn bị|phân công|theo dõi)\b)")
_ADVERBS = ("thường", "sẽ", "chủ động", "đều", "thường xuyên")
_NUMBER_WORDS = {"hai": "2", "ba": "3", "bốn": "4", "năm": "5", "sáu": "6", "bảy": "7", "tám": "8", "chín": "9",
                 "mười": "10"}
_NUMBER_WORD_RE = re.compile(r"(?<!\w)(" + "|".join(_NUMBER_WORDS) + r")(?=\s(?:em|bạn|nhóm|tổ|phút|lần|bước|"
                             r"câu|bài|phần|buổi|tuần|tháng|ngày|học sinh|đội|dòng|mức))")
_DIGIT_RE = re.compile(r"(?<![\w,.])([2-9]|10)(?=\s(?:em|bạn|nhóm|tổ|phút|lần|bước|câu|bài|phần|buổi|tuần|tháng|ngày"
                       r"|học sinh|đội|dòng|mức))")
_DIGIT_WORDS = {v: k for k, v in _NUMBER_WORDS.items()}
_SPLIT_AT = re.compile(r"(?:,|;)\s(rồi|sau đó|đồng thời|nhờ vậy|vì vậy|do đó)\s")
_JOINERS = (", đồng thời ", "; ", ", sau đó ", " và ")
_NEXT = ("Tiếp đó, ", "Ngoài ra, ", "Bên cạnh đó, ", "")


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:] if s[1:2].islower() or len(s) < 2 else s


def _swap_clauses(sentence: str) -> str:
    """"A, B." -> "B, A." for a sentence of exactly two long clauses."""
    body, end = (sentence[:-1], sentence[-1]) if sentence[-1:] in ".!?" else (sentence, ".")
    parts = body.split(", ")
    if len(parts) != 2 or min(len(p.split()) for p in parts) < 4 or ":" in body:
        return sentence
    a, b = parts
    return b[:1].upper() + b[1:] + ", " + _lower_first(a) + end


def _split_sentence(sentence: str, rng: random.Random) -> list[str]:
    """Cut a long sentence at a coordinating word into two (both halves long enough)."""
    cuts = [m for m in _SPLIT_AT.finditer(sentence)
            if len(sentence[: m.start()].split()) >= 6 and len(sentence[m.end():].split()) >= 6]
    if not cuts:
        return [sentence]
    m = rng.choice(cuts)
    head, tail = sentence[: m.start()].rstrip(",;") + ".", sentence[m.end():]
    lead = rng.choice(_NEXT)
    tail = lead + (tail if not lead else _lower_first(tail))
    return [head, tail[:1].upper() + tail[1:]]


def _rejoin(sents: list[str], rng: random.Random, prob: float) -> list[str]:
    """Join some pairs of short neighbouring sentences, split some long ones."""
    out: list[str] = []
    i = 0
    while i < len(sents):
        s = sents[i]
        nxt = sents[i + 1] if i + 1 < len(sents) else None
        if (nxt is not None and len(s.split()) < 16 and len(nxt.split()) < 16 and rng.random() < prob
                and s[-1:] == "."):
            out.append(s[:-1] + rng.choice(_JOINERS) + _lower_first(nxt))
            i += 2
            continue
        if len(s.split()) >= 18 and rng.random() < prob:
            out.extend(_split_sentence(s, rng))
        else:
            out.append(s)
        i += 1
    return out


def _reword_sentence(s: str, rng: random.Random, strength: float) -> str:
    if rng.random() < 0.7 * strength:
        moved = _reorder(s)
        s = moved if moved != s else (_swap_clauses(s) if rng.random() < 0.6 else s)
    s = _SUBJECT_RE.sub(lambda m: _match_case(m.group(0), rng.choice(_SUBJECTS[m.group(0)]))
                        if rng.random() < strength else m.group(0), s)
    s = _DROPPABLE.sub(lambda m: "" if rng.random() < 0.6 * strength else m.group(0), s)
    s = _ADVERB_SLOT.sub(lambda m: f"{m.group(1)} {rng.choice(_ADVERBS)} " if rng.random() < 0.5 * strength
                         else m.group(0), s)
    s = _NUMBER_WORD_RE.sub(lambda m: _NUMBER_WORDS[m.group(1)] if rng.random() < strength else m.group(0), s)
    s = _DIGIT_RE.sub(lambda m: _DIGIT_WORDS[m.group(1)] if rng.random() < strength else m.group(0), s)
    s = _swap_phrases(s, rng, min(1.0, strength), _REWORD_LOOKUP, _REWORD_RE)
    return s[:1].upper() + s[1:]


def reword(text: str, rng: random.Random, strength: float = 1.0) -> str:
    """Rewrite every paragraph sentence by sentence with the same content (see above).

    Headings and table rows stay; a solution heading keeps "Biện pháp n:" and gets a reworded
    name. ``strength`` (0-1) scales every operation."""
    out: list[str] = []
    for line in text.split("\n"):
        if not line or is_heading(line) or is_table_row(line):
            out.append(line)
            continue
        m = SOLUTION_HEAD.match(line)
        if m:
            out.append(f"{m.group(1)} {m.group(2)}: {_reword_sentence(m.group(3), rng, strength)}")
            continue
        sents = _rejoin(split_sentences(line), rng, 0.35 * strength)
        out.append(" ".join(_reword_sentence(s, rng, strength) for s in sents))
    return "\n".join(out)

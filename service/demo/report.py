"""Assemble one synthetic SKKN report (title, summary, full text) for a person and year."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from . import bank_common as bc
from .allocation import IdeaAllocator, Pick, choose_random, realise
from .bank_filler import FILLER_ADMIN, FILLER_TEACH
from .fields import (
    FIELD_BY_KEY,
    field_display_name,
    generic_ideas,
    generic_kind,
    idea_by_key,
    ideas_for_topic,
)
from .people import Person
from .templating import expand, pick
from .textops import SOLUTION_HEAD, is_heading, style_pass

_PAIR_A = re.compile(r"không chỉ\b(.{1,120}?)\bvừa\b")
_PAIR_B = re.compile(r"(?<!\w)vừa\b(.{1,120}?)\bmà còn\b")

_HAS_PLACE = re.compile(r"\s(tại|ở)\s(trường|Trường|lớp|Phòng|UBND|cơ quan|đơn vị|xã)(?!\w)")

MIN_WORDS = 800
MAX_WORDS = 2500
# Chance that a solution block gets one general sentence ("how it went") from the filler pool.
FILLER_RATE = 0.2
# Given names for "em {ten}" in write-ups: a pupil the author mentions.
_CHILD_NAMES: tuple[str, ...] = tuple(dict.fromkeys((*bc.GIVEN_NAMES_F, *bc.GIVEN_NAMES_M)))
# Unit kind -> key of LEGAL_BY_KIND.
_LEGAL_KIND = {"tieu_hoc": "tieu_hoc", "thcs": "thcs", "thpt": "thpt", "mam_non": "mam_non", "phong": "thcs", "ubnd": "admin"}


@dataclass
class ReportSpec:
    """What to write; optional fields force choices (used by the query generator)."""

    person: Person
    year: int
    topic: dict
    family: str | None = None
    opener: str | None = None
    exclude_ideas: frozenset[str] = frozenset()
    n_topic_ideas: int | None = None
    n_generic_ideas: int | None = None
    ideas: Sequence[str] | None = None  # idea keys fixed in advance ("toan_loi_van#2")
    title_template: str | None = None
    slogans: Sequence[str] | None = None
    quotes: Sequence[str] | None = None
    solution_lines: Sequence[str] | None = None
    coauthors: Sequence[str] = ()
    record_id: str = ""
    status: str = "submitted"


@dataclass
class Report:
    record: dict
    topic_key: str
    field_key: str
    family: str
    opener: str
    idea_keys: list[str] = field(default_factory=list)
    solution_lines: list[str] = field(default_factory=list)
    writeup_keys: list[str] = field(default_factory=list)  # Pick.signature of each solution


def school_year(year: int) -> str:
    """School year ending in `year` ("2022-2023" for 2023)."""
    return f"{year - 1}-{year}"


def _survey(rng: random.Random, n: int, admin: bool) -> tuple[tuple[str, ...], list[int], list[int]]:
    levels = pick(rng, bc.SURVEY_LEVELS_ADMIN if admin else bc.SURVEY_LEVELS)
    k = len(levels)
    if admin:
        pre_w = [rng.uniform(0.55, 0.75)] + [rng.uniform(0.1, 0.3) for _ in range(k - 1)]
        post_w = [rng.uniform(0.9, 0.98)] + [rng.uniform(0.0, 0.06) for _ in range(k - 1)]
    else:
        pre_w = [rng.uniform(0.08, 0.25)] + [rng.uniform(0.2, 0.5) for _ in range(k - 2)] + [rng.uniform(0.15, 0.35)]
        post_w = [rng.uniform(0.4, 0.6)] + [rng.uniform(0.3, 0.45) for _ in range(k - 2)] + [rng.uniform(0.0, 0.04)]

    def counts(w: list[float]) -> list[int]:
        total = sum(w)
        c = [int(n * x / total) for x in w]
        c[1] += n - sum(c)
        return c

    return levels, counts(pre_w), counts(post_w)


def _pct(c: int, n: int) -> str:
    return f"{100 * c / n:.1f}".replace(".", ",")


def _table(levels: Sequence[str], counts: Sequence[int], n: int, who: str) -> list[str]:
    rows = [f"Mức độ | Số {who} | Tỉ lệ (%)"]
    rows += [f"{lv} | {c} | {_pct(c, n)}" for lv, c in zip(levels, counts, strict=True)]
    return rows


class _Writer:
    """Holds the per-report context and expands templates with a style pass."""

    def __init__(self, spec: ReportSpec, rng: random.Random) -> None:
        self.spec = spec
        self.rng = rng
        p = spec.person
        self.field = FIELD_BY_KEY[p.field_key]
        self.admin = self.field["kind"] == "admin"
        self.preschool = p.learner == "trẻ"
        self.ctx: dict = {}

    def _preschool(self, text: str) -> str:
        # Generic sentences say "các em"; preschool teachers write "các bé".
        return text.replace("các em", "các bé").replace("Các em", "Các bé")

    def e(self, tpl: str) -> str:
        text = expand(tpl, self.ctx, self.rng)
        if self.preschool:
            text = self._preschool(text)
        if "không chỉ" in text or "mà còn" in text:
            # Independent [..|..] choices can pair "không chỉ" with "vừa"; restore the correlative.
            text = _PAIR_A.sub(r"không chỉ\1mà còn", text)
            text = _PAIR_B.sub(r"không chỉ\1mà còn", text)
        return text

    def es(self, pool: Sequence[str], k: int) -> list[str]:
        k = min(k, len(pool))
        return [self.e(t) for t in self.rng.sample(list(pool), k)]

    def para(self, generated: Sequence[str], literal_before: Sequence[str] = ()) -> str:
        """Literal boilerplate stays verbatim; generated prose gets the author's style."""
        text = " ".join(generated)
        if text:
            text = style_pass(text, self.rng, self.spec.person.style_rate)
            if self.preschool:
                text = self._preschool(text).replace("học sinh", "trẻ")
        return " ".join([*literal_before, text]).strip()


def _title(w: _Writer, opener: str) -> tuple[str, str]:
    topic = w.spec.topic
    core = w.e(w.spec.title_template or pick(w.rng, topic["titles"]))
    core = core[0].lower() + core[1:]
    title = f"{opener} {core}"
    unit = w.spec.person.unit
    r = w.rng.random()
    if unit.kind not in ("phong", "ubnd") and not _HAS_PLACE.search(title) and r < 0.3:
        title += f" {pick(w.rng, ('tại', 'ở'))} {unit.short}"
    elif r > 0.92:
        title += f" năm học {school_year(w.spec.year)}"
    return title, core


def _choose_ideas(w: _Writer, allocator: IdeaAllocator | None) -> list[Pick]:
    rng, spec = w.rng, w.spec
    topic_key = spec.topic["key"]
    if spec.ideas is not None:
        fixed = [i for i in (idea_by_key(k) for k in spec.ideas) if i is not None]
        if allocator is not None:
            return allocator.write(topic_key, fixed, rng)
        return [Pick(i, realise(i, rng)) for i in fixed]
    topic_pool = [i for i in ideas_for_topic(topic_key) if i.key not in spec.exclude_ideas]
    gen_pool = [i for i in generic_ideas(generic_kind(w.field["key"])) if i.key not in spec.exclude_ideas]
    n_total = rng.choice((3, 4, 4, 4, 5))
    # Two or three measures of the topic itself: more would make same-topic reports overlap.
    n_topic = spec.n_topic_ideas if spec.n_topic_ideas is not None else rng.choice((2, 2, 3, 3))
    n_generic = spec.n_generic_ideas if spec.n_generic_ideas is not None else max(0, n_total - n_topic)
    if allocator is not None:
        picks = allocator.choose(topic_key, topic_pool, n_topic, gen_pool, n_generic, rng)
    else:
        picks = choose_random(topic_pool, n_topic, gen_pool, n_generic, rng)
    # Topic-specific measures usually come first; some authors put a general one earlier.
    if len(picks) > 2 and rng.random() < 0.3:
        i, j = rng.sample(range(len(picks)), 2)
        picks[i], picks[j] = picks[j], picks[i]
    return picks


# Remarks about lessons, tests and break time that a preschool teacher would not write.
_SCHOOL_ONLY = re.compile(r"(?<!thời )\btiết\b|giờ ra chơi|kiểm tra|làm bài|bài làm|\[bài\||thời lượng của bài|bộ môn|sổ liên lạc")


def _filler(w: _Writer, used: set[int]) -> str | None:
    pool = FILLER_ADMIN if w.admin else FILLER_TEACH
    free = [i for i in range(len(pool)) if i not in used and not (w.preschool and _SCHOOL_ONLY.search(pool[i]))]
    if not free:
        return None
    i = free[int(w.rng.random() * len(free))]
    used.add(i)
    return w.e(pool[i])


def _solution_block(w: _Writer, label: str, num: int, pick_: Pick, used_fillers: set[int]) -> list[str]:
    rng = w.rng
    name = w.e(pick_.idea.name)
    lines = [f"{label} {num}: {name[0].upper() + name[1:]}"]
    sents = [w.e(v.text) for v in pick_.sentences]
    if rng.random() < FILLER_RATE:
        extra = _filler(w, used_fillers)
        if extra:
            sents.insert(rng.randint(1, len(sents)), extra)
    cut = rng.randint(2, max(2, len(sents) - 1)) if len(sents) > 3 and rng.random() < 0.6 else len(sents)
    lines.append(w.para(sents[:cut]))
    if sents[cut:]:
        lines.append(w.para(sents[cut:]))
    return lines


def _setup_context(w: _Writer, title: str, core: str) -> None:
    spec, rng, p = w.spec, w.rng, w.spec.person
    year = spec.year
    if w.admin:
        n = rng.randrange(60, 420, 5)
    elif p.unit.kind == "mam_non":
        n = rng.randint(20, 35)
    elif p.grade in ("toàn trường", "các trường trên địa bàn"):
        n = rng.randrange(280, 950, 5)
    else:
        n = rng.randint(26, 45)
    w.ctx = {
        "hs": p.learner,
        "lop": p.grade,
        "lopcn": p.class_name or p.unit.short,
        "lop_num": str(p.grade_num or ""),
        "mon": w.field["mon"],
        "linhvuc": w.field["mon"],
        "chude": "việc " + core,
        "detai": title,
        "truong": p.unit.name,
        "truong_ngan": p.unit.short,
        "xa": p.unit.place,
        "namhoc": school_year(year),
        "nam": str(year),
        "nam0": str(year - 1),
        "thang_kt": ("4", "5"),
        "siso": str(n),
        "tuoinghe": str(max(3, year - p.start_year)),
        "nhiemvu_ngan": p.duty[0].lower() + p.duty[1:],
        "phaply": w.field.get("phaply") or bc.LEGAL_BY_KIND[_LEGAL_KIND[p.unit.kind] if not w.admin else "admin"],
        "tuan": lambda r: str(r.randint(2, 6)),
        "ten": lambda r: pick(r, _CHILD_NAMES),
        "phut": lambda r: str(r.choice((5, 10, 15))),
        "n_big": lambda r: str(r.randrange(300, 2500, 50)),
        "n_a": str(rng.randint(5, 12)),
        "n_b": str(rng.randint(1, 4)),
        **w.field["slots"],
    }
    w.ctx["_n"] = n


def _boilerplate(w: _Writer) -> tuple[list[str], list[str]]:
    spec, rng = w.spec, w.rng
    fk = spec.person.field_key
    if spec.slogans is not None:
        slogans = list(spec.slogans)
    else:
        pool = bc.SLOGANS_ADMIN if w.admin else bc.SLOGANS
        slogans = rng.sample(pool, rng.choice((1, 2, 2)))
    if spec.quotes is not None:
        quotes = list(spec.quotes)
    else:
        fitting = [q for q, fields in bc.QUOTES if fk in fields or "*" in fields]
        specific = [q for q, fields in bc.QUOTES if fk in fields]
        quotes = []
        if rng.random() < 0.75:
            quotes.append(pick(rng, specific) if specific and rng.random() < 0.6 else pick(rng, fitting))
    return slogans, quotes


def build_report(spec: ReportSpec, rng: random.Random, allocator: IdeaAllocator | None = None) -> Report:
    """Write one report; deterministic for a given rng state (and allocator history)."""
    w = _Writer(spec, rng)
    p = spec.person
    family = spec.family or p.family
    opener = spec.opener or pick(rng, bc.TITLE_OPENERS)
    _setup_context(w, "", "")
    title, core = _title(w, opener)
    w.ctx["detai"] = title
    w.ctx["chude"] = "việc " + core
    n = w.ctx["_n"]
    slogans, quotes = _boilerplate(w)
    ideas = [] if spec.solution_lines is not None else _choose_ideas(w, allocator)
    label = pick(rng, bc.SOLUTION_LABEL[family])
    admin = w.admin
    levels, pre, post = _survey(rng, n, admin)
    w.ctx["pct_lo"] = _pct(pre[0], n)
    w.ctx["pct_hi"] = _pct(post[0], n)
    who = "hồ sơ" if admin else ("trẻ" if p.learner == "trẻ" else "học sinh")
    heads = bc.HEADINGS[family]
    part_style = rng.randrange(3)  # "I./II./III.", "PHẦN I/II/III" or "A./B./C." used consistently

    def H(key: str) -> str:
        if key in ("part1", "part2", "part3"):
            options = heads[key]
            return options[part_style % len(options)]
        return pick(rng, heads[key])

    if spec.solution_lines is not None:
        sol_lines = list(spec.solution_lines)
    else:
        sol_lines = []
        used_fillers: set[int] = set()
        for i, pick_ in enumerate(ideas, 1):
            sol_lines += _solution_block(w, label, i, pick_, used_fillers)

    survey_pre = [w.e(pick(rng, bc.SURVEY_CAPTION_ADMIN if admin else bc.SURVEY_CAPTION))] + _table(levels, pre, n, who)
    survey_post = [w.e(pick(rng, bc.SURVEY_CAPTION_END_ADMIN if admin else bc.SURVEY_CAPTION_END))] + _table(levels, post, n, who)
    theory = w.para(w.es(w.field["theory"], 2) + w.es(bc.THEORY_ADMIN if admin else bc.THEORY_GENERIC, rng.choice((1, 2))))
    adv = w.para(w.es(bc.ADMIN_ADVANTAGES if admin else bc.ADVANTAGES, rng.choice((2, 3))))
    dif = w.para(w.es(bc.ADMIN_DIFFICULTIES if admin else bc.DIFFICULTIES, rng.choice((2, 3))) + w.es(w.field["reality"], 1))
    comment = w.para(w.es(bc.SURVEY_COMMENT_ADMIN if admin else bc.SURVEY_COMMENT, 2))
    results = w.para(w.es(bc.RESULT_ADMIN if admin else bc.RESULT_SENTENCES, rng.choice((2, 3))))
    results2 = w.para(w.es(bc.RESULT_ADMIN if admin else bc.RESULT_SENTENCES, 1))
    conclusion = w.es(bc.CONCLUSION, rng.choice((3, 4)))
    proposals = w.es(bc.PROPOSALS_ADMIN if admin else bc.PROPOSALS, 2)
    reason1 = w.para(w.es(bc.REASON_OPEN, 1), slogans)
    reason2 = w.para(w.es(w.field["reality"], 1) + w.es(bc.REASON_OPEN, 1) + w.es(bc.REASON_CLOSE, 1), quotes)
    purpose = w.para(w.es(bc.PURPOSE_ADMIN if admin else bc.PURPOSE, 2))
    obj = w.para(w.es(bc.OBJECT_ADMIN if admin else bc.OBJECT, 2))
    methods = ["- " + m for m in w.es(bc.METHODS_ADMIN if admin else bc.METHODS, rng.choice((3, 4)))]
    field_name = field_display_name(p.field_key, p.unit.kind)
    authors = ", ".join([p.name, *spec.coauthors])

    lines: list[str] = []
    if family == "dieule":
        lines += [
            H("cover"),
            f"{H('name')}: {title}",
            f"{H('domain')}: {field_name}",
            f"{H('firstdate')}: {rng.randint(5, 28):02d}/{rng.choice((8, 9, 10)):02d}/{spec.year - 1}",
            H("essence"),
            H("known"),
            w.para(w.es(bc.KNOWN_SOLUTION, 3)),
            theory,
            "Khó khăn: " + dif,
            *survey_pre,
            comment,
            H("solutions"),
            reason2,
            *sol_lines,
            H("applicability"),
            w.para(w.es(bc.APPLICABILITY, 2)),
            f"{H('secret')}: Không.",
            H("conditions"),
            w.para(w.es(bc.CONDITIONS, 2)),
            H("benefit_author"),
            results,
            *survey_post,
            results2,
            H("benefit_org"),
            w.para(w.es(bc.RESULT_SENTENCES[3:4] if not admin else bc.RESULT_ADMIN[2:3], 1) + conclusion[:1]),
            H("firstusers"),
            "TT | Họ và tên | Nơi công tác | Chức danh | Lĩnh vực áp dụng",
            f"1 | {p.name} | {p.unit.name} | {p.duty} | {field_name}",
            *[f"{i} | {c} | {p.unit.name} | Giáo viên | {field_name}" for i, c in enumerate(spec.coauthors, 2)],
        ]
    else:
        if family == "thanhhoa":
            lines += [
                "SÁNG KIẾN KINH NGHIỆM",
                title.upper(),
                f"Người thực hiện: {authors}",
                f"Chức vụ: {p.duty}",
                f"Đơn vị công tác: {p.unit.name}",
                f"SKKN thuộc lĩnh vực (môn): {field_name}",
                f"{p.unit.province.upper()}, NĂM {spec.year}",
            ]
        else:
            lines += [f"Tên đề tài: {title}", f"Tác giả: {authors}", f"Đơn vị: {p.unit.name}"]
        lines += [H("part1"), H("reason"), reason1, reason2, H("purpose"), purpose, H("object"), obj, H("method"), *methods]
        if family == "thanhhoa" and rng.random() < 0.6:
            lines += [H("new"), w.para(w.es(bc.NEW_POINTS, 2))]
        lines += [
            H("part2"),
            H("theory"),
            theory,
            H("reality"),
            "Thuận lợi: " + adv,
            "Khó khăn: " + dif,
            *survey_pre,
            comment,
            H("solutions"),
            *sol_lines,
            H("results"),
            results,
            *survey_post,
            results2,
            H("part3"),
            H("conclusion"),
            w.para(conclusion),
            H("proposal"),
            *["- " + x for x in proposals],
            w.para(w.es(bc.CLOSING, 1)),
            H("refs"),
            *[f"{i}. {w.e(r)}" for i, r in enumerate(rng.sample(bc.REFERENCES, 3), 1)],
        ]

    content = "\n".join(x for x in lines if x)
    content = _fit_length(content, w)
    names = [s for s in (ln for ln in sol_lines) if SOLUTION_HEAD.match(s)]
    summary = _summary(w, core, names, n)
    record = {
        "id": spec.record_id,
        "title": title,
        "summary": summary,
        "content": content,
        "author": p.name,
        "author_id": p.author_id,
        "coauthors": list(spec.coauthors),
        "unit": p.unit.name,
        "field": field_name,
        "duties": p.duty,
        "year": spec.year,
        "school_year": None if p.unit.kind == "ubnd" else school_year(spec.year),
        "status": spec.status,
    }
    return Report(record, spec.topic["key"], p.field_key, family, opener, [pk.idea.key for pk in ideas], sol_lines,
                  [pk.signature for pk in ideas])


def _fit_length(content: str, w: _Writer) -> str:
    """Keep the text within MIN_WORDS..MAX_WORDS by adding general prose or trimming it."""
    words = len(content.split())
    if words < MIN_WORDS:
        lines = content.split("\n")
        # Extra context goes before the survey of the "thực trạng" part, where reports ramble most.
        at = next((i for i, ln in enumerate(lines) if ln.startswith("Khó khăn: ")), len(lines) // 3)
        extra: list[str] = []
        pool = list(w.field["theory"]) + list(bc.THEORY_ADMIN if w.admin else bc.THEORY_GENERIC) + list(w.field["reality"])
        while words + sum(len(x.split()) for x in extra) < MIN_WORDS + 40:
            extra.append(w.para(w.es(pool, 2)))
        lines[at:at] = extra
        content = "\n".join(lines)
    elif words > MAX_WORDS:
        lines = content.split("\n")
        for i in range(len(lines) - 1, -1, -1):
            if len(content.split()) <= MAX_WORDS:
                break
            ln = lines[i]
            if not is_heading(ln) and " | " not in ln and not SOLUTION_HEAD.match(ln) and len(ln.split()) > 40:
                lines[i] = " ".join(ln.split()[:25]).rstrip(",;") + "."
                content = "\n".join(lines)
    return content


def _summary(w: _Writer, core: str, names: list[str], n: int) -> str:
    items = [SOLUTION_HEAD.match(x).group(3).rstrip(".") for x in names]  # type: ignore[union-attr]
    items = [i[0].lower() + i[1:] for i in items if i]
    w.ctx["k"] = str(len(items))
    lead = w.e("[Sáng kiến|Đề tài] [trình bày|đề xuất] {k} [biện pháp|giải pháp] [nhằm|để]") + f" {core}: "
    body = "; ".join(items) + "."
    tail = w.e(
        "[Sau khi áp dụng|Qua thời gian áp dụng] tại {truong_ngan} [trong năm học {namhoc}|], [tỉ lệ|kết quả] đạt mức tốt tăng từ {pct_lo}% lên {pct_hi}%."
    )
    return f"{lead}{body} {tail}"

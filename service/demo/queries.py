"""Labelled benchmark queries derived from a corpus.

Reuse queries copy a source record in a known way; honest queries are new
reports that look alike (same topic and title pattern, same subject, same
template and slogans) without reusing text. Everything is inferred from the
contract records themselves, so a corpus read back from JSONL works too.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import bank_common as bc
from .bank_filler import FILLER_ADMIN, FILLER_TEACH
from .errors import DemoDataError
from .fields import (
    FIELD_BY_KEY,
    Idea,
    field_key_for_name,
    generic_ideas,
    generic_kind,
    idea_name_regex,
    ideas_for_topic,
    infer_title_template,
    infer_topic,
    topics_for,
)
from .people import (
    Person,
    learner_for,
    grade_for,
    make_person,
    person_grade_key,
    unit_from_name,
)
from .report import Report, ReportSpec, build_report, school_year
from .templating import expand
from .textops import (
    SOLUTION_HEAD,
    add_sentences,
    change_grades,
    change_numbers,
    change_years,
    drop_sentences,
    is_heading,
    replace_names,
    retitle,
    reword,
    shuffle_sentences,
    strip_diacritics,
    to_tcvn3,
)

REUSE_CATEGORIES: tuple[str, ...] = (
    "verbatim", "retitled", "edited", "paraphrased_solutions", "reworded_whole",
    "partial_solutions", "no_diacritics", "tcvn3", "self_reuse",
)
HONEST_CATEGORIES: tuple[str, ...] = ("same_topic_pattern", "same_subject", "template_only", "unrelated")
CATEGORIES: tuple[str, ...] = REUSE_CATEGORIES + HONEST_CATEGORIES


# --------------------------------------------------------------------------- section helpers
def solution_bounds(content: str) -> tuple[int, int] | None:
    """Line range [start, end) of the solutions section, or None when there is none."""
    lines = content.split("\n")
    start = next((i for i, ln in enumerate(lines) if SOLUTION_HEAD.match(ln)), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines)) if is_heading(lines[i])), len(lines))
    return start, end


def extract_solutions(content: str) -> str:
    """Text of the "Biện pháp n / Giải pháp n" section ("" if absent)."""
    b = solution_bounds(content)
    if b is None:
        return ""
    return "\n".join(content.split("\n")[b[0] : b[1]])


def replace_solutions(content: str, new_text: str) -> str:
    b = solution_bounds(content)
    if b is None:
        return content
    lines = content.split("\n")
    return "\n".join(lines[: b[0]] + new_text.split("\n") + lines[b[1] :])


# --------------------------------------------------------------------------- inference
_GRADE_RE = re.compile(r"lớp (\d{1,2})(?!\d)")
_CLASS_RE = re.compile(r"lớp (\d{1,2}[A-E]\d?)(?!\w)")
_AGE_RE = re.compile(r"(\d – \d tuổi|24 – 36 tháng tuổi)")
_MN_CLASS_RE = re.compile(r"(lớp Mẫu giáo (?:lớn|nhỡ|bé) [A-C]\d|nhóm trẻ [A-C]\d)")


@dataclass
class SourceInfo:
    record: dict
    person: Person
    topic: dict
    family: str
    opener: str
    idea_keys: frozenset[str]
    slogans: tuple[str, ...]
    quotes: tuple[str, ...]


def _family_of(content: str) -> str:
    head = content[:3000]
    if "MÔ TẢ SÁNG KIẾN" in head:
        return "dieule"
    if "1. MỞ ĐẦU" in head:
        return "thanhhoa"
    return "dvd"


def _opener_of(title: str) -> str:
    low = title.lower()
    for op in sorted(set(bc.TITLE_OPENERS), key=len, reverse=True):
        if low.startswith(op.lower()):
            return op
    return "Một số biện pháp"


def person_from_record(rec: dict, rng: random.Random) -> Person | None:
    """Rebuild the author of a record (unit, field, grade) from the record alone."""
    fk = field_key_for_name(str(rec.get("field", "")))
    if fk is None:
        return None
    unit = unit_from_name(str(rec["unit"]))
    text = f"{rec.get('title', '')}\n{rec.get('content', '')[:4000]}"
    grade, grade_num, class_name = grade_for(random.Random(str(rec.get("author_id"))), fk, unit)
    if FIELD_BY_KEY[fk]["kind"] != "admin":
        if unit.kind == "mam_non":
            m, c = _AGE_RE.search(text), _MN_CLASS_RE.search(text)
            if m:
                grade = m.group(1)
            if c:
                class_name = c.group(1)
        elif grade_num is not None:
            m, c = _GRADE_RE.search(text), _CLASS_RE.search(text)
            if m:
                grade_num = int(m.group(1))
                grade = f"lớp {grade_num}"
            if c:
                class_name = f"lớp {c.group(1)}"
    year = int(rec.get("year") or 2020)
    return Person(
        idx=-1,
        author_id=str(rec.get("author_id", "")),
        name=str(rec.get("author", "")),
        unit=unit,
        field_key=fk,
        learner=learner_for(fk, unit),
        grade=grade,
        grade_num=grade_num,
        class_name=class_name,
        duty=str(rec.get("duties") or FIELD_BY_KEY[fk]["duties"][0]),
        start_year=year - 10,
        family=_family_of(str(rec.get("content", ""))),
        style_rate=rng.uniform(0.08, 0.3),
    )


def _used_ideas(topic: dict, kind: str, solutions: str) -> frozenset[str]:
    names = [m.group(3) for m in (SOLUTION_HEAD.match(ln) for ln in solutions.split("\n")) if m]
    used: set[str] = set()
    pool: list[Idea] = [*ideas_for_topic(topic["key"]), *generic_ideas(kind)]
    for name in names:
        for idea in pool:
            if idea_name_regex(idea).match(name):
                used.add(idea.key)
                break
    return frozenset(used)


def source_info(rec: dict, rng: random.Random) -> SourceInfo | None:
    person = person_from_record(rec, rng)
    if person is None:
        return None
    topic = infer_topic(person.field_key, str(rec.get("title", "")))
    if topic is None:
        return None
    content = str(rec.get("content", ""))
    kind = generic_kind(person.field_key)
    return SourceInfo(
        record=rec,
        person=person,
        topic=topic,
        family=_family_of(content),
        opener=_opener_of(str(rec.get("title", ""))),
        idea_keys=_used_ideas(topic, kind, extract_solutions(content)),
        slogans=tuple(s for s in (*bc.SLOGANS, *bc.SLOGANS_ADMIN) if s in content),
        quotes=tuple(q for q, _ in bc.QUOTES if q in content),
    )


# --------------------------------------------------------------------------- query building
class _Ctx:
    def __init__(self, corpus: list[dict], rng: random.Random, seed: int) -> None:
        self.corpus = corpus
        self.rng = rng
        self.seed = seed
        self.info_cache: dict[str, SourceInfo | None] = {}
        self.by_field: dict[str, list[dict]] = {}
        latest: dict[str, dict] = {}
        for rec in corpus:
            aid = str(rec.get("author_id"))
            if aid not in latest or rec["year"] > latest[aid]["year"]:
                latest[aid] = rec
        for rec in latest.values():
            fk = field_key_for_name(str(rec.get("field", "")))
            if fk:
                self.by_field.setdefault(fk, []).append(rec)
        self.authors = list(latest.values())
        self.counter = 0
        tiny = {"hs": "học sinh", "tuan": "3", "phut": "10", "siso": "35", "chude": "việc này", "mon": "môn học", "lopcn": "lớp", "truong_ngan": "trường"}
        r = random.Random(seed)
        self.add_pool = [expand(t, tiny, r) for t in (*FILLER_TEACH, *FILLER_ADMIN) for _ in range(2)]

    def info(self, rec: dict) -> SourceInfo | None:
        rid = str(rec["id"])
        if rid not in self.info_cache:
            self.info_cache[rid] = source_info(rec, random.Random(f"{self.seed}:{rid}"))
        return self.info_cache[rid]

    def other_person(self, src: SourceInfo, same_field: bool, same_unit: bool = False) -> Person:
        """An author other than the source's: an existing colleague when possible."""
        rng = self.rng
        cands = self.by_field.get(src.person.field_key, []) if same_field else self.authors
        cands = [c for c in cands if c.get("author_id") != src.person.author_id]
        if same_unit:
            mates = [c for c in cands if c.get("unit") == src.person.unit.name]
            cands = mates or cands
        if cands:
            rec = cands[int(rng.random() * len(cands))]
            p = person_from_record(rec, rng)
            if p is not None:
                return p
        self.counter += 1
        return make_person(rng, -1, f"CBQ{self.seed}-{self.counter:05d}", src.person.unit, src.person.field_key if same_field else None, int(src.record["year"]))


def _record_from(src: dict, person: Person, year: int, qid: str) -> dict:
    rec = dict(src)
    rec.update(
        id=qid,
        author=person.name,
        author_id=person.author_id,
        coauthors=[],
        unit=person.unit.name,
        field=src["field"],
        duties=person.duty,
        year=year,
        school_year=None if person.unit.kind == "ubnd" else school_year(year),
        status="submitted",
    )
    return rec


def _rename(text: str, src: SourceInfo, person: Person) -> str:
    """A copier puts their own name and school on the copy."""
    mapping = {src.person.name: person.name}
    if src.person.unit.name != person.unit.name:
        mapping[src.person.unit.name] = person.unit.name
        mapping[src.person.unit.short] = person.unit.short
        mapping[src.person.unit.name.upper()] = person.unit.name.upper()
    return replace_names(text, mapping)


def _retitle_content(text: str, old: str, new: str) -> str:
    return text.replace(old, new).replace(old.upper(), new.upper())


def _new_report(ctx: _Ctx, spec: ReportSpec) -> Report:
    return build_report(spec, random.Random(ctx.rng.getrandbits(64)))


def _reuse(ctx: _Ctx, cat: str, src: SourceInfo, qid: str) -> dict:
    rng = ctx.rng
    s = src.record
    delta = rng.randint(1, 2)
    sy = int(s["year"])
    year = sy + delta
    if cat == "self_reuse":
        person = src.person
        rec = _record_from(s, person, year, qid)
        content = change_years(s["content"], delta, sy - 1, sy)
        content = change_numbers(drop_sentences(content, rng, 0.08), rng, 0.5)
        title = s["title"]
        if rng.random() < 0.5:
            new_title = retitle(title, rng, 0.3)
            content = _retitle_content(content, title, new_title)
            title = new_title
        rec.update(title=change_years(title, delta, sy - 1, sy), content=content, summary=change_years(s["summary"], delta, sy - 1, sy))
        return rec

    person = ctx.other_person(src, same_field=True, same_unit=cat in ("retitled", "edited"))
    rec = _record_from(s, person, year, qid)
    content = _rename(s["content"], src, person)
    title, summary = _rename(s["title"], src, person), _rename(s["summary"], src, person)

    if cat == "retitled":
        new_title = retitle(title, rng)
        content, title = _retitle_content(content, title, new_title), new_title
    elif cat == "edited":
        content = shuffle_sentences(content, rng, 0.5)
        content = drop_sentences(content, rng, 0.12)
        content = add_sentences(content, rng, ctx.add_pool, 0.1)
        g = rng.choice((-1, 1))
        content, title, summary = change_grades(content, g), change_grades(title, g), change_grades(summary, g)
        content = change_numbers(change_years(content, delta, sy - 1, sy), rng, 0.6)
    elif cat == "paraphrased_solutions":
        sol = extract_solutions(content)
        content = replace_solutions(content, reword(sol, rng))
        if rng.random() < 0.5:
            new_title = retitle(title, rng, 0.5)
            content, title = _retitle_content(content, title, new_title), new_title
    elif cat == "reworded_whole":
        new_title = retitle(title, rng)
        content = reword(_retitle_content(content, title, new_title), rng)
        title, summary = new_title, reword(summary, rng)
    elif cat == "partial_solutions":
        openers = [o for o in dict.fromkeys(bc.TITLE_OPENERS) if o != src.opener]
        spec = ReportSpec(
            person=person,
            year=year,
            topic=src.topic,
            opener=rng.choice(openers),
            family=rng.choice([f for f in bc.FAMILIES if f != src.family]),
            solution_lines=extract_solutions(s["content"]).split("\n"),
            record_id=qid,
        )
        new = _new_report(ctx, spec).record
        rec.update(title=new["title"], summary=new["summary"], content=new["content"], field=new["field"])
        return rec
    elif cat == "no_diacritics":
        content, title, summary = strip_diacritics(content), strip_diacritics(title), strip_diacritics(summary)
    elif cat == "tcvn3":
        content, title, summary = to_tcvn3(content), to_tcvn3(title), to_tcvn3(summary)
    rec.update(title=title, summary=summary, content=content)
    return rec


def _honest(ctx: _Ctx, cat: str, src: SourceInfo, qid: str) -> dict:
    rng = ctx.rng
    year = int(src.record["year"]) + rng.randint(0, 2)
    fk = src.person.field_key
    if cat == "same_topic_pattern":
        person = ctx.other_person(src, same_field=True)
        spec = ReportSpec(
            person=person, year=year, topic=src.topic, opener=src.opener, exclude_ideas=src.idea_keys,
            title_template=infer_title_template(src.topic, str(src.record["title"])),
        )
    elif cat == "same_subject":
        person = ctx.other_person(src, same_field=True)
        topics = [t for t in topics_for(fk, person.unit.kind, person_grade_key(person)) if t["key"] != src.topic["key"]]
        topic = rng.choice(topics) if topics else src.topic
        openers = [o for o in dict.fromkeys(bc.TITLE_OPENERS) if o != src.opener]
        spec = ReportSpec(person=person, year=year, topic=topic, opener=rng.choice(openers), exclude_ideas=src.idea_keys)
    else:
        other_fields = [f for f in ctx.by_field if f != fk] or [f for f in FIELD_BY_KEY if f != fk]
        want = rng.choice(other_fields)
        cands = ctx.by_field.get(want, [])
        person = person_from_record(rng.choice(cands), rng) if cands else None
        if person is None:
            ctx.counter += 1
            unit = src.person.unit
            person = make_person(rng, -1, f"CBQ{ctx.seed}-{ctx.counter:05d}", unit, None, year)
        topic = rng.choice(topics_for(person.field_key, person.unit.kind, person_grade_key(person)))
        if cat == "template_only":
            spec = ReportSpec(
                person=person, year=year, topic=topic, family=src.family, exclude_ideas=src.idea_keys,
                slogans=src.slogans or None, quotes=src.quotes or None,
            )
        else:
            spec = ReportSpec(
                person=person, year=year, topic=topic, exclude_ideas=src.idea_keys,
                family=rng.choice([f for f in bc.FAMILIES if f != src.family]),
            )
    spec.record_id = qid
    return _new_report(ctx, spec).record


def generate_queries(corpus: list[dict], n_per_category: int, seed: int) -> list[dict]:
    """`n_per_category` queries for each category in CATEGORIES, deterministic for a seed.

    Each query is a contract record plus "category", "label" ("reuse"/"honest"),
    "source_id" (the copied record; None for honest ones) and "related_id" (the
    record an honest query imitates, or the source for reuse ones).
    """
    if not isinstance(n_per_category, int) or n_per_category < 0:
        raise DemoDataError("invalid_query_count", f"n_per_category must be a non-negative int, got {n_per_category!r}")
    if n_per_category and not corpus:
        raise DemoDataError("empty_corpus", "cannot derive queries from an empty corpus")
    rng = random.Random(seed)
    ctx = _Ctx(corpus, rng, seed)
    usable = [r for r in corpus if ctx.info(r) is not None]
    if n_per_category and not usable:
        raise DemoDataError("no_usable_sources", "no corpus record has a known field and topic")
    out: list[dict] = []
    for cat in CATEGORIES:
        picks: Sequence[dict] = (
            rng.sample(usable, n_per_category) if n_per_category <= len(usable) else [rng.choice(usable) for _ in range(n_per_category)]
        )
        for j, src_rec in enumerate(picks):
            src = ctx.info(src_rec)
            assert src is not None
            qid = f"Q{seed}-{cat}-{j:04d}"
            if cat in REUSE_CATEGORIES:
                rec = _reuse(ctx, cat, src, qid)
                rec.update(category=cat, label="reuse", source_id=src_rec["id"], related_id=src_rec["id"])
            else:
                rec = _honest(ctx, cat, src, qid)
                rec.update(category=cat, label="honest", source_id=None, related_id=src_rec["id"])
            out.append(rec)
    return out

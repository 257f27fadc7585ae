"""Build the bundled demo set: ~60 initiatives of 3 units over 2021–2024 with known
abuse cases, plus 3 DOCX files (one is a reuse that is not in demo.jsonl).

Run ``python -m service.demo.build_demo`` to regenerate ``service/demo/data``;
the output is deterministic and committed.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import random
from pathlib import Path

from .allocation import IdeaAllocator
from .docx_export import write_docx
from .fields import (
    TOPIC_BY_KEY,
    topics_for,
)
from .generator import CONTRACT_FIELDS
from .people import Person, Unit, make_person, person_grade_key
from .queries import extract_solutions
from .report import Report, ReportSpec, build_report, school_year
from .textops import (
    change_numbers,
    change_years,
    drop_sentences,
    replace_names,
    retitle,
    shuffle_sentences,
    strip_diacritics,
    to_tcvn3,
)

DEMO_SEED = 20240915
DATA_DIR = Path(__file__).resolve().parent / "data"
YEARS = (2021, 2022, 2023, 2024)

UNITS: dict[str, Unit] = {
    "TH": Unit("Trường Tiểu học Xuân Lâm", "trường Tiểu học Xuân Lâm", "tieu_hoc", "Xuân Lâm", "Đông Phong", "Thanh Hóa", "thanhhoa"),
    "THCS": Unit("Trường THCS Xuân Lâm", "trường THCS Xuân Lâm", "thcs", "Xuân Lâm", "Đông Phong", "Thanh Hóa", "dvd"),
    "MN": Unit("Trường Mầm non Xuân Lâm", "trường Mầm non Xuân Lâm", "mam_non", "Xuân Lâm", "Đông Phong", "Thanh Hóa", "dieule"),
}

# key: (unit, field, grade override, class override, family override)
PEOPLE: dict[str, tuple[str, str, int | str | None, str | None, str | None]] = {
    "A": ("TH", "toan", 4, "lớp 4A", "thanhhoa"),
    "B": ("TH", "tieng_viet", 5, "lớp 5B", "thanhhoa"),
    "C": ("TH", "tieng_viet", 5, "lớp 5A", "thanhhoa"),
    "H": ("TH", "toan", 3, "lớp 3C", "dvd"),
    "I": ("TH", "toan", 5, "lớp 5C", "thanhhoa"),
    "J": ("TH", "tieng_anh", 4, "lớp 4B", "thanhhoa"),
    "E": ("THCS", "tieng_anh", 7, "lớp 7A2", "dvd"),
    "D": ("THCS", "tieng_anh", 8, "lớp 8A1", "dvd"),
    "K": ("THCS", "tieng_viet", 9, "lớp 9A1", "dvd"),
    "L": ("THCS", "toan", 8, "lớp 8A3", "thanhhoa"),
    "M": ("THCS", "lich_su_dia_ly", 8, "lớp 8A2", "dvd"),
    "G": ("MN", "mam_non", "5 – 6 tuổi", "lớp Mẫu giáo lớn A1", "dieule"),
    "F": ("MN", "mam_non", "4 – 5 tuổi", "lớp Mẫu giáo nhỡ B2", "dieule"),
    "N": ("MN", "mam_non", "3 – 4 tuổi", "lớp Mẫu giáo bé C1", "dieule"),
    "O": ("MN", "quan_ly", None, None, "dieule"),
    "P": ("MN", "ke_toan", None, None, "dieule"),
}
# Who writes the reused DOCX that a reviewer uploads at the end (not in demo.jsonl).
UPLOADER = ("THCS", "tieng_viet", 8, "lớp 8A4", "dvd")

_LOI_VAN_TITLE = TOPIC_BY_KEY["toan_loi_van"]["titles"][1]
_NGON_NGU_TITLE = TOPIC_BY_KEY["mn_ngon_ngu"]["titles"][0]
_NGHI_LUAN_TITLE = TOPIC_BY_KEY["nv_nghi_luan"]["titles"][0]

# (person, year, plan). Plans: ("honest", topic or None, extra spec fields) or ("copy", kind, source tag).
# Tags name the case sources so later rows can refer to them.
PLAN: tuple[tuple[str, int, tuple], ...] = (
    ("A", 2021, ("honest", "toan_phan_so", {})),
    ("A", 2022, ("honest", "toan_loi_van", {"tag": "X", "opener": "Một số biện pháp", "title_template": _LOI_VAN_TITLE,
                                             "ideas": ("toan_loi_van#0", "toan_loi_van#1", "generic_teach#0", "generic_teach#1")})),
    ("A", 2023, ("honest", "toan_phan_so", {})),
    ("A", 2024, ("copy", "self_reuse", "X")),
    ("H", 2023, ("honest", "toan_loi_van", {"tag": "X2", "opener": "Một số biện pháp", "title_template": _LOI_VAN_TITLE,
                                             "ideas": ("toan_loi_van#2", "toan_loi_van#3", "generic_teach#2", "generic_teach#3")})),
    ("I", 2021, ("honest", "toan_loi_van", {"tag": "X3", "opener": "Một số biện pháp", "title_template": _LOI_VAN_TITLE,
                                             "ideas": ("toan_loi_van#4", "toan_loi_van#5", "generic_teach#4", "generic_teach#5")})),
    ("I", 2022, ("honest", "toan_phan_so", {})),
    ("I", 2024, ("honest", "toan_phan_so", {})),
    ("B", 2021, ("honest", "tv_doc_dien_cam", {"tag": "Y"})),
    ("B", 2022, ("honest", "tv_chinh_ta", {})),
    ("B", 2024, ("honest", "tv_chinh_ta", {})),
    ("C", 2021, ("honest", "tv_chinh_ta", {})),
    ("C", 2022, ("honest", "tv_doc_dien_cam", {})),
    ("C", 2023, ("copy", "colleague_retitled", "Y")),
    ("C", 2024, ("honest", "tv_chinh_ta", {})),
    ("J", 2021, ("honest", None, {})),
    ("J", 2022, ("honest", None, {})),
    ("J", 2023, ("honest", None, {})),
    ("J", 2024, ("honest", None, {})),
    ("E", 2021, ("honest", "ta_ngu_phap", {})),
    ("E", 2022, ("honest", "ta_tu_vung", {"tag": "Z"})),
    ("E", 2023, ("honest", "ta_giao_tiep", {})),
    ("E", 2024, ("honest", "ta_ngu_phap", {})),
    ("D", 2021, ("honest", "ta_giao_tiep", {})),
    ("D", 2022, ("honest", "ta_ngu_phap", {})),
    ("D", 2023, ("honest", "ta_giao_tiep", {})),
    ("D", 2024, ("copy", "no_diacritics", "Z")),
    ("K", 2021, ("honest", "nv_doc_hieu", {})),
    ("K", 2022, ("honest", "nv_nghi_luan", {"tag": "V", "title_template": _NGHI_LUAN_TITLE})),
    ("K", 2023, ("honest", "nv_doc_hieu", {})),
    ("K", 2024, ("honest", "nv_nghi_luan", {})),
    ("L", 2021, ("honest", None, {})),
    ("L", 2022, ("honest", None, {})),
    ("L", 2023, ("honest", None, {})),
    ("L", 2024, ("honest", None, {})),
    ("M", 2021, ("honest", None, {})),
    ("M", 2022, ("honest", None, {})),
    ("M", 2023, ("honest", None, {})),
    ("M", 2024, ("honest", None, {})),
    ("G", 2021, ("honest", "mn_ngon_ngu", {"tag": "W", "opener": "Một số biện pháp", "title_template": _NGON_NGU_TITLE,
                                            "ideas": ("mn_ngon_ngu#0", "mn_ngon_ngu#1", "generic_preschool#3", "generic_preschool#4")})),
    ("G", 2022, ("honest", "mn_ky_nang", {})),
    ("G", 2023, ("honest", "mn_vao_lop_1", {})),
    ("G", 2024, ("honest", "mn_kham_pha", {})),
    ("F", 2021, ("honest", "mn_kham_pha", {})),
    ("F", 2022, ("honest", "mn_ky_nang", {})),
    ("F", 2023, ("copy", "tcvn3", "W")),
    ("F", 2024, ("honest", "mn_ky_nang", {})),
    ("N", 2022, ("honest", "mn_kham_pha", {})),
    ("N", 2023, ("honest", "mn_ky_nang", {})),
    ("N", 2024, ("honest", "mn_ngon_ngu", {"tag": "W2", "opener": "Một số biện pháp", "title_template": _NGON_NGU_TITLE,
                                            "ideas": ("mn_ngon_ngu#2", "mn_ngon_ngu#3", "generic_preschool#1", "generic_preschool#2")})),
    ("O", 2021, ("honest", None, {})),
    ("O", 2022, ("honest", None, {})),
    ("O", 2023, ("honest", None, {})),
    ("O", 2024, ("honest", None, {})),
    ("P", 2021, ("honest", None, {})),
    ("P", 2022, ("honest", None, {})),
    ("P", 2023, ("honest", None, {})),
    ("P", 2024, ("honest", None, {})),
)

CASE_TEXT: dict[str, tuple[str, str]] = {
    "self_reuse": (
        "The same teacher resubmits their 2022 initiative in 2024 with small changes (years, a few sentences, numbers, title opener).",
        "Cùng một tác giả nộp lại sáng kiến năm 2022 vào năm 2024, chỉ sửa năm học, bớt vài câu, đổi số liệu và cụm từ đầu tên đề tài.",
    ),
    "colleague_retitled": (
        "A colleague in the same school submits another teacher's 2021 initiative in 2023 under a new title.",
        "Một đồng nghiệp cùng trường nộp lại sáng kiến năm 2021 của giáo viên khác vào năm 2023, chỉ đổi tên đề tài và tên tác giả.",
    ),
    "no_diacritics": (
        "An unaccented copy (diacritics removed) of a colleague's 2022 initiative, submitted in 2024.",
        "Bản sao gõ không dấu của sáng kiến năm 2022 của đồng nghiệp, nộp năm 2024.",
    ),
    "tcvn3": (
        "A copy of a 2021 initiative stored in the legacy TCVN3 (ABC) font encoding, submitted in 2023; import must convert it.",
        "Bản sao sáng kiến năm 2021 lưu bằng bảng mã TCVN3 (ABC) cũ, nộp năm 2023; khi nhập cần chuyển sang Unicode.",
    ),
}


def _people(rng: random.Random) -> dict[str, Person]:
    out: dict[str, Person] = {}
    for i, (key, (unit_key, field_key, grade, class_name, family)) in enumerate(sorted(PEOPLE.items())):
        out[key] = _person(rng, i, f"DEMO-CB{i + 1:03d}", UNITS[unit_key], field_key, grade, class_name, family)
    return out


def _person(rng: random.Random, i: int, author_id: str, unit: Unit, field_key: str, grade: int | str | None,
            class_name: str | None, family: str | None) -> Person:
    p = make_person(rng, i, author_id, unit, field_key, YEARS[0])
    changes: dict = {}
    if isinstance(grade, int):
        changes.update(grade=f"lớp {grade}", grade_num=grade)
    elif isinstance(grade, str):
        changes.update(grade=grade, grade_num=None)
    if class_name:
        changes["class_name"] = class_name
    if family:
        changes["family"] = family
    old = p
    p = dataclasses.replace(p, **changes)
    # The generated duty names the random class; point it at the overridden one.
    duty = old.duty
    if old.class_name:
        duty = duty.replace(old.class_name, p.class_name)
    if old.grade:
        duty = duty.replace(old.grade, p.grade)
    p = dataclasses.replace(p, duty=duty)
    return p


def _rename(text: str, src: dict, person: Person) -> str:
    return replace_names(text, {src["author"]: person.name})


def _copy(kind: str, src: Report, person: Person, year: int, rid: str, rng: random.Random) -> dict:
    s = src.record
    delta = year - int(s["year"])
    rec = dict(s)
    rec.update(id=rid, author=person.name, author_id=person.author_id, coauthors=[], unit=person.unit.name,
               duties=person.duty, year=year, school_year=school_year(year),
               status="submitted" if year == YEARS[-1] else "recognized")
    content, title, summary = s["content"], s["title"], s["summary"]
    sy = int(s["year"])
    if kind == "self_reuse":
        content = change_numbers(drop_sentences(change_years(content, delta, sy - 1, sy), rng, 0.08), rng, 0.5)
        new_title = "Một số giải pháp" + title[len("Một số biện pháp"):] if title.startswith("Một số biện pháp") else title
        content = content.replace(title, new_title).replace(title.upper(), new_title.upper())
        title, summary = new_title, change_years(summary, delta, sy - 1, sy)
    else:
        content, title, summary = _rename(content, s, person), _rename(title, s, person), _rename(summary, s, person)
        if kind == "colleague_retitled":
            new_title = retitle(title, rng)
            content = content.replace(title, new_title).replace(title.upper(), new_title.upper())
            title = new_title
        elif kind == "no_diacritics":
            content, title, summary = strip_diacritics(content), strip_diacritics(title), strip_diacritics(summary)
        elif kind == "tcvn3":
            content = change_years(content, delta, sy - 1, sy)
            content, title, summary = to_tcvn3(content), to_tcvn3(title), to_tcvn3(summary)
    rec.update(content=content, title=title, summary=summary)
    return rec


def build(out_dir: Path = DATA_DIR) -> dict:
    """Write demo.jsonl, cases.json and docs/ into `out_dir`; return the cases dict."""
    rng = random.Random(DEMO_SEED)
    people = _people(rng)
    tagged: dict[str, Report] = {}
    records: list[dict] = []
    cases: list[dict] = []
    topic_cycle: dict[str, int] = {}
    # One allocator over the whole set: honest demo reports never share a write-up sentence
    # unless nothing else is left, so only the listed cases reuse text.
    allocator = IdeaAllocator(whole_corpus=True, coherence=2.0)
    seq = {y: 0 for y in YEARS}
    for pkey, year, plan in sorted(PLAN, key=lambda x: (x[1], list(PEOPLE).index(x[0]))):
        person = people[pkey]
        seq[year] += 1
        rid = f"SK-{year}-{seq[year]:03d}"
        r = random.Random(f"{DEMO_SEED}:{rid}")
        if plan[0] == "honest":
            _, topic_key, extra = plan
            extra = dict(extra)
            tag = extra.pop("tag", None)
            if topic_key is None:
                order = topics_for(person.field_key, person.unit.kind, person_grade_key(person))
                j = topic_cycle.get(pkey, 0)
                topic_cycle[pkey] = j + 1
                topic = order[(j + len(pkey)) % len(order)]
            else:
                topic = TOPIC_BY_KEY[topic_key]
            status = "submitted" if year == YEARS[-1] else "recognized"
            if "ideas" not in extra:
                # Cross-field measures are kept for the look-alike groups, which name them, so
                # that no two other honest reports meet through a shared general measure.
                extra.update(n_topic_ideas=r.choice((3, 4)), n_generic_ideas=0)
            spec = ReportSpec(person=person, year=year, topic=topic, record_id=rid, status=status, **extra)
            rep = build_report(spec, r, allocator)
            if tag:
                tagged[tag] = rep
            records.append(rep.record)
        else:
            _, kind, src_tag = plan
            src = tagged[src_tag]
            rec = _copy(kind, src, person, year, rid, r)
            records.append(rec)
            en, vi = CASE_TEXT[kind]
            cases.append({"id": rid, "source_id": src.record["id"], "kind": kind, "same_author": kind == "self_reuse",
                          "description": en, "description_vi": vi})

    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "demo.jsonl").open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps({k: rec[k] for k in CONTRACT_FIELDS}, ensure_ascii=False) + "\n")

    docs = _write_docs(out_dir / "docs", tagged, rng)
    result = {
        "description": "Synthetic demo set: 3 units of xã Xuân Lâm, school years 2020-2021 to 2023-2024, with known reuse cases.",
        "units": [u.name for u in UNITS.values()],
        "years": list(YEARS),
        "cases": cases,
        "honest_same_topic": [
            {"topic": "toán có lời văn", "title_pattern": "Một số biện pháp rèn kĩ năng giải toán có lời văn cho học sinh lớp {n}",
             "ids": [tagged[t].record["id"] for t in ("X3", "X", "X2")],
             "note": "Same topic and title pattern, different solutions: must not be flagged as reuse of each other."},
            {"topic": "phát triển ngôn ngữ", "title_pattern": "Một số biện pháp phát triển ngôn ngữ cho trẻ {độ tuổi} ở/tại lớp/trường mầm non",
             "ids": [tagged[t].record["id"] for t in ("W", "W2")],
             "note": "Same topic and title pattern, different solutions."},
        ],
        "docs": docs,
    }
    (out_dir / "cases.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return result


def _write_docs(doc_dir: Path, tagged: dict[str, Report], rng: random.Random) -> list[dict]:
    """Two DOCX files of demo records and one reuse of a demo record by a newcomer (the upload)."""
    doc_dir.mkdir(parents=True, exist_ok=True)
    unit_key, field_key, grade, class_name, family = UPLOADER
    uploader = _person(rng, 99, "DEMO-CB099", UNITS[unit_key], field_key, grade, class_name, family)
    src = tagged["V"].record
    year = 2025
    content = replace_names(src["content"], {src["author"]: uploader.name})
    sy = int(src["year"])
    title = change_years(retitle(src["title"], random.Random(f"{DEMO_SEED}:upload")), year - sy, sy - 1, sy)
    content = content.replace(src["title"], title).replace(src["title"].upper(), title.upper())
    content = content.replace(UNITS["THCS"].name, uploader.unit.name)
    r = random.Random(f"{DEMO_SEED}:upload-edits")
    sol = extract_solutions(content)
    content = shuffle_sentences(drop_sentences(change_years(content, year - sy, sy - 1, sy), r, 0.1), r, 0.3)
    upload = dict(src)
    upload.update(id="UP-2025-001", title=title, content=content, author=uploader.name, author_id=uploader.author_id,
                  coauthors=[], unit=uploader.unit.name, duties=uploader.duty, year=year,
                  school_year=school_year(year), status="submitted",
                  summary=change_years(replace_names(src["summary"], {src["author"]: uploader.name}), year - sy, sy - 1, sy))
    assert sol  # the source has a solutions section, so the copy keeps recognisable solutions
    chosen = [
        (tagged["X"].record, "sk-toan-loi-van-2022.docx", None, None),
        (tagged["W"].record, "sk-mam-non-ngon-ngu-2021.docx", None, None),
        (upload, "upload-ngu-van-nghi-luan-2025.docx", src["id"], "retitled_edited"),
    ]
    meta_cols = ["file", *[c for c in CONTRACT_FIELDS if c != "content"]]
    docs: list[dict] = []
    with (doc_dir / "metadata.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=meta_cols)
        writer.writeheader()
        for rec, fname, reuse_of, kind in chosen:
            write_docx(rec, doc_dir / fname)
            row = {c: rec[c] for c in meta_cols if c != "file"}
            row["file"] = fname
            row["coauthors"] = "; ".join(rec["coauthors"])
            row["school_year"] = rec["school_year"] or ""
            writer.writerow(row)
            docs.append({"file": fname, "id": rec["id"], "in_demo_jsonl": reuse_of is None, "reuse_of": reuse_of,
                         "kind": kind,
                         "description": None if reuse_of is None else
                         "A newcomer's 2025 upload: a colleague's 2022 initiative retitled, renamed, with sentences dropped and shuffled."})
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate the bundled demo data set.")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="output folder (default: service/demo/data)")
    args = parser.parse_args(argv)
    result = build(args.out)
    print(f"wrote {args.out}: {len(result['cases'])} cases, {len(result['docs'])} docs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

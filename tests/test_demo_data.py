"""Tests for the synthetic SKKN data: demo set, generator, queries and text edits."""

from __future__ import annotations

import csv
import itertools
import random
import re
import time
from collections import Counter

import pytest

from service.demo import DEMO_DIR, DemoDataError, demo_cases, demo_records
from service.demo import bank_common as bc
from service.demo.fields import FIELDS, generic_ideas, ideas_for_topic
from service.demo.generator import CONTRACT_FIELDS, generate_corpus, generate_queries
from service.demo.queries import (
    CATEGORIES,
    REUSE_CATEGORIES,
    extract_solutions,
)
from service.demo.tcvn3 import TCVN3_MARKERS, decode_tcvn3, encode_tcvn3
from service.demo.templating import expand
from service.demo.textops import change_years, paraphrase, strip_diacritics

# Vietnamese letters outside Latin-1: present in Unicode text, absent from TCVN3 and unaccented text.
VIET_ONLY = re.compile(r"[ăđơưĂĐƠƯĩũĨŨ\u1ea0-\u1ef9]")
FAMILY_MARKERS = {
    "thanhhoa": ("1. MỞ ĐẦU", "3. KẾT LUẬN, KIẾN NGHỊ"),
    "dvd": ("ĐẶT VẤN ĐỀ", "GIẢI QUYẾT VẤN ĐỀ"),
    "dieule": ("MÔ TẢ SÁNG KIẾN", "4.2. Nội dung giải pháp đề nghị công nhận là sáng kiến"),
}


def grams(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def containment(a: str, b: str, n: int = 5) -> float:
    """Share of the smaller text's n-grams found in the other one."""
    ga, gb = grams(a, n), grams(b, n)
    return len(ga & gb) / max(1, min(len(ga), len(gb)))


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return demo_records()


@pytest.fixture(scope="module")
def by_id(records: list[dict]) -> dict[str, dict]:
    return {r["id"]: r for r in records}


@pytest.fixture(scope="module")
def cases() -> dict:
    return demo_cases()


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return generate_corpus(240, seed=11)


@pytest.fixture(scope="module")
def queries(corpus: list[dict]) -> list[dict]:
    return generate_queries(corpus, 6, seed=5)


# --------------------------------------------------------------------------- demo set
def test_demo_file_parses_with_unique_ids(records: list[dict]) -> None:
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))


def test_demo_records_have_contract_fields(records: list[dict]) -> None:
    for r in records:
        assert set(CONTRACT_FIELDS) <= set(r), r["id"]
        assert isinstance(r["year"], int)
        assert isinstance(r["coauthors"], list)
        assert r["title"].strip() and r["content"].strip() and r["author"].strip()
        assert r["school_year"] == f"{r['year'] - 1}-{r['year']}"
        assert r["status"] in ("submitted", "recognized", "not_recognized")


def test_demo_has_about_60_records_over_3_units_and_4_years(records: list[dict]) -> None:
    assert 50 <= len(records) <= 70
    assert len({r["unit"] for r in records}) == 3
    assert {r["year"] for r in records} == {2021, 2022, 2023, 2024}


def test_cases_reference_existing_ids(cases: dict, by_id: dict[str, dict]) -> None:
    kinds = {c["kind"] for c in cases["cases"]}
    assert {"self_reuse", "colleague_retitled", "no_diacritics", "tcvn3"} <= kinds
    for c in cases["cases"]:
        assert c["id"] in by_id and c["source_id"] in by_id
        assert by_id[c["id"]]["year"] > by_id[c["source_id"]]["year"]
    for group in cases["honest_same_topic"]:
        assert len(group["ids"]) >= 2 and all(i in by_id for i in group["ids"])


def test_self_reuse_and_colleague_cases_behave_as_described(cases: dict, by_id: dict[str, dict]) -> None:
    for c in cases["cases"]:
        new, src = by_id[c["id"]], by_id[c["source_id"]]
        if c["kind"] == "self_reuse":
            assert new["author_id"] == src["author_id"]
            assert containment(extract_solutions(new["content"]), extract_solutions(src["content"])) > 0.8
        elif c["kind"] == "colleague_retitled":
            assert new["author_id"] != src["author_id"] and new["unit"] == src["unit"]
            assert new["title"] != src["title"]
            assert containment(new["content"], src["content"]) > 0.8


def test_tcvn3_case_is_really_tcvn3(cases: dict, by_id: dict[str, dict]) -> None:
    case = next(c for c in cases["cases"] if c["kind"] == "tcvn3")
    rec, src = by_id[case["id"]], by_id[case["source_id"]]
    text = rec["title"] + rec["content"]
    assert sum(ch in TCVN3_MARKERS for ch in text) > 200
    assert "Mét sè" in text or "BiÖn ph¸p" in text or "Gi¶i ph¸p" in text
    assert not VIET_ONLY.search(text)
    decoded = decode_tcvn3(rec["content"]).lower()
    assert containment(decoded, src["content"].lower()) > 0.8


def test_unaccented_case_has_no_diacritics(cases: dict, by_id: dict[str, dict]) -> None:
    case = next(c for c in cases["cases"] if c["kind"] == "no_diacritics")
    rec, src = by_id[case["id"]], by_id[case["source_id"]]
    assert not VIET_ONLY.search(rec["content"]) and not re.search(r"[áàãâéèêíìóòõôúùý]", rec["content"])
    assert containment(rec["content"], strip_diacritics(src["content"])) > 0.9


def test_honest_demo_groups_share_pattern_not_solutions(cases: dict, by_id: dict[str, dict]) -> None:
    for group in cases["honest_same_topic"]:
        recs = [by_id[i] for i in group["ids"]]
        assert len({r["author_id"] for r in recs}) == len(recs)
        for a, b in itertools.combinations(recs, 2):
            assert a["title"].split()[:3] == b["title"].split()[:3]
            assert containment(extract_solutions(a["content"]), extract_solutions(b["content"])) < 0.15


def test_docs_and_metadata(cases: dict, by_id: dict[str, dict]) -> None:
    docx = pytest.importorskip("docx")
    docs_dir = DEMO_DIR / "docs"
    with (docs_dir / "metadata.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3 == len(cases["docs"])
    assert set(rows[0]) == {"file", *CONTRACT_FIELDS} - {"content"}
    uploads = [d for d in cases["docs"] if not d["in_demo_jsonl"]]
    assert len(uploads) == 1 and uploads[0]["id"] not in by_id and uploads[0]["reuse_of"] in by_id
    for d in cases["docs"]:
        assert d["in_demo_jsonl"] == (d["id"] in by_id)
        document = docx.Document(str(docs_dir / d["file"]))
        assert any(p.style.name.startswith("Heading") for p in document.paragraphs)
        assert document.tables
    up = uploads[0]
    text = "\n".join(p.text for p in docx.Document(str(docs_dir / up["file"])).paragraphs)
    assert containment(text, by_id[up["reuse_of"]]["content"]) > 0.6


def test_committed_demo_data_matches_the_builder(tmp_path) -> None:
    from service.demo.build_demo import build

    build(tmp_path)
    for name in ("demo.jsonl", "cases.json", "docs/metadata.csv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (DEMO_DIR / name).read_text(encoding="utf-8"), name


# --------------------------------------------------------------------------- content bank
def test_bank_covers_at_least_12_fields_with_topics_and_ideas() -> None:
    assert len(FIELDS) >= 12
    for f in FIELDS:
        assert len(f["topics"]) >= 2, f["key"]
        for t in f["topics"]:
            assert len(ideas_for_topic(t["key"])) >= 2, t["key"]
    assert len(generic_ideas("teach")) >= 6 and len(generic_ideas("admin")) >= 3


def test_every_bank_template_expands() -> None:
    """Expanding each template with a full context catches unknown slots and bad brackets."""
    rng = random.Random(0)
    ctx = {k: "x" for k in ("hs", "lop", "lopcn", "lop_num", "mon", "linhvuc", "chude", "detai", "truong", "truong_ngan",
                            "xa", "namhoc", "nam", "nam0", "thang_kt", "siso", "tuoinghe", "nhiemvu_ngan", "phaply",
                            "tuan", "phut", "n_big", "n_a", "n_b", "pct_lo", "pct_hi", "k", "dc", "hd", "vd")}
    pools = [v for k, v in vars(bc).items() if k.isupper() and isinstance(v, tuple) and v and isinstance(v[0], str)]
    templates = [t for pool in pools for t in pool]
    for f in FIELDS:
        templates += [*f["duties"], *f["theory"], *f["reality"]]
        for t in f["topics"]:
            templates += list(t["titles"])
            for i in ideas_for_topic(t["key"]):
                templates += [i.name, *i.body]
            for _ in range(5):
                assert t["phrase"].lower() in expand(rng.choice(t["titles"]), ctx, rng).lower()
    for kind in ("teach", "admin"):
        for i in generic_ideas(kind):
            templates += [i.name, *i.body]
    for tpl in templates:
        out = expand(tpl, ctx, rng)
        assert out and "[" not in out and "{" not in out, tpl


# --------------------------------------------------------------------------- generator
def test_generator_is_deterministic_and_seed_dependent() -> None:
    a, b, c = generate_corpus(30, seed=3), generate_corpus(30, seed=3), generate_corpus(30, seed=4)
    assert a == b
    assert [r["content"] for r in a] != [r["content"] for r in c]


def test_generated_records_follow_contract_and_templates(corpus: list[dict]) -> None:
    assert len(corpus) == 240 and len({r["id"] for r in corpus}) == 240
    families = Counter()
    for r in corpus:
        assert list(r) == list(CONTRACT_FIELDS)
        assert 800 <= len(r["content"].split()) <= 2500, r["id"]
        lines = r["content"].split("\n")
        fam = next(f for f, marks in FAMILY_MARKERS.items() if all(any(m in ln for ln in lines) for m in marks))
        families[fam] += 1
        assert any(re.match(r"^(Biện pháp|Giải pháp) 1: \S", ln) for ln in lines)
        assert any(re.match(r"^(Biện pháp|Giải pháp) 2: \S", ln) for ln in lines)
        assert r["school_year"] is None or r["school_year"] == f"{r['year'] - 1}-{r['year']}"
    assert len(families) == 3
    assert len({r["field"] for r in corpus}) >= 10


def test_people_keep_unit_and_field_and_write_yearly(corpus: list[dict]) -> None:
    per_author: dict[str, list[dict]] = {}
    for r in corpus:
        per_author.setdefault(r["author_id"], []).append(r)
    for recs in per_author.values():
        assert len({r["unit"] for r in recs}) == 1
        assert len({r["author"] for r in recs}) == 1
    multi = [recs for recs in per_author.values() if len({r["year"] for r in recs}) >= 2]
    assert len(multi) >= len(per_author) // 3


def test_honest_corpus_has_no_near_identical_solutions() -> None:
    """Same-topic honest reports (the hardest negatives) still differ in their solutions."""
    from service.demo.generator import generate_reports

    by_topic: dict[str, list[set]] = {}
    for rep in generate_reports(500, seed=8):
        by_topic.setdefault(rep.topic_key, []).append(grams(extract_solutions(rep.record["content"])))
    worst = 0.0
    for sets in by_topic.values():
        for a, b in itertools.combinations(sets, 2):
            worst = max(worst, len(a & b) / len(a | b))
    assert worst < 0.3


def test_generator_rejects_bad_arguments() -> None:
    with pytest.raises(DemoDataError) as err:
        generate_corpus(-1, seed=1)
    assert err.value.code == "invalid_corpus_size"
    with pytest.raises(DemoDataError) as err:
        generate_corpus(5, seed=1, years=[])
    assert err.value.code == "invalid_years"
    with pytest.raises(DemoDataError) as err:
        generate_queries([], 2, seed=1)
    assert err.value.code == "empty_corpus"


def test_generation_is_fast() -> None:
    start = time.process_time()  # CPU time: wall time is noisy on shared 2-core machines
    generate_corpus(1000, seed=99)
    # About 1.2 s of CPU on the project machines; 10k must stay well under a minute.
    assert time.process_time() - start < 10


# --------------------------------------------------------------------------- queries
def test_queries_cover_all_categories_and_are_deterministic(corpus: list[dict], queries: list[dict]) -> None:
    counts = Counter(q["category"] for q in queries)
    assert counts == {c: 6 for c in CATEGORIES}
    ids = {r["id"] for r in corpus}
    for q in queries:
        assert set(CONTRACT_FIELDS) <= set(q)
        if q["category"] in REUSE_CATEGORIES:
            assert q["label"] == "reuse" and q["source_id"] in ids
        else:
            assert q["label"] == "honest" and q["source_id"] is None and q["related_id"] in ids
    assert generate_queries(corpus, 6, seed=5) == queries
    assert generate_queries(corpus, 6, seed=6) != queries


def _source_of(q: dict, corpus: list[dict]) -> dict:
    return next(r for r in corpus if r["id"] == (q["source_id"] or q["related_id"]))


def test_reuse_queries_keep_high_overlap(corpus: list[dict], queries: list[dict]) -> None:
    for q in queries:
        if q["label"] != "reuse":
            continue
        src = _source_of(q, corpus)
        sol_q, sol_s = extract_solutions(q["content"]), extract_solutions(src["content"])
        cat = q["category"]
        if cat == "no_diacritics":
            assert containment(q["content"], strip_diacritics(src["content"])) > 0.9
        elif cat == "tcvn3":
            assert not VIET_ONLY.search(q["content"])
            assert containment(decode_tcvn3(q["content"]).lower(), src["content"].lower()) > 0.9
        elif cat in ("paraphrased_solutions", "reworded_whole"):
            # Reworded: few long runs survive, but short phrases and vocabulary do.
            assert containment(sol_q, sol_s) < 0.85, cat
            assert containment(sol_q, sol_s, n=3) > 0.3, cat
            assert containment(sol_q, sol_s, n=1) > 0.75, cat
        else:
            assert containment(sol_q, sol_s) > 0.7, cat
        if cat == "self_reuse":
            assert q["author_id"] == src["author_id"] and q["year"] > src["year"]
        else:
            assert q["author_id"] != src["author_id"]


def test_honest_same_topic_queries_share_title_pattern_not_solutions(corpus: list[dict], queries: list[dict]) -> None:
    for q in queries:
        if q["label"] != "honest":
            continue
        src = _source_of(q, corpus)
        overlap = containment(extract_solutions(q["content"]), extract_solutions(src["content"]))
        assert overlap < 0.2, (q["category"], overlap)
        if q["category"] == "same_topic_pattern":
            opener = " ".join(src["title"].split()[:2])
            assert q["title"].startswith(opener)
            assert len(grams(q["title"], 2) & grams(src["title"], 2)) >= 3
        if q["category"] == "template_only":
            assert q["field"] != src["field"]
            shared = [s for s in (*bc.SLOGANS, *bc.SLOGANS_ADMIN) if s in src["content"]]
            assert all(s in q["content"] for s in shared)


# --------------------------------------------------------------------------- text operations
def test_tcvn3_encoder_uses_the_abc_table() -> None:
    assert encode_tcvn3("Một số biện pháp") == "Mét sè biÖn ph¸p"
    assert encode_tcvn3("Trường học Đông Hưng") == "Tr\xadêng häc §«ng H\xadng"
    assert decode_tcvn3(encode_tcvn3("nâng cao chất lượng giáo dục")) == "nâng cao chất lượng giáo dục"


def test_strip_diacritics_and_year_shift() -> None:
    assert strip_diacritics("Đổi mới phương pháp dạy học") == "Doi moi phuong phap day hoc"
    text = "năm học 2021-2022, Thông tư số 32/2018/TT-BGDĐT, Chương trình 2018"
    assert change_years(text, 2, 2021, 2022) == "năm học 2023-2024, Thông tư số 32/2018/TT-BGDĐT, Chương trình 2018"


def test_paraphrase_changes_many_words_but_keeps_content(corpus: list[dict]) -> None:
    word_change, bigram_change, kept = [], [], []
    for r in corpus[:20]:
        sol = extract_solutions(r["content"])
        para = paraphrase(sol, random.Random(1))
        a, b = re.findall(r"\w+", sol.lower()), re.findall(r"\w+", para.lower())
        common = sum((Counter(a) & Counter(b)).values())
        word_change.append(1 - common / max(len(a), len(b)))
        ga, gb = grams(sol, 2), grams(para, 2)
        bigram_change.append(len(ga - gb) / len(ga))
        kept.append(containment(para, sol, n=1))
        assert containment(para, sol) < 0.8
    assert sum(word_change) / len(word_change) > 0.15
    assert sum(bigram_change) / len(bigram_change) > 0.35
    assert min(kept) > 0.6

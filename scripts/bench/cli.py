"""``scripts/benchmark``: detection quality against labelled queries, and speed, in one run.

Quality (sizes below 100k, or any size with --full): the engine and three baselines each get
thresholds calibrated on the dev split and are measured on the test split. Speed: imports,
check latency, index rebuild, memory, sizes on disk. Results: tables on stdout, everything in
bench-results/<size>-<timestamp>.json, the tables optionally written into BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from indexing.embedders import make_embedder
from indexing.engine import Engine
from scripts.bench import baseline_embed, baseline_minhash, baseline_tfidf
from scripts.bench.cache import engine_version, prune
from scripts.bench.calibrate import calibrate
from scripts.bench.audit_run import audit_throughput
from scripts.bench.data import Split, make_split, parse_size, word_count
from scripts.bench.engine_run import (check_queries, disk_sizes, ensure_import, open_engine, rebuild_seconds,
                                      working_copy)
from scripts.bench.errors import BenchError
from scripts.bench.machine import load_average, machine_info, peak_rss_mb
from scripts.bench.metrics import QueryOutcome, Thresholds, evaluate, percentile
from scripts.bench.tables import (Table, baseline_cost_table, category_table, ranking_table, settings_table,
                                  speed_table, summary_table)
from scripts.bench.texts import BaselineRun, PreparedDoc, prepare_doc
from service.context import open_context
from service.runtime import engine_config_from
from service.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
BASELINES = ("tfidf", "minhash", "embed", "embed-doc")
# embed-doc embeds every report's title and summary (~150 ms each on 2 cores): too slow for the
# quick 1k look, so by default it runs from this size on (its vectors are cached on disk).
EMBED_DOC_FROM = 5_000
SPEED_ONLY_FROM = 50_000  # corpus sizes from here on measure speed only unless --full
# A speed-only audit covers one field of the latest year: a whole year at 100k is ~16,000
# submissions, hours on 2 cores, and submissions/s does not need them all.
SPEED_AUDIT_MAX_NEW = 250
MD_BEGIN, MD_END = "<!-- bench:begin -->", "<!-- bench:end -->"
ENGINE = "engine"
# The same engine given only each query's title and summary: what the dossier app's topic check catches.
ENGINE_TS = "engine, title + summary only"


@dataclass
class Options:
    size: str = "1k"
    queries: int | None = None  # per category; default from the size
    full: bool = False
    full_text: bool = False  # speed-only sizes: import full text instead of title + summary
    fresh: bool = False
    baselines: tuple[str, ...] | None = None  # None: from the size (embed-doc from EMBED_DOC_FROM)
    out: Path = ROOT / "bench-results"
    write_md: Path | None = None
    max_words: int | None = None  # cut every report's text (smoke runs)
    prune_cache: bool = False
    quiet: bool = False
    command: str = ""
    from_json: Path | None = None
    audit: bool | None = None  # None: from the size (on from 5,000 initiatives)
    recalibrate: bool = False


@dataclass
class Run:
    """What a run collects while it goes."""

    opts: Options
    phases: dict[str, float] = field(default_factory=dict)
    rss: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    work_dirs: dict[str, Path] = field(default_factory=dict)  # split -> scratch copy of its full-text import

    def say(self, text: str) -> None:
        if not self.opts.quiet:
            print(text, file=sys.stderr, flush=True)

    def note(self, text: str) -> None:
        self.notes.append(text)
        self.say(f"note: {text}")

    def timed(self, name: str, t0: float) -> None:
        self.phases[name] = round(self.phases.get(name, 0.0) + time.perf_counter() - t0, 2)


def _latency(outcomes: Sequence[QueryOutcome], queries: Sequence[dict], title_summary: bool) -> dict[str, Any]:
    ms = [o.latency_ms for o in outcomes if o.latency_ms is not None]
    words = [len(f"{q['title']} {q['summary']}".split()) if title_summary else word_count(q) for q in queries]
    steps = sorted({k for o in outcomes for k in (o.engine_ms or {})})
    by_step = {k: percentile([o.engine_ms[k] for o in outcomes if o.engine_ms and k in o.engine_ms], 50)
               for k in steps}
    return {"n": len(ms), "p50_ms": percentile(ms, 50), "p95_ms": percentile(ms, 95),
            "mean_ms": sum(ms) / len(ms) if ms else None, "mean_words": sum(words) / len(words) if words else 0,
            "engine_step_p50_ms": by_step}


def _import_note(run: Run, label: str, stats: Any) -> None:
    if stats.fresh:
        run.say(f"{label}: fresh import, {stats.docs} initiatives in {stats.seconds:.0f} s")
    else:
        run.note(f"{label}: import skipped, reused cache entry built {stats.built_at} "
                 f"(its fresh import took {stats.seconds:.0f} s)")


# ---------------------------------------------------------------------------- engine phases
def engine_quality(run: Run, splits: dict[str, Split], n_docs: int, engine: str, cache_root: Path,
                   work_root: Path) -> tuple[dict[str, list[QueryOutcome]], dict[str, list[QueryOutcome]], dict[str, Any]]:
    """Import both splits (or reuse the cache), check their queries as full reports and as
    title + summary only; speed figures from test."""
    outcomes: dict[str, list[QueryOutcome]] = {}
    ts_outcomes: dict[str, list[QueryOutcome]] = {}
    speed: dict[str, Any] = {"import": {}}
    for name in ("dev", "test"):
        split = splits[name]
        t0 = time.perf_counter()
        data_dir, stats = ensure_import(split.corpus, n_docs=n_docs, corpus_seed=split.corpus_seed, mode="full",
                                        engine=engine, cache_root=cache_root, fresh=run.opts.fresh,
                                        quiet=run.opts.quiet)
        run.timed(f"import_{name}", t0)
        _import_note(run, f"{name} corpus", stats)
        if name == "test":
            speed["import"]["full"] = stats.to_dict()
            speed["disk"] = disk_sizes(data_dir)
        work = working_copy(data_dir, work_root, name)
        run.work_dirs[name] = work
        t0 = time.perf_counter()
        eng = open_engine(work)
        run.say(f"checking {len(split.queries)} {name} queries")
        outcomes[name] = check_queries(eng.index, split.queries)
        ts_outcomes[name] = check_queries(eng.index, split.queries, title_summary_only=True)
        if name == "test":
            speed["index_load_seconds"] = round(eng.load_seconds, 2)
            speed["check_full"] = _latency(outcomes[name], split.queries, False)
            speed["check_title_summary"] = _latency(ts_outcomes[name], split.queries, True)
        eng.close()
        del eng
        gc.collect()
        run.timed(f"checks_{name}", t0)
    audit = run.opts.audit if run.opts.audit is not None else n_docs >= 5000
    if audit:
        t0 = time.perf_counter()
        run.say("auditing the test corpus's latest year")
        speed["audit"] = audit_throughput(work_root / "test", work_root / "audit-reports")
        run.timed("audit", t0)
    t0 = time.perf_counter()
    speed["rebuild"] = rebuild_seconds(work_root / "test")
    run.timed("rebuild", t0)
    speed["import"]["title_summary"] = _title_summary_import(run, splits["test"], n_docs, engine, cache_root)
    return outcomes, ts_outcomes, speed


def _title_summary_import(run: Run, split: Split, n_docs: int, engine: str, cache_root: Path) -> dict[str, Any]:
    t0 = time.perf_counter()
    _dir, stats = ensure_import(split.corpus, n_docs=n_docs, corpus_seed=split.corpus_seed, mode="title_summary",
                                engine=engine, cache_root=cache_root, fresh=run.opts.fresh, quiet=run.opts.quiet)
    run.timed("import_title_summary", t0)
    _import_note(run, "title+summary corpus", stats)
    return stats.to_dict()


def _extrapolated_full_import(cache_root: Path, engine: str, n_docs: int) -> dict[str, Any]:
    """Full-text import time at ``n_docs`` from the largest cached full import of this engine."""
    best: dict[str, Any] | None = None
    for meta in cache_root.glob(f"import-*-full-e{engine}-*/meta.json"):
        try:
            m = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if best is None or m["docs"] > best["docs"]:
            best = m
    if best is None or not best.get("docs_per_s"):
        text = ("not run: full-text import at this size takes hours on 2 cores (use --full); no full import "
                "of this engine version is cached to extrapolate from (run --size 1k first)")
        return {"extrapolated": True, "text": text}
    hours = n_docs / best["docs_per_s"] / 3600
    text = (f"not run (takes hours on 2 cores; --full runs it): extrapolated ≈ {hours:.1f} h at "
            f"{best['docs_per_s']:.2f} initiatives/s measured on {best['docs']}")
    return {"extrapolated": True, "text": text, "hours": round(hours, 2), "from_docs": best["docs"],
            "docs_per_s": best["docs_per_s"]}


def engine_speed_only(run: Run, split: Split, n_docs: int, engine: str, cache_root: Path,
                      work_root: Path) -> dict[str, Any]:
    """Large sizes: one import (title + summary, or full text with --full-text), checks against
    it, optionally an audit of one field of the latest year, rebuild, sizes."""
    speed: dict[str, Any] = {"import": {}}
    mode = "full" if run.opts.full_text else "title_summary"
    if mode == "title_summary":
        speed["import"]["full"] = _extrapolated_full_import(cache_root, engine, n_docs)
        run.note("full-text import at this size takes hours on 2 cores: it is extrapolated, not run "
                 "(--full-text runs it)")
    t0 = time.perf_counter()
    data_dir, stats = ensure_import(split.corpus, n_docs=n_docs, corpus_seed=split.corpus_seed,
                                    mode=mode, engine=engine, cache_root=cache_root,
                                    fresh=run.opts.fresh, quiet=run.opts.quiet)
    run.timed(f"import_{mode}", t0)
    _import_note(run, "full-text corpus" if mode == "full" else "title+summary corpus", stats)
    speed["import"][mode] = stats.to_dict()
    speed["disk"] = disk_sizes(data_dir)
    work = working_copy(data_dir, work_root, "test")
    t0 = time.perf_counter()
    eng = open_engine(work)
    speed["index_load_seconds"] = round(eng.load_seconds, 2)
    full = check_queries(eng.index, split.queries)
    speed["check_full"] = _latency(full, split.queries, False)
    ts = check_queries(eng.index, split.queries, title_summary_only=True)
    speed["check_title_summary"] = _latency(ts, split.queries, True)
    eng.close()
    del eng
    gc.collect()
    run.timed("checks_test", t0)
    if mode == "title_summary":
        run.note("checks ran against a title+summary-only index (full-report queries still embed and score "
                 "their text)")
    audit = run.opts.audit if run.opts.audit is not None else mode == "full"
    if audit:
        t0 = time.perf_counter()
        run.say(f"auditing one field of the latest year (at most about {SPEED_AUDIT_MAX_NEW} submissions)")
        speed["audit"] = audit_throughput(work, work_root / "audit-reports", max_new=SPEED_AUDIT_MAX_NEW)
        run.timed("audit", t0)
    t0 = time.perf_counter()
    speed["rebuild"] = rebuild_seconds(work)
    run.timed("rebuild", t0)
    return speed


# ---------------------------------------------------------------------------- baselines
def _outcomes(queries: Sequence[dict], res: BaselineRun) -> list[QueryOutcome]:
    return [QueryOutcome(str(q["id"]), q["category"], q["label"], q.get("source_id"),
                         ranked[0][1] if ranked else 0.0, ranked, latency_ms=ms)
            for q, ranked, ms in zip(queries, res.ranked, res.query_ms)]


def default_baselines(n_docs: int) -> tuple[str, ...]:
    return BASELINES if n_docs >= EMBED_DOC_FROM else tuple(b for b in BASELINES if b != "embed-doc")


def run_baselines(run: Run, splits: dict[str, Split], n_docs: int, cache_root: Path
                  ) -> tuple[dict[str, dict[str, list[QueryOutcome]]], dict[str, dict[str, Any]]]:
    chosen = run.opts.baselines if run.opts.baselines is not None else default_baselines(n_docs)
    wanted = [b for b in BASELINES if b in chosen]
    if not wanted:
        return {}, {}
    t0 = time.perf_counter()
    prepared: dict[str, tuple[list[PreparedDoc], list[PreparedDoc]]] = {
        name: ([prepare_doc(r, i) for i, r in enumerate(s.corpus)], [prepare_doc(q) for q in s.queries])
        for name, s in splits.items()}
    run.timed("baseline_prepare", t0)
    embed_engine = _bare_engine() if {"embed", "embed-doc"} & set(wanted) else None
    outcomes: dict[str, dict[str, list[QueryOutcome]]] = {}
    costs: dict[str, dict[str, Any]] = {}
    for b in wanted:
        outcomes_b: dict[str, list[QueryOutcome]] = {}
        for name, (corpus, queries) in prepared.items():
            run.say(f"baseline {b}: {name} split")
            t0 = time.perf_counter()
            if b == "tfidf":
                res = baseline_tfidf.run(corpus, queries)
            elif b == "minhash":
                res = baseline_minhash.run(corpus, queries)
            elif b == "embed":
                assert embed_engine is not None
                ctx = open_context(Settings(data_dir=run.work_dirs[name], load_demo=False))
                try:
                    res = baseline_embed.run_title(corpus, queries, embed_engine, ctx)
                finally:
                    ctx.close()
            else:
                assert embed_engine is not None
                res = baseline_embed.run_doc(corpus, queries, embed_engine.embedder, cache_root / "doc-vectors.sqlite")
            run.timed(f"baseline_{b.replace('-', '_')}", t0)
            outcomes_b[name] = _outcomes(splits[name].queries, res)
            if name == "test":
                note = ", ".join(f"{k}={v}" for k, v in res.notes.items())
                costs[res.name] = {"build_seconds": round(res.build_seconds, 2),
                                   "query_p50_ms": percentile(res.query_ms, 50) or 0.0, "note": note}
        outcomes[{"tfidf": baseline_tfidf.NAME, "minhash": baseline_minhash.NAME,
                  "embed": baseline_embed.NAME_TITLE, "embed-doc": baseline_embed.NAME_DOC}[b]] = outcomes_b
    return outcomes, costs


def _bare_engine() -> Engine:
    """An engine without data, configured like the service's: it analyses and embeds queries
    for the embedding baseline exactly as the import embedded the corpus."""
    settings = Settings(load_demo=False)
    return Engine(make_embedder(settings.embedder), engine_config_from(settings))


# ---------------------------------------------------------------------------- the run
def current_thresholds() -> Thresholds:
    f = Settings.model_fields
    return Thresholds(float(f["threshold_duplicate"].default), float(f["threshold_suspect"].default),
                      float(f["threshold_related"].default))


def run_benchmark(opts: Options) -> dict[str, Any]:
    run = Run(opts)
    started = datetime.now(timezone.utc)
    t_start = time.perf_counter()
    load_start = load_average()
    n_docs, per_cat = parse_size(opts.size)
    if opts.queries is not None:
        per_cat = opts.queries
    speed_only = n_docs >= SPEED_ONLY_FROM and not opts.full
    if speed_only:
        per_cat = opts.queries if opts.queries is not None else 4
    engine = engine_version(ROOT)
    cache_root = opts.out / "cache"
    if opts.prune_cache:
        for name in prune(cache_root, engine):
            run.say(f"pruned cache entry {name}")
    work_root = opts.out / f"work-{started.strftime('%Y%m%d-%H%M%S')}"
    run.say(f"benchmark: {n_docs} initiatives per split, {per_cat} queries per category, engine {engine}"
            + (" (speed only)" if speed_only else ""))

    t0 = time.perf_counter()
    names = ("test",) if speed_only else ("dev", "test")
    splits = {name: make_split(name, n_docs, per_cat, max_words=opts.max_words) for name in names}
    run.timed("generate", t0)

    result: dict[str, Any] = {
        "size": opts.size, "n_docs": n_docs, "queries_per_category": per_cat, "mode": "speed" if speed_only
        else "quality+speed", "command": opts.command, "started": started.isoformat(timespec="seconds"),
        "engine_version": engine, "machine": machine_info(ROOT), "max_words": opts.max_words,
        "seeds": {n: {"corpus": s.corpus_seed, "queries": s.query_seed} for n, s in splits.items()},
    }
    opts.out.mkdir(parents=True, exist_ok=True)
    partial = opts.out / f"{opts.size}-{started.strftime('%Y%m%d-%H%M%S')}.partial.json"
    try:
        if speed_only:
            speed = engine_speed_only(run, splits["test"], n_docs, engine, cache_root, work_root)
            run.rss["engine"] = peak_rss_mb()
        else:
            engine_out, ts_out, speed = engine_quality(run, splits, n_docs, engine, cache_root, work_root)
            run.rss["engine"] = peak_rss_mb()
            # The baselines take long: keep the engine's figures should the run be interrupted.
            partial.write_text(json.dumps({**result, "speed": speed, "engine_queries": {
                n: [o.to_dict() for o in outs] for n, outs in engine_out.items()}, "engine_ts_queries": {
                n: [o.to_dict() for o in outs] for n, outs in ts_out.items()}}, ensure_ascii=False),
                encoding="utf-8")
            systems = {ENGINE: engine_out, ENGINE_TS: ts_out}
            base_out, costs = run_baselines(run, splits, n_docs, cache_root)
            systems.update(base_out)
            result.update(_quality(systems))
            result["baseline_costs"] = costs
    finally:
        shutil.rmtree(work_root, ignore_errors=True)
    partial.unlink(missing_ok=True)
    run.rss["whole run"] = peak_rss_mb()
    speed["peak_rss_mb"] = run.rss
    speed.setdefault("audit", "not run (--audit runs it)")
    result["speed"] = speed
    result["phases_seconds"] = run.phases
    result["wall_seconds"] = round(time.perf_counter() - t_start, 1)
    result["load_average"] = {"start": load_start, "end": load_average()}
    result["notes"] = run.notes
    return result


def _quality(systems: dict[str, dict[str, list[QueryOutcome]]]) -> dict[str, Any]:
    out: dict[str, Any] = {"systems": {}}
    for name, by_split in systems.items():
        th, how = calibrate(by_split["dev"])
        out["systems"][name] = {
            "thresholds": th.to_dict(), "calibration": how,
            "dev": evaluate(by_split["dev"], th), "test": evaluate(by_split["test"], th),
            "test_queries": [o.to_dict() for o in by_split["test"]],
            "dev_queries": [o.to_dict() for o in by_split["dev"]],
        }
    current = current_thresholds()
    out["engine_current_settings"] = evaluate(systems[ENGINE]["test"], current)
    if ENGINE_TS in systems:
        # The service checks a topic with the same thresholds as a full report.
        out["engine_ts_current_settings"] = evaluate(systems[ENGINE_TS]["test"], current)
    rec = out["systems"][ENGINE]["thresholds"]
    out["recommended_settings"] = {f"threshold_{k}": v for k, v in rec.items()}
    out["current_settings"] = {f"threshold_{k}": v for k, v in current.to_dict().items()}
    return out


# ---------------------------------------------------------------------------- output
def tables(result: dict[str, Any]) -> list[Table]:
    out: list[Table] = []
    if "systems" in result:
        systems = [(name, s["test"]) for name, s in result["systems"].items()]
        summary = [*systems[:1], (f"{ENGINE} (current settings)", result["engine_current_settings"])]
        for name, res in systems[1:]:
            summary.append((name, res))
            if name == ENGINE_TS and "engine_ts_current_settings" in result:
                summary.append((f"{ENGINE_TS} (current settings)", result["engine_ts_current_settings"]))
        out.append(summary_table(summary))
        out.append(category_table(systems))
        out.append(ranking_table(systems, result["systems"][ENGINE]["test"]))
        cur = {k.removeprefix("threshold_"): v for k, v in result["current_settings"].items()}
        rec = {k.removeprefix("threshold_"): v for k, v in result["recommended_settings"].items()}
        out.append(settings_table(rec, cur))
    out.append(speed_table(result["speed"]))
    if result.get("baseline_costs"):
        out.append(baseline_cost_table(result["baseline_costs"]))
    return out


def header_lines(result: dict[str, Any]) -> list[str]:
    m = result["machine"]
    # A partial result (saved after the engine phase) has no end yet.
    la = result.get("load_average") or {"start": ["?"], "end": ["? (partial result)"]}
    wall = f"{result['wall_seconds']:.0f} s" if "wall_seconds" in result else "unknown (partial result)"
    return [
        f"command: {result['command']}",
        f"started {result['started']}, wall time {wall}; engine version {result['engine_version']}"
        f" (git {m['git_commit']}{', engine files modified' if m['engine_files_modified'] else ''})",
        f"machine: {m['nproc']} cores, {m['cpu_model']}, {m['ram_gb']} GB RAM; load average at start "
        f"{la['start'][:1]}, at end {la['end'][:1]} (above {m['nproc']} means other work shared the CPUs)",
        f"corpus {result['n_docs']} initiatives per split, {result['queries_per_category']} queries per category; "
        f"mode {result['mode']}",
    ]


def write_markdown(path: Path, result: dict[str, Any], rendered: list[Table]) -> None:
    lines = [MD_BEGIN, "", "### Latest run", "", *(f"- {line}" for line in header_lines(result))]
    lines += [f"- note: {n}" for n in result["notes"]]
    phases = ", ".join(f"{k} {v:.0f} s" for k, v in result["phases_seconds"].items())
    lines += [f"- phases: {phases}", ""]
    for t in rendered:
        lines += [t.markdown(), ""]
    lines.append(MD_END)
    block = "\n".join(lines)
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if MD_BEGIN in text and MD_END in text:
        head, rest = text.split(MD_BEGIN, 1)
        text = head + block + rest.split(MD_END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def parse_args(argv: Sequence[str]) -> Options:
    p = argparse.ArgumentParser(prog="scripts/benchmark", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--size", default="1k", help="corpus size per split: 1k, 10k, 100k (or a number)")
    p.add_argument("--queries", type=int, help="labelled queries per category (default: 8 at 1k, 15 at 10k)")
    p.add_argument("--full", action="store_true", help="at 100k: also import full text and measure quality (hours)")
    p.add_argument("--full-text", action="store_true",
                   help="at speed-only sizes (100k): import the full text (about 75 min at 100k) and check "
                        "against it, and audit one field of the latest year")
    p.add_argument("--fresh", action="store_true", help="ignore cached imports (re-import and re-measure)")
    p.add_argument("--baselines",
                   help="comma-separated subset of tfidf,minhash,embed,embed-doc, or 'none' (default: all, "
                        f"embed-doc only from {EMBED_DOC_FROM} initiatives)")
    p.add_argument("--out", type=Path, default=ROOT / "bench-results", help="results and cache folder")
    p.add_argument("--write-md", nargs="?", const=ROOT / "BENCHMARKS.md", type=Path,
                   help="write the tables into BENCHMARKS.md (or the given file)")
    p.add_argument("--max-words", type=int, help="cut every report to this many words (quick experiments)")
    p.add_argument("--prune-cache", action="store_true", help="delete cached imports of other engine versions")
    p.add_argument("--from-json", type=Path, help="print (and --write-md) the tables of an earlier result file; runs nothing")
    p.add_argument("--audit", dest="audit", action="store_true", default=None,
                   help="also audit the test corpus's latest year (default from 5k initiatives)")
    p.add_argument("--no-audit", dest="audit", action="store_false")
    p.add_argument("--recalibrate", action="store_true",
                   help="with --from-json: recompute thresholds and figures from the stored per-query outcomes")
    p.add_argument("--quiet", action="store_true")
    a = p.parse_args(list(argv))
    chosen: tuple[str, ...] | None = None
    if a.baselines is not None:
        chosen = () if a.baselines == "none" else tuple(b.strip() for b in a.baselines.split(",") if b.strip())
    unknown = set(chosen or ()) - set(BASELINES)
    if unknown:
        p.error(f"unknown baselines: {', '.join(sorted(unknown))}")
    if a.recalibrate and a.from_json is None:
        p.error("--recalibrate needs --from-json")
    if a.queries is not None and a.queries < 1:
        p.error("--queries must be at least 1")
    return Options(size=a.size, queries=a.queries, full=a.full, full_text=a.full_text, fresh=a.fresh, baselines=chosen, out=a.out,
                   write_md=a.write_md, max_words=a.max_words, prune_cache=a.prune_cache, quiet=a.quiet,
                   from_json=a.from_json, audit=a.audit, recalibrate=a.recalibrate, command="scripts/benchmark " + " ".join(argv))


def main(argv: Sequence[str] | None = None) -> int:
    opts = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        result = _read_result(opts.from_json) if opts.from_json else run_benchmark(opts)
        if opts.recalibrate:
            result = recalibrate(result)
    except BenchError as exc:
        print(f"benchmark failed: {exc}", file=sys.stderr)
        return 2
    rendered = tables(result)
    print("\n".join(header_lines(result)))
    for n in result["notes"]:
        print(f"note: {n}")
    for t in rendered:
        print()
        print(t.plain())
    if opts.from_json is None or opts.recalibrate:
        _save(opts, result)
    if opts.write_md is not None:
        write_markdown(opts.write_md, result, rendered)
        print(f"tables written to {opts.write_md}")
    return 0


def recalibrate(result: dict[str, Any]) -> dict[str, Any]:
    """Thresholds and figures recomputed from a result file's stored per-query outcomes with the
    current calibration rule (nothing is re-run: scores and ranks are the stored ones)."""
    if "systems" not in result:
        raise BenchError("no_quality", "the result file has no per-query outcomes (a speed-only run)")
    systems = {name: {split: [QueryOutcome.from_dict(q) for q in sys_[f"{split}_queries"]]
                      for split in ("dev", "test")}
               for name, sys_ in result["systems"].items()}
    out = dict(result)
    out.update(_quality(systems))
    out["notes"] = [*result.get("notes", []), "thresholds recalibrated from the stored outcomes "
                    "(scripts/benchmark --from-json … --recalibrate)"]
    return out


def _read_result(path: Path) -> dict[str, Any]:
    try:
        result = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise BenchError("bad_result_file", f"cannot read {path}: {exc}") from exc
    if "engine_queries" in result and "systems" not in result:
        result = _from_partial(result)
    return result


def _from_partial(result: dict[str, Any]) -> dict[str, Any]:
    """A partial result file (the engine's outcomes, saved before the baselines ran) as a result
    with the engine alone."""
    def load(key: str) -> dict[str, list[QueryOutcome]]:
        return {split: [QueryOutcome.from_dict(q) for q in qs] for split, qs in result[key].items()}

    systems = {ENGINE: load("engine_queries")}
    if "engine_ts_queries" in result:
        systems[ENGINE_TS] = load("engine_ts_queries")
    out = {k: v for k, v in result.items() if k not in ("engine_queries", "engine_ts_queries")}
    out.update(_quality(systems))
    out.setdefault("phases_seconds", {})
    out["notes"] = [*result.get("notes", []), "partial result: the run stopped after the engine phase "
                    "(no baselines, no end time)"]
    return out


def _save(opts: Options, result: dict[str, Any]) -> None:
    opts.out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    path = opts.out / f"{result.get('size', opts.size)}-{stamp}.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nresults: {path}")

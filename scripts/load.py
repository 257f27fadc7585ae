"""Load test of the real service (issue 7): `scripts/loadtest --clients 20 --seconds 60`.

Starts `sangkien serve` on a free loopback port with a temporary data dir (SQLite), seeds it
with a generated corpus (service/demo/generator.py) through the bulk API, creates an `app` and an
`auditor` key, then runs N client threads for S seconds, each mixing checks (title + summary,
and full report), creates with unique ids, and reads (list, get); one more thread starts one
audit job (POST /api/v1/audits) and polls it. Then it checks the invariants:

- no 5xx answer and no failed request (connection errors, time-outs) of any kind;
- every acknowledged create (201) is stored exactly once, with its title; nothing else appeared;
- the index agrees with the database (/metrics: one entry and one title vector per stored
  initiative) and a sample of the created records checks as a duplicate of itself;
- the audit job did not fail;
- after a clean stop and a restart (index loaded from disk) the index still agrees.

It prints requests, throughput, p50/p95 latency and errors per kind as a table, then the same as
JSON (also written to --json PATH). Exit code 0 when every invariant holds, 1 otherwise. The
per-key rate limit is turned off (SANGKIEN_RATE_LIMIT_PER_MINUTE=0): this measures the service.
Run it on a quiet machine; its figures belong in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from scripts.service_proc import (ServiceProcess, auth, corpus_records, create_key, index_agreement, list_ids,
                                  self_check)

KINDS = ("check_short", "check_full", "create", "list", "get")
WEIGHTS = (30, 15, 20, 20, 15)


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    failures: list[str] = field(default_factory=list)  # 5xx, transport errors, unexpected answers
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, seconds: float, status: int | str) -> None:
        with self.lock:
            self.latencies[kind].append(seconds)
            self.statuses[kind][str(status)] += 1

    def fail(self, message: str) -> None:
        with self.lock:
            if len(self.failures) < 200:
                self.failures.append(message)


@dataclass
class LoadResult:
    clients: int
    seconds: float
    corpus: int
    elapsed: float
    summary: dict[str, Any]
    violations: list[str]
    acknowledged_creates: int
    audit: dict[str, Any] | None

    @property
    def ok(self) -> bool:
        return not self.violations


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0-100) of unsorted values; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def _year(record: dict[str, Any]) -> int:
    return int(record.get("year") or int(str(record["school_year"])[-4:]))


class Client(threading.Thread):
    """One client: a seeded random mix of requests until the deadline (the last one finishes)."""

    def __init__(self, n: int, base_url: str, key: str, deadline: float, corpus: list[dict[str, Any]],
                 fresh: list[dict[str, Any]], stats: Stats, acked: dict[str, str], acked_lock: threading.Lock,
                 seed: int) -> None:
        super().__init__(name=f"client-{n}", daemon=True)
        self.n, self.base_url, self.key, self.deadline = n, base_url, key, deadline
        self.corpus, self.fresh, self.stats = corpus, fresh, stats
        self.acked, self.acked_lock = acked, acked_lock
        self.rng = random.Random(seed * 1000 + n)
        self.created = 0

    def run(self) -> None:
        with httpx.Client(base_url=self.base_url, headers=auth(self.key), timeout=300) as client:
            while time.monotonic() < self.deadline:
                kind = self.rng.choices(KINDS, WEIGHTS)[0]
                try:
                    getattr(self, kind)(client)
                except httpx.HTTPError as exc:
                    self.stats.record(kind, 0.0, type(exc).__name__)
                    self.stats.fail(f"{kind}: {type(exc).__name__}: {exc}")

    def _send(self, client: httpx.Client, kind: str, method: str, url: str, **kw: Any) -> httpx.Response:
        started = time.perf_counter()
        r = client.request(method, url, **kw)
        self.stats.record(kind, time.perf_counter() - started, r.status_code)
        if r.status_code >= 500:
            self.stats.fail(f"{kind} {method} {url}: HTTP {r.status_code} {r.text[:200]}")
        return r

    def _probe(self, full: bool) -> dict[str, Any]:
        src = self.rng.choice(self.corpus)
        body = {"id": f"Q-{self.n}-{self.rng.randrange(10**9)}", "title": src["title"],
                "summary": src.get("summary", ""), "author": "Người Kiểm Tra", "unit": "Đơn vị kiểm tra",
                "year": _year(src) + 1}
        if full:
            body["content"] = src.get("content", "")
        return body

    def check_short(self, client: httpx.Client) -> None:
        r = self._send(client, "check_short", "POST", "/api/v1/check", json=self._probe(False))
        if r.status_code == 200 and "verdict" not in r.json():
            self.stats.fail(f"check_short: no verdict in {r.text[:200]}")

    def check_full(self, client: httpx.Client) -> None:
        r = self._send(client, "check_full", "POST", "/api/v1/check", json=self._probe(True))
        if r.status_code == 200 and "verdict" not in r.json():
            self.stats.fail(f"check_full: no verdict in {r.text[:200]}")

    def create(self, client: httpx.Client) -> None:
        if not self.fresh:
            return self.list(client)
        template = self.fresh.pop()
        record = dict(template, id=f"LT-{self.n:02d}-{self.created:05d}")
        self.created += 1
        r = self._send(client, "create", "POST", "/api/v1/initiatives", json=record)
        if r.status_code == 201:
            with self.acked_lock:
                self.acked[record["id"]] = r.json()["initiative"]["title"]
        elif r.status_code < 500:
            self.stats.fail(f"create {record['id']}: HTTP {r.status_code} {r.text[:200]}")

    def list(self, client: httpx.Client) -> None:
        r = self._send(client, "list", "GET", "/api/v1/initiatives",
                       params={"limit": 20, "offset": self.rng.randrange(0, max(1, len(self.corpus)))})
        if r.status_code != 200 and r.status_code < 500:
            self.stats.fail(f"list: HTTP {r.status_code} {r.text[:200]}")

    def get(self, client: httpx.Client) -> None:
        with self.acked_lock:
            pool = list(self.acked) if self.acked and self.rng.random() < 0.5 else None
        rid = self.rng.choice(pool) if pool else self.rng.choice(self.corpus)["id"]
        r = self._send(client, "get", "GET", f"/api/v1/initiatives/{rid}")
        if r.status_code != 200 and r.status_code < 500:
            self.stats.fail(f"get {rid}: HTTP {r.status_code} (a stored record must be readable)")


def _audit(base_url: str, key: str, year: int, deadline: float, stats: Stats, out: dict[str, Any]) -> None:
    """Start one audit job and poll it (once a second) until it ends or the load ends."""
    with httpx.Client(base_url=base_url, headers=auth(key), timeout=300) as client:
        try:
            started = time.perf_counter()
            r = client.post("/api/v1/audits", json={"year": year, "trend_years": 0})
            stats.record("audit_start", time.perf_counter() - started, r.status_code)
            if r.status_code != 202:
                stats.fail(f"audit start: HTTP {r.status_code} {r.text[:300]}")
                return
            job = r.json()
            out.update(job)
            while time.monotonic() < deadline and job["status"] in ("queued", "running"):
                time.sleep(1.0)
                started = time.perf_counter()
                r = client.get(f"/api/v1/audits/{job['id']}")
                stats.record("audit_poll", time.perf_counter() - started, r.status_code)
                if r.status_code != 200:
                    stats.fail(f"audit poll: HTTP {r.status_code} {r.text[:300]}")
                    return
                job = r.json()
                out.update(job)
        except httpx.HTTPError as exc:
            stats.record("audit_poll", 0.0, type(exc).__name__)
            stats.fail(f"audit: {type(exc).__name__}: {exc}")


def _stored(client: httpx.Client) -> dict[str, list[str]]:
    """Every stored id with its title(s) (a list, so a duplicate shows)."""
    out: dict[str, list[str]] = defaultdict(list)
    offset: int | None = 0
    while offset is not None:
        r = client.get("/api/v1/initiatives", params={"limit": 200, "offset": offset})
        r.raise_for_status()
        page = r.json()
        for item in page["items"]:
            out[item["id"]].append(item["title"])
        offset = page["next_offset"]
    return out


def _summary(stats: Stats, elapsed: float) -> dict[str, Any]:
    kinds = [k for k in (*KINDS, "audit_start", "audit_poll") if stats.statuses.get(k)]
    per_kind = {}
    total = 0
    for kind in kinds:
        lat = [x for x in stats.latencies[kind] if x > 0]
        n = sum(stats.statuses[kind].values())
        total += n
        errors = sum(c for s, c in stats.statuses[kind].items() if not (s.isdigit() and int(s) < 400))
        per_kind[kind] = {"requests": n, "per_s": round(n / elapsed, 2), "p50_ms": round(percentile(lat, 50) * 1000, 1),
                          "p95_ms": round(percentile(lat, 95) * 1000, 1), "errors": errors,
                          "statuses": dict(sorted(stats.statuses[kind].items()))}
    return {"requests": total, "throughput_per_s": round(total / elapsed, 2), "kinds": per_kind}


def table(summary: dict[str, Any]) -> str:
    rows = [f"{'kind':<12} {'requests':>8} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'errors':>6}  statuses"]
    for kind, k in summary["kinds"].items():
        rows.append(f"{kind:<12} {k['requests']:>8} {k['per_s']:>7.2f} {k['p50_ms']:>8.0f} {k['p95_ms']:>8.0f} "
                    f"{k['errors']:>6}  {k['statuses']}")
    rows.append(f"{'all':<12} {summary['requests']:>8} {summary['throughput_per_s']:>7.2f}")
    return "\n".join(rows)


def run_load(clients: int, seconds: float, *, corpus_size: int = 200, content_chars: int | None = 3000,
             seed: int = 7, work_dir: Path | None = None, log=print) -> LoadResult:
    """Start the service, seed it, run the load, check the invariants, stop it."""
    own_dir = work_dir is None
    work = Path(tempfile.mkdtemp(prefix="sangkien-load-")) if work_dir is None else work_dir
    work.mkdir(parents=True, exist_ok=True)
    data = work / "data"
    violations: list[str] = []
    years = range(2021, 2026)
    corpus = corpus_records(corpus_size, seed, "SK", content_chars, years=years)
    # Records for the creates: another seed, so their text is not the corpus's.
    fresh = corpus_records(max(200, clients * int(seconds) * 2), seed + 1, "NEW", content_chars, years=years)
    app_key = create_key(data, "app", "load test app")
    auditor_key = create_key(data, "auditor", "load test auditor")
    service = ServiceProcess(data, work)
    try:
        log(f"starting the service on {service.base_url} (data {data})")
        service.start()
        with httpx.Client(base_url=service.base_url, headers=auth(app_key), timeout=900) as client:
            started = time.monotonic()
            body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus).encode()
            r = client.post("/api/v1/initiatives:bulk", content=body, headers={"Content-Type": "application/x-ndjson"})
            r.raise_for_status()
            report = r.json()
            if report["created"] != len(corpus):
                raise RuntimeError(f"seeding stored {report['created']} of {len(corpus)}: {report['rows'][:3]}")
            log(f"seeded {len(corpus)} initiatives in {time.monotonic() - started:.1f} s")

        stats = Stats()
        acked: dict[str, str] = {}
        acked_lock = threading.Lock()
        split = [fresh[i::clients] for i in range(clients)]
        log(f"load: {clients} clients for {seconds:.0f} s")
        t0 = time.monotonic()
        deadline = t0 + seconds
        threads: list[threading.Thread] = [
            Client(i, service.base_url, app_key, deadline, corpus, split[i], stats, acked, acked_lock, seed)
            for i in range(clients)]
        audit: dict[str, Any] = {}
        threads.append(threading.Thread(target=_audit, daemon=True, name="audit",
                                        args=(service.base_url, auditor_key, max(years), deadline, stats, audit)))
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=seconds + 600)
            if t.is_alive():
                violations.append(f"{t.name} still running 10 minutes after the end")
        elapsed = time.monotonic() - t0  # includes the in-flight requests after the deadline
        summary = _summary(stats, elapsed)

        violations += stats.failures
        with httpx.Client(base_url=service.base_url, headers=auth(app_key), timeout=300) as client:
            stored = _stored(client)
            twice = sorted(i for i, titles in stored.items() if len(titles) > 1)
            if twice:
                violations.append(f"stored more than once: {twice[:20]}")
            lost = sorted(i for i in acked if i not in stored)
            if lost:
                violations.append(f"acknowledged creates missing: {lost[:20]} ({len(lost)} in all)")
            wrong = sorted(i for i, t in acked.items() if i in stored and stored[i][0] != t)
            if wrong:
                violations.append(f"acknowledged creates stored with another title: {wrong[:20]}")
            expected = {r["id"] for r in corpus} | set(acked)
            extra = sorted(set(stored) - expected)
            if extra:
                violations.append(f"stored but never acknowledged: {extra[:20]} ({len(extra)} in all)")
            ids = [i for i, titles in stored.items() for _ in titles]
            violations += index_agreement(client, ids)
            by_id = {f"{r['id']}": r for r in corpus}
            sample = random.Random(seed).sample(sorted(acked), min(3, len(acked))) or sorted(by_id)[:3]
            for rid in sample:
                rec = by_id.get(rid)
                if rec is None:  # a created record: fetch its stored text
                    rec = client.get(f"/api/v1/initiatives/{rid}").json()
                ok, why = self_check(client, rec)
                if not ok:
                    violations.append(why)
        if audit.get("status") in ("queued", "running"):
            with httpx.Client(base_url=service.base_url, headers=auth(auditor_key), timeout=60) as client:
                client.post(f"/api/v1/audits/{audit['id']}/cancel")
        if audit.get("status") == "failed" or (audit and audit.get("error")):
            violations.append(f"audit job failed: {audit.get('error')}")
        if not audit:
            violations.append("the audit job was not started")

        code = service.stop()
        if code != 0:
            violations.append(f"the service exited with {code} on Ctrl-C")
        service.start()
        with httpx.Client(base_url=service.base_url, headers=auth(app_key), timeout=300) as client:
            ids = list_ids(client)
            if len(ids) != len(stored) or set(ids) != set(stored):
                violations.append(f"after a restart {len(ids)} initiatives are listed, {len(stored)} before")
            violations += [f"after a restart: {p}" for p in index_agreement(client, ids)]
        service.stop()
        audit_view = {k: audit.get(k) for k in ("id", "status", "done", "total", "error")} if audit else None
        return LoadResult(clients=clients, seconds=seconds, corpus=len(corpus), elapsed=round(elapsed, 1),
                          summary=summary, violations=violations, acknowledged_creates=len(acked), audit=audit_view)
    finally:
        service.kill()
        if own_dir:
            shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="scripts/loadtest", description=__doc__.split("\n\n")[0])
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--corpus", type=int, default=200, help="generated initiatives stored before the load")
    p.add_argument("--content-chars", type=int, default=3000, help="cut each report's text (0: whole reports)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--work-dir", type=Path, help="keep the data dir and service logs here")
    p.add_argument("--json", type=Path, help="also write the JSON result here")
    args = p.parse_args(argv)
    result = run_load(args.clients, args.seconds, corpus_size=args.corpus,
                      content_chars=args.content_chars or None, seed=args.seed, work_dir=args.work_dir,
                      log=lambda m: print(m, file=sys.stderr, flush=True))
    print(table(result.summary))
    payload = {"clients": result.clients, "seconds": result.seconds, "corpus": result.corpus,
               "elapsed_s": result.elapsed, **result.summary, "acknowledged_creates": result.acknowledged_creates,
               "audit": result.audit, "violations": result.violations, "ok": result.ok}
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    for v in result.violations:
        print(f"VIOLATION: {v}", file=sys.stderr)
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())

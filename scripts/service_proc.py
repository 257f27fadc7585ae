"""The real service as a child process on a loopback port, for the kill-point test and the load
test: start (`python -m service.cli serve`), wait until ready, SIGKILL or stop, and read what
it exposes (the listing, /metrics) to check that the database and the index agree.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def create_key(data_dir: Path, role: str = "admin", name: str = "load test") -> str:
    """An API key written straight into the data dir's database (migrating it when new)."""
    from sqlmodel import Session

    from models.tables import Role
    from service.context import open_context
    from service.security import create_api_key
    from service.settings import Settings

    ctx = open_context(Settings(data_dir=data_dir, load_demo=False))
    try:
        with Session(ctx.engine) as s:
            _, key = create_api_key(s, name, Role(role))
            s.commit()
    finally:
        ctx.close()
    return key


class ServiceProcess:
    """`sangkien serve` on 127.0.0.1:<free port> with its own data dir (SQLite, no demo load,
    no rate limit). Output goes to ``<log_dir>/service-<n>.log``, one file per start."""

    def __init__(self, data_dir: Path, log_dir: Path, **env: str) -> None:
        self.data_dir = data_dir
        self.log_dir = log_dir
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.env = dict(os.environ, SANGKIEN_DATA_DIR=str(data_dir), SANGKIEN_LOAD_DEMO="false",
                        SANGKIEN_RATE_LIMIT_PER_MINUTE="0", SANGKIEN_LOG_LEVEL="WARNING",
                        HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", **env)
        self.env.pop("DATABASE_URL", None)
        self.env.pop("SANGKIEN_DATABASE_URL", None)
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self.log_path: Path | None = None

    def start(self, timeout: float = 120.0) -> float:
        """Start and wait for /readyz 200; returns the seconds it took."""
        self.starts += 1
        self.log_path = self.log_dir / f"service-{self.starts}.log"
        started = time.monotonic()
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1", "--port", str(self.port)],
                cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = started + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"service exited with {self.proc.returncode} on start:\n{self.log_tail()}")
            try:
                if httpx.get(f"{self.base_url}/readyz", timeout=2).status_code == 200:
                    return time.monotonic() - started
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"service not ready in {timeout:.0f} s:\n{self.log_tail()}")

    def kill(self) -> None:
        """SIGKILL the service (its whole process group): no shutdown, no index save."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)
        self.proc = None

    def stop(self, timeout: float = 60.0) -> int | None:
        """Ctrl-C: the service saves its index and exits. Returns the exit code."""
        if self.proc is None:
            return None
        code = self.proc.poll()
        if code is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                code = self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill()
                raise RuntimeError(f"service did not stop in {timeout:.0f} s:\n{self.log_tail()}")
        self.proc = None
        return code

    def log_tail(self, lines: int = 40) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def list_ids(client: httpx.Client) -> list[str]:
    """Every stored initiative's id, through the paged listing (duplicates kept, to be counted)."""
    ids: list[str] = []
    offset: int | None = 0
    total = None
    while offset is not None:
        r = client.get("/api/v1/initiatives", params={"limit": 200, "offset": offset})
        r.raise_for_status()
        page = r.json()
        total = page["total"]
        ids.extend(item["id"] for item in page["items"])
        offset = page["next_offset"]
    assert total == len(ids), f"listing total {total} but {len(ids)} items"
    return ids


def metric(client: httpx.Client, name: str) -> float:
    """One unlabelled sample from /metrics."""
    r = client.get("/metrics")
    r.raise_for_status()
    for line in r.text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError(f"{name} not in /metrics")


def index_agreement(client: httpx.Client, ids: list[str]) -> list[str]:
    """Problems between the database (the listed ids) and the loaded index; empty when they agree:
    one fingerprint entry and one title vector per stored initiative."""
    problems = []
    indexed = int(metric(client, "sangkien_index_initiatives"))
    vectors = int(metric(client, "sangkien_index_vectors"))
    if indexed != len(ids):
        problems.append(f"index holds {indexed} initiatives, database {len(ids)}")
    if vectors != len(ids):
        problems.append(f"index holds {vectors} vectors, database {len(ids)} initiatives (one title vector each)")
    return problems


def self_check(client: httpx.Client, record: dict[str, Any]) -> tuple[bool, str]:
    """Check a stored record's exact text: it must come first, as a duplicate. The probe is
    another person's, a year later (a check compares earlier years, and others' same year)."""
    probe = {k: record[k] for k in ("title", "summary", "content") if k in record}
    probe.update(id="probe-" + record["id"], author="Người Kiểm Tra", unit="Đơn vị kiểm tra",
                 year=int(record.get("year") or int(str(record["school_year"])[-4:])) + 1)
    # Wide enough for ties: reports cut short can match several look-alikes as fully as their own.
    r = client.post("/api/v1/check", json=probe, params={"top": 50})
    if r.status_code != 200:
        return False, f"check of {record['id']}: HTTP {r.status_code} {r.text[:200]}"
    matches = r.json()["matches"]
    own = [m for m in matches if m["id"] == record["id"]]
    # First, or tied with the first (generated reports cut short can be near-identical).
    if not own or own[0]["level"] != "duplicate" or own[0]["score"] < matches[0]["score"] - 1e-6:
        return False, f"check of {record['id']}'s own text found {[(m['id'], m['score']) for m in matches]}"
    return True, ""


def corpus_records(n: int, seed: int, prefix: str, content_chars: int | None = None,
                   years: range = range(2021, 2026)) -> list[dict[str, Any]]:
    """Generated honest initiatives (service/demo/generator.py) as import-contract records with
    ids ``<prefix>-0000``…; ``content_chars`` cuts the full text to keep imports short."""
    from service.demo.generator import generate_corpus

    out = []
    for i, rec in enumerate(generate_corpus(n, seed, years=years)):
        rec = dict(rec, id=f"{prefix}-{i:05d}")
        # The generator writes statuses the contract does not accept (see scripts/bench/data.py).
        if rec.get("status") not in ("submitted", "recognised", "recognized", "rejected"):
            rec["status"] = "rejected"
        if content_chars is not None:
            rec["content"] = (rec.get("content") or "")[:content_chars]
        out.append(rec)
    return out

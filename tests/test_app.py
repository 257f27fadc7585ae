"""The web service starts, migrates, and reports its health."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings


def test_health_and_readiness(tmp_path: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path, load_demo=False))
    with TestClient(app) as client:
        assert client.get("/healthz").json() == {"status": "ok"}
        ready = client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["database"] and ready.json()["index"]
    assert (tmp_path / "sangkien.db").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_loads_demo_data_and_answers_healthz(tmp_path: Path) -> None:
    """What scripts/run does after setting up the venv: serve with the embedded defaults."""
    port = _free_port()
    env = dict(os.environ, SANGKIEN_DATA_DIR=str(tmp_path), SANGKIEN_PORT=str(port))
    proc = subprocess.Popen([sys.executable, "-m", "service.cli", "serve"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 240
        status = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                status = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code
                if status == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        assert status == 200, proc.stdout.read() if proc.poll() is not None else "not ready in time"
        assert httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    from models.db import make_engine
    from models.repository import count_initiatives
    from sqlmodel import Session

    engine = make_engine(f"sqlite:///{tmp_path / 'sangkien.db'}")
    with Session(engine) as s:
        assert count_initiatives(s) >= 50  # the demo set
    engine.dispose()

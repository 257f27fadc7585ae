"""Writers take turns: change-log ids commit in order (so the index's catch-up never skips one),
and a write that waits past the lock timeout is refused as busy, losing nothing."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session

from models.db import begin_write, make_engine
from models.migrate import upgrade
from models.repository import changes_since, get_initiative, upsert_initiative
from models.tables import Role
from service.app import create_app
from service.security import create_user
from service.settings import Settings
from tests.api_support import api_client, assert_error, auth, make_key, record
from tests.conftest import POSTGRES_URL, reset_postgres
from tests.test_repository import make_input

WAIT_S = 0.6


def _second_writer(engine: Engine, *, take_turn: bool, done: threading.Event, errors: list[BaseException]) -> None:
    try:
        with Session(engine) as s:
            if take_turn:
                begin_write(s)
            # Another unit and author: no unique key is shared with the first writer, so only the
            # turn-taking can make this one wait.
            upsert_initiative(s, make_input("sk-second", author="Trần Văn Bảo", unit="Trường THCS Tân Lập",
                                            sha="b" * 64))
            s.commit()
    except BaseException as exc:  # reported to the test thread
        errors.append(exc)
    finally:
        done.set()


def _run_two_writers(engine: Engine, *, take_turn: bool) -> None:
    first = Session(engine)
    begin_write(first)
    upsert_initiative(first, make_input("sk-first", sha="a" * 64))
    first.flush()
    done, errors = threading.Event(), []
    worker = threading.Thread(target=_second_writer, args=(engine,),
                              kwargs={"take_turn": take_turn, "done": done, "errors": errors})
    worker.start()
    try:
        assert not done.wait(WAIT_S), f"the second writer did not wait for the first: {errors}"
    finally:
        first.commit()
        first.close()
        worker.join(30)
    assert not errors, errors
    with Session(engine) as s:
        changed = [c.initiative_id for c in changes_since(s, 0)]  # in id order
        first_id = get_initiative(s, "sk-first").id  # type: ignore[union-attr]
    # The first writer's change, committed first, has the lower id: a reader that has seen the
    # second's id has already seen the first's.
    assert len(changed) == 2 and changed[0] == first_id


def test_writers_take_turns_so_change_ids_commit_in_order(engine: Engine) -> None:
    _run_two_writers(engine, take_turn=True)


@pytest.mark.postgres
@pytest.mark.skipif(not POSTGRES_URL, reason="needs SANGKIEN_TEST_POSTGRES_URL (.ci/run sets it)")
def test_a_change_row_waits_for_the_writer_before_it_even_without_begin_write() -> None:
    """On PostgreSQL the change row itself takes the turn, for a writer that did not start with
    ``begin_write``. (On SQLite such a writer fails instead of waiting: its read snapshot is stale
    once the first commits, which is why every writer starts with ``begin_write``.)"""
    assert POSTGRES_URL
    reset_postgres(POSTGRES_URL)
    engine = make_engine(POSTGRES_URL)
    upgrade(engine)
    try:
        _run_two_writers(engine, take_turn=False)
    finally:
        engine.dispose()


def _hold_write_lock(engine: Engine) -> Session:
    holder = Session(engine)
    begin_write(holder)
    return holder


def test_a_write_waiting_past_the_lock_timeout_gets_503_and_stores_nothing(db_url: str, tmp_path: Path) -> None:
    with api_client(tmp_path / "data", database_url=db_url, db_lock_timeout_s=0.3) as client:
        headers = auth(make_key(client.app, Role.app))  # type: ignore[arg-type]
        body = record("SK-BUSY-1", "Xây dựng tủ sách lớp học thân thiện",
                      content="Tổ chức cho học sinh đọc sách vào giờ ra chơi để hình thành thói quen đọc.")
        holder = _hold_write_lock(client.app.state.ctx.engine)  # type: ignore[attr-defined]
        try:
            busy = client.post("/api/v1/initiatives", json=body, headers=headers)
        finally:
            holder.rollback()
            holder.close()
        error = assert_error(busy, 503, "database_busy")
        assert "nothing of this request was stored" in error["message"]
        assert busy.headers["Retry-After"].isdigit()
        assert client.get("/api/v1/initiatives/SK-BUSY-1", headers=headers).status_code == 404
        again = client.post("/api/v1/initiatives", json=body, headers=headers)
        assert again.status_code == 201, again.text


def test_a_busy_database_gets_a_vietnamese_page(tmp_path: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path, load_demo=False, db_lock_timeout_s=0.3))
    with TestClient(app) as client:
        with Session(app.state.ctx.engine) as s:
            create_user(s, "hoidong", "mat-khau-hoi-dong-2024", Role.reviewer)
            s.commit()
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/dang-nhap").text)
        assert token
        holder = _hold_write_lock(app.state.ctx.engine)
        try:
            page = client.post("/dang-nhap", data={"username": "hoidong", "password": "mat-khau-hoi-dong-2024",
                                                   "csrf_token": token.group(1)}, follow_redirects=False)
        finally:
            holder.rollback()
            holder.close()
        assert page.status_code == 503
        assert page.headers["content-type"].startswith("text/html")
        assert "Hệ thống đang bận" in page.text and "thử lại" in page.text
        assert "Retry-After" in page.headers


def test_the_cli_says_the_database_is_busy_and_exits_75(tmp_path: Path) -> None:
    data = tmp_path / "data"
    records = tmp_path / "list.jsonl"
    records.write_text(json.dumps(record("SK-CLI-BUSY", "Xây dựng tủ sách lớp học thân thiện"),
                                  ensure_ascii=False) + "\n", encoding="utf-8")
    env = {**os.environ, "SANGKIEN_DATA_DIR": str(data), "SANGKIEN_DB_LOCK_TIMEOUT_S": "0.5", "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, "-m", "service.cli", "import", str(records)]
    ready = subprocess.run([sys.executable, "-m", "service.cli", "migrate"], env=env, capture_output=True, text=True)
    assert ready.returncode == 0, ready.stderr
    engine = make_engine(f"sqlite:///{data / 'sangkien.db'}")
    holder = _hold_write_lock(engine)
    try:
        busy = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    finally:
        holder.rollback()
        holder.close()
        engine.dispose()
    assert busy.returncode == 75, busy.stderr
    assert "database is busy" in busy.stderr and "Traceback" not in busy.stderr
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert "created 1" in again.stderr

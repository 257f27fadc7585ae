"""A running service's index follows what other processes write (a CLI import or deletion beside
it), without a restart, and never moves past a change it has not applied."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

from models import repository as repo
from models.tables import Role
from service.checks import run_check
from service.context import AppContext, open_context
from service.index_service import IndexService
from service.ingest import import_and_index, import_paths
from service.initiatives import delete_initiative
from service.records import validate_record
from service.runtime import open_index
from service.settings import Settings
from tests.api_support import api_client, auth, make_key
from tests.engine_fixtures import MATH_SOURCE, MATH_SUMMARY, MATH_TITLE

SOURCE = {"id": "hoa-2021", "title": MATH_TITLE, "summary": MATH_SUMMARY, "content": MATH_SOURCE,
          "author": "Nguyễn Thị Hoa", "unit": "Trường Tiểu học Hòa Bình", "field": "Toán", "year": 2021}
OTHER = {"id": "lan-2020", "title": "Xây dựng tủ sách lớp học thân thiện",
         "content": "Tổ chức cho học sinh đọc sách vào giờ ra chơi để hình thành thói quen đọc sách mỗi ngày.",
         "author": "Lê Thị Lan", "unit": "Trường Tiểu học Tân Lập", "year": 2020}
COPY = {**SOURCE, "id": "copy-2024", "author": "Phạm Văn Đức", "unit": "Trường Tiểu học Tân Lập", "year": 2024}


def write_jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def settings(data_dir: Path, db_url: str, **extra: object) -> Settings:
    return Settings(data_dir=data_dir, database_url=db_url, load_demo=False, **extra)


@pytest.fixture
def two_processes(db_url: str, tmp_path: Path) -> Iterator[tuple[AppContext, IndexService, AppContext, IndexService]]:
    """The service's context and index, and another process's (a CLI), on one database."""
    service_ctx = open_context(settings(tmp_path / "service", db_url))
    service = open_index(service_ctx)
    cli_ctx = open_context(settings(tmp_path / "cli", db_url))
    cli = open_index(cli_ctx)
    yield service_ctx, service, cli_ctx, cli
    cli_ctx.close()
    service_ctx.close()


def doc_id(ctx: AppContext, external_id: str) -> int:
    with Session(ctx.engine) as s:
        row = repo.get_initiative(s, external_id)
        assert row is not None and row.id is not None
        return row.id


def last_change(ctx: AppContext) -> int:
    with Session(ctx.engine) as s:
        return repo.last_change_id(s)


def verdict(index: IndexService) -> str:
    return run_check(index, validate_record(COPY), actor="test")["verdict"]


def test_a_cli_import_and_deletion_reach_the_running_index(two_processes, tmp_path: Path) -> None:
    service_ctx, service, cli_ctx, cli = two_processes
    import_and_index(cli_ctx, cli, [write_jsonl(tmp_path / "a.jsonl", SOURCE)])
    hoa = doc_id(cli_ctx, "hoa-2021")
    assert hoa not in service.engine.fingerprints and verdict(service) == "new"

    assert service.follow() == 1
    assert hoa in service.engine.fingerprints
    assert service.last_change == last_change(service_ctx)
    assert verdict(service) == "duplicate"
    assert service.follow() == 0  # nothing new

    delete_initiative(cli, "hoa-2021", actor="test")
    assert service.follow() == 1
    assert hoa not in service.engine.fingerprints and verdict(service) == "new"
    assert service.last_change == last_change(service_ctx)


def test_a_record_its_writer_is_still_analysing_is_left_to_it_then_taken_over(two_processes, tmp_path: Path) -> None:
    service_ctx, service, cli_ctx, cli = two_processes
    before = service.last_change
    # Two records stored by another process, which has analysed and indexed the second only (a
    # CLI import stores rows first, then analyses them one chunk after another).
    import_paths(cli_ctx, [write_jsonl(tmp_path / "a.jsonl", SOURCE, OTHER)])
    hoa, lan = doc_id(cli_ctx, "hoa-2021"), doc_id(cli_ctx, "lan-2020")
    cli.index_initiatives([lan])

    assert service.follow() == 1  # the indexed one, from its stored passages
    assert lan in service.engine.fingerprints and hoa not in service.engine.fingerprints
    # Not past the waiting change: after a save and a crash, catch-up starts before it.
    assert service.last_change == before
    assert service.follow() == 0

    assert service.follow(takeover_after_s=0) == 1  # its writer never came back: analysed here
    assert hoa in service.engine.fingerprints and verdict(service) == "duplicate"
    assert service.last_change == last_change(service_ctx)


def test_the_service_follows_by_itself(tmp_path: Path) -> None:
    data = tmp_path / "service"
    with api_client(data, index_follow_interval_s=0.2) as client:
        headers = auth(make_key(client.app, Role.app))  # type: ignore[arg-type]
        cli_ctx = open_context(Settings(data_dir=data, load_demo=False))
        try:
            import_and_index(cli_ctx, open_index(cli_ctx), [write_jsonl(tmp_path / "a.jsonl", SOURCE)])
        finally:
            cli_ctx.close()
        deadline = time.monotonic() + 20
        seen = "new"
        while time.monotonic() < deadline and seen == "new":
            time.sleep(0.2)
            response = client.post("/api/v1/check", json=COPY, headers=headers)
            assert response.status_code == 200, response.text
            seen = response.json()["verdict"]
        assert seen == "duplicate"

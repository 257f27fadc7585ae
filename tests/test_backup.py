"""`sangkien backup` / `sangkien restore`: a restored data dir gives the same checks; refusals."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from service.backup import EXIT_INDEX_ONLY, INDEX_PARTS, MANIFEST, BackupError, backup, restore
from service.cli import app
from service.context import open_context
from service.runtime import open_index
from service.settings import Settings, get_settings
from tests.api_support import api_client
from tests.restore_support import assert_expected_verdicts, build_corpus, check_all

runner = CliRunner()


def run(*args: str):
    result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def backed_up(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list]:
    """A data dir whose database is one change ahead of its saved index, its backup, and the
    checks on the original (run after the backup: starting the service there catches it up)."""
    work = tmp_path_factory.mktemp("backup")
    data = work / "data"
    build_corpus(data, work)
    result = run("backup", work / "bk", "--data-dir", data)
    assert result.exit_code == 0, result.output
    ctx = open_context(Settings(data_dir=data, load_demo=False))
    before = check_all(open_index(ctx))
    ctx.close()
    assert_expected_verdicts(before)
    return data, work / "bk", before


def test_backup_holds_database_index_and_manifest(backed_up: tuple[Path, Path, list]) -> None:
    _data, bk, _before = backed_up
    manifest = json.loads((bk / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["database"]["backend"] == "sqlite" and manifest["database"]["initiatives"] == 3
    assert manifest["database"]["schema_revision"]
    assert manifest["app_version"] and manifest["embedder"] and manifest["index_model"]
    # The index copy is older than the database copy (the late record), never newer.
    assert manifest["index"]["included"]
    assert manifest["index"]["last_change"] < manifest["database"]["last_change"]
    for part, (manifest_name, _key) in INDEX_PARTS.items():
        assert (bk / "index" / part / manifest_name).is_file()
    assert set(manifest["files"]) == {p.relative_to(bk).as_posix() for p in bk.rglob("*")
                                      if p.is_file() and p.name != MANIFEST}
    for rel, meta in manifest["files"].items():
        assert sha(bk / rel) == meta["sha256"]
    assert not (bk / "sangkien.db-wal").exists()


def test_restore_gives_the_same_checks(backed_up: tuple[Path, Path, list], tmp_path: Path,
                                       caplog: pytest.LogCaptureFixture) -> None:
    _data, bk, before = backed_up
    fresh = tmp_path / "fresh"
    result = run("restore", bk, "--data-dir", fresh)
    assert result.exit_code == 0, result.output
    assert (fresh / "sangkien.db").is_file() and (fresh / "index" / "vectors" / "manifest.json").is_file()
    caplog.set_level(logging.INFO, logger="sangkien.index")
    ctx = open_context(Settings(data_dir=fresh, load_demo=False))
    index = open_index(ctx)
    after = check_all(index)
    ctx.close()
    # The restored index was loaded (not rebuilt) and caught up with the late record.
    assert any("loaded" in r.getMessage() and "caught up 1 later changes" in r.getMessage() for r in caplog.records)
    assert not any("rebuil" in r.getMessage() for r in caplog.records)
    assert after == before


def test_restore_refuses_a_non_empty_data_dir_without_force(backed_up: tuple[Path, Path, list],
                                                            tmp_path: Path) -> None:
    data, bk, _before = backed_up
    target = tmp_path / "used"
    shutil.copytree(data, target)
    db_sha = sha(target / "sangkien.db")
    result = run("restore", bk, "--data-dir", target)
    assert result.exit_code == 1
    assert str(target) in result.output.replace("\n", "") and "--force" in result.output
    assert sha(target / "sangkien.db") == db_sha  # untouched
    # With --force the database and the index are replaced by the backup's.
    assert run("restore", bk, "--force", "--data-dir", target).exit_code == 0
    assert sha(target / "sangkien.db") == sha(bk / "sangkien.db")
    assert not (target / "sangkien.db-wal").exists()
    for part, (manifest_name, _key) in INDEX_PARTS.items():
        assert (target / "index" / part / manifest_name).read_bytes() == (bk / "index" / part / manifest_name).read_bytes()


def test_restore_refuses_while_a_service_runs_on_the_data_dir(backed_up: tuple[Path, Path, list],
                                                             tmp_path: Path) -> None:
    data, bk, _before = backed_up
    target = tmp_path / "served"
    shutil.copytree(data, target)
    with api_client(target) as client:
        assert client.get("/healthz").status_code == 200
        untouched = sha(target / "sangkien.db")
        refused = run("restore", bk, "--force", "--data-dir", target)
        assert refused.exit_code == 1
        assert "service is running" in refused.output and str(target) in refused.output.replace("\n", "")
        assert sha(target / "sangkien.db") == untouched
        assert client.get("/readyz").status_code == 200  # the service goes on, on its own data
    # Once it has stopped, the same command restores.
    assert run("restore", bk, "--force", "--data-dir", target).exit_code == 0
    assert sha(target / "sangkien.db") == sha(bk / "sangkien.db")


@pytest.mark.parametrize("damage", ["flip a database byte", "truncate an index file", "delete an index file"])
def test_restore_refuses_a_damaged_backup(backed_up: tuple[Path, Path, list], tmp_path: Path, damage: str) -> None:
    _data, bk, _before = backed_up
    copy = tmp_path / "bk"
    shutil.copytree(bk, copy)
    if damage == "flip a database byte":
        victim = copy / "sangkien.db"
        raw = bytearray(victim.read_bytes())
        raw[len(raw) // 2] ^= 0xFF
        victim.write_bytes(bytes(raw))
    else:
        victim = next((copy / "index" / "vectors").glob("*.faiss"))
        if damage == "truncate an index file":
            victim.write_bytes(victim.read_bytes()[:50])
        else:
            victim.unlink()
    fresh = tmp_path / "fresh"
    result = run("restore", copy, "--data-dir", fresh)
    assert result.exit_code == 1
    out = result.output.replace("\n", "")
    assert victim.name in out and ("checksum mismatch" in out or "missing" in out)
    assert not (fresh / "sangkien.db").exists()


def test_restore_refuses_what_is_not_a_backup(tmp_path: Path) -> None:
    result = run("restore", tmp_path / "nowhere", "--data-dir", tmp_path / "d")
    assert result.exit_code == 2 and "nowhere" in result.output
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "sangkien.db").write_bytes(b"x")  # an interrupted backup: no manifest
    result = run("restore", tmp_path / "half", "--data-dir", tmp_path / "d")
    assert result.exit_code == 2 and "backup.json" in result.output


def test_backup_refusals(backed_up: tuple[Path, Path, list], tmp_path: Path) -> None:
    data, _bk, _before = backed_up
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("x")
    result = run("backup", busy, "--data-dir", data)
    assert result.exit_code == 1 and "not empty" in result.output and (busy / "keep.txt").read_text() == "x"
    result = run("backup", tmp_path / "b2", "--data-dir", tmp_path / "no-data")
    assert result.exit_code == 2 and "no database" in result.output and "no-data" in result.output.replace("\n", "")
    assert not (tmp_path / "b2").exists()


def test_backup_without_an_index_still_restores(backed_up: tuple[Path, Path, list], tmp_path: Path,
                                                caplog: pytest.LogCaptureFixture) -> None:
    data, _bk, _before = backed_up
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    shutil.rmtree(copy / "index")
    result = backup(Settings(data_dir=copy, load_demo=False), tmp_path / "bk")
    assert result.database_copied and not result.index_copied and result.manifest["index"]["included"] is False
    fresh = tmp_path / "fresh"
    assert run("restore", tmp_path / "bk", "--data-dir", fresh).exit_code == 0
    caplog.set_level(logging.INFO, logger="sangkien.index")
    ctx = open_context(Settings(data_dir=fresh, load_demo=False))
    assert len(open_index(ctx).engine.fingerprints) == 3  # rebuilt from the restored database
    ctx.close()
    assert any("no index found" in r.getMessage() and "rebuilding" in r.getMessage() for r in caplog.records)


def test_backup_with_postgres_copies_only_the_index_and_says_so(backed_up: tuple[Path, Path, list], tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    data, _bk, _before = backed_up
    # Nothing listens on port 1: the database facts are unavailable, the index is still copied.
    monkeypatch.setenv("DATABASE_URL", "postgresql://sangkien:x@127.0.0.1:1/sangkien")
    get_settings.cache_clear()
    try:
        result = run("backup", tmp_path / "bk", "--data-dir", data)
    finally:
        monkeypatch.delenv("DATABASE_URL")
        get_settings.cache_clear()
    out = result.output.replace("\n", " ")
    assert result.exit_code == EXIT_INDEX_ONLY
    assert "only the index was copied" in out and "pg_dump" in out and "NOT in this backup" in out
    assert (tmp_path / "bk" / "index" / "vectors" / "manifest.json").is_file()
    assert not (tmp_path / "bk" / "sangkien.db").exists()
    # Such a backup cannot be restored into a SQLite data dir; with PostgreSQL it restores the index only.
    with pytest.raises(BackupError, match="pg_restore"):
        restore(Settings(data_dir=tmp_path / "fresh", load_demo=False), tmp_path / "bk")
    pg = Settings(data_dir=tmp_path / "fresh", load_demo=False, database_url="postgresql://sangkien:x@127.0.0.1:1/sangkien")
    restored = restore(pg, tmp_path / "bk")
    assert restored.index_restored and not restored.database_restored
    assert any("pg_restore" in note for note in restored.notes)
    assert (tmp_path / "fresh" / "index" / "vectors" / "manifest.json").is_file()
    assert not (tmp_path / "fresh" / "sangkien.db").exists()

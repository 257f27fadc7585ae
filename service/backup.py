"""Backup and restore of a data directory (``sangkien backup`` / ``sangkien restore``).

A backup is a directory::

    PATH/backup.json      manifest: time, app version, embedder, schema revision, change ids, checksums
    PATH/sangkien.db      the SQLite database, copied with SQLite's online backup API (SQLite only)
    PATH/index/...        the index files named by the index manifests (may be absent)

It is a directory rather than an archive so that it can be inspected, synced incrementally and
compressed with any tool (``tar czf``); ``backup.json`` is written last, so a directory without
it is an interrupted backup and ``restore`` refuses it.

Consistency: the index may be older than the database (the service catches it up from the
change log on start) but must never be newer. So the index is copied *first* (and verified:
every part's checksum, all parts at the same change id) and the database *after* it; if the
copied index still claims a later change than the copied database, it is left out and the
service rebuilds it from the database on start.

With PostgreSQL (``DATABASE_URL``) only the index is copied; the database is backed up with
``pg_dump`` after this command (see README, "Backup and restore").
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import json
import logging
import os
import shutil
import sqlite3
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy.engine import make_url

from service.data_dir_lock import LOCK_NAME, ServiceRunning, no_service
from service.settings import Settings

log = logging.getLogger("sangkien.backup")

FORMAT_VERSION = 1
MANIFEST = "backup.json"
DB_FILE = "sangkien.db"
INDEX_DIR = "index"
# The index parts and their manifests (written by indexing.vector_index, fingerprint_index, term_stats):
# manifest file name, and the manifest key naming the data file.
INDEX_PARTS = {"vectors": ("manifest.json", "index_file"),
               "fingerprints": ("fingerprints.json", "file"),
               "terms": ("term_stats.json", "file")}
INDEX_COPY_ATTEMPTS = 5
_CHUNK = 1 << 20

# Exit codes of the CLI.
EXIT_FAILED = 1
EXIT_NOT_FOUND = 2
EXIT_INDEX_ONLY = 3  # PostgreSQL: the index was copied, the database must be dumped with pg_dump


class BackupError(Exception):
    """A backup or restore that cannot be done; the message names the path concerned."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


@dataclass
class BackupResult:
    path: Path
    manifest: dict[str, Any]
    database_copied: bool
    index_copied: bool
    notes: list[str] = field(default_factory=list)


@dataclass
class RestoreResult:
    data_dir: Path
    manifest: dict[str, Any]
    database_restored: bool
    index_restored: bool
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------- helpers
def _is_sqlite(settings: Settings) -> bool:
    return make_url(settings.resolved_database_url).get_backend_name() == "sqlite"


def _sqlite_path(settings: Settings) -> Path:
    database = make_url(settings.resolved_database_url).database
    if not database or database == ":memory:":
        raise BackupError(f"{settings.resolved_database_url}: an in-memory database cannot be backed up")
    return Path(database)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_hashing(src: Path, dst: Path) -> str:
    """Copy ``src`` to ``dst`` (fsynced) and return the sha256 of what was copied."""
    digest = hashlib.sha256()
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        while chunk := fin.read(_CHUNK):
            digest.update(chunk)
            fout.write(chunk)
        fout.flush()
        os.fsync(fout.fileno())
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _has_files(folder: Path) -> bool:
    """True when ``folder`` holds any file (empty sub-folders and the service lock do not count)."""
    if not folder.exists():
        return False
    return any((p.is_file() or p.is_symlink()) and p != folder / LOCK_NAME for p in folder.rglob("*"))


def _app_version() -> str:
    try:
        return importlib.metadata.version("sangkien")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


# ---------------------------------------------------------------------------- index copy
def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _copy_index_once(src: Path, dst: Path) -> tuple[int | None, str, dict[str, Any]]:
    """Copy the files the index manifests name; returns (last_change, problem, vector manifest).

    ``problem`` is empty when every part's data file matched its manifest's checksum and all
    parts are at the same change (no save ran in between)."""
    changes: dict[str, int] = {}
    vector_manifest: dict[str, Any] = {}
    for part, (manifest_name, file_key) in INDEX_PARTS.items():
        manifest = _read_json(src / part / manifest_name)
        if manifest is None:
            return None, f"{src / part / manifest_name} is missing or unreadable", {}
        name = manifest.get(file_key)
        if not isinstance(name, str) or PurePosixPath(name).name != name or name in ("", ".", ".."):
            return None, f"{src / part / manifest_name} names no valid data file", {}
        (dst / part).mkdir(parents=True, exist_ok=True)
        try:
            digest = _copy_hashing(src / part / name, dst / part / name)
        except FileNotFoundError:
            return None, f"{src / part / name} is missing (an index save may be running)", {}
        if digest != manifest.get("checksum"):
            return None, f"{src / part / name} does not match its manifest (an index save may be running)", {}
        # The manifest as read (not re-read: a save may have replaced it since).
        (dst / part / manifest_name).write_bytes(json.dumps(manifest, indent=2, ensure_ascii=False).encode())
        try:
            changes[part] = int(manifest.get("last_change") or 0)
        except (TypeError, ValueError):
            return None, f"{src / part / manifest_name} has no valid last_change", {}
        if part == "vectors":
            vector_manifest = manifest
    if len(set(changes.values())) != 1:
        return None, f"index parts at different changes {changes} (an index save may be running)", {}
    return next(iter(changes.values())), "", vector_manifest


def _copy_index(src: Path, dst: Path) -> tuple[int | None, str, dict[str, Any]]:
    """A consistent copy of the index at ``src`` in ``dst`` (absent when there is none)."""
    if not _has_files(src):
        return None, f"no index in {src}", {}
    problem = ""
    for attempt in range(INDEX_COPY_ATTEMPTS):
        staging = dst.with_name(f".{dst.name}.partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        last_change, problem, vector_manifest = _copy_index_once(src, staging)
        if last_change is not None:
            staging.rename(dst)
            return last_change, "", vector_manifest
        shutil.rmtree(staging, ignore_errors=True)
        log.info("index copy attempt %d: %s; retrying", attempt + 1, problem)
        time.sleep(0.2 * (attempt + 1))
    return None, problem, {}


# ---------------------------------------------------------------------------- database copy
def _sqlite_backup(src: Path, dst: Path) -> None:
    """Copy a live SQLite database with the online backup API into one self-contained file."""
    source = sqlite3.connect(src, timeout=30)
    try:
        target = sqlite3.connect(dst)
        try:
            # One step: a consistent snapshot (in WAL mode the service keeps writing meanwhile).
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # no -wal file next to the copy
            row = target.execute("PRAGMA quick_check").fetchone()
            if not row or row[0] != "ok":
                raise BackupError(f"{src}: the copied database fails SQLite's quick_check: {row}")
        finally:
            target.close()
    finally:
        source.close()


def _sqlite_facts(db: Path) -> dict[str, Any]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        def one(sql: str) -> Any:
            try:
                row = conn.execute(sql).fetchone()
            except sqlite3.Error:
                return None
            return row[0] if row else None

        return {"schema_revision": one("SELECT version_num FROM alembic_version"),
                "last_change": int(one("SELECT coalesce(max(id), 0) FROM change_log") or 0),
                "initiatives": one("SELECT count(*) FROM initiative")}
    finally:
        conn.close()


def _postgres_facts(settings: Settings) -> dict[str, Any]:
    from sqlalchemy import text

    from models.db import make_engine

    engine = make_engine(settings.resolved_database_url)
    try:
        with engine.connect() as conn:
            return {"schema_revision": conn.execute(text("SELECT version_num FROM alembic_version")).scalar(),
                    "last_change": int(conn.execute(text("SELECT coalesce(max(id), 0) FROM change_log")).scalar() or 0),
                    "initiatives": conn.execute(text("SELECT count(*) FROM initiative")).scalar()}
    except Exception as exc:  # the database may be down; the index copy is still worth having
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        log.warning("cannot read the PostgreSQL database (its schema revision and last change are left out of "
                    "the backup manifest): %s", first)
        return {"schema_revision": None, "last_change": None, "initiatives": None}
    finally:
        engine.dispose()


def _checksums(root: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        if rel == MANIFEST:
            continue
        out[rel] = {"sha256": _sha256_file(path), "bytes": path.stat().st_size}
    return out


# ---------------------------------------------------------------------------- backup
def backup(settings: Settings, target: Path) -> BackupResult:
    """Back up the data directory of ``settings`` into the new or empty directory ``target``."""
    target = Path(target)
    if target.exists() and not target.is_dir():
        raise BackupError(f"{target}: exists and is not a directory; give a new or empty directory")
    if target.is_dir() and any(target.iterdir()):
        raise BackupError(f"{target}: directory is not empty; give a new or empty directory")
    sqlite = _is_sqlite(settings)
    db_path = _sqlite_path(settings) if sqlite else None
    if db_path is not None and not db_path.is_file():
        raise BackupError(f"{db_path}: no database to back up", EXIT_NOT_FOUND)
    created = not target.exists()
    try:
        target.mkdir(parents=True, exist_ok=True)
        return _backup_into(settings, target, db_path)
    except BaseException as exc:
        # Leave nothing that could pass for a backup.
        if created:
            shutil.rmtree(target, ignore_errors=True)
        else:
            for child in target.iterdir():
                if child.is_dir():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink(missing_ok=True)
        if isinstance(exc, (OSError, sqlite3.Error)):
            where = getattr(exc, "filename", None) or target
            raise BackupError(f"{where}: backup failed: {exc}") from exc
        raise


def _backup_into(settings: Settings, target: Path, db_path: Path | None) -> BackupResult:
    notes: list[str] = []
    started = datetime.now(UTC)
    # 1. The index first: it may then be older than the database copy, never newer.
    index_change, problem, vector_manifest = _copy_index(settings.index_dir, target / INDEX_DIR)
    if index_change is None:
        notes.append(f"index not copied ({problem}); the service rebuilds it from the database on start")
        log.warning("index not copied: %s", problem)
    # 2. Then the database.
    if db_path is not None:
        _sqlite_backup(db_path, target / DB_FILE)
        facts = _sqlite_facts(target / DB_FILE)
        database = {"backend": "sqlite", "file": DB_FILE, **facts}
    else:
        facts = _postgres_facts(settings)
        database = {"backend": "postgresql", "file": None, **facts}
    db_change = facts.get("last_change")
    if index_change is not None and db_change is not None and index_change > db_change:
        # Cannot happen when the database only grows; a restored older database could do it.
        shutil.rmtree(target / INDEX_DIR, ignore_errors=True)
        notes.append(f"index left out: it contains change {index_change}, the database only {db_change}; "
                     "the service rebuilds it on start")
        log.warning("index copy is newer than the database copy (%s > %s): left out", index_change, db_change)
        index_change = None
    manifest = {
        "format_version": FORMAT_VERSION,
        "kind": "sangkien-backup",
        "created_at": started.isoformat(),
        "finished_at": datetime.now(UTC).isoformat(),
        "app_version": _app_version(),
        "embedder": settings.embedder,
        "index_model": vector_manifest.get("model") if index_change is not None else None,
        "database": database,
        "index": {"included": index_change is not None, "last_change": index_change},
        "files": _checksums(target),
    }
    _write_json_atomic(target / MANIFEST, manifest)  # last: marks the backup complete
    log.info("backup written to %s: database %s, index %s", target,
             "copied" if db_path is not None else "NOT copied (PostgreSQL)",
             f"at change {index_change}" if index_change is not None else "not included")
    return BackupResult(target, manifest, database_copied=db_path is not None,
                        index_copied=index_change is not None, notes=notes)


# ---------------------------------------------------------------------------- restore
def read_backup(source: Path) -> dict[str, Any]:
    """The manifest of a complete backup at ``source``, after checking every file's checksum."""
    source = Path(source)
    if not source.is_dir():
        raise BackupError(f"{source}: no such backup directory", EXIT_NOT_FOUND)
    manifest_path = source / MANIFEST
    if not manifest_path.is_file():
        raise BackupError(f"{source}: not a complete sangkien backup (no {MANIFEST})", EXIT_NOT_FOUND)
    manifest = _read_json(manifest_path)
    if manifest is None or manifest.get("kind") != "sangkien-backup" or not isinstance(manifest.get("files"), dict):
        raise BackupError(f"{manifest_path}: unreadable backup manifest")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(f"{manifest_path}: unsupported backup format {manifest.get('format_version')!r}")
    bad: list[str] = []
    for rel, meta in manifest["files"].items():
        pure = PurePosixPath(rel)
        if pure.is_absolute() or ".." in pure.parts or not isinstance(meta, dict):
            raise BackupError(f"{manifest_path}: invalid file entry {rel!r}")
        path = source / pure
        if not path.is_file():
            bad.append(f"{path}: missing")
        elif path.stat().st_size != meta.get("bytes") or _sha256_file(path) != meta.get("sha256"):
            bad.append(f"{path}: checksum mismatch")
    database = manifest.get("database") or {}
    if database.get("backend") == "sqlite" and database.get("file") not in manifest["files"]:
        bad.append(f"{source / str(database.get('file'))}: the database file is not listed in the manifest")
    if bad:
        raise BackupError("backup failed verification: " + "; ".join(bad))
    return manifest


def restore(settings: Settings, source: Path, *, force: bool = False) -> RestoreResult:
    """Restore the backup at ``source`` into the data directory of ``settings``.

    Refuses a data directory holding any file unless ``force``; then the database and index
    there are replaced (other files, such as the session secret, are kept). Refuses while a
    service runs on the data directory (``service.data_dir_lock``). The service started
    afterwards loads the index and catches up from the change log (or rebuilds it when the
    backup holds none).
    """
    source = Path(source)
    manifest = read_backup(source)
    data_dir = settings.data_dir
    backend = (manifest.get("database") or {}).get("backend")
    sqlite = _is_sqlite(settings)
    if backend == "sqlite" and not sqlite:
        raise BackupError(f"{source}: holds a SQLite database but DATABASE_URL points at "
                          f"{make_url(settings.resolved_database_url).get_backend_name()}; unset DATABASE_URL "
                          "to restore it into the data directory")
    if backend == "postgresql" and sqlite:
        raise BackupError(f"{source}: holds no database (it was taken with PostgreSQL); restore the database "
                          "with pg_restore and set DATABASE_URL, then run restore again")
    if backend not in ("sqlite", "postgresql"):
        raise BackupError(f"{source / MANIFEST}: unknown database backend {backend!r}")
    if data_dir.exists() and not data_dir.is_dir():
        raise BackupError(f"{data_dir}: exists and is not a directory")
    try:
        with no_service(data_dir):
            if _has_files(data_dir) and not force:
                raise BackupError(f"{data_dir}: data directory is not empty; restore refuses to overwrite it "
                                  "without --force")
            return _restore_into(settings, source, manifest)
    except ServiceRunning as exc:
        raise BackupError(str(exc)) from None
    except OSError as exc:
        where = exc.filename or data_dir
        raise BackupError(f"{where}: restore failed: {exc}") from exc


def _restore_into(settings: Settings, source: Path, manifest: dict[str, Any]) -> RestoreResult:
    data_dir = settings.data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    notes: list[str] = []
    index_dir = settings.index_dir
    # The old index goes first, whatever the backup holds: an index of another database could
    # otherwise be "caught up" against the restored change log.
    shutil.rmtree(index_dir, ignore_errors=True)
    database_restored = False
    if manifest["database"]["backend"] == "sqlite":
        db_path = _sqlite_path(settings)
        db_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = db_path.with_name(f".{db_path.name}.restoring")
        _copy_hashing(source / manifest["database"]["file"], tmp)
        for suffix in ("-wal", "-shm", "-journal"):  # would be replayed onto the restored file
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, db_path)
        _fsync_dir(db_path.parent)
        database_restored = True
    else:
        notes.append("database not restored (PostgreSQL): restore it with pg_restore")
    index_restored = bool((manifest.get("index") or {}).get("included")) and (source / INDEX_DIR).is_dir()
    if index_restored:
        staging = index_dir.with_name(f".{index_dir.name}.restoring")
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(source / INDEX_DIR, staging)
        staging.rename(index_dir)
        _fsync_dir(data_dir)
        notes.append(f"index restored at change {manifest['index']['last_change']}; the service catches up "
                     "from the change log on start")
    else:
        index_dir.mkdir(parents=True, exist_ok=True)
        notes.append("the backup holds no index; the service rebuilds it from the database on start")
    embedder = manifest.get("embedder")
    if embedder and embedder != settings.embedder:
        notes.append(f"backup taken with embedder {embedder!r}, this service uses {settings.embedder!r}: "
                     "the index is rebuilt (and passages re-embedded) on start")
    log.info("restored %s into %s", source, data_dir)
    return RestoreResult(data_dir, manifest, database_restored=database_restored,
                         index_restored=index_restored, notes=notes)

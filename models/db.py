"""Database engine and sessions: SQLite (WAL, foreign keys) by default, PostgreSQL by URL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, create_engine

# How long a writer waits for another one (SQLite's busy timeout, PostgreSQL's lock_timeout)
# before its request fails as busy.
DEFAULT_LOCK_TIMEOUT_S = 30.0
# The key of PostgreSQL's advisory lock that makes writers take turns, as SQLite's write lock does.
WRITE_LOCK_KEY = 0x5A6B1E
# PostgreSQL's lock_not_available (lock_timeout passed).
_PG_LOCK_NOT_AVAILABLE = "55P03"


def normalise_url(url: str) -> str:
    """Accept the usual ``postgresql://`` / ``postgres://`` forms and use psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _sqlite_pragmas(busy_ms: int):
    def apply(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        # WAL lets readers (checks) go on while the importer writes; busy_timeout makes a second
        # writer wait instead of failing with "database is locked".
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        # Deleted rows are overwritten with zeros, not left in free pages: an erased person's
        # name and texts must not stay readable in the database file.
        cur.execute("PRAGMA secure_delete=ON")
        cur.execute(f"PRAGMA busy_timeout={busy_ms}")
        cur.close()

    return apply


def make_engine(url: str, *, lock_timeout_s: float = DEFAULT_LOCK_TIMEOUT_S) -> Engine:
    url = normalise_url(url)
    wait_ms = max(1, int(lock_timeout_s * 1000))
    if url.startswith("sqlite"):
        if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
            Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": lock_timeout_s})
        event.listen(engine, "connect", _sqlite_pragmas(wait_ms))
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20,
                         connect_args={"options": f"-c lock_timeout={wait_ms}"})


def begin_write(session: Session) -> None:
    """Start the session's transaction as the one writer, waiting up to the lock timeout for
    the writer before it (then ``is_busy`` is true of the error).

    SQLite: ``BEGIN IMMEDIATE``. Under WAL a transaction that reads first (a savepoint opens one)
    and writes later fails at its first write with "database is locked", without waiting, when
    another connection committed in between: its read snapshot is stale. Call it on a fresh
    session or right after a commit, before the first statement.

    PostgreSQL: the transaction-scoped advisory lock ``WRITE_LOCK_KEY``, so that writers (the
    service, a CLI import beside it) take turns as they do on SQLite; see ``hold_change_order``."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("BEGIN IMMEDIATE"))
    else:
        hold_change_order(session)


def hold_change_order(session: Session) -> None:
    """PostgreSQL: hold the writers' advisory lock until this transaction ends (again is free).

    Change-log ids come from a sequence when a row is inserted, not when it commits. Without
    the lock a writer could take id 10, another id 11 and commit first, and a reader that saw 11
    would never look below it again: the index would skip change 10. With it a change row is
    inserted only after every earlier one is committed. SQLite writers take turns anyway."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})


def flush_deleted(engine: Engine) -> bool:
    """SQLite: copy the write-ahead log into the database file and empty it, so that deleted rows
    (zeroed there by ``secure_delete``) leave no older copy in the log. False when a reader kept
    part of the log in use (it is emptied at a later checkpoint). PostgreSQL: nothing to do here
    (deleted rows stay in its files until VACUUM FULL; README, personal data)."""
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as conn:
        busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return not busy


def is_busy(exc: BaseException) -> bool:
    """Whether a database error means another writer held the lock past the lock timeout."""
    if not isinstance(exc, OperationalError):
        return False
    orig = exc.orig
    if getattr(orig, "sqlstate", None) == _PG_LOCK_NOT_AVAILABLE:
        return True
    message = str(orig).lower()
    return "database is locked" in message or "database is busy" in message


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def is_reachable(engine: Engine) -> bool:
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        return True
    except Exception:
        return False

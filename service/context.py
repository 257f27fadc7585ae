"""What every entry point (CLI command, web app, job) needs: settings and a migrated database."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from models.db import make_engine
from models.migrate import upgrade
from service.settings import Settings

log = logging.getLogger("sangkien")


@dataclass
class AppContext:
    settings: Settings
    engine: Engine

    def close(self) -> None:
        self.engine.dispose()


def open_context(settings: Settings) -> AppContext:
    settings.ensure_dirs()
    engine = make_engine(settings.resolved_database_url)
    upgrade(engine)
    log.info("database ready: %s", engine.url.render_as_string(hide_password=True))
    return AppContext(settings=settings, engine=engine)


def begin_write(session: Session) -> None:
    """Start the session's transaction as a writer now (SQLite: ``BEGIN IMMEDIATE``, waiting up
    to the busy timeout for another writer); nothing to do on PostgreSQL.

    Under SQLite's WAL a transaction that reads first (a savepoint opens one) and writes later
    fails at its first write with "database is locked", without waiting, when another connection
    committed in between: its read snapshot is stale. Call it on a fresh session or right after
    a commit, before the first statement."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("BEGIN IMMEDIATE"))

"""What every entry point (CLI command, web app, job) needs: settings and a migrated database."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.engine import Engine

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
    engine = make_engine(settings.resolved_database_url, lock_timeout_s=settings.db_lock_timeout_s)
    upgrade(engine)
    log.info("database ready: %s", engine.url.render_as_string(hide_password=True))
    return AppContext(settings=settings, engine=engine)

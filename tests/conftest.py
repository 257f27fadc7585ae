"""Shared fixtures. Database tests run on SQLite always and on PostgreSQL when
SANGKIEN_TEST_POSTGRES_URL is set (.ci/run starts a server and sets it)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from models.db import make_engine  # noqa: E402
from models.migrate import upgrade  # noqa: E402

POSTGRES_URL = os.environ.get("SANGKIEN_TEST_POSTGRES_URL")


def _backends() -> list:
    params = [pytest.param("sqlite", id="sqlite")]
    if POSTGRES_URL:
        params.append(pytest.param("postgres", id="postgres", marks=pytest.mark.postgres))
    elif os.environ.get("SANGKIEN_REQUIRE_POSTGRES") == "1":
        raise RuntimeError("SANGKIEN_REQUIRE_POSTGRES=1 but SANGKIEN_TEST_POSTGRES_URL is not set")
    return params


def reset_postgres(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=_backends())
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL to an empty database, on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'sangkien.db'}"
    assert POSTGRES_URL
    reset_postgres(POSTGRES_URL)
    return POSTGRES_URL


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A migrated, empty database on each backend."""
    eng = make_engine(db_url)
    upgrade(eng)
    yield eng
    eng.dispose()

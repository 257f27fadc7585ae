"""Helpers for the REST API tests: an app on a temporary data dir, keys per role, error asserts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from models.tables import Role
from service.app import create_app
from service.security import create_api_key
from service.settings import Settings


@contextmanager
def api_client(data_dir: Path, **settings: Any) -> Iterator[TestClient]:
    app = create_app(Settings(data_dir=data_dir, load_demo=False, **settings))
    with TestClient(app) as client:
        yield client


def make_key(app: FastAPI, role: Role, name: str | None = None) -> str:
    with Session(app.state.ctx.engine) as session:
        _, key = create_api_key(session, name or f"test {role.value}", role)
        session.commit()
    return key


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def keys_by_role(app: FastAPI) -> dict[Role, dict[str, str]]:
    return {role: auth(make_key(app, role)) for role in Role}


def assert_error(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    """The response is the one error shape with this status (and code)."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message", "details"}, body
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if code is not None:
        assert body["error"]["code"] == code, body
    return body["error"]


def record(external_id: str, title: str, *, author: str = "Nguyễn Thị Hoa", unit: str = "Trường Tiểu học Đồi Ngô",
           year: int = 2024, content: str = "", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"id": external_id, "title": title, "author": author, "unit": unit, "year": year}
    if content:
        body["content"] = content
    body.update(extra)
    return body

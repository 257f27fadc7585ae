"""Every /api/v1 endpoint refuses callers without a key (401) and roles that may not use it (403),
and lets the allowed roles through the role check (answers that are not 401/403)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from models.tables import Role
from tests.api_support import api_client, assert_error, auth, keys_by_role, make_key

R, A, U, D = Role.reviewer, Role.app, Role.auditor, Role.admin
EVERYONE = frozenset(Role)


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    allowed: frozenset[Role]
    # Sent by everyone; chosen so that an allowed caller gets a cheap answer (404, 415, 422...).
    kwargs: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{self.method} {self.path}"


# Who may do what, as the issue states it: ingest for writes, delete and administration for admins,
# the audit log for auditors and admins, decisions for reviewers, checks for all but auditors.
ENDPOINTS = [
    Endpoint("POST", "/api/v1/check", frozenset({R, A, D}), {"json": {}}),
    Endpoint("POST", "/api/v1/check?save=true", frozenset({A, D}), {"json": {}}),
    Endpoint("POST", "/api/v1/initiatives", frozenset({A, D}), {"json": {}}),
    Endpoint("GET", "/api/v1/initiatives", EVERYONE),
    Endpoint("GET", "/api/v1/initiatives/khong-co", EVERYONE),
    Endpoint("PUT", "/api/v1/initiatives/khong-co", frozenset({A, D}), {"json": {}}),
    Endpoint("DELETE", "/api/v1/initiatives/khong-co", frozenset({D})),
    Endpoint("GET", "/api/v1/initiatives/khong-co/similar", EVERYONE),
    Endpoint("POST", "/api/v1/initiatives:bulk", frozenset({A, D}),
             {"content": b"a,b", "headers": {"Content-Type": "text/csv"}}),
    Endpoint("GET", "/api/v1/people/999999/history", EVERYONE),
    Endpoint("GET", "/api/v1/people/999999/export", frozenset({D})),
    Endpoint("DELETE", "/api/v1/people/999999", frozenset({D})),
    Endpoint("POST", "/api/v1/decisions", frozenset({R, D}), {"json": {}}),
    Endpoint("GET", "/api/v1/decisions", EVERYONE),
    Endpoint("GET", "/api/v1/audit-log", frozenset({U, D})),
    Endpoint("POST", "/api/v1/keys", frozenset({D}), {"json": {}}),
    Endpoint("GET", "/api/v1/keys", frozenset({D})),
    Endpoint("DELETE", "/api/v1/keys/999999", frozenset({D})),
    Endpoint("POST", "/api/v1/users", frozenset({D}), {"json": {}}),
    Endpoint("POST", "/api/v1/audits", frozenset({U, D}), {"json": {}}),
    Endpoint("GET", "/api/v1/audits/999999", frozenset({U, D})),
    Endpoint("POST", "/api/v1/audits/999999/cancel", frozenset({U, D})),
    Endpoint("GET", "/api/v1/audits/999999/report.json", frozenset({U, D})),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with api_client(Path(tmp_path_factory.mktemp("api-auth"))) as c:
        yield c


@pytest.fixture(scope="module")
def role_headers(client: TestClient) -> dict[Role, dict[str, str]]:
    return keys_by_role(client.app)  # type: ignore[arg-type]


def _call(client: TestClient, ep: Endpoint, headers: dict[str, str] | None) -> Any:
    kwargs = dict(ep.kwargs)
    merged = {**kwargs.pop("headers", {}), **(headers or {})}
    return client.request(ep.method, ep.path, headers=merged, **kwargs)


def test_every_api_route_is_in_the_table(client: TestClient) -> None:
    paths = client.app.openapi()["paths"]  # type: ignore[attr-defined]
    routes = {(method.upper(), path) for path, ops in paths.items() if path.startswith("/api/v1") for method in ops}
    covered = {(ep.method, ep.path.split("?")[0].replace("khong-co", "{external_id}")
                .replace("people/999999", "people/{person_id}").replace("keys/999999", "keys/{key_id}")
                .replace("audits/999999", "audits/{job_id}").replace("report.json", "report.{fmt}"))
               for ep in ENDPOINTS}
    assert routes == covered


@pytest.mark.parametrize("ep", ENDPOINTS, ids=lambda ep: ep.name)
def test_without_key_401(client: TestClient, ep: Endpoint) -> None:
    response = _call(client, ep, None)
    assert_error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("ep", ENDPOINTS, ids=lambda ep: ep.name)
@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_role_matrix(client: TestClient, role_headers: dict[Role, dict[str, str]], ep: Endpoint, role: Role) -> None:
    response = _call(client, ep, role_headers[role])
    if role in ep.allowed:
        assert response.status_code not in (401, 403), response.text
        assert response.status_code < 500, response.text
    else:
        assert_error(response, 403, "forbidden")


def test_bad_and_revoked_keys(client: TestClient, role_headers: dict[Role, dict[str, str]]) -> None:
    assert_error(client.get("/api/v1/initiatives", headers={"Authorization": "Basic abc"}), 401)
    assert_error(client.get("/api/v1/initiatives", headers=auth("sk_nope_nope")), 401)
    key = make_key(client.app, Role.app, "sẽ bị thu hồi")  # type: ignore[arg-type]
    assert client.get("/api/v1/initiatives", headers=auth(key)).status_code == 200
    listed = client.get("/api/v1/keys", headers=role_headers[Role.admin]).json()
    key_id = next(k["id"] for k in listed if k["name"] == "sẽ bị thu hồi")
    revoked = client.delete(f"/api/v1/keys/{key_id}", headers=role_headers[Role.admin])
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    assert_error(client.get("/api/v1/initiatives", headers=auth(key)), 401)
    assert_error(client.delete(f"/api/v1/keys/{key_id}", headers=role_headers[Role.admin]), 404, "key_not_found")


def test_admin_creates_keys_and_users(client: TestClient, role_headers: dict[Role, dict[str, str]]) -> None:
    admin = role_headers[Role.admin]
    created = client.post("/api/v1/keys", json={"name": "Hồ sơ điện tử", "role": "app"}, headers=admin)
    assert created.status_code == 201
    body = created.json()
    assert body["key"].startswith(f"sk_{body['prefix']}_")
    assert client.get("/api/v1/initiatives", headers=auth(body["key"])).status_code == 200
    # The key is never shown again.
    assert all("key" not in k for k in client.get("/api/v1/keys", headers=admin).json())
    assert_error(client.post("/api/v1/keys", json={"name": "x", "role": "chief"}, headers=admin), 422)
    assert_error(client.post("/api/v1/keys", json={"name": "x", "role": "app", "extra": 1}, headers=admin), 422)

    user = {"username": "thuky", "password": "mot-mat-khau-dai", "role": "reviewer"}
    made = client.post("/api/v1/users", json=user, headers=admin)
    assert made.status_code == 201 and made.json()["role"] == "reviewer" and "password" not in made.json()
    assert_error(client.post("/api/v1/users", json=user, headers=admin), 409, "username_taken")
    assert_error(client.post("/api/v1/users", json={**user, "username": "b", "password": "ngan"}, headers=admin), 422)

    log = client.get("/api/v1/audit-log", params={"action": "key_create"}, headers=admin).json()
    assert any(e["details"]["name"] == "Hồ sơ điện tử" and e["actor"].startswith("key:") for e in log["items"])
    log = client.get("/api/v1/audit-log", params={"action": "user_create", "target_type": "user"}, headers=admin).json()
    assert [e["details"]["username"] for e in log["items"]].count("thuky") == 1


def test_audit_log_is_read_only(client: TestClient, role_headers: dict[Role, dict[str, str]]) -> None:
    admin = role_headers[Role.admin]
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        assert_error(client.request(method, "/api/v1/audit-log", headers=admin), 405)
    assert client.post("/api/v1/keys", json={"name": "nhật ký", "role": "app"}, headers=admin).status_code == 201
    before = client.get("/api/v1/audit-log", params={"action": "key_create"}, headers=admin).json()["items"]
    for method in ("PUT", "PATCH", "DELETE"):  # no route addresses one entry either
        assert_error(client.request(method, f"/api/v1/audit-log/{before[0]['id']}", json={"action": "x"},
                                    headers=admin), 404)
    assert client.get("/api/v1/audit-log", params={"action": "key_create"}, headers=admin).json()["items"] == before

"""Requests per minute on /api/v1: per API key, per address without a valid key; 429 in the one
error shape with Retry-After; the bucket refills with time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from models.tables import Role
from service.api.ratelimit import RateLimiter
from service.settings import Settings
from tests.api_support import api_client, assert_error, auth, make_key

LIMIT = 3
LIST = "/api/v1/initiatives"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def client(tmp_path: Path, clock: Clock) -> Iterator[TestClient]:
    with api_client(tmp_path, rate_limit_per_minute=LIMIT) as c:
        c.app.state.rate_limiter.clock = clock  # type: ignore[attr-defined]
        yield c


def test_a_key_over_its_limit_gets_429_and_others_do_not(client: TestClient, clock: Clock) -> None:
    app = client.app
    first = auth(make_key(app, Role.app, "một"))  # type: ignore[arg-type]
    second = auth(make_key(app, Role.app, "hai"))  # type: ignore[arg-type]
    for _ in range(LIMIT):
        assert client.get(LIST, headers=first).status_code == 200
    refused = client.get(LIST, headers=first)
    error = assert_error(refused, 429, "rate_limited")
    assert refused.headers["retry-after"] == "20"  # one request every 60/3 s
    assert error["details"] == {"limit_per_minute": LIMIT, "retry_after_seconds": 20}
    # Any route, any method: the limit is per key, and comes before the role check.
    assert_error(client.get("/api/v1/keys", headers=first), 429)

    for _ in range(LIMIT):  # another key is unaffected
        assert client.get(LIST, headers=second).status_code == 200

    clock.now += 19
    assert_error(client.get(LIST, headers=first), 429)
    clock.now += 1
    assert client.get(LIST, headers=first).status_code == 200
    assert_error(client.get(LIST, headers=first), 429)
    clock.now += 60  # a full minute later the whole burst is back
    for _ in range(LIMIT):
        assert client.get(LIST, headers=first).status_code == 200
    assert_error(client.get(LIST, headers=first), 429)


def test_without_a_valid_key_the_address_is_limited(client: TestClient, clock: Clock) -> None:
    assert_error(client.get(LIST), 401)
    assert_error(client.get(LIST, headers=auth("sk_nope_nope")), 401)
    assert_error(client.get(LIST, headers={"Authorization": "Basic x"}), 401)
    refused = client.get(LIST, headers=auth("sk_other_guess"))
    assert_error(refused, 429, "rate_limited")
    assert int(refused.headers["retry-after"]) >= 1
    # A valid key from the same address has its own bucket; the web page is not limited.
    reviewer = auth(make_key(client.app, Role.reviewer))  # type: ignore[arg-type]
    assert client.get(LIST, headers=reviewer).status_code == 200
    for _ in range(LIMIT + 2):
        assert client.get("/dang-nhap").status_code == 200
    clock.now += 20
    assert_error(client.get(LIST), 401)


def test_zero_turns_it_off_and_the_default_is_generous(tmp_path: Path) -> None:
    limiter = RateLimiter(0)
    assert not limiter.enabled and all(limiter.hit("key:1") is None for _ in range(10_000))
    assert Settings(data_dir=tmp_path).rate_limit_per_minute >= 600
    with api_client(tmp_path, rate_limit_per_minute=0) as c:
        headers = auth(make_key(c.app, Role.app))  # type: ignore[arg-type]
        assert all(c.get(LIST, headers=headers).status_code == 200 for _ in range(20))


def test_forgets_full_buckets_when_many_callers(monkeypatch: pytest.MonkeyPatch) -> None:
    import service.api.ratelimit as rl

    monkeypatch.setattr(rl, "MAX_BUCKETS", 5)
    now = [0.0]
    limiter = RateLimiter(60, clock=lambda: now[0])
    for i in range(5):
        limiter.hit(f"ip:{i}")
    now[0] += 60  # all refilled
    limiter.hit("ip:new")
    assert set(limiter._buckets) == {"ip:new"}


@pytest.mark.parametrize("trusted", [True, False])
def test_behind_a_trusted_proxy_each_client_address_has_its_own_bucket(tmp_path: Path, clock: Clock,
                                                                       trusted: bool) -> None:
    # TestClient connects from the address "testclient", the proxy here.
    proxies = "testclient" if trusted else "127.0.0.1"
    with api_client(tmp_path, rate_limit_per_minute=LIMIT, forwarded_allow_ips=proxies) as client:
        client.app.state.rate_limiter.clock = clock  # type: ignore[attr-defined]
        first, second = {"X-Forwarded-For": "203.0.113.7"}, {"X-Forwarded-For": "198.51.100.9"}
        for _ in range(LIMIT):
            assert_error(client.get(LIST, headers=first), 401)
        assert_error(client.get(LIST, headers=first), 429)
        if trusted:  # another client behind the same proxy is not refused for the first one's requests
            assert_error(client.get(LIST, headers=second), 401)
        else:  # an untrusted sender's header is ignored: one address, one bucket
            assert_error(client.get(LIST, headers=second), 429)

"""Requests per minute on /api/v1, per API key (or web user), or per client address for callers
without valid credentials. In process: each worker process counts on its own.

A token bucket per caller: it holds up to ``per_minute`` requests (the allowed burst) and refills
at ``per_minute / 60`` per second. An empty bucket answers 429 in the one error shape with
``Retry-After`` (seconds until the next request is allowed).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from fastapi import Depends, Request

from service.api.deps import current_principal, get_ctx
from service.api.errors import ApiError
from service.context import AppContext

MAX_BUCKETS = 10_000  # above this, buckets that have refilled completely are forgotten


class RateLimiter:
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = max(0, per_minute)
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # caller -> (tokens, at)
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.per_minute > 0

    @property
    def _rate(self) -> float:
        return self.per_minute / 60.0

    def _level(self, tokens: float, at: float, now: float) -> float:
        return min(float(self.per_minute), tokens + (now - at) * self._rate)

    def hit(self, caller: str) -> int | None:
        """Count one request by ``caller``: None when allowed, else the seconds to wait."""
        if not self.enabled:
            return None
        with self._lock:
            now = self.clock()
            tokens, at = self._buckets.get(caller, (float(self.per_minute), now))
            tokens = self._level(tokens, at, now)
            if tokens >= 1.0:
                self._buckets[caller] = (tokens - 1.0, now)
                if len(self._buckets) > MAX_BUCKETS:
                    self._prune(now)
                return None
            self._buckets[caller] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / self._rate))

    def _prune(self, now: float) -> None:
        full = [k for k, (tokens, at) in self._buckets.items() if self._level(tokens, at, now) >= self.per_minute]
        for k in full:
            del self._buckets[k]


def get_rate_limiter(request: Request) -> RateLimiter:
    return request.app.state.rate_limiter


def rate_limit(request: Request, ctx: AppContext = Depends(get_ctx),
               limiter: RateLimiter = Depends(get_rate_limiter)) -> None:
    """The /api/v1 routes' first dependency (``install_api``): runs before the role check."""
    if not limiter.enabled:
        return
    try:
        principal = current_principal(request, ctx)
    except ApiError:
        principal = None  # a bad key counts against the address it comes from
    if principal is not None:
        caller = f"{principal.kind}:{principal.id}"
    else:
        caller = f"ip:{request.client.host if request.client else 'unknown'}"
    wait = limiter.hit(caller)
    if wait is not None:
        raise ApiError(429, "rate_limited",
                       f"more than {limiter.per_minute} requests per minute; retry in {wait} s",
                       details={"limit_per_minute": limiter.per_minute, "retry_after_seconds": wait},
                       headers={"Retry-After": str(wait)})

"""Replaying the first response of a create request sent again with the same Idempotency-Key.

Kept in memory (bounded, with an expiry): a client retrying after a timeout reaches the same
process within seconds. Several worker processes would need a shared store (a database table);
``IdempotencyStore`` is the seam for that.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from service.errors import ConflictError, InvalidInputError

MAX_KEY_LENGTH = 200


@dataclass(frozen=True)
class StoredResponse:
    status: int
    body: Any
    fingerprint: str
    at: float


def request_fingerprint(payload: Any) -> str:
    """Hash of a request body, insensitive to key order."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


class IdempotencyStore:
    def __init__(self, ttl_seconds: float = 24 * 3600, max_entries: int = 10_000) -> None:
        self._ttl = ttl_seconds
        self._max = max_entries
        self._done: OrderedDict[tuple[str, str], StoredResponse] = OrderedDict()
        self._running: dict[tuple[str, str], threading.Lock] = {}
        self._lock = threading.Lock()

    def _lookup(self, slot: tuple[str, str], fingerprint: str) -> StoredResponse | None:
        with self._lock:
            hit = self._done.get(slot)
            if hit is not None and time.monotonic() - hit.at > self._ttl:
                del self._done[slot]
                hit = None
        if hit is not None and hit.fingerprint != fingerprint:
            raise ConflictError("idempotency_key_reused",
                                "this Idempotency-Key was already used with a different request body")
        return hit

    def run(self, owner: str, key: str, fingerprint: str,
            produce: Callable[[], tuple[int, Any]]) -> tuple[int, Any, bool]:
        """(status, body, replayed). The first call with (owner, key) runs ``produce``; later
        ones with the same body get its stored response, with a different body a ConflictError.
        Concurrent calls with the same key wait for the first. Failures are not stored."""
        if not key or len(key) > MAX_KEY_LENGTH:
            raise InvalidInputError("invalid_idempotency_key", f"Idempotency-Key must be 1-{MAX_KEY_LENGTH} characters")
        slot = (owner, key)
        hit = self._lookup(slot, fingerprint)
        if hit is not None:
            return hit.status, hit.body, True
        with self._lock:
            running = self._running.setdefault(slot, threading.Lock())
        with running:
            hit = self._lookup(slot, fingerprint)
            if hit is not None:
                return hit.status, hit.body, True
            try:
                status, body = produce()
                with self._lock:
                    self._done[slot] = StoredResponse(status, body, fingerprint, time.monotonic())
                    while len(self._done) > self._max:
                        self._done.popitem(last=False)
            finally:
                with self._lock:
                    self._running.pop(slot, None)
            return status, body, False

    def forget(self, matches: Callable[[Any], bool]) -> int:
        """Drop stored responses whose body ``matches`` (e.g. ones showing erased personal data)."""
        with self._lock:
            gone = [slot for slot, stored in self._done.items() if matches(stored.body)]
            for slot in gone:
                del self._done[slot]
        return len(gone)

"""Replaying the first response of a create request sent again with the same Idempotency-Key.

The first response is stored in the database for a day (``models.tables.IdempotencyRecord``), so
a client retrying after a timeout gets it even when the service restarted in between, or when
its retry reaches another worker. Retries arriving while the first request still runs wait for
it within a process; across processes the second one runs too (a create is idempotent by its
id anyway) and the first stored response stays the one replayed.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from models import repository as repo
from models.tables import IdempotencyRecord, as_utc, utcnow
from service.errors import ConflictError, InvalidInputError

MAX_KEY_LENGTH = 200
TTL = timedelta(hours=24)


def request_fingerprint(payload: Any) -> str:
    """Hash of a request body, insensitive to key order."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _fresh(record: IdempotencyRecord) -> bool:
    return utcnow() - as_utc(record.created_at) <= TTL


class IdempotencyStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._running: dict[tuple[str, str], threading.Lock] = {}
        self._lock = threading.Lock()

    def _lookup(self, owner: str, key: str, fingerprint: str) -> tuple[int, Any] | None:
        with Session(self._engine) as session:
            hit = repo.idempotency_record(session, owner, key)
        if hit is None or not _fresh(hit):
            return None
        if hit.fingerprint != fingerprint:
            raise ConflictError("idempotency_key_reused",
                                "this Idempotency-Key was already used with a different request body")
        return hit.status, json.loads(hit.body_json)

    def _remember(self, owner: str, key: str, fingerprint: str, status: int, body: Any) -> None:
        with Session(self._engine) as session:
            repo.delete_idempotency_before(session, utcnow() - TTL)
            stale = repo.idempotency_record(session, owner, key)
            if stale is not None:  # expired (a fresh one would have been replayed)
                session.delete(stale)
                session.flush()
            session.add(IdempotencyRecord(owner=owner, key=key, fingerprint=fingerprint, status=status,
                                          body_json=json.dumps(body, ensure_ascii=False)))
            try:
                session.commit()
            except IntegrityError:  # another process stored its response first: that one stays
                session.rollback()

    def run(self, owner: str, key: str, fingerprint: str,
            produce: Callable[[], tuple[int, Any]]) -> tuple[int, Any, bool]:
        """(status, body, replayed). The first call with (owner, key) runs ``produce``; later
        ones with the same body get its stored response, with a different body a ConflictError.
        Concurrent calls with the same key wait for the first. Failures are not stored."""
        if not key or len(key) > MAX_KEY_LENGTH:
            raise InvalidInputError("invalid_idempotency_key", f"Idempotency-Key must be 1-{MAX_KEY_LENGTH} characters")
        hit = self._lookup(owner, key, fingerprint)
        if hit is not None:
            return hit[0], hit[1], True
        slot = (owner, key)
        with self._lock:
            running = self._running.setdefault(slot, threading.Lock())
        with running:
            hit = self._lookup(owner, key, fingerprint)
            if hit is not None:
                return hit[0], hit[1], True
            try:
                status, body = produce()
                self._remember(owner, key, fingerprint, status, body)
            finally:
                with self._lock:
                    self._running.pop(slot, None)
            return status, body, False

    def forget(self, matches: Callable[[Any], bool]) -> int:
        """Drop stored responses whose body ``matches`` (e.g. ones showing erased personal data)."""
        with Session(self._engine) as session:
            gone = [r for r in repo.idempotency_records(session) if matches(json.loads(r.body_json))]
            n = repo.delete_rows(session, gone)
            session.commit()
        return n

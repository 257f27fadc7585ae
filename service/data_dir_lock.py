"""Whether a service is running on a data directory.

A running service holds a shared lock on ``<data dir>/service.lock`` for its whole life; the
operating system drops it when the process ends, however it ends (a kill included), so a stale
lock cannot keep anyone out. ``restore`` takes the lock exclusively without waiting: it refuses
while a service runs, and a service starting meanwhile waits until the restore is done.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = "service.lock"


class ServiceRunning(Exception):
    """A service holds the data directory."""


def _open(data_dir: Path) -> int:
    data_dir.mkdir(parents=True, exist_ok=True)
    return os.open(data_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)


@contextmanager
def serving(data_dir: Path) -> Iterator[None]:
    """Held by the service from start to stop."""
    fd = _open(data_dir)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)  # closing releases the lock


@contextmanager
def no_service(data_dir: Path) -> Iterator[None]:
    """Held while the data directory is replaced; ``ServiceRunning`` when a service holds it."""
    fd = _open(data_dir)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ServiceRunning(f"{data_dir}: a sangkien service is running on this data directory; "
                                 "stop it, then restore") from None
        yield
    finally:
        os.close(fd)

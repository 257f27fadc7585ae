"""Keeps a running service's index in step with writes made by other processes.

A CLI import or erasure beside the service writes the database and the change log; the service
applies those changes every few seconds (``IndexService.follow``), so a check sees an initiative
imported by the CLI without a restart. One thread; a failed round is logged and the next one
tries again.
"""

from __future__ import annotations

import logging
import threading

from service.index_service import IndexService

log = logging.getLogger("sangkien.index")


class IndexFollower:
    def __init__(self, index: IndexService, interval_s: float) -> None:
        self.index = index
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.interval_s <= 0:
            log.info("following other processes' writes is off; they reach the index at the next start")
            return
        self._thread = threading.Thread(target=self._loop, name="index-follower", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 60.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval_s):
            try:
                applied = self.index.follow()
            except Exception:  # a database hiccup must not end the thread
                log.exception("following the change log failed; trying again in %.0f s", self.interval_s)
                continue
            if applied:
                log.info("index followed %d changes written by other processes (now at change %d)",
                         applied, self.index.last_change)

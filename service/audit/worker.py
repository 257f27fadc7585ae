"""The service's audit worker: one background thread running API-started audit jobs in turn.

On start it queues the jobs the service left ``running`` or ``queued`` (a restart or crash);
on stop it lets the current submission finish and leaves the job ``queued`` for the next start.
One job at a time: the checks already use the machine's cores.
"""

from __future__ import annotations

import logging
import queue
import threading

from sqlmodel import Session

from models import repository as repo
from models.tables import JobStatus
from service.audit.runner import AUDIT_KIND, run_audit_job, state_of
from service.index_service import IndexService

log = logging.getLogger("sangkien.audit")


class AuditWorker:
    def __init__(self, index: IndexService) -> None:
        self.index = index
        self._queue: queue.Queue[int | None] = queue.Queue()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> list[int]:
        """Start the thread; returns the ids of the jobs resumed."""
        with Session(self.index.ctx.engine) as session:
            left = [j for j in repo.jobs_with_status(session, AUDIT_KIND, (JobStatus.running, JobStatus.queued))
                    if state_of(j).get("runner") == "service"]
        resumed = [j.id for j in left if j.id is not None]
        for job_id in resumed:
            self._queue.put(job_id)
        if resumed:
            log.info("resuming audit jobs %s", resumed)
        self._thread = threading.Thread(target=self._loop, name="audit-worker", daemon=True)
        self._thread.start()
        return resumed

    def submit(self, job_id: int) -> None:
        self._queue.put(job_id)

    def stop(self, timeout: float = 60.0) -> None:
        self._stop.set()
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        while not self._stop.is_set():
            job_id = self._queue.get()
            if job_id is None:
                break
            try:
                run_audit_job(self.index, job_id, should_stop=self._stop.is_set)
            except Exception:
                # The job is marked failed with its error; the worker goes on with the next one.
                log.exception("audit job %s failed", job_id)

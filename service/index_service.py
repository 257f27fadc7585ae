"""Keeps the engine's indexes in step with the database.

The database is the truth: passages (text, embedding, fingerprints) are stored with each
initiative, and every write to initiatives is in the change log. The indexes on disk record the
last change they contain; on start they are loaded and caught up from the change log, or rebuilt
from the stored passages when missing, corrupt, stale or built by another model.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Collection, Sequence

import numpy as np
from sqlmodel import Session, select

from indexing.analysis import Analysis
from indexing.corpus import DocMeta, StoredPassage
from indexing.engine import Engine
from models import repository as repo
from models.db import begin_write
from models.tables import ChangeLog, Initiative, Passage, as_utc
from service.context import AppContext

log = logging.getLogger("sangkien.index")

Progress = Callable[[int, int], None]

# An initiative another process stored without passages is analysed by the service itself after
# this long: that writer (a CLI import indexing thousands, at ~26 a second) normally gets to it
# well before.
TAKEOVER_AFTER_S = 600.0


class SqlCorpusStore:
    """The engine's view of stored initiatives, read with the repository's SQL."""

    def __init__(self, ctx: AppContext, embedder_name: str) -> None:
        self._ctx = ctx
        self._model = embedder_name

    def docs(self, doc_ids: Sequence[int]) -> dict[int, DocMeta]:
        with Session(self._ctx.engine) as s:
            rows = repo.doc_rows(s, doc_ids)
        return {r.id: DocMeta(doc_id=r.id, external_id=r.external_id, title=r.title, year=r.year,
                              author=r.author, author_key=r.author_key, author_code=r.author_code,
                              coauthor_keys=frozenset(r.coauthor_keys), unit=r.unit, unit_key=r.unit_key,
                              field=r.field) for r in rows}

    def passages(self, doc_ids: Sequence[int], sections: Collection[str] | None = None
                 ) -> dict[int, list[StoredPassage]]:
        out: dict[int, list[StoredPassage]] = {d: [] for d in doc_ids}
        with Session(self._ctx.engine) as s:
            for p in repo.passage_rows(s, doc_ids, sections):
                out[p.initiative_id].append(to_stored(p, self._model))
        return out


def to_stored(p: Passage | repo.PassageRow, model: str) -> StoredPassage:
    emb = None
    if p.embedding is not None and p.embedding_model == model:
        emb = np.frombuffer(p.embedding, dtype=np.float32).copy()
    return StoredPassage(p.initiative_id, p.ord, p.section, p.text, p.solution_no, emb)


def passage_rows(analysis: Analysis, model: str) -> list[Passage]:
    return [Passage(initiative_id=0, ord=p.ord, section=p.section, solution_no=p.solution_no, text=p.text,
                    word_count=p.word_count,
                    embedding=p.embedding.astype(np.float32).tobytes() if p.embedding is not None else None,
                    embedding_model=model if p.embedding is not None else None,
                    signature=p.fingerprints.astype(np.uint64).tobytes())
            for p in analysis.passages]


class IndexService:
    def __init__(self, ctx: AppContext, engine: Engine) -> None:
        self.ctx = ctx
        self.engine = engine
        self.store = SqlCorpusStore(ctx, engine.embedder.name)
        # Every change up to ``last_change`` is in the in-memory index (and in a saved index
        # once saved with it). ``_applied`` holds later changes already indexed out of order.
        self.last_change = 0
        self._applied: set[int] = set()
        self.ready = False
        self._lock = threading.RLock()  # one index update (or save) at a time

    @property
    def index_dir(self):
        return self.ctx.settings.index_dir

    # ------------------------------------------------------------------ writes
    def index_initiatives(self, ids: Sequence[int], progress: Progress | None = None) -> None:
        """Analyse, embed, store passages and index the given initiatives."""
        with self._lock:
            # The changes committed before the rows are read: those of these initiatives are
            # covered once they are indexed. Later ones, and other initiatives' ones, are not
            # (their own request indexes them; a save catches them up first).
            with Session(self.ctx.engine) as s:
                pending = repo.changes_since(s, self.last_change)
            indexed: set[int] = set()
            total = len(ids)
            for done, start in enumerate(range(0, total, 16)):
                chunk = list(ids[start:start + 16])
                with Session(self.ctx.engine, expire_on_commit=False) as s:
                    rows = repo.initiatives_by_ids(s, chunk)
                    analyses = [(ini, self.engine.analyze(ini.title, ini.summary, ini.content)) for ini in rows]
                    self.engine.embed_many([analysis for _ini, analysis in analyses])
                    begin_write(s)
                    # Stored passages must match the stored text: an initiative updated while it
                    # was analysed gets none (its own request indexes the new text, a restart
                    # re-analyses it); one deleted meanwhile is left alone.
                    current = dict(s.exec(select(Initiative.id, Initiative.content_sha256)  # type: ignore[call-overload]
                                          .where(Initiative.id.in_([ini.id for ini in rows]))).all())  # type: ignore[union-attr]
                    analyses = [(ini, a) for ini, a in analyses if ini.id in current]
                    for ini, analysis in analyses:
                        assert ini.id is not None
                        same = current[ini.id] == ini.content_sha256
                        repo.replace_passages(s, ini.id, passage_rows(analysis, self.engine.embedder.name) if same else [])
                    s.commit()
                for ini, analysis in analyses:
                    assert ini.id is not None
                    self.engine.index_document(ini.id, analysis)
                    indexed.add(ini.id)
                if progress:
                    progress(min(start + len(chunk), total), total)
            self._applied.update(c.id for c in pending
                                 if c.id is not None and c.op == "upsert" and c.initiative_id in indexed)
            self._advance(pending)

    def remove(self, ids: Sequence[int]) -> None:
        """Drop deleted initiatives from the index (after their deletion committed)."""
        with self._lock:
            with Session(self.ctx.engine) as s:
                pending = repo.changes_since(s, self.last_change)
            self._remove(ids)
            gone = set(ids)
            self._applied.update(c.id for c in pending
                                 if c.id is not None and c.op == "delete" and c.initiative_id in gone)
            self._advance(pending)

    def _remove(self, ids: Sequence[int]) -> None:
        with self._lock:
            for doc_id in ids:
                self.engine.remove_document(doc_id)

    def _advance(self, pending: Sequence[ChangeLog]) -> None:
        """Move ``last_change`` over the leading changes already applied."""
        for c in pending:
            if c.id is None or c.id <= self.last_change:
                continue
            if c.id not in self._applied:
                break
            self.last_change = c.id
        self._applied = {c for c in self._applied if c > self.last_change}

    def save(self) -> None:
        """Save the indexes, first catching up every change they do not hold yet: a saved index
        never claims a change it does not contain (a change committed by another request that
        has not indexed it yet would otherwise be skipped after a crash)."""
        with self._lock:
            self._apply_changes()
            self.engine.save(self.index_dir, self.last_change)

    # ------------------------------------------------------------------ start-up
    def _index_from_store(self, doc_ids: Sequence[int]) -> list[int]:
        """Index initiatives from their stored passages; returns those that need analysing."""
        need: list[int] = []
        model = self.engine.embedder.name
        with Session(self.ctx.engine) as s:
            by_doc: dict[int, list[Passage]] = {d: [] for d in doc_ids}
            for p in repo.passages_of(s, doc_ids):
                by_doc[p.initiative_id].append(p)
        for doc_id, rows in by_doc.items():
            embeddable_missing = any(r.embedding_model != model and r.embedding is not None for r in rows)
            if not rows or embeddable_missing or any(r.signature is None for r in rows):
                need.append(doc_id)
                continue
            stored = [to_stored(r, model) for r in rows]
            fps = np.unique(np.concatenate([np.frombuffer(r.signature or b"", dtype=np.uint64) for r in rows]))
            self.engine.index_stored(doc_id, stored, fps)
        return need

    def rebuild(self, progress: Progress | None = None, *, reanalyse: bool = False) -> None:
        """Build the indexes afresh from the database (re-embedding only what has no vector
        from the current model, unless ``reanalyse``)."""
        with self._lock:
            fresh = Engine(self.engine.embedder, self.engine.config, self.engine.boilerplate)
            self.engine.vectors, self.engine.fingerprints = fresh.vectors, fresh.fingerprints
            self.engine.terms = fresh.terms
            self._applied = set()
            with Session(self.ctx.engine) as s:
                self.last_change = repo.last_change_id(s)
                total = repo.count_initiatives(s)
            done, after = 0, 0
            while True:
                with Session(self.ctx.engine) as s:
                    page = repo.initiative_ids(s, after, 200)
                if not page:
                    break
                after = page[-1]
                need = page if reanalyse else self._index_from_store(page)
                if need:
                    self.index_initiatives(need)
                done += len(page)
                if progress:
                    progress(done, total)
            self.save()
            self.ready = True

    def catch_up(self) -> int:
        """Apply database changes made since the indexes were saved, and save; returns how many."""
        with self._lock:
            n = self._apply_changes()
            if n:
                self.engine.save(self.index_dir, self.last_change)
            return n

    def _apply_changes(self) -> int:
        """Index (or remove) everything that changed after ``last_change``; returns how many
        changes were applied."""
        with self._lock:
            return self._apply_pending(takeover_after_s=0.0)

    def follow(self, *, takeover_after_s: float = TAKEOVER_AFTER_S) -> int:
        """Apply the changes other processes committed (a CLI import or erasure beside the
        service); returns how many were applied. Never waits: a round is skipped while another
        index update runs. See ``_apply_pending`` for initiatives stored without passages."""
        if not self.ready or not self._lock.acquire(blocking=False):
            return 0
        try:
            return self._apply_pending(takeover_after_s=takeover_after_s)
        finally:
            self._lock.release()

    def _apply_pending(self, *, takeover_after_s: float) -> int:
        """Apply the changes after ``last_change`` not applied yet (the caller holds the lock);
        returns how many.

        An initiative stored with its passages is indexed from them (no model call). One stored
        without them is being analysed by the process that wrote it: it is left to that process
        for ``takeover_after_s`` after its change, then analysed here (that writer may have died;
        0 analyses it at once). ``last_change`` only moves over a change once everything before it
        is applied."""
        with Session(self.ctx.engine) as s:
            pending = repo.changes_since(s, self.last_change)
            todo = [c for c in pending if c.id not in self._applied]
            if not todo:
                return 0
            last_of: dict[int, ChangeLog] = {}
            for c in todo:
                last_of[c.initiative_id] = c
            alive = repo.existing_initiative_ids(s, last_of)
        self._remove([d for d in last_of if d not in alive])
        unanalysed = self._index_from_store(sorted(alive))
        cutoff = time.time() - takeover_after_s
        overdue = [d for d in unanalysed if as_utc(last_of[d].created_at).timestamp() <= cutoff]
        if overdue:
            if takeover_after_s > 0:
                log.warning("initiatives %s were stored %.0f s ago or more without their passages (their "
                            "writer stopped?); analysing them here", overdue[:10], takeover_after_s)
            self.index_initiatives(overdue)
        waiting = set(unanalysed) - set(overdue)
        done = [c for c in todo if c.initiative_id not in waiting]
        self._applied.update(c.id for c in done if c.id is not None)
        self._advance(pending)
        return len(done)

    def start(self) -> str:
        """Load the saved indexes, then catch up or rebuild. Returns what was done, for the log.

        Never fails because of the index files: whatever is found (nothing, a corrupt or truncated
        file, an index of another model, parts out of step, an index ahead of the database) is
        named in the log and the index is rebuilt from the database, which is the truth."""
        directory = self.index_dir
        if not directory.is_dir() or not any(directory.iterdir()):
            status, last_change, reason = "missing", 0, f"index directory {directory} is missing or empty"
        else:
            try:
                status, last_change, reason = self.engine.load(directory)
            except Exception as exc:  # a loader bug must not keep the service down
                status, last_change, reason = "corrupt", 0, f"cannot be read: {exc!r}"
        if status == "ok":
            self.last_change = last_change
            with Session(self.ctx.engine) as s:
                db_last = repo.last_change_id(s)
            if last_change > db_last:
                log.warning("index at %s is ahead of the database (it contains change %s, the database's last is "
                            "%s: an older database was restored?); rebuilding it from the database",
                            directory, last_change, db_last)
                return self._rebuild_on_start("rebuilt: index ahead of database")
            n = self.catch_up()
            self.ready = True
            log.info("index at %s loaded: %d initiatives at change %d; caught up %d later changes from the "
                     "change log", directory, len(self.engine.fingerprints), last_change, n)
            return f"loaded, caught up {n} changes"
        found = _FOUND.get(status, f"index unusable ({status})")
        with Session(self.ctx.engine) as s:
            stored = repo.count_initiatives(s)
        if status == "missing" and stored == 0:
            log.info("no index yet at %s; creating an empty one", directory)
        else:
            log.warning("%s at %s: %s; rebuilding it from the database (%d initiatives)",
                        found, directory, reason, stored)
        return self._rebuild_on_start(f"rebuilt: {status}")

    def _rebuild_on_start(self, outcome: str) -> str:
        started = time.perf_counter()
        self.rebuild()
        log.info("index rebuilt from the database: %d initiatives, %d vectors, up to change %d, in %.1f s",
                 len(self.engine.fingerprints), len(self.engine.vectors), self.last_change,
                 time.perf_counter() - started)
        return outcome


# What a failed index load found, in the start-up log.
_FOUND = {
    "missing": "no index found",
    "corrupt": "index is corrupt or truncated",
    "model_mismatch": "index was built by another model",
    "stale": "index parts are out of step",
}

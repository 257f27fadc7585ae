"""The FastAPI application: wiring only. Routes live in ``service/api``."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from models.db import is_reachable
from service.api.metrics import MetricsMiddleware
from service.api.v1 import install_api
from service.audit.worker import AuditWorker
from service.bootstrap import ensure_first_admin
from service.busy import install_busy_handler
from service.context import AppContext, open_context
from service.data_dir_lock import serving
from service.idempotency import IdempotencyStore
from service.index_follower import IndexFollower
from service.index_service import IndexService
from service.limits import BodyLimitMiddleware, body_limits
from service.runtime import open_index
from service.settings import Settings, get_settings
from service.web import install_web

log = logging.getLogger("sangkien.app")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Held while the service runs: restore refuses to replace the data directory meanwhile.
        with serving(settings.data_dir):
            ctx = open_context(settings)
            credential = ensure_first_admin(ctx)
            if credential is not None:
                # Shown once, on the console of whoever started the service.
                print(f"\n  First start: log in at http://{settings.host}:{settings.port}/ as "
                      f"'{credential[0]}' with password '{credential[1]}'\n", flush=True)
            index = open_index(ctx)
            if settings.load_demo:
                from service.demo_loader import load_demo

                report = load_demo(ctx, index, only_if_empty=True)
                if report is not None:
                    log.info("loaded demo data: %d initiatives, %d failed", report.ok, report.failed)
            app.state.ctx = ctx
            app.state.index = index
            app.state.idempotency = IdempotencyStore(ctx.engine)
            app.state.audits = AuditWorker(index)
            app.state.audits.start()  # resumes audits the service left running or queued
            follower = IndexFollower(index, settings.index_follow_interval_s)
            follower.start()
            try:
                yield
            finally:
                follower.stop()
                app.state.audits.stop()
                index.save()
                ctx.close()

    app = FastAPI(title="sangkien", version="0.1.0", lifespan=lifespan,
                  description="Finds reused and duplicated Vietnamese innovation initiatives (sáng kiến kinh nghiệm).")

    @app.get("/healthz", tags=["ops"], summary="The process is alive")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["ops"], summary="Database reachable (and index loaded)")
    def readyz() -> JSONResponse:
        ctx: AppContext | None = getattr(app.state, "ctx", None)
        index: IndexService | None = getattr(app.state, "index", None)
        db_ok = ctx is not None and is_reachable(ctx.engine)
        index_ok = index is not None and index.ready
        ready = db_ok and index_ok
        return JSONResponse({"status": "ready" if ready else "not_ready", "database": db_ok, "index": index_ok},
                            status_code=200 if ready else 503)

    install_api(app, settings)
    install_web(app, settings)
    install_busy_handler(app)
    # One body limit for every path (JSON answers under /api, Vietnamese pages elsewhere); metrics
    # are added last, so outermost, and count the 413s the limit answers by itself.
    app.add_middleware(BodyLimitMiddleware, limits=body_limits(settings))
    app.add_middleware(MetricsMiddleware)
    proxies = [p.strip() for p in settings.forwarded_allow_ips.split(",") if p.strip()]
    if proxies:
        # Outermost, so that everything inside (the rate limit first) sees the client behind a
        # trusted proxy. uvicorn is started without its own copy of it (``sangkien serve``).
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=proxies)
    return app

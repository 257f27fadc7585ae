"""/metrics for Prometheus, and the middleware that counts requests by route template."""

from __future__ import annotations

import time

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.metrics import HTTP_LATENCY, HTTP_REQUESTS, INDEX_SIZE, INDEX_VECTORS, REGISTRY

router = APIRouter(tags=["ops"])
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


@router.get("/metrics", summary="Prometheus metrics", response_class=Response,
            responses={200: {"content": {CONTENT_TYPE_LATEST: {}}, "description": "Prometheus text format"}})
def metrics(request: Request) -> Response:
    index = getattr(request.app.state, "index", None)
    if index is not None:
        INDEX_SIZE.set(len(index.engine.fingerprints))
        INDEX_VECTORS.set(len(index.engine.vectors))
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)


class MetricsMiddleware:
    """Labels by route template (``/api/v1/initiatives/{external_id}``), never by raw path, so
    the number of series stays bounded whatever clients send."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def tracking_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        finally:
            route = scope.get("route")
            label = getattr(route, "path", None) or "unmatched"
            method = scope.get("method", "")
            method = method if method in _METHODS else "OTHER"
            HTTP_REQUESTS.labels(label, method, str(status)).inc()
            HTTP_LATENCY.labels(label, method).observe(time.perf_counter() - started)

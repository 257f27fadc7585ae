"""The versioned REST API: one router under /api/v1, and what the app needs around it."""

from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI

from service.api import admin, audit, audits, checks, decisions, initiatives, people
from service.api import metrics as metrics_routes
from service.api.errors import install_error_handlers
from service.api.failures import install_failure_handlers
from service.api.ratelimit import RateLimiter, rate_limit
from service.settings import Settings

router = APIRouter()  # each module router carries API_PREFIX itself, so route paths are full templates
for module in (checks, initiatives, people, decisions, audit, audits, admin):
    router.include_router(module.router)


def install_api(app: FastAPI, settings: Settings) -> None:
    """Mount /api/v1 and /metrics and the error handlers (the app adds the body limit and metrics)."""
    install_error_handlers(app)
    install_failure_handlers(app)
    app.state.rate_limiter = RateLimiter(settings.rate_limit_per_minute)
    app.include_router(router, dependencies=[Depends(rate_limit)])  # per key/address, before the role check
    app.include_router(metrics_routes.router)

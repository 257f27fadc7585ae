"""The reviewers' web pages (Vietnamese, server-rendered): login, checking, browsing."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.responses import Response

from service.settings import Settings
from service.web.auth import LoginRequired, PageError, login_url, optional_user
from service.web.routes import router
from service.web.templating import STATIC_DIR, render

__all__ = ["install_web", "router"]


def install_web(app: FastAPI, settings: Settings) -> None:
    """Add the pages, their static files and their error pages to ``app``."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")

    @app.exception_handler(LoginRequired)
    async def _login_required(_request: Request, exc: LoginRequired) -> Response:
        return RedirectResponse(login_url(exc.next_path), status_code=303)

    @app.exception_handler(PageError)
    async def _page_error(request: Request, exc: PageError) -> Response:
        return render(request, "error.html", {"title": exc.title, "message": exc.message},
                      user=optional_user(request), status_code=exc.status)

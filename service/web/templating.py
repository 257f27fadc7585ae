"""Jinja2 set-up and the one function that renders a page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import HTMLResponse

from service.security import Principal
from service.web import labels
from service.web.csrf import CSRF_FIELD, attach_csrf_cookie, csrf_token

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"
STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

templates = Jinja2Templates(directory=str(TEMPLATE_DIR))
# Autoescape is on for .html (Starlette's default); no template uses |safe on user text.
templates.env.globals.update(labels=labels, csrf_field=CSRF_FIELD)


def display_actor(actor: str | None) -> str:
    """'user:lan' → 'lan'; an API key keeps its prefix so it is not mistaken for a person."""
    if not actor:
        return ""
    kind, _, name = actor.partition(":")
    return name if kind == "user" and name else actor


templates.env.filters["actor"] = display_actor
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True

# The pages need nothing from elsewhere: no inline script or style, no frames.
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def render(request: Request, name: str, context: dict[str, Any], *, user: Principal | None,
           status_code: int = 200) -> HTMLResponse:
    secret = request.app.state.ctx.settings.session_secret
    ctx = {"user": user, "csrf_token": csrf_token(request, secret, logged_in=user is not None), **context}
    response = templates.TemplateResponse(request, name, ctx, status_code=status_code)
    response.headers.update(SECURITY_HEADERS)
    attach_csrf_cookie(request, response)
    return response

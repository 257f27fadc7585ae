"""CSRF tokens for the web forms.

A logged-in user's token is an HMAC of their session cookie, so it is per session, changes at
every login and needs no storage. Before login (the login form itself) a random token is kept in
its own cookie and must come back in the form (double submit).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from fastapi import Request
from starlette.responses import Response

from service.security import SESSION_COOKIE

CSRF_COOKIE = "sangkien_csrf"
CSRF_FIELD = "csrf_token"


def _session_token(secret: bytes, session_cookie: str) -> str:
    mac = hmac.new(secret, b"csrf\0" + session_cookie.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def is_https(request: Request) -> bool:
    return request.url.scheme == "https"


def csrf_token(request: Request, secret: bytes, logged_in: bool) -> str:
    """The token to put in forms on this page (creates the pre-login one if needed)."""
    if logged_in:
        return _session_token(secret, request.cookies.get(SESSION_COOKIE, ""))
    token = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "new_csrf", None)
    if not token:
        token = secrets.token_urlsafe(32)
        request.state.new_csrf = token  # set on the response by ``attach_csrf_cookie``
    return token


def attach_csrf_cookie(request: Request, response: Response) -> None:
    token = getattr(request.state, "new_csrf", None)
    if token:
        response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="lax", secure=is_https(request), path="/")


def csrf_valid(request: Request, secret: bytes, submitted: str | None, logged_in: bool) -> bool:
    if not submitted:
        return False
    if logged_in:
        cookie = request.cookies.get(SESSION_COOKIE)
        return bool(cookie) and _same(submitted, _session_token(secret, cookie or ""))
    cookie = request.cookies.get(CSRF_COOKIE)
    return bool(cookie) and _same(submitted, cookie or "")


def _same(a: str, b: str) -> bool:
    # Bytes, because compare_digest refuses non-ASCII str and a forged field may hold anything.
    return hmac.compare_digest(a.encode(), b.encode())

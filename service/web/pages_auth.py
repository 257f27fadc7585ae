"""Đăng nhập / đăng xuất."""

from __future__ import annotations

import math

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse
from sqlmodel import Session
from starlette.responses import Response

from models.repository import add_audit, user_locked_until
from models.tables import utcnow
from service.security import SESSION_COOKIE, SESSION_SECONDS, authenticate_user, sign_session
from service.web.auth import csrf_error, optional_user, safe_next
from service.web.csrf import CSRF_FIELD, csrf_valid, is_https
from service.web.forms import read_form
from service.web.templating import render

router = APIRouter()

MAX_FIELD = 100  # User.username is at most 100 characters; the audit actor at most 200


def _login_page(request: Request, *, username: str = "", next_path: str = "/", error: str | None = None,
                notice: str | None = None, status_code: int = 200) -> Response:
    return render(request, "login.html", {"username": username, "next": next_path, "error": error,
                                          "notice": notice, "title": "Đăng nhập"},
                  user=None, status_code=status_code)


@router.get("/dang-nhap", name="login_form")
def login_form(request: Request, next: str | None = None, da_dang_xuat: int | None = None) -> Response:
    if optional_user(request) is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    notice = "Bạn đã đăng xuất." if da_dang_xuat else None
    return _login_page(request, next_path=safe_next(next), notice=notice)


@router.post("/dang-nhap", name="login")
async def login(request: Request) -> Response:
    form, problem = await read_form(request)
    username = (form.get("username") or "").strip()[:MAX_FIELD]
    password = (form.get("password") or "")[:1000]
    next_path = safe_next(form.get("next"))
    if problem:
        return _login_page(request, username=username, next_path=next_path, error=problem, status_code=400)
    if not csrf_valid(request, request.app.state.ctx.settings.session_secret, form.get(CSRF_FIELD), logged_in=False):
        return _login_page(request, username=username, next_path=next_path, status_code=403,
                           error="Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Vui lòng nhập lại.")
    if not username or not password:
        return _login_page(request, username=username, next_path=next_path, status_code=400,
                           error="Vui lòng nhập tên đăng nhập và mật khẩu.")
    ctx = request.app.state.ctx
    with Session(ctx.engine) as s:
        user = authenticate_user(s, username, password)
        if user is None:
            add_audit(s, f"user:{username}", "login_failed", "user", None)
            s.commit()
            locked_until = user_locked_until(s, username)
        else:
            add_audit(s, f"user:{user.username}", "login", "user", str(user.id))
            s.commit()
            user_id = user.id
    if user is None:
        if locked_until is not None:
            minutes = max(1, math.ceil((locked_until - utcnow()).total_seconds() / 60))
            error = (f"Tài khoản tạm thời bị khoá vì nhập sai mật khẩu nhiều lần. "
                     f"Vui lòng thử lại sau {minutes} phút.")
        else:
            error = "Tên đăng nhập hoặc mật khẩu không đúng."
        return _login_page(request, username=username, next_path=next_path, error=error, status_code=401)
    assert user_id is not None
    response = RedirectResponse(next_path, status_code=303)
    response.set_cookie(SESSION_COOKIE, sign_session(ctx.settings.session_secret, user_id), max_age=SESSION_SECONDS,
                        httponly=True, samesite="lax", secure=is_https(request), path="/")
    return response


@router.post("/dang-xuat", name="logout")
async def logout(request: Request) -> Response:
    form, _problem = await read_form(request)
    user = optional_user(request)
    secret = request.app.state.ctx.settings.session_secret
    if user is not None and not csrf_valid(request, secret, form.get(CSRF_FIELD), logged_in=True):
        # A forged logout is harmless but still refused, so every POST form behaves alike.
        raise csrf_error()
    if user is not None:
        with Session(request.app.state.ctx.engine) as s:
            add_audit(s, user.label, "logout", "user", str(user.id))
            s.commit()
    response = RedirectResponse("/dang-nhap?da_dang_xuat=1", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=is_https(request))
    return response

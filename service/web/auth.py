"""Who may see a page. Wraps the API's one role check so that a missing login sends the
browser to the login page instead of answering JSON."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from fastapi import Depends, Request

from service.api.deps import current_principal, require
from service.api.errors import ApiError
from service.security import Permission, Principal


class LoginRequired(Exception):
    """No valid session: the handler redirects to /dang-nhap?next=<path>."""

    def __init__(self, next_path: str) -> None:
        super().__init__("login required")
        self.next_path = next_path


class PageError(Exception):
    """An error shown as an HTML page with a Vietnamese message."""

    def __init__(self, status: int, title: str, message: str) -> None:
        super().__init__(message)
        self.status, self.title, self.message = status, title, message


def csrf_error() -> PageError:
    return PageError(403, "Yêu cầu không hợp lệ",
                     "Biểu mẫu đã hết hạn hoặc không gửi từ trang này (mã bảo vệ không khớp). "
                     "Hãy tải lại trang rồi thử lại.")


def safe_next(value: str | None) -> str:
    """A local path to go back to after login; anything else (other sites, '//x') gives '/'."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


def login_url(next_path: str) -> str:
    return "/dang-nhap" if next_path in ("", "/") else f"/dang-nhap?next={quote(next_path, safe='/')}"


def page_require(permission: Permission) -> Callable[..., Principal]:
    """Like ``require(permission)`` for pages: 401 becomes a redirect, 403 an HTML page."""
    check = require(permission)

    def dependency(request: Request, principal: Principal | None = Depends(current_principal)) -> Principal:
        try:
            return check(principal)
        except ApiError as exc:
            if exc.status == 401:
                path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                raise LoginRequired(path) from exc
            raise PageError(403, "Không có quyền truy cập",
                            "Tài khoản của bạn không có quyền dùng chức năng này. "
                            "Hãy liên hệ quản trị viên nếu bạn cần quyền.") from exc

    dependency.__name__ = f"page_require_{permission.value}"
    return dependency


def optional_user(request: Request) -> Principal | None:
    """The logged-in user for the page header; an API key or bad cookie is just 'nobody'."""
    try:
        principal = current_principal(request, request.app.state.ctx)
    except ApiError:
        return None
    return principal if principal is not None and principal.kind == "user" else None

"""The one request-body limit of the service, enforced while the body arrives rather than after.

Each path prefix has its own limit and answers a refused request in its own form: the REST API in
the one JSON error shape, the reviewers' pages with a Vietnamese page. A body whose declared
``Content-Length`` is over the limit is refused before any of it is read; a streamed body is
counted as it arrives and refused as soon as the count passes the limit, so at most the limit
plus one chunk is ever read.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.api.errors import error_body
from service.settings import Settings
from service.web.labels import megabytes
from service.web.templating import SECURITY_HEADERS, templates

Headers = list[tuple[bytes, bytes]]
Refusal = Callable[[int], tuple[Headers, bytes]]  # limit in bytes -> (headers, body) of the 413

# Small forms of the pages (login, logout, decisions) and the ops endpoints never need more.
FORM_MAX_BYTES = 1_000_000
OPS_MAX_BYTES = 65_536


class BodyTooLarge(HTTPException):
    """Raised from ``receive`` when the streamed body passes the limit; being an HTTPException,
    a route that does not catch it still answers 413 (the middleware then writes the answer)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body exceeds the limit of {limit} bytes")


def _size(n_bytes: int) -> str:
    """In MB as the check page states its limit ("30 MB"); tiny test limits keep two digits."""
    mb = megabytes(n_bytes) or float(f"{n_bytes / (1024 * 1024):.2g}")
    return f"{mb:g} MB"


def json_refusal(limit: int) -> tuple[Headers, bytes]:
    body = json.dumps(error_body("payload_too_large", f"request body exceeds the limit of {limit} bytes")).encode()
    return [(b"content-type", b"application/json")], body


def _page(message: str, back_url: str) -> tuple[Headers, bytes]:
    html = templates.get_template("error.html").render(
        title="Tệp quá lớn", message=message, user=None, csrf_token="", back_url=back_url).encode()
    headers = [(b"content-type", b"text/html; charset=utf-8")]
    headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
    return headers, html


def upload_page_refusal(limit: int) -> tuple[Headers, bytes]:
    return _page(f"Tệp hoặc dữ liệu gửi lên quá lớn: giới hạn là {_size(limit)}. Hãy quay lại trang trước, "
                 "chọn tệp nhỏ hơn (ví dụ lưu lại DOCX không kèm hình ảnh) rồi gửi lại.", "/kiem-tra")


def form_page_refusal(limit: int) -> tuple[Headers, bytes]:
    return _page(f"Dữ liệu gửi lên quá lớn: giới hạn là {_size(limit)}. Hãy quay lại trang trước rồi thử lại.", "")


@dataclass(frozen=True)
class BodyLimit:
    """``prefix`` matches the path itself and everything under it ("" matches every path)."""

    prefix: str
    max_bytes: int
    refuse: Refusal

    def matches(self, path: str) -> bool:
        base = self.prefix.rstrip("/")
        return not base or path == base or path.startswith(base + "/")


def body_limits(settings: Settings) -> list[BodyLimit]:
    """The service's limits: uploads to the API and to the check page, small forms elsewhere."""
    return [
        BodyLimit("/api", settings.max_upload_bytes, json_refusal),
        BodyLimit("/metrics", OPS_MAX_BYTES, json_refusal),
        BodyLimit("/kiem-tra", settings.max_upload_bytes, upload_page_refusal),
        BodyLimit("", min(FORM_MAX_BYTES, settings.max_upload_bytes), form_page_refusal),
    ]


class BodyLimitMiddleware:
    """Applies the longest-prefix :class:`BodyLimit` to every HTTP request."""

    def __init__(self, app: ASGIApp, limits: Sequence[BodyLimit]) -> None:
        self.app = app
        self.limits = sorted(limits, key=lambda rule: len(rule.prefix.rstrip("/")), reverse=True)

    def limit_for(self, path: str) -> BodyLimit | None:
        return next((rule for rule in self.limits if rule.matches(path)), None)

    @staticmethod
    async def _refuse(rule: BodyLimit, send: Send) -> None:
        headers, body = rule.refuse(rule.max_bytes)
        headers = [*headers, (b"content-length", str(len(body)).encode()), (b"connection", b"close")]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        rule = self.limit_for(scope.get("path", "")) if scope["type"] == "http" else None
        if rule is None:
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > rule.max_bytes:
            await self._refuse(rule, send)  # nothing of the body has been read
            return
        received = 0
        tripped = started = replaced = False

        async def limited_receive() -> Message:
            nonlocal received, tripped
            if tripped:
                raise BodyTooLarge(rule.max_bytes)
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > rule.max_bytes:
                    tripped = True
                    raise BodyTooLarge(rule.max_bytes)
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started, replaced
            if replaced:
                return  # the rest of the replaced response is dropped
            if message["type"] == "http.response.start":
                if tripped:
                    # Whatever the app answers to a body it could not finish reading (its own 413,
                    # or a page that caught the error), the client gets the limit's answer instead.
                    replaced = started = True
                    await self._refuse(rule, send)
                    return
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not tripped or started:
                raise
            await self._refuse(rule, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None

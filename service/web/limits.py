"""Vietnamese pages for requests the service refuses before any page route runs.

The API's body-size limit answers 413 in JSON for every path, before the body is read; a reviewer
who picked a file that is too big should see a page in their language instead.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.web.labels import megabytes
from service.web.templating import SECURITY_HEADERS, templates


class PageLimitMiddleware:
    """Turns a 413 on a page path (anything outside /api and /metrics) into an HTML page."""

    def __init__(self, app: ASGIApp, max_upload_bytes: int) -> None:
        self.app = app
        self.limit_mb = megabytes(max_upload_bytes)

    def _page(self) -> bytes:
        message = (f"Tệp hoặc dữ liệu gửi lên quá lớn: giới hạn là {self.limit_mb:g} MB. "
                   "Hãy quay lại trang trước, chọn tệp nhỏ hơn (ví dụ lưu lại DOCX không kèm hình ảnh) rồi gửi lại.")
        html = templates.get_template("error.html").render(
            title="Tệp quá lớn", message=message, user=None, csrf_token="", back_url="/kiem-tra")
        return html.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not path or path.startswith(("/api/", "/metrics")):
            await self.app(scope, receive, send)
            return
        replaced = False

        async def page_send(message: Message) -> None:
            nonlocal replaced
            if message["type"] == "http.response.start" and message["status"] == 413:
                replaced = True
                body = self._page()
                headers = [(b"content-type", b"text/html; charset=utf-8"),
                           (b"content-length", str(len(body)).encode()), (b"connection", b"close")]
                headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                await send({"type": "http.response.start", "status": 413, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
            if replaced:
                return  # the original JSON body is dropped
            await send(message)

        await self.app(scope, receive, page_send)

"""A write that waited past the lock timeout for another writer is refused as busy, not failed.

Writers take turns (``models.db.begin_write``); a large import holds the turn for one batch at a
time, so a request normally waits a moment. If it waits longer than ``db_lock_timeout_s``, the
client is told to come back: 503 with ``Retry-After``, in the JSON error shape under ``/api`` and
as a Vietnamese page elsewhere. Nothing of the refused request was stored (its transaction rolled
back), which is what the message says.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.responses import Response

from models.db import is_busy
from service.api.errors import error_body
from service.web.auth import optional_user
from service.web.templating import render

log = logging.getLogger("sangkien.app")

RETRY_AFTER_S = 10


def install_busy_handler(app: FastAPI) -> None:
    @app.exception_handler(OperationalError)
    async def _database_error(request: Request, exc: OperationalError) -> Response:
        if not is_busy(exc):
            raise exc  # to the app's handler of unexpected errors (500, logged with its traceback)
        log.warning("database busy on %s %s: %s", request.method, request.url.path, exc.orig)
        headers = {"Retry-After": str(RETRY_AFTER_S)}
        if request.url.path.startswith("/api/"):
            body = error_body("database_busy", "another write (an import, say) held the database longer than the "
                              "lock timeout; nothing of this request was stored; retry later")
            return JSONResponse(body, status_code=503, headers=headers)
        response = render(request, "error.html", {
            "title": "Hệ thống đang bận",
            "message": "Cơ sở dữ liệu đang được ghi bởi một thao tác khác (ví dụ nhập dữ liệu hàng loạt). "
                       "Yêu cầu của bạn chưa được lưu. Vui lòng thử lại sau ít phút.",
        }, user=optional_user(request), status_code=503)
        response.headers.update(headers)
        return response

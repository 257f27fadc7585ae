"""Typed failures of the service layer and the readers, answered in the one error shape."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from indexing.documents import DocumentError
from service.api.errors import error_body
from service.errors import ConflictError, InvalidInputError, NotFoundError, ServiceError
from service.records import RecordError, RecordListError

# Document codes that are not the caller's fault get a 5xx; every other bad document is a 4xx.
DOCUMENT_STATUS = {"unsupported_format": 415, "file_too_large": 413, "zip_bomb": 413, "antiword_missing": 503}


def service_status(exc: ServiceError) -> int:
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, ConflictError):
        return 409
    if isinstance(exc, InvalidInputError):
        return 422
    return 400


def install_failure_handlers(app: FastAPI) -> None:
    @app.exception_handler(ServiceError)
    async def _service(_request: Request, exc: ServiceError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message, exc.details), status_code=service_status(exc))

    @app.exception_handler(RecordError)
    async def _record(_request: Request, exc: RecordError) -> JSONResponse:
        details = [{"field": field, "code": code, "message": message} for field, code, message in exc.problems]
        return JSONResponse(error_body(exc.code, exc.message, details), status_code=422)

    @app.exception_handler(RecordListError)
    async def _record_list(_request: Request, exc: RecordListError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message), status_code=413 if exc.code == "file_too_large" else 422)

    @app.exception_handler(DocumentError)
    async def _document(_request: Request, exc: DocumentError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message), status_code=DOCUMENT_STATUS.get(exc.code, 422))

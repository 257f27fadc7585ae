"""POST /api/v1/check: a submission (JSON, or a document with form fields) against the corpus."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from starlette.datastructures import FormData, UploadFile

from indexing.documents import read_document_bytes
from service.api import API_PREFIX
from service.api.deps import get_ctx, get_index, require
from service.api.errors import ApiError
from service.api.openapi import error_responses, record_body
from service.api.schemas import CheckResponse
from service.api.uploads import media_type, read_upload, safe_filename
from service.checks import MAX_TOP, run_check
from service.context import AppContext
from service.index_service import IndexService
from service.initiatives import parse_record
from service.security import Permission, Principal

router = APIRouter(prefix=API_PREFIX, tags=["check"])

MAX_FORM_FIELDS = 50


@dataclass(frozen=True)
class CheckAccess:
    principal: Principal
    save: bool


def check_access(
    save: bool = Query(False, description="Also store the submission (create or update by id) and index it; "
                                          "needs the ingest permission."),
    principal: Principal = Depends(require(Permission.check)),
) -> CheckAccess:
    if save:
        require(Permission.ingest)(principal)  # the same one check, for the extra permission
    return CheckAccess(principal, save)


async def json_object(request: Request) -> dict[str, Any]:
    """The request body as a JSON object, or a 422 in the error shape."""
    body = await request.body()
    try:
        value = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise ApiError(422, "invalid_json", f"the body is not valid JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise ApiError(422, "invalid_json", "the body must be a JSON object")
    return value


def form_fields(form: FormData) -> tuple[dict[str, Any], UploadFile | None]:
    """Record fields from a multipart form, and its ``file`` part when there is one."""
    raw: dict[str, Any] = {}
    upload: UploadFile | None = None
    for name in set(form.keys()):
        values = form.getlist(name)
        if name == "file":
            if len(values) != 1 or not isinstance(values[0], UploadFile):
                raise ApiError(422, "invalid_file", "send exactly one document as the 'file' part")
            upload = values[0]
            continue
        if any(not isinstance(v, str) for v in values):
            raise ApiError(422, "invalid_value", f"form field {name!r} must be text, not a file")
        if name == "coauthors":
            raw[name] = values if len(values) > 1 else values[0]
        elif name == "contribution_shares":
            try:
                raw[name] = json.loads(values[0])
            except ValueError as exc:
                raise ApiError(422, "invalid_value", "contribution_shares must be a JSON object") from exc
        elif len(values) > 1:
            raise ApiError(422, "repeated_field", f"form field {name!r} is given {len(values)} times")
        else:
            raw[name] = values[0]
    return raw, upload


@router.post(
    "/check", summary="Check a submission against every stored initiative",
    description="Body: one record in the import contract as JSON, or `multipart/form-data` with the report "
                "as `file` (DOCX, PDF, DOC, TXT) and the other fields as form fields. Returns the check JSON "
                "(verdict, score, matches with evidence and a Vietnamese explanation), exactly as "
                "`sangkien check --format jsonl` prints it; matches a reviewer already decided carry "
                "`decision`. Read-only unless `save=true`. Every check is recorded and audited.",
    response_model=None,
    responses={200: {"model": CheckResponse, "description": "The check JSON"},
               **error_responses(400, 413, 415, 422)},
    openapi_extra=record_body(multipart=True),
)
async def check(
    request: Request,
    top: int = Query(10, ge=1, le=MAX_TOP, description="Most matches to return."),
    access: CheckAccess = Depends(check_access),
    ctx: AppContext = Depends(get_ctx),
    index: IndexService = Depends(get_index),
) -> JSONResponse:
    kind = media_type(request)
    source_file: str | None = None
    digest: str | None = None
    if kind == "application/json" or kind.endswith("+json"):
        raw = await json_object(request)
    elif kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
        limit = ctx.settings.max_upload_bytes
        async with request.form(max_files=1, max_fields=MAX_FORM_FIELDS, max_part_size=limit) as form:
            raw, upload = form_fields(form)
            if upload is not None:
                if raw.get("content"):
                    raise ApiError(422, "content_and_file", "give either 'content' or 'file', not both")
                source_file = safe_filename(upload.filename, "document")
                data = await run_in_threadpool(read_upload, upload, limit)
                digest = hashlib.sha256(data).hexdigest()
                document = await run_in_threadpool(read_document_bytes, data, source_file, max_bytes=limit)
                raw["content"] = document.text
    else:
        raise ApiError(415, "unsupported_media_type", "send application/json or multipart/form-data")
    record = parse_record(raw)
    result = await run_in_threadpool(lambda: run_check(index, record, actor=access.principal.label, top=top,
                                                       save=access.save, source_file=source_file,
                                                       source_sha256=digest))
    return JSONResponse(result)

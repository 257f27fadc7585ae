"""/api/v1/initiatives: create, read, update, delete, list, bulk upsert, similar."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Body, Depends, Header, Path as PathParam, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from sqlmodel import Session

from models.tables import InitiativeStatus
from service.api import API_PREFIX
from service.api.checks import MAX_FORM_FIELDS
from service.api.deps import get_ctx, get_index, get_session, require
from service.api.errors import ApiError
from service.api.openapi import bulk_body, error_responses, record_body
from service.api.schemas import CheckResponse
from service.api.uploads import media_type, safe_filename, save_upload
from service.checks import MAX_TOP
from service.context import AppContext
from service.history import similar_to
from service.idempotency import IdempotencyStore, request_fingerprint
from service.index_service import IndexService
from service.initiatives import (
    BulkReport,
    InitiativeDetail,
    InitiativePage,
    ListFilters,
    SaveResult,
    bulk_upsert,
    delete_initiative,
    get_initiative,
    list_initiatives,
    parse_record,
    save_record,
)
from service.records import ID_MAX, METADATA_NAMES, RecordListError, RowResult, read_folder, read_record_list
from service.security import Permission, Principal

router = APIRouter(prefix=API_PREFIX, tags=["initiatives"])

ExternalId = PathParam(min_length=1, max_length=ID_MAX, description="The initiative's external id.")
MAX_BULK_FILES = 1000
LIST_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".tsv", ".xlsx")
JSONL_TYPES = {"application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines",
               "text/plain"}


def get_idempotency(request: Request) -> IdempotencyStore:
    return request.app.state.idempotency


def _saved(result: SaveResult, replayed: bool = False) -> JSONResponse:
    status = 201 if result.outcome == "created" else 200
    return JSONResponse(result.model_dump(mode="json"), status_code=status,
                        headers={"Idempotent-Replayed": "true"} if replayed else None)


@router.post(
    "/initiatives", summary="Create an initiative (or update it: idempotent by id)",
    description="Body: one record in the import contract. 201 when created; 200 when a record with the same "
                "id existed (updated, or unchanged when identical). With an `Idempotency-Key` header a retry "
                "gets the first response again (header `Idempotent-Replayed: true`). The record is indexed "
                "before the response, and the write is audited.",
    status_code=201, response_model=SaveResult,
    responses={200: {"model": SaveResult, "description": "Existing id: updated or unchanged"},
               **error_responses(409, 413, 422)},
    openapi_extra=record_body(),
)
def create_initiative(
    body: dict[str, Any] = Body(...),
    idempotency_key: str | None = Header(None, alias="Idempotency-Key", min_length=1, max_length=200),
    principal: Principal = Depends(require(Permission.ingest)),
    index: IndexService = Depends(get_index),
    store: IdempotencyStore = Depends(get_idempotency),
) -> JSONResponse:
    def produce() -> tuple[int, Any]:
        result = save_record(index, parse_record(body), actor=principal.label)
        return (201 if result.outcome == "created" else 200), result.model_dump(mode="json")

    if idempotency_key is None:
        status, payload = produce()
        return JSONResponse(payload, status_code=status)
    status, payload, replayed = store.run(principal.label, idempotency_key, request_fingerprint(body), produce)
    return JSONResponse(payload, status_code=status, headers={"Idempotent-Replayed": "true"} if replayed else None)


@router.get("/initiatives", summary="List initiatives with filters", response_model=InitiativePage,
            responses=error_responses(422))
def list_route(
    year: int | None = Query(None, ge=1990, le=2100),
    unit: str | None = Query(None, max_length=300, description="Unit name; case and spacing do not matter."),
    author: str | None = Query(None, max_length=300, description="Author or co-author name."),
    author_id: str | None = Query(None, max_length=200, description="Author or co-author staff code."),
    field: str | None = Query(None, max_length=300),
    status: InitiativeStatus | None = Query(None),
    limit: int = Query(50, ge=1, le=200),
    offset: int = Query(0, ge=0, le=10_000_000),
    _principal: Principal = Depends(require(Permission.read)),
    session: Session = Depends(get_session),
) -> InitiativePage:
    filters = ListFilters(year=year, unit=unit, author=author, author_id=author_id, field=field, status=status)
    return list_initiatives(session, filters, limit=limit, offset=offset)


@router.get("/initiatives/{external_id}", summary="Read one initiative", response_model=InitiativeDetail,
            responses=error_responses(404))
def read_route(
    external_id: str = ExternalId,
    _principal: Principal = Depends(require(Permission.read)),
    session: Session = Depends(get_session),
) -> InitiativeDetail:
    view = get_initiative(session, external_id)
    if view is None:
        raise ApiError(404, "initiative_not_found", f"no initiative with id {external_id!r}")
    return view


@router.put(
    "/initiatives/{external_id}", summary="Update an initiative",
    description="Body: the whole record in the import contract; its `id` may be left out, and must equal "
                "the URL's when given. 404 when the id is unknown (create with POST).",
    response_model=SaveResult, responses=error_responses(404, 413, 422), openapi_extra=record_body(),
)
def update_route(
    external_id: str = ExternalId,
    body: dict[str, Any] = Body(...),
    principal: Principal = Depends(require(Permission.ingest)),
    index: IndexService = Depends(get_index),
) -> JSONResponse:
    record = parse_record(body, external_id=external_id)
    return _saved(save_record(index, record, actor=principal.label, require_existing=True))


@router.delete("/initiatives/{external_id}", summary="Delete an initiative (and remove it from the index)",
               status_code=204, response_class=Response, responses=error_responses(404))
def delete_route(
    external_id: str = ExternalId,
    principal: Principal = Depends(require(Permission.delete)),
    index: IndexService = Depends(get_index),
) -> Response:
    delete_initiative(index, external_id, actor=principal.label)
    return Response(status_code=204)


@router.get(
    "/initiatives/{external_id}/similar", summary="Initiatives similar to a stored one",
    description="The stored initiative checked against all others (itself excluded), as the check JSON.",
    response_model=None, responses={200: {"model": CheckResponse, "description": "The check JSON"},
                                    **error_responses(404)},
)
def similar_route(
    external_id: str = ExternalId,
    top: int = Query(10, ge=1, le=MAX_TOP),
    _principal: Principal = Depends(require(Permission.read)),
    index: IndexService = Depends(get_index),
) -> JSONResponse:
    return JSONResponse(similar_to(index, external_id, top=top))


# ---------------------------------------------------------------------- bulk

def _rows_or_raise(rows: Iterator[RowResult], source: str) -> Iterator[RowResult]:
    """A list file unusable as a whole fails the request (422) when nothing was read yet, and
    becomes one error row otherwise."""
    produced = False
    try:
        for row in rows:
            produced = True
            yield row
    except RecordListError as exc:
        if not produced:
            raise
        yield RowResult(source=source, line=0, error=exc.message, error_code=exc.code)


def _import_jsonl(index: IndexService, data: bytes, actor: str) -> BulkReport:
    with tempfile.TemporaryDirectory(prefix="sangkien-bulk-") as tmp:
        path = Path(tmp) / "upload.jsonl"
        path.write_bytes(data)
        return bulk_upsert(index, _rows_or_raise(read_record_list(path), path.name), actor=actor, source=path.name)


def _import_upload(index: IndexService, metadata: Any, documents: list[Any], actor: str, max_bytes: int) -> BulkReport:
    suffix = Path(safe_filename(metadata.filename, "metadata")).suffix.lower()
    if suffix not in LIST_SUFFIXES:
        raise ApiError(415, "unsupported_list_format", "metadata must be a .jsonl, .csv or .xlsx file")
    with tempfile.TemporaryDirectory(prefix="sangkien-bulk-") as tmp:
        folder = Path(tmp)
        # read_folder finds the list by its fixed name; .tsv/.ndjson lists are read as single lists.
        list_name = f"metadata{suffix}"
        save_upload(metadata, folder, list_name, max_bytes)
        names: set[str] = {list_name.lower()}
        for upload in documents:
            name = safe_filename(upload.filename, "document")
            if name.lower() in names or name.lower() in METADATA_NAMES:
                raise ApiError(422, "duplicate_file_name", f"two uploaded files are named {name!r}")
            names.add(name.lower())
            save_upload(upload, folder, name, max_bytes)
        if documents and list_name in METADATA_NAMES:
            rows = read_folder(folder, max_document_bytes=max_bytes)
        else:
            rows = read_record_list(folder / list_name, max_document_bytes=max_bytes)
        source = safe_filename(metadata.filename, list_name)
        return bulk_upsert(index, _rows_or_raise(rows, list_name), actor=actor, source=source)


async def bulk_route(
    request: Request,
    principal: Principal = Depends(require(Permission.ingest)),
    ctx: AppContext = Depends(get_ctx),
    index: IndexService = Depends(get_index),
) -> BulkReport:
    kind = media_type(request)
    limit = ctx.settings.max_upload_bytes
    if kind in JSONL_TYPES:
        data = await request.body()
        return await run_in_threadpool(_import_jsonl, index, data, principal.label)
    if kind == "multipart/form-data":
        async with request.form(max_files=MAX_BULK_FILES + 1, max_fields=MAX_FORM_FIELDS) as form:
            unknown = set(form.keys()) - {"metadata", "files"}
            if unknown:
                raise ApiError(422, "unknown_field", f"unknown form fields: {', '.join(sorted(unknown))}")
            metadata = form.getlist("metadata")
            documents = form.getlist("files")
            if len(metadata) != 1 or isinstance(metadata[0], str):
                raise ApiError(422, "missing_field", "send exactly one 'metadata' file")
            if any(isinstance(d, str) for d in documents):
                raise ApiError(422, "invalid_file", "'files' parts must be files")
            return await run_in_threadpool(_import_upload, index, metadata[0], documents, principal.label, limit)
    raise ApiError(415, "unsupported_media_type",
                   "send application/x-ndjson (JSONL) or multipart/form-data with 'metadata' and 'files'")


_BULK = dict(
    summary="Create or update many initiatives (JSONL, or documents with a metadata list)",
    description="JSONL body (`Content-Type: application/x-ndjson`), one import-contract record per line; or "
                "`multipart/form-data` with `metadata` (metadata.csv / .xlsx / .jsonl whose `file` column names "
                "the documents) and the documents as `files`. Every row is reported with its line and, when it "
                "failed, the error; good rows are stored and indexed whatever the others do.",
    response_model=BulkReport, responses=error_responses(400, 413, 415, 422), openapi_extra=bulk_body(),
)
router.add_api_route("/initiatives:bulk", bulk_route, methods=["POST"], **_BULK)  # type: ignore[arg-type]
router.add_api_route("/initiatives/bulk", bulk_route, methods=["POST"], include_in_schema=False,
                     response_model=BulkReport)

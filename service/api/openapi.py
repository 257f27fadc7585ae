"""OpenAPI helpers: the error shape as a model, and request bodies routes parse themselves."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from service.api import examples
from service.records import InitiativeRecord


class ErrorDetail(BaseModel):
    code: str
    message: str
    details: Any = None


class ErrorResponse(BaseModel):
    error: ErrorDetail


_DESCRIPTIONS = {
    400: "Malformed request (e.g. a multipart body that cannot be parsed)",
    401: "No or invalid API key / session",
    403: "The caller's role may not do this",
    404: "Not found",
    409: "Conflict with the current state",
    413: "Body or uploaded document too large",
    415: "Unsupported content type or document format",
    422: "Invalid input (unknown fields, missing fields, bad values)",
    429: "Too many requests from this API key or address (see the Retry-After header)",
    503: "Temporarily unavailable: the database was busy with another write longer than the lock timeout "
         "(nothing was stored; retry after the Retry-After header's seconds), or a needed part is not ready",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entries documenting the error shape for the given statuses (401/403/429/503
    always: any request may be rate-limited or meet a busy database)."""
    wanted = sorted({401, 403, 429, 503, *statuses})
    return {s: {"model": ErrorResponse, "description": _DESCRIPTIONS.get(s, "Error")} for s in wanted}


def record_schema() -> dict[str, Any]:
    """The import contract's JSON schema (no nested models, so it can be inlined)."""
    schema = InitiativeRecord.model_json_schema()
    schema.pop("$defs", None)
    return schema


def _without_null(prop: dict[str, Any]) -> dict[str, Any]:
    """A form field is text or absent, never null."""
    if "anyOf" not in prop:
        return prop
    options = [option for option in prop["anyOf"] if option.get("type") != "null"]
    rest = {k: v for k, v in prop.items() if k not in ("anyOf", "default")}
    return {**rest, **options[0]} if len(options) == 1 else {**rest, "anyOf": options}


def _form_schema() -> dict[str, Any]:
    """The record as multipart form fields: the import contract's rules, and ``file`` for ``content``."""
    base = record_schema()
    props = {name: _without_null(prop) for name, prop in base["properties"].items()
             if name not in ("content", "file", "contribution_shares")}
    props["content"] = {"type": "string", "description": "Text of the report, when no file is sent."}
    props["file"] = {"type": "string", "format": "binary", "description": "DOCX, PDF, DOC or TXT report."}
    return {"type": "object", "properties": props, "required": ["title", "author", "unit"],
            "additionalProperties": False, "anyOf": base["anyOf"]}


def record_body(*, multipart: bool = False) -> dict[str, Any]:
    """``openapi_extra`` for a route whose body is one record (JSON, and optionally multipart)."""
    content: dict[str, Any] = {
        "application/json": {"schema": record_schema(), "examples": examples.RECORD_EXAMPLES},
    }
    if multipart:
        form_example = {k: v for k, v in examples.INITIATIVE.items() if k not in ("content", "coauthors")}
        content["multipart/form-data"] = {"schema": _form_schema(),
                                          "examples": {"docx": {"summary": "Báo cáo DOCX kèm thông tin",
                                                                "value": form_example}}}
    return {"requestBody": {"required": True, "content": content}}


def bulk_body() -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {
        "application/x-ndjson": {
            "schema": {"type": "string", "description": "One import-contract record per line (JSONL)."},
            "examples": {"two": {"summary": "Hai sáng kiến", "value": examples.BULK_JSONL}},
        },
        "multipart/form-data": {
            "schema": {"type": "object", "required": ["metadata"], "properties": {
                "metadata": {"type": "string", "format": "binary",
                             "description": "metadata.csv / .xlsx / .jsonl in the import contract; "
                                            "its 'file' column names the documents."},
                "files": {"type": "array", "items": {"type": "string", "format": "binary"},
                          "description": "The documents (DOCX, PDF, DOC, TXT)."},
            }},
        },
    }}}

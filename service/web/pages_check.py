"""Kiểm tra đề tài: the form, the result with highlighted passages, and reviewers' decisions."""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse
from pydantic import ValidationError
from sqlmodel import Session
from starlette.responses import Response

from models import repository as repo
from models.tables import DecisionKind
from service.checks import run_check
from service.decisions import DecisionIn, apply_decisions, record_decision
from service.errors import ServiceError
from service.security import Permission, Principal
from service.web import labels
from service.web.auth import PageError, csrf_error, page_require
from service.web.check_form import FILE_FIELD, CheckForm, parse_check_form
from service.web.check_view import build_result_view
from service.web.csrf import CSRF_FIELD, csrf_valid
from service.web.forms import read_form, read_posted
from service.web.templating import render

log = logging.getLogger("sangkien.web")

router = APIRouter()

TOP_MATCHES = 10


def _check_page(request: Request, user: Principal, form: CheckForm, *, result: dict[str, Any] | None = None,
                query_title: str | None = None, decision_saved: str | None = None,
                status_code: int = 200) -> Response:
    settings = request.app.state.ctx.settings
    return render(request, "check.html", {
        "title": "Kiểm tra đề tài", "nav": "kiem-tra", "form": form,
        "result": build_result_view(result) if result is not None else None, "query_title": query_title,
        "decision_saved": decision_saved, "can_decide": user.can(Permission.decide),
        "max_upload_mb": f"{labels.megabytes(settings.max_upload_bytes):g}",
        "max_upload_bytes": settings.max_upload_bytes,
    }, user=user, status_code=status_code)


@router.get("/kiem-tra", name="check_form")
def check_form(request: Request, user: Principal = Depends(page_require(Permission.check))) -> Response:
    return _check_page(request, user, CheckForm())


@router.post("/kiem-tra", name="check_submit")
async def check_submit(request: Request, user: Principal = Depends(page_require(Permission.check))) -> Response:
    settings = request.app.state.ctx.settings
    # Room for the file plus pasted text of the largest allowed size (4 bytes per character at most).
    max_text = settings.max_content_chars * 4 + 65_536
    posted = await read_posted(request, max_body=settings.max_upload_bytes + max_text + 1_000_000,
                               max_text=max_text, file_field=FILE_FIELD, max_file_bytes=settings.max_upload_bytes)
    if not posted.problem and not csrf_valid(request, settings.session_secret, posted.get(CSRF_FIELD), logged_in=True):
        raise csrf_error()
    form, record = parse_check_form(posted, settings)
    if record is None:
        return _check_page(request, user, form, status_code=400)
    upload = posted.upload
    source_sha = hashlib.sha256(upload.data).hexdigest() if upload is not None and not upload.too_large else None
    try:
        result = run_check(request.app.state.index, record, actor=user.label, top=TOP_MATCHES,
                           source_file=form.filename, source_sha256=source_sha)
    except Exception:  # the engine failing must still leave the reviewer a page and their input
        log.exception("check failed for %r", record.title[:100])
        form.errors[""] = "Hệ thống chưa kiểm tra được đề tài này do lỗi nội bộ. Vui lòng thử lại sau ít phút."
        return _check_page(request, user, form, status_code=503)
    return _check_page(request, user, form, result=result, query_title=record.title)


@router.get("/kiem-tra/ket-qua", name="check_result")
def check_result(request: Request, ma: str = "",
                 user: Principal = Depends(page_require(Permission.check))) -> Response:
    """The latest check of a query (by its id or input hash), with decisions as they are now."""
    with Session(request.app.state.ctx.engine) as s:
        check_id = repo.latest_check_id(s, ma[:200]) if ma else None
        check = repo.get_check_record(s, check_id) if check_id is not None else None
        if check is None:
            raise PageError(404, "Không tìm thấy kết quả",
                            "Không tìm thấy kết quả kiểm tra này. Hãy kiểm tra lại đề tài.")
        result = _fresh_decisions(s, json.loads(check.result_json), [ma, check.input_sha256])
        title = check.title
    return _check_page(request, user, CheckForm(), result=result, query_title=title,
                       decision_saved="Đã ghi nhận quyết định." if request.query_params.get("da_ghi") else None)


def _fresh_decisions(session: Session, result: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    """A stored result with the decisions recorded since (and without those it was saved with)."""
    matches = result.get("matches", [])
    for m in matches:
        m.pop("decision", None)
    if matches:
        best = max(matches, key=lambda m: m.get("score", 0))
        result["verdict"], result["score"] = best.get("level", result.get("verdict")), best.get("score", 0)
    return apply_decisions(session, [k for k in keys if k], result)


@router.post("/kiem-tra/quyet-dinh", name="check_decision")
async def check_decision(request: Request, user: Principal = Depends(page_require(Permission.decide))) -> Response:
    form, problem = await read_form(request)
    secret = request.app.state.ctx.settings.session_secret
    if problem:
        raise PageError(400, "Không ghi nhận được", problem)
    if not csrf_valid(request, secret, form.get(CSRF_FIELD), logged_in=True):
        raise csrf_error()
    query_key = form.get("query_key").strip()
    back = f"/kiem-tra/ket-qua?ma={quote(query_key, safe='')}"
    if form.get("decision") not in {k.value for k in DecisionKind}:
        raise PageError(400, "Chưa chọn quyết định",
                        "Vui lòng chọn một quyết định (xác nhận trùng lặp, tiếp nối hợp lệ hoặc báo động nhầm).")
    try:
        data = DecisionIn(query_id=query_key, match_id=form.get("match_id"), decision=form.get("decision"),
                          reason=form.get("reason"))
    except ValidationError as exc:
        fields = {str(e["loc"][0]) for e in exc.errors() if e.get("loc")}
        message = ("Vui lòng ghi lí do cho quyết định." if "reason" in fields
                   else "Thông tin quyết định không hợp lệ. Hãy tải lại trang kết quả rồi thử lại.")
        raise PageError(400, "Chưa ghi nhận được quyết định", message) from exc
    with Session(request.app.state.ctx.engine) as s:
        try:
            record_decision(s, data, actor=user.label)
        except ServiceError as exc:
            raise PageError(404, "Chưa ghi nhận được quyết định",
                            "Sáng kiến được so sánh không còn trong kho; không thể ghi nhận quyết định.") from exc
    return RedirectResponse(f"{back}&da_ghi=1", status_code=303)

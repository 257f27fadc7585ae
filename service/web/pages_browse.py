"""Sáng kiến (list and one initiative with its similar ones) and cán bộ (a person's history)."""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from sqlmodel import Session
from starlette.responses import Response

from indexing.vietnamese import folded_form
from models import repository as repo
from models.repository import InitiativeFilter
from service.errors import NotFoundError
from service.history import person_history, similar_to
from service.initiatives import ListFilters, get_initiative, list_initiatives
from service.security import Permission, Principal
from service.web import labels
from service.web.auth import PageError, page_require
from service.web.check_view import build_result_view
from service.web.templating import render

log = logging.getLogger("sangkien.web")

router = APIRouter()

PAGE_SIZE = 20
MAX_QUERY = 200


@dataclass
class TitleFilters(ListFilters):
    """The API's list filters plus the page's search box (part of the title)."""

    title: str | None = None

    def to_repo(self) -> InitiativeFilter:
        flt = super().to_repo()
        flt.title_key_contains = folded_form(self.title) if self.title and self.title.strip() else None
        return flt


@dataclass
class Pager:
    number: int
    pages: int
    total: int
    prev_url: str | None
    next_url: str | None


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())[:MAX_QUERY]


def _year(value: str) -> int | None:
    return int(value) if value.isdigit() and len(value) == 4 else None


@router.get("/sang-kien", name="initiative_list")
def initiative_list(request: Request, q: str = "", nam: str = "", don_vi: str = "", tac_gia: str = "",
                    linh_vuc: str = "", trang: str = "1",
                    user: Principal = Depends(page_require(Permission.read))) -> Response:
    params = {"q": _clean(q), "nam": _clean(nam), "don_vi": _clean(don_vi), "tac_gia": _clean(tac_gia),
              "linh_vuc": _clean(linh_vuc)}
    notices: list[str] = []
    year = _year(params["nam"])
    if params["nam"] and year is None:
        notices.append("Năm phải gồm 4 chữ số, ví dụ 2023; bộ lọc năm đã được bỏ qua.")
    number = int(trang) if trang.isdigit() and 0 < int(trang) < 100_000 else 1
    filters = TitleFilters(year=year, unit=params["don_vi"] or None, author=params["tac_gia"] or None,
                           field=params["linh_vuc"] or None, title=params["q"] or None)
    with Session(request.app.state.ctx.engine) as s:
        page = list_initiatives(s, filters, limit=PAGE_SIZE, offset=(number - 1) * PAGE_SIZE)
        years, units, fields = repo.filter_choices(s)
    pages = max(1, math.ceil(page.total / PAGE_SIZE))
    kept = {k: v for k, v in params.items() if v}

    def url(n: int) -> str:
        return "/sang-kien?" + urlencode({**kept, "trang": n})

    pager = Pager(number, pages, page.total, url(number - 1) if number > 1 else None,
                  url(number + 1) if number < pages else None)
    return render(request, "initiatives.html", {
        "title": "Sáng kiến", "nav": "sang-kien", "params": params, "page": page, "pager": pager,
        "years": years, "units": units, "fields": fields, "notices": notices, "filtered": bool(kept),
    }, user=user)


@router.get("/sang-kien/{external_id:path}", name="initiative_detail")
def initiative_detail(request: Request, external_id: str,
                      user: Principal = Depends(page_require(Permission.read))) -> Response:
    with Session(request.app.state.ctx.engine) as s:
        initiative = get_initiative(s, external_id)
    if initiative is None:
        raise PageError(404, "Không tìm thấy sáng kiến", "Không có sáng kiến nào có mã này trong kho.")
    similar: Any = None
    similar_error = None
    try:
        similar = build_result_view(similar_to(request.app.state.index, external_id, top=10))
    except NotFoundError as exc:
        raise PageError(404, "Không tìm thấy sáng kiến", "Không có sáng kiến nào có mã này trong kho.") from exc
    except Exception:  # the page is still useful without the comparison
        log.exception("similar_to failed for %s", external_id)
        similar_error = "Chưa so sánh được sáng kiến này với kho do lỗi nội bộ. Vui lòng thử lại sau."
    return render(request, "initiative.html", {
        "title": initiative.title, "nav": "sang-kien", "ini": initiative, "similar": similar,
        "similar_error": similar_error, "paragraphs": _paragraphs(initiative.content),
    }, user=user)


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@router.get("/can-bo/{person_ref}", name="person_detail")
def person_detail(request: Request, person_ref: str,
                  user: Principal = Depends(page_require(Permission.read))) -> Response:
    try:
        history = person_history(request.app.state.index, person_ref[:200], top=10)
    except NotFoundError as exc:
        raise PageError(404, "Không tìm thấy cán bộ", "Không có cán bộ nào có mã này trong kho.") from exc
    except Exception as exc:
        log.exception("person_history failed for %s", person_ref[:200])
        raise PageError(503, "Chưa xem được quá trình",
                        "Chưa tổng hợp được quá trình của cán bộ này do lỗi nội bộ. Vui lòng thử lại sau.") from exc
    return render(request, "person.html", {
        "title": history.person.name, "nav": "sang-kien", "history": history,
        "verdicts": labels.VERDICTS,
    }, user=user)

"""All page routes in one router."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from service.web import pages_auth, pages_browse, pages_check
from service.web.auth import login_url, optional_user

router = APIRouter(include_in_schema=False)


@router.get("/", name="home")
def home(request: Request) -> Response:
    if optional_user(request) is None:
        return RedirectResponse(login_url("/"), status_code=303)
    return RedirectResponse("/kiem-tra", status_code=303)


router.include_router(pages_auth.router)
router.include_router(pages_check.router)
router.include_router(pages_browse.router)

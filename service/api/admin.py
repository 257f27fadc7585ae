"""/api/v1/keys and /api/v1/users: administration (admin only)."""

from __future__ import annotations

from fastapi import APIRouter, Body, Depends, Path
from sqlmodel import Session

from service.accounts import KeyIn, KeyView, NewKey, UserIn, UserView, create_account, create_key, list_keys, revoke_key
from service.api import API_PREFIX, examples
from service.api.deps import get_session, require
from service.api.openapi import error_responses
from service.security import Permission, Principal

router = APIRouter(prefix=API_PREFIX, tags=["admin"])


@router.post("/keys", summary="Create an API key (the key is shown once)", status_code=201, response_model=NewKey,
             responses=error_responses(422))
def create_key_route(
    data: KeyIn = Body(openapi_examples={"app": {"summary": "Khóa cho ứng dụng hồ sơ", "value": examples.KEY}}),
    principal: Principal = Depends(require(Permission.admin)),
    session: Session = Depends(get_session),
) -> NewKey:
    return create_key(session, data, actor=principal.label)


@router.get("/keys", summary="List API keys (never the keys themselves)", response_model=list[KeyView],
            responses=error_responses())
def list_keys_route(
    _principal: Principal = Depends(require(Permission.admin)),
    session: Session = Depends(get_session),
) -> list[KeyView]:
    return list_keys(session)


@router.delete("/keys/{key_id}", summary="Revoke an API key", response_model=KeyView,
               responses=error_responses(404, 422))
def revoke_key_route(
    key_id: int = Path(ge=1, le=2**62),
    principal: Principal = Depends(require(Permission.admin)),
    session: Session = Depends(get_session),
) -> KeyView:
    return revoke_key(session, key_id, actor=principal.label)


@router.post("/users", summary="Create a user of the web page", status_code=201, response_model=UserView,
             responses=error_responses(409, 422))
def create_user_route(
    data: UserIn = Body(openapi_examples={"reviewer": {"summary": "Thư ký hội đồng", "value": examples.USER}}),
    principal: Principal = Depends(require(Permission.admin)),
    session: Session = Depends(get_session),
) -> UserView:
    return create_account(session, data, actor=principal.label)

"""FastAPI dependencies: the application context, a database session, and who is calling."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from fastapi import Depends, Request
from sqlmodel import Session

from models.tables import ApiKey, User, utcnow
from service.api.errors import ApiError
from service.context import AppContext
from service.index_service import IndexService
from service.security import SESSION_COOKIE, Permission, Principal, read_session, verify_api_key


def get_ctx(request: Request) -> AppContext:
    return request.app.state.ctx


def get_index(request: Request) -> IndexService:
    return request.app.state.index


def get_session(ctx: AppContext = Depends(get_ctx)) -> Iterator[Session]:
    with Session(ctx.engine, expire_on_commit=False) as session:
        yield session


_PRINCIPAL_SCOPE_KEY = "sangkien.principal"


def current_principal(request: Request, ctx: AppContext = Depends(get_ctx)) -> Principal | None:
    """The caller: an API key (Authorization: Bearer) or a logged-in web user (session cookie).

    Worked out once per request (the rate limit asks before the role check does); a refusal
    (401) is remembered and raised again."""
    known = request.scope.get(_PRINCIPAL_SCOPE_KEY)
    if known is not None:
        if isinstance(known, ApiError):
            raise known
        return known[0]
    try:
        principal = _identify(request, ctx)
    except ApiError as exc:
        request.scope[_PRINCIPAL_SCOPE_KEY] = exc
        raise
    request.scope[_PRINCIPAL_SCOPE_KEY] = (principal,)
    return principal


def _identify(request: Request, ctx: AppContext) -> Principal | None:
    auth = request.headers.get("authorization", "")
    with Session(ctx.engine) as session:
        if auth:
            scheme, _, token = auth.partition(" ")
            if scheme.lower() != "bearer" or not token:
                raise ApiError(401, "unauthorized", "use 'Authorization: Bearer <api key>'",
                               headers={"WWW-Authenticate": "Bearer"})
            key: ApiKey | None = verify_api_key(session, token)
            if key is None:
                raise ApiError(401, "unauthorized", "invalid or revoked API key", headers={"WWW-Authenticate": "Bearer"})
            key.last_used_at = utcnow()
            session.add(key)
            session.commit()
            assert key.id is not None
            return Principal("key", key.id, key.name, key.role)
        cookie = request.cookies.get(SESSION_COOKIE)
        if cookie:
            user_id = read_session(ctx.settings.session_secret, cookie)
            user = session.get(User, user_id) if user_id is not None else None
            if user is not None and user.active and user.id is not None:
                return Principal("user", user.id, user.username, user.role)
    return None


def require(permission: Permission) -> Callable[..., Principal]:
    """The one role check: a route that needs ``permission`` depends on ``require(permission)``."""

    def dependency(principal: Principal | None = Depends(current_principal)) -> Principal:
        if principal is None:
            raise ApiError(401, "unauthorized", "authentication required", headers={"WWW-Authenticate": "Bearer"})
        if not principal.can(permission):
            raise ApiError(403, "forbidden", f"role '{principal.role.value}' may not {permission.value}")
        return principal

    dependency.__name__ = f"require_{permission.value}"
    return dependency

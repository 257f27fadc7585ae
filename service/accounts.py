"""API keys and users, as administrators manage them over the API (the CLI has its own commands).

Every change is audited in the same transaction and committed here.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field
from sqlmodel import Session

from models import repository as repo
from models.tables import ApiKey, Role
from service.errors import ConflictError, InvalidInputError, NotFoundError
from service.security import MIN_PASSWORD_LENGTH, create_api_key, create_user, revoke_api_key


class KeyIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=200, description="Who uses the key, e.g. 'Hồ sơ điện tử'.")
    role: Role


class KeyView(BaseModel):
    id: int
    name: str
    role: Role
    prefix: str = Field(description="Public part of the key (sk_<prefix>_...), to recognise it in logs.")
    created_at: datetime
    revoked_at: datetime | None = None
    last_used_at: datetime | None = None


class NewKey(KeyView):
    key: str = Field(description="The full key. Shown only in this response; store it now.")


class UserIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    username: str = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.@-]+$")
    password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=200)
    role: Role = Role.reviewer


class UserView(BaseModel):
    id: int
    username: str
    role: Role
    active: bool
    created_at: datetime


def _key_view(row: ApiKey) -> KeyView:
    assert row.id is not None
    return KeyView(id=row.id, name=row.name, role=row.role, prefix=row.prefix, created_at=row.created_at,
                   revoked_at=row.revoked_at, last_used_at=row.last_used_at)


def create_key(session: Session, data: KeyIn, *, actor: str) -> NewKey:
    """A new API key; the full key is in the result and nowhere else. Commits."""
    row, key = create_api_key(session, data.name, data.role)
    repo.add_audit(session, actor, "key_create", "api_key", str(row.id), {"name": data.name, "role": data.role.value})
    session.commit()
    return NewKey(**_key_view(row).model_dump(), key=key)


def list_keys(session: Session) -> list[KeyView]:
    """Every key, revoked ones included (never the keys themselves)."""
    return [_key_view(row) for row in repo.list_api_keys(session)]


def revoke_key(session: Session, key_id: int, *, actor: str) -> KeyView:
    """Revoke a key; ``NotFoundError`` when there is no active key with that number. Commits."""
    if not revoke_api_key(session, key_id):
        raise NotFoundError("key_not_found", f"no active API key {key_id}")
    repo.add_audit(session, actor, "key_revoke", "api_key", str(key_id))
    session.commit()
    row = repo.get_api_key(session, key_id)
    assert row is not None
    return _key_view(row)


def create_account(session: Session, data: UserIn, *, actor: str) -> UserView:
    """A user of the web page; ``ConflictError`` when the name is taken. Commits."""
    if len(data.password) < MIN_PASSWORD_LENGTH:
        raise InvalidInputError("weak_password", f"password must have at least {MIN_PASSWORD_LENGTH} characters")
    try:
        user = create_user(session, data.username, data.password, data.role)
    except ValueError as exc:
        raise ConflictError("username_taken", str(exc)) from exc
    assert user.id is not None
    repo.add_audit(session, actor, "user_create", "user", str(user.id),
                   {"username": data.username, "role": data.role.value})
    session.commit()
    return UserView(id=user.id, username=user.username, role=user.role, active=user.active,
                    created_at=user.created_at)

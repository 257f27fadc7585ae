"""First start: an admin account, so that someone can log in to a fresh installation."""

from __future__ import annotations

import secrets

from sqlmodel import Session, select

from models.repository import add_audit
from models.tables import Role, User
from service.context import AppContext
from service.security import create_user


def ensure_first_admin(ctx: AppContext) -> tuple[str, str] | None:
    """Create user 'admin' with a random password when there are no users; returns the credential."""
    with Session(ctx.engine) as s:
        if s.exec(select(User)).first() is not None:
            return None
        password = secrets.token_urlsafe(12)
        user = create_user(s, "admin", password, Role.admin)
        add_audit(s, "system", "user_create", "user", str(user.id), {"username": "admin", "role": "admin"})
        s.commit()
    return "admin", password

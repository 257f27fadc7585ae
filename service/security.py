"""Who may do what: roles, API keys, user passwords, web sessions, and the one role dependency.

Every route declares what it needs with ``Depends(require(Permission.x))``; nothing else in the
code checks roles.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from enum import Enum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, select

from models.tables import ApiKey, Role, User, as_utc, utcnow


class Permission(str, Enum):
    read = "read"
    check = "check"
    ingest = "ingest"
    decide = "decide"
    audit = "audit"
    export = "export"
    delete = "delete"
    admin = "admin"
    # Export and erase everything stored about a person (personal data protection requests).
    personal_data = "personal_data"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.reviewer: frozenset({Permission.read, Permission.check, Permission.decide}),
    Role.app: frozenset({Permission.read, Permission.check, Permission.ingest}),
    Role.auditor: frozenset({Permission.read, Permission.audit, Permission.export}),
    Role.admin: frozenset(Permission),  # includes personal_data: only admins export or erase a person
}


@dataclass(frozen=True)
class Principal:
    kind: str  # "key" | "user"
    id: int
    name: str
    role: Role

    @property
    def label(self) -> str:
        """How the audit log names this actor."""
        return f"{self.kind}:{self.name}"

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


# ---------------------------------------------------------------------- passwords

_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 10


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def create_user(session: Session, username: str, password: str, role: Role) -> User:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password must have at least {MIN_PASSWORD_LENGTH} characters")
    if session.exec(select(User).where(User.username == username)).first() is not None:
        raise ValueError(f"user {username!r} exists")
    user = User(username=username, password_hash=hash_password(password), role=role)
    session.add(user)
    session.flush()
    return user


MAX_FAILED_LOGINS = 5
LOCKOUT_SECONDS = 15 * 60


def authenticate_user(session: Session, username: str, password: str) -> User | None:
    """The user when the password is right; counts failures and locks the account for a while
    after MAX_FAILED_LOGINS in a row (the caller commits)."""
    user = session.exec(select(User).where(User.username == username)).first()
    if user is None or not user.active:
        hash_password(password)  # same work either way: no timing hint that the name exists
        return None
    now = utcnow()
    if user.locked_until is not None and as_utc(user.locked_until) > now:
        return None
    if not verify_password(user.password_hash, password):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            from datetime import timedelta

            user.locked_until = now + timedelta(seconds=LOCKOUT_SECONDS)
            user.failed_logins = 0
        session.add(user)
        return None
    user.failed_logins = 0
    user.locked_until = None
    session.add(user)
    return user


# ---------------------------------------------------------------------- API keys

KEY_PREFIX = "sk"


def _key_hash(secret: str) -> str:
    # Keys are 256-bit random strings: a fast hash is enough, a slow one would only slow requests.
    return hashlib.sha256(secret.encode()).hexdigest()


def create_api_key(session: Session, name: str, role: Role) -> tuple[ApiKey, str]:
    """Store a new key hashed; returns the row and the full key, which is shown only once."""
    prefix = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    row = ApiKey(name=name, prefix=prefix, key_hash=_key_hash(secret), role=role)
    session.add(row)
    session.flush()
    return row, f"{KEY_PREFIX}_{prefix}_{secret}"


def verify_api_key(session: Session, presented: str) -> ApiKey | None:
    parts = presented.strip().split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX:
        return None
    row = session.exec(select(ApiKey).where(ApiKey.prefix == parts[1])).first()
    if row is None or row.revoked_at is not None:
        return None
    if not hmac.compare_digest(row.key_hash, _key_hash(parts[2])):
        return None
    return row


def revoke_api_key(session: Session, key_id: int) -> bool:
    row = session.get(ApiKey, key_id)
    if row is None or row.revoked_at is not None:
        return False
    row.revoked_at = utcnow()
    session.add(row)
    return True


# ---------------------------------------------------------------------- web sessions

SESSION_COOKIE = "sangkien_session"
SESSION_SECONDS = 8 * 3600


def sign_session(secret: bytes, user_id: int, now: float | None = None) -> str:
    expires = int((now or time.time()) + SESSION_SECONDS)
    payload = f"{user_id}.{expires}"
    mac = hmac.new(secret, payload.encode(), hashlib.sha256).digest()
    return f"{payload}.{base64.urlsafe_b64encode(mac).decode().rstrip('=')}"


def read_session(secret: bytes, token: str, now: float | None = None) -> int | None:
    """The user id of a valid, unexpired session token, else None."""
    try:
        user_id, expires, mac = token.split(".")
        payload = f"{user_id}.{expires}"
        want = base64.urlsafe_b64encode(hmac.new(secret, payload.encode(), hashlib.sha256).digest()).decode().rstrip("=")
        if not hmac.compare_digest(want, mac) or int(expires) < (now or time.time()):
            return None
        return int(user_id)
    except (ValueError, TypeError):
        return None

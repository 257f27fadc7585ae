"""Typed failures of the service layer, shared by the REST API and the web page.

Each carries a short snake_case ``code`` and an English message; the API maps the class to an
HTTP status (``service/api/failures.py``), the web page to a Vietnamese notice.
"""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    """Base class: ``code`` is stable and machine-readable, ``details`` optional structured data."""

    def __init__(self, code: str, message: str, details: Any = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.details = details


class NotFoundError(ServiceError):
    """The thing named does not exist (initiative, person, key...)."""


class ConflictError(ServiceError):
    """The request contradicts the current state (a name taken, an idempotency key reused)."""


class InvalidInputError(ServiceError):
    """The request is well-formed but its values are not acceptable."""

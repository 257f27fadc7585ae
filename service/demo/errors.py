"""Typed errors for the demo-data package."""

from __future__ import annotations


class DemoDataError(ValueError):
    """Bad arguments or missing demo files; `code` is a short snake_case identifier."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

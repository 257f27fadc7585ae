"""The one exception the harness raises for bad input or a failed step."""

from __future__ import annotations


class BenchError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"

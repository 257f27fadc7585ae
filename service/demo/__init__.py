"""Synthetic Vietnamese SKKN data: the bundled demo set and a seeded corpus generator.

All text is written for this project (see README.md in this folder).
"""

from __future__ import annotations

import json
from pathlib import Path

from .errors import DemoDataError

DEMO_DIR: Path = Path(__file__).resolve().parent / "data"
DEMO_JSONL: Path = DEMO_DIR / "demo.jsonl"
DEMO_CASES: Path = DEMO_DIR / "cases.json"
DEMO_DOCS_DIR: Path = DEMO_DIR / "docs"

__all__ = ["DEMO_DIR", "DEMO_DOCS_DIR", "DemoDataError", "demo_cases", "demo_records"]


def demo_records() -> list[dict]:
    """The bundled demo initiatives (import-contract records, one per JSONL line)."""
    if not DEMO_JSONL.is_file():
        raise DemoDataError("demo_data_missing", f"demo data not found at {DEMO_JSONL}; run python -m service.demo.build_demo")
    records: list[dict] = []
    with DEMO_JSONL.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise DemoDataError("demo_data_corrupt", f"{DEMO_JSONL}:{n}: {exc}") from exc
    return records


def demo_cases() -> dict:
    """Which demo records reuse which (and how), honest look-alike groups and the DOCX files."""
    if not DEMO_CASES.is_file():
        raise DemoDataError("demo_data_missing", f"demo cases not found at {DEMO_CASES}; run python -m service.demo.build_demo")
    try:
        return json.loads(DEMO_CASES.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DemoDataError("demo_data_corrupt", f"{DEMO_CASES}: {exc}") from exc

"""Loads the bundled demo data set into an empty database."""

from __future__ import annotations

from sqlmodel import Session

from models.repository import count_initiatives
from service.context import AppContext
from service.index_service import IndexService
from service.ingest import ImportReport, import_and_index


def load_demo(ctx: AppContext, index: IndexService, *, only_if_empty: bool = True) -> ImportReport | None:
    from service.demo import DEMO_DIR

    with Session(ctx.engine) as session:
        if only_if_empty and count_initiatives(session) > 0:
            return None
    return import_and_index(ctx, index, [DEMO_DIR / "demo.jsonl"])

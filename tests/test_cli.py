"""The sangkien command line, end to end: import, check, reindex, and the index surviving restarts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import Session, select
from typer.testing import CliRunner

from indexing.legacy_encoding import encode_tcvn3
from models.db import make_engine
from models.tables import Initiative, Passage
from service.cli import app
from tests.engine_fixtures import MATH_HONEST, MATH_SOURCE, MATH_SUMMARY, MATH_TITLE
from tests.fixtures_docs import make_docx, make_pdf, make_truncated_docx

runner = CliRunner()


def run(*args: str) -> "object":
    return runner.invoke(app, list(args), catch_exceptions=False)


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def stored(data_dir: Path) -> list[Initiative]:
    engine = make_engine(f"sqlite:///{data_dir / 'sangkien.db'}")
    with Session(engine) as s:
        rows = list(s.exec(select(Initiative).order_by(Initiative.external_id)).all())
    engine.dispose()
    return rows


SOURCE = {"id": "hoa-2021", "title": MATH_TITLE, "summary": MATH_SUMMARY, "content": MATH_SOURCE,
          "author": "Nguyễn Thị Hoa", "unit": "Trường Tiểu học Hòa Bình", "field": "Toán", "year": 2021}
HONEST = {"id": "duc-2022", "title": MATH_TITLE, "content": MATH_HONEST, "author": "Phạm Văn Đức",
          "unit": "Trường Tiểu học Tân Lập", "school_year": "2021-2022"}


def test_import_tcvn3_jsonl_stores_unicode_and_is_idempotent(tmp_path: Path) -> None:
    data = tmp_path / "data"
    legacy = dict(SOURCE, title=encode_tcvn3(MATH_TITLE), content=encode_tcvn3(MATH_SOURCE))
    path = write_jsonl(tmp_path / "list.jsonl", [legacy, HONEST])
    result = run("import", str(path), "--data-dir", str(data))
    assert result.exit_code == 0, result.output
    rows = stored(data)
    assert [r.external_id for r in rows] == ["duc-2022", "hoa-2021"]
    hoa = rows[1]
    assert hoa.title == MATH_TITLE and "Biện pháp 1" in hoa.content and "tcvn3" in hoa.conversions
    assert rows[0].year == 2022 and rows[0].school_year == "2021-2022"

    again = run("import", str(path), "--data-dir", str(data))
    assert again.exit_code == 0 and "unchanged 2" in again.output
    assert len(stored(data)) == 2


def test_import_folder_names_the_broken_file(tmp_path: Path) -> None:
    folder = tmp_path / "nop_2024"
    folder.mkdir()
    make_docx(folder / "lan.docx")
    make_pdf(folder / "hung.pdf", [["Bien phap day hoc trai nghiem cho hoc sinh"], ["Ket luan"]])
    make_truncated_docx(folder / "hong.docx")
    (folder / "metadata.csv").write_text(
        "file,title,author,unit,year\n"
        "lan.docx,Rèn kỹ năng đọc,Nguyễn Thị Lan,TH Đồi Ngô,2024\n"
        "hung.pdf,Dạy học trải nghiệm,Lê Văn Hùng,THPT Hà Văn Mao,2024\n"
        "hong.docx,Tệp hỏng,Phạm D,THCS A,2024\n", encoding="utf-8")
    data = tmp_path / "data"
    result = run("import", str(folder), "--data-dir", str(data))
    assert result.exit_code == 1
    assert "hong.docx" in result.output and "created 2" in result.output
    rows = stored(data)
    assert {r.source_file for r in rows} == {"lan.docx", "hung.pdf"}
    assert all(r.source_sha256 and len(r.source_sha256) == 64 for r in rows)


def test_import_reports_bad_rows_and_keeps_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps(SOURCE, ensure_ascii=False) + "\n{not json\n"
                    + json.dumps({"title": "Thiếu tác giả", "unit": "X", "year": 2022}, ensure_ascii=False) + "\n"
                    + json.dumps(dict(HONEST, year=1800), ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("import", str(path), "--data-dir", str(tmp_path / "data"))
    assert result.exit_code == 1
    for line in ("mixed.jsonl:2", "mixed.jsonl:3", "mixed.jsonl:4"):
        assert line in result.output
    assert [r.external_id for r in stored(tmp_path / "data")] == ["hoa-2021"]
    assert run("import", str(tmp_path / "missing.jsonl")).exit_code == 2


def test_dry_run_stores_nothing(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "list.jsonl", [SOURCE])
    result = run("import", "--dry-run", str(path), "--data-dir", str(tmp_path / "data"))
    assert result.exit_code == 0 and "valid: 1" in result.output
    assert stored(tmp_path / "data") == []


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    assert run("import", str(write_jsonl(tmp_path / "l.jsonl", [SOURCE, HONEST])), "--data-dir", str(data)).exit_code == 0
    return data


def test_check_jsonl_prints_one_object_per_record(tmp_path: Path, imported: Path) -> None:
    queries = write_jsonl(tmp_path / "q.jsonl", [
        {"id": "q-copy", "title": "Kinh nghiệm dạy Toán", "content": MATH_SOURCE.replace("lớp 5", "lớp 4"),
         "author": "Trần Văn Bình", "unit": "Trường Tiểu học Xuân Phong", "year": 2023},
        {"id": "q-self", "title": MATH_TITLE, "content": MATH_SOURCE, "author": "Nguyễn Thị Hoa",
         "unit": "Trường Tiểu học Hòa Bình", "year": 2024},
    ])
    result = runner.invoke(app, ["check", str(queries), "--format", "jsonl", "--data-dir", str(imported)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert [o["query_id"] for o in lines] == ["q-copy", "q-self"]
    copy, self_reuse = lines
    assert copy["verdict"] == "duplicate" and copy["matches"][0]["id"] == "hoa-2021"
    assert "other_author" in copy["matches"][0]["relations"]
    assert self_reuse["matches"][0]["id"] == "hoa-2021" and "same_author" in self_reuse["matches"][0]["relations"]
    # read-only: nothing was saved
    assert len(stored(imported)) == 2


def test_check_save_stores_and_indexes(tmp_path: Path, imported: Path) -> None:
    q = write_jsonl(tmp_path / "q.jsonl", [{"id": "q-new", "title": MATH_TITLE, "content": MATH_SOURCE,
                                            "author": "Trần Văn Bình", "unit": "Trường X", "year": 2023}])
    assert runner.invoke(app, ["check", str(q), "--save", "--format", "json", "--data-dir", str(imported)]).exit_code == 0
    assert "q-new" in [r.external_id for r in stored(imported)]
    # the saved one is now found by a later check, and never matches itself
    q2 = write_jsonl(tmp_path / "q2.jsonl", [{"id": "q-later", "title": MATH_TITLE, "content": MATH_SOURCE,
                                             "author": "Lê C", "unit": "Trường Y", "year": 2025}])
    out = json.loads(runner.invoke(app, ["check", str(q2), "--format", "jsonl", "--data-dir", str(imported)]).stdout)
    assert {"hoa-2021", "q-new"} <= {m["id"] for m in out["matches"]}


def test_index_survives_restart_and_catches_up_after_a_crash(tmp_path: Path, imported: Path) -> None:
    index_dir = imported / "index"
    assert (index_dir / "vectors").is_dir() and (index_dir / "fingerprints" / "fingerprints.json").is_file()
    # A record written to the database after the last index save (as after a crash) is caught up on start.
    from service.context import open_context
    from service.runtime import open_index
    from service.settings import Settings

    from models.repository import upsert_initiative
    from service.ingest import to_input
    from service.records import validate_record

    ctx = open_context(Settings(data_dir=imported))
    with Session(ctx.engine) as s:
        upsert_initiative(s, to_input(validate_record(dict(SOURCE, id="late-2022", year=2022, author="Vũ Thị Mai"))))
        s.commit()
    index = open_index(ctx)
    assert len(index.engine.fingerprints) == 3
    with Session(ctx.engine) as s:
        assert s.exec(select(Passage)).first() is not None
    ctx.close()

    # A half-written (truncated) fingerprint file is detected and the index rebuilt from the database.
    fp = index_dir / "fingerprints" / "fingerprints.npz"
    fp.write_bytes(fp.read_bytes()[:100])
    ctx = open_context(Settings(data_dir=imported))
    index = open_index(ctx)
    assert len(index.engine.fingerprints) == 3 and len(index.engine.vectors) > 0
    ctx.close()


def test_reindex_rebuilds_from_the_database(imported: Path) -> None:
    import shutil

    shutil.rmtree(imported / "index")
    result = run("reindex", "--data-dir", str(imported))
    assert result.exit_code == 0 and "2 initiatives" in result.output

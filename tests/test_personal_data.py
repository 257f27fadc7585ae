"""Personal data on request: GET /api/v1/people/{id}/export and DELETE /api/v1/people/{id} (erasure),
and their CLI equivalents. After an erasure nothing stored names the person and a check of the
erased report's exact text no longer finds it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select as sa_select
from sqlmodel import Session, SQLModel, select
from typer.testing import CliRunner

from models.tables import CheckRecord, Initiative, Passage, Role
from service.cli import app as cli_app
from tests.api_support import api_client, assert_error, keys_by_role, record
from tests.engine_fixtures import LIBRARY, MATH_HONEST, MATH_SOURCE, MATH_SUMMARY, MATH_TITLE

UNIT = "Trường Tiểu học Xuân Lâm"
HANH, HANH_CODE = "Trần Thị Hạnh", "GV-HANH"
MINH, MINH_CODE = "Lê Văn Minh", "GV-MINH"
LIBRARY_TITLE = "Xây dựng văn hóa đọc cho học sinh tiểu học"
A = record("PD-A-2021", MATH_TITLE, author=HANH, author_id=HANH_CODE, unit=UNIT, year=2021,
           summary=MATH_SUMMARY, content=MATH_SOURCE)
B = record("PD-B-2022", LIBRARY_TITLE, author=MINH, author_id=MINH_CODE, unit=UNIT, year=2022, content=LIBRARY)
AB = record("PD-AB-2023", "Giúp học sinh lớp 5 yêu thích môn Toán qua hoạt động thực tế", author=MINH,
            author_id=MINH_CODE, coauthors=[HANH], unit=UNIT, year=2023, content=MATH_HONEST)
# Someone else submits Hạnh's report as their own: the check record holds her text as evidence.
COPY = record("PD-Q-COPY", MATH_TITLE, author="Phạm Văn Đức", unit="Trường Tiểu học Tân Lập", year=2024,
              summary=MATH_SUMMARY, content=MATH_SOURCE)
IDEMPOTENCY_KEY = "pd-a-2021-lan-1"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with api_client(Path(tmp_path_factory.mktemp("personal-data"))) as c:
        yield c


@pytest.fixture(scope="module")
def h(client: TestClient) -> dict[Role, dict[str, str]]:
    return keys_by_role(client.app)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def stored(client: TestClient, h: dict[Role, dict[str, str]]) -> dict[str, Any]:
    """Hạnh's own report, Minh's own report, one they wrote together, a copy of Hạnh's checked by
    someone else (with a reviewer's decision naming her), and a check of her report by its id."""
    app_h = h[Role.app]
    created = client.post("/api/v1/initiatives", json=A, headers={**app_h, "Idempotency-Key": IDEMPOTENCY_KEY})
    assert created.status_code == 201, created.text
    for body in (B, AB):
        assert client.post("/api/v1/initiatives", json=body, headers=app_h).status_code == 201
    copy_check = client.post("/api/v1/check", json=COPY, headers=app_h)
    assert copy_check.status_code == 200, copy_check.text
    own_check = client.post("/api/v1/check", json=A, headers=app_h)
    assert own_check.status_code == 200
    decision = client.post("/api/v1/decisions", headers=h[Role.reviewer], json={
        "query_id": "PD-Q-COPY", "match_id": "PD-A-2021", "decision": "confirmed_duplicate",
        "reason": f"Chép nguyên văn sáng kiến năm 2021 của cô {HANH}."})
    assert decision.status_code == 201, decision.text
    return {"person_id": created.json()["initiative"]["author"]["id"], "copy_check": copy_check.json(),
            "created": created.json()}


def all_stored_text(client: TestClient) -> str:
    """Every row of every table, as text."""
    parts = []
    with Session(client.app.state.ctx.engine) as s:  # type: ignore[attr-defined]
        for table in SQLModel.metadata.sorted_tables:
            for row in s.execute(sa_select(table)).all():
                parts.append(" ".join(str(v) for v in row))
    return "\n".join(parts)


def test_export_has_the_person_and_nothing_of_another(client: TestClient, h: dict[Role, dict[str, str]],
                                                      stored: dict[str, Any]) -> None:
    response = client.get(f"/api/v1/people/{HANH_CODE}/export", headers=h[Role.admin])
    assert response.status_code == 200, response.text
    assert response.headers["content-disposition"] == (
        f'attachment; filename="sangkien-person-{stored["person_id"]}.json"')
    data = response.json()
    assert data["format"] == "sangkien.person_export/1"
    assert data["person"]["full_name"] == HANH and data["person"]["staff_code"] == HANH_CODE
    assert data["person"]["unit"] == UNIT
    by_id = {i["id"]: i for i in data["initiatives"]}
    assert set(by_id) == {"PD-A-2021", "PD-AB-2023"}
    assert by_id["PD-A-2021"]["authorship"] == {"role": "author", "share": None, "other_authors": 0}
    assert by_id["PD-AB-2023"]["authorship"]["role"] == "coauthor"
    assert by_id["PD-AB-2023"]["authorship"]["other_authors"] == 1
    assert "Ai nhanh hơn" in by_id["PD-A-2021"]["content"]
    assert any("Ai nhanh hơn" in p["text"] for p in by_id["PD-A-2021"]["passages"])
    assert [c["query_id"] for c in data["checks"]] == ["PD-A-2021"]
    appearance = data["appears_in_checks"]
    assert appearance and appearance[0]["matches"][0]["id"] == "PD-A-2021"
    assert any("Ai nhanh hơn" in e["match_text"] for e in appearance[0]["matches"][0]["evidence"])
    assert [d["match_id"] for d in data["decisions"]] == ["PD-A-2021"]
    actions = {(e["action"], e["target_id"]) for e in data["audit_log"]}
    assert {("ingest", "PD-A-2021"), ("ingest", "PD-AB-2023"), ("check", "PD-A-2021")} <= actions
    assert any(e["action"] == "decision" for e in data["audit_log"])  # found by her name in the reason

    text = json.dumps(data, ensure_ascii=False)
    for other in (MINH, MINH_CODE, "Phạm Văn Đức", LIBRARY_TITLE, "Câu lạc bộ gồm các em khối 4"):
        assert other not in text, other

    log = client.get("/api/v1/audit-log", params={"action": "person_export"}, headers=h[Role.admin]).json()
    assert log["items"][0]["target_id"] == str(stored["person_id"])


def test_only_admins_and_unknown_person(client: TestClient, h: dict[Role, dict[str, str]],
                                        stored: dict[str, Any]) -> None:
    person = stored["person_id"]
    for role in (Role.reviewer, Role.app, Role.auditor):
        assert_error(client.get(f"/api/v1/people/{person}/export", headers=h[role]), 403, "forbidden")
        assert_error(client.delete(f"/api/v1/people/{person}", headers=h[role]), 403, "forbidden")
    assert_error(client.delete(f"/api/v1/people/{person}"), 401, "unauthorized")
    assert_error(client.get("/api/v1/people/987654/export", headers=h[Role.admin]), 404, "person_not_found")
    assert_error(client.delete("/api/v1/people/GV-KHONG-CO", headers=h[Role.admin]), 404, "person_not_found")
    # Nothing was erased by the refused calls.
    assert client.get("/api/v1/initiatives/PD-A-2021", headers=h[Role.admin]).status_code == 200


def test_erasure_leaves_no_trace(client: TestClient, h: dict[Role, dict[str, str]], stored: dict[str, Any]) -> None:
    admin = h[Role.admin]
    person = stored["person_id"]
    assert stored["copy_check"]["verdict"] == "duplicate"
    assert stored["copy_check"]["matches"][0]["id"] == "PD-A-2021"
    with Session(client.app.state.ctx.engine) as s:  # type: ignore[attr-defined]
        doc_id = s.exec(select(Initiative.id).where(Initiative.external_id == "PD-A-2021")).one()
    index = client.app.state.index  # type: ignore[attr-defined]
    assert doc_id in index.engine.fingerprints

    erased = client.delete(f"/api/v1/people/{person}", headers=admin)
    assert erased.status_code == 200, erased.text
    report = erased.json()
    assert report["deleted_initiatives"] == ["PD-A-2021"]
    assert [(k["id"], k["action"], k["was_main_author"]) for k in report["kept_initiatives"]] == [
        ("PD-AB-2023", "author_removed", False)]
    assert report["passages_deleted"] > 0 and report["check_records_deleted"] == 1
    assert report["check_records_redacted"] >= 1 and report["decisions_deleted"] == 1
    assert report["audit_entries_redacted"] >= 3  # her report's ingest and check, the decision naming her

    # The person and her own initiative are gone; the co-written one stays, without her.
    assert_error(client.get(f"/api/v1/people/{person}/history", headers=admin), 404, "person_not_found")
    assert_error(client.get(f"/api/v1/people/{HANH_CODE}/export", headers=admin), 404, "person_not_found")
    assert_error(client.delete(f"/api/v1/people/{person}", headers=admin), 404, "person_not_found")
    assert_error(client.get("/api/v1/initiatives/PD-A-2021", headers=admin), 404)
    kept = client.get("/api/v1/initiatives/PD-AB-2023", headers=admin).json()
    assert kept["author"]["name"] == MINH and kept["coauthors"] == []
    assert client.get("/api/v1/initiatives/PD-B-2022", headers=admin).status_code == 200

    # Out of the running index and of the database: no row anywhere names her.
    assert doc_id not in index.engine.fingerprints
    everything = all_stored_text(client)
    assert HANH not in everything and HANH_CODE not in everything
    with Session(client.app.state.ctx.engine) as s:  # type: ignore[attr-defined]
        assert s.exec(select(Passage).where(Passage.initiative_id == doc_id)).first() is None
        checks = s.exec(select(CheckRecord)).all()
    assert [c.query_external_id for c in checks] == ["PD-Q-COPY"]  # her own check went with her report
    copy_result = json.loads(checks[0].result_json)
    assert "PD-A-2021" not in [m["id"] for m in copy_result["matches"]]
    assert copy_result["erased_matches"] == 1 and "Ai nhanh hơn" not in checks[0].result_json
    assert copy_result["verdict"] != "duplicate" and checks[0].verdict == copy_result["verdict"]

    # The audit log says an erasure happened, by whom, under an opaque reference; not whose.
    log = client.get("/api/v1/audit-log", params={"limit": 500}, headers=admin).json()["items"]
    assert HANH not in json.dumps(log, ensure_ascii=False) and HANH_CODE not in json.dumps(log)
    entry = next(e for e in log if e["action"] == "person_erase")
    assert entry["actor"].startswith("key:") and entry["target_id"] == report["reference"]
    assert entry["details"]["initiatives_deleted"] == 1 and entry["details"]["reference"] == report["reference"]
    ingest = next(e for e in log if e["action"] == "ingest" and e["target_id"] == "PD-A-2021")
    assert ingest["details"] == {"outcome": "created", "year": 2021, "redacted": report["reference"]}

    # The proof: the erased report's exact text, checked again, matches nothing of hers.
    again = client.post("/api/v1/check", json={**A, "id": "PD-Q-AFTER"}, headers=h[Role.app])
    assert again.status_code == 200
    assert "PD-A-2021" not in [m["id"] for m in again.json()["matches"]]
    assert again.json()["verdict"] != "duplicate"

    # The response kept for idempotent retries went too: the same request creates anew.
    retry = client.post("/api/v1/initiatives", json=A, headers={**h[Role.app], "Idempotency-Key": IDEMPOTENCY_KEY})
    assert retry.status_code == 201 and "idempotent-replayed" not in retry.headers
    assert retry.json()["initiative"]["author"]["id"] != person


# ---------------------------------------------------------------------- CLI

def test_cli_export_and_erase(tmp_path: Path) -> None:
    runner = CliRunner()
    data = tmp_path / "data"
    records = tmp_path / "list.jsonl"
    records.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (A, B)), encoding="utf-8")
    assert runner.invoke(cli_app, ["import", str(records), "--data-dir", str(data)]).exit_code == 0

    out = tmp_path / "hanh.json"
    exported = runner.invoke(cli_app, ["people", "export", HANH_CODE, "--out", str(out), "--data-dir", str(data)])
    assert exported.exit_code == 0, exported.output
    dump = json.loads(out.read_text(encoding="utf-8"))
    assert dump["person"]["full_name"] == HANH and [i["id"] for i in dump["initiatives"]] == ["PD-A-2021"]
    assert MINH not in out.read_text(encoding="utf-8")

    refused = runner.invoke(cli_app, ["people", "erase", HANH_CODE, "--data-dir", str(data)])
    assert refused.exit_code == 2 and "--yes" in refused.output
    erased = runner.invoke(cli_app, ["people", "erase", HANH_CODE, "--yes", "--data-dir", str(data)])
    assert erased.exit_code == 0, erased.output
    assert '"deleted_initiatives": [\n    "PD-A-2021"\n  ]' in erased.stdout
    gone = runner.invoke(cli_app, ["people", "export", HANH_CODE, "--out", str(out), "--data-dir", str(data)])
    assert gone.exit_code == 1 and "no person" in gone.output


def test_erased_text_is_not_left_in_the_database_files(tmp_path: Path) -> None:
    """Deleted rows are zeroed (SQLite secure_delete) and the write-ahead log emptied: the raw
    bytes of the data directory no longer hold the person's name, staff code or report text."""
    data = tmp_path / "data"
    secret_sentence = "Đầu năm học 2020-2021, lớp 5A có 32 học sinh"
    own = {**A, "content": f"{secret_sentence}, nhiều em còn sợ môn Toán.\n{MATH_SOURCE}"}
    with api_client(data) as client:
        h = keys_by_role(client.app)  # type: ignore[arg-type]
        created = client.post("/api/v1/initiatives", json=own, headers=h[Role.app])
        assert created.status_code == 201, created.text
        assert client.post("/api/v1/initiatives", json=B, headers=h[Role.app]).status_code == 201
        assert client.post("/api/v1/check", json=COPY, headers=h[Role.app]).status_code == 200

        def raw() -> bytes:
            return b"".join(f.read_bytes() for f in sorted(data.rglob("*")) if f.is_file())

        assert HANH.encode() in raw() and secret_sentence.encode() in raw()
        erased = client.delete(f"/api/v1/people/{created.json()['initiative']['author']['id']}",
                               headers=h[Role.admin])
        assert erased.status_code == 200, erased.text
        left = raw()
        for needle in (HANH, HANH_CODE, secret_sentence):
            assert needle.encode() not in left, needle
        assert MINH.encode() in left  # the others' data is still there

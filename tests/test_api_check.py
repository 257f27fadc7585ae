"""POST /api/v1/check (JSON, DOCX upload, save), similar, a person's history, and decisions that
later checks remember. A handful of short reports keeps embedding time low."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from models.tables import CheckRecord, Role
from service.checks import run_check
from service.records import validate_record
from tests.api_support import api_client, assert_error, keys_by_role, record
from tests.engine_fixtures import LIBRARY, MATH_SOLUTIONS_PARAPHRASED, MATH_SOURCE, MATH_SUMMARY, MATH_TITLE, report
from tests.fixtures_docs import make_docx

DOI_NGO = "Trường Tiểu học Đồi Ngô"
MATH_PARAPHRASED = report(
    "Dạy lớp 5 nhiều năm, tôi thấy học sinh ngại học Toán, nhất là khi học bảng nhân và giải toán có lời văn.",
    "Khảo sát đầu năm học 2022-2023 của lớp 5C: 13 trên 31 em đạt khá giỏi môn Toán, nhiều em chưa thuộc bảng nhân.",
    MATH_SOLUTIONS_PARAPHRASED,
    "Cuối năm học, 27 trên 31 em đạt khá giỏi và tự tin trình bày bài giải.",
)
CORPUS = [
    record("T-2021", MATH_TITLE, author="Nguyễn Thị Hoa", author_id="GV-HOA", unit=DOI_NGO, year=2021,
           summary=MATH_SUMMARY, content=MATH_SOURCE, duties="Giáo viên dạy lớp 5, môn Toán"),
    record("C-2022", "Kinh nghiệm giúp học sinh lớp 5 yêu thích môn Toán", author="Phạm Văn Bình", unit=DOI_NGO,
           year=2022, summary=MATH_SUMMARY, content=MATH_SOURCE),
    record("L-2022", "Xây dựng văn hóa đọc cho học sinh tiểu học", author="Lê Thị Lan", author_id="GV-LAN",
           unit=DOI_NGO, year=2022, content=LIBRARY),
    record("T-2023", "Biện pháp nâng cao chất lượng môn Toán lớp 5", author="Nguyễn Thị Hoa", author_id="GV-HOA",
           unit=DOI_NGO, year=2023, content=MATH_PARAPHRASED),
]
QUERY = record("Q-2024", MATH_TITLE, author="Đỗ Minh Tuấn", unit="Trường Tiểu học Kim Đồng", year=2024,
               summary=MATH_SUMMARY, content=MATH_SOURCE)
LIBRARY_COPY = record("Q2-2024", "Một số biện pháp xây dựng văn hóa đọc trong nhà trường", author="Hoàng Văn Sơn",
                      unit="Trường Tiểu học Kim Đồng", year=2024, content=LIBRARY)


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[Role, dict[str, str]]]]:
    # Four initiatives: their word-pair statistics are not those of an archive, and the paraphrased
    # self-reuse T-2023 scores ~40 here. These tests are about the API, not calibration, so the
    # listing level is set below that.
    with api_client(Path(tmp_path_factory.mktemp("api-check")), threshold_related=25.0) as client:
        h = keys_by_role(client.app)  # type: ignore[arg-type]
        body = "\n".join(json.dumps(r, ensure_ascii=False) for r in CORPUS).encode()
        loaded = client.post("/api/v1/initiatives:bulk", content=body,
                             headers={**h[Role.app], "Content-Type": "application/x-ndjson"})
        assert loaded.status_code == 200 and loaded.json()["created"] == len(CORPUS), loaded.text
        yield client, h


def check(client: TestClient, headers: dict[str, str], body: dict[str, Any], **params: Any) -> dict[str, Any]:
    response = client.post("/api/v1/check", json=body, params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def without_timings(result: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in result.items() if k != "timings_ms"}


def test_check_json_is_the_cli_check_json(env: tuple[TestClient, dict[Role, dict[str, str]]]) -> None:
    client, h = env
    result = check(client, h[Role.reviewer], QUERY)
    assert set(result) <= {"query_id", "verdict", "score", "matches", "duty_relevance", "timings_ms", "duty_note"}
    assert result["query_id"] == "Q-2024" and result["verdict"] == "duplicate"
    top = {m["id"]: m for m in result["matches"]}
    assert {"T-2021", "C-2022"} <= set(top) and "L-2022" not in top
    assert {"other_author", "other_unit", "earlier_year"} <= set(top["T-2021"]["relations"])
    assert top["T-2021"]["evidence"] and top["T-2021"]["explanation"]

    # Read-only, recorded with the caller, audited.
    assert client.get("/api/v1/initiatives/Q-2024", headers=h[Role.reviewer]).status_code == 404
    with Session(client.app.state.ctx.engine) as s:  # type: ignore[attr-defined]
        rows = s.exec(select(CheckRecord).where(CheckRecord.query_external_id == "Q-2024")).all()
    assert any(r.actor == "key:test reviewer" and r.verdict == "duplicate" for r in rows)
    entries = client.get("/api/v1/audit-log", params={"action": "check", "target_id": "Q-2024"},
                         headers=h[Role.auditor]).json()["items"]
    assert entries[0]["actor"] == "key:test reviewer" and entries[0]["details"]["verdict"] == "duplicate"
    assert entries[0]["details"]["saved"] is False

    # Exactly what the CLI's check prints for the same record.
    cli = run_check(client.app.state.index, validate_record(QUERY), actor="cli")  # type: ignore[attr-defined]
    assert without_timings(result) == without_timings(cli)


def test_check_docx_upload(env: tuple[TestClient, dict[Role, dict[str, str]]], tmp_path: Path) -> None:
    client, h = env
    docx = make_docx(tmp_path / "Sáng kiến 2024.docx", before=MATH_SOURCE.split("\n"), table=[], after=[])
    fields = {"id": "Q-DOCX", "title": MATH_TITLE, "author": "Đỗ Minh Tuấn", "unit": "Trường Tiểu học Kim Đồng",
              "school_year": "2023-2024", "coauthors": ["Vũ Thị Yến", "Mai Văn Đức"]}
    response = client.post("/api/v1/check", data=fields,
                           files={"file": ("C:\\Users\\gv\\Sáng kiến 2024.docx", docx.read_bytes(),
                                           "application/vnd.openxmlformats-officedocument.wordprocessingml.document")},
                           headers=h[Role.app])
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["query_id"] == "Q-DOCX" and result["verdict"] == "duplicate"
    assert {"T-2021", "C-2022"} <= {m["id"] for m in result["matches"][:2]}
    entry = client.get("/api/v1/audit-log", params={"action": "check", "target_id": "Q-DOCX"},
                       headers=h[Role.admin]).json()["items"][0]
    assert entry["details"]["source_file"] == "Sáng kiến 2024.docx"


def test_check_with_save_stores_and_excludes_itself(env: tuple[TestClient, dict[Role, dict[str, str]]]) -> None:
    client, h = env
    body = {**QUERY, "id": "S-2024", "author": "Trịnh Văn Lộc"}
    result = check(client, h[Role.app], body, save="true")
    assert result["verdict"] == "duplicate" and "S-2024" not in {m["id"] for m in result["matches"]}
    stored = client.get("/api/v1/initiatives/S-2024", headers=h[Role.app])
    assert stored.status_code == 200 and stored.json()["author"]["name"] == "Trịnh Văn Lộc"
    ingest = client.get("/api/v1/audit-log", params={"action": "ingest", "target_id": "S-2024"},
                        headers=h[Role.admin]).json()["items"]
    assert ingest[0]["details"]["outcome"] == "created"
    # Keep the corpus of the other tests as it was.
    assert client.delete("/api/v1/initiatives/S-2024", headers=h[Role.admin]).status_code == 204


def test_similar_excludes_itself(env: tuple[TestClient, dict[Role, dict[str, str]]]) -> None:
    client, h = env
    response = client.get("/api/v1/initiatives/T-2023/similar", headers=h[Role.auditor])
    assert response.status_code == 200, response.text
    result = response.json()
    ids = [m["id"] for m in result["matches"]]
    assert result["query_id"] == "T-2023" and "T-2023" not in ids
    assert "T-2021" in ids and "L-2022" not in ids
    own = next(m for m in result["matches"] if m["id"] == "T-2021")
    assert {"same_author", "earlier_year"} <= set(own["relations"])
    # The first initiative of the topic has nothing earlier to resemble.
    first = client.get("/api/v1/initiatives/T-2021/similar", headers=h[Role.app]).json()
    assert first["verdict"] == "new" and first["matches"] == []


def test_person_history(env: tuple[TestClient, dict[Role, dict[str, str]]]) -> None:
    client, h = env
    by_code = client.get("/api/v1/people/GV-HOA/history", headers=h[Role.reviewer])
    assert by_code.status_code == 200, by_code.text
    history = by_code.json()
    assert history["person"]["name"] == "Nguyễn Thị Hoa" and history["person"]["unit"] == DOI_NGO
    assert [g["year"] for g in history["years"]] == [2021, 2023]
    first = history["years"][0]["initiatives"][0]
    later = history["years"][1]["initiatives"][0]
    assert first["id"] == "T-2021" and first["best_own_earlier"] is None and first["role"] == "author"
    assert later["id"] == "T-2023"
    assert later["best_own_earlier"]["id"] == "T-2021" and later["best_own_earlier"]["score"] > 0
    assert later["best_own_earlier"]["level"] in ("duplicate", "suspect", "related")
    assert later["best_other"]["id"] == "C-2022"

    person_id = history["person"]["id"]
    by_id = client.get(f"/api/v1/people/{person_id}/history", headers=h[Role.app]).json()
    assert [i["id"] for g in by_id["years"] for i in g["initiatives"]] == ["T-2021", "T-2023"]
    assert client.get("/api/v1/people/code:GV-HOA/history", headers=h[Role.app]).json()["person"]["id"] == person_id


def test_false_alarm_is_remembered(env: tuple[TestClient, dict[Role, dict[str, str]]]) -> None:
    client, h = env
    before = check(client, h[Role.reviewer], LIBRARY_COPY)
    assert before["verdict"] == "duplicate" and [m["id"] for m in before["matches"]] == ["L-2022"]

    decided = client.post("/api/v1/decisions", headers=h[Role.reviewer], json={
        "query_id": "Q2-2024", "match_id": "L-2022", "decision": "false_alarm",
        "reason": "Cùng dùng mẫu báo cáo của Phòng Giáo dục; hai trường áp dụng ở hai thư viện khác nhau."})
    assert decided.status_code == 201, decided.text
    assert decided.json()["decided_by"] == "key:test reviewer" and decided.json()["check_id"] is not None

    after = check(client, h[Role.reviewer], LIBRARY_COPY)
    assert after["verdict"] == "new" and after["score"] == 0.0
    match = after["matches"][0]
    assert match["id"] == "L-2022" and match["decision"]["decision"] == "false_alarm"
    assert match["decision"]["reason"].startswith("Cùng dùng mẫu")

    # The same text under another id has the same input hash: the decision still applies.
    renamed = check(client, h[Role.app], {**LIBRARY_COPY, "id": "Q2-2024-BAN-SAO"})
    assert renamed["verdict"] == "new" and renamed["matches"][0]["decision"]["decision"] == "false_alarm"
    # Another submission's check is untouched.
    other = check(client, h[Role.app], {**LIBRARY_COPY, "id": "Q3-2024", "author": "Người Khác"})
    assert other["verdict"] == "duplicate" and "decision" not in other["matches"][0]

    # A later decision replaces the earlier one; a confirmed duplicate drives the verdict again.
    client.post("/api/v1/decisions", headers=h[Role.admin], json={
        "query_id": "Q2-2024", "match_id": "L-2022", "decision": "confirmed_duplicate",
        "reason": "Đối chiếu lại: sao chép nguyên văn các biện pháp."}).raise_for_status()
    again = check(client, h[Role.reviewer], LIBRARY_COPY)
    assert again["verdict"] == "duplicate" and again["matches"][0]["decision"]["decision"] == "confirmed_duplicate"


def test_false_alarm_among_several_matches(env: tuple[TestClient, dict[Role, dict[str, str]]]) -> None:
    client, h = env
    body = {**QUERY, "id": "Q4-2024"}
    before = check(client, h[Role.reviewer], body)
    first = before["matches"][0]["id"]
    client.post("/api/v1/decisions", headers=h[Role.reviewer], json={
        "query_id": "Q4-2024", "match_id": first, "decision": "false_alarm", "reason": "Đã xác minh."}
    ).raise_for_status()
    after = check(client, h[Role.reviewer], body)
    rest = [m for m in after["matches"] if m["id"] != first]
    assert len(after["matches"]) == len(before["matches"])
    best = max(rest, key=lambda m: m["score"])
    assert (after["score"], after["verdict"]) == (best["score"], best["level"])
    assert next(m for m in after["matches"] if m["id"] == first)["decision"]["decision"] == "false_alarm"


def test_decisions_list_validation_and_audit(env: tuple[TestClient, dict[Role, dict[str, str]]]) -> None:
    client, h = env
    valid = {"query_id": "Q2-2024", "match_id": "L-2022", "decision": "legitimate_continuation",
             "reason": "Phát triển tiếp."}
    assert_error(client.post("/api/v1/decisions", json={**valid, "decision": "maybe"}, headers=h[Role.reviewer]), 422)
    assert_error(client.post("/api/v1/decisions", json={**valid, "reason": "   "}, headers=h[Role.reviewer]), 422)
    assert_error(client.post("/api/v1/decisions", json={k: v for k, v in valid.items() if k != "reason"},
                             headers=h[Role.reviewer]), 422)
    assert_error(client.post("/api/v1/decisions", json={**valid, "ghi_chu": "x"}, headers=h[Role.reviewer]), 422)

    listed = client.get("/api/v1/decisions", params={"query_id": "Q2-2024"}, headers=h[Role.auditor]).json()
    assert listed["total"] == 2
    assert [d["decision"] for d in listed["items"]] == ["confirmed_duplicate", "false_alarm"]
    assert listed["items"][0]["match_title"] == "Xây dựng văn hóa đọc cho học sinh tiểu học"
    only = client.get("/api/v1/decisions", params={"decision": "false_alarm", "match_id": "L-2022"},
                      headers=h[Role.app]).json()
    assert [d["query_id"] for d in only["items"]] == ["Q2-2024"]
    assert client.get("/api/v1/decisions", params={"match_id": "KHONG"}, headers=h[Role.app]).json()["total"] == 0

    logged = client.get("/api/v1/audit-log", params={"action": "decision"}, headers=h[Role.auditor]).json()["items"]
    assert {e["details"]["decision"] for e in logged} == {"false_alarm", "confirmed_duplicate"}
    assert all(e["details"]["reason"] for e in logged)


def test_check_latency_is_measured(env: tuple[TestClient, dict[Role, dict[str, str]]]) -> None:
    client, _ = env
    text = client.get("/metrics").text
    count = next(line for line in text.splitlines() if line.startswith("sangkien_check_duration_seconds_count"))
    assert float(count.split()[1]) >= 5

"""/api/v1/initiatives: CRUD, idempotency, filters and pages, bulk upserts, errors, audit, OpenAPI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from models.tables import Role
from tests.api_support import api_client, assert_error, auth, keys_by_role, make_key, record
from tests.fixtures_docs import make_docx

SHORT = "I. ĐẶT VẤN ĐỀ\nTổ chức cho học sinh đọc sách vào giờ ra chơi để hình thành thói quen đọc."


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with api_client(Path(tmp_path_factory.mktemp("api-initiatives"))) as c:
        yield c


@pytest.fixture(scope="module")
def h(client: TestClient) -> dict[Role, dict[str, str]]:
    return keys_by_role(client.app)  # type: ignore[arg-type]


def audit(client: TestClient, h: dict[Role, dict[str, str]], **params: Any) -> list[dict[str, Any]]:
    response = client.get("/api/v1/audit-log", params={"limit": 500, **params}, headers=h[Role.auditor])
    assert response.status_code == 200, response.text
    return response.json()["items"]


def index_size(client: TestClient) -> int:
    return len(client.app.state.index.engine.fingerprints)  # type: ignore[attr-defined]


def test_create_read_update_delete(client: TestClient, h: dict[Role, dict[str, str]]) -> None:
    app_h, admin = h[Role.app], h[Role.admin]
    body = record("HS-CRUD-1", "Xây dựng tủ sách lớp học thân thiện", content=SHORT, author_id="GV-CRUD",
                  coauthors=["Lê Văn Minh (30%)"], school_year="2023-2024", field="Thư viện", year=None)
    body.pop("year")
    before = index_size(client)

    created = client.post("/api/v1/initiatives", json=body, headers=app_h)
    assert created.status_code == 201, created.text
    assert created.json()["outcome"] == "created"
    ini = created.json()["initiative"]
    assert ini["id"] == "HS-CRUD-1" and ini["year"] == 2024 and ini["school_year"] == "2023-2024"
    assert ini["author"]["staff_code"] == "GV-CRUD" and ini["coauthors"][0]["name"] == "Lê Văn Minh"
    assert ini["coauthors"][0]["share"] == 30
    assert index_size(client) == before + 1  # indexed before the response

    again = client.post("/api/v1/initiatives", json=body, headers=app_h)
    assert again.status_code == 200 and again.json()["outcome"] == "unchanged"
    listed = client.get("/api/v1/initiatives", params={"author_id": "GV-CRUD"}, headers=app_h).json()
    assert listed["total"] == 1

    changed = client.post("/api/v1/initiatives", json={**body, "title": "Xây dựng tủ sách lớp học"}, headers=app_h)
    assert changed.status_code == 200 and changed.json()["outcome"] == "updated"

    read = client.get("/api/v1/initiatives/HS-CRUD-1", headers=h[Role.reviewer])
    assert read.status_code == 200
    assert read.json()["title"] == "Xây dựng tủ sách lớp học" and "giờ ra chơi" in read.json()["content"]

    put_body = {k: v for k, v in body.items() if k != "id"} | {"summary": "Tủ sách do học sinh tự quản."}
    updated = client.put("/api/v1/initiatives/HS-CRUD-1", json=put_body, headers=app_h)
    assert updated.status_code == 200 and updated.json()["outcome"] == "updated"
    assert updated.json()["initiative"]["summary"] == "Tủ sách do học sinh tự quản."
    assert_error(client.put("/api/v1/initiatives/HS-CRUD-1", json={**put_body, "id": "KHAC"}, headers=app_h),
                 422, "id_mismatch")
    assert_error(client.put("/api/v1/initiatives/KHONG-CO", json=put_body, headers=app_h), 404,
                 "initiative_not_found")
    assert client.get("/api/v1/initiatives/KHONG-CO", headers=app_h).status_code == 404

    assert_error(client.delete("/api/v1/initiatives/HS-CRUD-1", headers=app_h), 403)
    deleted = client.delete("/api/v1/initiatives/HS-CRUD-1", headers=admin)
    assert deleted.status_code == 204 and deleted.content == b""
    assert index_size(client) == before
    assert_error(client.get("/api/v1/initiatives/HS-CRUD-1", headers=app_h), 404, "initiative_not_found")
    assert_error(client.delete("/api/v1/initiatives/HS-CRUD-1", headers=admin), 404)

    outcomes = [e["details"]["outcome"] for e in reversed(audit(client, h, action="ingest", target_id="HS-CRUD-1"))]
    assert outcomes == ["created", "unchanged", "updated", "updated"]
    deletions = audit(client, h, action="initiative_delete", target_id="HS-CRUD-1")
    assert len(deletions) == 1 and deletions[0]["actor"] == "key:test admin"


def test_idempotency_key_replays_the_first_response(client: TestClient, h: dict[Role, dict[str, str]]) -> None:
    body = record("HS-IDEM-1", "Giáo dục kĩ năng sống qua hoạt động trải nghiệm", content=SHORT)
    headers = {**h[Role.app], "Idempotency-Key": "lan-gui-1"}
    first = client.post("/api/v1/initiatives", json=body, headers=headers)
    assert first.status_code == 201 and "idempotent-replayed" not in first.headers
    replay = client.post("/api/v1/initiatives", json=body, headers=headers)
    assert replay.status_code == 201 and replay.headers["idempotent-replayed"] == "true"
    assert replay.json() == first.json()
    # Only the first request did anything.
    assert len(audit(client, h, action="ingest", target_id="HS-IDEM-1")) == 1

    assert_error(client.post("/api/v1/initiatives", json={**body, "title": "Khác hẳn"}, headers=headers),
                 409, "idempotency_key_reused")
    # Keys are per caller: another caller's same key is a new request (the id exists: unchanged).
    other = client.post("/api/v1/initiatives", json=body, headers={**h[Role.admin], "Idempotency-Key": "lan-gui-1"})
    assert other.status_code == 200 and other.json()["outcome"] == "unchanged"
    # A failed request is not remembered: fixing the body with the same key works.
    bad = client.post("/api/v1/initiatives", json={"title": "Thiếu tác giả"},
                      headers={**h[Role.app], "Idempotency-Key": "lan-gui-2"})
    assert_error(bad, 422, "missing_field")
    good = client.post("/api/v1/initiatives", json=record("HS-IDEM-2", "Thiếu tác giả", content=SHORT),
                       headers={**h[Role.app], "Idempotency-Key": "lan-gui-2"})
    assert good.status_code == 201


def test_list_filters_and_pagination(client: TestClient, h: dict[Role, dict[str, str]]) -> None:
    rows = [
        record("HS-L-1", "Dạy đọc diễn cảm cho học sinh lớp 4", year=2022, field="Tiếng Việt", author="Trần Thu Hà",
               unit="Trường Tiểu học Kim Đồng", content=SHORT),
        record("HS-L-2", "Rèn chữ viết đẹp cho học sinh lớp 2", year=2023, field="Tiếng Việt", author="Trần Thu Hà",
               unit="Trường Tiểu học Kim Đồng", content=SHORT, status="recognised"),
        record("HS-L-3", "Tổ chức trò chơi vận động cho trẻ 3-4 tuổi", year=2023, field="Mầm non",
               author="Vũ Thị Yến", author_id="GV-L-3", coauthors=["Trần Thu Hà"], unit="Trường Mầm non Hoa Sen",
               content=SHORT, status="đã công nhận"),
        record("HS-L-4", "Xây dựng thư viện xanh", year=2024, field="Thư viện", author="Vũ Thị Yến",
               author_id="GV-L-3", unit="Trường Mầm non Hoa Sen", content=SHORT),
    ]
    for body in rows:
        assert client.post("/api/v1/initiatives", json=body, headers=h[Role.app]).status_code == 201

    def ids(**params: Any) -> list[str]:
        response = client.get("/api/v1/initiatives", params=params, headers=h[Role.reviewer])
        assert response.status_code == 200, response.text
        return [item["id"] for item in response.json()["items"]]

    assert ids(unit="trường tiểu học  KIM ĐỒNG") == ["HS-L-2", "HS-L-1"]  # newest year first
    assert ids(unit="Trường Tiểu học Kim Đồng", year=2022) == ["HS-L-1"]
    assert ids(author="Trần Thu Hà") == ["HS-L-3", "HS-L-2", "HS-L-1"]  # co-authored ones too
    assert ids(author_id="GV-L-3") == ["HS-L-4", "HS-L-3"]
    assert ids(field="Tiếng Việt", status="recognised") == ["HS-L-2"]
    assert ids(status="recognised", unit="Trường Mầm non Hoa Sen") == ["HS-L-3"]
    assert ids(year=1999) == []

    page1 = client.get("/api/v1/initiatives", params={"author": "Vũ Thị Yến", "limit": 1},
                       headers=h[Role.app]).json()
    assert page1["total"] == 2 and len(page1["items"]) == 1 and page1["next_offset"] == 1
    page2 = client.get("/api/v1/initiatives", params={"author": "Vũ Thị Yến", "limit": 1, "offset": 1},
                       headers=h[Role.app]).json()
    assert page2["next_offset"] is None
    assert {page1["items"][0]["id"], page2["items"][0]["id"]} == {"HS-L-3", "HS-L-4"}
    assert "content" not in page1["items"][0]  # lists stay small

    for bad in ({"limit": 0}, {"limit": 201}, {"offset": -1}, {"status": "da-xoa"}, {"year": "hai nghìn"}):
        assert_error(client.get("/api/v1/initiatives", params=bad, headers=h[Role.app]), 422, "validation_error")


def test_bulk_jsonl_reports_every_line(client: TestClient, h: dict[Role, dict[str, str]]) -> None:
    lines = [
        json.dumps(record("HS-B-1", "Giúp trẻ 5-6 tuổi làm quen với chữ cái", content=SHORT), ensure_ascii=False),
        "{not json",
        json.dumps({**record("HS-B-3", "Dạy hát dân ca", content=SHORT), "mau_sac": "đỏ"}, ensure_ascii=False),
        "",
        json.dumps(record("HS-B-5", "Ứng dụng công nghệ thông tin trong dạy Toán", year=1800), ensure_ascii=False),
        json.dumps(record("HS-B-1", "Trùng mã trong cùng tệp", content=SHORT), ensure_ascii=False),
    ]
    body = "\n".join(lines).encode()
    response = client.post("/api/v1/initiatives:bulk", content=body,
                           headers={**h[Role.app], "Content-Type": "application/x-ndjson"})
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["created"], report["failed"]) == (1, 4)
    by_line = {row["line"]: row for row in report["rows"]}
    assert by_line[1]["outcome"] == "created" and by_line[1]["id"] == "HS-B-1"
    assert by_line[2]["error"]["code"] == "invalid_json"
    assert by_line[3]["error"]["code"] == "unknown_field" and "mau_sac" in by_line[3]["error"]["message"]
    assert by_line[5]["error"]["code"] == "year_out_of_range"
    assert by_line[6]["error"]["code"] == "duplicate_id"
    assert client.get("/api/v1/initiatives/HS-B-1", headers=h[Role.app]).status_code == 200

    again = client.post("/api/v1/initiatives/bulk", content=lines[0].encode(),
                        headers={**h[Role.app], "Content-Type": "application/x-ndjson"})
    assert again.json()["unchanged"] == 1
    summary = audit(client, h, action="bulk_ingest")
    assert summary[0]["details"] == {"created": 0, "updated": 0, "unchanged": 1, "failed": 0}
    assert summary[1]["details"]["failed"] == 4


def test_bulk_multipart_documents(client: TestClient, h: dict[Role, dict[str, str]], tmp_path: Path) -> None:
    docx = make_docx(tmp_path / "bao-cao.docx", before=["Biện pháp rèn kĩ năng đọc hiểu cho học sinh lớp 3."],
                     table=[], after=["Kết quả: học sinh đọc trôi chảy hơn."])
    metadata = ("id,Tên sáng kiến,Tác giả,Đơn vị,Năm học,Tệp\n"
                "HS-M-1,Rèn kĩ năng đọc hiểu lớp 3,Đặng Thị Thu,Trường Tiểu học Lê Lợi,2023-2024,bao-cao.docx\n"
                "HS-M-2,Kinh nghiệm dạy viết đoạn văn,Đặng Thị Thu,Trường Tiểu học Lê Lợi,2023-2024,doan-van.txt\n"
                "HS-M-3,Tệp không có,Đặng Thị Thu,Trường Tiểu học Lê Lợi,2023-2024,khong-co.docx\n"
                "HS-M-4,Vượt ra ngoài,Đặng Thị Thu,Trường Tiểu học Lê Lợi,2023-2024,../../etc/passwd\n")
    files = [
        ("metadata", ("danh-sach.csv", metadata.encode(), "text/csv")),
        ("files", ("bao-cao.docx", docx.read_bytes(), "application/octet-stream")),
        # A client-side path is reduced to its file name.
        ("files", ("../../doan-van.txt", "Viết đoạn văn theo sơ đồ tư duy.".encode(), "text/plain")),
        ("files", ("thua.txt", "Không có trong danh sách.".encode(), "text/plain")),
    ]
    response = client.post("/api/v1/initiatives:bulk", files=files, headers=h[Role.app])
    assert response.status_code == 200, response.text
    report = response.json()
    by_id = {row["id"]: row for row in report["rows"] if row["id"]}
    assert by_id["HS-M-1"]["outcome"] == "created" and by_id["HS-M-2"]["outcome"] == "created"
    codes = {row["error"]["code"] for row in report["rows"] if row["error"]}
    assert {"file_not_found", "path_traversal", "not_in_metadata"} <= codes
    assert (report["created"], report["failed"], report["warnings"]) == (2, 2, 1)
    stored = client.get("/api/v1/initiatives/HS-M-1", headers=h[Role.app]).json()
    assert "đọc hiểu cho học sinh lớp 3" in stored["content"] and stored["source_file"] == "bao-cao.docx"

    assert_error(client.post("/api/v1/initiatives:bulk", files=[("files", ("a.txt", b"x", "text/plain"))],
                             headers=h[Role.app]), 422, "missing_field")
    assert_error(client.post("/api/v1/initiatives:bulk", files=[("metadata", ("ds.pdf", b"%PDF-1.4", "x"))],
                             headers=h[Role.app]), 415, "unsupported_list_format")
    no_columns = [("metadata", ("ds.csv", "Họ tên,Ghi chú\nA,B\n".encode(), "text/csv"))]
    assert_error(client.post("/api/v1/initiatives:bulk", files=no_columns, headers=h[Role.app]), 422,
                 "missing_column")


def test_error_shapes(client: TestClient, h: dict[Role, dict[str, str]]) -> None:
    app_h = h[Role.app]
    err = assert_error(client.post("/api/v1/initiatives", json={**record("HS-E-1", "Tên"), "nam_hoc": "2024"},
                                   headers=app_h), 422, "unknown_field")
    assert err["details"][0]["field"] == "nam_hoc"
    assert_error(client.post("/api/v1/initiatives", content=b"{khong phai json",
                             headers={**app_h, "Content-Type": "application/json"}), 422)
    assert_error(client.post("/api/v1/initiatives", json=["mang"], headers=app_h), 422)
    assert_error(client.post("/api/v1/initiatives", json={**record("HS-E-2", "Tên"), "year": "năm ngoái"},
                             headers=app_h), 422, "invalid_year")
    assert_error(client.post("/api/v1/check", content=b"title=x", headers={**app_h, "Content-Type": "text/plain"}),
                 415, "unsupported_media_type")
    assert_error(client.post("/api/v1/initiatives:bulk", content=b"{}", headers={**app_h, "Content-Type": "image/png"}),
                 415)
    assert_error(client.get("/api/v1/khong-co-duong-nay", headers=app_h), 404, "not_found")
    assert_error(client.get("/api/v1/initiatives/HS-KHONG/similar", headers=app_h), 404, "initiative_not_found")
    assert_error(client.get("/api/v1/people/code:KHONG-AI/history", headers=app_h), 404, "person_not_found")
    assert_error(client.get("/api/v1/people/99999999999999999999999/history", headers=app_h), 404)
    assert_error(client.post("/api/v1/check", content=b"rac", headers={**app_h, "Content-Type":
                                                                               "multipart/form-data; boundary=b"}), 400)
    assert_error(client.post("/api/v1/decisions", json={"query_id": "q", "match_id": "KHONG", "reason": "x",
                                                        "decision": "false_alarm"}, headers=h[Role.reviewer]),
                 404, "initiative_not_found")


def test_uploaded_document_errors(client: TestClient, h: dict[Role, dict[str, str]]) -> None:
    fields = {"title": "Báo cáo", "author": "Ngô Văn Nam", "unit": "Trường THCS Lê Lợi", "year": "2024"}

    def check_file(name: str, data: bytes) -> Any:
        return client.post("/api/v1/check", data=fields, files={"file": (name, data, "application/octet-stream")},
                           headers=h[Role.reviewer])

    assert_error(check_file("bang-tinh.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), 415,
                 "unsupported_format")
    assert_error(check_file("anh.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100), 415, "unsupported_format")
    assert_error(check_file("hong.docx", b"day khong phai la docx"), 422, "corrupt_document")
    assert_error(check_file("rong.txt", b""), 422, "empty_document")
    response = client.post("/api/v1/check", data={**fields, "content": "x"},
                           files={"file": ("a.txt", "Nội dung".encode(), "text/plain")}, headers=h[Role.reviewer])
    assert_error(response, 422, "content_and_file")
    assert_error(client.post("/api/v1/check", data={**fields, "mau": "x"}, headers=h[Role.reviewer]), 422,
                 "unknown_field")


def test_body_limit_is_enforced_while_reading(tmp_path: Path) -> None:
    with api_client(tmp_path, max_upload_bytes=2_000) as client:
        key = auth(make_key(client.app, Role.admin))  # type: ignore[arg-type]
        big = record("HS-BIG", "Quá lớn", content="chữ " * 2_000)
        # Declared too large: refused before the body is read.
        assert_error(client.post("/api/v1/initiatives", json=big, headers=key), 413, "payload_too_large")

        # Streamed without a length: refused once the count passes the limit.
        def chunks() -> Iterator[bytes]:
            for _ in range(50):
                yield b"x" * 500

        assert_error(client.post("/api/v1/initiatives:bulk", content=chunks(),
                                 headers={**key, "Content-Type": "application/x-ndjson"}), 413, "payload_too_large")
        upload = client.post("/api/v1/check", data={"title": "A", "author": "B", "unit": "C", "year": "2024"},
                             files={"file": ("a.txt", b"a" * 5_000, "text/plain")}, headers=key)
        assert_error(upload, 413, "payload_too_large")
        assert client.get("/api/v1/initiatives", headers=key).json()["total"] == 0
        assert client.get("/healthz").status_code == 200


def test_metrics(client: TestClient, h: dict[Role, dict[str, str]]) -> None:
    client.get("/api/v1/initiatives/KHONG-CO", headers=h[Role.app])
    text = client.get("/metrics").text
    assert ('sangkien_http_requests_total{method="GET",route="/api/v1/initiatives/{external_id}",status="404"}'
            in text)
    size = next(line for line in text.splitlines() if line.startswith("sangkien_index_initiatives "))
    assert float(size.split()[1]) == index_size(client)
    assert "sangkien_check_duration_seconds_bucket" in text


def test_openapi_documents_every_operation(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path, ops in spec["paths"].items():
        if not path.startswith("/api/v1"):
            continue
        for method, op in ops.items():
            where = f"{method.upper()} {path}"
            assert op.get("summary") and op.get("tags"), where
            assert "401" in op["responses"] and "403" in op["responses"], where
            if "requestBody" in op:
                content = op["requestBody"]["content"]
                assert any(c.get("examples") or c.get("example") for c in content.values()), where
    create = spec["paths"]["/api/v1/initiatives"]["post"]["requestBody"]["content"]["application/json"]
    assert create["schema"]["additionalProperties"] is False
    assert "Nguyễn Thị Hoa" in json.dumps(create["examples"], ensure_ascii=False)


def test_an_idempotent_replay_survives_a_restart(tmp_path: Path) -> None:
    """The first response is kept in the database: a retry after the service restarted (or at
    another worker) still gets it, not a second write."""
    body = record("HS-IDEM-RESTART", "Giáo dục kĩ năng sống qua hoạt động trải nghiệm", content=SHORT)
    data = tmp_path / "data"
    with api_client(data) as first_run:
        key = make_key(first_run.app, Role.app)  # type: ignore[arg-type]
        headers = {**auth(key), "Idempotency-Key": "gui-lai-sau-khi-khoi-dong"}
        first = first_run.post("/api/v1/initiatives", json=body, headers=headers)
        assert first.status_code == 201
    with api_client(data) as second_run:
        replay = second_run.post("/api/v1/initiatives", json=body, headers=headers)
        assert replay.status_code == 201 and replay.headers["idempotent-replayed"] == "true"
        assert replay.json() == first.json()
        assert_error(second_run.post("/api/v1/initiatives", json={**body, "title": "Khác hẳn"}, headers=headers),
                     409, "idempotency_key_reused")

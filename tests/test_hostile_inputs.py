"""Hostile inputs against one running service: broken and disguised documents, a 100 MB stream,
blank, binary and wrongly encoded text, gigantic and deeply nested JSON lines, impossible years,
control characters, SQL-like, path-traversal and HTML strings.

Each is answered with a clear 4xx in the one JSON error shape (API), a Vietnamese message (web
page) or a named skipped row (CLI import); afterwards the service is still up, holds exactly the
initiatives it held plus the ones the tests stored on purpose, and checks normally. The reader-level
and validation-level cases live in test_documents.py and test_records.py; this file drives them
through the API, the page and the CLI."""

from __future__ import annotations

import json
import random
import re
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import anyio
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, select
from typer.testing import CliRunner

from models.db import make_engine
from models.tables import Initiative, Role
from service.app import create_app
from service.cli import app as cli_app
from service.initiatives import save_record
from service.records import CONTENT_MAX, validate_record
from service.security import create_user
from service.settings import Settings
from tests.api_support import assert_error, auth, make_key
from tests.engine_fixtures import MATH_SOURCE, MATH_SUMMARY, MATH_TITLE
from tests.fixtures_docs import make_docx, make_truncated_docx, make_zip_bomb, pdf_bytes

MAX_UPLOAD = 3_000_000  # above CONTENT_MAX's worth of ASCII, so a gigantic JSON line reaches the importer
MIB = 1024 * 1024
HUNDRED_MB = 100 * MIB
PASSWORD = "mat-khau-hoi-dong-2024"
UNIT = "Trường Tiểu học Hòa Bình"
KNOWN = dict(id="SK-2021-TOAN", title=MATH_TITLE, summary=MATH_SUMMARY, content=MATH_SOURCE,
             author="Nguyễn Văn An", author_id="GV-0001", unit=UNIT, year=2021, field="Toán")
FIELDS = {"title": "Báo cáo thử", "author": "Ngô Văn Nam", "unit": "Trường THCS Lê Lợi", "year": "2024"}


@dataclass
class Service:
    app: FastAPI
    client: TestClient
    data_dir: Path
    admin: dict[str, str]
    app_key: dict[str, str]
    baseline: int
    known: dict[str, Any]
    created: list[str] = field(default_factory=list)  # ids the tests store on purpose


def total(service: Service) -> int:
    response = service.client.get("/api/v1/initiatives", params={"limit": 1}, headers=service.admin)
    assert response.status_code == 200, response.text
    return response.json()["total"]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    data = tmp_path_factory.mktemp("hostile")
    app = create_app(Settings(data_dir=data, load_demo=False, max_upload_bytes=MAX_UPLOAD))
    with TestClient(app) as client:
        save_record(app.state.index, validate_record(KNOWN), actor="test")
        save_record(app.state.index, validate_record(dict(
            id="SK-2022-TV", title="Xây dựng tủ sách lớp học", content="Tủ sách lớp học giúp học sinh đọc.",
            author="Lê Thị Bình", unit=UNIT, year=2022)), actor="test")
        with Session(app.state.ctx.engine) as s:
            create_user(s, "hoidong", PASSWORD, Role.reviewer)
            s.commit()
        admin, app_key = auth(make_key(app, Role.admin)), auth(make_key(app, Role.app))
        known = client.get("/api/v1/initiatives/SK-2021-TOAN", headers=admin).json()
        svc = Service(app, client, data, admin, app_key, baseline=0, known=known)
        svc.baseline = total(svc)
        assert svc.baseline == 2
        yield svc


# ---------------------------------------------------------------------- documents through the API


def cp1258(text: str) -> bytes:
    """Windows-1258 as old Vietnamese Windows software wrote it: tone marks as combining characters."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            tone = next(m for m in decomposed if m in "\u0300\u0301\u0303\u0309\u0323")
            out += unicodedata.normalize("NFC", decomposed.replace(tone, "")).encode("cp1258") + tone.encode("cp1258")
    return out


def _random_bytes(n: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n))


def hostile_documents(tmp: Path) -> list[tuple[str, bytes, int, str]]:
    """(file name, bytes, status, code) for documents no reader may accept."""
    pdf = pdf_bytes([["Bien phap day hoc trai nghiem cho hoc sinh lop 5"], ["Ket luan"]])
    return [
        ("cat-doi.docx", make_truncated_docx(tmp / "cut.docx").read_bytes(), 422, "corrupt_document"),
        ("cat-doi.pdf", pdf[: len(pdf) // 2], 422, "corrupt_document"),
        ("pdf-rac.pdf", b"%PDF-1.7\n" + _random_bytes(5_000), 422, "corrupt_document"),
        ("bom-nen.docx", make_zip_bomb(tmp / "bomb.docx", expanded_bytes=60_000_000).read_bytes(), 413, "zip_bomb"),
        ("rac.docx", b"PK\x03\x04" + _random_bytes(3_000), 422, "corrupt_document"),
        ("trang.txt", b" \r\n\t \n  ", 422, "empty_document"),
        ("nhi-phan.txt", _random_bytes(4_000), 422, "unreadable_text"),
        ("chuong-trinh.exe", b"MZ\x90\x00" + _random_bytes(1_000), 415, "unsupported_format"),
    ]


def test_broken_and_disguised_documents_get_4xx_and_store_nothing(service: Service, tmp_path: Path) -> None:
    for name, data, status, code in hostile_documents(tmp_path):
        response = service.client.post("/api/v1/check", params={"save": "true"}, data=FIELDS,
                                       files={"file": (name, data, "application/octet-stream")},
                                       headers=service.app_key)
        assert_error(response, status, code)
    assert total(service) == service.baseline


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1258"])
def test_text_uploads_in_other_encodings_are_read(service: Service, encoding: str) -> None:
    text = "Sáng kiến rèn kỹ năng đọc hiểu cho học sinh lớp 2 qua trò chơi ô chữ."
    data = cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    response = service.client.post("/api/v1/check", data=FIELDS, headers=service.app_key,
                                    files={"file": ("ghi-chu.txt", data, "text/plain")})
    assert response.status_code == 200, response.text
    assert response.json()["verdict"] in {"new", "related", "suspect", "duplicate"}


# ---------------------------------------------------------------------- text fields through the API


BAD_RECORDS = [
    ({"title": "   \t  "}, "missing_field"),
    ({"author": "\u3000 \n"}, "missing_field"),
    ({"content": "Nội dung\x00\x01\x02 nhị phân"}, "control_character"),
    ({"title": "Tiêu đề\x07 có chuông"}, "control_character"),
    ({"unit": "Trường\x1b[31m THCS"}, "control_character"),
    ({"year": 1800}, "year_out_of_range"),
    ({"year": 2**70}, "year_out_of_range"),
    ({"year": "hai nghìn"}, "invalid_year"),
    ({"year": True}, "invalid_year"),
    ({"year": None, "school_year": "2023-2025"}, "invalid_school_year"),
    ({"year": None, "school_year": "năm học 2023"}, "invalid_school_year"),
    ({"year": 2023, "school_year": "2023-2024"}, "school_year_mismatch"),
    ({"title": "x" * 1_001}, "too_long"),
]


@pytest.mark.parametrize("change, code", BAD_RECORDS, ids=[c for _, c in BAD_RECORDS])
def test_invalid_records_are_refused_by_check_create_and_update(service: Service, change: dict[str, Any],
                                                                code: str) -> None:
    body = {"id": "HS-HOSTILE", **FIELDS, "year": 2024, **change}
    for method, url in (("POST", "/api/v1/check"), ("POST", "/api/v1/initiatives"),
                        ("PUT", "/api/v1/initiatives/SK-2021-TOAN")):
        sent = dict(body, id="SK-2021-TOAN") if method == "PUT" else body
        response = service.client.request(method, url, json=sent, headers=service.admin)
        error = assert_error(response, 422)
        assert error["code"] == code or code in {d.get("code") for d in error["details"] or []}, error


@pytest.mark.parametrize("body", [
    cp1258('{"title": "Tiêu đề sai bảng mã"}'),  # not UTF-8
    b"\xff\xfe{\x00}\x00" + _random_bytes(50),  # binary
    b"[" * 100_000 + b"]" * 100_000,  # nested too deep for the parser
    b'{"title": "A", "author": ',  # truncated
    b"",
], ids=["cp1258", "binary", "nested", "truncated", "empty"])
def test_bodies_that_are_not_json_get_422(service: Service, body: bytes) -> None:
    headers = {**service.admin, "Content-Type": "application/json"}
    for url in ("/api/v1/initiatives", "/api/v1/check", "/api/v1/decisions", "/api/v1/keys"):
        response = service.client.post(url, content=body, headers=headers)
        assert_error(response, 422)


def test_sql_and_path_strings_are_stored_literally(service: Service) -> None:
    weird = {
        "id": "HS-'; DROP TABLE initiative;--",
        "title": "Robert'); DROP TABLE initiative; -- và 1=1 OR '1'='1",
        "author": "O'Brien \"Bobby\" Tables",
        "unit": "../../../etc/passwd",
        "field": "%_\\' UNION SELECT * FROM api_key --",
        "year": 2024,
        "content": "Nội dung có dấu nháy ' và \" và ký tự %; SELECT 1;",
    }
    response = service.client.post("/api/v1/initiatives", json=weird, headers=service.app_key)
    assert response.status_code == 201, response.text
    service.created.append(weird["id"])
    stored = service.client.get(f"/api/v1/initiatives/{quote(weird['id'], safe='')}", headers=service.admin).json()
    for key in ("id", "title", "unit", "field", "content"):
        assert stored[key] == weird[key]
    assert stored["author"]["name"] == weird["author"]
    # Filters are values, not SQL: a tautology matches nothing, the literal value matches itself.
    listed = service.client.get("/api/v1/initiatives", params={"unit": "' OR '1'='1"}, headers=service.admin)
    assert listed.status_code == 200 and listed.json()["total"] == 0
    listed = service.client.get("/api/v1/initiatives", params={"unit": weird["unit"]}, headers=service.admin)
    assert [item["id"] for item in listed.json()["items"]] == [weird["id"]]
    for path in ("/api/v1/initiatives/..%2F..%2Fetc%2Fpasswd", "/api/v1/initiatives/%00",
                 "/api/v1/people/..%2F..%2F/history", "/api/v1/initiatives/' OR 1=1 --"):
        assert_error(service.client.get(path, headers=service.admin), 404)


def test_uploaded_file_names_cannot_escape(service: Service, tmp_path: Path) -> None:
    marker = f"sangkien-hostile-{uuid.uuid4().hex}"
    escape = tmp_path / "outside"
    escape.mkdir()
    names = [f"../../../../../../{escape}/{marker}.txt", f"{escape}/{marker}-abs.txt",
             f"..\\..\\{marker}-win.txt", f"{marker}\x00.txt", "....//....//" + marker + ".txt"]
    text = "Sáng kiến rèn kỹ năng viết đoạn văn cho học sinh lớp 4.".encode()
    for n, name in enumerate(names):
        body = dict(FIELDS, id=f"HS-TEN-TEP-{n}")
        response = service.client.post("/api/v1/check", params={"save": "true"}, data=body,
                                        files={"file": (name, text, "text/plain")}, headers=service.app_key)
        assert response.status_code == 200, response.text
        service.created.append(body["id"])
        stored = service.client.get(f"/api/v1/initiatives/{body['id']}", headers=service.admin).json()
        assert "/" not in stored["source_file"] and "\\" not in stored["source_file"]
        assert "\x00" not in stored["source_file"] and not stored["source_file"].startswith(".")
        assert marker in stored["source_file"]

    # Bulk: documents named with a path are saved under their last name inside the request's
    # folder; rows whose 'file' points outside that folder are refused by name.
    rows = [
        {"file": f"../{marker}-1.txt", "title": "Đường dẫn ra ngoài", "author": "A", "unit": "B", "year": 2024},
        {"file": str(escape / f"{marker}-2.txt"), "title": "Đường dẫn tuyệt đối", "author": "A", "unit": "B",
         "year": 2024},
        {"file": "/etc/passwd", "title": "Tệp hệ thống", "author": "A", "unit": "B", "year": 2024},
    ]
    metadata = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()
    response = service.client.post(
        "/api/v1/initiatives:bulk", headers=service.app_key,
        files=[("metadata", ("../../metadata.jsonl", metadata, "application/x-ndjson")),
               ("files", (f"../{marker}-1.txt", text, "text/plain")),
               ("files", (f"{escape}/{marker}-2.txt", text, "text/plain"))])
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["failed"] == 3 and report["created"] == 0
    errors = {row["line"]: row["error"]["code"] for row in report["rows"] if row["outcome"] == "error"}
    assert errors == {1: "path_traversal", 2: "path_traversal", 3: "path_traversal"}
    # The uploaded documents were saved inside the request's folder under their last name only.
    unused = {row["source"] for row in report["rows"] if row["outcome"] == "warning"}
    assert unused == {f"{marker}-1.txt", f"{marker}-2.txt"}
    assert list(escape.iterdir()) == []
    assert not list(service.data_dir.parent.glob(f"**/{marker}*"))


# ---------------------------------------------------------------------- bulk import


def test_bulk_jsonl_with_gigantic_nested_binary_and_mixed_encoding_lines(service: Service) -> None:
    good = {"id": "HS-BULK-OK", "title": "Dạy học STEM qua dự án nhỏ", "author": "Phan Văn Cường",
            "unit": "Trường THCS Hòa Bình", "year": 2024, "summary": "Dự án STEM nhỏ theo nhóm."}
    lines = [
        json.dumps(good, ensure_ascii=False).encode(),
        json.dumps(dict(good, id="HS-BULK-GIANT", content="x" * (CONTENT_MAX + 1))).encode(),
        b"[" * 50_000 + b"]" * 50_000,
        cp1258(json.dumps(dict(good, id="HS-BULK-CP1258", title="Dạy học tích cực"), ensure_ascii=False)),
        _random_bytes(2_000).replace(b"\n", b" "),
        b'"chi la mot chuoi"',
        json.dumps(dict(good, id="HS-BULK-YEAR", year=3024)).encode(),
        json.dumps(dict(good, id="HS-BULK-CTRL", title="Tiêu đề\x00rỗng")).encode(),
        json.dumps(dict(good, id="HS-BULK-EXTRA", admin=True)).encode(),
    ]
    body = b"\n".join(lines) + b"\n"
    assert MAX_UPLOAD > len(body) > 2_000_000
    response = service.client.post("/api/v1/initiatives:bulk", content=body,
                                    headers={**service.app_key, "Content-Type": "application/x-ndjson"})
    assert response.status_code == 200, response.text
    report = response.json()
    service.created.append(good["id"])
    assert report["created"] == 1 and report["failed"] == len(lines) - 1
    codes = {row["line"]: (row["error"] or {}).get("code") for row in report["rows"]}
    assert codes == {1: None, 2: "too_long", 3: "invalid_json", 4: "bad_encoding", 5: codes[5], 6: "invalid_json",
                     7: "year_out_of_range", 8: "control_character", 9: "unknown_field"}
    assert codes[5] in {"bad_encoding", "invalid_json"}


# ---------------------------------------------------------------------- a 100 MB upload, streamed


@dataclass
class Streamed:
    status: int
    headers: dict[str, str]
    body: bytes
    pulled: int  # request bytes the app asked for


def stream(app: FastAPI, path: str, *, head: bytes = b"", content_type: str, total_bytes: int = HUNDRED_MB,
           declare: bool = False, cookie: str = "", extra: list[tuple[bytes, bytes]] | None = None) -> Streamed:
    """POST ``head`` plus zeros up to ``total_bytes``, 1 MiB per message, straight into the ASGI app
    (the test client would read the whole body first), counting how much of it the app pulls."""
    chunk = b"0" * MIB
    headers = [(b"host", b"testserver"), (b"content-type", content_type.encode())] + (extra or [])
    if declare:
        headers.append((b"content-length", str(total_bytes).encode()))
    if cookie:
        headers.append((b"cookie", cookie.encode()))
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"", "headers": headers,
             "client": ("127.0.0.1", 50000), "server": ("testserver", 80)}
    out = Streamed(0, {}, b"", 0)

    async def receive() -> dict[str, Any]:
        if out.pulled >= total_bytes:
            await anyio.sleep(0.01)
            return {"type": "http.disconnect"}
        piece = head if out.pulled == 0 and head else chunk[: total_bytes - out.pulled]
        out.pulled += len(piece)
        return {"type": "http.request", "body": piece, "more_body": out.pulled < total_bytes}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            out.status = message["status"]
            out.headers = {k.decode().lower(): v.decode() for k, v in message.get("headers", [])}
        elif message["type"] == "http.response.body":
            out.body += message.get("body", b"")

    async def run() -> None:
        await app(scope, receive, send)

    anyio.run(run)
    return out


MULTIPART_HEAD = (b"--xyz\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nBao cao lon\r\n"
                  b"--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.pdf\"\r\n"
                  b"Content-Type: application/pdf\r\n\r\n%PDF-1.7\n")


def test_a_100_mb_upload_is_refused_while_it_streams(service: Service) -> None:
    key = service.app_key["Authorization"].encode()
    bearer = [(b"authorization", key)]
    api_cases = [
        ("/api/v1/check", MULTIPART_HEAD, "multipart/form-data; boundary=xyz"),
        ("/api/v1/initiatives:bulk", b"", "application/x-ndjson"),
        ("/api/v1/initiatives", b"", "application/json"),
    ]
    for path, head, kind in api_cases:
        result = stream(service.app, path, head=head, content_type=kind, extra=bearer)
        assert result.status == 413, (path, result.body[:300])
        assert json.loads(result.body)["error"]["code"] == "payload_too_large"
        assert result.pulled <= MAX_UPLOAD + MIB, (path, result.pulled)  # not the 100 MB
        # Declared up front: refused before a byte is read.
        declared = stream(service.app, path, head=head, content_type=kind, extra=bearer, declare=True)
        assert declared.status == 413 and declared.pulled == 0

    # The check page, logged in: the same limit, answered with a Vietnamese page.
    browser = TestClient(service.app)
    login(browser)
    cookie = "; ".join(f"{k}={v}" for k, v in browser.cookies.items())
    page_head = MULTIPART_HEAD.replace(b'name="file"', b'name="document"')
    for declare in (False, True):
        result = stream(service.app, "/kiem-tra", head=page_head, content_type="multipart/form-data; boundary=xyz",
                        cookie=cookie, declare=declare)
        assert result.status == 413 and result.headers["content-type"].startswith("text/html")
        assert "Tệp quá lớn" in result.body.decode() and "giới hạn là" in result.body.decode()
        assert result.pulled <= (0 if declare else MAX_UPLOAD + MIB)
    # Small page forms have a small limit of their own.
    result = stream(service.app, "/dang-nhap", content_type="application/x-www-form-urlencoded")
    assert result.status == 413 and "Dữ liệu gửi lên quá lớn" in result.body.decode()
    assert result.pulled <= 1_000_000 + MIB
    assert service.client.get("/healthz").json() == {"status": "ok"}


# ---------------------------------------------------------------------- the web page


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "page has no CSRF field"
    return match.group(1)


def login(client: TestClient) -> TestClient:
    token = csrf_of(client.get("/dang-nhap").text)
    response = client.post("/dang-nhap", data={"username": "hoidong", "password": PASSWORD, "csrf_token": token,
                                               "next": "/kiem-tra"}, follow_redirects=False)
    assert response.status_code == 303
    return client


def test_check_page_answers_hostile_uploads_in_vietnamese(service: Service, tmp_path: Path) -> None:
    browser = login(TestClient(service.app))
    messages = {
        "corrupt_document": "Không đọc được tệp",
        "zip_bomb": "giải nén quá lớn",
        "empty_document": "Tệp rỗng",
        "unreadable_text": "Không nhận ra bảng mã",
        "unsupported_format": "Định dạng tệp không được hỗ trợ",
    }
    for name, data, _status, code in hostile_documents(tmp_path):
        form = {"csrf_token": csrf_of(browser.get("/kiem-tra").text), **FIELDS}
        response = browser.post("/kiem-tra", data=form, files={"document": (name, data, "application/octet-stream")})
        assert response.status_code == 400 and response.headers["content-type"].startswith("text/html"), name
        assert messages[code] in response.text, (name, code)
        assert 'value="Báo cáo thử"' in response.text  # what the reviewer typed is kept

    form = {"csrf_token": csrf_of(browser.get("/kiem-tra").text), **FIELDS, "title": " \t ",
            "content": "Nội dung\x01\x02 lạ"}
    response = browser.post("/kiem-tra", data=form)
    assert response.status_code == 400 and "Tên đề tài" in response.text
    legacy = cp1258("Sáng kiến rèn kỹ năng đọc hiểu cho học sinh lớp 2 qua trò chơi ô chữ.")
    form = {"csrf_token": csrf_of(browser.get("/kiem-tra").text), **FIELDS}
    response = browser.post("/kiem-tra", data=form, files={"document": ("cu.txt", legacy, "text/plain")})
    assert response.status_code == 200 and "Kết quả" in response.text


def test_html_in_stored_titles_and_names_is_shown_escaped(service: Service) -> None:
    evil = {"id": "HS-XSS", "title": "<script>alert('tieu-de')</script><b>Đậm</b>",
            "author": "<img src=x onerror=alert(1)> Trần Văn Độc", "unit": "Trường \"><svg onload=alert(2)>",
            "field": "<iframe src=//evil>", "year": 2024, "summary": "</textarea><script>alert(3)</script>"}
    response = service.client.post("/api/v1/initiatives", json=evil, headers=service.app_key)
    assert response.status_code == 201, response.text
    service.created.append(evil["id"])
    assert response.json()["initiative"]["title"] == evil["title"]  # the API returns the text as stored

    browser = login(TestClient(service.app))
    listing = browser.get("/sang-kien", params={"q": "<script>alert('q')</script>"})
    detail = browser.get("/sang-kien/HS-XSS")
    assert detail.status_code == 200
    person = re.search(r'href="/can-bo/(\d+)"', detail.text)
    assert person
    pages = [listing.text, browser.get("/sang-kien", params={"nam": "2024"}).text, detail.text,
             browser.get(f"/can-bo/{person.group(1)}").text]
    for html in pages:
        for raw in ("<script>alert", "<img src=x", "<svg onload", "<iframe", "<b>Đậm"):
            assert raw not in html
    assert "&lt;script&gt;alert(&#39;tieu-de&#39;)&lt;/script&gt;" in detail.text
    assert "&lt;img src=x onerror=alert(1)&gt; Trần Văn Độc" in detail.text


# ---------------------------------------------------------------------- CLI import


def test_cli_import_names_every_hostile_row_and_keeps_the_good_one(tmp_path: Path) -> None:
    folder = tmp_path / "nop"
    folder.mkdir()
    make_zip_bomb(folder / "bom.docx", expanded_bytes=60_000_000)
    make_truncated_docx(folder / "hong.docx")
    make_docx(folder / "tot.docx")
    base = {"author": "Đặng Thị Mai", "unit": "Trường Tiểu học Tân Lập", "year": 2024}

    def row(**values: Any) -> bytes:
        return json.dumps({**base, **values}, ensure_ascii=False).encode()

    lines = [
        row(id="CLI-OK", title="Robert'); DROP TABLE initiative;-- <b>đậm</b>", file="tot.docx"),  # 1: imported
        row(id="CLI-GIANT", title="Dài", content="chữ " * (CONTENT_MAX // 4 + 10)),  # 2
        b"{" * 30_000,  # 3
        cp1258(row(id="CLI-1258", title="Bảng mã cũ").decode()),  # 4
        _random_bytes(1_000, seed=3).replace(b"\n", b" "),  # 5
        row(id="CLI-YEAR", title="Năm sai", year="20x4"),  # 6
        row(id="CLI-SY", title="Năm học sai", year=None, school_year="2024-2023"),  # 7
        row(id="CLI-CTRL", title="Ký tự\x1b điều khiển"),  # 8
        row(id="CLI-TRAV", title="Đường dẫn", file="../../../../etc/passwd"),  # 9
        row(id="CLI-ABS", title="Tuyệt đối", file="/etc/hostname"),  # 10
        row(id="CLI-BOMB", title="Bom nén", file="bom.docx"),  # 11
        row(id="CLI-CUT", title="Tệp hỏng", file="hong.docx"),  # 12
        row(id="CLI-BLANK", title=" \t "),  # 13
    ]
    listing = folder / "danh-sach.jsonl"
    listing.write_bytes(b"\n".join(lines) + b"\n")
    data = tmp_path / "data"
    result = CliRunner().invoke(cli_app, ["import", str(listing), "--data-dir", str(data)], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    output = " ".join(result.output.split())
    named = dict(re.findall(r"danh-sach\.jsonl:(\d+): (.*?)(?= error: | imported:)", output))
    expected = {
        2: "at most 2000000 characters", 3: "malformed JSON", 4: "not valid UTF-8", 5: "not valid UTF-8",
        6: "whole number", 7: "consecutive years", 8: "control characters", 9: "outside the list's folder",
        10: "absolute paths are not allowed", 11: "compression ratio", 12: "not a readable ZIP/DOCX",
        13: "missing required field 'title'",
    }
    assert sorted(int(n) for n in named) == sorted(expected)
    for number, reason in expected.items():
        assert reason in named[str(number)], (number, named[str(number)])
    assert "created 1" in output
    engine = make_engine(f"sqlite:///{data / 'sangkien.db'}")
    with Session(engine) as s:
        rows = list(s.exec(select(Initiative)).all())
    engine.dispose()
    assert [(r.external_id, r.title) for r in rows] == [("CLI-OK", "Robert'); DROP TABLE initiative;-- <b>đậm</b>")]


# ---------------------------------------------------------------------- after the barrage


def test_the_service_is_still_up_and_kept_its_data(service: Service) -> None:
    client = service.client
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 200
    assert total(service) == service.baseline + len(service.created)
    assert client.get("/api/v1/initiatives/SK-2021-TOAN", headers=service.admin).json() == service.known
    response = client.post("/api/v1/check", json={**FIELDS, "content": MATH_SOURCE}, headers=service.app_key)
    assert response.status_code == 200
    result = response.json()
    assert result["verdict"] == "duplicate" and result["matches"][0]["id"] == "SK-2021-TOAN"

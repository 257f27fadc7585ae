"""The reviewers' web pages through the ASGI app: login, CSRF, lockout, checking, browsing, escaping."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from models.tables import AuditLog, Role
from service.app import create_app
from service.initiatives import save_record
from service.records import validate_record
from service.security import MAX_FAILED_LOGINS, create_user
from service.settings import Settings
from service.web import pages_browse
from service.web.check_form import parse_check_form
from service.web.forms import PostedForm, Upload
from tests.engine_fixtures import LIBRARY, MATH_SOLUTIONS, MATH_SOURCE, MATH_SUMMARY, MATH_TITLE, report
from tests.fixtures_docs import make_docx, make_image_pdf

PASSWORD = "mat-khau-hoi-dong-2024"
SCRIPT_TITLE = "<script>alert('xss')</script> Xây dựng tủ sách lớp học"
UNIT = "Trường Tiểu học Hòa Bình"
MAX_UPLOAD = 300_000

# A colleague's 2023 report reusing the 2021 math solutions word for word.
COPIED = report(
    "Tôi chọn đề tài này vì học sinh lớp 5 của tôi còn yếu môn Toán.",
    "Đầu năm học 2022-2023, lớp 5C có 28 học sinh, 10 em chưa thuộc bảng nhân.",
    MATH_SOLUTIONS,
    "Cuối năm, 25 trên 28 em đạt điểm khá giỏi môn Toán.",
)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    """One running app for the module: a small indexed corpus and a few users."""
    data = tmp_path_factory.mktemp("web")
    application = create_app(Settings(data_dir=data, load_demo=False, max_upload_bytes=MAX_UPLOAD))
    with TestClient(application):
        ctx, index = application.state.ctx, application.state.index
        with Session(ctx.engine) as s:
            create_user(s, "hoidong", PASSWORD, Role.reviewer)
            create_user(s, "kiemtoan", PASSWORD, Role.auditor)
            create_user(s, "khoa-thu", PASSWORD, Role.reviewer)
            s.commit()
        rows = [
            dict(id="SK-2021-TOAN", title=MATH_TITLE, summary=MATH_SUMMARY, content=MATH_SOURCE,
                 author="Nguyễn Văn An", unit=UNIT, year=2021, field="Toán"),
            dict(id="SK-2022-TV", title=SCRIPT_TITLE, content=LIBRARY, author="Lê Thị Bình", unit=UNIT,
                 year=2022, field="Thư viện"),
            dict(id="SK-2023-AN", title="Ứng dụng trò chơi trong dạy học Toán lớp 5", content=MATH_SOURCE,
                 author="Nguyễn Văn An", unit=UNIT, year=2023, field="Toán"),
            dict(id="SK-2022-MN", title="Phát triển ngôn ngữ cho trẻ mẫu giáo lớn", content=LIBRARY,
                 author="Võ Thị Cúc", unit="Trường Mầm non Hòa Bình", year=2022, field="Giáo dục mầm non"),
        ]
        for row in rows:
            save_record(index, validate_record(row), actor="test")
        yield application


@pytest.fixture
def client(app: FastAPI) -> TestClient:
    """A fresh browser (no cookies) talking to the module's running app."""
    return TestClient(app)


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "page has no CSRF field"
    return match.group(1)


def login(client: TestClient, username: str = "hoidong", password: str = PASSWORD, next_path: str = "/kiem-tra"):
    token = csrf_of(client.get("/dang-nhap").text)
    return client.post("/dang-nhap", data={"username": username, "password": password, "csrf_token": token,
                                           "next": next_path}, follow_redirects=False)


def logged_in(client: TestClient, username: str = "hoidong") -> TestClient:
    assert login(client, username).status_code == 303
    return client


def check_form_data(client: TestClient, **fields: str) -> dict[str, str]:
    token = csrf_of(client.get("/kiem-tra").text)
    return {"csrf_token": token, **fields}


# ---------------------------------------------------------------------- login, logout, lockout, CSRF

def test_pages_send_anonymous_visitors_to_login(client: TestClient) -> None:
    for path in ("/kiem-tra", "/sang-kien", "/sang-kien/SK-2021-TOAN", "/can-bo/1"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/dang-nhap?next=")
    assert client.get("/", follow_redirects=False).headers["location"] == "/dang-nhap"
    page = client.get("/dang-nhap")
    assert page.status_code == 200 and "Đăng nhập" in page.text and "Mật khẩu" in page.text
    assert 'lang="vi"' in page.text
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]


def test_login_sets_a_protected_session_cookie_and_logout_ends_it(app: FastAPI, client: TestClient) -> None:
    response = login(client)
    assert response.status_code == 303 and response.headers["location"] == "/kiem-tra"
    cookie = response.headers["set-cookie"]
    assert "sangkien_session=" in cookie and "HttpOnly" in cookie and "samesite=lax" in cookie.lower()
    page = client.get("/kiem-tra")
    assert page.status_code == 200 and "hoidong" in page.text and "Kiểm tra đề tài" in page.text

    out = client.post("/dang-xuat", data={"csrf_token": csrf_of(page.text)}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/dang-nhap?da_dang_xuat=1"
    assert "Bạn đã đăng xuất" in client.get(out.headers["location"]).text
    assert client.get("/kiem-tra", follow_redirects=False).status_code == 303
    with Session(app.state.ctx.engine) as s:
        actions = set(s.exec(select(AuditLog.action).where(AuditLog.actor == "user:hoidong")).all())
    assert {"login", "logout"} <= actions


def test_login_refuses_a_post_without_the_csrf_token(client: TestClient) -> None:
    client.get("/dang-nhap")
    response = client.post("/dang-nhap", data={"username": "hoidong", "password": PASSWORD, "next": "/"},
                           follow_redirects=False)
    assert response.status_code == 403 and "hết hạn hoặc không hợp lệ" in response.text
    assert "sangkien_session" not in response.headers.get("set-cookie", "")
    forged = client.post("/dang-nhap", data={"username": "hoidong", "password": PASSWORD, "csrf_token": "giả mạo"},
                         follow_redirects=False)
    assert forged.status_code == 403


def test_logged_in_forms_refuse_a_wrong_csrf_token(client: TestClient) -> None:
    logged_in(client)
    check = client.post("/kiem-tra", data={"csrf_token": "x", "title": "Đề tài", "author": "A", "unit": "B",
                                           "year": "2024"})
    assert check.status_code == 403 and "mã bảo vệ không khớp" in check.text
    out = client.post("/dang-xuat", data={"csrf_token": "x"}, follow_redirects=False)
    assert out.status_code == 403
    assert client.get("/kiem-tra").status_code == 200  # still logged in
    decision = client.post("/kiem-tra/quyet-dinh", data={"query_key": "q", "match_id": "SK-2021-TOAN",
                                                         "decision": "false_alarm", "reason": "r"})
    assert decision.status_code == 403


def test_wrong_password_then_lockout(client: TestClient) -> None:
    wrong = login(client, "khoa-thu", "sai-mat-khau-roi")
    assert wrong.status_code == 401 and "Tên đăng nhập hoặc mật khẩu không đúng" in wrong.text
    assert 'value="khoa-thu"' in wrong.text  # the name typed is kept
    for _ in range(MAX_FAILED_LOGINS - 1):
        last = login(client, "khoa-thu", "sai-mat-khau-roi")
    assert "tạm thời bị khoá" in last.text
    locked = login(client, "khoa-thu", PASSWORD)  # even the right password is refused now
    assert locked.status_code == 401 and "tạm thời bị khoá" in locked.text and "phút" in locked.text


def test_login_only_redirects_to_local_pages(client: TestClient) -> None:
    response = login(client, next_path="https://example.org/phishing")
    assert response.status_code == 303 and response.headers["location"] == "/"
    client.cookies.clear()
    response = login(client, next_path="//example.org")
    assert response.headers["location"] == "/"


def test_a_role_without_the_permission_gets_a_vietnamese_403(client: TestClient) -> None:
    logged_in(client, "kiemtoan")  # auditors read but do not check
    response = client.get("/kiem-tra")
    assert response.status_code == 403 and "Không có quyền truy cập" in response.text
    assert client.get("/sang-kien").status_code == 200


# ---------------------------------------------------------------------- checking

def test_check_shows_the_reused_initiative_with_highlighted_passages(client: TestClient) -> None:
    logged_in(client)
    data = check_form_data(client, title="Giúp học sinh lớp 5 yêu thích môn Toán", author="Trần Văn Cường",
                           unit=UNIT, school_year="2022-2023", field="Toán", content=COPIED)
    response = client.post("/kiem-tra", data=data)
    assert response.status_code == 200
    html = response.text
    result = html[html.index('class="result"'):html.index('id="tieu-de-bieu-mau"')]
    assert "Kết quả: Trùng lặp" in result or "Kết quả: Nghi vấn" in result
    first = result[result.index('id="trung-1"'):]
    assert MATH_TITLE in first[:1500] and 'href="/sang-kien/SK-2021-TOAN"' in first[:1500]
    for badge in ("của người khác", "cùng đơn vị", "năm trước"):
        assert badge in first[:2500]
    assert "<mark>" in first and "Ai nhanh hơn" in first
    assert "Xác nhận trùng lặp" in first and "Tiếp nối hợp lệ" in first and "Báo động nhầm" in first
    # Nguyễn Văn An's own 2023 copy is another person's work of the same year: listed, marked "cùng năm".
    assert "cùng năm" in result


def test_decision_is_recorded_and_shown_on_the_result(client: TestClient) -> None:
    logged_in(client)
    data = check_form_data(client, title="Rèn bảng nhân cho học sinh lớp 5", author="Phạm Thị Dung", unit=UNIT,
                           year="2024", content=COPIED)
    html = client.post("/kiem-tra", data=data).text
    form = html[html.index('action="/kiem-tra/quyet-dinh"'):]
    query_key = re.search(r'name="query_key" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
    match_id = re.search(r'name="match_id" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
    response = client.post("/kiem-tra/quyet-dinh", follow_redirects=False, data={
        "csrf_token": csrf_of(html), "query_key": query_key, "match_id": match_id,
        "decision": "confirmed_duplicate", "reason": "Chép nguyên ba biện pháp <b>của</b> đồng nghiệp"})
    assert response.status_code == 303 and response.headers["location"].startswith("/kiem-tra/ket-qua?ma=")
    page = client.get(response.headers["location"]).text
    assert "Đã ghi nhận quyết định." in page
    assert "Đã ghi nhận: <strong>Xác nhận trùng lặp</strong>" in page
    assert "&lt;b&gt;của&lt;/b&gt;" in page and "<b>của</b>" not in page

    missing_reason = client.post("/kiem-tra/quyet-dinh", data={
        "csrf_token": csrf_of(html), "query_key": query_key, "match_id": match_id, "decision": "false_alarm",
        "reason": "   "})
    assert missing_reason.status_code == 400 and "Vui lòng ghi lí do" in missing_reason.text
    unknown = client.post("/kiem-tra/quyet-dinh", data={
        "csrf_token": csrf_of(html), "query_key": query_key, "match_id": "KHONG-CO", "decision": "false_alarm",
        "reason": "nhầm"})
    assert unknown.status_code == 404 and "không còn trong kho" in unknown.text


def test_check_with_an_uploaded_docx(client: TestClient, tmp_path: Path) -> None:
    logged_in(client)
    path = make_docx(tmp_path / "sang-kien.docx", before=COPIED.split("\n"))
    data = check_form_data(client, title="Một số kinh nghiệm dạy Toán lớp 5", author="Đỗ Văn Em", unit=UNIT,
                           year="2024")
    with path.open("rb") as fh:
        response = client.post("/kiem-tra", data=data, files={"document": ("sang-kien.docx", fh, "application/octet-stream")})
    assert response.status_code == 200
    assert "Kết quả:" in response.text and "SK-2021-TOAN" in response.text and "<mark>" in response.text


def test_missing_title_keeps_what_was_typed(client: TestClient) -> None:
    logged_in(client)
    data = check_form_data(client, title="  ", author="Hoàng Thị Giang", unit="Trường THCS Hòa Bình",
                           year="2024", field="Ngữ văn", summary="Tóm tắt <em>đã gõ</em>")
    response = client.post("/kiem-tra", data=data)
    assert response.status_code == 400
    assert "Vui lòng nhập tên đề tài." in response.text
    assert 'value="Hoàng Thị Giang"' in response.text and 'value="Trường THCS Hòa Bình"' in response.text
    assert 'value="Ngữ văn"' in response.text and "Tóm tắt &lt;em&gt;đã gõ&lt;/em&gt;" in response.text
    assert 'aria-invalid="true"' in response.text and "Kết quả:" not in response.text


def test_bad_year_and_missing_year_are_explained(client: TestClient) -> None:
    logged_in(client)
    no_year = client.post("/kiem-tra", data=check_form_data(client, title="Đề tài", author="A", unit="B"))
    assert no_year.status_code == 400 and "Vui lòng nhập năm hoặc năm học" in no_year.text
    bad = client.post("/kiem-tra", data=check_form_data(client, title="Đề tài", author="A", unit="B",
                                                        school_year="2023-2025"))
    assert bad.status_code == 400 and "Năm học phải có dạng 2023-2024" in bad.text


@pytest.mark.parametrize("name, payload, expected", [
    ("hong.docx", b"PK\x03\x04 this is not really a zip archive", "Không đọc được tệp"),
    ("virus.exe", b"MZ\x90\x00binary", "Định dạng tệp không được hỗ trợ"),
    ("rong.pdf", b"", "Tệp rỗng"),
    ("", b"", None),  # the file input left empty: no file, not an error
])
def test_unreadable_uploads_get_a_vietnamese_message(client: TestClient, name: str, payload: bytes,
                                                     expected: str | None) -> None:
    logged_in(client)
    data = check_form_data(client, title="Đề tài có tệp hỏng", author="Vũ Văn Hải", unit=UNIT, year="2024")
    response = client.post("/kiem-tra", data=data, files={"document": (name, payload, "application/octet-stream")})
    if expected is None:
        assert response.status_code == 200 and "Chưa có tóm tắt hay nội dung" in response.text
        return
    assert response.status_code == 400 and expected in response.text
    assert 'value="Đề tài có tệp hỏng"' in response.text and 'value="Vũ Văn Hải"' in response.text


def test_scanned_pdf_and_too_large_file(client: TestClient, tmp_path: Path) -> None:
    logged_in(client)
    data = check_form_data(client, title="Đề tài quét", author="Vũ Văn Hải", unit=UNIT, year="2024")
    scanned = make_image_pdf(tmp_path / "quet.pdf").read_bytes()
    response = client.post("/kiem-tra", data=data, files={"document": ("quet.pdf", scanned, "application/pdf")})
    assert response.status_code == 400 and "bản quét" in response.text

    # Over the limit: refused before the body is read, with a Vietnamese page (not JSON).
    big = b"%PDF-1.4\n" + b"0" * (MAX_UPLOAD + 10)
    response = client.post("/kiem-tra", data=data, files={"document": ("lon.pdf", big, "application/pdf")})
    assert response.status_code == 413 and response.headers["content-type"].startswith("text/html")
    assert "Tệp quá lớn" in response.text and "MB" in response.text


def test_a_file_over_the_limit_keeps_the_typed_fields() -> None:
    """When the page itself sees an oversized file (the browser's own check was bypassed)."""
    posted = PostedForm(fields={"title": "Đề tài lớn", "author": "Vũ Văn Hải", "unit": UNIT, "year": "2024"},
                        upload=Upload("lon.docx", b"x" * 10, too_large=True))
    form, record = parse_check_form(posted, Settings(max_upload_bytes=2 * 1024 * 1024))
    assert record is None and form.errors["document"] == "Tệp quá lớn: giới hạn là 2 MB."
    assert form.values["title"] == "Đề tài lớn" and form.filename == "lon.docx"


def test_a_script_in_the_submitted_title_is_shown_as_text(client: TestClient) -> None:
    logged_in(client)
    data = check_form_data(client, title="<script>alert(1)</script> Dạy Toán", author="<img src=x onerror=1>",
                           unit=UNIT, year="2024", content=COPIED)
    html = client.post("/kiem-tra", data=data).text
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Dạy Toán" in html


# ---------------------------------------------------------------------- browsing

def test_initiative_list_filters_and_escapes(client: TestClient) -> None:
    logged_in(client)
    page = client.get("/sang-kien")
    assert page.status_code == 200 and "Tìm thấy 4 sáng kiến" in page.text
    assert "<script>alert('xss')" not in page.text
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in page.text
    assert "Tìm thấy 2 sáng kiến" in client.get("/sang-kien", params={"nam": "2022"}).text
    by_author = client.get("/sang-kien", params={"tac_gia": "nguyễn văn an"}).text
    assert "Tìm thấy 2 sáng kiến" in by_author and "Lê Thị Bình" not in by_author
    by_unit = client.get("/sang-kien", params={"don_vi": "Trường Mầm non Hòa Bình"}).text
    assert "Tìm thấy 1 sáng kiến" in by_unit and "Phát triển ngôn ngữ" in by_unit
    assert "Tìm thấy 1 sáng kiến" in client.get("/sang-kien", params={"linh_vuc": "Thư viện"}).text
    assert "Tìm thấy 1 sáng kiến" in client.get("/sang-kien", params={"q": "tủ sách"}).text
    # The search box ignores case and diacritics, also for letters outside ASCII (Đ, Ứ).
    for typed in ("TỦ SÁCH", "tu sach", "Tu Sach"):
        assert "Tìm thấy 1 sáng kiến" in client.get("/sang-kien", params={"q": typed}).text, typed
    assert "Tìm thấy 1 sáng kiến" in client.get("/sang-kien", params={"q": "ứng dụng trò chơi"}).text
    assert "Tìm thấy 1 sáng kiến" in client.get("/sang-kien", params={"q": "UNG DUNG"}).text
    assert "Tìm thấy 2 sáng kiến" in client.get("/sang-kien", params={"q": "toán"}).text
    assert "Tìm thấy 0 sáng kiến" in client.get("/sang-kien", params={"q": "50% _"}).text
    odd = client.get("/sang-kien", params={"nam": "hai nghìn", "trang": "-3"})
    assert odd.status_code == 200 and "Năm phải gồm 4 chữ số" in odd.text


def test_initiative_list_paginates(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    logged_in(client)
    monkeypatch.setattr(pages_browse, "PAGE_SIZE", 2)
    first = client.get("/sang-kien", params={"don_vi": UNIT}).text
    assert "Trang 1 / 2" in first and "Trang sau" in first
    second_url = re.search(r'href="([^"]+)" rel="next"', first).group(1).replace("&amp;", "&")  # type: ignore[union-attr]
    assert "don_vi=" in second_url and "trang=2" in second_url
    second = client.get(second_url).text
    assert "Trang 2 / 2" in second and second.count("<tr>") == 2  # the header row and the third initiative


def test_initiative_page_shows_text_and_similar_initiatives(client: TestClient) -> None:
    logged_in(client)
    page = client.get("/sang-kien/SK-2023-AN")
    assert page.status_code == 200
    assert "Ứng dụng trò chơi trong dạy học Toán lớp 5" in page.text and "Toàn văn" in page.text
    similar = page.text[page.text.index("Sáng kiến tương tự"):]
    assert 'href="/sang-kien/SK-2021-TOAN"' in similar and "của chính tác giả" in similar
    assert "<mark>" in similar
    person = re.search(r'href="/can-bo/(\d+)">Nguyễn Văn An', page.text)
    assert person
    missing = client.get("/sang-kien/KHONG-TON-TAI")
    assert missing.status_code == 404 and "Không tìm thấy sáng kiến" in missing.text
    escaped = client.get("/sang-kien/SK-2022-TV").text
    assert "<script>alert" not in escaped and "&lt;script&gt;" in escaped


def test_person_page_shows_the_yearly_timeline(client: TestClient) -> None:
    logged_in(client)
    listing = client.get("/sang-kien", params={"tac_gia": "Nguyễn Văn An"}).text
    person_id = re.search(r'href="/can-bo/(\d+)"', listing).group(1)  # type: ignore[union-attr]
    page = client.get(f"/can-bo/{person_id}")
    assert page.status_code == 200 and "Nguyễn Văn An" in page.text
    html = page.text
    assert html.index("Năm 2021") < html.index("Năm 2023")
    year_2023 = html[html.index("Năm 2023"):]
    assert "của chính cán bộ này" in year_2023 and 'href="/sang-kien/SK-2021-TOAN"' in year_2023
    year_2021 = html[html.index("Năm 2021"):html.index("Năm 2023")]
    assert "Không trùng với sáng kiến nào trước đó." in year_2021
    missing = client.get("/can-bo/999999")
    assert missing.status_code == 404 and "Không tìm thấy cán bộ" in missing.text


def test_static_files_are_served(client: TestClient) -> None:
    css = client.get("/static/style.css")
    assert css.status_code == 200 and "mark" in css.text
    assert client.get("/static/app.js").status_code == 200

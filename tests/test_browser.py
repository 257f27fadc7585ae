"""End to end in headless Chromium: the real server, login, a DOCX upload, the highlighted match,
a recorded decision, and a screenshot of the result page (test-artifacts/ket-qua.png).

Needs the Debian ``chromium`` package and the ``playwright`` Python package (its own browser
downloads are never used). Skipped when either is missing, unless SANGKIEN_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import csv
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlmodel import Session

from models.tables import Role
from service.app import create_app
from service.security import create_user
from service.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
DEMO = ROOT / "service" / "demo" / "data"
PASSWORD = "mat-khau-trinh-duyet-2025"
MAX_UPLOAD = 1_000_000
# Earlier demo initiatives loaded next to the reused one: other subjects, units and years, and the
# same teacher's other essays, so the right match has to win among real competitors.
DEMO_COMPANIONS = ("SK-2021-008", "SK-2024-008", "SK-2022-001", "SK-2021-011", "SK-2023-009")


def _browser_problem() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is absent (apt-get install chromium chromium-driver)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed"
    return None


_PROBLEM = _browser_problem()
if _PROBLEM and os.environ.get("SANGKIEN_REQUIRE_BROWSER") == "1":
    raise RuntimeError(f"SANGKIEN_REQUIRE_BROWSER=1 but {_PROBLEM}")
pytestmark = pytest.mark.skipif(_PROBLEM is not None, reason=f"browser tests need Chromium: {_PROBLEM}")


@dataclass
class Upload:
    path: Path
    title: str
    author: str
    unit: str
    year: str
    field: str
    duties: str
    reused_id: str


def _demo_upload() -> tuple[list[dict], Upload] | None:
    """The demo set's DOCX that reuses an earlier initiative, with that initiative and a few others."""
    cases, listing = DEMO / "cases.json", DEMO / "docs" / "metadata.csv"
    if not (cases.is_file() and listing.is_file() and (DEMO / "demo.jsonl").is_file()):
        return None
    docs = [d for d in json.loads(cases.read_text(encoding="utf-8")).get("docs", []) if d.get("reuse_of")]
    with listing.open(encoding="utf-8") as fh:
        meta = {row["file"]: row for row in csv.DictReader(fh)}
    rows = {r["id"]: r for r in map(json.loads, (DEMO / "demo.jsonl").read_text(encoding="utf-8").splitlines())
            if r}
    for doc in docs:
        row, path = meta.get(doc["file"]), DEMO / "docs" / doc["file"]
        if row and path.is_file() and doc["reuse_of"] in rows:
            corpus = [rows[doc["reuse_of"]]] + [rows[i] for i in DEMO_COMPANIONS if i in rows and i != doc["reuse_of"]]
            return corpus, Upload(path, row["title"], row["author"], row["unit"], row["year"], row["field"],
                                  row.get("duties", ""), doc["reuse_of"])
    return None


def _fixture_upload(folder: Path) -> tuple[list[dict], Upload]:
    """Without the demo set: the engine fixtures, and a DOCX copying the 2021 math solutions."""
    from tests.engine_fixtures import LIBRARY, MATH_HONEST, MATH_SOLUTIONS, MATH_SOURCE, MATH_TITLE, report
    from tests.fixtures_docs import make_docx

    unit = "Trường Tiểu học Hòa Bình"
    corpus = [dict(id="SK-2021-TOAN", title=MATH_TITLE, content=MATH_SOURCE, author="Nguyễn Văn An", unit=unit,
                   year=2021, field="Toán"),
              dict(id="SK-2022-TOAN", title="Giúp học sinh lớp 5 yêu thích môn Toán", content=MATH_HONEST,
                   author="Lê Văn Bình", unit=unit, year=2022, field="Toán"),
              dict(id="SK-2022-TV", title="Xây dựng văn hóa đọc", content=LIBRARY, author="Đỗ Thị Cúc", unit=unit,
                   year=2022, field="Thư viện")]
    copied = report("Học sinh lớp 5 của tôi còn yếu môn Toán.", "Lớp 5C có 28 học sinh.", MATH_SOLUTIONS,
                    "Cuối năm 25 em đạt khá giỏi.")
    path = make_docx(folder / "sang-kien-toan.docx", before=copied.split("\n"))
    return corpus, Upload(path, "Một số kinh nghiệm dạy Toán lớp 5", "Trần Văn Cường", unit, "2024", "Toán",
                          "Giáo viên chủ nhiệm lớp 5C, dạy môn Toán", "SK-2021-TOAN")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    upload: Upload


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """uvicorn on a free local port, in a thread, with a small indexed corpus and a reviewer."""
    import uvicorn

    from service.initiatives import save_record
    from service.records import validate_record

    data = tmp_path_factory.mktemp("browser")
    found = _demo_upload() or _fixture_upload(data)
    corpus, upload = found
    app = create_app(Settings(data_dir=data, load_demo=False, max_upload_bytes=MAX_UPLOAD))
    port = _free_port()
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=uv.run, name="uvicorn-browser-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not uv.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert uv.started, "the server did not start"
    try:
        with Session(app.state.ctx.engine) as s:
            create_user(s, "thu-ky", PASSWORD, Role.reviewer)
            s.commit()
        for row in corpus:
            save_record(app.state.index, validate_record(row), actor="test")
        yield Server(f"http://127.0.0.1:{port}", upload)
    finally:
        uv.should_exit = True
        thread.join(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _login(page, server: Server) -> None:  # noqa: ANN001 - playwright's Page
    page.goto(f"{server.url}/kiem-tra")
    assert "/dang-nhap" in page.url
    page.get_by_label("Tên đăng nhập").fill("thu-ky")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{server.url}/kiem-tra")


def _fill_check_form(page, upload: Upload) -> None:  # noqa: ANN001
    page.get_by_label("Tên đề tài").fill(upload.title)
    page.get_by_label("Tác giả").fill(upload.author)
    page.get_by_label("Đơn vị công tác").fill(upload.unit)
    page.get_by_label("Năm", exact=True).fill(upload.year)
    page.get_by_label("Lĩnh vực").fill(upload.field)
    page.get_by_label("Nhiệm vụ được giao").fill(upload.duties)


def test_upload_check_highlight_decide_and_screenshot(server: Server, browser) -> None:  # noqa: ANN001
    page = browser.new_page(viewport={"width": 1280, "height": 1500}, locale="vi-VN")
    try:
        _login(page, server)
        _fill_check_form(page, server.upload)
        page.get_by_label("Tệp sáng kiến (DOCX hoặc PDF)").set_input_files(str(server.upload.path))
        page.get_by_role("button", name="Kiểm tra", exact=True).click()
        page.wait_for_selector(".verdict", timeout=120_000)

        verdict = page.locator(".verdict h2").inner_text()
        assert verdict in ("Kết quả: Trùng lặp", "Kết quả: Nghi vấn")
        first = page.locator("#trung-1")
        assert first.locator(f'a[href="/sang-kien/{server.upload.reused_id}"]').count() == 1
        assert first.locator(".badge-rel", has_text="của người khác").count() == 1
        assert first.locator(".badge-rel", has_text="năm trước").count() == 1
        marks = first.locator(".evidence .side mark")
        assert marks.count() >= 2 and marks.first.is_visible()
        assert len(marks.first.inner_text().split()) >= 3

        first.get_by_label("Xác nhận trùng lặp").check()
        first.get_by_label("Lí do").fill("Giữ nguyên các biện pháp của đồng nghiệp năm trước, chỉ đổi tên đề tài.")
        first.get_by_role("button", name="Ghi nhận quyết định").click()
        page.wait_for_selector("text=Đã ghi nhận quyết định.")
        assert "/kiem-tra/ket-qua" in page.url
        saved = page.locator("#trung-1 .decision-saved").inner_text()
        assert "Xác nhận trùng lặp" in saved and "thu-ky" in saved

        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "ket-qua.png"))
        assert (ARTIFACTS / "ket-qua.png").stat().st_size > 10_000

        # A phone: the same page fits the screen's width.
        page.set_viewport_size({"width": 390, "height": 844})
        page.reload()
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1
        page.screenshot(path=str(ARTIFACTS / "ket-qua-dien-thoai.png"))
    finally:
        page.close()


def test_a_file_over_the_limit_is_refused_in_the_browser_keeping_the_form(server: Server, browser) -> None:  # noqa: ANN001
    page = browser.new_page()
    try:
        _login(page, server)
        _fill_check_form(page, server.upload)
        page.get_by_label("Tệp sáng kiến (DOCX hoặc PDF)").set_input_files(
            {"name": "qua-lon.docx", "mimeType": "application/octet-stream", "buffer": b"0" * (MAX_UPLOAD + 1)})
        page.get_by_role("button", name="Kiểm tra", exact=True).click()
        message = page.locator("#e-document-js")
        message.wait_for(state="visible")
        assert "Tệp quá lớn" in message.inner_text()
        assert page.url.endswith("/kiem-tra") and page.locator(".verdict").count() == 0
        assert page.get_by_label("Tên đề tài").input_value() == server.upload.title
    finally:
        page.close()


def test_logout_from_the_header(server: Server, browser) -> None:  # noqa: ANN001
    page = browser.new_page()
    try:
        _login(page, server)
        page.get_by_role("button", name="Đăng xuất").click()
        page.wait_for_selector("text=Bạn đã đăng xuất.")
        page.goto(f"{server.url}/sang-kien")
        assert "/dang-nhap" in page.url
    finally:
        page.close()

"""The HTML audit report in headless Chromium: opens offline from a file, draws its charts, fits
the page, prints to A4, and leaves a screenshot in test-artifacts/audit-report.png.

Needs the Debian ``chromium`` package and the ``playwright`` Python package (its own browser
downloads are never used). Skipped when either is missing, unless SANGKIEN_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from service.audit.analysis import load_report
from service.audit.reports import write
from service.audit.runner import AuditParams, create_audit_job, run_audit_job
from service.context import open_context
from service.runtime import open_index
from service.settings import Settings
from tests.audit_fixtures import FLAGGED_2025, built_corpus, copy_corpus
from tests.test_browser import _PROBLEM, ARTIFACTS, CHROMIUM, CHROMIUM_ARGS

if _PROBLEM and os.environ.get("SANGKIEN_REQUIRE_BROWSER") == "1":
    raise RuntimeError(f"SANGKIEN_REQUIRE_BROWSER=1 but {_PROBLEM}")
pytestmark = pytest.mark.skipif(_PROBLEM is not None, reason=f"browser tests need Chromium: {_PROBLEM}")

BASE = "http://sangkien.test"


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("audit-html")
    data = copy_corpus(built_corpus(), folder / "data")
    ctx = open_context(Settings(data_dir=data, load_demo=False))
    try:
        job = create_audit_job(ctx, AuditParams(year=2025), created_by="test", runner="cli")
        assert job.id is not None
        run_audit_job(open_index(ctx), job.id)
        path = folder / "bao-cao.html"
        write(load_report(ctx, job.id, base_url=BASE), path)
    finally:
        ctx.close()
    return path


def test_report_renders_offline_and_prints(report_file: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="vi-VN")
            requested: list[str] = []
            page.on("request", lambda r: requested.append(r.url))
            page.goto(report_file.as_uri())
            assert page.locator("h1").inner_text() == "Rà soát sáng kiến năm 2025"
            assert all(u.startswith(("file:", "data:")) for u in requested), requested

            flags = page.locator("article.flag")
            assert flags.count() == len(FLAGGED_2025)
            assert flags.first.locator(".badge.duplicate").is_visible()
            hrefs = {a.get_attribute("href") for a in page.locator("article.flag h3 a").all()}
            assert hrefs == {f"{BASE}/sang-kien/{i}" for i in FLAGGED_2025}
            assert page.locator("article.flag .pair blockquote").first.is_visible()

            # Three charts and one cluster drawing, drawn and sized.
            svgs = page.locator("svg")
            assert svgs.count() == 3
            for i in range(svgs.count()):
                box = svgs.nth(i).bounding_box()
                assert box is not None and box["width"] > 250 and box["height"] > 60
            assert page.locator("article.cluster svg circle").count() == 3
            assert page.locator(".chart svg rect").count() >= 3 + 4  # bars plus legend
            assert "Đỗ Thị Cúc" in page.locator("h2:has-text('Tái sử dụng') + .scroll table").inner_text()

            width = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert width <= 1
            ARTIFACTS.mkdir(exist_ok=True)
            shot = ARTIFACTS / "audit-report.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 50_000

            # A phone width still fits, and print to A4 gives a few pages.
            page.set_viewport_size({"width": 390, "height": 844})
            assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 1
            page.emulate_media(media="print")
            pdf = page.pdf(format="A4", print_background=True)
            pages = len(PdfReader(io.BytesIO(pdf)).pages)
            assert 2 <= pages <= 10, pages
        finally:
            browser.close()

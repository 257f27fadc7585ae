"""/api/v1/audits: a background job in the service, its progress, cancellation, roles, downloads
(each in the audit log) and resuming after a restart."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlmodel import Session

from models.tables import Job, JobStatus, Role
from service.audit import runner as audit_runner
from service.audit.runner import AuditParams, create_audit_job, run_audit_job
from service.context import open_context
from service.runtime import open_index
from service.settings import Settings
from tests.api_support import api_client, assert_error, keys_by_role
from tests.audit_fixtures import FLAGGED_2025, RING, CountingCheck, built_corpus, copy_corpus
from tests.test_audit import assert_report_schema

AUDITS = "/api/v1/audits"


def wait_for(client: TestClient, headers: dict[str, str], job_id: int, statuses: set[str],
              timeout: float = 120.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        body = client.get(f"{AUDITS}/{job_id}", headers=headers).json()
        if body["status"] in statuses:
            return body
        assert time.monotonic() < deadline, f"audit {job_id} still {body['status']} ({body['done']}/{body['total']})"
        time.sleep(0.1)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return copy_corpus(built_corpus(), tmp_path / "data")


def test_audit_job_runs_to_done_and_its_reports_download_with_an_audit_trail(data_dir: Path) -> None:
    with api_client(data_dir) as client:
        keys = keys_by_role(client.app)
        auditor = keys[Role.auditor]
        started = client.post(AUDITS, json={"year": 2025}, headers=auditor)
        assert started.status_code == 202, started.text
        job = started.json()
        assert job["status"] in ("queued", "running", "done") and job["total"] == 9 and job["year"] == 2025

        done = wait_for(client, auditor, job["id"], {"done", "failed"})
        assert done["status"] == "done" and done["done"] == done["total"] == 9 and done["progress"] == 1.0
        assert set(done["reports"]) == {"xlsx", "html", "csv", "json"}

        as_json = client.get(done["reports"]["json"], headers=auditor)
        assert as_json.status_code == 200 and as_json.headers["content-type"].startswith("application/json")
        d = as_json.json()
        assert_report_schema(d)
        assert {f["id"] for f in d["flagged"]} == FLAGGED_2025
        assert [sorted(c["members"]) for c in d["clusters"]] == [sorted(RING)]
        assert d["flagged"][0]["url"].startswith("http://testserver/sang-kien/")

        xlsx = client.get(f"{AUDITS}/{job['id']}/report.xlsx", headers=keys[Role.admin])
        assert xlsx.status_code == 200 and "attachment" in xlsx.headers["content-disposition"]
        assert "Danh sách nghi vấn" in load_workbook(io.BytesIO(xlsx.content)).sheetnames
        html = client.get(f"{AUDITS}/{job['id']}/report.html", headers=auditor)
        assert html.status_code == 200 and "<svg" in html.text
        assert "default-src 'none'" in html.headers["content-security-policy"]
        csv_ = client.get(f"{AUDITS}/{job['id']}/report.csv", headers=auditor)
        assert csv_.status_code == 200 and csv_.content.startswith("\ufeff".encode())

        log = client.get("/api/v1/audit-log", params={"action": "audit_export", "target_id": str(job["id"])},
                         headers=auditor).json()
        assert sorted(e["details"]["format"] for e in log["items"]) == ["csv", "html", "json", "xlsx"]
        assert client.get("/api/v1/audit-log", params={"action": "audit_start"}, headers=auditor).json()["total"] == 1

        assert_error(client.get(f"{AUDITS}/{job['id']}/report.pdf", headers=auditor), 422)
        assert_error(client.get(f"{AUDITS}/999/report.json", headers=auditor), 404, "audit_not_found")
        assert_error(client.post(f"{AUDITS}/{job['id']}/cancel", headers=auditor), 409, "audit_finished")


def test_a_running_audit_can_be_cancelled(data_dir: Path, monkeypatch) -> None:  # noqa: ANN001
    slow = CountingCheck(audit_runner.check_stored, delay=0.4)
    monkeypatch.setattr(audit_runner, "check_stored", slow)
    with api_client(data_dir) as client:
        auditor = keys_by_role(client.app)[Role.auditor]
        job = client.post(AUDITS, json={"year": 2025, "trend_years": 0}, headers=auditor).json()
        deadline = time.monotonic() + 60
        while client.get(f"{AUDITS}/{job['id']}", headers=auditor).json()["done"] < 1:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        cancelled = client.post(f"{AUDITS}/{job['id']}/cancel", headers=auditor)
        assert cancelled.status_code == 202 and cancelled.json()["cancel_requested"] is True
        final = wait_for(client, auditor, job["id"], {"cancelled", "done"})
        assert final["status"] == "cancelled" and final["done"] < final["total"] == 5
        assert len(slow.checked) == final["done"]
        assert_error(client.get(f"{AUDITS}/{job['id']}/report.json", headers=auditor), 409, "audit_not_finished")
        assert_error(client.post(f"{AUDITS}/{job['id']}/cancel", headers=auditor), 409, "audit_finished")
        cancel_log = client.get("/api/v1/audit-log", params={"action": "audit_cancel"}, headers=auditor).json()
        assert cancel_log["total"] == 1


def test_roles_and_bad_requests(data_dir: Path) -> None:
    with api_client(data_dir) as client:
        keys = keys_by_role(client.app)
        assert_error(client.post(AUDITS, json={"year": 2025}), 401, "unauthorized")
        assert_error(client.get(f"{AUDITS}/1"), 401, "unauthorized")
        assert_error(client.get(f"{AUDITS}/1/report.json"), 401, "unauthorized")
        for role in (Role.reviewer, Role.app):
            assert_error(client.post(AUDITS, json={"year": 2025}, headers=keys[role]), 403, "forbidden")
            assert_error(client.get(f"{AUDITS}/1", headers=keys[role]), 403, "forbidden")
            assert_error(client.post(f"{AUDITS}/1/cancel", headers=keys[role]), 403, "forbidden")
            assert_error(client.get(f"{AUDITS}/1/report.xlsx", headers=keys[role]), 403, "forbidden")
        auditor = keys[Role.auditor]
        assert_error(client.post(AUDITS, json={"year": 2025, "unit": "Trường không có"}, headers=auditor), 422,
                     "unknown_unit")
        assert_error(client.post(AUDITS, json={"year": 2019}, headers=auditor), 422, "empty_audit")
        assert_error(client.post(AUDITS, json={"year": 1800}, headers=auditor), 422, "validation_error")
        assert_error(client.post(AUDITS, json={"year": 2025, "colour": "red"}, headers=auditor), 422,
                     "validation_error")
        assert_error(client.get(f"{AUDITS}/12345", headers=auditor), 404, "audit_not_found")
        with Session(client.app.state.ctx.engine) as s:
            assert s.get(Job, 1) is None, "nothing was started by the refused requests"


def test_the_service_resumes_an_audit_it_left_running(data_dir: Path, monkeypatch) -> None:  # noqa: ANN001
    # The service stopped (crashed) after 3 submissions of an API-started audit.
    ctx = open_context(Settings(data_dir=data_dir, load_demo=False))
    try:
        job = create_audit_job(ctx, AuditParams(year=2025), created_by="key:test", runner="service")
        assert job.id is not None
        first = CountingCheck(audit_runner.check_stored)
        monkeypatch.setattr(audit_runner, "check_stored", first)
        run_audit_job(open_index(ctx), job.id, should_stop=lambda: len(first.checked) >= 3)
        with Session(ctx.engine) as s:
            row = s.get(Job, job.id)
            assert row is not None and row.done == 3
            row.status = JobStatus.running
            s.add(row)
            s.commit()
    finally:
        ctx.close()

    after = CountingCheck(first.real)
    monkeypatch.setattr(audit_runner, "check_stored", after)
    with api_client(data_dir) as client:
        auditor = keys_by_role(client.app)[Role.auditor]
        final = wait_for(client, auditor, job.id, {"done", "failed"})
        assert final["status"] == "done" and final["done"] == 9
        assert len(after.checked) == 6 and not set(first.checked) & set(after.checked)
        d = json.loads(client.get(f"{AUDITS}/{job.id}/report.json", headers=auditor).content)
        assert {f["id"] for f in d["flagged"]} == FLAGGED_2025


def test_openapi_documents_the_audit_routes(data_dir: Path) -> None:
    with api_client(data_dir) as client:
        paths = client.get("/openapi.json").json()["paths"]
        assert {f"{AUDITS}", f"{AUDITS}/{{job_id}}", f"{AUDITS}/{{job_id}}/cancel",
                f"{AUDITS}/{{job_id}}/report.{{fmt}}"} <= set(paths)

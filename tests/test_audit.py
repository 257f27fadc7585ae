"""The annual audit: what it flags, its clusters and repeaters, resuming, cancelling, the reports and the CLI."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlmodel import Session
from typer.testing import CliRunner

from models.tables import Job, JobStatus
from service.audit import runner as audit_runner
from service.audit.analysis import AuditReport, analyse, load_report
from service.audit.report_csv import render_csv
from service.audit.report_html import render_html
from service.audit.report_json import report_dict
from service.audit.report_xlsx import (SHEET_CLUSTERS, SHEET_FLAGGED, SHEET_REPEATERS, SHEET_SUMMARY, render_xlsx)
from service.audit.runner import AuditParams, create_audit_job, request_cancel, run_audit_job
from service.cli import app as cli_app
from service.context import AppContext, open_context
from service.errors import InvalidInputError
from service.index_service import IndexService
from service.runtime import open_index
from service.settings import Settings
from tests.audit_fixtures import (AUDIT_2025, FLAGGED_2025, REPEATER_IDS, RING, CountingCheck, built_corpus,
                                  copy_corpus)

cli = CliRunner()


@pytest.fixture(scope="module")
def built() -> Path:
    return built_corpus()


@pytest.fixture
def data_dir(built: Path, tmp_path: Path) -> Path:
    return copy_corpus(built, tmp_path / "data")


@pytest.fixture
def service(data_dir: Path) -> Iterator[tuple[AppContext, IndexService]]:
    ctx = open_context(Settings(data_dir=data_dir, load_demo=False))
    try:
        yield ctx, open_index(ctx)
    finally:
        ctx.close()


def audit(ctx: AppContext, index: IndexService, **params: Any) -> AuditReport:
    job = create_audit_job(ctx, AuditParams(**params), created_by="test", runner="cli")
    assert job.id is not None
    assert run_audit_job(index, job.id) == JobStatus.done
    return load_report(ctx, job.id, base_url="http://sangkien.test")


def assert_report_schema(d: dict[str, Any]) -> None:
    """The JSON report's promised shape (more fields are allowed)."""
    assert isinstance(d["year"], int)
    assert isinstance(d["summary"], dict) and {"duplicate", "suspect", "related", "new"} <= set(d["summary"])
    for f in d["flagged"]:
        assert isinstance(f["id"], str) and f["verdict"] in ("duplicate", "suspect")
        assert 0 <= f["score"] <= 100
        b = f["best_match"]
        assert isinstance(b["id"], str) and 0 <= b["score"] <= 100
        assert isinstance(b["relations"], list) and all(isinstance(r, str) for r in b["relations"])
    for c in d["clusters"]:
        assert isinstance(c["members"], list) and all(isinstance(m, str) for m in c["members"])
    for r in d["repeaters"]:
        assert isinstance(r["author"], str) and all(isinstance(i, str) for i in r["ids"])


# ---------------------------------------------------------------------- what the audit finds

def test_audit_flags_the_ring_and_the_self_reuse_not_the_honest_reports(service) -> None:  # noqa: ANN001
    report = audit(*service, year=2025)

    assert report.counts.total == len(AUDIT_2025)
    assert {f.id for f in report.flagged} == FLAGGED_2025
    scores = [(f.verdict == "duplicate", f.score) for f in report.flagged]
    assert scores == sorted(scores, reverse=True), "most severe first"
    by_id = {f.id: f for f in report.flagged}
    for copier in ("SK-2025-TOAN-TL", "SK-2025-TOAN-DN"):
        best = by_id[copier].best_match
        assert best.id == "SK-2024-TOAN", "the earlier original is the lead, not the same-year copy"
        assert {"other_author", "other_unit", "earlier_year"} <= set(best.relations)
        assert best.relation_text == "người khác · khác đơn vị · năm 2024"
        assert best.query_excerpt and best.match_excerpt and "Nguyễn Văn An" in best.explanation
        assert by_id[copier].cluster == 1 and not by_id[copier].self_reuse
    own = by_id["SK-2025-THUVIEN"].best_match
    assert own.id in REPEATER_IDS[:2] and {"same_author", "same_unit", "earlier_year"} <= set(own.relations)
    assert own.relation_text.startswith("chính tác giả · cùng đơn vị")
    assert by_id["SK-2025-THUVIEN"].self_reuse and by_id["SK-2025-THUVIEN"].cluster is None

    assert [sorted(m.id for m in c.members) for c in report.clusters] == [sorted(RING)]
    ring = report.clusters[0]
    assert ring.people == 3 and len(ring.units) == 3 and ring.years == [2024, 2025]
    assert {(e.a, e.b) for e in ring.edges} >= {("SK-2024-TOAN", "SK-2025-TOAN-TL"),
                                               ("SK-2025-TOAN-DN", "SK-2025-TOAN-TL")}, "same-year pair included"

    assert len(report.repeaters) == 1
    rep = report.repeaters[0]
    assert (rep.author, rep.ids, rep.years, rep.several_years) == ("Đỗ Thị Cúc", REPEATER_IDS, [2023, 2024, 2025], True)

    assert report.by_unit["Trường Tiểu học Hòa Bình"].duplicate + report.by_unit["Trường Tiểu học Hòa Bình"].suspect == 1
    assert report.by_field["Toán"].flagged == 2 and report.by_field["Thể dục"].flagged == 0
    assert [(p.year, p.counts.total, p.with_earlier_copy) for p in report.trend] == [(2023, 2, 0), (2024, 2, 1),
                                                                                     (2025, 5, 3)]


def test_filters_by_unit_and_field_accept_any_spelling(service) -> None:  # noqa: ANN001
    ctx, index = service
    report = audit(ctx, index, year=2025, unit="trường tiểu học  TÂN LẬP", trend_years=0)
    assert report.params.unit == "Trường Tiểu học Tân Lập"
    assert report.counts.total == 2 and {f.id for f in report.flagged} == {"SK-2025-TOAN-TL"}
    assert report.trend[-1].year == 2025 and len(report.trend) == 1
    # Checked against everything, not only the unit: the copy's original is in another unit.
    assert report.flagged[0].best_match.id == "SK-2024-TOAN"

    report = audit(ctx, index, year=2025, field="toán")
    assert report.params.field == "Toán" and report.counts.total == 3
    assert {f.id for f in report.flagged} == {"SK-2025-TOAN-TL", "SK-2025-TOAN-DN"}


@pytest.mark.parametrize("params, code", [
    ({"year": 2025, "unit": "Trường không có"}, "unknown_unit"),
    ({"year": 2025, "field": "Thiên văn"}, "unknown_field"),
    ({"year": 2019}, "empty_audit"),
])
def test_bad_scope_is_a_typed_error(service, params: dict[str, Any], code: str) -> None:  # noqa: ANN001
    ctx, _index = service
    with pytest.raises(InvalidInputError) as caught:
        create_audit_job(ctx, AuditParams(**params), created_by="test", runner="cli")
    assert caught.value.code == code


# ---------------------------------------------------------------------- resuming and cancelling

def test_resume_after_a_stop_does_not_redo_finished_submissions(service, monkeypatch) -> None:  # noqa: ANN001
    ctx, index = service
    first = CountingCheck(audit_runner.check_stored)
    monkeypatch.setattr(audit_runner, "check_stored", first)
    job = create_audit_job(ctx, AuditParams(year=2025), created_by="test", runner="cli")
    assert job.id is not None and job.total == 9
    status = run_audit_job(index, job.id, should_stop=lambda: len(first.checked) >= 4)
    assert status == JobStatus.queued and len(first.checked) == 4

    # A new process: the job row says where it stopped.
    second = CountingCheck(first.real)
    monkeypatch.setattr(audit_runner, "check_stored", second)
    seen: list[tuple[int, int]] = []
    assert run_audit_job(index, job.id, progress=lambda d, t: seen.append((d, t))) == JobStatus.done
    assert len(second.checked) == 5 and not set(first.checked) & set(second.checked)
    assert seen[0] == (4, 9) and seen[-1] == (9, 9)
    report = load_report(ctx, job.id)
    assert {f.id for f in report.flagged} == FLAGGED_2025 and len(report.clusters) == 1


def test_a_crash_fails_the_job_and_resume_continues_from_there(service, monkeypatch) -> None:  # noqa: ANN001
    ctx, index = service
    crashing = CountingCheck(audit_runner.check_stored, fail_at=3)
    monkeypatch.setattr(audit_runner, "check_stored", crashing)
    job = create_audit_job(ctx, AuditParams(year=2025), created_by="test", runner="cli")
    assert job.id is not None
    with pytest.raises(RuntimeError, match="simulated crash"):
        run_audit_job(index, job.id)
    with Session(ctx.engine) as s:
        row = s.get(Job, job.id)
        assert row is not None and row.status == JobStatus.failed and "simulated crash" in (row.error or "")
        assert row.done == 2

    again = CountingCheck(crashing.real)
    monkeypatch.setattr(audit_runner, "check_stored", again)
    assert run_audit_job(index, job.id) == JobStatus.done
    assert len(again.checked) == 7 and not set(crashing.checked) & set(again.checked)


def test_cancel_is_honoured_between_submissions(service, monkeypatch) -> None:  # noqa: ANN001
    ctx, index = service
    job = create_audit_job(ctx, AuditParams(year=2025), created_by="test", runner="cli")
    assert job.id is not None
    counting = CountingCheck(audit_runner.check_stored, on_call=lambda n: n == 2 and request_cancel(ctx, job.id))
    monkeypatch.setattr(audit_runner, "check_stored", counting)
    assert run_audit_job(index, job.id) == JobStatus.cancelled
    assert len(counting.checked) == 2
    with pytest.raises(Exception) as caught:
        load_report(ctx, job.id)
    assert getattr(caught.value, "code", None) == "audit_not_finished"


def test_earlier_years_checked_once_are_reused_for_the_next_trend(service, monkeypatch) -> None:  # noqa: ANN001
    ctx, index = service
    audit(ctx, index, year=2025)
    counting = CountingCheck(audit_runner.check_stored)
    monkeypatch.setattr(audit_runner, "check_stored", counting)
    report = audit(ctx, index, year=2025)
    assert sorted(counting.checked) == sorted(AUDIT_2025), "only the audited year is checked again"
    assert [(p.year, p.with_earlier_copy) for p in report.trend] == [(2023, 0), (2024, 1), (2025, 3)]
    assert report.repeaters[0].ids == REPEATER_IDS


# ---------------------------------------------------------------------- reports

def test_reports_xlsx_json_csv(service) -> None:  # noqa: ANN001
    report = audit(*service, year=2025)

    wb = load_workbook(io.BytesIO(render_xlsx(report)))
    assert wb.sheetnames[:4] == [SHEET_SUMMARY, SHEET_FLAGGED, SHEET_CLUSTERS, SHEET_REPEATERS]
    flagged = wb[SHEET_FLAGGED]
    assert flagged.freeze_panes == "A2" and flagged.auto_filter.ref.startswith("A1:")
    header = [c.value for c in flagged[1]]
    assert header[:3] == ["STT", "Mã sáng kiến", "Tên đề tài"] and "Quan hệ" in header
    ids = [flagged.cell(row=r, column=2).value for r in range(2, flagged.max_row + 1)]
    assert set(ids) == FLAGGED_2025
    assert flagged.cell(row=2, column=2).hyperlink.target.startswith("http://sangkien.test/sang-kien/SK-2025-")
    assert flagged.column_dimensions["C"].width >= 30
    clusters = wb[SHEET_CLUSTERS]
    assert {clusters.cell(row=r, column=4).value for r in range(2, clusters.max_row + 1)} == RING
    repeaters = wb[SHEET_REPEATERS]
    assert repeaters.cell(row=2, column=1).value == "Đỗ Thị Cúc" and repeaters.cell(row=2, column=3).value == "2023, 2024, 2025"
    summary = wb[SHEET_SUMMARY]
    assert summary["A1"].value == "Rà soát sáng kiến năm 2025" and len(summary._charts) == 1

    d = json.loads(json.dumps(report_dict(report)))
    assert_report_schema(d)
    assert d["year"] == 2025 and d["summary"]["duplicate"] + d["summary"]["suspect"] == 3
    assert [sorted(c["members"]) for c in d["clusters"]] == [sorted(RING)]
    assert d["repeaters"][0]["author"] == "Đỗ Thị Cúc" and d["repeaters"][0]["ids"] == REPEATER_IDS
    assert d["flagged"][0]["url"].startswith("http://sangkien.test/sang-kien/")

    raw = render_csv(report)
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "Mã sáng kiến" and {r[0] for r in rows[1:]} == FLAGGED_2025


def _hostile_report() -> AuditReport:
    """A report built from hand-made results whose texts try to inject markup and formulas."""
    evil = '<script>alert("x")</script>'
    job = Job(id=7, kind="audit", status=JobStatus.done, total=2, done=2,
              params_json=json.dumps({"year": 2025, "unit": None, "field": None, "trend_years": 0}),
              state_json=json.dumps({"trend_years": []}))

    def match(mid: str, author: str, unit: str, year: int, rels: list[str]) -> dict[str, Any]:
        return {"id": mid, "title": f"Đề tài {evil}", "author": author, "unit": unit, "year": year, "score": 91.0,
                "level": "duplicate", "relations": rels, "explanation": f"Trùng {evil}",
                "evidence": [{"section": "solution", "query_text": f"đoạn {evil}", "match_text": "đoạn <b>",
                              "similarity": 0.9}]}

    def row(sid: str, author: str, unit: str, matches: list[dict[str, Any]]) -> tuple[str, int, dict[str, Any]]:
        return ("audit", 2025, {"subject": {"id": sid, "title": f"=HYPERLINK(\"x\") {evil}", "author": author,
                                            "unit": unit, "field": "Toán", "year": 2025},
                                "verdict": "duplicate", "score": 91.0, "matches": matches})

    rows = [row("A<1>", f"Ông {evil}", "Đơn vị <i>", [match("OLD&1", "Bà \"Hai\"", "Đơn vị <u>", 2024,
                                                            ["other_author", "other_unit", "earlier_year"]),
                                                      match("B<2>", "Cô Ba", "Đơn vị 3", 2025,
                                                            ["other_author", "other_unit", "same_year"])]),
            row("B<2>", "Cô Ba", "Đơn vị 3", [match("OLD&1", "Bà \"Hai\"", "Đơn vị <u>", 2024,
                                                    ["other_author", "other_unit", "earlier_year"])])]
    return analyse(job, rows, base_url="http://sangkien.test")


def test_html_escapes_every_text_and_needs_nothing_external() -> None:
    report = _hostile_report()
    assert len(report.clusters) == 1
    html = render_html(report).decode("utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html
    for raw, escaped in (("Đơn vị <i>", "Đơn vị &lt;i&gt;"), ("Đơn vị <u>", "Đơn vị &lt;u&gt;"),
                         ("đoạn <b>", "đoạn &lt;b&gt;"), ('Bà "Hai"', "Bà &#34;Hai&#34;")):
        assert raw not in html and escaped in html
    assert html.count("<svg") >= 3  # units, trend, one cluster
    assert "http://sangkien.test/sang-kien/A%3C1%3E" in html
    for external in ("src=\"http", "href=\"//", "@import", "<link"):
        assert external not in html
    assert "@media print" in html
    # The spreadsheet keeps formula-looking text as text.
    wb = load_workbook(io.BytesIO(render_xlsx(report)))
    assert str(wb[SHEET_FLAGGED].cell(row=2, column=3).value).startswith("'=HYPERLINK")


# ---------------------------------------------------------------------- command line

def test_cli_audit_writes_the_reports(data_dir: Path, tmp_path: Path) -> None:
    outs = [tmp_path / "out" / f"bao-cao.{ext}" for ext in ("xlsx", "html", "csv", "json")]
    args = ["audit", "--year", "2025", "--data-dir", str(data_dir), "--base-url", "http://sangkien.test"]
    for p in outs:
        args += ["--out", str(p)]
    result = cli.invoke(cli_app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "submissions/s" in result.output and "copying clusters 1" in result.output
    assert all(p.stat().st_size > 500 for p in outs)
    d = json.loads(outs[3].read_text(encoding="utf-8"))
    assert_report_schema(d)
    assert {f["id"] for f in d["flagged"]} == FLAGGED_2025


@pytest.mark.parametrize("extra, message", [
    (["--out", "bao-cao.pdf"], ".xlsx, .html, .csv or .json"),
    (["--out", "a.json", "--base-url", "ftp://x"], "--base-url"),
    (["--out", "a.json", "--unit", "Trường không có"], "no unit"),
    (["--out", "a.json", "--field", "Thiên văn"], "known fields"),
    (["--out", "a.json", "--year", "2019"], "no initiative of 2019"),
    (["--out", "a.json", "--trend-years", "99"], "trend-years"),
    ([], "--out"),
])
def test_cli_bad_options_exit_2(data_dir: Path, tmp_path: Path, extra: list[str], message: str) -> None:
    args = ["audit", "--data-dir", str(data_dir)]
    if "--year" not in extra:
        args += ["--year", "2025"]
    extra = [str(tmp_path / e) if e.endswith((".pdf", ".json")) else e for e in extra]
    result = cli.invoke(cli_app, args + extra)
    assert result.exit_code == 2, result.output
    assert message in result.output.replace("\n", " ")


@pytest.mark.parametrize("how", ["stopped", "cancelled"])
def test_cli_resume_continues_an_unfinished_audit(data_dir: Path, tmp_path: Path, monkeypatch, how: str) -> None:  # noqa: ANN001
    ctx = open_context(Settings(data_dir=data_dir, load_demo=False))
    try:
        job = create_audit_job(ctx, AuditParams(year=2025), created_by="cli", runner="cli")
        assert job.id is not None
        if how == "cancelled":
            counting = CountingCheck(audit_runner.check_stored, on_call=lambda n: n == 3 and request_cancel(ctx, job.id))
            monkeypatch.setattr(audit_runner, "check_stored", counting)
            assert run_audit_job(open_index(ctx), job.id) == JobStatus.cancelled
        else:
            run_audit_job(open_index(ctx), job.id, should_stop=lambda: _done(ctx, job.id) >= 3)
    finally:
        ctx.close()
    counting = CountingCheck(audit_runner.check_stored.real if how == "cancelled" else audit_runner.check_stored)
    monkeypatch.setattr(audit_runner, "check_stored", counting)
    out = tmp_path / "r.json"
    result = cli.invoke(cli_app, ["audit", "--year", "2025", "--resume", "--out", str(out), "--data-dir", str(data_dir)],
                        catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert f"resuming audit {job.id}: 3/9" in result.output
    assert len(counting.checked) == 6
    assert {f["id"] for f in json.loads(out.read_text(encoding="utf-8"))["flagged"]} == FLAGGED_2025


def _done(ctx: AppContext, job_id: int) -> int:
    with Session(ctx.engine) as s:
        job = s.get(Job, job_id)
        return job.done if job else 0

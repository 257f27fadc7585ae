"""A bounded run of the load test (scripts/loadtest, scripts/load.py): 8 clients for 15 s against
the real service with a 60-initiative generated corpus. The same invariants as the full run: no
5xx or failed request, every acknowledged create stored exactly once with its title and nothing
else, index = database (also after a restart), the audit job did not fail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scripts.load import KINDS, run_load, table


def test_load_invariants(tmp_path: Path, record_property: Any) -> None:
    result = run_load(8, 15, corpus_size=60, content_chars=1500, seed=11, work_dir=tmp_path)
    print("\n" + table(result.summary))
    record_property("load_summary", result.summary)
    assert result.ok, "\n".join(result.violations)
    kinds = result.summary["kinds"]
    for kind in KINDS:  # every kind of request was exercised, and answered 2xx
        assert kinds[kind]["requests"] >= 1, kind
        assert kinds[kind]["errors"] == 0, (kind, kinds[kind])
    assert kinds["audit_start"]["statuses"] == {"202": 1}
    assert result.audit is not None and result.audit["status"] in ("queued", "running", "done")
    assert result.acknowledged_creates == kinds["create"]["statuses"].get("201", 0) >= 5

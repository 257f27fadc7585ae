"""Result tables, as aligned plain text for the terminal and as Markdown for BENCHMARKS.md."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from scripts.bench.data import HONEST_CATEGORIES, REUSE_CATEGORIES


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list[str]]
    note: str = ""
    numeric: bool = True  # right-align every column but the first

    def plain(self) -> str:
        widths = [max(len(r[i]) for r in [self.header, *self.rows]) for i in range(len(self.header))]

        def line(r: list[str]) -> str:
            return "  ".join(c.rjust(w) if i and self.numeric else c.ljust(w)
                             for i, (c, w) in enumerate(zip(r, widths))).rstrip()

        out = [self.title, line(self.header), "  ".join("-" * w for w in widths), *(line(r) for r in self.rows)]
        if self.note:
            out.append(self.note)
        return "\n".join(out)

    def markdown(self) -> str:
        out = [f"**{self.title}**", "", "| " + " | ".join(self.header) + " |",
               "|" + "|".join(["---"] + ["---:" if self.numeric else "---"] * (len(self.header) - 1)) + "|"]
        out += ["| " + " | ".join(r) + " |" for r in self.rows]
        if self.note:
            out += ["", self.note]
        return "\n".join(out)


def pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.0f}%"


def num(x: float | None, digits: int = 1) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def summary_table(systems: Sequence[tuple[str, dict[str, Any]]]) -> Table:
    rows = []
    for name, ev in systems:
        o, th = ev["overall"], ev["thresholds"]
        rows.append([name, num(th["duplicate"]), num(th["suspect"]), pct(o.get("flag_recall")),
                     pct(o.get("recall_at_1")), pct(o.get("recall_at_5")), pct(o.get("false_alarms")),
                     pct(o.get("false_alarms_same_topic")), pct(o.get("honest_duplicate")),
                     num(o.get("flag_f1"), 3)])
    return Table("Detection, test split (thresholds from the dev split unless marked)",
                 ["system", "dup≥", "susp≥", "reuse flagged", "R@1", "R@5", "false alarms", "FA same-topic",
                  "honest dup", "F1"], rows)


def category_table(systems: Sequence[tuple[str, dict[str, Any]]]) -> Table:
    """Share flagged (duplicate-or-suspect) / share at the duplicate level, per category."""
    rows = []
    for cat in (*REUSE_CATEGORIES, *HONEST_CATEGORIES):
        first = next((ev["categories"].get(cat) for _n, ev in systems if cat in ev["categories"]), None)
        if first is None:
            continue
        row = [cat + ("" if cat in REUSE_CATEGORIES else " (honest)"), str(first["n"])]
        for _name, ev in systems:
            c = ev["categories"].get(cat)
            row.append("–" if c is None else f"{pct(c['flagged'])} / {pct(c['duplicate'])}")
        rows.append(row)
    return Table("Per category: flagged / duplicate level (test split)",
                 ["category", "n", *[n for n, _ev in systems]], rows)


def ranking_table(systems: Sequence[tuple[str, dict[str, Any]]], engine: dict[str, Any] | None) -> Table:
    """Recall@1 and @5 of the true source per reuse category, plus the engine's same_author check."""
    rows = []
    for cat in REUSE_CATEGORIES:
        row = [cat]
        for _name, ev in systems:
            c = ev["categories"].get(cat)
            row.append("–" if c is None else f"{pct(c.get('recall_at_1'))} / {pct(c.get('recall_at_5'))}")
        if engine is not None:
            c = engine["categories"].get(cat) or {}
            row.append(f"{pct(c.get('same_author_ok'))} (n={c.get('same_author_n', 0)})")
        rows.append(row)
    header = ["reuse category", *[n for n, _ev in systems]] + (["engine same_author ok"] if engine else [])
    return Table("Source found: recall@1 / recall@5 (test split)", header, rows,
                 "same_author ok: present on the source's match for self_reuse, absent for the others "
                 "(counted where the source was returned).")


def speed_table(speed: dict[str, Any]) -> Table:
    rows: list[list[str]] = []
    for mode, label in (("full", "import, full text"), ("title_summary", "import, title + summary only")):
        imp = speed.get("import", {}).get(mode)
        if imp is None:
            continue
        if imp.get("extrapolated"):
            rows.append([label, imp["text"]])
            continue
        origin = "fresh import in this run" if imp["fresh"] else f"fresh import at cache build {imp['built_at']}"
        rows.append([label, f"{imp['docs_per_s']:.2f} initiatives/s ({imp['docs']} in {imp['seconds']:.0f} s, "
                            f"{imp['words_per_s']:.0f} words/s; {origin})"])
    for key, label in (("check_full", "check, full report"), ("check_title_summary", "check, title + summary")):
        c = speed.get(key)
        if c:
            steps = ", ".join(f"{k} {v:.0f}" for k, v in (c.get("engine_step_p50_ms") or {}).items()
                              if k != "total" and v is not None)
            rows.append([label, f"p50 {c['p50_ms']:.0f} ms, p95 {c['p95_ms']:.0f} ms "
                                f"(n={c['n']}, {c['mean_words']:.0f} words on average)"
                                + (f"; engine steps p50 ms: {steps}" if steps else "")])
    if speed.get("index_load_seconds") is not None:
        rows.append(["start-up (model + index load)", f"{speed['index_load_seconds']:.2f} s"])
    rb = speed.get("rebuild")
    if rb:
        rows.append(["index rebuild (sangkien reindex)", f"{rb['seconds']:.1f} s ({rb['initiatives']} initiatives, "
                                                         f"{rb['vectors']} vectors)"])
    sizes = speed.get("disk")
    if sizes:
        rows.append(["on disk", f"vectors {sizes['vectors_mb']:.1f} MB, fingerprints {sizes['fingerprints_mb']:.1f} MB, "
                                f"database {sizes['database_mb']:.1f} MB"])
    rss = speed.get("peak_rss_mb", {})
    if rss:
        rows.append(["peak RSS", ", ".join(f"{k} {v:.0f} MB" for k, v in rss.items())])
    audit = speed.get("audit")
    if isinstance(audit, dict):
        rows.append(["audit throughput", f"{audit['submissions_per_s']:.2f} submissions/s ({audit['new']} of "
                                         f"{audit['year']}"
                                         + (f" in the field {audit['field']}" if audit.get("field") else "")
                                         + f" against {audit['earlier']} earlier: checks "
                                         f"{audit['check_seconds']:.0f} s, XLSX+HTML reports "
                                         f"{audit['report_seconds']:.0f} s; {audit['flagged']} flagged, "
                                         f"{audit['clusters']} clusters)"])
        if audit.get("new"):
            # The generator writes honest reports only: whatever the audit flags is a false alarm.
            share = 100.0 * audit["flagged"] / audit["new"]
            rows.append(["audit false alarms", f"{share:.1f}% ({audit['flagged']} of {audit['new']} honest "
                                               "corpus reports flagged duplicate or suspect)"])
    else:
        rows.append(["audit throughput", str(audit or "not run")])
    return Table("Speed (engine through the service path)", ["what", "measured"], rows, numeric=False)


def baseline_cost_table(costs: dict[str, dict[str, Any]]) -> Table:
    rows = [[name, f"{c['build_seconds']:.1f} s", f"{c['query_p50_ms']:.0f} ms", c.get("note", "")]
            for name, c in costs.items()]
    return Table("Baseline costs (test split)", ["baseline", "build", "query p50", "note"], rows, numeric=False)


def settings_table(th: dict[str, float], current: dict[str, float]) -> Table:
    rows = [[f"threshold_{k}", num(current.get(k)), num(th[k])] for k in ("duplicate", "suspect", "related")]
    return Table("Recommended engine settings (service/settings.py)", ["setting", "current", "recommended"], rows)

"""The audit report as one self-contained HTML file (inline CSS and SVG; opens offline, prints on A4).

Rendered with Jinja2 autoescaping: every text from the data is escaped; only the SVG charts
drawn by ``service.audit.svg`` (which escape their own text) are inserted as markup.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from service.audit import svg
from service.audit.analysis import AuditReport
from service.audit.labels import COLOURS, NO_FIELD, VERDICT_ORDER, verdict_label

TEMPLATES = Path(__file__).resolve().parent / "templates"

_env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "j2"],
                   default_for_string=True, default=True), undefined=StrictUndefined, trim_blocks=True,
                   lstrip_blocks=True)
_env.filters["pct"] = svg.pct
_env.filters["verdict"] = verdict_label


def render_html(report: AuditReport) -> bytes:
    template = _env.get_template("audit_report.html.j2")
    html = template.render(
        r=report, levels=VERDICT_ORDER, colours=COLOURS, no_field=NO_FIELD,
        unit_chart=svg.unit_bars(report.by_unit), trend_chart=svg.trend_line(report.trend, report.year),
        cluster_charts={c.number: svg.cluster_graph(c) for c in report.clusters},
        cluster_colours={c.number: svg.unit_colours(c) for c in report.clusters},
        units_shown=min(len(report.by_unit), 25))
    return html.encode("utf-8")

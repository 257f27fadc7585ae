"""Small inline SVG charts for the HTML report, drawn here so the file needs nothing external.

Every text that comes from data goes through ``escape``; the returned ``Markup`` is safe to
put into an autoescaping template as it is.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup, escape

from service.audit.analysis import Cluster, Counts, TrendPoint
from service.audit.labels import COLOURS, NO_UNIT, VERDICT_ORDER, verdict_label

FONT = "font-family=\"'Noto Sans','DejaVu Sans','Liberation Sans',Arial,sans-serif\""
INK, MUTED, GRID = "#1f2937", "#6b7280", "#e5e7eb"
# Distinct, print-safe colours for the units of a cluster drawing.
UNIT_PALETTE = ("#1f5faf", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#7f6000", "#b03a6f")


def pct(value: float) -> str:
    """12.5 → '12,5%' (Vietnamese decimal comma)."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _svg(width: int, height: int, label: str, body: list[str]) -> Markup:
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
            f'role="img" aria-label="{escape(label)}" {FONT} font-size="12">')
    return Markup(head + f"<title>{escape(label)}</title>" + "".join(body) + "</svg>")


def unit_bars(by_unit: dict[str, Counts], *, limit: int = 25) -> Markup:
    """Horizontal stacked bars, one per unit: duplicate, suspect, related, new."""
    units = list(by_unit.items())[:limit]
    label_w, bar_w, row_h, top = 330, 580, 26, 36
    width = label_w + bar_w + 70
    height = top + row_h * max(len(units), 1) + 10
    scale = max((c.total for _u, c in units), default=1) or 1
    body: list[str] = []
    x = label_w
    for level in VERDICT_ORDER:  # legend
        body.append(f'<rect x="{x}" y="6" width="12" height="12" rx="2" fill="#{COLOURS[level]}"/>'
                    f'<text x="{x + 17}" y="16" fill="{INK}">{escape(verdict_label(level))}</text>')
        x += 120
    for i, (unit, c) in enumerate(units):
        y = top + i * row_h
        body.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end" fill="{INK}">'
                    f'<title>{escape(unit)}</title>{escape(_short(unit, 40))}</text>')
        x = float(label_w)
        for level in VERDICT_ORDER:
            n = getattr(c, level)
            if not n:
                continue
            w = bar_w * n / scale
            body.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" '
                        f'fill="#{COLOURS[level]}"><title>{escape(unit)}: {n} {escape(verdict_label(level).lower())}'
                        f'</title></rect>')
            if w >= 18 and level in ("duplicate", "suspect"):
                body.append(f'<text x="{x + w / 2:.1f}" y="{y + 15}" text-anchor="middle" fill="#fff" '
                            f'font-weight="bold">{n}</text>')
            x += w
        body.append(f'<text x="{x + 6:.1f}" y="{y + 15}" fill="{MUTED}">{c.total}</text>')
    return _svg(width, height, "Kết quả rà soát theo đơn vị", body)


def trend_line(points: Sequence[TrendPoint], audited_year: int) -> Markup:
    """The share of each year's submissions resembling an earlier year's initiative."""
    width, height, left, right, top, bottom = 520, 250, 48, 16, 24, 40
    inset = 28  # keeps the first and last points off the axes
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((p.share for p in points), default=0.0)
    ceiling = max(10.0, min(100.0, math.ceil(peak * 1.25 / 10) * 10))
    body: list[str] = []
    for k in range(5):
        v = ceiling * k / 4
        y = top + plot_h - plot_h * v / ceiling
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="{GRID}"/>'
                    f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{MUTED}">{pct(v)}</text>')
    n = len(points)
    step = (plot_w - 2 * inset) / (n - 1) if n > 1 else 0
    coords = []
    for i, p in enumerate(points):
        x = left + (inset + step * i if n > 1 else plot_w / 2)
        y = top + plot_h - plot_h * p.share / ceiling
        coords.append((x, y, p))
    if n > 1:
        path = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y:.1f}" for i, (x, y, _p) in enumerate(coords))
        body.append(f'<path d="{path}" fill="none" stroke="#1f5faf" stroke-width="2.5"/>')
    for x, y, p in coords:
        current = p.year == audited_year
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{6 if current else 4.5}" '
                    f'fill="{"#c0392b" if current else "#1f5faf"}" stroke="#fff" stroke-width="1.5">'
                    f'<title>Năm {p.year}: {p.with_earlier_copy}/{p.counts.total} sáng kiến</title></circle>'
                    f'<text x="{x:.1f}" y="{y - 10:.1f}" text-anchor="middle" fill="{INK}" font-weight="bold">'
                    f'{pct(p.share)}</text>'
                    f'<text x="{x:.1f}" y="{height - bottom + 18}" text-anchor="middle" fill="{INK}">{p.year}</text>'
                    f'<text x="{x:.1f}" y="{height - bottom + 32}" text-anchor="middle" fill="{MUTED}" '
                    f'font-size="10">{p.counts.total} SK</text>')
    return _svg(width, height, "Tỷ lệ sáng kiến giống sáng kiến năm trước, theo năm", body)


def unit_colours(cluster: Cluster) -> dict[str, str]:
    return {unit: UNIT_PALETTE[i % len(UNIT_PALETTE)] for i, unit in enumerate(cluster.units)}


LABELLED_UP_TO = 10  # larger clusters show only numbers; the list beside the drawing names them


def cluster_graph(cluster: Cluster) -> Markup:
    """Members on a circle, joined by their near-copy matches; colour = unit, hollow = earlier year."""
    n = len(cluster.members)
    labelled = n <= LABELLED_UP_TO
    width, height = 380, (270 if labelled else 380)
    cx, cy = width / 2, height / 2 + (2 if labelled else 0)
    radius = min(100.0, 52 + 12 * n) if labelled else min(165.0, 60 + 6 * n)
    node = 12 if n <= 16 else 9
    colours = unit_colours(cluster)
    pos: dict[str, tuple[float, float]] = {}
    for i, m in enumerate(cluster.members):
        angle = -math.pi / 2 + 2 * math.pi * i / n
        pos[m.id] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    body: list[str] = []
    for e in sorted(cluster.edges, key=lambda e: e.score):  # the strongest drawn last, on top
        (x1, y1), (x2, y2) = pos[e.a], pos[e.b]
        w = 1.5 + 3.5 * max(0.0, min(1.0, (e.score - 40) / 60))
        body.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#{COLOURS[e.level]}" '
                    f'stroke-width="{w if labelled else w * 0.6:.1f}" stroke-opacity="0.75"><title>{escape(e.a)} – '
                    f'{escape(e.b)}: {round(e.score)}%</title></line>')
    for number, m in enumerate(cluster.members, 1):
        x, y = pos[m.id]
        colour = colours.get(m.unit or NO_UNIT, UNIT_PALETTE[0])
        fill = colour if m.audited else "#fff"
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{node}" fill="{fill}" stroke="{colour}" stroke-width="3">'
                    f'<title>{escape(m.id)}: {escape(m.title)} — {escape(m.author or "?")}, '
                    f'{escape(m.unit or "?")}, {m.year}</title></circle>'
                    f'<text x="{x:.1f}" y="{y + (4 if node > 10 else 3):.1f}" text-anchor="middle" font-weight="bold" '
                    f'font-size="{11 if node > 10 else 9}" fill="{"#fff" if m.audited else colour}">{number}</text>')
        if labelled:
            name = _short((m.author or "?").split()[-1] if m.author else "?", 14)
            below = y >= cy
            ty = y + 27 if below else y - 19
            body.append(f'<text x="{x:.1f}" y="{ty:.1f}" text-anchor="middle" fill="{INK}" font-weight="bold">'
                        f'{escape(name)}</text>'
                        f'<text x="{x:.1f}" y="{ty + (13 if below else -13):.1f}" text-anchor="middle" fill="{MUTED}" '
                        f'font-size="11">{m.year}</text>')
    return _svg(width, height, f"Nhóm sao chép số {cluster.number}", body)

"""Detection metrics of one system on labelled queries, at given score thresholds.

Every system reports, per query, its best score among comparable candidates (0-100) and its
ranked candidates; the flag and the duplicate level are derived from the best score alone, the
way the engine's verdict is its best match's level.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from scripts.bench.data import HONEST_CATEGORIES, REUSE_CATEGORIES

# The honest category a reviewer cares most about: same topic, same title pattern, own work.
STRICT_HONEST = "same_topic_pattern"


@dataclass
class QueryOutcome:
    query_id: str
    category: str
    label: str  # "reuse" | "honest"
    source_id: str | None
    best: float  # 0-100, best comparable candidate (0 when none)
    ranked: list[tuple[str, float]] = field(default_factory=list)  # (record id, score), best first
    source_relations: list[str] | None = None  # engine only: relations on the source's match
    latency_ms: float | None = None
    engine_ms: dict[str, float] | None = None  # engine only: its own timings by step

    def rank_of_source(self) -> int | None:
        """1-based rank of the true source among the candidates, None when absent."""
        if self.source_id is None:
            return None
        for i, (rid, _score) in enumerate(self.ranked, 1):
            if rid == self.source_id:
                return i
        return None

    def source_score(self) -> float:
        return next((s for rid, s in self.ranked if rid == self.source_id), 0.0)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "QueryOutcome":
        """Back from ``to_dict`` (ranks kept to the first five, enough for every metric)."""
        return cls(query_id=str(d["id"]), category=d["category"], label=d["label"], source_id=d.get("source_id"),
                   best=float(d["best"]), ranked=[(str(r), float(sc)) for r, sc in d.get("ranked", [])],
                   source_relations=d.get("source_relations"), latency_ms=d.get("latency_ms"))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.query_id, "category": self.category, "label": self.label,
                "source_id": self.source_id, "best": round(self.best, 2),
                "source_rank": self.rank_of_source(),
                "ranked": [[rid, round(s, 2)] for rid, s in self.ranked[:5]],
                "source_relations": self.source_relations,
                "latency_ms": None if self.latency_ms is None else round(self.latency_ms, 1)}


@dataclass(frozen=True)
class Thresholds:
    duplicate: float
    suspect: float
    related: float = 0.0

    def to_dict(self) -> dict[str, float]:
        return {"duplicate": self.duplicate, "suspect": self.suspect, "related": self.related}


def rate(hits: int, n: int) -> float | None:
    return hits / n if n else None


def f_beta(tp: int, fp: int, fn: int, beta: float = 1.0) -> float:
    b2 = beta * beta
    denom = (1 + b2) * tp + b2 * fn + fp
    return (1 + b2) * tp / denom if denom else 0.0


def same_author_ok(o: QueryOutcome) -> bool | None:
    """Whether the source's match carries ``same_author`` exactly when it should
    (self-reuse); None when not applicable or the source was not returned."""
    if o.label != "reuse" or o.source_relations is None:
        return None
    has = "same_author" in o.source_relations
    return has if o.category == "self_reuse" else not has


def _group_stats(items: Sequence[QueryOutcome], th: Thresholds) -> dict[str, Any]:
    n = len(items)
    flagged = sum(o.best >= th.suspect for o in items)
    dup = sum(o.best >= th.duplicate for o in items)
    out: dict[str, Any] = {"n": n, "flagged": rate(flagged, n), "duplicate": rate(dup, n)}
    reuse = [o for o in items if o.label == "reuse"]
    if reuse:
        ranks = [o.rank_of_source() for o in reuse]
        out["recall_at_1"] = rate(sum(r == 1 for r in ranks), len(reuse))
        out["recall_at_5"] = rate(sum(r is not None and r <= 5 for r in ranks), len(reuse))
        checks = [c for c in (same_author_ok(o) for o in reuse) if c is not None]
        out["same_author_ok"] = rate(sum(checks), len(checks))
        out["same_author_n"] = len(checks)
    return out


def evaluate(outcomes: Iterable[QueryOutcome], th: Thresholds) -> dict[str, Any]:
    """Per-category and overall figures at thresholds ``th``."""
    items = list(outcomes)
    by_cat: dict[str, dict[str, Any]] = {}
    for cat in (*REUSE_CATEGORIES, *HONEST_CATEGORIES):
        group = [o for o in items if o.category == cat]
        if group:
            by_cat[cat] = _group_stats(group, th)
    reuse = [o for o in items if o.label == "reuse"]
    honest = [o for o in items if o.label == "honest"]
    strict = [o for o in honest if o.category == STRICT_HONEST]
    tp = sum(o.best >= th.suspect for o in reuse)
    fp = sum(o.best >= th.suspect for o in honest)
    overall = _group_stats(reuse, th) if reuse else {"n": 0}
    overall.update(
        n_reuse=len(reuse), n_honest=len(honest),
        flag_recall=rate(tp, len(reuse)),
        flag_precision=rate(tp, tp + fp),
        flag_f1=f_beta(tp, fp, len(reuse) - tp),
        false_alarms=rate(fp, len(honest)),
        false_alarms_same_topic=rate(sum(o.best >= th.suspect for o in strict), len(strict)),
        honest_duplicate=rate(sum(o.best >= th.duplicate for o in honest), len(honest)),
    )
    overall.pop("flagged", None)
    overall.pop("duplicate", None)
    overall.pop("n", None)
    return {"thresholds": th.to_dict(), "overall": overall, "categories": by_cat}


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (q in 0-100) of ``values``; None when empty."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)

"""Choosing a system's score thresholds on the development split.

suspect: the threshold maximising F1 of the flag (duplicate-or-suspect) for reuse vs honest,
    subject to at most ``MAX_FA_STRICT`` false alarms on honest same-topic-pattern reports.
duplicate: precision-oriented: maximises F0.5 of "copied text" (DUPLICATE_CATEGORIES) against
    everything else (honest and reworded reuse), with no honest report at that level and never
    below the suspect threshold.
related ("cùng chủ đề"): low enough that the true source is listed for 95% of reuse queries
    (5th percentile of its score) and that 90% of the honest same-topic-pattern reports show
    their nearest same-topic initiative (10th percentile of their best score), at least 5 points
    below the suspect threshold.

Each threshold is the midpoint between the lowest flagged dev score and the next lower one,
so it does not sit on a dev score; ties in the objective go to the higher threshold.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from scripts.bench.metrics import STRICT_HONEST, QueryOutcome, Thresholds, f_beta, percentile

MAX_FA_STRICT = 0.03
# Reuse that keeps the original wording (maybe re-encoded, retitled or lightly edited), in
# whole or in its solutions: what a reviewer calls a duplicate rather than a suspicion.
DUPLICATE_CATEGORIES = frozenset({"verbatim", "retitled", "edited", "partial_solutions", "no_diacritics",
                                  "tcvn3", "self_reuse"})
RELATED_SOURCE_SHARE = 0.95
RELATED_SOURCE_SHARE_TOPIC = 0.90


@dataclass(frozen=True)
class Choice:
    threshold: float
    objective: float
    recall: float
    precision: float
    false_alarms_strict: float
    false_alarms_honest: float

    def to_dict(self) -> dict[str, float]:
        return {k: round(v, 4) for k, v in self.__dict__.items()}


def _cut_points(scores: Sequence[float]) -> list[float]:
    """Thresholds between consecutive distinct scores, highest first; the first flags nothing."""
    xs = sorted(set(scores), reverse=True)
    if not xs:
        return [50.0]
    cuts = [xs[0] + 0.5]
    for i, u in enumerate(xs):
        lower = xs[i + 1] if i + 1 < len(xs) else max(0.0, u - 2.0)
        cut = (u + lower) / 2
        neat = round(cut, 1)
        cuts.append(neat if lower < neat <= u else round(cut, 3))
    return cuts


def choose(outcomes: Sequence[QueryOutcome], positive: Callable[[QueryOutcome], bool], *, beta: float = 1.0,
           max_fa_strict: float = 1.0, max_fa_honest: float = 1.0, floor: float = 0.0) -> Choice:
    """Best threshold for flagging ``positive`` queries by ``best >= threshold``."""
    honest = [o for o in outcomes if o.label == "honest"]
    strict = [o for o in honest if o.category == STRICT_HONEST]
    pos = [o for o in outcomes if positive(o)]
    neg = [o for o in outcomes if not positive(o)]
    best: Choice | None = None
    for t in _cut_points([o.best for o in outcomes]):
        if t < floor:
            continue
        fa_s = sum(o.best >= t for o in strict) / len(strict) if strict else 0.0
        fa_h = sum(o.best >= t for o in honest) / len(honest) if honest else 0.0
        if fa_s > max_fa_strict + 1e-9 or fa_h > max_fa_honest + 1e-9:
            continue
        tp = sum(o.best >= t for o in pos)
        fp = sum(o.best >= t for o in neg)
        score = f_beta(tp, fp, len(pos) - tp, beta)
        if best is None or score > best.objective + 1e-12:  # ties keep the higher threshold
            best = Choice(t, score, tp / len(pos) if pos else 0.0, tp / (tp + fp) if tp + fp else 1.0, fa_s, fa_h)
    if best is None:  # even flagging nothing breaks a constraint only if floor is above every cut
        t = max(floor, max((o.best for o in outcomes), default=0.0) + 0.5)
        best = Choice(t, 0.0, 0.0, 1.0, 0.0, 0.0)
    return best


def calibrate(outcomes: Sequence[QueryOutcome]) -> tuple[Thresholds, dict[str, dict[str, float]]]:
    """Thresholds for one system from its dev outcomes, with what each choice achieved on dev."""
    suspect = choose(outcomes, lambda o: o.label == "reuse", max_fa_strict=MAX_FA_STRICT)
    duplicate = choose(outcomes, lambda o: o.category in DUPLICATE_CATEGORIES, beta=0.5,
                       max_fa_strict=0.0, max_fa_honest=0.0, floor=suspect.threshold)
    sources = [o.source_score() for o in outcomes if o.label == "reuse"]
    p = percentile(sources, 100 * (1 - RELATED_SOURCE_SHARE)) or 0.0
    same_topic = percentile([o.best for o in outcomes if o.category == STRICT_HONEST], 100 * (1 - RELATED_SOURCE_SHARE_TOPIC))
    related = min(p, same_topic) if same_topic is not None else p
    related = round(max(1.0, min(related, suspect.threshold - 5.0)), 1)
    return (Thresholds(duplicate.threshold, suspect.threshold, related),
            {"suspect": suspect.to_dict(), "duplicate": duplicate.to_dict(),
             "related": {"threshold": related, "source_score_p5": round(p, 2),
                         "same_topic_p10": None if same_topic is None else round(same_topic, 2)}})

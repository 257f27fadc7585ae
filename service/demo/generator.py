"""Seeded synthetic SKKN corpus in the import contract, plus labelled queries.

``generate_corpus`` gives honest initiatives: people keep their unit and field
across years and most write one initiative a year, each on a topic of their
field with their own choice of solutions. ``generate_queries`` (in
``queries.py``, re-exported here) derives reuse and honest look-alike cases.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from .allocation import IdeaAllocator
from .errors import DemoDataError
from .fields import topics_for
from .people import Person, make_person, make_units, person_grade_key, person_name
from .queries import generate_queries
from .report import Report, ReportSpec, build_report

__all__ = ["CONTRACT_FIELDS", "generate_corpus", "generate_queries", "generate_reports"]

CONTRACT_FIELDS: tuple[str, ...] = (
    "id", "title", "summary", "content", "author", "author_id", "coauthors",
    "unit", "field", "duties", "year", "school_year", "status",
)


def _check_args(n: int, seed: int, years: Iterable[int], n_units: int | None) -> list[int]:
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise DemoDataError("invalid_corpus_size", f"n must be a non-negative int, got {n!r}")
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise DemoDataError("invalid_seed", f"seed must be an int, got {seed!r}")
    ys = sorted({int(y) for y in years})
    if not ys:
        raise DemoDataError("invalid_years", "years must not be empty")
    if n_units is not None and (not isinstance(n_units, int) or n_units < 1):
        raise DemoDataError("invalid_unit_count", f"n_units must be a positive int, got {n_units!r}")
    return ys


def report_rng(seed: int, i: int, salt: int = 0) -> random.Random:
    """Independent stream per report so one report's length does not shift the next."""
    return random.Random((seed * 1_000_003 + i) * 7919 + salt)


def generate_reports(n: int, seed: int, years: Iterable[int] = range(2019, 2026), n_units: int | None = None) -> list[Report]:
    """Like generate_corpus but keeps each report's topic, ideas and solutions."""
    ys = _check_args(n, seed, years, n_units)
    if n == 0:
        return []
    rng = random.Random(seed)
    units = make_units(rng, n_units or max(3, round(n / 30)))
    k = len(ys)
    people: list[Person] = []
    slots: list[tuple[int, int]] = []  # (person index, year)
    while len(slots) < n:
        pidx = len(people)
        unit = units[pidx % len(units)]
        person = make_person(rng, pidx, f"CB{seed}-{pidx:05d}", unit, None, ys[0])
        people.append(person)
        p_submit = rng.uniform(0.5, 0.95)
        start = rng.randrange(0, max(1, k // 2 + 1)) if rng.random() < 0.7 else rng.randrange(k)
        end = k - 1 if rng.random() < 0.6 else rng.randrange(start, k)
        for yi in range(start, end + 1):
            if yi == start or rng.random() < p_submit:
                slots.append((pidx, ys[yi]))
    if len(slots) > n:
        keep = sorted(rng.sample(range(len(slots)), n))
        slots = [slots[i] for i in keep]
    slots.sort(key=lambda s: (s[1], people[s[0]].unit.name, s[0]))

    by_unit: dict[str, list[Person]] = {}
    for p in people:
        by_unit.setdefault(p.unit.name, []).append(p)
    topic_order: dict[int, list[dict]] = {}
    done: dict[int, int] = {}
    reports: list[Report] = []
    allocator = IdeaAllocator()
    for i, (pidx, year) in enumerate(slots):
        person = people[pidx]
        r = report_rng(seed, i)
        order = topic_order.get(pidx)
        if order is None:
            order = topics_for(person.field_key, person.unit.kind, person_grade_key(person))
            order = r.sample(order, len(order))
            topic_order[pidx] = order
        j = done.get(pidx, 0)
        done[pidx] = j + 1
        coauthors: list[str] = []
        if r.random() < 0.15:
            mates = [m.name for m in by_unit[person.unit.name] if m.idx != pidx]
            for _ in range(r.choice((1, 1, 2))):
                coauthors.append(r.choice(mates) if mates else person_name(r))
        status = "submitted" if year == ys[-1] else ("recognized" if r.random() < 0.85 else "not_recognized")
        spec = ReportSpec(
            person=person,
            year=year,
            topic=order[j % len(order)],
            coauthors=tuple(dict.fromkeys(coauthors)),
            record_id=f"SK{seed}-{i:06d}",
            status=status,
        )
        reports.append(build_report(spec, r, allocator))
    return reports


def generate_corpus(n: int, seed: int, years: Iterable[int] = range(2019, 2026), n_units: int | None = None) -> list[dict]:
    """`n` honest initiatives as import-contract records, deterministic for `seed`."""
    return [rep.record for rep in generate_reports(n, seed, years, n_units)]

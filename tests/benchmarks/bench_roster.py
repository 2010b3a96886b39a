"""``roster_month``: generating one month's duty roster for a large center.

A synthetic center, June 2026 (端午 June 19-21 is a holiday block): 470 staff, 120 windows in 6
zones (100 department windows owned by 35 home units, 20 comprehensive windows in their own
hall), about 4 people per department window and 3 per comprehensive window. Posts, 723 cells:

- lunch duty (午间值守) every workday: one post per department zone covering its windows (4
  people), the comprehensive hall (3), and the two busiest units' windows (不动产, 社保: 2 each);
- extended hours (延时) every workday evening: 不动产, 社保 and the comprehensive windows, 2 each;
- Saturday service (周末不打烊) at the comprehensive windows, 6 people (not in the holiday block),
  one Sunday (June 28) with 3;
- holiday service at the comprehensive windows, 3 people on each holiday.

About 10 % of the staff have 1-4 days of leave (some half days), 3 are away all month, 2 join on
June 15 and one leaves on June 10, 5 are exempt from evening duty; year-to-date counts are
random and some comprehensive staff did duty on May 30 (the weekend before the first one).

The value is the seconds of ``domain.roster.generate`` (median of 3 runs, each from scratch);
budget ≤ 5 s with zero hard-rule violations (the independent ``check``), no unfilled cell and a
fairness spread ≤ 1 in every pool (max - min of the month's count of the pool's kind).

The baseline is a naive round-robin fill timed in the same run: each cell takes the next
qualified person in the post's rotation who is not on leave and not on duty that day (no weekly
limit, no weekend rule, no fairness across posts). Its own violations and spread are printed too:
the ratio value / baseline says what keeping every rule and the fairness bound costs over the
simplest fill that ignores them.
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta
from datetime import time as clock

from common import benchmark, median, result

BUDGET = 5.0
YEAR, MONTH = 2026, 6
HOLIDAYS = (date(2026, 6, 19), date(2026, 6, 20), date(2026, 6, 21))


def synthetic_center(seed: int = 8):
    """(calendar, posts, people): the center described in the module docstring."""
    from govhr_desktop.domain.roster import DutyPost, MonthCalendar, Person

    rng = random.Random(seed)
    calendar = MonthCalendar.build(YEAR, MONTH, holidays=HOLIDAYS)
    # windows: zones 1-5 department (20 each), zone 6 comprehensive (20)
    window_zone = {w: 1 + (w - 1) // 20 for w in range(1, 121)}
    sizes = [8, 8, 6, 6, 6, 5, 4, 4, 4, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1,
             1, 1, 1]
    assert len(sizes) == 35 and sum(sizes) == 100
    unit_windows: dict[int, list[int]] = {}
    w = 1
    for unit, n in enumerate(sizes, start=1):
        unit_windows[unit] = list(range(w, w + n))
        w += n
    window_unit = {w: u for u, ws in unit_windows.items() for w in ws}
    people: list[Person] = []
    pid = 0
    first = calendar.first

    def leave() -> dict:
        out: dict = {}
        if rng.random() < 0.10:
            start = first + timedelta(days=rng.randrange(30))
            for i in range(rng.randint(1, 4)):
                d = start + timedelta(days=i)
                if d.month == MONTH:
                    out[d] = "day"
            if out and rng.random() < 0.3:
                out[min(out)] = rng.choice(("am", "pm"))
        return out

    # department staff: about 4.1 per window (410), comprehensive: 3 per window (60)
    dept_windows = list(range(1, 101))
    seats = [dept_windows[i % 100] for i in range(410)]
    for wid in seats:
        pid += 1
        people.append(Person(pid, f"员工{pid}", home_unit_id=window_unit[wid], window_ids=frozenset({wid}),
                             zone_ids=frozenset({window_zone[wid]}), leave=leave(),
                             ytd={"lunch": rng.randint(3, 9), "extended": rng.randint(0, 4)}))
    for i in range(60):
        pid += 1
        wid = 101 + i % 20
        people.append(Person(pid, f"综窗{pid}", home_unit_id=36, window_ids=frozenset({wid}),
                             zone_ids=frozenset({6}), comprehensive=True, leave=leave(),
                             ytd={"lunch": rng.randint(3, 9), "extended": rng.randint(0, 4),
                                  "weekend": rng.randint(1, 5), "holiday": rng.randint(0, 2)},
                             last_rest_day_duty=date(2026, 5, 30) if i % 10 == 0 else None))
    # the month's special cases
    away = {p.id: {first + timedelta(days=i): "day" for i in range(30)} for p in (people[5], people[200], people[430])}
    for i, p in enumerate(people):
        changes: dict = {}
        if p.id in away:
            changes["leave"] = away[p.id]
        if p.id in (17, 318):
            changes["start_on"] = date(2026, 6, 15)
        if p.id == 99:
            changes["end_on"] = date(2026, 6, 10)
        if p.id in (12, 77, 150, 240, 333):
            changes["exempt"] = frozenset({"extended"})
        if changes:
            from dataclasses import replace

            people[i] = replace(p, **changes)

    lunch, evening, morning = (clock(12), clock(13, 30)), (clock(17), clock(18, 30)), (clock(9), clock(12))
    workday = frozenset({"workday"})
    comp = frozenset(range(101, 121))
    posts: list[DutyPost] = []
    for z in range(1, 6):
        ws = frozenset(w for w in range(1, 101) if window_zone[w] == z)
        posts.append(DutyPost(z, "lunch", f"{z}区午间值守", 4, workday, start=lunch[0], end=lunch[1],
                              window_ids=ws, home_unit_ids=frozenset(window_unit[w] for w in ws), sort_order=z))
    posts.append(DutyPost(6, "lunch", "综合窗口午间值守", 3, workday, start=lunch[0], end=lunch[1],
                          window_ids=comp, sort_order=6))
    for post_id, unit, name in ((7, 1, "不动产"), (8, 2, "社保")):
        ws = frozenset(unit_windows[unit])
        posts.append(DutyPost(post_id, "lunch", f"{name}午间值守", 2, workday, start=lunch[0], end=lunch[1],
                              window_ids=ws, home_unit_ids=frozenset({unit}), sort_order=post_id))
        posts.append(DutyPost(post_id + 2, "extended", f"{name}延时服务", 2, workday, start=evening[0],
                              end=evening[1], window_ids=ws, home_unit_ids=frozenset({unit}),
                              sort_order=post_id + 2))
    posts.append(DutyPost(11, "extended", "综合窗口延时服务", 2, workday, start=evening[0], end=evening[1],
                          window_ids=comp, sort_order=11))
    posts.append(DutyPost(12, "weekend", "周末不打烊", 6, frozenset({"saturday"}), start=morning[0],
                          end=morning[1], window_ids=comp, sort_order=12))
    posts.append(DutyPost(13, "weekend", "周日集中办理", 3, dates=frozenset({date(2026, 6, 28)}),
                          start=morning[0], end=morning[1], window_ids=comp, sort_order=13))
    posts.append(DutyPost(14, "holiday", "节假日值守", 3, frozenset({"holiday"}), start=morning[0],
                          end=morning[1], window_ids=comp, sort_order=14))
    return calendar, posts, people


def round_robin(calendar, posts, people):
    """The baseline: next qualified person in the post's rotation, not on leave, not on duty that day."""
    from govhr_desktop.domain.roster import Assignment, leave_blocks, qualification, slots_of

    posts_by_id = {p.id: p for p in posts}
    rotation = {p.id: [x for x in people if qualification(x, p) is None] for p in posts}
    nxt = {p.id: 0 for p in posts}
    busy: set = set()
    out = []
    for s in slots_of(calendar, posts):
        post, ring = posts_by_id[s.post_id], rotation[s.post_id]
        for _ in range(len(ring)):
            x = ring[nxt[s.post_id] % len(ring)]
            nxt[s.post_id] += 1
            if (x.id, s.day) not in busy and x.at_center(s.day) and not leave_blocks(x.leave.get(s.day), post):
                busy.add((x.id, s.day))
                out.append(Assignment(s.post_id, s.day, s.seat, x.id))
                break
    return out


@benchmark("roster_month")
def roster_month() -> dict:
    from govhr_desktop.domain.roster import Rules, check, generate

    calendar, posts, people = synthetic_center()
    rules = Rules()
    runs, res = [], None
    for _ in range(3):
        t0 = time.perf_counter()
        res = generate(calendar, posts, people, rules)
        runs.append(time.perf_counter() - t0)
    assert res is not None
    violations = check(res.assignments, calendar, posts, people, rules)
    spread = res.spread()
    value = median(runs)

    base_runs, base = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        base = round_robin(calendar, posts, people)
        base_runs.append(time.perf_counter() - t0)
    baseline = median(base_runs)
    base_violations = check(base, calendar, posts, people, rules)
    counts: dict = {}
    for a in base:
        counts[a.person_id] = counts.get(a.person_id, 0) + 1

    detail = {
        "people": len(people), "windows": 120, "posts": len(posts), "cells": res.cells,
        "filled": len(res.assignments), "unfilled": len(res.unfilled), "violations": len(violations),
        "fairness_spread": spread,
        "spread_by_kind": {k: res.spread(k) for k in ("lunch", "extended", "weekend")},
        "year_spread_max": max(p.year_spread for p in res.pools),
        "pools": len(res.pools), "forced_weekend_running": len(res.notes),
        "runs": [round(x, 4) for x in runs],
        "baseline_seconds": round(baseline, 5), "baseline_filled": len(base),
        "baseline_violations": len(base_violations),
        "baseline_violation_codes": sorted({v.code for v in base_violations}),
    }
    ok = value <= BUDGET and not violations and not res.unfilled and spread <= 1
    print(f"roster_month: {value:.3f} s (budget {BUDGET} s), violations {len(violations)}, "
          f"unfilled {len(res.unfilled)}, fairness spread {spread}; round-robin baseline {baseline:.4f} s "
          f"with {len(base_violations)} violations; {detail}")
    return result("roster_month", value, "s", baseline=baseline, budget=BUDGET, ok=ok, detail=detail)

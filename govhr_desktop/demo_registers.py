"""The demo center's daily register entries (discipline, service, case handling, commendations,
complaints) for the months the demo rates, in the wording a clerk would type."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import text

from govhr_desktop.demo_evaluation_texts import (
    BANNERS,
    BONUS_ITEMS,
    CITIZENS,
    COURSES,
    REGISTER_PLAN,
)
from govhr_desktop.services.base import ServiceContext

if TYPE_CHECKING:
    from govhr_desktop.demo_evaluations import MonthPlan, _RatingModel, _World

CLERK = "chuangkou"  # the demo window clerk (services.auth.DEMO_ACCOUNTS) types and imports


def _d(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])




def _register_text(code: str, rng: random.Random) -> tuple[str, int, str, str]:
    """(HH:MM or '', quantity, content, evidence) of one entry."""
    _per, _who, _src, at, contents, evidence = REGISTER_PLAN[code]
    if code == "late_early":
        m, kind = rng.randint(1, 10), rng.choice(("am", "am", "pm", "early"))
        if kind == "am":
            return f"09:{m:02d}", 1, f"上午迟到{m}分钟", evidence
        if kind == "pm":
            return f"13:{30 + m:02d}", 1, f"下午迟到{m}分钟", evidence
        return f"16:{60 - m:02d}", 1, f"下午提前{m}分钟离岗", evidence
    n = rng.randint(1, 3)
    content = rng.choice(contents).format(
        m=rng.randint(18, 45), n=n, score=rng.randint(42, 59), course=rng.choice(COURSES),
        citizen=rng.choice(CITIZENS), banner=rng.choice(BANNERS))
    if at == "day":
        at = f"{rng.choice((9, 10, 11, 14, 15, 16)):02d}:{rng.randrange(60):02d}"
    return at, n if code == "not_entered" else 1, content, evidence


def _registers(ctx: ServiceContext, world: _World, model: _RatingModel, plans: list[MonthPlan],
               late_cases: list[tuple[int, str, date]]) -> int:
    rng, today = model.rng, world.today
    window_staff = sorted({sid for posts in world.posts.values() for sid, *_ in posts})
    everyone = sorted(sid for sid, p in world.staff.items() if p.status != "seconded")
    # who tends to be late, who gets letters of praise: fixed per person for the whole period
    slack = {sid: rng.paretovariate(1.6) for sid in everyone}
    praise = {sid: rng.paretovariate(1.4) / model.manner.get(sid, 1.0) for sid in everyone}
    rows = []

    def pick(pool: list[int], weights: dict[int, float], d: date) -> int | None:
        at_center = world.present(d)
        here = [sid for sid in pool if sid in at_center]
        if not here:
            return None
        return rng.choices(here, [weights[sid] for sid in here])[0]

    for plan in plans:
        days = world.working_days(plan.first, min(plan.last, today - timedelta(days=1)))
        if not days:
            continue
        share = len(days) / 21.0
        for code, (per_month, who, sources, *_text) in REGISTER_PLAN.items():
            expected = per_month * share
            n = int(expected) + (rng.random() < expected - int(expected))
            pool = window_staff if who == "window" else everyone
            weights = praise if code in BONUS_ITEMS else slack
            for _ in range(n):
                d = rng.choice(days)
                sid = pick(pool, weights, d)
                if sid is None:
                    continue
                at, qty, content, evidence = _register_text(code, rng)
                verification = "verified"
                if code == "complaint_upheld":  # checked before it counts (RegisterService.PENDING_ITEMS)
                    verification = "pending" if not plan.full else rng.choices(("verified", "rejected"), (85, 15))[0]
                rows.append({"s": sid, "c": code, "d": d.isoformat(), "t": at, "q": qty, "src": rng.choice(sources),
                             "ct": content, "ev": evidence, "v": verification})
    for sid, key, d in late_cases:  # 差评 rectified after the deadline
        p = world.staff.get(sid)
        if p is not None and _d(p.joined_center_on) <= d <= min(today, _d(p.left_center_on) or today):
            rows.append({"s": sid, "c": "bad_rating_unhandled", "d": d.isoformat(), "t": "", "q": 1,
                         "src": "好差评系统", "ct": f"差评（评价编号{key}）未在规定时限内完成整改",
                         "ev": "差评处置台账", "v": "verified"})
    # one negative finding of an undercover inspection, in the second full month
    plan = plans[1] if len(plans) > 2 else plans[0]
    days = world.working_days(plan.first, plan.last)
    if days:
        d = rng.choice(days)
        sid = pick(window_staff, slack, d)
        if sid is not None:
            rows.append({"s": sid, "c": "inspection_negative", "d": d.isoformat(), "t": f"{rng.randint(14, 16)}:10",
                         "q": 1, "src": "明察暗访", "ct": "县效能办明察暗访通报：工作时间在窗口内玩手机游戏，群众等候无人理睬",
                         "ev": "暗访视频、通报文件", "v": "verified"})
    rows.sort(key=lambda r: (r["d"], r["s"], r["c"]))
    with ctx.db.engine.begin() as conn:
        if rows:
            conn.execute(text(
                "INSERT INTO register_entry (staff_id, item_code, occurred_on, occurred_time, quantity, source, "
                "content, evidence, verification, created_by, created_at) "
                "VALUES (:s, :c, :d, :t, :q, :src, :ct, :ev, :v, :by, :at)"),
                [{**r, "by": CLERK, "at": f"{r['d']} 17:30:00"} for r in rows])
    return len(rows)

"""Demo duty data (DOMAIN.md §5, issue 8) for the demo center, entered through the services the
way a clerk would: the demo duty posts, the duty-leader rota, joint duty with a few home units,
the month rosters of this year (generated and published month by month, so fairness carries
over), one swap and one change after publication with their reasons, next month's roster as a
draft, duty logs of this month's past working days, and 调休 taken by one person.

``add_demo_rosters(db, seed=..., today=...)``: deterministic for (seed, today) on the same demo;
run once, after ``generate_demo``. No Qt here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import text

from govhr_desktop.demo_duty_posts import add_demo_posts
from govhr_desktop.services.base import ServiceContext

LOG_SUMMARIES = (
    "大厅秩序良好，各窗口按时到岗，午间值守、延时服务正常开展。",
    "上午办件高峰，综合窗口启用潮汐窗口分流，群众等候时间未超过20分钟。",
    "各窗口工作人员着装规范，首问负责、一次性告知落实到位。",
    "午间值守人员按时到岗，接待群众咨询并办理社保、不动产业务。",
    "延时服务期间为上班族办理营业执照变更等业务，群众反映良好。",
)
LOG_INCIDENTS = (
    "",
    "",
    "一名群众因材料不全情绪激动，值班长到场解释，现场出具一次性告知单，群众表示理解。",
    "叫号系统10:20短暂故障，技术人员10:35修复，期间人工叫号，未影响办件。",
    "",
)
LOG_HANDOVER = ("", "明日上午不动产登记区有集中办件，请提前安排人员。", "", "周末值班人员名单已在大厅公示。", "")
JOINT_TITLES = ("副局长", "分管副主任", "副大队长", "党组成员")


@dataclass(frozen=True)
class DemoRostersSummary:
    posts: int
    months_published: int
    draft_month: tuple[int, int]
    logs: int
    joint: int


def _months(today: date) -> list[tuple[int, int]]:
    """January of this year (at least three months back) up to next month."""
    y, m = today.year, 1
    if today.month < 3:
        y, m = (today.year - 1, today.month + 10)
    out = []
    while (y, m) <= (today.year + (today.month == 12), today.month % 12 + 1):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def add_demo_rosters(db, *, seed: int = 2026, today: date | None = None) -> DemoRostersSummary:
    from govhr_desktop.services.leader_duty import LeaderDutyService
    from govhr_desktop.services.leave import LeaveService
    from govhr_desktop.services.rosters import RosterService

    today = today or date.today()
    rng = random.Random(seed * 7 + 8)
    ctx = ServiceContext(db)
    posts = add_demo_posts(ctx, today)
    rosters, leaders = RosterService(ctx), LeaderDutyService(ctx)
    with ctx.connect() as c:
        units = [(i, n) for i, n in c.execute(text(
            "SELECT id, short_name FROM home_unit WHERE active ORDER BY sort_order, id"))]
    months = _months(today)
    published = joint = 0
    for y, m in months:
        leaders.fill_rota(y, m, include_rest_days=True)
        # two or three home units' leaders share duty at the center on a working day each
        days = [d.day for d in leaders.rota(y, m) if d.kind == "workday" and d.leader_id is not None]
        for unit_id, unit in rng.sample(units, k=min(len(units), rng.randint(2, 3))):
            if not days:
                break
            day = days.pop(rng.randrange(len(days)))
            surname = rng.choice("王李张刘陈杨黄赵周吴")
            leaders.add_joint(day, unit_id, surname + rng.choice(("建国", "志强", "海燕", "立新", "秀英")),
                              rng.choice(JOINT_TITLES), f"{unit}现场办公")
            joint += 1
        rosters.generate(y, m)
        if (y, m) <= (today.year, today.month):
            rosters.publish(y, m)
            published += 1
    # this month: one swap asked for by the staff, one change after publication
    view = rosters.month(today.year, today.month)
    lunch = [c for c in view.cells if c.day > today and view.post(c.post_id).duty_type == "lunch"]
    for a in lunch:
        b = next((x for x in lunch if x.post_id == a.post_id and x.day != a.day
                  and x.day.isocalendar()[1] == a.day.isocalendar()[1]), None)
        if b is None:
            continue
        try:
            rosters.swap(today.year, today.month, (a.post_id, a.day, a.seat), (b.post_id, b.day, b.seat),
                         f"{a.name}当日需参加单位业务培训，与{b.name}调换")
            break
        except Exception:  # noqa: BLE001 - the rules refuse some pairs: try the next
            continue
    # duty logs of this month's past working days
    logs = 0
    for d in leaders.rota(today.year, today.month):
        if d.day < today and d.kind == "workday":
            i = d.day.day % len(LOG_SUMMARIES)
            leaders.save_log(d.day, LOG_SUMMARIES[i], LOG_INCIDENTS[(i + d.day.month) % len(LOG_INCIDENTS)],
                             LOG_HANDOVER[i], today=today)
            logs += 1
    # someone with 调休 earned takes half a day of it next week
    rows = sorted(rosters.time_off(today.year, as_of=today), key=lambda r: (-r.balance, r.staff_id))
    lv = LeaveService(ctx)
    day = today + timedelta(days=7 - today.weekday())  # next Monday
    for r in rows[:5]:
        if r.balance < 0.5:
            break
        try:
            lid = lv.file(r.staff_id, "time_off", day, "am", day, "am", "周末值班调休")
            lv.unit_sign(lid, "单位负责人", today)
            break
        except Exception:  # noqa: BLE001 - e.g. already on leave that day: try the next person
            continue
    last = months[-1]
    return DemoRostersSummary(posts, published, last, logs, joint)

"""Demo duty posts (DOMAIN.md §5) for the demo center (``demo.generate_demo``), entered through
``DutyPostService`` like a clerk would, so the roster pages have something to schedule.

- 午间值守 ("中午不断岗") in every zone, workdays 12:00–13:30 (12:00–14:00 in 夏季作息, whose
  afternoon starts at 14:00), covering the zone (staff sitting there), a third of its open
  windows staffed: ``people = max(1, open windows // 3)``;
- 延时服务 at the comprehensive windows (综合受理, comprehensive staff), workdays 17:00–18:30
  (17:30–19:00 in summer, when the afternoon ends at 17:30), 3 people; and one person at the
  不动产登记 windows (staff of 不动产登记中心 only);
- 周末不打烊 on Saturdays 9:00–12:00 at the comprehensive windows (4 people) and at the 户籍 and
  出入境 windows of the police (2 people, 公安局 staff);
- 节假日值班 on statutory holidays, the whole day, 2 people from anywhere in the center.

Windows are looked up by their type and name in the demo's plan (``demo.ZONES``); closed windows
are left out, so a small demo center gets fewer people per post. No Qt here.
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select

from govhr_desktop.persistence.models import Window, Zone
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.duty_posts import DutyPostService

LUNCH = (time(12, 0), time(13, 30))
LUNCH_SUMMER = (time(12, 0), time(14, 0))
EVENING = (time(17, 0), time(18, 30))
EVENING_SUMMER = (time(17, 30), time(19, 0))
SATURDAY_MORNING = (time(9, 0), time(12, 0))
SUMMER = "夏季作息"


def _open(w: Window, today: date) -> bool:
    return w.active_to is None or w.active_to >= today


def add_demo_posts(ctx: ServiceContext, today: date | None = None) -> int:
    """Add the demo duty posts (those whose names are not taken yet); returns how many were added."""
    today = today or date.today()
    svc = DutyPostService(ctx)
    with ctx.read() as s:
        zones = list(s.scalars(select(Zone).order_by(Zone.sort_order, Zone.id)))
        windows = [w for w in s.scalars(select(Window).order_by(Window.number)) if _open(w, today)]
    summer = next((v.id for v in svc.seasons() if v.name == SUMMER), None)
    taken = {p.name for p in svc.posts(include_inactive=True)}

    def summer_times(pair: tuple[time, time]) -> dict[int, tuple[time, time]]:
        return {summer: pair} if summer is not None else {}

    def ids(kind: str | None = None, *names: str) -> list[int]:
        return [w.id for w in windows if (kind is None or w.window_type == kind)
                and (not names or any(w.name.startswith(n) for n in names))]

    plans: list[dict] = []
    order = 10
    for z in zones:
        n = sum(1 for w in windows if w.zone_id == z.id)
        if not n:
            continue
        plans.append(dict(name=f"午间值守·{z.name}", duty_type="lunch", people_needed=max(1, n // 3),
                          runs_on=("workday",), start=LUNCH[0], end=LUNCH[1], window_ids=(), zone_id=z.id,
                          comprehensive_staff=False, sort_order=order, season_times=summer_times(LUNCH_SUMMER),
                          note="中午不断岗：本区域在岗人员轮流值守"))
        order += 10
    comprehensive = ids("comprehensive")
    property_windows = ids("department", "不动产登记")
    police = ids("department", "户籍业务", "出入境业务")
    if comprehensive:
        plans.append(dict(name="延时服务·综合窗口", duty_type="extended", people_needed=3, runs_on=("workday",),
                          start=EVENING[0], end=EVENING[1], window_ids=comprehensive, zone_id=None,
                          comprehensive_staff=True, sort_order=order, season_times=summer_times(EVENING_SUMMER),
                          note="工作日下班后延时办理"))
        order += 10
    if property_windows:
        plans.append(dict(name="延时服务·不动产登记", duty_type="extended", people_needed=1, runs_on=("workday",),
                          start=EVENING[0], end=EVENING[1], window_ids=property_windows, zone_id=None,
                          comprehensive_staff=False, sort_order=order, season_times=summer_times(EVENING_SUMMER),
                          note=""))
        order += 10
    if comprehensive:
        plans.append(dict(name="周末不打烊·综合窗口", duty_type="weekend", people_needed=min(4, len(comprehensive)),
                          runs_on=("saturday",), start=SATURDAY_MORNING[0], end=SATURDAY_MORNING[1],
                          window_ids=comprehensive, zone_id=None, comprehensive_staff=True, sort_order=order,
                          season_times={}, note="周六上午预约办理"))
        order += 10
    if police:
        plans.append(dict(name="周末不打烊·户籍出入境", duty_type="weekend", people_needed=2, runs_on=("saturday",),
                          start=SATURDAY_MORNING[0], end=SATURDAY_MORNING[1], window_ids=police, zone_id=None,
                          comprehensive_staff=False, sort_order=order, season_times={}, note="周六上午"))
        order += 10
    plans.append(dict(name="节假日值班", duty_type="holiday", people_needed=2, runs_on=("holiday",), start=None,
                      end=None, window_ids=(), zone_id=None, comprehensive_staff=True, sort_order=order,
                      season_times={}, note="法定节假日全天值班，负责应急和预约事项"))
    added = 0
    for plan in plans:
        if plan["name"] in taken:
            continue
        svc.save_post(None, active=True, **plan)
        added += 1
    return added

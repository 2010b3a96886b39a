"""What the scheduler needs to know about a month, read from the database (issue 8).

- The month's calendar from the working-day calendar (statutory holidays, 调休上班).
- The people: everyone at the center at some point of the month who is not seconded away, with
  their home unit, the windows they sit at during the month (A or B post) and those windows'
  zones, whether any of them is a comprehensive window (综合窗口), and their leave. Leave that
  is approved, returned (up to the day back) or still waiting for a signature blocks duty:
  a roster should not be built over a request the clerk already has on the desk; refused and
  cancelled requests do not.
- Fairness carried across months: each person's duties by type in this year's rosters before
  the month, the last weekend/holiday duty before the month, and the duties of the six days
  before it (the weekly limit of the first week).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import text

from govhr_desktop.domain.roster_rules import MonthCalendar, Person, leave_from_periods
from govhr_desktop.services.base import ServiceContext

#: leave that keeps a person off the roster
BLOCKING_LEAVE = ("filed", "unit_signed", "approved", "returned")


def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def month_calendar(ctx: ServiceContext, year: int, month: int) -> MonthCalendar:
    from govhr_desktop.services.calendar import CalendarService

    cal = CalendarService(ctx).work_calendar(year - 1, year + 1)
    first, last = month_bounds(year, month)
    with ctx.connect() as c:
        names = {date.fromisoformat(d[:10]): n for d, n in c.execute(
            text("SELECT day, name FROM calendar_day WHERE day >= :a AND day <= :b"),
            {"a": first.isoformat(), "b": last.isoformat()})}
    return MonthCalendar.from_work_calendar(cal, year, month, names)


@dataclass(frozen=True)
class PersonInfo:
    """A person as the grids show them (besides the scheduler's ``Person``)."""

    staff_id: int
    name: str
    unit: str
    window: str


def people_for_month(ctx: ServiceContext, year: int, month: int,
                     duty_types: dict[int, str]) -> tuple[list[Person], dict[int, PersonInfo]]:
    """The scheduler's people for the month, and how to show them. ``duty_types``: post id ->
    duty type of every post (inactive ones too), for the counts carried over."""
    first, last = month_bounds(year, month)
    p = {"a": first.isoformat(), "b": last.isoformat()}
    with ctx.connect() as c:
        staff = c.execute(text(
            "SELECT s.id, s.name, s.home_unit_id, u.short_name, s.joined_center_on, s.left_center_on, "
            "       w.number "
            "FROM staff s JOIN home_unit u ON u.id = s.home_unit_id "
            "LEFT JOIN service_window w ON w.id = s.window_id "
            "WHERE s.joined_center_on <= :b AND (s.left_center_on IS NULL OR s.left_center_on >= :a) "
            "  AND s.status != 'seconded' AND (s.status != 'returned' OR s.left_center_on IS NOT NULL) "
            "ORDER BY u.sort_order, u.id, s.name, s.id"), p).all()
        seats = c.execute(text(
            "SELECT a.staff_id, a.window_id, w.zone_id, w.window_type FROM assignment a "
            "JOIN service_window w ON w.id = a.window_id "
            "WHERE a.start_on <= :b AND (a.end_on IS NULL OR a.end_on >= :a)"), p).all()
        leave = c.execute(text(
            "SELECT staff_id, start_on, start_half, end_on, end_half, status, returned_on FROM leave_request "
            "WHERE status IN ('filed','unit_signed','approved','returned') AND start_on <= :b AND end_on >= :a"),
            p).all()
        before = c.execute(text(
            "SELECT c.staff_id, c.post_id, c.day FROM roster_cell c "
            "WHERE c.day >= :y AND c.day < :a"), {"y": date(year, 1, 1).isoformat(), "a": first.isoformat()}).all()
        recent = c.execute(text(
            "SELECT c.staff_id, c.post_id, c.day FROM roster_cell c WHERE c.day >= :r AND c.day < :a"),
            {"r": (first - timedelta(days=35)).isoformat(), "a": first.isoformat()}).all()
    windows: dict[int, set[int]] = defaultdict(set)
    zones: dict[int, set[int]] = defaultdict(set)
    comprehensive: set[int] = set()
    for sid, wid, zid, wtype in seats:
        windows[sid].add(wid)
        zones[sid].add(zid)
        if wtype == "comprehensive":
            comprehensive.add(sid)
    periods: dict[int, list] = defaultdict(list)
    for sid, start, sh, end, eh, status, back in leave:
        start, end = _d(start), _d(end)
        if status == "returned" and back is not None:
            back = _d(back)
            if back <= start:
                continue
            if back <= end:  # back at work that day: leave ran until the day before
                end, eh = back - timedelta(days=1), "pm"
        periods[sid].append((start, sh, end, eh))
    ytd: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for sid, post_id, _day in before:
        ytd[sid][duty_types.get(post_id, "lunch")] += 1
    from govhr_desktop.services.calendar import CalendarService

    cal = CalendarService(ctx).work_calendar(year - 1, year)
    last_rest: dict[int, date] = {}
    near: dict[int, list[date]] = defaultdict(list)
    for sid, post_id, day in recent:
        day = _d(day)
        if (first - day).days <= 6:
            near[sid].append(day)
        if not cal.is_working_day(day) and (sid not in last_rest or day > last_rest[sid]):
            last_rest[sid] = day
    people, info = [], {}
    for sid, name, unit_id, unit, joined, left, window in staff:
        people.append(Person(
            id=sid, name=name, home_unit_id=unit_id, window_ids=frozenset(windows[sid]),
            zone_ids=frozenset(zones[sid]), comprehensive=sid in comprehensive,
            leave=leave_from_periods(periods[sid]) if sid in periods else {},
            ytd=dict(ytd[sid]) if sid in ytd else {}, last_rest_day_duty=last_rest.get(sid),
            recent_duties=tuple(sorted(near[sid])), start_on=_d(joined), end_on=_d(left) if left else None,
        ))
        info[sid] = PersonInfo(sid, name, unit, window or "")
    return people, info


def _d(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])

"""Demo evaluation data: citizen ratings, 差评 cases, daily registers and monthly evaluation forms
for the demo center (``demo.generate_demo``), so the evaluation pages show a working center.

``add_demo_evaluations(db, seed=..., today=...)`` covers the last four full months before
``today`` and the current month so far. Deterministic for (seed, today) and the demo it runs on.
No Qt here.

* **Ratings** (``rating``): one import batch (``rating_import``) per month, as if the provincial
  好差评 export had been imported on the month's next working day; about 900 ratings per working
  day over the 116 windows (15–21 thousand a month: busy windows such as 综合办税 or 不动产登记
  get 250–300 a month, specialist ones a few dozen), levels mostly 5 and 4, 好评率 about 98–99 %
  with a few windows noticeably worse. Every rating carries the window and a person holding an
  assignment to it that day (not on leave), on working days only. All batches go in with one
  executemany each in a single transaction, the secondary indexes rebuilt at the end as the import
  service does for large files.
* **差评 cases**: ``BadRatingService.open_cases`` opens them (deadlines from the rating day, in
  working days), each dated on its batch's import day; their progress (verification with a finding,
  rectification, call-back) is written set-based, following the service's rules (dates not before
  the rating or the step before, 'malicious' excludes the rating, the case closes when verified,
  rectified if the staff was at fault, and called back). Two cases go through
  ``BadRatingService`` step by step with an appeal (one overturned, one upheld). The newest
  cases are still open, one is past its verification deadline and one past its rectification
  deadline, so the home page shows overdue cases.
* **Registers** (``register_entry``): about 250 entries per month (lateness, missed clock-ins,
  off post, service manner, case handling, complaints, training, letters of praise, banners),
  valid for ``RegisterService``'s checks (catalogue items, whole quantities, HH:MM times, inside
  the person's time at the center, complaints pending until checked).
* **Evaluations**: ``EvaluationService`` computes the full months (two adjustments with reasons
  each); the older ones are submitted, their honours confirmed as the rules propose
  (``HonoursService.confirm``, which books the chief representatives' charges), reviewed and
  published; the last one is left submitted (honours and review waiting for the reviewer); the
  current month is not computed.
"""

from __future__ import annotations

import random
import time
from bisect import bisect
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import accumulate

from sqlalchemy import text

from govhr_desktop.demo import COUNTY_AREA_CODE
from govhr_desktop.demo_evaluation_texts import (
    ADJUSTMENTS,
    BAD_COMMENTS,
    CALLBACKS,
    CATALOGUE,
    CHANNELS,
    FAIR_COMMENTS,
    GOOD_COMMENTS,
    MALICIOUS_NOTES,
    NO_CASE_NUMBER,
    NOT_STAFF_FAULT_NOTES,
    OTHER_WINDOW,
    RECTIFICATIONS,
    STAFF_FAULT_NOTES,
)
from govhr_desktop.demo_registers import CLERK, _d, _registers
from govhr_desktop.domain.workdays import WorkCalendar
from govhr_desktop.exchange.ratings_import import HEADER_ALIASES, RATING_COLUMNS, mapping_to_json
from govhr_desktop.services.audit import write_entry
from govhr_desktop.services.bad_ratings import BadRatingService
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.calendar import CalendarService
from govhr_desktop.services.evaluation import EvaluationService
from govhr_desktop.services.honours import HonoursService
from govhr_desktop.services.ratings import IMPORT_CACHE_KIB, SECONDARY_INDEXES

FULL_MONTHS = 4
LEVEL_4, LEVEL_3 = 0.12, 0.016  # shares of 满意 and 基本满意; 差评 per window, the rest 非常满意
RATINGS_PER_WORKING_DAY = 900  # the whole center
SOURCE = "省好差评系统导出"

#: channel, weight, minutes after the transaction (low, high)
@dataclass(frozen=True)
class MonthPlan:
    month: str  # YYYY-MM
    first: date
    last: date  # the last day with ratings (yesterday for the current month)
    import_day: date
    full: bool


@dataclass(frozen=True)
class DemoEvaluationSummary:
    seed: int
    today: date
    months: tuple[str, ...]
    rating_imports: int
    ratings: int
    ratings_by_month: tuple[tuple[str, int], ...]
    good_rate: float  # level >= 3 among all ratings
    bad_rating_cases: int
    unfinished_cases: int  # not closed yet: awaiting verification, rectification or call-back
    overdue_cases: int  # past a deadline on ``today`` (what the home page counts)
    appeals: int
    register_entries: int
    forms: int
    month_states: tuple[tuple[str, str], ...]  # (month, state of its forms; '' = not computed)
    seconds: float  # wall-clock time of the whole add
    cpu_seconds: float  # CPU time of this process (SQLite runs in it): steadier on a busy machine


class _World:
    """What the generator needs from the demo center, read once."""

    def __init__(self, ctx: ServiceContext, today: date) -> None:
        self.today = today
        self.cal: WorkCalendar = CalendarService(ctx).work_calendar()
        with ctx.connect() as c:
            units = c.execute(text("SELECT id, full_name, short_name FROM home_unit ORDER BY id")).all()
            self.unit_full = {u.id: u.full_name for u in units}
            self.unit_by_short = {u.short_name: u.full_name for u in units}
            self.windows = c.execute(text(
                "SELECT id, number, name, home_unit_id, active_from, active_to FROM service_window "
                "ORDER BY number")).all()
            self.staff = {r.id: r for r in c.execute(text(
                "SELECT id, name, status, joined_center_on, left_center_on, window_id FROM staff ORDER BY id"))}
            self.posts: dict[int, list[tuple]] = {}
            for a in c.execute(text("SELECT window_id, staff_id, post, start_on, end_on FROM assignment "
                                    "ORDER BY window_id, post, staff_id, start_on")):
                self.posts.setdefault(a.window_id, []).append(
                    (a.staff_id, a.post, _d(a.start_on), _d(a.end_on) or date.max))
            self.leave: dict[int, list[tuple[date, date]]] = {}
            for sid, a, b in c.execute(text("SELECT staff_id, start_on, end_on FROM leave_request "
                                            "WHERE status IN ('approved', 'returned') ORDER BY id")):
                self.leave.setdefault(sid, []).append((_d(a), _d(b)))
        #: staff id -> (first day, last day) at the center; seconded people are not at the windows
        self.tenure = {sid: (_d(p.joined_center_on), _d(p.left_center_on) or date.max)
                       for sid, p in self.staff.items() if p.status != "seconded"}
        self.open_span = {w.id: (_d(w.active_from) or date.min, _d(w.active_to) or date.max) for w in self.windows}
        self._present: dict[date, frozenset[int]] = {}

    def on_leave(self, sid: int, d: date) -> bool:
        spans = self.leave.get(sid)
        return bool(spans) and any(a <= d <= b for a, b in spans)

    def at_window(self, wid: int, d: date) -> list[tuple[int, str]]:
        """(staff id, post) of the people holding a post at the open window on ``d``, not on leave."""
        lo, hi = self.open_span[wid]
        if not lo <= d <= hi:
            return []
        return [(sid, post) for sid, post, a, b in self.posts.get(wid, ())
                if a <= d <= b and not self.on_leave(sid, d)]

    def present(self, d: date) -> frozenset[int]:
        """Everybody at the center on ``d`` (not seconded, not on leave)."""
        out = self._present.get(d)
        if out is None:
            out = self._present[d] = frozenset(sid for sid, (a, b) in self.tenure.items()
                                               if a <= d <= b and not self.on_leave(sid, d))
        return out

    def working_days(self, first: date, last: date) -> list[date]:
        return [first + timedelta(days=i) for i in range((last - first).days + 1)
                if self.cal.is_working_day(first + timedelta(days=i))]


def _month_plans(today: date, cal: WorkCalendar) -> list[MonthPlan]:
    """The last FULL_MONTHS full months before ``today`` and the current month so far."""
    plans = []
    y, m = today.year, today.month
    starts = []
    for _ in range(FULL_MONTHS + 1):
        starts.append(date(y, m, 1))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    starts.reverse()
    for i, first in enumerate(starts):
        full = i < FULL_MONTHS
        nxt = starts[i + 1] if full else None
        if full:
            last = nxt - timedelta(days=1)
            day = nxt if cal.is_working_day(nxt) else cal.next_working_day(nxt)
            import_day = min(day, today)
        else:
            last, import_day = today - timedelta(days=1), today
        plans.append(MonthPlan(f"{first:%Y-%m}", first, last, import_day, full))
    return plans


# --- ratings ----------------------------------------------------------------------------------


class _RatingModel:
    """Per-window volume and quality, per-person manner: drawn once from the seed."""

    def __init__(self, world: _World, rng: random.Random) -> None:
        self.world, self.rng = world, rng
        open_now = [w for w in world.windows if world.posts.get(w.id)]
        names = {w.id: w.name.removesuffix("窗口") for w in world.windows}
        weights = {w.id: CATALOGUE.get(names[w.id], OTHER_WINDOW)[0] for w in open_now}
        total = sum(weights.values()) or 1.0
        self.daily = {wid: RATINGS_PER_WORKING_DAY * wt / total for wid, wt in weights.items()}
        self.items = {w.id: self._items(w, names[w.id]) for w in world.windows}
        self.no_case = {w.id for w in world.windows if names[w.id] in NO_CASE_NUMBER}
        # 差评 share per window: most 0.5–1.5 %, a few well-run ones lower, three busy ones worse
        self.bad = {wid: rng.uniform(0.005, 0.015) for wid in sorted(weights)}
        busy = sorted(weights, key=lambda wid: (-weights[wid], wid))[:30]
        self.worse = tuple(sorted(rng.sample(busy, min(3, len(busy)))))
        for wid in self.worse:
            self.bad[wid] = rng.uniform(0.035, 0.055)
        rest = sorted(set(weights) - set(self.worse))
        for wid in rng.sample(rest, min(10, len(rest) // 4)):
            self.bad[wid] = rng.uniform(0.0, 0.003)
        staff_ids = sorted(world.staff)
        self.manner = {sid: 1.0 for sid in staff_ids}
        for sid in rng.sample(staff_ids, len(staff_ids) // 25):
            self.manner[sid] = rng.uniform(2.0, 3.0)
        self._levels: dict[tuple[int, int], list[float]] = {}
        self.channels = [(c, lo, hi - lo + 1) for c, _w, (lo, hi) in CHANNELS]  # channel, delay, spread
        self.channel_cum = list(accumulate(w for _c, w, _m in CHANNELS))

    def _items(self, w, kind: str) -> tuple[tuple[str, str], ...]:
        own = self.world.unit_full.get(w.home_unit_id, "") if w.home_unit_id else ""
        out = []
        for item, unit in CATALOGUE.get(kind, OTHER_WINDOW)[1]:
            dept = self.world.unit_by_short.get(unit, own) if unit else own
            out.append((item, dept or self.world.unit_by_short.get("行政审批服务局", "")))
        return tuple(out)

    def level_cum(self, wid: int, sid: int) -> list[float]:
        key = (wid, sid)
        cum = self._levels.get(key)
        if cum is None:
            bad = min(0.2, self.bad.get(wid, 0.01) * self.manner.get(sid, 1.0))
            shares = (bad * 0.4, bad * 0.6, LEVEL_3, LEVEL_4, max(0.0, 1 - bad - LEVEL_3 - LEVEL_4))
            cum = self._levels[key] = list(accumulate(shares))
        return cum


def _day_factor(d: date, cal: WorkCalendar) -> float:
    prev = d - timedelta(days=1)
    after_break = not cal.is_working_day(prev) and not cal.is_working_day(prev - timedelta(days=1)) \
        and not cal.is_working_day(prev - timedelta(days=2))
    return (1.4 if after_break else 1.0) * (1.15, 1.0, 1.0, 1.0, 0.85, 1.0, 1.0)[d.weekday()]


_HM = tuple(f"{m // 60:02d}:{m % 60:02d}" for m in range(24 * 60))
_SS = tuple(f"{x:02d}" for x in range(64))


def _month_ratings(model: _RatingModel, plan: MonthPlan, import_id: int) -> list[tuple]:
    """The month's ratings in RATING_COLUMNS order, by time within each day (as exported).

    One 64-bit draw per rating gives its level, time, delay, item and comment roll."""
    world, rng = model.world, model.rng
    bits_of, gauss, choices = rng.getrandbits, rng.gauss, rng.choices
    rows: list[tuple] = []
    names = {sid: p.name for sid, p in world.staff.items()}
    windows = [w for w in world.windows if w.id in model.daily]
    for d in world.working_days(plan.first, plan.last):
        factor = _day_factor(d, world.cal)
        ds, ymd = d.isoformat(), f"{d:%Y%m%d}"
        day: list[tuple] = []
        for w in windows:
            people = world.at_window(w.id, d)
            if not people:
                continue
            lam = model.daily[w.id] * factor
            n = max(0, round(gauss(lam, lam ** 0.5)))
            if not n:
                continue
            wid, number = w.id, w.number
            who = [(sid, names[sid], model.level_cum(wid, sid)) for sid, _post in people]
            chosen = choices(who, [3.0 if post == "A" else 1.0 for _sid, post in people], k=n)
            channels = choices(model.channels, cum_weights=model.channel_cum, k=n)
            items = model.items[wid]
            n_items = len(items)
            consult = wid in model.no_case
            for (sid, name, cum), (channel, lo, span) in zip(chosen, channels):
                x = bits_of(64)
                level = min(5, bisect(cum, (x & 0xFFFFF) / 1048576.0) + 1)
                # the transaction: 9:00–12:00 or 13:30–17:00; the rating follows by channel
                minute = ((x >> 20) & 0x1FF) % 330
                minute += 540 if minute < 180 else 630
                minute = min(1439, minute + lo + ((x >> 29) & 0x1FF) % span)
                item, dept = items[((x >> 44) & 0xFF) % n_items]
                roll = ((x >> 52) & 0xFFF) / 4096.0
                if level <= 2:
                    comment = BAD_COMMENTS[int(roll * len(BAD_COMMENTS))]
                elif level == 3:
                    comment = FAIR_COMMENTS[int(roll * 10) % len(FAIR_COMMENTS)] if roll < 0.4 else ""
                else:
                    comment = GOOD_COMMENTS[int(roll * 1000) % len(GOOD_COMMENTS)] if roll < 0.05 else ""
                day.append((f"{ds} {_HM[minute]}:{_SS[((x >> 38) & 0x3F) % 60]}", channel, item, dept,
                            number, wid, name, sid, level, comment, consult))
        day.sort()
        for seq, (at, channel, item, dept, number, wid, name, sid, level, comment, consult) in enumerate(day, 1):
            rows.append((f"PJ{ymd}{seq:06d}", channel, item, "" if consult else f"{COUNTY_AREA_CODE}{ymd}{seq:06d}",
                         dept, number, wid, name, sid, at, level, comment, import_id, 0))
    return rows


_INSERT_RATINGS = (f"INSERT INTO rating ({', '.join(RATING_COLUMNS)}) "
                   f"VALUES ({', '.join('?' for _ in RATING_COLUMNS)})")


def _import_ratings(ctx: ServiceContext, model: _RatingModel, plans: list[MonthPlan]) -> list[tuple[str, int]]:
    """Every month's batch as the import service leaves it (import record, rows, remembered
    mapping, audit entry), all in one transaction; then the 差评 cases, dated on their import day."""
    rng = model.rng
    counts, import_day = [], {}
    with ctx.db.engine.begin() as conn:
        # as the import service does for a large file: the secondary indexes are built again at
        # the end (sorted), inside the transaction
        old_cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size={IMPORT_CACHE_KIB}")
        for name, _cols in SECONDARY_INDEXES:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
        for plan in plans:
            if plan.last < plan.first:
                counts.append((plan.month, 0))
                continue
            imported_at = datetime.combine(plan.import_day, datetime.min.time()) + timedelta(
                hours=8, minutes=40 + rng.randrange(60))
            file_name = f"好差评评价数据_{plan.first:%Y%m%d}-{plan.last:%Y%m%d}.xlsx"
            import_id = conn.execute(text(
                "INSERT INTO rating_import (source, file_name, imported_at, imported_by, rows_read, rows_added, "
                "rows_duplicate, rows_error) VALUES (:s, :f, :at, :by, 0, 0, 0, 0)"),
                {"s": SOURCE, "f": file_name, "at": imported_at.isoformat(sep=" "), "by": CLERK}).lastrowid
            rows = _month_ratings(model, plan, import_id)
            if rows:
                conn.exec_driver_sql(_INSERT_RATINGS, rows)
            errors = rng.randint(0, 3)  # rows the import skipped (e.g. a window number the center lacks)
            conn.execute(text("UPDATE rating_import SET rows_read = :r, rows_added = :n, rows_error = :e "
                              "WHERE id = :id"), {"r": len(rows) + errors, "n": len(rows), "e": errors, "id": import_id})
            write_entry(conn, CLERK, "rating.import", record_type="rating_import", record_id=import_id,
                        record_label=file_name, detail=f"source={SOURCE} read={len(rows) + errors} "
                                                       f"added={len(rows)} duplicates=0 errors={errors}")
            counts.append((plan.month, len(rows)))
            import_day[import_id] = plan.import_day.isoformat()
        for name, cols in SECONDARY_INDEXES:
            conn.exec_driver_sql(f"CREATE INDEX {name} ON rating ({cols})")
        conn.exec_driver_sql(f"PRAGMA cache_size={int(old_cache)}")
        conn.execute(text("INSERT INTO rating_mapping (source, mapping) VALUES (:s, :m) "
                          "ON CONFLICT(source) DO UPDATE SET mapping = excluded.mapping"),
                     {"s": SOURCE, "m": mapping_to_json({f: a[0] for f, a in HEADER_ALIASES.items()})})
    # Each import opens its cases (deadlines from the rating day); one call for all the batches,
    # then each case carries the day its batch was imported, as one call per import would give.
    BadRatingService(ctx).open_cases(today=plans[-1].import_day)
    with ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE bad_rating_case SET opened_on = :day WHERE rating_id IN "
                          "(SELECT id FROM rating WHERE import_id = :imp)"),
                     [{"day": day, "imp": imp} for imp, day in import_day.items()])
    return counts


# --- 差评 cases -------------------------------------------------------------------------------


def _progress_cases(ctx: ServiceContext, world: _World, model: _RatingModel, plans: list[MonthPlan],
                    today: date) -> list[int]:
    """Verification, rectification and call-back of the opened cases, following the service's
    rules. Returns the ids of the cases kept for the appeal walk-through."""
    rng, cal = model.rng, world.cal
    with ctx.connect() as c:
        cases = c.execute(text(
            "SELECT c.id, c.verify_due, c.rectify_due, r.id AS rating_id, r.rated_at, r.staff_id, r.window_id, "
            "r.level FROM bad_rating_case c JOIN rating r ON r.id = c.rating_id "
            "WHERE c.status = 'open' ORDER BY c.id")).all()
    if not cases:
        return []
    day_of = {k.id: _d(k.rated_at) for k in cases}
    # two cases of the months to be published go through an appeal with the service
    full = [p for p in plans if p.full]
    older = full[1:-1] or full[:1]
    appeals = []
    for plan in older[-2:] if len(older) >= 2 else older * 2:
        pool = [k.id for k in cases if plan.first <= day_of[k.id] <= plan.last and k.id not in appeals]
        if pool:
            appeals.append(rng.choice(pool))
    appeals.sort()
    # one case left unverified past its deadline (among the last weeks' cases)
    late_pool = [k.id for k in cases if k.id not in appeals and _d(k.verify_due) < today
                 and day_of[k.id] >= today - timedelta(days=21)]
    unverified = rng.sample(late_pool, 1) if late_pool else []
    # one staff-fault case not rectified although its deadline has passed
    rect_pool = [k.id for k in cases if k.id not in appeals and k.id not in unverified
                 and today - timedelta(days=20) <= _d(k.rectify_due) < today]
    unrectified = rng.sample(rect_pool, 1) if rect_pool else []

    updates, excluded = [], []
    for k in cases:
        if k.id in appeals or k.id in unverified:
            continue
        d = day_of[k.id]
        verify_due, rectify_due = _d(k.verify_due), _d(k.rectify_due)
        if verify_due >= today:  # the newest: the responsible unit has not reported yet
            continue
        lag = rng.choices((0, 1, 2, 3, 4), (40, 52, 4, 2, 2))[0]
        verified = d if lag == 0 else cal.add_working_days(d, lag)
        verified = min(verified, today - timedelta(days=1))
        worse = k.window_id in model.worse or model.manner.get(k.staff_id, 1.0) > 1.0
        if k.id in unrectified:
            finding = "staff_fault"
        else:
            p_fault = 0.55 if worse else 0.33
            finding = rng.choices(("staff_fault", "not_staff_fault", "malicious"),
                                  (p_fault, 0.92 - p_fault, 0.08 if k.level == 1 else 0.05))[0]
        note = rng.choice({"staff_fault": STAFF_FAULT_NOTES, "not_staff_fault": NOT_STAFF_FAULT_NOTES,
                           "malicious": MALICIOUS_NOTES}[finding])
        rectified = None
        if finding == "staff_fault" and k.id not in unrectified:
            rectified = cal.add_working_days(verified, rng.randint(2, 12))
            if rng.random() < 0.04:  # late: after the deadline
                rectified = cal.add_working_days(rectify_due, rng.randint(1, 4))
            else:
                rectified = min(rectified, rectify_due)
            if rectified > today - timedelta(days=1):
                rectified = None if rectify_due >= today else min(rectify_due, today - timedelta(days=1))
        after = rectified if finding == "staff_fault" else verified
        callback = None
        if after is not None:
            callback = cal.add_working_days(after, rng.choice((0, 1, 1, 2)))
            if callback >= today:
                callback = None
        if finding == "malicious":
            excluded.append(k.rating_id)
        done = callback is not None and (finding != "staff_fault" or rectified is not None)
        status = "closed" if done else "rectified" if rectified is not None else "verified"
        updates.append({
            "id": k.id, "v": verified.isoformat(), "by": CLERK, "f": finding, "fn": note,
            "r": rectified.isoformat() if rectified else None,
            "rt": rng.choice(RECTIFICATIONS) if rectified else "",
            "cb": callback.isoformat() if callback else None, "cn": rng.choice(CALLBACKS) if callback else "",
            "st": status,
        })
    with ctx.db.engine.begin() as conn:
        conn.execute(text(
            "UPDATE bad_rating_case SET verified_on = :v, verified_by = :by, finding = :f, finding_note = :fn, "
            "rectified_on = :r, rectification = :rt, callback_on = :cb, callback_note = :cn, status = :st "
            "WHERE id = :id AND status = 'open'"), updates)
        if excluded:
            conn.execute(text("UPDATE rating SET excluded = 1 WHERE id = :id"), [{"id": i} for i in excluded])
    return appeals


def _appeal_cases(ctx: ServiceContext, world: _World, case_ids: list[int]) -> int:
    """Walk two cases through BadRatingService: staff fault, appeal, the leader's decision
    (the first overturned, the second upheld), rectification where due, call-back."""
    svc, cal = BadRatingService(ctx), world.cal
    for i, case_id in enumerate(case_ids):
        case = svc.get(case_id, today=world.today)
        verified = cal.add_working_days(case.rated_at.date(), 1)
        svc.verify(case_id, "staff_fault", "经核实，工作人员未一次性告知所需材料", on=verified)
        appealed = cal.add_working_days(verified, 2)
        svc.appeal(case_id, "当事人申诉：已按办事指南完整告知，群众因不符合办理条件给予差评，附窗口录音",
                   on=appealed)
        decided = cal.add_working_days(appealed, 3)
        if i == 0:
            svc.decide_appeal(case_id, "overturned", on=decided)
        else:
            svc.decide_appeal(case_id, "upheld", on=decided)
            svc.rectify(case_id, "当事人已作书面检查，窗口一次性告知清单已更新",
                        on=cal.add_working_days(decided, 2))
            decided = cal.add_working_days(decided, 2)
        svc.callback(case_id, "已电话回访群众，告知处理结果", on=cal.add_working_days(decided, 1))
    return len(case_ids)


# --- registers --------------------------------------------------------------------------------

# --- evaluations ------------------------------------------------------------------------------

def _compute_month(ctx: ServiceContext, month: str, rng: random.Random) -> None:
    """Compute the month's forms and make the manual adjustments a reviewer typically makes."""
    svc = EvaluationService(ctx)
    svc.evaluate_month(month)
    with ctx.connect() as c:
        forms = c.execute(text("SELECT id FROM evaluation_form WHERE month = :m ORDER BY staff_id"),
                          {"m": month}).scalars().all()
    for form_id, (category, points, reason) in zip(rng.sample(forms, min(len(forms), len(ADJUSTMENTS))),
                                                    ADJUSTMENTS):
        svc.adjust(form_id, category, points, reason)


def _advance_month(ctx: ServiceContext, month: str, target_state: str) -> None:
    """Move a computed month from draft to ``target_state`` ('draft', 'submitted', 'reviewed' or
    'published'), one state transition after the other."""
    svc = EvaluationService(ctx)
    order = ("draft", "submitted", "reviewed", "published").index(target_state)
    if order >= 1:
        svc.submit(month)
    if order >= 2:  # the reviewer confirms the honours the rules propose, then reviews
        proposal = svc.honours(month)
        HonoursService(ctx).confirm(month, proposal.stars.selected, proposal.red_flags.selected)
        svc.review(month)
    if order >= 3:
        svc.publish(month)


# --- the whole --------------------------------------------------------------------------------


def add_demo_evaluations(db, *, seed: int = 2026, today: date | None = None) -> DemoEvaluationSummary:
    """Add ratings, 差评 cases, registers and evaluation forms to a freshly generated demo center.

    Deterministic for (seed, today) on the same demo. Run it once, right after ``generate_demo``.
    """
    started, started_cpu = time.perf_counter(), time.process_time()
    today = today or date.today()
    ctx = ServiceContext(db)
    rng = random.Random(seed * 1_000_003 + 59)
    world = _World(ctx, today)
    plans = _month_plans(today, world.cal)
    model = _RatingModel(world, rng)

    by_month = _import_ratings(ctx, model, plans)
    appeals = _progress_cases(ctx, world, model, plans, today)
    _appeal_cases(ctx, world, appeals)
    with ctx.connect() as c:
        late = [(sid, key, world.cal.next_working_day(_d(due))) for sid, key, due in c.execute(text(
            "SELECT r.staff_id, r.rating_key, c.rectify_due FROM bad_rating_case c JOIN rating r ON r.id = c.rating_id "
            "WHERE c.rectified_on > c.rectify_due ORDER BY c.id"))]
    registers = _registers(ctx, world, model, plans, late)

    full = [p for p in plans if p.full]
    for i, plan in enumerate(full):
        _compute_month(ctx, plan.month, rng)
        _advance_month(ctx, plan.month, "submitted" if i == len(full) - 1 else "published")

    with ctx.connect() as c:
        total, good = c.execute(text("SELECT COUNT(*), SUM(level >= 3) FROM rating")).one()
        cases, unfinished = c.execute(text(
            "SELECT COUNT(*), SUM(status != 'closed') FROM bad_rating_case")).one()
        states = dict(c.execute(text(
            "SELECT month, GROUP_CONCAT(DISTINCT state) FROM evaluation_form GROUP BY month")).all())
        forms = c.execute(text("SELECT COUNT(*) FROM evaluation_form")).scalar()
        imports = c.execute(text("SELECT COUNT(*) FROM rating_import")).scalar()
    overdue = len(BadRatingService(ctx).overdue(today=today))
    return DemoEvaluationSummary(
        seed=seed, today=today, months=tuple(p.month for p in plans), rating_imports=imports, ratings=total,
        ratings_by_month=tuple(by_month), good_rate=(good or 0) / total if total else 0.0,
        bad_rating_cases=cases, unfinished_cases=unfinished or 0, overdue_cases=overdue, appeals=len(appeals),
        register_entries=registers, forms=forms, month_states=tuple((p.month, states.get(p.month, "")) for p in plans),
        seconds=time.perf_counter() - started, cpu_seconds=time.process_time() - started_cpu,
    )

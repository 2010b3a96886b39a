"""What the commendation notice (通报) and the feedback letters (函) say, gathered from the
published evaluation results (DOMAIN.md §6, §6a, §7, §8): plain frozen dataclasses that
``documents.commendation`` and ``documents.feedback_letter`` turn into ``OfficialDocument``s.

Read-only (RECORDS_READ). A **period** is a month or a quarter (``document_periods.Period``);
only published months count, and a quarter only when all three of its months are published.
The data classes are ``document_views``' (re-exported here with ``Period`` and ``month_label``).

* **Notice** (``notice_data``): the confirmed 服务之星 and 流动红旗窗口 of the period's months
  (``honour_decision``, as the reviewer confirmed them, not the rules' proposal), the center, and
  the home units under 抄送: every unit with staff evaluated in the period, in the center's order.
* **Letters** (``letters_data`` / ``letter_data``): per home unit, per person evaluated in the
  period, the published total (a quarter: the average of the months present, as
  ``AnnualService.period``), the competition rank among everyone at the center, the grade (a
  month: the form's; a quarter: the band of the average), the itemised deductions and bonuses
  of each month's breakdown plus the adjustments (their reasons with ID/phone numbers masked),
  the citizen ratings, attendance and leave, training hours and honours.

Decisions:

* **Ratings**: counted, good and deducted 差评 come from the published breakdowns (what the
  score used); 差评 received and how many were excluded (appeal overturned, malicious) are
  counted on the ratings as they are now.
* **Attendance**: due = working days at the center within the period; leave = approved or
  returned leave clipped to the period (a return before the planned end ends it), official
  business and training leave (公差/外出, 培训) not counted as leave; absence = the published
  旷工 half days / 2; present = due − leave − absence. Late/early, missed clock-ins, off post and
  meetings missed are the published register quantities.
* **Training**: credited hours of sessions held from 1 January to the period's last day (the
  letter reports the position at the end of the period and says the same when previewed again
  later), against the yearly target of the person's employment type.
* **Window and post**: the assignment overlapping the period that started last (the one held at
  the end of the period); people without a window show none.

Everything is read in one connection with a few set-based queries, whatever the number of units
(the letters_batch benchmark builds 40 units' letters and a notice in ≤ 3 s with rendering).
ID and phone numbers are never read.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import text

from govhr_desktop.documents.commendation import mask_personal_numbers
from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.evaluation_items import CATEGORIES_BY_CODE, ITEMS_BY_CODE
from govhr_desktop.domain.scoring import Template, _r, grade_for
from govhr_desktop.domain.scoring_periods import average_of_present
from govhr_desktop.domain.security import RECORDS_READ
from govhr_desktop.domain.training import DEFAULT_YEARLY_TARGET
from govhr_desktop.services.base import Service
from govhr_desktop.services.calendar import CalendarService
from govhr_desktop.services.center import CenterService
from govhr_desktop.services.document_periods import Period, month_label
from govhr_desktop.services.document_views import (
    AttendanceStats,
    LetterData,
    NoticeData,
    PersonResult,
    RatingStats,
    RedFlagEntry,
    ScoreItem,
    StarEntry,
)
from govhr_desktop.services.evaluation_views import _competition_rank, month_bounds
from govhr_desktop.services.templates import TemplateService

__all__ = [  # the period and the views are re-exported: callers import them from here
    "AttendanceStats", "DocumentContentService", "LetterData", "NoticeData", "Period", "PersonResult",
    "RatingStats", "RedFlagEntry", "ScoreItem", "StarEntry", "mask_personal_numbers", "month_label",
]

#: Leave types that are work elsewhere, not absence from duty.
ON_DUTY_LEAVE = frozenset({"business", "training"})
LEAVE_ZH = {"personal": "事假", "sick": "病假", "annual": "年休假", "marriage": "婚假", "maternity": "产假/陪产假",
            "bereavement": "丧假", "business": "公差/外出", "training": "培训", "time_off": "调休"}
DISCIPLINE_COUNTS = ("late_early", "missed_clock", "off_post", "meeting_absent")
CHIEF_SHARE = "chief_share"


# --- helpers ----------------------------------------------------------------------------------


def _day(v) -> date | None:
    if v is None or v == "":
        return None
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


def _pick_window(assignments: list[tuple], windows: dict) -> tuple[str, str, str]:
    """(number, name, post) of the assignment that started last (the one held at the end)."""
    if not assignments:
        return "", "", ""
    wid, post = assignments[-1]
    w = windows.get(wid)
    return (w[0], w[1], post or "") if w else ("", "", post or "")


class _Calendar:
    """Working days of the period as a prefix count (a person's due days in O(log n))."""

    def __init__(self, cal, first: date, last: date) -> None:
        self.cal, self.first = cal, first
        self.days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        self.working = [d for d in self.days if cal.is_working_day(d)]

    def between(self, a: date, b: date) -> int:
        if b < a:
            return 0
        return bisect_right(self.working, b) - bisect_right(self.working, a - timedelta(days=1))


# --- the service ------------------------------------------------------------------------------


class DocumentContentService(Service):
    # -- periods -------------------------------------------------------------------------------

    def _published_months(self, c) -> list[str]:
        return [r[0] for r in c.execute(text(
            "SELECT month FROM evaluation_form GROUP BY month HAVING MIN(state = 'published') = 1 "
            "ORDER BY month DESC"))]

    def published_periods(self) -> list[Period]:
        """Months with published results and quarters whose three months are all published,
        newest first (a quarter before its last month)."""
        self.require(RECORDS_READ, "documents.periods")
        with self.ctx.connect() as c:
            months = self._published_months(c)
        have = set(months)
        out: list[Period] = []
        for m in months:
            p = Period.of_month(m)
            if p.month % 3 == 0:
                q = Period.of_quarter(p.year, p.month // 3)
                if all(x in have for x in q.months):
                    out.append(q)
            out.append(p)
        return out

    def _require_published(self, c, period: Period) -> None:
        states = dict(c.execute(text(
            "SELECT month, MIN(state = 'published') FROM evaluation_form WHERE month >= :a AND month <= :b "
            "GROUP BY month"), {"a": period.months[0], "b": period.months[-1]}).all())
        if not all(states.get(m) == 1 for m in period.months):
            raise DomainError("documents.no_published", "period", period=period.label)

    # -- the notice ----------------------------------------------------------------------------

    def notice_data(self, period: Period | str | tuple[int, int]) -> NoticeData:
        """The confirmed honours of the period for the commendation notice."""
        period = Period.parse(period)
        self.require(RECORDS_READ, "documents.notice", label=period.key)
        center = CenterService(self.ctx).get()
        with self.ctx.connect() as c:
            self._require_published(c, period)
            confirmed = {r[0] for r in c.execute(text(
                "SELECT month FROM honour_month WHERE month >= :a AND month <= :b"),
                {"a": period.months[0], "b": period.months[-1]})}
            missing = [m for m in period.months if m not in confirmed]
            if missing:
                raise DomainError("documents.honours_not_confirmed", "period", period=period.label,
                                  month=month_label(missing[0]))
            p = {"a": period.months[0], "b": period.months[-1]}
            units = {r[0]: r[1:] for r in c.execute(text(
                "SELECT id, full_name, short_name FROM home_unit"))}
            windows = {r[0]: r[1:] for r in c.execute(text(
                "SELECT id, number, name, home_unit_id FROM service_window"))}
            decisions = c.execute(text(
                "SELECT d.month, d.kind, d.staff_id, d.window_id, d.score, s.name, s.home_unit_id "
                "FROM honour_decision d LEFT JOIN staff s ON s.id = d.staff_id "
                "WHERE d.month >= :a AND d.month <= :b ORDER BY d.month, d.kind, d.score DESC, d.id"), p).all()
            star_ids = sorted({r[2] for r in decisions if r[1] == "star"})
            held = self._assignments(c, period, star_ids)
            evaluated = c.execute(text(
                "SELECT DISTINCT f.staff_id, s.home_unit_id FROM evaluation_form f JOIN staff s ON s.id = f.staff_id "
                "WHERE f.month >= :a AND f.month <= :b"), p).all()
            nwin = c.execute(text(
                "SELECT COUNT(DISTINCT a.window_id) FROM assignment a JOIN evaluation_form f ON f.staff_id = a.staff_id "
                "AND f.month >= :a AND f.month <= :b WHERE a.start_on <= :last AND (a.end_on IS NULL OR a.end_on >= :first)"),
                {**p, "first": period.first_day.isoformat(), "last": period.last_day.isoformat()}).scalar()
            order = [r[0] for r in c.execute(text("SELECT id FROM home_unit ORDER BY sort_order, id"))]
        stars, flags = [], []
        for month, kind, sid, wid, score, name, unit_id in decisions:
            if kind == "star":
                unit = units.get(unit_id, ("", ""))
                number, wname, _post = _pick_window(held.get((sid, month), []), windows)
                stars.append(StarEntry(month, sid, name or "", unit[0], unit[1], number, wname, float(score)))
            elif kind == "red_flag" and wid in windows:
                number, wname, unit_id = windows[wid]
                unit = units.get(unit_id, ("", ""))
                flags.append(RedFlagEntry(month, wid, number, wname, unit[0], unit[1], unit_id, float(score)))
        with_staff = {u for _sid, u in evaluated}
        cc = tuple(units[u][0] for u in order if u in with_staff)
        return NoticeData(period, center.name, center.short_name, tuple(stars), tuple(flags), cc,
                          len({sid for sid, _u in evaluated}), int(nwin or 0))

    @staticmethod
    def _assignments(c, period: Period, staff_ids=None) -> dict[tuple[int, str], list[tuple]]:
        """(staff id, month) -> [(window id, post)] of assignments overlapping the month, by start."""
        where = ""
        if staff_ids is not None:
            if not staff_ids:
                return {}
            where = f" AND staff_id IN ({', '.join(str(int(s)) for s in staff_ids)})"
        rows = c.execute(text(
            "SELECT staff_id, window_id, post, start_on, end_on FROM assignment WHERE start_on <= :last "
            f"AND (end_on IS NULL OR end_on >= :first){where} ORDER BY staff_id, start_on, id"),
            {"first": period.first_day.isoformat(), "last": period.last_day.isoformat()}).all()
        out: dict[tuple[int, str], list[tuple]] = defaultdict(list)
        for sid, wid, post, start, end in rows:
            start, end = _day(start), _day(end)
            for m in period.months:
                first, last, _n = month_bounds(m)
                if start <= last and (end is None or end >= first):
                    out[(sid, m)].append((wid, post))
            out[(sid, "")].append((wid, post))  # the whole period
        return out

    # -- the letters ---------------------------------------------------------------------------

    def letter_data(self, period: Period | str | tuple[int, int], home_unit_id: int) -> LetterData:
        """One home unit's letter (refused for a unit without staff evaluated in the period)."""
        return self._letters(Period.parse(period), home_unit_id)[0]  # raises for a unit without staff

    def letters_data(self, period: Period | str | tuple[int, int]) -> list[LetterData]:
        """Every home unit with staff evaluated in the period, in the center's order."""
        return self._letters(Period.parse(period), None)

    def _letters(self, period: Period, only_unit: int | None) -> list[LetterData]:
        self.require(RECORDS_READ, "documents.letters", label=period.key)
        center = CenterService(self.ctx).get()
        templates = TemplateService(self.ctx)
        active = templates.active()
        first, last = period.first_day, period.last_day
        p = {"a": period.months[0], "b": period.months[-1], "first": first.isoformat(), "last": last.isoformat(),
             "next": (last + timedelta(days=1)).isoformat(), "y0": date(period.year, 1, 1).isoformat()}
        with self.ctx.connect() as c:
            self._require_published(c, period)
            units = {r[0]: r[1:] for r in c.execute(text(
                "SELECT id, full_name, short_name FROM home_unit ORDER BY sort_order, id"))}
            if only_unit is not None and only_unit not in units:
                raise DomainError("record.not_found", "home_unit", id=only_unit)
            forms = c.execute(text(
                "SELECT id, staff_id, month, total, grade, breakdown, template_id FROM evaluation_form "
                "WHERE month >= :a AND month <= :b AND state = 'published' ORDER BY staff_id, month"), p).all()
            people = {r[0]: r[1:] for r in c.execute(text(
                "SELECT s.id, s.name, s.home_unit_id, s.employment_type, s.joined_center_on, s.left_center_on "
                "FROM staff s WHERE s.id IN (SELECT staff_id FROM evaluation_form WHERE month >= :a AND month <= :b)"),
                p)}
            adjustments: dict[int, list[tuple]] = defaultdict(list)
            for fid, cat, pts, reason, origin in c.execute(text(
                    "SELECT a.form_id, a.category, a.points, a.reason, a.origin FROM evaluation_adjustment a "
                    "JOIN evaluation_form f ON f.id = a.form_id WHERE f.month >= :a AND f.month <= :b "
                    "ORDER BY a.form_id, a.id"), p):
                adjustments[fid].append((cat, float(pts), reason or "", origin or ""))
            bad_now = {r[0]: (int(r[1] or 0), int(r[2] or 0)) for r in c.execute(text(
                "SELECT staff_id, COUNT(*), SUM(excluded != 0) FROM rating WHERE rated_at >= :first AND rated_at < :next "
                "AND level <= :bad AND staff_id IS NOT NULL GROUP BY staff_id"),
                {**p, "bad": active.template.bad_rating_max_level})}
            leaves = c.execute(text(
                "SELECT staff_id, leave_type, start_on, start_half, end_on, end_half, status, returned_on "
                "FROM leave_request WHERE status IN ('approved', 'returned') AND start_on <= :last AND end_on >= :first "
                "ORDER BY staff_id, start_on"), p).all()
            hours = {r[0]: float(r[1] or 0.0) for r in c.execute(text(
                "SELECT a.staff_id, SUM(a.hours) FROM training_attendance a JOIN training_session ts "
                "ON ts.id = a.session_id WHERE ts.held_on >= :y0 AND ts.held_on <= :last GROUP BY a.staff_id"), p)}
            targets = {k[len("training.target."):]: v for k, v in c.execute(text(
                "SELECT key, value FROM app_setting WHERE key LIKE 'training.target.%'"))}
            decisions = c.execute(text(
                "SELECT month, kind, staff_id, window_id, score FROM honour_decision WHERE month >= :a AND month <= :b "
                "ORDER BY month, kind, score DESC, id"), p).all()
            windows = {r[0]: r[1:] for r in c.execute(text(
                "SELECT id, number, name, home_unit_id FROM service_window"))}
            held = self._assignments(c, period)
        if not forms:
            raise DomainError("documents.no_published", "period", period=period.label)
        cal = _Calendar(CalendarService(self.ctx).work_calendar(period.year, period.year), first, last)
        tcache: dict[int, Template] = {active.id: active.template}

        def template(tid: int) -> Template:
            if tid not in tcache:
                tcache[tid] = templates.get(tid).template
            return tcache[tid]

        # per person, per month
        by_staff: dict[int, list] = defaultdict(list)
        for row in forms:
            by_staff[row[1]].append(row)
        stars: dict[int, list[str]] = defaultdict(list)
        flags: list[RedFlagEntry] = []
        for month, kind, sid, wid, score in decisions:
            if kind == "star" and sid is not None:
                stars[sid].append(month)
            elif kind == "red_flag" and wid in windows:
                number, wname, unit_id = windows[wid]
                unit = units.get(unit_id, ("", ""))
                flags.append(RedFlagEntry(month, wid, number, wname, unit[0], unit[1], unit_id, float(score)))
        leave_of: dict[int, list] = defaultdict(list)
        for row in leaves:
            leave_of[row[0]].append(row[1:])

        totals: dict[int, float] = {}
        for sid, rows in by_staff.items():
            totals[sid] = float(rows[0][3]) if period.kind == "month" else average_of_present(
                [float(r[3]) for r in rows])
        ordered = sorted(totals, key=lambda s: (-totals[s], people.get(s, ("",))[0], s))
        ranks = dict(zip(ordered, _competition_rank([(s, _r(totals[s])) for s in ordered])))
        center_avg = average_of_present(list(totals.values()))

        results: dict[int, PersonResult] = {}
        center_counted = center_good = 0
        for sid in ordered:
            name, unit_id, etype, joined, left = people[sid]
            if only_unit is not None and unit_id != only_unit:
                # still needed for the center's 好评率; only the rating counts are read
                for row in by_staff[sid]:
                    r = (json.loads(row[5] or "{}").get("ratings") or {})
                    center_counted += int(r.get("total") or 0)
                    center_good += int(r.get("good") or 0)
                continue
            res = self._person(period, sid, name, etype, _day(joined), _day(left), by_staff[sid], totals[sid],
                               ranks[sid], adjustments, template, active.template, bad_now.get(sid, (0, 0)),
                               leave_of.get(sid, []), cal, hours.get(sid, 0.0), targets, stars.get(sid, []),
                               held.get((sid, ""), []), windows)
            center_counted += res.ratings.counted
            center_good += res.ratings.good
            results[sid] = res

        grades = tuple(b.grade for b in active.template.bands)
        by_unit: dict[int, list[PersonResult]] = defaultdict(list)
        for sid in ordered:
            if sid in results:
                by_unit[people[sid][1]].append(results[sid])
        if only_unit is not None and not by_unit.get(only_unit):
            raise DomainError("documents.unit_without_staff", "home_unit", unit=units[only_unit][0] or units[only_unit][1],
                              period=period.label)
        good_rate = center_good / center_counted if center_counted else None
        out = []
        for unit_id, (full, short) in units.items():
            staff = by_unit.get(unit_id)
            if not staff:
                continue
            out.append(LetterData(period, center.name, center.short_name, unit_id, full, short, tuple(staff),
                                  len(totals), center_avg, good_rate, grades,
                                  tuple(f for f in flags if f.home_unit_id == unit_id), last))
        return out

    def _person(self, period: Period, sid: int, name: str, etype: str, joined: date | None, left: date | None,
                rows: list, total: float, rank: int, adjustments: dict, template, active: Template,
                bad_now: tuple[int, int], leaves: list, cal: _Calendar, hours: float, targets: dict,
                star_months: list[str], held: list, windows: dict) -> PersonResult:
        items: list[ScoreItem] = []
        deducted = bonus = 0.0
        counted = good = bad_deducted = 0
        register: dict[str, float] = defaultdict(float)
        monthly = []
        for fid, _sid, month, mtotal, _grade, bd_json, tid in rows:
            bd = json.loads(bd_json or "{}")
            t = template(tid)
            monthly.append((month, float(mtotal)))
            for cat in bd.get("categories") or ():
                for it in cat.get("items") or ():
                    items.append(self._item(month, "deduction", it, -float(it.get("amount") or 0.0)))
                raw, capped = float(cat.get("raw") or 0.0), float(cat.get("capped") or 0.0)
                if raw > capped:
                    zh = CATEGORIES_BY_CODE[cat["code"]].zh if cat.get("code") in CATEGORIES_BY_CODE else cat.get("code")
                    items.append(ScoreItem(month, "cap", f"{zh}扣分超过上限{cat.get('weight', capped):g}分的部分不计",
                                           1, "", _r(raw - capped)))
            b = bd.get("bonus") or {}
            for it in b.get("items") or ():
                items.append(self._item(month, "bonus", it, float(it.get("amount") or 0.0)))
            if float(b.get("raw") or 0.0) > float(b.get("capped") or 0.0):
                items.append(ScoreItem(month, "cap", f"加分超过上限{t.bonus_cap:g}分的部分不计", 1, "",
                                       -_r(float(b["raw"]) - float(b["capped"]))))
            veto = bd.get("veto") or {}
            src = (bd.get("sources") or {}).get("register") or {}
            for code in veto.get("items") or ():
                qty = float(src.get(code) or 1.0)
                rule = t.vetoes_by_code.get(code)
                pts = -(rule.points * qty) if rule else 0.0
                info = ITEMS_BY_CODE.get(code)
                items.append(ScoreItem(month, "veto", info.zh if info else code, qty, info.unit if info else "次",
                                       _r(pts)))
            for code, qty in src.items():
                register[code] += float(qty)
            chief, chief_windows = 0.0, 0
            for cat, pts, reason, origin in adjustments.get(fid, ()):
                if pts < 0:
                    deducted -= pts
                else:
                    bonus += pts
                if origin == CHIEF_SHARE or cat == CHIEF_SHARE:
                    chief, chief_windows = chief + pts, chief_windows + 1  # one line for all windows
                    continue
                zh = CATEGORIES_BY_CODE[cat].zh if cat in CATEGORIES_BY_CODE else cat
                items.append(ScoreItem(month, "adjustment", f"{zh}（中心调整）", 1, "次", _r(pts),
                                       mask_personal_numbers(reason)))
            if chief_windows:
                items.append(ScoreItem(month, "adjustment", "首席代表按比例承担所在单位窗口扣分", chief_windows,
                                       "个窗口", _r(chief)))
            deducted += float(bd.get("deductions") or 0.0) + float(veto.get("points") or 0.0)
            bonus += float(b.get("capped") or 0.0)
            r = bd.get("ratings") or {}
            counted += int(r.get("total") or 0)
            good += int(r.get("good") or 0)
            bad_deducted += int(r.get("bad_verified") or 0)
        if period.kind == "month":
            grade = rows[0][4]
        else:
            grade = grade_for(active, total)
        # attendance
        start = max(period.first_day, joined) if joined else period.first_day
        end = min(period.last_day, left) if left else period.last_day
        due = float(cal.between(start, end))
        by_type: dict[str, float] = defaultdict(float)
        leave_days = 0.0
        for ltype, s, sh, e, eh, status, returned in leaves:
            s, e, returned = _day(s), _day(e), _day(returned)
            if status == "returned" and returned is not None and returned <= e:
                e, eh = returned - timedelta(days=1), "pm"
            if s < start:
                s, sh = start, "am"
            if e > end:
                e, eh = end, "pm"
            if e < s:
                continue
            days = cal.cal.leave_days(s, sh, e, eh)
            if not days:
                continue
            by_type[LEAVE_ZH.get(ltype, ltype)] += days
            if ltype not in ON_DUTY_LEAVE:
                leave_days += days
        attendance = AttendanceStats(
            due, leave_days, tuple(sorted(by_type.items(), key=lambda kv: -kv[1])),
            float(register.get("absence_half_day", 0.0)) / 2,
            *(int(register.get(code, 0)) for code in DISCIPLINE_COUNTS))
        bad, excluded = bad_now
        ratings = RatingStats(counted, good, bad, excluded, bad_deducted)
        number, wname, post = _pick_window(held, windows)
        target = targets.get(etype)
        try:
            target = float(target) if target is not None else DEFAULT_YEARLY_TARGET
        except ValueError:
            target = DEFAULT_YEARLY_TARGET
        honours = tuple(f"{month_label(m)}“服务之星”" for m in star_months)
        return PersonResult(sid, name, number, wname, post, etype, len(rows), tuple(monthly), _r(total), rank, grade,
                            _r(deducted), _r(bonus), tuple(items), ratings, attendance, round(hours, 2), target,
                            honours)

    # -- evaluation sheets for the letters' attachments ----------------------------------------

    def sheet_maker(self, period: Period | str | tuple[int, int], letters: list[LetterData] | None = None, *,
                    printed_on: date | None = None) -> Callable[[PersonResult], tuple]:
        """``sheet_blocks`` for ``feedback_letter.build_letter(..., with_sheets=True)``: the
        evaluation sheets of everyone in ``letters`` (everyone evaluated in the period when None)
        read in one batch (``EvaluationReportService.sheets``) and laid out as blocks by
        ``documents.evaluation_sheet.sheet_blocks``; a person without a sheet gets the letter's
        own plain sheet (``feedback_letter.default_sheet_blocks``)."""
        from govhr_desktop.documents.feedback_letter import default_sheet_blocks

        period = Period.parse(period)
        from govhr_desktop.documents.evaluation_sheet import sheet_blocks
        from govhr_desktop.services.evaluation_reports import EvaluationReportService

        ids = None if letters is None else [p.staff_id for d in letters for p in d.people]
        sheets = EvaluationReportService(self.ctx).sheets(period.key, ids, printed_on=printed_on)

        def make(person: PersonResult) -> tuple:
            sheet = sheets.get(person.staff_id)
            return sheet_blocks(sheet) if sheet is not None else default_sheet_blocks(person, period)

        return make

    @staticmethod
    def _item(month: str, kind: str, it: dict, points: float) -> ScoreItem:
        code = it.get("code", "")
        info = ITEMS_BY_CODE.get(code)
        return ScoreItem(month, kind, info.zh if info else code, float(it.get("quantity") or 0.0),
                         info.unit if info else "次", _r(points))

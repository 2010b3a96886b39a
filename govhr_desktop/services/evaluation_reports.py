"""Printable evaluation reports (issue 7 item 7): the ranking table of a month or a quarter and a
person's evaluation sheet (考核评分表), from **published** results only.

A period is kept simple: a month ``"2026-10"`` or a quarter ``(2026, 3)`` (``"2026-Q3"`` and an
object with such a ``key``, like ``document_content.Period``, are read too). ``period_label`` prints it ("2026年10月", "2026年第三季度"); ``period_key`` gives the neutral
form used in error parameters and PDF keywords ("2026-10", "2026-Q3"); ``period_months`` the months.

* **Month**: its forms must be published (a month moves through its states as a whole). Ranking =
  ``EvaluationService.month_ranking`` (totals and competition ranks as the evaluation pages show
  them). A sheet shows the form's breakdown as stored (the figures of the template the form was
  scored with), its adjustments with their reasons, the total and grade of the form.
* **Quarter**: every month of it must be published (else ``reports.quarter_incomplete`` naming the
  months still open). Ranking = ``AnnualService.period`` (the average of the months a person has a
  published form for, ranked; the grade is the band of the average), plus each month's total.
* **Window and post** printed: the person's assignment overlapping the period that started last.
* **Ratings** (sheet): from the form's breakdown (counted, good, verified staff-fault 差评,
  excluded); 差评数 = counted − good. **Leave**: approved (or returned) leave overlapping the
  period, clipped to it, in working days of the editable calendar (a return before the planned
  end shortens it); the reason is never read. **Training**: credited hours of sessions held from
  1 January to the period's last day, against the yearly target of the person's employment type.
  **Honours**: the confirmed 服务之星 of the period's months and the 流动红旗窗口 of a window the
  person was assigned to that month.

``sheets(period, staff_ids)`` is set-based, for the batch of feedback letters: what every sheet of
the period shares (ranks over everyone, honours, the center's name) is read once per service
instance, then seven queries per call whatever the number of people (about 6 ms a home unit for a
month, 12 ms for a quarter, on the demo's 470 people). No ID or phone numbers are read.
Read-only: nothing is audited. The sheet data itself (labels, month and quarter sheets, leave
figures) is built in ``evaluation_sheets``; ``CHIEF_SHARE`` stays importable from here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, text

from govhr_desktop.documents.evaluation_sheet import SheetData, render_sheet
from govhr_desktop.documents.ranking_report import RankingData, RankingRow, render_ranking
from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.scoring import Template, _r, grade_for
from govhr_desktop.domain.scoring_periods import average_of_present
from govhr_desktop.domain.security import RECORDS_READ
from govhr_desktop.domain.training import DEFAULT_YEARLY_TARGET
from govhr_desktop.services.annual import AnnualService
from govhr_desktop.services.base import Service
from govhr_desktop.services.calendar import CalendarService
from govhr_desktop.services.evaluation import EvaluationService
from govhr_desktop.services.evaluation_sheets import (  # noqa: F401  (CHIEF_SHARE re-exported)
    CHIEF_SHARE,
    _d,
    _leave_figures,
    _month_sheet,
    _month_word,
    _quarter_sheet,
)
from govhr_desktop.services.evaluation_views import _competition_rank, month_bounds
from govhr_desktop.services.templates import TemplateService
from govhr_desktop.services.training_ledger import TrainingLedgerService

Period = str | tuple[int, int]

_QUARTER_WORDS = "一二三四"
_QUARTER_KEY = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
COUNTED_LEAVE = ("approved", "returned")


# --- periods ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Period:
    key: str  # '2026-10' / '2026-Q3'
    label: str
    months: tuple[str, ...]
    quarter: bool
    year: int
    q: int | None
    first: date
    last: date


def _parse(period: Period) -> _Period:
    if not isinstance(period, str | tuple) and isinstance(getattr(period, "key", None), str):
        period = period.key  # a period object of another module (document_content.Period)
    if isinstance(period, str):
        m = _QUARTER_KEY.match(period.strip())
        if m:
            period = (int(m.group(1)), int(m.group(2)))
    if isinstance(period, str):
        first, last, _nxt = month_bounds(period)  # evaluation.bad_month for a malformed month
        return _Period(period, f"{first.year}年{first.month}月", (period,), False, first.year, None, first, last)
    if isinstance(period, tuple) and len(period) == 2 and all(isinstance(x, int) for x in period):
        y, q = period
        if q not in (1, 2, 3, 4):
            raise DomainError("scoring.bad_quarter", "quarter", quarter=q)
        if y < 1900:
            raise DomainError("reports.bad_period", "period", value=str(period))
        months = tuple(f"{y:04d}-{m:02d}" for m in range(3 * q - 2, 3 * q + 1))
        return _Period(f"{y:04d}-Q{q}", f"{y}年第{_QUARTER_WORDS[q - 1]}季度", months, True, y, q,
                       month_bounds(months[0])[0], month_bounds(months[-1])[1])
    raise DomainError("reports.bad_period", "period", value=str(period))


def period_label(period: Period) -> str:
    """'2026-10' → '2026年10月'; (2026, 3) → '2026年第三季度'."""
    return _parse(period).label


def period_key(period: Period) -> str:
    """'2026-10' → '2026-10'; (2026, 3) → '2026-Q3' (language-neutral; error parameters, keywords)."""
    return _parse(period).key


def period_months(period: Period) -> tuple[str, ...]:
    """The months of a period: ('2026-10',) or ('2026-07', '2026-08', '2026-09')."""
    return _parse(period).months


# --- rows -------------------------------------------------------------------------------------


def _assignments(c, p: _Period, ids: list[int] | None) -> dict[int, list[tuple]]:
    """Per person, the assignments overlapping the period (start order):
    (start, end, window_id, number, name, post)."""
    where = " AND a.staff_id IN :ids" if ids is not None else ""
    q = text("SELECT a.staff_id, a.start_on, a.end_on, w.id, w.number, w.name, a.post FROM assignment a "
             "JOIN service_window w ON w.id = a.window_id WHERE a.start_on <= :last "
             f"AND (a.end_on IS NULL OR a.end_on >= :first){where} ORDER BY a.staff_id, a.start_on, a.id")
    params: dict = {"first": p.first.isoformat(), "last": p.last.isoformat()}
    if ids is not None:
        q = q.bindparams(bindparam("ids", expanding=True))
        params["ids"] = ids
    out: dict[int, list[tuple]] = defaultdict(list)
    for sid, start, end, wid, number, name, post in c.execute(q, params):
        out[sid].append((_d(start), _d(end), wid, number, name, post or ""))
    return out


@dataclass(frozen=True)
class _Facts:
    center: str
    month_rank: dict[tuple[str, int], int]  # (month, staff id) → rank among the month's published forms
    month_count: dict[str, int]  # people ranked per month
    period_rows: dict[int, tuple[float, str, int]]  # quarters: staff id → (average, band, rank)
    stars: dict[int, list[str]]  # staff id → months with a confirmed 服务之星
    flags: dict[str, list[int]]  # month → windows with the 流动红旗


@dataclass(frozen=True)
class _PersonRows:
    """The rows of the people asked for (all when ``ids`` is None): forms, adjustments, names,
    assignments, leave, training hours. Six queries."""

    forms: list
    adjustments: dict[int, list[tuple]]
    people: dict[int, tuple]
    assignments: dict[int, list[tuple]]
    leave: list
    hours: dict[int, float]

    @classmethod
    def read(cls, c, p: _Period, ids: list[int] | None) -> _PersonRows:
        def q(sql: str, only: str = "", tail: str = ""):
            sql += (f" AND {only} IN :ids" if (ids is not None and only) else "") + tail
            binds = [bindparam(k, expanding=True) for k in ("months", "ids") if f":{k}" in sql]
            return text(sql).bindparams(*binds) if binds else text(sql)

        params = {"months": list(p.months), "first": p.first.isoformat(), "last": p.last.isoformat(),
                  "y0": date(p.year, 1, 1).isoformat()}
        if ids is not None:
            params["ids"] = ids
        forms = c.execute(q(
            "SELECT f.id, f.staff_id, f.month, f.template_id, f.total, f.grade, f.breakdown "
            "FROM evaluation_form f WHERE f.state = 'published' AND f.month IN :months", "f.staff_id"), params).all()
        forms.sort(key=lambda f: (f.staff_id, f.month))
        adjustments: dict[int, list[tuple]] = defaultdict(list)
        if forms:
            for fid, cat, pts, reason in c.execute(text(
                    "SELECT form_id, category, points, reason FROM evaluation_adjustment WHERE form_id IN :f "
                    "ORDER BY form_id, id").bindparams(bindparam("f", expanding=True)), {"f": [f.id for f in forms]}):
                adjustments[fid].append((cat, float(pts), reason or ""))
        people = {r[0]: r[1:] for r in c.execute(q(
            "SELECT s.id, s.name, COALESCE(h.full_name, ''), s.employment_type FROM staff s "
            "LEFT JOIN home_unit h ON h.id = s.home_unit_id WHERE 1 = 1", "s.id"), params)}
        leave = c.execute(q(
            "SELECT staff_id, leave_type, start_on, start_half, end_on, end_half, status, returned_on "
            "FROM leave_request WHERE status IN ('approved', 'returned') AND start_on <= :last AND end_on >= :first",
            "staff_id"), params).all()
        leave.sort(key=lambda r: (r[0], str(r[2])))
        hours = {sid: float(h or 0.0) for sid, h in c.execute(q(
            "SELECT a.staff_id, SUM(a.hours) FROM training_attendance a JOIN training_session ts "
            "ON ts.id = a.session_id WHERE ts.held_on >= :y0 AND ts.held_on <= :last", "a.staff_id",
            " GROUP BY a.staff_id"), params)}
        return cls(forms, dict(adjustments), people, _assignments(c, p, ids), leave, hours)


# --- the service ------------------------------------------------------------------------------


class EvaluationReportService(Service):
    # -- checks --------------------------------------------------------------------------------

    def _require_published(self, c, p: _Period) -> None:
        states: dict[str, set[str]] = defaultdict(set)
        for month, state in c.execute(text(
                "SELECT DISTINCT month, state FROM evaluation_form WHERE month IN :months"
        ).bindparams(bindparam("months", expanding=True)), {"months": list(p.months)}):
            states[month].add(state)
        open_months = [m for m in p.months if "published" not in states.get(m, ())]
        if len(open_months) == len(p.months):
            raise DomainError("reports.not_published", "period", period=p.key)
        if open_months:
            raise DomainError("reports.quarter_incomplete", "period", period=p.key,
                              months=tuple(open_months))

    @staticmethod
    def _center_name(c) -> str:
        return c.execute(text("SELECT name FROM center ORDER BY id LIMIT 1")).scalar() or ""

    # -- the ranking table ---------------------------------------------------------------------

    def ranking(self, period: Period, *, printed_on: date | None = None) -> RankingData:
        """The ranking of a published month or quarter (see the module docstring)."""
        self.require(RECORDS_READ, "reports.ranking")
        p = _parse(period)
        with self.ctx.connect() as c:
            self._require_published(c, p)
            center = self._center_name(c)
            windows = _assignments(c, p, None)
            template_id = c.execute(text(
                "SELECT template_id FROM evaluation_form WHERE month = :m AND state = 'published' "
                "GROUP BY template_id ORDER BY COUNT(*) DESC LIMIT 1"), {"m": p.months[-1]}).scalar()
            monthly: dict[int, dict[str, float]] = defaultdict(dict)
            if p.quarter:
                for sid, month, total in c.execute(text(
                        "SELECT staff_id, month, total FROM evaluation_form WHERE state = 'published' "
                        "AND month IN :months").bindparams(bindparam("months", expanding=True)),
                        {"months": list(p.months)}):
                    monthly[sid][month] = float(total)

        def window_of(sid: int) -> str:
            rows = windows.get(sid)
            return rows[-1][3] if rows else ""

        rows: list[RankingRow] = []
        if p.quarter:
            for r in AnnualService(self.ctx).period(p.year, p.q):
                if r.average is None:
                    continue
                rows.append(RankingRow(r.rank or 0, r.staff_id, r.name, r.home_unit, window_of(r.staff_id),
                                       r.average, r.band,
                                       tuple(monthly[r.staff_id].get(m) for m in p.months)))
            t = TemplateService(self.ctx).active().template
        else:
            ranked = [r for r in EvaluationService(self.ctx).month_ranking(p.months[0]) if r.state == "published"]
            ranks = _competition_rank([(r.staff_id, _r(r.total)) for r in ranked])
            rows = [RankingRow(k, r.staff_id, r.staff_name, r.home_unit, window_of(r.staff_id), float(r.total),
                               r.grade) for k, r in zip(ranks, ranked)]
            t = self._template(template_id)
        return RankingData(center, p.key, p.label, p.quarter, tuple(_month_word(m) for m in p.months) if p.quarter
                           else (), tuple(rows), tuple(b.grade for b in t.bands), printed_on or date.today())

    def render_ranking_pdf(self, period: Period, *, printed_on: date | None = None) -> bytes:
        return render_ranking(self.ranking(period, printed_on=printed_on))

    # -- evaluation sheets ---------------------------------------------------------------------

    def sheet(self, staff_id: int, period: Period, *, printed_on: date | None = None) -> SheetData:
        """One person's sheet; ``record.not_found`` for an unknown person, ``reports.no_form`` when
        the person has no published form in the period."""
        self.require(RECORDS_READ, "reports.sheet")
        p = _parse(period)
        with self.ctx.connect() as c:
            name = c.execute(text("SELECT name FROM staff WHERE id = :id"), {"id": staff_id}).scalar()
        if name is None:
            raise DomainError("record.not_found", "staff_id", id=staff_id)
        out = self.sheets(p.key, [staff_id], printed_on=printed_on)
        if staff_id not in out:
            raise DomainError("reports.no_form", "staff_id", name=name, period=p.key)
        return out[staff_id]

    def render_sheet_pdf(self, staff_id: int, period: Period, *, printed_on: date | None = None) -> bytes:
        return render_sheet(self.sheet(staff_id, period, printed_on=printed_on))

    def _facts(self, c, p: _Period) -> _Facts:
        """What every sheet of a published period shares (ranks over everyone, honours), read once
        per service: a published month is frozen (no recompute, no adjustment, no honours undo,
        no way back from published), so these never change once the check has passed."""
        cache = self.__dict__.setdefault("_facts_cache", {})
        hit = cache.get(p.key)
        if hit is not None:
            return hit
        self._require_published(c, p)
        months = bindparam("months", expanding=True)
        all_totals = c.execute(text(
            "SELECT f.staff_id, f.month, f.total, s.name FROM evaluation_form f JOIN staff s ON s.id = f.staff_id "
            "WHERE f.state = 'published' AND f.month IN :months ORDER BY f.month, f.total DESC, s.name, f.staff_id"
        ).bindparams(months), {"months": list(p.months)}).all()
        month_rank: dict[tuple[str, int], int] = {}
        month_count: dict[str, int] = defaultdict(int)
        by_month: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for sid, month, total, _name in all_totals:
            by_month[month].append((sid, _r(float(total))))
        for month, rows in by_month.items():
            for (sid, _t), k in zip(rows, _competition_rank(rows)):
                month_rank[(month, sid)] = k
            month_count[month] = len(rows)
        period_rows = _period_ranks(all_totals, TemplateService(self.ctx).active().template) if p.quarter else {}
        stars: dict[int, list[str]] = defaultdict(list)
        flags: dict[str, list[int]] = defaultdict(list)
        for month, kind, sid, wid in c.execute(text(
                "SELECT month, kind, staff_id, window_id FROM honour_decision WHERE month IN :months "
                "ORDER BY month, kind, id").bindparams(months), {"months": list(p.months)}):
            if kind == "star" and sid is not None:
                stars[sid].append(month)
            elif kind == "red_flag" and wid is not None:
                flags[month].append(wid)
        hit = cache[p.key] = _Facts(self._center_name(c), month_rank, dict(month_count), period_rows,
                                    dict(stars), dict(flags))
        return hit

    def sheets(self, period: Period, staff_ids=None, *, printed_on: date | None = None) -> dict[int, SheetData]:
        """The sheets of ``staff_ids`` (everyone with a published form when None) by staff id, in the
        order given (by rank when None). People without a published form in the period, and
        unknown ids, are left out. A fixed number of queries whatever the number of people; what
        all sheets of the period share is read once per service instance (reuse the instance for
        a batch: one unit after the other costs a few milliseconds each)."""
        self.require(RECORDS_READ, "reports.sheet")
        p = _parse(period)
        ids = None if staff_ids is None else list(dict.fromkeys(int(s) for s in staff_ids))
        printed_on = printed_on or date.today()
        with self.ctx.connect() as c:
            facts = self._facts(c, p)
            if ids is not None and not ids:
                return {}
            rows = _PersonRows.read(c, p, ids)
        targets = TrainingLedgerService(self.ctx).targets()
        calendar = CalendarService(self.ctx).work_calendar(p.first.year, p.last.year) if rows.leave else None
        templates: dict[int, Template] = {}
        template_labels: dict[int, str] = {}
        leave_by: dict[int, list[tuple]] = defaultdict(list)
        for row in rows.leave:
            leave_by[row[0]].append(row[1:])
        forms_by: dict[int, list] = defaultdict(list)
        for f in rows.forms:
            forms_by[f.staff_id].append(f)
        order = ids if ids is not None else sorted(
            forms_by, key=lambda s: facts.period_rows[s][2] if p.quarter else facts.month_rank.get((p.months[0], s), 0))

        out: dict[int, SheetData] = {}
        for sid in order:
            fs = forms_by.get(sid)
            if not fs or sid not in rows.people:
                continue
            name, unit, etype = rows.people[sid]
            for f in fs:
                if f.template_id not in templates:
                    templates[f.template_id], template_labels[f.template_id] = self._template_version(f.template_id)
            assigned = rows.assignments.get(sid, [])
            last = assigned[-1] if assigned else None
            window = f"{last[3]}（{last[4]}）" if last else ""
            honour_texts = [f"{period_word(m)}“服务之星”" for m in facts.stars.get(sid, ())]
            for month in p.months:
                mf, ml, _ = month_bounds(month)
                for wid in facts.flags.get(month, ()):
                    for start, end, a_wid, number, _wname, _post in assigned:
                        if a_wid == wid and start <= ml and (end is None or end >= mf):
                            honour_texts.append(f"所在窗口{number}获{period_word(month)}“流动红旗窗口”")
                            break
            common = {
                "center_name": facts.center, "period": p.key, "period_label": p.label, "quarter": p.quarter,
                "staff_id": sid, "name": name, "home_unit": unit, "window": window, "post": last[5] if last else "",
                "template_label": "、".join(dict.fromkeys(template_labels[f.template_id] for f in fs)),
                "leave": _leave_figures(leave_by.get(sid, ()), p, calendar),
                "training_year": p.year, "training_until": p.last, "training_hours": float(rows.hours.get(sid) or 0.0),
                "training_target": float(targets.get(etype, DEFAULT_YEARLY_TARGET)),
                "honours": tuple(dict.fromkeys(honour_texts)), "printed_on": printed_on}
            if p.quarter:
                average, band, rank = facts.period_rows[sid]
                out[sid] = _quarter_sheet(common, fs, templates, rows.adjustments, facts.month_rank, p, average, band,
                                          rank, len(facts.period_rows))
            else:
                f = fs[0]
                out[sid] = _month_sheet(common, f, templates[f.template_id], rows.adjustments.get(f.id, ()),
                                        facts.month_rank.get((f.month, sid)), facts.month_count[f.month])
        return out

    def _template_version(self, template_id: int) -> tuple[Template, str]:
        """(template, label) of a stored version; cached on the service: stored versions never change."""
        cache = self.__dict__.setdefault("_templates", {})
        if template_id not in cache:
            tv = TemplateService(self.ctx).get(template_id)
            cache[template_id] = (tv.template, tv.label)
        return cache[template_id]

    def _template(self, template_id: int | None) -> Template:
        if template_id is None:
            return TemplateService(self.ctx).active().template
        return self._template_version(template_id)[0]


def _period_ranks(all_totals, t: Template) -> dict[int, tuple[float, str, int]]:
    """staff id → (average, band, rank) over the published months, exactly as
    ``AnnualService.period`` computes them (months in order, competition ranking on the rounded
    average, ties by name then id), from the rows already read (no breakdown to parse)."""
    totals: dict[int, list[float]] = defaultdict(list)
    names: dict[int, str] = {}
    for sid, month, total, name in sorted(all_totals, key=lambda r: (r[0], r[1])):
        totals[sid].append(float(total))
        names[sid] = name
    avgs = sorted(((sid, average_of_present(v)) for sid, v in totals.items()),
                  key=lambda x: (-(x[1] or 0), names[x[0]], x[0]))
    ranks = _competition_rank([(sid, _r(avg or 0)) for sid, avg in avgs])
    return {sid: (avg, grade_for(t, avg), rank) for rank, (sid, avg) in zip(ranks, avgs)}


def period_word(month: str) -> str:
    return f"{int(month[:4])}年{int(month[5:7])}月"

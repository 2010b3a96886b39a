"""Figures behind the evaluation charts (DOMAIN.md §6, §6a): monthly trends of a person, a window
and the whole center, the grade distribution per home unit, the 好评率 per window.

Read-only: plain SQL over a Core connection, a handful of grouped queries per call, results as
frozen dataclasses. Definitions (the same as the monthly evaluation's, so the charts agree with
the forms and the honours page):

* **好评率** = ratings at level ≥ ``good_rating_min_level`` of the active template / ratings not
  ``excluded`` (excluded ones count in neither); None when a month has no counted rating. A
  person's ratings are those carrying their ``staff_id``, a window's those carrying its
  ``window_id``; the month is the month of ``rated_at``. Computed from the ratings, not from the
  ``good_rate`` stored on a form (ratings imported after a form was frozen still count).
* **A person's score** is the total of their form of the month, whatever its state; None (a
  gap, not 0) when no form was computed.
* **A window's score** is the figure the honours page ranks for the red flag, computed the way
  ``EvaluationService.honours`` does (a test holds the two together) but for one window over many
  months in a few queries: ``score_window`` over the totals of the people assigned to the window
  during the month who have a form (without the chief representative's booked charges), the
  window items of ``window_month`` and the window's 好评率, with the template the month was
  scored with; None when nobody assigned there that month was scored.
* **Grade distribution** of a month: the forms of the month (any state) per grade and home unit
  (the person's home unit). Of a year ('YYYY'): the published months of each person averaged and
  graded with the monthly bands (a grade forced by a veto in any published month of the year
  wins); people with fewer than 6 published months get no grade and are counted as ungraded.

Months are 'YYYY-MM'; a trend's points come in calendar order, one per distinct month asked for.

Speed: a person's or a window's 12 months take a few milliseconds (their ratings come through the
``(staff_id, rated_at)`` / ``(window_id, rated_at)`` indexes). The center-wide trend reads every
rating of the months: with 100,000 ratings a month, 12 months take about 2.5 s on the reference
machine, because ``level`` and ``excluded`` are read from the table row by row; an index on
``rating (rated_at, excluded, level)`` would cover the query and cut that to about 0.35 s.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.scoring import _r, grade_for
from govhr_desktop.domain.scoring_periods import (
    MONTHS_FOR_ANNUAL_GRADE,
    average_of_present,
    score_window,
)
from govhr_desktop.domain.security import RECORDS_READ
from govhr_desktop.services.base import Service
from govhr_desktop.services.evaluation_views import month_bounds
from govhr_desktop.services.templates import TemplateService

_YEAR = re.compile(r"^\d{4}$")


# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrendPoint:
    """One month of a person's or a window's trend."""

    month: str
    score: float | None  # None: no form (person) / nobody assigned was scored (window)
    grade: str  # the form's grade ('' without a form; '' for windows)
    good_rate: float | None  # None: no counted rating
    ratings: int  # ratings counted (not excluded)
    good: int  # of those, at level >= the template's good level
    excluded: int = 0
    state: str = ""  # the form's state (people)
    staff_average: float | None = None  # windows: average of the staff's totals
    staff_count: int = 0  # windows: people assigned during the month who have a form


@dataclass(frozen=True)
class Trend:
    kind: str  # 'staff' or 'window'
    subject_id: int
    name: str  # person's name / window number and name
    detail: str  # person's home unit / window's home unit
    points: tuple[TrendPoint, ...]

    @property
    def empty(self) -> bool:
        return all(p.score is None and p.ratings == 0 for p in self.points)


@dataclass(frozen=True)
class SatisfactionPoint:
    """One month of the center-wide 好评率."""

    month: str
    ratings: int  # counted (not excluded)
    good: int
    bad: int  # level <= the template's bad level (差评), counted ones only
    excluded: int
    good_rate: float | None


@dataclass(frozen=True)
class UnitGrades:
    home_unit_id: int
    short_name: str
    full_name: str
    counts: tuple[int, ...]  # per grade, in the order of GradeDistribution.grades
    ungraded: int = 0  # year: fewer than 6 published months

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class GradeDistribution:
    period: str  # 'YYYY-MM' or 'YYYY'
    grades: tuple[str, ...]  # the template's bands, best first (then any other grade found)
    units: tuple[UnitGrades, ...]  # units with at least one person counted, in the units' order

    def count(self, home_unit_id: int, grade: str) -> int:
        i = self.grades.index(grade)
        for u in self.units:
            if u.home_unit_id == home_unit_id:
                return u.counts[i]
        return 0

    def totals(self) -> tuple[int, ...]:
        return tuple(sum(u.counts[i] for u in self.units) for i in range(len(self.grades)))

    @property
    def empty(self) -> bool:
        return not self.units


@dataclass(frozen=True)
class WindowRate:
    window_id: int
    number: str
    name: str
    home_unit: str  # short name; '' for the center's own windows
    ratings: int  # counted (not excluded)
    good: int
    excluded: int
    good_rate: float | None


# --- helpers ----------------------------------------------------------------------------------


def months_ending(month: str, n: int = 12) -> list[str]:
    """The ``n`` months up to and including ``month``, oldest first."""
    first, _last, _next = month_bounds(month)
    y, m = first.year, first.month
    out = []
    for _ in range(max(n, 0)):
        out.append(f"{y}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out[::-1]


def _months(months) -> list[str]:
    """Validated, distinct, in calendar order."""
    out = sorted(set(months))
    for m in out:
        month_bounds(m)
    return out


def _span(months: list[str]) -> dict[str, str]:
    """Bounds covering every month: first day of the first, first day after the last."""
    first = month_bounds(months[0])[0]
    nxt = month_bounds(months[-1])[2]
    return {"first": first.isoformat(), "next": nxt.isoformat(), "m0": months[0], "m1": months[-1]}


def _rate(good: int, counted: int) -> float | None:
    return good / counted if counted else None


def _counts(levels: dict[int, int], good_min: int) -> tuple[int, int]:
    """(ratings counted, of them good) from counts per level."""
    return sum(levels.values()), sum(n for level, n in levels.items() if level >= good_min)


def _overlaps(start: date | str, end: date | str | None, month: str) -> bool:
    first, last, _nxt = month_bounds(month)
    return str(start) <= last.isoformat() and (end is None or str(end) >= first.isoformat())


# --- the service ------------------------------------------------------------------------------


class StatisticsService(Service):
    def _template(self):
        return TemplateService(self.ctx).active().template

    def _levels_by_month(self, c, column: str, subject: int | None, span: dict
                         ) -> dict[str, tuple[dict[int, int], int]]:
        """month -> ({level: ratings counted}, ratings excluded) for the ratings of one person or
        one window; per level, so any threshold can be applied."""
        where = f"AND {column} = :subject "
        out: dict[str, tuple[dict[int, int], int]] = {}
        for m, level, n, x in c.execute(text(
                "SELECT substr(rated_at, 1, 7) AS m, level, SUM(excluded = 0), SUM(excluded != 0) FROM rating "
                f"WHERE rated_at >= :first AND rated_at < :next {where}GROUP BY m, level"),
                {**span, "subject": subject}):
            counted, excluded = out.setdefault(m, ({}, 0))
            counted[int(level)] = int(n or 0)
            out[m] = (counted, excluded + int(x or 0))
        return out

    # -- a person ------------------------------------------------------------------------------

    def person_trend(self, staff_id: int, months) -> Trend:
        """A person's monthly total, grade and 好评率 (see the module docstring)."""
        self.require(RECORDS_READ, "statistics.person_trend")
        months = _months(months)
        t = self._template()
        with self.ctx.connect() as c:
            who = c.execute(text(
                "SELECT s.name, COALESCE(h.short_name, '') FROM staff s LEFT JOIN home_unit h "
                "ON h.id = s.home_unit_id WHERE s.id = :sid"), {"sid": staff_id}).first()
            if who is None:
                raise DomainError("record.not_found", "staff_id", id=staff_id)
            if not months:
                return Trend("staff", staff_id, who[0], who[1], ())
            span = _span(months)
            forms = {m: (total, grade, state) for m, total, grade, state in c.execute(text(
                "SELECT month, total, grade, state FROM evaluation_form WHERE staff_id = :sid "
                "AND month >= :m0 AND month <= :m1"), {**span, "sid": staff_id})}
            levels = self._levels_by_month(c, "staff_id", staff_id, span)
        points = []
        for m in months:
            total, grade, state = forms.get(m, (None, "", ""))
            lv, x = levels.get(m, ({}, 0))
            n, g = _counts(lv, t.good_rating_min_level)
            points.append(TrendPoint(m, None if total is None else float(total), grade or "", _rate(g, n), n, g, x,
                                     state or ""))
        return Trend("staff", staff_id, who[0], who[1], tuple(points))

    # -- a window ------------------------------------------------------------------------------

    def window_trend(self, window_id: int, months) -> Trend:
        """A window's monthly score (the honours page's figure) and 好评率."""
        self.require(RECORDS_READ, "statistics.window_trend")
        months = _months(months)
        active = TemplateService(self.ctx).active()
        with self.ctx.connect() as c:
            w = c.execute(text(
                "SELECT w.number, w.name, COALESCE(h.short_name, '') FROM service_window w "
                "LEFT JOIN home_unit h ON h.id = w.home_unit_id WHERE w.id = :wid"), {"wid": window_id}).first()
            if w is None:
                raise DomainError("record.not_found", "window_id", id=window_id)
            label = f"{w[0]} {w[1]}".strip()
            if not months:
                return Trend("window", window_id, label, w[2], ())
            p = {**_span(months), "wid": window_id}
            stints = c.execute(text(
                "SELECT staff_id, start_on, end_on FROM assignment WHERE window_id = :wid "
                "AND start_on < :next AND (end_on IS NULL OR end_on >= :first)"), p).all()
            # the forms of the people ever at the window, less the chief representative's charges
            # booked on confirming the honours (the honours page scores windows without them)
            totals: dict[str, dict[int, float]] = defaultdict(dict)
            for sid, m, total, booked in c.execute(text(
                    "SELECT f.staff_id, f.month, f.total, (SELECT SUM(a.points) FROM evaluation_adjustment a "
                    " WHERE a.form_id = f.id AND a.origin = 'chief_share') FROM evaluation_form f "
                    "WHERE f.month >= :m0 AND f.month <= :m1 AND f.staff_id IN "
                    "(SELECT staff_id FROM assignment WHERE window_id = :wid)"), p):
                totals[m][sid] = _r(float(total) - float(booked or 0.0))
            # the template a month was scored with: that of its first form, as the honours page takes it
            scored_with = dict(c.execute(text(
                "SELECT f.month, f.template_id FROM evaluation_form f WHERE f.month >= :m0 AND f.month <= :m1 "
                "AND f.staff_id = (SELECT MIN(g.staff_id) FROM evaluation_form g WHERE g.month = f.month)"), p).all())
            items = {r[0]: r[1:] for r in c.execute(text(
                "SELECT month, cases_total, cases_on_time, complaints_upheld, deductions FROM window_month "
                "WHERE window_id = :wid AND month >= :m0 AND month <= :m1"), p)}
            levels = self._levels_by_month(c, "window_id", window_id, p)
        templates = {active.id: active.template}
        points = []
        for m in months:
            lv, x = levels.get(m, ({}, 0))
            n, g = _counts(lv, active.template.good_rating_min_level)
            staff = sorted({sid for sid, a, b in stints if _overlaps(a, b, m)} & set(totals.get(m, ())))
            score = avg = None
            if staff:
                tid = scored_with.get(m, active.id)
                if tid not in templates:
                    templates[tid] = TemplateService(self.ctx).get(tid).template
                t = templates[tid]
                _n, _g = _counts(lv, t.good_rating_min_level)
                cases, on_time, complaints, deductions = items.get(m, (0, 0, 0, 0.0))
                ws = score_window([totals[m][sid] for sid in staff], float(deductions or 0.0),
                                  on_time_rate=(on_time / cases) if cases else None, good_rate=_rate(_g, _n),
                                  complaints=int(complaints or 0), template=t)
                score, avg = ws.total, ws.staff_average
            points.append(TrendPoint(m, score, "", _rate(g, n), n, g, x, "", avg, len(staff)))
        return Trend("window", window_id, label, w[2], tuple(points))

    # -- the whole center ----------------------------------------------------------------------

    def center_satisfaction_trend(self, months) -> tuple[SatisfactionPoint, ...]:
        """The center-wide 好评率 and rating counts per month (every rating of the month).

        One plain aggregate per month over the ``rated_at`` range: grouping a year of ratings by
        month in one statement sorts every row and is slower (see the module docstring)."""
        self.require(RECORDS_READ, "statistics.center_trend")
        months = _months(months)
        t = self._template()
        q = text("SELECT SUM(excluded = 0), SUM(excluded = 0 AND level >= :good), SUM(excluded != 0), "
                 "SUM(excluded = 0 AND level <= :bad) FROM rating WHERE rated_at >= :first AND rated_at < :next")
        out = []
        with self.ctx.connect() as c:
            for m in months:
                first, _last, nxt = month_bounds(m)
                n, g, x, b = (int(v or 0) for v in c.execute(q, {
                    "good": t.good_rating_min_level, "bad": t.bad_rating_max_level, "first": first.isoformat(),
                    "next": nxt.isoformat()}).one())
                out.append(SatisfactionPoint(m, n, g, b, x, _rate(g, n)))
        return tuple(out)

    def window_good_rates(self, month: str) -> tuple[WindowRate, ...]:
        """好评率 of every window rated in the month, by window number."""
        self.require(RECORDS_READ, "statistics.window_rates")
        first, _last, nxt = month_bounds(month)
        t = self._template()
        with self.ctx.connect() as c:
            rows = c.execute(text(
                "SELECT w.id, w.number, w.name, COALESCE(h.short_name, ''), r.n, r.g, r.x FROM "
                "(SELECT window_id, SUM(excluded = 0) AS n, SUM(excluded = 0 AND level >= :good) AS g, "
                " SUM(excluded != 0) AS x FROM rating WHERE rated_at >= :first AND rated_at < :next "
                " AND window_id IS NOT NULL GROUP BY window_id) r "
                "JOIN service_window w ON w.id = r.window_id LEFT JOIN home_unit h ON h.id = w.home_unit_id "
                "ORDER BY w.number"),
                {"first": first.isoformat(), "next": nxt.isoformat(), "good": t.good_rating_min_level}).all()
        return tuple(WindowRate(wid, number, name, unit, int(n or 0), int(g or 0), int(x or 0),
                                _rate(int(g or 0), int(n or 0)))
                     for wid, number, name, unit, n, g, x in rows)

    # -- grades per home unit ------------------------------------------------------------------

    def grade_distribution(self, period: str) -> GradeDistribution:
        """Forms per grade and home unit of a month ('YYYY-MM'), or the annual bands of a year
        ('YYYY', published months only); see the module docstring."""
        self.require(RECORDS_READ, "statistics.grade_distribution")
        t = self._template()
        grades = [b.grade for b in t.bands]
        per_unit: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        ungraded: dict[int, int] = defaultdict(int)
        with self.ctx.connect() as c:
            if _YEAR.match(period or ""):
                people: dict[int, list[float]] = defaultdict(list)
                forced: dict[int, str] = {}
                unit_of: dict[int, int] = {}
                for sid, unit, total, bd in c.execute(text(
                        "SELECT f.staff_id, s.home_unit_id, f.total, f.breakdown FROM evaluation_form f "
                        "JOIN staff s ON s.id = f.staff_id WHERE f.state = 'published' "
                        "AND f.month >= :a AND f.month <= :b"), {"a": f"{period}-01", "b": f"{period}-12"}):
                    people[sid].append(float(total))
                    unit_of[sid] = unit
                    fg = (json.loads(bd or "{}").get("veto") or {}).get("forced_grade")
                    if fg and (sid not in forced or _band_min(t, fg) < _band_min(t, forced[sid])):
                        forced[sid] = fg
                for sid, totals in people.items():
                    if len(totals) < MONTHS_FOR_ANNUAL_GRADE:
                        ungraded[unit_of[sid]] += 1
                        continue
                    per_unit[unit_of[sid]][forced.get(sid) or grade_for(t, average_of_present(totals))] += 1
            else:
                month_bounds(period)
                for unit, grade, n in c.execute(text(
                        "SELECT s.home_unit_id, f.grade, COUNT(*) FROM evaluation_form f JOIN staff s "
                        "ON s.id = f.staff_id WHERE f.month = :m GROUP BY s.home_unit_id, f.grade"), {"m": period}):
                    per_unit[unit][grade or ""] += int(n)
            units = c.execute(text(
                "SELECT id, short_name, full_name FROM home_unit ORDER BY sort_order, id")).all()
        for counts in per_unit.values():
            for g in counts:
                if g not in grades:
                    grades.append(g)
        out = []
        for uid, short, full in units:
            if uid not in per_unit and uid not in ungraded:
                continue
            counts = per_unit.get(uid, {})
            out.append(UnitGrades(uid, short, full, tuple(counts.get(g, 0) for g in grades), ungraded.get(uid, 0)))
        return GradeDistribution(period, tuple(grades), tuple(out))


def _band_min(template, grade: str) -> float:
    try:
        return template.band_min(grade)
    except DomainError:
        return float("inf")


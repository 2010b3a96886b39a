"""Quarterly and annual results, and the annual calibration of 优秀 (DOMAIN.md §6).

Only **published** monthly forms count. A person's period average is the average of the months
they have a published form for (months absent are not zeros). The half-year rule: fewer than
6 published months in the year → no annual grade, a comment only.

The annual calibration (``calibration``) ranks everyone assessed by their annual average
(competition ranking 1, 2, 2, 4), draws the quota line at floor(quota × assessed) places, marks
who the rules propose (the 好 band at least, no veto that year) and who is tied at the line. The
reviewer saves a list of 优秀 (``save``): it can never be longer than the places, every person on it
must be eligible, and every difference from the proposal (a pick among the tied, someone moved up
or down) needs a reason. Everyone else gets the level their average's band maps to (a forced
grade that year → the lowest level). The proposed names are then published for at least 5
working days (``start_publicity``; ``withdraw_publicity`` reopens the list after an objection)
and only afterwards confirmed (``confirm``); a confirmed year is final.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.scoring import _r, grade_for
from govhr_desktop.domain.scoring_periods import (
    allocate_excellent,
    annual_grade_eligible,
    annual_level,
    average_of_present,
    excellent_candidate,
)
from govhr_desktop.domain.security import APPROVE, RECORDS_READ
from govhr_desktop.services.base import Service
from govhr_desktop.services.calendar import CalendarService
from govhr_desktop.services.evaluation_views import _competition_rank
from govhr_desktop.services.templates import TemplateService

PUBLICITY_WORKING_DAYS = 5
REASON_MAX = 500
UNIT_STATUSES = ("normal", "collective_merit", "accountable")


@dataclass(frozen=True)
class PeriodRow:
    staff_id: int
    name: str
    home_unit: str
    employment_type: str
    months: int  # published months in the period
    average: float | None
    band: str  # the monthly band of the average ('' without months)
    rank: int | None


@dataclass(frozen=True)
class AnnualRow(PeriodRow):
    assessed: bool = False  # ≥ 6 published months
    eligible: bool = False  # may be 优秀 (band, veto, months)
    forced_low: bool = False  # a month with a forced grade (e.g. 吃拿卡要)
    proposed: bool = False  # the rules put them above the line
    tied: bool = False  # tied at the line for the places left open
    excellent: bool = False  # the saved decision (or the proposal before saving)
    level: str | None = None  # excellent / competent / basic / incompetent; None = comment only
    by_rule: bool = True
    reason: str = ""
    comment: str = ""


@dataclass(frozen=True)
class AnnualCalibration:
    year: int
    state: str  # new (nothing saved) / draft / publicity / confirmed
    unit_status: str
    quota: float
    assessed: int
    places: int
    line_score: float | None
    places_open: int  # places the rules leave to the reviewer among the tied
    rows: tuple[AnnualRow, ...]
    publicity_from: date | None = None
    publicity_until: date | None = None
    confirmed_by: str = ""
    confirmed_at: datetime | None = None

    @property
    def excellent_ids(self) -> tuple[int, ...]:
        return tuple(r.staff_id for r in self.rows if r.excellent)


def _d(v) -> date | None:
    if v is None or isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


class AnnualService(Service):
    # -- periods -------------------------------------------------------------------------------

    def _published(self, first_month: str, last_month: str):
        with self.ctx.connect() as c:
            forms = c.execute(text(
                "SELECT f.staff_id, f.total, f.breakdown FROM evaluation_form f WHERE f.state = 'published' "
                "AND f.month >= :a AND f.month <= :b ORDER BY f.staff_id, f.month"),
                {"a": first_month, "b": last_month}).all()
            people = {r[0]: r[1:] for r in c.execute(text(
                "SELECT s.id, s.name, COALESCE(h.short_name, ''), s.employment_type FROM staff s "
                "LEFT JOIN home_unit h ON h.id = s.home_unit_id"))}
        totals: dict[int, list[float]] = defaultdict(list)
        no_honours: set[int] = set()
        forced: set[int] = set()
        for sid, total, bd in forms:
            totals[sid].append(float(total))
            veto = json.loads(bd or "{}").get("veto") or {}
            if veto.get("no_honours") or veto.get("forced_grade"):
                no_honours.add(sid)
            if veto.get("forced_grade"):
                forced.add(sid)
        return totals, people, no_honours, forced

    def period(self, year: int, quarter: int | None = None) -> list[PeriodRow]:
        """Averages of published months in a quarter (1–4) or the whole year, ranked."""
        self.require(RECORDS_READ, "evaluation.period", label=f"{year} Q{quarter or ''}")
        if quarter not in (None, 1, 2, 3, 4):
            raise DomainError("scoring.bad_quarter", "quarter", quarter=quarter)
        a, b = (1, 12) if quarter is None else (3 * quarter - 2, 3 * quarter)
        totals, people, _nh, _f = self._published(f"{year:04d}-{a:02d}", f"{year:04d}-{b:02d}")
        t = TemplateService(self.ctx).active().template
        avgs = sorted(((sid, average_of_present(v)) for sid, v in totals.items()),
                      key=lambda p: (-(p[1] or 0), people.get(p[0], ("",))[0], p[0]))
        ranks = _competition_rank([(sid, _r(avg or 0)) for sid, avg in avgs])
        out = []
        for rank, (sid, avg) in zip(ranks, avgs):
            name, unit, etype = people.get(sid, ("", "", ""))
            out.append(PeriodRow(sid, name, unit, etype, len(totals[sid]), avg,
                                 grade_for(t, avg) if avg is not None else "", rank))
        return out

    # -- the annual calibration ----------------------------------------------------------------

    def calibration(self, year: int, unit_status: str | None = None) -> AnnualCalibration:
        self.require(RECORDS_READ, "evaluation.annual", label=str(year))
        with self.ctx.connect() as c:
            review = c.execute(text(
                "SELECT state, unit_status, template_id, publicity_from, publicity_until, confirmed_by, confirmed_at "
                "FROM annual_review WHERE year = :y"), {"y": year}).first()
            saved = {r[0]: r[1:] for r in c.execute(text(
                "SELECT staff_id, level, by_rule, reason, comment FROM annual_result WHERE year = :y"), {"y": year})}
        unit_status = unit_status or (review[1] if review is not None else "normal")
        ts = TemplateService(self.ctx)
        tv = ts.get(review[2]) if review is not None else ts.active()
        t = tv.template
        quota = t.quota_for(unit_status)
        totals, people, no_honours, forced = self._published(f"{year:04d}-01", f"{year:04d}-12")
        averages = {sid: average_of_present(v) for sid, v in totals.items()}
        assessed = [sid for sid, v in totals.items() if annual_grade_eligible(len(v))]
        ranked = sorted(assessed, key=lambda sid: (-(averages[sid] or 0), people.get(sid, ("",))[0], sid))
        ranks = dict(zip(ranked, _competition_rank([(sid, _r(averages[sid] or 0)) for sid in ranked])))
        sel = allocate_excellent([(sid, averages[sid]) for sid in ranked], quota, no_honours,
                                 min_score=t.band_min(t.excellent_min_grade))
        rows = []
        others = sorted((sid for sid in totals if sid not in ranks), key=lambda sid: people.get(sid, ("",))[0])
        for sid in ranked + others:
            name, unit, etype = people.get(sid, ("", "", ""))
            months, avg = len(totals[sid]), averages[sid]
            eligible = excellent_candidate(t, avg, months_present=months, no_honours=sid in no_honours)
            if review is not None and sid in saved:
                level, by_rule, reason, comment = saved[sid]
                excellent = level == "excellent"
            else:
                excellent, by_rule, reason, comment = sid in sel.selected, True, "", ""
                level = annual_level(t, avg, months_present=months, excellent=excellent, forced_low=sid in forced)
            rows.append(AnnualRow(sid, name, unit, etype, months, avg, grade_for(t, avg) if avg is not None else "",
                                  ranks.get(sid), assessed=sid in ranks, eligible=eligible,
                                  forced_low=sid in forced, proposed=sid in sel.selected, tied=sid in sel.ties,
                                  excellent=excellent, level=level, by_rule=bool(by_rule), reason=reason or "",
                                  comment=comment or ""))
        state = review[0] if review is not None else "new"
        return AnnualCalibration(year, state, unit_status, quota, len(assessed), sel.places, sel.line_score,
                                 sel.places_open, tuple(rows),
                                 _d(review[3]) if review else None, _d(review[4]) if review else None,
                                 review[5] if review else "",
                                 datetime.fromisoformat(str(review[6])) if review and review[6] else None)

    def save(self, year: int, excellent_ids, reasons: dict[int, str] | None = None,
             unit_status: str = "normal") -> AnnualCalibration:
        """Save the 优秀 list of ``year`` (draft); refused over the quota, for anyone not eligible,
        and for a difference from the proposal without a reason."""
        self.require(APPROVE, "evaluation.annual.save", label=str(year))
        if unit_status not in UNIT_STATUSES:
            raise DomainError("template.unknown_unit_status", "unit_status", status=unit_status)
        reasons = {k: (v or "").strip() for k, v in (reasons or {}).items()}
        chosen = list(dict.fromkeys(excellent_ids))
        cur = self.calibration(year)
        if cur.state in ("publicity", "confirmed"):
            raise DomainError("annual.locked", "year", year=year, state=cur.state)
        cal = self.calibration(year, unit_status)
        by_id = {r.staff_id: r for r in cal.rows}
        errors: list[DomainError] = []
        if len(chosen) > cal.places:
            errors.append(DomainError("evaluation.over_quota", "staff_ids", proposed=len(chosen), places=cal.places,
                                      assessed=cal.assessed, quota=f"{cal.quota:.0%}"))
        bad = [sid for sid in chosen if sid not in by_id or not by_id[sid].eligible]
        if bad:
            errors.append(DomainError("evaluation.not_eligible", "staff_ids",
                                      ids="、".join(by_id[s].name if s in by_id else str(s) for s in bad)))
        proposed = {r.staff_id for r in cal.rows if r.proposed}
        differing = (set(chosen) ^ proposed)
        for sid in sorted(differing, key=lambda s: by_id[s].rank or 0 if s in by_id else 0):
            if not reasons.get(sid):
                errors.append(DomainError("annual.reason_required", f"reason.{sid}",
                                          name=by_id[sid].name if sid in by_id else sid))
            elif len(reasons[sid]) > REASON_MAX:
                errors.append(DomainError("too_long", f"reason.{sid}", max=REASON_MAX))
        if errors:
            raise ValidationError(errors)
        t = TemplateService(self.ctx).active().template
        tid = TemplateService(self.ctx).active().id
        rows = []
        for r in cal.rows:
            excellent = r.staff_id in chosen
            level = annual_level(t, r.average, months_present=r.months, excellent=excellent, forced_low=r.forced_low)
            rows.append({"y": year, "s": r.staff_id, "m": r.months, "a": r.average, "rank": r.rank, "l": level,
                         "rule": r.staff_id not in differing, "r": reasons.get(r.staff_id, "") if r.staff_id in differing
                         else "", "c": r.comment})
        with self.ctx.transaction() as s:
            s.execute(text(
                "INSERT INTO annual_review (year, state, unit_status, template_id, assessed, places, drafted_by, "
                "confirmed_by) VALUES (:y, 'draft', :st, :t, :n, :p, :u, '') ON CONFLICT (year) DO UPDATE SET "
                "unit_status = excluded.unit_status, template_id = excluded.template_id, "
                "assessed = excluded.assessed, places = excluded.places, drafted_by = excluded.drafted_by "
                "WHERE annual_review.state = 'draft'"),
                {"y": year, "st": unit_status, "t": tid, "n": cal.assessed, "p": cal.places,
                 "u": self.ctx.actor.username})
            s.execute(text("DELETE FROM annual_result WHERE year = :y"), {"y": year})
            if rows:
                s.execute(text("INSERT INTO annual_result (year, staff_id, months_present, average, rank, level, "
                               "by_rule, reason, comment) VALUES (:y, :s, :m, :a, :rank, :l, :rule, :r, :c)"), rows)
            self.audit(s, "evaluation.annual.save", None, record_type="annual_review", record_id=year,
                       label=str(year), after={"excellent": chosen, "places": cal.places, "assessed": cal.assessed,
                                               "unit_status": unit_status},
                       detail="; ".join(f"{by_id[k].name}: {reasons[k]}" for k in differing if k in by_id))
        return self.calibration(year)

    def set_comment(self, year: int, staff_id: int, comment: str) -> None:
        """The written comment for a person (the only result for those under half a year)."""
        self.require(APPROVE, "evaluation.annual.comment", label=str(year))
        comment = (comment or "").strip()
        if len(comment) > REASON_MAX:
            raise DomainError("too_long", "comment", max=REASON_MAX)
        with self.ctx.transaction() as s:
            state = s.execute(text("SELECT state FROM annual_review WHERE year = :y"), {"y": year}).scalar()
            if state is None:
                raise DomainError("annual.not_saved", "year", year=year)
            if state == "confirmed":
                raise DomainError("annual.locked", "year", year=year, state=state)
            n = s.execute(text("UPDATE annual_result SET comment = :c WHERE year = :y AND staff_id = :s"),
                          {"c": comment, "y": year, "s": staff_id}).rowcount
            if not n:
                raise DomainError("record.not_found", id=staff_id)
            self.audit(s, "evaluation.annual.comment", None, record_type="annual_result",
                       record_id=f"{year}/{staff_id}", label=str(year), detail=comment)

    def start_publicity(self, year: int, start: date) -> AnnualCalibration:
        """Publish the proposed 优秀 names from ``start`` (or the next working day) for 5 working days."""
        self.require(APPROVE, "evaluation.annual.publicity", label=str(year))
        cal = CalendarService(self.ctx).work_calendar(start.year, start.year + 1)
        if not cal.is_working_day(start):
            start = cal.next_working_day(start)
        until = cal.add_working_days(start, PUBLICITY_WORKING_DAYS - 1)
        with self.ctx.transaction() as s:
            state = s.execute(text("SELECT state FROM annual_review WHERE year = :y"), {"y": year}).scalar()
            if state != "draft":
                raise DomainError("annual.not_saved" if state is None else "annual.locked", "year", year=year,
                                  state=state or "")
            s.execute(text("UPDATE annual_review SET state = 'publicity', publicity_from = :a, publicity_until = :b "
                           "WHERE year = :y"), {"y": year, "a": start.isoformat(), "b": until.isoformat()})
            self.audit(s, "evaluation.annual.publicity", None, record_type="annual_review", record_id=year,
                       label=str(year), after={"from": start.isoformat(), "until": until.isoformat()})
        return self.calibration(year)

    def withdraw_publicity(self, year: int, reason: str) -> AnnualCalibration:
        """Back to draft during the publicity (an objection was received)."""
        self.require(APPROVE, "evaluation.annual.withdraw", label=str(year))
        reason = (reason or "").strip()
        if not reason:
            raise DomainError("evaluation.reason_required", "reason")
        with self.ctx.transaction() as s:
            state = s.execute(text("SELECT state FROM annual_review WHERE year = :y"), {"y": year}).scalar()
            if state != "publicity":
                raise DomainError("annual.not_in_publicity", "year", year=year)
            s.execute(text("UPDATE annual_review SET state = 'draft', publicity_from = NULL, publicity_until = NULL "
                           "WHERE year = :y"), {"y": year})
            self.audit(s, "evaluation.annual.withdraw", None, record_type="annual_review", record_id=year,
                       label=str(year), detail=reason)
        return self.calibration(year)

    def confirm(self, year: int, today: date | None = None) -> AnnualCalibration:
        """Final once the 5 working days of publicity are over."""
        self.require(APPROVE, "evaluation.annual.confirm", label=str(year))
        today = today or date.today()
        with self.ctx.transaction() as s:
            row = s.execute(text("SELECT state, publicity_until FROM annual_review WHERE year = :y"),
                            {"y": year}).first()
            if row is None or row[0] != "publicity":
                raise DomainError("annual.not_in_publicity", "year", year=year)
            until = _d(row[1])
            if today <= until:
                raise DomainError("annual.publicity_running", "year", until=until.isoformat(),
                                  earliest=(until + timedelta(days=1)).isoformat())
            s.execute(text("UPDATE annual_review SET state = 'confirmed', confirmed_by = :u, confirmed_at = :at "
                           "WHERE year = :y"),
                      {"y": year, "u": self.ctx.actor.username, "at": datetime.now().isoformat(sep=" ")})
            self.audit(s, "evaluation.annual.confirm", None, record_type="annual_review", record_id=year,
                       label=str(year))
        return self.calibration(year)

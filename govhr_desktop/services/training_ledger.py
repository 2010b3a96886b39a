"""The yearly hours ledger (学时台账, DOMAIN.md §7): hours per person per course category against
the target of their employment type, a home unit's summary for the feedback letters, and the
training reports per period grouped by home unit, course or category.

A person's hours in a year are the credited attendance hours of the sessions held that year.
Targets live in ``app_setting`` as ``training.target.<employment_type>`` (default 90 学时).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import text

from govhr_desktop.domain import vocab
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import RECORDS_READ, TRAINING_WRITE
from govhr_desktop.domain.training import COURSE_CATEGORY, DEFAULT_YEARLY_TARGET
from govhr_desktop.services.base import Service

TARGET_KEY = "training.target."
TARGET_MIN, TARGET_MAX = 0.0, 500.0
REPORT_GROUPINGS = ("unit", "course", "category")


@dataclass(frozen=True)
class LedgerRow:
    staff_id: int
    staff_name: str
    home_unit_name: str
    employment_type: str
    target: float
    total: float
    by_category: dict[str, float]
    progress: float  # total / target (1.0 when the target is 0)
    home_unit_id: int = 0
    status: str = ""

    @property
    def id(self) -> int:  # (the table models select rows by id)
        return self.staff_id

    @property
    def reached(self) -> bool:
        return self.total >= self.target


@dataclass(frozen=True)
class CourseAttended:
    course_id: int
    title: str
    category: str
    people: int
    hours: float


@dataclass(frozen=True)
class UnitTrainingSummary:
    year: int
    home_unit_id: int
    home_unit_name: str
    people: int
    total_hours: float
    average_hours: float
    reached_target: int
    by_category: dict[str, float]
    courses: list[CourseAttended] = field(default_factory=list)


@dataclass(frozen=True)
class ReportRow:
    key: str        # home unit id, course id or category code
    name: str       # home unit short name, course title or category name
    courses: int    # distinct courses with attendance in the period
    sessions: int   # distinct sessions
    people: int     # distinct people present
    attendances: int  # person-sessions
    hours: float    # credited hours
    average: float  # hours per person present
    category: str = ""  # the course's category (grouping by course)

    @property
    def id(self) -> str:
        return self.key


def progress_of(total: float, target: float) -> float:
    if target <= 0:
        return 1.0
    return total / target


def _year_bounds(year: int) -> dict:
    return {"y0": date(year, 1, 1).isoformat(), "y1": date(year, 12, 31).isoformat()}


class TrainingLedgerService(Service):
    # --- targets ------------------------------------------------------------------------------

    def targets(self) -> dict[str, float]:
        """The yearly target of every employment type (stored value or the default)."""
        with self.ctx.connect() as c:
            stored = dict(c.execute(text("SELECT key, value FROM app_setting WHERE key LIKE 'training.target.%'")).all())
        out = {}
        for code in vocab.EMPLOYMENT_TYPE.codes():
            raw = stored.get(TARGET_KEY + code)
            try:
                out[code] = float(raw) if raw is not None else DEFAULT_YEARLY_TARGET
            except ValueError:
                out[code] = DEFAULT_YEARLY_TARGET
        return out

    def save_targets(self, targets: dict[str, object]) -> None:
        """Set the targets of the employment types given (others keep theirs): 0–500 学时."""
        self.require(TRAINING_WRITE, "training.targets")
        errors: list[DomainError] = []
        clean: dict[str, float] = {}
        for code, value in targets.items():
            if code not in vocab.EMPLOYMENT_TYPE:
                errors.append(DomainError("training.target_type", "employment_type", value=code))
                continue
            name = vocab.EMPLOYMENT_TYPE.label(code)
            try:
                number = float(str(value).strip())
            except (TypeError, ValueError):
                number = None
            if number is None or math.isnan(number) or not TARGET_MIN <= number <= TARGET_MAX:
                errors.append(DomainError("training.target_range", f"target.{code}", value=value, type=name,
                                          low=f"{TARGET_MIN:g}", high=f"{TARGET_MAX:g}"))
                continue
            clean[code] = round(number, 1)
        if errors:
            raise ValidationError(errors)
        before = self.targets()
        after = dict(before)
        after.update(clean)
        with self.ctx.transaction() as s:
            for code, number in clean.items():
                s.execute(text("INSERT INTO app_setting (key, value) VALUES (:k, :v) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                          {"k": TARGET_KEY + code, "v": f"{number:g}"})
            self.audit(s, "training.targets", before=before, after=after, record_type="app_setting",
                       record_id="training.target")

    # --- the ledger ---------------------------------------------------------------------------

    def progress_by_staff(self, year: int) -> dict[int, tuple[float, float]]:
        """(hours, target) of everyone, in one grouped query (the staff list shows it)."""
        self.require(RECORDS_READ, "training.ledger")
        q = text(
            "SELECT s.id, COALESCE(SUM(h.hours), 0) AS total, "
            "       COALESCE(CAST(t.value AS REAL), :default) AS target "
            "FROM staff s "
            "LEFT JOIN (SELECT a.staff_id, a.hours FROM training_attendance a "
            "           JOIN training_session ts ON ts.id = a.session_id "
            "           WHERE ts.held_on BETWEEN :y0 AND :y1) h ON h.staff_id = s.id "
            "LEFT JOIN app_setting t ON t.key = 'training.target.' || s.employment_type "
            "GROUP BY s.id")
        with self.ctx.connect() as c:
            return {sid: (float(total), float(target))
                    for sid, total, target in c.execute(q, {"default": DEFAULT_YEARLY_TARGET, **_year_bounds(year)})}

    def _hours(self, c, year: int, staff_id: int | None = None) -> dict[int, dict[str, float]]:
        where = " AND a.staff_id = :sid" if staff_id is not None else ""
        q = text(
            "SELECT a.staff_id, c.category, SUM(a.hours) FROM training_attendance a "
            "JOIN training_session ts ON ts.id = a.session_id JOIN training_course c ON c.id = ts.course_id "
            f"WHERE ts.held_on BETWEEN :y0 AND :y1{where} GROUP BY a.staff_id, c.category")
        out: dict[int, dict[str, float]] = {}
        for sid, cat, hours in c.execute(q, {"sid": staff_id, **_year_bounds(year)}):
            out.setdefault(sid, {})[cat] = float(hours or 0)
        return out

    def ledger(self, year: int, home_unit_id: int | None = None) -> list[LedgerRow]:
        """Everyone at the center, plus anyone who has left but trained that year; by home unit
        then name."""
        self.require(RECORDS_READ, "training.ledger")
        targets = self.targets()
        with self.ctx.connect() as c:
            hours = self._hours(c, year)
            q = ("SELECT s.id, s.name, u.short_name, s.employment_type, s.home_unit_id, s.status "
                 "FROM staff s JOIN home_unit u ON u.id = s.home_unit_id ")
            params: dict = {}
            if home_unit_id is not None:
                q += "WHERE s.home_unit_id = :unit "
                params["unit"] = home_unit_id
            q += "ORDER BY u.sort_order, s.name"
            rows = []
            for sid, name, unit, emp, unit_id, status in c.execute(text(q), params):
                if status == "returned" and sid not in hours:
                    continue
                rows.append(self._row(sid, name, unit, emp, unit_id, status, hours.get(sid, {}), targets))
        return rows

    @staticmethod
    def _row(sid, name, unit, emp, unit_id, status, by_cat: dict[str, float], targets: dict[str, float]) -> LedgerRow:
        target = targets.get(emp, DEFAULT_YEARLY_TARGET)
        total = round(sum(by_cat.values()), 2)
        return LedgerRow(sid, name, unit or "", emp, target, total, dict(by_cat), progress_of(total, target),
                         unit_id, status)

    def person_hours(self, staff_id: int, year: int) -> LedgerRow:
        self.require(RECORDS_READ, "training.ledger")
        targets = self.targets()
        with self.ctx.connect() as c:
            person = c.execute(text(
                "SELECT s.id, s.name, u.short_name, s.employment_type, s.home_unit_id, s.status "
                "FROM staff s JOIN home_unit u ON u.id = s.home_unit_id WHERE s.id = :id"), {"id": staff_id}).first()
            if person is None:
                raise DomainError("record.not_found", id=staff_id)
            by_cat = self._hours(c, year, staff_id).get(staff_id, {})
        return self._row(*person, by_cat, targets)

    def unit_summary(self, year: int, home_unit_id: int) -> UnitTrainingSummary:
        """A home unit's year: people, hours, average, how many reached the target, hours per
        category, and the courses its people attended (for the feedback letter)."""
        self.require(RECORDS_READ, "training.ledger")
        with self.ctx.connect() as c:
            unit = c.execute(text("SELECT short_name FROM home_unit WHERE id = :id"), {"id": home_unit_id}).first()
            if unit is None:
                raise DomainError("record.not_found", id=home_unit_id)
            courses = [
                CourseAttended(cid, title, cat, int(people), round(float(hours or 0), 2))
                for cid, title, cat, people, hours in c.execute(text(
                    "SELECT c.id, c.title, c.category, COUNT(DISTINCT a.staff_id), SUM(a.hours) "
                    "FROM training_attendance a JOIN training_session ts ON ts.id = a.session_id "
                    "JOIN training_course c ON c.id = ts.course_id JOIN staff s ON s.id = a.staff_id "
                    "WHERE s.home_unit_id = :unit AND ts.held_on BETWEEN :y0 AND :y1 "
                    "GROUP BY c.id ORDER BY MIN(ts.held_on), c.title"),
                    {"unit": home_unit_id, **_year_bounds(year)})
            ]
        rows = self.ledger(year, home_unit_id)
        total = round(sum(r.total for r in rows), 2)
        by_cat: dict[str, float] = {}
        for r in rows:
            for cat, h in r.by_category.items():
                by_cat[cat] = round(by_cat.get(cat, 0.0) + h, 2)
        ordered = {k: by_cat[k] for k in COURSE_CATEGORY.codes() if k in by_cat}
        ordered.update({k: v for k, v in by_cat.items() if k not in ordered})
        return UnitTrainingSummary(
            year, home_unit_id, unit.short_name or "", len(rows), total,
            round(total / len(rows), 2) if rows else 0.0, sum(1 for r in rows if r.reached), ordered, courses)

    # --- reports ------------------------------------------------------------------------------

    def report(self, start: date, end: date, by: str = "unit") -> list[ReportRow]:
        """Training held between two dates (both included), per home unit, course or category."""
        self.require(RECORDS_READ, "training.report")
        errors = []
        if by not in REPORT_GROUPINGS:
            errors.append(DomainError("training.report_grouping", "report_by", value=by))
        if start is None:
            errors.append(DomainError("required", "period_from"))
        if end is None:
            errors.append(DomainError("required", "period_to"))
        if start is not None and end is not None and end < start:
            errors.append(DomainError("date.range", "period_to"))
        if errors:
            raise ValidationError(errors)
        group, name, extra, order = {
            "unit": ("u.id", "u.short_name", "''", "u.sort_order, u.short_name"),
            "course": ("c.id", "c.title", "c.category", "MIN(ts.held_on), c.title"),
            "category": ("c.category", "c.category", "''", "c.category"),
        }[by]
        q = text(
            f"SELECT {group}, {name}, {extra}, COUNT(DISTINCT c.id), COUNT(DISTINCT ts.id), "
            "COUNT(DISTINCT a.staff_id), COUNT(*), SUM(a.hours) "
            "FROM training_attendance a JOIN training_session ts ON ts.id = a.session_id "
            "JOIN training_course c ON c.id = ts.course_id JOIN staff s ON s.id = a.staff_id "
            "JOIN home_unit u ON u.id = s.home_unit_id "
            f"WHERE ts.held_on BETWEEN :d0 AND :d1 GROUP BY {group} ORDER BY {order}")
        out = []
        with self.ctx.connect() as c:
            for key, label, cat, courses, sessions, people, att, hours in c.execute(
                    q, {"d0": start.isoformat(), "d1": end.isoformat()}):
                if by == "category":
                    label = COURSE_CATEGORY.label(key)
                hours = round(float(hours or 0), 2)
                out.append(ReportRow(str(key), label or "", int(courses), int(sessions), int(people), int(att), hours,
                                     round(hours / people, 2) if people else 0.0, cat or ""))
        if by == "category":
            rank = {c: i for i, c in enumerate(COURSE_CATEGORY.codes())}
            out.sort(key=lambda r: rank.get(r.key, 99))
        return out

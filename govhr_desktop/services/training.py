"""Training courses (DOMAIN.md §7): courses and their sessions, who is enrolled, who signed in
for how many 学时, test scores; the sign-in sheet and the import of a filled-in sign-in list.

Rules: a session lies within its course's dates and credits at most its clock length; a person
is credited at most the session's hours and only when enrolled on the course; scores 0–100.
Every call is one transaction: nothing is saved when anything is wrong.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from os import PathLike

from sqlalchemy import delete, func, select

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import RECORDS_READ, TRAINING_WRITE
from govhr_desktop.domain.training import COURSE_CATEGORY, COURSE_FORM, join_targets, split_targets
from govhr_desktop.persistence.models import Assignment, Center, HomeUnit, Staff, Window
from govhr_desktop.persistence.models_training import (
    TrainingAttendance,
    TrainingCourse,
    TrainingEnrolment,
    TrainingSession,
)
from govhr_desktop.services.assignments import current_on
from govhr_desktop.services.audit import snapshot
from govhr_desktop.services.base import Service, get_or_fail
from govhr_desktop.services.training_views import (
    ENROLMENT_SOURCES,
    CourseDetail,
    CourseInput,
    CourseView,
    EnrolmentView,
    EnrolResult,
    SessionInput,
    SessionView,
    SignInImportResult,
    as_number,
    check_course,
    check_session,
    fmt,
)

__all__ = [
    "CourseDetail",
    "CourseInput",
    "CourseView",
    "EnrolResult",
    "EnrolmentView",
    "SessionInput",
    "SessionView",
    "SignInImportResult",
    "TrainingService",
]

_EPS = 1e-9


def _center_name(s) -> str:
    row = s.execute(select(Center.name).order_by(Center.id).limit(1)).first()
    return row[0] if row else ""


def _course_label(c: TrainingCourse) -> str:
    return f"{c.title} ({c.starts_on.isoformat()})"


def _session_label(c: TrainingCourse, t: TrainingSession) -> str:
    return f"{c.title} {t.held_on.isoformat()} {t.start_time}–{t.end_time}"


class TrainingService(Service):
    # --- reading ------------------------------------------------------------------------------

    def _views(self, s, courses: list[TrainingCourse]) -> list[CourseView]:
        if not courses:
            return []
        ids = [c.id for c in courses]
        n_sessions = dict(s.execute(select(TrainingSession.course_id, func.count())
                                    .where(TrainingSession.course_id.in_(ids)).group_by(TrainingSession.course_id)).all())
        n_enrolled = dict(s.execute(select(TrainingEnrolment.course_id, func.count())
                                    .where(TrainingEnrolment.course_id.in_(ids))
                                    .group_by(TrainingEnrolment.course_id)).all())
        n_attended = dict(s.execute(
            select(TrainingSession.course_id, func.count(TrainingAttendance.staff_id.distinct()))
            .join(TrainingAttendance, TrainingAttendance.session_id == TrainingSession.id)
            .where(TrainingSession.course_id.in_(ids)).group_by(TrainingSession.course_id)).all())
        units = dict(s.execute(select(HomeUnit.id, HomeUnit.short_name)).all())
        center = _center_name(s)
        out = []
        for c in courses:
            if c.organiser == "center":
                organiser_name = center or "中心"
            elif c.organiser == "home_unit":
                organiser_name = units.get(c.organiser_unit_id, "")
            else:
                organiser_name = c.organiser_name or ""
            out.append(CourseView(
                c.id, c.title, c.category, COURSE_CATEGORY.label(c.category), c.organiser, organiser_name,
                c.form, COURSE_FORM.label(c.form), c.hours, c.trainer or "", c.starts_on, c.ends_on, c.pass_mark,
                split_targets(c.targets), c.description or "", n_sessions.get(c.id, 0), n_enrolled.get(c.id, 0),
                n_attended.get(c.id, 0),
            ))
        return out

    def courses(self, year: int | None = None) -> list[CourseView]:
        """Courses (those touching ``year`` if given), latest first."""
        self.require(RECORDS_READ, "training.course.list")
        q = select(TrainingCourse)
        if year is not None:
            q = q.where(TrainingCourse.starts_on <= date(year, 12, 31), TrainingCourse.ends_on >= date(year, 1, 1))
        q = q.order_by(TrainingCourse.starts_on.desc(), TrainingCourse.id.desc())
        with self.ctx.read() as s:
            return self._views(s, list(s.scalars(q)))

    def course(self, course_id: int) -> CourseDetail:
        self.require(RECORDS_READ, "training.course.get")
        with self.ctx.read() as s:
            c = get_or_fail(s, TrainingCourse, course_id)
            view = self._views(s, [c])[0]
            sessions = list(s.scalars(select(TrainingSession).where(TrainingSession.course_id == course_id)
                                      .order_by(TrainingSession.held_on, TrainingSession.start_time)))
            attendance = s.execute(
                select(TrainingAttendance.session_id, TrainingAttendance.staff_id, TrainingAttendance.hours)
                .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
                .where(TrainingSession.course_id == course_id)).all()
            present: dict[int, int] = defaultdict(int)
            hours: dict[int, float] = defaultdict(float)
            seen: dict[int, set[int]] = defaultdict(set)
            for session_id, staff_id, h in attendance:
                present[session_id] += 1
                hours[staff_id] += h
                seen[staff_id].add(session_id)
            session_views = [SessionView(t.id, t.course_id, t.held_on, t.start_time, t.end_time, t.place or "",
                                         t.hours, present.get(t.id, 0)) for t in sessions]
            rows = s.execute(
                select(TrainingEnrolment, Staff.name, HomeUnit.short_name, Window.number)
                .join(Staff, Staff.id == TrainingEnrolment.staff_id)
                .join(HomeUnit, HomeUnit.id == Staff.home_unit_id)
                .outerjoin(Window, Window.id == Staff.window_id)
                .where(TrainingEnrolment.course_id == course_id)
                .order_by(HomeUnit.sort_order, HomeUnit.short_name, Staff.name, Staff.id)).all()
            people = []
            for e, name, unit, window in rows:
                passed = None
                if c.pass_mark is not None and e.score is not None:
                    passed = e.score >= c.pass_mark
                people.append(EnrolmentView(e.id, e.staff_id, name, unit or "", window or "", e.source,
                                            e.reason or "", e.score, passed, round(hours.get(e.staff_id, 0.0), 4),
                                            frozenset(seen.get(e.staff_id, ()))))
            return CourseDetail(view, session_views, people, c.organiser_unit_id)

    # --- courses ------------------------------------------------------------------------------

    def save_course(self, data: CourseInput, course_id: int | None = None) -> int:
        action = "training.course.save"
        self.require(TRAINING_WRITE, action)
        d = check_course(data)
        with self.ctx.transaction() as s:
            if d.organiser_unit_id is not None:
                get_or_fail(s, HomeUnit, d.organiser_unit_id)
            before = None
            if course_id is None:
                c = TrainingCourse(created_by=self.ctx.actor.username)
            else:
                c = get_or_fail(s, TrainingCourse, course_id)
                before = snapshot(c)
                outside = s.scalars(select(TrainingSession).where(
                    TrainingSession.course_id == course_id,
                    (TrainingSession.held_on < d.starts_on) | (TrainingSession.held_on > d.ends_on))
                    .order_by(TrainingSession.held_on)).all()
                if outside:
                    field = "starts_on" if outside[0].held_on < d.starts_on else "ends_on"
                    raise ValidationError([DomainError(
                        "training.course_excludes_session", field, held_on=outside[0].held_on.isoformat(),
                        count=len(outside))])
            c.title, c.category, c.organiser = d.title, d.category, d.organiser
            c.organiser_unit_id, c.organiser_name, c.form = d.organiser_unit_id, d.organiser_name, d.form
            c.hours, c.trainer, c.starts_on, c.ends_on = d.hours, d.trainer, d.starts_on, d.ends_on
            c.pass_mark, c.targets, c.description = d.pass_mark, join_targets(d.targets), d.description
            if course_id is None:
                s.add(c)
            s.flush()
            self.audit(s, action, c, before=before, label=_course_label(c))
            return c.id

    def _signed_in_count(self, s, *, course_id: int | None = None, session_id: int | None = None,
                         staff_id: int | None = None) -> int:
        q = select(func.count()).select_from(TrainingAttendance).join(
            TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
        if course_id is not None:
            q = q.where(TrainingSession.course_id == course_id)
        if session_id is not None:
            q = q.where(TrainingAttendance.session_id == session_id)
        if staff_id is not None:
            q = q.where(TrainingAttendance.staff_id == staff_id)
        return s.execute(q).scalar_one()

    def delete_course(self, course_id: int) -> None:
        """Remove a course entered by mistake (with its sessions and enrolments); refused once
        anyone signed in (the hours count towards people's yearly totals)."""
        action = "training.course.delete"
        self.require(TRAINING_WRITE, action)
        with self.ctx.transaction() as s:
            c = get_or_fail(s, TrainingCourse, course_id)
            n = self._signed_in_count(s, course_id=course_id)
            if n:
                raise DomainError("training.course_signed_in", count=n, title=c.title)
            before, label = snapshot(c), _course_label(c)
            s.execute(delete(TrainingEnrolment).where(TrainingEnrolment.course_id == course_id))
            s.execute(delete(TrainingSession).where(TrainingSession.course_id == course_id))
            s.delete(c)
            s.flush()
            self.audit(s, action, None, before=before, label=label, record_type="training_course",
                       record_id=course_id)

    # --- sessions -----------------------------------------------------------------------------

    def save_session(self, course_id: int, data: SessionInput, session_id: int | None = None) -> int:
        action = "training.session.save"
        self.require(TRAINING_WRITE, action)
        with self.ctx.transaction() as s:
            c = get_or_fail(s, TrainingCourse, course_id)
            d = check_session(data, c.starts_on, c.ends_on)
            before = None
            if session_id is None:
                t = TrainingSession(course_id=course_id)
            else:
                t = get_or_fail(s, TrainingSession, session_id)
                if t.course_id != course_id:
                    raise DomainError("record.not_found", id=session_id)
                before = snapshot(t)
                longest = s.execute(select(func.max(TrainingAttendance.hours))
                                    .where(TrainingAttendance.session_id == session_id)).scalar()
                if longest is not None and longest > d.hours + _EPS:
                    raise ValidationError([DomainError("training.session_hours_below_credited", "hours",
                                                       value=fmt(d.hours), credited=fmt(longest))])
            t.held_on, t.start_time, t.end_time, t.place, t.hours = (
                d.held_on, d.start_time, d.end_time, d.place, d.hours)
            if session_id is None:
                s.add(t)
            s.flush()
            self.audit(s, action, t, before=before, label=_session_label(c, t))
            return t.id

    def delete_session(self, session_id: int) -> None:
        action = "training.session.delete"
        self.require(TRAINING_WRITE, action)
        with self.ctx.transaction() as s:
            t = get_or_fail(s, TrainingSession, session_id)
            c = s.get(TrainingCourse, t.course_id)
            n = self._signed_in_count(s, session_id=session_id)
            if n:
                raise DomainError("training.session_signed_in", count=n, held_on=t.held_on.isoformat())
            before, label = snapshot(t), _session_label(c, t)
            s.delete(t)
            s.flush()
            self.audit(s, action, None, before=before, label=label, record_type="training_session",
                       record_id=session_id)

    # --- enrolment ----------------------------------------------------------------------------

    def _enrol(self, s, c: TrainingCourse, staff_ids, source: str, reasons: dict[int, str], detail: str) -> EnrolResult:
        existing = set(s.scalars(select(TrainingEnrolment.staff_id).where(TrainingEnrolment.course_id == c.id)))
        added, already = [], 0
        for staff_id in dict.fromkeys(staff_ids):
            if staff_id in existing:
                already += 1
                continue
            e = TrainingEnrolment(course_id=c.id, staff_id=staff_id, source=source,
                                  reason=(reasons.get(staff_id) or "").strip(), enrolled_by=self.ctx.actor.username)
            s.add(e)
            added.append(staff_id)
        s.flush()
        if added:
            names = dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(added))).all())
            self.audit(s, "training.enrol", None, record_type="training_course", record_id=c.id,
                       label=_course_label(c), after={"source": source, "staff": [names[i] for i in added]},
                       detail=detail)
        return EnrolResult(len(added), already)

    def enrol(self, course_id: int, staff_ids, *, source: str = "person",
              reasons: dict[int, str] | None = None) -> EnrolResult:
        """Enrol people still at the center; those already enrolled are counted, not doubled."""
        self.require(TRAINING_WRITE, "training.enrol")
        if source not in ENROLMENT_SOURCES:
            raise ValidationError([DomainError("choice", "source", value=str(source), allowed=list(ENROLMENT_SOURCES))])
        staff_ids = list(staff_ids)
        with self.ctx.transaction() as s:
            c = get_or_fail(s, TrainingCourse, course_id)
            people = {p.id: p for p in s.scalars(select(Staff).where(Staff.id.in_(staff_ids)))}
            existing = set(s.scalars(select(TrainingEnrolment.staff_id).where(TrainingEnrolment.course_id == c.id)))
            errors = []
            for staff_id in dict.fromkeys(staff_ids):
                p = people.get(staff_id)
                if staff_id in existing:
                    continue
                if p is None:
                    errors.append(DomainError("record.not_found", "staff_id", id=staff_id))
                elif p.status == "returned":
                    errors.append(DomainError("training.not_at_center", "staff_id", name=p.name))
            if errors:
                raise ValidationError(errors)
            return self._enrol(s, c, staff_ids, source, reasons or {}, "")

    def enrol_unit(self, course_id: int, home_unit_id: int) -> EnrolResult:
        """Enrol everyone of a home unit who is at the center."""
        self.require(TRAINING_WRITE, "training.enrol")
        with self.ctx.transaction() as s:
            c = get_or_fail(s, TrainingCourse, course_id)
            unit = get_or_fail(s, HomeUnit, home_unit_id)
            ids = list(s.scalars(select(Staff.id).where(Staff.home_unit_id == home_unit_id,
                                                         Staff.status != "returned").order_by(Staff.id)))
            return self._enrol(s, c, ids, "unit", {}, unit.short_name)

    def enrol_windows(self, course_id: int, window_ids, *, today: date | None = None) -> EnrolResult:
        """Enrol the people currently assigned (A or B post) to these windows."""
        self.require(TRAINING_WRITE, "training.enrol")
        today = today or date.today()
        window_ids = list(window_ids)
        with self.ctx.transaction() as s:
            c = get_or_fail(s, TrainingCourse, course_id)
            numbers = list(s.scalars(select(Window.number).where(Window.id.in_(window_ids)).order_by(Window.number)))
            ids = list(s.scalars(
                select(Assignment.staff_id).distinct()
                .join(Staff, Staff.id == Assignment.staff_id)
                .where(Assignment.window_id.in_(window_ids), current_on(today), Assignment.post.in_(("A", "B")),
                       Staff.status != "returned")
                .order_by(Assignment.staff_id)))
            return self._enrol(s, c, ids, "windows", {}, "、".join(numbers))

    def withdraw(self, course_id: int, staff_id: int) -> None:
        action = "training.withdraw"
        self.require(TRAINING_WRITE, action)
        with self.ctx.transaction() as s:
            c = get_or_fail(s, TrainingCourse, course_id)
            person = get_or_fail(s, Staff, staff_id)
            e = s.scalars(select(TrainingEnrolment).where(TrainingEnrolment.course_id == course_id,
                                                          TrainingEnrolment.staff_id == staff_id)).first()
            if e is None:
                raise DomainError("training.not_enrolled", "staff_id", name=person.name)
            if self._signed_in_count(s, course_id=course_id, staff_id=staff_id):
                raise DomainError("training.withdraw_signed_in", "staff_id", name=person.name)
            before = snapshot(e)
            s.delete(e)
            s.flush()
            self.audit(s, action, None, before=before, label=f"{_course_label(c)} {person.name}",
                       record_type="training_enrolment", record_id=e.id)

    # --- sign-in and scores -------------------------------------------------------------------

    def _apply_sign_in(self, s, t: TrainingSession, credited: dict[int, float], method: str) -> tuple[int, int]:
        existing = {a.staff_id: a for a in s.scalars(select(TrainingAttendance)
                                                      .where(TrainingAttendance.session_id == t.id))}
        new = updated = 0
        for staff_id, hours in credited.items():
            a = existing.get(staff_id)
            if a is None:
                s.add(TrainingAttendance(session_id=t.id, staff_id=staff_id, hours=hours, method=method,
                                         recorded_by=self.ctx.actor.username))
                new += 1
            else:
                a.hours, a.method, a.recorded_by = hours, method, self.ctx.actor.username
                updated += 1
        s.flush()
        return new, updated

    def sign_in(self, session_id: int, entries, method: str = "manual") -> int:
        """Record who was present and the hours credited (None = the whole session). Re-signing
        someone updates the hours. All or nothing; returns the number of people signed in."""
        action = "training.sign_in"
        self.require(TRAINING_WRITE, action)
        entries = list(entries)
        with self.ctx.transaction() as s:
            t = get_or_fail(s, TrainingSession, session_id)
            c = s.get(TrainingCourse, t.course_id)
            enrolled = set(s.scalars(select(TrainingEnrolment.staff_id).where(TrainingEnrolment.course_id == c.id)))
            ids = [sid for sid, _h in entries]
            names = dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all())
            errors: list[DomainError] = []
            credited: dict[int, float] = {}
            for staff_id, raw in entries:
                name = names.get(staff_id)
                if name is None:
                    errors.append(DomainError("record.not_found", "staff_id", id=staff_id))
                    continue
                if staff_id not in enrolled:
                    errors.append(DomainError("training.not_enrolled", "staff_id", name=name))
                    continue
                hours = t.hours if raw is None else as_number(raw)
                if hours is None or hours < 0:
                    errors.append(DomainError("training.sign_in_hours", "hours", name=name, value=str(raw)))
                elif hours > t.hours + _EPS:
                    errors.append(DomainError("training.hours_beyond_session", "hours", name=name,
                                              value=fmt(hours), session_hours=fmt(t.hours)))
                else:
                    credited[staff_id] = hours
            if errors:
                raise ValidationError(errors)
            if method not in ("manual", "import"):
                method = "manual"
            new, updated = self._apply_sign_in(s, t, credited, method)
            self.audit(s, action, None, record_type="training_session", record_id=t.id,
                       label=_session_label(c, t),
                       after={names[i]: h for i, h in credited.items()},
                       detail=f"new {new}, updated {updated}, method {method}")
            return len(credited)

    def cancel_sign_in(self, session_id: int, staff_id: int) -> None:
        action = "training.sign_in.cancel"
        self.require(TRAINING_WRITE, action)
        with self.ctx.transaction() as s:
            t = get_or_fail(s, TrainingSession, session_id)
            c = s.get(TrainingCourse, t.course_id)
            person = get_or_fail(s, Staff, staff_id)
            a = s.scalars(select(TrainingAttendance).where(TrainingAttendance.session_id == session_id,
                                                           TrainingAttendance.staff_id == staff_id)).first()
            if a is None:
                raise DomainError("training.not_signed_in", "staff_id", name=person.name)
            before = snapshot(a)
            s.delete(a)
            s.flush()
            self.audit(s, action, None, before=before, label=f"{_session_label(c, t)} {person.name}",
                       record_type="training_attendance", record_id=a.id)

    def record_scores(self, course_id: int, scores: dict[int, float | None]) -> None:
        """Test scores (None clears one) of people enrolled on the course; all or nothing."""
        action = "training.scores"
        self.require(TRAINING_WRITE, action)
        with self.ctx.transaction() as s:
            c = get_or_fail(s, TrainingCourse, course_id)
            rows = {e.staff_id: e for e in s.scalars(select(TrainingEnrolment)
                                                      .where(TrainingEnrolment.course_id == course_id))}
            names = dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(list(scores)))).all())
            errors: list[DomainError] = []
            values: dict[int, float | None] = {}
            for staff_id, raw in scores.items():
                name = names.get(staff_id)
                if name is None:
                    errors.append(DomainError("record.not_found", "staff_id", id=staff_id))
                    continue
                if staff_id not in rows:
                    errors.append(DomainError("training.not_enrolled", "staff_id", name=name))
                    continue
                if raw is None or raw == "":
                    values[staff_id] = None
                    continue
                score = as_number(raw)
                if score is None or not (0 <= score <= 100):
                    errors.append(DomainError("training.score", "score", name=name, value=str(raw)))
                else:
                    values[staff_id] = score
            if errors:
                raise ValidationError(errors)
            changed = {}
            for staff_id, score in values.items():
                if rows[staff_id].score != score:
                    changed[names[staff_id]] = [rows[staff_id].score, score]
                    rows[staff_id].score = score
            s.flush()
            if changed:
                self.audit(s, action, None, record_type="training_course", record_id=c.id,
                           label=_course_label(c), after=changed)

    def import_sign_in(self, session_id: int, path: str | PathLike[str]) -> SignInImportResult:
        """Sign people in from a filled-in sign-in list (.xlsx/.xls/.csv). Names are matched to
        the people enrolled on the course (the ID number's tail tells same names apart). Any bad
        row: nothing is saved and the errors are returned."""
        from govhr_desktop.exchange.staff_import import RowError
        from govhr_desktop.exchange.training_signin import read_sign_in

        action = "training.sign_in_import"
        self.require(TRAINING_WRITE, action)
        rows, errors = read_sign_in(path)
        errors = list(errors)
        with self.ctx.transaction() as s:
            t = get_or_fail(s, TrainingSession, session_id)
            c = s.get(TrainingCourse, t.course_id)
            enrolled = s.execute(
                select(Staff.id, Staff.name, Staff.id_number)
                .join(TrainingEnrolment, TrainingEnrolment.staff_id == Staff.id)
                .where(TrainingEnrolment.course_id == c.id)).all()
            by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
            for sid, name, id_number in enrolled:
                by_name[name.strip()].append((sid, (id_number or "").upper()))
            credited: dict[int, float] = {}
            first_row: dict[int, int] = {}
            for r in rows:
                if not getattr(r, "present", True):
                    continue
                name = (r.name or "").strip()
                tail = (r.id_tail or "").strip().upper()
                candidates = by_name.get(name, [])
                if tail:
                    candidates = [cand for cand in candidates if cand[1].endswith(tail)]
                if not candidates:
                    known = s.execute(select(func.count()).select_from(Staff).where(Staff.name == name)).scalar_one()
                    code = "training.import_not_enrolled" if known else "training.import_unknown_name"
                    errors.append(RowError(r.row, "姓名", name, code, {"row": r.row, "value": name}, "staff_id"))
                    continue
                if len(candidates) > 1:
                    errors.append(RowError(r.row, "姓名", name, "training.import_ambiguous_name",
                                           {"row": r.row, "value": name, "count": len(candidates)}, "staff_id"))
                    continue
                sid = candidates[0][0]
                if sid in first_row:
                    errors.append(RowError(r.row, "姓名", name, "training.import_duplicate",
                                           {"row": r.row, "value": name, "first_row": first_row[sid]}, "staff_id"))
                    continue
                first_row[sid] = r.row
                hours = t.hours if r.hours is None else as_number(r.hours)
                if hours is None or hours < 0 or hours > t.hours + _EPS:
                    errors.append(RowError(r.row, "学时", str(r.hours), "training.import_hours",
                                           {"row": r.row, "value": str(r.hours), "session_hours": fmt(t.hours)},
                                           "hours"))
                    continue
                credited[sid] = hours
            if errors:
                return SignInImportResult(0, errors)
            if not credited:
                return SignInImportResult(0, [RowError(0, "", "", "training.import_empty", {"row": 0})])
            new, updated = self._apply_sign_in(s, t, credited, "import")
            names = {sid: name for sid, name, _n in enrolled}
            self.audit(s, action, None, record_type="training_session", record_id=t.id,
                       label=_session_label(c, t), after={names[i]: h for i, h in credited.items()},
                       detail=f"{path}; new {new}, updated {updated}")
            return SignInImportResult(len(credited), [])

    # --- documents ----------------------------------------------------------------------------

    def sign_in_sheet(self, session_id: int, path: str | PathLike[str]) -> None:
        """Write the sign-in sheet (PDF) of a session with the enrolled people's names pre-filled."""
        from govhr_desktop.documents.signin_sheet import (
            SignInPerson,
            SignInSheet,
            render_sign_in_sheet,
        )

        self.require(RECORDS_READ, "training.sign_in_sheet")
        with self.ctx.read() as s:
            t = get_or_fail(s, TrainingSession, session_id)
            c = s.get(TrainingCourse, t.course_id)
            rows = s.execute(
                select(Staff.name, HomeUnit.short_name, Window.number)
                .join(TrainingEnrolment, TrainingEnrolment.staff_id == Staff.id)
                .join(HomeUnit, HomeUnit.id == Staff.home_unit_id)
                .outerjoin(Window, Window.id == Staff.window_id)
                .where(TrainingEnrolment.course_id == c.id)
                .order_by(HomeUnit.sort_order, HomeUnit.short_name, Staff.name, Staff.id)).all()
            sheet = SignInSheet(
                center_name=_center_name(s), course_title=c.title, category_name=COURSE_CATEGORY.label(c.category),
                trainer=c.trainer or "", held_on=t.held_on, start_time=t.start_time, end_time=t.end_time,
                place=t.place or "", hours=t.hours,
                people=[SignInPerson(name, unit or "", window or "") for name, unit, window in rows],
            )
        render_sign_in_sheet(sheet, path)

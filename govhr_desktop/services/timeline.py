"""One person's history in date order: joining, vetting, assignments, chief representative,
requests, leave, leaving (later capabilities add evaluations and training)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.security import RECORDS_READ
from govhr_desktop.services.base import Service


@dataclass(frozen=True)
class TimelineEvent:
    day: date
    kind: str    # joined, vetting, assignment.start, assignment.end, chief.start, chief.end,
                 # transfer.filed, transfer.decided, leave, leave.return, left, register, evaluation,
                 # training (one session attended), training.year (hours of the year so far / target)
    params: dict  # what the UI needs to word the event (codes, names, dates)


def _training_events(c, staff_id: int) -> list[TimelineEvent]:
    """Each session attended (course, date, hours credited) and, on the day of the last session
    of each year, the hours of that year against the person's target."""
    from govhr_desktop.domain.training import DEFAULT_YEARLY_TARGET

    target = c.execute(text(
        "SELECT CAST(t.value AS REAL) FROM staff s JOIN app_setting t "
        "ON t.key = 'training.target.' || s.employment_type WHERE s.id = :id"), {"id": staff_id}).scalar()
    target = DEFAULT_YEARLY_TARGET if target is None else float(target)
    events: list[TimelineEvent] = []
    years: dict[int, list] = {}
    for a in c.execute(text(
        "SELECT c.id AS course_id, c.title, c.category, ts.held_on, ts.hours AS session_hours, a.hours "
        "FROM training_attendance a JOIN training_session ts ON ts.id = a.session_id "
        "JOIN training_course c ON c.id = ts.course_id WHERE a.staff_id = :id ORDER BY ts.held_on, ts.start_time"),
            {"id": staff_id}):
        day = _d(a.held_on)
        events.append(TimelineEvent(day, "training", {"course_id": a.course_id, "title": a.title,
                                                      "category": a.category, "hours": float(a.hours),
                                                      "session_hours": float(a.session_hours)}))
        year = years.setdefault(day.year, [day, 0.0])
        year[0] = max(year[0], day)
        year[1] += float(a.hours)
    for y, (last, total) in years.items():
        events.append(TimelineEvent(last, "training.year", {"year": y, "total": round(total, 2), "target": target}))
    return events


def _d(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


class TimelineService(Service):
    def for_staff(self, staff_id: int) -> list[TimelineEvent]:
        self.require(RECORDS_READ, "staff.timeline")
        events: list[TimelineEvent] = []
        with self.ctx.connect() as c:
            person = c.execute(text(
                "SELECT s.name, s.joined_center_on, s.left_center_on, s.status, u.short_name "
                "FROM staff s JOIN home_unit u ON u.id = s.home_unit_id WHERE s.id = :id"), {"id": staff_id}).first()
            if person is None:
                raise DomainError("record.not_found", id=staff_id)
            events.append(TimelineEvent(_d(person.joined_center_on), "joined", {"unit": person.short_name}))
            if person.left_center_on:
                events.append(TimelineEvent(_d(person.left_center_on), "left", {"unit": person.short_name}))
            for v in c.execute(text(
                "SELECT proposed_on, decision, decided_on, decided_by, decision_reason FROM vetting WHERE staff_id = :id"),
                    {"id": staff_id}):
                events.append(TimelineEvent(_d(v.decided_on or v.proposed_on), "vetting",
                                            {"decision": v.decision, "by": v.decided_by, "proposed_on": _d(v.proposed_on)}))
            for a in c.execute(text(
                "SELECT a.start_on, a.end_on, a.end_reason, a.post, w.number FROM assignment a "
                "JOIN service_window w ON w.id = a.window_id WHERE a.staff_id = :id"), {"id": staff_id}):
                events.append(TimelineEvent(_d(a.start_on), "assignment.start", {"window": a.number, "post": a.post}))
                if a.end_on:
                    events.append(TimelineEvent(_d(a.end_on), "assignment.end",
                                                {"window": a.number, "post": a.post, "reason": a.end_reason}))
            for cr in c.execute(text(
                "SELECT c.start_on, c.end_on, u.short_name FROM chief_representative c "
                "JOIN home_unit u ON u.id = c.home_unit_id WHERE c.staff_id = :id"), {"id": staff_id}):
                events.append(TimelineEvent(_d(cr.start_on), "chief.start", {"unit": cr.short_name}))
                if cr.end_on:
                    events.append(TimelineEvent(_d(cr.end_on), "chief.end", {"unit": cr.short_name}))
            for t in c.execute(text(
                "SELECT kind, filed_on, requested_on, decision, decided_on FROM transfer_request WHERE staff_id = :id"),
                    {"id": staff_id}):
                events.append(TimelineEvent(_d(t.filed_on), "transfer.filed",
                                            {"kind": t.kind, "requested_on": _d(t.requested_on)}))
                if t.decided_on:
                    events.append(TimelineEvent(_d(t.decided_on), "transfer.decided",
                                                {"kind": t.kind, "decision": t.decision}))
            for lv in c.execute(text(
                "SELECT leave_type, start_on, end_on, working_days, status, returned_on FROM leave_request "
                "WHERE staff_id = :id AND status NOT IN ('cancelled')"), {"id": staff_id}):
                events.append(TimelineEvent(_d(lv.start_on), "leave",
                                            {"type": lv.leave_type, "end_on": _d(lv.end_on), "days": lv.working_days,
                                             "status": lv.status}))
                if lv.returned_on:
                    events.append(TimelineEvent(_d(lv.returned_on), "leave.return", {"type": lv.leave_type}))
            for r in c.execute(text(
                "SELECT item_code, occurred_on, quantity, verification FROM register_entry "
                "WHERE staff_id = :id AND verification != 'rejected'"), {"id": staff_id}):
                events.append(TimelineEvent(_d(r.occurred_on), "register",
                                            {"item": r.item_code, "quantity": r.quantity, "state": r.verification}))
            for f in c.execute(text(
                "SELECT month, total, grade FROM evaluation_form WHERE staff_id = :id AND state = 'published'"),
                    {"id": staff_id}):
                y, m = (int(x) for x in f.month.split("-"))
                last = date(y + (m == 12), m % 12 + 1, 1)
                events.append(TimelineEvent(last, "evaluation", {"month": f.month, "total": f.total, "grade": f.grade}))
            events += _training_events(c, staff_id)
        order = {"joined": 0, "vetting": 0, "assignment.end": 1, "chief.end": 1, "assignment.start": 2,
                 "training.year": 4}
        return sorted(events, key=lambda e: (e.day, order.get(e.kind, 3)))

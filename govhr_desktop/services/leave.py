"""请销假 (DOMAIN.md §4): leave is filed, signed by the home unit (recorded: they do not use the
program), handed over to the B post (or to a substitute the home unit sends for a one-person
window), approved by the center, and closed by recording the return (销假).

Sick-leave reasons are health data (PIPL sensitive personal information): the service returns
them only to actors with HEALTH_READ and never copies them into the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import aliased

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import APPROVE, HEALTH_READ, LEAVE_WRITE, RECORDS_READ
from govhr_desktop.domain.vocab import Choice, Vocabulary
from govhr_desktop.domain.workdays import WorkCalendar
from govhr_desktop.persistence.models import Assignment, HomeUnit, LeaveRequest, Staff, Window
from govhr_desktop.services.audit import snapshot
from govhr_desktop.services.base import Service, get_or_fail
from govhr_desktop.services.calendar import CalendarService

LEAVE_TYPE = Vocabulary(
    "leave_type",
    [
        Choice("personal", "事假", "Personal leave"),
        Choice("sick", "病假", "Sick leave"),
        Choice("annual", "年休假", "Annual leave"),
        Choice("marriage", "婚假", "Marriage leave"),
        Choice("maternity", "产假/陪产假", "Maternity / paternity leave"),
        Choice("bereavement", "丧假", "Bereavement leave"),
        Choice("business", "公差/外出", "Official business / out of office"),
        Choice("training", "培训", "Training"),
        Choice("time_off", "调休", "Compensatory time off"),
    ],
).add_aliases("maternity", "产假", "陪产假", "护理假").add_aliases("business", "公差", "外出", "出差").add_aliases(
    "annual", "年假", "休假"
)

LEAVE_STATUS = Vocabulary(
    "leave_status",
    [
        Choice("filed", "已登记", "Filed"),
        Choice("unit_signed", "单位已签", "Home unit signed"),
        Choice("approved", "已批准", "Approved"),
        Choice("refused", "未批准", "Refused"),
        Choice("cancelled", "已撤销", "Cancelled"),
        Choice("returned", "已销假", "Returned"),
    ],
)

HALF = Vocabulary("half_day", [Choice("am", "上午", "Morning"), Choice("pm", "下午", "Afternoon")])

#: Shown instead of a sick-leave reason to anyone without HEALTH_READ.
HIDDEN_REASON = "（健康信息，仅授权人员可见）"

#: Statuses of leave that still counts (blocks overlapping leave).
LIVE_STATUSES = ("filed", "unit_signed", "approved", "returned")
OPEN_STATUSES = ("filed", "unit_signed")
REASON_MAX = 500
NAME_MAX = 40


@dataclass(frozen=True)
class LeaveView:
    id: int
    staff_id: int
    staff_name: str
    home_unit_name: str
    window_number: str
    leave_type: str
    start_on: date
    start_half: str
    end_on: date
    end_half: str
    working_days: float
    reason: str  # HIDDEN_REASON for sick leave unless the actor may read health data
    reason_hidden: bool
    status: str
    created_by: str
    unit_signed_by: str
    unit_signed_on: date | None
    center_approved_by: str
    center_approved_on: date | None
    decision_reason: str
    handover_confirmed: bool
    handover_to_id: int | None
    handover_to_name: str
    substitute_name: str
    returned_on: date | None

    def covers(self, day: date) -> bool:
        return self.start_on <= day <= self.end_on

    def is_on_leave(self, day: date) -> bool:
        """On approved leave that day (a return recorded on or before the day ends it)."""
        if not self.covers(day):
            return False
        if self.status == "approved":
            return True
        return self.status == "returned" and self.returned_on is not None and self.returned_on > day


@dataclass(frozen=True)
class Reminder:
    kind: str  # 'ending' (ends by the next working day: remind today) / 'overdue' (not back: absence)
    leave_id: int
    staff_id: int
    staff_name: str
    home_unit_name: str
    leave_type: str
    start_on: date
    end_on: date
    due_back: date  # the day the person should be back at the window


@dataclass(frozen=True)
class StaffChoice:
    id: int
    name: str
    home_unit_name: str
    window_number: str
    post: str

    def text(self) -> str:
        parts = [self.name, self.home_unit_name]
        if self.window_number:
            parts.append(f"{self.window_number}{self.post or ''}")
        return " · ".join(p for p in parts if p)


def _slot(d: date, half: str, *, end: bool) -> int:
    """Half-day index: a day has two slots (morning 0, afternoon 1)."""
    if end:
        return d.toordinal() * 2 + (0 if half == "am" else 1)
    return d.toordinal() * 2 + (1 if half == "pm" else 0)


class LeaveService(Service):
    # --- helpers ------------------------------------------------------------------------------

    def calendar(self, start: date, end: date) -> WorkCalendar:
        return CalendarService(self.ctx).work_calendar(start.year, end.year + 1)

    def count_days(self, start_on: date, start_half: str, end_on: date, end_half: str) -> float:
        """Working days a leave would take (0 for an impossible range)."""
        if end_on < start_on or (end_on == start_on and start_half == "pm" and end_half == "am"):
            return 0.0
        return self.calendar(start_on, end_on).leave_days(start_on, start_half, end_on, end_half)

    def _reason_for(self, leave_type: str, reason: str) -> tuple[str, bool]:
        if leave_type == "sick" and not self.ctx.actor.can(HEALTH_READ):
            return HIDDEN_REASON, True
        return reason, False

    @staticmethod
    def _audit_data(leave: LeaveRequest) -> dict:
        data = snapshot(leave)
        if leave.leave_type == "sick":
            data.pop("reason", None)  # health data stays out of the audit trail
        return data

    @staticmethod
    def _label(leave: LeaveRequest, staff_name: str) -> str:
        return f"{staff_name} {leave.start_on.isoformat()}~{leave.end_on.isoformat()}"

    def _query(self):
        cover = aliased(Staff)
        return (
            select(LeaveRequest, Staff.name, HomeUnit.short_name, Window.number, cover.name)
            .join(Staff, Staff.id == LeaveRequest.staff_id)
            .join(HomeUnit, HomeUnit.id == Staff.home_unit_id)
            .outerjoin(Window, Window.id == Staff.window_id)
            .outerjoin(cover, cover.id == LeaveRequest.handover_to_id)
        )

    def _view(self, row) -> LeaveView:
        lv, name, unit, window, cover = row
        reason, hidden = self._reason_for(lv.leave_type, lv.reason)
        return LeaveView(
            lv.id, lv.staff_id, name, unit or "", window or "", lv.leave_type, lv.start_on, lv.start_half,
            lv.end_on, lv.end_half, lv.working_days, reason, hidden, lv.status, lv.created_by,
            lv.unit_signed_by, lv.unit_signed_on, lv.center_approved_by, lv.center_approved_on,
            lv.decision_reason, lv.handover_confirmed, lv.handover_to_id, cover or "", lv.substitute_name,
            lv.returned_on,
        )

    # --- reading ------------------------------------------------------------------------------

    def list(self, *, status: str | None = None, staff_id: int | None = None,
             date_from: date | None = None, date_to: date | None = None) -> list[LeaveView]:
        """Leave requests, newest first; the date range keeps leave that overlaps it."""
        self.require(RECORDS_READ, "leave.list")
        q = self._query()
        if status is not None:
            q = q.where(LeaveRequest.status == status)
        if staff_id is not None:
            q = q.where(LeaveRequest.staff_id == staff_id)
        if date_from is not None:
            q = q.where(LeaveRequest.end_on >= date_from)
        if date_to is not None:
            q = q.where(LeaveRequest.start_on <= date_to)
        q = q.order_by(LeaveRequest.start_on.desc(), LeaveRequest.id.desc())
        with self.ctx.read() as s:
            return [self._view(r) for r in s.execute(q)]

    def get(self, leave_id: int) -> LeaveView:
        self.require(RECORDS_READ, "leave.get")
        with self.ctx.read() as s:
            row = s.execute(self._query().where(LeaveRequest.id == leave_id)).first()
            if row is None:
                raise DomainError("record.not_found", id=leave_id)
            return self._view(row)

    def on_leave(self, on: date) -> list[LeaveView]:
        """Who is on approved leave that day."""
        views = self.list(date_from=on, date_to=on)
        return [v for v in views if v.is_on_leave(on)]

    def staff_choices(self) -> list[StaffChoice]:
        """People at the center (not returned to their home unit), for pickers."""
        self.require(RECORDS_READ, "staff.list")
        q = (
            select(Staff.id, Staff.name, HomeUnit.short_name, Window.number, Staff.post)
            .join(HomeUnit, HomeUnit.id == Staff.home_unit_id)
            .outerjoin(Window, Window.id == Staff.window_id)
            .where(Staff.status != "returned")
            .order_by(HomeUnit.sort_order, Staff.name)
        )
        with self.ctx.read() as s:
            return [StaffChoice(i, n, u or "", w or "", p or "") for i, n, u, w, p in s.execute(q)]

    @staticmethod
    def _current(on: date):
        return and_(Assignment.start_on <= on, or_(Assignment.end_on.is_(None), Assignment.end_on >= on))

    def _colleagues(self, s, staff_id: int, on: date) -> tuple[list[int], list[StaffChoice]]:
        """The person's windows on ``on`` and the others assigned there (A or B) then."""
        windows = list(s.scalars(select(Assignment.window_id).where(Assignment.staff_id == staff_id, self._current(on))))
        if not windows:
            return [], []
        q = (
            select(Staff.id, Staff.name, HomeUnit.short_name, Window.number, Assignment.post)
            .join(Assignment, Assignment.staff_id == Staff.id)
            .join(Window, Window.id == Assignment.window_id)
            .join(HomeUnit, HomeUnit.id == Staff.home_unit_id)
            .where(Assignment.window_id.in_(windows), Assignment.staff_id != staff_id, self._current(on),
                   Staff.status != "returned")
            .order_by(Assignment.post.desc(), Staff.name)  # B posts first: they cover
        )
        seen: dict[int, StaffChoice] = {}
        for i, n, u, w, p in s.execute(q):
            seen.setdefault(i, StaffChoice(i, n, u or "", w or "", p or ""))
        return windows, list(seen.values())

    def cover_candidates(self, leave_id: int) -> list[StaffChoice]:
        """Who may take over during the leave: the others at the person's window(s). Empty for
        a one-person window (the home unit must send a substitute)."""
        self.require(RECORDS_READ, "leave.get")
        with self.ctx.read() as s:
            lv = get_or_fail(s, LeaveRequest, leave_id)
            return self._colleagues(s, lv.staff_id, lv.start_on)[1]

    def reminders(self, today: date) -> list[Reminder]:
        """Approved leave ending by the next working day (remind the day before), and approved
        leave that has ended without a recorded return (overdue: counts as absence)."""
        self.require(RECORDS_READ, "leave.list")
        with self.ctx.read() as s:
            rows = list(s.execute(self._query().where(LeaveRequest.status == "approved",
                                                      LeaveRequest.end_on <= today + timedelta(days=40))))
        if not rows:
            return []
        first = min(r[0].end_on for r in rows)
        cal = self.calendar(min(first, today), today + timedelta(days=40))
        tomorrow = cal.next_working_day(today)
        out: list[Reminder] = []
        for lv, name, unit, _w, _c in rows:
            due_back = lv.end_on if lv.end_half == "am" else cal.next_working_day(lv.end_on)
            if lv.end_on < today and due_back <= today:
                kind = "overdue"
            elif today < lv.end_on <= tomorrow:
                kind = "ending"
            else:
                continue
            out.append(Reminder(kind, lv.id, lv.staff_id, name, unit or "", lv.leave_type, lv.start_on, lv.end_on,
                                due_back))
        out.sort(key=lambda r: (r.kind != "overdue", r.end_on, r.staff_name))
        return out

    # --- filing -------------------------------------------------------------------------------

    def file(self, staff_id: int | None, leave_type: str | None, start_on: date | None, start_half: str,
             end_on: date | None, end_half: str, reason: str = "") -> int:
        self.require(LEAVE_WRITE, "leave.file")
        reason = (reason or "").strip()
        errors: list[DomainError] = []
        if staff_id is None:
            errors.append(DomainError("required", "staff_id"))
        if leave_type not in LEAVE_TYPE:
            errors.append(DomainError("choice", "leave_type", value=leave_type or "",
                                      allowed=[c.zh for c in LEAVE_TYPE.choices]))
        if start_on is None:
            errors.append(DomainError("required", "start_on"))
        if end_on is None:
            errors.append(DomainError("required", "end_on"))
        if start_half not in HALF or end_half not in HALF:
            errors.append(DomainError("choice", "start_on", value=f"{start_half}/{end_half}", allowed=["am", "pm"]))
        if leave_type == "sick" and not reason:
            errors.append(DomainError("leave.reason_required", "reason"))
        if len(reason) > REASON_MAX:
            errors.append(DomainError("too_long", "reason", max=REASON_MAX))
        if start_on is not None and end_on is not None and (
            end_on < start_on or (end_on == start_on and start_half == "pm" and end_half == "am")
        ):
            errors.append(DomainError("leave.end_before_start", "end_on"))
        if errors:
            raise ValidationError(errors)
        assert start_on is not None and end_on is not None and staff_id is not None
        days = self.count_days(start_on, start_half, end_on, end_half)
        if days <= 0:
            raise DomainError("leave.no_working_days", "end_on", start=start_on.isoformat(), end=end_on.isoformat())
        with self.ctx.transaction() as s:
            person = get_or_fail(s, Staff, staff_id)
            if start_on < person.joined_center_on or (
                person.left_center_on is not None and end_on > person.left_center_on
            ):
                raise DomainError(
                    "leave.outside_tenure", "start_on", name=person.name,
                    joined=person.joined_center_on.isoformat(),
                    left=person.left_center_on.isoformat() if person.left_center_on else "—",
                )
            self._check_overlap(s, staff_id, start_on, start_half, end_on, end_half)
            if leave_type == "time_off":  # 调休 spends days earned by weekend/holiday duty
                from govhr_desktop.services.rosters import RosterService

                balance = RosterService(self.ctx).time_off_balance(staff_id, start_on.year)
                if days > balance + 1e-9:
                    raise DomainError("leave.time_off_balance", "leave_type", name=person.name, days=days,
                                      balance=balance, year=start_on.year)
            lv = LeaveRequest(
                staff_id=staff_id, leave_type=leave_type, start_on=start_on, start_half=start_half,
                end_on=end_on, end_half=end_half, working_days=days, reason=reason, status="filed",
                created_by=self.ctx.actor.username, handover_confirmed=False,
                unit_signed_by="", center_approved_by="", decision_reason="", substitute_name="",
            )
            s.add(lv)
            s.flush()
            self.audit(s, "leave.file", lv, after=self._audit_data(lv), label=self._label(lv, person.name))
            return lv.id

    def _check_overlap(self, s, staff_id: int, start_on: date, start_half: str, end_on: date, end_half: str,
                       exclude_id: int | None = None) -> None:
        q = select(LeaveRequest).where(
            LeaveRequest.staff_id == staff_id, LeaveRequest.status.in_(LIVE_STATUSES),
            LeaveRequest.start_on <= end_on, LeaveRequest.end_on >= start_on,
        )
        if exclude_id is not None:
            q = q.where(LeaveRequest.id != exclude_id)
        a0, a1 = _slot(start_on, start_half, end=False), _slot(end_on, end_half, end=True)
        for other in s.scalars(q):
            b0 = _slot(other.start_on, other.start_half, end=False)
            b1 = _slot(other.end_on, other.end_half, end=True)
            if a0 <= b1 and b0 <= a1:
                raise DomainError(
                    "leave.overlap", "start_on", start=other.start_on.isoformat(), end=other.end_on.isoformat(),
                    type=LEAVE_TYPE.label(other.leave_type), status=LEAVE_STATUS.label(other.status),
                )

    # --- the steps ----------------------------------------------------------------------------

    def _load(self, s, leave_id: int, allowed: tuple[str, ...]) -> tuple[LeaveRequest, Staff]:
        lv = get_or_fail(s, LeaveRequest, leave_id)
        if lv.status not in allowed:
            raise DomainError("leave.wrong_status", status=LEAVE_STATUS.label(lv.status))
        return lv, s.get(Staff, lv.staff_id)

    def unit_sign(self, leave_id: int, signed_by_name: str, signed_on: date | None) -> None:
        """Record the home unit's approval (they sign on paper; the clerk records who and when)."""
        self.require(LEAVE_WRITE, "leave.unit_sign")
        signed_by_name = (signed_by_name or "").strip()
        errors = []
        if not signed_by_name:
            errors.append(DomainError("required", "signed_by_name"))
        elif len(signed_by_name) > NAME_MAX:
            errors.append(DomainError("too_long", "signed_by_name", max=NAME_MAX))
        if signed_on is None:
            errors.append(DomainError("required", "signed_on"))
        if errors:
            raise ValidationError(errors)
        with self.ctx.transaction() as s:
            lv, person = self._load(s, leave_id, ("filed", "unit_signed"))
            before = self._audit_data(lv)
            lv.unit_signed_by, lv.unit_signed_on, lv.status = signed_by_name, signed_on, "unit_signed"
            self.audit(s, "leave.unit_sign", lv, before=before, after=self._audit_data(lv),
                       label=self._label(lv, person.name))

    def confirm_handover(self, leave_id: int, handover_to_id: int | None = None, substitute_name: str = "") -> None:
        """Confirm who covers: another person at the same window (the B post, or A when B is
        away), or for a one-person window the substitute the home unit sends."""
        self.require(LEAVE_WRITE, "leave.handover")
        substitute_name = (substitute_name or "").strip()
        if len(substitute_name) > NAME_MAX:
            raise DomainError("too_long", "substitute_name", max=NAME_MAX)
        with self.ctx.transaction() as s:
            lv, person = self._load(s, leave_id, OPEN_STATUSES)
            windows, colleagues = self._colleagues(s, lv.staff_id, lv.start_on)
            names = [c.name for c in colleagues]
            if handover_to_id is not None:
                if handover_to_id == lv.staff_id:
                    raise DomainError("leave.handover_not_colleague", "handover_to_id", name=person.name)
                cover = get_or_fail(s, Staff, handover_to_id, "record.not_found")
                if windows and handover_to_id not in {c.id for c in colleagues}:
                    raise DomainError("leave.handover_not_colleague", "handover_to_id", name=cover.name)
                self._check_cover_free(s, cover, lv)
                substitute_name = ""
            elif colleagues:
                raise DomainError("leave.handover_to_required", "handover_to_id", names=names)
            elif not substitute_name:
                raise DomainError("leave.substitute_required", "substitute_name", name=person.name)
            before = self._audit_data(lv)
            lv.handover_to_id, lv.substitute_name, lv.handover_confirmed = handover_to_id, substitute_name, True
            self.audit(s, "leave.handover", lv, before=before, after=self._audit_data(lv),
                       label=self._label(lv, person.name))

    def _check_cover_free(self, s, cover: Staff, lv: LeaveRequest) -> None:
        busy = s.scalar(
            select(LeaveRequest.id).where(
                LeaveRequest.staff_id == cover.id, LeaveRequest.status == "approved",
                LeaveRequest.start_on <= lv.end_on, LeaveRequest.end_on >= lv.start_on,
            )
        )
        if busy is not None:
            raise DomainError("leave.cover_on_leave", "handover_to_id", name=cover.name)

    def center_approve(self, leave_id: int, on: date | None = None) -> None:
        """The center's approval. Leave of one day or more needs the home unit's signature first
        and a confirmed handover; nobody approves a request they filed themselves."""
        self.require(APPROVE, "leave.approve")
        on = on or date.today()
        with self.ctx.transaction() as s:
            lv, person = self._load(s, leave_id, OPEN_STATUSES)
            if lv.created_by == self.ctx.actor.username:
                raise DomainError("leave.own_request")
            whole_days = lv.working_days >= 1
            if whole_days and lv.status != "unit_signed":
                raise DomainError("leave.unit_first")
            if whole_days and not lv.handover_confirmed:
                raise DomainError("leave.handover_required")
            before = self._audit_data(lv)
            lv.status, lv.center_approved_by, lv.center_approved_on = "approved", self.ctx.actor.username, on
            self.audit(s, "leave.approve", lv, before=before, after=self._audit_data(lv),
                       label=self._label(lv, person.name))

    def refuse(self, leave_id: int, reason: str, on: date | None = None) -> None:
        self.require(APPROVE, "leave.refuse")
        reason = (reason or "").strip()
        if not reason:
            raise DomainError("required", "decision_reason")
        with self.ctx.transaction() as s:
            lv, person = self._load(s, leave_id, OPEN_STATUSES)
            before = self._audit_data(lv)
            lv.status, lv.decision_reason = "refused", reason
            lv.center_approved_by, lv.center_approved_on = self.ctx.actor.username, on or date.today()
            self.audit(s, "leave.refuse", lv, before=before, after=self._audit_data(lv),
                       label=self._label(lv, person.name))

    def cancel(self, leave_id: int, today: date | None = None) -> None:
        """Withdraw leave that has not started yet."""
        self.require(LEAVE_WRITE, "leave.cancel")
        today = today or date.today()
        with self.ctx.transaction() as s:
            lv, person = self._load(s, leave_id, (*OPEN_STATUSES, "approved"))
            if lv.start_on <= today:
                raise DomainError("leave.already_started", start=lv.start_on.isoformat())
            before = self._audit_data(lv)
            lv.status = "cancelled"
            self.audit(s, "leave.cancel", lv, before=before, after=self._audit_data(lv),
                       label=self._label(lv, person.name))

    def record_return(self, leave_id: int, returned_on: date | None) -> None:
        """销假: the person is back at the window."""
        self.require(LEAVE_WRITE, "leave.return")
        if returned_on is None:
            raise DomainError("required", "returned_on")
        with self.ctx.transaction() as s:
            lv, person = self._load(s, leave_id, ("approved",))
            if returned_on < lv.start_on:
                raise DomainError("leave.return_before_start", "returned_on", start=lv.start_on.isoformat())
            before = self._audit_data(lv)
            lv.status, lv.returned_on = "returned", returned_on
            self.audit(s, "leave.return", lv, before=before, after=self._audit_data(lv),
                       label=self._label(lv, person.name))

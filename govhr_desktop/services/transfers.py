"""调整 / 调回 (DOMAIN.md §3): a home unit asks to replace or withdraw one of its people, or the
center asks a home unit to replace someone; the center agrees or refuses.

Two rules give warnings, not errors: the request should come 7 working days ahead (working days
from the editable calendar), and people serve at least 2 years at the center; moving someone
earlier needs a recorded reason. Both numbers are defaults kept in ``app_setting``.

Agreeing means the person leaves on the requested day: their window assignments end (dated
history is kept, end reason 'transfer'), the staff record is marked returned and a chief
representative appointment they hold ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select, text

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import APPROVE, RECORDS_READ, TRANSFER_WRITE
from govhr_desktop.domain.workdays import WorkCalendar
from govhr_desktop.persistence.models import (
    CalendarDay,
    ChiefRepresentative,
    HomeUnit,
    Staff,
    TransferRequest,
)
from govhr_desktop.services.assignments import end_all_for_staff
from govhr_desktop.services.audit import snapshot
from govhr_desktop.services.base import Service, get_or_fail

KINDS = ("replace", "withdraw", "center_asks")
DECISIONS = ("agreed", "refused")
DEFAULT_NOTICE_WORKING_DAYS = 7
DEFAULT_MIN_TENURE_YEARS = 2


@dataclass(frozen=True)
class TransferWarning:
    """Something the clerk should know, which does not stop the request (code + parameters)."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TransferCheck:
    """What the rules say about a planned request (shown live in the dialog)."""

    working_days: int
    notice_required: int
    two_year_date: date | None
    years_at_center: float
    early_reason_required: bool
    warnings: tuple[TransferWarning, ...]


@dataclass(frozen=True)
class TransferResult:
    id: int
    warnings: tuple[TransferWarning, ...]


@dataclass(frozen=True)
class TransferView:
    id: int
    kind: str
    home_unit_id: int
    home_unit_name: str
    staff_id: int
    staff_name: str
    staff_status: str
    joined_center_on: date
    filed_on: date
    requested_on: date
    reason: str
    early_reason: str
    replacement_name: str
    decision: str
    decided_by: str
    decided_on: date | None
    decision_reason: str
    created_by: str
    working_days: int  # notice given, in working days
    years_at_center: float  # on the requested day

    @property
    def pending(self) -> bool:
        return self.decision == "pending"


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def two_year_date(staff, years: int = DEFAULT_MIN_TENURE_YEARS) -> date:
    """The first day the person has served the minimum tenure (from ``joined_center_on``).

    ``staff`` is anything with a ``joined_center_on`` (a StaffView, a Staff row) or a date.
    """
    joined = staff if isinstance(staff, date) else staff.joined_center_on
    return add_years(joined, years)


def years_between(start: date, end: date) -> float:
    return round(max((end - start).days, 0) / 365.25, 1)


class TransferService(Service):
    # --- settings and calendar ----------------------------------------------------------------

    def _setting(self, s, key: str, default: int) -> int:
        raw = s.execute(text("SELECT value FROM app_setting WHERE key = :k"), {"k": key}).scalar()
        try:
            return int(raw) if raw is not None else default
        except ValueError:
            return default

    def _rules(self, s) -> tuple[WorkCalendar, int, int]:
        cal = WorkCalendar({d: k for d, k in s.execute(select(CalendarDay.day, CalendarDay.kind))})
        notice = self._setting(s, "transfer.notice_working_days", DEFAULT_NOTICE_WORKING_DAYS)
        tenure = self._setting(s, "transfer.min_tenure_years", DEFAULT_MIN_TENURE_YEARS)
        return cal, notice, tenure

    def _check(self, s, joined: date, filed_on: date, requested_on: date) -> TransferCheck:
        cal, notice, tenure = self._rules(s)
        days = cal.working_days_ahead(filed_on, requested_on)
        warnings = []
        if days < notice:
            warnings.append(TransferWarning("transfer.short_notice", {"days": days, "required": notice}))
        due = add_years(joined, tenure)
        early = requested_on < due
        if early:
            warnings.append(TransferWarning(
                "transfer.before_two_years",
                {"years": tenure, "joined": joined.isoformat(), "due": due.isoformat()},
            ))
        return TransferCheck(days, notice, due, years_between(joined, requested_on), early, tuple(warnings))

    def check(self, staff_id: int, filed_on: date, requested_on: date) -> TransferCheck:
        """The notice and tenure rules for a planned request; nothing is saved."""
        self.require(RECORDS_READ, "transfer.list")
        with self.ctx.read() as s:
            person = get_or_fail(s, Staff, staff_id)
            return self._check(s, person.joined_center_on, filed_on, requested_on)

    # --- reading ------------------------------------------------------------------------------

    def list(self, decision: str | None = None) -> list[TransferView]:
        """Newest first; ``decision`` 'pending' / 'agreed' / 'refused' filters."""
        self.require(RECORDS_READ, "transfer.list")
        q = (
            select(TransferRequest, Staff.name, Staff.status, Staff.joined_center_on, HomeUnit.short_name)
            .join(Staff, Staff.id == TransferRequest.staff_id)
            .join(HomeUnit, HomeUnit.id == TransferRequest.home_unit_id)
            .order_by(TransferRequest.filed_on.desc(), TransferRequest.id.desc())
        )
        if decision is not None:
            q = q.where(TransferRequest.decision == decision)
        with self.ctx.read() as s:
            cal, _notice, _tenure = self._rules(s)
            out = []
            for t, name, status, joined, unit in s.execute(q):
                out.append(TransferView(
                    t.id, t.kind, t.home_unit_id, unit, t.staff_id, name, status, joined, t.filed_on,
                    t.requested_on, t.reason, t.early_reason, t.replacement_name, t.decision, t.decided_by,
                    t.decided_on, t.decision_reason, t.created_by,
                    cal.working_days_ahead(t.filed_on, t.requested_on), years_between(joined, t.requested_on),
                ))
            return out

    def get(self, request_id: int) -> TransferView:
        for t in self.list():
            if t.id == request_id:
                return t
        raise DomainError("record.not_found", id=request_id)

    # --- changes ------------------------------------------------------------------------------

    def file(self, kind: str, staff_id: int | None, filed_on: date | None, requested_on: date | None,
             reason: str, replacement_name: str = "", early_reason: str = "") -> TransferResult:
        """Record a request. Short notice and early moves are warnings in the result; an early
        move without ``early_reason`` is refused."""
        self.require(TRANSFER_WRITE, "transfer.file")
        reason, early_reason = (reason or "").strip(), (early_reason or "").strip()
        replacement_name = (replacement_name or "").strip()
        errors: list[DomainError] = []
        if kind not in KINDS:
            errors.append(DomainError("choice", "kind", value=kind, allowed=list(KINDS)))
        if staff_id is None:
            errors.append(DomainError("required", "staff_id"))
        if filed_on is None:
            errors.append(DomainError("required", "filed_on"))
        if requested_on is None:
            errors.append(DomainError("required", "requested_on"))
        elif filed_on is not None and requested_on < filed_on:
            errors.append(DomainError("date.range", "requested_on"))
        if not reason:
            errors.append(DomainError("required", "reason"))
        if len(replacement_name) > 40:
            errors.append(DomainError("too_long", "replacement_name", max=40))
        if errors:
            raise ValidationError(errors)
        with self.ctx.transaction() as s:
            person = s.get(Staff, staff_id)
            if person is None:
                raise ValidationError([DomainError("record.not_found", "staff_id", id=staff_id)])
            if person.status == "returned":
                raise ValidationError([DomainError("transfer.staff_returned", "staff_id", name=person.name)])
            if requested_on < person.joined_center_on:
                raise ValidationError([DomainError("staff.left_before_joined", "requested_on")])
            open_request = s.scalar(select(TransferRequest.id).where(
                TransferRequest.staff_id == staff_id, TransferRequest.decision == "pending"))
            if open_request is not None:
                raise ValidationError([DomainError("transfer.already_pending", "staff_id", name=person.name)])
            check = self._check(s, person.joined_center_on, filed_on, requested_on)
            if check.early_reason_required and not early_reason:
                raise ValidationError([DomainError(
                    "transfer.early_reason_required", "early_reason", due=check.two_year_date.isoformat())])
            row = TransferRequest(
                kind=kind, home_unit_id=person.home_unit_id, staff_id=staff_id, filed_on=filed_on,
                requested_on=requested_on, reason=reason, early_reason=early_reason if check.early_reason_required else "",
                replacement_name=replacement_name, decision="pending",
                created_by=self.ctx.actor.display_name or self.ctx.actor.username,
            )
            s.add(row)
            s.flush()
            self.audit(s, "transfer.file", row, label=person.name,
                       detail="; ".join(w.code for w in check.warnings))
            return TransferResult(row.id, check.warnings)

    def decide(self, request_id: int, decision: str, reason: str = "", decided_on: date | None = None) -> None:
        """The center agrees or refuses. Agreeing: the person leaves on the requested day."""
        self.require(APPROVE, "transfer.decide", str(request_id))
        reason = (reason or "").strip()
        decided_on = decided_on or date.today()
        if decision not in DECISIONS:
            raise DomainError("choice", "decision", value=decision, allowed=list(DECISIONS))
        with self.ctx.transaction() as s:
            row = get_or_fail(s, TransferRequest, request_id)
            person = get_or_fail(s, Staff, row.staff_id)
            if row.decision != "pending":
                raise DomainError("transfer.decided", name=person.name)
            if decision == "refused" and not reason:
                raise ValidationError([DomainError("transfer.reason_required", "decision_reason")])
            if decided_on < row.filed_on:
                raise ValidationError([DomainError("transfer.decided_before_filed", "decided_on",
                                                   filed=row.filed_on.isoformat())])
            before = snapshot(row)
            row.decision, row.decided_on, row.decision_reason = decision, decided_on, reason
            row.decided_by = self.ctx.actor.display_name or self.ctx.actor.username
            if decision == "agreed":
                self._leave(s, person, row.requested_on)
            s.flush()
            self.audit(s, "transfer.decide", row, before=before, label=person.name, detail=decision)

    def _leave(self, s, person: Staff, leave_on: date) -> None:
        """The person leaves the center on ``leave_on``: their last day at a window is the day before."""
        if person.status == "returned":
            raise DomainError("staff.already_returned", name=person.name)
        staff_before = snapshot(person)
        last_day = leave_on - timedelta(days=1)
        ended = len(end_all_for_staff(s, person.id, last_day, "transfer", username=self.ctx.actor.username, sync=False))
        person.status, person.left_center_on = "returned", leave_on
        person.window_id, person.post = None, None
        for appt in s.scalars(select(ChiefRepresentative).where(
                ChiefRepresentative.staff_id == person.id, ChiefRepresentative.end_on.is_(None))):
            appt.end_on = max(leave_on, appt.start_on)
        s.flush()
        self.audit(s, "staff.return", person, before=staff_before, label=person.name,
                   detail=f"transfer; assignments ended: {ended}")

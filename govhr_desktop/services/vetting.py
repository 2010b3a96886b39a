"""考察 (vetting, DOMAIN.md §3): a person a home unit proposes is assessed before the center
accepts them. Only an accepted person gets a staff record, so only they can be assigned.

Accepting creates the staff record in the same transaction as the decision (status on duty, no
window: assigning is a separate step). A person who once served and returned to the home unit
keeps their staff record; accepting them again puts that record back on duty.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from govhr_desktop.domain import vocab
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.identity import mask_id_number, mask_mobile, parse_id_number, parse_mobile
from govhr_desktop.domain.records import StaffInput, clean, validate_staff
from govhr_desktop.domain.security import APPROVE, PERSONAL_REVEAL, RECORDS_READ, VETTING_WRITE
from govhr_desktop.persistence.models import HomeUnit, Staff, TransferRequest, Vetting, Window
from govhr_desktop.services.audit import snapshot
from govhr_desktop.services.base import Service, get_or_fail

DECISIONS = ("accepted", "refused")


@dataclass(frozen=True)
class VettingInput:
    home_unit_id: int | None
    name: str
    id_number: str
    employment_type: str
    proposed_on: date | None
    mobile: str = ""
    political_status: str = "masses"
    education: str = ""
    intended_window_id: int | None = None
    political_quality: str = ""
    business_ability: str = ""
    physical_condition: str = ""
    remarks: str = ""
    transfer_request_id: int | None = None  # the request this person replaces someone for


@dataclass(frozen=True)
class VettingView:
    id: int
    home_unit_id: int
    home_unit_name: str
    name: str
    id_number: str
    mobile: str
    employment_type: str
    political_status: str
    education: str
    proposed_on: date
    intended_window_id: int | None
    intended_window_number: str
    political_quality: str
    business_ability: str
    physical_condition: str
    remarks: str
    decision: str
    decided_by: str
    decided_on: date | None
    decision_reason: str
    staff_id: int | None
    transfer_request_id: int | None

    @property
    def pending(self) -> bool:
        return self.decision == "pending"


def validate_vetting(v: VettingInput, *, today: date | None = None) -> VettingInput:
    """Normalized copy, or ValidationError naming every wrong field."""
    today = today or date.today()
    errors: list[DomainError] = []
    name = clean(v.name)
    if not name:
        errors.append(DomainError("required", "name"))
    elif len(name) > 20:
        errors.append(DomainError("too_long", "name", max=20))
    number = v.id_number
    try:
        number = parse_id_number(v.id_number, today=today).number
    except DomainError as e:
        errors.append(e)
    mobile = ""
    try:
        mobile = parse_mobile(v.mobile)
    except DomainError as e:
        errors.append(e)
    if v.home_unit_id is None:
        errors.append(DomainError("required", "home_unit_id"))
    if v.employment_type not in vocab.EMPLOYMENT_TYPE:
        errors.append(DomainError("required", "employment_type"))
    if v.political_status not in vocab.POLITICAL_STATUS:
        errors.append(DomainError("required", "political_status"))
    if v.education and v.education not in vocab.EDUCATION:
        errors.append(DomainError("choice", "education", value=v.education))
    if v.proposed_on is None:
        errors.append(DomainError("required", "proposed_on"))
    elif v.proposed_on > today:
        errors.append(DomainError("date.future", "proposed_on"))
    if errors:
        raise ValidationError(errors)
    return VettingInput(
        v.home_unit_id, name, number, v.employment_type, v.proposed_on, mobile, v.political_status,
        v.education or "", v.intended_window_id, v.political_quality.strip(), v.business_ability.strip(),
        v.physical_condition.strip(), v.remarks.strip(), v.transfer_request_id,
    )


_COLUMNS = (
    Vetting.id, Vetting.home_unit_id, HomeUnit.short_name, Vetting.name, Vetting.id_number, Vetting.mobile,
    Vetting.employment_type, Vetting.political_status, Vetting.education, Vetting.proposed_on,
    Vetting.intended_window_id, Window.number, Vetting.political_quality, Vetting.business_ability,
    Vetting.physical_condition, Vetting.remarks, Vetting.decision, Vetting.decided_by, Vetting.decided_on,
    Vetting.decision_reason, Vetting.staff_id, Vetting.transfer_request_id,
)


def _query():
    return (
        select(*_COLUMNS)
        .join(HomeUnit, HomeUnit.id == Vetting.home_unit_id)
        .outerjoin(Window, Window.id == Vetting.intended_window_id)
    )


def _view(row, full: bool) -> VettingView:
    values = list(row)
    values[11] = values[11] or ""
    if not full:
        values[4], values[5] = mask_id_number(values[4]), mask_mobile(values[5])
    return VettingView(*values)


class VettingService(Service):
    def _full(self) -> bool:
        return self.ctx.actor.can(PERSONAL_REVEAL)

    def list(self, decision: str | None = None) -> list[VettingView]:
        """Newest proposals first; ``decision`` 'pending' / 'accepted' / 'refused' filters."""
        self.require(RECORDS_READ, "vetting.list")
        q = _query().order_by(Vetting.proposed_on.desc(), Vetting.id.desc())
        if decision is not None:
            q = q.where(Vetting.decision == decision)
        full = self._full()
        with self.ctx.read() as s:
            return [_view(r, full) for r in s.execute(q)]

    def get(self, vetting_id: int) -> VettingView:
        self.require(RECORDS_READ, "vetting.list")
        with self.ctx.read() as s:
            row = s.execute(_query().where(Vetting.id == vetting_id)).one_or_none()
            if row is None:
                raise DomainError("record.not_found", id=vetting_id)
            return _view(row, self._full())

    # --- changes ------------------------------------------------------------------------------

    def propose(self, data: VettingInput, *, today: date | None = None) -> int:
        self.require(VETTING_WRITE, "vetting.propose", data.name)
        data = validate_vetting(data, today=today)
        with self.ctx.transaction() as s:
            errors: list[DomainError] = []
            if s.get(HomeUnit, data.home_unit_id) is None:
                errors.append(DomainError("record.not_found", "home_unit_id", id=data.home_unit_id))
            if data.intended_window_id is not None and s.get(Window, data.intended_window_id) is None:
                errors.append(DomainError("record.not_found", "intended_window_id", id=data.intended_window_id))
            if data.transfer_request_id is not None and s.get(TransferRequest, data.transfer_request_id) is None:
                errors.append(DomainError("record.not_found", "transfer_request_id", id=data.transfer_request_id))
            on_staff = s.execute(
                select(Staff.name).where(Staff.id_number == data.id_number, Staff.status != "returned")
            ).first()
            if on_staff is not None:
                errors.append(DomainError("vetting.already_staff", "id_number", name=on_staff.name))
            pending = s.execute(
                select(Vetting.name).where(Vetting.id_number == data.id_number, Vetting.decision == "pending")
            ).first()
            if pending is not None:
                errors.append(DomainError("vetting.already_pending", "id_number", name=pending.name))
            if errors:
                raise ValidationError(errors)
            row = Vetting(
                home_unit_id=data.home_unit_id, name=data.name, id_number=data.id_number, mobile=data.mobile,
                employment_type=data.employment_type, political_status=data.political_status,
                education=data.education, proposed_on=data.proposed_on,
                intended_window_id=data.intended_window_id, political_quality=data.political_quality,
                business_ability=data.business_ability, physical_condition=data.physical_condition,
                remarks=data.remarks, decision="pending", transfer_request_id=data.transfer_request_id,
            )
            s.add(row)
            s.flush()
            self.audit(s, "vetting.propose", row, label=row.name)
            return row.id

    def update_assessment(self, vetting_id: int, political_quality: str, business_ability: str,
                          physical_condition: str, remarks: str | None = None,
                          intended_window_id: int | None | bool = False) -> None:
        """Record (or correct) the three assessments while the proposal is pending.

        ``intended_window_id`` False leaves the intended window as it is; None clears it.
        """
        self.require(VETTING_WRITE, "vetting.assess")
        with self.ctx.transaction() as s:
            row = get_or_fail(s, Vetting, vetting_id)
            if row.decision != "pending":
                raise DomainError("vetting.decided", name=row.name)
            before = snapshot(row)
            row.political_quality = (political_quality or "").strip()
            row.business_ability = (business_ability or "").strip()
            row.physical_condition = (physical_condition or "").strip()
            if remarks is not None:
                row.remarks = remarks.strip()
            if intended_window_id is not False:
                if intended_window_id is not None and s.get(Window, intended_window_id) is None:
                    raise DomainError("record.not_found", "intended_window_id", id=intended_window_id)
                row.intended_window_id = intended_window_id
            s.flush()
            self.audit(s, "vetting.assess", row, before=before, label=row.name)

    def decide(self, vetting_id: int, decision: str, reason: str = "", decided_on: date | None = None,
               *, joined_on: date | None = None, today: date | None = None) -> int | None:
        """The center's decision. Accepting creates the staff record and returns its id.

        ``joined_on`` is the day the person joins the center (default: ``decided_on``).
        """
        self.require(APPROVE, "vetting.decide", str(vetting_id))
        today = today or date.today()
        decided_on = decided_on or today
        reason = (reason or "").strip()
        if decision not in DECISIONS:
            raise DomainError("choice", "decision", value=decision, allowed=list(DECISIONS))
        with self.ctx.transaction() as s:
            row = get_or_fail(s, Vetting, vetting_id)
            if row.decision != "pending":
                raise DomainError("vetting.decided", name=row.name)
            errors: list[DomainError] = []
            if decision == "refused" and not reason:
                errors.append(DomainError("vetting.reason_required", "decision_reason"))
            if decided_on < row.proposed_on:
                errors.append(DomainError("vetting.decided_before_proposed", "decided_on",
                                          proposed=row.proposed_on.isoformat()))
            if errors:
                raise ValidationError(errors)
            before = snapshot(row)
            row.decision, row.decided_on, row.decision_reason = decision, decided_on, reason
            row.decided_by = self.ctx.actor.display_name or self.ctx.actor.username
            if decision == "accepted":
                row.staff_id = self._create_staff(s, row, joined_on or decided_on, today)
            s.flush()
            self.audit(s, "vetting.decide", row, before=before, label=row.name, detail=decision)
            return row.staff_id

    def _create_staff(self, s, row: Vetting, joined_on: date, today: date) -> int:
        """The staff record of an accepted person, by the staff service's own rules."""
        from govhr_desktop.services import staff as staff_module

        data = validate_staff(
            StaffInput(
                name=row.name, id_number=row.id_number, home_unit_id=row.home_unit_id,
                employment_type=row.employment_type, mobile=row.mobile, political_status=row.political_status,
                education=row.education, joined_center_on=joined_on, status="on_duty",
            ),
            today=today,
        )
        returned = s.scalar(select(Staff).where(Staff.id_number == data.id_number))
        if returned is not None and returned.status != "returned":
            raise ValidationError([DomainError("vetting.already_staff", "id_number", name=returned.name)])
        staff_module.StaffService(self.ctx)._check_references(s, data, returned.id if returned else None)
        person = returned or Staff()
        before = snapshot(person) if returned is not None else None
        if returned is None:
            s.add(person)
        staff_module._apply(person, data)
        person.left_center_on = None
        s.flush()
        self.audit(s, "staff.update" if before else "staff.create", person, before=before, label=person.name,
                   detail=f"vetting {row.id}")
        return person.id

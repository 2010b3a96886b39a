"""首席代表: the dated chief-representative appointments of a home unit (the open one is current)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import ORG_WRITE, RECORDS_READ
from govhr_desktop.persistence.models import ChiefRepresentative, HomeUnit, Staff
from govhr_desktop.services.base import Service, get_or_fail


@dataclass(frozen=True)
class ChiefRepView:
    id: int
    home_unit_id: int
    staff_id: int
    staff_name: str
    start_on: date
    end_on: date | None

    @property
    def current(self) -> bool:
        return self.end_on is None


class ChiefRepService(Service):
    def history(self, home_unit_id: int) -> list[ChiefRepView]:
        """Every appointment of the unit, newest first."""
        self.require(RECORDS_READ, "chief_rep.history")
        q = (
            select(ChiefRepresentative, Staff.name)
            .join(Staff, Staff.id == ChiefRepresentative.staff_id)
            .where(ChiefRepresentative.home_unit_id == home_unit_id)
            .order_by(ChiefRepresentative.start_on.desc(), ChiefRepresentative.id.desc())
        )
        with self.ctx.read() as s:
            return [
                ChiefRepView(c.id, c.home_unit_id, c.staff_id, name, c.start_on, c.end_on)
                for c, name in s.execute(q)
            ]

    def current(self, home_unit_id: int) -> ChiefRepView | None:
        for c in self.history(home_unit_id):
            if c.current:
                return c
        return None

    def appoint(self, home_unit_id: int, staff_id: int | None, start_on: date | None) -> int:
        """Appoint a current member of the unit from ``start_on``; the previous appointment ends
        that day."""
        self.require(ORG_WRITE, "chief_rep.appoint")
        errors: list[DomainError] = []
        if staff_id is None:
            errors.append(DomainError("required", "staff_id"))
        if start_on is None:
            errors.append(DomainError("required", "start_on"))
        if errors:
            raise ValidationError(errors)
        with self.ctx.transaction() as s:
            unit = get_or_fail(s, HomeUnit, home_unit_id)
            person = s.get(Staff, staff_id)
            if person is None or person.home_unit_id != home_unit_id:
                raise ValidationError([DomainError("home_unit.chief_not_member", "staff_id")])
            if person.status == "returned":
                raise ValidationError([DomainError("home_unit.chief_returned", "staff_id", name=person.name)])
            if start_on < person.joined_center_on:
                raise ValidationError([DomainError("chief_rep.before_joined", "start_on",
                                                   joined=person.joined_center_on.isoformat())])
            current = s.scalar(select(ChiefRepresentative).where(
                ChiefRepresentative.home_unit_id == home_unit_id, ChiefRepresentative.end_on.is_(None)))
            if current is not None:
                if current.staff_id == staff_id:
                    raise ValidationError([DomainError("chief_rep.already", "staff_id", name=person.name)])
                if start_on < current.start_on:
                    raise ValidationError([DomainError("chief_rep.before_current", "start_on",
                                                       start=current.start_on.isoformat())])
                before = {"staff_id": current.staff_id, "start_on": current.start_on.isoformat()}
                current.end_on = start_on
            else:
                before = None
            appt = ChiefRepresentative(home_unit_id=home_unit_id, staff_id=staff_id, start_on=start_on)
            s.add(appt)
            s.flush()
            self.audit(s, "chief_rep.appoint", appt, before=before, label=f"{unit.short_name} {person.name}")
            return appt.id

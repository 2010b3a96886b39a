"""Home units (with their chief representatives) and zones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.records import HomeUnitInput, ZoneInput, validate_home_unit, validate_zone
from govhr_desktop.persistence.models import (
    ChiefRepresentative,
    HomeUnit,
    Staff,
    Window,
    Zone,
)
from govhr_desktop.domain.security import ORG_WRITE, RECORDS_READ
from govhr_desktop.services.audit import snapshot
from govhr_desktop.services.base import Service, get_or_fail


@dataclass(frozen=True)
class HomeUnitView:
    id: int
    full_name: str
    short_name: str
    contact_person: str
    contact_phone: str
    supervising_leader: str
    chief_representative_id: int | None
    chief_representative_name: str
    remarks: str
    active: bool
    staff_count: int
    window_count: int


@dataclass(frozen=True)
class ZoneView:
    id: int
    name: str
    floor: str
    description: str
    window_count: int
    staff_count: int


class HomeUnitService(Service):
    def list(self, *, include_inactive: bool = True) -> list[HomeUnitView]:
        self.require(RECORDS_READ, "home_unit.list")
        with self.ctx.read() as s:
            staff_n = (
                select(Staff.home_unit_id, func.count().label("n"))
                .where(Staff.status != "returned")
                .group_by(Staff.home_unit_id)
                .subquery()
            )
            win_n = (
                select(Window.home_unit_id, func.count().label("n"))
                .group_by(Window.home_unit_id)
                .subquery()
            )
            chief = (
                select(ChiefRepresentative.home_unit_id, Staff.id, Staff.name)
                .join(Staff, Staff.id == ChiefRepresentative.staff_id)
                .where(ChiefRepresentative.end_on.is_(None))
                .subquery()
            )
            q = (
                select(HomeUnit, staff_n.c.n, win_n.c.n, chief.c.id, chief.c.name)
                .outerjoin(staff_n, staff_n.c.home_unit_id == HomeUnit.id)
                .outerjoin(win_n, win_n.c.home_unit_id == HomeUnit.id)
                .outerjoin(chief, chief.c.home_unit_id == HomeUnit.id)
                .order_by(HomeUnit.sort_order, HomeUnit.id)
            )
            if not include_inactive:
                q = q.where(HomeUnit.active.is_(True))
            return [
                HomeUnitView(
                    u.id, u.full_name, u.short_name, u.contact_person, u.contact_phone,
                    u.supervising_leader, cid, cname or "", u.remarks, u.active, sn or 0, wn or 0,
                )
                for u, sn, wn, cid, cname in s.execute(q)
            ]

    def get(self, unit_id: int) -> HomeUnitView:
        for u in self.list():
            if u.id == unit_id:
                return u
        raise DomainError("record.not_found", id=unit_id)

    def save(self, data: HomeUnitInput, unit_id: int | None = None, *, today: date | None = None) -> int:
        self.require(ORG_WRITE, "home_unit.save", data.short_name)
        data = validate_home_unit(data)
        today = today or date.today()
        with self.ctx.transaction() as s:
            errors = []
            for field, value in (("full_name", data.full_name), ("short_name", data.short_name)):
                other = s.scalar(
                    select(HomeUnit.id).where(getattr(HomeUnit, field) == value, HomeUnit.id != (unit_id or 0))
                )
                if other is not None:
                    errors.append(DomainError("home_unit.duplicate", field, value=value))
            if data.chief_representative_id is not None:
                staff = s.get(Staff, data.chief_representative_id)
                if staff is None or (unit_id is not None and staff.home_unit_id != unit_id):
                    errors.append(DomainError("home_unit.chief_not_member", "chief_representative_id"))
                elif staff.status == "returned":
                    errors.append(DomainError("home_unit.chief_returned", "chief_representative_id", name=staff.name))
            if errors:
                raise ValidationError(errors)
            if unit_id is None:
                order = s.scalar(select(func.coalesce(func.max(HomeUnit.sort_order), 0))) + 1
                unit, before = HomeUnit(sort_order=order, active=True), None
                s.add(unit)
            else:
                unit = get_or_fail(s, HomeUnit, unit_id)
                before = snapshot(unit)
            unit.full_name, unit.short_name = data.full_name, data.short_name
            unit.contact_person, unit.contact_phone = data.contact_person, data.contact_phone
            unit.supervising_leader, unit.remarks = data.supervising_leader, data.remarks
            s.flush()
            set_chief_representative(s, unit.id, data.chief_representative_id, today)
            after = {**snapshot(unit), "chief_representative_id": data.chief_representative_id}
            self.audit(s, "home_unit.update" if before else "home_unit.create", unit, before=before,
                       after=after, label=unit.short_name)
            return unit.id

    def set_active(self, unit_id: int, active: bool) -> None:
        self.require(ORG_WRITE, "home_unit.set_active")
        with self.ctx.transaction() as s:
            unit = get_or_fail(s, HomeUnit, unit_id)
            if not active:
                n = s.scalar(
                    select(func.count()).select_from(Staff)
                    .where(Staff.home_unit_id == unit_id, Staff.status != "returned")
                )
                if n:
                    raise DomainError("home_unit.has_staff", count=n)
            before = snapshot(unit)
            unit.active = active
            self.audit(s, "home_unit.activate" if active else "home_unit.deactivate", unit, before=before,
                       label=unit.short_name)

    def delete(self, unit_id: int) -> None:
        """Only a unit that never had staff or windows can be deleted; others are deactivated."""
        self.require(ORG_WRITE, "home_unit.delete")
        with self.ctx.transaction() as s:
            unit = get_or_fail(s, HomeUnit, unit_id)
            staff = s.scalar(select(func.count()).select_from(Staff).where(Staff.home_unit_id == unit_id))
            wins = s.scalar(select(func.count()).select_from(Window).where(Window.home_unit_id == unit_id))
            if staff or wins:
                raise DomainError("home_unit.in_use", staff=staff, windows=wins)
            self.audit(s, "home_unit.delete", unit, before=snapshot(unit), after={}, label=unit.short_name)
            s.delete(unit)


def set_chief_representative(s, unit_id: int, staff_id: int | None, today: date) -> None:
    """End the current appointment and open a new one, unless nothing changes."""
    current = s.scalar(
        select(ChiefRepresentative).where(
            ChiefRepresentative.home_unit_id == unit_id, ChiefRepresentative.end_on.is_(None)
        )
    )
    if current is not None and current.staff_id == staff_id:
        return
    if current is not None:
        current.end_on = today
    if staff_id is not None:
        s.add(ChiefRepresentative(home_unit_id=unit_id, staff_id=staff_id, start_on=today))


class ZoneService(Service):
    def list(self) -> list[ZoneView]:
        self.require(RECORDS_READ, "zone.list")
        with self.ctx.read() as s:
            win_n = select(Window.zone_id, func.count().label("n")).group_by(Window.zone_id).subquery()
            staff_n = (
                select(Window.zone_id, func.count(Staff.id).label("n"))
                .join(Staff, Staff.window_id == Window.id)
                .where(Staff.status != "returned")
                .group_by(Window.zone_id)
                .subquery()
            )
            q = (
                select(Zone, win_n.c.n, staff_n.c.n)
                .outerjoin(win_n, win_n.c.zone_id == Zone.id)
                .outerjoin(staff_n, staff_n.c.zone_id == Zone.id)
                .order_by(Zone.sort_order, Zone.id)
            )
            return [
                ZoneView(z.id, z.name, z.floor, z.description, wn or 0, sn or 0)
                for z, wn, sn in s.execute(q)
            ]

    def save(self, data: ZoneInput, zone_id: int | None = None) -> int:
        self.require(ORG_WRITE, "zone.save", data.name)
        data = validate_zone(data)
        with self.ctx.transaction() as s:
            other = s.scalar(select(Zone.id).where(Zone.name == data.name, Zone.id != (zone_id or 0)))
            if other is not None:
                raise ValidationError([DomainError("zone.duplicate", "name", value=data.name)])
            if zone_id is None:
                order = s.scalar(select(func.coalesce(func.max(Zone.sort_order), 0))) + 1
                zone, before = Zone(sort_order=order), None
                s.add(zone)
            else:
                zone = get_or_fail(s, Zone, zone_id)
                before = snapshot(zone)
            zone.name, zone.floor, zone.description = data.name, data.floor, data.description
            s.flush()
            self.audit(s, "zone.update" if before else "zone.create", zone, before=before, label=zone.name)
            return zone.id

    def delete(self, zone_id: int) -> None:
        self.require(ORG_WRITE, "zone.delete")
        with self.ctx.transaction() as s:
            zone = get_or_fail(s, Zone, zone_id)
            n = s.scalar(select(func.count()).select_from(Window).where(Window.zone_id == zone_id))
            if n:
                raise DomainError("zone.has_windows", count=n)
            self.audit(s, "zone.delete", zone, before=snapshot(zone), after={}, label=zone.name)
            s.delete(zone)

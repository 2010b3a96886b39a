"""Numbered service windows and who sits at them now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.records import WindowInput, validate_window
from govhr_desktop.domain.security import ORG_WRITE, RECORDS_READ
from govhr_desktop.persistence.models import Assignment, HomeUnit, Staff, Window, Zone
from govhr_desktop.services.assignments import current_on
from govhr_desktop.services.audit import snapshot
from govhr_desktop.services.base import Service, get_or_fail


@dataclass(frozen=True)
class WindowView:
    id: int
    number: str
    name: str
    zone_id: int
    zone_name: str
    window_type: str
    home_unit_id: int | None
    home_unit_name: str
    active_from: date | None
    active_to: date | None
    remarks: str
    a_staff: str  # names of the A post holder(s)
    b_staff: str
    staff_count: int

    def is_active(self, on: date | None = None) -> bool:
        on = on or date.today()
        return (self.active_from is None or self.active_from <= on) and (
            self.active_to is None or self.active_to >= on
        )

    @property
    def uncovered(self) -> bool:
        """An active window with no A or no B post holder."""
        return not self.a_staff or not self.b_staff


class WindowService(Service):
    def list(self, *, on: date | None = None) -> list[WindowView]:
        self.require(RECORDS_READ, "window.list")
        today = on or date.today()
        with self.ctx.read() as s:
            q = (
                select(Window, Zone.name, HomeUnit.short_name)
                .join(Zone, Zone.id == Window.zone_id)
                .outerjoin(HomeUnit, HomeUnit.id == Window.home_unit_id)
                .order_by(Window.number)
            )
            rows = s.execute(q).all()
            # who holds the posts today comes from the dated assignments, not the staff cache
            people: dict[int, dict[str, list[str]]] = {}
            ids: dict[int, set[int]] = {}
            for wid, post, sid, name in s.execute(
                select(Assignment.window_id, Assignment.post, Staff.id, Staff.name)
                .join(Staff, Staff.id == Assignment.staff_id)
                .where(current_on(today))
                .order_by(Staff.name)
            ):
                people.setdefault(wid, {"A": [], "B": []})[post].append(name)
                ids.setdefault(wid, set()).add(sid)
            out = []
            for w, zone_name, unit_name in rows:
                p = people.get(w.id, {"A": [], "B": []})
                out.append(
                    WindowView(
                        w.id, w.number, w.name, w.zone_id, zone_name, w.window_type, w.home_unit_id,
                        unit_name or "", w.active_from, w.active_to, w.remarks,
                        "、".join(p["A"]), "、".join(p["B"]), len(ids.get(w.id, ())),
                    )
                )
            return out

    def get(self, window_id: int) -> WindowView:
        for w in self.list():
            if w.id == window_id:
                return w
        raise DomainError("record.not_found", id=window_id)

    def save(self, data: WindowInput, window_id: int | None = None) -> int:
        self.require(ORG_WRITE, "window.save", data.number)
        data = validate_window(data)
        with self.ctx.transaction() as s:
            errors = []
            other = s.scalar(
                select(Window.id).where(Window.number == data.number, Window.id != (window_id or 0))
            )
            if other is not None:
                errors.append(DomainError("window.duplicate_number", "number", value=data.number))
            if s.get(Zone, data.zone_id) is None:
                errors.append(DomainError("record.not_found", "zone_id", id=data.zone_id))
            if data.home_unit_id is not None and s.get(HomeUnit, data.home_unit_id) is None:
                errors.append(DomainError("record.not_found", "home_unit_id", id=data.home_unit_id))
            if errors:
                raise ValidationError(errors)
            if window_id is None:
                w, before = Window(), None
                s.add(w)
            else:
                w = get_or_fail(s, Window, window_id)
                before = snapshot(w)
            w.number, w.name, w.zone_id = data.number, data.name, data.zone_id
            w.window_type, w.home_unit_id = data.window_type, data.home_unit_id
            w.active_from, w.active_to, w.remarks = data.active_from, data.active_to, data.remarks
            s.flush()
            self.audit(s, "window.update" if before else "window.create", w, before=before, label=w.number)
            return w.id

    def delete(self, window_id: int) -> None:
        """Delete a window nobody sits at; a window in use is closed with an end date instead."""
        self.require(ORG_WRITE, "window.delete")
        with self.ctx.transaction() as s:
            w = get_or_fail(s, Window, window_id)
            n = s.scalar(
                select(func.count(func.distinct(Assignment.staff_id)))
                .where(Assignment.window_id == window_id, current_on(date.today()))
            )
            if n:
                raise DomainError("window.has_staff", count=n, number=w.number)
            if s.scalar(select(func.count()).select_from(Assignment).where(Assignment.window_id == window_id)):
                # its assignment history must stay: close the window with an end date instead
                raise DomainError("window.has_history", number=w.number)
            self.audit(s, "window.delete", w, before=snapshot(w), after={}, label=w.number)
            s.delete(w)

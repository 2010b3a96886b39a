"""The center's own settings (name, short name for document numbers, address) and leaders.

``get`` runs at every start (window title, home page), so this module does not import the ORM
models at load time; the write paths load them when first used.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from govhr_desktop.domain.records import CenterInput, LeaderInput
from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.security import CENTER_WRITE, RECORDS_READ
from govhr_desktop.services.audit import snapshot
from govhr_desktop.services.base import Service, get_or_fail


def _models():
    from govhr_desktop.persistence.models import Center, CenterLeader

    return Center, CenterLeader


@dataclass(frozen=True)
class CenterView:
    name: str
    short_name: str
    address: str
    phone: str
    postcode: str
    is_demo: bool


@dataclass(frozen=True)
class LeaderView:
    id: int
    name: str
    title: str
    phone: str
    is_duty_leader: bool


class CenterService(Service):
    def get(self) -> CenterView:
        # Core, not ORM: the window title and home page need this at start-up.
        with self.ctx.connect() as conn:
            row = conn.execute(
                text("SELECT name, short_name, address, phone, postcode, is_demo FROM center WHERE id = 1")
            ).first()
        if row is None:
            return CenterView("", "", "", "", "", False)
        return CenterView(*row[:5], bool(row[5]))

    def is_configured(self) -> bool:
        return bool(self.get().name)

    def save(self, data: CenterInput) -> CenterView:
        self.require(CENTER_WRITE, "center.save")
        from govhr_desktop.domain.records import validate_center

        data = validate_center(data)
        Center, _leader = _models()
        with self.ctx.transaction() as s:
            c = s.get(Center, 1)
            before = snapshot(c) if c is not None else None
            if c is None:
                c = Center(id=1, is_demo=False)
                s.add(c)
            c.name, c.short_name, c.address = data.name, data.short_name, data.address
            c.phone, c.postcode = data.phone, data.postcode
            s.flush()
            self.audit(s, "center.update", c, before=before, label=c.name)
        return self.get()

    # leaders ---------------------------------------------------------------------------------

    def leaders(self) -> list[LeaderView]:
        self.require(RECORDS_READ, "leader.list")
        _center, CenterLeader = _models()
        with self.ctx.read() as s:
            rows = s.scalars(select(CenterLeader).order_by(CenterLeader.sort_order, CenterLeader.id))
            return [LeaderView(r.id, r.name, r.title, r.phone, r.is_duty_leader) for r in rows]

    def save_leader(self, data: LeaderInput, leader_id: int | None = None) -> int:
        self.require(CENTER_WRITE, "leader.save", data.name)
        from govhr_desktop.domain.records import validate_leader

        data = validate_leader(data)
        _center, CenterLeader = _models()
        with self.ctx.transaction() as s:
            if leader_id is None:
                order = s.scalar(select(func.coalesce(func.max(CenterLeader.sort_order), 0))) + 1
                row, before = CenterLeader(sort_order=order), None
                s.add(row)
            else:
                row = get_or_fail(s, CenterLeader, leader_id)
                before = snapshot(row)
            row.name, row.title, row.phone = data.name, data.title, data.phone
            row.is_duty_leader = data.is_duty_leader
            s.flush()
            self.audit(s, "leader.update" if before else "leader.create", row, before=before, label=row.name)
            return row.id

    def delete_leader(self, leader_id: int) -> None:
        self.require(CENTER_WRITE, "leader.delete")
        _center, CenterLeader = _models()
        with self.ctx.transaction() as s:
            row = get_or_fail(s, CenterLeader, leader_id)
            from sqlalchemy import text

            days = s.execute(text("SELECT count(*) FROM leader_duty WHERE leader_id = :i"), {"i": leader_id}).scalar_one()
            if days:  # the rota keeps who led which day: untick 带班领导 instead
                raise DomainError("leader.in_rota", "leader_id", name=row.name, count=days)
            self.audit(s, "leader.delete", row, before=snapshot(row), after={}, label=row.name)
            s.delete(row)

"""The home page's key figures of the center (each later capability adds its own)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select

from govhr_desktop.domain.vocab import TEMPORARY_TYPES
from govhr_desktop.persistence.models import HomeUnit, Staff, Window, Zone
from govhr_desktop.services.base import Service


@dataclass(frozen=True)
class KeyFigures:
    home_units: int
    zones: int
    windows: int
    staff: int
    women: int
    party_members: int
    temporary_hires: int
    on_leave: int
    windows_without_a: tuple[str, ...]
    windows_without_b: tuple[str, ...]
    staff_by_employment: tuple[tuple[str, int], ...]
    staff_by_zone: tuple[tuple[str, int], ...]


class DashboardService(Service):
    def key_figures(self, on: date | None = None) -> KeyFigures:
        on = on or date.today()
        active = Staff.status != "returned"
        with self.ctx.read() as s:
            units = s.scalar(select(func.count()).select_from(HomeUnit).where(HomeUnit.active.is_(True)))
            zones = s.scalar(select(func.count()).select_from(Zone))
            open_window = (
                (Window.active_from.is_(None) | (Window.active_from <= on))
                & (Window.active_to.is_(None) | (Window.active_to >= on))
            )
            win_numbers = list(s.scalars(select(Window.number).where(open_window).order_by(Window.number)))
            total, women, party, temp, leave = s.execute(
                select(
                    func.count(),
                    func.sum(case((Staff.gender == "F", 1), else_=0)),
                    func.sum(case((Staff.political_status.in_(("cpc", "cpc_probation")), 1), else_=0)),
                    func.sum(case((Staff.employment_type.in_(tuple(TEMPORARY_TYPES)), 1), else_=0)),
                    func.sum(case((Staff.status == "on_leave", 1), else_=0)),
                ).where(active)
            ).one()
            posts = s.execute(
                select(Window.number, Staff.post)
                .join(Staff, Staff.window_id == Window.id)
                .where(active, open_window)
            ).all()
            have_a = {n for n, p in posts if p == "A"}
            have_b = {n for n, p in posts if p == "B"}
            by_emp = s.execute(
                select(Staff.employment_type, func.count()).where(active).group_by(Staff.employment_type)
                .order_by(func.count().desc())
            ).all()
            by_zone = s.execute(
                select(Zone.name, func.count(Staff.id))
                .join(Window, Window.zone_id == Zone.id)
                .join(Staff, Staff.window_id == Window.id)
                .where(active)
                .group_by(Zone.id)
                .order_by(Zone.sort_order)
            ).all()
        return KeyFigures(
            units or 0, zones or 0, len(win_numbers), total or 0, women or 0, party or 0, temp or 0,
            leave or 0,
            tuple(n for n in win_numbers if n not in have_a),
            tuple(n for n in win_numbers if n not in have_b),
            tuple((e, n) for e, n in by_emp),
            tuple((z, n) for z, n in by_zone),
        )

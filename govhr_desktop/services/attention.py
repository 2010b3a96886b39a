"""What needs the center's attention today, for the home page (plain SQL: start-up path)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from govhr_desktop.domain.security import RECORDS_READ
from govhr_desktop.services.base import Service

_ON_LEAVE = text("""
    SELECT s.name FROM leave_request l JOIN staff s ON s.id = l.staff_id
    WHERE l.status IN ('approved', 'returned') AND l.start_on <= :on AND l.end_on >= :on
      AND (l.returned_on IS NULL OR l.returned_on > :on)
    ORDER BY s.name""")
_UNCOVERED = text("""
    SELECT w.number FROM service_window w
    WHERE (w.active_from IS NULL OR w.active_from <= :on) AND (w.active_to IS NULL OR w.active_to >= :on)
      AND NOT EXISTS (
        SELECT 1 FROM assignment a
        WHERE a.window_id = w.id AND a.start_on <= :on AND (a.end_on IS NULL OR a.end_on >= :on)
          AND NOT EXISTS (
            SELECT 1 FROM leave_request l WHERE l.staff_id = a.staff_id
              AND l.status IN ('approved', 'returned') AND l.start_on <= :on AND l.end_on >= :on
              AND (l.returned_on IS NULL OR l.returned_on > :on)))
    ORDER BY w.number""")
_PENDING = text("""
    SELECT (SELECT count(*) FROM vetting WHERE decision = 'pending'),
           (SELECT count(*) FROM transfer_request WHERE decision = 'pending'),
           (SELECT count(*) FROM leave_request WHERE status IN ('filed', 'unit_signed'))""")
_CASES_OVERDUE = text("""
    SELECT count(*) FROM bad_rating_case
    WHERE status != 'closed' AND ((verified_on IS NULL AND verify_due < :on)
       OR (finding = 'staff_fault' AND rectified_on IS NULL AND rectify_due < :on))""")
_OVERDUE = text("""
    SELECT s.name, l.end_on FROM leave_request l JOIN staff s ON s.id = l.staff_id
    WHERE l.status = 'approved' AND l.returned_on IS NULL AND l.end_on < :on ORDER BY l.end_on""")


@dataclass(frozen=True)
class Attention:
    uncovered_windows: tuple[str, ...]  # nobody of A/B present today (assignments minus leave)
    on_leave: tuple[str, ...]
    pending_vetting: int
    pending_transfers: int
    pending_leave: int
    overdue_returns: tuple[tuple[str, str], ...]  # (name, leave end date)
    overdue_bad_rating_cases: int = 0


class AttentionService(Service):
    def today(self, on: date | None = None) -> Attention:
        self.require(RECORDS_READ, "dashboard")
        p = {"on": (on or date.today()).isoformat()}
        with self.ctx.connect() as c:
            uncovered = tuple(c.execute(_UNCOVERED, p).scalars())
            on_leave = tuple(c.execute(_ON_LEAVE, p).scalars())
            vetting, transfers, leave = c.execute(_PENDING).one()
            overdue = tuple((n, str(d)[:10]) for n, d in c.execute(_OVERDUE, p))
            cases = c.execute(_CASES_OVERDUE, p).scalar()
        return Attention(uncovered, on_leave, vetting, transfers, leave, overdue, cases)

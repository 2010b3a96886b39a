"""The home page's key figures of the center (each later capability adds its own).

Read with plain SQL over a Core connection: this runs on the start-up path, where loading the
ORM would cost more than the queries. ``tests/services`` checks the figures against the ORM.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from govhr_desktop.domain.security import RECORDS_READ
from govhr_desktop.domain.vocab import TEMPORARY_TYPES
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


_OPEN_WINDOW = "(w.active_from IS NULL OR w.active_from <= :on) AND (w.active_to IS NULL OR w.active_to >= :on)"
_TEMP = ", ".join(f"'{t}'" for t in sorted(TEMPORARY_TYPES))

_STAFF_TOTALS = text(f"""
    SELECT count(*),
           coalesce(sum(gender = 'F'), 0),
           coalesce(sum(political_status IN ('cpc', 'cpc_probation')), 0),
           coalesce(sum(employment_type IN ({_TEMP})), 0),
           (SELECT count(DISTINCT l.staff_id) FROM leave_request l
             WHERE l.status IN ('approved', 'returned') AND l.start_on <= :on AND l.end_on >= :on
               AND (l.returned_on IS NULL OR l.returned_on > :on))
    FROM staff WHERE status != 'returned'""")
_OPEN_WINDOWS = text(f"SELECT w.number FROM service_window w WHERE {_OPEN_WINDOW} ORDER BY w.number")
# A/B holders on the day from the dated assignments (the staff table only caches them)
_POSTS = text(f"""
    SELECT w.number, a.post FROM service_window w JOIN assignment a ON a.window_id = w.id
    WHERE a.start_on <= :on AND (a.end_on IS NULL OR a.end_on >= :on) AND {_OPEN_WINDOW}""")
_BY_EMPLOYMENT = text("""
    SELECT employment_type, count(*) AS n FROM staff WHERE status != 'returned'
    GROUP BY employment_type ORDER BY n DESC, employment_type""")
_BY_ZONE = text("""
    SELECT z.name, count(s.id) FROM zone z
    JOIN service_window w ON w.zone_id = z.id JOIN staff s ON s.window_id = w.id
    WHERE s.status != 'returned' GROUP BY z.id ORDER BY z.sort_order, z.id""")


class DashboardService(Service):
    def key_figures(self, on: date | None = None) -> KeyFigures:
        self.require(RECORDS_READ, "dashboard")
        on_text = (on or date.today()).isoformat()
        with self.ctx.connect() as c:
            units = c.execute(text("SELECT count(*) FROM home_unit WHERE active = 1")).scalar_one()
            zones = c.execute(text("SELECT count(*) FROM zone")).scalar_one()
            numbers = list(c.execute(_OPEN_WINDOWS, {"on": on_text}).scalars())
            total, women, party, temp, leave = c.execute(_STAFF_TOTALS, {"on": on_text}).one()
            posts = c.execute(_POSTS, {"on": on_text}).all()
            by_emp = c.execute(_BY_EMPLOYMENT).all()
            by_zone = c.execute(_BY_ZONE).all()
        have_a = {n for n, p in posts if p == "A"}
        have_b = {n for n, p in posts if p == "B"}
        return KeyFigures(
            units, zones, len(numbers), total, women, party, temp, leave,
            tuple(n for n in numbers if n not in have_a),
            tuple(n for n in numbers if n not in have_b),
            tuple((e, n) for e, n in by_emp),
            tuple((z, n) for z, n in by_zone),
        )

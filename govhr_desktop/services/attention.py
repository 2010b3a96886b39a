"""What needs the center's attention today, for the home page (plain SQL: start-up path)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import text

from govhr_desktop.domain.security import RECORDS_READ
from govhr_desktop.domain.training import CERTIFICATE_WARNING_DAYS
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
#: Certificates of people at the center expiring soon (or expired in the last 30 days): one
#: range on ix_certificate_expires.
_CERTIFICATES = text("""
    SELECT s.name, c.name, c.expires_on FROM certificate c JOIN staff s ON s.id = c.staff_id
    WHERE c.expires_on >= :since AND c.expires_on <= :until AND s.status != 'returned'
    ORDER BY c.expires_on, s.name LIMIT 100""")
#: Days after the expiry during which an expired certificate still shows (as expired).
CERTIFICATE_EXPIRED_SHOWN_DAYS = 30

_HONOURS = text("""
    SELECT d.kind, COALESCE(s.name, w.number || ' ' || w.name) FROM honour_decision d
    LEFT JOIN staff s ON s.id = d.staff_id LEFT JOIN service_window w ON w.id = d.window_id
    WHERE d.month = :m ORDER BY d.kind, d.score DESC, d.id""")
_RATING_MONTH = text("""
    SELECT count(*), SUM(level >= :good) FROM rating
    WHERE rated_at >= :since AND rated_at < :until AND excluded = 0""")
_GOOD_LEVEL = text("SELECT definition FROM evaluation_template WHERE active = 1 ORDER BY id DESC LIMIT 1")


@dataclass(frozen=True)
class MonthHonours:
    month: str  # the latest month whose honours were confirmed ('' when none)
    stars: tuple[str, ...] = ()
    red_flags: tuple[str, ...] = ()
    unconfirmed: tuple[str, ...] = ()  # months with forms but no confirmation yet (newest first)


@dataclass(frozen=True)
class Attention:
    uncovered_windows: tuple[str, ...]  # nobody of A/B present today (assignments minus leave)
    on_leave: tuple[str, ...]
    pending_vetting: int
    pending_transfers: int
    pending_leave: int
    overdue_returns: tuple[tuple[str, str], ...]  # (name, leave end date)
    overdue_bad_rating_cases: int = 0
    #: (name, certificate, expiry date, days left: negative once expired), soonest first
    expiring_certificates: tuple[tuple[str, str, str, int], ...] = ()


class AttentionService(Service):
    def today(self, on: date | None = None) -> Attention:
        self.require(RECORDS_READ, "dashboard")
        day = on or date.today()
        p = {"on": day.isoformat()}
        with self.ctx.connect() as c:
            uncovered = tuple(c.execute(_UNCOVERED, p).scalars())
            on_leave = tuple(c.execute(_ON_LEAVE, p).scalars())
            vetting, transfers, leave = c.execute(_PENDING).one()
            overdue = tuple((n, str(d)[:10]) for n, d in c.execute(_OVERDUE, p))
            cases = c.execute(_CASES_OVERDUE, p).scalar()
            certs = c.execute(_CERTIFICATES, {
                "since": (day - timedelta(days=CERTIFICATE_EXPIRED_SHOWN_DAYS)).isoformat(),
                "until": (day + timedelta(days=CERTIFICATE_WARNING_DAYS)).isoformat()}).all()
        expiring = tuple((n, cert, str(d)[:10], (date.fromisoformat(str(d)[:10]) - day).days) for n, cert, d in certs)
        return Attention(uncovered, on_leave, vetting, transfers, leave, overdue, cases, expiring)

    def honours(self) -> MonthHonours:
        """The latest confirmed month's 服务之星 and 流动红旗窗口, and the months still waiting."""
        self.require(RECORDS_READ, "dashboard")
        with self.ctx.connect() as c:
            month = c.execute(text("SELECT max(month) FROM honour_month")).scalar() or ""
            rows = c.execute(_HONOURS, {"m": month}).all() if month else []
            waiting = tuple(c.execute(text(
                "SELECT DISTINCT f.month FROM evaluation_form f WHERE NOT EXISTS "
                "(SELECT 1 FROM honour_month h WHERE h.month = f.month) AND f.month > :m "
                "ORDER BY f.month DESC LIMIT 3"), {"m": month}).scalars())
        return MonthHonours(month, tuple(n for k, n in rows if k == "star"),
                            tuple(n for k, n in rows if k == "red_flag"), waiting)

    def satisfaction_trend(self, months: int = 6, on: date | None = None) -> list[tuple[str, int, float | None]]:
        """(month, ratings counted, 好评率) for the last ``months`` months including this one;
        months without ratings have rate None."""
        self.require(RECORDS_READ, "dashboard")
        on = on or date.today()
        y, m = on.year, on.month
        keys = []
        for _ in range(months):
            keys.append(f"{y:04d}-{m:02d}")
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        keys.reverse()
        with self.ctx.connect() as c:
            good = 3
            definition = c.execute(_GOOD_LEVEL).scalar()
            if definition:
                good = int(json.loads(definition).get("good_rating_min_level", 3))
            found = {}
            for k in keys:  # one range per month on the covering index: no table reads
                y, m = int(k[:4]), int(k[5:])
                nxt = f"{y + (m == 12):04d}-{m % 12 + 1:02d}-01"
                n, g = c.execute(_RATING_MONTH, {"good": good, "since": f"{k}-01", "until": nxt}).one()
                found[k] = (int(n or 0), int(g or 0))
        out = []
        for k in keys:
            n, g = found.get(k, (0, 0))
            out.append((k, n, (g / n) if n else None))
        return out

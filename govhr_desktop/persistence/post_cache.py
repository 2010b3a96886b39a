"""``staff.window_id``/``staff.post`` cache each person's main post on a given day (their A post,
else their first B post), read from the dated assignments. Refreshed at every start because
assignments begin and end by date; plain SQL so the start-up path needs no ORM."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

_SYNC_ALL = text("""
    UPDATE staff SET
      window_id = (SELECT a.window_id FROM assignment a WHERE a.staff_id = staff.id AND a.start_on <= :on
                   AND (a.end_on IS NULL OR a.end_on >= :on) ORDER BY a.post, a.start_on, a.id LIMIT 1),
      post = (SELECT a.post FROM assignment a WHERE a.staff_id = staff.id AND a.start_on <= :on
              AND (a.end_on IS NULL OR a.end_on >= :on) ORDER BY a.post, a.start_on, a.id LIMIT 1)
    WHERE status != 'returned'""")
_SYNC_RETURNED = text(
    "UPDATE staff SET window_id = NULL, post = NULL WHERE status = 'returned' AND window_id IS NOT NULL")


def refresh_post_cache(conn, on: date) -> None:
    conn.execute(_SYNC_ALL, {"on": on.isoformat()})
    conn.execute(_SYNC_RETURNED)

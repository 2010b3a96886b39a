"""Window assignments (AB岗): who sits at which window, as A or B post, from when to when.

The ``assignment`` table is dated history and is never overwritten: ending an assignment
sets its last day (inclusive) and a reason; a new post is a new row. ``staff.window_id`` /
``staff.post`` are only a cache of each person's current main post, refreshed by
``sync_cache`` after every change (an A post wins over B posts; else the earliest B post).

Rules for a new assignment (all intervals inclusive, an open end means "until further notice"):
the person is at the center on the start day; a department window belongs to the person's
home unit (comprehensive and other unit-less windows take anyone); the window is open on the
start day; no two overlapping assignments of one person at one window; one A post per person
and one A per window at any time.

The module-level functions work inside a caller's session so that other services (transfer,
return to the home unit, the staff form) change assignments in their own transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select, text, true

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import ASSIGN_WRITE, RECORDS_READ
from govhr_desktop.persistence.models import Assignment, HomeUnit, Staff, Window
from govhr_desktop.persistence.post_cache import refresh_post_cache
from govhr_desktop.services.audit import snapshot, write_entry
from govhr_desktop.services.base import Service, get_or_fail

END_REASONS = ("rotation", "transfer", "returned", "secondment_end", "other")
POSTS = ("A", "B")


@dataclass(frozen=True)
class AssignmentView:
    id: int
    staff_id: int
    staff_name: str
    home_unit_name: str
    window_id: int
    window_number: str
    post: str
    start_on: date
    end_on: date | None
    end_reason: str
    remarks: str

    @property
    def name(self) -> str:
        """The person's name (lists of people show ``name``)."""
        return self.staff_name

    def is_current(self, on: date | None = None) -> bool:
        on = on or date.today()
        return self.start_on <= on and (self.end_on is None or self.end_on >= on)


@dataclass(frozen=True)
class WindowCoverage:
    """Who is at one open window on one day."""

    window_id: int
    number: str
    name: str
    zone_name: str
    home_unit_name: str
    a_staff: tuple[str, ...]
    b_staff: tuple[str, ...]
    on_leave: tuple[str, ...]  # A/B holders on approved leave that day (half days included)
    half_day: tuple[str, ...]  # those of on_leave who are away only half of the day
    covering: str  # the B post who stands in when no A is present ("" when not needed / nobody)
    no_a: bool
    no_b: bool
    uncovered: bool  # nobody of A/B present

    @property
    def id(self) -> int:
        return self.window_id

    @property
    def problem(self) -> bool:
        return self.no_a or self.no_b or self.uncovered or bool(self.on_leave)


# --- helpers inside a caller's transaction ----------------------------------------------------


def _overlaps(start: date, end: date | None):
    """SQL condition: an assignment row overlaps [start, end] (end None = open)."""
    cond = or_(Assignment.end_on.is_(None), Assignment.end_on >= start)
    if end is not None:
        return cond & (Assignment.start_on <= end)
    return cond


def current_on(on: date):
    return (Assignment.start_on <= on) & or_(Assignment.end_on.is_(None), Assignment.end_on >= on)


def check_new(session, staff: Staff, window: Window, post: str, start_on: date,
              end_on: date | None = None) -> None:
    """Raise ValidationError listing every rule the new assignment would break."""
    errors: list[DomainError] = []
    if post not in POSTS:
        errors.append(DomainError("choice", "post", value=post, allowed=list(POSTS)))
    if end_on is not None and end_on < start_on:
        errors.append(DomainError("date.range", "end_on"))
    if staff.status == "returned" or (staff.left_center_on is not None and staff.left_center_on < start_on):
        errors.append(DomainError("assignment.staff_returned", "staff_id", name=staff.name))
    elif staff.joined_center_on > start_on:
        errors.append(DomainError("assignment.before_joining", "start_on", name=staff.name,
                                  joined=staff.joined_center_on.isoformat()))
    if window.home_unit_id is not None and window.home_unit_id != staff.home_unit_id:
        unit = session.get(HomeUnit, window.home_unit_id)
        errors.append(DomainError("assignment.unit_mismatch", "window_id", window=window.number,
                                  unit=unit.short_name if unit else "", name=staff.name))
    if (window.active_from is not None and window.active_from > start_on) or (
        window.active_to is not None and window.active_to < start_on
    ):
        errors.append(DomainError("assignment.window_closed", "start_on", window=window.number,
                                  start=start_on.isoformat()))
    overlapping = _overlaps(start_on, end_on)
    same = session.execute(
        select(Assignment.start_on, Assignment.end_on).where(
            Assignment.staff_id == staff.id, Assignment.window_id == window.id, overlapping
        ).order_by(Assignment.start_on)
    ).first()
    if same is not None:
        errors.append(DomainError("assignment.overlap", "start_on", name=staff.name, window=window.number,
                                  start=same.start_on.isoformat(),
                                  end=same.end_on.isoformat() if same.end_on else "—"))
    if post == "A":
        other_a = session.execute(
            select(Window.number).join(Assignment, Assignment.window_id == Window.id).where(
                Assignment.staff_id == staff.id, Assignment.post == "A", Assignment.window_id != window.id,
                overlapping,
            ).order_by(Assignment.start_on)
        ).scalar()
        if other_a is not None:
            errors.append(DomainError("assignment.second_a", "post", name=staff.name, window=other_a))
        holder = session.execute(
            select(Staff.name).join(Assignment, Assignment.staff_id == Staff.id).where(
                Assignment.window_id == window.id, Assignment.post == "A", Assignment.staff_id != staff.id,
                overlapping,
            ).order_by(Assignment.start_on)
        ).scalar()
        if holder is not None:
            errors.append(DomainError("assignment.window_a_taken", "post", window=window.number, name=holder))
    if errors:
        raise ValidationError(errors)


def add_assignment(session, staff_id: int, window_id: int, post: str, start_on: date, remarks: str = "",
                   *, username: str = "system") -> Assignment:
    """Check the rules and add one open-ended assignment (audited ``assignment.create``)."""
    staff = get_or_fail(session, Staff, staff_id)
    window = get_or_fail(session, Window, window_id)
    session.flush()  # the checks below read the caller's pending changes
    check_new(session, staff, window, post, start_on)
    row = Assignment(staff_id=staff_id, window_id=window_id, post=post, start_on=start_on, end_on=None,
                     end_reason="", remarks=(remarks or "").strip())
    session.add(row)
    session.flush()
    write_entry(session, username, "assignment.create", record_type="assignment", record_id=row.id,
                record_label=f"{staff.name} {window.number} {post}", after=snapshot(row))
    return row


def end_row(session, row: Assignment, end_on: date, reason: str, *, username: str = "system",
            cancel_if_not_started: bool = False) -> None:
    """End one assignment on ``end_on`` (its last day). An assignment that would end before it
    starts is refused (``date.range``), or, with ``cancel_if_not_started`` (a move the same day,
    a leaving date before a planned start), removed as never having begun; both are audited."""
    if reason not in END_REASONS:
        raise DomainError("choice", "end_reason", value=reason, allowed=list(END_REASONS))
    label = f"{row.staff_id} {row.window_id} {row.post}"
    staff = session.get(Staff, row.staff_id)
    window = session.get(Window, row.window_id)
    if staff is not None and window is not None:
        label = f"{staff.name} {window.number} {row.post}"
    if end_on < row.start_on:
        if not cancel_if_not_started:
            raise DomainError("date.range", "end_on")
        write_entry(session, username, "assignment.cancel", record_type="assignment", record_id=row.id,
                    record_label=label, before=snapshot(row), detail=reason)
        session.delete(row)
        session.flush()
        return
    before = snapshot(row)
    row.end_on, row.end_reason = end_on, reason
    session.flush()
    write_entry(session, username, "assignment.end", record_type="assignment", record_id=row.id,
                record_label=label, before=before, after=snapshot(row))


def end_all_for_staff(session, staff_id: int, end_on: date, reason: str, *, username: str = "system",
                      sync: bool = True) -> list[int]:
    """End every assignment of a person still open on ``end_on`` (for transfers, returns, moves).

    Assignments that would start after ``end_on`` are cancelled. Refreshes the person's cache
    unless ``sync`` is False. Returns the ids of the rows ended or cancelled."""
    rows = session.scalars(
        select(Assignment).where(
            Assignment.staff_id == staff_id, or_(Assignment.end_on.is_(None), Assignment.end_on > end_on)
        ).order_by(Assignment.start_on, Assignment.id)
    ).all()
    ids = []
    for row in rows:
        ids.append(row.id)
        end_row(session, row, end_on, reason, username=username, cancel_if_not_started=True)
    if sync:
        sync_cache(session, [staff_id], on=date.today())
    return ids


def main_post(session, staff_id: int, on: date) -> tuple[int | None, str | None]:
    """The person's current A post if any, else their earliest current B post, else nothing."""
    row = session.execute(
        select(Assignment.window_id, Assignment.post)
        .where(Assignment.staff_id == staff_id, current_on(on))
        .order_by(Assignment.post, Assignment.start_on, Assignment.id)
    ).first()
    return (row.window_id, row.post) if row is not None else (None, None)


def sync_cache(session, staff_ids: Iterable[int], on: date | None = None) -> None:
    """Refresh ``staff.window_id`` / ``staff.post`` of these people from their assignments."""
    on = on or date.today()
    session.flush()
    for sid in set(staff_ids):
        staff = session.get(Staff, sid)
        if staff is None:
            continue
        window_id, post = main_post(session, sid, on) if staff.status != "returned" else (None, None)
        if (staff.window_id, staff.post) != (window_id, post):
            staff.window_id, staff.post = window_id, post
    session.flush()


# --- coverage (plain SQL: also read by the home page) -----------------------------------------

_COVER_WINDOWS = text("""
    SELECT w.id, w.number, w.name, z.name, coalesce(u.short_name, '')
    FROM service_window w JOIN zone z ON z.id = w.zone_id LEFT JOIN home_unit u ON u.id = w.home_unit_id
    WHERE (w.active_from IS NULL OR w.active_from <= :on) AND (w.active_to IS NULL OR w.active_to >= :on)
    ORDER BY w.number""")
_COVER_POSTS = text("""
    SELECT a.window_id, a.post, s.id, s.name FROM assignment a JOIN staff s ON s.id = a.staff_id
    WHERE a.start_on <= :on AND (a.end_on IS NULL OR a.end_on >= :on)
    ORDER BY a.post, a.start_on, s.name""")
# Approved leave covering the day; leave the person came back from (销假) counts until the return.
_COVER_LEAVE = text("""
    SELECT staff_id, start_on, start_half, end_on, end_half FROM leave_request
    WHERE start_on <= :on AND end_on >= :on
      AND (status = 'approved' OR (status = 'returned' AND returned_on IS NOT NULL AND returned_on > :on))""")


def coverage_on(conn, on: date) -> list[WindowCoverage]:
    params = {"on": on.isoformat()}
    windows = conn.execute(_COVER_WINDOWS, params).all()
    posts: dict[int, dict[str, list[tuple[int, str]]]] = {}
    for wid, post, sid, name in conn.execute(_COVER_POSTS, params):
        posts.setdefault(wid, {"A": [], "B": []})[post].append((sid, name))
    away: dict[int, bool] = {}  # staff id -> only half of the day
    for sid, start, start_half, end, end_half in conn.execute(_COVER_LEAVE, params):
        start, end = date.fromisoformat(str(start)), date.fromisoformat(str(end))
        half = (start == on and start_half == "pm") or (end == on and end_half == "am")
        if start == end == on and start_half == "pm" and end_half == "am":
            continue  # an impossible "from noon until noon" entry: not away
        away[sid] = away.get(sid, True) and half
    out = []
    for wid, number, wname, zone, unit in windows:
        p = posts.get(wid, {"A": [], "B": []})
        holders = p["A"] + p["B"]
        on_leave = tuple(n for sid, n in holders if sid in away)
        half_day = tuple(n for sid, n in holders if away.get(sid))
        a_present = [n for sid, n in p["A"] if sid not in away]
        b_present = [n for sid, n in p["B"] if sid not in away]
        covering = b_present[0] if not a_present and b_present else ""
        out.append(WindowCoverage(
            wid, number, wname, zone, unit,
            tuple(n for _s, n in p["A"]), tuple(n for _s, n in p["B"]), on_leave, half_day, covering,
            not p["A"], not p["B"], not a_present and not b_present,
        ))
    return out


# --- the service ------------------------------------------------------------------------------

_VIEW_COLUMNS = (
    Assignment.id, Assignment.staff_id, Staff.name, HomeUnit.short_name, Assignment.window_id, Window.number,
    Assignment.post, Assignment.start_on, Assignment.end_on, Assignment.end_reason, Assignment.remarks,
)


def _view_query():
    return (
        select(*_VIEW_COLUMNS)
        .join(Staff, Staff.id == Assignment.staff_id)
        .join(HomeUnit, HomeUnit.id == Staff.home_unit_id)
        .join(Window, Window.id == Assignment.window_id)
    )


def _current_first(views: list[AssignmentView], on: date) -> list[AssignmentView]:
    """Current assignments first (A before B), then the rest newest first."""
    views = sorted(views, key=lambda v: (v.start_on, v.id), reverse=True)
    return sorted(views, key=lambda v: (not v.is_current(on), v.post if v.is_current(on) else ""))


class AssignmentService(Service):
    def _list(self, where, action: str) -> list[AssignmentView]:
        self.require(RECORDS_READ, action)
        with self.ctx.read() as s:
            return [AssignmentView(*r) for r in s.execute(_view_query().where(where))]

    def get(self, assignment_id: int) -> AssignmentView:
        rows = self._list(Assignment.id == assignment_id, "assignment.get")
        if not rows:
            raise DomainError("record.not_found", id=assignment_id)
        return rows[0]

    def for_window(self, window_id: int, *, on: date | None = None) -> list[AssignmentView]:
        """The window's history: current assignments first, then the others newest first."""
        return _current_first(self._list(Assignment.window_id == window_id, "assignment.list"), on or date.today())

    def for_staff(self, staff_id: int) -> list[AssignmentView]:
        """The person's history, newest first."""
        rows = self._list(Assignment.staff_id == staff_id, "assignment.list")
        return sorted(rows, key=lambda v: (v.start_on, v.id), reverse=True)

    def history(self) -> list[AssignmentView]:
        """Every assignment ever made, by window and start date (for the Excel export)."""
        rows = self._list(true(), "assignment.list")
        return sorted(rows, key=lambda v: (v.window_number, v.start_on, v.post, v.staff_name))

    def current(self, on: date | None = None) -> list[AssignmentView]:
        on = on or date.today()
        rows = self._list(current_on(on), "assignment.list")
        return sorted(rows, key=lambda v: (v.window_number, v.post, v.start_on, v.staff_name))

    def assign(self, staff_id: int, window_id: int, post: str, start_on: date, remarks: str = "",
               *, today: date | None = None) -> int:
        self.require(ASSIGN_WRITE, "assignment.create", str(staff_id))
        if start_on is None:
            raise ValidationError([DomainError("required", "start_on")])
        with self.ctx.transaction() as s:
            row = add_assignment(s, staff_id, window_id, post, start_on, remarks, username=self.ctx.actor.username)
            sync_cache(s, [staff_id], today or date.today())
            return row.id

    def end(self, assignment_id: int, end_on: date, reason: str, *, today: date | None = None) -> None:
        self.require(ASSIGN_WRITE, "assignment.end", str(assignment_id))
        if end_on is None:
            raise DomainError("required", "end_on")
        with self.ctx.transaction() as s:
            row = get_or_fail(s, Assignment, assignment_id)
            if row.end_on is not None and row.end_on <= end_on:
                raise DomainError("assignment.already_ended", "end_on", end=row.end_on.isoformat())
            end_row(s, row, end_on, reason, username=self.ctx.actor.username)
            sync_cache(s, [row.staff_id], today or date.today())

    def end_all_for_staff(self, session, staff_id: int, end_on: date, reason: str) -> list[int]:
        """For other services: end a person's assignments inside the caller's transaction."""
        return end_all_for_staff(session, staff_id, end_on, reason, username=self.ctx.actor.username)

    def sync_all(self, on: date | None = None) -> None:
        """Refresh every person's window/post cache (start-up: assignments begin and end by date)."""
        with self.ctx.transaction() as s:
            refresh_post_cache(s, on or date.today())

    def coverage(self, on: date | None = None) -> list[WindowCoverage]:
        """Every window open on ``on``: its A and B, who is on leave, who covers, what is missing."""
        self.require(RECORDS_READ, "coverage")
        with self.ctx.connect() as c:
            return coverage_on(c, on or date.today())

"""Window staff: the list, one person's record, add / edit / deactivate, bulk import."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, timedelta

from sqlalchemy import func, select

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.identity import mask_id_number, mask_mobile
from govhr_desktop.domain.records import StaffInput, validate_staff
from govhr_desktop.domain.security import PERSONAL_REVEAL, RECORDS_READ, STAFF_WRITE
from govhr_desktop.persistence.models import ChiefRepresentative, HomeUnit, Staff, Window
from govhr_desktop.services.assignments import add_assignment, end_all_for_staff, sync_cache
from govhr_desktop.services.audit import snapshot
from govhr_desktop.services.base import Service, get_or_fail


@dataclass(frozen=True)
class StaffView:
    id: int
    name: str
    gender: str
    id_number: str
    birth_date: date
    mobile: str
    political_status: str
    education: str
    employment_type: str
    home_unit_id: int
    home_unit_name: str
    joined_center_on: date
    window_id: int | None
    window_number: str
    post: str | None
    skill_level: str | None
    status: str
    left_center_on: date | None
    remarks: str

    def to_input(self) -> StaffInput:
        names = {f.name for f in fields(StaffInput)}
        return StaffInput(**{k: getattr(self, k) for k in names})


_COLUMNS = (
    Staff.id, Staff.name, Staff.gender, Staff.id_number, Staff.birth_date, Staff.mobile,
    Staff.political_status, Staff.education, Staff.employment_type, Staff.home_unit_id,
    HomeUnit.short_name, Staff.joined_center_on, Staff.window_id, Window.number, Staff.post,
    Staff.skill_level, Staff.status, Staff.left_center_on, Staff.remarks,
)


def _query():
    return (
        select(*_COLUMNS)
        .join(HomeUnit, HomeUnit.id == Staff.home_unit_id)
        .outerjoin(Window, Window.id == Staff.window_id)
    )


def _view(row, full: bool = True) -> StaffView:
    values = list(row)
    values[13] = values[13] or ""
    if not full:  # 个人信息: roles without full view get masked numbers from the service itself
        values[3], values[5] = mask_id_number(values[3]), mask_mobile(values[5])
    return StaffView(*values)


class StaffService(Service):
    def _full(self) -> bool:
        return self.ctx.actor.can(PERSONAL_REVEAL)

    def list(self, *, include_returned: bool = True) -> list[StaffView]:
        """Everyone on the list. ID and phone numbers come masked unless the role may see them
        (the UI masks them on screen anyway; full numbers serve search and editing)."""
        self.require(RECORDS_READ, "staff.list")
        q = _query().order_by(HomeUnit.sort_order, Staff.name)
        if not include_returned:
            q = q.where(Staff.status != "returned")
        full = self._full()
        with self.ctx.read() as s:
            return [_view(r, full) for r in s.execute(q)]

    def get(self, staff_id: int) -> StaffView:
        self.require(RECORDS_READ, "staff.get")
        with self.ctx.read() as s:
            row = s.execute(_query().where(Staff.id == staff_id)).one_or_none()
            if row is None:
                raise DomainError("record.not_found", id=staff_id)
            return _view(row, self._full())

    def reveal(self, staff_id: int, purpose: str = "") -> StaffView:
        """Full ID and phone numbers of one person, shown to a human: audited every time."""
        self.require(PERSONAL_REVEAL, "personal.reveal", str(staff_id))
        with self.ctx.transaction() as s:
            row = s.execute(_query().where(Staff.id == staff_id)).one_or_none()
            if row is None:
                raise DomainError("record.not_found", id=staff_id)
            view = _view(row, True)
            self.audit(s, "personal.reveal", record_type="staff", record_id=staff_id, label=view.name,
                       detail=purpose)
            return view

    def at_window(self, window_id: int) -> list[StaffView]:
        self.require(RECORDS_READ, "staff.list")
        full = self._full()
        with self.ctx.read() as s:
            q = _query().where(Staff.window_id == window_id, Staff.status != "returned")
            return sorted((_view(r, full) for r in s.execute(q)), key=lambda v: (v.post or "Z", v.name))

    def of_home_unit(self, unit_id: int) -> list[StaffView]:
        self.require(RECORDS_READ, "staff.list")
        full = self._full()
        with self.ctx.read() as s:
            q = _query().where(Staff.home_unit_id == unit_id, Staff.status != "returned")
            return [_view(r, full) for r in s.execute(q.order_by(Staff.name))]

    # --- changes ------------------------------------------------------------------------------

    def save(self, data: StaffInput, staff_id: int | None = None, *, today: date | None = None) -> int:
        """Add or edit a person. A window/post set or changed here becomes a dated assignment:
        a new person sits at the window from the day they joined (or the window opened); an
        edited person's open assignments end yesterday ('rotation') and the new one starts today."""
        self.require(STAFF_WRITE, "staff.save", data.name)
        data = validate_staff(data, today=today)
        today = today or date.today()
        user = self.ctx.actor.username
        with self.ctx.transaction() as s:
            self._check_references(s, data, staff_id)
            row = Staff() if staff_id is None else get_or_fail(s, Staff, staff_id)
            before = snapshot(row) if staff_id is not None else None
            old_post = (row.window_id, row.post) if staff_id is not None else (None, None)
            old_status = row.status if staff_id is not None else None
            if staff_id is None:
                s.add(row)
            _apply(row, data)
            s.flush()
            if staff_id is None:
                _first_assignment(s, row, user)
            elif row.status == "returned":
                if old_status != "returned":
                    end_all_for_staff(s, row.id, row.left_center_on or today, "returned", username=user, sync=False)
            elif (data.window_id, data.post) != old_post:
                # a move the same day cancels an assignment that only starts today
                end_all_for_staff(s, row.id, today - timedelta(days=1), "rotation", username=user, sync=False)
                if data.window_id is not None:
                    window = s.get(Window, data.window_id)
                    start = max(today, row.joined_center_on, window.active_from or today)
                    add_assignment(s, row.id, data.window_id, data.post, start, username=user)
            sync_cache(s, [row.id], today)
            self.audit(s, "staff.update" if before else "staff.create", row, before=before, label=row.name)
            return row.id

    def import_many(self, rows: Iterable[StaffInput], *, today: date | None = None) -> int:
        """Save every row in one transaction: all of them, or none if any is wrong."""
        self.require(STAFF_WRITE, "staff.import")
        rows = [validate_staff(r, today=today) for r in rows]
        user = self.ctx.actor.username
        with self.ctx.transaction() as s:
            seen: dict[str, int] = {}
            for i, data in enumerate(rows):
                if data.id_number in seen:
                    raise DomainError("import.duplicate_in_file", "id_number", row=i, first=seen[data.id_number])
                seen[data.id_number] = i
                self._check_references(s, data, None)
                row = Staff()
                _apply(row, data)
                s.add(row)
                s.flush()
                _first_assignment(s, row, user)
                sync_cache(s, [row.id], today or date.today())
            self.audit(s, "staff.import", record_type="staff", detail=f"rows={len(rows)}",
                       after={"names": [r.name for r in rows[:50]], "count": len(rows)})
            return len(rows)

    def deactivate(self, staff_id: int, left_on: date | None = None) -> None:
        """Mark someone as returned to their home unit: off their window, no longer chief rep."""
        self.require(STAFF_WRITE, "staff.return")
        left_on = left_on or date.today()
        with self.ctx.transaction() as s:
            row = get_or_fail(s, Staff, staff_id)
            before = snapshot(row)
            if row.status == "returned":
                raise DomainError("staff.already_returned", name=row.name)
            if left_on < row.joined_center_on:
                raise DomainError("staff.left_before_joined", "left_center_on")
            row.status, row.left_center_on = "returned", left_on
            end_all_for_staff(s, staff_id, left_on, "returned", username=self.ctx.actor.username, sync=False)
            row.window_id, row.post = None, None
            for appt in s.scalars(
                select(ChiefRepresentative).where(
                    ChiefRepresentative.staff_id == staff_id, ChiefRepresentative.end_on.is_(None)
                )
            ):
                appt.end_on = left_on
            row.updated_at = func.current_timestamp()
            s.flush()
            self.audit(s, "staff.return", row, before=before, label=row.name)

    def _check_references(self, s, data: StaffInput, staff_id: int | None) -> None:
        errors = []
        dup = s.execute(
            select(Staff.id, Staff.name).where(Staff.id_number == data.id_number, Staff.id != (staff_id or 0))
        ).first()
        if dup is not None:
            errors.append(DomainError("staff.duplicate_id", "id_number", name=dup.name))
        unit = s.get(HomeUnit, data.home_unit_id)
        if unit is None:
            errors.append(DomainError("record.not_found", "home_unit_id", id=data.home_unit_id))
        if data.window_id is not None:
            win = s.get(Window, data.window_id)
            if win is None:
                errors.append(DomainError("record.not_found", "window_id", id=data.window_id))
            elif data.post == "A" and data.status != "returned":
                holder = s.execute(
                    select(Staff.name).where(
                        Staff.window_id == data.window_id, Staff.post == "A",
                        Staff.status != "returned", Staff.id != (staff_id or 0),
                    )
                ).first()
                if holder is not None:
                    errors.append(DomainError("staff.window_a_taken", "post", window=win.number, name=holder.name))
        if errors:
            raise ValidationError(errors)


def _first_assignment(s, row: Staff, username: str) -> None:
    """A new person placed at a window sits there from the day they joined (or it opened)."""
    if row.window_id is None or row.post is None or row.status == "returned":
        return
    window = s.get(Window, row.window_id)
    start = max(row.joined_center_on, window.active_from or row.joined_center_on)
    add_assignment(s, row.id, row.window_id, row.post, start, username=username)


def _apply(row: Staff, d: StaffInput) -> None:
    row.name, row.gender, row.id_number, row.birth_date = d.name, d.gender, d.id_number, d.birth_date
    row.mobile, row.political_status, row.education = d.mobile, d.political_status, d.education
    row.employment_type, row.home_unit_id = d.employment_type, d.home_unit_id
    row.joined_center_on, row.window_id, row.post = d.joined_center_on, d.window_id, d.post
    row.skill_level, row.remarks = d.skill_level, d.remarks
    if d.status == "returned":
        row.window_id, row.post = None, None
        if row.left_center_on is None:
            row.left_center_on = date.today()
    elif row.status == "returned":
        row.left_center_on = None
    row.status = d.status
    if row.id is not None:
        row.updated_at = func.current_timestamp()

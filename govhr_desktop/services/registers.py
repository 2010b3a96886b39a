"""Daily registers (台账, DOMAIN.md §6): discipline and service events, case handling, citizen
complaints, commendations. Each entry names one item of the evaluation catalogue
(``domain.evaluation_items``); the monthly scoring consumes the *verified* entries through
``RegisterService.counts``.

Complaints and bad ratings must be checked before they cost points, so they start as
'pending' unless the clerk says otherwise; everything else is taken as verified when entered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.evaluation_items import CATEGORIES_BY_CODE, ITEMS_BY_CODE
from govhr_desktop.domain.security import EVALUATION_WRITE, RECORDS_READ
from govhr_desktop.domain.vocab import Choice, Vocabulary
from govhr_desktop.persistence.models import HomeUnit, RegisterEntry, Staff, Window
from govhr_desktop.services.audit import snapshot
from govhr_desktop.services.base import Service, get_or_fail
from govhr_desktop.services.leave import StaffChoice

VERIFICATION = Vocabulary(
    "register_verification",
    [
        Choice("pending", "待核实", "Pending"),
        Choice("verified", "已核实", "Verified"),
        Choice("rejected", "不予认定", "Rejected"),
    ],
)

#: Items that start as 'pending' (need checking before they count).
PENDING_ITEMS = frozenset({"complaint_upheld", "bad_rating"})
#: Units counted in whole numbers.
WHOLE_UNITS = frozenset({"次", "件"})

SOURCE_MAX = 40
TEXT_MAX = 2000
NOTE_MAX = 200
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")

#: Usual sources, offered in the entry dialog (free text is allowed).
SOURCES = ("考勤机", "巡查", "明察暗访", "12345热线", "好差评系统", "群众来信", "群众来电", "办件系统", "上级通报")


@dataclass(frozen=True)
class RegisterView:
    id: int
    staff_id: int
    staff_name: str
    home_unit_name: str
    window_number: str
    item_code: str
    item_name: str
    category: str
    category_name: str
    unit: str
    occurred_on: date
    occurred_time: str
    quantity: float
    points: float  # catalogue points per occurrence × quantity (0 for veto items)
    source: str
    content: str
    evidence: str
    verification: str
    created_by: str


@dataclass(frozen=True)
class RegisterInput:
    staff_id: int | None
    item_code: str | None
    occurred_on: date | None
    quantity: float = 1
    occurred_time: str = ""
    source: str = ""
    content: str = ""
    evidence: str = ""


def _normal_time(text: str) -> str | None:
    """'8:05' -> '08:05'; '' -> ''; None when it is no time of day."""
    text = (text or "").strip().replace("：", ":")
    if not text:
        return ""
    m = _TIME.match(text)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if h > 23 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


class RegisterService(Service):
    # --- reading ------------------------------------------------------------------------------

    def _query(self):
        return (
            select(RegisterEntry, Staff.name, HomeUnit.short_name, Window.number)
            .join(Staff, Staff.id == RegisterEntry.staff_id)
            .join(HomeUnit, HomeUnit.id == Staff.home_unit_id)
            .outerjoin(Window, Window.id == Staff.window_id)
        )

    @staticmethod
    def _view(row) -> RegisterView:
        e, name, unit, window = row
        item = ITEMS_BY_CODE.get(e.item_code)
        cat = CATEGORIES_BY_CODE.get(item.category) if item else None
        return RegisterView(
            e.id, e.staff_id, name, unit or "", window or "", e.item_code,
            item.zh if item else e.item_code, item.category if item else "", cat.zh if cat else "",
            item.unit if item else "", e.occurred_on, e.occurred_time or "", e.quantity,
            (item.points * e.quantity) if item else 0.0, e.source or "", e.content or "", e.evidence or "",
            e.verification, e.created_by or "",
        )

    def list(self, category: str | None = None, staff_id: int | None = None, date_from: date | None = None,
             date_to: date | None = None, verification: str | None = None) -> list[RegisterView]:
        """Entries, newest first."""
        self.require(RECORDS_READ, "register.list")
        q = self._query()
        if category is not None:
            codes = [i.code for i in ITEMS_BY_CODE.values() if i.category == category]
            q = q.where(RegisterEntry.item_code.in_(codes))
        if staff_id is not None:
            q = q.where(RegisterEntry.staff_id == staff_id)
        if date_from is not None:
            q = q.where(RegisterEntry.occurred_on >= date_from)
        if date_to is not None:
            q = q.where(RegisterEntry.occurred_on <= date_to)
        if verification is not None:
            q = q.where(RegisterEntry.verification == verification)
        q = q.order_by(RegisterEntry.occurred_on.desc(), RegisterEntry.occurred_time.desc(), RegisterEntry.id.desc())
        with self.ctx.read() as s:
            return [self._view(r) for r in s.execute(q)]

    def get(self, entry_id: int) -> RegisterView:
        self.require(RECORDS_READ, "register.get")
        with self.ctx.read() as s:
            row = s.execute(self._query().where(RegisterEntry.id == entry_id)).first()
            if row is None:
                raise DomainError("record.not_found", id=entry_id)
            return self._view(row)

    def staff_choices(self) -> list[StaffChoice]:
        """Everybody, people still at the center first (entries may be recorded late for
        someone who has since returned to the home unit)."""
        self.require(RECORDS_READ, "staff.list")
        q = (
            select(Staff.id, Staff.name, HomeUnit.short_name, Window.number, Staff.post, Staff.status)
            .join(HomeUnit, HomeUnit.id == Staff.home_unit_id)
            .outerjoin(Window, Window.id == Staff.window_id)
            .order_by(Staff.status == "returned", HomeUnit.sort_order, Staff.name)
        )
        with self.ctx.read() as s:
            return [StaffChoice(i, n, u or "", w or "", p or "") for i, n, u, w, p, _st in s.execute(q)]

    def counts(self, staff_id: int, month_start: date, month_end: date) -> dict[str, float]:
        """Verified quantities per item code for one person in a period (both ends included):
        what the scoring engine deducts and adds."""
        self.require(RECORDS_READ, "register.counts")
        q = (
            select(RegisterEntry.item_code, func.sum(RegisterEntry.quantity))
            .where(RegisterEntry.staff_id == staff_id, RegisterEntry.verification == "verified",
                   RegisterEntry.occurred_on >= month_start, RegisterEntry.occurred_on <= month_end)
            .group_by(RegisterEntry.item_code)
        )
        with self.ctx.read() as s:
            return {code: float(n) for code, n in s.execute(q)}

    # --- checking -----------------------------------------------------------------------------

    def _validate(self, data: RegisterInput, verification: str | None, today: date) -> RegisterInput:
        errors: list[DomainError] = []
        if data.staff_id is None:
            errors.append(DomainError("required", "staff_id"))
        item = ITEMS_BY_CODE.get(data.item_code or "")
        if not data.item_code:
            errors.append(DomainError("required", "item_code"))
        elif item is None:
            errors.append(DomainError("register.unknown_item", "item_code", value=data.item_code))
        if data.occurred_on is None:
            errors.append(DomainError("required", "occurred_on"))
        elif data.occurred_on > today:
            errors.append(DomainError("date.future", "occurred_on"))
        time_text = _normal_time(data.occurred_time)
        if time_text is None:
            errors.append(DomainError("register.time", "occurred_time", value=data.occurred_time))
        quantity = data.quantity
        try:
            quantity = float(quantity)
        except (TypeError, ValueError):
            quantity = 0.0
        unit = item.unit if item else "次"
        if quantity <= 0 or (unit in WHOLE_UNITS and quantity != int(quantity)):
            errors.append(DomainError("register.quantity", "quantity", value=f"{quantity:g}", unit=unit))
        source = (data.source or "").strip()
        content = (data.content or "").strip()
        evidence = (data.evidence or "").strip()
        if len(source) > SOURCE_MAX:
            errors.append(DomainError("too_long", "source", max=SOURCE_MAX))
        if len(content) > TEXT_MAX:
            errors.append(DomainError("too_long", "content", max=TEXT_MAX))
        if len(evidence) > TEXT_MAX:
            errors.append(DomainError("too_long", "evidence", max=TEXT_MAX))
        if verification is not None and verification not in VERIFICATION:
            errors.append(DomainError("choice", "verification", value=verification,
                                      allowed=[c.zh for c in VERIFICATION.choices]))
        if errors:
            raise ValidationError(errors)
        return RegisterInput(data.staff_id, data.item_code, data.occurred_on, quantity, time_text or "",
                             source, content, evidence)

    @staticmethod
    def _check_tenure(person: Staff, on: date) -> None:
        if on < person.joined_center_on or (person.left_center_on is not None and on > person.left_center_on):
            raise DomainError(
                "register.outside_tenure", "occurred_on", name=person.name, date=on.isoformat(),
                joined=person.joined_center_on.isoformat(),
                left=person.left_center_on.isoformat() if person.left_center_on else "—",
            )

    @staticmethod
    def _label(e: RegisterEntry, name: str) -> str:
        item = ITEMS_BY_CODE.get(e.item_code)
        return f"{name} {e.occurred_on.isoformat()} {item.zh if item else e.item_code}"

    # --- writing ------------------------------------------------------------------------------

    def add(self, staff_id: int | None, item_code: str | None, occurred_on: date | None, quantity: float = 1,
            occurred_time: str = "", source: str = "", content: str = "", evidence: str = "",
            verification: str | None = None, *, today: date | None = None) -> int:
        self.require(EVALUATION_WRITE, "register.add")
        data = self._validate(
            RegisterInput(staff_id, item_code, occurred_on, quantity, occurred_time, source, content, evidence),
            verification, today or date.today(),
        )
        if verification is None:
            verification = "pending" if data.item_code in PENDING_ITEMS else "verified"
        with self.ctx.transaction() as s:
            person = get_or_fail(s, Staff, data.staff_id)
            self._check_tenure(person, data.occurred_on)
            e = RegisterEntry(
                staff_id=data.staff_id, item_code=data.item_code, occurred_on=data.occurred_on,
                occurred_time=data.occurred_time, quantity=data.quantity, source=data.source,
                content=data.content, evidence=data.evidence, verification=verification,
                created_by=self.ctx.actor.username,
            )
            s.add(e)
            s.flush()
            self.audit(s, "register.add", e, label=self._label(e, person.name))
            return e.id

    def update(self, entry_id: int, staff_id: int | None, item_code: str | None, occurred_on: date | None,
               quantity: float = 1, occurred_time: str = "", source: str = "", content: str = "",
               evidence: str = "", verification: str | None = None, *, today: date | None = None) -> None:
        """Correct an entry. ``verification`` None keeps the current state.
        (Once published evaluations exist, entries they used should be locked: not yet.)"""
        self.require(EVALUATION_WRITE, "register.update")
        data = self._validate(
            RegisterInput(staff_id, item_code, occurred_on, quantity, occurred_time, source, content, evidence),
            verification, today or date.today(),
        )
        with self.ctx.transaction() as s:
            e = get_or_fail(s, RegisterEntry, entry_id)
            person = get_or_fail(s, Staff, data.staff_id)
            self._check_tenure(person, data.occurred_on)
            before = snapshot(e)
            e.staff_id, e.item_code, e.occurred_on = data.staff_id, data.item_code, data.occurred_on
            e.occurred_time, e.quantity, e.source = data.occurred_time, data.quantity, data.source
            e.content, e.evidence = data.content, data.evidence
            if verification is not None:
                e.verification = verification
            s.flush()
            self.audit(s, "register.update", e, before=before, label=self._label(e, person.name))

    def set_verification(self, entry_id: int, state: str, note: str = "") -> None:
        """Record the outcome of checking an entry: 'verified' (it counts) or 'rejected' (it
        does not: e.g. a 差评 overturned on appeal). A rejection needs a note; the note is kept
        in the audit trail."""
        self.require(EVALUATION_WRITE, "register.verify")
        note = (note or "").strip()
        errors: list[DomainError] = []
        if state not in ("verified", "rejected"):
            errors.append(DomainError("choice", "verification", value=state or "",
                                      allowed=[VERIFICATION.label("verified"), VERIFICATION.label("rejected")]))
        if state == "rejected" and not note:
            errors.append(DomainError("required", "note"))
        if len(note) > NOTE_MAX:
            errors.append(DomainError("too_long", "note", max=NOTE_MAX))
        if errors:
            raise ValidationError(errors)
        with self.ctx.transaction() as s:
            e = get_or_fail(s, RegisterEntry, entry_id)
            person = s.get(Staff, e.staff_id)
            before = snapshot(e)
            e.verification = state
            s.flush()
            self.audit(s, "register.verify", e, before=before, label=self._label(e, person.name), detail=note)

    def delete(self, entry_id: int) -> None:
        """Remove an entry entered by mistake; the audit trail keeps what it said."""
        self.require(EVALUATION_WRITE, "register.delete")
        with self.ctx.transaction() as s:
            e = get_or_fail(s, RegisterEntry, entry_id)
            person = s.get(Staff, e.staff_id)
            before = snapshot(e)
            label = self._label(e, person.name)
            s.delete(e)
            s.flush()
            self.audit(s, "register.delete", None, before=before, label=label, record_type="register_entry",
                       record_id=entry_id)

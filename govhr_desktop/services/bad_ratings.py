"""差评 handling (DOMAIN.md §6a): every bad rating (level 1–2, not excluded) gets a case.

The responsible unit verifies within 1 working day of the rating (``verify_due``) and, when
the staff member is at fault, rectifies within 15 working days (``rectify_due``); the citizen
is called back; the case closes when it is verified, rectified (staff fault only) and called
back. The staff member may appeal a staff-fault finding; the leader decides. A malicious
rating or an appeal overturned excludes the rating from scoring (``rating.excluded``).

Deadlines are working days from the rating day, configurable in ``app_setting``
(``bad_rating.verify_days``, ``bad_rating.rectify_days``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import APPROVE, EVALUATION_WRITE, RECORDS_READ
from govhr_desktop.domain.vocab import Choice, Vocabulary
from govhr_desktop.persistence.models import BadRatingCase, Rating
from govhr_desktop.services.audit import snapshot
from govhr_desktop.services.base import Service, get_or_fail

BAD_LEVEL_MAX = 2
VERIFY_DAYS_KEY = "bad_rating.verify_days"
RECTIFY_DAYS_KEY = "bad_rating.rectify_days"
DEFAULT_VERIFY_DAYS = 1
DEFAULT_RECTIFY_DAYS = 15
DAYS_LIMITS = (1, 60)
TEXT_MAX = 2000

FINDING = Vocabulary(
    "bad_rating_finding",
    [
        Choice("staff_fault", "属实（工作人员责任）", "Staff at fault"),
        Choice("not_staff_fault", "非工作人员责任", "Not the staff's fault"),
        Choice("malicious", "恶意差评", "Malicious rating"),
    ],
)

CASE_STATUS = Vocabulary(
    "bad_rating_status",
    [
        Choice("open", "待核实", "Open"),
        Choice("verified", "已核实", "Verified"),
        Choice("rectified", "已整改", "Rectified"),
        Choice("closed", "已办结", "Closed"),
    ],
)

APPEAL_OUTCOME = Vocabulary(
    "bad_rating_appeal",
    [
        Choice("pending", "申诉待定", "Appeal pending"),
        Choice("upheld", "维持差评", "Rating upheld"),
        Choice("overturned", "申诉成立", "Appeal granted"),
    ],
)


@dataclass(frozen=True)
class BadRatingCaseView:
    id: int
    rating_id: int
    rating_key: str
    rated_at: datetime
    channel: str
    window_number: str
    staff_id: int | None
    staff_name: str
    service_item: str
    comment: str
    level: int
    excluded: bool
    opened_on: date
    verify_due: date
    rectify_due: date
    verified_on: date | None
    verified_by: str
    finding: str
    finding_note: str
    rectified_on: date | None
    rectification: str
    callback_on: date | None
    callback_note: str
    appeal_on: date | None
    appeal_reason: str
    appeal_outcome: str
    status: str
    #: which deadlines are missed on the day asked for: 'verify' and/or 'rectify'
    overdue: tuple[str, ...] = ()

    @property
    def appeal_state(self) -> str:
        """'' (no appeal), 'pending', 'upheld' or 'overturned'."""
        if self.appeal_on is None:
            return ""
        return self.appeal_outcome or "pending"


def _d(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _dt(value) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def overdue_kinds(verify_due: date, rectify_due: date, verified_on: date | None, finding: str,
                  rectified_on: date | None, status: str, today: date) -> tuple[str, ...]:
    if status == "closed":
        return ()
    out = []
    if verified_on is None and today > verify_due:
        out.append("verify")
    if finding == "staff_fault" and rectified_on is None and today > rectify_due:
        out.append("rectify")
    return tuple(out)


_LIST_SQL = """
SELECT c.id, c.rating_id, r.rating_key, r.rated_at, r.channel, r.window_number, r.staff_id, r.staff_name,
       r.service_item, r.comment, r.level, r.excluded, c.opened_on, c.verify_due, c.rectify_due,
       c.verified_on, c.verified_by, c.finding, c.finding_note, c.rectified_on, c.rectification,
       c.callback_on, c.callback_note, c.appeal_on, c.appeal_reason, c.appeal_outcome, c.status
FROM bad_rating_case c JOIN rating r ON r.id = c.rating_id
"""


class BadRatingService(Service):
    # --- settings -----------------------------------------------------------------------------

    def deadlines(self, conn=None) -> tuple[int, int]:
        """(verification days, rectification days), working days after the rating day.

        ``conn``: read through the caller's connection or session (inside its transaction)."""
        sql = text("SELECT key, value FROM app_setting WHERE key IN (:a, :b)")
        keys = {"a": VERIFY_DAYS_KEY, "b": RECTIFY_DAYS_KEY}
        if conn is not None:
            stored = dict(conn.execute(sql, keys).all())
        else:
            with self.ctx.connect() as c:
                stored = dict(c.execute(sql, keys).all())

        def num(key: str, default: int) -> int:
            try:
                return int(stored.get(key, default))
            except (TypeError, ValueError):
                return default

        return num(VERIFY_DAYS_KEY, DEFAULT_VERIFY_DAYS), num(RECTIFY_DAYS_KEY, DEFAULT_RECTIFY_DAYS)

    def save_deadlines(self, verify_days: int, rectify_days: int) -> None:
        """Applies to cases opened from now on; open cases keep their deadlines."""
        self.require(EVALUATION_WRITE, "bad_rating.settings")
        low, high = DAYS_LIMITS
        errors = []
        for name, value in (("verify_days", verify_days), ("rectify_days", rectify_days)):
            if not isinstance(value, int) or not low <= value <= high:
                errors.append(DomainError("setting.range", name, low=low, high=high, value=value))
        if not errors and rectify_days < verify_days:
            errors.append(DomainError("bad_rating.rectify_before_verify", "rectify_days"))
        if errors:
            raise ValidationError(errors)
        before = dict(zip(("verify_days", "rectify_days"), self.deadlines()))
        with self.ctx.transaction() as s:
            for key, value in ((VERIFY_DAYS_KEY, verify_days), (RECTIFY_DAYS_KEY, rectify_days)):
                s.execute(text("INSERT INTO app_setting (key, value) VALUES (:k, :v) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"), {"k": key, "v": str(value)})
            self.audit(s, "bad_rating.settings", record_type="app_setting", before=before,
                       after={"verify_days": verify_days, "rectify_days": rectify_days})

    # --- opening ------------------------------------------------------------------------------

    def open_cases(self, today: date | None = None) -> int:
        """A case for every bad rating that has none; returns how many were opened.

        Set-based: the deadlines are worked out once per rating day, then one INSERT … SELECT
        per chunk of days. Safe to call after every import (ratings with a case are skipped).
        """
        self.require(EVALUATION_WRITE, "bad_rating.open")
        with self.ctx.transaction() as s:
            return self.open_cases_in(s, today or date.today())

    def open_cases_in(self, s, today: date, after_rating_id: int | None = None,
                      days: Iterable[str] | None = None) -> int:
        """``open_cases`` inside the caller's transaction; the caller has checked the permission.

        ``after_rating_id``: only ratings with a larger id (those an import has just added: the
        rowid range is read directly, however many older ratings there are). ``days``: the
        rating days ('YYYY-MM-DD') of those ratings, if the caller knows them (at least every
        day with a bad rating); otherwise they are read.
        """
        verify_days, rectify_days = self.deadlines(s)
        pending_where = (
            "r.level <= :maxlevel AND r.excluded = 0 "
            "AND NOT EXISTS (SELECT 1 FROM bad_rating_case c WHERE c.rating_id = r.id)"
        )
        base: dict[str, object] = {"maxlevel": BAD_LEVEL_MAX}
        if after_rating_id is not None:
            pending_where = "r.id > :after AND " + pending_where
            base["after"] = after_rating_id
        if days is None:
            days = [v for (v,) in s.execute(text(
                f"SELECT DISTINCT date(r.rated_at) FROM rating r WHERE {pending_where}"), base)]
        days = sorted({d for d in map(_d, days) if d is not None})
        if not days:
            return 0
        from govhr_desktop.services.calendar import CalendarService

        cal = CalendarService(self.ctx).work_calendar(conn=s)
        opened = 0
        chunk = 200
        for i in range(0, len(days), chunk):
            part = days[i:i + chunk]
            params: dict[str, object] = {**base, "today": today.isoformat()}
            values = []
            for j, d in enumerate(part):
                params[f"d{j}"] = d.isoformat()
                params[f"v{j}"] = cal.add_working_days(d, verify_days).isoformat()
                params[f"r{j}"] = cal.add_working_days(d, rectify_days).isoformat()
                values.append(f"(:d{j}, :v{j}, :r{j})")
            # (an INSERT, not WITH … INSERT: the driver reports the row count only for the former)
            sql = (
                "INSERT INTO bad_rating_case (rating_id, opened_on, verify_due, rectify_due, verified_by, "
                "finding, finding_note, rectification, callback_note, appeal_reason, appeal_outcome, status) "
                "SELECT r.id, :today, due.column2, due.column3, '', '', '', '', '', '', '', 'open' "
                # CROSS JOIN keeps the rating table outermost: one scan, the day found through
                # an automatic index (a plain JOIN let SQLite scan the ratings once per day)
                f"FROM rating r CROSS JOIN (VALUES {', '.join(values)}) AS due ON due.column1 = date(r.rated_at) "
                f"WHERE {pending_where}"
            )
            opened += s.execute(text(sql), params).rowcount or 0
        if opened:
            self.audit(s, "bad_rating.open", record_type="bad_rating_case", label=today.isoformat(),
                       detail=f"opened={opened} verify_days={verify_days} rectify_days={rectify_days}")
        return opened

    # --- reading ------------------------------------------------------------------------------

    def list(self, status: str | None = None, overdue_only: bool = False,
             today: date | None = None) -> list[BadRatingCaseView]:
        self.require(RECORDS_READ, "bad_rating.list")
        today = today or date.today()
        sql, params = _LIST_SQL, {}
        if status:
            sql += " WHERE c.status = :status"
            params["status"] = status
        sql += " ORDER BY r.rated_at DESC, c.id DESC"
        with self.ctx.connect() as conn:
            rows = conn.execute(text(sql), params).all()
        views = [self._view(r, today) for r in rows]
        if overdue_only:
            views = [v for v in views if v.overdue]
        return views

    def get(self, case_id: int, today: date | None = None) -> BadRatingCaseView:
        self.require(RECORDS_READ, "bad_rating.get")
        with self.ctx.connect() as conn:
            row = conn.execute(text(_LIST_SQL + " WHERE c.id = :id"), {"id": case_id}).first()
        if row is None:
            raise DomainError("record.not_found", id=case_id)
        return self._view(row, today or date.today())

    def overdue(self, today: date | None = None) -> list[BadRatingCaseView]:
        """Cases past a deadline: not verified by verify_due, or (staff fault) not rectified by rectify_due."""
        return self.list(overdue_only=True, today=today)

    @staticmethod
    def _view(r, today: date) -> BadRatingCaseView:
        verify_due, rectify_due = _d(r.verify_due), _d(r.rectify_due)
        verified_on, rectified_on = _d(r.verified_on), _d(r.rectified_on)
        return BadRatingCaseView(
            id=r.id, rating_id=r.rating_id, rating_key=r.rating_key, rated_at=_dt(r.rated_at), channel=r.channel,
            window_number=r.window_number, staff_id=r.staff_id, staff_name=r.staff_name,
            service_item=r.service_item, comment=r.comment, level=r.level, excluded=bool(r.excluded),
            opened_on=_d(r.opened_on), verify_due=verify_due, rectify_due=rectify_due, verified_on=verified_on,
            verified_by=r.verified_by, finding=r.finding, finding_note=r.finding_note, rectified_on=rectified_on,
            rectification=r.rectification, callback_on=_d(r.callback_on), callback_note=r.callback_note,
            appeal_on=_d(r.appeal_on), appeal_reason=r.appeal_reason, appeal_outcome=r.appeal_outcome,
            status=r.status,
            overdue=overdue_kinds(verify_due, rectify_due, verified_on, r.finding, rectified_on, r.status, today),
        )

    # --- steps --------------------------------------------------------------------------------

    def verify(self, case_id: int, finding: str, note: str = "", on: date | None = None) -> None:
        """Record the verification. 'malicious' excludes the rating from scoring."""
        self.require(EVALUATION_WRITE, "bad_rating.verify", str(case_id))
        note = (note or "").strip()
        errors = []
        if finding not in FINDING:
            errors.append(DomainError("choice", "finding", value=finding or "",
                                      allowed=[c.zh for c in FINDING.choices]))
        elif finding != "staff_fault" and not note:
            errors.append(DomainError("bad_rating.note_required", "note"))
        errors += self._text_errors("note", note)
        if on is None:
            errors.append(DomainError("required", "on"))
        if errors:
            raise ValidationError(errors)
        with self.ctx.transaction() as s:
            case, rating = self._load(s, case_id)
            self._check_status(case, "open")
            self._check_after(on, _d(rating.rated_at), "on")
            before = snapshot(case)
            case.verified_on, case.verified_by = on, self.ctx.actor.username
            case.finding, case.finding_note = finding, note
            case.status = "verified"
            detail = ""
            if finding == "malicious":
                rating.excluded = True
                detail = "rating excluded from scoring"
            self._maybe_close(case)
            s.flush()
            self.audit(s, "bad_rating.verify", case, before=before, label=self._label(rating), detail=detail)

    def rectify(self, case_id: int, rectification: str, on: date | None = None) -> None:
        """Record what was fixed (staff-fault cases)."""
        self.require(EVALUATION_WRITE, "bad_rating.rectify", str(case_id))
        rectification = self._step_input("rectification", rectification, on)
        with self.ctx.transaction() as s:
            case, rating = self._load(s, case_id)
            self._check_status(case, "verified")
            if case.finding != "staff_fault":
                raise DomainError("bad_rating.no_rectification", "rectification",
                                  finding=FINDING.label(case.finding))
            self._check_after(on, case.verified_on, "on")
            before = snapshot(case)
            case.rectified_on, case.rectification = on, rectification
            case.status = "rectified"
            self._maybe_close(case)
            s.flush()
            self.audit(s, "bad_rating.rectify", case, before=before, label=self._label(rating))

    def callback(self, case_id: int, note: str, on: date | None = None) -> None:
        """Record the call back to the citizen; the case closes once nothing else is missing."""
        self.require(EVALUATION_WRITE, "bad_rating.callback", str(case_id))
        note = self._step_input("note", note, on)
        with self.ctx.transaction() as s:
            case, rating = self._load(s, case_id)
            if case.status == "closed":
                raise DomainError("bad_rating.wrong_status", status=CASE_STATUS.label(case.status))
            self._check_after(on, _d(rating.rated_at), "on")
            before = snapshot(case)
            case.callback_on, case.callback_note = on, note
            self._maybe_close(case)
            s.flush()
            self.audit(s, "bad_rating.callback", case, before=before, label=self._label(rating))

    def appeal(self, case_id: int, reason: str, on: date | None = None) -> None:
        """The staff member appeals a staff-fault finding (recorded by the clerk)."""
        self.require(EVALUATION_WRITE, "bad_rating.appeal", str(case_id))
        reason = self._step_input("reason", reason, on)
        with self.ctx.transaction() as s:
            case, rating = self._load(s, case_id)
            if case.verified_on is None or case.finding != "staff_fault":
                raise DomainError("bad_rating.appeal_not_possible")
            if case.appeal_on is not None:
                raise DomainError("bad_rating.appeal_exists", on=case.appeal_on.isoformat())
            self._check_after(on, case.verified_on, "on")
            before = snapshot(case)
            case.appeal_on, case.appeal_reason, case.appeal_outcome = on, reason, ""
            s.flush()
            self.audit(s, "bad_rating.appeal", case, before=before, label=self._label(rating))

    def decide_appeal(self, case_id: int, outcome: str, on: date | None = None) -> None:
        """The leader decides: 'upheld' (the rating counts) or 'overturned' (excluded, not the staff's fault)."""
        self.require(APPROVE, "bad_rating.decide_appeal", str(case_id))
        errors = []
        if outcome not in ("upheld", "overturned"):
            errors.append(DomainError("choice", "outcome", value=outcome or "",
                                      allowed=[APPEAL_OUTCOME.label("upheld"), APPEAL_OUTCOME.label("overturned")]))
        if on is None:
            errors.append(DomainError("required", "on"))
        if errors:
            raise ValidationError(errors)
        with self.ctx.transaction() as s:
            case, rating = self._load(s, case_id)
            if case.appeal_on is None:
                raise DomainError("bad_rating.no_appeal")
            if case.appeal_outcome:
                raise DomainError("bad_rating.appeal_decided", outcome=APPEAL_OUTCOME.label(case.appeal_outcome))
            self._check_after(on, case.appeal_on, "on")
            before = snapshot(case)
            case.appeal_outcome = outcome
            detail = ""
            if outcome == "overturned":
                rating.excluded = True
                case.finding = "not_staff_fault"
                detail = "rating excluded from scoring"
            self._maybe_close(case)
            s.flush()
            self.audit(s, "bad_rating.decide_appeal", case, before=before, label=self._label(rating),
                       detail=detail)

    # --- internals ----------------------------------------------------------------------------

    @staticmethod
    def _load(s, case_id: int) -> tuple[BadRatingCase, Rating]:
        case = get_or_fail(s, BadRatingCase, case_id)
        return case, s.get(Rating, case.rating_id)

    @staticmethod
    def _check_status(case: BadRatingCase, *allowed: str) -> None:
        if case.status not in allowed:
            raise DomainError("bad_rating.wrong_status", status=CASE_STATUS.label(case.status))

    @staticmethod
    def _check_after(on: date, earliest: date | None, field: str) -> None:
        if earliest is not None and on < earliest:
            raise DomainError("bad_rating.date_before", field, date=earliest.isoformat())

    @classmethod
    def _step_input(cls, field: str, value: str, on: date | None, *, required: bool = True) -> str:
        """The text and date every case step takes: checked together, one ValidationError."""
        value = (value or "").strip()
        errors = [DomainError("required", field)] if required and not value else []
        errors += cls._text_errors(field, value)
        if on is None:
            errors.append(DomainError("required", "on"))
        if errors:
            raise ValidationError(errors)
        return value

    @staticmethod
    def _text_errors(field: str, value: str) -> list[DomainError]:
        return [DomainError("too_long", field, max=TEXT_MAX)] if len(value) > TEXT_MAX else []

    @staticmethod
    def _maybe_close(case: BadRatingCase) -> None:
        """Closed once verified, rectified when the staff was at fault, and called back."""
        if case.verified_on is None or case.callback_on is None:
            return
        if case.finding == "staff_fault" and case.rectified_on is None:
            return
        case.status = "closed"

    @staticmethod
    def _label(rating: Rating) -> str:
        return f"{rating.rating_key} {rating.staff_name} {rating.window_number}".strip()

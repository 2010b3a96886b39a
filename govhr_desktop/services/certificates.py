"""Certificates and the 行政办事员 skill level (DOMAIN.md §7).

A certificate (行政办事员 skill certificate, 消防安全, 手语服务 …) has a number unique across the
center, an issuer, an issue date and an optional expiry; those expiring within
``CERTIFICATE_WARNING_DAYS`` are flagged on the home page (``services.attention``).

The skill level (national occupational standard 行政办事员（政务服务综合窗口办事员）, 3-01-01-01,
levels '5' lowest … '1' highest) is kept as a history in ``skill_level_record``;
``staff.skill_level`` caches the level of the latest award (latest ``awarded_on``, then latest
entry) and is recomputed after every change to the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from govhr_desktop.domain import vocab
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import RECORDS_READ, TRAINING_WRITE
from govhr_desktop.domain.training import CERTIFICATE_WARNING_DAYS
from govhr_desktop.persistence.models import HomeUnit, Staff, Window
from govhr_desktop.persistence.models_training import Certificate, SkillLevelRecord, TrainingCourse
from govhr_desktop.services.attention import CERTIFICATE_EXPIRED_SHOWN_DAYS
from govhr_desktop.services.audit import snapshot
from govhr_desktop.services.base import Service, get_or_fail
from govhr_desktop.services.leave import StaffChoice

NAME_MAX = 60
NUMBER_MAX = 40
ISSUER_MAX = 60
REMARKS_MAX = 500
#: Certificates that expired up to this many days ago are still listed by ``expiring`` (as on the home page).
EXPIRED_SHOWN_DAYS = CERTIFICATE_EXPIRED_SHOWN_DAYS


@dataclass(frozen=True)
class CertificateView:
    id: int
    staff_id: int
    staff_name: str
    home_unit_name: str
    window_number: str
    at_center: bool
    name: str
    number: str
    issuer: str
    issued_on: date
    expires_on: date | None
    course_id: int | None
    remarks: str
    days_left: int | None  # days from "today" to the expiry (negative once expired; None = never expires)

    @property
    def expired(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    def expiring(self, days: int = CERTIFICATE_WARNING_DAYS) -> bool:
        """Expires within ``days`` (not yet expired)."""
        return self.days_left is not None and 0 <= self.days_left <= days


@dataclass(frozen=True)
class CertificateInput:
    staff_id: int | None
    name: str
    number: str
    issuer: str
    issued_on: date | None
    expires_on: date | None = None
    course_id: int | None = None
    remarks: str = ""


@dataclass(frozen=True)
class SkillLevelView:
    id: int
    staff_id: int
    level: str
    level_name: str
    certificate_number: str
    issuer: str
    awarded_on: date
    recorded_by: str
    current: bool  # the latest award: the level staff.skill_level shows


def _text(value: str | None) -> str:
    return (value or "").strip()


class CertificateService(Service):
    # --- reading ------------------------------------------------------------------------------

    @staticmethod
    def _query():
        return (
            select(Certificate, Staff.name, HomeUnit.short_name, Window.number, Staff.status)
            .join(Staff, Staff.id == Certificate.staff_id)
            .join(HomeUnit, HomeUnit.id == Staff.home_unit_id)
            .outerjoin(Window, Window.id == Staff.window_id)
        )

    @staticmethod
    def _view(row, today: date) -> CertificateView:
        c, name, unit, window, status = row
        days = (c.expires_on - today).days if c.expires_on is not None else None
        return CertificateView(c.id, c.staff_id, name, unit or "", window or "", status != "returned", c.name,
                               c.number, c.issuer, c.issued_on, c.expires_on, c.course_id, c.remarks or "", days)

    def certificates(self, staff_id: int | None = None, expiring_within: int | None = None, *,
                     today: date | None = None, include_returned: bool = False) -> list[CertificateView]:
        """Certificates, soonest expiry first (those that never expire last). ``expiring_within``
        keeps those that expire at the latest that many days after ``today`` (expired ones
        included). People who have returned to their home unit only with ``include_returned``
        or when asked for by ``staff_id``."""
        self.require(RECORDS_READ, "certificate.list")
        today = today or date.today()
        q = self._query()
        if staff_id is not None:
            q = q.where(Certificate.staff_id == staff_id)
        elif not include_returned:
            q = q.where(Staff.status != "returned")
        if expiring_within is not None:
            q = q.where(Certificate.expires_on.is_not(None),
                        Certificate.expires_on <= today + timedelta(days=expiring_within))
        q = q.order_by(Certificate.expires_on.is_(None), Certificate.expires_on, Staff.name, Certificate.id)
        with self.ctx.read() as s:
            return [self._view(r, today) for r in s.execute(q)]

    def certificate(self, certificate_id: int, *, today: date | None = None) -> CertificateView:
        self.require(RECORDS_READ, "certificate.get")
        with self.ctx.read() as s:
            row = s.execute(self._query().where(Certificate.id == certificate_id)).first()
            if row is None:
                raise DomainError("record.not_found", id=certificate_id)
            return self._view(row, today or date.today())

    def expiring(self, today: date | None = None, days: int = CERTIFICATE_WARNING_DAYS) -> list[CertificateView]:
        """Certificates of people at the center that expire within ``days`` of ``today``, and
        those that expired during the last ``EXPIRED_SHOWN_DAYS`` days (``expired`` True);
        soonest first. One range on ix_certificate_expires."""
        self.require(RECORDS_READ, "certificate.list")
        today = today or date.today()
        q = self._query().where(
            Certificate.expires_on >= today - timedelta(days=EXPIRED_SHOWN_DAYS),
            Certificate.expires_on <= today + timedelta(days=days),
            Staff.status != "returned",
        ).order_by(Certificate.expires_on, Staff.name, Certificate.id)
        with self.ctx.read() as s:
            return [self._view(r, today) for r in s.execute(q)]

    def staff_choices(self) -> list[StaffChoice]:
        """People at the center (the only ones certificates and skill levels are recorded for)."""
        self.require(RECORDS_READ, "staff.list")
        q = (
            select(Staff.id, Staff.name, HomeUnit.short_name, Window.number, Staff.post)
            .join(HomeUnit, HomeUnit.id == Staff.home_unit_id)
            .outerjoin(Window, Window.id == Staff.window_id)
            .where(Staff.status != "returned")
            .order_by(HomeUnit.sort_order, Staff.name)
        )
        with self.ctx.read() as s:
            return [StaffChoice(i, n, u or "", w or "", p or "") for i, n, u, w, p in s.execute(q)]

    def skill_history(self, staff_id: int) -> list[SkillLevelView]:
        """One person's skill-level awards, latest first (the first one is the current level)."""
        self.require(RECORDS_READ, "skill_level.list")
        q = (select(SkillLevelRecord).where(SkillLevelRecord.staff_id == staff_id)
             .order_by(SkillLevelRecord.awarded_on.desc(), SkillLevelRecord.id.desc()))
        with self.ctx.read() as s:
            rows = list(s.scalars(q))
            return [
                SkillLevelView(r.id, r.staff_id, r.level, vocab.SKILL_LEVEL.label(r.level), r.certificate_number or "",
                               r.issuer or "", r.awarded_on, r.recorded_by or "", i == 0)
                for i, r in enumerate(rows)
            ]

    # --- checking -----------------------------------------------------------------------------

    @staticmethod
    def _check_person(s, staff_id: int) -> Staff:
        person = get_or_fail(s, Staff, staff_id)
        if person.status == "returned":
            raise DomainError("certificate.staff_returned", "staff_id", name=person.name)
        return person

    @staticmethod
    def _validate(data: CertificateInput, today: date) -> CertificateInput:
        errors: list[DomainError] = []
        name, number, issuer, remarks = _text(data.name), _text(data.number), _text(data.issuer), _text(data.remarks)
        if data.staff_id is None:
            errors.append(DomainError("required", "staff_id"))
        for value, fld, limit in ((name, "certificate_name", NAME_MAX), (number, "certificate_number", NUMBER_MAX),
                                  (issuer, "issuer", ISSUER_MAX)):
            if not value:
                errors.append(DomainError("required", fld))
            elif len(value) > limit:
                errors.append(DomainError("too_long", fld, max=limit))
        if len(remarks) > REMARKS_MAX:
            errors.append(DomainError("too_long", "certificate_remarks", max=REMARKS_MAX))
        if data.issued_on is None:
            errors.append(DomainError("required", "issued_on"))
        elif data.issued_on > today:
            errors.append(DomainError("date.future", "issued_on"))
        elif data.expires_on is not None and data.expires_on <= data.issued_on:
            errors.append(DomainError("certificate.expiry_before_issue", "expires_on",
                                      issued=data.issued_on.isoformat()))
        if errors:
            raise ValidationError(errors)
        return CertificateInput(data.staff_id, name, number, issuer, data.issued_on, data.expires_on,
                                data.course_id, remarks)

    @staticmethod
    def _check_number(s, number: str, certificate_id: int | None) -> None:
        q = (select(Certificate.name, Staff.name).join(Staff, Staff.id == Certificate.staff_id)
             .where(Certificate.number == number))
        if certificate_id is not None:
            q = q.where(Certificate.id != certificate_id)
        held = s.execute(q).first()
        if held is not None:
            raise DomainError("certificate.duplicate_number", "certificate_number", value=number,
                              name=held[1], certificate=held[0])

    @staticmethod
    def _label(c: Certificate, person_name: str) -> str:
        return f"{person_name} {c.name} {c.number}"

    # --- writing certificates -----------------------------------------------------------------

    def save_certificate(self, data: CertificateInput, certificate_id: int | None = None, *,
                         today: date | None = None) -> int:
        """Add (``certificate_id`` None) or correct a certificate; all checks before any write."""
        self.require(TRAINING_WRITE, "certificate.save")
        data = self._validate(data, today or date.today())
        with self.ctx.transaction() as s:
            person = self._check_person(s, data.staff_id)
            if data.course_id is not None:
                get_or_fail(s, TrainingCourse, data.course_id)
            self._check_number(s, data.number, certificate_id)
            if certificate_id is None:
                c, before = Certificate(staff_id=data.staff_id), None
                s.add(c)
            else:
                c = get_or_fail(s, Certificate, certificate_id)
                before = snapshot(c)
            c.staff_id, c.name, c.number, c.issuer = data.staff_id, data.name, data.number, data.issuer
            c.issued_on, c.expires_on, c.course_id, c.remarks = data.issued_on, data.expires_on, data.course_id, \
                data.remarks
            try:
                s.flush()
            except IntegrityError:  # another user saved the same number meanwhile
                s.rollback()
                self._check_number(s, data.number, certificate_id)
                raise
            self.audit(s, "certificate.save", c, before=before, label=self._label(c, person.name))
            return c.id

    def delete_certificate(self, certificate_id: int) -> None:
        """Remove a certificate entered by mistake; the audit trail keeps what it said."""
        self.require(TRAINING_WRITE, "certificate.delete")
        with self.ctx.transaction() as s:
            c = get_or_fail(s, Certificate, certificate_id)
            person = s.get(Staff, c.staff_id)
            before, label = snapshot(c), self._label(c, person.name if person else "")
            s.delete(c)
            s.flush()
            self.audit(s, "certificate.delete", None, before=before, label=label, record_type="certificate",
                       record_id=certificate_id)

    # --- writing skill levels -----------------------------------------------------------------

    @staticmethod
    def _refresh_cache(s, person: Staff) -> tuple[str | None, str | None]:
        """Set staff.skill_level to the level of the latest award (None without any award);
        (old, new)."""
        s.flush()
        latest = s.scalars(
            select(SkillLevelRecord.level).where(SkillLevelRecord.staff_id == person.id)
            .order_by(SkillLevelRecord.awarded_on.desc(), SkillLevelRecord.id.desc()).limit(1)
        ).first()
        old = person.skill_level
        person.skill_level = latest
        return old, latest

    def record_skill_level(self, staff_id: int | None, level: str | None, certificate_number: str = "",
                           issuer: str = "", awarded_on: date | None = None, *, today: date | None = None) -> int:
        """Append an award to the person's history and update the cached current level."""
        self.require(TRAINING_WRITE, "skill_level.record")
        today = today or date.today()
        number, issuer = _text(certificate_number), _text(issuer)
        errors: list[DomainError] = []
        if staff_id is None:
            errors.append(DomainError("required", "staff_id"))
        if not level:
            errors.append(DomainError("required", "skill_level"))
        elif level not in vocab.SKILL_LEVEL:
            errors.append(DomainError("choice", "skill_level", value=level,
                                      allowed=[c.zh for c in vocab.SKILL_LEVEL.choices]))
        if len(number) > NUMBER_MAX:
            errors.append(DomainError("too_long", "certificate_number", max=NUMBER_MAX))
        if len(issuer) > ISSUER_MAX:
            errors.append(DomainError("too_long", "issuer", max=ISSUER_MAX))
        if awarded_on is None:
            errors.append(DomainError("required", "awarded_on"))
        elif awarded_on > today:
            errors.append(DomainError("date.future", "awarded_on"))
        if errors:
            raise ValidationError(errors)
        with self.ctx.transaction() as s:
            person = self._check_person(s, staff_id)
            same = s.scalars(select(SkillLevelRecord.id).where(
                SkillLevelRecord.staff_id == staff_id, SkillLevelRecord.level == level,
                SkillLevelRecord.awarded_on == awarded_on)).first()
            if same is not None:
                raise DomainError("skill_level.duplicate", "awarded_on", name=person.name,
                                  level=vocab.SKILL_LEVEL.label(level), date=awarded_on.isoformat())
            r = SkillLevelRecord(staff_id=staff_id, level=level, certificate_number=number, issuer=issuer,
                                 awarded_on=awarded_on, recorded_by=self.ctx.actor.username)
            s.add(r)
            old, new = self._refresh_cache(s, person)
            self.audit(s, "skill_level.record", r,
                       label=f"{person.name} {vocab.SKILL_LEVEL.label(level)} {awarded_on.isoformat()}",
                       detail=f"staff.skill_level: {old or '—'} → {new or '—'}")
            return r.id

    def delete_skill_level(self, record_id: int) -> None:
        """Remove an award entered by mistake; the cached current level is recomputed."""
        self.require(TRAINING_WRITE, "skill_level.delete")
        with self.ctx.transaction() as s:
            r = get_or_fail(s, SkillLevelRecord, record_id)
            person = get_or_fail(s, Staff, r.staff_id)
            before = snapshot(r)
            label = f"{person.name} {vocab.SKILL_LEVEL.label(r.level)} {r.awarded_on.isoformat()}"
            s.delete(r)
            old, new = self._refresh_cache(s, person)
            self.audit(s, "skill_level.delete", None, before=before, label=label, record_type="skill_level_record",
                       record_id=record_id, detail=f"staff.skill_level: {old or '—'} → {new or '—'}")

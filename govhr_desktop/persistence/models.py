"""Typed SQLAlchemy 2.0 mappings. Every change here needs an Alembic revision (a test checks)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Center(Base):
    """The service center itself: exactly one row, id 1."""

    __tablename__ = "center"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    short_name: Mapped[str] = mapped_column(String(10))
    address: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    postcode: Mapped[str] = mapped_column(String(6), default="")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class CenterLeader(Base):
    __tablename__ = "center_leader"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(20), default="")
    is_duty_leader: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class HomeUnit(Base):
    __tablename__ = "home_unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(60), unique=True)
    short_name: Mapped[str] = mapped_column(String(20), unique=True)
    contact_person: Mapped[str] = mapped_column(String(40), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    supervising_leader: Mapped[str] = mapped_column(String(40), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Zone(Base):
    __tablename__ = "zone"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    floor: Mapped[str] = mapped_column(String(10), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Window(Base):
    __tablename__ = "service_window"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id", ondelete="RESTRICT"))
    window_type: Mapped[str] = mapped_column(String(20))
    home_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("home_unit.id", ondelete="RESTRICT"), nullable=True
    )
    active_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    active_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    remarks: Mapped[str] = mapped_column(Text, default="")

    zone: Mapped[Zone] = relationship()
    home_unit: Mapped[HomeUnit | None] = relationship()

    __table_args__ = (
        CheckConstraint(
            "window_type IN ('comprehensive','department','consult','assist','delivery')",
            name="window_type",
        ),
    )


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    gender: Mapped[str] = mapped_column(String(1))
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    birth_date: Mapped[date] = mapped_column(Date)
    mobile: Mapped[str] = mapped_column(String(11), default="")
    political_status: Mapped[str] = mapped_column(String(20), default="masses")
    education: Mapped[str] = mapped_column(String(20), default="")
    employment_type: Mapped[str] = mapped_column(String(30))
    home_unit_id: Mapped[int] = mapped_column(ForeignKey("home_unit.id", ondelete="RESTRICT"))
    joined_center_on: Mapped[date] = mapped_column(Date)
    window_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_window.id", ondelete="SET NULL"), nullable=True
    )
    post: Mapped[str | None] = mapped_column(String(1), nullable=True)
    skill_level: Mapped[str | None] = mapped_column(String(1), nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="on_duty")
    left_center_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    remarks: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    home_unit: Mapped[HomeUnit] = relationship(foreign_keys=[home_unit_id])
    window: Mapped[Window | None] = relationship()

    __table_args__ = (
        CheckConstraint("gender IN ('M','F')", name="gender"),
        CheckConstraint("post IS NULL OR post IN ('A','B')", name="post"),
        CheckConstraint(
            "status IN ('on_duty','on_leave','seconded','returned')", name="status"
        ),
        Index("ix_staff_home_unit", "home_unit_id"),
        Index("ix_staff_window", "window_id"),
    )


class ChiefRepresentative(Base):
    """首席代表 appointments of a home unit, dated; the open one (end_on NULL) is current."""

    __tablename__ = "chief_representative"
    id: Mapped[int] = mapped_column(primary_key=True)
    home_unit_id: Mapped[int] = mapped_column(ForeignKey("home_unit.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (Index("ix_chief_representative_unit", "home_unit_id", "end_on"),)


class UserAccount(Base):
    """A named login (等保: unique accounts). Passwords are stored only as scrypt hashes."""

    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(40), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    password_changed_at: Mapped[datetime] = mapped_column(DateTime)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    __table_args__ = (
        CheckConstraint(
            "role IN ('admin','personnel','window_clerk','leader','auditor')", name="role"
        ),
    )


class AuditEntry(Base):
    """Append-only audit trail; ``entry_hash`` chains each entry to the one before it.

    Triggers (see migration 0002) refuse UPDATE and DELETE through the program's own
    connections; the hash chain exposes edits made with other tools.
    """

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String(32))  # ISO time with microseconds, local time
    username: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40))
    record_type: Mapped[str] = mapped_column(String(40), default="")
    record_id: Mapped[str] = mapped_column(String(40), default="")
    record_label: Mapped[str] = mapped_column(String(120), default="")
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(String(20), default="ok")
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)

    __table_args__ = (
        Index("ix_audit_entry_at", "at"),
        Index("ix_audit_entry_user", "username"),
    )


class AuditHead(Base):
    """The newest audit entry's hash, kept apart: cutting entries off the end breaks the match."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(primary_key=True)
    entry_hash: Mapped[str] = mapped_column(String(64))


class AppSetting(Base):
    """Business and security settings edited in the program (thresholds, retention...)."""

    __tablename__ = "app_setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- personnel flow (issue 4) -------------------------------------------------------------------


class Assignment(Base):
    """Who sits at which window, as A or B post, from when to when (dated history, never
    overwritten). ``staff.window_id``/``staff.post`` cache the person's current main post."""

    __tablename__ = "assignment"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    window_id: Mapped[int] = mapped_column(ForeignKey("service_window.id", ondelete="RESTRICT"))
    post: Mapped[str] = mapped_column(String(1))
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # last day at the window
    end_reason: Mapped[str] = mapped_column(String(20), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("post IN ('A','B')", name="post"),
        CheckConstraint("end_on IS NULL OR end_on >= start_on", name="dates"),
        Index("ix_assignment_staff", "staff_id", "start_on"),
        Index("ix_assignment_window", "window_id", "start_on"),
    )


class Vetting(Base):
    """考察: a person a home unit proposes, assessed before the center accepts them."""

    __tablename__ = "vetting"
    id: Mapped[int] = mapped_column(primary_key=True)
    home_unit_id: Mapped[int] = mapped_column(ForeignKey("home_unit.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(20))
    id_number: Mapped[str] = mapped_column(String(18))
    mobile: Mapped[str] = mapped_column(String(11), default="")
    employment_type: Mapped[str] = mapped_column(String(30))
    political_status: Mapped[str] = mapped_column(String(20), default="masses")
    education: Mapped[str] = mapped_column(String(20), default="")
    proposed_on: Mapped[date] = mapped_column(Date)
    intended_window_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_window.id", ondelete="SET NULL"), nullable=True
    )
    political_quality: Mapped[str] = mapped_column(Text, default="")
    business_ability: Mapped[str] = mapped_column(Text, default="")
    physical_condition: Mapped[str] = mapped_column(Text, default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(String(10), default="pending")
    decided_by: Mapped[str] = mapped_column(String(40), default="")
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"), nullable=True)
    transfer_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("transfer_request.id", ondelete="SET NULL"), nullable=True
    )

    __table_args__ = (CheckConstraint("decision IN ('pending','accepted','refused')", name="decision"),)


class TransferRequest(Base):
    """A home unit's request to replace or withdraw someone, or the center's request to a
    home unit to replace someone; decided by the center."""

    __tablename__ = "transfer_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # replace / withdraw / center_asks
    home_unit_id: Mapped[int] = mapped_column(ForeignKey("home_unit.id", ondelete="RESTRICT"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    filed_on: Mapped[date] = mapped_column(Date)
    requested_on: Mapped[date] = mapped_column(Date)  # the day the person would leave
    reason: Mapped[str] = mapped_column(Text, default="")
    early_reason: Mapped[str] = mapped_column(Text, default="")  # required before 2 years at the center
    replacement_name: Mapped[str] = mapped_column(String(40), default="")
    decision: Mapped[str] = mapped_column(String(10), default="pending")
    decided_by: Mapped[str] = mapped_column(String(40), default="")
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(40), default="")

    __table_args__ = (
        CheckConstraint("kind IN ('replace','withdraw','center_asks')", name="kind"),
        CheckConstraint("decision IN ('pending','agreed','refused')", name="decision"),
    )


class CalendarDay(Base):
    """A day that breaks the Monday-to-Friday rule: a statutory holiday on a weekday, or an
    official make-up working day (调休上班) on a weekend."""

    __tablename__ = "calendar_day"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # holiday / workday
    name: Mapped[str] = mapped_column(String(40), default="")

    __table_args__ = (CheckConstraint("kind IN ('holiday','workday')", name="kind"),)


class LeaveRequest(Base):
    """请销假: home unit signs first (recorded, they do not use the program), then the center."""

    __tablename__ = "leave_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    leave_type: Mapped[str] = mapped_column(String(20))
    start_on: Mapped[date] = mapped_column(Date)
    start_half: Mapped[str] = mapped_column(String(2), default="am")  # am: the whole first day; pm: from noon
    end_on: Mapped[date] = mapped_column(Date)
    end_half: Mapped[str] = mapped_column(String(2), default="pm")  # pm: the whole last day; am: until noon
    working_days: Mapped[float] = mapped_column(default=0)
    reason: Mapped[str] = mapped_column(Text, default="")  # health data for sick leave: restricted
    status: Mapped[str] = mapped_column(String(20), default="filed")
    created_by: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    unit_signed_by: Mapped[str] = mapped_column(String(40), default="")
    unit_signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    center_approved_by: Mapped[str] = mapped_column(String(40), default="")
    center_approved_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    handover_to_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"), nullable=True)
    substitute_name: Mapped[str] = mapped_column(String(40), default="")  # sent by the home unit
    handover_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    returned_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (
        CheckConstraint(
            "status IN ('filed','unit_signed','approved','refused','cancelled','returned')", name="status"
        ),
        CheckConstraint("start_half IN ('am','pm') AND end_half IN ('am','pm')", name="halves"),
        CheckConstraint("end_on >= start_on", name="dates"),
        Index("ix_leave_request_staff", "staff_id", "start_on"),
    )


# --- evaluations (issue 5) ------------------------------------------------------------------------


class EvaluationTemplate(Base):
    """A scoring template version (items, weights, caps, bands, quota) as JSON; never edited
    after an evaluation used it — a change makes a new version."""

    __tablename__ = "evaluation_template"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    definition: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    created_by: Mapped[str] = mapped_column(String(40), default="")

    __table_args__ = (Index("ix_evaluation_template_name", "name", "version", unique=True),)


class RegisterEntry(Base):
    """Daily registers: discipline and service events, case handling, commendations, complaints."""

    __tablename__ = "register_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    item_code: Mapped[str] = mapped_column(String(30))
    occurred_on: Mapped[date] = mapped_column(Date)
    occurred_time: Mapped[str] = mapped_column(String(5), default="")  # HH:MM, optional
    quantity: Mapped[float] = mapped_column(default=1)
    source: Mapped[str] = mapped_column(String(40), default="")  # e.g. 考勤机, 巡查, 12345, 来信
    content: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    verification: Mapped[str] = mapped_column(String(10), default="verified")  # pending / verified / rejected
    created_by: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    __table_args__ = (
        CheckConstraint("verification IN ('pending','verified','rejected')", name="verification"),
        CheckConstraint("quantity > 0", name="quantity"),
        Index("ix_register_entry_staff", "staff_id", "occurred_on"),
    )


class RatingImport(Base):
    """One import of the provincial 好差评 export."""

    __tablename__ = "rating_import"
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(60))
    file_name: Mapped[str] = mapped_column(String(260))
    imported_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    imported_by: Mapped[str] = mapped_column(String(40), default="")
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    rows_added: Mapped[int] = mapped_column(Integer, default=0)
    rows_duplicate: Mapped[int] = mapped_column(Integer, default=0)
    rows_error: Mapped[int] = mapped_column(Integer, default=0)


class RatingMapping(Base):
    """The column mapping remembered per source system / export layout."""

    __tablename__ = "rating_mapping"
    source: Mapped[str] = mapped_column(String(60), primary_key=True)
    mapping: Mapped[str] = mapped_column(Text)


class Rating(Base):
    """A citizen rating (好差评, 国办发〔2019〕51号): one per transaction, level 1–5."""

    __tablename__ = "rating"
    id: Mapped[int] = mapped_column(primary_key=True)
    rating_key: Mapped[str] = mapped_column(String(64), unique=True)  # the provincial rating id
    channel: Mapped[str] = mapped_column(String(20), default="")
    service_item: Mapped[str] = mapped_column(String(120), default="")
    case_number: Mapped[str] = mapped_column(String(64), default="")
    department: Mapped[str] = mapped_column(String(60), default="")
    window_number: Mapped[str] = mapped_column(String(10), default="")
    window_id: Mapped[int | None] = mapped_column(ForeignKey("service_window.id", ondelete="SET NULL"), nullable=True)
    staff_name: Mapped[str] = mapped_column(String(20), default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"), nullable=True)
    rated_at: Mapped[datetime] = mapped_column(DateTime)
    level: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    import_id: Mapped[int | None] = mapped_column(ForeignKey("rating_import.id", ondelete="SET NULL"), nullable=True)
    excluded: Mapped[bool] = mapped_column(Boolean, default=False)  # overturned on appeal / malicious

    __table_args__ = (
        CheckConstraint("level BETWEEN 1 AND 5", name="level"),
        # one person's or one window's ratings; the time is filtered on the rows (a person has
        # a few thousand a year). Without rated_at the two rebuilds after a bulk import sort
        # single integers: 0.52 -> 0.37 s for 200,000 ratings (migration 0011).
        Index("ix_rating_staff", "staff_id"),
        Index("ix_rating_window", "window_id"),
        # covers the monthly 好评率 counts (home page trend, charts) without reading the table,
        # and serves every time range and the ratings list's newest-first order (migration 0007
        # dropped the single-column rated_at index it made redundant)
        Index("ix_rating_month", "rated_at", "excluded", "level"),
    )


class BadRatingCase(Base):
    """差评 handling: verification (1 working day), rectification (15), callback, appeal."""

    __tablename__ = "bad_rating_case"
    id: Mapped[int] = mapped_column(primary_key=True)
    rating_id: Mapped[int] = mapped_column(ForeignKey("rating.id", ondelete="CASCADE"), unique=True)
    opened_on: Mapped[date] = mapped_column(Date)
    verify_due: Mapped[date] = mapped_column(Date)
    rectify_due: Mapped[date] = mapped_column(Date)
    verified_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    verified_by: Mapped[str] = mapped_column(String(40), default="")
    finding: Mapped[str] = mapped_column(String(20), default="")  # staff_fault / not_staff_fault / malicious
    finding_note: Mapped[str] = mapped_column(Text, default="")
    rectified_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    rectification: Mapped[str] = mapped_column(Text, default="")
    callback_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    callback_note: Mapped[str] = mapped_column(Text, default="")
    appeal_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    appeal_reason: Mapped[str] = mapped_column(Text, default="")
    appeal_outcome: Mapped[str] = mapped_column(String(20), default="")  # upheld / overturned
    status: Mapped[str] = mapped_column(String(20), default="open")  # open / verified / rectified / closed

    __table_args__ = (
        CheckConstraint("status IN ('open','verified','rectified','closed')", name="status"),
        Index("ix_bad_rating_case_status", "status", "verify_due"),
    )


class EvaluationForm(Base):
    """A person's monthly evaluation form: automatic figures, manual adjustments, states."""

    __tablename__ = "evaluation_form"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    template_id: Mapped[int] = mapped_column(ForeignKey("evaluation_template.id", ondelete="RESTRICT"))
    state: Mapped[str] = mapped_column(String(20), default="draft")
    total: Mapped[float] = mapped_column(default=0)
    grade: Mapped[str] = mapped_column(String(10), default="")
    breakdown: Mapped[str] = mapped_column(Text, default="")  # JSON of the automatic figures
    good_rate: Mapped[float | None] = mapped_column(nullable=True)
    computed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    submitted_by: Mapped[str] = mapped_column(String(40), default="")
    reviewed_by: Mapped[str] = mapped_column(String(40), default="")
    published_by: Mapped[str] = mapped_column(String(40), default="")
    published_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    __table_args__ = (
        CheckConstraint("state IN ('draft','submitted','reviewed','published')", name="state"),
        Index("ix_evaluation_form_month", "month", "staff_id", unique=True),
    )


class EvaluationAdjustment(Base):
    """A manual change to an automatic score: always with a reason."""

    __tablename__ = "evaluation_adjustment"
    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("evaluation_form.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(20))
    points: Mapped[float] = mapped_column()
    reason: Mapped[str] = mapped_column(Text)
    #: '' = typed by a clerk; 'chief_share' = booked when the month's honours were confirmed
    origin: Mapped[str] = mapped_column(String(20), default="", server_default="")
    created_by: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    __table_args__ = (Index("ix_evaluation_adjustment_form", "form_id"),)


# the register of issued documents, the month's window items, honours and the annual assessment,
# and the training records live in their own modules; importing them here registers those tables
# on Base.metadata wherever the models are imported
from govhr_desktop.persistence.models_documents import (  # noqa: F401
    IssuedDocument,
    IssuedDocumentFile,
)
from govhr_desktop.persistence.models_honours import (  # noqa: F401
    AnnualResult,
    AnnualReview,
    HonourDecision,
    HonourMonth,
    WindowMonth,
)
from govhr_desktop.persistence.models_training import (  # noqa: F401
    Certificate,
    SkillLevelRecord,
    TrainingAttendance,
    TrainingCourse,
    TrainingEnrolment,
    TrainingSession,
)
from govhr_desktop.persistence.models_roster import (  # noqa: F401
    DutyLog,
    DutyPost,
    DutyPostSeasonTime,
    DutyPostWindow,
    JointDuty,
    LeaderDuty,
    RosterCell,
    RosterChange,
    RosterMonth,
    ServiceSeason,
)

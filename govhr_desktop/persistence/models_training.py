"""Training tables (DOMAIN.md §7): courses and their sessions, enrolment, sign-in with the hours
credited, test scores, certificates and the 行政办事员 skill-level history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from govhr_desktop.persistence.models import Base


class TrainingCourse(Base):
    """A course: what it teaches (category), who runs it, how, for how many hours, by whom,
    between which dates, its pass mark (None = no test), and what weak spots it is aimed at."""

    __tablename__ = "training_course"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(80))
    category: Mapped[str] = mapped_column(String(20))
    organiser: Mapped[str] = mapped_column(String(12))  # center / home_unit / external
    organiser_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("home_unit.id", ondelete="RESTRICT"), nullable=True)
    organiser_name: Mapped[str] = mapped_column(String(60), default="")  # external body
    form: Mapped[str] = mapped_column(String(12))  # centralised / distributed / online
    hours: Mapped[float] = mapped_column(Float)  # 学时 of the whole course
    trainer: Mapped[str] = mapped_column(String(40), default="")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    pass_mark: Mapped[float | None] = mapped_column(Float, nullable=True)
    targets: Mapped[str] = mapped_column(String(120), default="")  # comma-separated COURSE_TARGET codes
    description: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    __table_args__ = (
        CheckConstraint("organiser IN ('center','home_unit','external')", name="organiser"),
        CheckConstraint("form IN ('centralised','distributed','online')", name="form"),
        CheckConstraint("hours > 0", name="hours"),
        CheckConstraint("ends_on >= starts_on", name="dates"),
        CheckConstraint("organiser <> 'home_unit' OR organiser_unit_id IS NOT NULL", name="organiser_unit"),
        Index("ix_training_course_dates", "starts_on", "ends_on"),
    )


class TrainingSession(Base):
    """One sitting of a course: date, time, place, and the 学时 it credits to those present."""

    __tablename__ = "training_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("training_course.id", ondelete="CASCADE"))
    held_on: Mapped[date] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5))  # HH:MM
    end_time: Mapped[str] = mapped_column(String(5))  # HH:MM
    place: Mapped[str] = mapped_column(String(60), default="")
    hours: Mapped[float] = mapped_column(Float)  # 学时 credited for attending the whole session

    __table_args__ = (
        CheckConstraint("hours > 0", name="hours"),
        CheckConstraint("end_time > start_time", name="times"),
        Index("ix_training_session_course", "course_id", "held_on"),
    )


class TrainingEnrolment(Base):
    """A person enrolled on a course (how: by name, with a home unit, with windows, from the
    needs list, and why), and the test score once there is one."""

    __tablename__ = "training_enrolment"
    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("training_course.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(12), default="person")  # person / unit / windows / needs
    reason: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    enrolled_by: Mapped[str] = mapped_column(String(40), default="")
    enrolled_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    __table_args__ = (
        UniqueConstraint("course_id", "staff_id", name="course_staff"),
        CheckConstraint("source IN ('person','unit','windows','needs')", name="source"),
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 100)", name="score"),
        Index("ix_training_enrolment_staff", "staff_id"),
    )


class TrainingAttendance(Base):
    """Sign-in: a person (enrolled on the course) present at a session, and the hours credited
    (at most the session's hours: someone who left early gets fewer)."""

    __tablename__ = "training_attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    hours: Mapped[float] = mapped_column(Float)
    method: Mapped[str] = mapped_column(String(10), default="manual")  # manual / import
    recorded_by: Mapped[str] = mapped_column(String(40), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    __table_args__ = (
        UniqueConstraint("session_id", "staff_id", name="session_staff"),
        CheckConstraint("hours >= 0", name="hours"),
        Index("ix_training_attendance_staff", "staff_id"),
    )


class Certificate(Base):
    """A certificate a person holds (e.g. 行政办事员 skill certificate, 消防安全, 手语服务):
    its number (unique per issuer), issuer, issue date and expiry (None = does not expire)."""

    __tablename__ = "certificate"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(60))
    number: Mapped[str] = mapped_column(String(40))
    issuer: Mapped[str] = mapped_column(String(60))
    issued_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    course_id: Mapped[int | None] = mapped_column(
        ForeignKey("training_course.id", ondelete="SET NULL"), nullable=True)
    remarks: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("number", name="number"),
        CheckConstraint("expires_on IS NULL OR expires_on > issued_on", name="expiry"),
        Index("ix_certificate_staff", "staff_id"),
        Index("ix_certificate_expires", "expires_on"),
    )


class SkillLevelRecord(Base):
    """One step of a person's 行政办事员 skill-level history (``staff.skill_level`` caches the
    latest): level, certificate number, issuing body, date awarded."""

    __tablename__ = "skill_level_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    level: Mapped[str] = mapped_column(String(1))
    certificate_number: Mapped[str] = mapped_column(String(40), default="")
    issuer: Mapped[str] = mapped_column(String(60), default="")
    awarded_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(40), default="")

    __table_args__ = (
        CheckConstraint("level IN ('1','2','3','4','5')", name="level"),
        Index("ix_skill_level_record_staff", "staff_id", "awarded_on"),
    )

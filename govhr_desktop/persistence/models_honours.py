"""Tables of the month's window items and honours, and of the annual assessment (DOMAIN.md §6)."""

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
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from govhr_desktop.persistence.models import Base


class WindowMonth(Base):
    """Window-level items of a month (DOMAIN §6 window score): cases handled and handled on
    time, complaints against the window upheld, other window deductions (with a note)."""

    __tablename__ = "window_month"
    id: Mapped[int] = mapped_column(primary_key=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("service_window.id", ondelete="CASCADE"))
    month: Mapped[str] = mapped_column(String(7))
    cases_total: Mapped[int] = mapped_column(Integer, default=0)
    cases_on_time: Mapped[int] = mapped_column(Integer, default=0)
    complaints_upheld: Mapped[int] = mapped_column(Integer, default=0)
    deductions: Mapped[float] = mapped_column(default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(40), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    __table_args__ = (
        CheckConstraint("cases_total >= 0 AND cases_on_time >= 0 AND cases_on_time <= cases_total",
                        name="cases"),
        CheckConstraint("complaints_upheld >= 0 AND deductions >= 0", name="non_negative"),
        Index("ix_window_month_month", "month", "window_id", unique=True),
    )


class HonourMonth(Base):
    """The reviewer's confirmation of a month's 服务之星 and 流动红旗窗口."""

    __tablename__ = "honour_month"
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    confirmed_by: Mapped[str] = mapped_column(String(40), default="")
    confirmed_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    chief_charges: Mapped[int] = mapped_column(Integer, default=0)  # adjustments booked


class HonourDecision(Base):
    """One confirmed honour: a person (服务之星) or a window (流动红旗窗口) of a month."""

    __tablename__ = "honour_decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(ForeignKey("honour_month.month", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))  # star / red_flag
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), nullable=True)
    window_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_window.id", ondelete="CASCADE"), nullable=True)
    score: Mapped[float] = mapped_column(default=0)
    by_rule: Mapped[bool] = mapped_column(Boolean, default=True)  # False: the reviewer's choice
    reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("(kind = 'star' AND staff_id IS NOT NULL AND window_id IS NULL) OR "
                        "(kind = 'red_flag' AND window_id IS NOT NULL AND staff_id IS NULL)", name="subject"),
        Index("ix_honour_decision_month", "month", "kind"),
    )


class AnnualReview(Base):
    """The annual assessment of a year: 优秀 quota, publicity (公示) and confirmation."""

    __tablename__ = "annual_review"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    state: Mapped[str] = mapped_column(String(12), default="draft")  # draft / publicity / confirmed
    unit_status: Mapped[str] = mapped_column(String(20), default="normal")
    template_id: Mapped[int] = mapped_column(ForeignKey("evaluation_template.id", ondelete="RESTRICT"))
    assessed: Mapped[int] = mapped_column(Integer, default=0)
    places: Mapped[int] = mapped_column(Integer, default=0)
    publicity_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    publicity_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    drafted_by: Mapped[str] = mapped_column(String(40), default="")
    confirmed_by: Mapped[str] = mapped_column(String(40), default="")
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    __table_args__ = (CheckConstraint("state IN ('draft','publicity','confirmed')", name="state"),)


class AnnualResult(Base):
    """A person's result in the annual assessment (level code; NULL level = comment only)."""

    __tablename__ = "annual_result"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(ForeignKey("annual_review.year", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    months_present: Mapped[int] = mapped_column(Integer, default=0)
    average: Mapped[float | None] = mapped_column(nullable=True)
    rank: Mapped[int | None] = mapped_column(Integer, nullable=True)
    level: Mapped[str | None] = mapped_column(String(12), nullable=True)
    by_rule: Mapped[bool] = mapped_column(Boolean, default=True)  # False: moved by the reviewer
    reason: Mapped[str] = mapped_column(Text, default="")
    comment: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_annual_result_year", "year", "staff_id", unique=True),)

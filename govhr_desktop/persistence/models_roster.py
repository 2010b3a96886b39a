"""Duty tables (DOMAIN.md §5, issue 8): service seasons and duty posts, the month rosters with
their cells and change log, the duty-leader rota, joint duty and the daily duty log.

- ``service_season``: normal opening hours for a run of months (夏季作息 5–9月, 冬季作息 10–4月).
- ``duty_post``: a duty that needs people on the days it runs (午间值守, 延时服务, 周末不打烊,
  节假日值守), its default times, the windows (``duty_post_window``) or zone it covers; a post's
  times may differ by season (``duty_post_season_time``).
- ``roster_month``: one roster per month, ``draft`` or ``published``; ``roster_cell``: who holds
  one seat of one post on one day, ``locked`` when the clerk set it by hand (kept by generation).
- ``roster_change``: every change to a roster (generation, hand edits, swaps, publication), with
  who and when, and the reason that a change after publication must carry.
- ``leader_duty``: the center duty leader (带班领导) of a day; ``joint_duty``: a home unit's
  leader on duty at the center with them (共同值班); ``duty_log``: the day's 服务日志.
"""

from __future__ import annotations

from datetime import date, datetime, time

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
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from govhr_desktop.persistence.models import Base


class ServiceSeason(Base):
    """Normal opening hours from ``first_month`` to ``last_month`` (may wrap the year end)."""

    __tablename__ = "service_season"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20), unique=True)
    first_month: Mapped[int] = mapped_column(Integer)
    last_month: Mapped[int] = mapped_column(Integer)
    am_start: Mapped[time] = mapped_column(Time)
    am_end: Mapped[time] = mapped_column(Time)
    pm_start: Mapped[time] = mapped_column(Time)
    pm_end: Mapped[time] = mapped_column(Time)

    __table_args__ = (
        CheckConstraint("first_month BETWEEN 1 AND 12 AND last_month BETWEEN 1 AND 12", name="months"),
        CheckConstraint("am_start < am_end AND am_end <= pm_start AND pm_start < pm_end", name="hours"),
    )


class DutyPost(Base):
    """A duty post. ``runs_on``: comma-separated ``roster_rules.RUNS_ON`` values."""

    __tablename__ = "duty_post"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30), unique=True)
    duty_type: Mapped[str] = mapped_column(String(10))  # lunch / extended / weekend / holiday
    people_needed: Mapped[int] = mapped_column(Integer, default=1)
    runs_on: Mapped[str] = mapped_column(String(40), default="")
    start_time: Mapped[time | None] = mapped_column(Time, nullable=True)
    end_time: Mapped[time | None] = mapped_column(Time, nullable=True)
    zone_id: Mapped[int | None] = mapped_column(ForeignKey("zone.id", ondelete="RESTRICT"), nullable=True)
    comprehensive_staff: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("duty_type IN ('lunch','extended','weekend','holiday')", name="duty_type"),
        CheckConstraint("people_needed BETWEEN 1 AND 50", name="people_needed"),
        CheckConstraint("(start_time IS NULL) = (end_time IS NULL)", name="times_both"),
        CheckConstraint("start_time IS NULL OR start_time < end_time", name="times_order"),
    )


class DutyPostWindow(Base):
    """A window a post covers: its staff, its home unit's staff (and comprehensive staff) qualify."""

    __tablename__ = "duty_post_window"
    post_id: Mapped[int] = mapped_column(ForeignKey("duty_post.id", ondelete="CASCADE"), primary_key=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("service_window.id", ondelete="RESTRICT"), primary_key=True)


class DutyPostSeasonTime(Base):
    """A post's times in one season (e.g. 午间值守 12:00–14:30 in summer, 12:00–13:30 in winter)."""

    __tablename__ = "duty_post_season_time"
    post_id: Mapped[int] = mapped_column(ForeignKey("duty_post.id", ondelete="CASCADE"), primary_key=True)
    season_id: Mapped[int] = mapped_column(ForeignKey("service_season.id", ondelete="CASCADE"), primary_key=True)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)

    __table_args__ = (CheckConstraint("start_time < end_time", name="times_order"),)


class RosterMonth(Base):
    """The roster of one month. ``revision`` counts publications; ``unfilled`` keeps the last
    generation's explanations of the cells it could not fill (JSON)."""

    __tablename__ = "roster_month"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    generated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    generated_by: Mapped[str] = mapped_column(String(40), default="")
    published_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    published_by: Mapped[str] = mapped_column(String(40), default="")
    revision: Mapped[int] = mapped_column(Integer, default=0)
    unfilled: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("year", "month", name="uq_roster_month_year_month"),
        CheckConstraint("status IN ('draft','published')", name="status"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month"),
    )


class RosterCell(Base):
    """One seat of one post on one day, and who holds it."""

    __tablename__ = "roster_cell"
    id: Mapped[int] = mapped_column(primary_key=True)
    roster_id: Mapped[int] = mapped_column(ForeignKey("roster_month.id", ondelete="CASCADE"))
    post_id: Mapped[int] = mapped_column(ForeignKey("duty_post.id", ondelete="RESTRICT"))
    day: Mapped[date] = mapped_column(Date)
    seat: Mapped[int] = mapped_column(Integer, default=0)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    locked: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        UniqueConstraint("roster_id", "post_id", "day", "seat", name="uq_roster_cell_slot"),
        Index("ix_roster_cell_staff_day", "staff_id", "day"),
        Index("ix_roster_cell_day", "day"),
    )


class RosterChange(Base):
    """A change to a roster: ``kind`` generate / set / clear / lock / unlock / swap / publish."""

    __tablename__ = "roster_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    roster_id: Mapped[int] = mapped_column(ForeignKey("roster_month.id", ondelete="CASCADE"))
    changed_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    changed_by: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(10))
    after_publish: Mapped[bool] = mapped_column(Boolean, default=False)
    detail: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_roster_change_roster", "roster_id", "id"),)


class LeaderDuty(Base):
    """The center's duty leader (带班领导 / 值班长) of one day."""

    __tablename__ = "leader_duty"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    leader_id: Mapped[int] = mapped_column(ForeignKey("center_leader.id", ondelete="RESTRICT"))
    note: Mapped[str] = mapped_column(String(60), default="")


class JointDuty(Base):
    """共同值班: a home unit's leader on duty at the center, with the day's duty leader."""

    __tablename__ = "joint_duty"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    home_unit_id: Mapped[int] = mapped_column(ForeignKey("home_unit.id", ondelete="RESTRICT"))
    leader_name: Mapped[str] = mapped_column(String(20))
    leader_title: Mapped[str] = mapped_column(String(30), default="")
    note: Mapped[str] = mapped_column(String(60), default="")

    __table_args__ = (
        UniqueConstraint("day", "home_unit_id", name="uq_joint_duty_day_unit"),
        Index("ix_joint_duty_day", "day"),
    )


class DutyLog(Base):
    """服务日志 of one day: how the day went, incidents and how they were handled, handover."""

    __tablename__ = "duty_log"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("center_leader.id", ondelete="SET NULL"), nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    incidents: Mapped[str] = mapped_column(Text, default="")
    handover: Mapped[str] = mapped_column(Text, default="")
    written_by: Mapped[str] = mapped_column(String(40), default="")
    written_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

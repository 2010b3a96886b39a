"""The plain frozen dataclasses the commendation notice (``NoticeData``) and the feedback letters
(``LetterData``, one per home unit, with a ``PersonResult`` per person) are made of: what
``document_content.DocumentContentService`` gathers from the published results and
``documents.commendation`` / ``documents.feedback_letter`` lay out. No database access here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from govhr_desktop.domain.scoring_periods import average_of_present
from govhr_desktop.services.document_periods import Period

# --- the notice -------------------------------------------------------------------------------


@dataclass(frozen=True)
class StarEntry:
    month: str  # YYYY-MM
    staff_id: int
    name: str
    home_unit: str  # full name
    home_unit_short: str
    window_number: str  # '' without a window that month
    window_name: str
    score: float


@dataclass(frozen=True)
class RedFlagEntry:
    month: str
    window_id: int
    number: str
    name: str
    home_unit: str  # full name; '' for a window of the center itself (综合窗口)
    home_unit_short: str
    home_unit_id: int | None
    score: float


@dataclass(frozen=True)
class NoticeData:
    period: Period
    center_name: str
    center_short_name: str
    stars: tuple[StarEntry, ...]  # by month, then as confirmed (highest score first)
    red_flags: tuple[RedFlagEntry, ...]
    cc: tuple[str, ...]  # 抄送: home units' full names, in the center's order
    people: int  # people evaluated in the period
    windows: int  # windows with someone evaluated in the period


# --- the letters ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScoreItem:
    """One line of a person's deductions and bonuses. ``points`` is signed (−1 deducted, +2
    added); ``kind``: deduction, bonus, veto, adjustment, or cap (the part of a category's or
    the bonus's raw sum above its cap, given back or taken off)."""

    month: str
    kind: str
    name: str
    quantity: float
    unit: str
    points: float
    note: str = ""


@dataclass(frozen=True)
class RatingStats:
    counted: int = 0  # ratings that count (not excluded), as scored
    good: int = 0
    bad: int = 0  # 差评 received (levels 1–2), excluded ones included
    bad_excluded: int = 0  # of those, excluded (appeal overturned, malicious)
    bad_deducted: int = 0  # verified 差评 at the person's fault that cost points

    @property
    def good_rate(self) -> float | None:
        return self.good / self.counted if self.counted else None


@dataclass(frozen=True)
class AttendanceStats:
    due_days: float = 0.0  # working days at the center in the period
    leave_days: float = 0.0
    leave_by_type: tuple[tuple[str, float], ...] = ()  # (Chinese type, days), business/training included
    absent_days: float = 0.0  # 旷工
    late_early: int = 0
    missed_clock: int = 0
    off_post: int = 0
    meeting_absent: int = 0

    @property
    def present_days(self) -> float:
        return max(0.0, self.due_days - self.leave_days - self.absent_days)


@dataclass(frozen=True)
class PersonResult:
    staff_id: int
    name: str
    window_number: str
    window_name: str
    post: str  # 'A' / 'B' / ''
    employment_type: str
    months: int  # published months in the period
    monthly: tuple[tuple[str, float], ...]  # (YYYY-MM, total)
    total: float  # the month's total / the quarter's average
    rank: int  # competition rank among everyone evaluated in the period
    grade: str
    deducted: float  # points taken off in the period (sum over months; adjustments included)
    bonus: float  # points added in the period
    items: tuple[ScoreItem, ...]
    ratings: RatingStats
    attendance: AttendanceStats
    training_hours: float
    training_target: float
    honours: tuple[str, ...] = ()  # "2026年7月“服务之星”"


@dataclass(frozen=True)
class LetterData:
    period: Period
    center_name: str
    center_short_name: str
    home_unit_id: int
    home_unit_name: str  # full name: the addressee
    home_unit_short: str
    people: tuple[PersonResult, ...]  # by rank, then name
    center_people: int  # everyone ranked in the period
    center_average: float | None
    center_good_rate: float | None
    grades: tuple[str, ...]  # the bands, best first
    red_flags: tuple[RedFlagEntry, ...] = ()  # the unit's windows honoured in the period
    training_until: date | None = None  # training hours are counted up to this day

    @property
    def average(self) -> float | None:
        return average_of_present([p.total for p in self.people])

    def grade_counts(self) -> tuple[tuple[str, int], ...]:
        return tuple((g, sum(1 for p in self.people if p.grade == g)) for g in self.grades)


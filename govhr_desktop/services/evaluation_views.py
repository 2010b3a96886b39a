"""The monthly evaluation's plain results (views handed to the UI) and the small pure helpers
the service uses: month bounds, the breakdown of a score, clamping, competition ranking."""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.scoring import (
    PersonScore,
    Template,
    _r,
    grade_for,
)
from govhr_desktop.domain.scoring_periods import (
    Selection,
    star_eligible,
)

STATES = ("draft", "submitted", "reviewed", "published")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


# --- views ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthResult:
    month: str
    template_id: int
    people: int  # at the center during the month
    computed: int  # draft forms written (new or recomputed)
    kept: int  # forms already submitted/reviewed: not recomputed
    removed: int  # draft forms of people no longer in the month


@dataclass(frozen=True)
class AdjustmentView:
    id: int
    category: str
    points: float
    reason: str
    created_by: str
    created_at: datetime | None


@dataclass(frozen=True)
class FormView:
    id: int
    staff_id: int
    staff_name: str
    month: str
    state: str
    template_id: int
    total: float
    automatic_total: float
    grade: str
    good_rate: float | None
    breakdown: dict[str, Any]
    adjustments: tuple[AdjustmentView, ...] = ()
    computed_at: datetime | None = None
    submitted_by: str = ""
    reviewed_by: str = ""
    published_by: str = ""


@dataclass(frozen=True)
class SourceRecord:
    """One row behind an automatic figure: a register entry or a citizen rating."""

    kind: str  # 'register' or 'rating'
    id: int
    at: str  # occurred_on (YYYY-MM-DD) or rated_at
    item_code: str  # register item, or 'bad_rating' / 'rating' for ratings
    quantity: float
    detail: str  # register content / rating comment
    level: int | None = None
    excluded: bool = False
    finding: str = ""


@dataclass(frozen=True)
class RankRow:
    rank: int  # competition ranking: 1, 2, 2, 4
    staff_id: int
    staff_name: str
    home_unit: str
    total: float
    grade: str
    state: str


@dataclass(frozen=True)
class WindowFigure:
    window_id: int
    number: str
    name: str
    staff_ids: tuple[int, ...]
    staff_average: float | None
    good_rate: float | None
    total: float
    window_deductions: float  # staff average − window total
    chief_staff_id: int | None
    chief_charge: float  # chief_share × window deductions
    on_time_rate: float | None = None  # from the window items of the month (None: not entered)
    complaints: int = 0  # upheld complaints against the window
    item_deductions: float = 0.0  # other window deductions entered for the month


@dataclass(frozen=True)
class Honours:
    month: str
    stars: Selection  # staff ids
    red_flags: Selection  # window ids
    windows: tuple[WindowFigure, ...] = ()
    #: the totals the stars were chosen on: the form totals with the chief representatives'
    #: 50 % window charges taken off (whether already booked or not)
    star_totals: dict[int, float] = field(default_factory=dict)
    eligible: frozenset[int] = frozenset()  # staff who may be 服务之星 this month


# --- helpers ----------------------------------------------------------------------------------


def month_bounds(month: str) -> tuple[date, date, date]:
    """'2026-10' -> (first day, last day, first day of the next month)."""
    m = _MONTH.match(month or "")
    if not m or not (1 <= int(m.group(2)) <= 12) or int(m.group(1)) < 1900:
        raise DomainError("evaluation.bad_month", "month", value=month)
    y, mo = int(m.group(1)), int(m.group(2))
    first = date(y, mo, 1)
    last = date(y, mo, calendar.monthrange(y, mo)[1])
    nxt = date(y + (mo == 12), mo % 12 + 1, 1)
    return first, last, nxt


def _lines(lines) -> list[dict]:
    return [{"code": i.code, "quantity": i.quantity, "points": i.points, "amount": i.amount} for i in lines]


def breakdown_of(score: PersonScore, *, register: dict[str, float], rating_bad: int, ratings: dict[str, int],
                 good_rate: float | None) -> dict[str, Any]:
    """The JSON stored with a form: every automatic figure the UI shows and opens."""
    return {
        "base": score.base,
        "categories": [{"code": c.code, "weight": c.weight, "raw": c.raw, "capped": c.capped,
                        "items": _lines(c.items)} for c in score.categories],
        "deductions": score.deductions,
        "bonus": {"raw": score.bonus_raw, "capped": score.bonus, "items": _lines(score.bonus_items)},
        "veto": {"points": score.veto_points, "items": list(score.vetoes), "no_honours": score.no_honours,
                 "forced_grade": score.forced_grade},
        "automatic_total": score.total,
        "points_grade": score.points_grade,
        "grade": score.grade,
        "good_rate": good_rate,
        "ratings": ratings,  # total (counted), good, bad_verified, excluded
        "sources": {"register": register, "ratings": {"bad_rating": rating_bad} if rating_bad else {}},
        "star_eligible": star_eligible(score),
    }


def _clamp(template: Template, total: float) -> float:
    return _r(min(template.base + template.bonus_cap, max(0.0, total)))


def _grade(template: Template, bd: dict, total: float) -> str:
    forced = (bd.get("veto") or {}).get("forced_grade")
    return forced or grade_for(template, total)


def honours_confirmed(conn, month: str) -> bool:
    return conn.execute(text("SELECT 1 FROM honour_month WHERE month = :m"), {"m": month}).first() is not None


def retotal(conn, form_id: int, template: Template) -> tuple[float, str]:
    """Set a form's total and grade from its automatic total plus all its adjustments."""
    bd_json, = conn.execute(text("SELECT breakdown FROM evaluation_form WHERE id = :id"), {"id": form_id}).one()
    bd = json.loads(bd_json) if bd_json else {}
    adj = conn.execute(text("SELECT SUM(points) FROM evaluation_adjustment WHERE form_id = :f"),
                       {"f": form_id}).scalar() or 0.0
    total = _clamp(template, float(bd.get("automatic_total", 0.0)) + adj)
    grade = _grade(template, bd, total)
    conn.execute(text("UPDATE evaluation_form SET total = :t, grade = :g WHERE id = :id"),
                 {"t": total, "g": grade, "id": form_id})
    return total, grade


def _competition_rank(rows: list[tuple[Any, float]]) -> list[int]:
    ranks, prev, rank = [], None, 0
    for i, (_, t) in enumerate(rows, 1):
        if t != prev:
            rank, prev = i, t
        ranks.append(rank)
    return ranks

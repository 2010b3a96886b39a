"""What the roster services hand to the UI and to the printers: plain frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from govhr_desktop.domain.roster_rules import RosterDay
from govhr_desktop.domain.vocab import Choice, Vocabulary

DUTY_TYPE = Vocabulary(
    "duty_type",
    [
        Choice("lunch", "午间值守", "Lunch-break duty"),
        Choice("extended", "延时服务", "Extended hours"),
        Choice("weekend", "周末值班", "Weekend service"),
        Choice("holiday", "节假日值班", "Holiday duty"),
    ],
)
RUNS_ON_LABELS = {"workday": "工作日", "saturday": "周六", "sunday": "周日", "holiday": "法定节假日"}
ROSTER_STATUS = Vocabulary(
    "roster_status",
    [Choice("none", "未排班", "Not made"), Choice("draft", "草稿", "Draft"),
     Choice("published", "已发布", "Published")],
)
CHANGE_KIND = Vocabulary(
    "roster_change",
    [
        Choice("generate", "自动排班", "Generated"),
        Choice("set", "指定人员", "Set by hand"),
        Choice("clear", "清空", "Cleared"),
        Choice("lock", "锁定", "Locked"),
        Choice("unlock", "解锁", "Unlocked"),
        Choice("swap", "换班", "Swap"),
        Choice("publish", "发布", "Published"),
    ],
)
WEEKDAYS_ZH = "一二三四五六日"


def hm(t: time | None) -> str:
    return t.strftime("%H:%M") if t is not None else ""


#: after the name of a post made inactive since the roster was made (grid, printout, export)
RETIRED_MARK = "（已停用）"


@dataclass(frozen=True)
class MonthPost:
    """A post as it runs in one month: its times this season and the days it runs."""

    id: int
    name: str
    duty_type: str
    people_needed: int
    start: time | None
    end: time | None
    days: tuple[date, ...]
    sort_order: int = 0
    #: False: made inactive after this month's roster gave it cells; shown with them, named
    #: with RETIRED_MARK, never scheduled or counted as vacant
    active: bool = True

    @property
    def times(self) -> str:
        return f"{hm(self.start)}–{hm(self.end)}" if self.start and self.end else ""


@dataclass(frozen=True)
class CellView:
    post_id: int
    day: date
    seat: int
    staff_id: int
    name: str
    unit: str  # home unit short name
    locked: bool
    problems: tuple[str, ...] = ()  # violation codes of this cell (empty: fine)


@dataclass(frozen=True)
class PersonRow:
    """One person in the person × day grid."""

    staff_id: int
    name: str
    unit: str
    window: str  # window number, '' if none
    leave: dict[date, str] = field(default_factory=dict, hash=False, compare=False)  # day -> day/am/pm
    time_off_balance: float = 0.0  # 调休 days left this year


@dataclass(frozen=True)
class ExclusionView:
    staff_id: int
    name: str
    code: str  # roster_rules exclusion code
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class UnfilledView:
    post_id: int
    post_name: str
    day: date
    seat: int
    considered: int
    exclusions: tuple[ExclusionView, ...] = ()

    def reasons(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self.exclusions:
            out[e.code] = out.get(e.code, 0) + 1
        return out


@dataclass(frozen=True)
class ViolationView:
    code: str
    staff_id: int
    name: str
    post_id: int
    post_name: str
    day: date
    seat: int
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class RosterView:
    """A month's roster with everything the grids, the printout and the export show."""

    year: int
    month: int
    roster_id: int | None
    status: str  # none / draft / published
    revision: int
    generated_at: datetime | None
    generated_by: str
    published_at: datetime | None
    published_by: str
    days: tuple[RosterDay, ...]
    posts: tuple[MonthPost, ...]
    cells: tuple[CellView, ...]
    people: tuple[PersonRow, ...]
    unfilled: tuple[UnfilledView, ...]
    violations: tuple[ViolationView, ...]
    leaders: dict[date, str] = field(default_factory=dict, hash=False, compare=False)  # day -> duty leader
    joint: dict[date, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)  # "单位 姓名 职务"
    #: staff_id -> {fairness kind: count} for this month / for the year before this month
    month_counts: dict[int, dict[str, int]] = field(default_factory=dict, hash=False, compare=False)
    ytd_counts: dict[int, dict[str, int]] = field(default_factory=dict, hash=False, compare=False)

    def cell(self, post_id: int, day: date, seat: int) -> CellView | None:
        for c in self.cells:
            if c.post_id == post_id and c.day == day and c.seat == seat:
                return c
        return None

    def cells_by_slot(self) -> dict[tuple[int, date, int], CellView]:
        return {(c.post_id, c.day, c.seat): c for c in self.cells}

    def cells_by_person(self) -> dict[int, dict[date, list[CellView]]]:
        out: dict[int, dict[date, list[CellView]]] = {}
        for c in self.cells:
            out.setdefault(c.staff_id, {}).setdefault(c.day, []).append(c)
        return out

    def post(self, post_id: int) -> MonthPost | None:
        return next((p for p in self.posts if p.id == post_id), None)

    @property
    def slots_total(self) -> int:
        return sum(p.people_needed * len(p.days) for p in self.posts)


@dataclass(frozen=True)
class CandidateView:
    """Someone who could (``ok``) or could not (``code``) take a cell, for the set-cell dialog."""

    staff_id: int
    name: str
    unit: str
    ok: bool
    code: str = ""
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    month_count: int = 0  # duties of this kind this month


@dataclass(frozen=True)
class ChangeView:
    id: int
    changed_at: datetime
    changed_by: str
    kind: str
    after_publish: bool
    detail: str
    reason: str


@dataclass(frozen=True)
class GenerateOutcome:
    filled: int
    slots: int
    unfilled: int
    kept_locked: int
    violations: int
    spread: dict[str, int]  # fairness kind -> max - min in the month over its pools
    seconds: float


@dataclass(frozen=True)
class TimeOffRow:
    """调休: earned by weekend/holiday duty in published rosters, used by 调休 leave."""

    staff_id: int
    name: str
    unit: str
    duties: int
    earned: float
    used: float

    @property
    def balance(self) -> float:
        return self.earned - self.used


@dataclass(frozen=True)
class TodayDuty:
    """The home page's duty panel."""

    day: date
    leader: str
    joint: tuple[str, ...]
    duties: tuple[tuple[str, str, str], ...]  # (post name, times, people "张三、李四")
    published: bool
    unfilled_this_month: int
    roster_status: str

"""The views and checks of the duty posts service (``services.duty_posts``): seasons and posts
as the lists show them (Chinese labels, like the printed roster), the limits of every field and
the time rules of 午间值守 and 延时服务. Kept apart from the service only to keep it short."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import time

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.services.roster_views import DUTY_TYPE, RUNS_ON_LABELS, hm

NAME_MAX = 30
SEASON_NAME_MAX = 20
NOTE_MAX = 200
PEOPLE_RANGE = (1, 50)
SORT_RANGE = (0, 9999)
MAX_PER_WEEK_RANGE = (1, 7)

#: Which days each duty type may run on, and what a new post of that type runs on.
ALLOWED_RUNS_ON: dict[str, frozenset[str]] = {
    "lunch": frozenset({"workday"}),
    "extended": frozenset({"workday"}),
    "weekend": frozenset({"saturday", "sunday"}),
    "holiday": frozenset({"holiday"}),
}
DEFAULT_RUNS_ON: dict[str, tuple[str, ...]] = {
    "lunch": ("workday",), "extended": ("workday",), "weekend": ("saturday",), "holiday": ("holiday",),
}
#: 午间值守 lies within LUNCH_BOUNDS and overlaps LUNCH_BREAK; 延时服务 starts at EVENING_FROM or
#: later, or ends by EARLY_UNTIL, and never overlaps LUNCH_BREAK.
LUNCH_BREAK = (time(11, 30), time(14, 30))
LUNCH_BOUNDS = (time(11, 0), time(15, 0))
EVENING_FROM = time(16, 0)
EARLY_UNTIL = time(10, 0)
TIMED_TYPES = frozenset({"lunch", "extended"})

#: app_setting keys of the roster rules
RULE_KEYS = {"max_per_week": "roster.max_per_week", "weekend_running": "roster.weekend_running",
             "one_duty_per_day": "roster.one_duty_per_day"}
WEEKEND_RUNNING_LABELS = {"avoid": "尽量避免", "forbid": "禁止", "allow": "允许"}
ALL_DAY = "全天"
EVERYONE = "全体人员"


# --- views -----------------------------------------------------------------------------------


def months_of(first: int, last: int) -> tuple[int, ...]:
    """The months from ``first`` to ``last``, wrapping the year end (10, 4 -> 10, 11, 12, 1..4)."""
    n = (last - first) % 12 + 1
    return tuple((first - 1 + i) % 12 + 1 for i in range(n))


def months_label(first: int, last: int) -> str:
    if first == last:
        return f"{first}月"
    if first < last:
        return f"{first}–{last}月"
    return f"{first}月–次年{last}月"


def span(start: time | None, end: time | None) -> str:
    return f"{hm(start)}–{hm(end)}" if start is not None and end is not None else ALL_DAY


_NUMBER = re.compile(r"^(.*?)(\d+)$")


def compress_numbers(numbers: Iterable[str]) -> str:
    """Window numbers in order with runs shortened: A01, A02, A03, B05 -> "A01–A03、B05"."""
    items = sorted(set(numbers), key=lambda n: ((m := _NUMBER.match(n)) and (m.group(1), int(m.group(2)))) or (n, -1))
    out: list[str] = []
    run: list[str] = []
    last: tuple[str, int] | None = None
    for n in items:
        m = _NUMBER.match(n)
        key = (m.group(1), int(m.group(2))) if m else None
        if run and key is not None and last is not None and key[0] == last[0] and key[1] == last[1] + 1:
            run.append(n)
        else:
            if run:
                out.append(run[0] if len(run) < 3 else f"{run[0]}–{run[-1]}")
                if len(run) == 2:
                    out.append(run[1])
            run = [n]
        last = key
    if run:
        out.append(run[0] if len(run) < 3 else f"{run[0]}–{run[-1]}")
        if len(run) == 2:
            out.append(run[1])
    return "、".join(out)


@dataclass(frozen=True)
class SeasonView:
    id: int
    name: str
    first_month: int
    last_month: int
    am_start: time
    am_end: time
    pm_start: time
    pm_end: time
    post_times: int = 0  # duty posts with their own times in this season

    @property
    def months(self) -> tuple[int, ...]:
        return months_of(self.first_month, self.last_month)

    @property
    def months_label(self) -> str:
        return months_label(self.first_month, self.last_month)

    @property
    def hours_label(self) -> str:
        return f"{hm(self.am_start)}–{hm(self.am_end)}，{hm(self.pm_start)}–{hm(self.pm_end)}"

    def covers(self, month: int) -> bool:
        return month in self.months


@dataclass(frozen=True)
class PostView:
    """A duty post with the labels the lists show (Chinese, like the printed roster)."""

    id: int
    name: str
    duty_type: str
    people_needed: int
    runs_on: tuple[str, ...]  # in RUNS_ON order
    start: time | None
    end: time | None
    window_ids: tuple[int, ...]
    window_numbers: tuple[str, ...]
    zone_id: int | None
    zone_name: str
    comprehensive_staff: bool
    active: bool
    sort_order: int
    note: str
    #: season id -> (start, end)
    season_times: dict[int, tuple[time, time]] = field(default_factory=dict, hash=False, compare=False)
    season_times_label: str = ""
    roster_cells: int = 0  # roster cells using the post (it cannot be removed then)

    @property
    def type_label(self) -> str:
        return DUTY_TYPE.label(self.duty_type)

    @property
    def runs_on_label(self) -> str:
        return "、".join(RUNS_ON_LABELS[c] for c in self.runs_on)

    @property
    def times_label(self) -> str:
        return span(self.start, self.end)

    @property
    def windows_label(self) -> str:
        return compress_numbers(self.window_numbers)

    @property
    def coverage_label(self) -> str:
        """What the post covers: its windows, else its zone, else everyone."""
        if self.window_numbers:
            return self.windows_label
        return self.zone_name or EVERYONE

    @property
    def in_use(self) -> bool:
        return self.roster_cells > 0


# --- checks ----------------------------------------------------------------------------------


def as_time(value: object, field_name: str, errors: list[DomainError]) -> time | None:
    if value is None or isinstance(value, time):
        return value
    if isinstance(value, str):
        try:
            return time.fromisoformat(value.strip())
        except ValueError:
            pass
    errors.append(DomainError("duty_post.time_shape", field_name, value=str(value)))
    return None


def int_in(value: object, low: int, high: int, field_name: str, errors: list[DomainError]) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        errors.append(DomainError("setting.range", field_name, low=low, high=high, value=value))
        return None
    return value


def overlaps(a: tuple[time, time], b: tuple[time, time]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def type_time_error(duty_type: str, start: time, end: time, field_name: str,
                     season: str | None = None) -> DomainError | None:
    """The lunch / extended time rule broken by ``start``–``end``, if any."""
    extra = {"season": season} if season else {}
    prefix = "duty_post.season_" if season else "duty_post."
    if duty_type == "lunch":
        inside = LUNCH_BOUNDS[0] <= start and end <= LUNCH_BOUNDS[1]
        if not inside or not overlaps((start, end), LUNCH_BREAK):
            return DomainError(prefix + "lunch_times", field_name, start=hm(start), end=hm(end), **extra)
    elif duty_type == "extended":
        outside = start >= EVENING_FROM or end <= EARLY_UNTIL
        if not outside or overlaps((start, end), LUNCH_BREAK):
            return DomainError(prefix + "extended_times", field_name, start=hm(start), end=hm(end), **extra)
    return None

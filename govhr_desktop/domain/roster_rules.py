"""Duty rosters (DOMAIN.md §5), the rules: the plain input types and the hard-rule checker.

The scheduler is ``domain.roster`` (which re-exports everything here); this module says what a
legal roster is, independently of how one is built, so that tests, the benchmark and swaps made
by hand are all judged the same way.

Hard rules (a ``Violation`` each):

- ``not_at_center`` / ``exempt`` / ``not_qualified``: the person must be at the center that day,
  not exempt from that duty type, and qualified for the post: a post covering windows takes
  staff of the home units owning them, staff sitting at those windows, or comprehensive-window
  staff (综合窗口, unless the post says otherwise); a post for a zone takes staff sitting in that
  zone; a post with neither takes anyone.
- ``on_leave``: no duty while on leave. Leave is half-day aware: ``am`` leave covers times before
  12:00, ``pm`` leave from 12:00 on, ``day`` (and a post without times) the whole day. So a
  morning leave ending at noon does not block a 12:00-13:30 lunch duty, an afternoon one does.
- ``double_booked``: one person in two places. By default (``Rules.one_duty_per_day``) a person
  does at most one duty a day; with it off, two duties on one day are allowed when both posts
  have times and the times do not overlap.
- ``weekly_limit``: at most ``Rules.max_per_week`` duties in a calendar week (Monday to Sunday),
  counting the duties done before the month (``Person.recent_duties``) in the first week.
- ``weekend_running``: no duty on rest days (weekends and holidays, i.e. every day that is not a
  working day) in two weeks running, unless no one else could take it: with the default
  ``Rules.weekend_running='avoid'`` such a pair is a violation only when one of its in-month
  duties could have gone to another person without that person breaking any rule (qualified,
  not on leave, free that day, under the weekly limit, not running themselves); otherwise it is
  reported as a note ``weekend_running_forced``. ``'forbid'`` makes every pair a violation,
  ``'allow'`` drops the rule.
- ``no_such_slot`` / ``slot_taken_twice``: the cell must exist (the post runs that day, the seat
  is below the people needed) and hold one person.

Fairness (even counts) is a goal of the scheduler, not a hard rule; see ``domain.roster``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from typing import Any

from govhr_desktop.domain.errors import DomainError, ValidationError

#: Duty types: 午间值守 (workday lunch break), 延时服务 (workday evenings), 周末 (Saturday/Sunday
#: service), 节假日 (statutory holidays).
DUTY_TYPES = ("lunch", "extended", "weekend", "holiday")
#: Fairness counts by kind: weekend and holiday duty are the same burden (both earn 调休) and
#: are counted together.
FAIRNESS_KIND = {"lunch": "lunch", "extended": "extended", "weekend": "weekend", "holiday": "weekend"}
FAIRNESS_KINDS = ("lunch", "extended", "weekend")
#: Which days a post runs on (``DutyPost.runs_on``). A make-up working day (调休上班) on a weekend
#: is a ``workday``; a statutory holiday is a ``holiday`` even when it falls on a weekend.
RUNS_ON = ("workday", "saturday", "sunday", "holiday")
DAY_KINDS = ("workday", "weekend", "holiday")
LEAVE_PARTS = ("day", "am", "pm")
WEEKEND_RUNNING = ("avoid", "forbid", "allow")
NOON = time(12, 0)

#: Violation codes, in the order they are looked for; exclusion reasons of an unfilled slot use
#: the same codes except that ``already_on_duty_that_day`` stands for ``double_booked``.
VIOLATION_CODES = ("unknown_post", "unknown_person", "no_such_slot", "slot_taken_twice",
                   "not_at_center", "exempt", "not_qualified", "on_leave", "double_booked",
                   "weekly_limit", "weekend_running")


# --- input types ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterDay:
    day: date
    kind: str  # workday / weekend / holiday
    name: str = ""  # the holiday's name, if any

    @property
    def rest_day(self) -> bool:
        return self.kind != "workday"

    @property
    def runs_key(self) -> str:
        """The ``RUNS_ON`` value this day answers to."""
        if self.kind == "weekend":
            return "saturday" if self.day.weekday() == 5 else "sunday"
        return self.kind


@dataclass(frozen=True)
class MonthCalendar:
    """Every day of one month, each a working day, a weekend day or a holiday."""

    year: int
    month: int
    days: tuple[RosterDay, ...]
    _index: dict = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {d.day: d for d in self.days})

    def get(self, d: date) -> RosterDay | None:
        return self._index.get(d)

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        nxt = date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return nxt - timedelta(days=1)

    @classmethod
    def from_work_calendar(cls, work_calendar: Any, year: int, month: int,
                           names: Mapping[date, str] | None = None) -> MonthCalendar:
        """From ``domain.workdays.WorkCalendar`` (``CalendarService.work_calendar()``): working
        days are workdays (make-up days included); a day marked ``holiday`` is a holiday, on a
        weekend too (周末不打烊 does not run in a holiday block; holiday posts do)."""
        special = getattr(work_calendar, "special", {})
        names = names or {}
        out, d = [], date(year, month, 1)
        while d.month == month:
            if work_calendar.is_working_day(d):
                kind = "workday"
            elif special.get(d) == "holiday":
                kind = "holiday"
            else:
                kind = "weekend"
            out.append(RosterDay(d, kind, names.get(d, "")))
            d += timedelta(days=1)
        return cls(year, month, tuple(out))

    @classmethod
    def build(cls, year: int, month: int, holidays: Iterable[date] = (),
              workdays: Iterable[date] = ()) -> MonthCalendar:
        """Monday to Friday, minus ``holidays``, plus make-up ``workdays`` (tests, demo data)."""
        from govhr_desktop.domain.workdays import WorkCalendar

        special = {d: "holiday" for d in holidays} | {d: "workday" for d in workdays}
        return cls.from_work_calendar(WorkCalendar(special), year, month)


@dataclass(frozen=True)
class DutyPost:
    """A duty that needs ``people_needed`` people on each day it runs (one slot per seat).

    Qualification: ``window_ids``/``home_unit_ids`` set -> staff of those home units, staff
    sitting at those windows, or (``comprehensive_staff``) comprehensive-window staff;
    otherwise ``zone_id`` set -> staff sitting in that zone; otherwise anyone.
    Days: ``runs_on`` (``RUNS_ON`` values) plus ``dates``, minus ``except_dates``.
    Times: ``start``/``end`` (both or neither; without them the post takes the whole day).
    """

    id: int
    duty_type: str
    name: str = ""
    people_needed: int = 1
    runs_on: frozenset[str] = frozenset()
    dates: frozenset[date] = frozenset()
    except_dates: frozenset[date] = frozenset()
    start: time | None = None
    end: time | None = None
    window_ids: frozenset[int] = frozenset()
    home_unit_ids: frozenset[int] = frozenset()
    zone_id: int | None = None
    comprehensive_staff: bool = True
    sort_order: int = 0

    @property
    def kind(self) -> str:
        return FAIRNESS_KIND[self.duty_type]

    def runs(self, day: RosterDay) -> bool:
        if day.day in self.except_dates:
            return False
        return day.day in self.dates or day.runs_key in self.runs_on

    @property
    def timed(self) -> bool:
        return self.start is not None and self.end is not None


@dataclass(frozen=True)
class Person:
    """One member of staff as the scheduler sees them.

    ``leave``: date -> ``'day' | 'am' | 'pm'`` (see ``leave_from_periods``). ``ytd``: duties done
    this year before the month, by duty type (fairness carry-over). ``last_rest_day_duty``: the
    last weekend/holiday duty before the month. ``recent_duties``: duty dates just before the
    month (the weekly limit of the first week). ``start_on``/``end_on``: at the center from/to.
    """

    id: int
    name: str = ""
    home_unit_id: int | None = None
    window_ids: frozenset[int] = frozenset()
    zone_ids: frozenset[int] = frozenset()
    comprehensive: bool = False
    leave: Mapping[date, str] = field(default_factory=dict, hash=False)
    exempt: frozenset[str] = frozenset()
    ytd: Mapping[str, int] = field(default_factory=dict, hash=False)
    last_rest_day_duty: date | None = None
    recent_duties: tuple[date, ...] = ()
    start_on: date | None = None
    end_on: date | None = None

    def at_center(self, d: date) -> bool:
        return (self.start_on is None or self.start_on <= d) and (self.end_on is None or d <= self.end_on)

    def ytd_kind(self, kind: str) -> int:
        return sum(n for t, n in self.ytd.items() if FAIRNESS_KIND.get(t) == kind)


@dataclass(frozen=True)
class Rules:
    max_per_week: int = 2
    weekend_running: str = "avoid"  # avoid / forbid / allow
    one_duty_per_day: bool = True


#: The rules unless the center sets others.
DEFAULT_RULES = Rules()


@dataclass(frozen=True, order=True)
class Slot:
    post_id: int
    day: date
    seat: int = 0


@dataclass(frozen=True)
class Assignment:
    post_id: int
    day: date
    seat: int
    person_id: int
    locked: bool = False  # set by the clerk: kept as given

    @property
    def slot(self) -> Slot:
        return Slot(self.post_id, self.day, self.seat)


@dataclass(frozen=True)
class Violation:
    """A hard rule broken by one cell (``person_id`` on ``post_id``, ``day``, ``seat``)."""

    code: str
    person_id: int
    day: date
    post_id: int
    seat: int = 0
    params: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def key(self) -> tuple:
        return (self.code, self.person_id, self.day, self.post_id)


# --- helpers shared with the scheduler --------------------------------------------------------


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def leave_blocks(part: str | None, post: DutyPost) -> bool:
    """Whether leave of ``part`` ('day', 'am', 'pm', None) keeps the person off ``post``."""
    if part is None:
        return False
    if part == "day" or not post.timed:
        return True
    if part == "am":
        return post.start < NOON  # type: ignore[operator]
    return post.end > NOON  # type: ignore[operator]


def conflict(a: DutyPost, b: DutyPost, rules: Rules) -> bool:
    """Whether one person may not hold both posts on one day."""
    if rules.one_duty_per_day or a.id == b.id or not (a.timed and b.timed):
        return True
    return a.start < b.end and b.start < a.end  # type: ignore[operator]


def qualification(person: Person, post: DutyPost) -> str | None:
    """None when ``person`` may hold ``post`` (ignoring dates), else ``exempt``/``not_qualified``."""
    if post.duty_type in person.exempt:
        return "exempt"
    if post.window_ids or post.home_unit_ids:
        ok = (person.home_unit_id in post.home_unit_ids or bool(person.window_ids & post.window_ids)
              or (post.comprehensive_staff and person.comprehensive))
    elif post.zone_id is not None:
        ok = post.zone_id in person.zone_ids
    else:
        ok = True
    return None if ok else "not_qualified"


def leave_from_periods(periods: Iterable[tuple[date, str, date, str]]) -> dict[date, str]:
    """``Person.leave`` from leave periods ``(start_on, start_half, end_on, end_half)`` as
    ``LeaveRequest`` stores them ('pm' start = from noon, 'am' end = until noon)."""
    out: dict[date, str] = {}
    for start, start_half, end, end_half in periods:
        d = start
        while d <= end:
            part = "day"
            if d == start and start_half == "pm":
                part = "pm"
            if d == end and end_half == "am":
                part = "am" if part == "day" else "none"
            if part != "none":
                old = out.get(d)
                out[d] = part if old in (None, part) else "day"
            d += timedelta(days=1)
    return out


def slots_of(calendar: MonthCalendar, posts: Sequence[DutyPost]) -> list[Slot]:
    """Every cell of the month, by day, then post order, then seat."""
    ordered = sorted(posts, key=lambda p: (p.sort_order, p.id))
    return [Slot(p.id, d.day, s) for d in calendar.days for p in ordered if p.runs(d)
            for s in range(p.people_needed)]


def validate(calendar: MonthCalendar, posts: Sequence[DutyPost], people: Sequence[Person],
             rules: Rules, locked: Sequence[Assignment] = ()) -> None:
    """Raise ``ValidationError`` listing every input problem (nothing is generated then).

    A post needing more people than qualify for it at all is ``roster.not_enough_qualified``
    (params post, post_name, needed, qualified): checked here, before generation, because no
    roster could fill it. Days on which too few are free (leave, limits) are not errors: those
    slots come back unfilled, each with its explanation.
    """
    errors: list[DomainError] = []
    first = date(calendar.year, calendar.month, 1) if 1 <= calendar.month <= 12 else None
    if first is None or [d.day for d in calendar.days] != [
        first + timedelta(days=i) for i in range((calendar.last - first).days + 1)
    ] or any(d.kind not in DAY_KINDS for d in calendar.days):
        errors.append(DomainError("roster.calendar", "calendar", year=calendar.year, month=calendar.month))
    if rules.max_per_week < 1:
        errors.append(DomainError("roster.max_per_week", "max_per_week", value=rules.max_per_week))
    if rules.weekend_running not in WEEKEND_RUNNING:
        errors.append(DomainError("choice", "weekend_running", value=rules.weekend_running,
                                  allowed=list(WEEKEND_RUNNING)))
    post_ids = [p.id for p in posts]
    person_ids = {p.id for p in people}
    if len(set(post_ids)) != len(post_ids):
        errors.append(DomainError("roster.duplicate_post", "posts"))
    if len(person_ids) != len(people):
        errors.append(DomainError("roster.duplicate_person", "people"))
    for post in posts:
        bad = []
        if post.duty_type not in DUTY_TYPES:
            bad.append(DomainError("choice", "duty_type", value=post.duty_type, allowed=list(DUTY_TYPES)))
        if post.people_needed < 1:
            bad.append(DomainError("roster.people_needed", "people_needed", post=post.id,
                                   post_name=post.name, value=post.people_needed))
        half_timed = (post.start is None) != (post.end is None)
        if half_timed or (post.timed and post.start >= post.end):  # type: ignore[operator]
            bad.append(DomainError("roster.post_times", "duty_start", post=post.id, post_name=post.name))
        if set(post.runs_on) - set(RUNS_ON):
            bad.append(DomainError("choice", "runs_on", value=sorted(set(post.runs_on) - set(RUNS_ON)),
                                   allowed=list(RUNS_ON)))
        errors += bad
        if bad or not any(post.runs(d) for d in calendar.days):
            continue
        run_days = [d.day for d in calendar.days if post.runs(d)]
        qualified = sum(1 for p in people if qualification(p, post) is None
                        and any(p.at_center(d) for d in run_days))
        if qualified < post.people_needed:
            errors.append(DomainError("roster.not_enough_qualified", "people_needed", post=post.id,
                                      post_name=post.name, needed=post.people_needed, qualified=qualified))
    for p in people:
        wrong = sorted({v for v in p.leave.values() if v not in LEAVE_PARTS})
        if wrong:
            errors.append(DomainError("roster.leave_part", "leave_part", person=p.id, value=wrong))
    known_posts = set(post_ids)
    for a in locked:
        if a.post_id not in known_posts:
            errors.append(DomainError("roster.unknown_post", "locked", post=a.post_id, day=a.day.isoformat()))
        if a.person_id not in person_ids:
            errors.append(DomainError("roster.unknown_person", "locked", person=a.person_id,
                                      day=a.day.isoformat()))
    if errors:
        raise ValidationError(errors)


# --- the checker ------------------------------------------------------------------------------


class _Book:
    """The roster indexed for rule checks."""

    def __init__(self, assignments: Sequence[Assignment], calendar: MonthCalendar,
                 posts: Mapping[int, DutyPost], people: Mapping[int, Person], rules: Rules) -> None:
        self.calendar, self.posts, self.people, self.rules = calendar, posts, people, rules
        self.cells = [a for a in assignments if a.post_id in posts and a.person_id in people]
        self.by_day: dict[tuple[int, date], list[Assignment]] = defaultdict(list)
        self.week: dict[tuple[int, date], int] = defaultdict(int)
        self.rest_weeks: dict[int, set[date]] = defaultdict(set)
        self.rest_cells: dict[int, list[Assignment]] = defaultdict(list)
        for p in people.values():
            for d in p.recent_duties:
                if d < calendar.first:
                    self.week[(p.id, monday(d))] += 1
            if p.last_rest_day_duty is not None:
                self.rest_weeks[p.id].add(monday(p.last_rest_day_duty))
        for a in self.cells:
            self.by_day[(a.person_id, a.day)].append(a)
            self.week[(a.person_id, monday(a.day))] += 1
            if self.is_rest(a.day):
                self.rest_weeks[a.person_id].add(monday(a.day))
                self.rest_cells[a.person_id].append(a)

    def is_rest(self, d: date) -> bool:
        day = self.calendar.get(d)
        return day is not None and day.rest_day

    def running_partners(self, a: Assignment) -> list[Assignment | None]:
        """The rest-day duties of the same person in the week before/after (None: before the month)."""
        if not self.is_rest(a.day):
            return []
        w = monday(a.day)
        out: list[Assignment | None] = []
        p = self.people[a.person_id]
        if p.last_rest_day_duty is not None and monday(p.last_rest_day_duty) == w - timedelta(days=7):
            out.append(None)
        out += [b for b in self.rest_cells.get(a.person_id, ()) if abs((monday(b.day) - w).days) == 7]
        return out

    def free_for(self, person: Person, post: DutyPost, d: date) -> bool:
        """Could ``person`` take ``post`` on ``d`` in addition, breaking no rule (running included)."""
        if not person.at_center(d) or qualification(person, post) is not None:
            return False
        if leave_blocks(person.leave.get(d), post):
            return False
        if any(conflict(post, self.posts[b.post_id], self.rules)
               for b in self.by_day.get((person.id, d), ())):
            return False
        w = monday(d)
        if self.week.get((person.id, w), 0) + 1 > self.rules.max_per_week:
            return False
        if self.is_rest(d):
            weeks = self.rest_weeks.get(person.id, ())
            if w - timedelta(days=7) in weeks or w + timedelta(days=7) in weeks:
                return False
        return True

    def alternatives(self, a: Assignment) -> list[int]:
        post = self.posts[a.post_id]
        return [p.id for p in self.people.values()
                if p.id != a.person_id and self.free_for(p, post, a.day)]


def check_details(assignments: Sequence[Assignment], calendar: MonthCalendar,
                  posts: Sequence[DutyPost], people: Sequence[Person],
                  rules: Rules = DEFAULT_RULES) -> tuple[list[Violation], list[Violation]]:
    """(violations, notes): ``check`` plus the notes ``weekend_running_forced`` (running pairs
    allowed because no one else could take either duty)."""
    post_map = {p.id: p for p in posts}
    people_map = {p.id: p for p in people}
    book = _Book(assignments, calendar, post_map, people_map, rules)
    out: list[Violation] = []
    notes: list[Violation] = []

    def add(code: str, a: Assignment, **params: Any) -> None:
        out.append(Violation(code, a.person_id, a.day, a.post_id, a.seat, params))

    taken: dict[Slot, Assignment] = {}
    for a in assignments:
        post, person = post_map.get(a.post_id), people_map.get(a.person_id)
        if post is None:
            add("unknown_post", a)
            continue
        if person is None:
            add("unknown_person", a)
            continue
        day = calendar.get(a.day)
        if day is None or not post.runs(day) or not 0 <= a.seat < post.people_needed:
            add("no_such_slot", a, people_needed=post.people_needed)
        if a.slot in taken:
            add("slot_taken_twice", a, other_person=taken[a.slot].person_id)
        else:
            taken[a.slot] = a
        if not person.at_center(a.day):
            add("not_at_center", a)
        else:
            q = qualification(person, post)
            if q is not None:
                add(q, a)
        part = person.leave.get(a.day)
        if leave_blocks(part, post):
            add("on_leave", a, part=part)
    # one person in two places
    for cells in book.by_day.values():
        cells = sorted(cells, key=lambda c: (post_map[c.post_id].sort_order, c.post_id, c.seat))
        for i, a in enumerate(cells):
            for b in cells[:i]:
                if conflict(post_map[a.post_id], post_map[b.post_id], rules):
                    add("double_booked", a, other_post=b.post_id, other_seat=b.seat)
                    break
    # weekly limit: the duties beyond the limit, in date order
    by_week: dict[tuple[int, date], list[Assignment]] = defaultdict(list)
    for a in book.cells:
        by_week[(a.person_id, monday(a.day))].append(a)
    for (pid, w), cells in by_week.items():
        total = book.week[(pid, w)]
        before = total - len(cells)  # duties before the month in that week
        cells.sort(key=lambda c: (c.day, post_map[c.post_id].sort_order, c.post_id))
        for i, a in enumerate(cells):
            if before + i + 1 > rules.max_per_week:
                add("weekly_limit", a, count=total, limit=rules.max_per_week, week=w.isoformat())
    # rest days in two weeks running
    if rules.weekend_running != "allow":
        for a in book.cells:
            partners = book.running_partners(a)
            if not partners:
                continue
            other = next((b for b in partners if b is not None), None)
            other_day = other.day if other else people_map[a.person_id].last_rest_day_duty
            params = {"other_day": other_day.isoformat() if other_day else None,
                      "other_post": other.post_id if other else None}
            if rules.weekend_running == "forbid":
                add("weekend_running", a, **params)
                continue
            alts = book.alternatives(a)
            if alts:
                add("weekend_running", a, alternatives=len(alts), **params)
            else:
                notes.append(Violation("weekend_running_forced", a.person_id, a.day, a.post_id, a.seat, params))
    order = {c: i for i, c in enumerate(VIOLATION_CODES)}
    out.sort(key=lambda v: (v.day, v.post_id, v.seat, order.get(v.code, 99)))
    return out, notes


def check(assignments: Sequence[Assignment], calendar: MonthCalendar, posts: Sequence[DutyPost],
          people: Sequence[Person], rules: Rules = DEFAULT_RULES) -> list[Violation]:
    """Every hard rule broken by the roster (see the module docstring), by day, post, seat."""
    return check_details(assignments, calendar, posts, people, rules)[0]


# --- swaps ------------------------------------------------------------------------------------


def swap(assignments: Sequence[Assignment], first: Slot, second: Slot | int) -> list[Assignment]:
    """The roster with the people of two cells exchanged (``second`` a Slot), or the cell
    ``first`` given to person ``second`` (an id: 替班). Changed cells come back locked (the clerk
    set them). Raises ``roster.cell_empty`` / ``roster.swap_same_person``."""
    cells = {a.slot: a for a in assignments}
    a = cells.get(first)
    if a is None:
        raise DomainError("roster.cell_empty", "first", post=first.post_id, day=first.day.isoformat(),
                          seat=first.seat)
    if isinstance(second, Slot):
        b = cells.get(second)
        if b is None:
            raise DomainError("roster.cell_empty", "second", post=second.post_id,
                              day=second.day.isoformat(), seat=second.seat)
        if a.person_id == b.person_id:
            raise DomainError("roster.swap_same_person", "second", person=a.person_id)
        new = {first: replace(a, person_id=b.person_id, locked=True),
               second: replace(b, person_id=a.person_id, locked=True)}
    else:
        if a.person_id == second:
            raise DomainError("roster.swap_same_person", "second", person=second)
        new = {first: replace(a, person_id=second, locked=True)}
    return [new.get(c.slot, c) if c is cells[c.slot] else c for c in assignments]


def check_swap(assignments: Sequence[Assignment], first: Slot, second: Slot | int,
               calendar: MonthCalendar, posts: Sequence[DutyPost], people: Sequence[Person],
               rules: Rules = DEFAULT_RULES) -> list[Violation]:
    """The violations a swap (see ``swap``) would add: those of the new roster that the old one
    did not have (violations already there elsewhere do not block a swap)."""
    if not isinstance(second, Slot) and second not in {p.id for p in people}:
        raise DomainError("roster.unknown_person", "second", person=second)
    before = {v.key for v in check(assignments, calendar, posts, people, rules)}
    after = check(swap(assignments, first, second), calendar, posts, people, rules)
    return [v for v in after if v.key not in before]

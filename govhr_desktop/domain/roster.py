"""Duty rosters (DOMAIN.md §5, issue 8): the month-roster scheduler. Pure Python, no Qt, no database.

``generate(calendar, posts, people, rules, locked)`` fills every cell of a month (post x day it
runs x seat) with a qualified person, breaking no hard rule of ``roster_rules`` (re-exported
here), keeping the clerk's locked cells as given and spreading the duty evenly. Cells it cannot
fill come back explained: every person considered and why each was excluded.

Fairness. A *pool* is the people with the same qualification set for a fairness kind (lunch,
extended, weekend; holiday duty counts as weekend), e.g. one home unit's staff for the lunch
posts of their zone, or the comprehensive-window staff for every window post; someone away on
every day those posts run is left out that month. Inside a pool the month's counts stay within
1 of each other wherever the rules allow, and the extra duty goes to the lowest year to date
(``Person.ytd``), so yearly totals even out month after month.

The algorithm (deterministic: same input, same roster):

1. Locked cells are placed as given; one breaking a rule stays, reported in ``violations``.
2. Greedy fill, scarcest first: (post, day) groups in order of free qualified people per seat,
   so people who can serve many posts (comprehensive staff) are not used up by posts with many
   candidates. Each group takes the best free candidates by (two weekends running: last
   resort; this kind this month; this kind this year; all duties this month; duties that week;
   a tie break rotating by month). A seat still empty tries one augmenting step: someone
   blocked only by another duty that day or week hands it to someone free and takes the seat.
3. Repair inside each pool: duties move from the most to the least loaded (directly, along a
   short chain of hand-overs, or in exchange for a duty of another kind that keeps that kind's
   pools as even) until the spread is ≤ 1; then from a year total 2 or more above someone one
   duty below this month. Every move is checked against the rules. Empty seats are tried again,
   and the independent checker confirms the roster: a weekend-running pair whose duty someone
   else turned out to be free for is handed over. Repeated until nothing changes.

Why a heuristic, not a constraint solver: the month is small (≈ 800 cells, 470 people) and the
rules local; greedy plus repair keeps every hard rule by construction, meets the fairness bound
in well under a second, explains unfilled cells in the clerk's terms, and adds nothing to the
packaged build, where OR-Tools CP-SAT would add a 30 MB wheel (82 MB unpacked, plus numpy,
pandas, protobuf and absl-py) to an offline desktop installer.

Bad input raises ``ValidationError`` (one ``DomainError`` per problem, ``roster_rules.validate``)
before anything is generated, e.g. ``roster.not_enough_qualified`` for a post needing more
people than qualify at all. Cancelling raises ``DomainError("roster.cancelled")``.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.roster_rules import (
    DAY_KINDS,
    DEFAULT_RULES,
    DUTY_TYPES,
    FAIRNESS_KIND,
    FAIRNESS_KINDS,
    LEAVE_PARTS,
    RUNS_ON,
    VIOLATION_CODES,
    WEEKEND_RUNNING,
    Assignment,
    DutyPost,
    MonthCalendar,
    Person,
    RosterDay,
    Rules,
    Slot,
    Violation,
    check,
    check_details,
    check_swap,
    conflict,
    leave_blocks,
    leave_from_periods,
    monday,
    qualification,
    slots_of,
    swap,
    validate,
)

__all__ = [
    "DAY_KINDS", "DEFAULT_RULES", "DUTY_TYPES", "EXCLUSION_CODES", "FAIRNESS_KIND",
    "FAIRNESS_KINDS", "LEAVE_PARTS", "RUNS_ON", "VIOLATION_CODES", "WEEKEND_RUNNING", "Assignment",
    "DutyPost", "Exclusion", "MonthCalendar", "Person", "PoolFairness", "RosterDay", "RosterResult",
    "Rules", "Slot", "UnfilledSlot", "Violation", "check", "check_details", "check_swap",
    "generate", "leave_from_periods", "qualification", "slots_of", "swap", "validate"
]

#: Why a person was not put in a cell, most basic first. ``not_chosen`` (free, yet left out)
#: should not occur; it would mean the repair rounds ran out before the roster settled.
EXCLUSION_CODES = ("not_at_center", "exempt", "not_qualified", "on_leave", "already_on_duty_that_day",
                   "weekly_limit", "weekend_running", "not_chosen")
_WEEK = timedelta(days=7)


@dataclass(frozen=True)
class Exclusion:
    person_id: int
    code: str  # EXCLUSION_CODES
    params: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class UnfilledSlot:
    """A cell no one could take: every person considered, with the reason each was excluded
    (qualified people first, then the rest)."""

    slot: Slot
    exclusions: tuple[Exclusion, ...]

    @property
    def reasons(self) -> dict[str, int]:
        return dict(Counter(e.code for e in self.exclusions))


@dataclass(frozen=True)
class PoolFairness:
    kind: str
    post_ids: tuple[int, ...]
    person_ids: tuple[int, ...]
    month_min: int
    month_max: int
    year_min: int  # year to date + this month
    year_max: int

    @property
    def spread(self) -> int:
        return self.month_max - self.month_min

    @property
    def year_spread(self) -> int:
        return self.year_max - self.year_min


@dataclass(frozen=True)
class RosterResult:
    assignments: tuple[Assignment, ...]  # by day, post, seat; locked ones flagged
    unfilled: tuple[UnfilledSlot, ...]
    counts: Mapping[int, Mapping[str, int]]  # person -> duty type -> duties this month
    pools: tuple[PoolFairness, ...]
    violations: tuple[Violation, ...]  # hard rules broken (only by locked cells)
    notes: tuple[Violation, ...]  # weekend_running_forced: allowed, no one else could
    cells: int  # cells in the month

    def spread(self, kind: str | None = None) -> int:
        """The largest month spread of the pools (of one fairness kind)."""
        return max((p.spread for p in self.pools if kind in (None, p.kind)), default=0)


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def generate(calendar: MonthCalendar, posts: Sequence[DutyPost], people: Sequence[Person],
             rules: Rules = DEFAULT_RULES, locked: Sequence[Assignment] = (),
             progress: Progress | None = None, cancelled: Cancelled | None = None) -> RosterResult:
    """The month's roster (see the module docstring). ``progress(done, total)`` is called as
    the work goes; ``cancelled()`` is polled and, when true, ``roster.cancelled`` is raised."""
    validate(calendar, posts, people, rules, locked)
    return _Generator(calendar, posts, people, rules, progress, cancelled).run(locked)


class _Generator:
    def __init__(self, calendar: MonthCalendar, posts: Sequence[DutyPost], people: Sequence[Person],
                 rules: Rules, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.calendar, self.rules = calendar, rules
        self.post_list = sorted(posts, key=lambda p: (p.sort_order, p.id))
        self.posts = {p.id: p for p in self.post_list}
        self.people = {p.id: p for p in sorted(people, key=lambda p: p.id)}
        self.days = {d.day: d for d in calendar.days}
        self.mon = {d: monday(d) for d in self.days}
        self.progress, self.cancelled = progress, cancelled
        self.qual = {p.id: tuple(pid for pid, x in self.people.items() if qualification(x, p) is None)
                     for p in self.post_list}
        self.qual_set = {k: frozenset(v) for k, v in self.qual.items()}
        self.ytd = {pid: {k: p.ytd_kind(k) for k in FAIRNESS_KINDS} for pid, p in self.people.items()}
        seed = (calendar.year * 12 + calendar.month) * 40503
        self.tie = {pid: ((pid * 2654435761) ^ seed) & 0xFFFFFFFF for pid in self.people}
        # the roster being built, indexed
        self.cells: dict[Slot, int] = {}
        self.locked: set[Slot] = set()
        self.extra: list[Assignment] = []  # locked cells doubling a cell already taken
        self.on_day: dict[tuple[int, date], list[int]] = defaultdict(list)
        self.week: Counter = Counter()
        self.rest: dict[int, Counter] = defaultdict(Counter)
        self.kind_count: dict[int, Counter] = defaultdict(Counter)
        self.total: Counter = Counter()
        self.mine: dict[int, set[Slot]] = defaultdict(set)
        self.version = 0  # bumped by every change; keys the cache of free people per group
        self._free: dict[tuple[int, date], list[int]] = {}
        self._free_version = -1
        for p in self.people.values():
            for d in p.recent_duties:
                if d < calendar.first:
                    self.week[(p.id, monday(d))] += 1
            if p.last_rest_day_duty is not None:
                self.rest[p.id][monday(p.last_rest_day_duty)] += 1
        self.grid = slots_of(calendar, self.post_list)
        groups: dict[tuple[int, date], int] = {}
        for s in self.grid:
            groups[(s.post_id, s.day)] = groups.get((s.post_id, s.day), 0) + 1
        self.groups = list(groups)

    # --- the index ----------------------------------------------------------------------------

    def _index(self, pid: int, post: DutyPost, d: date, n: int) -> None:
        if n > 0:
            self.on_day[(pid, d)].append(post.id)
        else:
            self.on_day[(pid, d)].remove(post.id)
        w = self.mon.get(d) or monday(d)
        self.week[(pid, w)] += n
        day = self.days.get(d)
        if day is not None and day.rest_day:
            self.rest[pid][w] += n
        self.kind_count[pid][post.kind] += n
        self.total[pid] += n

    def add(self, slot: Slot, pid: int) -> None:
        self.version += 1
        self.cells[slot] = pid
        self.mine[pid].add(slot)
        self._index(pid, self.posts[slot.post_id], slot.day, 1)

    def remove(self, slot: Slot) -> int:
        self.version += 1
        pid = self.cells.pop(slot)
        self.mine[pid].discard(slot)
        self._index(pid, self.posts[slot.post_id], slot.day, -1)
        return pid

    def move(self, slot: Slot, to: int) -> None:
        self.remove(slot)
        self.add(slot, to)

    # --- the rules, incrementally ---------------------------------------------------------------

    def reason(self, pid: int, post: DutyPost, d: date) -> str | None:
        """Why ``pid`` may not take ``post`` on ``d`` now (None: free)."""
        p = self.people[pid]
        if not p.at_center(d):
            return "not_at_center"
        if pid not in self.qual_set[post.id]:
            return qualification(p, post)
        if leave_blocks(p.leave.get(d), post):
            return "on_leave"
        for other in self.on_day.get((pid, d), ()):
            if conflict(post, self.posts[other], self.rules):
                return "already_on_duty_that_day"
        w = self.mon[d]
        if self.week[(pid, w)] >= self.rules.max_per_week:
            return "weekly_limit"
        if self.rules.weekend_running != "allow" and self.days[d].rest_day:
            r = self.rest.get(pid)
            if r and (r[w - _WEEK] > 0 or r[w + _WEEK] > 0):
                return "weekend_running"
        return None

    def params(self, pid: int, post: DutyPost, d: date, code: str) -> dict[str, Any]:
        p = self.people[pid]
        if code == "not_at_center":
            return {"start_on": p.start_on and p.start_on.isoformat(),
                    "end_on": p.end_on and p.end_on.isoformat()}
        if code == "exempt":
            return {"duty_type": post.duty_type}
        if code == "on_leave":
            return {"part": p.leave.get(d)}
        if code == "already_on_duty_that_day":
            other = next(o for o in self.on_day[(pid, d)] if conflict(post, self.posts[o], self.rules))
            return {"post": other}
        w = monday(d)
        if code == "weekly_limit":
            return {"count": self.week[(pid, w)], "limit": self.rules.max_per_week, "week": w.isoformat()}
        if code == "weekend_running":
            other = w - _WEEK if self.rest[pid][w - _WEEK] > 0 else w + _WEEK
            return {"other_week": other.isoformat()}
        return {}

    def key(self, pid: int, post: DutyPost, d: date, running: int) -> tuple:
        kind = post.kind
        return (running, self.kind_count[pid][kind], self.ytd[pid][kind], self.total[pid],
                self.week[(pid, self.mon[d])], self.tie[pid])

    def candidates(self, post: DutyPost, d: date) -> list[tuple]:
        """Free people for ``post`` on ``d``, best first, as (key, pid); in 'avoid' mode those
        who would do two weekends running come last."""
        avoid = self.rules.weekend_running == "avoid"
        out = []
        for pid in self.qual[post.id]:
            r = self.reason(pid, post, d)
            if r is None:
                out.append((self.key(pid, post, d, 0), pid))
            elif r == "weekend_running" and avoid:
                out.append((self.key(pid, post, d, 1), pid))
        out.sort()
        return out

    def free_people(self, post_id: int, d: date) -> list[int]:
        """People free for ``post_id`` on ``d`` (running excluded), best first; cached until a change."""
        if self._free_version != self.version:
            self._free, self._free_version = {}, self.version
        key = (post_id, d)
        if key not in self._free:
            post = self.posts[post_id]
            free = [(self.key(pid, post, d, 0), pid) for pid in self.qual[post_id]
                    if self.reason(pid, post, d) is None]
            self._free[key] = [pid for _k, pid in sorted(free)]
        return self._free[key]

    # --- the steps ----------------------------------------------------------------------------

    def run(self, locked: Sequence[Assignment]) -> RosterResult:
        for a in locked:
            if a.slot in self.cells:
                self.extra.append(a)
                self._index(a.person_id, self.posts[a.post_id], a.day, 1)
            else:
                self.add(a.slot, a.person_id)
                self.locked.add(a.slot)
        self.pools = self._pools()
        self.pool_of = {(kind, m): i for i, (kind, _p, members) in enumerate(self.pools) for m in members}
        order = sorted(self.groups, key=self._scarcity)
        total = len(order) + 1
        for i, (post_id, d) in enumerate(order):
            self._tick(i, total)
            self._fill(self.posts[post_id], d)
        for _ in range(6):
            changed = self._repair()
            changed |= self._refill()
            changed |= self._fix_running()
            if not changed:
                break
        result = self._result()
        if self.progress:
            self.progress(total, total)
        return result

    def _tick(self, done: int | None = None, total: int = 0) -> None:
        """Stop if cancelled; report progress (when ``done`` is given)."""
        if self.cancelled is not None and self.cancelled():
            raise DomainError("roster.cancelled")
        if self.progress is not None and done is not None:
            self.progress(done, total)

    def _scarcity(self, group: tuple[int, date]) -> tuple:
        post, d = self.posts[group[0]], group[1]
        free = sum(1 for pid in self.qual[post.id] if self.people[pid].at_center(d)
                   and not leave_blocks(self.people[pid].leave.get(d), post))
        return (free / post.people_needed, d, post.sort_order, post.id)

    def _empty(self, post: DutyPost, d: date) -> list[Slot]:
        return [s for s in (Slot(post.id, d, i) for i in range(post.people_needed)) if s not in self.cells]

    def _fill(self, post: DutyPost, d: date) -> bool:
        empty = self._empty(post, d)
        if not empty:
            return False
        for slot, (_k, pid) in zip(empty, self.candidates(post, d)):
            self.add(slot, pid)
        for slot in self._empty(post, d):
            self._augment(slot)
        return True

    def _augment(self, slot: Slot) -> bool:
        """Free a person blocked only by another duty that day or week: hand it to someone free."""
        post, d = self.posts[slot.post_id], slot.day
        blocked = [(self.key(pid, post, d, 0), pid) for pid in self.qual[post.id]
                   if self.reason(pid, post, d) in ("already_on_duty_that_day", "weekly_limit")]
        w = self.mon[d]
        for _k, q in sorted(blocked)[:25]:
            for b in sorted(s for s in self.mine[q] if s not in self.locked and self.mon[s.day] == w):
                r = next((x for x in self.free_people(b.post_id, b.day) if x != q), None)
                if r is None:
                    continue
                version = self.version
                self.remove(b)
                if self.reason(q, post, d) is None:
                    self.add(b, r)
                    self.add(slot, q)
                    return True
                self.add(b, q)
                self.version = version  # nothing changed
        return False

    def _refill(self) -> bool:
        changed = False
        for post_id, d in self.groups:
            post = self.posts[post_id]
            for slot in self._empty(post, d):
                c = self.candidates(post, d)
                if c:
                    self.add(slot, c[0][1])
                    changed = True
                elif self._augment(slot):
                    changed = True
        return changed

    # --- fairness -----------------------------------------------------------------------------

    def _pools(self) -> list[tuple[str, tuple[int, ...], tuple[int, ...]]]:
        running = {p.id: [d for (q, d) in self.groups if q == p.id] for p in self.post_list}
        pools: dict[tuple[str, frozenset], list[int]] = defaultdict(list)
        for kind in FAIRNESS_KINDS:
            kposts = [p for p in self.post_list if p.kind == kind and running[p.id]]
            for pid, person in self.people.items():
                qs = frozenset(p.id for p in kposts if pid in self.qual_set[p.id] and any(
                    person.at_center(d) and not leave_blocks(person.leave.get(d), p) for d in running[p.id]))
                if qs:
                    pools[(kind, qs)].append(pid)
        return sorted(((k, tuple(sorted(qs)), tuple(m)) for (k, qs), m in pools.items()),
                      key=lambda x: (FAIRNESS_KINDS.index(x[0]), x[1]))

    def _repair(self) -> bool:
        changed = False
        for kind, post_ids, members in self.pools:
            self._tick()
            if len(members) > 1:
                changed |= self._repair_pool(kind, frozenset(post_ids), members)
        return changed

    def _movable(self, pid: int, posts: frozenset) -> list[Slot]:
        return sorted(s for s in self.mine[pid] if s.post_id in posts and s not in self.locked)

    def _give(self, donor: int, receivers: Sequence[int], posts: frozenset) -> bool:
        for s in self._movable(donor, posts):
            post = self.posts[s.post_id]
            for r in receivers:
                if self.reason(r, post, s.day) is None:
                    self.move(s, r)
                    return True
        return False

    def _repair_pool(self, kind: str, posts: frozenset, members: tuple[int, ...]) -> bool:
        changed = False
        for _ in range(4 * len(members)):
            cnt = {m: self.kind_count[m][kind] for m in members}
            tot = {m: cnt[m] + self.ytd[m][kind] for m in members}
            hi, lo = max(cnt.values()), min(cnt.values())
            moved = False
            if hi - lo >= 2:
                donors = sorted((m for m in members if cnt[m] == hi), key=lambda m: (-tot[m], self.tie[m]))
                receivers = sorted((m for m in members if cnt[m] <= hi - 2),
                                   key=lambda m: (cnt[m], tot[m], self.tie[m]))
                moved = (any(self._give(h, receivers, posts) for h in donors)
                         or self._chain(donors, members, cnt, hi, posts)
                         or any(self._exchange(h, receivers, kind, posts) for h in donors))
            if not moved:  # the year: the extra duty goes to the one with fewer so far
                for x in sorted(members, key=lambda m: (-tot[m], -cnt[m], self.tie[m])):
                    receivers = sorted((m for m in members if cnt[m] == cnt[x] - 1 and tot[m] <= tot[x] - 2),
                                       key=lambda m: (tot[m], self.tie[m]))
                    if receivers and self._give(x, receivers, posts):
                        moved = True
                        break
            if not moved:
                return changed
            changed = True
        return changed

    def _chain(self, donors: list[int], members: tuple[int, ...], cnt: dict[int, int], hi: int,
               posts: frozenset) -> bool:
        """A donor hands a duty to a member who hands one on ... to a member 2 or more below."""
        parent: dict[int, tuple[int, Slot] | None] = {d: None for d in donors}
        frontier = list(donors)
        for _depth in range(3):
            nxt = []
            for x in frontier:
                for s in self._movable(x, posts):
                    post = self.posts[s.post_id]
                    for y in members:
                        if y in parent or self.reason(y, post, s.day) is not None:
                            continue
                        parent[y] = (x, s)
                        if cnt[y] <= hi - 2:
                            return self._apply_chain(y, parent)
                        nxt.append(y)
                if len(parent) > 400:
                    return False
            frontier = nxt
        return False

    def _exchange(self, donor: int, receivers: Sequence[int], kind: str, posts: frozenset) -> bool:
        """The donor's duty of ``kind`` goes to a receiver blocked only by another duty that day
        or week, which that receiver hands to the donor in return, if its own kind's pools stay
        as even as they were (or within 1)."""
        for s in self._movable(donor, posts):
            post, w = self.posts[s.post_id], self.mon[s.day]
            for r in receivers:
                if self.reason(r, post, s.day) not in ("weekly_limit", "already_on_duty_that_day"):
                    continue
                for t in sorted(x for x in self.mine[r] if x not in self.locked and self.mon[x.day] == w):
                    other = self.posts[t.post_id]
                    if other.kind == kind:
                        continue
                    before = self._spreads(other.kind, (donor, r))
                    self.remove(s)
                    self.remove(t)
                    if self.reason(r, post, s.day) is None and self.reason(donor, other, t.day) is None:
                        self.add(s, r)
                        self.add(t, donor)
                        after = self._spreads(other.kind, (donor, r))
                        if all(a <= max(1, b) for a, b in zip(after, before)):
                            return True
                        self.remove(s)
                        self.remove(t)
                    self.add(s, donor)
                    self.add(t, r)
        return False

    def _spreads(self, kind: str, people: tuple[int, ...]) -> list[int]:
        out = []
        for i in sorted({self.pool_of[(kind, p)] for p in people if (kind, p) in self.pool_of}):
            counts = [self.kind_count[m][kind] for m in self.pools[i][2]]
            out.append(max(counts) - min(counts))
        return out

    def _apply_chain(self, end: int, parent: dict) -> bool:
        steps = []
        y = end
        while parent[y] is not None:
            x, s = parent[y]
            steps.append((s, x, y))
            y = x
        done = []
        for s, x, y in steps:  # from the end of the chain: each giver is freed before it takes
            if self.reason(y, self.posts[s.post_id], s.day) is not None:
                for s2, x2, _y2 in reversed(done):
                    self.move(s2, x2)
                return False
            self.move(s, y)
            done.append((s, x, y))
        return True

    # --- weekend running, confirmed by the independent checker --------------------------------

    def assignments(self) -> list[Assignment]:
        out = [Assignment(s.post_id, s.day, s.seat, pid, s in self.locked) for s, pid in self.cells.items()]
        out += self.extra
        pos = {p.id: i for i, p in enumerate(self.post_list)}
        out.sort(key=lambda a: (a.day, pos[a.post_id], a.seat, not a.locked))
        return out

    def _fix_running(self) -> bool:
        """Hand over each running duty the checker says someone else was free for (one per
        person per pass, each move checked on the live roster), until a pass finds none."""
        if self.rules.weekend_running != "avoid":
            return False
        changed = False
        for _ in range(50):
            self._tick()
            violations, _notes = check_details(self.assignments(), self.calendar, self.post_list,
                                               list(self.people.values()), self.rules)
            moved: set[int] = set()
            for v in violations:
                if v.code != "weekend_running" or v.person_id in moved:
                    continue
                cells = [Slot(v.post_id, v.day, v.seat)]
                if cells[0] in self.locked:  # hand over the other half of the pair instead
                    w = monday(v.day)
                    cells = sorted(s for s in self.mine[v.person_id] if s not in self.locked
                                   and self.days[s.day].rest_day and abs((self.mon[s.day] - w).days) == 7)
                for s in cells:
                    if self.cells.get(s) != v.person_id:
                        continue
                    r = next((x for x in self.free_people(s.post_id, s.day) if x != v.person_id), None)
                    if r is not None:
                        self.move(s, r)
                        moved.add(v.person_id)
                        break
            if not moved:
                return changed
            changed = True
        return changed

    # --- the result ---------------------------------------------------------------------------

    def _explain(self, slot: Slot) -> UnfilledSlot:
        post, d = self.posts[slot.post_id], slot.day
        first, rest = [], []
        for pid in self.people:
            code = self.reason(pid, post, d) or "not_chosen"
            ex = Exclusion(pid, code, self.params(pid, post, d, code))
            (rest if code in ("not_qualified", "exempt", "not_at_center") else first).append(ex)
        return UnfilledSlot(slot, tuple(first + rest))

    def _result(self) -> RosterResult:
        assignments = self.assignments()
        violations, notes = check_details(assignments, self.calendar, self.post_list,
                                          list(self.people.values()), self.rules)
        counts: dict[int, dict[str, int]] = {pid: {} for pid in self.people}
        for a in assignments:
            t = self.posts[a.post_id].duty_type
            counts[a.person_id][t] = counts[a.person_id].get(t, 0) + 1
        pools = []
        for kind, post_ids, members in self.pools:
            month = [self.kind_count[m][kind] for m in members]
            year = [self.kind_count[m][kind] + self.ytd[m][kind] for m in members]
            pools.append(PoolFairness(kind, post_ids, members, min(month), max(month), min(year), max(year)))
        unfilled = tuple(self._explain(s) for s in self.grid if s not in self.cells)
        return RosterResult(tuple(assignments), unfilled, counts, tuple(pools), tuple(violations),
                            tuple(notes), len(self.grid))

"""Month duty rosters (DOMAIN.md §5, issue 8): generate, edit by hand, swap, publish, print.

A roster is ``draft`` until published. Generation keeps the cells the clerk locked and refills
the rest (``domain.roster.generate``); a published roster is not regenerated, only changed cell
by cell, and each change after publication carries a reason (``roster.reason_required``). Every
change is in the roster's change log (who, when, what, why) and in the audit trail. A hand edit
or swap that would break a hard rule (leave, one place at a time, the weekly limit, weekends
running, qualification) is refused with the rule named; nothing is saved half-way.

调休 (compensatory time off): each weekend or holiday duty done in a published roster earns half
a day when the duty lasts 4 hours or less, a whole day otherwise (or when it has no times); 调休
leave (``leave_type='time_off'``) uses it, and filing more than the balance is refused.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from os import PathLike
from time import perf_counter

from sqlalchemy import delete, select, text

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.roster import generate as generate_roster
from govhr_desktop.domain.roster_explain import explain_cell
from govhr_desktop.domain.roster_rules import (
    Assignment,
    DutyPost,
    MonthCalendar,
    Person,
    Rules,
    Slot,
    check,
    check_swap,
    slots_of,
    swap,
)
from govhr_desktop.domain.security import RECORDS_EXPORT, RECORDS_READ, ROSTER_WRITE
from govhr_desktop.persistence.models import RosterCell, RosterChange, RosterMonth
from govhr_desktop.services.base import Service
from govhr_desktop.services.roster_inputs import (
    PersonInfo,
    month_bounds,
    month_calendar,
    people_for_month,
)
from govhr_desktop.services.roster_views import (
    CandidateView,
    CellView,
    ChangeView,
    ExclusionView,
    GenerateOutcome,
    RETIRED_MARK,
    MonthPost,
    PersonRow,
    RosterView,
    TimeOffRow,
    TodayDuty,
    UnfilledView,
    ViolationView,
)

REASON_MAX = 200
#: the notes under the printed roster
SHEET_NOTES = ("值班人员因故不能值班的，须提前一日报中心办公室调换，经同意后方可换班。",
               "周末及法定节假日值班按规定安排调休，调休须按请假程序办理。")
#: leave that uses up 调休
USING_LEAVE = ("filed", "unit_signed", "approved", "returned")
CellKey = tuple[int, date, int]


@dataclass
class _Month:
    """Everything generation and checks need about one month."""

    year: int
    month: int
    calendar: MonthCalendar
    posts: list[DutyPost]
    people: list[Person]
    info: dict[int, PersonInfo]
    rules: Rules

    def post(self, post_id: int) -> DutyPost | None:
        return next((p for p in self.posts if p.id == post_id), None)

    def slot_exists(self, post_id: int, day: date, seat: int) -> bool:
        post, rd = self.post(post_id), self.calendar.get(day)
        return post is not None and rd is not None and post.runs(rd) and 0 <= seat < post.people_needed


def earned_days(start, end) -> float:
    """调休 earned by one weekend/holiday duty of these times (None: a whole day)."""
    if start is None or end is None:
        return 1.0
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return 0.5 if minutes <= 240 else 1.0


class RosterService(Service):
    # --- inputs -------------------------------------------------------------------------------

    def _posts_service(self):
        from govhr_desktop.services.duty_posts import DutyPostService

        return DutyPostService(self.ctx)

    def _load(self, year: int, month: int) -> _Month:
        if not (1 <= month <= 12 and 2000 <= year <= 2100):
            raise DomainError("roster.month", "month", year=year, month=month)
        posts_service = self._posts_service()
        posts = posts_service.domain_posts(year, month)
        with self.ctx.connect() as c:
            types = dict(c.execute(text("SELECT id, duty_type FROM duty_post")).all())
        people, info = people_for_month(self.ctx, year, month, types)
        return _Month(year, month, month_calendar(self.ctx, year, month), posts, people, info,
                      posts_service.rules())

    def _row(self, s, year: int, month: int) -> RosterMonth | None:
        return s.scalars(select(RosterMonth).where(RosterMonth.year == year, RosterMonth.month == month)).first()

    @staticmethod
    def _assignments(s, roster_id: int) -> list[Assignment]:
        rows = s.execute(select(RosterCell.post_id, RosterCell.day, RosterCell.seat, RosterCell.staff_id,
                                RosterCell.locked).where(RosterCell.roster_id == roster_id)
                         .order_by(RosterCell.day, RosterCell.post_id, RosterCell.seat)).all()
        return [Assignment(p, d, n, sid, bool(lk)) for p, d, n, sid, lk in rows]

    # --- reading ------------------------------------------------------------------------------

    def month(self, year: int, month: int) -> RosterView:
        self.require(RECORDS_READ, "roster.view")
        m = self._load(year, month)
        with self.ctx.read() as s:
            row = self._row(s, year, month)
            cells = self._assignments(s, row.id) if row is not None else []
            status = row.status if row is not None else "none"
            stored = json.loads(row.unfilled) if row is not None and row.unfilled else []
            head = (row.id, row.revision, row.generated_at, row.generated_by, row.published_at,
                    row.published_by) if row is not None else (None, 0, None, "", None, "")
        # posts made inactive since: their cells are still shown (and printed), as they were
        retired_ids = {a.post_id for a in cells} - {p.id for p in m.posts}
        retired = self._posts_service().domain_posts(year, month, only_ids=retired_ids) if retired_ids else []
        retired_ids = {p.id for p in retired}
        known = {p.id for p in m.people}
        missing = {a.person_id for a in cells} - known
        names = dict(m.info)
        if missing:  # someone no longer at the center holds a cell: show them all the same
            with self.ctx.connect() as c:
                for sid, name, unit in c.execute(text(
                        "SELECT s.id, s.name, u.short_name FROM staff s JOIN home_unit u ON u.id = s.home_unit_id "
                        f"WHERE s.id IN ({','.join(str(int(i)) for i in missing)})")):
                    names[sid] = PersonInfo(sid, name, unit, "")
        checked = [a for a in cells if a.person_id in known and m.post(a.post_id) is not None]
        violations = check(checked, m.calendar, m.posts, m.people, m.rules) if checked else []
        problems: dict[CellKey, list[str]] = defaultdict(list)
        for v in violations:
            problems[(v.post_id, v.day, v.seat)].append(v.code)
        for a in cells:
            if a.person_id in missing:
                problems[(a.post_id, a.day, a.seat)].append("not_at_center")
            elif m.post(a.post_id) is None and a.post_id not in retired_ids:
                problems[(a.post_id, a.day, a.seat)].append("no_such_slot")
        post_names = {p.id: p.name for p in m.posts}
        post_names.update((p.id, p.name + RETIRED_MARK) for p in retired)
        cell_views = tuple(
            CellView(a.post_id, a.day, a.seat, a.person_id, names[a.person_id].name, names[a.person_id].unit,
                     a.locked, tuple(problems.get((a.post_id, a.day, a.seat), ())))
            for a in cells)
        taken = {(a.post_id, a.day, a.seat) for a in cells}
        explained = {(u["post"], date.fromisoformat(u["day"]), u["seat"]): u for u in stored}
        unfilled = []
        if status != "none":
            for sl in slots_of(m.calendar, m.posts):
                k = (sl.post_id, sl.day, sl.seat)
                if k in taken:
                    continue
                u = explained.get(k)
                ex = tuple(ExclusionView(pid, names[pid].name if pid in names else str(pid), code, params)
                           for pid, code, params in (u["ex"] if u else ()))
                unfilled.append(UnfilledView(sl.post_id, post_names.get(sl.post_id, ""), sl.day, sl.seat,
                                             u["considered"] if u else 0, ex))
        month_counts: dict[int, dict[str, int]] = defaultdict(dict)
        kinds = {p.id: p.kind for p in (*m.posts, *retired)}
        for a in cells:
            k = kinds.get(a.post_id)
            if k:
                month_counts[a.person_id][k] = month_counts[a.person_id].get(k, 0) + 1
        ytd = {p.id: {k: p.ytd_kind(k) for k in ("lunch", "extended", "weekend")} for p in m.people}
        balances = self._balances(year)
        _first, _last = month_bounds(year, month)
        people = tuple(PersonRow(p.id, m.info[p.id].name, m.info[p.id].unit, m.info[p.id].window,
                                 {d: part for d, part in p.leave.items() if d.year == year and d.month == month},
                                 balances.get(p.id, 0.0)) for p in m.people)
        leaders, joint = self._leaders(year, month)
        return RosterView(
            year, month, head[0], status, head[1], head[2], head[3], head[4], head[5], m.calendar.days,
            tuple(MonthPost(p.id, post_names[p.id], p.duty_type, p.people_needed, p.start, p.end,
                            tuple(d.day for d in m.calendar.days if p.runs(d)), p.sort_order,
                            p.id not in retired_ids)
                  for p in sorted((*m.posts, *retired), key=lambda p: (p.sort_order, p.id))),
            cell_views, people, tuple(unfilled),
            tuple(ViolationView(v.code, v.person_id, names[v.person_id].name if v.person_id in names else "",
                                v.post_id, post_names.get(v.post_id, ""), v.day, v.seat, dict(v.params))
                  for v in violations),
            leaders, joint, dict(month_counts), ytd)

    def _leaders(self, year: int, month: int) -> tuple[dict[date, str], dict[date, tuple[str, ...]]]:
        from govhr_desktop.services.leader_duty import day_texts

        with self.ctx.read() as s:
            return day_texts(s, *month_bounds(year, month))

    def changes(self, year: int, month: int) -> list[ChangeView]:
        self.require(RECORDS_READ, "roster.changes")
        with self.ctx.read() as s:
            row = self._row(s, year, month)
            if row is None:
                return []
            rows = s.scalars(select(RosterChange).where(RosterChange.roster_id == row.id)
                             .order_by(RosterChange.id.desc()))
            return [ChangeView(r.id, r.changed_at, r.changed_by, r.kind, bool(r.after_publish), r.detail, r.reason)
                    for r in rows]

    def candidates(self, year: int, month: int, post_id: int, day: date, seat: int) -> list[CandidateView]:
        """Everyone for one cell: who could take it now (fewest such duties this month first)
        and why each of the others could not."""
        self.require(RECORDS_READ, "roster.candidates")
        m = self._load(year, month)
        if not m.slot_exists(post_id, day, seat):
            raise DomainError("roster.no_such_slot", "first", day=day.isoformat())
        with self.ctx.read() as s:
            row = self._row(s, year, month)
            cells = self._assignments(s, row.id) if row is not None else []
        known = {p.id for p in m.people}
        cells = [a for a in cells if a.person_id in known and m.post(a.post_id) is not None]
        kind = m.post(post_id).kind  # type: ignore[union-attr]
        counts = Counter(a.person_id for a in cells if m.post(a.post_id).kind == kind)  # type: ignore[union-attr]
        out = []
        for e in explain_cell(m.calendar, m.posts, m.people, cells, Slot(post_id, day, seat), m.rules):
            i = m.info[e.person_id]
            out.append(CandidateView(e.person_id, i.name, i.unit, e.code == "", e.code, dict(e.params),
                                     counts.get(e.person_id, 0)))
        return out

    # --- generation ---------------------------------------------------------------------------

    def generate(self, year: int, month: int, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> GenerateOutcome:
        """Fill the month's roster, keeping locked cells. Runs in a worker thread from the UI."""
        self.require(ROSTER_WRITE, "roster.generate", f"{year}-{month:02d}")
        t0 = perf_counter()
        m = self._load(year, month)
        if not m.posts:
            raise DomainError("roster.no_posts", "posts")
        with self.ctx.read() as s:
            row = self._row(s, year, month)
            if row is not None and row.status == "published":
                raise DomainError("roster.published_regenerate", "month", year=year, month=month)
            locked = [a for a in self._assignments(s, row.id) if a.locked] if row is not None else []
        result = generate_roster(m.calendar, m.posts, m.people, m.rules, locked, progress, cancelled)
        if cancelled is not None and cancelled():
            raise DomainError("roster.cancelled")
        unfilled = [{"post": u.slot.post_id, "day": u.slot.day.isoformat(), "seat": u.slot.seat,
                     "considered": len(u.exclusions),
                     "ex": [[e.person_id, e.code, dict(e.params)] for e in u.exclusions]}
                    for u in result.unfilled]
        with self.ctx.transaction() as s:
            row = self._row(s, year, month)
            if row is None:
                row = RosterMonth(year=year, month=month, status="draft", revision=0, generated_by="",
                                  published_by="", unfilled="")
                s.add(row)
                s.flush()
            elif row.status == "published":  # published meanwhile
                raise DomainError("roster.published_regenerate", "month", year=year, month=month)
            s.execute(delete(RosterCell).where(RosterCell.roster_id == row.id))
            s.execute(RosterCell.__table__.insert(), [
                {"roster_id": row.id, "post_id": a.post_id, "day": a.day, "seat": a.seat, "staff_id": a.person_id,
                 "locked": a.locked} for a in result.assignments])
            row.generated_at = datetime.now().replace(microsecond=0)
            row.generated_by = self.ctx.actor.username
            row.unfilled = json.dumps(unfilled, ensure_ascii=False, separators=(",", ":"))
            detail = (f"排班 {len(result.assignments)}/{result.cells}，保留锁定 {len(locked)}，"
                      f"空缺 {len(result.unfilled)}")
            self._log(s, row, "generate", detail)
            self.audit(s, "roster.generate", record_type="roster_month", record_id=row.id,
                       label=f"{year}年{month}月值班表", detail=detail)
        spread = {k: result.spread(k) for k in ("lunch", "extended", "weekend")}
        return GenerateOutcome(len(result.assignments), result.cells, len(result.unfilled), len(locked),
                               len(result.violations), spread, perf_counter() - t0)

    # --- editing ------------------------------------------------------------------------------

    def _log(self, s, row: RosterMonth, kind: str, detail: str, reason: str = "") -> None:
        s.add(RosterChange(roster_id=row.id, changed_by=self.ctx.actor.username, kind=kind,
                           after_publish=row.status == "published", detail=detail, reason=reason))

    def _edit(self, s, year: int, month: int, reason: str, *, always_reason: bool = False,
              after_publish_reason: bool = True) -> tuple[RosterMonth, str]:
        reason = (reason or "").strip()
        row = self._row(s, year, month)
        if row is None:
            raise DomainError("roster.not_made", "month", year=year, month=month)
        if ((row.status == "published" and after_publish_reason) or always_reason) and not reason:
            raise DomainError("roster.reason_required", "reason")
        if len(reason) > REASON_MAX:
            raise DomainError("too_long", "reason", max=REASON_MAX)
        return row, reason

    def _cell(self, s, row: RosterMonth, post_id: int, day: date, seat: int) -> RosterCell | None:
        return s.scalars(select(RosterCell).where(
            RosterCell.roster_id == row.id, RosterCell.post_id == post_id, RosterCell.day == day,
            RosterCell.seat == seat)).first()

    @staticmethod
    def _refusals(m: _Month, found: Sequence, field: str) -> ValidationError:
        """The rules a hand edit would break, as errors naming the person, day and post."""
        errors = []
        for v in found:
            pid = v.person_id
            post = m.post(v.post_id)
            name = m.info[pid].name if pid in m.info else str(pid)
            params = {k: (x.isoformat() if isinstance(x, date) else x) for k, x in dict(v.params).items()}
            if "post" in params and isinstance(params["post"], int) and m.post(params["post"]):
                params["other_post"] = m.post(params["post"]).name  # type: ignore[union-attr]
            errors.append(DomainError(f"roster.rule.{v.code}", field, name=name, day=v.day.isoformat(),
                                      post_name=post.name if post else "", **params))
        return ValidationError(errors)

    def _describe(self, m: _Month, post_id: int, day: date, seat: int) -> str:
        post = m.post(post_id)
        label = post.name if post else str(post_id)
        if post is not None and post.people_needed > 1:
            label += f"#{seat + 1}"
        return f"{day.month}月{day.day}日 {label}"

    def set_cell(self, year: int, month: int, post_id: int, day: date, seat: int, staff_id: int,
                 reason: str = "") -> None:
        """Give one cell to ``staff_id`` by hand; the cell is locked (kept by generation)."""
        self.require(ROSTER_WRITE, "roster.set", f"{year}-{month:02d}")
        m = self._load(year, month)
        if not m.slot_exists(post_id, day, seat):
            raise DomainError("roster.no_such_slot", "first", day=day.isoformat())
        if staff_id not in m.info:
            raise DomainError("roster.unknown_person", "staff_id", person=staff_id, day=day.isoformat())
        with self.ctx.transaction() as s:
            row, reason = self._edit(s, year, month, reason)
            cells = [a for a in self._assignments(s, row.id) if (a.post_id, a.day, a.seat) != (post_id, day, seat)]
            known = {p.id for p in m.people}
            base = [a for a in cells if a.person_id in known and m.post(a.post_id) is not None]
            before = {v.key for v in check(base, m.calendar, m.posts, m.people, m.rules)}
            trial = base + [Assignment(post_id, day, seat, staff_id, True)]
            new = [v for v in check(trial, m.calendar, m.posts, m.people, m.rules) if v.key not in before]
            if new:
                raise self._refusals(m, new, "staff_id")
            cell = self._cell(s, row, post_id, day, seat)
            old = m.info[cell.staff_id].name if cell is not None and cell.staff_id in m.info else ""
            if cell is None:
                cell = RosterCell(roster_id=row.id, post_id=post_id, day=day, seat=seat)
                s.add(cell)
            cell.staff_id, cell.locked = staff_id, True
            detail = f"{self._describe(m, post_id, day, seat)}：{old or '空'} → {m.info[staff_id].name}"
            self._log(s, row, "set", detail, reason)
            self.audit(s, "roster.set", record_type="roster_month", record_id=row.id,
                       label=f"{year}年{month}月值班表", detail=detail + (f"；原因：{reason}" if reason else ""))

    def clear_cell(self, year: int, month: int, post_id: int, day: date, seat: int, reason: str = "") -> None:
        self.clear_cells(year, month, [(post_id, day, seat)], reason)

    def clear_cells(self, year: int, month: int, slots: Sequence[CellKey], reason: str = "") -> int:
        """Empty cells (all or nothing: one already empty refuses the lot)."""
        self.require(ROSTER_WRITE, "roster.clear", f"{year}-{month:02d}")
        m = self._load(year, month)
        with self.ctx.transaction() as s:
            row, reason = self._edit(s, year, month, reason)
            for post_id, day, seat in slots:
                cell = self._cell(s, row, post_id, day, seat)
                if cell is None:
                    raise DomainError("roster.cell_empty", "first", post=post_id, day=day.isoformat(), seat=seat)
                name = m.info[cell.staff_id].name if cell.staff_id in m.info else str(cell.staff_id)
                s.delete(cell)
                detail = f"{self._describe(m, post_id, day, seat)}：{name} → 空"
                self._log(s, row, "clear", detail, reason)
                self.audit(s, "roster.clear", record_type="roster_month", record_id=row.id,
                           label=f"{year}年{month}月值班表", detail=detail + (f"；原因：{reason}" if reason else ""))
            return len(slots)

    def set_locked(self, year: int, month: int, slots: Sequence[CellKey], locked: bool, reason: str = "") -> int:
        """Lock or unlock cells (locked cells are kept when the month is generated again).
        Locking changes nobody's duty, so it needs no reason after publication either."""
        self.require(ROSTER_WRITE, "roster.lock", f"{year}-{month:02d}")
        with self.ctx.transaction() as s:
            row, reason = self._edit(s, year, month, reason, after_publish_reason=False)
            n = 0
            for post_id, day, seat in slots:
                cell = self._cell(s, row, post_id, day, seat)
                if cell is not None and bool(cell.locked) != locked:
                    cell.locked = locked
                    n += 1
            if n:
                kind = "lock" if locked else "unlock"
                self._log(s, row, kind, f"{n} 格", reason)
                self.audit(s, f"roster.{kind}", record_type="roster_month", record_id=row.id,
                           label=f"{year}年{month}月值班表", detail=f"cells={n}")
            return n

    def swap(self, year: int, month: int, first: CellKey, second: CellKey | int, reason: str) -> None:
        """换班: exchange the people of two cells, or give a cell to another person (替班).
        A reason is always required; the swap is checked against the same rules; both cells
        are locked afterwards."""
        self.require(ROSTER_WRITE, "roster.swap", f"{year}-{month:02d}")
        m = self._load(year, month)
        a = Slot(*first)
        b = Slot(*second) if isinstance(second, tuple) else int(second)
        with self.ctx.transaction() as s:
            row, reason = self._edit(s, year, month, reason, always_reason=True)
            known = {p.id for p in m.people}
            cells = [x for x in self._assignments(s, row.id) if x.person_id in known and m.post(x.post_id) is not None]
            new = check_swap(cells, a, b, m.calendar, m.posts, m.people, m.rules)
            if new:
                raise self._refusals(m, new, "second")
            result = {x.slot: x for x in swap(cells, a, b)}
            changed = [result[k] for k in ([a, b] if isinstance(b, Slot) else [a])]
            names = []
            for x in changed:
                cell = self._cell(s, row, x.post_id, x.day, x.seat)
                names.append(m.info[cell.staff_id].name)
                cell.staff_id, cell.locked = x.person_id, True
            if isinstance(b, Slot):
                detail = (f"{self._describe(m, *first)} {names[0]} ⇄ {self._describe(m, *second)} {names[1]}")
            else:
                detail = f"{self._describe(m, *first)}：{names[0]} → {m.info[b].name}（替班）"
            self._log(s, row, "swap", detail, reason)
            self.audit(s, "roster.swap", record_type="roster_month", record_id=row.id,
                       label=f"{year}年{month}月值班表", detail=f"{detail}；原因：{reason}")

    def publish(self, year: int, month: int) -> int:
        """Publish the roster (again: the next 版). Refused while a cell breaks a hard rule."""
        self.require(ROSTER_WRITE, "roster.publish", f"{year}-{month:02d}")
        m = self._load(year, month)
        with self.ctx.transaction() as s:
            row = self._row(s, year, month)
            if row is None:
                raise DomainError("roster.not_made", "month", year=year, month=month)
            cells = self._assignments(s, row.id)
            known = {p.id for p in m.people}
            bad = [a for a in cells if a.person_id not in known or not m.slot_exists(a.post_id, a.day, a.seat)]
            violations = check([a for a in cells if a not in bad], m.calendar, m.posts, m.people, m.rules)
            if bad or violations:
                raise DomainError("roster.publish_violations", "month", count=len(bad) + len(violations))
            row.status = "published"
            row.revision = (row.revision or 0) + 1
            row.published_at = datetime.now().replace(microsecond=0)
            row.published_by = self.ctx.actor.username
            empty = len(slots_of(m.calendar, m.posts)) - len(cells)
            detail = f"第{row.revision}版，{len(cells)} 人次" + (f"，空缺 {empty}" if empty else "")
            self._log(s, row, "publish", detail)
            self.audit(s, "roster.publish", record_type="roster_month", record_id=row.id,
                       label=f"{year}年{month}月值班表", detail=detail)
            return row.revision

    # --- print and export ---------------------------------------------------------------------

    def _sheet(self, year: int, month: int):
        from govhr_desktop.documents.roster_sheet import sheet_from_view
        from govhr_desktop.services.center import CenterService

        view = self.month(year, month)
        if view.status == "none":
            raise DomainError("roster.not_made", "month", year=year, month=month)
        return sheet_from_view(view, CenterService(self.ctx).get().name, date.today(), notes=SHEET_NOTES)

    def roster_pdf(self, year: int, month: int) -> bytes:
        """The month roster for the notice board: A4 landscape, with the leader row and legend."""
        self.require(RECORDS_READ, "roster.print")
        from govhr_desktop.documents.roster_sheet import render_roster_pdf

        data = render_roster_pdf(self._sheet(year, month))
        with self.ctx.transaction() as s:
            self.audit(s, "roster.print", record_type="roster_month", label=f"{year}年{month}月值班表",
                       detail=f"bytes={len(data)}")
        return data

    def export_xlsx(self, year: int, month: int, path: str | PathLike[str]) -> None:
        """The month roster as .xlsx: the post × day grid and the person × day sheet."""
        self.require(RECORDS_EXPORT, "roster.export", str(path))
        from govhr_desktop.exchange.roster_export import export_roster_xlsx

        export_roster_xlsx(self._sheet(year, month), path)
        with self.ctx.transaction() as s:
            self.audit(s, "roster.export", record_type="roster_month", label=f"{year}年{month}月值班表",
                       detail=str(path))

    # --- 调休 ----------------------------------------------------------------------------------

    def _balances(self, year: int, as_of: date | None = None) -> dict[int, float]:
        return {r.staff_id: r.balance for r in self._time_off(year, as_of)}

    def _time_off(self, year: int, as_of: date | None = None) -> list[TimeOffRow]:
        as_of = as_of or date.today()
        from govhr_desktop.services.calendar import CalendarService

        cal = CalendarService(self.ctx).work_calendar(year, year)
        p = {"a": date(year, 1, 1).isoformat(), "b": min(as_of, date(year, 12, 31)).isoformat()}
        with self.ctx.connect() as c:
            duty = c.execute(text(
                "SELECT c.staff_id, c.day, p.start_time, p.end_time FROM roster_cell c "
                "JOIN roster_month r ON r.id = c.roster_id AND r.status = 'published' "
                "JOIN duty_post p ON p.id = c.post_id WHERE c.day >= :a AND c.day <= :b"), p).all()
            used = c.execute(text(
                "SELECT staff_id, sum(working_days) FROM leave_request WHERE leave_type = 'time_off' "
                "AND status IN ('filed','unit_signed','approved','returned') "
                "AND start_on >= :a AND start_on <= :y GROUP BY staff_id"),
                {"a": p["a"], "y": date(year, 12, 31).isoformat()}).all()
            people = {sid: (n, u) for sid, n, u in c.execute(text(
                "SELECT s.id, s.name, h.short_name FROM staff s JOIN home_unit h ON h.id = s.home_unit_id"))}
        earned: dict[int, float] = defaultdict(float)
        duties: Counter = Counter()
        for sid, day, start, end in duty:
            d = day if isinstance(day, date) else date.fromisoformat(str(day)[:10])
            if cal.is_working_day(d):
                continue
            st = _time(start)
            en = _time(end)
            earned[sid] += earned_days(st, en)
            duties[sid] += 1
        spent = {sid: float(n or 0) for sid, n in used}
        ids = sorted(set(earned) | set(spent), key=lambda i: (people.get(i, ("", ""))[1], people.get(i, ("", ""))[0], i))
        return [TimeOffRow(i, people.get(i, ("", ""))[0], people.get(i, ("", ""))[1], duties[i], earned.get(i, 0.0),
                           spent.get(i, 0.0)) for i in ids]

    def time_off(self, year: int, as_of: date | None = None) -> list[TimeOffRow]:
        """调休 per person for ``year``: earned by weekend/holiday duty done up to ``as_of``
        (today) in published rosters, used by 调休 leave of the year."""
        self.require(RECORDS_READ, "roster.time_off")
        return self._time_off(year, as_of)

    def time_off_balance(self, staff_id: int, year: int, as_of: date | None = None) -> float:
        return self._balances(year, as_of).get(staff_id, 0.0)

    # --- home page ----------------------------------------------------------------------------

    def today(self, day: date | None = None) -> TodayDuty:
        """Who is on duty ``day`` (published roster, or the draft marked as such), the duty
        leader and joint duty, and how many cells of the month are still empty."""
        self.require(RECORDS_READ, "roster.today")
        day = day or date.today()
        leaders, joint = self._leaders(day.year, day.month)
        with self.ctx.read() as s:
            row = self._row(s, day.year, day.month)
            status = row.status if row is not None else "none"
            filled: dict[int, int] = {}
            duties: list[tuple[str, str, str]] = []
            by_post: dict[int, list[str]] = defaultdict(list)
            if row is not None:
                filled = dict(s.execute(text("SELECT post_id, count(*) FROM roster_cell WHERE roster_id = :r "
                                             "GROUP BY post_id"), {"r": row.id}).all())
                for pid, name in s.execute(text(
                        "SELECT c.post_id, s.name FROM roster_cell c JOIN staff s ON s.id = c.staff_id "
                        "WHERE c.roster_id = :r AND c.day = :d ORDER BY c.post_id, c.seat"),
                        {"r": row.id, "d": day.isoformat()}):
                    by_post[pid].append(name)
        unfilled = 0
        if row is not None:
            service = self._posts_service()
            posts = service.domain_posts(day.year, day.month)
            cal = month_calendar(self.ctx, day.year, day.month)
            active = {p.id for p in posts}
            unfilled = max(0, len(slots_of(cal, posts)) - sum(n for pid, n in filled.items() if pid in active))
            retired_ids = set(by_post) - active
            retired = service.domain_posts(day.year, day.month, only_ids=retired_ids) if retired_ids else []
            for p in sorted((*posts, *retired), key=lambda p: (p.sort_order, p.id)):
                if by_post.get(p.id):
                    times = f"{p.start:%H:%M}–{p.end:%H:%M}" if p.start and p.end else ""
                    name = p.name if p.id in active else p.name + RETIRED_MARK
                    duties.append((name, times, "、".join(by_post[p.id])))
        return TodayDuty(day, leaders.get(day, ""), joint.get(day, ()), tuple(duties), status == "published",
                         unfilled, status)


def _time(value) -> time | None:
    if value is None or isinstance(value, time):
        return value
    return time.fromisoformat(str(value)[:8])


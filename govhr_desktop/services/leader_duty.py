"""Leader duty (DOMAIN.md §5, issue 8): the rota of the center's duty leaders (带班领导 / 值班长),
joint duty (共同值班: a home unit's leader on duty at the center with the day's duty leader) and
the daily duty log (服务日志).

Rules:

* Every working day has a duty leader; ``fill_rota`` fills the days without one, among the
  leaders marked 带班领导 on the center settings page, keeping the days already set. The
  rotation continues from the last leader assigned before each day, and whoever has had the
  fewest days this year goes first, so the load stays even over the months. A leader new to
  the rota joins it level with the others instead of catching up on the days before they came.
* Joint duty needs the day's center duty leader; one unit at most once a day; the unit must be
  active. ``joint_plan`` books one unit's leader on several days at once, all or nothing.
* A duty log cannot be written for a day that has not come yet; its summary is required.

Every change is one transaction with its audit entry; nothing is saved half-way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import DUTY_LOG_WRITE, RECORDS_READ
from govhr_desktop.domain.vocab import Choice, Vocabulary
from govhr_desktop.persistence.models import CenterLeader, HomeUnit
from govhr_desktop.persistence.models_roster import DutyLog, JointDuty, LeaderDuty
from govhr_desktop.services.audit import snapshot
from govhr_desktop.services.base import Service, get_or_fail
from govhr_desktop.services.calendar import CalendarService
from govhr_desktop.services.roster_inputs import month_bounds, month_calendar

__all__ = [
    "DAY_KIND",
    "DutyLogView",
    "JointView",
    "LeaderDayView",
    "LeaderDutyService",
]

DAY_KIND = Vocabulary(
    "leader_day_kind",
    [Choice("workday", "工作日", "Working day"), Choice("weekend", "周末", "Weekend"),
     Choice("holiday", "节假日", "Holiday")],
)

NOTE_MAX = 60          # leader_duty.note, joint_duty.note
LEADER_NAME_MAX = 20   # joint_duty.leader_name
LEADER_TITLE_MAX = 30  # joint_duty.leader_title
SUMMARY_MAX = 2000
INCIDENTS_MAX = 2000
HANDOVER_MAX = 1000


# --- views ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class JointView:
    id: int
    day: date
    home_unit_id: int
    unit_name: str  # the unit's short name
    leader_name: str
    leader_title: str
    note: str

    @property
    def text(self) -> str:
        """"税务局 王五（副局长）"."""
        title = f"（{self.leader_title}）" if self.leader_title else ""
        return f"{self.unit_name} {self.leader_name}{title}"


@dataclass(frozen=True)
class LeaderDayView:
    """One day of the leader rota."""

    day: date
    kind: str  # workday / weekend / holiday (make-up working days are workdays, ``makeup`` set)
    holiday_name: str  # the calendar's name of a holiday or make-up working day
    makeup: bool
    leader_id: int | None
    leader_name: str
    leader_title: str
    note: str
    joint: tuple[JointView, ...]
    has_log: bool

    @property
    def id(self) -> int:  # lists select rows by id
        return self.day.toordinal()

    @property
    def weekday(self) -> int:
        return self.day.weekday()

    @property
    def is_rest_day(self) -> bool:
        return self.kind != "workday"


@dataclass(frozen=True)
class DutyLogView:
    """The 服务日志 of one day; ``exists`` False: nothing written yet (the texts are empty)."""

    day: date
    exists: bool
    leader_id: int | None
    leader_name: str
    leader_title: str
    joint: tuple[str, ...]  # "税务局 王五（副局长）"
    summary: str
    incidents: str
    handover: str
    written_by: str
    written_at: datetime | None

    @property
    def id(self) -> int:
        return self.day.toordinal()


# --- helpers ----------------------------------------------------------------------------------


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    if not 1 <= month <= 12:
        raise DomainError("setting.range", "month", low=1, high=12)
    if not 1900 <= year <= 9999:
        raise DomainError("setting.range", "year", low=1900, high=9999)
    return month_bounds(year, month)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _text(value: str | None) -> str:
    return (value or "").strip()


def _check_len(errors: list[DomainError], field: str, value: str, limit: int) -> None:
    if len(value) > limit:
        errors.append(DomainError("too_long", field, max=limit))


def day_texts(session, first: date, last: date) -> tuple[dict[date, str], dict[date, tuple[str, ...]]]:
    """For the roster views, the printout and the home page, inside the caller's session (no
    permission check): day -> duty leader's name, day -> joint duty ("税务局 王五（副局长）")."""
    leaders = dict(session.execute(
        select(LeaderDuty.day, CenterLeader.name).join(CenterLeader, CenterLeader.id == LeaderDuty.leader_id)
        .where(LeaderDuty.day >= first, LeaderDuty.day <= last)).all())
    joint: dict[date, list[str]] = {}
    for j in session.execute(
            select(JointDuty.day, HomeUnit.short_name, JointDuty.leader_name, JointDuty.leader_title)
            .join(HomeUnit, HomeUnit.id == JointDuty.home_unit_id)
            .where(JointDuty.day >= first, JointDuty.day <= last)
            .order_by(JointDuty.day, HomeUnit.sort_order, HomeUnit.id, JointDuty.id)):
        title = f"（{j.leader_title}）" if j.leader_title else ""
        joint.setdefault(j.day, []).append(f"{j.short_name} {j.leader_name}{title}")
    return leaders, {d: tuple(v) for d, v in joint.items()}


class LeaderDutyService(Service):
    # --- reading ------------------------------------------------------------------------------

    def duty_leaders(self) -> list[tuple[int, str, str]]:
        """(id, name, title) of the leaders marked 带班领导, in their order on the settings page."""
        self.require(RECORDS_READ, "leader_duty.leaders")
        with self.ctx.read() as s:
            return [tuple(r) for r in s.execute(
                select(CenterLeader.id, CenterLeader.name, CenterLeader.title)
                .where(CenterLeader.is_duty_leader.is_(True))
                .order_by(CenterLeader.sort_order, CenterLeader.id))]

    def _joint_views(self, s, first: date, last: date) -> dict[date, list[JointView]]:
        rows = s.execute(
            select(JointDuty, HomeUnit.short_name).join(HomeUnit, HomeUnit.id == JointDuty.home_unit_id)
            .where(JointDuty.day >= first, JointDuty.day <= last)
            .order_by(JointDuty.day, HomeUnit.sort_order, HomeUnit.id, JointDuty.id)).all()
        out: dict[date, list[JointView]] = {}
        for j, unit in rows:
            out.setdefault(j.day, []).append(JointView(j.id, j.day, j.home_unit_id, unit, j.leader_name,
                                                       j.leader_title or "", j.note or ""))
        return out

    def rota(self, year: int, month: int) -> list[LeaderDayView]:
        """Every day of the month with its kind, duty leader, joint duty and whether it has a log."""
        self.require(RECORDS_READ, "leader_duty.rota")
        first, last = _month_bounds(year, month)
        days = month_calendar(self.ctx, year, month).days
        with self.ctx.read() as s:
            duty = {r.day: (r.leader_id, r.note, name, title) for r, name, title in s.execute(
                select(LeaderDuty, CenterLeader.name, CenterLeader.title)
                .join(CenterLeader, CenterLeader.id == LeaderDuty.leader_id)
                .where(LeaderDuty.day >= first, LeaderDuty.day <= last))}
            joint = self._joint_views(s, first, last)
            logged = set(s.scalars(select(DutyLog.day).where(DutyLog.day >= first, DutyLog.day <= last)))
        out = []
        for rd in days:  # (the roster's days: make-up working days are workdays, on a weekend)
            d = rd.day
            leader_id, note, name, title = duty.get(d, (None, "", "", ""))
            out.append(LeaderDayView(d, rd.kind, rd.name, rd.kind == "workday" and d.weekday() >= 5,
                                     leader_id, name or "", title or "", note or "",
                                     tuple(joint.get(d, ())), d in logged))
        return out

    # --- the rota -----------------------------------------------------------------------------

    def fill_rota(self, year: int, month: int, include_rest_days: bool = False) -> int:
        """Give every working day of the month without a duty leader one (and the rest days too
        if asked); days already set are kept. Returns how many days were filled."""
        action = "leader_duty.fill"
        self.require(DUTY_LOG_WRITE, action, f"{year}-{month:02d}")
        first, last = _month_bounds(year, month)
        cal = CalendarService(self.ctx).work_calendar(year, year)
        with self.ctx.transaction() as s:
            everyone = s.execute(select(CenterLeader.id, CenterLeader.sort_order, CenterLeader.is_duty_leader)).all()
            sort_key = {lid: (order or 0, lid) for lid, order, _duty in everyone}
            order = sorted((lid for lid, _o, duty in everyone if duty), key=sort_key.__getitem__)
            if not order:
                raise DomainError("leader_duty.no_leaders")
            position = {lid: i for i, lid in enumerate(order)}
            year_rows = s.execute(select(LeaderDuty.day, LeaderDuty.leader_id).where(
                LeaderDuty.day >= date(year, 1, 1), LeaderDuty.day <= date(year, 12, 31))).all()
            taken = {d: lid for d, lid in year_rows if first <= d <= last}
            counts = Counter(lid for _d, lid in year_rows)
            prior = Counter(lid for d, lid in year_rows if d < first)
            # a leader new to the rota joins level with the others instead of catching up
            had = [prior[lid] for lid in order if prior[lid] > 0]
            level = min(had) if had else 0
            extra = {lid: (level if prior[lid] == 0 else 0) for lid in order}
            previous = s.execute(select(LeaderDuty.leader_id).where(LeaderDuty.day < first)
                                 .order_by(LeaderDuty.day.desc()).limit(1)).scalar()

            def start_after(last_id: int | None) -> int:
                """Index in ``order`` of the leader who comes after ``last_id`` in the rotation."""
                if last_id is None:
                    return 0
                if last_id in position:
                    return (position[last_id] + 1) % len(order)
                k = sort_key.get(last_id)  # no longer a duty leader: the next one after their place
                return next((i for i, lid in enumerate(order) if k is not None and sort_key[lid] > k), 0)

            filled: list[tuple[date, int]] = []
            last_id = previous
            for d in _days(first, last):
                if d in taken:
                    last_id = taken[d]
                    continue
                if not include_rest_days and not cal.is_working_day(d):
                    continue
                start = start_after(last_id)
                following = taken.get(d + timedelta(days=1))

                def rank(lid: int, start=start, following=following) -> tuple[int, int, int]:
                    return (counts[lid] + extra[lid], lid == following and len(order) > 1,
                            (position[lid] - start) % len(order))

                chosen = min(order, key=rank)
                s.add(LeaderDuty(day=d, leader_id=chosen, note=""))
                counts[chosen] += 1
                last_id = chosen
                filled.append((d, chosen))
            if filled:
                s.flush()
                self.audit(s, action, record_type="leader_duty", record_id=f"{year}-{month:02d}",
                           label=f"{year}年{month}月", after={d.isoformat(): lid for d, lid in filled},
                           detail=f"days={len(filled)} rest_days={'yes' if include_rest_days else 'no'}")
        return len(filled)

    def set_leader(self, day: date, leader_id: int | None, note: str = "") -> None:
        """Set the day's duty leader (``None`` clears the day, refused while it has joint duty)."""
        action = "leader_duty.set" if leader_id is not None else "leader_duty.clear"
        self.require(DUTY_LOG_WRITE, action, day.isoformat())
        note = _text(note)
        errors: list[DomainError] = []
        _check_len(errors, "note", note, NOTE_MAX)
        if errors:
            raise ValidationError(errors)
        with self.ctx.transaction() as s:
            row = s.get(LeaderDuty, day)
            before = snapshot(row) if row is not None else None
            if leader_id is None:
                if row is None:
                    return
                n = s.scalar(select(func.count()).select_from(JointDuty).where(JointDuty.day == day))
                if n:
                    raise DomainError("leader_duty.joint_needs_leader", "leader_id", day=day.isoformat(), count=n)
                s.delete(row)
                self.audit(s, action, record_type="leader_duty", record_id=day.isoformat(), before=before,
                           after={}, label=day.isoformat())
                return
            leader = s.get(CenterLeader, leader_id)
            if leader is None:
                raise ValidationError([DomainError("record.not_found", "leader_id", id=leader_id)])
            if not leader.is_duty_leader:
                raise ValidationError([DomainError("leader_duty.not_duty_leader", "leader_id", name=leader.name)])
            if row is None:
                row = LeaderDuty(day=day)
                s.add(row)
            row.leader_id, row.note = leader_id, note
            s.flush()
            self.audit(s, action, row, before=before, record_id=day.isoformat(),
                       label=f"{day.isoformat()} {leader.name}")

    # --- joint duty ---------------------------------------------------------------------------

    def _check_joint(self, s, days: list[date], home_unit_id: int | None, leader_name: str, leader_title: str,
                     note: str, exclude_id: int | None = None) -> HomeUnit:
        errors: list[DomainError] = []
        unit = s.get(HomeUnit, home_unit_id) if home_unit_id is not None else None
        if home_unit_id is None:
            errors.append(DomainError("required", "home_unit_id"))
        elif unit is None:
            errors.append(DomainError("record.not_found", "home_unit_id", id=home_unit_id))
        elif not unit.active:
            errors.append(DomainError("leader_duty.unit_inactive", "home_unit_id", unit=unit.short_name))
        if not leader_name:
            errors.append(DomainError("required", "leader_name"))
        _check_len(errors, "leader_name", leader_name, LEADER_NAME_MAX)
        _check_len(errors, "leader_title", leader_title, LEADER_TITLE_MAX)
        _check_len(errors, "note", note, NOTE_MAX)
        if not days:
            errors.append(DomainError("required", "days"))
        field = "days" if len(days) > 1 else "day"
        with_leader = set(s.scalars(select(LeaderDuty.day).where(LeaderDuty.day.in_(days)))) if days else set()
        for d in days:
            if d not in with_leader:
                errors.append(DomainError("leader_duty.joint_needs_leader", field, day=d.isoformat(), count=1))
        if unit is not None and days:
            q = select(JointDuty).where(JointDuty.home_unit_id == unit.id, JointDuty.day.in_(days))
            if exclude_id is not None:
                q = q.where(JointDuty.id != exclude_id)
            for j in s.scalars(q.order_by(JointDuty.day)):
                errors.append(DomainError("leader_duty.joint_duplicate", field, day=j.day.isoformat(),
                                          unit=unit.short_name, name=j.leader_name))
        if errors:
            raise ValidationError(errors)
        return unit  # type: ignore[return-value]

    def joint_plan(self, home_unit_id: int, days: Iterable[date], leader_name: str, leader_title: str = "",
                   note: str = "") -> list[int]:
        """Book one home unit's leader for joint duty on several days at once: all or nothing.
        Returns the new ids in day order."""
        action = "joint_duty.add"
        self.require(DUTY_LOG_WRITE, action, _text(leader_name))
        days = sorted(set(days))
        leader_name, leader_title, note = _text(leader_name), _text(leader_title), _text(note)
        with self.ctx.transaction() as s:
            unit = self._check_joint(s, days, home_unit_id, leader_name, leader_title, note)
            ids = []
            for d in days:
                row = JointDuty(day=d, home_unit_id=unit.id, leader_name=leader_name, leader_title=leader_title,
                                note=note)
                s.add(row)
                s.flush()
                self.audit(s, action, row, label=f"{d.isoformat()} {unit.short_name} {leader_name}")
                ids.append(row.id)
            return ids

    def add_joint(self, day: date, home_unit_id: int, leader_name: str, leader_title: str = "",
                  note: str = "") -> int:
        return self.joint_plan(home_unit_id, [day], leader_name, leader_title, note)[0]

    def update_joint(self, joint_id: int, home_unit_id: int, leader_name: str, leader_title: str = "",
                     note: str = "", day: date | None = None) -> None:
        """Change a joint duty (``day`` None keeps its day)."""
        action = "joint_duty.update"
        self.require(DUTY_LOG_WRITE, action, _text(leader_name))
        leader_name, leader_title, note = _text(leader_name), _text(leader_title), _text(note)
        with self.ctx.transaction() as s:
            row = get_or_fail(s, JointDuty, joint_id)
            before = snapshot(row)
            day = day or row.day
            unit = self._check_joint(s, [day], home_unit_id, leader_name, leader_title, note, exclude_id=joint_id)
            row.day, row.home_unit_id = day, unit.id
            row.leader_name, row.leader_title, row.note = leader_name, leader_title, note
            s.flush()
            self.audit(s, action, row, before=before, label=f"{day.isoformat()} {unit.short_name} {leader_name}")

    def remove_joint(self, joint_id: int) -> None:
        action = "joint_duty.remove"
        self.require(DUTY_LOG_WRITE, action)
        with self.ctx.transaction() as s:
            row = get_or_fail(s, JointDuty, joint_id)
            unit = s.get(HomeUnit, row.home_unit_id)
            label = f"{row.day.isoformat()} {unit.short_name if unit else ''} {row.leader_name}"
            self.audit(s, action, row, before=snapshot(row), after={}, label=label)
            s.delete(row)

    # --- the duty log -------------------------------------------------------------------------

    def _log_views(self, s, first: date, last: date, only_written: bool) -> list[DutyLogView]:
        logs = {r.day: r for r in s.scalars(select(DutyLog).where(DutyLog.day >= first, DutyLog.day <= last))}
        duty = dict(s.execute(select(LeaderDuty.day, LeaderDuty.leader_id)
                              .where(LeaderDuty.day >= first, LeaderDuty.day <= last)).all())
        leaders = {lid: (name, title) for lid, name, title in
                   s.execute(select(CenterLeader.id, CenterLeader.name, CenterLeader.title))}
        joint = self._joint_views(s, first, last)
        out = []
        for d in _days(first, last):
            log = logs.get(d)
            if log is None and only_written:
                continue
            # a written log names the leader it was written under; otherwise the rota's leader
            leader_id = log.leader_id if log is not None and log.leader_id is not None else duty.get(d)
            name, title = leaders.get(leader_id, ("", "")) if leader_id is not None else ("", "")
            texts = tuple(j.text for j in joint.get(d, ()))
            if log is None:
                out.append(DutyLogView(d, False, leader_id, name, title or "", texts, "", "", "", "", None))
            else:
                out.append(DutyLogView(d, True, leader_id, name, title or "", texts, log.summary or "",
                                       log.incidents or "", log.handover or "", log.written_by or "",
                                       log.written_at))
        return out

    def log(self, day: date) -> DutyLogView:
        """The day's log, or an empty one showing the day's duty leader and joint duty."""
        self.require(RECORDS_READ, "duty_log.view", day.isoformat())
        with self.ctx.read() as s:
            return self._log_views(s, day, day, only_written=False)[0]

    def logs(self, year: int, month: int) -> list[DutyLogView]:
        """The logs written for days of the month, by day."""
        self.require(RECORDS_READ, "duty_log.list", f"{year}-{month:02d}")
        first, last = _month_bounds(year, month)
        with self.ctx.read() as s:
            return self._log_views(s, first, last, only_written=True)

    def save_log(self, day: date, summary: str, incidents: str = "", handover: str = "", *,
                 today: date | None = None) -> None:
        """Write or rewrite the day's log (not for a day still to come)."""
        action = "duty_log.save"
        self.require(DUTY_LOG_WRITE, action, day.isoformat())
        today = today or date.today()
        summary, incidents, handover = _text(summary), _text(incidents), _text(handover)
        errors: list[DomainError] = []
        if day > today:
            errors.append(DomainError("duty_log.future_day", "day", day=day.isoformat(), today=today.isoformat()))
        if not summary:
            errors.append(DomainError("required", "summary"))
        _check_len(errors, "summary", summary, SUMMARY_MAX)
        _check_len(errors, "incidents", incidents, INCIDENTS_MAX)
        _check_len(errors, "handover", handover, HANDOVER_MAX)
        if errors:
            raise ValidationError(errors)
        with self.ctx.transaction() as s:
            row = s.get(DutyLog, day)
            before = snapshot(row) if row is not None else None
            if row is None:
                row = DutyLog(day=day)
                s.add(row)
            duty = s.get(LeaderDuty, day)
            row.leader_id = duty.leader_id if duty is not None else None
            row.summary, row.incidents, row.handover = summary, incidents, handover
            row.written_by, row.written_at = self.ctx.actor.username, datetime.now().replace(microsecond=0)
            s.flush()
            self.audit(s, action, row, before=before, record_id=day.isoformat(), label=day.isoformat())

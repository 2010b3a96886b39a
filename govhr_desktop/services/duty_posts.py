"""Service hours and duty posts (DOMAIN.md §5, issue 8): the seasons' normal opening hours
(夏季作息 / 冬季作息), the duty posts that need people outside them (午间值守, 延时服务, 周末值班,
节假日值班) with their times, the windows or zone they cover and how many people they need, each
post's times per season, and the rule settings of the roster (app_setting ``roster.*``).

Checks on a season (all listed at once, nothing saved when one fails):

- name required, at most 20 characters, unique;
- months 1–12; a season may wrap the year end (10 → 4 is October to April);
- hours in order: am_start < am_end ≤ pm_start < pm_end;
- no month in two seasons (``season.overlap`` names the first such month and the other season).

Checks on a duty post:

- name required, at most 30 characters, unique; duty type one of ``roster_rules.DUTY_TYPES``;
  1–50 people; sort order 0–9999; note at most 200 characters;
- days (``runs_on``): at least one, and fitting the type: 午间值守 and 延时服务 run on working
  days only, 周末值班 on Saturday and/or Sunday only, 节假日值班 on statutory holidays only
  (``duty_post.runs_on_type``). A make-up working day on a weekend counts as a working day and a
  holiday on a weekend as a holiday, so these four sets cover every day;
- times: both or neither (neither = the whole day), the end after the start. 午间值守 and 延时服务
  need times (a whole-day lunch duty makes no sense, and leave is checked against the times).
  午间值守 lies around noon: within 11:00–15:00 and overlapping the lunch break 11:30–14:30.
  延时服务 lies outside the normal day: it starts at 16:00 or later (evening) or ends by 10:00
  (early, 错时); it may not overlap 11:30–14:30 (that is lunch duty). Season times follow the same
  rules, with the season named in the message;
- windows: each must exist and not be closed (``active_to`` before today); a window closed later
  may stay on a post, the scheduler still takes its home unit's staff. Zone: must exist. A post
  covers windows *or* a zone, not both (with windows the zone would be ignored by the scheduler);
- a post needing more people than could ever qualify is not checked here: the scheduler reports
  it (``roster.not_enough_qualified``) for the month it is asked to fill.

A post that roster cells use cannot be removed (``duty_post.in_use``): set it inactive instead.
Reading (``seasons``, ``posts``, ``get``) needs RECORDS_READ; ``rules``, ``season_for`` and
``domain_posts`` are what the roster service builds on and check nothing themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, time

from sqlalchemy import delete, func, select, text

from govhr_desktop.domain import roster_rules
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.roster_rules import DUTY_TYPES, RUNS_ON, WEEKEND_RUNNING, Rules
from govhr_desktop.domain.security import RECORDS_READ, ROSTER_WRITE
from govhr_desktop.persistence.models import Window, Zone
from govhr_desktop.persistence.models_roster import (
    DutyPost,
    DutyPostSeasonTime,
    DutyPostWindow,
    RosterCell,
    ServiceSeason,
)
from govhr_desktop.services.audit import snapshot
from govhr_desktop.services.base import Service, get_or_fail
from govhr_desktop.services.duty_post_views import (
    ALLOWED_RUNS_ON,
    DEFAULT_RUNS_ON,
    MAX_PER_WEEK_RANGE,
    NAME_MAX,
    NOTE_MAX,
    PEOPLE_RANGE,
    RULE_KEYS,
    SEASON_NAME_MAX,
    SORT_RANGE,
    TIMED_TYPES,
    WEEKEND_RUNNING_LABELS,
    PostView,
    SeasonView,
    as_time,
    compress_numbers,
    int_in,
    months_label,
    months_of,
    span,
    type_time_error,
)
from govhr_desktop.services.roster_views import DUTY_TYPE, RUNS_ON_LABELS, hm

__all__ = [
    "ALLOWED_RUNS_ON",
    "DEFAULT_RUNS_ON",
    "NAME_MAX",
    "NOTE_MAX",
    "RULE_KEYS",
    "SEASON_NAME_MAX",
    "WEEKEND_RUNNING_LABELS",
    "DutyPostService",
    "PostView",
    "SeasonView",
    "compress_numbers",
]

# --- the service -----------------------------------------------------------------------------


class DutyPostService(Service):
    def today(self) -> date:
        return date.today()

    # --- seasons ------------------------------------------------------------------------------

    def _season_views(self, s) -> list[SeasonView]:
        counts = dict(s.execute(select(DutyPostSeasonTime.season_id, func.count())
                                .group_by(DutyPostSeasonTime.season_id)).all())
        rows = s.scalars(select(ServiceSeason).order_by(ServiceSeason.first_month, ServiceSeason.id))
        return [SeasonView(r.id, r.name, r.first_month, r.last_month, r.am_start, r.am_end, r.pm_start,
                           r.pm_end, counts.get(r.id, 0)) for r in rows]

    def seasons(self) -> list[SeasonView]:
        self.require(RECORDS_READ, "roster.season.list")
        with self.ctx.read() as s:
            return self._season_views(s)

    def season_for(self, month: int) -> SeasonView | None:
        """The season covering ``month`` (1–12), None when no season does."""
        with self.ctx.read() as s:
            return next((v for v in self._season_views(s) if v.covers(month)), None)

    def save_season(self, season_id: int | None, name: str, first_month: int, last_month: int,
                    am_start: time, am_end: time, pm_start: time, pm_end: time) -> int:
        """Add (``season_id`` None) or change a season; raises ValidationError naming every wrong
        field. Returns the season's id."""
        action = "roster.season.save"
        self.require(ROSTER_WRITE, action, name or "")
        errors: list[DomainError] = []
        name = (name or "").strip()
        if not name:
            errors.append(DomainError("required", "name"))
        elif len(name) > SEASON_NAME_MAX:
            errors.append(DomainError("too_long", "name", max=SEASON_NAME_MAX))
        first = int_in(first_month, 1, 12, "first_month", errors)
        last = int_in(last_month, 1, 12, "last_month", errors)
        hours = [as_time(v, k, errors) for v, k in ((am_start, "am_start"), (am_end, "am_end"),
                                                       (pm_start, "pm_start"), (pm_end, "pm_end"))]
        for value, key in zip(hours, ("am_start", "am_end", "pm_start", "pm_end")):
            if value is None and not any(e.field == key for e in errors):
                errors.append(DomainError("required", key))
        a1, a2, p1, p2 = hours
        if a1 and a2 and a1 >= a2:
            errors.append(DomainError("season.am_order", "am_end", start=hm(a1), end=hm(a2)))
        if a2 and p1 and a2 > p1:
            errors.append(DomainError("season.lunch_order", "pm_start", am_end=hm(a2), pm_start=hm(p1)))
        if p1 and p2 and p1 >= p2:
            errors.append(DomainError("season.pm_order", "pm_end", start=hm(p1), end=hm(p2)))
        with self.ctx.transaction() as s:
            if season_id is not None:
                row = get_or_fail(s, ServiceSeason, season_id)
            if name and s.scalar(select(ServiceSeason.id).where(ServiceSeason.name == name,
                                                                ServiceSeason.id != (season_id or 0))):
                errors.append(DomainError("season.duplicate_name", "name", value=name))
            if first is not None and last is not None:
                mine = months_of(first, last)
                for other in s.scalars(select(ServiceSeason).where(ServiceSeason.id != (season_id or 0))
                                       .order_by(ServiceSeason.first_month, ServiceSeason.id)):
                    theirs = set(months_of(other.first_month, other.last_month))
                    shared = [m for m in mine if m in theirs]
                    if shared:
                        errors.append(DomainError("season.overlap", "first_month", month=shared[0],
                                                  other=other.name,
                                                  other_months=months_label(other.first_month, other.last_month)))
                        break
            if errors:
                raise ValidationError(errors)
            before = None
            if season_id is None:
                row = ServiceSeason()
                s.add(row)
            else:
                before = snapshot(row)
            row.name, row.first_month, row.last_month = name, first, last
            row.am_start, row.am_end, row.pm_start, row.pm_end = a1, a2, p1, p2
            s.flush()
            self.audit(s, action, row, before=before, label=name)
            return row.id

    def remove_season(self, season_id: int) -> None:
        """Remove a season; the posts' own times in it go with it (their default times apply)."""
        action = "roster.season.remove"
        self.require(ROSTER_WRITE, action)
        with self.ctx.transaction() as s:
            row = get_or_fail(s, ServiceSeason, season_id)
            before = snapshot(row)
            n = s.execute(delete(DutyPostSeasonTime).where(DutyPostSeasonTime.season_id == season_id)).rowcount
            s.delete(row)
            s.flush()
            self.audit(s, action, None, before=before, after={}, label=row.name, record_type="service_season",
                       record_id=season_id, detail=f"post_times_removed={n}")

    # --- posts: reading -----------------------------------------------------------------------

    def _post_views(self, s, rows: list[DutyPost]) -> list[PostView]:
        if not rows:
            return []
        ids = [p.id for p in rows]
        windows: dict[int, list[tuple[int, str]]] = {}
        for pid, wid, number in s.execute(
                select(DutyPostWindow.post_id, Window.id, Window.number)
                .join(Window, Window.id == DutyPostWindow.window_id)
                .where(DutyPostWindow.post_id.in_(ids)).order_by(Window.number)):
            windows.setdefault(pid, []).append((wid, number))
        seasons = {v.id: v for v in self._season_views(s)}
        times: dict[int, dict[int, tuple[time, time]]] = {}
        for t in s.scalars(select(DutyPostSeasonTime).where(DutyPostSeasonTime.post_id.in_(ids))):
            times.setdefault(t.post_id, {})[t.season_id] = (t.start_time, t.end_time)
        zones = dict(s.execute(select(Zone.id, Zone.name)).all())
        cells = dict(s.execute(select(RosterCell.post_id, func.count()).where(RosterCell.post_id.in_(ids))
                               .group_by(RosterCell.post_id)).all())
        out = []
        for p in rows:
            ws = windows.get(p.id, [])
            st = times.get(p.id, {})
            label = "；".join(f"{seasons[sid].name} {span(*st[sid])}"
                             for sid in sorted(st, key=lambda i: (seasons[i].first_month, i)) if sid in seasons)
            runs = tuple(c for c in RUNS_ON if c in set(filter(None, (p.runs_on or "").split(","))))
            out.append(PostView(
                p.id, p.name, p.duty_type, p.people_needed, runs, p.start_time, p.end_time,
                tuple(w for w, _n in ws), tuple(n for _w, n in ws), p.zone_id, zones.get(p.zone_id, ""),
                bool(p.comprehensive_staff), bool(p.active), p.sort_order, p.note or "", st, label,
                cells.get(p.id, 0)))
        return out

    def posts(self, include_inactive: bool = False) -> list[PostView]:
        """The duty posts in their sort order (the active ones unless ``include_inactive``)."""
        self.require(RECORDS_READ, "duty_post.list")
        q = select(DutyPost).order_by(DutyPost.sort_order, DutyPost.id)
        if not include_inactive:
            q = q.where(DutyPost.active.is_(True))
        with self.ctx.read() as s:
            return self._post_views(s, list(s.scalars(q)))

    def get(self, post_id: int) -> PostView:
        self.require(RECORDS_READ, "duty_post.get")
        with self.ctx.read() as s:
            return self._post_views(s, [get_or_fail(s, DutyPost, post_id)])[0]

    # --- posts: changing ----------------------------------------------------------------------

    def _check_post(self, s, post_id, name, duty_type, people_needed, runs_on, start, end, window_ids,
                    zone_id, sort_order, note, season_times) -> tuple:
        errors: list[DomainError] = []
        name = (name or "").strip()
        if not name:
            errors.append(DomainError("required", "name"))
        elif len(name) > NAME_MAX:
            errors.append(DomainError("too_long", "name", max=NAME_MAX))
        elif s.scalar(select(DutyPost.id).where(DutyPost.name == name, DutyPost.id != (post_id or 0))):
            errors.append(DomainError("duty_post.duplicate_name", "name", value=name))
        if duty_type not in DUTY_TYPES:
            errors.append(DomainError("choice", "duty_type", value=duty_type or "",
                                      allowed=[DUTY_TYPE.label(c) for c in DUTY_TYPES]))
            duty_type = None
        people = int_in(people_needed, *PEOPLE_RANGE, "people_needed", errors)
        order = int_in(sort_order, *SORT_RANGE, "sort_order", errors)
        note = (note or "").strip()
        if len(note) > NOTE_MAX:
            errors.append(DomainError("too_long", "note", max=NOTE_MAX))

        runs = set(runs_on or ())
        unknown = sorted(runs - set(RUNS_ON))
        if unknown:
            errors.append(DomainError("choice", "runs_on", value="、".join(map(str, unknown)),
                                      allowed=[RUNS_ON_LABELS[c] for c in RUNS_ON]))
        elif not runs:
            errors.append(DomainError("duty_post.runs_on_empty", "runs_on"))
        elif duty_type and not runs <= ALLOWED_RUNS_ON[duty_type]:
            errors.append(DomainError(
                "duty_post.runs_on_type", "runs_on", type=DUTY_TYPE.label(duty_type),
                days=[RUNS_ON_LABELS[c] for c in RUNS_ON if c in runs - ALLOWED_RUNS_ON[duty_type]],
                allowed=[RUNS_ON_LABELS[c] for c in RUNS_ON if c in ALLOWED_RUNS_ON[duty_type]]))

        n_errors = len(errors)
        start = as_time(start, "start_time", errors)
        end = as_time(end, "end_time", errors)
        if len(errors) > n_errors:
            pass  # a value that is no time at all: said already
        elif (start is None) != (end is None):
            errors.append(DomainError("duty_post.times_both", "end_time" if end is None else "start_time"))
        elif start is not None and start >= end:  # type: ignore[operator]
            errors.append(DomainError("duty_post.times_order", "end_time", start=hm(start), end=hm(end)))
        elif start is None and duty_type in TIMED_TYPES:
            errors.append(DomainError("duty_post.times_required", "start_time", type=DUTY_TYPE.label(duty_type)))
        elif start is not None and duty_type:
            e = type_time_error(duty_type, start, end, "start_time")  # type: ignore[arg-type]
            if e:
                errors.append(e)

        wids: list[int] = []
        for w in window_ids or ():
            if w not in wids:
                wids.append(w)
        if wids:
            found = {w.id: w for w in s.scalars(select(Window).where(Window.id.in_(wids)))}
            missing = [w for w in wids if w not in found]
            if missing:
                errors.append(DomainError("duty_post.window_missing", "window_ids", id=missing[0]))
            kept = set()
            if post_id is not None:
                kept = set(s.scalars(select(DutyPostWindow.window_id).where(DutyPostWindow.post_id == post_id)))
            today = self.today()
            closed = sorted((w for w in found.values() if w.active_to is not None and w.active_to < today
                             and w.id not in kept), key=lambda w: w.number)
            if closed:
                errors.append(DomainError("duty_post.window_closed", "window_ids", number=closed[0].number,
                                          closed_on=closed[0].active_to.isoformat()))
        if zone_id is not None:
            if s.get(Zone, zone_id) is None:
                errors.append(DomainError("record.not_found", "zone_id", id=zone_id))
            elif wids:
                errors.append(DomainError("duty_post.windows_and_zone", "zone_id"))

        times: dict[int, tuple[time, time]] = {}
        seasons = {r.id: r for r in s.scalars(select(ServiceSeason))}
        for sid, pair in (season_times or {}).items():
            season = seasons.get(sid)
            if season is None:
                errors.append(DomainError("duty_post.season_missing", "season_times", id=sid))
                continue
            try:
                a, b = pair
            except (TypeError, ValueError):
                a = b = None
            n_errors = len(errors)
            a = as_time(a, "season_times", errors)
            b = as_time(b, "season_times", errors)
            if len(errors) > n_errors:
                continue
            if a is None or b is None:
                errors.append(DomainError("duty_post.season_times_both", "season_times", season=season.name))
            elif a >= b:
                errors.append(DomainError("duty_post.season_times_order", "season_times", season=season.name,
                                          start=hm(a), end=hm(b)))
            else:
                e = type_time_error(duty_type, a, b, "season_times", season.name) if duty_type else None
                if e:
                    errors.append(e)
                else:
                    times[sid] = (a, b)
        if errors:
            raise ValidationError(errors)
        runs_text = ",".join(c for c in RUNS_ON if c in runs)
        return name, duty_type, people, runs_text, start, end, wids, order, note, times

    def save_post(self, post_id: int | None, *, name: str, duty_type: str, people_needed: int,
                  runs_on: Iterable[str], start: time | None, end: time | None, window_ids: Iterable[int],
                  zone_id: int | None, comprehensive_staff: bool, active: bool, sort_order: int, note: str,
                  season_times: Mapping[int, tuple[time, time]]) -> int:
        """Add (``post_id`` None) or change a duty post with its windows and season times, all or
        nothing; raises ValidationError naming every wrong field. Returns the post's id."""
        action = "duty_post.save"
        self.require(ROSTER_WRITE, action, name or "")
        with self.ctx.transaction() as s:
            row = get_or_fail(s, DutyPost, post_id) if post_id is not None else None
            before = self._snapshot(s, row) if row is not None else None
            (name, duty_type, people, runs_text, start, end, wids, order, note,
             times) = self._check_post(s, post_id, name, duty_type, people_needed, list(runs_on or ()), start, end,
                                       list(window_ids or ()), zone_id, sort_order, note, season_times)
            if row is None:
                row = DutyPost()
                s.add(row)
            row.name, row.duty_type, row.people_needed, row.runs_on = name, duty_type, people, runs_text
            row.start_time, row.end_time, row.zone_id = start, end, zone_id
            row.comprehensive_staff, row.active = bool(comprehensive_staff), bool(active)
            row.sort_order, row.note = order, note
            s.flush()
            s.execute(delete(DutyPostWindow).where(DutyPostWindow.post_id == row.id))
            s.execute(delete(DutyPostSeasonTime).where(DutyPostSeasonTime.post_id == row.id))
            for w in wids:
                s.add(DutyPostWindow(post_id=row.id, window_id=w))
            for sid, (a, b) in times.items():
                s.add(DutyPostSeasonTime(post_id=row.id, season_id=sid, start_time=a, end_time=b))
            s.flush()
            self.audit(s, action, row, before=before, after=self._snapshot(s, row), label=name)
            return row.id

    def set_active(self, post_id: int, active: bool) -> None:
        """停用 / 启用: an inactive post keeps its history but is no longer scheduled."""
        action = "duty_post.set_active"
        self.require(ROSTER_WRITE, action)
        with self.ctx.transaction() as s:
            row = get_or_fail(s, DutyPost, post_id)
            before = snapshot(row)
            row.active = bool(active)
            s.flush()
            self.audit(s, action, row, before=before, label=row.name)

    def remove_post(self, post_id: int) -> None:
        """Remove a post entered by mistake; refused when any roster cell uses it (set it
        inactive instead, the rosters that used it stay as they were)."""
        action = "duty_post.remove"
        self.require(ROSTER_WRITE, action)
        with self.ctx.transaction() as s:
            row = get_or_fail(s, DutyPost, post_id)
            n = s.scalar(select(func.count()).select_from(RosterCell).where(RosterCell.post_id == post_id))
            if n:
                raise DomainError("duty_post.in_use", name=row.name, cells=n)
            before, label = self._snapshot(s, row), row.name
            s.execute(delete(DutyPostWindow).where(DutyPostWindow.post_id == post_id))
            s.execute(delete(DutyPostSeasonTime).where(DutyPostSeasonTime.post_id == post_id))
            s.delete(row)
            s.flush()
            self.audit(s, action, None, before=before, after={}, label=label, record_type="duty_post",
                       record_id=post_id)

    @staticmethod
    def _snapshot(s, row: DutyPost) -> dict:
        out = snapshot(row)
        for k in ("start_time", "end_time"):
            out[k] = hm(out[k]) if out.get(k) is not None else None
        out["windows"] = sorted(s.scalars(select(Window.number).join(
            DutyPostWindow, DutyPostWindow.window_id == Window.id).where(DutyPostWindow.post_id == row.id)))
        out["season_times"] = {
            name: span(a, b) for name, a, b in s.execute(
                select(ServiceSeason.name, DutyPostSeasonTime.start_time, DutyPostSeasonTime.end_time)
                .join(ServiceSeason, ServiceSeason.id == DutyPostSeasonTime.season_id)
                .where(DutyPostSeasonTime.post_id == row.id))}
        return out

    # --- rules --------------------------------------------------------------------------------

    def rules(self) -> Rules:
        """The stored roster rules; the defaults (``roster_rules.DEFAULT_RULES``) where unset or
        unreadable."""
        with self.ctx.connect() as c:
            stored = dict(c.execute(text("SELECT key, value FROM app_setting WHERE key LIKE 'roster.%'")).all())
        d = roster_rules.DEFAULT_RULES
        max_per_week = d.max_per_week
        raw = stored.get(RULE_KEYS["max_per_week"])
        if raw is not None:
            try:
                value = int(raw)
            except ValueError:
                value = None
            if value is not None and MAX_PER_WEEK_RANGE[0] <= value <= MAX_PER_WEEK_RANGE[1]:
                max_per_week = value
        running = stored.get(RULE_KEYS["weekend_running"], d.weekend_running)
        if running not in WEEKEND_RUNNING:
            running = d.weekend_running
        raw = stored.get(RULE_KEYS["one_duty_per_day"])
        one = d.one_duty_per_day if raw not in ("0", "1") else raw == "1"
        return Rules(max_per_week=max_per_week, weekend_running=running, one_duty_per_day=one)

    def save_rules(self, max_per_week: int, weekend_running: str, one_duty_per_day: bool) -> Rules:
        """Validate and store the rules; raises ValidationError listing every wrong field."""
        action = "roster.rules"
        self.require(ROSTER_WRITE, action)
        errors: list[DomainError] = []
        int_in(max_per_week, *MAX_PER_WEEK_RANGE, "max_per_week", errors)
        if weekend_running not in WEEKEND_RUNNING:
            errors.append(DomainError("choice", "weekend_running", value=str(weekend_running),
                                      allowed=[WEEKEND_RUNNING_LABELS[c] for c in WEEKEND_RUNNING]))
        if not isinstance(one_duty_per_day, bool):
            errors.append(DomainError("choice", "one_duty_per_day", value=str(one_duty_per_day),
                                      allowed=["是", "否"]))
        if errors:
            raise ValidationError(errors)
        before = self.rules()
        new = Rules(max_per_week=max_per_week, weekend_running=weekend_running, one_duty_per_day=one_duty_per_day)
        values = {"max_per_week": str(max_per_week), "weekend_running": weekend_running,
                  "one_duty_per_day": "1" if one_duty_per_day else "0"}
        with self.ctx.transaction() as s:
            for name, key in RULE_KEYS.items():
                s.execute(text("INSERT INTO app_setting (key, value) VALUES (:k, :v) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                          {"k": key, "v": values[name]})
            self.audit(s, action, before=before.__dict__, after=new.__dict__, record_type="app_setting",
                       label="排班规则")
        return new

    # --- for the scheduler --------------------------------------------------------------------

    def domain_posts(self, year: int, month: int,
                     only_ids: Iterable[int] | None = None) -> list[roster_rules.DutyPost]:
        """The active posts as the scheduler sees them in ``year``-``month``: the times of the
        season covering the month (the post's default times when it has none for that season or
        no season covers the month), its windows and the home units owning them, zone,
        comprehensive staff, days, order. ``only_ids``: these posts instead, active or not (the
        inactive posts a stored roster still has cells for)."""
        if not 1 <= month <= 12:
            raise DomainError("setting.range", "month", low=1, high=12, value=month)
        with self.ctx.read() as s:
            season = next((v for v in self._season_views(s) if v.covers(month)), None)
            which = (DutyPost.active.is_(True) if only_ids is None
                     else DutyPost.id.in_([int(i) for i in only_ids]))
            rows = list(s.scalars(select(DutyPost).where(which).order_by(DutyPost.sort_order, DutyPost.id)))
            ids = [p.id for p in rows]
            windows: dict[int, set[int]] = {}
            units: dict[int, set[int]] = {}
            for pid, wid, unit in s.execute(
                    select(DutyPostWindow.post_id, Window.id, Window.home_unit_id)
                    .join(Window, Window.id == DutyPostWindow.window_id).where(DutyPostWindow.post_id.in_(ids))):
                windows.setdefault(pid, set()).add(wid)
                if unit is not None:
                    units.setdefault(pid, set()).add(unit)
            times: dict[int, tuple[time, time]] = {}
            if season is not None:
                times = {t.post_id: (t.start_time, t.end_time) for t in s.scalars(
                    select(DutyPostSeasonTime).where(DutyPostSeasonTime.season_id == season.id))}
            out = []
            for p in rows:
                start, end = times.get(p.id, (p.start_time, p.end_time))
                out.append(roster_rules.DutyPost(
                    id=p.id, duty_type=p.duty_type, name=p.name, people_needed=p.people_needed,
                    runs_on=frozenset(c for c in (p.runs_on or "").split(",") if c),
                    start=start, end=end, window_ids=frozenset(windows.get(p.id, ())),
                    home_unit_ids=frozenset(units.get(p.id, ())), zone_id=p.zone_id,
                    comprehensive_staff=bool(p.comprehensive_staff), sort_order=p.sort_order))
            return out

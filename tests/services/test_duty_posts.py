"""DutyPostService: seasons, duty posts with windows / zone / season times, the roster rules in
app_setting, and the posts as the scheduler sees them. Every rule is tried and must be refused
with nothing saved.

The shared demo may come with demo posts and rosters: ``clear_duty`` empties the duty tables of
the test's copy first, so each test starts from the two seeded seasons and no posts."""

from __future__ import annotations

import shutil
from datetime import date, time, timedelta

import pytest
from sqlalchemy import func, select, text, update

from govhr_desktop.demo import generate_demo
from govhr_desktop.demo_duty_posts import add_demo_posts
from govhr_desktop.domain import roster_rules
from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.engine import Database
from govhr_desktop.persistence.models import Staff, Window, Zone
from govhr_desktop.persistence.models_roster import (
    DutyPost,
    DutyPostSeasonTime,
    DutyPostWindow,
    RosterCell,
    RosterMonth,
    ServiceSeason,
)
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.duty_posts import DutyPostService, compress_numbers

T = time


def codes(exc: pytest.ExceptionInfo) -> list[str]:
    err = exc.value
    return [e.code for e in err.errors] if isinstance(err, ValidationError) else [err.code]


def fields(exc: pytest.ExceptionInfo) -> list[str | None]:
    err = exc.value
    return [e.field for e in err.errors] if isinstance(err, ValidationError) else [err.field]


def count(ctx, model) -> int:
    with ctx.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


#: audit entries before the test (the shared demo may have audited its own duty posts)
_AUDIT_BASE: dict[int, int] = {}


def audit_count(ctx, action: str) -> int:
    """Audit entries of ``action`` written since ``clear_duty``."""
    with ctx.db.engine.connect() as c:
        return c.execute(text("SELECT count(*) FROM audit_entry WHERE action = :a AND result <> 'denied' "
                              "AND id > :base"), {"a": action, "base": _AUDIT_BASE.get(id(ctx.db), 0)}).scalar()


def windows_where(ctx, **filters) -> list[Window]:
    with ctx.read() as s:
        q = select(Window).order_by(Window.number)
        for k, v in filters.items():
            q = q.where(getattr(Window, k) == v)
        rows = list(s.scalars(q))
        s.expunge_all()
        return rows


def clear_duty(ctx) -> None:
    """No rosters, no posts, no rule settings; the seeded seasons as migration 0010 left them."""
    with ctx.db.engine.connect() as c:
        _AUDIT_BASE[id(ctx.db)] = c.execute(text("SELECT coalesce(max(id), 0) FROM audit_entry")).scalar()
    with ctx.transaction() as s:
        for table in ("roster_cell", "roster_change", "roster_month", "duty_post_season_time",
                      "duty_post_window", "duty_post"):
            s.execute(text(f"DELETE FROM {table}"))
        s.execute(text("DELETE FROM app_setting WHERE key LIKE 'roster.%'"))
        s.execute(text("DELETE FROM service_season"))
        s.add_all([ServiceSeason(id=1, name="夏季作息", first_month=5, last_month=9, am_start=T(9), am_end=T(12),
                                 pm_start=T(14), pm_end=T(17, 30)),
                   ServiceSeason(id=2, name="冬季作息", first_month=10, last_month=4, am_start=T(9), am_end=T(12),
                                 pm_start=T(13, 30), pm_end=T(17))])


@pytest.fixture
def svc(demo_ctx):
    clear_duty(demo_ctx)
    return DutyPostService(demo_ctx)


@pytest.fixture
def seasons(svc):
    return {v.name: v for v in svc.seasons()}


def lunch(**over) -> dict:
    base = dict(name="午间值守·综合受理区", duty_type="lunch", people_needed=3, runs_on=("workday",),
                start=T(12, 0), end=T(13, 30), window_ids=(), zone_id=None, comprehensive_staff=True,
                active=True, sort_order=10, note="", season_times={})
    base.update(over)
    return base


def refused(svc, ctx, post_id=None, **over) -> pytest.ExceptionInfo:
    """save_post with ``over`` must fail and change nothing."""
    before = (count(ctx, DutyPost), count(ctx, DutyPostWindow), count(ctx, DutyPostSeasonTime),
              audit_count(ctx, "duty_post.save"))
    snapshot = svc.get(post_id) if post_id else None
    with pytest.raises((ValidationError, DomainError)) as exc:
        svc.save_post(post_id, **lunch(**over))
    after = (count(ctx, DutyPost), count(ctx, DutyPostWindow), count(ctx, DutyPostSeasonTime),
             audit_count(ctx, "duty_post.save"))
    assert after == before
    if post_id:
        assert svc.get(post_id) == snapshot
    return exc


# --- seasons ----------------------------------------------------------------------------------


def test_seeded_seasons_and_season_for(svc, seasons):
    assert set(seasons) == {"夏季作息", "冬季作息"}
    summer, winter = seasons["夏季作息"], seasons["冬季作息"]
    assert summer.months == (5, 6, 7, 8, 9) and summer.months_label == "5–9月"
    assert winter.months == (10, 11, 12, 1, 2, 3, 4) and winter.months_label == "10月–次年4月"
    assert summer.hours_label == "09:00–12:00，14:00–17:30"
    assert svc.season_for(7).name == "夏季作息"
    assert svc.season_for(12).name == "冬季作息"
    assert svc.season_for(1).name == "冬季作息" and svc.season_for(4).name == "冬季作息"
    assert svc.season_for(5).name == "夏季作息"


def season_refused(svc, ctx, season_id=None, **over) -> pytest.ExceptionInfo:
    args = dict(name="春季作息", first_month=3, last_month=4, am_start=T(9), am_end=T(12), pm_start=T(13, 30),
                pm_end=T(17))
    args.update(over)
    with ctx.read() as s:
        before = [(r.id, r.name, r.first_month, r.last_month, r.am_start, r.am_end, r.pm_start, r.pm_end)
                  for r in s.scalars(select(ServiceSeason).order_by(ServiceSeason.id))]
    n_audit = audit_count(ctx, "roster.season.save")
    with pytest.raises(ValidationError) as exc:
        svc.save_season(season_id, **args)
    with ctx.read() as s:
        after = [(r.id, r.name, r.first_month, r.last_month, r.am_start, r.am_end, r.pm_start, r.pm_end)
                 for r in s.scalars(select(ServiceSeason).order_by(ServiceSeason.id))]
    assert after == before and audit_count(ctx, "roster.season.save") == n_audit
    return exc


def test_season_rules_refused(svc, demo_ctx, seasons):
    winter = seasons["冬季作息"]
    w = dict(first_month=10, last_month=4)
    assert codes(season_refused(svc, demo_ctx, winter.id, name="  ", **w)) == ["required"]
    assert codes(season_refused(svc, demo_ctx, winter.id, name="作" * 21, **w)) == ["too_long"]
    # the month ranges are checked before overlap: bad months only say so
    exc = season_refused(svc, demo_ctx, first_month=0, last_month=13)
    assert codes(exc) == ["setting.range", "setting.range"] and fields(exc) == ["first_month", "last_month"]
    exc = season_refused(svc, demo_ctx, winter.id, am_start=T(12), am_end=T(12), **w)
    assert codes(exc) == ["season.am_order"] and fields(exc) == ["am_end"]
    exc = season_refused(svc, demo_ctx, winter.id, am_end=T(12, 30), pm_start=T(12), **w)
    assert codes(exc) == ["season.lunch_order"] and fields(exc) == ["pm_start"]
    exc = season_refused(svc, demo_ctx, winter.id, pm_start=T(17), pm_end=T(16), **w)
    assert codes(exc) == ["season.pm_order"] and fields(exc) == ["pm_end"]
    # name taken by the other season
    exc = season_refused(svc, demo_ctx, winter.id, name="夏季作息", **w)
    assert codes(exc) == ["season.duplicate_name"]


def test_season_months_must_not_overlap(svc, demo_ctx, seasons):
    # a new 3-4 season: April is winter's
    exc = season_refused(svc, demo_ctx, first_month=3, last_month=4)
    err = exc.value.errors[0]
    assert err.code == "season.overlap" and err.params["month"] == 3 and err.params["other"] == "冬季作息"
    # widening summer to 4-10 takes October (and April) from winter: the first shared month is named
    summer = seasons["夏季作息"]
    exc = season_refused(svc, demo_ctx, summer.id, name="夏季作息", first_month=4, last_month=10,
                         am_start=T(9), am_end=T(12), pm_start=T(14), pm_end=T(17, 30))
    assert exc.value.errors[0].params == {"month": 4, "other": "冬季作息", "other_months": "10月–次年4月"}
    # a wrapping new season 12-1 collides with winter
    exc = season_refused(svc, demo_ctx, first_month=12, last_month=1)
    assert exc.value.errors[0].params["month"] == 12


def test_season_wrap_is_legal_and_saved(svc, demo_ctx, seasons):
    winter = seasons["冬季作息"]
    sid = svc.save_season(winter.id, "冬季作息", 11, 3, T(9), T(12), T(13, 30), T(17))
    assert sid == winter.id
    autumn = svc.save_season(None, "秋季作息", 10, 10, T(8, 30), T(12), T(14), T(17, 30))
    spring = svc.save_season(None, "春季作息", 4, 4, T(9), T(12), T(13, 30), T(17, 30))
    assert svc.season_for(10).id == autumn and svc.season_for(4).id == spring
    assert svc.season_for(2).id == winter.id and svc.season_for(11).id == winter.id
    assert audit_count(demo_ctx, "roster.season.save") == 3
    # now every month is in a season: no further season fits anywhere
    exc = season_refused(svc, demo_ctx, name="新作息", first_month=6, last_month=6)
    assert exc.value.errors[0].params["other"] == "夏季作息"


def test_remove_season_takes_post_times_with_it(svc, demo_ctx, seasons):
    summer = seasons["夏季作息"]
    pid = svc.save_post(None, **lunch(season_times={summer.id: (T(12), T(14))}))
    assert [v.post_times for v in svc.seasons() if v.id == summer.id] == [1]
    svc.remove_season(summer.id)
    assert svc.season_for(7) is None
    assert svc.get(pid).season_times == {}
    assert audit_count(demo_ctx, "roster.season.remove") == 1
    # July now has the post's default times
    (post,) = svc.domain_posts(2026, 7)
    assert (post.start, post.end) == (T(12), T(13, 30))


# --- posts: saving and labels -----------------------------------------------------------------


def test_save_post_with_windows_and_season_times(svc, demo_ctx, seasons):
    comprehensive = windows_where(demo_ctx, window_type="comprehensive")
    assert len(comprehensive) == 16
    summer = seasons["夏季作息"]
    pid = svc.save_post(None, **lunch(window_ids=[w.id for w in comprehensive] + [comprehensive[0].id],
                                      season_times={summer.id: (T(12), T(14))}, note=" 中午不断岗 "))
    v = svc.get(pid)
    assert v.name == "午间值守·综合受理区" and v.type_label == "午间值守"
    assert v.runs_on == ("workday",) and v.runs_on_label == "工作日"
    assert v.times_label == "12:00–13:30"
    assert v.window_numbers == tuple(w.number for w in comprehensive)
    assert v.windows_label == "A01–A16" and v.coverage_label == "A01–A16"
    assert v.season_times == {summer.id: (T(12), T(14))}
    assert v.season_times_label == "夏季作息 12:00–14:00"
    assert v.note == "中午不断岗" and v.active and not v.in_use
    assert audit_count(demo_ctx, "duty_post.save") == 1
    with demo_ctx.db.engine.connect() as c:
        after = c.execute(text("SELECT after FROM audit_entry WHERE action='duty_post.save' "
                               "ORDER BY id DESC LIMIT 1")).scalar()
    assert "A16" in after and "夏季作息" in after

    # a weekend post on both days, the whole day, for a zone
    with demo_ctx.read() as s:
        zone = s.scalars(select(Zone).order_by(Zone.id)).first()
    wid = svc.save_post(None, **lunch(name="周末值班·一区", duty_type="weekend", runs_on=["sunday", "saturday"],
                                      start=None, end=None, zone_id=zone.id, sort_order=20))
    w = svc.get(wid)
    assert w.runs_on_label == "周六、周日" and w.times_label == "全天"
    assert w.zone_name == zone.name and w.coverage_label == zone.name and w.windows_label == ""
    assert [p.id for p in svc.posts()] == [pid, wid]


def test_edit_replaces_windows_and_times(svc, demo_ctx, seasons):
    comprehensive = windows_where(demo_ctx, window_type="comprehensive")
    summer, winter = seasons["夏季作息"], seasons["冬季作息"]
    pid = svc.save_post(None, **lunch(window_ids=[w.id for w in comprehensive[:4]],
                                      season_times={summer.id: (T(12), T(14))}))
    svc.save_post(pid, **lunch(window_ids=[comprehensive[5].id], people_needed=2,
                               season_times={winter.id: (T(11, 45), T(13, 15))}))
    v = svc.get(pid)
    assert v.window_ids == (comprehensive[5].id,) and v.people_needed == 2
    assert v.season_times == {winter.id: (T(11, 45), T(13, 15))}
    assert count(demo_ctx, DutyPostWindow) == 1 and count(demo_ctx, DutyPostSeasonTime) == 1
    # inactive posts are listed only on request
    svc.set_active(pid, False)
    assert svc.posts() == [] and [p.id for p in svc.posts(include_inactive=True)] == [pid]
    assert audit_count(demo_ctx, "duty_post.set_active") == 1


def test_extended_times_early_or_evening(svc):
    svc.save_post(None, **lunch(name="延时服务·晚", duty_type="extended", start=T(17), end=T(19)))
    svc.save_post(None, **lunch(name="错时服务·早", duty_type="extended", start=T(8), end=T(9)))
    assert [p.times_label for p in svc.posts()] == ["17:00–19:00", "08:00–09:00"]


# --- posts: every rule refused ----------------------------------------------------------------


def test_name_rules(svc, demo_ctx):
    pid = svc.save_post(None, **lunch())
    assert codes(refused(svc, demo_ctx, name=" ")) == ["required"]
    assert codes(refused(svc, demo_ctx, name="岗" * 31)) == ["too_long"]
    exc = refused(svc, demo_ctx, name="午间值守·综合受理区")
    assert codes(exc) == ["duty_post.duplicate_name"] and fields(exc) == ["name"]
    # renaming onto itself is fine; onto another post is not
    other = svc.save_post(None, **lunch(name="午间值守·二区"))
    assert codes(refused(svc, demo_ctx, other, name="午间值守·综合受理区")) == ["duty_post.duplicate_name"]
    svc.save_post(pid, **lunch(people_needed=4))
    assert svc.get(pid).people_needed == 4


def test_type_people_order_note_rules(svc, demo_ctx):
    assert codes(refused(svc, demo_ctx, duty_type="night")) == ["choice"]
    for bad in (0, 51, -1, "3", 2.5, True):
        exc = refused(svc, demo_ctx, people_needed=bad)
        assert codes(exc) == ["setting.range"] and fields(exc) == ["people_needed"], bad
    assert fields(refused(svc, demo_ctx, sort_order=-1)) == ["sort_order"]
    assert fields(refused(svc, demo_ctx, sort_order=10000)) == ["sort_order"]
    assert codes(refused(svc, demo_ctx, note="注" * 201)) == ["too_long"]
    # the extremes are accepted
    svc.save_post(None, **lunch(people_needed=50, sort_order=0))
    svc.save_post(None, **lunch(name="一人岗", people_needed=1, sort_order=9999))


def test_runs_on_must_fit_the_type(svc, demo_ctx):
    assert codes(refused(svc, demo_ctx, runs_on=())) == ["duty_post.runs_on_empty"]
    assert codes(refused(svc, demo_ctx, runs_on=("monday",))) == ["choice"]
    exc = refused(svc, demo_ctx, runs_on=("workday", "saturday"))
    assert codes(exc) == ["duty_post.runs_on_type"]
    assert exc.value.errors[0].params == {"type": "午间值守", "days": ["周六"], "allowed": ["工作日"]}
    exc = refused(svc, demo_ctx, duty_type="extended", start=T(17), end=T(18), runs_on=("holiday",))
    assert codes(exc) == ["duty_post.runs_on_type"]
    exc = refused(svc, demo_ctx, duty_type="weekend", runs_on=("saturday", "workday"))
    assert exc.value.errors[0].params["days"] == ["工作日"]
    assert exc.value.errors[0].params["allowed"] == ["周六", "周日"]
    exc = refused(svc, demo_ctx, duty_type="weekend", runs_on=("holiday",))
    assert codes(exc) == ["duty_post.runs_on_type"]
    exc = refused(svc, demo_ctx, duty_type="holiday", runs_on=("sunday",), start=None, end=None)
    assert exc.value.errors[0].params == {"type": "节假日值班", "days": ["周日"], "allowed": ["法定节假日"]}


def test_time_rules(svc, demo_ctx):
    exc = refused(svc, demo_ctx, end=None)
    assert codes(exc) == ["duty_post.times_both"] and fields(exc) == ["end_time"]
    assert fields(refused(svc, demo_ctx, start=None)) == ["start_time"]
    exc = refused(svc, demo_ctx, start=T(13), end=T(13))
    assert codes(exc) == ["duty_post.times_order"]
    assert codes(refused(svc, demo_ctx, start=T(14), end=T(12))) == ["duty_post.times_order"]
    assert codes(refused(svc, demo_ctx, start="noon", end=T(13))) == ["duty_post.time_shape"]
    # lunch and extended duty need times
    exc = refused(svc, demo_ctx, start=None, end=None)
    assert codes(exc) == ["duty_post.times_required"] and exc.value.errors[0].params == {"type": "午间值守"}
    assert codes(refused(svc, demo_ctx, duty_type="extended", start=None, end=None)) == ["duty_post.times_required"]
    # lunch around noon: inside 11:00-15:00 and overlapping 11:30-14:30
    for start, end in ((T(9), T(10)), (T(10), T(13)), (T(12), T(16)), (T(11), T(11, 30)), (T(14, 30), T(15))):
        exc = refused(svc, demo_ctx, start=start, end=end)
        assert codes(exc) == ["duty_post.lunch_times"], (start, end)
    # extended: not over the lunch break, from 16:00 or ending by 10:00
    for start, end in ((T(15), T(18)), (T(9), T(11)), (T(12), T(13)), (T(9, 30), T(17))):
        exc = refused(svc, demo_ctx, duty_type="extended", start=start, end=end)
        assert codes(exc) == ["duty_post.extended_times"], (start, end)
    # weekend / holiday duty may take any times, or the whole day
    svc.save_post(None, **lunch(name="周末", duty_type="weekend", runs_on=("saturday",), start=T(9), end=T(12)))
    svc.save_post(None, **lunch(name="节假日", duty_type="holiday", runs_on=("holiday",), start=None, end=None))
    svc.save_post(None, **lunch(name="午间边界", start=T(11), end=T(11, 31)))


def test_window_and_zone_rules(svc, demo_ctx):
    ws = windows_where(demo_ctx, window_type="comprehensive")
    exc = refused(svc, demo_ctx, window_ids=[ws[0].id, 999999])
    assert codes(exc) == ["duty_post.window_missing"] and fields(exc) == ["window_ids"]
    # a closed window cannot be chosen
    with demo_ctx.transaction() as s:
        s.execute(update(Window).where(Window.id == ws[3].id).values(active_to=date.today() - timedelta(days=1)))
    exc = refused(svc, demo_ctx, window_ids=[ws[0].id, ws[3].id])
    assert codes(exc) == ["duty_post.window_closed"]
    assert exc.value.errors[0].params == {"number": ws[3].number,
                                          "closed_on": (date.today() - timedelta(days=1)).isoformat()}
    # one closing today is still open
    with demo_ctx.transaction() as s:
        s.execute(update(Window).where(Window.id == ws[4].id).values(active_to=date.today()))
    pid = svc.save_post(None, **lunch(window_ids=[ws[4].id]))
    # a window that closed after it was put on a post may stay there
    with demo_ctx.transaction() as s:
        s.execute(update(Window).where(Window.id == ws[4].id).values(active_to=date.today() - timedelta(days=3)))
    svc.save_post(pid, **lunch(window_ids=[ws[4].id], people_needed=2))
    assert svc.get(pid).people_needed == 2
    # zone: must exist; windows or a zone, not both
    assert codes(refused(svc, demo_ctx, name="新岗位", zone_id=999)) == ["record.not_found"]
    exc = refused(svc, demo_ctx, name="新岗位", window_ids=[ws[0].id], zone_id=ws[0].zone_id)
    assert codes(exc) == ["duty_post.windows_and_zone"] and fields(exc) == ["zone_id"]


def test_season_time_rules(svc, demo_ctx, seasons):
    summer = seasons["夏季作息"]
    exc = refused(svc, demo_ctx, season_times={999: (T(12), T(13))})
    assert codes(exc) == ["duty_post.season_missing"] and fields(exc) == ["season_times"]
    exc = refused(svc, demo_ctx, season_times={summer.id: (T(13), T(12))})
    assert codes(exc) == ["duty_post.season_times_order"] and exc.value.errors[0].params["season"] == "夏季作息"
    exc = refused(svc, demo_ctx, season_times={summer.id: (T(12), None)})
    assert codes(exc) == ["duty_post.season_times_both"]
    exc = refused(svc, demo_ctx, season_times={summer.id: (T(16), T(17))})
    assert codes(exc) == ["duty_post.season_lunch_times"]
    exc = refused(svc, demo_ctx, duty_type="extended", start=T(17), end=T(18),
                  season_times={summer.id: (T(13), T(18))})
    assert codes(exc) == ["duty_post.season_extended_times"]


def test_all_errors_listed_at_once(svc, demo_ctx):
    exc = refused(svc, demo_ctx, name="", people_needed=0, runs_on=(), start=T(14), end=T(13), zone_id=999)
    assert set(fields(exc)) == {"name", "people_needed", "runs_on", "end_time", "zone_id"}


# --- remove, in use ---------------------------------------------------------------------------


def test_remove_post_refused_when_a_roster_uses_it(svc, demo_ctx, seasons):
    ws = windows_where(demo_ctx, window_type="comprehensive")
    pid = svc.save_post(None, **lunch(window_ids=[ws[0].id], season_times={seasons["夏季作息"].id: (T(12), T(14))}))
    with demo_ctx.transaction() as s:
        staff_id = s.scalar(select(Staff.id).order_by(Staff.id))
        roster = RosterMonth(year=2026, month=7)
        s.add(roster)
        s.flush()
        s.add(RosterCell(roster_id=roster.id, post_id=pid, day=date(2026, 7, 1), seat=0, staff_id=staff_id))
    assert svc.get(pid).roster_cells == 1 and svc.get(pid).in_use
    with pytest.raises(DomainError) as exc:
        svc.remove_post(pid)
    assert exc.value.code == "duty_post.in_use" and exc.value.params == {"name": "午间值守·综合受理区", "cells": 1}
    assert count(demo_ctx, DutyPost) == 1 and count(demo_ctx, DutyPostWindow) == 1
    assert audit_count(demo_ctx, "duty_post.remove") == 0
    # what the message tells the clerk to do works
    svc.set_active(pid, False)
    assert not svc.get(pid).active


def test_remove_unused_post(svc, demo_ctx, seasons):
    ws = windows_where(demo_ctx, window_type="comprehensive")
    pid = svc.save_post(None, **lunch(window_ids=[ws[0].id], season_times={seasons["夏季作息"].id: (T(12), T(14))}))
    svc.remove_post(pid)
    assert (count(demo_ctx, DutyPost), count(demo_ctx, DutyPostWindow), count(demo_ctx, DutyPostSeasonTime)) == (0, 0, 0)
    assert audit_count(demo_ctx, "duty_post.remove") == 1
    with pytest.raises(DomainError) as exc:
        svc.remove_post(pid)
    assert exc.value.code == "record.not_found"


# --- rules ------------------------------------------------------------------------------------


def test_rules_default_save_and_refuse(svc, demo_ctx):
    assert svc.rules() == roster_rules.DEFAULT_RULES
    svc.save_rules(3, "forbid", False)
    assert svc.rules() == roster_rules.Rules(3, "forbid", False)
    assert audit_count(demo_ctx, "roster.rules") == 1
    for bad in ((0, "avoid", True), (8, "avoid", True), (True, "avoid", True), ("2", "avoid", True)):
        with pytest.raises(ValidationError) as exc:
            svc.save_rules(*bad)
        assert fields(exc) == ["max_per_week"]
    with pytest.raises(ValidationError) as exc:
        svc.save_rules(2, "sometimes", True)
    assert codes(exc) == ["choice"] and fields(exc) == ["weekend_running"]
    with pytest.raises(ValidationError) as exc:
        svc.save_rules(2, "avoid", "yes")
    assert fields(exc) == ["one_duty_per_day"]
    with pytest.raises(ValidationError) as exc:
        svc.save_rules(9, "never", 1)
    assert fields(exc) == ["max_per_week", "weekend_running", "one_duty_per_day"]
    assert svc.rules() == roster_rules.Rules(3, "forbid", False)  # unchanged
    assert audit_count(demo_ctx, "roster.rules") == 1
    svc.save_rules(7, "allow", True)
    assert svc.rules() == roster_rules.Rules(7, "allow", True)


def test_rules_ignore_damaged_settings(svc, demo_ctx):
    with demo_ctx.transaction() as s:
        for k, v in (("roster.max_per_week", "many"), ("roster.weekend_running", "x"),
                     ("roster.one_duty_per_day", "maybe")):
            s.execute(text("INSERT INTO app_setting (key, value) VALUES (:k, :v)"), {"k": k, "v": v})
    assert svc.rules() == roster_rules.DEFAULT_RULES


# --- the scheduler's view ---------------------------------------------------------------------


def test_domain_posts_take_season_times_and_home_units(svc, demo_ctx, seasons):
    summer, winter = seasons["夏季作息"], seasons["冬季作息"]
    property_ws = [w for w in windows_where(demo_ctx, window_type="department") if w.name.startswith("不动产登记")]
    tax = [w for w in windows_where(demo_ctx, window_type="department") if w.name.startswith("不动产税费")]
    units = {w.home_unit_id for w in property_ws + tax}
    assert len(units) == 2 and None not in units
    lunch_id = svc.save_post(None, **lunch(window_ids=[w.id for w in property_ws + tax], comprehensive_staff=False,
                                           season_times={summer.id: (T(12), T(14)),
                                                         winter.id: (T(12), T(13, 15))}))
    evening = svc.save_post(None, **lunch(name="延时", duty_type="extended", start=T(17), end=T(18, 30),
                                          season_times={summer.id: (T(17, 30), T(19))}, sort_order=5))
    off = svc.save_post(None, **lunch(name="停用的岗位", active=False))
    july = {p.id: p for p in svc.domain_posts(2026, 7)}
    december = {p.id: p for p in svc.domain_posts(2026, 12)}
    assert set(july) == set(december) == {lunch_id, evening}  # not the inactive one
    assert off not in july
    assert (july[lunch_id].start, july[lunch_id].end) == (T(12), T(14))
    assert (december[lunch_id].start, december[lunch_id].end) == (T(12), T(13, 15))
    assert (july[evening].start, july[evening].end) == (T(17, 30), T(19))
    assert (december[evening].start, december[evening].end) == (T(17), T(18, 30))  # no winter time: default
    p = july[lunch_id]
    assert p.window_ids == frozenset(w.id for w in property_ws + tax)
    assert p.home_unit_ids == frozenset(units)
    assert p.runs_on == frozenset({"workday"}) and p.duty_type == "lunch" and not p.comprehensive_staff
    assert p.people_needed == 3 and p.name == "午间值守·综合受理区"
    assert [x.id for x in svc.domain_posts(2026, 7)] == [evening, lunch_id]  # sort order
    # comprehensive windows belong to no home unit
    assert july[evening].home_unit_ids == frozenset() and july[evening].window_ids == frozenset()
    with pytest.raises(DomainError):
        svc.domain_posts(2026, 13)


def test_domain_posts_usable_by_the_checker(svc, demo_ctx):
    pid = svc.save_post(None, **lunch(duty_type="weekend", runs_on=("saturday", "sunday"), start=None, end=None))
    cal = roster_rules.MonthCalendar.build(2026, 8)
    posts = svc.domain_posts(2026, 8)
    roster_rules.validate(cal, posts, [roster_rules.Person(i) for i in range(1, 5)], svc.rules())
    slots = roster_rules.slots_of(cal, posts)
    assert len(slots) == 3 * 10 and all(s.post_id == pid for s in slots)  # 5 Saturdays + 5 Sundays


# --- permissions ------------------------------------------------------------------------------


@pytest.mark.parametrize("role, allowed", [("window_clerk", True), ("admin", True), ("leader", False),
                                           ("personnel", False)])
def test_write_permission(demo_ctx, role, allowed):
    clear_duty(demo_ctx)
    ctx = ServiceContext(demo_ctx.db, actor=Actor.for_role(f"test_{role}", role))
    svc = DutyPostService(ctx)
    if allowed:
        pid = svc.save_post(None, **lunch())
        svc.save_rules(2, "avoid", True)
        svc.remove_post(pid)
        return
    assert svc.posts() == []  # reading is fine
    for call in (lambda: svc.save_post(None, **lunch()), lambda: svc.save_rules(2, "avoid", True),
                 lambda: svc.remove_season(1), lambda: svc.set_active(1, False),
                 lambda: svc.save_season(None, "x", 1, 1, T(9), T(12), T(13), T(17))):
        with pytest.raises(DomainError) as exc:
            call()
        assert exc.value.code == "permission.denied"
    assert count(demo_ctx, DutyPost) == 0 and len(svc.seasons()) == 2


def test_compress_numbers():
    assert compress_numbers(["A03", "A01", "A02", "A05", "B01", "B02"]) == "A01–A03、A05、B01、B02"
    assert compress_numbers([]) == ""
    assert compress_numbers(["综合", "A1"]) == "A1、综合"


# --- demo posts -------------------------------------------------------------------------------


@pytest.fixture
def fresh_demo(tmp_path, template_db):
    """A demo center just generated, nothing else added."""
    path = tmp_path / "fresh.sqlite3"
    shutil.copy(template_db, path)
    db = Database(path, wal=False)
    generate_demo(db, seed=2026)
    yield ServiceContext(db)
    db.dispose()


def test_demo_posts_on_a_fresh_demo(fresh_demo):
    demo_ctx = fresh_demo
    svc = DutyPostService(demo_ctx)
    assert svc.posts(include_inactive=True) == []
    n = add_demo_posts(demo_ctx)
    posts = svc.posts()
    assert n == len(posts) >= 9
    assert {p.duty_type for p in posts} == {"lunch", "extended", "weekend", "holiday"}
    assert add_demo_posts(demo_ctx) == 0  # names taken: nothing twice
    with demo_ctx.read() as s:
        zones = s.scalar(select(func.count()).select_from(Zone))
        staff = s.execute(select(Staff.id, Staff.home_unit_id, Staff.window_id, Window.zone_id, Window.window_type)
                          .outerjoin(Window, Window.id == Staff.window_id)
                          .where(Staff.status != "returned")).all()
    assert sum(p.duty_type == "lunch" for p in posts) == zones
    # every post has enough people who qualify (the way the scheduler qualifies them)
    people = [roster_rules.Person(sid, home_unit_id=unit, window_ids=frozenset({w}) if w else frozenset(),
                                  zone_ids=frozenset({z}) if z else frozenset(), comprehensive=t == "comprehensive")
              for sid, unit, w, z, t in staff]
    for month in (7, 12):
        for post in svc.domain_posts(2026, month):
            qualified = sum(roster_rules.qualification(p, post) is None for p in people)
            assert qualified >= 3 * post.people_needed, (post.name, qualified, post.people_needed)
    summer = svc.domain_posts(2026, 7)
    winter = svc.domain_posts(2026, 12)
    lunch_summer = next(p for p in summer if p.duty_type == "lunch")
    lunch_winter = next(p for p in winter if p.duty_type == "lunch")
    assert (lunch_summer.end, lunch_winter.end) == (T(14), T(13, 30))

"""Leader duty (issue 8 item 5): the duty-leader rota, joint duty and the duty log. Each rule is
tried and seen refused, with nothing saved."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from itertools import pairwise

import pytest
from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.records import HomeUnitInput, LeaderInput
from govhr_desktop.domain.security import Actor
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.calendar import CalendarService
from govhr_desktop.services.center import CenterService
from govhr_desktop.services.leader_duty import LeaderDutyService
from govhr_desktop.services.organisation import HomeUnitService


def codes(excinfo) -> list[str]:
    e = excinfo.value
    return [x.code for x in e.errors] if isinstance(e, ValidationError) else [e.code]


def count(ctx, sql: str, **params) -> int:
    with ctx.connect() as c:
        return c.execute(text(sql), params).scalar()


@pytest.fixture
def leaders(ctx) -> list[int]:
    """Three duty leaders (A, B, C in this order) and one leader who is not a duty leader."""
    center = CenterService(ctx)
    ids = [center.save_leader(LeaderInput(name, title)) for name, title in
           (("甲主任", "主任"), ("乙副主任", "副主任"), ("丙副主任", "副主任"))]
    center.save_leader(LeaderInput("丁书记", "党组书记", is_duty_leader=False))
    return ids


@pytest.fixture
def units(ctx) -> list[int]:
    homes = HomeUnitService(ctx)
    return [homes.save(HomeUnitInput("某县税务局", "税务局")), homes.save(HomeUnitInput("某县公安局", "公安局"))]


@pytest.fixture
def svc(ctx) -> LeaderDutyService:
    return LeaderDutyService(ctx)


def working_days(ctx, year: int, month: int) -> list[date]:
    cal = CalendarService(ctx).work_calendar(year, year)
    d, out = date(year, month, 1), []
    while d.month == month:
        if cal.is_working_day(d):
            out.append(d)
        d += timedelta(days=1)
    return out


def assigned(svc, year, month) -> dict[date, int]:
    return {v.day: v.leader_id for v in svc.rota(year, month) if v.leader_id is not None}


# --- the rota ---------------------------------------------------------------------------------


def test_rota_kinds_follow_the_working_calendar(ctx, svc):
    days = {v.day: v for v in svc.rota(2026, 1)}
    assert len(days) == 31
    assert days[date(2026, 1, 1)].kind == "holiday" and days[date(2026, 1, 1)].holiday_name == "元旦"
    assert days[date(2026, 1, 4)].kind == "workday" and days[date(2026, 1, 4)].makeup  # a Sunday, 调休上班
    assert days[date(2026, 1, 10)].kind == "weekend" and days[date(2026, 1, 10)].is_rest_day
    assert days[date(2026, 1, 5)].kind == "workday" and days[date(2026, 1, 5)].holiday_name == ""
    assert all(v.leader_id is None and not v.joint and not v.has_log for v in days.values())


def test_fill_rotates_and_stays_fair_over_two_months(ctx, svc, leaders):
    assert [lid for lid, _n, _t in svc.duty_leaders()] == leaders  # the non-duty leader is left out
    jan = working_days(ctx, 2026, 1)
    assert svc.fill_rota(2026, 1) == len(jan)
    got = assigned(svc, 2026, 1)
    assert sorted(got) == jan  # working days only, the Sunday make-up day included
    assert [got[d] for d in jan[:4]] == [leaders[0], leaders[1], leaders[2], leaders[0]]
    for a, b in pairwise(jan):  # round robin
        assert leaders.index(got[b]) == (leaders.index(got[a]) + 1) % 3

    feb = working_days(ctx, 2026, 2)
    assert svc.fill_rota(2026, 2) == len(feb)
    got_feb = assigned(svc, 2026, 2)
    assert sorted(got_feb) == feb
    # the rotation carries on from January's last leader
    assert leaders.index(got_feb[feb[0]]) == (leaders.index(got[jan[-1]]) + 1) % 3
    totals = Counter(got.values()) + Counter(got_feb.values())
    assert set(totals) == set(leaders)
    assert max(totals.values()) - min(totals.values()) <= 1
    assert svc.fill_rota(2026, 2) == 0  # nothing left to fill
    assert count(ctx, "SELECT count(*) FROM audit_entry WHERE action = 'leader_duty.fill'") == 2


def test_fill_keeps_days_set_by_hand_and_fills_rest_days_when_asked(ctx, svc, leaders):
    mar = working_days(ctx, 2026, 3)
    svc.set_leader(mar[2], leaders[2], "外出调研后返岗")
    saturday = date(2026, 3, 7)
    svc.set_leader(saturday, leaders[1])
    assert svc.fill_rota(2026, 3) == len(mar) - 1
    days = {v.day: v for v in svc.rota(2026, 3)}
    assert days[mar[2]].leader_id == leaders[2] and days[mar[2]].note == "外出调研后返岗"
    assert days[saturday].leader_id == leaders[1]
    assert days[date(2026, 3, 8)].leader_id is None  # Sunday left alone
    counts = Counter(v.leader_id for v in days.values() if v.leader_id)
    assert max(counts.values()) - min(counts.values()) <= 1
    rest = [v.day for v in days.values() if v.leader_id is None]
    assert svc.fill_rota(2026, 3, include_rest_days=True) == len(rest)
    assert all(v.leader_id for v in svc.rota(2026, 3))


def test_rotation_continues_across_the_year_end(ctx, svc, leaders):
    assert svc.fill_rota(2025, 12) == 23  # no special days on file for 2025: the weekdays
    last = assigned(svc, 2025, 12)[date(2025, 12, 31)]
    assert last == leaders[1]
    first = working_days(ctx, 2026, 1)[0]
    svc.fill_rota(2026, 1)
    assert assigned(svc, 2026, 1)[first] == leaders[2]  # after the leader of 31 December


def test_fill_gives_nobody_two_days_running_next_to_a_day_set_by_hand(ctx, svc, leaders):
    svc.fill_rota(2026, 1)
    svc.fill_rota(2026, 2)
    feb = assigned(svc, 2026, 2)
    svc.set_leader(min(d for d, lid in feb.items() if lid == leaders[1]), None)
    year = Counter(assigned(svc, 2026, 1).values()) + Counter(assigned(svc, 2026, 2).values())
    assert [year[lid] for lid in leaders] == [13, 11, 12]
    assert feb[max(feb)] == leaders[0]
    mar = working_days(ctx, 2026, 3)
    assert mar[1] == mar[0] + timedelta(days=1)
    svc.set_leader(mar[1], leaders[1])  # B, level with C now, would come next after A
    svc.fill_rota(2026, 3)
    got = assigned(svc, 2026, 3)
    assert got[mar[1]] == leaders[1] and got[mar[0]] == leaders[2]


def test_a_new_duty_leader_joins_the_rotation_level(ctx, svc, leaders):
    svc.fill_rota(2026, 1)
    newcomer = CenterService(ctx).save_leader(LeaderInput("戊副主任", "副主任"))
    svc.fill_rota(2026, 4)
    april = Counter(assigned(svc, 2026, 4).values())
    assert set(april) == set(leaders) | {newcomer}
    assert max(april.values()) - min(april.values()) <= 1  # no catching up on January


def test_fill_without_duty_leaders_is_refused(ctx, svc):
    with pytest.raises(DomainError) as e:
        svc.fill_rota(2026, 1)
    assert e.value.code == "leader_duty.no_leaders"
    CenterService(ctx).save_leader(LeaderInput("丁书记", "党组书记", is_duty_leader=False))
    with pytest.raises(DomainError) as e:
        svc.fill_rota(2026, 1)
    assert e.value.code == "leader_duty.no_leaders"
    assert count(ctx, "SELECT count(*) FROM leader_duty") == 0


def test_set_leader_rules(ctx, svc, leaders):
    day = date(2026, 3, 2)
    not_duty = count(ctx, "SELECT id FROM center_leader WHERE is_duty_leader = 0")
    with pytest.raises(ValidationError) as e:
        svc.set_leader(day, not_duty)
    assert codes(e) == ["leader_duty.not_duty_leader"]
    with pytest.raises(ValidationError) as e:
        svc.set_leader(day, leaders[0], "备注" * 31)
    assert codes(e) == ["too_long"]
    assert count(ctx, "SELECT count(*) FROM leader_duty") == 0
    svc.set_leader(day, leaders[0])
    svc.set_leader(day, leaders[1], "换班")
    assert assigned(svc, 2026, 3) == {day: leaders[1]}
    svc.set_leader(day, None)
    assert assigned(svc, 2026, 3) == {}
    actions = [r[0] for r in ctx.db.engine.connect().execute(text(
        "SELECT action FROM audit_entry WHERE action LIKE 'leader_duty.%' ORDER BY id"))]
    assert actions == ["leader_duty.set", "leader_duty.set", "leader_duty.clear"]


# --- joint duty -------------------------------------------------------------------------------


def test_joint_duty_needs_the_days_duty_leader(ctx, svc, leaders, units):
    day = date(2026, 3, 3)
    with pytest.raises(ValidationError) as e:
        svc.add_joint(day, units[0], "王局长", "副局长")
    assert codes(e) == ["leader_duty.joint_needs_leader"]
    svc.set_leader(day, leaders[0])
    jid = svc.add_joint(day, units[0], " 王局长 ", "副局长", "上午")
    (v,) = [v for v in svc.rota(2026, 3) if v.day == day]
    assert [(j.id, j.unit_name, j.leader_name, j.leader_title, j.note) for j in v.joint] == [
        (jid, "税务局", "王局长", "副局长", "上午")]
    # the leader cannot be cleared while joint duty stands on the day
    with pytest.raises(DomainError) as e:
        svc.set_leader(day, None)
    assert e.value.code == "leader_duty.joint_needs_leader"
    assert assigned(svc, 2026, 3) == {day: leaders[0]}
    svc.set_leader(day, leaders[1])  # changing the leader is fine
    svc.remove_joint(jid)
    svc.set_leader(day, None)
    assert count(ctx, "SELECT count(*) FROM joint_duty") == 0


def test_joint_duty_refuses_duplicates_empty_names_and_inactive_units(ctx, svc, leaders, units):
    day = date(2026, 3, 4)
    svc.set_leader(day, leaders[0])
    first = svc.add_joint(day, units[0], "王局长")
    with pytest.raises(ValidationError) as e:
        svc.add_joint(day, units[0], "李科长")
    assert codes(e) == ["leader_duty.joint_duplicate"]
    assert e.value.errors[0].params["name"] == "王局长"
    with pytest.raises(ValidationError) as e:
        svc.add_joint(day, units[1], "  ", "局" * 31)
    assert sorted(codes(e)) == ["required", "too_long"]
    second = svc.add_joint(day, units[1], "赵局长")
    with pytest.raises(ValidationError) as e:  # moving the second onto the first's unit
        svc.update_joint(second, units[0], "赵局长")
    assert codes(e) == ["leader_duty.joint_duplicate"]
    svc.update_joint(first, units[0], "王副局长", "副局长", "全天")  # its own row is no duplicate
    HomeUnitService(ctx).set_active(units[1], False)
    other = date(2026, 3, 5)
    svc.set_leader(other, leaders[1])
    with pytest.raises(ValidationError) as e:
        svc.add_joint(other, units[1], "赵局长")
    assert codes(e) == ["leader_duty.unit_inactive"]
    assert count(ctx, "SELECT count(*) FROM joint_duty") == 2
    assert count(ctx, "SELECT leader_name FROM joint_duty WHERE id = :i", i=first) == "王副局长"


def test_joint_plan_is_all_or_nothing(ctx, svc, leaders, units):
    svc.fill_rota(2026, 3)
    wd = working_days(ctx, 2026, 3)
    sunday = date(2026, 3, 8)
    with pytest.raises(ValidationError) as e:
        svc.joint_plan(units[0], [wd[0], wd[5], sunday], "王局长", "副局长")
    assert codes(e) == ["leader_duty.joint_needs_leader"]
    assert e.value.errors[0].params["day"] == "2026-03-08" and e.value.errors[0].field == "days"
    assert count(ctx, "SELECT count(*) FROM joint_duty") == 0
    svc.add_joint(wd[5], units[0], "王局长")
    with pytest.raises(ValidationError) as e:
        svc.joint_plan(units[0], [wd[0], wd[5], wd[10]], "王局长")
    assert codes(e) == ["leader_duty.joint_duplicate"]
    assert count(ctx, "SELECT count(*) FROM joint_duty") == 1
    with pytest.raises(ValidationError) as e:
        svc.joint_plan(units[0], [], "王局长")
    assert codes(e) == ["required"] and e.value.errors[0].field == "days"
    ids = svc.joint_plan(units[1], [wd[10], wd[0], wd[0]], "赵局长", "局长")
    assert len(ids) == 2
    with_joint = {v.day for v in svc.rota(2026, 3) if v.joint}
    assert with_joint == {wd[0], wd[5], wd[10]}
    assert count(ctx, "SELECT count(*) FROM audit_entry WHERE action = 'joint_duty.add'") == 3


# --- the duty log -----------------------------------------------------------------------------


def test_duty_log_rules(ctx, svc, leaders, units):
    today = date(2026, 3, 10)
    day = date(2026, 3, 9)
    svc.set_leader(day, leaders[1])
    svc.add_joint(day, units[0], "王局长", "副局长")
    empty = svc.log(day)
    assert not empty.exists and empty.summary == ""
    assert (empty.leader_id, empty.leader_name, empty.joint) == (leaders[1], "乙副主任", ("税务局 王局长（副局长）",))
    with pytest.raises(ValidationError) as e:
        svc.save_log(date(2026, 3, 11), "正常", today=today)
    assert codes(e) == ["duty_log.future_day"]
    with pytest.raises(ValidationError) as e:
        svc.save_log(day, "   ", "事" * 2001, today=today)
    assert sorted(codes(e)) == ["required", "too_long"]
    assert svc.logs(2026, 3) == []
    clerk = ServiceContext(ctx.db, actor=Actor.for_role("clerk1", "window_clerk"))
    LeaderDutyService(clerk).save_log(day, "窗口运行正常，午间值守到岗。", "10时群众投诉排队久，已现场解释。",
                                      "次日上午不动产窗口系统升级。", today=today)
    log = svc.log(day)
    assert log.exists and log.written_by == "clerk1" and log.written_at is not None
    assert (log.summary, log.leader_name) == ("窗口运行正常，午间值守到岗。", "乙副主任")
    assert [v.day for v in svc.logs(2026, 3)] == [day]
    assert {v.day for v in svc.rota(2026, 3) if v.has_log} == {day}
    svc.save_log(day, "补充：下午正常。", today=today)  # rewriting keeps one log a day
    assert count(ctx, "SELECT count(*) FROM duty_log") == 1
    assert count(ctx, "SELECT count(*) FROM audit_entry WHERE action = 'duty_log.save'") == 2
    svc.save_log(today, "今天的日志", today=today)  # today itself is fine


def test_day_texts_for_the_printout(ctx, svc, leaders, units):
    from govhr_desktop.services.leader_duty import day_texts

    day = date(2026, 3, 9)
    svc.set_leader(day, leaders[0])
    svc.add_joint(day, units[1], "赵局长")
    svc.add_joint(day, units[0], "王局长", "副局长")
    with ctx.read() as s:
        leader, joint = day_texts(s, date(2026, 3, 1), date(2026, 3, 31))
    assert leader == {day: "甲主任"}
    assert joint == {day: ("税务局 王局长（副局长）", "公安局 赵局长")}


# --- permissions ------------------------------------------------------------------------------


def test_an_auditor_can_neither_read_nor_change_leader_duty(ctx, leaders, units):
    svc = LeaderDutyService(ServiceContext(ctx.db, actor=Actor.for_role("audit1", "auditor")))
    day = date(2026, 3, 2)
    calls = [
        lambda: svc.duty_leaders(), lambda: svc.rota(2026, 3), lambda: svc.fill_rota(2026, 3),
        lambda: svc.set_leader(day, leaders[0]), lambda: svc.add_joint(day, units[0], "王局长"),
        lambda: svc.joint_plan(units[0], [day], "王局长"), lambda: svc.remove_joint(1),
        lambda: svc.log(day), lambda: svc.logs(2026, 3), lambda: svc.save_log(day, "正常", today=day),
    ]
    for call in calls:
        with pytest.raises(DomainError) as e:
            call()
        assert e.value.code == "permission.denied"
    assert count(ctx, "SELECT count(*) FROM audit_entry WHERE username = 'audit1' AND result = 'denied'") == len(calls)
    assert count(ctx, "SELECT count(*) FROM leader_duty") == 0


def test_a_center_leader_may_write_the_log_but_a_personnel_clerk_may_not(ctx, leaders):
    day = date(2026, 3, 2)
    LeaderDutyService(ServiceContext(ctx.db, actor=Actor.for_role("lead1", "leader"))).save_log(day, "正常", today=day)
    personnel = LeaderDutyService(ServiceContext(ctx.db, actor=Actor.for_role("hr1", "personnel")))
    assert personnel.log(day).summary == "正常"  # reading is fine
    with pytest.raises(DomainError) as e:
        personnel.set_leader(day, leaders[0])
    assert e.value.code == "permission.denied"

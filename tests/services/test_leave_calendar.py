"""Leave (请销假) and the working-day calendar: every rule broken on purpose."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.identity import id_check_char
from govhr_desktop.domain.security import APPROVE, HEALTH_READ, LEAVE_WRITE, RECORDS_READ, Actor
from govhr_desktop.persistence.models import (
    Assignment,
    AuditEntry,
    CalendarDay,
    HomeUnit,
    Staff,
    Window,
    Zone,
)
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.calendar import CalendarService
from govhr_desktop.services.leave import HIDDEN_REASON, LeaveService


def _id(seq: int) -> str:
    first = f"34052419900101{seq:03d}"
    return first + id_check_char(first)


@pytest.fixture
def org(ctx):
    """One unit; window A01 with A (张伟) and B (李娜); window B01 with only 王芳 (one-person)."""
    with ctx.transaction() as s:
        unit = HomeUnit(full_name="县市场监督管理局", short_name="市场监管局")
        zone = Zone(name="综合受理区")
        s.add_all([unit, zone])
        s.flush()
        w1 = Window(number="A01", name="企业开办", zone_id=zone.id, window_type="department", home_unit_id=unit.id)
        w2 = Window(number="B01", name="食品许可", zone_id=zone.id, window_type="department", home_unit_id=unit.id)
        s.add_all([w1, w2])
        s.flush()
        people = {}
        for seq, (name, window, post) in enumerate(
            [("张伟", w1, "A"), ("李娜", w1, "B"), ("王芳", w2, "A"), ("赵强", None, None)], start=1
        ):
            p = Staff(name=name, gender="M", id_number=_id(seq), birth_date=date(1990, 1, 1),
                      employment_type="civil_servant", home_unit_id=unit.id, joined_center_on=date(2024, 3, 1),
                      window_id=window.id if window else None, post=post)
            s.add(p)
            s.flush()
            if window is not None:
                s.add(Assignment(staff_id=p.id, window_id=window.id, post=post, start_on=date(2024, 3, 1)))
            people[name] = p.id
    return people


def as_role(ctx, username: str, role: str) -> ServiceContext:
    return ServiceContext(ctx.db, Actor.for_role(username, role))


def leave(ctx, username="clerk", role="personnel") -> LeaveService:
    return LeaveService(as_role(ctx, username, role))


def file_week(svc, staff_id, **kw) -> int:
    args = {"leave_type": "personal", "start_on": date(2026, 3, 9), "start_half": "am",
            "end_on": date(2026, 3, 13), "end_half": "pm", "reason": "家中有事"}
    args.update(kw)
    return svc.file(staff_id, args["leave_type"], args["start_on"], args["start_half"], args["end_on"],
                    args["end_half"], args["reason"])


def approve_ready(ctx, org, leave_id):
    clerk = leave(ctx)
    clerk.unit_sign(leave_id, "市场监管局 陈局长", date(2026, 3, 5))
    clerk.confirm_handover(leave_id, handover_to_id=org["李娜"])
    leave(ctx, "leader1", "leader").center_approve(leave_id, date(2026, 3, 6))


# --- working days ---------------------------------------------------------------------------


def test_working_days_over_national_day_and_make_up_saturday(ctx, org):
    svc = leave(ctx)
    # 2026-09-28 (Mon) .. 2026-10-10 (Sat, make-up working day): 28,29,30 Sep + 8,9 Oct + 10 Oct
    assert svc.count_days(date(2026, 9, 28), "am", date(2026, 10, 10), "pm") == 6
    # the holiday itself takes no leave; 2026-10-08/09 are Thu/Fri
    assert svc.count_days(date(2026, 10, 1), "am", date(2026, 10, 7), "pm") == 0
    assert svc.count_days(date(2026, 10, 1), "am", date(2026, 10, 9), "pm") == 2
    # 2026-10-10 is a Saturday but a working day; 2026-10-11 (Sun) is not
    assert svc.count_days(date(2026, 10, 10), "am", date(2026, 10, 11), "pm") == 1
    cal = CalendarService(ctx).work_calendar(2026, 2026)
    assert cal.is_working_day(date(2026, 10, 10)) and not cal.is_working_day(date(2026, 10, 5))
    assert cal.next_working_day(date(2026, 9, 30)) == date(2026, 10, 8)


def test_half_days(ctx, org):
    svc = leave(ctx)
    assert svc.count_days(date(2026, 3, 9), "pm", date(2026, 3, 9), "pm") == 0.5
    assert svc.count_days(date(2026, 3, 9), "am", date(2026, 3, 9), "am") == 0.5
    assert svc.count_days(date(2026, 3, 9), "pm", date(2026, 3, 11), "am") == 2
    lid = file_week(svc, org["张伟"], start_half="pm", end_half="am")
    assert svc.get(lid).working_days == 4
    # back-to-back half days of the same person do not overlap
    lid2 = file_week(svc, org["张伟"], start_on=date(2026, 3, 13), start_half="pm", end_on=date(2026, 3, 13))
    assert svc.get(lid2).working_days == 0.5


def test_end_before_start_refused(ctx, org):
    svc = leave(ctx)
    with pytest.raises(ValidationError) as e:
        file_week(svc, org["张伟"], start_on=date(2026, 3, 10), end_on=date(2026, 3, 9))
    assert e.value.by_field()["end_on"].code == "leave.end_before_start"
    with pytest.raises(ValidationError) as e:  # same day, afternoon to morning
        file_week(svc, org["张伟"], start_on=date(2026, 3, 10), start_half="pm", end_on=date(2026, 3, 10), end_half="am")
    assert e.value.by_field()["end_on"].code == "leave.end_before_start"
    assert svc.list() == []


def test_zero_working_days_refused(ctx, org):
    with pytest.raises(DomainError) as e:
        file_week(leave(ctx), org["张伟"], start_on=date(2026, 10, 3), end_on=date(2026, 10, 7))
    assert e.value.code == "leave.no_working_days"


def test_overlap_names_the_other_leave(ctx, org):
    svc = leave(ctx)
    first = file_week(svc, org["张伟"])
    with pytest.raises(DomainError) as e:
        file_week(svc, org["张伟"], start_on=date(2026, 3, 13), end_on=date(2026, 3, 16))
    assert e.value.code == "leave.overlap"
    assert (e.value.params["start"], e.value.params["end"]) == ("2026-03-09", "2026-03-13")
    # another person on the same days is fine; a cancelled leave no longer blocks
    file_week(svc, org["李娜"])
    svc.cancel(first, today=date(2026, 3, 1))
    file_week(svc, org["张伟"], start_on=date(2026, 3, 13), end_on=date(2026, 3, 16))


def test_outside_tenure_refused(ctx, org):
    svc = leave(ctx)
    with pytest.raises(DomainError) as e:
        file_week(svc, org["张伟"], start_on=date(2024, 2, 26), end_on=date(2024, 3, 4))
    assert e.value.code == "leave.outside_tenure"
    with ctx.transaction() as s:
        s.get(Staff, org["李娜"]).left_center_on = date(2026, 3, 10)
    with pytest.raises(DomainError) as e:
        file_week(svc, org["李娜"])
    assert e.value.code == "leave.outside_tenure"


def test_sick_leave_needs_a_reason(ctx, org):
    with pytest.raises(ValidationError) as e:
        file_week(leave(ctx), org["张伟"], leave_type="sick", reason="  ")
    assert e.value.by_field()["reason"].code == "leave.reason_required"


# --- the steps ------------------------------------------------------------------------------


def test_approve_before_unit_signature_refused(ctx, org):
    lid = file_week(leave(ctx), org["张伟"])
    with pytest.raises(DomainError) as e:
        leave(ctx, "leader1", "leader").center_approve(lid, date(2026, 3, 6))
    assert e.value.code == "leave.unit_first"


def test_handover_required_before_approval(ctx, org):
    clerk = leave(ctx)
    lid = file_week(clerk, org["张伟"])
    clerk.unit_sign(lid, "陈局长", date(2026, 3, 5))
    with pytest.raises(DomainError) as e:
        leave(ctx, "leader1", "leader").center_approve(lid)
    assert e.value.code == "leave.handover_required"
    # the cover must be someone at the same window: 王芳 sits at B01
    with pytest.raises(DomainError) as e:
        clerk.confirm_handover(lid, handover_to_id=org["王芳"])
    assert e.value.code == "leave.handover_not_colleague"
    with pytest.raises(DomainError) as e:
        clerk.confirm_handover(lid, substitute_name="某某")
    assert e.value.code == "leave.handover_to_required"
    assert [c.name for c in clerk.cover_candidates(lid)] == ["李娜"]
    clerk.confirm_handover(lid, handover_to_id=org["李娜"])
    leave(ctx, "leader1", "leader").center_approve(lid, date(2026, 3, 6))
    v = clerk.get(lid)
    assert (v.status, v.handover_to_name, v.center_approved_by) == ("approved", "李娜", "leader1")


def test_half_day_leave_needs_no_handover_or_unit_signature(ctx, org):
    lid = file_week(leave(ctx), org["张伟"], start_on=date(2026, 3, 9), end_on=date(2026, 3, 9), end_half="am")
    leave(ctx, "leader1", "leader").center_approve(lid, date(2026, 3, 6))
    assert leave(ctx).get(lid).status == "approved"


def test_one_person_window_needs_a_substitute(ctx, org):
    clerk = leave(ctx)
    lid = file_week(clerk, org["王芳"])
    assert clerk.cover_candidates(lid) == []
    with pytest.raises(DomainError) as e:
        clerk.confirm_handover(lid)
    assert (e.value.code, e.value.field) == ("leave.substitute_required", "substitute_name")
    clerk.confirm_handover(lid, substitute_name="孙丽（市场监管局派来）")
    v = clerk.get(lid)
    assert v.handover_confirmed and v.substitute_name == "孙丽（市场监管局派来）"


def test_approving_ones_own_request_refused(ctx, org):
    li = Actor("li", "leader", None, "", frozenset({RECORDS_READ, LEAVE_WRITE, APPROVE, HEALTH_READ}))
    svc = LeaveService(ServiceContext(ctx.db, li))
    lid = file_week(svc, org["张伟"])
    svc.unit_sign(lid, "陈局长", date(2026, 3, 5))
    svc.confirm_handover(lid, handover_to_id=org["李娜"])
    with pytest.raises(DomainError) as e:
        svc.center_approve(lid, date(2026, 3, 6))
    assert e.value.code == "leave.own_request"
    assert svc.get(lid).status == "unit_signed"
    leave(ctx, "leader2", "leader").center_approve(lid, date(2026, 3, 6))
    assert svc.get(lid).status == "approved"


def test_permissions(ctx, org):
    lid = file_week(leave(ctx), org["张伟"])
    with pytest.raises(DomainError) as e:
        leave(ctx, "wclerk", "window_clerk").center_approve(lid)
    assert e.value.code == "permission.denied"
    with pytest.raises(DomainError):
        leave(ctx, "leader1", "leader").file(org["李娜"], "personal", date(2026, 4, 1), "am", date(2026, 4, 1), "pm")


def test_refuse_cancel_and_return(ctx, org):
    clerk = leave(ctx)
    boss = leave(ctx, "leader1", "leader")
    lid = file_week(clerk, org["张伟"])
    with pytest.raises(DomainError):
        boss.refuse(lid, "")
    boss.refuse(lid, "窗口人手不足")
    assert clerk.get(lid).status == "refused"
    with pytest.raises(DomainError) as e:
        clerk.unit_sign(lid, "陈局长", date(2026, 3, 5))
    assert e.value.code == "leave.wrong_status"

    lid = file_week(clerk, org["张伟"])
    approve_ready(ctx, org, lid)
    with pytest.raises(DomainError) as e:
        clerk.cancel(lid, today=date(2026, 3, 10))
    assert e.value.code == "leave.already_started"
    with pytest.raises(DomainError) as e:
        clerk.record_return(lid, date(2026, 3, 1))
    assert e.value.code == "leave.return_before_start"
    clerk.record_return(lid, date(2026, 3, 16))
    v = clerk.get(lid)
    assert (v.status, v.returned_on) == ("returned", date(2026, 3, 16))
    with pytest.raises(DomainError) as e:
        clerk.record_return(lid, date(2026, 3, 16))
    assert e.value.code == "leave.wrong_status"


def test_sick_reason_is_health_data(ctx, org):
    lid = file_week(leave(ctx), org["张伟"], leave_type="sick", reason="急性阑尾炎住院")
    assert leave(ctx, "personnel1", "personnel").get(lid).reason == "急性阑尾炎住院"
    hidden = leave(ctx, "wclerk", "window_clerk").get(lid)
    assert hidden.reason == HIDDEN_REASON and hidden.reason_hidden
    assert all(v.reason == HIDDEN_REASON for v in leave(ctx, "wclerk", "window_clerk").list())
    # nor is it copied into the audit trail
    with ctx.read() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "leave.file")))
    assert entries and all("阑尾炎" not in (e.after + e.before + e.detail) for e in entries)
    # a personal-leave reason is no health data
    other = file_week(leave(ctx), org["李娜"], reason="搬家")
    assert leave(ctx, "wclerk", "window_clerk").get(other).reason == "搬家"


def test_everything_is_audited(ctx, org):
    lid = file_week(leave(ctx), org["张伟"])
    approve_ready(ctx, org, lid)
    leave(ctx).record_return(lid, date(2026, 3, 16))
    with ctx.read() as s:
        actions = [a for (a,) in s.execute(select(AuditEntry.action).where(AuditEntry.action.like("leave.%")))]
        after = json.loads(s.scalar(select(AuditEntry.after).where(AuditEntry.action == "leave.approve")))
    assert actions == ["leave.file", "leave.unit_sign", "leave.handover", "leave.approve", "leave.return"]
    assert after["status"] == "approved"


# --- reminders and who is away --------------------------------------------------------------


def test_reminders_ending_tomorrow_and_overdue(ctx, org):
    clerk = leave(ctx)
    ending = file_week(clerk, org["张伟"])  # ends Fri 2026-03-13
    approve_ready(ctx, org, ending)
    late = file_week(clerk, org["王芳"], start_on=date(2026, 3, 2), end_on=date(2026, 3, 6))
    clerk.unit_sign(late, "陈局长", date(2026, 2, 27))
    clerk.confirm_handover(late, substitute_name="孙丽")
    leave(ctx, "leader1", "leader").center_approve(late, date(2026, 2, 27))

    r = {x.staff_name: x for x in clerk.reminders(date(2026, 3, 12))}  # Thursday
    assert r["张伟"].kind == "ending" and r["张伟"].due_back == date(2026, 3, 16)
    assert r["王芳"].kind == "overdue" and r["王芳"].end_on == date(2026, 3, 6)
    # on Saturday 张伟 is not overdue yet (due back Monday); on Monday he is
    assert "张伟" not in {x.staff_name for x in clerk.reminders(date(2026, 3, 14))}
    assert {x.staff_name: x.kind for x in clerk.reminders(date(2026, 3, 16))}["张伟"] == "overdue"
    # leave ending on Monday is reminded on Friday
    monday = file_week(clerk, org["赵强"], start_on=date(2026, 3, 23), end_on=date(2026, 3, 23), end_half="am")
    leave(ctx, "leader1", "leader").center_approve(monday, date(2026, 3, 19))
    assert {x.staff_name: x.kind for x in clerk.reminders(date(2026, 3, 20))}["赵强"] == "ending"
    assert "赵强" not in {x.staff_name for x in clerk.reminders(date(2026, 3, 19))}
    clerk.record_return(late, date(2026, 3, 12))
    assert "王芳" not in {x.staff_name for x in clerk.reminders(date(2026, 3, 12))}


def test_on_leave_and_list_filters(ctx, org):
    clerk = leave(ctx)
    lid = file_week(clerk, org["张伟"])
    approve_ready(ctx, org, lid)
    file_week(clerk, org["李娜"], start_on=date(2026, 4, 1), end_on=date(2026, 4, 2))
    assert [v.staff_name for v in clerk.on_leave(date(2026, 3, 10))] == ["张伟"]
    assert clerk.on_leave(date(2026, 3, 16)) == []
    assert [v.staff_name for v in clerk.list(status="filed")] == ["李娜"]
    assert [v.staff_name for v in clerk.list(staff_id=org["张伟"])] == ["张伟"]
    assert [v.staff_name for v in clerk.list(date_from=date(2026, 3, 31), date_to=date(2026, 4, 30))] == ["李娜"]
    clerk.record_return(lid, date(2026, 3, 11))  # came back early
    assert clerk.on_leave(date(2026, 3, 10))[0].staff_name == "张伟"
    assert clerk.on_leave(date(2026, 3, 12)) == []


# --- the calendar ---------------------------------------------------------------------------


def test_calendar_2026_is_shipped(ctx):
    cal = CalendarService(ctx)
    days = cal.days(2026)
    assert any(d.day == date(2026, 10, 10) and d.kind == "workday" for d in days)
    assert sum(d.kind == "holiday" for d in days) == 33
    assert cal.working_days_in_year(2026) > 240


def test_calendar_set_and_remove_day(ctx):
    cal = CalendarService(as_role(ctx, "wclerk", "window_clerk"))
    with pytest.raises(ValidationError) as e:
        cal.set_day(date(2026, 3, 10), "workday", "补班")  # a Tuesday
    assert e.value.by_field()["day"].code == "calendar.workday_on_weekday"
    cal.set_day(date(2026, 3, 14), "workday", "试运行补班")  # a Saturday
    cal.set_day(date(2026, 3, 15), "holiday", "周日")  # pointless but allowed
    cal.set_day(date(2026, 3, 16), "放假", "县庆")
    assert {d.day: d.kind for d in cal.days(2026)}[date(2026, 3, 16)] == "holiday"
    assert cal.work_calendar(2026, 2026).is_working_day(date(2026, 3, 14))
    cal.remove_day(date(2026, 3, 14))
    assert not cal.work_calendar(2026, 2026).is_working_day(date(2026, 3, 14))
    with pytest.raises(DomainError):
        cal.remove_day(date(2026, 3, 14))
    with pytest.raises(DomainError) as e:
        CalendarService(as_role(ctx, "p", "personnel")).set_day(date(2026, 3, 21), "workday", "")
    assert e.value.code == "permission.denied"


def _sheet(path, rows):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["2027年节假日安排"])
    ws.append(["日期", "类型", "名称"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_calendar_import(ctx, tmp_path):
    cal = CalendarService(ctx)
    path = _sheet(tmp_path / "2027.xlsx", [
        [date(2027, 1, 1), "放假", "元旦"],
        ["2027-02-06", "上班", "春节"],  # a Saturday
        ["2027/2/8", "holiday", "春节"],
    ])
    assert cal.import_xlsx(path) == 3
    assert [(d.day, d.kind) for d in cal.days(2027)] == [
        (date(2027, 1, 1), "holiday"), (date(2027, 2, 6), "workday"), (date(2027, 2, 8), "holiday"),
    ]


def test_calendar_import_with_a_bad_row_changes_nothing(ctx, tmp_path):
    cal = CalendarService(ctx)
    before = cal.days(2026)
    path = _sheet(tmp_path / "bad.xlsx", [
        [date(2026, 12, 31), "放假", "跨年"],
        ["2026-13-01", "放假", "不存在"],
        [date(2026, 12, 30), "上班", "周三补班"],
        [date(2026, 12, 26), "休假吧", ""],
    ])
    with pytest.raises(ValidationError) as e:
        cal.import_xlsx(path)
    got = [(x.code, x.params["row"]) for x in e.value.errors]
    assert got == [("calendar.row_date", 4), ("calendar.row_workday_on_weekday", 5), ("calendar.row_kind", 6)]
    assert cal.days(2026) == before
    with ctx.read() as s:
        assert s.get(CalendarDay, date(2026, 12, 31)) is None


def test_calendar_import_needs_the_columns(ctx, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["日子", "说明"])
    wb.active.append(["2027-01-01", "元旦"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(DomainError) as e:
        CalendarService(ctx).import_xlsx(tmp_path / "x.xlsx")
    assert e.value.code == "import.missing_headers"

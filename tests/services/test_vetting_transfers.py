"""Vetting (考察), transfer requests (调整/调回) and chief-representative appointments."""

from datetime import date

import pytest
from sqlalchemy import select

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.identity import id_check_char
from govhr_desktop.domain.records import HomeUnitInput, StaffInput, WindowInput, ZoneInput
from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.models import (
    Assignment,
    AuditEntry,
    CalendarDay,
    ChiefRepresentative,
    Staff,
)
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.chief_reps import ChiefRepService
from govhr_desktop.services.organisation import HomeUnitService, ZoneService
from govhr_desktop.services.staff import StaffService
from govhr_desktop.services.transfers import TransferService, two_year_date
from govhr_desktop.services.vetting import VettingInput, VettingService
from govhr_desktop.services.windows import WindowService

TODAY = date(2026, 11, 20)


def new_id(seq: int, birth: str = "19920511") -> str:
    first = f"340524{birth}{seq:03d}"
    return first + id_check_char(first)


@pytest.fixture
def org(ctx):
    units, zones, windows = HomeUnitService(ctx), ZoneService(ctx), WindowService(ctx)
    u1 = units.save(HomeUnitInput("青山县市场监督管理局", "市场监管局"))
    u2 = units.save(HomeUnitInput("青山县人力资源和社会保障局", "人社局"))
    z = zones.save(ZoneInput("综合受理区", "1F"))
    w1 = windows.save(WindowInput("A01", "企业开办", z, "department", u1))
    return {"ctx": ctx, "u1": u1, "u2": u2, "z": z, "w1": w1}


def proposal(org, seq: int, **kw) -> VettingInput:
    base = {"home_unit_id": org["u1"], "name": f"候选{seq}", "id_number": new_id(seq), "employment_type": "contract",
                "proposed_on": date(2026, 11, 2), "mobile": "13912345678", "political_status": "league",
                "education": "bachelor", "intended_window_id": org["w1"], "political_quality": "政治立场坚定",
                "business_ability": "熟悉登记业务", "physical_condition": "健康"}
    base.update(kw)
    return VettingInput(**base)


def staff(org, seq: int, joined: date, **kw) -> int:
    base = {"name": f"人员{seq}", "id_number": new_id(seq, "19880101"), "home_unit_id": org["u1"],
                "employment_type": "public_institution", "joined_center_on": joined}
    base.update(kw)
    return StaffService(org["ctx"]).save(StaffInput(**base))


def audit_actions(ctx) -> list[str]:
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


# --- vetting ----------------------------------------------------------------------------------


def test_propose_then_accept_creates_the_staff_record(org):
    ctx = org["ctx"]
    svc = VettingService(ctx)
    vid = svc.propose(proposal(org, 1, id_number=new_id(1).lower()[:-1] + new_id(1)[-1].lower()), today=TODAY)
    v = svc.get(vid)
    assert (v.decision, v.home_unit_name, v.intended_window_number, v.id_number) == ("pending", "市场监管局", "A01", new_id(1))
    assert [x.id for x in svc.list("pending")] == [vid]
    assert StaffService(ctx).list() == []  # nobody on the staff list before the decision

    svc.update_assessment(vid, "政治合格", "业务熟练", "身体健康", "试岗一周表现良好")
    assert svc.get(vid).business_ability == "业务熟练"

    staff_id = svc.decide(vid, "accepted", "", date(2026, 11, 16), today=TODAY)
    person = StaffService(ctx).get(staff_id)
    assert (person.name, person.status, person.joined_center_on, person.window_id, person.home_unit_id) == (
        "候选1", "on_duty", date(2026, 11, 16), None, org["u1"])
    assert (person.political_status, person.education, person.mobile) == ("league", "bachelor", "13912345678")
    v = svc.get(vid)
    assert (v.decision, v.staff_id, v.decided_on, v.decided_by) == ("accepted", staff_id, date(2026, 11, 16), "system")
    assert svc.list("pending") == []
    actions = audit_actions(ctx)
    assert "vetting.propose" in actions and "vetting.assess" in actions
    assert actions[-2:] == ["staff.create", "vetting.decide"]
    with pytest.raises(DomainError) as e:
        svc.decide(vid, "refused", "改主意了", TODAY, today=TODAY)
    assert e.value.code == "vetting.decided"
    with pytest.raises(DomainError) as e:
        svc.update_assessment(vid, "a", "b", "c")
    assert e.value.code == "vetting.decided"


def test_refusing_needs_a_reason_and_creates_nobody(org):
    svc = VettingService(org["ctx"])
    vid = svc.propose(proposal(org, 2), today=TODAY)
    with pytest.raises(ValidationError) as e:
        svc.decide(vid, "refused", "  ", TODAY, today=TODAY)
    assert [x.code for x in e.value.errors] == ["vetting.reason_required"]
    assert svc.get(vid).decision == "pending"  # nothing saved
    assert svc.decide(vid, "refused", "身体条件不适合长期窗口工作", TODAY, today=TODAY) is None
    v = svc.get(vid)
    assert (v.decision, v.decision_reason, v.staff_id) == ("refused", "身体条件不适合长期窗口工作", None)
    assert StaffService(org["ctx"]).list() == []
    with pytest.raises(DomainError) as e:
        svc.decide(vid, "maybe", "", TODAY)
    assert e.value.code == "choice"


def test_duplicate_id_numbers_are_refused(org):
    svc = VettingService(org["ctx"])
    staff(org, 3, date(2024, 1, 2))
    with pytest.raises(ValidationError) as e:
        svc.propose(proposal(org, 9, id_number=new_id(3, "19880101")), today=TODAY)
    assert [(x.code, x.field, x.params) for x in e.value.errors] == [
        ("vetting.already_staff", "id_number", {"name": "人员3"})]
    svc.propose(proposal(org, 4), today=TODAY)
    with pytest.raises(ValidationError) as e:
        svc.propose(proposal(org, 4, name="别名"), today=TODAY)
    assert e.value.errors[0].code == "vetting.already_pending"
    with pytest.raises(ValidationError) as e:
        svc.propose(proposal(org, 5, id_number="3405241992", name="", proposed_on=None), today=TODAY)
    assert {x.field for x in e.value.errors} == {"name", "id_number", "proposed_on"}
    assert len(svc.list()) == 1


def test_returned_person_can_be_proposed_and_accepted_again(org):
    ctx = org["ctx"]
    sid = staff(org, 6, date(2020, 3, 1))
    StaffService(ctx).deactivate(sid, date(2023, 6, 30))
    svc = VettingService(ctx)
    vid = svc.propose(proposal(org, 0, id_number=new_id(6, "19880101"), name="人员6"), today=TODAY)
    assert svc.decide(vid, "accepted", "", TODAY, today=TODAY) == sid
    again = StaffService(ctx).get(sid)
    assert (again.status, again.left_center_on, again.joined_center_on) == ("on_duty", None, TODAY)


def test_deciding_needs_the_approve_permission(org, paths):
    svc = VettingService(org["ctx"])
    vid = svc.propose(proposal(org, 7), today=TODAY)
    clerk_ctx = ServiceContext(org["ctx"].db, Actor.for_role("x", "personnel"))
    clerk = VettingService(clerk_ctx)
    clerk.propose(proposal(org, 8), today=TODAY)  # the personnel clerk records proposals...
    with pytest.raises(DomainError) as e:  # ...but only a leader decides
        clerk.decide(vid, "accepted", "", TODAY, today=TODAY)
    assert e.value.code == "permission.denied"
    assert svc.get(vid).decision == "pending"
    with pytest.raises(DomainError):
        TransferService(clerk_ctx).decide(1, "agreed", "", TODAY)
    with org["ctx"].read() as s:
        denied = s.scalars(select(AuditEntry).where(AuditEntry.result == "denied")).all()
    assert [d.action for d in denied] == ["vetting.decide", "transfer.decide"]


# --- transfer requests ------------------------------------------------------------------------


def test_short_notice_counts_working_days_from_the_calendar(org):
    ctx = org["ctx"]
    sid = staff(org, 10, date(2020, 5, 6))
    svc = TransferService(ctx)
    # Monday 9 Nov -> Wednesday 18 Nov: 7 working days after the filing day
    ok = svc.check(sid, date(2026, 11, 9), date(2026, 11, 18))
    assert (ok.working_days, ok.warnings) == (7, ())
    # across the 2026 mid-autumn and national holidays (shipped calendar): 9-28, 9-29, 9-30,
    # 10-8, 10-9, 10-10 (a Saturday worked instead) and 10-12; without the calendar it would be 12
    assert svc.check(sid, date(2026, 9, 24), date(2026, 10, 12)).working_days == 7
    # a holiday inside the notice period shortens it
    with ctx.transaction() as s:
        s.add(CalendarDay(day=date(2026, 11, 12), kind="holiday", name="县庆"))
    short = svc.check(sid, date(2026, 11, 9), date(2026, 11, 18))
    assert short.working_days == 6
    assert [(w.code, w.params) for w in short.warnings] == [("transfer.short_notice", {"days": 6, "required": 7})]
    result = svc.file("withdraw", sid, date(2026, 11, 9), date(2026, 11, 18), "单位业务骨干调回")
    assert [w.code for w in result.warnings] == ["transfer.short_notice"]
    view = svc.get(result.id)
    assert (view.kind, view.working_days, view.home_unit_name, view.decision, view.staff_name) == (
        "withdraw", 6, "市场监管局", "pending", "人员10")
    assert audit_actions(ctx)[-1] == "transfer.file"


def test_two_year_rule_warns_and_needs_an_early_reason(org):
    ctx = org["ctx"]
    sid = staff(org, 11, date(2025, 3, 3))
    svc = TransferService(ctx)
    assert two_year_date(StaffService(ctx).get(sid)) == date(2027, 3, 3)
    assert two_year_date(date(2024, 2, 29)) == date(2026, 2, 28)
    check = svc.check(sid, date(2026, 10, 12), date(2026, 11, 2))
    assert check.early_reason_required and check.two_year_date == date(2027, 3, 3)
    assert [w.code for w in check.warnings] == ["transfer.before_two_years"]
    with pytest.raises(ValidationError) as e:
        svc.file("replace", sid, date(2026, 10, 12), date(2026, 11, 2), "身体原因", "李四")
    assert [(x.code, x.field) for x in e.value.errors] == [("transfer.early_reason_required", "early_reason")]
    assert svc.list() == []  # nothing saved
    result = svc.file("replace", sid, date(2026, 10, 12), date(2026, 11, 2), "身体原因", "李四",
                      early_reason="本人长期病假，无法继续窗口工作")
    assert [w.code for w in result.warnings] == ["transfer.before_two_years"]
    v = svc.get(result.id)
    assert (v.replacement_name, v.early_reason, v.years_at_center) == ("李四", "本人长期病假，无法继续窗口工作", 1.7)
    # at two years exactly there is no warning and no early reason is kept
    later = svc.check(sid, date(2027, 2, 1), date(2027, 3, 3))
    assert later.warnings == () and not later.early_reason_required
    with pytest.raises(ValidationError) as e:  # one open request per person
        svc.file("withdraw", sid, date(2026, 10, 12), date(2026, 11, 2), "again", early_reason="x")
    assert e.value.errors[0].code == "transfer.already_pending"
    with pytest.raises(ValidationError) as e:
        svc.file("swap", None, None, None, "")
    assert {x.field for x in e.value.errors} == {"kind", "staff_id", "filed_on", "requested_on", "reason"}


def test_agreeing_ends_assignments_keeps_history_and_returns_the_person(org):
    ctx = org["ctx"]
    sid = staff(org, 12, date(2021, 4, 1))
    other = staff(org, 13, date(2022, 4, 1))
    with ctx.transaction() as s:  # dated history as the assignment service writes it
        p = s.get(Staff, sid)
        p.window_id, p.post = org["w1"], "A"
        s.add(Assignment(staff_id=sid, window_id=org["w1"], post="B", start_on=date(2021, 4, 1),
                         end_on=date(2023, 1, 31), end_reason="moved"))
        s.add(Assignment(staff_id=sid, window_id=org["w1"], post="A", start_on=date(2023, 2, 1)))
        s.add(Assignment(staff_id=other, window_id=org["w1"], post="B", start_on=date(2023, 2, 1)))
    chiefs = ChiefRepService(ctx)
    chiefs.appoint(org["u1"], sid, date(2024, 1, 1))
    svc = TransferService(ctx)
    rid = svc.file("center_asks", sid, date(2026, 11, 2), date(2026, 11, 16), "多次被群众投诉").id
    with pytest.raises(ValidationError) as e:
        svc.decide(rid, "refused", "", date(2026, 11, 3))
    assert e.value.errors[0].code == "transfer.reason_required"
    svc.decide(rid, "agreed", "", date(2026, 11, 3))

    with ctx.read() as s:
        rows = s.execute(select(Assignment.post, Assignment.start_on, Assignment.end_on, Assignment.end_reason)
                         .where(Assignment.staff_id == sid).order_by(Assignment.start_on)).all()
        other_rows = s.execute(select(Assignment.end_on).where(Assignment.staff_id == other)).all()
        chief = s.scalars(select(ChiefRepresentative)).one()
    assert [tuple(r) for r in rows] == [
        ("B", date(2021, 4, 1), date(2023, 1, 31), "moved"),
        ("A", date(2023, 2, 1), date(2026, 11, 15), "transfer"),
    ]
    assert [tuple(r) for r in other_rows] == [(None,)]  # the colleague stays
    assert chief.end_on == date(2026, 11, 16)
    p = StaffService(ctx).get(sid)
    assert (p.status, p.left_center_on, p.window_id, p.post) == ("returned", date(2026, 11, 16), None, None)
    v = svc.get(rid)
    assert (v.decision, v.decided_on, v.staff_status) == ("agreed", date(2026, 11, 3), "returned")
    assert audit_actions(ctx)[-2:] == ["staff.return", "transfer.decide"]
    with pytest.raises(DomainError) as e:
        svc.decide(rid, "refused", "x", date(2026, 11, 3))
    assert e.value.code == "transfer.decided"
    with pytest.raises(ValidationError) as e:  # a returned person gets no new request
        svc.file("withdraw", sid, date(2026, 11, 20), date(2026, 12, 20), "x")
    assert e.value.errors[0].code == "transfer.staff_returned"


def test_refused_request_changes_nothing(org):
    ctx = org["ctx"]
    sid = staff(org, 14, date(2021, 4, 1))
    svc = TransferService(ctx)
    rid = svc.file("withdraw", sid, date(2026, 11, 2), date(2026, 11, 30), "单位缺人").id
    svc.decide(rid, "refused", "窗口无人接替", date(2026, 11, 4))
    assert StaffService(ctx).get(sid).status == "on_duty"
    assert [t.decision for t in svc.list()] == ["refused"]
    assert svc.list("pending") == []


# --- chief representatives --------------------------------------------------------------------


def test_chief_representative_appointments_and_history(org):
    ctx = org["ctx"]
    a = staff(org, 20, date(2021, 1, 4))
    b = staff(org, 21, date(2022, 1, 4))
    c = staff(org, 22, date(2022, 1, 4), home_unit_id=org["u2"])
    svc = ChiefRepService(ctx)
    assert svc.history(org["u1"]) == []
    svc.appoint(org["u1"], a, date(2023, 1, 1))
    svc.appoint(org["u1"], b, date(2025, 7, 1))
    hist = svc.history(org["u1"])
    assert [(h.staff_name, h.start_on, h.end_on) for h in hist] == [
        ("人员21", date(2025, 7, 1), None), ("人员20", date(2023, 1, 1), date(2025, 7, 1))]
    assert svc.current(org["u1"]).staff_id == b
    assert HomeUnitService(ctx).get(org["u1"]).chief_representative_name == "人员21"
    for staff_id, start, code in (
        (c, date(2025, 8, 1), "home_unit.chief_not_member"),
        (b, date(2025, 8, 1), "chief_rep.already"),
        (a, date(2025, 6, 1), "chief_rep.before_current"),
        (a, date(2020, 6, 1), "chief_rep.before_joined"),
    ):
        with pytest.raises(ValidationError) as e:
            svc.appoint(org["u1"], staff_id, start)
        assert e.value.errors[0].code == code
    assert len(svc.history(org["u1"])) == 2
    assert audit_actions(ctx).count("chief_rep.appoint") == 2
    with pytest.raises(DomainError) as e:
        ChiefRepService(ServiceContext(ctx.db, Actor.for_role("p", "personnel"))).appoint(org["u1"], a, date(2026, 1, 1))
    assert e.value.code == "permission.denied"


def test_no_staff_list_entry_without_acceptance(org):
    """Only accepted people reach the staff list: pending and refused proposals never do."""
    svc = VettingService(org["ctx"])
    svc.propose(proposal(org, 30), today=TODAY)
    refused = svc.propose(proposal(org, 31), today=TODAY)
    svc.decide(refused, "refused", "不符合条件", TODAY, today=TODAY)
    accepted = svc.propose(proposal(org, 32), today=TODAY)
    svc.decide(accepted, "accepted", "", TODAY, today=TODAY)
    with org["ctx"].read() as s:
        assert list(s.scalars(select(Staff.name))) == ["候选32"]

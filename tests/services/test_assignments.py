"""Dated window assignments (AB岗): the rules, the history, the staff cache, daily coverage."""

from datetime import date

import pytest
from sqlalchemy import select, text

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.identity import id_check_char
from govhr_desktop.domain.records import HomeUnitInput, StaffInput, WindowInput, ZoneInput
from govhr_desktop.persistence.models import Assignment, LeaveRequest, Staff
from govhr_desktop.services.assignments import AssignmentService
from govhr_desktop.services.organisation import HomeUnitService, ZoneService
from govhr_desktop.services.staff import StaffService
from govhr_desktop.services.windows import WindowService

TODAY = date(2026, 5, 11)


def new_id(seq: int) -> str:
    first = f"34052419880615{seq:03d}"
    return first + id_check_char(first)


@pytest.fixture
def org(ctx):
    units, zones, windows = HomeUnitService(ctx), ZoneService(ctx), WindowService(ctx)
    u1 = units.save(HomeUnitInput("青山县市场监督管理局", "市场监管局"))
    u2 = units.save(HomeUnitInput("青山县人力资源和社会保障局", "人社局"))
    z = zones.save(ZoneInput("综合受理区", "1F"))
    w1 = windows.save(WindowInput("A01", "企业开办", z, "department", u1))
    w2 = windows.save(WindowInput("A02", "食品经营", z, "department", u1))
    wc = windows.save(WindowInput("Z01", "综合受理", z, "comprehensive"))
    closed = windows.save(WindowInput("A09", "旧窗口", z, "department", u1, active_to=date(2025, 12, 31)))
    staff = StaffService(ctx)

    def person(seq, unit=u1, joined=date(2024, 3, 1)) -> int:
        return staff.save(StaffInput(f"人员{seq}", new_id(seq), unit, "contract", joined_center_on=joined), today=TODAY)

    return {"ctx": ctx, "svc": AssignmentService(ctx), "u1": u1, "u2": u2, "w1": w1, "w2": w2, "wc": wc,
            "closed": closed, "person": person}


def codes(e) -> list[tuple[str | None, str]]:
    errors = e.value.errors if isinstance(e.value, ValidationError) else [e.value]
    return [(x.field, x.code) for x in errors]


def test_assign_and_history(org):
    svc, p = org["svc"], org["person"](1)
    aid = svc.assign(p, org["w1"], "A", date(2024, 3, 1), "首次进驻", today=TODAY)
    v = svc.get(aid)
    assert (v.staff_name, v.window_number, v.post, v.end_on, v.remarks) == ("人员1", "A01", "A", None, "首次进驻")
    assert [a.id for a in svc.current(TODAY)] == [aid]
    svc.end(aid, date(2026, 4, 30), "rotation", today=TODAY)
    bid = svc.assign(p, org["w2"], "B", date(2026, 5, 1), today=TODAY)
    hist = svc.for_staff(p)
    assert [(h.window_number, h.start_on, h.end_on, h.end_reason) for h in hist] == [
        ("A02", date(2026, 5, 1), None, ""), ("A01", date(2024, 3, 1), date(2026, 4, 30), "rotation")]
    assert [h.id for h in svc.for_window(org["w1"], on=TODAY)] == [aid]  # ending keeps the row
    assert svc.current(date(2026, 4, 30))[0].id == aid and svc.current(TODAY)[0].id == bid
    with org["ctx"].read() as s:
        assert s.scalar(select(Assignment.end_on).where(Assignment.id == aid)) == date(2026, 4, 30)
        actions = list(s.execute(text("SELECT action FROM audit_entry WHERE action LIKE 'assignment.%'")).scalars())
    assert actions == ["assignment.create", "assignment.end", "assignment.create"]


def test_cache_follows_assignments(org):
    svc, p = org["svc"], org["person"](1)
    staff = StaffService(org["ctx"])
    b = svc.assign(p, org["w2"], "B", date(2025, 1, 1), today=TODAY)
    assert (staff.get(p).window_number, staff.get(p).post) == ("A02", "B")
    a = svc.assign(p, org["w1"], "A", date(2025, 6, 1), today=TODAY)
    assert (staff.get(p).window_number, staff.get(p).post) == ("A01", "A")  # the A post wins
    svc.end(a, date(2026, 1, 31), "rotation", today=TODAY)
    assert (staff.get(p).window_number, staff.get(p).post) == ("A02", "B")
    svc.end(b, date(2026, 2, 28), "other", today=TODAY)
    assert (staff.get(p).window_id, staff.get(p).post) == (None, None)
    with org["ctx"].transaction() as s:  # a stale cache is repaired at start-up
        s.get(Staff, p).window_id, s.get(Staff, p).post = org["w1"], "A"
    svc.sync_all(TODAY)
    assert (staff.get(p).window_id, staff.get(p).post) == (None, None)


def test_overlap_at_the_same_window_is_refused(org):
    svc, p = org["svc"], org["person"](1)
    svc.assign(p, org["w1"], "B", date(2025, 1, 1), today=TODAY)
    with pytest.raises(ValidationError) as e:
        svc.assign(p, org["w1"], "A", date(2025, 3, 1), today=TODAY)
    assert codes(e) == [("start_on", "assignment.overlap")]


def test_one_a_post_per_person(org):
    svc, p = org["svc"], org["person"](1)
    svc.assign(p, org["w1"], "A", date(2025, 1, 1), today=TODAY)
    with pytest.raises(ValidationError) as e:
        svc.assign(p, org["w2"], "A", date(2025, 3, 1), today=TODAY)
    assert codes(e) == [("post", "assignment.second_a")]
    assert e.value.errors[0].params["window"] == "A01"
    svc.assign(p, org["w2"], "B", date(2025, 3, 1), today=TODAY)  # a B post elsewhere is fine


def test_one_a_per_window_including_a_later_open_ended_a(org):
    svc, p1, p2 = org["svc"], org["person"](1), org["person"](3)
    svc.assign(p1, org["w1"], "A", date(2025, 6, 1), today=TODAY)
    with pytest.raises(ValidationError) as e:
        svc.assign(p2, org["w1"], "A", date(2025, 8, 1), today=TODAY)
    assert codes(e) == [("post", "assignment.window_a_taken")]
    assert e.value.errors[0].params == {"window": "A01", "name": "人员1"}
    with pytest.raises(ValidationError) as e:  # starting before an open-ended A also overlaps
        svc.assign(p2, org["w1"], "A", date(2025, 1, 1), today=TODAY)
    assert codes(e) == [("post", "assignment.window_a_taken")]


def test_a_after_the_previous_a_ended_is_accepted_inclusive_days(org):
    svc, p1, p2 = org["svc"], org["person"](1), org["person"](3)
    a = svc.assign(p1, org["w1"], "A", date(2025, 1, 1), today=TODAY)
    svc.end(a, date(2025, 12, 31), "rotation", today=TODAY)
    with pytest.raises(ValidationError):  # the last day is still A's
        svc.assign(p2, org["w1"], "A", date(2025, 12, 31), today=TODAY)
    svc.assign(p2, org["w1"], "A", date(2026, 1, 1), today=TODAY)


def test_unit_mismatch_and_comprehensive_window(org):
    svc, other = org["svc"], org["person"](5, unit=org["u2"])
    with pytest.raises(ValidationError) as e:
        svc.assign(other, org["w1"], "B", date(2025, 1, 1), today=TODAY)
    assert codes(e) == [("window_id", "assignment.unit_mismatch")]
    assert e.value.errors[0].params["unit"] == "市场监管局"
    svc.assign(other, org["wc"], "A", date(2025, 1, 1), today=TODAY)  # comprehensive: anyone


def test_end_before_start_is_refused(org):
    svc, p = org["svc"], org["person"](1)
    a = svc.assign(p, org["w1"], "A", date(2025, 1, 1), today=TODAY)
    with pytest.raises(DomainError) as e:
        svc.end(a, date(2024, 12, 31), "rotation", today=TODAY)
    assert codes(e) == [("end_on", "date.range")]
    with pytest.raises(DomainError) as e:
        svc.end(a, date(2025, 2, 1), "fired", today=TODAY)
    assert e.value.code == "choice"
    assert svc.get(a).end_on is None


def test_before_joining_closed_window_and_returned_person(org):
    svc, p = org["svc"], org["person"](1, joined=date(2025, 9, 1))
    with pytest.raises(ValidationError) as e:
        svc.assign(p, org["w1"], "A", date(2025, 8, 31), today=TODAY)
    assert codes(e) == [("start_on", "assignment.before_joining")]
    with pytest.raises(ValidationError) as e:
        svc.assign(p, org["closed"], "A", date(2026, 1, 1), today=TODAY)
    assert codes(e) == [("start_on", "assignment.window_closed")]
    svc.assign(p, org["closed"], "A", date(2025, 12, 31), today=TODAY)  # its last open day
    StaffService(org["ctx"]).deactivate(p, date(2026, 3, 31))
    with pytest.raises(ValidationError) as e:
        svc.assign(p, org["w2"], "B", date(2026, 4, 1), today=TODAY)
    assert codes(e) == [("staff_id", "assignment.staff_returned")]
    [h] = svc.for_staff(p)
    assert (h.end_on, h.end_reason) == (date(2026, 3, 31), "returned")


def test_refused_assignment_changes_nothing_and_needs_permission(org):
    from govhr_desktop.domain.security import Actor
    from govhr_desktop.services.base import ServiceContext

    p = org["person"](1)
    clerk = ServiceContext(org["ctx"].db, Actor("张主任", "leader"))
    with pytest.raises(Exception) as e:
        AssignmentService(clerk).assign(p, org["w1"], "A", date(2025, 1, 1))
    assert "permission" in type(e.value).__name__.lower() or getattr(e.value, "code", "") == "permission.denied"
    assert org["svc"].for_staff(p) == []


def test_staff_form_goes_through_assignments(org):
    staff, svc = StaffService(org["ctx"]), org["svc"]
    sid = staff.save(StaffInput("王芳", new_id(7), org["u1"], "contract", joined_center_on=date(2024, 3, 1),
                                window_id=org["w1"], post="A"), today=TODAY)
    [a] = svc.for_staff(sid)
    assert (a.window_number, a.post, a.start_on, a.end_on) == ("A01", "A", date(2024, 3, 1), None)
    data = staff.get(sid).to_input()
    staff.save(data.__class__(**{**data.__dict__, "remarks": "只改备注"}), sid, today=TODAY)
    assert len(svc.for_staff(sid)) == 1  # no window change: no new assignment
    staff.save(data.__class__(**{**data.__dict__, "window_id": org["w2"], "post": "B"}), sid, today=TODAY)
    new, old = svc.for_staff(sid)
    assert (old.end_on, old.end_reason) == (date(2026, 5, 10), "rotation")
    assert (new.window_number, new.post, new.start_on, new.end_on) == ("A02", "B", TODAY, None)
    # changed again the same day: the move of this morning is cancelled, not kept as a 0-day post
    staff.save(data.__class__(**{**data.__dict__, "window_id": org["wc"], "post": "A"}), sid, today=TODAY)
    assert [(h.window_number, h.start_on, h.end_on) for h in svc.for_staff(sid)] == [
        ("Z01", TODAY, None), ("A01", date(2024, 3, 1), date(2026, 5, 10))]
    assert (staff.get(sid).window_number, staff.get(sid).post) == ("Z01", "A")
    staff.deactivate(sid, date(2026, 6, 30))
    assert svc.for_staff(sid)[0].end_reason == "returned"
    at = {w.number: w.a_staff for w in WindowService(org["ctx"]).list(on=date(2026, 6, 30))}
    assert at["Z01"] == "王芳"  # still at the window on the last day
    assert {w.number: w.a_staff for w in WindowService(org["ctx"]).list(on=date(2026, 7, 1))}["Z01"] == ""


def _leave(ctx, staff_id, start, end, status="approved", start_half="am", end_half="pm", returned_on=None):
    with ctx.transaction() as s:
        s.add(LeaveRequest(staff_id=staff_id, leave_type="personal", start_on=start, start_half=start_half,
                           end_on=end, end_half=end_half, status=status, returned_on=returned_on))


def test_coverage_with_leave(org):
    ctx, svc = org["ctx"], org["svc"]
    a, b1, b2 = org["person"](1), org["person"](3), org["person"](5)
    svc.assign(a, org["w1"], "A", date(2025, 1, 1), today=TODAY)
    svc.assign(b1, org["w1"], "B", date(2025, 1, 1), today=TODAY)
    svc.assign(b2, org["w1"], "B", date(2025, 2, 1), today=TODAY)
    svc.assign(b1, org["w2"], "B", date(2025, 1, 1), today=TODAY)
    day = date(2026, 5, 12)
    cov = {c.number: c for c in svc.coverage(day)}
    assert set(cov) == {"A01", "A02", "Z01"}  # the closed window is not listed
    w1 = cov["A01"]
    assert (w1.a_staff, w1.b_staff, w1.on_leave, w1.covering, w1.uncovered) == (
        ("人员1",), ("人员3", "人员5"), (), "", False)
    assert cov["A02"].no_a and not cov["A02"].uncovered and cov["A02"].covering == "人员3"
    assert cov["Z01"].uncovered and cov["Z01"].no_a and cov["Z01"].no_b

    _leave(ctx, a, date(2026, 5, 11), date(2026, 5, 13))
    _leave(ctx, b1, date(2026, 5, 12), date(2026, 5, 12), status="filed")  # not approved: still at work
    w1 = {c.number: c for c in svc.coverage(day)}["A01"]
    assert (w1.on_leave, w1.covering, w1.uncovered) == (("人员1",), "人员3", False)

    _leave(ctx, b1, date(2026, 5, 12), date(2026, 5, 12), start_half="pm")  # half a day counts
    _leave(ctx, b2, date(2026, 5, 10), date(2026, 5, 20), status="returned", returned_on=date(2026, 5, 14))
    cov = {c.number: c for c in svc.coverage(day)}
    assert cov["A01"].uncovered and cov["A01"].covering == ""
    assert set(cov["A01"].on_leave) == {"人员1", "人员3", "人员5"} and cov["A01"].half_day == ("人员3",)
    assert cov["A02"].uncovered
    later = {c.number: c for c in svc.coverage(date(2026, 5, 14))}["A01"]  # A back; 人员5 came back that day
    assert (later.on_leave, later.uncovered) == ((), False)

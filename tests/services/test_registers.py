"""Registers (台账): each rule broken on purpose, verification, counts for scoring, audit, roles."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.models import AuditEntry, RegisterEntry, Staff
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.registers import RegisterService

TODAY = date(2026, 3, 20)


@pytest.fixture
def svc(demo_ctx):
    return RegisterService(demo_ctx)


@pytest.fixture
def person(demo_ctx):
    """Someone at the center since before 2025 (still there)."""
    with demo_ctx.read() as s:
        p = s.scalars(select(Staff).where(Staff.status == "on_duty", Staff.joined_center_on < date(2025, 1, 1),
                                          Staff.left_center_on.is_(None)).order_by(Staff.id)).first()
        return p.id, p.name, p.joined_center_on


def codes(exc) -> set[tuple[str, str | None]]:
    errors = exc.value.errors if isinstance(exc.value, ValidationError) else [exc.value]
    return {(e.code, e.field) for e in errors}


def audit(demo_ctx, action: str) -> list[AuditEntry]:
    with demo_ctx.read() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))
        s.expunge_all()
        return rows


def test_add_and_list_with_points_and_names(svc, person, demo_ctx):
    pid, name, _j = person
    eid = svc.add(pid, "late_early", date(2026, 3, 2), occurred_time="8:41", source="考勤机",
                  content="迟到11分钟", today=TODAY)
    eid2 = svc.add(pid, "overdue_case", date(2026, 3, 3), quantity=2, today=TODAY)
    views = svc.list(staff_id=pid)
    assert [v.id for v in views] == [eid2, eid]  # newest first
    late = svc.get(eid)
    assert (late.staff_name, late.item_name, late.category, late.occurred_time) == (name, "迟到或早退（10分钟以内）",
                                                                                   "discipline", "08:41")
    assert late.points == -1 and late.verification == "verified" and late.created_by == demo_ctx.actor.username
    assert late.home_unit_name
    assert svc.get(eid2).points == -10
    assert [v.id for v in svc.list(category="handling", staff_id=pid)] == [eid2]
    assert [v.id for v in svc.list(staff_id=pid, date_from=date(2026, 3, 3), date_to=date(2026, 3, 31))] == [eid2]
    assert svc.list(staff_id=pid, verification="pending") == []
    rows = audit(demo_ctx, "register.add")
    assert len(rows) == 2 and rows[0].record_type == "register_entry" and rows[0].record_id == str(eid)
    assert json.loads(rows[0].after)["item_code"] == "late_early"
    assert name in rows[0].record_label


def test_each_rule_broken(svc, person):
    pid, name, joined = person
    with pytest.raises(ValidationError) as e:
        svc.add(pid, "no_such_item", date(2026, 3, 2), today=TODAY)
    assert codes(e) == {("register.unknown_item", "item_code")}
    with pytest.raises(ValidationError) as e:
        svc.add(pid, "late_early", TODAY + timedelta(days=1), today=TODAY)
    assert codes(e) == {("date.future", "occurred_on")}
    with pytest.raises(DomainError) as e:
        svc.add(pid, "late_early", joined - timedelta(days=1), today=TODAY)
    assert e.value.code == "register.outside_tenure" and e.value.params["name"] == name
    for bad in ("25:00", "8.30", "0830", "12:60"):
        with pytest.raises(ValidationError) as e:
            svc.add(pid, "late_early", date(2026, 3, 2), occurred_time=bad, today=TODAY)
        assert codes(e) == {("register.time", "occurred_time")}, bad
    for item, qty in (("late_early", 0), ("late_early", -1), ("late_early", 1.5), ("overdue_case", 0.5)):
        with pytest.raises(ValidationError) as e:
            svc.add(pid, item, date(2026, 3, 2), quantity=qty, today=TODAY)
        assert codes(e) == {("register.quantity", "quantity")}, (item, qty)
    # half days may be fractions of the unit; 1.5 × 半天 is fine
    assert svc.add(pid, "absence_half_day", date(2026, 3, 2), quantity=1.5, today=TODAY)
    with pytest.raises(ValidationError) as e:
        svc.add(None, None, None, today=TODAY)
    assert codes(e) == {("required", "staff_id"), ("required", "item_code"), ("required", "occurred_on")}
    with pytest.raises(ValidationError) as e:
        svc.add(pid, "late_early", date(2026, 3, 2), verification="maybe", today=TODAY)
    assert codes(e) == {("choice", "verification")}
    with pytest.raises(ValidationError) as e:
        svc.add(pid, "late_early", date(2026, 3, 2), source="x" * 41, today=TODAY)
    assert codes(e) == {("too_long", "source")}
    assert len(svc.list(staff_id=pid)) == 1  # nothing else was saved


def test_after_leaving_is_outside_tenure(svc, demo_ctx, person):
    pid, _n, _j = person
    with demo_ctx.db.engine.begin() as c:
        c.execute(text("UPDATE staff SET left_center_on = :d WHERE id = :i"), {"d": date(2026, 3, 5), "i": pid})
    assert svc.add(pid, "late_early", date(2026, 3, 5), today=TODAY)
    with pytest.raises(DomainError) as e:
        svc.add(pid, "late_early", date(2026, 3, 6), today=TODAY)
    assert e.value.code == "register.outside_tenure" and e.value.params["left"] == "2026-03-05"


def test_complaints_start_pending_and_counts_take_only_verified(svc, person, demo_ctx):
    pid, _n, _j = person
    complaint = svc.add(pid, "complaint_upheld", date(2026, 3, 4), source="12345热线", today=TODAY)
    bad = svc.add(pid, "bad_rating", date(2026, 3, 5), quantity=2, today=TODAY)
    given = svc.add(pid, "bad_rating", date(2026, 3, 6), verification="verified", today=TODAY)
    late = svc.add(pid, "late_early", date(2026, 3, 9), quantity=2, today=TODAY)
    svc.add(pid, "late_early", date(2026, 3, 10), today=TODAY)
    svc.add(pid, "late_early", date(2026, 2, 27), today=TODAY)  # another month
    svc.add(pid, "banner", date(2026, 3, 11), verification="pending", today=TODAY)
    assert svc.get(complaint).verification == "pending" and svc.get(bad).verification == "pending"
    assert svc.get(given).verification == "verified" and svc.get(late).verification == "verified"
    march = (date(2026, 3, 1), date(2026, 3, 31))
    assert svc.counts(pid, *march) == {"bad_rating": 1, "late_early": 3}

    svc.set_verification(bad, "verified", "回访核实属实")
    with pytest.raises(ValidationError) as e:
        svc.set_verification(complaint, "rejected", "")
    assert codes(e) == {("required", "note")}
    with pytest.raises(ValidationError) as e:
        svc.set_verification(complaint, "pending", "x")
    assert codes(e) == {("choice", "verification")}
    svc.set_verification(complaint, "rejected", "申诉成立，恶意投诉")
    assert svc.counts(pid, *march) == {"bad_rating": 3, "late_early": 3}
    assert {v.id for v in svc.list(verification="rejected")} == {complaint}
    rows = audit(demo_ctx, "register.verify")
    assert [r.detail for r in rows] == ["回访核实属实", "申诉成立，恶意投诉"]
    assert json.loads(rows[1].before)["verification"] == "pending"
    assert json.loads(rows[1].after)["verification"] == "rejected"


def test_update_and_delete_are_audited(svc, person, demo_ctx):
    pid, _n, joined = person
    eid = svc.add(pid, "late_early", date(2026, 3, 2), today=TODAY)
    svc.update(eid, pid, "off_post", date(2026, 3, 3), quantity=1, occurred_time="10:15", content="离岗20分钟",
               today=TODAY)
    v = svc.get(eid)
    assert (v.item_code, v.occurred_on, v.occurred_time, v.points, v.verification) == (
        "off_post", date(2026, 3, 3), "10:15", -3, "verified")
    with pytest.raises(ValidationError):
        svc.update(eid, pid, "off_post", date(2026, 3, 3), quantity=0, today=TODAY)
    with pytest.raises(DomainError):
        svc.update(eid, pid, "off_post", joined - timedelta(days=3), today=TODAY)
    assert svc.get(eid).quantity == 1
    upd = audit(demo_ctx, "register.update")
    assert len(upd) == 1 and json.loads(upd[0].before)["item_code"] == "late_early"
    svc.delete(eid)
    with demo_ctx.read() as s:
        assert s.get(RegisterEntry, eid) is None
    dele = audit(demo_ctx, "register.delete")
    assert len(dele) == 1 and dele[0].record_id == str(eid) and json.loads(dele[0].before)["item_code"] == "off_post"
    with pytest.raises(DomainError) as e:
        svc.delete(eid)
    assert e.value.code == "record.not_found"


def test_auditor_is_refused_and_the_refusal_audited(demo_ctx, person):
    pid, _n, _j = person
    eid = RegisterService(demo_ctx).add(pid, "late_early", date(2026, 3, 2), today=TODAY)
    auditor = RegisterService(ServiceContext(demo_ctx.db, actor=Actor.for_role("aud1", "auditor")))
    calls = [
        lambda: auditor.add(pid, "late_early", date(2026, 3, 2), today=TODAY),
        lambda: auditor.update(eid, pid, "late_early", date(2026, 3, 2), today=TODAY),
        lambda: auditor.set_verification(eid, "rejected", "x"),
        lambda: auditor.delete(eid),
        lambda: auditor.list(),
        lambda: auditor.counts(pid, date(2026, 3, 1), date(2026, 3, 31)),
    ]
    for call in calls:
        with pytest.raises(DomainError) as e:
            call()
        assert e.value.code == "permission.denied"
    with demo_ctx.read() as s:
        denied = list(s.scalars(select(AuditEntry.action).where(AuditEntry.username == "aud1",
                                                                AuditEntry.result == "denied")))
    assert set(denied) >= {"register.add", "register.update", "register.verify", "register.delete",
                           "register.list", "register.counts"}
    # the leader reads but does not write
    leader = RegisterService(ServiceContext(demo_ctx.db, actor=Actor.for_role("lead1", "leader")))
    assert [v.id for v in leader.list()] == [eid]
    with pytest.raises(DomainError):
        leader.delete(eid)
    assert RegisterService(demo_ctx).get(eid).verification == "verified"

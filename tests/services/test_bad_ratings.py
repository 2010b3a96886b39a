"""差评 handling: cases opened once, deadlines in working days, findings, appeal, overdue, roles, audit."""

from __future__ import annotations

from datetime import date, datetime
from itertools import count

import pytest
from sqlalchemy import select, text

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.models import AuditEntry
from govhr_desktop.services.bad_ratings import BadRatingService
from govhr_desktop.services.calendar import CalendarService

_keys = count(1)

# 2030-05-03 is a Friday; Monday 05-06 is made a holiday and Sunday 05-12 a make-up working day.
FRI = datetime(2030, 5, 3, 14, 5)
TODAY = date(2030, 5, 3)


def add_rating(ctx, rated_at: datetime, level: int, *, excluded: bool = False, staff: str = "张三",
               window: str = "A01", item: str = "营业执照办理", comment: str = "") -> int:
    """Insert a rating row directly (the import is not under test here)."""
    key = f"R{next(_keys):06d}"
    with ctx.transaction() as s:
        s.execute(text(
            "INSERT INTO rating (rating_key, channel, service_item, case_number, department, window_number, "
            "staff_name, rated_at, level, comment, excluded) VALUES (:k, '评价器', :item, '', '', :win, :staff, "
            ":at, :level, :comment, :ex)"),
            {"k": key, "item": item, "win": window, "staff": staff, "at": rated_at.isoformat(sep=" "),
             "level": level, "comment": comment, "ex": int(excluded)})
        return s.execute(text("SELECT id FROM rating WHERE rating_key = :k"), {"k": key}).scalar_one()


def excluded(ctx, rating_id: int) -> bool:
    with ctx.connect() as c:
        return bool(c.execute(text("SELECT excluded FROM rating WHERE id = :i"), {"i": rating_id}).scalar_one())


def audit(ctx, action: str) -> list[AuditEntry]:
    with ctx.read() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))
        s.expunge_all()
        return rows


@pytest.fixture
def svc(ctx):
    cal = CalendarService(ctx)
    cal.set_day(date(2030, 5, 6), "holiday", "测试假日")
    cal.set_day(date(2030, 5, 12), "workday", "测试补班")
    return BadRatingService(ctx)


def case_for(svc, rating_id: int):
    return next(v for v in svc.list(today=TODAY) if v.rating_id == rating_id)


def codes(exc) -> set[str]:
    errors = exc.errors if isinstance(exc, ValidationError) else [exc]
    return {e.code for e in errors}


def test_cases_opened_once_per_bad_rating(svc, ctx):
    r1 = add_rating(ctx, FRI, 1, comment="态度差")
    r2 = add_rating(ctx, datetime(2030, 5, 7, 9, 0), 2)
    add_rating(ctx, FRI, 3)
    add_rating(ctx, FRI, 5)
    add_rating(ctx, FRI, 1, excluded=True)
    assert svc.open_cases(TODAY) == 2
    assert svc.open_cases(TODAY) == 0  # once per rating
    rows = svc.list(today=TODAY)
    assert {v.rating_id for v in rows} == {r1, r2}
    v = case_for(svc, r1)
    assert (v.level, v.staff_name, v.window_number, v.service_item, v.comment) == (1, "张三", "A01", "营业执照办理", "态度差")
    assert v.status == "open" and v.opened_on == TODAY and v.rated_at == FRI
    r3 = add_rating(ctx, FRI, 2)
    assert svc.open_cases(TODAY) == 1
    assert len(svc.list(today=TODAY)) == 3
    entries = audit(ctx, "bad_rating.open")
    assert len(entries) == 2 and "opened=2" in entries[0].detail
    assert case_for(svc, r3).status == "open"


def test_deadlines_over_weekend_and_holiday(svc, ctx):
    r = add_rating(ctx, FRI, 1)
    svc.open_cases(TODAY)
    v = case_for(svc, r)
    # Sat, Sun, Mon (holiday) are skipped: Tuesday
    assert v.verify_due == date(2030, 5, 7)
    # Tue..Fri (4), Sun 12 make-up (5), 13..17 (10), 20..24 (15)
    assert v.rectify_due == date(2030, 5, 24)
    # a rating on Saturday: the next working day is Tuesday as well
    r_sat = add_rating(ctx, datetime(2030, 5, 4, 10, 0), 2)
    # configurable deadlines apply to cases opened afterwards
    svc.save_deadlines(2, 5)
    assert svc.deadlines() == (2, 5)
    svc.open_cases(TODAY)
    v_sat = case_for(svc, r_sat)
    assert v_sat.verify_due == date(2030, 5, 8)  # Tue, Wed
    assert v_sat.rectify_due == date(2030, 5, 12)  # Tue, Wed, Thu, Fri, Sun (make-up)
    assert case_for(svc, r).verify_due == date(2030, 5, 7)  # unchanged
    assert audit(ctx, "bad_rating.settings")
    with pytest.raises(ValidationError) as e:
        svc.save_deadlines(0, 15)
    assert codes(e.value) == {"setting.range"}


def test_malicious_finding_excludes_the_rating(svc, ctx):
    r = add_rating(ctx, FRI, 1)
    svc.open_cases(TODAY)
    cid = case_for(svc, r).id
    with pytest.raises(ValidationError) as e:
        svc.verify(cid, "malicious", "", date(2030, 5, 6))
    assert codes(e.value) == {"bad_rating.note_required"}
    with pytest.raises(ValidationError) as e:
        svc.verify(cid, "nonsense", "x", None)
    assert codes(e.value) == {"choice", "required"}
    with pytest.raises(DomainError) as e1:
        svc.verify(cid, "malicious", "同一人连续差评", date(2030, 5, 2))
    assert e1.value.code == "bad_rating.date_before"
    svc.verify(cid, "malicious", "同一人连续差评，无办件记录", date(2030, 5, 7))
    assert excluded(ctx, r)
    v = case_for(svc, r)
    assert v.status == "verified" and v.finding == "malicious" and v.verified_by == "system"
    with pytest.raises(DomainError) as e1:
        svc.verify(cid, "staff_fault", "", date(2030, 5, 7))
    assert e1.value.code == "bad_rating.wrong_status"
    with pytest.raises(DomainError) as e1:
        svc.rectify(cid, "整改", date(2030, 5, 8))
    assert e1.value.code == "bad_rating.no_rectification"
    svc.callback(cid, "已回访群众", date(2030, 5, 8))
    assert case_for(svc, r).status == "closed"
    (entry,) = audit(ctx, "bad_rating.verify")
    assert "excluded" in entry.detail


def test_staff_fault_closes_after_rectification_and_callback(svc, ctx):
    r = add_rating(ctx, FRI, 2)
    svc.open_cases(TODAY)
    cid = case_for(svc, r).id
    svc.verify(cid, "staff_fault", "", date(2030, 5, 7))
    assert not excluded(ctx, r)
    svc.callback(cid, "已致歉", date(2030, 5, 7))
    assert case_for(svc, r).status == "verified"  # rectification still missing
    with pytest.raises(ValidationError):
        svc.rectify(cid, "  ", date(2030, 5, 9))
    svc.rectify(cid, "组织业务培训，补正告知单", date(2030, 5, 9))
    v = case_for(svc, r)
    assert v.status == "closed" and v.rectified_on == date(2030, 5, 9) and v.callback_on == date(2030, 5, 7)
    with pytest.raises(DomainError) as e:
        svc.callback(cid, "again", date(2030, 5, 10))
    assert e.value.code == "bad_rating.wrong_status"
    assert len(audit(ctx, "bad_rating.rectify")) == 1 and len(audit(ctx, "bad_rating.callback")) == 1


def test_appeal_overturned_excludes_upheld_keeps(svc, ctx):
    r1, r2 = add_rating(ctx, FRI, 1), add_rating(ctx, FRI, 1)
    svc.open_cases(TODAY)
    c1, c2 = case_for(svc, r1).id, case_for(svc, r2).id
    with pytest.raises(DomainError) as e:
        svc.appeal(c1, "系统故障", date(2030, 5, 7))
    assert e.value.code == "bad_rating.appeal_not_possible"  # not verified yet
    for cid in (c1, c2):
        svc.verify(cid, "staff_fault", "", date(2030, 5, 7))
        svc.appeal(cid, "群众误操作评价器", date(2030, 5, 8))
    with pytest.raises(DomainError) as e:
        svc.appeal(c1, "again", date(2030, 5, 8))
    assert e.value.code == "bad_rating.appeal_exists"
    assert case_for(svc, r1).appeal_state == "pending"

    leader = BadRatingService(type(svc.ctx)(svc.ctx.db, Actor.for_role("boss", "leader")))
    leader.decide_appeal(c1, "overturned", date(2030, 5, 9))
    leader.decide_appeal(c2, "upheld", date(2030, 5, 9))
    v1, v2 = case_for(svc, r1), case_for(svc, r2)
    assert excluded(ctx, r1) and v1.finding == "not_staff_fault" and v1.appeal_state == "overturned"
    assert not excluded(ctx, r2) and v2.finding == "staff_fault" and v2.appeal_state == "upheld"
    with pytest.raises(DomainError) as e:
        leader.decide_appeal(c1, "upheld", date(2030, 5, 9))
    assert e.value.code == "bad_rating.appeal_decided"
    # overturned: no rectification needed any more, the callback closes it
    svc.callback(c1, "已回访", date(2030, 5, 10))
    assert case_for(svc, r1).status == "closed"
    assert [a.username for a in audit(ctx, "bad_rating.decide_appeal")] == ["boss", "boss"]
    assert len(audit(ctx, "bad_rating.appeal")) == 2


def test_overdue_lists(svc, ctx):
    r_late = add_rating(ctx, FRI, 1)  # verify due Tue 05-07, rectify due 05-24
    r_ok = add_rating(ctx, FRI, 2)
    r_new = add_rating(ctx, datetime(2030, 5, 8, 9, 0), 2)  # verify due Thu 05-09
    svc.open_cases(TODAY)
    assert svc.overdue(date(2030, 5, 7)) == []  # due day itself is not overdue
    svc.verify(case_for(svc, r_ok).id, "staff_fault", "", date(2030, 5, 7))
    over = svc.overdue(date(2030, 5, 8))
    assert [(v.rating_id, v.overdue) for v in over] == [(r_late, ("verify",))]
    assert {v.rating_id for v in svc.overdue(date(2030, 5, 10))} == {r_late, r_new}
    # after the rectification deadline the unrectified staff-fault case is overdue too
    late = {v.rating_id: v.overdue for v in svc.overdue(date(2030, 5, 27))}
    assert late[r_ok] == ("rectify",) and late[r_late] == ("verify",)
    assert {v.rating_id for v in svc.list(overdue_only=True, today=date(2030, 5, 27))} == set(late)
    assert [v.rating_id for v in svc.list(status="verified", today=TODAY)] == [r_ok]


def test_permissions_and_refusals_audited(svc, ctx):
    r = add_rating(ctx, FRI, 1)
    svc.open_cases(TODAY)
    cid = case_for(svc, r).id
    Ctx = type(ctx)
    auditor = BadRatingService(Ctx(ctx.db, Actor.for_role("aud", "auditor")))
    leader = BadRatingService(Ctx(ctx.db, Actor.for_role("boss", "leader")))
    clerk = BadRatingService(Ctx(ctx.db, Actor.for_role("clerk1", "window_clerk")))
    for call in (lambda: auditor.list(), lambda: auditor.open_cases(TODAY),
                 lambda: leader.verify(cid, "staff_fault", "", date(2030, 5, 7)),
                 lambda: leader.open_cases(TODAY)):
        with pytest.raises(DomainError) as e:
            call()
        assert e.value.code == "permission.denied"
    assert leader.list(today=TODAY)  # reading is fine
    clerk.verify(cid, "staff_fault", "", date(2030, 5, 7))
    clerk.appeal(cid, "理由", date(2030, 5, 8))
    with pytest.raises(DomainError) as e:
        clerk.decide_appeal(cid, "overturned", date(2030, 5, 9))
    assert e.value.code == "permission.denied"
    assert not excluded(ctx, r)
    with ctx.read() as s:
        denied = list(s.execute(select(AuditEntry.username, AuditEntry.action).where(AuditEntry.result == "denied")))
    assert ("clerk1", "bad_rating.decide_appeal") in denied and ("aud", "bad_rating.list") in denied
    assert [(a.username, a.result) for a in audit(ctx, "bad_rating.verify")] == [("boss", "denied"), ("clerk1", "ok")]

"""Menu-style needs on a hand-built center: deductions by category, verified 差评, people new to
the center without induction, expiring certificates; only open courses and people not yet
enrolled; the reason says why; one-click enrolment of everyone a course suits."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.models import BadRatingCase, HomeUnit, Rating, RegisterEntry, Staff
from govhr_desktop.persistence.models_training import (
    Certificate,
    TrainingAttendance,
    TrainingCourse,
    TrainingEnrolment,
    TrainingSession,
)
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.training_needs import TrainingNeedsService, months_before

TODAY = date(2026, 11, 20)


def person(name: str, unit: int, n: int, joined: date = date(2024, 1, 2), status: str = "on_duty") -> Staff:
    return Staff(name=name, gender="M", id_number=f"34152219900101{n:04d}", birth_date=date(1990, 1, 1),
                 employment_type="contract", home_unit_id=unit, joined_center_on=joined, status=status,
                 left_center_on=date(2026, 10, 1) if status == "returned" else None)


def course(title: str, category: str, targets: str, end: date = date(2026, 12, 31)) -> TrainingCourse:
    return TrainingCourse(title=title, category=category, organiser="center", form="centralised", hours=4,
                          starts_on=date(2026, 1, 5), ends_on=end, targets=targets)


def reg(sid: int, code: str, day: date, qty: float = 1, verification: str = "verified") -> RegisterEntry:
    return RegisterEntry(staff_id=sid, item_code=code, occurred_on=day, quantity=qty, verification=verification)


@pytest.fixture
def center(ctx):
    with ctx.transaction() as s:
        u = HomeUnit(full_name="青山县人力资源和社会保障局", short_name="人社局", sort_order=1)
        s.add(u)
        s.flush()
        names = ("甲", "乙", "丙", "丁", "戊", "己", "庚")
        p = {n: person(n, u.id, i) for i, n in enumerate(names, 1)}
        p["丙"].joined_center_on = date(2026, 10, 8)  # new, no induction yet
        p["丁"].joined_center_on = date(2026, 10, 8)  # new, already inducted
        p["庚"].status, p["庚"].left_center_on = "returned", date(2026, 10, 1)
        etiquette = course("文明礼仪与服务用语", "etiquette", "service,bad_rating")
        psychology = course("心理疏导", "psychology", "bad_rating")
        induction = course("新进人员岗前培训", "induction", "new_staff")
        renewal = course("消防安全复训", "business", "certificate")
        discipline = course("考勤纪律教育", "policy_law", "discipline")
        ended = course("上半年礼仪培训", "etiquette", "service", end=date(2026, 6, 30))
        s.add_all([*p.values(), etiquette, psychology, induction, renewal, discipline, ended])
        s.flush()
        ids = {n: x.id for n, x in p.items()}
        # 甲: service deductions in the last 3 months; an old one, a pending and a rejected one do not count
        s.add_all([reg(ids["甲"], "cold_manner", date(2026, 10, 9)), reg(ids["甲"], "argue", date(2026, 9, 1)),
                   reg(ids["甲"], "cold_manner", date(2026, 11, 2)), reg(ids["甲"], "banner", date(2026, 11, 3)),
                   reg(ids["甲"], "argue", date(2026, 5, 1)), reg(ids["甲"], "refuse_answer", date(2026, 11, 4),
                                                                  verification="pending"),
                   reg(ids["甲"], "overdue_case", date(2026, 11, 5), 2, verification="rejected")])
        # 乙: a 差评 found to be their fault, and a verified complaint in the register
        rating = Rating(rating_key="R1", staff_id=ids["乙"], level=1, rated_at=datetime(2026, 10, 10, 10))
        s.add(rating)
        s.flush()
        s.add(BadRatingCase(rating_id=rating.id, opened_on=date(2026, 10, 10), verify_due=date(2026, 10, 11),
                            rectify_due=date(2026, 10, 31), verified_on=date(2026, 10, 11), finding="staff_fault",
                            status="verified"))
        s.add(reg(ids["乙"], "complaint_upheld", date(2026, 10, 20)))
        # 丁 attended the induction course already
        sess = TrainingSession(course_id=induction.id, held_on=date(2026, 10, 15), start_time="09:00",
                               end_time="12:00", hours=3)
        s.add(sess)
        s.flush()
        s.add(TrainingEnrolment(course_id=induction.id, staff_id=ids["丁"]))
        s.add(TrainingAttendance(session_id=sess.id, staff_id=ids["丁"], hours=3))
        # 戊: a certificate expiring in 30 days; another one renewed already
        s.add_all([
            Certificate(staff_id=ids["戊"], name="消防安全培训合格证", number="XF-1", issuer="县消防救援大队",
                        issued_on=date(2023, 12, 20), expires_on=TODAY + timedelta(days=30)),
            Certificate(staff_id=ids["戊"], name="手语服务证书", number="SY-1", issuer="县残联",
                        issued_on=date(2023, 12, 1), expires_on=TODAY + timedelta(days=10)),
            Certificate(staff_id=ids["戊"], name="手语服务证书", number="SY-2", issuer="县残联",
                        issued_on=date(2026, 11, 1), expires_on=date(2029, 11, 1)),
        ])
        # 己: service deductions but already enrolled on the etiquette course
        s.add_all([reg(ids["己"], "phone_on_duty", date(2026, 11, 1)),
                   TrainingEnrolment(course_id=etiquette.id, staff_id=ids["己"])])
        # 庚 has left the center: nothing suggested
        s.add(reg(ids["庚"], "argue", date(2026, 9, 20)))
        # 丙 and 甲: discipline
        s.add(reg(ids["丙"], "late_early", date(2026, 11, 10), 1))
        ids.update(etiquette=etiquette.id, psychology=psychology.id, induction=induction.id, renewal=renewal.id,
                   discipline=discipline.id, ended=ended.id)
    return ids


def pairs(suggestions) -> set[tuple[str, str]]:
    return {(s.staff_name, s.course_title) for s in suggestions}


def test_months_before():
    assert months_before(date(2026, 11, 20), 3) == date(2026, 8, 20)
    assert months_before(date(2026, 5, 31), 3) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 3) == date(2025, 10, 15)


def test_service_attitude_deductions_offer_the_etiquette_course_with_the_reason(ctx, center):
    got = TrainingNeedsService(ctx).suggestions(TODAY)
    jia = [s for s in got if s.staff_name == "甲"]
    assert [(s.course_title, s.target) for s in jia] == [("文明礼仪与服务用语", "service")]
    assert jia[0].reason == "近3个月服务规范与态度扣分3次（态度生硬、冷淡 2次；与群众争吵 1次）"
    assert jia[0].home_unit_name == "人社局" and jia[0].course_id == center["etiquette"]


def test_every_kind_of_weak_spot_and_only_open_courses_not_yet_enrolled(ctx, center):
    got = TrainingNeedsService(ctx).suggestions(TODAY)
    assert pairs(got) == {
        ("甲", "文明礼仪与服务用语"),
        ("乙", "文明礼仪与服务用语"), ("乙", "心理疏导"),
        ("丙", "新进人员岗前培训"), ("丙", "考勤纪律教育"),
        ("戊", "消防安全复训"),
    }  # not 丁 (inducted), 己 (enrolled), 庚 (left), nor the course that ended in June
    by = {(s.staff_name, s.course_title): s for s in got}
    yi = by[("乙", "心理疏导")]
    assert yi.target == "bad_rating"
    assert yi.reason == "近3个月有核实属实的差评或投诉（差评经核实属本人责任 1件；投诉经查属实 1件）"
    assert by[("丙", "新进人员岗前培训")].reason == "2026年10月8日进入中心（不满3个月），尚未参加岗前培训"
    assert by[("丙", "考勤纪律教育")].reason == "近3个月劳动纪律/考勤扣分1次（迟到或早退（10分钟以内） 1次）"
    wu = by[("戊", "消防安全复训")]
    assert wu.target == "certificate" and "消防安全培训合格证" in wu.reason and "2026-12-20" in wu.reason
    assert "手语" not in wu.reason  # renewed already
    # a month later the deductions of September have dropped out of the window
    later = TrainingNeedsService(ctx).suggestions(date(2026, 12, 20))
    assert "与群众争吵" not in next(s.reason for s in later if s.staff_name == "甲")
    # after the courses end nothing is suggested
    assert TrainingNeedsService(ctx).suggestions(date(2027, 1, 1)) == []


def test_for_course_and_enrol_all_with_reasons(ctx, center):
    svc = TrainingNeedsService(ctx)
    wanted = svc.for_course(center["etiquette"], TODAY)
    assert {s.staff_name for s in wanted} == {"甲", "乙"}
    result = svc.enrol_all(center["etiquette"], TODAY)
    assert (result.added, result.already) == (2, 0)
    with ctx.read() as s:
        rows = {e.staff_id: e for e in s.scalars(select(TrainingEnrolment).where(
            TrainingEnrolment.course_id == center["etiquette"], TrainingEnrolment.source == "needs"))}
    assert set(rows) == {center["甲"], center["乙"]}
    assert rows[center["甲"]].reason.startswith("近3个月服务规范与态度扣分3次")
    assert svc.for_course(center["etiquette"], TODAY) == []
    with pytest.raises(DomainError) as exc:
        svc.enrol_all(center["etiquette"], TODAY)
    assert exc.value.code == "training.needs_none"
    with pytest.raises(DomainError):
        svc.for_course(99999, TODAY)
    leader = TrainingNeedsService(ServiceContext(ctx.db, actor=Actor.for_role("lead1", "leader")))
    assert pairs(leader.for_course(center["psychology"], TODAY)) == {("乙", "心理疏导")}
    with pytest.raises(DomainError) as denied:
        leader.enrol_all(center["psychology"], TODAY)
    assert denied.value.code == "permission.denied"

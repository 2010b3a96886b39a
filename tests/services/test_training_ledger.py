"""The yearly hours ledger on a small hand-built center: hours per person per category (only the
sessions held that year, partial hours for someone who left early), targets per employment type
(validation, audit, permission), the one-query progress of the staff list, a home unit's summary,
the reports per home unit / course / category, and training on the person's timeline."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.models import AuditEntry, HomeUnit, Staff
from govhr_desktop.persistence.models_training import (
    TrainingAttendance,
    TrainingCourse,
    TrainingSession,
)
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.timeline import TimelineService
from govhr_desktop.services.training_ledger import TrainingLedgerService


def person(name: str, unit: int, n: int, emp: str = "contract", status: str = "on_duty") -> Staff:
    return Staff(name=name, gender="F", id_number=f"34152219900101{n:04d}", birth_date=date(1990, 1, 1),
                 employment_type=emp, home_unit_id=unit, joined_center_on=date(2024, 1, 2), status=status,
                 left_center_on=date(2026, 6, 30) if status == "returned" else None)


def course(title: str, category: str, start: date, end: date, hours: float) -> TrainingCourse:
    return TrainingCourse(title=title, category=category, organiser="center", form="centralised", hours=hours,
                          starts_on=start, ends_on=end)


def session(course_id: int, day: date, hours: float) -> TrainingSession:
    return TrainingSession(course_id=course_id, held_on=day, start_time="08:30", end_time="17:30", hours=hours)


@pytest.fixture
def center(ctx):
    """市场监管局: 甲 (contract), 乙 (civil servant); 税务局: 丙 (contract), 丁 (returned in June,
    trained in March), 戊 (returned, no training).
    Courses: 文明礼仪 (etiquette, sessions 5 Mar 4 h, 12 Mar 3 h), 业务 (business, 10 May 7.5 h),
    法规 (policy_law, 20 Dec 2025 6 h).
    Hours 2026: 甲 4 + 2.5 (left early) + 7.5 = 14; 乙 4 (and 6 in 2025); 丙 7.5; 丁 4."""
    with ctx.transaction() as s:
        u1, u2 = HomeUnit(full_name="青山县市场监督管理局", short_name="市场监管局", sort_order=1), \
            HomeUnit(full_name="青山县税务局", short_name="税务局", sort_order=2)
        s.add_all([u1, u2])
        s.flush()
        p1, p2 = person("甲", u1.id, 1), person("乙", u1.id, 2, "civil_servant")
        p3, p4, p5 = person("丙", u2.id, 3), person("丁", u2.id, 4, status="returned"), \
            person("戊", u2.id, 5, status="returned")
        c1 = course("文明礼仪", "etiquette", date(2026, 3, 1), date(2026, 3, 31), 7)
        c2 = course("业务", "business", date(2026, 5, 1), date(2026, 5, 31), 7.5)
        c3 = course("法规", "policy_law", date(2025, 12, 1), date(2025, 12, 31), 6)
        s.add_all([p1, p2, p3, p4, p5, c1, c2, c3])
        s.flush()
        s1, s2 = session(c1.id, date(2026, 3, 5), 4), session(c1.id, date(2026, 3, 12), 3)
        s3, s4 = session(c2.id, date(2026, 5, 10), 7.5), session(c3.id, date(2025, 12, 20), 6)
        s.add_all([s1, s2, s3, s4])
        s.flush()
        s.add_all([TrainingAttendance(session_id=x.id, staff_id=p.id, hours=h) for x, p, h in (
            (s1, p1, 4), (s2, p1, 2.5), (s3, p1, 7.5), (s1, p2, 4), (s4, p2, 6), (s3, p3, 7.5), (s1, p4, 4))])
        ids = {"甲": p1.id, "乙": p2.id, "丙": p3.id, "丁": p4.id, "戊": p5.id, "U1": u1.id, "U2": u2.id,
               "C1": c1.id, "C2": c2.id, "C3": c3.id}
    return ids


def test_hours_per_person_and_category_of_the_year(ctx, center):
    svc = TrainingLedgerService(ctx)
    ledger = svc.ledger(2026)
    rows = {r.staff_name: r for r in ledger}
    assert [r.home_unit_name for r in ledger] == ["市场监管局"] * 2 + ["税务局"] * 2  # by unit
    assert set(rows) == {"甲", "乙", "丙", "丁"}  # 戊 left without training
    assert rows["甲"].total == 14 and rows["甲"].by_category == {"etiquette": 6.5, "business": 7.5}
    assert rows["甲"].target == 90 and rows["甲"].progress == pytest.approx(14 / 90)
    assert rows["乙"].total == 4 and rows["乙"].by_category == {"etiquette": 4}  # 2025 not counted
    assert rows["丁"].status == "returned" and rows["丁"].total == 4
    assert (rows["丙"].home_unit_name, rows["丙"].employment_type) == ("税务局", "contract")
    assert {r.staff_name for r in svc.ledger(2026, center["U1"])} == {"甲", "乙"}
    assert {r.staff_name: r.total for r in svc.ledger(2025)} == {"甲": 0, "乙": 6, "丙": 0}
    one = svc.person_hours(center["乙"], 2025)
    assert (one.total, one.by_category) == (6, {"policy_law": 6})
    with pytest.raises(DomainError):
        svc.person_hours(99999, 2026)


def test_targets_per_employment_type_validated_and_audited(ctx, center):
    svc = TrainingLedgerService(ctx)
    assert set(svc.targets().values()) == {90.0}
    with pytest.raises(ValidationError) as exc:
        svc.save_targets({"civil_servant": 501, "contract": "abc", "nope": 10, "agency": -1})
    assert {(e.code, e.field) for e in exc.value.errors} == {
        ("training.target_range", "target.civil_servant"), ("training.target_range", "target.contract"),
        ("training.target_type", "employment_type"), ("training.target_range", "target.agency")}
    assert svc.targets()["civil_servant"] == 90  # nothing saved
    svc.save_targets({"civil_servant": 60, "temporary": "0"})
    t = svc.targets()
    assert (t["civil_servant"], t["temporary"], t["contract"]) == (60, 0, 90)
    rows = {r.staff_name: r for r in svc.ledger(2026)}
    assert rows["乙"].target == 60 and rows["乙"].progress == pytest.approx(4 / 60)
    with ctx.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "training.targets")).one()
        assert "60" in entry.after and entry.result == "ok"
    clerk = TrainingLedgerService(ServiceContext(ctx.db, actor=Actor.for_role("lead1", "leader")))
    with pytest.raises(DomainError) as denied:
        clerk.save_targets({"civil_servant": 30})
    assert denied.value.code == "permission.denied"
    assert len(clerk.ledger(2026)) == 4  # reading is allowed
    auditor = TrainingLedgerService(ServiceContext(ctx.db, actor=Actor.for_role("aud1", "auditor")))
    with pytest.raises(DomainError):
        auditor.progress_by_staff(2026)


def test_progress_by_staff_in_one_query(ctx, center):
    svc = TrainingLedgerService(ctx)
    svc.save_targets({"civil_servant": 60})
    statements = []
    from sqlalchemy import event

    def count(*_a):
        statements.append(1)

    event.listen(ctx.db.engine, "before_cursor_execute", count)
    try:
        progress = svc.progress_by_staff(2026)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", count)
    assert len(statements) == 1
    assert progress[center["甲"]] == (14, 90) and progress[center["乙"]] == (4, 60)
    assert progress[center["戊"]] == (0, 90)


def test_unit_summary_for_the_feedback_letter(ctx, center):
    svc = TrainingLedgerService(ctx)
    svc.save_targets({"contract": 10})
    u1 = svc.unit_summary(2026, center["U1"])
    assert (u1.home_unit_name, u1.people, u1.total_hours, u1.average_hours, u1.reached_target) == \
        ("市场监管局", 2, 18, 9, 1)  # 甲 14 ≥ 10; 乙 4 < 90
    assert u1.by_category == {"business": 7.5, "etiquette": 10.5}
    assert [(c.title, c.people, c.hours) for c in u1.courses] == [("文明礼仪", 2, 10.5), ("业务", 1, 7.5)]
    u2 = svc.unit_summary(2026, center["U2"])
    assert (u2.people, u2.total_hours, u2.reached_target) == (2, 11.5, 0)  # 丙 7.5 and 丁 4
    empty = svc.unit_summary(2024, center["U2"])
    assert (empty.people, empty.total_hours, empty.average_hours, empty.courses) == (1, 0, 0, [])


def test_reports_per_unit_course_and_category(ctx, center):
    svc = TrainingLedgerService(ctx)
    by_unit = svc.report(date(2026, 1, 1), date(2026, 12, 31), "unit")
    assert [(r.name, r.people, r.attendances, r.hours, r.average) for r in by_unit] == [
        ("市场监管局", 2, 4, 18, 9), ("税务局", 2, 2, 11.5, 5.75)]
    by_course = svc.report(date(2025, 12, 1), date(2026, 3, 31), "course")
    assert [(r.name, r.category, r.sessions, r.people, r.hours) for r in by_course] == [
        ("法规", "policy_law", 1, 1, 6), ("文明礼仪", "etiquette", 2, 3, 14.5)]
    by_cat = svc.report(date(2026, 1, 1), date(2026, 6, 30), "category")
    assert [(r.key, r.name, r.courses, r.hours) for r in by_cat] == [
        ("business", "业务技能", 1, 15), ("etiquette", "文明礼仪与服务用语", 1, 14.5)]
    with pytest.raises(ValidationError) as exc:
        svc.report(date(2026, 6, 1), date(2026, 1, 1), "window")
    assert {(e.code, e.field) for e in exc.value.errors} == {
        ("training.report_grouping", "report_by"), ("date.range", "period_to")}


def test_timeline_shows_training_and_the_years_progress(ctx, center):
    events = TimelineService(ctx).for_staff(center["甲"])
    training = [e for e in events if e.kind == "training"]
    assert [(e.day, e.params["title"], e.params["hours"]) for e in training] == [
        (date(2026, 3, 5), "文明礼仪", 4), (date(2026, 3, 12), "文明礼仪", 2.5), (date(2026, 5, 10), "业务", 7.5)]
    year = [e for e in events if e.kind == "training.year"]
    assert [(e.day, e.params["year"], e.params["total"], e.params["target"]) for e in year] == [
        (date(2026, 5, 10), 2026, 14, 90)]
    assert events.index(year[0]) > events.index(training[-1])
    TrainingLedgerService(ctx).save_targets({"civil_servant": 60})
    years = [e.params for e in TimelineService(ctx).for_staff(center["乙"]) if e.kind == "training.year"]
    assert [(p["year"], p["total"], p["target"]) for p in years] == [(2025, 6, 60), (2026, 4, 60)]

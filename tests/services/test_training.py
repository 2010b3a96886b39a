"""TrainingService: courses, sessions, enrolment, sign-in with credited hours, scores, the sign-in
import and sheet. Hours are computed by hand in each test."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.models import Assignment, HomeUnit, Staff
from govhr_desktop.persistence.models_training import (
    TrainingAttendance,
    TrainingEnrolment,
    TrainingSession,
)
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.training import (
    CourseInput,
    EnrolResult,
    SessionInput,
    TrainingService,
)

COURSE = CourseInput(
    title="政务服务礼仪培训", category="etiquette", organiser="center", organiser_unit_id=None,
    organiser_name="", form="centralised", hours=6, trainer="王老师", starts_on=date(2026, 3, 2),
    ends_on=date(2026, 3, 6), pass_mark=60, targets=(), description="",
)
MORNING = SessionInput(date(2026, 3, 3), "9:00", "12:00", "三楼会议室", 3)
AFTERNOON = SessionInput(date(2026, 3, 4), "14:30", "17:00", "三楼会议室", 2.5)


def codes(exc: pytest.ExceptionInfo) -> list[str]:
    err = exc.value
    return [e.code for e in err.errors] if isinstance(err, ValidationError) else [err.code]


def count(ctx, model) -> int:
    with ctx.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def audit_count(ctx, action: str) -> int:
    with ctx.db.engine.connect() as c:
        return c.execute(text("SELECT count(*) FROM audit_entry WHERE action = :a AND result <> 'denied'"),
                         {"a": action}).scalar()


def people_at_center(ctx, n: int) -> list[int]:
    with ctx.read() as s:
        return list(s.scalars(select(Staff.id).where(Staff.status != "returned").order_by(Staff.id).limit(n)))


@pytest.fixture
def svc(demo_ctx):
    return TrainingService(demo_ctx)


@pytest.fixture
def course_id(svc):
    return svc.save_course(COURSE)


# --- courses ------------------------------------------------------------------------------


def test_course_saved_with_default_targets_and_listed(svc, course_id, demo_ctx):
    v = svc.course(course_id).course
    assert v.targets == ("service", "bad_rating")  # DEFAULT_TARGETS['etiquette']
    assert v.category_name == "文明礼仪与服务用语" and v.form_name == "集中"
    assert v.organiser_name  # the center's name
    assert (v.sessions, v.enrolled, v.attended) == (0, 0, 0)
    assert [c.id for c in svc.courses(2026)] == [course_id]
    assert svc.courses(2025) == []
    assert audit_count(demo_ctx, "training.course.save") == 1


def test_course_validation_collects_every_error(svc, demo_ctx):
    bad = replace(COURSE, title="", category="cooking", organiser="home_unit", organiser_unit_id=None,
                  form="x", hours=501, ends_on=date(2026, 3, 1), pass_mark=101, targets=("nope",))
    with pytest.raises(ValidationError) as e:
        svc.save_course(bad)
    fields = {(x.code, x.field) for x in e.value.errors}
    assert fields == {
        ("required", "title"), ("choice", "category"), ("required", "organiser_unit_id"), ("choice", "form"),
        ("training.course_hours", "hours"), ("date.range", "ends_on"), ("training.pass_mark", "pass_mark"),
        ("choice", "targets"),
    }
    with pytest.raises(ValidationError) as e:
        svc.save_course(replace(COURSE, hours=0, title="长" * 81))
    assert {(x.code, x.field) for x in e.value.errors} == {("training.course_hours", "hours"), ("too_long", "title")}
    with pytest.raises(ValidationError) as e:
        svc.save_course(replace(COURSE, organiser="external", organiser_name=""))
    assert codes(e) == ["required"]
    assert svc.courses() == []


def test_home_unit_organiser_and_external_body(svc, demo_ctx):
    with demo_ctx.read() as s:
        unit = s.scalars(select(HomeUnit).order_by(HomeUnit.id)).first()
    cid = svc.save_course(replace(COURSE, organiser="home_unit", organiser_unit_id=unit.id, pass_mark=None,
                                  targets=("handling",)))
    d = svc.course(cid)
    assert d.course.organiser_name == unit.short_name and d.organiser_unit_id == unit.id
    assert d.course.targets == ("handling",) and d.course.pass_mark is None
    svc.save_course(replace(COURSE, organiser="external", organiser_name="市政务服务管理局"), cid)
    d = svc.course(cid)
    assert d.course.organiser_name == "市政务服务管理局" and d.organiser_unit_id is None


def test_course_dates_cannot_leave_a_session_outside(svc, course_id):
    svc.save_session(course_id, AFTERNOON)  # 2026-03-04
    with pytest.raises(ValidationError) as e:
        svc.save_course(replace(COURSE, starts_on=date(2026, 3, 5), ends_on=date(2026, 3, 10)), course_id)
    assert e.value.errors == [DomainError("training.course_excludes_session", "starts_on", held_on="2026-03-04",
                                          count=1)]
    assert svc.course(course_id).course.starts_on == date(2026, 3, 2)
    svc.save_course(replace(COURSE, ends_on=date(2026, 3, 4)), course_id)  # still inside
    assert svc.course(course_id).course.ends_on == date(2026, 3, 4)


# --- sessions -----------------------------------------------------------------------------


def test_session_outside_course_dates_refused(svc, course_id, demo_ctx):
    with pytest.raises(ValidationError) as e:
        svc.save_session(course_id, replace(MORNING, held_on=date(2026, 3, 9)))
    assert e.value.errors == [DomainError("training.session_outside_course", "held_on", value="2026-03-09",
                                          starts_on="2026-03-02", ends_on="2026-03-06")]
    assert count(demo_ctx, TrainingSession) == 0


def test_session_hours_beyond_clock_length_refused(svc, course_id, demo_ctx):
    # 14:30–17:00 is 2.5 clock hours: 2.5 学时 fits, 3 does not
    with pytest.raises(ValidationError) as e:
        svc.save_session(course_id, replace(AFTERNOON, hours=3))
    assert e.value.errors == [DomainError("training.session_hours_too_long", "hours", value="3", length="2.5")]
    assert count(demo_ctx, TrainingSession) == 0
    sid = svc.save_session(course_id, AFTERNOON)
    assert svc.course(course_id).sessions[0].hours == 2.5 and sid


def test_session_times_and_fields_checked(svc, course_id, demo_ctx):
    with pytest.raises(ValidationError) as e:
        svc.save_session(course_id, SessionInput(date(2026, 3, 3), "25:00", "9:00", "x" * 61, 1))
    assert {(x.code, x.field) for x in e.value.errors} == {("training.time", "start_time"), ("too_long", "place")}
    with pytest.raises(ValidationError) as e:
        svc.save_session(course_id, SessionInput(date(2026, 3, 3), "10:00", "09:00", "", 0))
    assert {(x.code, x.field) for x in e.value.errors} == {("training.time_order", "end_time"),
                                                           ("training.session_hours", "hours")}
    assert count(demo_ctx, TrainingSession) == 0
    sid = svc.save_session(course_id, MORNING)
    assert svc.course(course_id).sessions[0].start_time == "09:00"
    svc.save_session(course_id, replace(MORNING, place="一楼大厅"), sid)
    assert svc.course(course_id).sessions[0].place == "一楼大厅"


# --- enrolment ----------------------------------------------------------------------------


def test_enrol_counts_duplicates_and_refuses_people_who_left(svc, course_id, demo_ctx):
    a, b, c = people_at_center(demo_ctx, 3)
    assert svc.enrol(course_id, [a, b], reasons={a: "新进人员"}) == EnrolResult(2, 0)
    assert svc.enrol(course_id, [b, c, c]) == EnrolResult(1, 1)
    people = {p.staff_id: p for p in svc.course(course_id).people}
    assert set(people) == {a, b, c} and people[a].reason == "新进人员" and people[a].source == "person"
    with demo_ctx.transaction() as s:
        gone = s.get(Staff, c)
        gone.status, gone.left_center_on = "returned", date(2026, 1, 1)
        other = s.scalars(select(Staff).where(Staff.id.notin_([a, b, c]))).first()
        other.status, other.left_center_on = "returned", date(2026, 1, 1)
        other_id, other_name = other.id, other.name
    with pytest.raises(ValidationError) as e:
        svc.enrol(course_id, [other_id])
    assert e.value.errors == [DomainError("training.not_at_center", "staff_id", name=other_name)]
    assert svc.enrol(course_id, [c]) == EnrolResult(0, 1)  # already enrolled before leaving
    assert count(demo_ctx, TrainingEnrolment) == 3


def test_enrol_unit_counts_everyone_at_the_center(svc, course_id, demo_ctx):
    with demo_ctx.read() as s:
        unit_id, n = s.execute(select(Staff.home_unit_id, func.count()).where(Staff.status != "returned")
                               .group_by(Staff.home_unit_id).order_by(func.count().desc())).first()
    assert n >= 3
    one, gone = people_at_center_of(demo_ctx, unit_id)[:2]
    with demo_ctx.transaction() as s:  # returns to the home unit: no longer at the center
        p = s.get(Staff, gone)
        p.status, p.left_center_on = "returned", date(2026, 1, 1)
    n -= 1
    svc.enrol(course_id, [one])
    assert svc.enrol_unit(course_id, unit_id) == EnrolResult(n - 1, 1)
    assert svc.enrol_unit(course_id, unit_id) == EnrolResult(0, n)
    assert svc.course(course_id).course.enrolled == n
    sources = {p.staff_id: p.source for p in svc.course(course_id).people}
    assert gone not in sources
    assert sources[one] == "person" and list(sources.values()).count("unit") == n - 1
    assert audit_count(demo_ctx, "training.enrol") == 2  # the second call added nobody


def people_at_center_of(ctx, unit_id):
    with ctx.read() as s:
        return list(s.scalars(select(Staff.id).where(Staff.home_unit_id == unit_id, Staff.status != "returned")
                              .order_by(Staff.id)))


def test_enrol_windows_takes_current_a_and_b(svc, course_id, demo_ctx):
    today = date.today()
    with demo_ctx.read() as s:
        current = s.execute(select(Assignment.window_id, Assignment.staff_id).join(Staff)
                            .where(Assignment.start_on <= today,
                                   (Assignment.end_on.is_(None)) | (Assignment.end_on >= today),
                                   Assignment.post.in_(("A", "B")), Staff.status != "returned")).all()
    windows: dict[int, set[int]] = {}
    for w, sid in current:
        windows.setdefault(w, set()).add(sid)
    chosen = sorted(windows)[:2]
    expected = set().union(*(windows[w] for w in chosen))
    assert expected
    # someone whose assignment there ended yesterday is not enrolled
    with demo_ctx.transaction() as s:
        ended = s.scalars(select(Assignment).where(Assignment.window_id == chosen[0],
                                                   Assignment.end_on.is_(None))).first()
        ended_staff = ended.staff_id
        ended.end_on = today - timedelta(days=1)
        ended.end_reason = "rotation"
    still = {sid for w, sid in current if w in chosen and not (w == chosen[0] and sid == ended_staff)}
    result = svc.enrol_windows(course_id, chosen)
    assert result == EnrolResult(len(still), 0)
    assert {p.staff_id for p in svc.course(course_id).people} == still
    assert {p.source for p in svc.course(course_id).people} == {"windows"}
    assert svc.enrol_windows(course_id, chosen) == EnrolResult(0, len(still))


# --- sign-in and hours --------------------------------------------------------------------


@pytest.fixture
def setup(svc, course_id, demo_ctx):
    a, b, c, outsider = people_at_center(demo_ctx, 4)
    svc.enrol(course_id, [a, b, c])
    s1 = svc.save_session(course_id, MORNING)  # 3 学时
    s2 = svc.save_session(course_id, AFTERNOON)  # 2.5 学时
    return types.SimpleNamespace(course=course_id, a=a, b=b, c=c, outsider=outsider, s1=s1, s2=s2)


def hours_of(svc, course_id) -> dict[int, float]:
    return {p.staff_id: p.hours for p in svc.course(course_id).people}


def test_credited_hours_partial_and_re_sign(svc, setup, demo_ctx):
    x = setup
    assert svc.sign_in(x.s1, [(x.a, None), (x.b, 1.5)]) == 2  # a whole session 3, b left early 1.5
    assert svc.sign_in(x.s2, [(x.a, None), (x.c, 2)]) == 2  # a 2.5, c 2
    # a: 3 + 2.5 = 5.5; b: 1.5; c: 2
    assert hours_of(svc, x.course) == {x.a: 5.5, x.b: 1.5, x.c: 2.0}
    # b signs again for the morning: updated, not doubled
    assert svc.sign_in(x.s1, [(x.b, 3)]) == 1
    assert hours_of(svc, x.course) == {x.a: 5.5, x.b: 3.0, x.c: 2.0}
    assert count(demo_ctx, TrainingAttendance) == 4
    d = svc.course(x.course)
    assert {t.id: t.present for t in d.sessions} == {x.s1: 2, x.s2: 2}
    people = {p.staff_id: p for p in d.people}
    assert people[x.a].present_sessions == frozenset({x.s1, x.s2})
    assert people[x.c].present_sessions == frozenset({x.s2})
    assert d.course.attended == 3
    svc.cancel_sign_in(x.s2, x.c)
    assert hours_of(svc, x.course)[x.c] == 0.0 and svc.course(x.course).course.attended == 2
    with pytest.raises(DomainError) as e:
        svc.cancel_sign_in(x.s2, x.c)
    assert codes(e) == ["training.not_signed_in"]
    assert audit_count(demo_ctx, "training.sign_in") == 3
    assert audit_count(demo_ctx, "training.sign_in.cancel") == 1


def test_sign_in_errors_collected_and_nothing_saved(svc, setup, demo_ctx):
    x = setup
    with demo_ctx.read() as s:
        outsider_name = s.get(Staff, x.outsider).name
        b_name = s.get(Staff, x.b).name
    with pytest.raises(ValidationError) as e:
        svc.sign_in(x.s2, [(x.a, None), (x.outsider, 1), (x.b, 3), (x.c, -1)])
    assert e.value.errors[:2] == [
        DomainError("training.not_enrolled", "staff_id", name=outsider_name),
        DomainError("training.hours_beyond_session", "hours", name=b_name, value="3", session_hours="2.5"),
    ]
    assert [x.code for x in e.value.errors[2:]] == ["training.sign_in_hours"]
    assert count(demo_ctx, TrainingAttendance) == 0
    assert audit_count(demo_ctx, "training.sign_in") == 0


def test_session_hours_cannot_drop_below_credited(svc, setup):
    x = setup
    svc.sign_in(x.s1, [(x.a, 3)])
    with pytest.raises(ValidationError) as e:
        svc.save_session(x.course, replace(MORNING, hours=2), x.s1)
    assert codes(e) == ["training.session_hours_below_credited"]


def test_withdraw_and_delete_refused_after_sign_in(svc, setup, demo_ctx):
    x = setup
    svc.sign_in(x.s1, [(x.a, None)])
    with pytest.raises(DomainError) as e:
        svc.withdraw(x.course, x.a)
    assert codes(e) == ["training.withdraw_signed_in"]
    with pytest.raises(DomainError) as e:
        svc.delete_session(x.s1)
    assert e.value == DomainError("training.session_signed_in", count=1, held_on="2026-03-03")
    with pytest.raises(DomainError) as e:
        svc.delete_course(x.course)
    assert codes(e) == ["training.course_signed_in"]
    assert svc.course(x.course).course.enrolled == 3
    # b never signed in: may withdraw; the afternoon has nobody: may go
    svc.withdraw(x.course, x.b)
    svc.delete_session(x.s2)
    with pytest.raises(DomainError) as e:
        svc.withdraw(x.course, x.b)
    assert codes(e) == ["training.not_enrolled"]
    d = svc.course(x.course)
    assert d.course.enrolled == 2 and [t.id for t in d.sessions] == [x.s1]
    # once the sign-in is cancelled the whole course may be deleted
    svc.cancel_sign_in(x.s1, x.a)
    svc.delete_course(x.course)
    assert svc.courses() == []
    assert count(demo_ctx, TrainingEnrolment) == 0 and count(demo_ctx, TrainingSession) == 0
    assert audit_count(demo_ctx, "training.course.delete") == 1


# --- scores -------------------------------------------------------------------------------


def test_scores_and_pass_mark(svc, setup, demo_ctx):
    x = setup
    svc.record_scores(x.course, {x.a: 59.5, x.b: 60, x.c: None})
    people = {p.staff_id: p for p in svc.course(x.course).people}
    assert (people[x.a].score, people[x.a].passed) == (59.5, False)
    assert (people[x.b].score, people[x.b].passed) == (60, True)
    assert (people[x.c].score, people[x.c].passed) == (None, None)
    with demo_ctx.read() as s:
        outsider_name = s.get(Staff, x.outsider).name
    with pytest.raises(ValidationError) as e:
        svc.record_scores(x.course, {x.c: 80, x.a: 101, x.outsider: 70})
    assert [(err.code, err.field) for err in e.value.errors] == [("training.score", "score"),
                                                                 ("training.not_enrolled", "staff_id")]
    assert e.value.errors[1].params == {"name": outsider_name}
    people = {p.staff_id: p for p in svc.course(x.course).people}
    assert people[x.c].score is None and people[x.a].score == 59.5  # nothing saved
    with pytest.raises(ValidationError):
        svc.record_scores(x.course, {x.a: -1})
    svc.save_course(replace(COURSE, pass_mark=None), x.course)
    assert {p.passed for p in svc.course(x.course).people} == {None}
    assert audit_count(demo_ctx, "training.scores") == 1


# --- sign-in import -----------------------------------------------------------------------


@dataclass
class Row:
    row: int
    name: str
    id_tail: str = ""
    hours: float | None = None


def fake_reader(monkeypatch, rows, errors=()):
    mod = types.ModuleType("govhr_desktop.exchange.training_signin")
    mod.read_sign_in = lambda path: (list(rows), list(errors))
    monkeypatch.setitem(sys.modules, "govhr_desktop.exchange.training_signin", mod)


def test_import_sign_in_matches_names(svc, setup, demo_ctx, monkeypatch, tmp_path):
    x = setup
    with demo_ctx.read() as s:
        a, b = s.get(Staff, x.a), s.get(Staff, x.b)
        a_name, b_name, b_tail = a.name, b.name, b.id_number[-4:]
    fake_reader(monkeypatch, [Row(2, a_name), Row(3, b_name, b_tail, 2)])
    result = svc.import_sign_in(x.s1, tmp_path / "签到.xlsx")
    assert (result.signed, result.errors) == (2, [])
    assert hours_of(svc, x.course) == {x.a: 3.0, x.b: 2.0, x.c: 0.0}
    with demo_ctx.read() as s:
        methods = set(s.scalars(select(TrainingAttendance.method)))
    assert methods == {"import"}
    assert audit_count(demo_ctx, "training.sign_in_import") == 1


def test_import_sign_in_is_all_or_nothing(svc, setup, demo_ctx, monkeypatch, tmp_path):
    x = setup
    with demo_ctx.read() as s:
        a_name = s.get(Staff, x.a).name
        outsider_name = s.get(Staff, x.outsider).name
    fake_reader(monkeypatch, [Row(2, a_name), Row(3, "查无此人"), Row(4, outsider_name),
                              Row(5, a_name), Row(6, a_name, "", 9)])
    result = svc.import_sign_in(x.s1, tmp_path / "签到.xlsx")
    assert result.signed == 0
    got = [(e.row, e.code) for e in result.errors]
    expected_outsider = "training.import_not_enrolled"
    assert got == [(3, "training.import_unknown_name"), (4, expected_outsider),
                   (5, "training.import_duplicate"), (6, "training.import_duplicate")]
    assert count(demo_ctx, TrainingAttendance) == 0
    fake_reader(monkeypatch, [Row(2, a_name, "", 3.5)])
    result = svc.import_sign_in(x.s1, tmp_path / "签到.xlsx")
    assert [(e.row, e.code, e.params["session_hours"]) for e in result.errors] == [(2, "training.import_hours", "3")]
    assert count(demo_ctx, TrainingAttendance) == 0


def test_import_same_name_needs_id_tail(svc, setup, demo_ctx, monkeypatch, tmp_path):
    x = setup
    with demo_ctx.transaction() as s:
        a, b = s.get(Staff, x.a), s.get(Staff, x.b)
        b.name = a.name
        a_name, a_tail = a.name, a.id_number[-4:]
    fake_reader(monkeypatch, [Row(2, a_name)])
    result = svc.import_sign_in(x.s1, tmp_path / "签到.xlsx")
    assert [(e.code, e.params["count"]) for e in result.errors] == [("training.import_ambiguous_name", 2)]
    fake_reader(monkeypatch, [Row(2, a_name, a_tail)])
    assert svc.import_sign_in(x.s1, tmp_path / "签到.xlsx").signed == 1
    assert hours_of(svc, x.course)[x.a] == 3.0 and hours_of(svc, x.course)[x.b] == 0.0


def test_import_passes_reader_errors_and_saves_nothing(svc, setup, demo_ctx, monkeypatch, tmp_path):
    from govhr_desktop.exchange.staff_import import RowError

    x = setup
    with demo_ctx.read() as s:
        a_name = s.get(Staff, x.a).name
    bad = RowError(3, "学时", "abc", "signin.hours", {"row": 3})
    fake_reader(monkeypatch, [Row(2, a_name)], [bad])
    result = svc.import_sign_in(x.s1, tmp_path / "x.csv")
    assert result.signed == 0 and result.errors == [bad]
    assert count(demo_ctx, TrainingAttendance) == 0


# --- sign-in sheet ------------------------------------------------------------------------


def test_sign_in_sheet_built_from_session(svc, setup, demo_ctx, monkeypatch, tmp_path):
    import govhr_desktop.documents.signin_sheet as sheet_mod

    x = setup
    seen = {}
    monkeypatch.setattr(sheet_mod, "render_sign_in_sheet", lambda sheet, path: seen.update(sheet=sheet, path=path))
    svc.sign_in_sheet(x.s2, tmp_path / "sheet.pdf")
    sheet = seen["sheet"]
    assert sheet.course_title == COURSE.title and sheet.held_on == date(2026, 3, 4)
    assert (sheet.start_time, sheet.end_time, sheet.hours, sheet.place) == ("14:30", "17:00", 2.5, "三楼会议室")
    assert sheet.center_name and sheet.category_name == "文明礼仪与服务用语" and sheet.trainer == "王老师"
    with demo_ctx.read() as s:
        names = {s.get(Staff, i).name for i in (x.a, x.b, x.c)}
    assert {p.name for p in sheet.people} == names and all(p.home_unit_name for p in sheet.people)


def test_sign_in_sheet_writes_a_pdf(svc, setup, tmp_path):
    pytest.importorskip("reportlab")
    path = tmp_path / "sheet.pdf"
    svc.sign_in_sheet(setup.s1, path)
    assert path.read_bytes()[:4] == b"%PDF"


# --- permissions --------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["auditor", "leader"])
def test_roles_without_training_write_are_refused(demo_ctx, setup, role):
    x = setup
    ctx = ServiceContext(demo_ctx.db, actor=Actor.for_role(f"test_{role}", role))
    svc = TrainingService(ctx)
    calls = [
        lambda: svc.save_course(COURSE),
        lambda: svc.save_session(x.course, MORNING),
        lambda: svc.enrol(x.course, [x.outsider]),
        lambda: svc.enrol_unit(x.course, 1),
        lambda: svc.sign_in(x.s1, [(x.a, None)]),
        lambda: svc.record_scores(x.course, {x.a: 90}),
        lambda: svc.withdraw(x.course, x.a),
        lambda: svc.delete_course(x.course),
    ]
    for call in calls:
        with pytest.raises(DomainError) as e:
            call()
        assert e.value.code == "permission.denied"
    if role == "leader":
        assert [c.id for c in svc.courses()] == [x.course]  # reading is allowed
    else:
        with pytest.raises(DomainError):
            svc.courses()
    assert count(demo_ctx, TrainingAttendance) == 0
    with demo_ctx.db.engine.connect() as c:
        denied = c.execute(text("SELECT count(*) FROM audit_entry WHERE username = :u AND result = 'denied'"),
                           {"u": f"test_{role}"}).scalar()
    assert denied == len(calls) + (0 if role == "leader" else 1)


# --- messages -----------------------------------------------------------------------------


def test_every_refusal_reads_as_a_sentence(svc, setup, demo_ctx):
    from govhr_desktop.ui.audit_labels import ACTIONS
    from govhr_desktop.ui.messages import MESSAGES, describe

    x = setup
    with demo_ctx.read() as s:
        outsider_name = s.get(Staff, x.outsider).name
    svc.sign_in(x.s1, [(x.a, None)])
    failing = [
        lambda: svc.save_course(replace(COURSE, hours=0, pass_mark=200, ends_on=date(2026, 3, 1))),
        lambda: svc.save_course(replace(COURSE, starts_on=date(2026, 3, 4)), x.course),
        lambda: svc.save_session(x.course, SessionInput(date(2026, 4, 1), "9:60", "08:00", "", 9)),
        lambda: svc.save_session(x.course, replace(AFTERNOON, hours=3)),
        lambda: svc.save_session(x.course, replace(MORNING, hours=1), x.s1),
        lambda: svc.sign_in(x.s2, [(x.outsider, 1), (x.a, 7), (x.b, "abc")]),
        lambda: svc.record_scores(x.course, {x.a: 120}),
        lambda: svc.withdraw(x.course, x.a),
        lambda: svc.delete_session(x.s1),
        lambda: svc.delete_course(x.course),
        lambda: svc.cancel_sign_in(x.s2, x.a),
    ]
    texts = []
    for call in failing:
        with pytest.raises((DomainError, ValidationError)) as e:
            call()
        errors = e.value.errors if isinstance(e.value, ValidationError) else [e.value]
        assert all(err.code in MESSAGES for err in errors), [err.code for err in errors]
        line = describe(e.value)
        assert "{" not in line and "training." not in line, line
        texts.append(line)
    assert outsider_name in texts[5] and "2.5" in texts[5]
    for action in ("training.course.save", "training.course.delete", "training.session.save",
                   "training.session.delete", "training.enrol", "training.withdraw", "training.sign_in",
                   "training.sign_in.cancel", "training.scores", "training.sign_in_import"):
        assert action in ACTIONS


def test_import_sign_in_from_a_real_csv(svc, setup, demo_ctx, tmp_path):
    pytest.importorskip("govhr_desktop.exchange.training_signin")
    x = setup
    with demo_ctx.read() as s:
        a, b, c = (s.get(Staff, i) for i in (x.a, x.b, x.c))
        rows = [(a.name, a.id_number[-4:], "", "√"), (b.name, "", "2", "√"), (c.name, "", "", "缺")]
    path = tmp_path / "签到表.csv"
    path.write_text("姓名,身份证后四位,学时,签到\n" + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    result = svc.import_sign_in(x.s1, path)
    assert (result.signed, result.errors) == (2, [])
    # a: the whole morning (3), b: 2, c absent
    assert hours_of(svc, x.course) == {x.a: 3.0, x.b: 2.0, x.c: 0.0}

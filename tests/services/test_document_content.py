"""What the notices and letters say (services/document_content.py), on the demo center with its
evaluation and training data as of 2026-11-21: 2026-07..09 published with confirmed honours,
2026-10 only submitted, 2026-11 not computed.

The shared demo fixture of conftest has no evaluations, so this module builds its own demo once;
tests that change data work on a copy of it."""

from __future__ import annotations

import re
import shutil
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from govhr_desktop.demo import generate_demo
from govhr_desktop.demo_evaluations import add_demo_evaluations
from govhr_desktop.demo_training import add_demo_training
from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.engine import Database
from govhr_desktop.services.annual import AnnualService
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.document_content import (
    DocumentContentService,
    Period,
    mask_personal_numbers,
)
from govhr_desktop.services.evaluation import EvaluationService
from govhr_desktop.services.honours import HonoursService

TODAY = date(2026, 11, 21)
PUBLISHED = ("2026-07", "2026-08", "2026-09")
ID_LIKE = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
MOBILE_LIKE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory, template_db) -> Path:
    folder = tmp_path_factory.mktemp("document-content")
    path = folder / "govhr.sqlite3"
    shutil.copy(template_db, path)
    db = Database(path, wal=False)
    generate_demo(db, seed=2026, today=TODAY)
    add_demo_evaluations(db, seed=2026, today=TODAY)
    add_demo_training(db, seed=2026, today=TODAY)
    db.dispose()
    return path


@pytest.fixture(scope="module")
def ctx(demo_file):
    db = Database(demo_file, wal=False)
    yield ServiceContext(db)
    db.dispose()


@pytest.fixture
def copy_ctx(demo_file, tmp_path):
    """A context on a private copy (for tests that change data)."""
    path = tmp_path / "copy.sqlite3"
    shutil.copy(demo_file, path)
    db = Database(path, wal=False)
    yield ServiceContext(db)
    db.dispose()


@pytest.fixture(scope="module")
def svc(ctx):
    return DocumentContentService(ctx)


def _q(ctx, sql, **params):
    with ctx.connect() as c:
        return c.execute(text(sql), params).all()


def _raises(code, fn, *args):
    with pytest.raises(DomainError) as e:
        fn(*args)
    assert e.value.code == code, e.value
    return e.value


# --- periods ----------------------------------------------------------------------------------


def test_period_values():
    m, q = Period.parse("2026-10"), Period.parse("2026-Q3")
    assert (m.kind, m.key, m.label, m.months) == ("month", "2026-10", "2026年10月", ("2026-10",))
    assert (q.kind, q.key, q.label, q.months) == ("quarter", "2026-Q3", "2026年第三季度",
                                                  ("2026-07", "2026-08", "2026-09"))
    assert (q.first_day, q.last_day) == (date(2026, 7, 1), date(2026, 9, 30))
    assert Period.parse((2026, 4)) == Period.parse("2026q4") == Period.of_quarter(2026, 4)
    assert Period.parse(q) is q and Period.parse(q.key) == q and Period.parse(m.key) == m
    assert Period.parse("2026-Q1").label == "2026年第一季度"
    for bad in ("2026-13", "", "2026年10月", "Q3", "2026-Q5"):
        _raises("documents.bad_period", Period.parse, bad)
    _raises("scoring.bad_quarter", Period.parse, (2026, 5))
    _raises("evaluation.bad_month", Period, 2026, 13)
    _raises("documents.bad_period", Period, 2026)


def test_published_periods_newest_first(svc):
    assert [p.key for p in svc.published_periods()] == ["2026-Q3", "2026-09", "2026-08", "2026-07"]


def test_nothing_published(svc):
    for period in ("2026-10", "2026-11", "2026-06", "2026-Q4", "2026-Q2"):
        err = _raises("documents.no_published", svc.notice_data, period)
        assert err.params == {"period": Period.parse(period).label}
        _raises("documents.no_published", svc.letters_data, period)
        _raises("documents.no_published", svc.letter_data, period, 1)


def test_nothing_published_in_an_empty_center(ctx, tmp_path, template_db):
    path = tmp_path / "empty.sqlite3"
    shutil.copy(template_db, path)
    db = Database(path, wal=False)
    try:
        s = DocumentContentService(ServiceContext(db))
        assert s.published_periods() == []
        _raises("documents.no_published", s.notice_data, "2026-07")
        _raises("documents.no_published", s.letters_data, "2026-Q3")
    finally:
        db.dispose()


def test_reading_needs_records_read(copy_ctx):
    copy_ctx.actor = Actor("nobody", "none", permissions=frozenset())
    s = DocumentContentService(copy_ctx)
    for call, args in ((s.published_periods, ()), (s.notice_data, ("2026-07",)), (s.letters_data, ("2026-07",))):
        _raises("permission.denied", call, *args)


# --- the notice -------------------------------------------------------------------------------


def test_notice_lists_exactly_the_confirmed_honours(svc, ctx):
    honours = HonoursService(ctx)
    for month in PUBLISHED:
        data = svc.notice_data(month)
        confirmed = honours.confirmed(month)
        assert [(s.staff_id, s.name) for s in data.stars] == [(p.subject_id, p.label) for p in confirmed.stars]
        assert [f.window_id for f in data.red_flags] == [p.subject_id for p in confirmed.red_flags]
        assert [f"{f.number} {f.name}" for f in data.red_flags] == [p.label for p in confirmed.red_flags]
        assert {s.month for s in data.stars} == {month} and data.stars
        units = dict(_q(ctx, "SELECT id, full_name FROM home_unit"))
        homes = dict(_q(ctx, "SELECT id, home_unit_id FROM staff"))
        for s in data.stars:
            assert s.home_unit == units[homes[s.staff_id]]
            assert s.window_number  # every demo star sits at a window
        for f in data.red_flags:
            unit = _q(ctx, "SELECT home_unit_id FROM service_window WHERE id = :w", w=f.window_id)[0][0]
            assert f.home_unit == (units[unit] if unit else "")
        assert data.center_name == "青山县政务服务中心" and data.center_short_name == "青政服"
        assert data.people == _q(ctx, "SELECT COUNT(*) FROM evaluation_form WHERE month = :m", m=month)[0][0]


def test_notice_for_a_quarter_covers_its_three_months(svc):
    q = svc.notice_data("2026-Q3")
    months = [svc.notice_data(m) for m in PUBLISHED]
    assert q.stars == tuple(s for m in months for s in m.stars)
    assert q.red_flags == tuple(f for m in months for f in m.red_flags)
    assert [s.month for s in q.stars] == sorted(s.month for s in q.stars)


def test_notice_cc_is_every_unit_with_staff_in_the_center_order(svc, ctx):
    data = svc.notice_data("2026-09")
    expected = [r[0] for r in _q(ctx, (
        "SELECT full_name FROM home_unit WHERE id IN (SELECT s.home_unit_id FROM staff s JOIN evaluation_form f "
        "ON f.staff_id = s.id WHERE f.month = '2026-09') ORDER BY sort_order, id"))]
    assert list(data.cc) == expected and len(expected) == 35


def test_notice_refused_while_honours_are_not_confirmed(copy_ctx):
    with copy_ctx.transaction() as s:
        s.execute(text("DELETE FROM honour_decision WHERE month = '2026-08'"))
        s.execute(text("DELETE FROM honour_month WHERE month = '2026-08'"))
    s = DocumentContentService(copy_ctx)
    err = _raises("documents.honours_not_confirmed", s.notice_data, "2026-08")
    assert err.params == {"period": "2026年8月", "month": "2026年8月"}
    err = _raises("documents.honours_not_confirmed", s.notice_data, "2026-Q3")
    assert err.params == {"period": "2026年第三季度", "month": "2026年8月"}
    assert s.notice_data("2026-07").stars  # the other months are unaffected
    assert s.letters_data("2026-08")  # letters do not need the honours


# --- the letters ------------------------------------------------------------------------------


def test_one_letter_per_unit_with_staff_with_its_people(svc, ctx):
    letters = svc.letters_data("2026-09")
    order = [r[0] for r in _q(ctx, "SELECT id FROM home_unit ORDER BY sort_order, id")]
    staff_units = dict(_q(ctx, "SELECT s.id, s.home_unit_id FROM staff s JOIN evaluation_form f "
                               "ON f.staff_id = s.id WHERE f.month = '2026-09'"))
    with_staff = [u for u in order if u in set(staff_units.values())]
    assert [d.home_unit_id for d in letters] == with_staff
    for d in letters:
        assert {p.staff_id for p in d.people} == {s for s, u in staff_units.items() if u == d.home_unit_id}
        assert [(p.rank, p.name) for p in d.people] == sorted((p.rank, p.name) for p in d.people)
        full = _q(ctx, "SELECT full_name, short_name FROM home_unit WHERE id = :u", u=d.home_unit_id)[0]
        assert (d.home_unit_name, d.home_unit_short) == tuple(full)
    assert sum(len(d.people) for d in letters) == len(staff_units) == letters[0].center_people


def test_month_totals_ranks_grades_match_the_evaluation(svc, ctx):
    for month in PUBLISHED:
        ranking = {r.staff_id: r for r in EvaluationService(ctx).month_ranking(month)}
        forms = EvaluationService(ctx).forms(month)
        letters = svc.letters_data(month)
        people = [p for d in letters for p in d.people]
        assert len(people) == len(ranking)
        for p in people:
            r, f = ranking[p.staff_id], forms[p.staff_id]
            assert (p.name, p.total, p.rank, p.grade) == (r.staff_name, r.total, r.rank, r.grade)
            assert p.monthly == ((month, f.total),) and p.months == 1
            # the items add up to the score: total = base − deducted + bonus
            assert sum(i.points for i in p.items) == pytest.approx(p.bonus - p.deducted, abs=0.011)
            assert min(105.0, max(0.0, 100 - p.deducted + p.bonus)) == pytest.approx(p.total, abs=0.011)
            bd = f.breakdown["ratings"]
            assert (p.ratings.counted, p.ratings.good, p.ratings.bad_deducted) == (
                bd["total"], bd["good"], bd["bad_verified"])
            if f.good_rate is not None:
                assert p.ratings.good_rate == pytest.approx(f.good_rate)


def test_quarter_averages_and_ranks_match_the_period_results(svc, ctx):
    rows = {r.staff_id: r for r in AnnualService(ctx).period(2026, 3)}
    people = [p for d in svc.letters_data("2026-Q3") for p in d.people]
    assert len(people) == len(rows)
    for p in people:
        r = rows[p.staff_id]
        assert (p.total, p.rank, p.grade, p.months) == (r.average, r.rank, r.band, r.months)
        assert [m for m, _t in p.monthly] == sorted(m for m, _t in p.monthly)


def test_one_unit_letter_equals_its_part_of_the_batch(svc):
    batch = {d.home_unit_id: d for d in svc.letters_data("2026-Q3")}
    for unit in (1, 5, 35):
        assert svc.letter_data("2026-Q3", unit) == batch[unit]
        assert svc.letter_data((2026, 3), unit) == batch[unit]


def test_items_name_the_catalogue_items_and_charges(svc):
    people = [p for d in svc.letters_data("2026-Q3") for p in d.people]
    names = {i.name for p in people for i in p.items}
    assert {"迟到或早退（10分钟以内）", "经核实属本人责任的差评", "收到表扬信", "首席代表按比例承担所在单位窗口扣分"} <= names
    kinds = {i.kind for p in people for i in p.items}
    assert {"deduction", "bonus", "adjustment"} <= kinds
    assert all(i.month in PUBLISHED for p in people for i in p.items)
    chiefs = [i for p in people for i in p.items if i.unit == "个窗口"]
    assert chiefs and all(i.points < 0 and i.quantity >= 1 for i in chiefs)


def test_honours_and_red_flags_reach_the_letters(svc, ctx):
    letters = svc.letters_data("2026-Q3")
    stars = {(r[0], r[1]) for r in _q(ctx, "SELECT staff_id, month FROM honour_decision WHERE kind = 'star'")}
    got = {(p.staff_id, h) for d in letters for p in d.people for h in p.honours}
    assert got == {(sid, f"{int(m[:4])}年{int(m[5:])}月“服务之星”") for sid, m in stars}
    flags = [f for d in letters for f in d.red_flags]
    unit_flags = _q(ctx, "SELECT COUNT(*) FROM honour_decision d JOIN service_window w ON w.id = d.window_id "
                         "WHERE d.kind = 'red_flag' AND w.home_unit_id IS NOT NULL")[0][0]
    assert len(flags) == unit_flags
    for d in letters:
        assert all(f.home_unit_id == d.home_unit_id for f in d.red_flags)


def test_ratings_count_bad_ones_and_exclusions(svc, ctx):
    people = {p.staff_id: p for d in svc.letters_data("2026-Q3") for p in d.people}
    rows = _q(ctx, "SELECT staff_id, COUNT(*), SUM(excluded) FROM rating WHERE level <= 2 AND rated_at >= '2026-07-01' "
                   "AND rated_at < '2026-10-01' AND staff_id IS NOT NULL GROUP BY staff_id")
    for sid, n, excluded in rows:
        if sid in people:
            assert (people[sid].ratings.bad, people[sid].ratings.bad_excluded) == (n, excluded)
    assert sum(p.ratings.bad_excluded for p in people.values()) >= 1  # the demo's overturned appeal
    assert all(p.ratings.bad_deducted <= p.ratings.bad for p in people.values())


def test_training_hours_until_the_end_of_the_period(svc, ctx):
    hours = dict(_q(ctx, "SELECT a.staff_id, SUM(a.hours) FROM training_attendance a JOIN training_session s "
                         "ON s.id = a.session_id WHERE s.held_on BETWEEN '2026-01-01' AND '2026-09-30' "
                         "GROUP BY a.staff_id"))
    people = [p for d in svc.letters_data("2026-Q3") for p in d.people]
    assert any(p.training_hours for p in people)
    for p in people:
        assert p.training_hours == pytest.approx(hours.get(p.staff_id, 0.0))
        assert p.training_target == 90.0


def test_attendance_and_leave(copy_ctx):
    s = DocumentContentService(copy_ctx)
    before = {p.staff_id: p for d in s.letters_data("2026-09") for p in d.people}
    sid = next(p.staff_id for p in before.values() if not p.attendance.leave_days and p.attendance.due_days == 22)
    rows = [  # Mon 7 – Wed 9 Sept: 3 days; business trip 14 Sept: not leave; returned early: 2 of 3 days
        ("personal", "2026-09-07", "am", "2026-09-09", "pm", "approved", None),
        ("business", "2026-09-14", "am", "2026-09-14", "pm", "approved", None),
        ("annual", "2026-09-21", "am", "2026-09-23", "pm", "returned", "2026-09-23"),
        ("sick", "2026-09-28", "pm", "2026-10-02", "pm", "approved", None),  # ½ + 30 Sept…: 2.5 in September
        ("personal", "2026-09-15", "am", "2026-09-15", "pm", "refused", None),  # refused: not leave
    ]
    with copy_ctx.transaction() as t:
        for lt, a, ah, b, bh, status, back in rows:
            t.execute(text("INSERT INTO leave_request (staff_id, leave_type, start_on, start_half, end_on, end_half, "
                           "working_days, reason, status, returned_on, created_by, unit_signed_by, center_approved_by, "
                           "decision_reason, substitute_name, handover_confirmed) VALUES (:s, :t, :a, :ah, :b, :bh, 0, "
                           "'', :st, :r, '', '', '', '', '', 0)"),
                      {"s": sid, "t": lt, "a": a, "ah": ah, "b": b, "bh": bh, "st": status, "r": back})
    p = next(p for d in s.letters_data("2026-09") for p in d.people if p.staff_id == sid)
    a = p.attendance
    assert a.due_days == 22  # September 2026: 22 working days (no holiday before the 1 October break)
    assert a.leave_days == 3 + 2 + 2.5
    assert dict(a.leave_by_type) == {"事假": 3, "公差/外出": 1, "年休假": 2, "病假": 2.5}
    assert a.present_days == 22 - 7.5
    # the other months do not see September's leave
    q = next(p for d in s.letters_data("2026-08") for p in d.people if p.staff_id == sid)
    assert q.attendance.leave_days == 0


def test_due_days_follow_the_time_at_the_center(svc, ctx):
    people = {p.staff_id: p for d in svc.letters_data("2026-Q3") for p in d.people}
    joined = dict(_q(ctx, "SELECT id, joined_center_on FROM staff WHERE joined_center_on > '2026-07-01'"))
    late = [sid for sid in joined if sid in people]
    assert late, "the demo has people who joined during the quarter"
    full = max(p.attendance.due_days for p in people.values())
    for sid in late:
        assert people[sid].attendance.due_days < full


def test_discipline_counts_come_from_the_published_registers(svc, ctx):
    people = {p.staff_id: p for d in svc.letters_data("2026-09") for p in d.people}
    forms = EvaluationService(ctx).forms("2026-09")
    for sid, p in people.items():
        reg = forms[sid].breakdown["sources"]["register"]
        assert p.attendance.late_early == reg.get("late_early", 0)
        assert p.attendance.missed_clock == reg.get("missed_clock", 0)
        assert p.attendance.off_post == reg.get("off_post", 0)
        assert p.attendance.absent_days == reg.get("absence_half_day", 0) / 2


def test_unit_without_staff_and_unknown_unit(copy_ctx, svc):
    with copy_ctx.transaction() as t:
        t.execute(text("INSERT INTO home_unit (id, full_name, short_name, contact_person, contact_phone, "
                       "supervising_leader, remarks, active, sort_order) VALUES (99, '青山县新设局', '新设局', '', '', "
                       "'', '', 1, 99)"))
    s = DocumentContentService(copy_ctx)
    err = _raises("documents.unit_without_staff", s.letter_data, "2026-Q3", 99)
    assert err.params == {"unit": "青山县新设局", "period": "2026年第三季度"}
    assert 99 not in {d.home_unit_id for d in s.letters_data("2026-Q3")}
    _raises("record.not_found", s.letter_data, "2026-Q3", 12345)


def test_no_id_or_phone_numbers_and_reasons_are_masked(copy_ctx, ctx):
    form_id, _sid, unit = _q(copy_ctx, "SELECT f.id, f.staff_id, s.home_unit_id FROM evaluation_form f JOIN staff s "
                                      "ON s.id = f.staff_id WHERE f.month = '2026-09' ORDER BY f.id LIMIT 1")[0]
    with copy_ctx.transaction() as t:
        t.execute(text("INSERT INTO evaluation_adjustment (form_id, category, points, reason, origin, created_by) "
                       "VALUES (:f, 'service', -1, '群众来电13812345678投诉，身份证34052419800101001X', '', 'x')"),
                  {"f": form_id})
    d = DocumentContentService(copy_ctx).letter_data("2026-09", unit)
    everything = repr(d)
    assert "138****5678" in everything and "340524********001X" in everything
    assert not ID_LIKE.search(everything) and not MOBILE_LIKE.search(everything)
    secrets = _q(ctx, "SELECT id_number, mobile FROM staff")
    everything = repr(DocumentContentService(ctx).letters_data("2026-Q3")) + repr(
        DocumentContentService(ctx).notice_data("2026-Q3"))
    assert not ID_LIKE.search(everything) and not MOBILE_LIKE.search(everything)
    assert not any(n and n in everything for row in secrets for n in row)


def test_mask_personal_numbers():
    assert mask_personal_numbers("电话138 1234 5678，+86-13912345678") == "电话138****5678，139****5678"
    assert mask_personal_numbers("34052419800101001x") == "340524********001X"
    assert mask_personal_numbers("办件编号202610090001234567890") == "办件编号202610090001234567890"  # 21 digits
    assert mask_personal_numbers("0564-6021234、12345热线") == "0564-6021234、12345热线"


def test_letters_data_is_fast(svc):
    svc.letters_data("2026-Q3")  # warm
    for period in ("2026-09", "2026-Q3"):
        started = time.perf_counter()
        letters = svc.letters_data(period)
        seconds = time.perf_counter() - started
        print(f"\nletters_data({period}): {len(letters)} units, {sum(len(d.people) for d in letters)} people, "
              f"{seconds * 1000:.0f} ms")
        assert seconds < 1.0
    started = time.perf_counter()
    svc.notice_data("2026-Q3")
    print(f"notice_data(2026-Q3): {(time.perf_counter() - started) * 1000:.0f} ms")

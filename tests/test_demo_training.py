"""Demo training records (govhr_desktop.demo_training): volumes, determinism, the rules of the
data contract (hours, dates, enrolment), certificate warnings and the skill-level history.

Like the evaluation data, this is built on its own demo (the shared demo fixture stays without it)."""

from __future__ import annotations

import shutil
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from govhr_desktop.demo import generate_demo
from govhr_desktop.demo_training import COURSES, add_demo_training
from govhr_desktop.domain.training import COURSE_CATEGORY
from govhr_desktop.persistence.engine import Database

TODAY = date(2026, 11, 21)


def _build(folder: Path, template: Path, seed: int = 2026):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "govhr.sqlite3"
    shutil.copy(template, path)
    db = Database(path, wal=False)
    generate_demo(db, seed=seed, today=TODAY)
    started = time.perf_counter()
    summary = add_demo_training(db, seed=seed, today=TODAY)
    return db, summary, time.perf_counter() - started


@pytest.fixture(scope="module")
def trained(tmp_path_factory, template_db):
    db, summary, seconds = _build(tmp_path_factory.mktemp("demo-training"), template_db)
    yield db, summary, seconds
    db.dispose()


def _q(db, sql, **params):
    with db.engine.connect() as c:
        return c.execute(text(sql), params).all()


def test_volumes_and_speed(trained):
    db, s, seconds = trained
    assert s.courses == len(COURSES) >= 12
    assert s.sessions == _q(db, "SELECT COUNT(*) FROM training_session")[0][0]
    assert 1 <= min(c.sessions for c in COURSES) and max(c.sessions for c in COURSES) <= 4
    assert s.enrolments > 500 and s.attendances > 1000
    assert 50 <= s.certificates <= 70
    assert s.expiring_soon >= 3 and s.expired == 1
    assert s.fails >= 2 and s.scores > s.fails
    assert seconds < 1.5
    cats = {r[0] for r in _q(db, "SELECT DISTINCT category FROM training_course")}
    assert cats == set(COURSE_CATEGORY.codes())
    organisers = {r[0] for r in _q(db, "SELECT DISTINCT organiser FROM training_course")}
    forms = {r[0] for r in _q(db, "SELECT DISTINCT form FROM training_course")}
    assert organisers == {"center", "home_unit", "external"} and "online" in forms
    sources = {r[0] for r in _q(db, "SELECT DISTINCT source FROM training_enrolment")}
    assert {"person", "unit", "windows"} <= sources
    places = {r[0] for r in _q(db, "SELECT DISTINCT place FROM training_session")}
    assert any("培训室" in p for p in places)


def test_deterministic(trained, tmp_path, template_db):
    db, s, _ = trained
    db2, s2, _ = _build(tmp_path / "again", template_db)
    try:
        assert s2 == s
        sql = ("SELECT c.title, s.held_on, a.staff_id, a.hours FROM training_attendance a "
               "JOIN training_session s ON s.id = a.session_id JOIN training_course c ON c.id = s.course_id "
               "ORDER BY a.id")
        assert _q(db2, sql) == _q(db, sql)
        assert _q(db2, "SELECT number, expires_on FROM certificate ORDER BY id") == \
            _q(db, "SELECT number, expires_on FROM certificate ORDER BY id")
    finally:
        db2.dispose()


def test_contract_rules(trained):
    db = trained[0]
    # hours credited never exceed the session's, sessions never exceed their clock length
    assert _q(db, "SELECT COUNT(*) FROM training_attendance a JOIN training_session s ON s.id = a.session_id "
                  "WHERE a.hours > s.hours OR a.hours < 0")[0][0] == 0
    for st, en, hours in _q(db, "SELECT start_time, end_time, hours FROM training_session"):
        h1, m1 = map(int, st.split(":"))
        h2, m2 = map(int, en.split(":"))
        assert 0 < hours <= (h2 * 60 + m2 - h1 * 60 - m1) / 60
    # partial hours exist, and sessions lie within their course's dates
    assert _q(db, "SELECT COUNT(*) FROM training_attendance a JOIN training_session s ON s.id = a.session_id "
                  "WHERE a.hours < s.hours")[0][0] > 0
    assert _q(db, "SELECT COUNT(*) FROM training_session s JOIN training_course c ON c.id = s.course_id "
                  "WHERE s.held_on < c.starts_on OR s.held_on > c.ends_on")[0][0] == 0
    # only enrolled people sign in, and nobody signs in for a session still to come
    assert _q(db, "SELECT COUNT(*) FROM training_attendance a JOIN training_session s ON s.id = a.session_id "
                  "LEFT JOIN training_enrolment e ON e.course_id = s.course_id AND e.staff_id = a.staff_id "
                  "WHERE e.id IS NULL")[0][0] == 0
    assert _q(db, "SELECT COUNT(*) FROM training_attendance a JOIN training_session s ON s.id = a.session_id "
                  "WHERE s.held_on > :t", t=TODAY.isoformat())[0][0] == 0
    assert _q(db, "SELECT COUNT(*) FROM training_session WHERE held_on > :t", t=TODAY.isoformat())[0][0] > 0
    # scores only where the course has a pass mark; some absences (enrolled, never signed in)
    assert _q(db, "SELECT COUNT(*) FROM training_enrolment e JOIN training_course c ON c.id = e.course_id "
                  "WHERE e.score IS NOT NULL AND c.pass_mark IS NULL")[0][0] == 0
    sessions_held = _q(db, "SELECT COUNT(*) FROM training_session WHERE held_on <= :t", t=TODAY.isoformat())[0][0]
    assert sessions_held > 0
    # home-unit courses enrol that unit's people only
    assert _q(db, "SELECT COUNT(*) FROM training_enrolment e JOIN training_course c ON c.id = e.course_id "
                  "JOIN staff s ON s.id = e.staff_id WHERE c.organiser = 'home_unit' "
                  "AND s.home_unit_id != c.organiser_unit_id")[0][0] == 0


def test_certificates_expiring_soon(trained):
    db = trained[0]
    soon = _q(db, "SELECT COUNT(*) FROM certificate WHERE expires_on BETWEEN :a AND :b",
              a=TODAY.isoformat(), b=(TODAY + timedelta(days=60)).isoformat())[0][0]
    expired = _q(db, "SELECT COUNT(*) FROM certificate WHERE expires_on < :a", a=TODAY.isoformat())[0][0]
    assert soon >= 3 and expired == 1
    assert _q(db, "SELECT COUNT(*) FROM certificate WHERE course_id IS NOT NULL")[0][0] > 0


def test_latest_skill_record_is_the_cached_level(trained):
    db = trained[0]
    rows = _q(db, "SELECT r.staff_id, r.level, s.skill_level FROM skill_level_record r JOIN staff s ON s.id = r.staff_id "
                  "WHERE r.id = (SELECT r2.id FROM skill_level_record r2 WHERE r2.staff_id = r.staff_id "
                  "ORDER BY r2.awarded_on DESC, r2.id DESC LIMIT 1)")
    staff, ranked = _q(db, "SELECT COUNT(*), COUNT(skill_level) FROM staff WHERE status != 'returned'")[0]
    assert len(rows) == min(ranked, round(0.4 * staff)) > 50  # (about 40 %, as far as levels are known)
    assert all(level == cached for _sid, level, cached in rows)
    # histories go up: an earlier record never has a higher level (smaller number) than a later one
    for (sid,) in _q(db, "SELECT DISTINCT staff_id FROM skill_level_record"):
        levels = [int(r[0]) for r in _q(db, "SELECT level FROM skill_level_record WHERE staff_id = :s "
                                            "ORDER BY awarded_on, id", s=sid)]
        assert levels == sorted(levels, reverse=True)
    assert _q(db, "SELECT COUNT(*) FROM skill_level_record WHERE awarded_on > :t", t=TODAY.isoformat())[0][0] == 0

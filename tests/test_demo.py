"""The demo center: realistic proportions, valid personal data, A/B posts, determinism, speed."""

from __future__ import annotations

import re
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from govhr_desktop.demo import RARE_NAMES, DemoSummary, demo_exists, generate_demo
from govhr_desktop.domain.identity import parse_id_number, parse_mobile
from govhr_desktop.domain.vocab import (
    EDUCATION,
    EMPLOYMENT_TYPE,
    POLITICAL_STATUS,
    SKILL_LEVEL,
    TEMPORARY_TYPES,
)
from govhr_desktop.persistence.engine import Database
from govhr_desktop.persistence.migrate import prepare_database
from govhr_desktop.persistence.models import (
    Center,
    CenterLeader,
    ChiefRepresentative,
    HomeUnit,
    Staff,
    Window,
    Zone,
)

TODAY = date(2026, 11, 21)


def _fresh_db(folder: Path) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "d.sqlite3"
    db = Database(path)
    prepare_database(path, folder / "b", db.engine)
    return db


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = _fresh_db(tmp_path_factory.mktemp("demo"))
    start = time.perf_counter()
    summary = generate_demo(db, seed=2026, today=TODAY)
    elapsed = time.perf_counter() - start
    yield db, summary, elapsed
    db.dispose()


def _rows(db: Database, model) -> list:
    with db.session() as s:
        return list(s.scalars(select(model).order_by(model.id)))


def _staff_tuples(db: Database) -> list[tuple]:
    cols = [c for c in Staff.__table__.columns if c.name not in ("created_at", "updated_at")]
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(*cols).order_by(Staff.id))]


def test_runtime_and_summary(demo):
    db, summary, elapsed = demo
    assert elapsed < 2.0
    assert isinstance(summary, DemoSummary)
    assert summary.staff == 470 and summary.home_units == 35 and summary.zones == 6
    assert 2 <= len(summary.windows_without_b) <= 3


def test_center_and_leaders(demo):
    db, _, _ = demo
    assert demo_exists(db)
    (center,) = _rows(db, Center)
    assert center.id == 1 and center.is_demo
    assert center.name.endswith("县政务服务中心") and 1 <= len(center.short_name) <= 10
    assert len(center.postcode) == 6 and center.postcode.isdigit()
    leaders = _rows(db, CenterLeader)
    assert 4 <= len(leaders) <= 5
    titles = [l.title for l in leaders]
    assert any("主任" in t and "副" not in t for t in titles)
    assert 2 <= sum(t == "副主任" for t in titles) <= 3
    assert any(l.is_duty_leader for l in leaders)


def test_units_zones_windows(demo):
    db, _, _ = demo
    units = _rows(db, HomeUnit)
    assert 30 <= len(units) <= 40
    shorts = {u.short_name for u in units}
    assert {"市场监管局", "不动产登记中心", "人社局", "医保局", "公安局", "税务局"} <= shorts
    for u in units:
        assert u.full_name and u.contact_person and u.supervising_leader
        assert re.fullmatch(r"0\d{2,3}-\d{7,8}", u.contact_phone) or parse_mobile(u.contact_phone)
    zones = _rows(db, Zone)
    assert [z.name for z in zones] == [
        "综合受理区", "不动产登记区", "社保医保区", "公安服务区", "税务服务区", "企业开办专区"
    ]
    assert all(z.floor.endswith("F") for z in zones)
    windows = _rows(db, Window)
    assert 110 <= len(windows) <= 130
    assert Counter(w.window_type for w in windows).keys() == {
        "comprehensive", "department", "consult", "assist", "delivery"
    }
    for w in windows:
        assert w.number[0] == "ABCDEF"[w.zone_id - 1] and w.number[1:].isdigit()
        assert w.active_from is not None and w.active_from <= TODAY
        if w.window_type == "comprehensive":
            assert w.home_unit_id is None
        if w.window_type == "department":
            assert w.home_unit_id is not None


def test_staff_counts_and_proportions(demo):
    db, summary, _ = demo
    staff = _rows(db, Staff)
    active = [p for p in staff if p.status != "returned"]
    assert abs(len(active) - 470) <= 10
    assert abs(sum(p.gender == "F" for p in active) - 214) <= 10
    assert abs(sum(p.political_status in ("cpc", "cpc_probation") for p in active) - 150) <= 10
    assert any(p.political_status == "cpc_probation" for p in active)
    assert abs(sum(p.employment_type in TEMPORARY_TYPES for p in active) - 180) <= 10
    returned = [p for p in staff if p.status == "returned"]
    assert 5 <= len(returned) <= 15
    for p in returned:
        assert p.left_center_on is not None and p.window_id is None and p.post is None
        assert p.joined_center_on < p.left_center_on <= TODAY
    statuses = Counter(p.status for p in active)
    assert statuses["on_leave"] >= 3 and statuses["seconded"] >= 2
    assert statuses["on_duty"] > 0.9 * len(active)
    assert summary.women == sum(p.gender == "F" for p in active)


def test_staff_fields_are_valid(demo):
    db, _, _ = demo
    staff = _rows(db, Staff)
    for p in staff:
        rid = parse_id_number(p.id_number, today=TODAY)
        assert rid.gender == p.gender and rid.birth_date == p.birth_date
        assert 1966 <= p.birth_date.year <= 2003
        assert parse_mobile(p.mobile, required=True) == p.mobile
        assert p.political_status in POLITICAL_STATUS
        assert p.education in EDUCATION
        assert p.employment_type in EMPLOYMENT_TYPE
        assert p.skill_level is None or p.skill_level in SKILL_LEVEL
        assert 2 <= len(p.name) <= 4
        eighteen = p.birth_date.replace(year=p.birth_date.year + 18, day=min(p.birth_date.day, 28))
        assert eighteen <= p.joined_center_on <= TODAY
        assert p.joined_center_on >= TODAY - timedelta(days=8 * 366)
    assert len({p.id_number for p in staff}) == len(staff)
    assert len({p.mobile for p in staff}) == len(staff)
    assert sum(p.skill_level is not None for p in staff) > 50


def test_posts(demo):
    db, summary, _ = demo
    windows = {w.id: w for w in _rows(db, Window)}
    staff = [p for p in _rows(db, Staff) if p.status != "returned"]
    posts: dict[int, Counter] = {wid: Counter() for wid, w in windows.items() if w.active_to is None}
    for p in staff:
        assert (p.window_id is None) == (p.post is None)  # at most one post per person
        if p.window_id is None:
            continue
        posts[p.window_id][p.post] += 1
        w = windows[p.window_id]
        if w.home_unit_id is not None:
            assert p.home_unit_id == w.home_unit_id, (w.number, p.name)
        assert p.status != "seconded"
    assert all(c["A"] == 1 for c in posts.values())
    assert all(c["B"] <= 3 for c in posts.values())
    no_b = sorted(windows[wid].number for wid, c in posts.items() if c["B"] == 0)
    assert 2 <= len(no_b) <= 3 and tuple(no_b) == tuple(sorted(summary.windows_without_b))


def test_department_windows_staffed_by_owner_comprehensive_by_pool(demo):
    db, _, _ = demo
    units = {u.id: u.short_name for u in _rows(db, HomeUnit)}
    windows = {w.id: w for w in _rows(db, Window)}
    for p in _rows(db, Staff):
        if p.window_id and windows[p.window_id].window_type == "comprehensive":
            assert units[p.home_unit_id] in ("行政审批服务局", "数据资源局")


def test_chief_representatives(demo):
    db, _, _ = demo
    staff = {p.id: p for p in _rows(db, Staff)}
    per_unit = Counter(p.home_unit_id for p in staff.values() if p.status != "returned")
    chiefs = _rows(db, ChiefRepresentative)
    current = [c for c in chiefs if c.end_on is None]
    assert sorted(c.home_unit_id for c in current) == sorted(u for u, n in per_unit.items() if n >= 2)
    for c in current:
        person = staff[c.staff_id]
        assert person.home_unit_id == c.home_unit_id and person.status != "returned"
        assert person.joined_center_on < c.start_on <= TODAY


def test_rare_names_round_trip(demo):
    db, _, _ = demo
    with db.engine.connect() as conn:
        names = set(conn.scalars(select(Staff.name)))
        ext_a = conn.scalar(select(Staff.name).where(Staff.name == "赵㛃"))
    for name, _gender in RARE_NAMES:
        assert name in names
    assert ext_a == "赵㛃" and "\u36c3" in ext_a
    assert any(any(0x3400 <= ord(ch) <= 0x4DBF for ch in n) for n in names)


def test_deterministic(tmp_path, demo):
    db, summary, _ = demo
    other = _fresh_db(tmp_path / "again")
    try:
        assert generate_demo(other, seed=2026, today=TODAY) == summary
        assert _staff_tuples(other) == _staff_tuples(db)
    finally:
        other.dispose()
    third = _fresh_db(tmp_path / "other-seed")
    try:
        generate_demo(third, seed=7, today=TODAY)
        assert _staff_tuples(third) != _staff_tuples(db)
    finally:
        third.dispose()


def test_refuses_non_empty_database_and_small_counts(tmp_path, demo):
    db, _, _ = demo
    with pytest.raises(ValueError):
        generate_demo(db, seed=1, today=TODAY)
    fresh = _fresh_db(tmp_path / "small")
    try:
        assert not demo_exists(fresh)
        with pytest.raises(ValueError):
            generate_demo(fresh, staff_count=5, today=TODAY)
        assert not demo_exists(fresh)
    finally:
        fresh.dispose()


@pytest.mark.parametrize("count", [60, 150])
def test_smaller_center_still_consistent(tmp_path, count):
    db = _fresh_db(tmp_path)
    try:
        summary = generate_demo(db, seed=3, staff_count=count, today=TODAY)
        staff = [p for p in _rows(db, Staff) if p.status != "returned"]
        assert len(staff) == count == summary.staff
        windows = [w for w in _rows(db, Window) if w.active_to is None]
        assert len(windows) == summary.open_windows
        a_holders = Counter(p.window_id for p in staff if p.post == "A")
        assert all(a_holders[w.id] == 1 for w in windows)
        assert abs(summary.temporary_hires - count * 180 / 470) <= 1
        for p in staff:
            parse_id_number(p.id_number, today=TODAY)
    finally:
        db.dispose()


def test_demo_rows_pass_the_apps_own_validation(demo):
    from govhr_desktop.domain import records as r

    db, _, _ = demo
    (c,) = _rows(db, Center)
    r.validate_center(r.CenterInput(c.name, c.short_name, c.address, c.phone, c.postcode))
    for le in _rows(db, CenterLeader):
        r.validate_leader(r.LeaderInput(le.name, le.title, le.phone, le.is_duty_leader))
    for u in _rows(db, HomeUnit):
        r.validate_home_unit(r.HomeUnitInput(
            u.full_name, u.short_name, u.contact_person, u.contact_phone, u.supervising_leader))
    for z in _rows(db, Zone):
        r.validate_zone(r.ZoneInput(z.name, z.floor, z.description))
    for w in _rows(db, Window):
        r.validate_window(r.WindowInput(w.number, w.name, w.zone_id, w.window_type,
                                        w.home_unit_id, w.active_from, w.active_to, w.remarks))
    for p in _rows(db, Staff):
        v = r.validate_staff(r.StaffInput(
            p.name, p.id_number, p.home_unit_id, p.employment_type, p.mobile, p.political_status,
            p.education, p.joined_center_on, p.window_id, p.post, p.skill_level, p.status,
            p.remarks), today=TODAY)
        assert (v.name, v.gender, v.birth_date) == (p.name, p.gender, p.birth_date)


def test_home_page_figures(demo):
    from govhr_desktop.services.base import ServiceContext
    from govhr_desktop.services.dashboard import DashboardService

    db, summary, _ = demo
    kf = DashboardService(ServiceContext(db)).key_figures(TODAY)
    assert (kf.staff, kf.women, kf.party_members, kf.temporary_hires) == (
        summary.staff, summary.women, summary.party_members, summary.temporary_hires)
    assert kf.windows == summary.open_windows and kf.windows_without_a == ()
    assert kf.windows_without_b == summary.windows_without_b

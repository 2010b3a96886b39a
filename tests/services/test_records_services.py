from datetime import date

import pytest
from sqlalchemy import func, select

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.identity import id_check_char
from govhr_desktop.domain.records import CenterInput, HomeUnitInput, LeaderInput, StaffInput, WindowInput, ZoneInput
from govhr_desktop.persistence.models import ChiefRepresentative, Staff
from govhr_desktop.services.dashboard import DashboardService
from govhr_desktop.services.center import CenterService
from govhr_desktop.services.organisation import HomeUnitService, ZoneService
from govhr_desktop.services.staff import StaffService
from govhr_desktop.services.windows import WindowService


def new_id(seq: int, birth: str = "19900307") -> str:
    first = f"340524{birth}{seq:03d}"
    return first + id_check_char(first)


@pytest.fixture
def org(ctx):
    units, zones, windows = HomeUnitService(ctx), ZoneService(ctx), WindowService(ctx)
    u1 = units.save(HomeUnitInput("青山县市场监督管理局", "市场监管局", "王伟", "0564-1234567", "周副县长"))
    u2 = units.save(HomeUnitInput("青山县人力资源和社会保障局", "人社局"))
    z = zones.save(ZoneInput("综合受理区", "1F"))
    w1 = windows.save(WindowInput("a01", "企业开办", z, "department", u1))
    w2 = windows.save(WindowInput("A02", "综合受理", z, "comprehensive"))
    return dict(ctx=ctx, u1=u1, u2=u2, z=z, w1=w1, w2=w2)


def person(org, seq, **kw) -> StaffInput:
    base = dict(name=f"人员{seq}", id_number=new_id(seq), home_unit_id=org["u1"], employment_type="contract",
                joined_center_on=date(2024, 3, 1))
    base.update(kw)
    return StaffInput(**base)


def test_center_settings_round_trip(ctx):
    svc = CenterService(ctx)
    assert not svc.is_configured()
    svc.save(CenterInput(" 青山县政务服务中心 ", "青政服", "人民路1号", "0564-1234567", "237500"))
    c = svc.get()
    assert (c.name, c.short_name, c.postcode) == ("青山县政务服务中心", "青政服", "237500")
    lid = svc.save_leader(LeaderInput("陈建国", "主任"))
    svc.save_leader(LeaderInput("刘芳", "副主任", is_duty_leader=False))
    assert [(x.name, x.is_duty_leader) for x in svc.leaders()] == [("陈建国", True), ("刘芳", False)]
    svc.delete_leader(lid)
    assert [x.name for x in svc.leaders()] == ["刘芳"]


def test_staff_add_edit_and_views(org):
    svc = StaffService(org["ctx"])
    sid = svc.save(person(org, 1, name="王㛃", window_id=org["w1"], post="A", mobile="+86 138-1234-5678"))
    v = svc.get(sid)
    assert (v.name, v.gender, v.birth_date, v.window_number, v.post, v.mobile) == (
        "王㛃", "F" if int(v.id_number[16]) % 2 == 0 else "M", date(1990, 3, 7), "A01", "A", "13812345678")
    svc.save(v.to_input().__class__(**{**v.to_input().__dict__, "name": "王㛃玥"}), sid)
    assert svc.get(sid).name == "王㛃玥"
    assert [s.name for s in svc.at_window(org["w1"])] == ["王㛃玥"]
    w = WindowService(org["ctx"]).get(org["w1"])
    assert (w.a_staff, w.b_staff, w.uncovered) == ("王㛃玥", "", True)


def test_duplicate_id_number_is_refused(org):
    svc = StaffService(org["ctx"])
    svc.save(person(org, 1, name="张三"))
    with pytest.raises(ValidationError) as e:
        svc.save(person(org, 1, name="李四"))
    assert [(x.field, x.code, x.params) for x in e.value.errors] == [
        ("id_number", "staff.duplicate_id", {"name": "张三"})]


def test_second_a_post_at_a_window_is_refused(org):
    svc = StaffService(org["ctx"])
    svc.save(person(org, 1, name="张三", window_id=org["w1"], post="A"))
    with pytest.raises(ValidationError) as e:
        svc.save(person(org, 3, name="李四", window_id=org["w1"], post="A"))
    assert e.value.errors[0].code == "staff.window_a_taken"
    assert e.value.errors[0].params == {"window": "A01", "name": "张三"}
    svc.save(person(org, 3, name="李四", window_id=org["w1"], post="B"))


def test_import_many_is_all_or_nothing(org):
    svc = StaffService(org["ctx"])
    svc.save(person(org, 9, name="已在册"))
    rows = [person(org, 1), person(org, 3), person(org, 9, name="重复")]
    with pytest.raises(ValidationError):
        svc.import_many(rows)
    assert [s.name for s in svc.list()] == ["已在册"]
    assert svc.import_many(rows[:2]) == 2
    assert len(svc.list()) == 3


def test_deactivate_frees_window_and_ends_chief_representative(org):
    ctx = org["ctx"]
    svc, units = StaffService(ctx), HomeUnitService(ctx)
    sid = svc.save(person(org, 1, window_id=org["w1"], post="A"))
    unit = units.get(org["u1"])
    units.save(HomeUnitInput(unit.full_name, unit.short_name, chief_representative_id=sid), org["u1"], today=date(2026, 1, 5))
    assert units.get(org["u1"]).chief_representative_name == "人员1"
    svc.deactivate(sid, date(2026, 6, 30))
    v = svc.get(sid)
    assert (v.status, v.window_id, v.post, v.left_center_on) == ("returned", None, None, date(2026, 6, 30))
    assert units.get(org["u1"]).chief_representative_id is None
    with ctx.read() as s:
        appts = s.scalars(select(ChiefRepresentative)).all()
    assert [(a.start_on, a.end_on) for a in appts] == [(date(2026, 1, 5), date(2026, 6, 30))]
    with pytest.raises(DomainError) as e:
        svc.deactivate(sid)
    assert e.value.code == "staff.already_returned"


def test_chief_representative_must_belong_to_the_unit(org):
    svc, units = StaffService(org["ctx"]), HomeUnitService(org["ctx"])
    other = svc.save(person(org, 1, home_unit_id=org["u2"]))
    unit = units.get(org["u1"])
    with pytest.raises(ValidationError) as e:
        units.save(HomeUnitInput(unit.full_name, unit.short_name, chief_representative_id=other), org["u1"])
    assert e.value.errors[0].code == "home_unit.chief_not_member"


def test_window_number_unique_and_delete_rules(org):
    windows = WindowService(org["ctx"])
    with pytest.raises(ValidationError) as e:
        windows.save(WindowInput("A-01", "重复", org["z"], "department", org["u1"]))
    assert [(x.field, x.code, x.params) for x in e.value.errors] == [
        ("number", "window.duplicate_number", {"value": "A01"})]
    StaffService(org["ctx"]).save(person(org, 1, window_id=org["w1"], post="B"))
    with pytest.raises(DomainError) as e:
        windows.delete(org["w1"])
    assert e.value.code == "window.has_staff"
    windows.delete(org["w2"])
    assert [w.number for w in windows.list()] == ["A01"]


def test_home_unit_and_zone_guards(org):
    ctx = org["ctx"]
    units, zones = HomeUnitService(ctx), ZoneService(ctx)
    with pytest.raises(ValidationError) as e:
        units.save(HomeUnitInput("青山县市场监督管理局", "另一个"))
    assert e.value.errors[0].code == "home_unit.duplicate"
    StaffService(ctx).save(person(org, 1))
    with pytest.raises(DomainError) as e:
        units.set_active(org["u1"], False)
    assert e.value.code == "home_unit.has_staff"
    with pytest.raises(DomainError) as e:
        units.delete(org["u1"])
    assert e.value.code == "home_unit.in_use"
    units.set_active(org["u2"], False)
    assert [u.short_name for u in units.list(include_inactive=False)] == ["市场监管局"]
    with pytest.raises(DomainError) as e:
        zones.delete(org["z"])
    assert e.value.code == "zone.has_windows"
    with pytest.raises(ValidationError):
        zones.save(ZoneInput("综合受理区"))


def test_failed_save_changes_nothing(org):
    ctx = org["ctx"]
    svc = StaffService(ctx)
    with pytest.raises(ValidationError):
        svc.save(person(org, 1, home_unit_id=9999))
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Staff)) == 0


def test_dashboard_on_demo(demo_ctx):
    f = DashboardService(demo_ctx).key_figures()
    assert f.staff == 470 and f.women == 214 and f.party_members == 150 and f.temporary_hires == 180
    assert f.zones == 6 and 30 <= f.home_units <= 40
    assert f.windows_without_a == ()
    assert len(f.windows_without_b) >= 2
    assert sum(n for _e, n in f.staff_by_employment) == f.staff

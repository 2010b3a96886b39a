"""The month roster service (issue 8): generation on the demo center, locked cells, hand edits and
swaps checked against the hard rules, publication and reasons, 调休, the home page's duty panel."""

from __future__ import annotations

from collections import Counter
from datetime import date, time

import pytest
from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.security import Actor
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.duty_posts import DutyPostService
from govhr_desktop.services.leave import LeaveService
from govhr_desktop.services.rosters import RosterService, earned_days

YEAR, MONTH = 2026, 10  # 国庆: 1–7 holidays, 10 October a make-up working day


def _posts(ctx) -> dict[str, int]:
    svc = DutyPostService(ctx)
    for p in svc.posts(include_inactive=True):  # the demo's own posts make way for these
        svc.set_active(p.id, False)
    with ctx.connect() as c:
        comp = [w for w, in c.execute(text("SELECT id FROM service_window WHERE window_type='comprehensive'"))]
        zones = [z for z, in c.execute(text("SELECT id FROM zone ORDER BY id"))]
    common = dict(comprehensive_staff=True, active=True, note="", season_times={})
    ids = {}
    for i, z in enumerate(zones[:3]):
        ids[f"lunch{i}"] = svc.save_post(None, name=f"测试午间{i}", duty_type="lunch", people_needed=2,
                                         runs_on=["workday"], start=time(12), end=time(13, 30), window_ids=[],
                                         zone_id=z, sort_order=i, **common)
    ids["weekend"] = svc.save_post(None, name="测试周末", duty_type="weekend", people_needed=3,
                                   runs_on=["saturday"], start=time(9), end=time(12), window_ids=comp,
                                   zone_id=None, sort_order=10, **common)
    ids["holiday"] = svc.save_post(None, name="测试节假日", duty_type="holiday", people_needed=2,
                                   runs_on=["holiday"], start=time(9), end=time(17), window_ids=comp,
                                   zone_id=None, sort_order=11, **common)
    return ids


@pytest.fixture
def roster(demo_ctx):
    with demo_ctx.transaction() as s:  # the demo's own roster of the month makes way
        s.execute(text("DELETE FROM roster_cell WHERE roster_id IN "
                       "(SELECT id FROM roster_month WHERE year = :y AND month = :m)"), {"y": YEAR, "m": MONTH})
        s.execute(text("DELETE FROM roster_change WHERE roster_id IN "
                       "(SELECT id FROM roster_month WHERE year = :y AND month = :m)"), {"y": YEAR, "m": MONTH})
        s.execute(text("DELETE FROM roster_month WHERE year = :y AND month = :m"), {"y": YEAR, "m": MONTH})
    ids = _posts(demo_ctx)
    return RosterService(demo_ctx), ids


def test_generate_fills_the_month_without_violations_and_fairly(roster):
    svc, ids = roster
    out = svc.generate(YEAR, MONTH)
    view = svc.month(YEAR, MONTH)
    assert view.status == "draft" and out.slots == view.slots_total
    assert out.filled == len(view.cells) == view.slots_total  # the demo center has people enough
    assert view.violations == () and out.violations == 0
    assert max(out.spread.values()) <= 1
    # one person, one place a day; nobody on leave
    per_day = Counter((c.staff_id, c.day) for c in view.cells)
    assert max(per_day.values()) == 1
    leave = {p.staff_id: p.leave for p in view.people}
    assert not [c for c in view.cells if c.day in leave.get(c.staff_id, {})]
    # holiday cells only on the National Day holidays, weekend cells only on Saturdays not in them
    days = {d.day: d for d in view.days}
    assert {c.day for c in view.cells if c.post_id == ids["holiday"]} == {date(2026, 10, d) for d in range(1, 8)}
    assert all(days[c.day].kind == "weekend" and c.day.weekday() == 5
               for c in view.cells if c.post_id == ids["weekend"])
    assert date(2026, 10, 10) not in {c.day for c in view.cells if c.post_id == ids["weekend"]}  # 调休上班


def test_locked_cells_survive_regeneration(roster):
    svc, ids = roster
    svc.generate(YEAR, MONTH)
    view = svc.month(YEAR, MONTH)
    cell = next(c for c in view.cells if c.post_id == ids["lunch0"])
    other = next(c for c in svc.candidates(YEAR, MONTH, cell.post_id, cell.day, cell.seat)
                 if c.ok and c.staff_id != cell.staff_id)
    svc.set_cell(YEAR, MONTH, cell.post_id, cell.day, cell.seat, other.staff_id)
    for _ in range(2):
        svc.generate(YEAR, MONTH)
        again = svc.month(YEAR, MONTH).cell(cell.post_id, cell.day, cell.seat)
        assert again.staff_id == other.staff_id and again.locked
    svc.set_locked(YEAR, MONTH, [(cell.post_id, cell.day, cell.seat)], False)
    assert not svc.month(YEAR, MONTH).cell(cell.post_id, cell.day, cell.seat).locked
    kinds = [c.kind for c in svc.changes(YEAR, MONTH)]
    assert kinds[:4] == ["unlock", "generate", "generate", "set"]


def _leave(ctx, staff_id: int, day: date) -> None:
    lv = LeaveService(ctx)
    lid = lv.file(staff_id, "personal", day, "am", day, "pm", "家中有事")
    lv.unit_sign(lid, "王科长", day)


def test_hand_edit_over_leave_is_refused_and_nothing_changes(roster, demo_ctx):
    svc, ids = roster
    svc.generate(YEAR, MONTH)
    view = svc.month(YEAR, MONTH)
    a = next(c for c in view.cells if c.post_id == ids["lunch0"] and c.day == date(2026, 10, 12))
    day = date(2026, 10, 13)
    b = next(c for c in view.cells if c.post_id == ids["lunch0"] and c.day == day)
    _leave(demo_ctx, a.staff_id, day)
    with pytest.raises(ValidationError) as e:
        svc.set_cell(YEAR, MONTH, b.post_id, b.day, b.seat, a.staff_id)
    assert [x.code for x in e.value.errors] == ["roster.rule.on_leave"]
    assert svc.month(YEAR, MONTH).cell(b.post_id, b.day, b.seat).staff_id == b.staff_id
    cand = {c.staff_id: c for c in svc.candidates(YEAR, MONTH, b.post_id, b.day, b.seat)}
    assert not cand[a.staff_id].ok and cand[a.staff_id].code == "on_leave"


def test_double_booking_and_weekly_limit_are_refused(roster):
    svc, ids = roster
    svc.generate(YEAR, MONTH)
    view = svc.month(YEAR, MONTH)
    day = date(2026, 10, 14)
    a = next(c for c in view.cells if c.post_id == ids["lunch0"] and c.day == day)
    b = next(c for c in view.cells if c.post_id == ids["lunch1"] and c.day == day)
    with pytest.raises(ValidationError) as e:  # a lunch duty in two zones at once
        svc.set_cell(YEAR, MONTH, b.post_id, b.day, b.seat, a.staff_id)
    codes = {x.code for x in e.value.errors}
    assert "roster.rule.double_booked" in codes
    # three lunch duties in one week for one person: the third is refused (limit 2)
    p = a.staff_id
    week = [date(2026, 10, 12), date(2026, 10, 13), date(2026, 10, 15)]
    done = 0
    refused = None
    for d in week:
        c = next(x for x in svc.month(YEAR, MONTH).cells if x.post_id == ids["lunch0"] and x.day == d and x.seat == 0)
        if c.staff_id == p:
            done += 1
            continue
        try:
            svc.set_cell(YEAR, MONTH, c.post_id, c.day, c.seat, p)
            done += 1
        except ValidationError as err:
            refused = err
            break
    assert refused is not None and "roster.rule.weekly_limit" in {x.code for x in refused.errors}
    in_week = [c for c in svc.month(YEAR, MONTH).cells
               if c.staff_id == p and date(2026, 10, 12) <= c.day <= date(2026, 10, 18)]
    assert done >= 1 and len(in_week) == 2  # the limit, no more


def test_swap_needs_a_reason_checks_rules_and_locks(roster):
    svc, ids = roster
    svc.generate(YEAR, MONTH)
    view = svc.month(YEAR, MONTH)
    a = next(c for c in view.cells if c.post_id == ids["lunch0"] and c.day == date(2026, 10, 20))
    b = next(c for c in view.cells if c.post_id == ids["lunch0"] and c.day == date(2026, 10, 27))
    with pytest.raises(DomainError) as e:
        svc.swap(YEAR, MONTH, (a.post_id, a.day, a.seat), (b.post_id, b.day, b.seat), "  ")
    assert e.value.code == "roster.reason_required"
    svc.swap(YEAR, MONTH, (a.post_id, a.day, a.seat), (b.post_id, b.day, b.seat), "本人申请调换")
    after = svc.month(YEAR, MONTH)
    a2, b2 = after.cell(a.post_id, a.day, a.seat), after.cell(b.post_id, b.day, b.seat)
    assert (a2.staff_id, b2.staff_id) == (b.staff_id, a.staff_id) and a2.locked and b2.locked
    change = svc.changes(YEAR, MONTH)[0]
    assert change.kind == "swap" and change.reason == "本人申请调换"
    # a swap onto a day the other one already works is refused, nothing changes
    c = next(x for x in after.cells if x.post_id == ids["lunch1"] and x.day == a.day)
    with pytest.raises(ValidationError):
        svc.swap(YEAR, MONTH, (c.post_id, c.day, c.seat), a2.staff_id, "替班")
    assert svc.month(YEAR, MONTH).cell(c.post_id, c.day, c.seat).staff_id == c.staff_id


def test_publish_then_changes_need_a_reason_and_are_logged(roster):
    svc, ids = roster
    with pytest.raises(DomainError) as e:
        svc.publish(YEAR, MONTH)
    assert e.value.code == "roster.not_made"
    svc.generate(YEAR, MONTH)
    assert svc.publish(YEAR, MONTH) == 1
    view = svc.month(YEAR, MONTH)
    assert view.status == "published" and view.revision == 1
    with pytest.raises(DomainError) as e:
        svc.generate(YEAR, MONTH)
    assert e.value.code == "roster.published_regenerate"
    cell = view.cells[0]
    with pytest.raises(DomainError) as e:
        svc.clear_cell(YEAR, MONTH, cell.post_id, cell.day, cell.seat)
    assert e.value.code == "roster.reason_required"
    assert svc.month(YEAR, MONTH).cell(cell.post_id, cell.day, cell.seat) is not None
    svc.clear_cell(YEAR, MONTH, cell.post_id, cell.day, cell.seat, "临时借调")
    log = svc.changes(YEAR, MONTH)[0]
    assert log.kind == "clear" and log.after_publish and log.reason == "临时借调"
    assert svc.publish(YEAR, MONTH) == 2


def test_permissions(demo_ctx, roster):
    svc, _ids = roster
    auditor = RosterService(ServiceContext(demo_ctx.db, Actor.for_role("a", "auditor")))
    with pytest.raises(DomainError, match="permission.denied"):
        auditor.generate(YEAR, MONTH)
    leader = RosterService(ServiceContext(demo_ctx.db, Actor.for_role("l", "leader")))
    with pytest.raises(DomainError, match="permission.denied"):
        leader.publish(YEAR, MONTH)
    assert svc.month(YEAR, MONTH).status == "none"


def test_time_off_earned_by_rest_day_duty_and_spent_by_leave(roster, demo_ctx):
    svc, ids = roster
    assert earned_days(time(9), time(12)) == 0.5 and earned_days(time(9), time(17)) == 1.0
    assert earned_days(None, None) == 1.0
    before = {r.staff_id: r.earned for r in svc.time_off(YEAR, as_of=date(2026, 10, 31))}  # the demo's months
    svc.generate(YEAR, MONTH)
    svc.publish(YEAR, MONTH)
    rows = {r.staff_id: r for r in svc.time_off(YEAR, as_of=date(2026, 10, 31))}
    view = svc.month(YEAR, MONTH)
    holiday = next(c for c in view.cells if c.post_id == ids["holiday"])
    sat = [c for c in view.cells if c.post_id == ids["weekend"]]
    expected = Counter(before)
    for c in view.cells:
        if c.post_id == ids["holiday"]:
            expected[c.staff_id] += 1.0
        elif c.post_id == ids["weekend"]:
            expected[c.staff_id] += 0.5
    assert sat and {k: v.earned for k, v in rows.items() if v.earned} == {k: v for k, v in expected.items() if v}
    # 调休 leave uses the balance; more than the balance is refused
    pid = holiday.staff_id
    balance = rows[pid].balance
    lv = LeaveService(demo_ctx)
    with pytest.raises(DomainError) as e:
        lv.file(pid, "time_off", date(2026, 11, 2), "am", date(2026, 11, 6), "pm")
    assert e.value.code == "leave.time_off_balance" or balance >= 5
    lv.file(pid, "time_off", date(2026, 11, 2), "am", date(2026, 11, 2), "am" if balance < 1 else "pm")
    assert svc.time_off_balance(pid, 2026) == pytest.approx(balance - (0.5 if balance < 1 else 1.0))


def test_today_panel(roster):
    svc, ids = roster
    svc.generate(YEAR, MONTH)
    t = svc.today(date(2026, 10, 1))
    assert t.roster_status == "draft" and not t.published and t.unfilled_this_month == 0
    assert [d[0] for d in t.duties] == ["测试节假日"] and t.duties[0][1] == "09:00–17:00"
    assert len(t.duties[0][2].split("、")) == 2


def test_print_and_export(roster, tmp_path):
    svc, _ids = roster
    with pytest.raises(DomainError) as e:
        svc.roster_pdf(YEAR, MONTH)
    assert e.value.code == "roster.not_made"
    svc.generate(YEAR, MONTH)
    pdf = svc.roster_pdf(YEAR, MONTH)
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(pdf))
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)
    words = "".join(p.extract_text() for p in reader.pages)
    assert "2026年10月" in words and "带班领导" in words and "草稿" in words
    out = tmp_path / "roster.xlsx"
    svc.export_xlsx(YEAR, MONTH, out)
    from openpyxl import load_workbook

    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["值班表", "按人员"]
    names = {c.name for c in svc.month(YEAR, MONTH).cells}
    text_cells = {str(c.value) for row in wb["按人员"].iter_rows() for c in row if c.value}
    assert names <= text_cells


def test_clearing_several_cells_is_all_or_nothing(roster):
    svc, ids = roster
    svc.generate(YEAR, MONTH)
    cells = [c for c in svc.month(YEAR, MONTH).cells if c.post_id == ids["lunch0"]][:2]
    keys = [(c.post_id, c.day, c.seat) for c in cells]
    svc.clear_cell(YEAR, MONTH, *keys[1])
    with pytest.raises(DomainError) as e:  # the second is empty already: the first stays
        svc.clear_cells(YEAR, MONTH, keys)
    assert e.value.code == "roster.cell_empty"
    assert svc.month(YEAR, MONTH).cell(*keys[0]) is not None
    assert svc.clear_cells(YEAR, MONTH, keys[:1]) == 1
    assert svc.month(YEAR, MONTH).cell(*keys[0]) is None


def test_a_post_made_inactive_keeps_its_cells_in_the_roster(roster, demo_ctx, tmp_path):
    """A post stopped after the roster was made: its cells still show, on screen, on paper and on
    the home page, marked 已停用; it is no longer a vacancy nor a rule problem."""
    svc, ids = roster
    svc.generate(YEAR, MONTH)
    svc.publish(YEAR, MONTH)
    before = svc.month(YEAR, MONTH)
    holiday = [c for c in before.cells if c.post_id == ids["holiday"]]
    assert holiday and not before.unfilled
    DutyPostService(demo_ctx).set_active(ids["holiday"], False)
    after = svc.month(YEAR, MONTH)
    post = after.post(ids["holiday"])
    assert post is not None and not post.active and post.name == "测试节假日（已停用）"
    assert [c for c in after.cells if c.post_id == ids["holiday"]] == holiday  # no problems added
    assert not after.unfilled and not after.violations
    t = svc.today(date(2026, 10, 1))
    assert [d[0] for d in t.duties] == ["测试节假日（已停用）"] and t.unfilled_this_month == 0
    from io import BytesIO

    from pypdf import PdfReader

    words = "".join(p.extract_text() for p in PdfReader(BytesIO(svc.roster_pdf(YEAR, MONTH))).pages)
    assert "已停用" in words

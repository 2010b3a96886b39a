"""EvaluationService: a hand-computed month, caps, recompute vs submitted, adjustments, states,
permissions, the published freeze, records behind a figure, honours, the 优秀 quota."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.models import BadRatingCase, Rating, RegisterEntry
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.evaluation import EvaluationService
from govhr_desktop.services.evaluation_views import month_bounds
from govhr_desktop.services.honours import HonoursService

MONTH = "2026-10"


def three_people(ctx):
    with ctx.connect() as c:
        rows = c.execute(text(
            "SELECT s.id, s.window_id FROM staff s WHERE s.window_id IS NOT NULL AND s.left_center_on IS NULL "
            "AND s.joined_center_on < '2026-06-01' ORDER BY s.id LIMIT 3")).all()
    return [tuple(r) for r in rows]


def entry(sid, code, day, qty=1, verification="verified"):
    return RegisterEntry(staff_id=sid, item_code=code, occurred_on=day, quantity=qty, verification=verification,
                         content=f"{code} {day}")


_keys = iter(range(10**6))


def rating(sid, wid, level, day=9, excluded=False):
    return Rating(rating_key=f"K{next(_keys)}", staff_id=sid, window_id=wid, level=level, excluded=excluded,
                  rated_at=datetime(2026, 10, day, 10, 0), comment=f"level {level}")


def case(r, finding):
    return BadRatingCase(rating_id=r.id, opened_on=date(2026, 10, 10), verify_due=date(2026, 10, 12),
                         rectify_due=date(2026, 10, 30), finding=finding,
                         status="verified" if finding else "open")


@pytest.fixture
def month(demo_ctx):
    """A: discipline 9, service 24 → capped 20, bonus 6 → capped 5, one verified 差评 (−2):
    100 − 9 − 20 − 2 + 5 = 74 (一般), 好评率 7/10. B: nothing → 100. C: a praise letter → 101."""
    (a, wa), (b, _wb), (c, _wc) = three_people(demo_ctx)
    with demo_ctx.transaction() as s:
        s.add_all([
            entry(a, "late_early", date(2026, 10, 5)), entry(a, "late_early", date(2026, 10, 6)),
            entry(a, "late_early", date(2026, 10, 7)), entry(a, "off_post", date(2026, 10, 8), 2),
            entry(a, "argue", date(2026, 10, 9), 8),
            entry(a, "banner", date(2026, 10, 12), 2), entry(a, "media_praise", date(2026, 10, 13)),
            entry(a, "no_badge", date(2026, 10, 14), verification="pending"),  # not verified: no deduction
            entry(a, "no_badge", date(2026, 9, 30)),  # another month
            entry(c, "praise_letter", date(2026, 10, 20)),
        ])
        good = [rating(a, wa, 5) for _ in range(6)] + [rating(a, wa, 3)]
        fault, other, nocase = rating(a, wa, 1, 15), rating(a, wa, 2, 16), rating(a, wa, 1, 17)
        excl = rating(a, wa, 1, 18, excluded=True)
        early = rating(a, wa, 1, 18)
        early.rated_at = datetime(2026, 9, 30, 17, 0)  # September: not in the month
        s.add_all(good + [fault, other, nocase, excl, early])
        s.flush()
        s.add_all([case(fault, "staff_fault"), case(other, "not_staff_fault"), case(excl, "staff_fault"),
                   case(early, "staff_fault")])
    return {"a": a, "b": b, "c": c, "wa": wa, "fault": fault.id, "excl": excl.id}


def as_role(ctx, role):
    return EvaluationService(ServiceContext(ctx.db, Actor.for_role(role, role)))


def test_month_bounds():
    assert month_bounds("2026-02") == (date(2026, 2, 1), date(2026, 2, 28), date(2026, 3, 1))
    assert month_bounds("2026-12")[2] == date(2027, 1, 1)
    for bad in ("2026-13", "2026-1", "", "abc"):
        with pytest.raises(DomainError) as e:
            month_bounds(bad)
        assert e.value.code == "evaluation.bad_month"


def test_hand_computed_month(demo_ctx, month):
    svc = EvaluationService(demo_ctx)
    res = svc.evaluate_month(MONTH)
    with demo_ctx.connect() as c:
        present = c.execute(text("SELECT count(*) FROM staff WHERE joined_center_on <= '2026-10-31' AND "
                                 "(left_center_on IS NULL OR left_center_on >= '2026-10-01')")).scalar()
        audits = c.execute(text("SELECT count(*) FROM audit_entry WHERE action = 'evaluation.compute'")).scalar()
    assert (res.people, res.computed, res.kept) == (present, present, 0) and audits == 1

    fa = svc.form(month["a"], MONTH)
    bd = fa.breakdown
    cats = {c["code"]: c for c in bd["categories"]}
    assert (cats["discipline"]["raw"], cats["discipline"]["capped"]) == (9, 9)
    assert (cats["service"]["raw"], cats["service"]["capped"]) == (24, 20)  # the cap is visible
    assert (cats["rating"]["raw"], cats["rating"]["capped"]) == (2, 2)
    assert [i["code"] for i in cats["rating"]["items"]] == ["bad_rating"]
    assert (bd["bonus"]["raw"], bd["bonus"]["capped"]) == (6, 5)
    assert fa.total == fa.automatic_total == 74 and fa.grade == "一般" and fa.state == "draft"
    assert fa.good_rate == pytest.approx(0.7)
    assert bd["ratings"] == {"total": 10, "good": 7, "bad_verified": 1, "excluded": 1}
    assert bd["sources"]["register"] == {"late_early": 3, "off_post": 2, "argue": 8, "banner": 2, "media_praise": 1}
    assert bd["star_eligible"] is False and fa.template_id == res.template_id

    fb, fc = svc.form(month["b"], MONTH), svc.form(month["c"], MONTH)
    assert (fb.total, fb.grade, fb.good_rate) == (100, "好", None)
    assert (fc.total, fc.grade) == (101, "好") and fc.breakdown["star_eligible"]

    ranking = svc.month_ranking(MONTH)
    assert ranking[0].staff_id == month["c"] and ranking[0].rank == 1
    assert ranking[1].rank == 2 and ranking[2].rank == 2  # the 100s share a rank
    assert ranking[-1].total <= 74


def test_records_behind(demo_ctx, month):
    svc = EvaluationService(demo_ctx)
    svc.evaluate_month(MONTH)
    fid = svc.form(month["a"], MONTH).id
    disc = svc.records_behind(fid, "discipline")
    assert sorted((r.item_code, r.quantity) for r in disc) == [("late_early", 1)] * 3 + [("off_post", 2)]
    assert {r.kind for r in disc} == {"register"}
    rat = svc.records_behind(fid, "rating")
    assert [(r.kind, r.id, r.finding) for r in rat] == [("rating", month["fault"], "staff_fault")]
    assert [r.item_code for r in svc.records_behind(fid, "bonus")] == ["banner", "media_praise"]
    allr = svc.records_behind(fid, "good_rate")
    assert len(allr) == 11 and [r.id for r in allr if r.excluded] == [month["excl"]]
    assert svc.records_behind(fid, "learning") == []
    with pytest.raises(DomainError) as e:
        svc.records_behind(fid, "nonsense")
    assert e.value.code == "evaluation.unknown_category"


def test_recompute_drafts_keep_submitted(demo_ctx, month):
    svc = EvaluationService(demo_ctx)
    svc.evaluate_month(MONTH)
    with demo_ctx.transaction() as s:
        s.add(entry(month["b"], "cold_manner", date(2026, 10, 21)))
    res = svc.evaluate_month(MONTH)
    assert res.kept == 0 and svc.form(month["b"], MONTH).total == 98
    n = svc.submit(MONTH)
    assert n == res.computed
    with demo_ctx.transaction() as s:
        s.add(entry(month["c"], "argue", date(2026, 10, 22)))
    res2 = svc.evaluate_month(MONTH)
    assert (res2.computed, res2.kept) == (0, n)
    fc = svc.form(month["c"], MONTH)
    assert fc.total == 101 and fc.state == "submitted"


def test_adjustment_needs_reason_and_survives_recompute(demo_ctx, month):
    svc = EvaluationService(demo_ctx)
    svc.evaluate_month(MONTH)
    fid = svc.form(month["a"], MONTH).id
    for reason in ("", "   ", None):
        with pytest.raises(DomainError) as e:
            svc.adjust(fid, "service", 2, reason)
        assert e.value.code == "evaluation.reason_required"
    with pytest.raises(DomainError) as e:
        svc.adjust(fid, "nonsense", 2, "x")
    assert e.value.code == "evaluation.unknown_category"
    with pytest.raises(DomainError) as e:
        svc.adjust(fid, "service", 0, "x")
    assert e.value.code == "evaluation.points"
    f = svc.adjust(fid, "service", 2, "争吵经复核为群众先动手")
    assert (f.total, f.automatic_total, f.grade) == (76, 74, "一般")
    assert [(a.category, a.points, a.reason) for a in f.adjustments] == [("service", 2, "争吵经复核为群众先动手")]
    svc.evaluate_month(MONTH)
    assert svc.form(month["a"], MONTH).total == 76
    # clamped: never above base + bonus cap
    fc = svc.form(month["c"], MONTH)
    assert svc.adjust(fc.id, "bonus", 50, "表彰").total == 105
    with demo_ctx.connect() as c:
        assert c.execute(text("SELECT count(*) FROM audit_entry WHERE action = 'evaluation.adjust'")).scalar() == 2


def test_states_permissions_and_freeze(demo_ctx, month):
    personnel, leader = as_role(demo_ctx, "personnel"), as_role(demo_ctx, "leader")
    personnel.evaluate_month(MONTH)
    with pytest.raises(DomainError) as e:
        leader.evaluate_month(MONTH)
    assert e.value.code == "permission.denied"
    with pytest.raises(DomainError) as e:
        leader.review(MONTH)  # still draft
    assert e.value.code == "evaluation.state"
    with pytest.raises(DomainError) as e:
        leader.submit(MONTH)
    assert e.value.code == "permission.denied"
    personnel.submit(MONTH)
    with pytest.raises(DomainError) as e:
        personnel.review(MONTH)
    assert e.value.code == "permission.denied"
    fid = personnel.form(month["a"], MONTH).id
    personnel.adjust(fid, "discipline", 1, "考勤机故障")  # submitted: still adjustable
    with pytest.raises(DomainError) as e:
        leader.publish(MONTH)  # not reviewed yet
    assert e.value.code == "evaluation.state"
    with pytest.raises(DomainError) as e:
        leader.review(MONTH)  # the month's honours are not confirmed yet
    assert e.value.code == "evaluation.honours_not_confirmed"
    h = HonoursService(ServiceContext(demo_ctx.db, Actor.for_role("leader", "leader")))
    p = h.proposal(MONTH)
    h.confirm(MONTH, p.stars.selected, p.red_flags.selected)
    leader.review(MONTH)
    with pytest.raises(DomainError) as e:
        personnel.adjust(fid, "discipline", 1, "x")
    assert e.value.code == "evaluation.not_adjustable"
    with pytest.raises(DomainError) as e:
        personnel.publish(MONTH)
    assert e.value.code == "permission.denied"
    n = leader.publish(MONTH)
    f = leader.form(month["a"], MONTH)
    assert n > 400 and f.state == "published" and f.published_by == "leader" and f.reviewed_by == "leader"
    assert f.submitted_by == "personnel" and f.total == 75 - chief_charge(demo_ctx, f.id)
    for call in (lambda: personnel.evaluate_month(MONTH), lambda: personnel.adjust(fid, "service", 1, "x"),
                 lambda: leader.publish(MONTH)):
        with pytest.raises(DomainError) as e:
            call()
        assert e.value.code == "evaluation.published"
    with demo_ctx.connect() as c:
        actions = [r[0] for r in c.execute(text(
            "SELECT action FROM audit_entry WHERE action LIKE 'evaluation.%' AND result = 'ok' ORDER BY id"))]
    assert actions == ["evaluation.compute", "evaluation.submit", "evaluation.adjust", "evaluation.review",
                       "evaluation.publish"]


def chief_charge(ctx, form_id) -> float:
    with ctx.connect() as c:
        return -(c.execute(text("SELECT SUM(points) FROM evaluation_adjustment WHERE form_id = :f "
                                "AND origin = 'chief_share'"), {"f": form_id}).scalar() or 0.0)


def test_honours(demo_ctx, month):
    svc = EvaluationService(demo_ctx)
    svc.evaluate_month(MONTH)
    h = svc.honours(MONTH)
    assert h.stars.places == 5
    assert h.stars.selected == (month["c"],)  # 101 alone above the line, the 100s tie
    assert month["a"] not in h.stars.selected + h.stars.ties
    assert month["b"] in h.stars.ties and h.stars.places_open == 4
    wa = next(w for w in h.windows if w.window_id == month["wa"])
    assert month["a"] in wa.staff_ids and wa.good_rate == pytest.approx(0.7)
    assert wa.window_deductions == pytest.approx(3.0)  # 10 × (1 − 0.7)
    assert wa.total == pytest.approx(wa.staff_average - 3.0)
    assert wa.chief_charge == (1.5 if wa.chief_staff_id is not None else 0.0)
    assert month["wa"] not in h.red_flags.selected + h.red_flags.ties
    assert h.red_flags.places == 3


def test_forms_of_a_month_in_one_fetch_match_single_forms(demo_ctx):
    from govhr_desktop.services.evaluation import EvaluationService

    svc = EvaluationService(demo_ctx)
    svc.evaluate_month("2026-09")
    forms = svc.forms("2026-09")
    assert len(forms) > 400
    some = sorted(forms)[:5]
    for sid in some:
        assert forms[sid] == svc.form(sid, "2026-09")

"""StatisticsService on a small hand-built center: person and window trends (gaps where no form),
好评率 from the ratings (excluded ones left out, the template's threshold), the window score as
the honours page ranks it, grade distribution per home unit (month and year), 好评率 per window,
the center-wide trend, month checks and permissions."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime

import pytest
from sqlalchemy import text

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.security import Actor
from govhr_desktop.persistence.models import (
    Assignment,
    EvaluationForm,
    HomeUnit,
    Rating,
    RegisterEntry,
    Staff,
    Window,
    Zone,
)
from govhr_desktop.services.base import ServiceContext
from govhr_desktop.services.evaluation import EvaluationService
from govhr_desktop.services.statistics import StatisticsService, months_ending
from govhr_desktop.services.templates import TemplateService

MONTHS = ["2026-08", "2026-09", "2026-10"]
_keys = iter(range(10**6))


def person(name: str, unit: int, n: int, joined: date = date(2024, 1, 2)) -> Staff:
    return Staff(name=name, gender="F", id_number=f"34152219900101{n:04d}", birth_date=date(1990, 1, 1),
                 employment_type="contract", home_unit_id=unit, joined_center_on=joined)


def rating(sid, wid, level, at: datetime, excluded=False) -> Rating:
    return Rating(rating_key=f"S{next(_keys)}", staff_id=sid, window_id=wid, level=level, rated_at=at,
                  excluded=excluded)


def reg(sid, code, day, qty=1) -> RegisterEntry:
    return RegisterEntry(staff_id=sid, item_code=code, occurred_on=day, quantity=qty, verification="verified")


@pytest.fixture
def center(ctx):
    """Units 市场监管局 (P1, P2), 税务局 (P3, P4), 公安局 (nobody). Windows A01 (P1 all along; P2
    until 15 Sep) and B02 (P2 from 16 Sep, P3). P4 joined on 1 Oct, no window.

    Scores: Sep P1 94 (argue ×2), P2 100, P3 90 (missed clock ×5); Oct P1 88 (argue ×4, 较好),
    P2 75 (absence ×5 → discipline cap 25, 一般), P3 55 (absence ×5 + overdue ×4, 较差), P4 100.
    No forms in August.
    """
    with ctx.transaction() as s:
        u1, u2, u3 = (HomeUnit(full_name=f"青山县{n}", short_name=n, sort_order=i)
                      for i, n in enumerate(("市场监管局", "税务局", "公安局"), 1))
        z = Zone(name="综合受理区")
        s.add_all([u1, u2, u3, z])
        s.flush()
        w1 = Window(number="A01", name="综合受理", zone_id=z.id, window_type="comprehensive")
        w2 = Window(number="B02", name="税务", zone_id=z.id, window_type="department", home_unit_id=u2.id)
        p1, p2 = person("甲", u1.id, 1), person("乙", u1.id, 2)
        p3, p4 = person("丙", u2.id, 3), person("丁", u2.id, 4, joined=date(2026, 10, 1))
        s.add_all([w1, w2, p1, p2, p3, p4])
        s.flush()
        s.add_all([
            Assignment(staff_id=p1.id, window_id=w1.id, post="A", start_on=date(2025, 1, 1)),
            Assignment(staff_id=p2.id, window_id=w1.id, post="B", start_on=date(2025, 1, 1),
                       end_on=date(2026, 9, 15)),
            Assignment(staff_id=p2.id, window_id=w2.id, post="B", start_on=date(2026, 9, 16)),
            Assignment(staff_id=p3.id, window_id=w2.id, post="A", start_on=date(2025, 1, 1)),
            reg(p1.id, "argue", date(2026, 9, 3), 2), reg(p3.id, "missed_clock", date(2026, 9, 4), 5),
            reg(p1.id, "argue", date(2026, 10, 3), 4), reg(p2.id, "absence_half_day", date(2026, 10, 5), 5),
            reg(p3.id, "absence_half_day", date(2026, 10, 6), 5), reg(p3.id, "overdue_case", date(2026, 10, 7), 4),
        ])
        P1, P2, P3, P4, W1, W2 = p1.id, p2.id, p3.id, p4.id, w1.id, w2.id
        sep, octo = datetime(2026, 9, 10, 10), datetime(2026, 10, 12, 15)
        s.add_all([
            rating(P1, W1, 5, datetime(2026, 8, 31, 23, 59)),  # August
            # September: P1 5,5,5,2 (3/4); P2 4,1 at A01 (1/2); P3 5 and an excluded 1 at B02
            rating(P1, W1, 5, sep), rating(P1, W1, 5, sep), rating(P1, W1, 5, sep), rating(P1, W1, 2, sep),
            rating(P2, W1, 4, sep), rating(P2, W1, 1, sep),
            rating(P3, W2, 5, sep), rating(P3, W2, 1, sep, excluded=True),
            # October: P1 3,1 and an excluded 2 at A01; P2 5,5,5 and P3 4,2 at B02; one without staff
            rating(P1, W1, 3, octo), rating(P1, W1, 1, octo), rating(P1, W1, 2, octo, excluded=True),
            rating(P2, W2, 5, octo), rating(P2, W2, 5, octo), rating(P2, W2, 5, octo),
            rating(P3, W2, 4, octo), rating(P3, W2, 2, octo), rating(None, W2, 5, octo),
            rating(P1, W1, 1, datetime(2026, 11, 1, 0, 0)),  # November: in no month asked for
        ])
    ev = EvaluationService(ctx)
    ev.evaluate_month("2026-09")
    ev.evaluate_month("2026-10")
    return {"P1": P1, "P2": P2, "P3": P3, "P4": P4, "W1": W1, "W2": W2, "U1": u1.id, "U2": u2.id, "U3": u3.id}


def test_months_ending():
    assert months_ending("2026-02", 4) == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert len(months_ending("2026-10")) == 12 and months_ending("2026-10")[0] == "2025-11"


def test_person_trend_scores_grades_and_good_rates(ctx, center):
    tr = StatisticsService(ctx).person_trend(center["P1"], ["2026-10", "2026-08", "2026-09", "2026-09"])
    assert (tr.kind, tr.name, tr.detail) == ("staff", "甲", "市场监管局")
    assert [p.month for p in tr.points] == MONTHS  # calendar order, once each
    aug, sep, octo = tr.points
    # August: a rating but no form -> a gap in the score, not 0
    assert (aug.score, aug.grade, aug.good_rate, aug.ratings) == (None, "", 1.0, 1)
    assert (sep.score, sep.grade, sep.ratings, sep.good) == (94, "好", 4, 3)
    assert sep.good_rate == pytest.approx(0.75)
    # October: the excluded rating counts nowhere; the November one is not October's
    assert (octo.score, octo.grade, octo.state, octo.ratings, octo.good, octo.excluded) == (88, "较好", "draft", 2, 1, 1)
    assert octo.good_rate == pytest.approx(0.5)

    p3 = StatisticsService(ctx).person_trend(center["P3"], MONTHS).points
    assert [(p.score, p.grade) for p in p3] == [(None, ""), (90, "好"), (55, "较差")]
    assert [p.good_rate for p in p3] == [None, 1.0, pytest.approx(0.5)]
    assert (p3[1].ratings, p3[1].excluded) == (1, 1)
    p4 = StatisticsService(ctx).person_trend(center["P4"], MONTHS)
    assert [p.score for p in p4.points] == [None, None, 100] and not p4.empty


def test_good_rate_follows_the_template_threshold(ctx, center):
    tv = TemplateService(ctx).active()
    TemplateService(ctx).save_new_version(dataclasses.replace(tv.template, good_rating_min_level=4))
    octo = StatisticsService(ctx).person_trend(center["P1"], ["2026-10"]).points[0]
    assert (octo.good, octo.ratings, octo.good_rate) == (0, 2, 0.0)  # a 3 is no longer good


def test_window_trend_is_the_honours_score(ctx, center):
    st = StatisticsService(ctx)
    w1 = st.window_trend(center["W1"], MONTHS)
    assert (w1.kind, w1.name, w1.detail) == ("window", "A01 综合受理", "")
    aug, sep, octo = w1.points
    assert (aug.score, aug.good_rate, aug.ratings, aug.staff_count) == (None, 1.0, 1, 0)
    # September: P1 94 and P2 100 (at A01 until the 15th) -> 97, minus 10 × (1 − 4/6)
    assert (sep.staff_average, sep.staff_count, sep.ratings, sep.good) == (97, 2, 6, 4)
    assert sep.score == pytest.approx(93.67)
    # October: only P1 (88), 好评率 1/2 -> 88 − 5
    assert (octo.staff_average, octo.staff_count, octo.score, octo.good_rate, octo.excluded) == (88, 1, 83, 0.5, 1)

    w2 = st.window_trend(center["W2"], MONTHS)
    assert w2.detail == "税务局"
    # September: P2 (from the 16th) 100 and P3 90 -> 95, all ratings good; October: 75 and 55 -> 65,
    # 好评率 5/6 (the rating without staff counts for the window)
    assert [(p.staff_average, p.score) for p in w2.points[1:]] == [(95, 95), (65, pytest.approx(63.33))]
    assert (w2.points[2].ratings, w2.points[2].good) == (6, 5)

    ev = EvaluationService(ctx)
    for m, i in (("2026-09", 1), ("2026-10", 2)):
        figs = {f.window_id: f for f in ev.honours(m).windows}
        assert figs[center["W1"]].total == w1.points[i].score
        assert figs[center["W2"]].total == w2.points[i].score
        assert figs[center["W2"]].good_rate == pytest.approx(w2.points[i].good_rate)


def test_window_trend_with_window_items_and_a_booked_chief_charge(ctx, center):
    """B02 in October with window items: 65 − 2 (other deductions) − 3 (one upheld complaint)
    − 10 × (1 − 8/10) (on time) − 10 × (1 − 5/6) (好评率) = 56.33. Confirming the honours books
    the chief representative's (P3's) share on their form; the window score stays the same."""
    from govhr_desktop.persistence.models import ChiefRepresentative
    from govhr_desktop.services.honours import HonoursService

    with ctx.transaction() as s:
        s.add(ChiefRepresentative(home_unit_id=center["U2"], staff_id=center["P3"], start_on=date(2025, 1, 1)))
    hs = HonoursService(ctx)
    hs.save_window_items("2026-10", center["W2"], cases_total=10, cases_on_time=8, complaints_upheld=1,
                         deductions=2, note="窗口资料不全")
    st, ev = StatisticsService(ctx), EvaluationService(ctx)
    octo = st.window_trend(center["W2"], ["2026-10"]).points[0]
    assert (octo.staff_average, octo.score) == (65, pytest.approx(56.33))
    fig = next(f for f in ev.honours("2026-10").windows if f.window_id == center["W2"])
    assert fig.total == octo.score and fig.chief_staff_id == center["P3"] and fig.chief_charge > 0

    ev.submit("2026-10")
    h = hs.proposal("2026-10")
    stars, flags = list(h.stars.ties[:h.stars.places_open]), list(h.red_flags.ties[:h.red_flags.places_open])
    hs.confirm("2026-10", list(h.stars.selected) + stars, list(h.red_flags.selected) + flags,
               {("star", i): "并列" for i in stars} | {("red_flag", i): "并列" for i in flags})
    p3 = st.person_trend(center["P3"], ["2026-10"]).points[0]
    assert p3.score == pytest.approx(55 - fig.chief_charge)  # the person's total carries the charge
    again = st.window_trend(center["W2"], ["2026-10"]).points[0]
    assert again.score == octo.score == next(f.total for f in ev.honours("2026-10").windows
                                             if f.window_id == center["W2"])


def test_grade_distribution_of_a_month(ctx, center):
    st = StatisticsService(ctx)
    oct_ = st.grade_distribution("2026-10")
    assert oct_.grades == ("好", "较好", "一般", "较差")
    assert [(u.short_name, u.counts) for u in oct_.units] == [("市场监管局", (0, 1, 1, 0)), ("税务局", (1, 0, 0, 1))]
    assert oct_.count(center["U2"], "较差") == 1 and oct_.count(center["U3"], "好") == 0
    assert oct_.totals() == (1, 1, 1, 1) and oct_.units[0].full_name == "青山县市场监管局"
    sep = st.grade_distribution("2026-09")
    assert [(u.short_name, u.counts, u.total) for u in sep.units] == [("市场监管局", (2, 0, 0, 0), 2),
                                                                      ("税务局", (1, 0, 0, 0), 1)]
    assert st.grade_distribution("2026-08").empty


def test_grade_distribution_of_a_year(ctx, center):
    """2025, published months only: P1 averages 86.67 (较好); P2 has 5 published months
    (ungraded); P3 averages 95 but a bribery veto forces 较差; P4's sixth month is a draft."""
    tid = TemplateService(ctx).active().id
    forced = json.dumps({"veto": {"forced_grade": "较差", "items": ["bribery"]}}, ensure_ascii=False)

    def form(sid, m, total, state="published", bd="{}"):
        return EvaluationForm(staff_id=sid, month=f"2025-{m:02d}", template_id=tid, state=state, total=total,
                              grade="", breakdown=bd)

    with ctx.transaction() as s:
        s.add_all([form(center["P1"], m, t) for m, t in zip(range(1, 7), (90, 80, 85, 95, 70, 100))])
        s.add_all([form(center["P2"], m, 100) for m in range(1, 6)])
        s.add_all([form(center["P3"], m, 95, bd=forced if m == 3 else "{}") for m in range(1, 8)])
        s.add_all([form(center["P4"], m, 100) for m in range(1, 6)] + [form(center["P4"], 6, 100, "draft")])
    d = StatisticsService(ctx).grade_distribution("2025")
    assert [(u.short_name, u.counts, u.ungraded) for u in d.units] == [("市场监管局", (0, 1, 0, 0), 1),
                                                                       ("税务局", (0, 0, 0, 1), 1)]


def test_window_good_rates(ctx, center):
    st = StatisticsService(ctx)
    rates = st.window_good_rates("2026-10")
    assert [(r.number, r.name, r.home_unit, r.ratings, r.good, r.excluded) for r in rates] == [
        ("A01", "综合受理", "", 2, 1, 1), ("B02", "税务", "税务局", 6, 5, 0)]
    assert [r.good_rate for r in rates] == [0.5, pytest.approx(5 / 6)]
    sep = st.window_good_rates("2026-09")
    assert [(r.number, r.ratings, r.good, r.excluded) for r in sep] == [("A01", 6, 4, 0), ("B02", 1, 1, 1)]
    assert st.window_good_rates("2026-07") == ()


def test_center_satisfaction_trend(ctx, center):
    pts = StatisticsService(ctx).center_satisfaction_trend(["2026-07"] + MONTHS)
    assert [(p.month, p.ratings, p.good, p.bad, p.excluded) for p in pts] == [
        ("2026-07", 0, 0, 0, 0), ("2026-08", 1, 1, 0, 0), ("2026-09", 7, 5, 2, 1), ("2026-10", 8, 6, 2, 1)]
    assert [p.good_rate for p in pts] == [None, 1.0, pytest.approx(5 / 7), pytest.approx(0.75)]


def test_bad_input_and_permissions(ctx, center):
    st = StatisticsService(ctx)
    for call in (lambda: st.person_trend(center["P1"], ["2026-13"]), lambda: st.grade_distribution("10/2026"),
                 lambda: st.window_good_rates("2026-1")):
        with pytest.raises(DomainError) as e:
            call()
        assert e.value.code == "evaluation.bad_month"
    with pytest.raises(DomainError) as e:
        st.person_trend(999_999, MONTHS)
    assert e.value.code == "record.not_found"
    with pytest.raises(DomainError) as e:
        st.window_trend(999_999, MONTHS)
    assert e.value.code == "record.not_found"
    assert st.person_trend(center["P1"], []).points == ()

    auditor = StatisticsService(ServiceContext(ctx.db, Actor.for_role("aud", "auditor")))
    with pytest.raises(DomainError) as e:
        auditor.center_satisfaction_trend(MONTHS)
    assert e.value.code == "permission.denied"
    with ctx.connect() as c:
        denied = c.execute(text("SELECT action FROM audit_entry WHERE result = 'denied'")).scalars().all()
    assert denied == ["statistics.center_trend"]

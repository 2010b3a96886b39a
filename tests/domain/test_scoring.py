"""Scoring (DOMAIN.md §6, §6a): every figure computed by hand."""

from dataclasses import replace

import pytest

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.evaluation_items import ITEMS
from govhr_desktop.domain.scoring import (
    CategoryRule,
    GradeBand,
    ItemRule,
    Template,
    default_template,
    grade_for,
    score_person,
)
from govhr_desktop.domain.scoring_periods import (
    allocate_excellent,
    annual_average,
    annual_grade,
    annual_grade_eligible,
    bottom_three_twice,
    bottom_windows,
    chief_share,
    excellent_candidate,
    excellent_places,
    quarterly_average,
    rating_counts,
    red_flag_windows,
    score_window,
    service_stars,
    star_eligible,
    star_places,
)

T = default_template()


# --- the default template is DOMAIN §6 -------------------------------------------------------


def test_default_template_matches_domain_numbers():
    assert {c.code: c.weight for c in T.categories} == {
        "discipline": 25, "service": 20, "handling": 25, "rating": 15, "learning": 10, "appearance": 5}
    assert sum(c.weight for c in T.categories) == 100
    assert T.base == 100 and T.bonus_cap == 5
    pts = {i.code: i.points for i in T.items}
    assert pts["late_early"] == -1 and pts["missed_clock"] == -2 and pts["off_post"] == -3
    assert pts["absence_half_day"] == -5 and pts["meeting_absent"] == -1 and pts["excess_leave_day"] == -1
    assert pts["no_badge"] == -1 and pts["cold_manner"] == -2 and pts["refuse_answer"] == -2
    assert pts["argue"] == -3 and pts["phone_on_duty"] == -1
    assert pts["overdue_case"] == -5 and pts["wrong_handling"] == -2 and pts["not_entered"] == -1
    assert pts["illegal_fee"] == -5 and pts["window_empty"] == -2
    assert pts["bad_rating"] == -2 and pts["complaint_upheld"] == -3 and pts["bad_rating_unhandled"] == -2
    assert pts["training_missed"] == -2 and pts["test_failed"] == -1 and pts["not_cooperating"] == -2
    assert pts["untidy_window"] == -0.5 and pts["incomplete_files"] == -1
    assert pts["praise_letter"] == 1 and pts["banner"] == 2 and pts["media_praise"] == 2 and pts["extra_service"] == 1
    assert {i.code for i in T.items} == {i.code for i in ITEMS}
    v = T.vetoes_by_code
    assert v["inspection_negative"].points == 15 and v["inspection_negative"].no_honours
    assert v["bribery"].forced_grade == "较差"
    assert [(b.grade, b.min_score) for b in T.bands] == [("好", 90), ("较好", 80), ("一般", 60), ("较差", 0)]
    assert (T.quota, T.quota_collective_merit, T.quota_accountable) == (0.20, 0.25, 0.15)
    assert T.quota_for("collective_merit") == 0.25 and T.quota_for("accountable") == 0.15
    assert T.good_rating_min_level == 3 and T.chief_share == 0.5
    assert T.validate() is T


def test_template_json_round_trip():
    t = replace(T, name="2027版", quota=0.18, bonus_cap=4)
    back = Template.from_json(t.to_json())
    assert back == t
    assert Template.from_json(T.to_json()) == T
    assert "劳动" not in T.to_json()  # codes, not labels, are stored
    with pytest.raises(DomainError) as e:
        Template.from_json("{not json")
    assert e.value.code == "template.bad_json"
    with pytest.raises(DomainError) as e:
        Template.from_json('{"format": 99}')
    assert e.value.code == "template.unknown_format"


def fields(t):
    with pytest.raises(ValidationError) as e:
        t.validate()
    return {(x.field, x.code) for x in e.value.errors}


def test_validate_reports_field_codes():
    bad = replace(T, categories=(CategoryRule("discipline", 0),) + T.categories[1:])
    assert ("categories.discipline.weight", "template.weight_not_positive") in fields(bad)
    bad = replace(T, bands=(GradeBand("好", 80), GradeBand("较好", 90), GradeBand("一般", 60), GradeBand("较差", 0)))
    assert ("bands", "template.bands_not_ordered") in fields(bad)
    bad = replace(T, bands=T.bands[:-1] + (GradeBand("较差", 10),))
    assert ("bands", "template.bands_leave_gap") in fields(bad)
    assert ("quota", "template.quota_out_of_range") in fields(replace(T, quota=0.6))
    assert ("quota_accountable", "template.quota_out_of_range") in fields(replace(T, quota_accountable=-0.1))
    bad = replace(T, items=T.items + (ItemRule("x", "nowhere", -1),))
    assert ("items.x.category", "template.unknown_category") in fields(bad)
    bad = replace(T, items=T.items + (ItemRule("y", "service", 2),))
    assert ("items.y.points", "template.deduction_not_negative") in fields(bad)
    assert ("name", "required") in fields(replace(T, name=" "))
    assert ("good_rating_min_level", "template.rating_level_out_of_range") in fields(replace(T, good_rating_min_level=6))
    # several problems at once
    assert len(fields(replace(T, quota=0.9, bonus_cap=-1))) == 2


# --- one person, one month -------------------------------------------------------------------


def test_clean_month_is_100_good():
    s = score_person(T, {})
    assert (s.total, s.grade, s.deductions, s.bonus) == (100, "好", 0, 0)


def test_items_are_added_per_occurrence_within_their_category():
    # 2 × late (−1) + 1 missed clock-in (−2) = 4 discipline; 3 untidy (−0.5) = 1.5 appearance
    s = score_person(T, {"late_early": 2, "missed_clock": 1, "untidy_window": 3})
    assert s.category("discipline").raw == 4 and s.category("discipline").capped == 4
    assert s.category("appearance").raw == 1.5
    assert s.total == 94.5 and s.grade == "好"
    assert [(i.code, i.quantity, i.amount) for i in s.category("discipline").items] == [
        ("late_early", 2, 2), ("missed_clock", 1, 2)]


@pytest.mark.parametrize("code, qty, raw, cap", [
    ("absence_half_day", 6, 30, 25),   # 6 half days × 5 = 30 → capped at 25
    ("argue", 7, 21, 20),              # service: 7 × 3 = 21 → 20
    ("overdue_case", 6, 30, 25),       # handling: 6 × 5 = 30 → 25
    ("complaint_upheld", 6, 18, 15),   # rating: 6 × 3 = 18 → 15
    ("training_missed", 6, 12, 10),    # learning: 6 × 2 = 12 → 10
    ("incomplete_files", 7, 7, 5),     # appearance: 7 × 1 = 7 → 5
])
def test_each_category_is_capped_at_its_weight(code, qty, raw, cap):
    s = score_person(T, {code: qty})
    cat = T.items_by_code[code].category
    assert s.category(cat).raw == raw and s.category(cat).capped == cap
    assert s.total == 100 - cap


def test_bonus_is_capped_at_5():
    s = score_person(T, {"banner": 3})  # 3 × 2 = 6 → 5
    assert (s.bonus_raw, s.bonus, s.total) == (6, 5, 105)
    s = score_person(T, {"banner": 3, "late_early": 2})  # 100 − 2 + 5
    assert s.total == 103


def test_inspection_veto_deducts_15_on_top_of_caps_and_bars_honours():
    s = score_person(T, {"absence_half_day": 6, "inspection_negative": 1})  # 100 − 25 − 15
    assert s.category("discipline").capped == 25
    assert (s.veto_points, s.total, s.grade, s.no_honours) == (15, 60, "一般", True)
    assert s.vetoes == ("inspection_negative",)
    assert not star_eligible(s)


def test_bribery_forces_poor_grade_even_at_95():
    s = score_person(T, {"late_early": 5, "bribery": 1})
    assert s.total == 95 and s.points_grade == "好"
    assert s.grade == "较差" and s.forced_grade == "较差"


def test_total_never_below_zero():
    all_capped = {"absence_half_day": 5, "argue": 7, "overdue_case": 5, "complaint_upheld": 5,
                  "training_missed": 5, "incomplete_files": 5}
    s = score_person(T, all_capped)
    assert s.deductions == 100 and s.total == 0
    s = score_person(T, {**all_capped, "inspection_negative": 1})
    assert s.total == 0 and s.grade == "较差"
    # a bonus does not lift the floor above what the arithmetic gives: 100 − 100 − 15 + 5 → 0
    s = score_person(T, {**all_capped, "inspection_negative": 1, "banner": 3})
    assert s.total == 0


@pytest.mark.parametrize("total, grade", [
    (100, "好"), (90.0, "好"), (89.5, "较好"), (80, "较好"), (79.5, "一般"), (60, "一般"), (59.5, "较差"), (0, "较差"),
])
def test_grade_band_edges(total, grade):
    assert grade_for(T, total) == grade


def test_band_edges_through_scoring():
    assert score_person(T, {"argue": 3, "late_early": 1}).total == 90  # 100 − 9 − 1
    assert score_person(T, {"argue": 3, "late_early": 1}).grade == "好"
    s = score_person(T, {"argue": 3, "late_early": 1, "untidy_window": 1})  # 89.5
    assert (s.total, s.grade) == (89.5, "较好")


def test_unknown_item_and_bad_quantity_are_refused():
    with pytest.raises(ValidationError) as e:
        score_person(T, {"no_such": 1, "late_early": -1})
    assert {x.field for x in e.value.errors} == {"no_such", "late_early"}


# --- ratings ---------------------------------------------------------------------------------


def test_rating_counts_and_good_rate():
    ratings = [{"level": 5}, {"level": 4}, {"level": 3}, {"level": 2}, {"level": 1},
               {"level": 1, "excluded": True}, {"level": 2, "verified": False}]
    r = rating_counts(ratings)
    assert (r.total, r.good, r.bad, r.excluded) == (6, 3, 2, 1)
    assert r.good_rate == 0.5
    assert r.counts == {"bad_rating": 2}
    assert score_person(T, r.counts).category("rating").capped == 4
    strict = replace(T, good_rating_min_level=4)  # configurable 好评率
    assert rating_counts(ratings, strict).good == 2
    assert rating_counts([]).good_rate is None


# --- periods ---------------------------------------------------------------------------------


def test_quarterly_and_annual_averages_of_months_present():
    months = {1: 90, 2: 80, 4: 100, 7: 70}
    assert quarterly_average(months, 1) == 85  # only Jan and Feb present
    assert quarterly_average(months, 2) == 100
    assert quarterly_average(months, 4) is None
    assert annual_average(months) == 85


def test_half_year_rule():
    assert not annual_grade_eligible(5)
    assert annual_grade_eligible(6)
    assert annual_grade(T, 95, "civil_servant", months_present=5) is None


def test_annual_grade_mapping():
    cs, inst = "civil_servant", "public_institution"
    assert annual_grade(T, 95, cs, months_present=12, excellent=True) == "优秀"
    assert annual_grade(T, 95, cs, months_present=12) == "称职"
    assert annual_grade(T, 82, "civil_servant_managed", months_present=8) == "称职"
    assert annual_grade(T, 70, cs, months_present=12) == "基本称职"
    assert annual_grade(T, 59.5, cs, months_present=12) == "不称职"
    assert annual_grade(T, 95, cs, months_present=12, forced_low=True) == "不称职"
    assert annual_grade(T, 95, inst, months_present=12) == "合格"
    assert annual_grade(T, 70, inst, months_present=12) == "基本合格"
    assert annual_grade(T, 50, "contract", months_present=12) == "不合格"
    assert excellent_candidate(T, 90, months_present=6)
    assert not excellent_candidate(T, 89.5, months_present=12)
    assert not excellent_candidate(T, 99, months_present=12, no_honours=True)
    assert not excellent_candidate(T, 99, months_present=5)


# --- quota -----------------------------------------------------------------------------------


def test_quota_12_people_20_percent_gives_2():
    ranked = [(i, 100 - i) for i in range(12)]
    sel = allocate_excellent(ranked, 0.20)
    assert sel.places == 2 and sel.selected == (0, 1) and sel.line_score == 99 and sel.ties == ()


def test_quota_rounds_down_and_has_no_minimum():
    assert excellent_places(12, 0.20) == 2
    assert excellent_places(10, 0.20) == 2  # exact: 2.0, no float trouble
    assert excellent_places(10, 0.25) == 2
    assert excellent_places(20, 0.15) == 3
    assert excellent_places(4, 0.20) == 0
    assert allocate_excellent([(1, 99), (2, 98), (3, 97), (4, 96)], 0.20).selected == ()


def test_quota_ties_at_the_line_are_reported():
    ranked = [("a", 98), ("b", 95), ("c", 95), ("d", 95)] + [(i, 80) for i in range(8)]  # 12 → 2 places
    sel = allocate_excellent(ranked, 0.20)
    assert sel.selected == ("a",)
    assert sel.line_score == 95 and sel.ties == ("b", "c", "d") and sel.places_open == 1
    # ties that fit are all in
    ranked = [("a", 98), ("b", 95), ("c", 95)] + [(i, 80) for i in range(12)]  # 15 → 3 places
    sel = allocate_excellent(ranked, 0.20)
    assert sel.selected == ("a", "b", "c") and sel.ties == ()


def test_quota_skips_vetoed_but_counts_them():
    ranked = [("v", 100), ("a", 98), ("b", 97), ("c", 96)] + [(i, 80) for i in range(6)]  # 10 → 2 places
    sel = allocate_excellent(ranked, 0.20, vetoed={"v"})
    assert sel.selected == ("a", "b")
    sel = allocate_excellent(ranked, 0.20, vetoed={"v"}, min_score=97.5)
    assert sel.selected == ("a",)


# --- windows and honours ---------------------------------------------------------------------


def test_window_score_formula():
    # staff average 90; −2 window deduction; 1 complaint × 3; on time 95 % → 10 × 0.05 = 0.5;
    # 好评率 90 % → 10 × 0.1 = 1 → 90 − 2 − 3 − 0.5 − 1 = 83.5
    w = score_window([92, 88], 2, on_time_rate=0.95, good_rate=0.90, complaints=1)
    assert w.staff_average == 90
    assert (w.complaint_points, w.on_time_points, w.rating_points, w.total) == (3, 0.5, 1, 83.5)
    assert score_window([95]).total == 95  # unknown rates cost nothing
    assert score_window([10], 20).total == 0
    with pytest.raises(DomainError):
        score_window([90], on_time_rate=1.5)


def test_chief_representative_is_charged_half():
    assert chief_share(5) == 2.5
    assert chief_share(-3) == 1.5
    assert chief_share(0.5) == 0.25


def test_service_stars_top_ten_percent_of_eligible():
    assert [star_places(n) for n in (1, 9, 14, 15, 30, 80)] == [1, 1, 1, 2, 3, 5]
    scores = {i: 100 - i for i in range(20)}  # 20 people → 2 stars
    sel = service_stars(scores, eligible=set(range(20)) - {0})  # the best had a discipline deduction
    assert sel.selected == (1, 2)
    clean = score_person(T, {"banner": 1})
    assert star_eligible(clean)
    assert not star_eligible(score_person(T, {"late_early": 1}))
    assert not star_eligible(score_person(T, {"bad_rating": 1}))
    assert star_eligible(score_person(T, {"argue": 1}))  # a service deduction is not discipline


def test_red_flag_and_bottom_three_twice():
    scores = {"A1": 99, "A2": 97, "B1": 96, "B2": 90, "C1": 85, "C2": 80, "D1": 78}
    assert red_flag_windows(scores).selected == ("A1", "A2", "B1")
    tied = {**scores, "B2": 96}
    sel = red_flag_windows(tied)
    assert sel.selected == ("A1", "A2") and sel.ties == ("B1", "B2")
    assert bottom_windows(scores) == ("D1", "C2", "C1")
    assert bottom_windows({**scores, "B2": 85}) == ("D1", "C2", "B2", "C1")  # a tie is not an escape
    assert bottom_three_twice(["C1", "C2", "D1"], ["D1", "B2", "C1"]) == ("D1", "C1")
    assert bottom_three_twice([], ["D1"]) == ()

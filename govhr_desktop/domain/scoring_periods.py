"""Periods, ratings, selections and window scores of the evaluation (DOMAIN.md §6, §6a).

The template and one person's monthly score live in ``domain.scoring``; the rules and decisions
are documented in that module's docstring.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from govhr_desktop.domain.errors import DomainError
from govhr_desktop.domain.scoring import (
    ANNUAL_LABELS,
    CIVIL_SERVANT_TYPES,
    MONTHS_FOR_ANNUAL_GRADE,
    PersonScore,
    Template,
    _r,
    default_template,
    grade_for,
)


# --- citizen ratings (§6a) --------------------------------------------------------------------


@dataclass(frozen=True)
class RatingSummary:
    total: int  # ratings that count (not excluded)
    good: int  # level ≥ good_rating_min_level
    bad: int  # verified 差评: level ≤ bad_rating_max_level, not excluded
    excluded: int  # overturned on appeal / malicious: no deduction, not in the rate

    @property
    def good_rate(self) -> float | None:
        """好评率 as a share 0..1; None without ratings."""
        return self.good / self.total if self.total else None

    @property
    def counts(self) -> dict[str, float]:
        return {"bad_rating": float(self.bad)} if self.bad else {}


def _get(r: Any, name: str, default: Any = None) -> Any:
    if isinstance(r, Mapping):
        return r.get(name, default)
    return getattr(r, name, default)


def rating_counts(ratings: Iterable[Any], template: Template | None = None) -> RatingSummary:
    """Count ratings (objects or mappings with ``level`` and optional ``excluded``/``verified``).

    A rating marked ``excluded`` (overturned on appeal, judged malicious) is left out of both the
    deduction and 好评率. A bad rating whose ``verified`` is explicitly False (call-back not done
    yet) counts in 好评率 but does not deduct yet.
    """
    t = template or default_template()
    total = good = bad = excluded = 0
    for r in ratings:
        level = int(_get(r, "level"))
        if _get(r, "excluded", False):
            excluded += 1
            continue
        total += 1
        if level >= t.good_rating_min_level:
            good += 1
        if level <= t.bad_rating_max_level and _get(r, "verified", True) is not False:
            bad += 1
    return RatingSummary(total, good, bad, excluded)


# --- periods and the annual grade -------------------------------------------------------------


def average_of_present(month_totals: Mapping[int, float] | Iterable[float]) -> float | None:
    """The average of the months present (months without a score are not counted as 0)."""
    values = list(month_totals.values()) if isinstance(month_totals, Mapping) else list(month_totals)
    values = [v for v in values if v is not None]
    return _r(sum(values) / len(values)) if values else None


def quarterly_average(month_totals: Mapping[int, float], quarter: int) -> float | None:
    """month_totals: month number 1–12 -> monthly total."""
    if quarter not in (1, 2, 3, 4):
        raise DomainError("scoring.bad_quarter", "quarter", quarter=quarter)
    months = range(3 * quarter - 2, 3 * quarter + 1)
    return average_of_present({m: v for m, v in month_totals.items() if m in months})


def annual_average(month_totals: Mapping[int, float]) -> float | None:
    return average_of_present(month_totals)


def annual_grade_eligible(months_present: int) -> bool:
    """Half-year rule: fewer than 6 months at the center → comment only, no annual grade."""
    return months_present >= MONTHS_FOR_ANNUAL_GRADE


def staff_kind(employment_type: str) -> str:
    """'civil_servant' (行政编制, 参公) or 'institution' (事业编制 and everyone else)."""
    return "civil_servant" if employment_type in CIVIL_SERVANT_TYPES else "institution"


def excellent_candidate(template: Template, annual_avg: float | None, *, months_present: int,
                        no_honours: bool = False) -> bool:
    """May be put forward for 优秀: graded this year, average in the 好 band, no veto."""
    return (annual_avg is not None and annual_grade_eligible(months_present) and not no_honours
            and _r(annual_avg) >= template.band_min(template.excellent_min_grade))


def annual_level(template: Template, annual_avg: float | None, *, months_present: int,
                 excellent: bool = False, forced_low: bool = False) -> str | None:
    """The annual level code (excellent/competent/basic/incompetent); None = comment only."""
    if annual_avg is None or not annual_grade_eligible(months_present):
        return None
    if forced_low:
        return "incompetent"
    if excellent:
        return "excellent"
    return dict(template.annual_map)[grade_for(template, annual_avg)]


def annual_grade(template: Template, annual_avg: float | None, employment_type: str, *, months_present: int,
                 excellent: bool = False, forced_low: bool = False) -> str | None:
    """The annual grade label (优秀/称职/基本称职/不称职 or 优秀/合格/基本合格/不合格)."""
    level = annual_level(template, annual_avg, months_present=months_present, excellent=excellent,
                         forced_low=forced_low)
    return None if level is None else ANNUAL_LABELS[staff_kind(employment_type)][level]


# --- selections: quota, stars, red flags ------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    selected: tuple[Hashable, ...]  # certain: above the line (or all at it if they fit)
    line_score: float | None  # the score of the last place
    ties: tuple[Hashable, ...] = ()  # tied at the line for the remaining places: reviewer decides
    places: int = 0  # places available
    places_open: int = 0  # places left for the reviewer to fill from ``ties``


def _top(ranked: Sequence[tuple[Hashable, float]], places: int) -> Selection:
    order = sorted(ranked, key=lambda p: -_r(p[1]))  # stable: input order among equals
    if places <= 0 or not order:
        return Selection((), None, (), max(places, 0), 0)
    if len(order) <= places:
        return Selection(tuple(i for i, _ in order), _r(order[-1][1]), (), places, 0)
    line = _r(order[places - 1][1])
    above = tuple(i for i, s in order if _r(s) > line)
    at = tuple(i for i, s in order if _r(s) == line)
    if len(above) + len(at) <= places:
        return Selection(above + at, line, (), places, 0)
    return Selection(above, line, at, places, places - len(above))


def excellent_places(n_assessed: int, quota: float) -> int:
    """floor(quota × n): never rounded up, no minimum of one (module docstring)."""
    return math.floor(quota * n_assessed + 1e-9)


def allocate_excellent(ranked: Sequence[tuple[Hashable, float]], quota: float,
                       vetoed: Iterable[Hashable] = (), *, min_score: float | None = None) -> Selection:
    """Propose 优秀: at most floor(quota × n) of the n assessed (vetoed people count in n but are
    never 优秀); optional ``min_score`` (e.g. 90) leaves out anyone below it. Ties at the line that
    do not all fit are returned in ``ties`` with ``places_open``; they are not broken here."""
    if not (0 <= quota <= 1):
        raise DomainError("template.quota_out_of_range", "quota", value=quota)
    veto = set(vetoed)
    places = excellent_places(len(ranked), quota)
    pool = [(i, s) for i, s in ranked if i not in veto and (min_score is None or _r(s) >= min_score)]
    return _top(pool, places)


def star_places(n: int, template: Template | None = None) -> int:
    """~10 % of those scored, rounded half up, at least ``star_min`` (1) and at most ``star_max`` (5)."""
    t = template or default_template()
    if n <= 0:
        return 0
    return max(t.star_min, min(t.star_max, math.floor(n * t.star_share + 0.5)))


def star_eligible(score: PersonScore) -> bool:
    """服务之星 needs no discipline deduction, no verified 差评 that month and no veto."""
    discipline = next((c for c in score.categories if c.code == "discipline"), None)
    return ((discipline is None or discipline.raw == 0) and score.quantity("bad_rating") == 0
            and not score.no_honours and score.forced_grade is None)


def service_stars(month_scores: Mapping[Hashable, float], eligible: Iterable[Hashable],
                  template: Template | None = None) -> Selection:
    """Monthly 服务之星: the places are counted on everyone scored; only ``eligible`` people fill them."""
    ok = set(eligible)
    places = star_places(len(month_scores), template)
    return _top([(i, s) for i, s in month_scores.items() if i in ok], places)


def red_flag_windows(window_scores: Mapping[Hashable, float], n: int = 3) -> Selection:
    """流动红旗窗口: the top ``n`` windows of the month."""
    return _top(list(window_scores.items()), n)


def bottom_windows(window_scores: Mapping[Hashable, float], n: int = 3) -> tuple[Hashable, ...]:
    """The bottom ``n`` windows; everyone tied with the n-th lowest is included (a talk is not
    a prize: nobody escapes it by a tie)."""
    if n <= 0 or not window_scores:
        return ()
    order = sorted(window_scores.items(), key=lambda p: _r(p[1]))
    if len(order) <= n:
        return tuple(i for i, _ in order)
    line = _r(order[n - 1][1])
    return tuple(i for i, s in order if _r(s) <= line)


def bottom_three_twice(prev_month_bottom: Iterable[Hashable], this_month_bottom: Iterable[Hashable]) -> tuple:
    """Windows in the bottom 3 two months running → formal talk (约谈) with the home unit's leader."""
    prev = set(prev_month_bottom)
    return tuple(w for w in dict.fromkeys(this_month_bottom) if w in prev)


# --- windows ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class WindowScore:
    total: float
    staff_average: float | None
    window_deductions: float
    complaint_points: float
    on_time_points: float
    rating_points: float


def score_window(staff_totals: Iterable[float], window_deductions: float = 0.0,
                 on_time_rate: float | None = None, good_rate: float | None = None,
                 complaints: int = 0, template: Template | None = None) -> WindowScore:
    """Window score = average of its staff − window deductions − complaint points × upheld
    complaints − 10 × (1 − on-time rate) − 10 × (1 − 好评率), floored at 0. Rates are shares
    0..1; None (no cases / no ratings) costs nothing. No staff scored: the base (100) is used."""
    t = template or default_template()
    for name, rate in (("on_time_rate", on_time_rate), ("good_rate", good_rate)):
        if rate is not None and not (0 <= rate <= 1):
            raise DomainError("scoring.rate_out_of_range", name, value=rate)
    if window_deductions < 0 or complaints < 0:
        raise DomainError("scoring.bad_quantity", "window_deductions" if window_deductions < 0 else "complaints")
    avg = average_of_present(list(staff_totals))
    complaint_pts = t.window_complaint_points * complaints
    on_time_pts = 0.0 if on_time_rate is None else t.window_on_time_weight * (1 - on_time_rate)
    rating_pts = 0.0 if good_rate is None else t.window_good_rate_weight * (1 - good_rate)
    start = t.base if avg is None else avg
    total = max(0.0, start - window_deductions - complaint_pts - on_time_pts - rating_pts)
    return WindowScore(_r(total), avg, _r(window_deductions), _r(complaint_pts), _r(on_time_pts), _r(rating_pts))


def chief_share(window_deduction_points: float, template: Template | None = None) -> float:
    """Points charged to the window's chief representative: 50 % of the window's deductions."""
    t = template or default_template()
    return _r(abs(window_deduction_points) * t.chief_share)


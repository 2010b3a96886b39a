"""Scoring of the monthly evaluation (DOMAIN.md §6, §6a): pure functions, no database, no Qt.

A ``Template`` holds every number a center may change (categories and their caps, points per
item, bonus cap, veto rules, grade bands, quotas, honours); ``default_template()`` is DOMAIN §6.
Stored templates are versioned JSON (``to_json``/``from_json``); a stored version is never edited.

Rules (per person and month), all documented here because the UI shows each figure:

* base 100; per category deduction = min(weight, Σ |points| × quantity) — the *raw* and the
  *capped* figure are both kept in the breakdown;
* bonus = min(bonus cap, Σ points × quantity of bonus items);
* veto items act after the category caps and are not capped by them: ``inspection_negative``
  deducts 15 per occurrence and sets ``no_honours`` (no honours that year); ``bribery`` forces the
  grade to 较差 whatever the points (and, a decision of ours, also sets ``no_honours``);
* total = max(0, 100 − capped deductions − veto points + bonus), never above 100 + bonus cap;
  totals are rounded to 2 decimals; the grade comes from the bands (好 ≥90, 较好 ≥80, 一般 ≥60,
  较差 below) — 89.5 is 较好, there is no rounding up into a band.

Decisions (see the function docstrings for the details):

* **Quota rounding**: places = floor(quota × number assessed), never rounded up and no minimum
  of one — "at most 20 %" is a cap; with fewer than 5 people (20 %) there is no 优秀 place at the
  center and the reviewer refers the case to the home unit. Vetoed people count in the number
  assessed but are never 优秀. Ties at the line are reported, never broken silently.
* **Annual grade**: the average of the months present is graded with the monthly bands, then
  好/较好 → 称职 (合格), 一般 → 基本称职 (基本合格), 较差 → 不称职 (不合格); 优秀 only through the
  quota, and only for an average in the 好 band without veto; a bribery veto in the year forces
  不称职 (不合格). Civil servants (行政编制, 参公) use 优秀/称职/基本称职/不称职, everyone else
  优秀/合格/基本合格/不合格. Fewer than 6 months present: comment only, no grade.
* **Window score**: average of its staff's totals − window deductions − complaint points ×
  upheld complaints − 10 × (1 − on-time rate) − 10 × (1 − 好评率), floored at 0; a rate that is
  unknown (no cases, no ratings) costs nothing. The chief representative is charged 50 % of the
  window deductions.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from govhr_desktop.domain.errors import DomainError, ValidationError
from govhr_desktop.domain.evaluation_items import CATEGORIES, ITEMS

FORMAT_VERSION = 1
BONUS = "bonus"
VETO = "veto"

GRADE_GOOD = "好"
GRADE_FAIRLY_GOOD = "较好"
GRADE_AVERAGE = "一般"
GRADE_POOR = "较差"

#: Annual grade levels and their labels per staff kind.
ANNUAL_LEVELS = ("excellent", "competent", "basic", "incompetent")
ANNUAL_LABELS = {
    "civil_servant": {"excellent": "优秀", "competent": "称职", "basic": "基本称职", "incompetent": "不称职"},
    "institution": {"excellent": "优秀", "competent": "合格", "basic": "基本合格", "incompetent": "不合格"},
}
CIVIL_SERVANT_TYPES = frozenset({"civil_servant", "civil_servant_managed"})

MONTHS_FOR_ANNUAL_GRADE = 6


def _r(x: float) -> float:
    """Round a score for display and comparison (points are multiples of 0.5; this removes
    float noise such as 89.49999999)."""
    return round(x + 0.0, 2)


# --- the template -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CategoryRule:
    code: str
    weight: float  # the most this category can deduct in a month


@dataclass(frozen=True)
class ItemRule:
    code: str
    category: str  # a CategoryRule code, 'bonus' or 'veto'
    points: float  # per occurrence: negative = deduction, positive = bonus, 0 for veto items


@dataclass(frozen=True)
class VetoRule:
    code: str  # an item code in category 'veto'
    points: float = 0.0  # deducted per occurrence after the category caps
    no_honours: bool = False  # no honours (优秀, stars) that year
    forced_grade: str | None = None  # e.g. 较差


@dataclass(frozen=True)
class GradeBand:
    grade: str
    min_score: float  # inclusive lower bound


@dataclass(frozen=True)
class Template:
    name: str = "默认考核模板"
    base: float = 100.0
    categories: tuple[CategoryRule, ...] = ()
    items: tuple[ItemRule, ...] = ()
    bonus_cap: float = 5.0
    vetoes: tuple[VetoRule, ...] = ()
    bands: tuple[GradeBand, ...] = ()  # highest first; the last one starts at 0
    quota: float = 0.20
    quota_collective_merit: float = 0.25
    quota_accountable: float = 0.15
    good_rating_min_level: int = 3  # 好评率 = share of ratings at this level or above
    bad_rating_max_level: int = 2  # 差评 = levels 1..this
    star_share: float = 0.10
    star_min: int = 1
    star_max: int = 5
    red_flag_count: int = 3
    chief_share: float = 0.5
    window_complaint_points: float = 3.0
    window_on_time_weight: float = 10.0
    window_good_rate_weight: float = 10.0
    #: monthly band of the annual average -> annual level (excellent only through the quota)
    annual_map: tuple[tuple[str, str], ...] = (
        (GRADE_GOOD, "competent"), (GRADE_FAIRLY_GOOD, "competent"),
        (GRADE_AVERAGE, "basic"), (GRADE_POOR, "incompetent"),
    )
    excellent_min_grade: str = GRADE_GOOD  # the annual average must reach this band for 优秀

    # -- look-ups --------------------------------------------------------------------------

    @property
    def items_by_code(self) -> dict[str, ItemRule]:
        return {i.code: i for i in self.items}

    @property
    def categories_by_code(self) -> dict[str, CategoryRule]:
        return {c.code: c for c in self.categories}

    @property
    def vetoes_by_code(self) -> dict[str, VetoRule]:
        return {v.code: v for v in self.vetoes}

    def band_min(self, grade: str) -> float:
        for b in self.bands:
            if b.grade == grade:
                return b.min_score
        raise DomainError("template.unknown_grade", "bands", grade=grade)

    def quota_for(self, unit_status: str = "normal") -> float:
        """'normal' 20 %, 'collective_merit' 25 %, 'accountable' 15 % (by default)."""
        try:
            return {"normal": self.quota, "collective_merit": self.quota_collective_merit,
                    "accountable": self.quota_accountable}[unit_status]
        except KeyError:
            raise DomainError("template.unknown_unit_status", "unit_status", status=unit_status) from None

    # -- validation ------------------------------------------------------------------------

    def validate(self) -> Template:
        """Raise ValidationError with one DomainError per problem (field = dotted path)."""
        errs: list[DomainError] = []

        def err(code: str, fld: str, **p: Any) -> None:
            errs.append(DomainError(code, fld, **p))

        if not self.name.strip():
            err("required", "name")
        elif len(self.name) > 60:
            err("template.name_too_long", "name", max=60)
        if not (self.base > 0):
            err("template.base_not_positive", "base")
        seen: set[str] = set()
        if not self.categories:
            err("template.no_categories", "categories")
        for c in self.categories:
            if c.code in (BONUS, VETO) or c.code in seen or not c.code:
                err("template.category_code", f"categories.{c.code}.code", category=c.code)
            seen.add(c.code)
            if not (c.weight > 0):
                err("template.weight_not_positive", f"categories.{c.code}.weight", weight=c.weight)
        if sum(c.weight for c in self.categories) > self.base:
            err("template.weights_exceed_base", "categories", total=sum(c.weight for c in self.categories))
        if self.bonus_cap < 0:
            err("template.bonus_cap_negative", "bonus_cap")
        cat_codes = {c.code for c in self.categories}
        item_codes: set[str] = set()
        for i in self.items:
            f = f"items.{i.code}"
            if not i.code or i.code in item_codes:
                err("template.item_code", f"{f}.code", item=i.code)
            item_codes.add(i.code)
            if i.category == BONUS:
                if not (i.points > 0):
                    err("template.bonus_points_not_positive", f"{f}.points", points=i.points)
            elif i.category == VETO:
                if i.points != 0:
                    err("template.veto_points_in_rule", f"{f}.points", points=i.points)
            elif i.category in cat_codes:
                if not (i.points < 0):
                    err("template.deduction_not_negative", f"{f}.points", points=i.points)
            else:
                err("template.unknown_category", f"{f}.category", category=i.category)
        by_code = self.items_by_code
        band_grades = {b.grade for b in self.bands}
        for v in self.vetoes:
            f = f"vetoes.{v.code}"
            if v.code not in by_code or by_code[v.code].category != VETO:
                err("template.veto_not_an_item", f"{f}.code", item=v.code)
            if v.points < 0:
                err("template.veto_points_negative", f"{f}.points", points=v.points)
            if v.forced_grade is not None and v.forced_grade not in band_grades:
                err("template.unknown_grade", f"{f}.forced_grade", grade=v.forced_grade)
        for i in self.items:
            if i.category == VETO and i.code not in self.vetoes_by_code:
                err("template.veto_without_rule", f"items.{i.code}.category", item=i.code)
        if not self.bands:
            err("template.no_bands", "bands")
        else:
            mins = [b.min_score for b in self.bands]
            if any(a <= b for a, b in pairwise(mins)):
                err("template.bands_not_ordered", "bands")
            if mins[-1] > 0:
                err("template.bands_leave_gap", "bands", lowest=mins[-1])
            if mins[0] > self.base:
                err("template.band_above_base", "bands", top=mins[0])
            if len(band_grades) != len(self.bands):
                err("template.band_duplicate", "bands")
        for f in ("quota", "quota_collective_merit", "quota_accountable"):
            q = getattr(self, f)
            if not (0 <= q <= 0.5):
                err("template.quota_out_of_range", f, value=q, min=0, max=0.5)
        if not (1 <= self.good_rating_min_level <= 5):
            err("template.rating_level_out_of_range", "good_rating_min_level")
        if not (1 <= self.bad_rating_max_level <= 5):
            err("template.rating_level_out_of_range", "bad_rating_max_level")
        if not (0 < self.star_share <= 0.5):
            err("template.share_out_of_range", "star_share")
        if not (0 <= self.star_min <= self.star_max):
            err("template.star_limits", "star_min")
        if self.red_flag_count < 1:
            err("template.red_flag_count", "red_flag_count")
        if not (0 <= self.chief_share <= 1):
            err("template.share_out_of_range", "chief_share")
        for f in ("window_complaint_points", "window_on_time_weight", "window_good_rate_weight"):
            if getattr(self, f) < 0:
                err("template.negative", f)
        levels = dict(self.annual_map)
        if set(levels) != band_grades or not set(levels.values()) <= set(ANNUAL_LEVELS[1:]):
            err("template.annual_map", "annual_map")
        if self.excellent_min_grade not in band_grades:
            err("template.unknown_grade", "excellent_min_grade", grade=self.excellent_min_grade)
        if errs:
            raise ValidationError(errs)
        return self

    # -- JSON ------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "name": self.name,
            "base": self.base,
            "categories": [{"code": c.code, "weight": c.weight} for c in self.categories],
            "items": [{"code": i.code, "category": i.category, "points": i.points} for i in self.items],
            "bonus_cap": self.bonus_cap,
            "vetoes": [{"code": v.code, "points": v.points, "no_honours": v.no_honours,
                        "forced_grade": v.forced_grade} for v in self.vetoes],
            "bands": [{"grade": b.grade, "min_score": b.min_score} for b in self.bands],
            "quota": self.quota,
            "quota_collective_merit": self.quota_collective_merit,
            "quota_accountable": self.quota_accountable,
            "good_rating_min_level": self.good_rating_min_level,
            "bad_rating_max_level": self.bad_rating_max_level,
            "star_share": self.star_share,
            "star_min": self.star_min,
            "star_max": self.star_max,
            "red_flag_count": self.red_flag_count,
            "chief_share": self.chief_share,
            "window_complaint_points": self.window_complaint_points,
            "window_on_time_weight": self.window_on_time_weight,
            "window_good_rate_weight": self.window_good_rate_weight,
            "annual_map": [list(p) for p in self.annual_map],
            "excellent_min_grade": self.excellent_min_grade,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Template:
        if not isinstance(d, Mapping):
            raise DomainError("template.bad_json", "definition")
        fmt = d.get("format", FORMAT_VERSION)
        if fmt != FORMAT_VERSION:
            raise DomainError("template.unknown_format", "definition", format=fmt)
        try:
            simple = {k: d[k] for k in (
                "name", "base", "bonus_cap", "quota", "quota_collective_merit", "quota_accountable",
                "good_rating_min_level", "bad_rating_max_level", "star_share", "star_min", "star_max",
                "red_flag_count", "chief_share", "window_complaint_points", "window_on_time_weight",
                "window_good_rate_weight", "excellent_min_grade") if k in d}
            return cls(
                categories=tuple(CategoryRule(str(c["code"]), float(c["weight"])) for c in d.get("categories", ())),
                items=tuple(ItemRule(str(i["code"]), str(i["category"]), float(i["points"]))
                            for i in d.get("items", ())),
                vetoes=tuple(VetoRule(str(v["code"]), float(v.get("points", 0)), bool(v.get("no_honours", False)),
                                      v.get("forced_grade")) for v in d.get("vetoes", ())),
                bands=tuple(GradeBand(str(b["grade"]), float(b["min_score"])) for b in d.get("bands", ())),
                annual_map=tuple((str(a), str(b)) for a, b in d.get("annual_map", cls.annual_map)),
                **simple,
            )
        except (KeyError, TypeError, ValueError) as e:
            raise DomainError("template.bad_json", "definition", detail=str(e)) from e

    @classmethod
    def from_json(cls, text: str) -> Template:
        try:
            d = json.loads(text)
        except (json.JSONDecodeError, TypeError) as e:
            raise DomainError("template.bad_json", "definition", detail=str(e)) from e
        return cls.from_dict(d)


def default_template() -> Template:
    """DOMAIN §6 as a template: the catalogue's categories, items and points."""
    return Template(
        categories=tuple(CategoryRule(c.code, float(c.weight)) for c in CATEGORIES if c.code not in (BONUS, VETO)),
        items=tuple(ItemRule(i.code, i.category, float(i.points)) for i in ITEMS),
        bonus_cap=5.0,
        vetoes=(
            VetoRule("inspection_negative", 15.0, no_honours=True),
            VetoRule("bribery", 0.0, no_honours=True, forced_grade=GRADE_POOR),
        ),
        bands=(GradeBand(GRADE_GOOD, 90.0), GradeBand(GRADE_FAIRLY_GOOD, 80.0),
               GradeBand(GRADE_AVERAGE, 60.0), GradeBand(GRADE_POOR, 0.0)),
        quota=0.20, quota_collective_merit=0.25, quota_accountable=0.15,
    )


# --- one person, one month --------------------------------------------------------------------


@dataclass(frozen=True)
class ItemLine:
    code: str
    quantity: float
    points: float  # per occurrence, signed as in the template
    amount: float  # |points| × quantity (before any cap)


@dataclass(frozen=True)
class CategoryLine:
    code: str
    weight: float
    raw: float  # sum of the item amounts
    capped: float  # min(weight, raw): what is actually deducted
    items: tuple[ItemLine, ...] = ()


@dataclass(frozen=True)
class PersonScore:
    total: float
    grade: str
    base: float
    categories: tuple[CategoryLine, ...]
    deductions: float  # Σ capped category deductions (without veto)
    bonus_raw: float
    bonus: float  # capped
    bonus_items: tuple[ItemLine, ...] = ()
    veto_points: float = 0.0
    vetoes: tuple[str, ...] = ()  # veto item codes that applied
    no_honours: bool = False
    forced_grade: str | None = None
    points_grade: str = ""  # the grade the points alone would give

    def category(self, code: str) -> CategoryLine:
        for c in self.categories:
            if c.code == code:
                return c
        raise KeyError(code)

    def quantity(self, item_code: str) -> float:
        for c in self.categories:
            for i in c.items:
                if i.code == item_code:
                    return i.quantity
        return 0.0

    @property
    def vetoed(self) -> bool:
        return bool(self.vetoes)


def grade_for(template: Template, total: float) -> str:
    """The band a total falls in (inclusive lower bounds, no rounding up)."""
    t = _r(total)
    for b in template.bands:
        if t >= b.min_score:
            return b.grade
    return template.bands[-1].grade


def score_person(template: Template, counts: Mapping[str, float]) -> PersonScore:
    """Score one person's month from the quantities of each item (see the module docstring)."""
    items = template.items_by_code
    lines: dict[str, list[ItemLine]] = {c.code: [] for c in template.categories}
    bonus_lines: list[ItemLine] = []
    veto_points = 0.0
    vetoes: list[str] = []
    no_honours = False
    forced: str | None = None
    errs: list[DomainError] = []
    for code, qty in counts.items():
        rule = items.get(code)
        if rule is None:
            errs.append(DomainError("scoring.unknown_item", code, item=code))
            continue
        try:
            q = float(qty)
        except (TypeError, ValueError):
            errs.append(DomainError("scoring.bad_quantity", code, quantity=qty))
            continue
        if q < 0 or math.isnan(q):
            errs.append(DomainError("scoring.bad_quantity", code, quantity=qty))
            continue
        if q == 0:
            continue
        if rule.category == VETO:
            v = template.vetoes_by_code[code]
            vetoes.append(code)
            veto_points += v.points * q
            no_honours = no_honours or v.no_honours
            # the lowest forced grade wins if several apply
            if v.forced_grade is not None and (
                    forced is None or template.band_min(v.forced_grade) < template.band_min(forced)):
                forced = v.forced_grade
            continue
        line = ItemLine(code, q, rule.points, abs(rule.points) * q)
        if rule.category == BONUS:
            bonus_lines.append(line)
        else:
            lines[rule.category].append(line)
    if errs:
        raise ValidationError(errs)

    cats = []
    for c in template.categories:
        raw = _r(sum(i.amount for i in lines[c.code]))
        cats.append(CategoryLine(c.code, c.weight, raw, _r(min(c.weight, raw)), tuple(lines[c.code])))
    deductions = _r(sum(c.capped for c in cats))
    bonus_raw = _r(sum(i.amount for i in bonus_lines))
    bonus = _r(min(template.bonus_cap, bonus_raw))
    total = template.base - deductions - veto_points + bonus
    total = _r(min(template.base + template.bonus_cap, max(0.0, total)))
    points_grade = grade_for(template, total)
    return PersonScore(
        total=total, grade=forced or points_grade, base=template.base, categories=tuple(cats),
        deductions=deductions, bonus_raw=bonus_raw, bonus=bonus, bonus_items=tuple(bonus_lines),
        veto_points=_r(veto_points), vetoes=tuple(sorted(vetoes)), no_honours=no_honours,
        forced_grade=forced, points_grade=points_grade,
    )

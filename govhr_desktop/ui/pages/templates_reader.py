"""The scoring template in words: ``TemplateReader`` turns a template into words once, for the
templates page, the comparison with the previous version and the Excel export.

Also the small helpers the page and the dialog share: numbers and shares as text, and the Chinese
names of categories and items.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from govhr_desktop.domain.evaluation_items import CATEGORIES_BY_CODE, ITEMS_BY_CODE
from govhr_desktop.domain.scoring import ANNUAL_LABELS, BONUS, VETO, Template, VetoRule
from govhr_desktop.ui import messages
from govhr_desktop.ui.tr import InheritedTr

#: the five levels of 政务服务"好差评" (DOMAIN.md §6a); official terms, shown as they are
LEVEL_WORDS = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}


def _num(x: float) -> str:
    """25.0 -> '25', 0.5 -> '0.5' (points are multiples of 0.5)."""
    return f"{round(float(x), 4):g}"


def _pct(share: float) -> str:
    return f"{round(share * 100, 2):g}%"


def category_name(code: str) -> str:
    c = CATEGORIES_BY_CODE.get(code)
    return c.zh if c else code


def item_name(code: str) -> str:
    """The catalogue's Chinese name; for a veto item without the default effect in brackets
    (the template may set another effect)."""
    i = ITEMS_BY_CODE.get(code)
    if i is None:
        return code
    return i.zh.split("（")[0] if i.category == VETO else i.zh


def item_unit(code: str) -> str:
    i = ITEMS_BY_CODE.get(code)
    return i.unit if i else "次"


@dataclass(frozen=True)
class Figure:
    """One number (or choice) of a template as the clerk reads it."""

    key: str  # the validation field path where there is one (``items.late_early.points``)
    section: str
    label: str
    value: Any  # compared between versions
    text: str  # as shown


@dataclass(frozen=True)
class Change:
    id: int
    section: str
    label: str
    before: str
    after: str


class TemplateReader(InheritedTr):
    """Every figure of a template in words: for the page, the comparison and the export."""

    # --- one figure in words ------------------------------------------------------------------

    def deduction(self, points: float, unit: str) -> str:
        return self.tr("−{points} per {unit}").format(points=_num(abs(points)), unit=unit)

    def bonus(self, points: float, unit: str) -> str:
        return self.tr("+{points} per {unit}").format(points=_num(points), unit=unit)

    def yes_no(self, flag: bool) -> str:
        return self.tr("Yes") if flag else self.tr("No")

    def veto_effect(self, v: VetoRule) -> str:
        parts = []
        if v.points:
            parts.append(self.tr("−{points} per occurrence, beyond the category caps").format(points=_num(v.points)))
        if v.forced_grade:
            parts.append(self.tr("grade set to {grade}").format(grade=v.forced_grade))
        if v.no_honours:
            parts.append(self.tr("no honours that year"))
        return self.tr("; ").join(parts) if parts else self.tr("no effect")

    def bands(self, t: Template) -> list[tuple[str, str]]:
        out = []
        for i, b in enumerate(t.bands):
            if i == 0:
                text = self.tr("{min} points and above").format(min=_num(b.min_score))
            elif i == len(t.bands) - 1 and b.min_score <= 0:
                text = self.tr("below {upper} points").format(upper=_num(t.bands[i - 1].min_score))
            else:
                text = self.tr("{min} to under {upper} points").format(
                    min=_num(b.min_score), upper=_num(t.bands[i - 1].min_score))
            out.append((b.grade, text))
        return out

    def good_level(self, level: int) -> str:
        return self.tr("level {level} ({word}) and above").format(level=level, word=LEVEL_WORDS.get(level, ""))

    def bad_level(self, level: int) -> str:
        return self.tr("levels 1 to {level}").format(level=level)

    def annual(self, level: str) -> str:
        return "{} / {}".format(ANNUAL_LABELS["civil_servant"].get(level, level),
                                ANNUAL_LABELS["institution"].get(level, level))

    # --- labels of the fields (also the names in error messages) -----------------------------

    def weight_label(self, category: str) -> str:
        return self.tr("{category}: weight").format(category=category_name(category))

    def veto_label(self, code: str, what: str) -> str:
        text = {
            "points": self.tr("{item}: points deducted"),
            "no_honours": self.tr("{item}: no honours that year"),
            "forced_grade": self.tr("{item}: grade set to"),
        }[what]
        return text.format(item=item_name(code))

    def simple_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Template name"),
            "base": self.tr("Base score"),
            "categories": self.tr("Category weights"),
            "bonus_cap": self.tr("Bonus cap"),
            "bands": self.tr("Grade bands"),
            "quota": self.tr("优秀 quota, normal unit"),
            "quota_collective_merit": self.tr("优秀 quota, unit with collective merit"),
            "quota_accountable": self.tr("优秀 quota, unit held accountable"),
            "good_rating_min_level": self.tr("Counted as good (好评率)"),
            "bad_rating_max_level": self.tr("Counted as bad (差评)"),
            "star_share": self.tr("Service stars: share"),
            "star_min": self.tr("Service stars: at least (people)"),
            "star_max": self.tr("Service stars: at most (people)"),
            "red_flag_count": self.tr("Red-flag windows a month"),
            "chief_share": self.tr("Chief representative's share of window deductions"),
            "window_complaint_points": self.tr("Window: points per upheld complaint"),
            "window_on_time_weight": self.tr("Window: weight of the on-time rate"),
            "window_good_rate_weight": self.tr("Window: weight of the 好评率"),
            "excellent_min_grade": self.tr("优秀 needs an annual average in band"),
            "annual_map": self.tr("Annual grades"),
        }

    def label(self, key: str) -> str:
        parts = key.split(".")
        if len(parts) == 3 and parts[0] == "categories":
            return self.weight_label(parts[1])
        if len(parts) == 3 and parts[0] == "items":
            return item_name(parts[1])
        if len(parts) == 3 and parts[0] == "vetoes" and parts[2] in ("points", "no_honours", "forced_grade"):
            return self.veto_label(parts[1], parts[2])
        return self.simple_labels().get(key, messages.field_label(key))

    # --- the whole template -------------------------------------------------------------------

    def sections(self) -> dict[str, str]:
        return {
            "general": self.tr("General"),
            "deductions": self.tr("Deductions"),
            "bonus": self.tr("Bonus"),
            "veto": self.tr("Veto items (一票否决)"),
            "grades": self.tr("Grades"),
            "quota": self.tr("优秀 quota"),
            "ratings": self.tr("Citizen ratings (好差评)"),
            "honours": self.tr("Honours"),
            "window": self.tr("Window score"),
        }

    def figures(self, t: Template) -> list[Figure]:
        s = self.sections()
        lab = self.simple_labels()
        out: list[Figure] = []

        def add(key: str, section: str, value: Any, text: str, label: str | None = None) -> None:
            out.append(Figure(key, s[section], label or lab.get(key, key), value, text))

        add("name", "general", t.name, t.name)
        add("base", "general", t.base, _num(t.base))
        items = t.items
        for c in t.categories:
            add(f"categories.{c.code}.weight", "deductions", c.weight, _num(c.weight), self.weight_label(c.code))
            for i in items:
                if i.category == c.code:
                    add(f"items.{i.code}.points", "deductions", i.points, self.deduction(i.points, item_unit(i.code)),
                        item_name(i.code))
        add("bonus_cap", "bonus", t.bonus_cap, _num(t.bonus_cap))
        for i in items:
            if i.category == BONUS:
                add(f"items.{i.code}.points", "bonus", i.points, self.bonus(i.points, item_unit(i.code)),
                    item_name(i.code))
        for v in t.vetoes:
            add(f"vetoes.{v.code}.points", "veto", v.points, _num(v.points), self.veto_label(v.code, "points"))
            add(f"vetoes.{v.code}.no_honours", "veto", v.no_honours, self.yes_no(v.no_honours),
                self.veto_label(v.code, "no_honours"))
            add(f"vetoes.{v.code}.forced_grade", "veto", v.forced_grade, v.forced_grade or "—",
                self.veto_label(v.code, "forced_grade"))
        for (grade, text), b in zip(self.bands(t), t.bands):
            add(f"bands.{grade}", "grades", b.min_score, text, grade)
        add("excellent_min_grade", "grades", t.excellent_min_grade, t.excellent_min_grade)
        for grade, level in t.annual_map:
            add(f"annual_map.{grade}", "grades", level, self.annual(level),
                self.tr("Annual grade for a {grade} average").format(grade=grade))
        for key in ("quota", "quota_collective_merit", "quota_accountable"):
            add(key, "quota", getattr(t, key), _pct(getattr(t, key)))
        add("good_rating_min_level", "ratings", t.good_rating_min_level, self.good_level(t.good_rating_min_level))
        add("bad_rating_max_level", "ratings", t.bad_rating_max_level, self.bad_level(t.bad_rating_max_level))
        add("star_share", "honours", t.star_share, _pct(t.star_share))
        add("star_min", "honours", t.star_min, str(t.star_min))
        add("star_max", "honours", t.star_max, str(t.star_max))
        add("red_flag_count", "honours", t.red_flag_count, str(t.red_flag_count))
        add("chief_share", "window", t.chief_share, _pct(t.chief_share))
        for key in ("window_complaint_points", "window_on_time_weight", "window_good_rate_weight"):
            add(key, "window", getattr(t, key), _num(getattr(t, key)))
        return out

    def changes(self, before: Template, after: Template) -> list[Change]:
        """The figures that differ, in the order of ``after`` (then any that only ``before`` has)."""
        old = {f.key: f for f in self.figures(before)}
        new = {f.key: f for f in self.figures(after)}
        out: list[Change] = []
        for key in [*new, *(k for k in old if k not in new)]:
            a, b = old.get(key), new.get(key)
            if a is not None and b is not None and a.value == b.value:
                continue
            f = b or a
            out.append(Change(len(out), f.section, f.label, a.text if a else "—", b.text if b else "—"))
        return out

    def html(self, t: Template) -> str:
        """The template as one document, section by section."""
        e = html.escape
        s = self.sections()
        parts = [("<style>h3 { color: #1f3a5f; margin-top: 14px; margin-bottom: 4px; } "
                  "th { background: #eef2f7; text-align: left; } p.note { color: #44505e; } "
                  "td.n { text-align: right; }</style>")]

        def table(headers: list[str], rows: list[str]) -> str:
            head = "".join(f"<th>{e(h)}</th>" for h in headers)
            return ('<table border="1" cellspacing="0" cellpadding="5" '
                    f'style="border-collapse: collapse; border-color: #d7dde5;"><tr>{head}</tr>{"".join(rows)}</table>')

        def row(*cells: str) -> str:
            return "<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>"

        # deductions
        parts.append(f"<h3>{e(s['deductions'])}</h3>")
        parts.append('<p class="note">' + e(self.tr(
            "Base score {base}. Each item deducts its points per occurrence; a category deducts at most its "
            "weight in a month; the total never falls below 0.").format(base=_num(t.base))) + "</p>")
        rows = []
        for k, c in enumerate(t.categories):
            shade = ' bgcolor="#f4f6f9"' if k % 2 else ""  # tells the categories apart
            items = [i for i in t.items if i.category == c.code]
            span = max(1, len(items))
            head = (f'<td rowspan="{span}"><b>{e(category_name(c.code))}</b></td>'
                    f'<td rowspan="{span}" class="n">{e(_num(c.weight))}</td>')
            if not items:
                rows.append(f"<tr{shade}>{head}<td></td><td></td></tr>")
            for n, i in enumerate(items):
                cells = f"<td>{e(item_name(i.code))}</td><td>{e(self.deduction(i.points, item_unit(i.code)))}</td>"
                rows.append(f"<tr{shade}>{head if n == 0 else ''}{cells}</tr>")
        total = sum(c.weight for c in t.categories)
        total_text = self.tr("Total")
        rows.append(f'<tr><td><b>{e(total_text)}</b></td><td class="n"><b>{e(_num(total))}</b></td>'
                    "<td></td><td></td></tr>")
        parts.append(table([self.tr("Category"), self.tr("Weight (most deducted a month)"), self.tr("Item"),
                            self.tr("Deduction")], rows))

        # bonus
        parts.append("<h3>" + e(self.tr("Bonus (cap +{cap})").format(cap=_num(t.bonus_cap))) + "</h3>")
        parts.append('<p class="note">' + e(self.tr(
            "Bonus points count up to the cap; a month's total is at most {max}.").format(
            max=_num(t.base + t.bonus_cap))) + "</p>")
        parts.append(table([self.tr("Item"), self.tr("Points added")],
                           [row(item_name(i.code), self.bonus(i.points, item_unit(i.code)))
                            for i in t.items if i.category == BONUS]))

        # veto
        parts.append(f"<h3>{e(s['veto'])}</h3>")
        parts.append(table([self.tr("Item"), self.tr("Effect")],
                           [row(item_name(v.code), self.veto_effect(v)) for v in t.vetoes]))

        # grades and the annual grade
        parts.append(f"<h3>{e(s['grades'])}</h3>")
        parts.append(table([self.tr("Monthly grade"), self.tr("Total score")], [row(g, x) for g, x in self.bands(t)]))
        parts.append('<p class="note">' + e(self.tr(
            "Annual assessment: the average of the months is graded with these bands. 优秀 needs an average in "
            "the {grade} band, no veto and a place within the quota.").format(grade=t.excellent_min_grade)) + "</p>")
        parts.append(table([self.tr("Band of the annual average"), self.tr("Civil servants"),
                            self.tr("Institution staff")],
                           [row(g, ANNUAL_LABELS["civil_servant"].get(lv, lv), ANNUAL_LABELS["institution"].get(lv, lv))
                            for g, lv in t.annual_map]))

        def pairs(title: str, note: str, items: list[tuple[str, str]]) -> None:
            parts.append(f"<h3>{e(title)}</h3>")
            if note:
                parts.append(f'<p class="note">{e(note)}</p>')
            parts.append('<table border="0" cellspacing="0" cellpadding="3">'
                         + "".join(f'<tr><td width="240">{e(a)}</td><td><b>{e(b)}</b></td></tr>' for a, b in items)
                         + "</table>")

        lab = self.simple_labels()
        pairs(s["quota"], self.tr("At most this share of those assessed; places are rounded down."), [
            (self.tr("Normal unit"), _pct(t.quota)),
            (self.tr("Unit with collective merit"), _pct(t.quota_collective_merit)),
            (self.tr("Unit held accountable"), _pct(t.quota_accountable)),
        ])
        pairs(s["ratings"], "", [
            (lab["good_rating_min_level"], self.good_level(t.good_rating_min_level)),
            (lab["bad_rating_max_level"], self.bad_level(t.bad_rating_max_level)),
        ])
        pairs(s["honours"], "", [
            (self.tr("Service stars (服务之星)"),
             self.tr("top {share} of those scored, {min} to {max} people a month").format(
                 share=_pct(t.star_share), min=t.star_min, max=t.star_max)),
            (self.tr("Red-flag windows (流动红旗窗口)"),
             self.tr("the top {count} windows each month").format(count=t.red_flag_count)),
        ])
        pairs(s["window"], self.tr("The average of the window's staff, minus the window's deductions and:"), [
            (self.tr("Upheld complaint"), self.tr("−{points} each").format(points=_num(t.window_complaint_points))),
            (self.tr("On-time rate"), self.tr("−{weight} × (1 − on-time rate)").format(
                weight=_num(t.window_on_time_weight))),
            (self.tr("好评率"), self.tr("−{weight} × (1 − 好评率)").format(weight=_num(t.window_good_rate_weight))),
            (lab["chief_share"], _pct(t.chief_share)),
        ])
        return "".join(parts)
